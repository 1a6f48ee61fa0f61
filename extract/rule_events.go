package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/extract/internal/dates"
)

// eventKinds maps trigger nouns to the kind of event they name. Generic
// diplomatic words share one kind so that the "meeting" of one report
// and the "talks" of another become the same event.
var eventKinds = lexMap("events.txt", "trigger")

// verbTriggers are verbs that report a meeting: "X met Y in Z".
var verbTriggers = lexSet("events.txt", "verb")

// notMet are objects of "met" that make it no meeting ("met resistance").
var notMet = lexSet("events.txt", "not-met")

// meetingVerb: "met" reports a meeting when someone met someone: a name
// before it and no object like "resistance" or "the deadline" after it.
func (a *analysis) meetingVerb(i int) bool {
	toks := a.toks
	j := i + 1
	for j < len(toks) && (metModifiers[toks[j].Norm] || determiners[toks[j].Norm]) {
		j++
	}
	if j < len(toks) && notMet[toks[j].Norm] {
		return false
	}
	// "her wish could be met in Madrid", "demands were met": a passive
	// "met" is fulfilled, unless someone met the subject ("was met by X").
	if i > 0 && passiveAux[toks[i-1].Norm] && !(i+1 < len(toks) && toks[i+1].Norm == "by") {
		return false
	}
	c0, _ := a.clauseBounds(i)
	for k := i - 1; k >= c0; k-- {
		if m := a.at(k); m != nil && (m.typ == kg.Person || m.typ == kg.Org || m.typ == kg.GPE) {
			return true
		}
		if metSubjects[toks[k].Norm] {
			return true
		}
		// "the minister met": a title that stands for its holder.
		if a.g.titles[toks[k].Norm] && k > c0 && toks[k-1].Norm == "the" && k == i-1 {
			return true
		}
		// "he met the ministers": a pronoun that stands for a person named before.
		if n := toks[k].Norm; n == "he" || n == "she" {
			id, _ := a.pronounPerson(k)
			return id != ""
		}
	}
	return false
}

// passiveAux before "met" make it passive.
var passiveAux = map[string]bool{"be": true, "been": true, "being": true, "is": true, "are": true, "was": true, "were": true, "get": true, "got": true}

// partyNouns before "from" introduce the parties of an event.
var partyNouns = lexSet("events.txt", "party-noun")

// callWords must precede "call"/"conversation" for them to be an event.
var callWords = lexSet("events.txt", "call")

// temporalPreps before a trigger ("after a meeting") mean the sentence is
// about something else: people in it did not necessarily attend.
var temporalPreps = lexSet("events.txt", "temporal")

// clauseBounds returns, for the sentence holding token i, the token range
// of the clause around i: clauses end at ";" and at ", and"/", while"/
// ", but" and at "and on <date>".
func (a *analysis) clauseBounds(i int) (int, int) {
	s := a.sents[a.sentOf[i]]
	isBound := func(k int) bool {
		t := a.toks[k].Norm
		if t == ";" {
			return true
		}
		if k+1 >= s.T1 {
			return false
		}
		n := a.toks[k+1].Norm
		if t == "," && (n == "and" || n == "while" || n == "but" || n == "whereas") {
			return true
		}
		// ", a week after he had spoken to X", ", before": a clause of its own time.
		if t == "," && a.subordinateAt(k+1, s.T1) {
			return true
		}
		if t == "and" && (n == "on" || n == "in") && k+2 < s.T1 && a.dateAt[k+2] >= 0 {
			return true
		}
		// "After talks in Geneva on May 2, Lavrov met Blinken in Vienna":
		// the first comma closes an opening phrase of another time.
		if t == "," && openers[a.toks[s.T0].Norm] && a.firstComma(s.T0, k) {
			return true
		}
		return false
	}
	c0 := i
	for c0 > s.T0 && !isBound(c0-1) {
		c0--
	}
	c1 := i + 1
	for c1 < s.T1 && !isBound(c1) {
		c1++
	}
	return c0, c1
}

// openers open a sentence with a phrase of another time, closed by its
// first comma: "After talks in Geneva on May 2, ...". ("During the talks,
// ..." shares the clause's time.)
var openers = map[string]bool{"after": true, "before": true, "following": true, "since": true, "ahead": true}

// firstComma reports whether token k is the first comma after token t0.
func (a *analysis) firstComma(t0, k int) bool {
	for p := t0; p < k; p++ {
		if a.toks[p].Text == "," {
			return false
		}
	}
	return true
}

// subordinators open a clause of another time: ", after he spoke to X".
var subordinators = map[string]bool{"after": true, "before": true, "since": true, "until": true}

// spanWords measure the time between: ", a week after", ", two days before".
var spanWords = map[string]bool{"a": true, "an": true, "week": true, "weeks": true, "day": true, "days": true, "hour": true, "hours": true, "month": true, "months": true, "year": true, "years": true, "shortly": true, "just": true, "soon": true, "only": true, "minutes": true}

// subordinateAt reports whether a subordinate clause of time starts at
// token k (before t1): "after", "a week after", "two days before".
func (a *analysis) subordinateAt(k, t1 int) bool {
	for n := 0; k < t1 && n < 4; k, n = k+1, n+1 {
		w := a.toks[k].Norm
		if subordinators[w] {
			return true
		}
		if !(spanWords[w] || numberWords[w] > 0 || isDigitByte(w[0])) {
			return false
		}
	}
	return false
}

// ownSpan returns the part of the clause [c0, c1) whose dates and places
// belong to the event named at token i: from i (or from the clause's start
// for its first event) to the next event word. "The talks in Geneva, which
// ended on Tuesday, followed a summit in Rome on May 2": Geneva and Tuesday
// are the talks', Rome and May 2 the summit's.
func (a *analysis) ownSpan(c0, c1, i int) (int, int) {
	lo, hi := c0, c1
	for k := i - 1; k >= c0; k-- {
		if a.eventWord(k) {
			lo = i
			break
		}
	}
	for k := i + 1; k < c1; k++ {
		if a.eventWord(k) {
			hi = k
			break
		}
	}
	return lo, hi
}

// eventWord reports whether token k names an event of the clause: a
// trigger or a visit, not one that only dates it ("on the eve of this round
// of consultations, on December 31, Putin had a telephone conversation").
func (a *analysis) eventWord(k int) bool {
	n := a.toks[k].Norm
	if a.at(k) != nil {
		return false
	}
	if _, trig := eventKinds[n]; !trig && !visitVerbs[n] && !visitNouns[n] && !hostVerbs[n] {
		return false
	}
	for p := k - 1; p >= 0 && p >= k-6 && a.sentOf[p] == a.sentOf[k]; p-- {
		w := a.toks[p].Norm
		if temporalPreps[w] || w == "eve" {
			return false
		}
		if a.at(p) != nil || !isWordAt(a.toks[p].Text, 0) {
			break
		}
	}
	return true
}

// event is one event read from a clause.
type event struct {
	name      string
	kind      string
	date      string
	place     *ment
	body      *ment
	attendees []string
	forms     []string     // surface forms of the trigger phrase
	t0, t1    int          // trigger phrase
	anaphoric bool         // "the meeting": refers back to an event already named
	status    dates.Status // how its clause states it (dates.Mood); never Negated
	held      bool         // Stated by a past form: "met", "visited", "the talks took place"
	// split is the trigger token + 1 of "meetings with A and B" read as
	// one meeting per partner: those are never merged again.
	split int
	// via maps an attendee named by a pronoun ("a meeting between him and
	// an MI6 agent") to the token of its antecedent, which the evidence
	// must include.
	via map[string]int
	// partner is the unnamed party a person met ("met with Lazaro
	// Gonzalez's lawyer", "a meeting with union leaders"), which names a
	// meeting with one named attendee.
	partner string
}

func (e *event) addAttendee(id string) {
	if id == "" || (e.place != nil && id == e.place.id) || contains(e.attendees, id) {
		return
	}
	e.attendees = append(e.attendees, id)
}

// addVia adds an attendee named by a pronoun whose antecedent is at token k.
func (e *event) addVia(id string, k int) {
	if id == "" || contains(e.attendees, id) {
		return
	}
	e.addAttendee(id)
	if e.via == nil {
		e.via = map[string]int{}
	}
	e.via[id] = k
}

// pronounPerson resolves a personal pronoun at token i ("he", "him",
// "she", "her") to a person and the token of the mention it stands for:
// the last person named before it in its own sentence, else the last person
// who opens a sentence before (the subject a story keeps referring to: in
// "Mr Makarov joined the KGB. One of his pupils was Vladimir Putin. He was
// posted to Moscow", he is Makarov).
func (a *analysis) pronounPerson(i int) (string, int) {
	if !personPronouns[a.toks[i].Norm] {
		return "", -1
	}
	si := a.sentOf[i]
	for k := i - 1; k >= a.sents[si].T0; k-- {
		if m := a.at(k); m != nil && m.typ == kg.Person {
			return m.id, m.t0
		}
	}
	// Walk back while the sentences keep referring to someone ("he", "his"):
	// at most two sentences without such a pronoun, ten in all.
	gap := 0
	for s := si - 1; s >= 0 && s >= si-10 && gap <= 2; s-- {
		if m := a.sentenceSubject(s); m != nil {
			return m.id, m.t0
		}
		if !a.hasPersonPronoun(s) {
			gap++
		}
	}
	return "", -1
}

// hasPersonPronoun reports whether sentence s refers to a person by a
// pronoun outside quotations.
func (a *analysis) hasPersonPronoun(s int) bool {
	st := a.sents[s]
	inQuote := false
	for k := st.T0; k < st.T1; k++ {
		t := a.toks[k]
		if isOpenQuote(t.Text) || isCloseQuote(t.Text) && t.Text != ")" {
			inQuote = !inQuote
		}
		if !inQuote && (personPronouns[t.Norm] || t.Norm == "his") {
			return true
		}
	}
	return false
}

