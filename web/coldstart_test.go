package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/web"
)

// TestPagesBeforeIndex asks a server that has not built its entity index
// for entity pages, neighbours and every timeline page: they answer as a
// server whose index is built does, without building it (they read the
// few entities they name); only a name, which the whole index finds,
// builds it.
func TestPagesBeforeIndex(t *testing.T) {
	ctx := context.Background()
	st := SeedStore(t)
	serve := func() (*web.Server, string) { return newServer(t, st, web.Config{}) }
	warm, warmURL := serve()
	if err := warm.IndexReady(ctx); err != nil {
		t.Fatal(err)
	}
	if from := warm.IndexFrom(ctx); from != "state" {
		t.Errorf("the seed store (kg build) indexed from %q, want its state", from)
	}
	// Entities from the warm server's search: people, places, events.
	var ids []string
	for _, q := range []string{"a", "e", "n", "s"} {
		var res struct {
			Result []struct{ ID string } `json:"result"`
		}
		do(t, "GET", warmURL+"/api/kg/search?limit=8&q="+q, "").JSON(t, &res)
		for _, e := range res.Result {
			ids = append(ids, e.ID)
		}
	}
	if len(ids) < 10 {
		t.Fatalf("only %d entities found", len(ids))
	}
	paths := []string{}
	for _, id := range ids {
		paths = append(paths, "/api/kg/entity?id="+url.QueryEscape(id), "/api/kg/neighbors?id="+url.QueryEscape(id),
			"/api/kg/entity?id="+url.QueryEscape("<urn:kg:"+id+">"))
	}
	cold, coldURL := serve()
	// body is a response with the timeline's elapsed time left out.
	body := func(base, path string) (int, string) {
		r := do(t, "GET", base+path, "")
		var v map[string]any
		if strings.HasPrefix(path, "/api/kg/timeline") && json.Unmarshal([]byte(r.body), &v) == nil {
			delete(v, "elapsed_ms")
			b, _ := json.Marshal(v)
			return r.status, string(b)
		}
		return r.status, r.body
	}
	for _, p := range paths {
		gs, got := body(coldURL, p)
		ws, want := body(warmURL, p)
		if gs != ws || got != want {
			t.Errorf("%s before the index:\n got %d %.400s\nwant %d %.400s", p, gs, got, ws, want)
		}
	}
	pages, undated := 0, 0
	for path := "/api/kg/timeline?limit=2"; path != ""; pages++ {
		gs, got := body(coldURL, path)
		ws, want := body(warmURL, path)
		if gs != 200 || got != want {
			t.Fatalf("%s before the index:\n got %d %.400s\nwant %d %.400s", path, gs, got, ws, want)
		}
		undated += strings.Count(got, `"date":""`)
		var p struct{ Next string }
		json.Unmarshal([]byte(got), &p)
		path = ""
		if p.Next != "" {
			path = "/api/kg/timeline?limit=2&cursor=" + url.QueryEscape(p.Next)
		}
	}
	if pages < 3 || undated == 0 {
		t.Errorf("%d timeline pages, %d undated events: want the whole timeline", pages, undated)
	}
	if n := cold.IndexBuilds(); n != 0 {
		t.Errorf("pages that name a few entities built the index %d times", n)
	}
	// A name, or what may be one, needs the whole index.
	if gs, got := body(coldURL, "/api/kg/entity?id=person/nobody-at-all"); gs != 404 || cold.IndexBuilds() != 1 {
		t.Errorf("no such entity: %d %.300s, %d index builds", gs, got, cold.IndexBuilds())
	}
	name := `/api/kg/entity?id=` + url.QueryEscape("Jens Stoltenberg")
	if gs, got := body(coldURL, name); gs != 200 || !strings.Contains(got, `"person/jens-stoltenberg"`) {
		t.Errorf("entity by name: %d %.300s", gs, got)
	}
}

// TestServeWarmsIndex starts a server and asks nothing: the entity index
// is built all the same.
func TestServeWarmsIndex(t *testing.T) {
	srv, err := web.New(SeedStore(t), web.Config{})
	if err != nil {
		t.Fatal(err)
	}
	_, stop := startServe(t, srv)
	defer stop()
	deadline := time.Now().Add(30 * time.Second)
	for srv.IndexFrom(context.Background()) == "" {
		if time.Now().After(deadline) {
			t.Fatalf("no entity index 30 s after start (%d builds)", srv.IndexBuilds())
		}
		time.Sleep(10 * time.Millisecond)
	}
	if n := srv.IndexBuilds(); n != 1 {
		t.Errorf("%d index builds, want 1", n)
	}
}

