package extract

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/kg-project/kg"
)

// Stage is when a rule runs. Stages run in their order; inside a stage,
// rules run in the order of the registry.
type Stage int

// The stages of relation extraction.
const (
	// StageTitles runs once for every person mention, in text order: the
	// titles and affiliations written around a name. It hands on the
	// titles it read (see established).
	StageTitles Stage = iota
	// StageRelations runs over the document: delegations, employment,
	// membership and titles used as references.
	StageRelations
	// StagePlaces runs over the document: places inside places.
	StagePlaces
	// StageQuotes attributes quotations to speakers.
	StageQuotes
	// StageEvents reads events with their date, place and attendees.
	StageEvents
)

var stageNames = [...]string{"titles", "relations", "places", "quotes", "events"}

// String returns the stage's name: titles, relations, places, quotes or events.
func (s Stage) String() string {
	if s < 0 || int(s) >= len(stageNames) {
		return fmt.Sprintf("stage(%d)", int(s))
	}
	return stageNames[s]
}

// Rule is one relation rule: the unit of extraction. Its Name is recorded
// in the Evidence of every triple it makes.
type Rule struct {
	Name       string   // recorded in Evidence.Rule
	Stage      Stage    // when it runs
	Predicates []string // the predicates it may emit
	Doc        string   // one line: what it reads
	Examples   []Example

	fam *family
}

// Example is a text a rule must read: Must lists the facts it must state
// with this rule's name in their evidence, MustNot facts no rule may state.
// An example with MustNot facts also has Must facts, a positive control
// that the rule did run on the text.
type Example struct {
	Text      string
	Published string // YYYY-MM-DD; "" for 2023-05-10
	Must      []Fact
	MustNot   []Fact
}

// Fact is a triple written with entity IDs ("person/jens-stoltenberg") or
// literals as objects. In an example's MustNot, an empty subject or object
// stands for any.
type Fact struct{ Subject, Predicate, Object string }

// family is a group of rules that one reading of the text serves: the rules
// that share it cannot be run apart without reading the text twice (the
// three quotation rules attribute each quotation once, in text order). Its
// function receives the family's rules in the order they were declared and
// emits each fact under one of them.
type family struct {
	rules  []*Rule
	person func(a *analysis, m *ment, st *titleState, rs []*Rule) // StageTitles
	doc    func(a *analysis, in *established, rs []*Rule)         // later stages
}

// personRule declares rules of StageTitles read by fn for each person mention.
func personRule(fn func(a *analysis, m *ment, st *titleState, rs []*Rule), rs ...*Rule) []*Rule {
	f := &family{rules: rs, person: fn}
	for _, r := range rs {
		r.Stage, r.fam = StageTitles, f
	}
	return rs
}

// docRule declares rules of stage s read by fn once per document.
func docRule(s Stage, fn func(a *analysis, in *established, rs []*Rule), rs ...*Rule) []*Rule {
	f := &family{rules: rs, doc: fn}
	for _, r := range rs {
		r.Stage, r.fam = s, f
	}
	return rs
}

// titleState is the state of StageTitles while it runs: what the rules of
// earlier mentions read, for the rules of later ones.
type titleState struct {
	first     map[string]string       // person ID -> first job title read
	countries map[*ment][]affiliation // countries qualifying a person's title
}

// established is what StageTitles hands on to the later stages.
type established struct {
	titles map[string]string // person ID -> first job title read in the document
}

// registry lists every rule, in the order they run.
var registry = concatRules(
	titleRules,
	relationRules,
	placeRules,
	quoteRules,
	eventRules,
)

func concatRules(groups ...[]*Rule) []*Rule {
	var out []*Rule
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}

// families lists each family once, at the place of its first rule.
var personFamilies, docFamilies = splitFamilies(registry)

func splitFamilies(rs []*Rule) (person, doc []*family) {
	seen := map[*family]bool{}
	for _, r := range rs {
		if seen[r.fam] {
			continue
		}
		seen[r.fam] = true
		if r.fam.person != nil {
			person = append(person, r.fam)
		} else {
			doc = append(doc, r.fam)
		}
	}
	return person, doc
}

// relations runs every rule of the registry over the document.
func (a *analysis) relations() {
	st := &titleState{first: map[string]string{}, countries: map[*ment][]affiliation{}}
	for _, m := range a.ments {
		if m.typ != kg.Person {
			continue
		}
		for _, f := range personFamilies {
			f.person(a, m, st, f.rules)
		}
	}
	in := &established{titles: st.first}
	for _, f := range docFamilies {
		f.doc(a, in, f.rules)
	}
	a.founders()
}

// founders: "Jose Basulto, founder of Brothers to the Rescue", "Halvex
// founder Tom Reed": founding is an act, not an office held, so the body
// gets its founder (schema:founder) in place of the person's title and
// tie; a post held beside it in the same sentence ("founder and chairman
// of Y") keeps the tie.
func (a *analysis) founders() {
	isFounder := func(t kg.Triple) bool {
		return t.Predicate == kg.PredJobTitle && founderTitles[strings.ToLower(t.Object.Literal)]
	}
	type key struct {
		person string
		start  int
	}
	founded, otherPost := map[key]bool{}, map[key]bool{}
	for _, t := range a.triples {
		k := key{t.Subject.Entity, t.Evidence.Start}
		if isFounder(t) {
			founded[k] = true
		} else if t.Predicate == kg.PredJobTitle {
			otherPost[k] = true
		}
	}
	var out, added []kg.Triple
	for _, t := range a.triples {
		k := key{t.Subject.Entity, t.Evidence.Start}
		tie := t.Predicate == kg.PredRepresents || t.Predicate == kg.PredWorksFor || t.Predicate == kg.PredMemberOf
		switch {
		case isFounder(t):
			continue
		case tie && founded[k] && a.ents[t.Object.Entity] != nil && a.ents[t.Object.Entity].Type == kg.Org:
			added = append(added, kg.Triple{Subject: t.Object, Predicate: kg.PredFounder, Object: t.Subject, Evidence: t.Evidence})
			if otherPost[k] {
				out = append(out, t)
			}
			continue
		}
		out = append(out, t)
	}
	a.triples = append(out, added...)
}

// founderTitles are the titles of a founder.
var founderTitles = map[string]bool{"founder": true, "co-founder": true, "co founder": true, "cofounder": true}

// Rules returns the relation rules in the order they run.
func Rules() []Rule {
	out := make([]Rule, len(registry))
	for i, r := range registry {
		out[i] = *r
		out[i].Predicates = append([]string(nil), r.Predicates...)
		out[i].Examples = append([]Example(nil), r.Examples...)
	}
	return out
}

// WriteRules writes the rule table, one rule a line in the order they
// run: name, stage, predicates and what it reads. It returns the writer's
// error.
func WriteRules(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "RULE\tSTAGE\tPREDICATES\tREADS")
	for _, r := range registry {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.Name, r.Stage, strings.Join(r.Predicates, ","), r.Doc)
	}
	return tw.Flush()
}