// sentenceSubject returns the person who opens sentence s, after an
// honorific, title words, the body or country that qualifies them or an
// opening quote ("Mr Makarov joined ...", "NATO Secretary General Jens
// Stoltenberg arrived"), or nil.
func (a *analysis) sentenceSubject(s int) *ment {
	st := a.sents[s]
	for k := st.T0; k < st.T1 && k < st.T0+8; k++ {
		if m := a.at(k); m != nil {
			if m.typ == kg.Person {
				return m
			}
			// "NATO Secretary General Jens Stoltenberg", "Russia's foreign
			// minister X": a body or country qualifying the title.
			if m.typ == kg.Org || m.typ == kg.GPE {
				k = m.t1 - 1
				continue
			}
			return nil
		}
		n := a.toks[k].Norm
		if !(a.g.honorifics[n] || a.g.titles[n] || n == "." || n == "'s" || determiners[n] || isOpenQuote(a.toks[k].Text)) {
			return nil
		}
	}
	return nil
}

// titleRef resolves "the foreign minister" at token k (before c1), a title
// with no name after it, to the one holder of that title in the document,
// and returns the holder and the token of their last mention before k.
func (a *analysis) titleRef(in *established, k, c1 int) (string, int) {
	toks := a.toks
	e := k + 1
	for e < c1 && a.g.titles[toks[e].Norm] && a.at(e) == nil {
		e++
	}
	if e == k+1 || (e < c1 && (a.at(e) != nil || toks[e].Norm == "'s")) {
		return "", -1
	}
	id := a.byTitle(in, k, e)
	if id == "" {
		return "", -1
	}
	for p := k - 1; p >= 0; p-- {
		if m := a.at(p); m != nil && m.id == id {
			return id, m.t0
		}
	}
	return "", -1
}

// personPronouns are the pronouns that refer to one person.
var personPronouns = map[string]bool{"he": true, "him": true, "his": true, "she": true, "her": true}

var (
	metModifiers = lexSet("events.txt", "met-modifier") // "met with stiff resistance"
	metSubjects  = lexSet("events.txt", "met-subject")  // "ministers met"
	hostPlaces   = lexSet("events.txt", "host-place")   // "the Paris headquarters of the OECD"
)

// RuleEventStatus states the status of an event that is not stated as held.
const RuleEventStatus = "event-status"

