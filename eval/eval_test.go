package eval_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/eval"
)

// testGold is a small hand-made gold document:
//
//	Jens Stoltenberg (PERSON, "Stoltenberg")   --jobTitle--> "Secretary General"
//	                                            --represents--> NATO (ORG, "North Atlantic Alliance")
//	Alexander Fomin (PERSON)                    --jobTitle--> "Deputy Defence Minister"
//	                                            --represents--> Russia (GPE, "Russian Federation")
//	e1 NATO-Russia Council meeting: Brussels, 2022-01-12, attendees NATO, Russia
//	e2 Russia-US talks:             Geneva,   2022-01-10, attendee United States (GPE, "US")
//	Europe (LOC); dates 2022-01-12, 2022-01-10, 2021-12
func testGold() map[string]*eval.Gold {
	return map[string]*eval.Gold{"d1": {
		Doc: "d1",
		Entities: []eval.GoldEntity{
			{Name: "Jens Stoltenberg", Type: kg.Person, Aliases: []string{"Stoltenberg"}},
			{Name: "Alexander Fomin", Type: kg.Person},
			{Name: "NATO", Type: kg.Org, Aliases: []string{"North Atlantic Alliance"}},
			{Name: "Russia", Type: kg.GPE, Aliases: []string{"Russian Federation"}},
			{Name: "United States", Type: kg.GPE, Aliases: []string{"US"}},
			{Name: "Brussels", Type: kg.GPE},
			{Name: "Geneva", Type: kg.GPE},
			{Name: "Europe", Type: kg.Loc},
		},
		Dates: []eval.GoldDate{
			{Text: "January 12", Value: "2022-01-12"},
			{Text: "January 10", Value: "2022-01-10"},
			{Text: "December", Value: "2021-12"},
		},
		Events: []eval.GoldEvent{
			{ID: "e1", Name: "NATO-Russia Council meeting", Location: "Brussels", StartDate: "2022-01-12", Attendees: []string{"NATO", "Russia"}},
			{ID: "e2", Name: "Russia-US talks", Location: "Geneva", StartDate: "2022-01-10", Attendees: []string{"United States"}},
		},
		Facts: []eval.GoldFact{
			{"Jens Stoltenberg", "jobTitle", "Secretary General"},
			{"Jens Stoltenberg", "represents", "NATO"},
			{"Alexander Fomin", "jobTitle", "Deputy Defence Minister"},
			{"Alexander Fomin", "represents", "Russia"},
			{"e1", "location", "Brussels"},
			{"e1", "startDate", "2022-01-12"},
			{"e1", "attendee", "NATO"},
			{"e1", "attendee", "Russia"},
			{"e2", "location", "Geneva"},
			{"e2", "startDate", "2022-01-10"},
			{"e2", "attendee", "United States"},
		},
	}}
}

// perfect returns a result that agrees with testGold in every respect.
func perfect() *kg.Result {
	ent := func(id string, t kg.EntityType, name string, aliases ...string) kg.Entity {
		return kg.Entity{ID: id, Type: t, Name: name, Aliases: aliases}
	}
	return &kg.Result{
		Doc: &kg.Document{ID: "articles/d1.txt"},
		Mentions: []kg.Mention{
			{Text: "January 12", Type: kg.Date, Value: "2022-01-12"},
			{Text: "Jan. 12", Type: kg.Date, Value: "2022-01-12"},
			{Text: "January 10", Type: kg.Date, Value: "2022-01-10"},
			{Text: "December", Type: kg.Date, Value: "2021-12"},
			{Text: "Stoltenberg", Type: kg.Person, ID: "person/jens-stoltenberg"},
		},
		Entities: []kg.Entity{
			ent("person/jens-stoltenberg", kg.Person, "Jens Stoltenberg", "Stoltenberg"),
			ent("person/alexander-fomin", kg.Person, "Alexander Fomin"),
			ent("org/nato", kg.Org, "NATO"),
			ent("gpe/russia", kg.GPE, "Russia"),
			ent("gpe/united-states", kg.GPE, "United States", "US"),
			ent("gpe/brussels", kg.GPE, "Brussels"),
			ent("gpe/geneva", kg.GPE, "Geneva"),
			ent("loc/europe", kg.Loc, "Europe"),
			ent("event/nrc", kg.Event, "NATO-Russia Council meeting"),
			ent("event/geneva", kg.Event, "Russia-US talks"),
		},
		Triples: []kg.Triple{
			tr(e("person/jens-stoltenberg"), "jobTitle", lit("Secretary General")),
			tr(e("person/jens-stoltenberg"), "represents", e("org/nato")),
			tr(e("person/alexander-fomin"), "jobTitle", lit("Deputy Defence Minister")),
			tr(e("person/alexander-fomin"), "represents", e("gpe/russia")),
			tr(e("event/nrc"), "location", e("gpe/brussels")),
			tr(e("event/nrc"), "startDate", date("2022-01-12")),
			tr(e("event/nrc"), "attendee", e("org/nato")),
			tr(e("event/nrc"), "attendee", e("gpe/russia")),
			tr(e("event/geneva"), "location", e("gpe/geneva")),
			tr(e("event/geneva"), "startDate", date("2022-01-10")),
			tr(e("event/geneva"), "attendee", e("gpe/united-states")),
		},
	}
}

