package extract

import (
	"sort"
	"strings"

	"github.com/kg-project/kg"
)

// eventKinds maps trigger nouns to the kind of event they name. Generic
// diplomatic words share one kind so that the "meeting" of one report
// and the "talks" of another become the same event.
var eventKinds = map[string]string{
	"meeting": "talks", "talks": "talks", "consultations": "talks", "negotiations": "talks",
	"session": "talks", "summit": "summit", "conference": "conference",
	"call": "phone call", "conversation": "phone call",
}

// callWords must precede "call"/"conversation" for them to be an event.
var callWords = map[string]bool{"phone": true, "telephone": true, "video": true}

// clauseBounds returns, for the sentence holding token i, the token range
// of the clause around i: clauses end at ";" and at ", and"/", while"/
// ", but" and at "and on <date>".
func (a *analysis) clauseBounds(i int) (int, int) {
	s := a.sents[a.sentOf[i]]
	isBound := func(k int) bool {
		t := a.toks[k].norm
		if t == ";" {
			return true
		}
		if k+1 >= s.t1 {
			return false
		}
		n := a.toks[k+1].norm
		if t == "," && (n == "and" || n == "while" || n == "but" || n == "whereas") {
			return true
		}
		if t == "and" && (n == "on" || n == "in") && k+2 < s.t1 && a.dateAt[k+2] >= 0 {
			return true
		}
		return false
	}
	c0 := i
	for c0 > s.t0 && !isBound(c0-1) {
		c0--
	}
	c1 := i + 1
	for c1 < s.t1 && !isBound(c1) {
		c1++
	}
	return c0, c1
}

// event is one event read from a clause.
type event struct {
	name      string
	kind      string
	date      string
	place     *ment
	body      *ment
	attendees []string
	t0, t1    int // trigger phrase
}

func (a *analysis) events() {
	toks := a.toks
	for i, t := range toks {
		kind, ok := eventKinds[t.norm]
		if !ok || a.boiler[i] || a.headline[i] || a.at(i) != nil {
			continue
		}
		if kind == "phone call" && (i == 0 || !callWords[toks[i-1].norm]) {
			continue
		}
		if i > 0 && (toks[i-1].norm == "press" || toks[i-1].norm == "news") {
			continue
		}
		ev := a.readEvent(i, kind)
		if ev == nil {
			continue
		}
		a.emitEvent(ev)
	}
}

