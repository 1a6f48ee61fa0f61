package synth_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/synth"
)

func TestDeterministicPrefix(t *testing.T) {
	var a, b []*kg.Document
	for d := range synth.Generate(7, 20) {
		a = append(a, d)
	}
	for d := range synth.Generate(7, 10) {
		b = append(b, d)
	}
	if !reflect.DeepEqual(a[:10], b) {
		t.Fatal("Generate(7, 10) is not a prefix of Generate(7, 20)")
	}
	if other := synth.Article(8, 0); other.Text == a[0].Text {
		t.Fatal("seeds 7 and 8 gave the same first article")
	}
	ids := map[string]bool{}
	for _, d := range a {
		if ids[d.ID] {
			t.Fatalf("duplicate ID %s", d.ID)
		}
		ids[d.ID] = true
	}
}

// TestExtractable checks that kg's rules read the facts the templates are
// meant to exercise, on average, rather than exact outputs.
func TestExtractable(t *testing.T) {
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	const n = 30
	preds := map[string]int{}
	people := 0
	for d := range synth.Generate(1, n) {
		res, err := ex.Extract(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		for _, tr := range res.Triples {
			preds[tr.Predicate]++
		}
		for _, e := range res.Entities {
			if e.Type == kg.Person {
				people++
			}
		}
	}
	t.Logf("per %d articles: %d people, facts %v", n, people, preds)
	if people < 3*n {
		t.Errorf("%d people in %d articles, want at least %d", people, n, 3*n)
	}
	for _, p := range []string{kg.PredJobTitle, kg.PredRepresents, kg.PredQuote, kg.PredLocation, kg.PredStartDate} {
		if preds[p] < n/2 {
			t.Errorf("%d %s facts in %d articles, want at least %d", preds[p], p, n, n/2)
		}
	}
}