func e(id string) kg.Term   { return kg.Term{Entity: id} }
func lit(s string) kg.Term  { return kg.Term{Literal: s} }
func date(s string) kg.Term { return kg.Term{Literal: s, Datatype: "date"} }
func tr(s kg.Term, p string, o kg.Term) kg.Triple {
	return kg.Triple{Subject: s, Predicate: p, Object: o}
}

// row reads one table row from a report: an entity type, "entities", a
// predicate or "facts".
func row(r *eval.Report, name string) eval.Score {
	switch name {
	case "entities":
		return r.Entities
	case "facts":
		return r.Facts
	}
	if s, ok := r.Types[kg.EntityType(name)]; ok {
		return s
	}
	return r.Predicates[name]
}

// perfectScores are the counts of a perfect result on testGold.
var perfectScores = map[string]eval.Score{
	"PERSON": {TP: 2}, "ORG": {TP: 1}, "GPE": {TP: 4}, "LOC": {TP: 1},
	"entities": {TP: 8}, "DATE": {TP: 3},
	"jobTitle": {TP: 2}, "represents": {TP: 2}, "location": {TP: 2},
	"startDate": {TP: 2}, "attendee": {TP: 3}, "memberOf": {}, "facts": {TP: 11},
}

// with returns perfectScores with some rows replaced.
func with(changes map[string]eval.Score) map[string]eval.Score {
	m := make(map[string]eval.Score)
	for k, v := range perfectScores {
		m[k] = v
	}
	for k, v := range changes {
		m[k] = v
	}
	return m
}

func entityIndex(r *kg.Result, id string) int {
	for i, x := range r.Entities {
		if x.ID == id {
			return i
		}
	}
	panic("no entity " + id)
}

