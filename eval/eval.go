package eval

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/kg-project/kg"
)

// Evaluate scores hybrid results (canonical entities with aliases, DATE
// mentions with values, triples) against gold. A result is matched to gold by
// the base name of Result.Doc.ID without extension; results without gold (or
// without a Doc) are listed in Report.Ignored and gold documents without a
// result in Report.Missing, and neither is scored. A second result for the
// same document is ignored too. Evaluate returns no error: malformed input
// only scores badly.
func Evaluate(gold map[string]*Gold, results []*kg.Result) *Report {
	r := newReport(false)
	seen := make(map[string]bool)
	for _, res := range results {
		if res == nil || res.Doc == nil {
			r.Ignored = append(r.Ignored, "(result without document)")
			continue
		}
		id := docID(res.Doc.ID)
		g, ok := gold[id]
		if !ok || seen[id] {
			r.Ignored = append(r.Ignored, res.Doc.ID)
			continue
		}
		seen[id] = true
		r.scoreDoc(g, systemEntities(res), dateValues(res.Mentions), res)
	}
	r.finish(gold, seen)
	return r
}

// EvaluateMentions scores a mention-only system, such as the raw prose
// baseline, keyed by document id (or path; the base name without extension is
// used). Each distinct mention text per type, compared case-insensitively, is
// one system entity; DATE mentions are scored by Value. Facts are not scored
// and Report.MentionsOnly is set. Documents are matched as in Evaluate.
func EvaluateMentions(gold map[string]*Gold, mentions map[string][]kg.Mention) *Report {
	r := newReport(true)
	seen := make(map[string]bool)
	keys := make([]string, 0, len(mentions))
	for k := range mentions {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		id := docID(k)
		g, ok := gold[id]
		if !ok || seen[id] {
			r.Ignored = append(r.Ignored, k)
			continue
		}
		seen[id] = true
		var ents []sysEntity
		index := make(map[[2]string]bool)
		for _, m := range mentions[k] {
			n := normName(m.Text)
			key := [2]string{string(m.Type), n}
			if !isNameType(m.Type) || n == "" || index[key] {
				continue
			}
			index[key] = true
			ents = append(ents, sysEntity{name: m.Text, typ: m.Type, forms: map[string]bool{n: true}})
		}
		r.scoreDoc(g, ents, dateValues(mentions[k]), nil)
	}
	r.finish(gold, seen)
	return r
}

// sysEntity is a system entity as the scorer sees it.
type sysEntity struct {
	id, name string
	typ      kg.EntityType
	forms    map[string]bool // normName of the name and every alias
}

func isNameType(t kg.EntityType) bool {
	return slices.Contains(NameTypes, t)
}

func systemEntities(res *kg.Result) []sysEntity {
	var ents []sysEntity
	for _, e := range res.Entities {
		if !isNameType(e.Type) {
			continue
		}
		forms := make(map[string]bool)
		for _, f := range append([]string{e.Name}, e.Aliases...) {
			if n := normName(f); n != "" {
				forms[n] = true
			}
		}
		ents = append(ents, sysEntity{id: e.ID, name: e.Name, typ: e.Type, forms: forms})
	}
	return ents
}

func dateValues(ms []kg.Mention) map[string]bool {
	vals := make(map[string]bool)
	for _, m := range ms {
		if m.Type == kg.Date {
			if v := normDate(m.Value); v != "" {
				vals[v] = true
			}
		}
	}
	return vals
}

