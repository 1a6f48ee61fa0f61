package graph

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/quad"
)

// TestQueryStoreScansPrefixes checks that the store the query engines read
// answers lookups by object and predicate with a scan of the
// object-predicate-subject index's prefix, and that every traversal gives
// the same results as the plain store. Without it, g.V(o).in(p) read every
// quad whose object is o: at 10k synthetic articles `about Russia` took
// 129 ms (p50) instead of 18.
func TestQueryStoreScansPrefixes(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, Bolt, filepath.Join(t.TempDir(), "kg.db"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var nq strings.Builder
	for i := range 300 {
		// Many quads point at <urn:t:hub>, few of them by <urn:t:rare>.
		fmt.Fprintf(&nq, "<urn:t:a%d> <urn:t:common> <urn:t:hub> .\n", i)
		if i%50 == 0 {
			fmt.Fprintf(&nq, "<urn:t:a%d> <urn:t:rare> <urn:t:hub> .\n", i)
		}
		fmt.Fprintf(&nq, "<urn:t:hub> <urn:t:out> \"v%d\" .\n", i%7)
	}
	if _, err := s.Import(ctx, strings.NewReader(nq.String()), "t", 0); err != nil {
		t.Fatal(err)
	}
	qs := s.QueryStore()
	o, p := qs.ValueOf(quad.IRI("urn:t:hub")), qs.ValueOf(quad.IRI("urn:t:rare"))
	for _, f := range []map[quad.Direction]graph.Ref{
		{quad.Object: o, quad.Predicate: p}, {quad.Object: o}, {quad.Subject: o}, {quad.Subject: o, quad.Predicate: p},
	} {
		sh, ok := qs.(shape.Optimizer).OptimizeShape(shape.QuadsAction{Result: quad.Subject, Filter: f})
		if !ok || !strings.Contains(fmt.Sprintf("%#v", sh), "prefixScan") {
			t.Errorf("lookup %v: optimised to %#v, want a prefix scan", f, sh)
		}
	}
	// Kept as it was: no index leads with the predicate.
	if _, ok := qs.(shape.Optimizer).OptimizeShape(shape.QuadsAction{Result: quad.Subject, Filter: map[quad.Direction]graph.Ref{quad.Predicate: p}}); ok {
		t.Error("a lookup by predicate alone was given a prefix scan")
	}
	runOn := func(qs graph.QuadStore, text string) ([]string, error) {
		out, err := run(ctx, gizmo.NewSession(qs), text, 0)
		var ids []string
		for _, r := range out {
			ids = append(ids, fmt.Sprint(r))
		}
		slices.Sort(ids)
		return ids, err
	}
	for _, q := range []string{
		`g.V("<urn:t:hub>").in("<urn:t:rare>").all()`,
		`g.emit(g.V("<urn:t:hub>").in("<urn:t:common>").count())`,
		`g.V("<urn:t:hub>").out("<urn:t:out>").all()`,
		`g.V("<urn:t:a50>").out().all()`,
		`g.emit(g.V("<urn:t:hub>").in().count())`,
		`g.V().has("<urn:t:rare>", "<urn:t:hub>").all()`,
	} {
		plain, err := runOn(s.qs, q)
		if err != nil {
			t.Fatal(err)
		}
		fast, err := runOn(qs, q)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(plain, fast) || len(plain) == 0 {
			t.Errorf("%s: plain store %v, query store %v", q, plain, fast)
		}
	}
}