// eventRules read events; event-status gives the status of those its
// clause states as planned, cancelled or postponed.
var eventRules = docRule(StageEvents, events,
	&Rule{Name: RuleEvent, Predicates: []string{kg.PredLocation, kg.PredStartDate, kg.PredAttendee},
		Doc: `meetings, talks, summits, conferences, phone calls and visits ("X visited Beijing", "his visit to Kyiv") with their date, place and attendees (one named attendee is enough when the text names whom they met by a noun: "met with the family's lawyer"), one per partner of "meetings with A and B" or "separate talks with A and B"; "the leaders of A, B and C met", "talks with his Jordanian counterpart"; none from a clause that negates them ("did not meet", "refused to attend")`,
		Examples: []Example{
			{Text: "On March 9, a summit of the African Union was held in Addis Ababa.", Published: "2023-03-12",
				Must: []Fact{{"event/african-union-summit-2023-03-09", kg.PredLocation, "place/addis-ababa"}, {"event/african-union-summit-2023-03-09", kg.PredStartDate, "2023-03-09"}}},
			{Text: "Olaf Scholz held meetings with Emmanuel Macron in Paris on June 2.", Published: "2023-06-05",
				Must: []Fact{{"event/paris-talks-2023-06-02", kg.PredAttendee, "person/emmanuel-macron"}, {"event/paris-talks-2023-06-02", kg.PredAttendee, "person/olaf-scholz"}}},
			{Text: "Gerry Adams held meetings with Tony Blair on June 1 and Bill Clinton on June 3, and Ann Lee held talks with Tom Reed and Jim Hall in Oslo on June 2.", Published: "2023-06-05",
				Must: []Fact{{"event/meeting-between-gerry-adams-and-tony-blair-2023-06-01", kg.PredAttendee, "person/tony-blair"},
					{"event/meeting-between-bill-clinton-and-gerry-adams-2023-06-03", kg.PredAttendee, "person/bill-clinton"},
					{"event/oslo-talks-2023-06-02", kg.PredAttendee, "person/jim-hall"}},
				MustNot: []Fact{{"event/meeting-between-gerry-adams-and-tony-blair-2023-06-01", kg.PredAttendee, "person/bill-clinton"}}},
			// One named attendee and whom the text names by a noun only.
			{Text: "Attorney General Ann Lowe met with the family's lawyer on June 2, and Tom Reed met them on June 3.", Published: "2023-06-05",
				Must:    []Fact{{"event/meeting-of-ann-lowe-with-the-familys-lawyer-2023-06-02", kg.PredAttendee, "person/ann-lowe"}},
				MustNot: []Fact{{"event/meeting-of-tom-reed-with-them-2023-06-03", kg.PredAttendee, ""}}},
			{Text: "President Tom Reed met with his top aides Wednesday to discuss the attacks, and Ann Lowe met the deadline on Tuesday.", Published: "2023-06-09",
				Must:    []Fact{{"event/meeting-of-tom-reed-with-his-top-aides-2023-06-07", kg.PredAttendee, "person/tom-reed"}},
				MustNot: []Fact{{"", kg.PredAttendee, "person/ann-lowe"}}},
			{Text: "U.S. Ambassador Ann Lowe met with Ghana's trade minister on Wednesday. Trade Minister Kofi Mensah later said the talks went well.", Published: "2023-06-09",
				Must:    []Fact{{"event/meeting-between-ann-lowe-and-kofi-mensah-2023-06-07", kg.PredAttendee, "person/kofi-mensah"}},
				MustNot: []Fact{{"event/meeting-between-ann-lowe-and-kofi-mensah-2023-06-07", kg.PredAttendee, "place/ghana"}}},
			{Text: "U.S. Ambassador Ann Lowe met with Ghana's trade minister on Wednesday. Togo's Trade Minister Kofi Mensah later said the talks went well.", Published: "2023-06-09",
				Must:    []Fact{{"event/meeting-between-ann-lowe-and-ghana-2023-06-07", kg.PredAttendee, "place/ghana"}},
				MustNot: []Fact{{"event/meeting-between-ann-lowe-and-ghana-2023-06-07", kg.PredAttendee, "person/kofi-mensah"}}},
			{Text: "The leaders of France, Germany and Italy met in Rome on Friday. Egyptian Foreign Minister Sameh Hadi held talks with his Jordanian counterpart in Amman on Sunday.", Published: "2023-06-09",
				Must: []Fact{{"event/rome-talks-2023-06-09", kg.PredAttendee, "place/france"}, {"event/rome-talks-2023-06-09", kg.PredAttendee, "place/italy"},
					{"event/amman-talks-2023-06-04", kg.PredAttendee, "place/jordan"}, {"event/amman-talks-2023-06-04", kg.PredAttendee, "person/sameh-hadi"}},
				MustNot: []Fact{{"event/amman-talks-2023-06-04", kg.PredAttendee, "place/egypt"}}},
			{Text: "Talks between India and Pakistan took place in Geneva on June 2.", Published: "2023-06-05",
				Must: []Fact{{"event/geneva-talks-2023-06-02", kg.PredAttendee, "place/india"}, {"event/geneva-talks-2023-06-02", kg.PredAttendee, "place/pakistan"}}},
			{Text: "On Tuesday, Chancellor Olaf Scholz had a phone call with President Emmanuel Macron.", Published: "2023-06-08",
				Must: []Fact{{"event/phone-call-between-emmanuel-macron-and-olaf-scholz-2023-06-06", kg.PredAttendee, "person/olaf-scholz"}}},
			{Text: "Olaf Scholz met resistance in Berlin on May 2, and Xi Jinping met his counterpart in Bali on May 3.", Published: "2023-05-08",
				Must:    []Fact{{"event/bali-talks-2023-05-03", kg.PredAttendee, "person/xi-jinping"}},
				MustNot: []Fact{{"event/berlin-talks-2023-05-02", kg.PredAttendee, ""}, {"event/berlin-talks-2023-05-02", kg.PredLocation, ""}}},
			{Text: "Olaf Scholz held a press conference in Berlin on May 2, and Xi Jinping met his counterpart in Bali on May 3.", Published: "2023-05-08",
				Must:    []Fact{{"event/bali-talks-2023-05-03", kg.PredAttendee, "person/xi-jinping"}},
				MustNot: []Fact{{"event/berlin-conference-2023-05-02", kg.PredAttendee, ""}, {"event/berlin-conference-2023-05-02", kg.PredLocation, ""}}},
			{Text: "Ann Lowe said her demands were met in Madrid on May 2, and Xi Jinping met his counterpart in Bali on May 3.", Published: "2023-05-08",
				Must:    []Fact{{"event/bali-talks-2023-05-03", kg.PredAttendee, "person/xi-jinping"}},
				MustNot: []Fact{{"event/madrid-talks-2023-05-02", kg.PredLocation, ""}}},
			{Text: "Tom Hale ran the agency for years. One of his pupils was Ann Lowe. On May 4 he met the ministers in Vienna.", Published: "2023-05-08",
				Must:    []Fact{{"event/vienna-talks-2023-05-04", kg.PredAttendee, "person/tom-hale"}},
				MustNot: []Fact{{"event/vienna-talks-2023-05-04", kg.PredAttendee, "person/ann-lowe"}}},
			{Text: "Tom Hale left the army in 1992. Within a year, officials arranged a meeting between him and NATO.",
				Must: []Fact{{"event/meeting-between-tom-hale-and-nato", kg.PredAttendee, "person/tom-hale"}, {"event/meeting-between-tom-hale-and-nato", kg.PredAttendee, "org/nato"}}},
			{Text: "A delegation from NATO visited Kyiv on May 4, and Olaf Scholz visited Warsaw.", Published: "2023-05-08",
				Must: []Fact{{"event/kyiv-visit-2023-05-04", kg.PredAttendee, "org/nato"}, {"event/kyiv-visit-2023-05-04", kg.PredLocation, "place/kyiv"}, {"event/warsaw-visit", kg.PredAttendee, "person/olaf-scholz"}}},
			{Text: "Joe Biden met Xi Jinping in Bali on May 2 and will visit Tokyo on May 12. Prices rose in London and Ann Lowe visited Oslo.", Published: "2023-05-08",
				Must:    []Fact{{"event/tokyo-visit-2023-05-12", kg.PredAttendee, "person/joe-biden"}, {"event/oslo-visit", kg.PredAttendee, "person/ann-lowe"}},
				MustNot: []Fact{{"event/tokyo-visit-2023-05-12", kg.PredAttendee, "person/xi-jinping"}, {"event/oslo-visit", kg.PredAttendee, "place/london"}}},
			{Text: "Olaf Scholz, who visited Kyiv on May 2, met Emmanuel Macron in Paris on May 4.", Published: "2023-05-08",
				Must:    []Fact{{"event/kyiv-visit-2023-05-02", kg.PredAttendee, "person/olaf-scholz"}, {"event/paris-talks-2023-05-04", kg.PredAttendee, "person/emmanuel-macron"}},
				MustNot: []Fact{{"event/kyiv-visit-2023-05-02", kg.PredAttendee, "person/emmanuel-macron"}, {"event/paris-talks-2023-05-02", kg.PredLocation, ""}}},
			{Text: "Olaf Scholz met voters in Berlin. During his visit to Kyiv on May 4, Ann Lowe said, the visiting professor Tom Reed spoke.", Published: "2023-05-08",
				Must:    []Fact{{"event/kyiv-visit-2023-05-04", kg.PredAttendee, "person/olaf-scholz"}},
				MustNot: []Fact{{"event/kyiv-visit-2023-05-04", kg.PredAttendee, "person/tom-reed"}, {"event/kyiv-visit-2023-05-04", kg.PredAttendee, "person/ann-lowe"}}},
			{Text: "The talks in Geneva, which ended on May 2, followed a summit in Rome on April 20.", Published: "2023-05-08",
				Must:    []Fact{{"event/geneva-talks-2023-05-02", kg.PredLocation, "place/geneva"}, {"event/rome-summit-2023-04-20", kg.PredLocation, "place/rome"}},
				MustNot: []Fact{{"event/geneva-talks-2023-05-02", kg.PredLocation, "place/rome"}, {"event/geneva-summit-2023-05-02", kg.PredLocation, ""}}},
			{Text: "Olaf Scholz met Emmanuel Macron in Paris on May 8, a week after he had spoken to Joe Biden.", Published: "2023-05-10",
				Must:    []Fact{{"event/paris-talks-2023-05-08", kg.PredAttendee, "person/emmanuel-macron"}},
				MustNot: []Fact{{"event/paris-talks-2023-05-08", kg.PredAttendee, "person/joe-biden"}}},
			{Text: "Foreign Minister Anna Holm arrived on May 3. On May 4 the minister met Tom Reed in Geneva, and the president of France, Paul Ek, stayed home.", Published: "2023-05-08",
				Must:    []Fact{{"event/geneva-talks-2023-05-04", kg.PredAttendee, "person/anna-holm"}, {"event/geneva-talks-2023-05-04", kg.PredAttendee, "person/tom-reed"}},
				MustNot: []Fact{{"event/geneva-talks-2023-05-04", kg.PredAttendee, "person/paul-ek"}}},
			{Text: "Rishi Sunak hosted Narendra Modi in London on May 2. The hotel received guests in Paris.", Published: "2023-05-08",
				Must:    []Fact{{"event/london-talks-2023-05-02", kg.PredAttendee, "person/rishi-sunak"}, {"event/london-talks-2023-05-02", kg.PredAttendee, "person/narendra-modi"}},
				MustNot: []Fact{{"event/paris-talks", kg.PredLocation, ""}}},
			{Text: "Joe Biden spoke by phone with Olaf Scholz on May 2. Scholz said by phone that he was well.", Published: "2023-05-08",
				Must: []Fact{{"event/phone-call-between-joe-biden-and-olaf-scholz-2023-05-02", kg.PredAttendee, "person/joe-biden"}, {"event/phone-call-between-joe-biden-and-olaf-scholz-2023-05-02", kg.PredAttendee, "person/olaf-scholz"}}},
			{Text: "Ann Lowe's remarks followed talks between NATO and Russia in Geneva on May 4.", Published: "2023-05-08",
				Must:    []Fact{{"event/geneva-talks-2023-05-04", kg.PredAttendee, "place/russia"}},
				MustNot: []Fact{{"event/geneva-talks-2023-05-04", kg.PredAttendee, "person/ann-lowe"}}},
			// A date belongs to the event of its own clause: an opening phrase
			// of another time has its own, and a verb of saying keeps its date.
			{Text: "After talks in Geneva on May 2, Ann Lowe met Tom Reed in Vienna on May 4.", Published: "2023-05-08",
				Must:    []Fact{{"event/vienna-talks-2023-05-04", kg.PredAttendee, "person/tom-reed"}, {"event/geneva-talks-2023-05-02", kg.PredLocation, "place/geneva"}},
				MustNot: []Fact{{"event/geneva-talks-2023-05-02", kg.PredAttendee, ""}}},
			{Text: "Joe Biden, speaking on May 2, said he met Xi Jinping in Bali, and the White House said Ann Lowe met Tom Reed in Oslo on May 3.", Published: "2023-05-08",
				Must:    []Fact{{"event/bali-talks", kg.PredAttendee, "person/xi-jinping"}, {"event/oslo-talks-2023-05-03", kg.PredAttendee, "person/tom-reed"}},
				MustNot: []Fact{{"event/bali-talks-2023-05-02", kg.PredAttendee, ""}}},
			// Negation: a clause that says the event did not happen names none.
			{Text: "Olaf Scholz did not meet Emmanuel Macron in Paris on May 2, and Xi Jinping met his counterpart in Bali on May 3.", Published: "2023-05-08",
				Must:    []Fact{{"event/bali-talks-2023-05-03", kg.PredAttendee, "person/xi-jinping"}},
				MustNot: []Fact{{"event/paris-talks-2023-05-02", kg.PredAttendee, ""}, {"event/paris-talks-2023-05-02", kg.PredLocation, ""}}},
			{Text: "Ann Lowe refused to meet Tom Reed in Vienna on May 2. Xi Jinping has never met Olaf Scholz in Berlin. Joe Biden met Xi Jinping in Bali on May 3.", Published: "2023-05-08",
				Must:    []Fact{{"event/bali-talks-2023-05-03", kg.PredAttendee, "person/joe-biden"}},
				MustNot: []Fact{{"event/vienna-talks-2023-05-02", kg.PredAttendee, ""}, {"event/berlin-talks", kg.PredAttendee, ""}}},
			{Text: "The ministry denied that Olaf Scholz had held talks with Emmanuel Macron in Paris on May 2, but Joe Biden held talks with Xi Jinping in Bali on May 3.", Published: "2023-05-08",
				Must:    []Fact{{"event/bali-talks-2023-05-03", kg.PredAttendee, "person/xi-jinping"}},
				MustNot: []Fact{{"event/paris-talks-2023-05-02", kg.PredAttendee, ""}}},
			{Text: "No meeting between Russia and Ukraine took place in Geneva on May 2, and a summit of the African Union was held in Addis Ababa on May 3.", Published: "2023-05-08",
				Must:    []Fact{{"event/african-union-summit-2023-05-03", kg.PredLocation, "place/addis-ababa"}},
				MustNot: []Fact{{"event/geneva-talks-2023-05-02", kg.PredAttendee, ""}, {"event/geneva-talks-2023-05-02", kg.PredLocation, ""}}},
			{Text: "Ann Lowe declined to attend the summit in Rome on May 2, and Tom Reed attended the summit in Oslo on May 3.", Published: "2023-05-08",
				Must:    []Fact{{"event/oslo-summit-2023-05-03", kg.PredAttendee, "person/tom-reed"}},
				MustNot: []Fact{{"event/rome-summit-2023-05-02", kg.PredAttendee, ""}, {"event/rome-summit-2023-05-02", kg.PredLocation, ""}}},
			{Text: "Russia rejected talks with Ukraine in Geneva on May 2, and Poland boycotted the summit in Minsk on May 3. Russia welcomed talks with Turkey in Ankara on May 4.", Published: "2023-05-08",
				Must:    []Fact{{"event/ankara-talks-2023-05-04", kg.PredAttendee, "place/turkey"}},
				MustNot: []Fact{{"event/geneva-talks-2023-05-02", kg.PredAttendee, ""}, {"event/minsk-summit-2023-05-03", kg.PredLocation, ""}}},
			{Text: "Olaf Scholz did not visit Kyiv on May 2, and Joe Biden visited Warsaw on May 3. Ann Lowe said nothing new at the summit in Oslo on May 4.", Published: "2023-05-08",
				Must:    []Fact{{"event/warsaw-visit-2023-05-03", kg.PredAttendee, "person/joe-biden"}, {"event/oslo-summit-2023-05-04", kg.PredLocation, "place/oslo"}},
				MustNot: []Fact{{"event/kyiv-visit-2023-05-02", kg.PredAttendee, ""}}},
		}},
	&Rule{Name: RuleEventStatus, Predicates: []string{kg.PredEventStatus},
		Doc: `an event stated as still to come ("will meet", "plans to visit", "is scheduled to hold talks", a date after publication), called off or put off: schema:eventStatus`,
		Examples: []Example{
			{Text: "Olaf Scholz will meet Emmanuel Macron in Paris on May 12, and Xi Jinping met Joe Biden in Bali on May 3.", Published: "2023-05-08",
				Must:    []Fact{{"event/paris-talks-2023-05-12", kg.PredEventStatus, statusScheduled}},
				MustNot: []Fact{{"event/bali-talks-2023-05-03", kg.PredEventStatus, ""}}},
			{Text: "Olaf Scholz is expected to visit Kyiv on Friday. Ann Lowe is scheduled to hold talks with Tom Reed in Oslo on Monday.", Published: "2023-05-10",
				Must: []Fact{{"event/kyiv-visit-2023-05-12", kg.PredEventStatus, statusScheduled}, {"event/oslo-talks-2023-05-15", kg.PredEventStatus, statusScheduled}}},
			{Text: "The two leaders agreed to meet in Geneva next week. Joe Biden may meet Xi Jinping in Bali.",
				Must: []Fact{{"event/geneva-talks", kg.PredEventStatus, statusScheduled}, {"event/bali-talks", kg.PredEventStatus, statusScheduled}}},
			{Text: "The summit in Rome on May 2 was called off, and the summit in Oslo on May 3 was held as planned. Russia postponed the talks in Geneva on May 4.", Published: "2023-05-08",
				Must:    []Fact{{"event/rome-summit-2023-05-02", kg.PredEventStatus, statusCancelled}, {"event/geneva-talks-2023-05-04", kg.PredEventStatus, statusPostponed}},
				MustNot: []Fact{{"event/oslo-summit-2023-05-03", kg.PredEventStatus, ""}}},
			// Mentions of one event: a report in a past form that it was held
			// outranks a plan, which outranks a mention that says neither.
			{Text: "Talks between NATO and Russia will be held in Geneva on May 12. Tom Reed would not discuss the talks. Ann Lowe was expected to meet Mei Lin in Oslo on May 2. Ann Lowe met Mei Lin in Oslo on May 2.", Published: "2023-05-08",
				Must:    []Fact{{"event/geneva-talks-2023-05-12", kg.PredEventStatus, statusScheduled}},
				MustNot: []Fact{{"event/oslo-talks-2023-05-02", kg.PredEventStatus, ""}}},
			// An event named before that did not take place was called off.
			{Text: "Ann Lowe and Tom Reed were due to meet in Oslo on May 2. The meeting did not take place. Joe Biden met Xi Jinping in Bali on May 3.", Published: "2023-05-08",
				Must:    []Fact{{"event/oslo-talks-2023-05-02", kg.PredEventStatus, statusCancelled}},
				MustNot: []Fact{{"event/bali-talks-2023-05-03", kg.PredEventStatus, ""}}},
			// A date after publication is still to come, whatever the tense.
			{Text: "Olaf Scholz met Emmanuel Macron in Paris on May 2. Joe Biden meets Xi Jinping in Bali on May 12.", Published: "2023-05-08",
				Must:    []Fact{{"event/bali-talks-2023-05-12", kg.PredEventStatus, statusScheduled}},
				MustNot: []Fact{{"event/paris-talks-2023-05-02", kg.PredEventStatus, ""}}},
			{Text: "Rishi Sunak will host Narendra Modi in London on Friday. Biden cancelled his visit to Kyiv on May 3.", Published: "2023-05-10",
				Must: []Fact{{"event/london-talks-2023-05-12", kg.PredEventStatus, statusScheduled}, {"event/kyiv-visit-2023-05-03", kg.PredEventStatus, statusCancelled}}},
		}},
)