func TestEvaluate(t *testing.T) {
	tests := []struct {
		name   string
		change func(r *kg.Result)
		want   map[string]eval.Score
	}{
		{
			name:   "perfect",
			change: func(*kg.Result) {},
			want:   perfectScores,
		},
		{
			name: "missing entity",
			change: func(r *kg.Result) {
				i := entityIndex(r, "loc/europe")
				r.Entities = append(r.Entities[:i], r.Entities[i+1:]...)
			},
			want: with(map[string]eval.Score{"LOC": {FN: 1}, "entities": {TP: 7, FN: 1}}),
		},
		{
			name: "extra entity",
			change: func(r *kg.Result) {
				r.Entities = append(r.Entities, kg.Entity{ID: "gpe/canada", Type: kg.GPE, Name: "Canada"})
			},
			want: with(map[string]eval.Score{"GPE": {TP: 4, FP: 1}, "entities": {TP: 8, FP: 1}}),
		},
		{
			name: "type confusion is strict",
			change: func(r *kg.Result) {
				r.Entities[entityIndex(r, "loc/europe")].Type = kg.GPE
			},
			want: with(map[string]eval.Score{"GPE": {TP: 4, FP: 1}, "LOC": {FN: 1}, "entities": {TP: 7, FP: 1, FN: 1}}),
		},
		{
			name: "alias and normalised forms match",
			change: func(r *kg.Result) {
				r.Entities[entityIndex(r, "person/jens-stoltenberg")] = kg.Entity{ID: "person/jens-stoltenberg", Type: kg.Person, Name: "STOLTENBERG"}
				r.Entities[entityIndex(r, "org/nato")].Name = "the North Atlantic Alliance"
				r.Entities[entityIndex(r, "gpe/united-states")] = kg.Entity{ID: "gpe/united-states", Type: kg.GPE, Name: "U.S."}
				r.Entities[entityIndex(r, "gpe/russia")] = kg.Entity{ID: "gpe/russia", Type: kg.GPE, Name: "Moscow", Aliases: []string{"Russian Federation"}}
			},
			want: perfectScores, // facts follow the matched gold names
		},
		{
			name: "split entity charges a false positive",
			change: func(r *kg.Result) {
				r.Entities[entityIndex(r, "person/jens-stoltenberg")].Aliases = nil
				r.Entities = append(r.Entities, kg.Entity{ID: "person/stoltenberg", Type: kg.Person, Name: "Stoltenberg"})
			},
			want: with(map[string]eval.Score{"PERSON": {TP: 2, FP: 1}, "entities": {TP: 8, FP: 1}}),
		},
		{
			name: "one system entity matches one gold entity",
			change: func(r *kg.Result) {
				// One entity claims both people's names: it takes one, the other is missed.
				i := entityIndex(r, "person/alexander-fomin")
				r.Entities = append(r.Entities[:i], r.Entities[i+1:]...)
				r.Entities[entityIndex(r, "person/jens-stoltenberg")].Aliases = []string{"Alexander Fomin"}
			},
			want: with(map[string]eval.Score{
				"PERSON": {TP: 1, FN: 1}, "entities": {TP: 7, FN: 1},
				// Fomin's triples now name an unknown id.
				"jobTitle": {TP: 1, FP: 1, FN: 1}, "represents": {TP: 1, FP: 1, FN: 1}, "facts": {TP: 9, FP: 2, FN: 2},
			}),
		},
		{
			name: "literal normalisation",
			change: func(r *kg.Result) {
				r.Triples[0].Object = lit("Secretary-General")
				r.Triples[2].Object = lit("  deputy_defense  minister")
			},
			want: perfectScores,
		},
		{
			name: "wrong literal",
			change: func(r *kg.Result) {
				r.Triples[0].Object = lit("General Secretary")
			},
			want: with(map[string]eval.Score{"jobTitle": {TP: 1, FP: 1, FN: 1}, "facts": {TP: 10, FP: 1, FN: 1}}),
		},
		{
			name: "entity object given as literal still matches",
			change: func(r *kg.Result) {
				r.Triples[4].Object = lit("brussels")
			},
			want: perfectScores,
		},
		{
			name: "missing and extra facts",
			change: func(r *kg.Result) {
				r.Triples = r.Triples[1:] // drop Stoltenberg's jobTitle
				r.Triples = append(r.Triples,
					tr(e("gpe/russia"), "memberOf", e("org/nato")),
					tr(e("person/jens-stoltenberg"), "quote", lit("not scored")),
					tr(e("person/jens-stoltenberg"), "represents", e("org/nato"))) // duplicate: a set
			},
			want: with(map[string]eval.Score{"jobTitle": {TP: 1, FN: 1}, "memberOf": {FP: 1}, "facts": {TP: 10, FP: 1, FN: 1}}),
		},
		{
			name: "a headquarters is no event fact and is not scored",
			change: func(r *kg.Result) {
				// NATO's seat in Brussels: true, but outside the annotation.
				r.Triples = append(r.Triples, tr(e("org/nato"), "location", e("gpe/brussels")))
				// An event's wrong place still counts.
				r.Triples = append(r.Triples, tr(e("event/geneva"), "location", e("gpe/brussels")))
			},
			want: with(map[string]eval.Score{"location": {TP: 2, FP: 1}, "facts": {TP: 11, FP: 1}}),
		},
		{
			name: "unmatched entity term falls back to its own name",
			change: func(r *kg.Result) {
				// NATO typed GPE is no entity match, but its name still makes the fact.
				r.Entities[entityIndex(r, "org/nato")].Type = kg.GPE
			},
			want: with(map[string]eval.Score{"ORG": {FN: 1}, "GPE": {TP: 4, FP: 1}, "entities": {TP: 7, FP: 1, FN: 1}}),
		},
		{
			name: "events matched by date and place, not name or order",
			change: func(r *kg.Result) {
				r.Entities[entityIndex(r, "event/nrc")].Name = "Russia-US talks"
				r.Entities[entityIndex(r, "event/geneva")].Name = "NATO-Russia Council meeting"
				r.Entities[0], r.Entities[len(r.Entities)-1] = r.Entities[len(r.Entities)-1], r.Entities[0]
			},
			want: perfectScores,
		},
		{
			name: "event matched by date when place is missing",
			change: func(r *kg.Result) {
				r.Triples = append(r.Triples[:4], r.Triples[5:]...) // drop e1 location
			},
			want: with(map[string]eval.Score{"location": {TP: 1, FN: 1}, "facts": {TP: 10, FN: 1}}),
		},
		{
			name: "event matched by name alone",
			change: func(r *kg.Result) {
				// Keep only the attendee triples of the Brussels meeting.
				r.Triples = append(r.Triples[:4], r.Triples[6:]...)
			},
			want: with(map[string]eval.Score{
				"location": {TP: 1, FN: 1}, "startDate": {TP: 1, FN: 1}, "facts": {TP: 9, FN: 2},
			}),
		},
		{
			name: "conflicting date rules an event out",
			change: func(r *kg.Result) {
				r.Triples[5].Object = date("2022-01-13")
			},
			want: with(map[string]eval.Score{
				"location": {TP: 1, FP: 1, FN: 1}, "startDate": {TP: 1, FP: 1, FN: 1},
				"attendee": {TP: 1, FP: 2, FN: 2}, "facts": {TP: 7, FP: 4, FN: 4},
			}),
		},
		{
			name: "duplicate system event is not paired",
			change: func(r *kg.Result) {
				r.Entities = append(r.Entities, kg.Entity{ID: "event/nrc2", Type: kg.Event, Name: "NATO-Russia Council meeting"})
				r.Triples = append(r.Triples, tr(e("event/nrc2"), "location", e("gpe/brussels")))
			},
			want: with(map[string]eval.Score{"location": {TP: 2, FP: 1}, "facts": {TP: 11, FP: 1}}),
		},
		{
			name: "dates: extra, missing, time part, unresolved",
			change: func(r *kg.Result) {
				r.Mentions[0].Value = "2022-01-12T00:00:00Z"
				r.Mentions[1].Value = "2022-01-12T00:00:00Z"
				r.Mentions[2].Value = "2022-01-11" // wrong
				r.Mentions[3].Value = ""           // unresolved: not scored
			},
			want: with(map[string]eval.Score{"DATE": {TP: 1, FP: 1, FN: 2}}),
		},
		{
			name: "empty result",
			change: func(r *kg.Result) {
				*r = kg.Result{Doc: r.Doc}
			},
			want: map[string]eval.Score{
				"PERSON": {FN: 2}, "ORG": {FN: 1}, "GPE": {FN: 4}, "LOC": {FN: 1}, "entities": {FN: 8},
				"DATE": {FN: 3}, "jobTitle": {FN: 2}, "attendee": {FN: 3}, "facts": {FN: 11},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := perfect()
			tt.change(res)
			r := eval.Evaluate(testGold(), []*kg.Result{res})
			for name, want := range tt.want {
				if got := row(r, name); got != want {
					t.Errorf("%s = %+v, want %+v", name, got, want)
				}
			}
			if len(r.Docs) != 1 || r.Docs[0] != "d1" || len(r.Ignored) != 0 || len(r.Missing) != 0 {
				t.Errorf("docs %v ignored %v missing %v, want [d1] [] []", r.Docs, r.Ignored, r.Missing)
			}
			mistakes := r.Entities.FP + r.Entities.FN + r.Types[kg.Date].FP + r.Types[kg.Date].FN + r.Facts.FP + r.Facts.FN
			if len(r.Mistakes) != mistakes {
				t.Errorf("%d mistakes listed, want %d: %+v", len(r.Mistakes), mistakes, r.Mistakes)
			}
		})
	}
}