// matchEntities pairs gold and system entities of the same type that share a
// surface form, one to one, maximising the number of pairs (Kuhn's augmenting
// paths; the sets are small). It returns, per system entity, the index of its
// gold entity or -1.
func matchEntities(gold []GoldEntity, sys []sysEntity) []int {
	adj := make([][]int, len(gold))
	for gi, ge := range gold {
		gforms := []string{normName(ge.Name)}
		for _, a := range ge.Aliases {
			gforms = append(gforms, normName(a))
		}
		for si, se := range sys {
			if se.typ != ge.Type {
				continue
			}
			if slices.ContainsFunc(gforms, func(f string) bool { return se.forms[f] }) {
				adj[gi] = append(adj[gi], si)
			}
		}
	}
	sysTo := make([]int, len(sys))
	for i := range sysTo {
		sysTo[i] = -1
	}
	var try func(gi int, visited []bool) bool
	try = func(gi int, visited []bool) bool {
		for _, si := range adj[gi] {
			if visited[si] {
				continue
			}
			visited[si] = true
			if sysTo[si] < 0 || try(sysTo[si], visited) {
				sysTo[si] = gi
				return true
			}
		}
		return false
	}
	for gi := range gold {
		try(gi, make([]bool, len(sys)))
	}
	return sysTo
}

// sysEvent is a system event with the locations and start dates its own
// triples give it, as fact keys.
type sysEvent struct {
	id, name string
	locs     map[string]bool
	dates    map[string]bool
}

// eventScore says how well a system event fits a gold event: 4 for the same
// start date, 2 for the same location, plus the name overlap (0 to 1). A start
// date or location that both sides state and that differs rules the pair out
// (score 0).
func eventScore(ge GoldEvent, se sysEvent) float64 {
	score := 0.0
	if d := literalKey(ge.StartDate); ge.StartDate != "" && len(se.dates) > 0 {
		if !se.dates[d] {
			return 0
		}
		score += 4
	}
	if l := literalKey(ge.Location); ge.Location != "" && len(se.locs) > 0 {
		if !se.locs[l] {
			return 0
		}
		score += 2
	}
	return score + nameOverlap(ge.Name, se.name)
}

// matchEvents pairs system events with gold events greedily by eventScore,
// best pairs first, one to one. It returns system event id -> gold event id.
func matchEvents(gold []GoldEvent, sys []sysEvent) map[string]string {
	type pair struct {
		gi, si int
		score  float64
	}
	var pairs []pair
	for gi, ge := range gold {
		for si, se := range sys {
			if s := eventScore(ge, se); s > 0 {
				pairs = append(pairs, pair{gi, si, s})
			}
		}
	}
	slices.SortStableFunc(pairs, func(a, b pair) int { return cmp.Compare(b.score, a.score) })
	usedG := make([]bool, len(gold))
	usedS := make([]bool, len(sys))
	m := make(map[string]string)
	for _, p := range pairs {
		if usedG[p.gi] || usedS[p.si] {
			continue
		}
		usedG[p.gi], usedS[p.si] = true, true
		m[sys[p.si].id] = gold[p.gi].ID
	}
	return m
}

// literalKey is the fact key of a literal or an entity name.
func literalKey(s string) string {
	return normLiteral(normDate(s))
}

func eventKey(id string) string { return "event:" + id }

// fact is a normalised (subject, predicate, object) tuple.
type fact struct{ s, p, o string }

func (f fact) String() string { return f.s + " | " + f.p + " | " + f.o }

