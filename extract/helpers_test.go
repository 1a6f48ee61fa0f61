package extract_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/extract"
)

var (
	sharedOnce sync.Once
	shared     *extract.Extractor
	sharedErr  error
)

// mustExtractor returns one Extractor shared by all tests: loading the
// model is the expensive part.
func mustExtractor(tb testing.TB) *extract.Extractor {
	tb.Helper()
	sharedOnce.Do(func() {
		shared, sharedErr = extract.New()
		if sharedErr == nil {
			extract.SetClock(shared, time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC))
		}
	})
	if sharedErr != nil {
		tb.Fatalf("New: %v", sharedErr)
	}
	return shared
}

// mustExtract runs Extract on text published at pub (may be "").
func mustExtract(tb testing.TB, text, pub string) *kg.Result {
	tb.Helper()
	doc := &kg.Document{ID: tb.Name(), Text: text}
	if pub != "" {
		t, err := time.Parse("2006-01-02", pub)
		if err != nil {
			tb.Fatal(err)
		}
		doc.Published = t
	}
	r, err := mustExtractor(tb).Extract(context.Background(), doc)
	if err != nil {
		tb.Fatalf("Extract: %v", err)
	}
	return r
}

// fact is a triple written with entity IDs or literals; an empty object
// matches any object.
type fact struct{ s, p, o string }

func hasFact(r *kg.Result, f fact) bool {
	for _, t := range r.Triples {
		o := t.Object.Entity
		if o == "" {
			o = t.Object.Literal
		}
		if t.Subject.Entity == f.s && t.Predicate == f.p && (f.o == "" || o == f.o) {
			return true
		}
	}
	return false
}

func entity(r *kg.Result, id string) *kg.Entity {
	for i := range r.Entities {
		if r.Entities[i].ID == id {
			return &r.Entities[i]
		}
	}
	return nil
}

// checkFacts reports every fact of want that r lacks and every fact of
// unwanted that it states.
func checkFacts(t *testing.T, r *kg.Result, want, unwanted []fact) {
	t.Helper()
	for _, f := range want {
		if !hasFact(r, f) {
			t.Errorf("missing %v", f)
		}
	}
	for _, f := range unwanted {
		if hasFact(r, f) {
			t.Errorf("unexpected %v", f)
		}
	}
}

// mentionTypes maps each mention's text to its type (the last one read).
func mentionTypes(r *kg.Result) map[string]kg.EntityType {
	got := map[string]kg.EntityType{}
	for _, m := range r.Mentions {
		got[m.Text] = m.Type
	}
	return got
}

// mentionIDs maps each mention's text to the entity IDs it was given.
func mentionIDs(r *kg.Result) map[string]map[string]bool {
	ids := map[string]map[string]bool{}
	for _, m := range r.Mentions {
		if ids[m.Text] == nil {
			ids[m.Text] = map[string]bool{}
		}
		ids[m.Text][m.ID] = true
	}
	return ids
}
