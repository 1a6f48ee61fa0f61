package extract_test

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/extract"
)

// seedDocs reads the seed articles shared by the project.
func seedDocs(tb testing.TB) []*kg.Document {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no seed articles: %v", err)
	}
	sort.Strings(files)
	var docs []*kg.Document
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, &kg.Document{ID: filepath.Base(f), Text: string(b), Source: f})
	}
	return docs
}

// TestSeedFacts checks the facts the end-to-end test relies on.
func TestSeedFacts(t *testing.T) {
	e := mustExtractor(t)
	var results []*kg.Result
	for _, d := range seedDocs(t) {
		r, err := e.Extract(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		results = append(results, r)
	}
	extract.Canonicalize(results)

	names := map[string]string{} // ID -> canonical name
	type key struct{ s, p, o string }
	facts := map[key]bool{}
	for _, r := range results {
		for _, en := range r.Entities {
			names[en.ID] = en.Name
		}
		for _, tr := range r.Triples {
			o := tr.Object.Entity
			if o == "" {
				o = tr.Object.Literal
			}
			facts[key{tr.Subject.Entity, tr.Predicate, o}] = true
		}
	}
	byName := func(id string) string {
		if n, ok := names[id]; ok {
			return n
		}
		return id
	}
	has := func(s, p, o string) bool {
		for f := range facts {
			if byName(f.s) == s && f.p == p && (byName(f.o) == o) {
				return true
			}
		}
		return false
	}
	for _, f := range []key{
		{"Alexander Grushko", kg.PredRepresents, "Russia"},
		{"Jens Stoltenberg", kg.PredJobTitle, "Secretary General"},
		{"Jens Stoltenberg", kg.PredRepresents, "NATO"},
		{"Wendy Sherman", kg.PredRepresents, "United States"},
	} {
		if !has(f.s, f.p, f.o) {
			t.Errorf("missing %v", f)
		}
	}
	event := func(place, date string) bool {
		for f := range facts {
			if f.p == kg.PredLocation && byName(f.o) == place && facts[key{f.s, kg.PredStartDate, date}] && names[f.s] != "" {
				return true
			}
		}
		return false
	}
	if !event("Brussels", "2022-01-12") {
		t.Error("no named event in Brussels on 2022-01-12")
	}
	if !event("Geneva", "2022-01-10") {
		t.Error("no named event in Geneva on 2022-01-10")
	}
}
