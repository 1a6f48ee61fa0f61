package graph_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
)

// entityList is what fn is given, one line per entity in ID order.
func entityList(t *testing.T, read func(context.Context, func(graph.EntityInfo)) error) string {
	t.Helper()
	var lines []string
	err := read(context.Background(), func(e graph.EntityInfo) {
		lines = append(lines, fmt.Sprintf("%s %s name=%q aka=%q classes=%v", e.IRI, e.ID, e.Name, e.Aliases, e.Classes))
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// keptList is KeptEntities' list, and whether it answered.
func keptList(t *testing.T, s *graph.Store) (string, bool) {
	t.Helper()
	var ok bool
	list := entityList(t, func(ctx context.Context, fn func(graph.EntityInfo)) error {
		var err error
		ok, err = s.KeptEntities(ctx, fn)
		return err
	})
	return list, ok
}

// TestKeptEntities checks that the entities read from the state are the
// ones read from the graph through any history of builds, edits and
// removals (linking moving names between entities, types changing), on
// every backend; that the state is not used while articles are pending or
// once quads were written otherwise; and that a store built by Resolve
// uses it.
func TestKeptEntities(t *testing.T) {
	ctx := context.Background()
	for _, b := range confBackends(t) {
		t.Run(b.name, func(t *testing.T) {
			steps := 60
			if b.name != graph.Memory {
				steps = 12
			}
			s := b.open(t)
			s.Link = extract.Links
			r := rand.New(rand.NewSource(13))
			used := 0
			for i := range steps {
				what := ""
				switch n := 1 + r.Intn(invArticles); r.Intn(4) {
				case 0, 1:
					v := 1 + r.Intn(2)
					what = fmt.Sprintf("put %d.v%d", n, v)
					if _, _, err := s.PutArticles(ctx, []graph.Article{invArticle(n, v)}); err != nil {
						t.Fatal(err)
					}
				case 2:
					what = fmt.Sprintf("remove %d", n)
					if _, err := s.RemoveArticle(ctx, "inv/"+strconv.Itoa(n)); err != nil && !errors.Is(err, graph.ErrNotFound) {
						t.Fatal(err)
					}
				case 3:
					what = fmt.Sprintf("stage %d", n)
					if _, err := s.Stage(ctx, []graph.Article{invArticle(n, 1+r.Intn(2))}); err != nil {
						t.Fatal(err)
					}
				}
				pending, err := s.Pending(ctx)
				if err != nil {
					t.Fatal(err)
				}
				kept, ok := keptList(t, s)
				if pending {
					if ok {
						t.Fatalf("step %d (%s): KeptEntities answered while articles are pending", i, what)
					}
					continue
				}
				if !ok {
					t.Fatalf("step %d (%s): KeptEntities did not answer for a store written by Resolve alone", i, what)
				}
				used++
				want := entityList(t, s.Entities)
				if kept != want {
					t.Fatalf("step %d (%s): kept entities differ from the graph's\nkept:\n%s\ngraph:\n%s", i, what, kept, want)
				}
				if some := entitiesOf(t, s, want); some != want {
					t.Fatalf("step %d (%s): EntitiesOf differs from the graph's\ngot:\n%s\ngraph:\n%s", i, what, some, want)
				}
			}
			if _, err := s.Resolve(ctx); err != nil {
				t.Fatal(err)
			}
			kept, ok := keptList(t, s)
			if !ok || kept != entityList(t, s.Entities) || kept == "" {
				t.Fatalf("after the last Resolve: answered %v, kept:\n%s\ngraph:\n%s", ok, kept, entityList(t, s.Entities))
			}
			t.Logf("compared at %d of %d steps; %d entities at the end", used, steps, strings.Count(kept, "\n")+1)
			// A quad written otherwise: the state no longer describes the
			// graph (here: a name the votes do not give).
			first := quad.IRI(strings.Trim(strings.Fields(kept)[0], "<>"))
			q := quad.Quad{Subject: first, Predicate: graph.AlternateName, Object: quad.String("Alliance")}
			if _, err := s.AddQuads(ctx, []quad.Quad{q}); err != nil {
				t.Fatal(err)
			}
			if _, ok := keptList(t, s); ok {
				t.Fatal("KeptEntities answered after a quad was written other than by Resolve")
			}
			// EntitiesOf reads the graph then, and sees the new name.
			want := entityList(t, s.Entities)
			if some := entitiesOf(t, s, want); some != want || !strings.Contains(some, `"Alliance"`) {
				t.Fatalf("EntitiesOf after a write:\n%s\nwant the graph's\n%s", some, want)
			}
		})
	}
}

// entitiesOf is EntitiesOf of the IRIs of list (entityList's lines), an
// IRI that is no entity's and an internal one, as entityList writes it.
func entitiesOf(t *testing.T, s *graph.Store, list string) string {
	t.Helper()
	iris := []quad.IRI{graph.EntityIRI("person/nobody"), graph.ArticleIRI("inv/1")}
	for _, l := range strings.Split(list, "\n") {
		if f := strings.Fields(l); len(f) > 0 {
			iris = append(iris, quad.IRI(strings.Trim(f[0], "<>")))
		}
	}
	return entityList(t, func(ctx context.Context, fn func(graph.EntityInfo)) error {
		got, err := s.EntitiesOf(ctx, iris)
		for _, e := range got {
			fn(e)
		}
		return err
	})
}