func (a *analysis) readEvent(i int, kind string) *event {
	toks := a.toks
	c0, c1 := a.clauseBounds(i)
	ev := &event{kind: kind, t0: i, t1: i + 1}
	if kind == "phone call" {
		ev.t0 = i - 1
	}
	// Body: "meeting of the NATO-Russia Council", "the G20 summit".
	j := i + 1
	if j < c1 && toks[j].norm == "of" {
		j++
		if j < c1 && toks[j].norm == "the" {
			j++
		}
		if m := a.at(j); m != nil && m.typ == kg.Org {
			ev.body, ev.t1 = m, m.t1
		}
	}
	if ev.body == nil && i > 0 {
		if m := a.at(i - 1); m != nil && m.typ == kg.Org {
			ev.body, ev.t0 = m, m.t0
		}
	}
	// Date: the nearest full date in the clause.
	best := -1
	for k := c0; k < c1; k++ {
		d := a.dateAt[k]
		if d < 0 || len(a.dates[d].value) != 10 || a.dates[d].value[0] == '-' {
			continue
		}
		// "X said Wednesday" dates the statement, not the event.
		if t0 := a.dates[d].t0; t0 > 0 && speechVerbs[toks[t0-1].norm] {
			continue
		}
		if best < 0 || abs(k-i) < abs(a.dates[best].t0-i) {
			best = d
		}
	}
	if best >= 0 {
		ev.date = a.dates[best].value
	}
	// Place: a city after "in"/"at" in the clause, or a country right
	// after the trigger or a verb of occurrence ("held in France").
	var place *ment
	for k := c0; k < c1; k++ {
		m := a.at(k)
		if m == nil || m.typ != kg.GPE || m.t0 != k || m == ev.body {
			continue
		}
		prep := -1
		for p := k - 1; p >= c0 && p >= k-3; p-- {
			if toks[p].norm == "in" || toks[p].norm == "at" {
				prep = p
				break
			}
		}
		if prep < 0 {
			continue
		}
		isCity := m.in != nil && m.in.city
		if !isCity {
			if prep != k-1 || prep == 0 {
				continue
			}
			b := toks[prep-1].norm
			if _, trig := eventKinds[b]; !trig && b != "held" && b != "place" && b != "met" && b != "meet" && b != "hosted" {
				continue
			}
		}
		if place == nil || (isCity && !(place.in != nil && place.in.city)) {
			place = m
		}
	}
	ev.place = place
	if ev.date == "" && ev.place == nil {
		return nil
	}
	// Attendees: people in the clause, and parties named by "between X
	// and Y", "the X and Y delegations" or "with X".
	seen := map[string]bool{}
	addAtt := func(id string) {
		if id == "" || seen[id] || (ev.place != nil && id == ev.place.id) || (ev.body != nil && id == ev.body.id) {
			return
		}
		seen[id] = true
		ev.attendees = append(ev.attendees, id)
	}
	inQuote := false
	for k := c0; k < c1; k++ {
		if isOpenQuote(toks[k].text) || isCloseQuote(toks[k].text) && toks[k].text != ")" {
			inQuote = !inQuote
		}
		if m := a.at(k); m != nil && m.typ == kg.Person && m.t0 == k && !inQuote {
			addAtt(m.id)
		}
		switch toks[k].norm {
		case "between", "with":
			for p := k + 1; p < c1 && p < k+8; p++ {
				if m := a.at(p); m != nil && (m.typ == kg.GPE || m.typ == kg.Org) && m.t0 == p {
					// "with US President Joe Biden": the country modifies the person.
					if m.t1 < c1 && (a.g.titles[toks[m.t1].norm] || a.at(m.t1) != nil && a.at(m.t1).typ == kg.Person) {
						p = m.t1 - 1
						continue
					}
					addAtt(m.id)
					p = m.t1 - 1
					if toks[k].norm == "with" {
						break
					}
					continue
				}
				if c := a.g.demonymCountry(toks[p].norm); c != nil && p+1 < c1 && (toks[p+1].norm == "delegation" || toks[p+1].norm == "side") {
					addAtt(a.ensure(c))
					continue
				}
				n := toks[p].norm
				if n != "the" && n != "and" && n != "," && n != "a" {
					break
				}
			}
		case "delegations", "delegation", "sides":
			for p := k - 1; p >= c0 && p > k-6; p-- {
				if m := a.at(p); m != nil && (m.typ == kg.GPE || m.typ == kg.Org) {
					addAtt(m.id)
					p = m.t0
					continue
				}
				if c := a.g.demonymCountry(toks[p].norm); c != nil {
					addAtt(a.ensure(c))
					continue
				}
				if toks[p].norm != "and" && toks[p].norm != "," {
					break
				}
			}
		}
	}
	// Name: the body's, else the place's, else the parties' for a call.
	switch {
	case ev.body != nil:
		k := ev.kind
		if k == "talks" {
			k = "meeting"
		}
		ev.name = a.ents[ev.body.id].Name + " " + k
	case ev.place != nil:
		ev.name = a.ents[ev.place.id].Name + " " + ev.kind
	case ev.kind == "phone call" && len(ev.attendees) >= 2:
		var names []string
		for _, id := range ev.attendees {
			if strings.HasPrefix(id, "person/") {
				names = append(names, a.ents[id].Name)
			}
		}
		if len(names) < 2 {
			return nil
		}
		sort.Strings(names)
		ev.name = ev.kind + " between " + strings.Join(names, " and ")
	default:
		return nil
	}
	return ev
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// eventID keys an event by name and date, or by name and place without a
// date, so that reports of the same event share one ID.
func eventID(name, date string, place string) string {
	s := slug(name)
	switch {
	case date != "":
		return "event/" + s + "-" + date
	case place != "":
		ps := strings.TrimPrefix(place, "place/")
		if !strings.Contains(s, ps) {
			s += "-" + ps
		}
	}
	return "event/" + s
}

func (a *analysis) emitEvent(ev *event) {
	name := strings.ToUpper(ev.name[:1]) + ev.name[1:]
	place := ""
	if ev.place != nil {
		place = ev.place.id
	}
	id := eventID(name, ev.date, place)
	if _, ok := a.ents[id]; !ok {
		a.ents[id] = &kg.Entity{ID: id, Type: kg.Event, Name: name}
	}
	form := joinTokens(a.text, a.toks[ev.t0:ev.t1])
	if form != name && !contains(a.ents[id].Aliases, form) {
		a.ents[id].Aliases = append(a.ents[id].Aliases, form)
	}
	evd := a.evidence(ev.t0, ev.t1, RuleEvent)
	if ev.place != nil {
		a.add(id, kg.PredLocation, kg.Term{Entity: ev.place.id}, evd)
	}
	if ev.date != "" {
		a.add(id, kg.PredStartDate, kg.Term{Literal: ev.date, Datatype: "date"}, evd)
	}
	for _, at := range ev.attendees {
		a.add(id, kg.PredAttendee, kg.Term{Entity: at}, evd)
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
