package eval_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/eval"
)

const (
	goldDir     = "../testdata/gold"
	articlesDir = "../testdata/articles"
)

// canonical names that may be absent from a text that uses only an alias
// (testdata/gold/README.md, entity guideline 5).
var canonicalNames = map[string]bool{"United States": true, "NATO-Russia Council": true}

func mustLoadGold(tb testing.TB) map[string]*eval.Gold {
	tb.Helper()
	gold, err := eval.LoadGold(goldDir)
	if err != nil {
		tb.Fatal(err)
	}
	return gold
}

// TestGoldFilesValid checks each gold file against itself and its article.
func TestGoldFilesValid(t *testing.T) {
	gold := mustLoadGold(t)
	articles, err := filepath.Glob(filepath.Join(articlesDir, "*.txt"))
	if err != nil || len(articles) == 0 {
		t.Fatalf("no articles in %s: %v", articlesDir, err)
	}
	for _, a := range articles {
		if id := strings.TrimSuffix(filepath.Base(a), ".txt"); gold[id] == nil {
			t.Errorf("article %s has no gold file", id)
		}
	}
	for id, g := range gold {
		t.Run(id, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(articlesDir, id+".txt"))
			if err != nil {
				t.Fatalf("gold without article: %v", err)
			}
			text := string(data)
			names := make(map[string]kg.EntityType)
			for _, e := range g.Entities {
				names[e.Name] = e.Type
				if !strings.Contains(text, e.Name) && !(canonicalNames[e.Name] && len(e.Aliases) > 0) {
					t.Errorf("entity name %q is not in the text", e.Name)
				}
				for _, a := range e.Aliases {
					if !strings.Contains(text, a) {
						t.Errorf("alias %q of %q is not in the text", a, e.Name)
					}
				}
			}
			for _, d := range g.Dates {
				if !strings.Contains(text, d.Text) {
					t.Errorf("date text %q is not in the text", d.Text)
				}
				if !eval.ValidDateValue(d.Value) {
					t.Errorf("date %q has value %q, not an ISO form", d.Text, d.Value)
				}
			}
			if g.Published != "" && !eval.ValidDateValue(g.Published) {
				t.Errorf("published %q is not an ISO date", g.Published)
			}
			events := make(map[string]bool)
			for _, ev := range g.Events {
				events[ev.ID] = true
				if ev.Location != "" && names[ev.Location] != kg.GPE && names[ev.Location] != kg.Loc {
					t.Errorf("event %s: location %q is not a place entity", ev.ID, ev.Location)
				}
			}
			for _, f := range g.Facts {
				if _, ok := names[f.Subject]; !ok && !events[f.Subject] {
					t.Errorf("fact %v: unknown subject", f)
				}
				literal := f.Predicate == kg.PredJobTitle || f.Predicate == kg.PredStartDate
				if _, ok := names[f.Object]; !ok && !events[f.Object] && !literal {
					t.Errorf("fact %v: unknown object", f)
				}
				if f.Predicate == kg.PredStartDate && !eval.ValidDateValue(f.Object) {
					t.Errorf("fact %v: not a date value", f)
				}
				if (f.Predicate == kg.PredRepresents || f.Predicate == kg.PredWorksFor || f.Predicate == kg.PredJobTitle) &&
					names[f.Subject] != kg.Person {
					t.Errorf("fact %v: subject is not a PERSON", f)
				}
			}
		})
	}
}

// goldAsResult turns a gold annotation into the result a perfect extractor
// would return, to check that the scorer gives gold full marks.
func goldAsResult(g *eval.Gold) *kg.Result {
	res := &kg.Result{Doc: &kg.Document{ID: "articles/" + g.Doc + ".txt"}}
	ids := make(map[string]string)
	for i, e := range g.Entities {
		id := string(e.Type) + "/" + string(rune('a'+i))
		ids[e.Name] = id
		res.Entities = append(res.Entities, kg.Entity{ID: id, Type: e.Type, Name: e.Name, Aliases: e.Aliases})
	}
	for _, ev := range g.Events {
		id := "event/" + ev.ID
		ids[ev.ID] = id
		res.Entities = append(res.Entities, kg.Entity{ID: id, Type: kg.Event, Name: ev.Name})
	}
	for _, d := range g.Dates {
		res.Mentions = append(res.Mentions, kg.Mention{Text: d.Text, Type: kg.Date, Value: d.Value})
	}
	term := func(s string) kg.Term {
		if id, ok := ids[s]; ok {
			return kg.Term{Entity: id}
		}
		return kg.Term{Literal: s}
	}
	for _, f := range g.Facts {
		res.Triples = append(res.Triples, kg.Triple{Subject: term(f.Subject), Predicate: f.Predicate, Object: term(f.Object)})
	}
	return res
}

func TestGoldScoresPerfect(t *testing.T) {
	gold := mustLoadGold(t)
	var results []*kg.Result
	for _, g := range gold {
		results = append(results, goldAsResult(g))
	}
	r := eval.Evaluate(gold, results)
	if len(r.Docs) != len(gold) {
		t.Errorf("scored %d documents, want %d", len(r.Docs), len(gold))
	}
	if r.Entities.FP+r.Entities.FN+r.Facts.FP+r.Facts.FN+r.Types[kg.Date].FP+r.Types[kg.Date].FN != 0 {
		t.Errorf("gold scored against itself has mistakes: %+v", r.Mistakes)
	}
	if r.Entities.TP == 0 || r.Facts.TP == 0 {
		t.Errorf("nothing scored: entities %+v facts %+v", r.Entities, r.Facts)
	}
}