// scoreDoc adds one document's counts to r. res is nil for a mention-only
// system, whose facts are not scored.
func (r *Report) scoreDoc(g *Gold, sys []sysEntity, dates map[string]bool, res *kg.Result) {
	r.Docs = append(r.Docs, g.Doc)

	// Entities.
	sysTo := matchEntities(g.Entities, sys)
	goldHit := make([]bool, len(g.Entities))
	for si, gi := range sysTo {
		t := sys[si].typ
		if gi >= 0 {
			goldHit[gi] = true
			r.add(string(t), Score{TP: 1})
			continue
		}
		r.add(string(t), Score{FP: 1})
		r.miss(g.Doc, string(t), "FP", sys[si].name)
	}
	for gi, ge := range g.Entities {
		if !goldHit[gi] {
			r.add(string(ge.Type), Score{FN: 1})
			r.miss(g.Doc, string(ge.Type), "FN", ge.Name)
		}
	}

	// Dates.
	goldDates := make(map[string]bool)
	for _, d := range g.Dates {
		goldDates[normDate(d.Value)] = true
	}
	r.compareSets(g.Doc, string(kg.Date), goldDates, dates)

	if res == nil {
		return
	}

	// Facts: entity terms become the matched gold canonical name.
	names := make(map[string]string) // system entity id -> fact key
	for si, se := range sys {
		if gi := sysTo[si]; gi >= 0 {
			names[se.id] = literalKey(g.Entities[gi].Name)
		} else {
			names[se.id] = literalKey(se.name)
		}
	}
	term := func(t kg.Term) string {
		switch {
		case t.Entity == "":
			return literalKey(t.Literal)
		case names[t.Entity] != "":
			return names[t.Entity]
		default:
			return literalKey(t.Entity) // unknown id: never matches gold
		}
	}
	events := make(map[string]*sysEvent)
	var order []string
	for _, e := range res.Entities {
		if e.Type == kg.Event {
			events[e.ID] = &sysEvent{id: e.ID, name: e.Name, locs: map[string]bool{}, dates: map[string]bool{}}
			order = append(order, e.ID)
		}
	}
	for _, t := range res.Triples {
		ev := events[t.Subject.Entity]
		if ev == nil {
			continue
		}
		switch t.Predicate {
		case kg.PredLocation:
			ev.locs[term(t.Object)] = true
		case kg.PredStartDate:
			ev.dates[term(t.Object)] = true
		}
	}
	sysEvents := make([]sysEvent, 0, len(order))
	for _, id := range order {
		sysEvents = append(sysEvents, *events[id])
	}
	evMap := matchEvents(g.Events, sysEvents)
	factTerm := func(t kg.Term) string {
		if _, ok := events[t.Entity]; ok && t.Entity != "" {
			if gid, ok := evMap[t.Entity]; ok {
				return eventKey(gid)
			}
			return "system-event:" + t.Entity
		}
		return term(t)
	}

	scored := make(map[string]bool)
	for _, p := range Predicates {
		scored[p] = true
	}
	got := make(map[string]map[string]bool)
	want := make(map[string]map[string]bool)
	for _, p := range Predicates {
		got[p], want[p] = map[string]bool{}, map[string]bool{}
	}
	for _, t := range res.Triples {
		if !scored[t.Predicate] {
			continue
		}
		if _, ev := events[t.Subject.Entity]; t.Predicate == kg.PredLocation && !ev {
			continue // a headquarters: no event fact, not annotated
		}
		got[t.Predicate][fact{factTerm(t.Subject), t.Predicate, factTerm(t.Object)}.String()] = true
	}
	goldEvents := make(map[string]bool)
	for _, ev := range g.Events {
		goldEvents[ev.ID] = true
	}
	goldTerm := func(s string) string {
		if goldEvents[s] {
			return eventKey(s)
		}
		return literalKey(s)
	}
	for _, f := range g.Facts {
		want[f.Predicate][fact{goldTerm(f.Subject), f.Predicate, goldTerm(f.Object)}.String()] = true
	}
	for _, p := range Predicates {
		r.compareSets(g.Doc, p, want[p], got[p])
	}
}

// compareSets counts gold items found (TP), system items not in gold (FP) and
// gold items missed (FN) for one row.
func (r *Report) compareSets(doc, row string, want, got map[string]bool) {
	for _, k := range sortedKeys(got) {
		if want[k] {
			r.add(row, Score{TP: 1})
		} else {
			r.add(row, Score{FP: 1})
			r.miss(doc, row, "FP", k)
		}
	}
	for _, k := range sortedKeys(want) {
		if !got[k] {
			r.add(row, Score{FN: 1})
			r.miss(doc, row, "FN", k)
		}
	}
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func (r *Report) miss(doc, row, kind, item string) {
	r.Mistakes = append(r.Mistakes, Mistake{Doc: doc, Row: row, Kind: kind, Item: strings.TrimSpace(item)})
}