// events reads events, merges the mentions of one event inside the
// document and emits their facts; rs is event.
func events(a *analysis, in *established, rs []*Rule) {
	toks := a.toks
	var evs []*event
	for i, t := range toks {
		if (visitVerbs[t.Norm] || visitNouns[t.Norm] || hostVerbs[t.Norm] || phoneWords[t.Norm]) && !a.boiler[i] && !a.headline[i] && a.at(i) == nil {
			var ev *event
			switch {
			case hostVerbs[t.Norm]:
				ev = a.readHost(i)
			case phoneWords[t.Norm]:
				ev = a.readPhone(i)
			default:
				ev = a.readVisit(i)
			}
			if ev != nil && a.stated(ev, i) {
				evs = append(evs, ev)
			}
			continue
		}
		kind, ok := eventKinds[t.Norm]
		if !ok || a.boiler[i] || a.headline[i] || a.at(i) != nil {
			continue
		}
		if kind == "phone call" && (i == 0 || !callWords[toks[i-1].Norm]) {
			continue
		}
		if i > 0 && (toks[i-1].Norm == "press" || toks[i-1].Norm == "news") {
			continue
		}
		if verbTriggers[t.Norm] && !a.meetingVerb(i) {
			continue
		}
		if ev := a.readEvent(in, i, kind); ev != nil && a.stated(ev, i) {
			if parts := a.separateMeetings(ev, i); parts != nil {
				evs = append(evs, parts...)
				continue
			}
			evs = append(evs, ev)
			if el := a.ellipsis(in, i, ev); el != nil {
				el.status, el.held = ev.status, ev.held
				evs = append(evs, el)
			}
		}
	}
	a.delegationAttendees(evs)
	for _, ev := range mergeEvents(evs, a.sentOf) {
		if a.nameEvent(ev) {
			a.emitEvent(ev, rs[0], rs[1])
		}
	}
}

// stated sets the status of the event read at trigger token i from the
// clause that governs it (dates.Mood) and reports whether the clause states
// the event at all: "did not meet", "refused to attend the summit", "no
// talks took place" name no event, and give no attendee.
func (a *analysis) stated(ev *event, i int) bool {
	toks := a.toks
	n := toks[i].Norm
	t0, verb := i, false
	switch {
	case phoneWords[n] && i >= 2 && toks[i-1].Norm == "by":
		t0, verb = i-2, true // "spoke by phone"
	case hostVerbs[n] || verbTriggers[n]:
		verb = true
	case visitVerbs[n]:
		verb = !(visitNouns[n] && i+1 < len(toks) && toks[i+1].Norm == "to") // "visits Kyiv", not "visits to Kyiv"
	}
	s := a.sents[a.sentOf[i]]
	ev.status = dates.Mood(toks, t0, i+1, s.T0, min(s.T1, len(toks)), verb)
	if ev.status == dates.Negated {
		return false
	}
	ev.held = ev.status == dates.Stated && dates.Held(toks, t0, i+1, min(s.T1, len(toks)), verb)
	// "Scholz meets Macron on May 12", published on May 10: a date still to
	// come is a plan, whatever the tense.
	if after, ok := a.afterRef(ev.date); ev.status == dates.Stated && ok && after {
		ev.status = dates.Planned
	}
	return true
}

// afterRef reports whether the ISO value v of a day, a month or a year
// comes after the reference date; ok is false with no reference date or
// no such value ("--05-12", "2023-W09-WE").
func (a *analysis) afterRef(v string) (after, ok bool) {
	if a.ref.IsZero() || v == "" || v[0] == '-' {
		return false, false
	}
	ref := a.ref.Format("2006-01-02")
	if len(v) > len(ref) {
		return false, false
	}
	return v > ref[:len(v)], true
}

// statusIRI are the schema.org EventStatusType members of the statuses
// stated with schema:eventStatus; a held event has none.
var statusIRI = map[dates.Status]string{
	dates.Planned:   statusScheduled,
	dates.Cancelled: statusCancelled,
	dates.Postponed: statusPostponed,
}

const (
	statusScheduled = "http://schema.org/EventScheduled"
	statusCancelled = "http://schema.org/EventCancelled"
	statusPostponed = "http://schema.org/EventPostponed"
)

// mergeStatus merges the status of event b's mention into a's: a
// cancellation or postponement outranks a report in a past form that it was
// held ("met", "the talks took place"), which outranks a plan, which
// outranks a mention that says neither ("Biden will meet Xi. ... The
// meeting was postponed"; "Talks will be held in Geneva on January 10. ...
// Biden would not discuss the negotiations").
func mergeStatus(a, b *event) {
	rank := func(e *event) int {
		switch {
		case e.status == dates.Cancelled:
			return 4
		case e.status == dates.Postponed:
			return 3
		case e.held:
			return 2
		case e.status == dates.Planned:
			return 1
		}
		return 0
	}
	if rank(b) > rank(a) {
		a.status, a.held = b.status, b.held
	}
}

// partiesOf returns the countries and organisations named by a hyphenated
// compound ending at token end-1 ("Russian-American", "Russia-US",
// "EU-China"); nil unless every part is one.
func (a *analysis) partiesOf(t0, t1 int) []string {
	toks := a.toks
	var ids []string
	for k := t0; k < t1; k++ {
		if toks[k].Text == "-" {
			continue
		}
		if k > t0 && toks[k-1].Text != "-" {
			break
		}
		if m := a.at(k); m != nil && (m.typ == kg.GPE || m.typ == kg.Org) && m.t0 == k && m.t1 == k+1 {
			ids = append(ids, m.id)
		} else if c := a.g.demonymCountry(toks[k].Norm); c != nil {
			ids = append(ids, a.ensure(c))
		} else if in := a.g.lookupName(toks[k].Text); in != nil && in.typ != kg.Person {
			ids = append(ids, a.ensure(in))
		} else {
			return nil
		}
	}
	if len(ids) < 2 {
		return nil
	}
	return ids
}