func TestEvaluateDocuments(t *testing.T) {
	other := perfect()
	other.Doc = &kg.Document{ID: "elsewhere/unknown.txt"}
	again := perfect()
	again.Triples = nil
	r := eval.Evaluate(testGold(), []*kg.Result{other, nil, perfect(), again})
	if got, want := fmt.Sprint(r.Docs), "[d1]"; got != want {
		t.Errorf("Docs = %s, want %s", got, want)
	}
	if got, want := fmt.Sprint(r.Ignored), "[(result without document) articles/d1.txt elsewhere/unknown.txt]"; got != want {
		t.Errorf("Ignored = %s, want %s", got, want)
	}
	if r.Facts != (eval.Score{TP: 11}) {
		t.Errorf("Facts = %+v, want the first result's perfect score", r.Facts)
	}

	r = eval.Evaluate(testGold(), nil)
	if got, want := fmt.Sprint(r.Missing), "[d1]"; got != want {
		t.Errorf("Missing = %s, want %s", got, want)
	}
	if r.Entities != (eval.Score{}) {
		t.Errorf("Entities = %+v for no results, want zero", r.Entities)
	}
}

func TestEvaluateMentions(t *testing.T) {
	mentions := map[string][]kg.Mention{
		"d1.txt": {
			{Text: "Jens Stoltenberg", Type: kg.Person},
			{Text: "Stoltenberg", Type: kg.Person},
			{Text: "STOLTENBERG", Type: kg.Person}, // same text case-insensitively
			{Text: "NATO", Type: kg.Org},
			{Text: "NATO", Type: kg.Org},
			{Text: "Russia", Type: kg.GPE},
			{Text: "Russian Federation", Type: kg.GPE}, // second form of Russia: one of the two is an FP
			{Text: "U.S.", Type: kg.GPE},
			{Text: "Europe", Type: kg.GPE}, // gold says LOC
			{Text: "Brussels", Type: kg.Org},
			{Text: "January 12", Type: kg.Date, Value: "2022-01-12"},
		},
		"other": {{Text: "NATO", Type: kg.Org}},
	}
	r := eval.EvaluateMentions(testGold(), mentions)
	want := map[string]eval.Score{
		"PERSON":   {TP: 1, FP: 1, FN: 1},
		"ORG":      {TP: 1, FP: 1},
		"GPE":      {TP: 2, FP: 2, FN: 2},
		"LOC":      {FN: 1},
		"entities": {TP: 4, FP: 4, FN: 4},
		"DATE":     {TP: 1, FN: 2},
		"facts":    {},
	}
	for name, w := range want {
		if got := row(r, name); got != w {
			t.Errorf("%s = %+v, want %+v", name, got, w)
		}
	}
	if !r.MentionsOnly {
		t.Error("MentionsOnly = false, want true")
	}
	if got := fmt.Sprint(r.Ignored); got != "[other]" {
		t.Errorf("Ignored = %s, want [other]", got)
	}
}