// TestIndexFromStateThenWrites indexes a store written by PutArticles
// (kg build) from its state, then follows writes through the server: an
// added alternate name is found without a rebuild, and once a node is
// deleted the index is rebuilt from the graph, which the state no longer
// describes.
func TestIndexFromStateThenWrites(t *testing.T) {
	ctx := context.Background()
	st := MustOpen(t)
	doc := &kg.Document{ID: "d1", Text: "Ada Lovelace wrote to the Royal Society (RS)."}
	res := &kg.Result{Doc: doc, Entities: []kg.Entity{
		{ID: "person/ada-lovelace", Type: kg.Person, Name: "Ada Lovelace"},
		{ID: "org/royal-society", Type: kg.Org, Name: "Royal Society", Aliases: []string{"RS"}},
	}}
	if _, _, err := st.PutArticles(ctx, []graph.Article{{Result: res, Fingerprint: "1"}}); err != nil {
		t.Fatal(err)
	}
	srv, err := web.New(st, web.Config{Writable: true})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	search := func(q string) string { return do(t, "GET", ts.URL+"/api/kg/search?q="+url.QueryEscape(q), "").body }
	if got := search("rs"); !strings.Contains(got, `"org/royal-society"`) || srv.IndexFrom(ctx) != "state" {
		t.Fatalf("search rs: %s, index from %q, want the state", got, srv.IndexFrom(ctx))
	}
	builds := srv.IndexBuilds()
	nq := `<urn:kg:person/ada-lovelace> <http://schema.org/alternateName> "Countess of Lovelace" .` + "\n"
	if r := do(t, "POST", ts.URL+"/api/v2/write", nq, "Content-Type: application/n-quads"); r.status != 200 {
		t.Fatalf("write: %d %s", r.status, r.body)
	}
	if got := search("countess"); !strings.Contains(got, `"person/ada-lovelace"`) || srv.IndexBuilds() != builds {
		t.Errorf("after the write: %s, %d rebuilds", got, srv.IndexBuilds()-builds)
	}
	if r := do(t, "POST", ts.URL+"/api/v2/node/delete", "<urn:kg:org/royal-society>", "Content-Type: application/n-quads"); r.status != 200 {
		t.Fatalf("node delete: %d %s", r.status, r.body)
	}
	if got := search("royal"); strings.Contains(got, "royal-society") {
		t.Errorf("deleted node still found: %s", got)
	}
	if got := search("countess"); !strings.Contains(got, `"person/ada-lovelace"`) || srv.IndexFrom(ctx) != "graph" {
		t.Errorf("after the rebuild: %s, index from %q, want the graph", got, srv.IndexFrom(ctx))
	}
}

// TestSeedEntitiesFromState checks, on the seed store (the real extractor
// over the seed articles), that the entities read from its state are the
// ones read from its graph, and that the state answers.
func TestSeedEntitiesFromState(t *testing.T) {
	ctx := context.Background()
	st := SeedStore(t)
	list := func(read func(func(graph.EntityInfo)) error) []string {
		var out []string
		if err := read(func(e graph.EntityInfo) {
			out = append(out, fmt.Sprintf("%s %q %q %v", e.IRI, e.Name, e.Aliases, e.Classes))
		}); err != nil {
			t.Fatal(err)
		}
		slices.Sort(out)
		return out
	}
	kept := false
	fromState := list(func(fn func(graph.EntityInfo)) error {
		var err error
		kept, err = st.KeptEntities(ctx, fn)
		return err
	})
	fromGraph := list(func(fn func(graph.EntityInfo)) error { return st.Entities(ctx, fn) })
	if !kept || len(fromGraph) < 20 {
		t.Fatalf("state answered %v; %d entities in the graph", kept, len(fromGraph))
	}
	if !slices.Equal(fromState, fromGraph) {
		for _, l := range fromState {
			if !slices.Contains(fromGraph, l) {
				t.Errorf("only in the state: %s", l)
			}
		}
		for _, l := range fromGraph {
			if !slices.Contains(fromState, l) {
				t.Errorf("only in the graph: %s", l)
			}
		}
	}
}