func (a *analysis) readEvent(in *established, i int, kind string) *event {
	toks := a.toks
	c0, c1 := a.clauseBounds(i)
	ev := &event{kind: kind, t0: i, t1: i + 1}
	if kind == "phone call" {
		ev.t0 = i - 1
	}
	// Body: "meeting of the NATO-Russia Council", "the G20 summit".
	j := i + 1
	if j < c1 && toks[j].Norm == "of" {
		j++
		if j < c1 && toks[j].Norm == "the" {
			j++
		}
		if m := a.at(j); m != nil && m.typ == kg.Org && m.t0 == j {
			ev.body, ev.t1 = m, m.t1
		}
	}
	if ev.body == nil && i > 0 {
		if m := a.at(i - 1); m != nil && m.typ == kg.Org {
			ev.body, ev.t0 = m, m.t0
		}
	}
	// Parties in a compound before the trigger: "Russian-American talks".
	var compound []string
	if ev.body == nil {
		k := i - 1
		for k-2 >= c0 && toks[k-1].Text == "-" {
			k -= 2
		}
		if k < i-1 {
			compound = a.partiesOf(k, i)
			if compound != nil {
				ev.t0 = k
			}
		}
	}
	lo, hi := a.ownSpan(c0, c1, i)
	ev.date = a.eventDate(lo, hi, i)
	ev.place = a.eventPlace(lo, hi, ev.body)
	// Attendees: the body itself, or the parties its name joins; parties
	// named by "between X and Y", "of X", "with X", "the X and Y
	// delegations"; people in the clause unless the event only dates it
	// ("after a meeting").
	if ev.body != nil {
		if ps := a.partiesOf(ev.body.t0, ev.body.t1); ps != nil {
			compound = ps
		} else {
			ev.addAttendee(ev.body.id)
		}
	}
	for _, id := range compound {
		ev.addAttendee(id)
	}
	temporal := false
	for k := ev.t0 - 1; k >= c0 && k >= ev.t0-4; k-- {
		if temporalPreps[toks[k].Norm] {
			temporal = true
			break
		}
		if a.at(k) != nil || !isWordAt(toks[k].Text, 0) {
			break
		}
	}
	// A reference back ("the meeting") names its people only when the
	// sentence puts them in it: "represented in the meeting by", "spoke at
	// the talks".
	definite := i > 0 && (toks[i-1].Norm == "the" || toks[i-1].Norm == "this" || toks[i-1].Norm == "that")
	participation := definite && i > 1 && (toks[i-2].Norm == "in" || toks[i-2].Norm == "at" || toks[i-2].Norm == "to" || attendVerbs[toks[i-2].Norm])
	inQuote := false
	for k := c0; k < c1; k++ {
		if isOpenQuote(toks[k].Text) || isCloseQuote(toks[k].Text) && toks[k].Text != ")" {
			inQuote = !inQuote
		}
		if m := a.at(k); m != nil && m.typ == kg.Person && m.t0 == k && !inQuote && !temporal && (!definite || participation) && !a.commenter(m) {
			ev.addAttendee(m.id)
		}
		// "the foreign minister met X": a title without a name stands for
		// the one person who holds it.
		if toks[k].Norm == "the" && !inQuote && !temporal && (!definite || participation) {
			if id, at := a.titleRef(in, k, c1); id != "" {
				ev.addVia(id, at)
			}
		}
		// "He met the minister", "she will hold talks": the subject pronoun
		// before the trigger stands for the person named before.
		if k < i && (toks[k].Norm == "he" || toks[k].Norm == "she") && !inQuote && !temporal && (!definite || participation) && !(k+1 < len(toks) && speechVerbs[toks[k+1].Norm]) {
			if id, at := a.pronounPerson(k); id != "" {
				ev.addVia(id, at)
			}
		}
		switch n := toks[k].Norm; {
		case n == "between" || n == "with" || n == "of":
			// "the leaders of France, Germany and Italy met": the parties
			// of the subject before the trigger.
			if n == "of" && k < i && k > c0 && partyNouns[toks[k-1].Norm] && !capitalised(toks[k-1].Text) && a.subjectOfTrigger(k, i) {
				a.partiesAfter(in, ev, k, i)
				continue
			}
			if k <= i || (toks[k].Norm == "of" && k != i+1) {
				continue
			}
			a.partiesAfter(in, ev, k, c1)
		case n == "from":
			// "ministers from Germany and Poland met"
			if k > c0 && partyNouns[toks[k-1].Norm] {
				a.partiesAfter(in, ev, k, c1)
			}
		case hostPlaces[n]:
			// "at the Vienna site of the OSCE": the host organisation.
			p := k + 1
			if p < c1 && toks[p].Norm == "of" {
				p++
				if p < c1 && toks[p].Norm == "the" {
					p++
				}
				if m := a.at(p); m != nil && m.typ == kg.Org && m.t0 == p {
					ev.addAttendee(m.id)
				}
			}
		case n == "delegations" || n == "delegation" || n == "sides":
			for p := k - 1; p >= c0 && p > k-6; p-- {
				if m := a.at(p); m != nil && (m.typ == kg.GPE || m.typ == kg.Org) {
					ev.addAttendee(m.id)
					p = m.t0
					continue
				}
				if c := a.g.demonymCountry(toks[p].Norm); c != nil {
					ev.addAttendee(a.ensure(c))
					continue
				}
				if toks[p].Norm != "and" && toks[p].Norm != "," {
					break
				}
			}
		}
	}
	ev.forms = []string{joinTokens(a.text, toks[ev.t0:ev.t1])}
	if ev.body == nil && len(ev.attendees) == 1 && !temporal && !definite {
		ev.partner = a.partnerPhrase(i, c1)
	}
	if ev.date == "" && ev.place == nil {
		switch {
		case definite && ev.body == nil:
			// "the meeting", "these talks": a reference to an event named before.
			ev.anaphoric = true
		case temporal:
			// "after a meeting of the board": only a time reference.
			return nil
		case ev.body == nil && len(ev.attendees) < 2 && !(len(ev.attendees) == 1 && ev.partner != ""):
			return nil
		}
	}
	return ev
}

// partnerPhrase returns the words naming whom a person met when no name
// does: the object of "met (with)" or of "a meeting with" at trigger token
// i, up to the clause end c1 ("Lazaro Gonzalez's lawyer and a Catholic
// nun", "Kenyan police leaders", "union leaders"). A pronoun, a name, a
// date or a word of "met resistance" names no partner: "".
func (a *analysis) partnerPhrase(i, c1 int) string {
	toks := a.toks
	j := i + 1
	switch toks[i].Norm {
	case "met", "meet", "meets":
		if j < c1 && toks[j].Norm == "with" {
			j++
		}
	case "meeting", "meetings", "talks":
		// "a meeting between Elian and his grandmothers": past the one
		// named party.
		if j+2 < c1 && toks[j].Norm == "between" {
			if p := a.at(j + 1); p != nil && p.t0 == j+1 && p.typ == kg.Person && p.t1 < c1 && toks[p.t1].Norm == "and" {
				j = p.t1
			}
		}
		if j >= c1 || toks[j].Norm != "with" && !(toks[j].Norm == "and" && j > i+1 && toks[j-1].Norm != toks[i].Norm) {
			return ""
		}
		j++
	default:
		return ""
	}
	// "met him" names no one; "his grandmothers", "her lawyer" do.
	possessive := j+1 < c1 && (toks[j].Norm == "his" || toks[j].Norm == "her") && isWordAt(toks[j+1].Text, 0) && !capitalised(toks[j+1].Text)
	if j >= c1 || personPronouns[toks[j].Norm] && !possessive || objectPronouns[toks[j].Norm] || a.dateAt[j] >= 0 || !isWordAt(toks[j].Text, 0) {
		return ""
	}
	// A name opens the phrase only as a possessive: "Gonzalez's lawyer";
	// a capitalised word no name holds is a name kg missed.
	if a.at(j) == nil && capitalised(toks[j].Text) && !determiners[toks[j].Norm] && a.g.demonymCountry(toks[j].Norm) == nil {
		return ""
	}
	if m := a.at(j); m != nil && m.t0 == j && !(m.t1 < c1 && toks[m.t1].Norm == "'s") && !(m.typ == kg.GPE && m.t1 == j+1 && a.g.demonymCountry(toks[j].Norm) != nil) {
		return ""
	}
	end, noun := j, false
	for k := j; k < c1 && k < j+8; k++ {
		t := toks[k]
		n := t.Norm
		if a.dateAt[k] >= 0 || notMet[n] && !noun || !(isWordAt(t.Text, 0) || n == "'s") {
			break
		}
		if n == "and" {
			// "a lawyer and a Catholic nun", "industrialists and union
			// leaders": a second party.
			if !noun {
				break
			}
			continue
		}
		if m := a.at(k); m != nil && m.t0 == k && !(m.t1 < c1 && toks[m.t1].Norm == "'s") && m.typ == kg.Person {
			return "" // a named partner is an attendee
		}
		if notPortfolio[n] || verbLike(n) || pastVerbs[n] || glueWords[n] && !determiners[n] && n != "of" && !a.possessivePronoun(k) || temporalPreps[n] {
			break
		}
		noun = !determiners[n] && !a.possessivePronoun(k) && n != "'s" && n != "of"
		if noun {
			end = k + 1
		}
	}
	if end == j {
		return ""
	}
	// Whom one meets are people, named by the head noun, the last before
	// "of": "the family's lawyer", "representatives of the union", "the
	// head of the company"; not "met the challenge", "met the demands of
	// the union".
	head := end - 1
	for k := j; k < end; k++ {
		if toks[k].Norm == "of" {
			head = k - 1
			break
		}
	}
	if head < j || !a.partnerNoun(toks[head].Norm) {
		return ""
	}
	return joinTokens(a.text, toks[j:end])
}

// partnerNoun reports a noun that names people one can meet: a post or its
// plural ("lawyer", "ambassadors"), a relative, a party to talks
// ("officials", "leaders") or another group of people.
func (a *analysis) partnerNoun(w string) bool {
	sg := singular(w)
	return a.g.titles[w] && !titleNoise[w] || a.g.titles[sg] && !titleNoise[sg] || kinWords[w] || kinWords[sg] || partyNouns[w] || peopleNouns[w] || peopleNouns[sg]
}