func TestScore(t *testing.T) {
	tests := []struct {
		name    string
		s       eval.Score
		p, r, f float64
	}{
		{"empty", eval.Score{}, 0, 0, 0},
		{"perfect", eval.Score{TP: 4}, 1, 1, 1},
		{"half", eval.Score{TP: 1, FP: 1, FN: 1}, 0.5, 0.5, 0.5},
		{"precise", eval.Score{TP: 1, FN: 3}, 1, 0.25, 0.4},
		{"nothing right", eval.Score{FP: 2, FN: 2}, 0, 0, 0},
	}
	near := func(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if p, r, f := tt.s.Precision(), tt.s.Recall(), tt.s.F1(); !near(p, tt.p) || !near(r, tt.r) || !near(f, tt.f) {
				t.Errorf("P R F1 = %v %v %v, want %v %v %v", p, r, f, tt.p, tt.r, tt.f)
			}
		})
	}
}

func TestWriteTable(t *testing.T) {
	res := perfect()
	res.Triples = res.Triples[1:]
	r := eval.Evaluate(testGold(), []*kg.Result{res})
	base := eval.EvaluateMentions(testGold(), map[string][]kg.Mention{"d1": {{Text: "NATO", Type: kg.Org}}})
	var sb strings.Builder
	if err := r.WriteTable(&sb, base); err != nil {
		t.Fatal(err)
	}
	out := sb.String()
	lines := strings.Split(out, "\n")
	for _, want := range []string{
		"row                     TP    FP    FN      P      R     F1   base P base R base F1",
		"ORG                      1     0     0  1.000  1.000  1.000    1.000  1.000  1.000",
		"LOC                      1     0     0  1.000  1.000  1.000        -  0.000  0.000",
		"jobTitle                 1     0     1  1.000  0.500  0.667        -      -      -",
		"memberOf                 0     0     0      -      -      -        -      -      -",
		"facts (all)             10     0     1  1.000  0.909  0.952        -      -      -",
		"1 documents scored",
	} {
		found := false
		for _, l := range lines {
			if l == want {
				found = true
			}
		}
		if !found {
			t.Errorf("no line %q in\n%s", want, out)
		}
	}

	sb.Reset()
	if err := r.WriteTable(&sb, nil); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(sb.String(), "base") {
		t.Errorf("baseline columns without a baseline:\n%s", sb.String())
	}

	if err := r.WriteTable(failWriter{}, nil); !errors.Is(err, errFail) {
		t.Errorf("WriteTable to a failing writer = %v, want %v", err, errFail)
	}
}

