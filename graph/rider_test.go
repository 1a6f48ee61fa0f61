package graph

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kg-project/kg"
)

// TestStateRidesLastGraphTransaction builds the same articles, in the
// same batches, into two bolt stores: one in bulk (as kg build does), where
// the state rides in the last graph transaction of each rewrite, and one
// not, where it is written in a transaction of its own. The rider must
// have carried the state in the first and never in the second, and the
// two must end with the same graph (sorted export) and the same state key
// for key (but for the names stamp, which is random by design).
func TestStateRidesLastGraphTransaction(t *testing.T) {
	ctx := context.Background()
	batches := [][]Article{}
	for b := range 4 {
		var batch []Article
		for i := range 5 {
			n := 5*b + i
			doc := &kg.Document{ID: fmt.Sprintf("r/%02d", n), Text: fmt.Sprintf("Report %d.", n)}
			res := &kg.Result{Doc: doc, Entities: []kg.Entity{
				{ID: fmt.Sprintf("person/p%d", n%7), Type: kg.Person, Name: fmt.Sprintf("Pat %d", n%7), Aliases: []string{fmt.Sprintf("P%d", n%3)}},
				{ID: "org/acme", Type: kg.Org, Name: "Acme", Aliases: []string{fmt.Sprintf("Acme %d", b)}},
			}, Triples: []kg.Triple{{
				Subject: kg.Term{Entity: fmt.Sprintf("person/p%d", n%7)}, Predicate: "worksFor", Object: kg.Term{Entity: "org/acme"},
				Evidence: kg.Evidence{Sentence: doc.Text, Start: 0, End: len(doc.Text), Rule: "test"},
			}}}
			batch = append(batch, Article{Result: res, Fingerprint: fmt.Sprint(n)})
		}
		batches = append(batches, batch)
	}
	// The third batch replaces two articles of the first: retractions.
	for i := range 2 {
		a := batches[0][i]
		r := *a.Result
		r.Triples = nil
		batches[2] = append(batches[2], Article{Result: &r, Fingerprint: a.Fingerprint + "b"})
	}
	build := func(bulk bool) (export string, state map[string]string, carried int) {
		s, err := Open(ctx, Bolt, filepath.Join(t.TempDir(), "kg.db"), false)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		if bulk {
			defer s.Bulk()()
		}
		for _, b := range batches {
			before := s.rider.carried
			if _, _, err := s.PutArticles(ctx, b); err != nil {
				t.Fatal(err)
			}
			carried += s.rider.carried - before
		}
		var buf bytes.Buffer
		if _, err := s.Export(ctx, &buf); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
		sort.Strings(lines)
		state = map[string]string{}
		err = s.state.scan(ctx, "", func(k string, v []byte) error {
			if k != keyNames {
				state[k] = string(v)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return strings.Join(lines, "\n"), state, carried
	}
	rodeExport, rodeState, rode := build(true)
	aloneExport, aloneState, alone := build(false)
	if rode < len(batches) || alone != 0 {
		t.Errorf("the state rode in %d graph transactions in bulk (want one a batch at least, %d), %d otherwise (want 0)", rode, len(batches), alone)
	}
	if rodeExport != aloneExport || len(rodeExport) < 1000 {
		t.Errorf("exports differ (or are nearly empty, %d bytes):\nbulk:\n%.2000s\nalone:\n%.2000s", len(rodeExport), rodeExport, aloneExport)
	}
	if len(rodeState) < 20 {
		t.Errorf("only %d state keys", len(rodeState))
	}
	for k, v := range aloneState {
		if rodeState[k] != v {
			t.Errorf("state %q: bulk %.200q, alone %.200q", k, rodeState[k], v)
		}
	}
	for k := range rodeState {
		if _, ok := aloneState[k]; !ok {
			t.Errorf("state %q only in bulk", k)
		}
	}
}