// peopleNouns are groups of people whom someone meets: "met with
// reporters", "a meeting with industrialists".
var peopleNouns = map[string]bool{"family": true, "families": true, "relatives": true, "victims": true, "reporters": true, "journalists": true, "students": true,
	"workers": true, "industrialists": true, "residents": true, "voters": true, "investors": true, "members": true, "people": true, "protesters": true,
	"survivors": true, "nun": true, "priest": true, "clergy": true, "parents": true, "children": true, "supporters": true, "activists": true, "executives": true,
	"farmers": true, "veterans": true, "troops": true, "soldiers": true, "police": true, "lawmakers": true, "businessmen": true, "donors": true, "staff": true, "employees": true,
	"representatives": true, "delegation": true, "delegations": true, "counterpart": true, "counterparts": true, "head": true, "heads": true,
	"aides": true, "advisers": true, "advisors": true, "diplomats": true, "experts": true, "negotiators": true, "mediators": true, "bankers": true}

// pastVerbs are irregular past forms that end a partner's words: "a
// meeting between X and union leaders took place".
var pastVerbs = map[string]bool{"took": true, "began": true, "broke": true, "came": true, "went": true, "made": true, "gave": true, "ran": true, "left": true,
	"got": true, "saw": true, "held": true, "led": true, "brought": true, "drew": true, "fell": true, "grew": true, "sought": true, "won": true, "lost": true}

// objectPronouns name no partner: "met them", "met with us".
var objectPronouns = map[string]bool{"them": true, "us": true, "me": true, "you": true, "it": true, "one": true, "each": true, "both": true, "there": true, "here": true}

// saidBetween reports a verb of saying between a date at token k and a
// trigger at token i before it: "On May 2 Biden said he met Xi" (the
// saying's date, not the meeting's).
func (a *analysis) saidBetween(k, i int) bool {
	for p := k + 1; p < i; p++ {
		if speechVerbs[a.toks[p].Norm] {
			return true
		}
	}
	return false
}

// eventDate returns the date of the event whose trigger is token i: the
// nearest full date (else month) in its clause [c0, c1), or "".
func (a *analysis) eventDate(c0, c1, i int) string {
	toks := a.toks
	best := -1
	for k := c0; k < c1; k++ {
		d := a.dateAt[k]
		if d < 0 || a.dates[d].t0 != k {
			continue
		}
		v := a.dates[d].value
		if !(len(v) == 10 || len(v) == 7) || v[0] == '-' || strings.Contains(v, "W") {
			continue
		}
		// "X said Wednesday" dates the statement, not the event; so does a
		// date on the other side of the verb of saying that governs the
		// trigger ("Biden, speaking on May 2, said he met Xi").
		if k > 0 && speechVerbs[toks[k-1].Norm] || a.saidBetween(k, i) {
			continue
		}
		if best < 0 || len(v) > len(a.dates[best].value) || (len(v) == len(a.dates[best].value) && abs(k-i) < abs(a.dates[best].t0-i)) {
			best = d
		}
	}
	if best < 0 {
		return ""
	}
	return a.dates[best].value
}

var (
	visitVerbs = lexSet("visits.txt", "verb")  // "X visited Beijing"
	visitNouns = lexSet("visits.txt", "noun")  // "X's visit to Kyiv"
	hostVerbs  = lexSet("visits.txt", "host")  // "Sunak hosted Modi in London"
	phoneWords = lexSet("visits.txt", "phone") // "spoke by phone"
)

// readHost reads "Rishi Sunak hosted Narendra Modi in London on May 2",
// "Putin received Chinese President Xi Jinping in Moscow": a meeting of the
// host (the subject) and the guest (the person or country after the verb,
// past title words), at the place and date of the clause. It returns nil
// unless both are named and the clause places the meeting.
func (a *analysis) readHost(i int) *event {
	toks := a.toks
	c0, c1 := a.clauseBounds(i)
	var host, guest *ment
	for k := i - 1; k >= c0 && k >= i-3; k-- {
		if m := a.at(k); m != nil {
			if m.typ == kg.Person || m.typ == kg.GPE {
				host = m
			}
			break
		}
		if n := toks[k].Norm; n != "has" && n != "had" && n != "also" && n != "will" && !auxChain[n] {
			break
		}
	}
	k := i + 1
	for k < c1 && k < i+6 && a.at(k) == nil && (a.g.titles[toks[k].Norm] || a.g.demonymCountry(toks[k].Norm) != nil || toks[k].Norm == "the" || toks[k].Norm == "his" || toks[k].Norm == "her") {
		k++
	}
	if m := a.at(k); m != nil && m.t0 == k && (m.typ == kg.Person || m.typ == kg.GPE) {
		guest = m
		// "hosted US President Joe Biden": the country qualifies the guest.
		if m.typ == kg.GPE && m.t1 < c1 {
			if p := a.at(m.t1 + 1); p != nil && p.typ == kg.Person && a.g.titles[toks[m.t1].Norm] {
				guest = p
			}
		}
	}
	if host == nil || guest == nil || host.id == guest.id {
		return nil
	}
	lo, hi := a.ownSpan(c0, c1, i)
	ev := &event{kind: "talks", t0: host.t0, t1: guest.t1}
	ev.place = a.eventPlace(guest.t1, hi, nil)
	if ev.place == nil {
		return nil
	}
	ev.date = a.eventDate(lo, hi, i)
	ev.addAttendee(host.id)
	ev.addAttendee(guest.id)
	ev.forms = []string{joinTokens(a.text, toks[i:i+1])}
	return ev
}

// readPhone reads "Joe Biden spoke by phone with Olaf Scholz on Tuesday",
// "Macron and Scholz talked by telephone": a phone call between the people
// of the clause outside quotations, dated by the clause.
func (a *analysis) readPhone(i int) *event {
	toks := a.toks
	if i < 2 || toks[i-1].Norm != "by" || !phoneTalk[toks[i-2].Norm] {
		return nil
	}
	c0, c1 := a.clauseBounds(i)
	ev := &event{kind: "phone call", t0: i - 2, t1: i + 1}
	inQuote := false
	for k := c0; k < c1; k++ {
		if isOpenQuote(toks[k].Text) || isCloseQuote(toks[k].Text) && toks[k].Text != ")" {
			inQuote = !inQuote
		}
		if m := a.at(k); m != nil && m.typ == kg.Person && m.t0 == k && !inQuote {
			ev.addAttendee(m.id)
		}
	}
	if len(ev.attendees) < 2 {
		return nil
	}
	lo, hi := a.ownSpan(c0, c1, i)
	ev.date = a.eventDate(lo, hi, i)
	ev.forms = []string{joinTokens(a.text, toks[ev.t0:ev.t1])}
	return ev
}

// phoneTalk are the verbs of "spoke by phone".
var phoneTalk = map[string]bool{"spoke": true, "speaks": true, "spoken": true, "talked": true, "talks": true, "talk": true, "speak": true, "conferred": true}

// readVisit reads a visit at token i: "X visited Beijing on 20 March", "A
// delegation from the WTO visited Beijing", "Biden's visit to Warsaw",
// "during his visit to Kyiv". The place visited is the location; the
// visitors (the subject before the verb, the possessor of the noun, or the
// person a pronoun stands for) are the attendees; the date is the clause's.
// It returns nil unless a place and a visitor are named.
func (a *analysis) readVisit(i int) *event {
	toks := a.toks
	c0, c1 := a.clauseBounds(i)
	var place *ment
	noun := false
	if j := i + 1; visitNouns[toks[i].Norm] && j+1 < c1 && toks[j].Norm == "to" {
		place, noun = a.placeAfter(j+1, a.sentOf[i]), true
	} else if visitVerbs[toks[i].Norm] && j < c1 {
		if o := a.at(j); o != nil && o.t0 == j && (o.typ == kg.GPE || o.typ == kg.Loc) {
			place = o
		}
	}
	if place == nil || place.t1 > c1 {
		return nil
	}
	ev := &event{kind: "visit", t0: i, t1: place.t1, place: place}
	ev.date = a.eventDate(c0, c1, i)
	if noun {
		// "Biden's visit", "his visit", "a visit to"
		k := i - 1
		for k > c0 && !(toks[k].Norm == "'s" || a.possessivePronoun(k)) && (a.g.titles[toks[k].Norm] || !capitalised(toks[k].Text) && isWordAt(toks[k].Text, 0) && !determiners[toks[k].Norm]) && k > i-3 {
			k--
		}
		switch {
		case k > c0 && toks[k].Norm == "'s":
			if m := a.at(k - 1); m != nil && (m.typ == kg.Person || m.typ == kg.Org || m.typ == kg.GPE) {
				ev.addAttendee(m.id)
			}
		case k >= c0 && (toks[k].Norm == "his" || toks[k].Norm == "her"):
			if id, at := a.pronounPerson(k); id != "" {
				ev.addVia(id, at)
			}
		}
	} else {
		// The subject: people, bodies or countries before the verb, or a
		// pronoun, or "a delegation from X".
		for k := i - 1; k >= c0; k-- {
			n := toks[k].Norm
			if m := a.at(k); m != nil {
				// "Prices rose in London and Ann Lowe visited Oslo": a place
				// after a preposition is another clause's, no visitor.
				if p := m.t0 - 1; p >= c0 && placePreps[toks[p].Norm] {
					break
				}
				if m.typ == kg.Person || m.typ == kg.Org || m.typ == kg.GPE {
					ev.addAttendee(m.id)
				}
				k = m.t0
				continue
			}
			if n == "he" || n == "she" {
				if id, at := a.pronounPerson(k); id != "" {
					ev.addVia(id, at)
				}
				break
			}
			// "Joe Biden met Xi Jinping in Bali on May 2 and will visit
			// Tokyo": a second verb phrase shares the sentence's subject.
			if n == "and" && k-1 >= c0 && a.at(k-1) == nil && toks[k-1].Text != "," && isWordAt(toks[k-1].Text, 0) {
				if m := a.sentenceSubject(a.sentOf[i]); m != nil && m.t1 <= k {
					ev.addAttendee(m.id)
				}
				break
			}
			// "Olaf Scholz, who visited Kyiv on May 2, met ...": the
			// relative pronoun's antecedent.
			if n == "who" && k-2 >= c0 && toks[k-1].Text == "," {
				if m := a.at(k - 2); m != nil && m.t1 == k-1 && (m.typ == kg.Person || m.typ == kg.Org || m.typ == kg.GPE) {
					ev.addAttendee(m.id)
				}
				break
			}
			if !(n == "and" || n == "," || n == "from" || n == "the" || n == "a" || partyNouns[n] || a.g.titles[n] || n == "has" || n == "have" || n == "had" || n == "also" || n == "recently" || n == "later" || n == "first" || n == "will" || n == "was" || n == "were" || n == "is" || n == "are" || auxChain[n]) {
				break
			}
		}
	}
	if len(ev.attendees) == 0 {
		return nil
	}
	ev.forms = []string{joinTokens(a.text, toks[ev.t0:ev.t1])}
	return ev
}

