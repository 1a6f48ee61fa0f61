package web_test

import (
	"context"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/ingest"
	"github.com/kg-project/kg/source"
	"github.com/kg-project/kg/web"
)

// TestCayleyClientsSeeEachFactOnce asks Cayley's own query languages, as a
// Cayley client would, for a node by its name and for who represents
// Russia, on the seed graph and on one where every seed article is stored
// twice under another name: GraphQL, MQL and Gizmo answer each node once
// (when facts were copied per article, GraphQL gave Russia 5 times, MQL
// listed its two classes 25 times each).
func TestCayleyClientsSeeEachFactOnce(t *testing.T) {
	twice := MustOpen(t)
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	dir := filepath.Join("..", "testdata", "articles")
	docs := func(yield func(*kg.Document, error) bool) {
		for _, prefix := range []string{"a_", "b_"} {
			for d, err := range source.Read(ctx, []string{dir}, nil) {
				if d != nil {
					d.ID = prefix + d.ID
				}
				if !yield(d, err) {
					return
				}
			}
		}
	}
	if sum, err := ingest.Build(ctx, ex, twice, docs, ingest.Options{Version: extract.Version, Link: extract.Links}); err != nil || sum.Added != 10 {
		t.Fatalf("build the seeds twice: %+v, %v", sum, err)
	}
	representatives := []string{"alexander-fomin", "alexander-grushko", "dmitry-peskov", "sergei-ryabkov", "vladimir-putin"}
	for name, base := range map[string]string{"seed": MustServe(t, SeedStore(t), web.Config{}), "twice": MustServe(t, twice, web.Config{})} {
		t.Run(name, func(t *testing.T) {
			// GraphQL: the node named Russia, and whom it is represented by.
			var gql struct {
				Data struct {
					Nodes struct {
						ID  string `json:"id"`
						Rep []struct {
							ID string `json:"id"`
						} `json:"rep"`
					} `json:"nodes"`
				} `json:"data"`
			}
			r := do(t, "POST", base+"/api/v2/query?lang=graphql", `{ nodes(<http://schema.org/name>: "Russia") { id, rep: <urn:kg:vocab#represents> @rev { id } } }`)
			if r.status != 200 {
				t.Fatalf("graphql: %d %s", r.status, r.body)
			}
			r.JSON(t, &gql) // several nodes would be a JSON array here, not an object
			var reps []string
			for _, p := range gql.Data.Nodes.Rep {
				reps = append(reps, filepath.Base(p.ID))
			}
			sort.Strings(reps)
			if gql.Data.Nodes.ID != "urn:kg:place/russia" || !slices.Equal(reps, representatives) {
				t.Errorf("graphql: node %q represented by %v, want urn:kg:place/russia once, represented by %v:\n%s", gql.Data.Nodes.ID, reps, representatives, r.body)
			}

			// MQL: Russia's classes, then its representatives. (One list
			// per query: Cayley's MQL repeats the values of two lists asked
			// together, whatever the graph.)
			mql := func(q, key string) []any {
				t.Helper()
				var out struct {
					Result []map[string]any `json:"result"`
				}
				r := do(t, "POST", base+"/api/v2/query?lang=mql", q)
				if r.status != 200 {
					t.Fatalf("mql: %d %s", r.status, r.body)
				}
				r.JSON(t, &out)
				if len(out.Result) != 1 {
					t.Fatalf("mql: %d results for the node named Russia, want 1:\n%s", len(out.Result), r.body)
				}
				v, _ := out.Result[0][key].([]any)
				return v
			}
			rdfType := "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
			if types := mql(`[{"id": null, "<http://schema.org/name>": "Russia", "`+rdfType+`": []}]`, rdfType); len(types) != 2 {
				t.Errorf("mql: Russia has classes %v, want Place and Country once each", types)
			}
			if by := mql(`[{"id": "<urn:kg:place/russia>", "!<urn:kg:vocab#represents>": []}]`, "!<urn:kg:vocab#represents>"); len(by) != len(representatives) {
				t.Errorf("mql: Russia is represented by %v, want %d people once each", by, len(representatives))
			}

			// Gizmo, plain: VOCABULARY.md's example.
			var giz struct {
				Result []map[string]any `json:"result"`
			}
			r = do(t, "POST", base+"/api/v2/query?lang=gizmo", `g.V("<urn:kg:place/russia>").in("<urn:kg:vocab#represents>").all()`)
			r.JSON(t, &giz)
			if len(giz.Result) != len(representatives) {
				t.Errorf("gizmo: %d rows for who represents Russia, want %d:\n%s", len(giz.Result), len(representatives), r.body)
			}
		})
	}
}
