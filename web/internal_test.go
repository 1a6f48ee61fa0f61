package web_test

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/web"
)

// internalIDs are the prefixes of kg's own nodes: never an entity.
var internalIDs = []string{"stmt/", "fact/", "article/", "registry", "vocab#"}

func internalID(id string) bool {
	id = strings.TrimPrefix(strings.Trim(id, "<>"), "urn:kg:")
	for _, p := range internalIDs {
		if strings.HasPrefix(id, p) {
			return true
		}
	}
	return false
}

// checkNoInternal fails if a search, neighbours or graph answer names an
// internal node.
func checkNoInternal(t *testing.T, what, body string) {
	t.Helper()
	var v struct {
		Result []struct{ ID string } `json:"result"`
		Nodes  []struct{ ID string } `json:"nodes"`
		Edges  []struct{ Source, Target, Predicate string }
	}
	if err := json.Unmarshal([]byte(body), &v); err != nil {
		t.Fatalf("%s: %v: %s", what, err, body)
	}
	for _, n := range append(v.Result, v.Nodes...) {
		if internalID(n.ID) {
			t.Errorf("%s shows internal node %s", what, n.ID)
		}
	}
	for _, e := range v.Edges {
		if internalID(e.Source) || internalID(e.Target) || strings.Contains(e.Predicate, "statedIn") || e.Predicate == "member" || e.Predicate == "mentions" {
			t.Errorf("%s shows internal edge %+v", what, e)
		}
	}
}

// TestNoInternalNodes checks that search, neighbours and graph never show
// statement, evidence or article nodes, nor the registries of older
// stores, even when such a node has a name; the entities beside them are
// shown.
func TestNoInternalNodes(t *testing.T) {
	st := graph.OpenMemory()
	t.Cleanup(func() { st.Close() })
	x, y := quad.IRI("urn:kg:person/xavier-ode"), quad.IRI("urn:kg:place/yland")
	reg, stmt, fact, art := quad.IRI("urn:kg:registry/Person"), quad.IRI("urn:kg:stmt/e/person/xavier-ode/represents/e/place/yland"),
		quad.IRI("urn:kg:fact/00ff"), quad.IRI("urn:kg:article/a")
	qs := []quad.Quad{
		quad.Make(x, graph.Name, quad.String("Xavier Ode"), nil),
		quad.Make(x, graph.Type, graph.ClassPerson, nil),
		quad.Make(y, graph.Name, quad.String("Yland"), nil),
		quad.Make(y, graph.Type, graph.ClassPlace, nil),
		quad.Make(x, graph.Represents, y, nil),
		// Bookkeeping, some of it named as an entity would be.
		// (as kg wrote it before the one-graph model)
		quad.Make(reg, graph.Name, quad.String("Person registry"), quad.IRI("urn:kg:registry")),
		quad.Make(reg, quad.IRI("urn:kg:vocab#member"), x, quad.IRI("urn:kg:registry")),
		quad.Make(stmt, graph.Name, quad.String("Xavier statement"), art),
		quad.Make(stmt, graph.StatedIn, art, art),
		quad.Make(fact, graph.Name, quad.String("Xavier evidence"), art),
		quad.Make(fact, graph.FactSubject, x, art),
		quad.Make(fact, graph.FactObject, y, art),
		quad.Make(art, graph.Name, quad.String("Xavier article"), art),
		quad.Make(art, graph.Mentions, x, art),
	}
	qw, err := cgraph.NewQuadWriter("single", st.QuadStore(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := qw.AddQuadSet(qs); err != nil {
		t.Fatal(err)
	}
	base := MustServe(t, st, web.Config{})
	for _, q := range []string{"x", "person", "registry", "statement", "evidence", "article"} {
		r := do(t, "GET", base+"/api/kg/search?q="+q, "")
		checkNoInternal(t, "search "+q, r.body)
	}
	if r := do(t, "GET", base+"/api/kg/search?q=xav", ""); !strings.Contains(r.body, `"id":"person/xavier-ode"`) || strings.Count(r.body, `"id"`) != 1 {
		t.Errorf("search xav = %s, want Xavier Ode alone", r.body)
	}
	r := do(t, "GET", base+"/api/kg/neighbors?id=person/xavier-ode", "")
	checkNoInternal(t, "neighbors", r.body)
	if !strings.Contains(r.body, `"source":"person/xavier-ode","target":"place/yland","predicate":"represents"`) || strings.Count(r.body, `"source"`) != 1 {
		t.Errorf("neighbors = %s, want the one represents edge", r.body)
	}
	for _, id := range []string{"registry/Person", "Person registry", "Xavier statement", string(stmt), string(fact)} {
		if r := do(t, "GET", base+"/api/kg/neighbors?id="+url.QueryEscape(id), ""); r.status != 404 {
			t.Errorf("neighbors of %s: %d %s, want 404", id, r.status, r.body)
		}
		if r := do(t, "GET", base+"/api/kg/entity?id="+url.QueryEscape(id), ""); r.status != 404 {
			t.Errorf("entity %s: %d %s, want 404", id, r.status, r.body)
		}
	}
	r = do(t, "POST", base+"/api/kg/graph", `{"values":["<`+string(reg)+`>","<`+string(stmt)+`>","<`+string(fact)+`>","<`+string(art)+`>","Xavier statement","Xavier Ode","Yland"]}`)
	checkNoInternal(t, "graph", r.body)
	if strings.Count(r.body, `"type"`) != 2 || !strings.Contains(r.body, `"predicate":"represents"`) {
		t.Errorf("graph = %s, want Xavier Ode and Yland linked", r.body)
	}
	// The entity page lists the fact, not the bookkeeping.
	var page web.EntityPage
	do(t, "GET", base+"/api/kg/entity?id=person/xavier-ode", "").JSON(t, &page)
	if len(page.Facts) != 1 || page.Facts[0].Predicate != "represents" {
		t.Errorf("entity page facts = %+v", page.Facts)
	}
}

// TestSeedNoInternalNodes runs the same checks over the seed graph, for
// every entity the search finds.
func TestSeedNoInternalNodes(t *testing.T) {
	base := MustServe(t, SeedStore(t), web.Config{})
	var ids []string
	for c := 'a'; c <= 'z'; c++ {
		r := do(t, "GET", base+"/api/kg/search?limit=50&q="+string(c), "")
		checkNoInternal(t, "search "+string(c), r.body)
		var v struct{ Result []struct{ ID string } }
		json.Unmarshal([]byte(r.body), &v)
		for _, e := range v.Result {
			ids = append(ids, e.ID)
		}
	}
	if len(ids) < 20 {
		t.Fatalf("search found %d entities", len(ids))
	}
	for _, id := range ids {
		checkNoInternal(t, "neighbors "+id, do(t, "GET", base+"/api/kg/neighbors?id="+url.QueryEscape(id), "").body)
	}
	body, _ := json.Marshal(map[string]any{"values": ids})
	checkNoInternal(t, "graph", do(t, "POST", base+"/api/kg/graph", string(body)).body)
}