// attendVerbs before "the meeting" put their subject in it: "X attended
// the summit".
var attendVerbs = map[string]bool{"attended": true, "attend": true, "attends": true, "attending": true}

// placePreps before a name make it a place or object of the clause, not a
// subject.
var placePreps = map[string]bool{"in": true, "at": true, "to": true, "on": true, "into": true, "near": true, "for": true, "with": true, "of": true, "by": true}

// auxChain may stand between a visitor or host and the verb: "X plans to
// visit", "X is expected to host", "X did not visit" (dates.Mood reads what
// they say of the event).
var auxChain = map[string]bool{"to": true, "expected": true, "plans": true, "planned": true, "set": true, "due": true, "scheduled": true,
	"may": true, "might": true, "could": true, "would": true, "should": true, "agreed": true, "hopes": true, "wants": true, "intends": true,
	"not": true, "never": true, "did": true, "does": true, "refused": true, "declined": true, "'": true, "t": true, "going": true, "be": true}

// commenter reports a person who only speaks about the event ("X said",
// "as X noted"), or whose words or deeds are what the clause is about
// ("X's remarks follow a summit"; but "X's meeting with Y").
func (a *analysis) commenter(m *ment) bool {
	if k := m.t1; k+1 < len(a.toks) && a.toks[k].Norm == "'s" {
		if _, trig := eventKinds[a.toks[k+1].Norm]; !trig {
			return true
		}
	}
	for k := m.t1; k < len(a.toks) && k <= m.t1+1; k++ {
		if speechVerbs[a.toks[k].Norm] {
			return true
		}
	}
	return false
}

// ellipsis reads a second event of the same kind from a clause that drops
// the trigger: "talks in Geneva on January 10 and on January 13 with the
// OSCE".
func (a *analysis) ellipsis(in *established, i int, first *event) *event {
	toks := a.toks
	_, c1 := a.clauseBounds(i)
	s := a.sents[a.sentOf[i]]
	if c1+2 >= s.T1 || toks[c1].Norm != "and" {
		return nil
	}
	_, e1 := a.clauseBounds(c1 + 1)
	ev := &event{kind: first.kind, t0: c1 + 1, t1: e1}
	for k := c1 + 1; k < e1; k++ {
		if _, trig := eventKinds[toks[k].Norm]; trig {
			return nil // the clause names its own event
		}
		if d := a.dateAt[k]; d >= 0 && ev.date == "" {
			if v := a.dates[d].value; len(v) == 10 && v[0] != '-' {
				ev.date = v
			}
		}
		if toks[k].Norm == "with" {
			a.partiesAfter(in, ev, k, e1)
		}
	}
	ev.place = a.eventPlace(c1+1, e1, nil)
	if ev.date == "" || ev.date == first.date || (len(ev.attendees) == 0 && ev.place == nil) {
		return nil
	}
	if len(ev.attendees) == 1 && strings.HasPrefix(ev.attendees[0], "org/") {
		for _, m := range a.ments {
			if m.id == ev.attendees[0] && m.t0 >= c1 && m.t1 <= e1 {
				ev.body = m
				break
			}
		}
	}
	return ev // an elided event has no surface form of its own
}

// partiesAfter adds the countries and organisations listed after "between",
// "with" or "of" (skipping articles, numbers and conjunctions).
func (a *analysis) partiesAfter(in *established, ev *event, k, c1 int) {
	toks := a.toks
	for p := k + 1; p < c1 && p < k+8; p++ {
		if m := a.at(p); m != nil && m.t0 == p {
			if (m.typ != kg.GPE && m.typ != kg.Org) || m == ev.body {
				return
			}
			// "meeting with Kenya's trade minister": the one person the
			// text names with that post.
			if id, e := a.possessedPost(in, m, c1); id != "" && !contains(ev.attendees, id) {
				for _, o := range a.ments {
					if o.id == id {
						ev.addVia(id, o.t0)
						break
					}
				}
				p = e - 1
				continue
			}
			// "with US President Joe Biden": the country modifies the person;
			// in "with an MI6 agent" it is the party.
			e := m.t1
			for e < c1 && e < m.t1+4 && a.g.titles[toks[e].Norm] && a.at(e) == nil {
				e++
			}
			if q := a.at(e); e < c1 && q != nil && q.t0 == e && q.typ == kg.Person {
				p = m.t1 - 1
				continue
			}
			ev.addAttendee(m.id)
			p = m.t1 - 1
			continue
		}
		// "a meeting between him and an MI6 agent"
		if n := toks[p].Norm; n == "him" || n == "her" {
			if id, at := a.pronounPerson(p); id != "" {
				ev.addVia(id, at)
				continue
			}
			return
		}
		// "the Russian delegation", "his Jordanian counterpart" (the person
		// when one is named: "his Israeli counterpart, Ariel Sharon")
		if c := a.g.demonymCountry(toks[p].Norm); c != nil && p+1 < c1 && (toks[p+1].Norm == "delegation" || toks[p+1].Norm == "side" || toks[p+1].Norm == "diplomats" || toks[p+1].Norm == "officials" ||
			toks[p+1].Norm == "counterpart" || toks[p+1].Norm == "counterparts") {
			q := p + 2
			if q < c1 && toks[q].Text == "," {
				q++
			}
			if m := a.at(q); !(strings.HasPrefix(toks[p+1].Norm, "counterpart") && m != nil && m.t0 == q && m.typ == kg.Person) {
				ev.addAttendee(a.ensure(c))
			}
			p++
			continue
		}
		n := toks[p].Norm
		if n != "the" && n != "and" && n != "," && n != "a" && n != "an" && n != "his" && n != "her" && n != "their" && !isDigitByte(n[0]) && !(numberWords[n] > 0) && n != "thirty" && n != "twenty" {
			return
		}
	}
}

// subjectOfTrigger reports whether the parties read after "of" at token k
// are the subject of the trigger at token i: names, commas and "and" up to
// it, then only auxiliaries ("The leaders of France and Germany met"; not
// "... said Tom Reed met").
func (a *analysis) subjectOfTrigger(k, i int) bool {
	toks := a.toks
	for p := k + 1; p < i; p++ {
		if m := a.at(p); m != nil && (m.typ == kg.GPE || m.typ == kg.Org) {
			p = m.t1 - 1
			continue
		}
		switch toks[p].Norm {
		case ",", "and", "the", "have", "has", "had", "will", "would", "are", "were", "also", "to", "due", "set", "expected", "scheduled", "plan", "plans":
			continue
		}
		return false
	}
	return true
}

// eventPlace picks the event's place: a city after "in"/"at" in the
// clause, or a country right after the trigger or a verb of occurrence
// ("held in France").
func (a *analysis) eventPlace(c0, c1 int, body *ment) *ment {
	toks := a.toks
	var place *ment
	for k := c0; k < c1; k++ {
		m := a.at(k)
		if m == nil || m.typ != kg.GPE || m.t0 != k || m == body {
			continue
		}
		prep := -1
		for p := k - 1; p >= c0 && p >= k-3; p-- {
			if toks[p].Norm == "in" || toks[p].Norm == "at" {
				prep = p
				break
			}
			if a.at(p) != nil {
				break
			}
		}
		if prep < 0 {
			continue
		}
		// Places the lists do not know are mostly towns and regions.
		isCity := m.in == nil || m.in.city
		if !isCity {
			if prep != k-1 || prep == 0 {
				continue
			}
			b := toks[prep-1].Norm
			if _, trig := eventKinds[b]; !trig && b != "held" && b != "place" && b != "met" && b != "meet" && b != "hosted" {
				continue
			}
		}
		if place == nil || (isCity && !(place.in == nil || place.in.city)) {
			place = m
		}
	}
	return place
}

// delegationAttendees: people named in a sentence about delegations
// ("The Russian delegation was headed by X, the American representative
// was Y") attended the event named just before.
func (a *analysis) delegationAttendees(evs []*event) {
	toks := a.toks
	for si, s := range a.sents {
		found := false
		for k := s.T0; k+1 < s.T1; k++ {
			if (toks[k].Norm == "headed" || toks[k].Norm == "led") && toks[k+1].Norm == "by" {
				for p := max(s.T0, k-8); p < k; p++ {
					if toks[p].Norm == "delegation" {
						found = true
					}
				}
			}
		}
		if !found {
			continue
		}
		var target *event
		for _, ev := range evs {
			if ev.anaphoric {
				continue
			}
			if es := a.sentOf[ev.t0]; es <= si && es >= si-2 {
				target = ev
			}
		}
		if target == nil {
			continue
		}
		for k := s.T0; k < s.T1; k++ {
			if m := a.at(k); m != nil && m.typ == kg.Person && m.t0 == k {
				target.addAttendee(m.id)
			}
		}
	}
}

// mergeEvents joins the mentions of one event within a document: a
// reference ("the meeting") joins the event named before it, and two
// events whose places and dates do not disagree, and that share one of
// them, are one.
func mergeEvents(evs []*event, sentOf []int) []*event {
	var out []*event
	for _, ev := range evs {
		if ev.anaphoric {
			if ref := antecedent(out, ev, sentOf); ref != nil {
				absorb(ref, ev)
			}
			continue
		}
		merged := false
		for _, o := range out {
			if compatible(o, ev) {
				absorb(o, ev)
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, ev)
		}
	}
	return out
}