var errFail = errors.New("disk full")

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errFail }

func TestLoadGoldRejects(t *testing.T) {
	const ok = `{"doc": "d", "published": "", "entities": [{"name": "NATO", "type": "ORG"}, {"name": "Brussels", "type": "GPE"}],
	 "dates": [], "events": [{"id": "e1", "name": "m", "location": "Brussels"}],
	 "facts": [{"subject": "e1", "predicate": "location", "object": "Brussels"}]}`
	tests := []struct {
		name, json string
		invalid    bool // want ErrInvalidGold
	}{
		{"valid", ok, false},
		{"unknown field", strings.Replace(ok, `"dates"`, `"datez"`, 1), false},
		{"doc differs from file name", strings.Replace(ok, `"doc": "d"`, `"doc": "x"`, 1), true},
		{"unknown type", strings.Replace(ok, `"ORG"`, `"ORGANIZATION"`, 1), true},
		{"bad date", strings.Replace(ok, `"dates": []`, `"dates": [{"text": "Jan 7", "value": "2022-1-7"}]`, 1), true},
		{"bad published", strings.Replace(ok, `"published": ""`, `"published": "2022-01"`, 1), true},
		{"unknown predicate", strings.Replace(ok, `"location", "object"`, `"locatedIn", "object"`, 1), true},
		{"unknown object", strings.Replace(ok, `"object": "Brussels"`, `"object": "Bruxelles"`, 1), true},
		{"event field without fact", strings.Replace(ok, `"location": "Brussels"}]`, `"location": "Brussels", "attendees": ["NATO"]}]`, 1), true},
		{"fact without event field", strings.Replace(ok, `"location": "Brussels"}]`, `"name": "m"}]`, 1), true},
		{"shared alias", strings.Replace(ok, `"type": "GPE"}`, `"type": "GPE", "aliases": ["nato"]}`, 1), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "d.json"), []byte(tt.json), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := eval.LoadGold(dir)
			switch {
			case tt.name == "valid":
				if err != nil {
					t.Fatalf("LoadGold: %v", err)
				}
			case err == nil:
				t.Fatal("LoadGold accepted it")
			case errors.Is(err, eval.ErrInvalidGold) != tt.invalid:
				t.Errorf("LoadGold = %v; errors.Is(ErrInvalidGold) = %v, want %v", err, !tt.invalid, tt.invalid)
			}
		})
	}
	if _, err := eval.LoadGold(t.TempDir()); err == nil {
		t.Error("LoadGold of an empty directory: no error")
	}
	if _, err := eval.LoadGold(filepath.Join(t.TempDir(), "absent")); err == nil {
		t.Error("LoadGold of a missing directory: no error")
	}
}