// antecedent finds the event a reference ("the meeting") points back to:
// the latest event of its kind named in the three sentences before, else
// the first event of its kind in the document (the story's main event),
// else the first event.
func antecedent(evs []*event, ref *event, sentOf []int) *event {
	for k := len(evs) - 1; k >= 0; k-- {
		if evs[k].kind == ref.kind && sentOf[ref.t0]-sentOf[evs[k].t0] <= 3 {
			return evs[k]
		}
	}
	for _, e := range evs {
		if e.kind == ref.kind {
			return e
		}
	}
	if len(evs) > 0 {
		return evs[0]
	}
	return nil
}

func compatible(a, b *event) bool {
	if a.split != 0 && a.split == b.split {
		return false
	}
	if a.kind != b.kind && a.body == nil && b.body == nil {
		return false
	}
	if a.body != nil && b.body != nil && a.body.id != b.body.id {
		return false
	}
	samePlace := a.place != nil && b.place != nil && a.place.id == b.place.id
	sameDate := a.date != "" && a.date == b.date
	if a.place != nil && b.place != nil && !samePlace {
		return false
	}
	if a.date != "" && b.date != "" && !sameDate {
		return false
	}
	if a.body != nil && b.body != nil && (a.date == "" || b.date == "") {
		return true
	}
	return samePlace || sameDate
}

// absorb merges event b into a, keeping a's trigger and filling gaps.
func absorb(a, b *event) {
	if a.body == nil && b.body != nil {
		a.body, a.kind = b.body, b.kind
	}
	if a.date == "" || len(b.date) > len(a.date) {
		if b.date != "" {
			a.date = b.date
		}
	}
	if a.place == nil {
		a.place = b.place
	}
	mergeStatus(a, b)
	for _, at := range b.attendees {
		if k, ok := b.via[at]; ok {
			a.addVia(at, k)
		} else {
			a.addAttendee(at)
		}
	}
	for _, f := range b.forms {
		if !contains(a.forms, f) {
			a.forms = append(a.forms, f)
		}
	}
}

// nameEvent names an event after its body, else its place, else its
// parties; it reports false when the event cannot be named.
func (a *analysis) nameEvent(ev *event) bool {
	switch {
	case ev.body != nil:
		k := ev.kind
		if k == "talks" {
			k = "meeting"
		}
		ev.name = a.ents[ev.body.id].Name + " " + k
	case ev.place != nil && ev.split != 0:
		// One of "separate talks with A and B in Paris": named by its pair.
		var people []string
		for _, id := range ev.attendees {
			people = append(people, a.ents[id].Name)
		}
		sort.Strings(people)
		ev.name = a.ents[ev.place.id].Name + " " + ev.kind + " between " + strings.Join(people, " and ")
	case ev.place != nil:
		ev.name = a.ents[ev.place.id].Name + " " + ev.kind
	default:
		var people, parties []string
		for _, id := range ev.attendees {
			if strings.HasPrefix(id, "person/") {
				people = append(people, a.ents[id].Name)
			} else {
				parties = append(parties, a.ents[id].Name)
			}
		}
		sort.Strings(people)
		sort.Strings(parties)
		switch {
		case ev.kind == "phone call" && len(people) >= 2:
			ev.name = ev.kind + " between " + strings.Join(people, " and ")
		case len(people) == 1 && len(parties) == 0 && ev.partner != "" && a.metTrigger(ev):
			// "Reno met with Lazaro Gonzalez's lawyer": one person and
			// whom the text names only by a noun.
			ev.name = "meeting of " + people[0] + " with " + ev.partner
		case len(people) >= 2 && len(parties) == 0 && a.metTrigger(ev):
			// "Albright met with President Daniel arap Moi": two people
			// name their meeting.
			ev.name = "meeting between " + strings.Join(people, " and ")
		case len(parties) >= 2 && ev.date != "":
			ev.name = strings.Join(parties, "-") + " " + ev.kind
		case len(people) >= 1 && len(parties) >= 1:
			// "a meeting between him and an MI6 agent": a person and a body
			k := ev.kind
			if k == "talks" {
				k = "meeting"
			}
			ev.name = k + " between " + strings.Join(append(people, parties...), " and ")
		default:
			return false
		}
	}
	ev.name = strings.ToUpper(ev.name[:1]) + ev.name[1:]
	return true
}

// metTrigger reports an event read from "met", "meet" or "meeting" and no
// word of a telephone call: the meeting of people that needs neither
// place nor date to be one ("Nobody talks to Fidel" is none, "had a
// telephone conversation" a call).
func (a *analysis) metTrigger(ev *event) bool {
	met := false
	for k := ev.t0; k < ev.t1 && k < len(a.toks); k++ {
		switch n := a.toks[k].Norm; {
		case phoneWords[n]:
			return false
		case n == "met" || n == "meet" || n == "meets" || n == "meeting" || n == "meetings":
			met = true
		}
	}
	s := a.sentOf[ev.t0]
	for k := a.sents[s].T0; k < a.sents[s].T1; k++ {
		if phoneWords[a.toks[k].Norm] {
			return false
		}
	}
	return met
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

func (a *analysis) emitEvent(ev *event, r, rStatus *Rule) {
	place := ""
	if ev.place != nil {
		place = ev.place.id
	}
	id := eventID(ev.name, ev.date, place)
	ent, ok := a.ents[id]
	if !ok {
		ent = &kg.Entity{ID: id, Type: kg.Event, Name: ev.name}
		a.ents[id] = ent
	}
	for _, f := range ev.forms {
		if f != ev.name && !contains(ent.Aliases, f) {
			ent.Aliases = append(ent.Aliases, f)
		}
	}
	evd := a.evidence(ev.t0, ev.t1, r)
	if ev.place != nil {
		a.add(id, kg.PredLocation, kg.Term{Entity: ev.place.id}, evd)
	}
	if ev.date != "" {
		a.add(id, kg.PredStartDate, kg.Term{Literal: ev.date, Datatype: "date"}, evd)
	}
	if iri := statusIRI[ev.status]; iri != "" {
		a.add(id, kg.PredEventStatus, kg.Term{Literal: iri, Datatype: "iri"}, a.evidence(ev.t0, ev.t1, rStatus))
	}
	for _, at := range ev.attendees {
		if k, ok := ev.via[at]; ok && k < ev.t0 {
			// The evidence names the sentence of the antecedent too.
			a.add(id, kg.PredAttendee, kg.Term{Entity: at}, a.evidence(k, ev.t1, r))
			continue
		}
		if k, ok := ev.via[at]; ok && k >= ev.t1 {
			// "met Kenya's trade minister ... Trade Minister X": and the
			// sentence naming the person after it.
			a.add(id, kg.PredAttendee, kg.Term{Entity: at}, a.evidence(ev.t0, a.sents[a.sentOf[k]].T1, r))
			continue
		}
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

// separateMeetings: "Adams held meetings with Tony Blair 10 days ago and
// President Clinton last week", "separate talks with A and B": one
// meeting with each person named after "with", each dated by the date
// that follows its partner, else by the clause's date before the first
// partner. It returns nil when the trigger is not plural or "separate", or
// names fewer than two partners.
func (a *analysis) separateMeetings(ev *event, i int) []*event {
	toks := a.toks
	if i+2 >= len(toks) || toks[i+1].Norm != "with" || !(toks[i].Norm == "meetings" || i > 0 && toks[i-1].Norm == "separate") {
		return nil
	}
	c0, _ := a.clauseBounds(i)
	// The partners run on past the clause's "and" to the sentence's end,
	// or to a word that opens another clause.
	c1 := a.sents[a.sentOf[i]].T1
	var partners []*ment
	for k := i + 2; k < c1; k++ {
		// ", and Ann Lee held talks": a new clause with its own subject.
		newClause := toks[k].Text == "," && k+1 < c1 && (toks[k+1].Norm == "and" || toks[k+1].Norm == "but")
		if n := toks[k].Norm; newClause || n == ";" || n == "who" || n == "which" || n == "that" || n == "but" || speechVerbs[n] || verbTriggers[n] || appointVerbs[n] || n == "held" || n == "has" || n == "had" {
			c1 = k
			break
		}
		if m := a.at(k); m != nil && m.t0 == k {
			if m.typ == kg.Person {
				partners = append(partners, m)
			}
			k = m.t1 - 1
		}
	}
	if len(partners) < 2 {
		return nil
	}
	var others []string
	for _, id := range ev.attendees {
		if !slices.ContainsFunc(partners, func(m *ment) bool { return m.id == id }) {
			others = append(others, id)
		}
	}
	if len(others) == 0 {
		return nil
	}
	// Each partner's own date follows it; "with A and B in Paris on
	// Monday", where only the last has one, dates both.
	shared := a.eventDate(c0, partners[0].t0, i)
	own := make([]string, len(partners))
	for n, p := range partners {
		end := c1
		if n+1 < len(partners) {
			end = partners[n+1].t0
		}
		own[n] = a.eventDate(p.t1, end, p.t1)
	}
	earlier := false // an earlier partner has its own date
	for _, d := range own[:len(own)-1] {
		earlier = earlier || d != ""
	}
	if last := own[len(own)-1]; last != "" && !earlier {
		shared, own[len(own)-1] = last, ""
	}
	var out []*event
	for n, p := range partners {
		e := *ev
		e.attendees = append(append([]string(nil), others...), p.id)
		e.date = own[n]
		if e.date == "" {
			e.date = shared
		}
		e.split = i + 1
		e.via = nil
		for id, at := range ev.via {
			if contains(e.attendees, id) {
				if e.via == nil {
					e.via = map[string]int{}
				}
				e.via[id] = at
			}
		}
		out = append(out, &e)
	}
	return out
}
