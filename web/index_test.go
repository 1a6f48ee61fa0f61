package web_test

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/web"
)

// TestIndexIncremental writes and deletes through a writable server and
// checks that the entity index follows each change without a rebuild, and
// answers as an index built afresh from the same store does.
func TestIndexIncremental(t *testing.T) {
	st := graph.OpenMemory()
	t.Cleanup(func() { st.Close() })
	srv, err := web.New(st, web.Config{Writable: true})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	const (
		name  = "<http://schema.org/name>"
		alt   = "<http://schema.org/alternateName>"
		typ   = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
		label = " <urn:kg:article/a>"
	)
	seed := `<urn:kg:person/alan-turing> ` + name + ` "Alan Turing"` + label + " .\n" +
		`<urn:kg:person/alan-turing> ` + typ + ` <http://schema.org/Person>` + label + " .\n" +
		`<urn:kg:org/nato> ` + name + ` "NATO"` + label + " .\n"
	write := func(path, nq string) {
		t.Helper()
		if r := do(t, "POST", ts.URL+path, nq, "Content-Type: application/n-quads"); r.status != 200 {
			t.Fatalf("%s: %d %s", path, r.status, r.body)
		}
	}
	write("/api/v2/write", seed)
	search := func(base, q string) string { return do(t, "GET", base+"/api/kg/search?q="+q, "").body }
	if got := search(ts.URL, "alan"); !strings.Contains(got, `"person/alan-turing"`) {
		t.Fatalf("search after the seed: %s", got)
	}
	builds := srv.IndexBuilds()

	steps := []struct {
		name, path, nq string
	}{
		{"new entity", "/api/v2/write", `<urn:kg:person/ada-lovelace> ` + name + ` "Ada Lovelace"` + label + " .\n" +
			`<urn:kg:person/ada-lovelace> ` + typ + ` <http://schema.org/Person>` + label + " .\n"},
		{"alternate name", "/api/v2/write", `<urn:kg:person/ada-lovelace> ` + alt + ` "Countess of Lovelace"` + label + " .\n"},
		{"type of a named entity", "/api/v2/write", `<urn:kg:org/nato> ` + typ + ` <http://schema.org/Organization>` + label + " .\n"},
		{"other quads", "/api/v2/write", `<urn:kg:person/ada-lovelace> <urn:kg:vocab#memberOf> <urn:kg:org/nato>` + label + " .\n"},
		{"name deleted", "/api/v2/delete", `<urn:kg:person/alan-turing> ` + name + ` "Alan Turing"` + label + " .\n"},
		{"alternate name deleted", "/api/v2/delete", `<urn:kg:person/ada-lovelace> ` + alt + ` "Countess of Lovelace"` + label + " .\n"},
		{"renamed", "/api/v2/write", `<urn:kg:org/nato> ` + alt + ` "North Atlantic Treaty Organization"` + label + " .\n"},
	}
	queries := []string{"ada", "lovelace", "countess", "alan", "turing", "nato", "north", "atlantic", "a", "o"}
	for _, step := range steps {
		t.Run(step.name, func(t *testing.T) {
			write(step.path, step.nq)
			fresh := MustServe(t, st, web.Config{})
			for _, q := range queries {
				if got, want := search(ts.URL, q), search(fresh, q); got != want {
					t.Errorf("search %q after %s:\n got %s\nwant %s (index built afresh)", q, step.name, got, want)
				}
			}
			for _, id := range []string{"person/ada-lovelace", "org/nato", "person/alan-turing"} {
				got, want := do(t, "GET", ts.URL+"/api/kg/entity?id="+id, ""), do(t, "GET", fresh+"/api/kg/entity?id="+id, "")
				if got.status != want.status || got.body != want.body {
					t.Errorf("entity %s:\n got %d %.300s\nwant %d %.300s", id, got.status, got.body, want.status, want.body)
				}
			}
			if n := srv.IndexBuilds(); n != builds {
				t.Errorf("index built in full %d times after the write, want it updated in place", n-builds)
			}
		})
	}
	if got := search(ts.URL, "countess"); got != "{\"result\":[]}\n" {
		t.Errorf("deleted alternate name still found: %s", got)
	}
	if got := search(ts.URL, "north"); !strings.Contains(got, `"match":"North Atlantic Treaty Organization"`) {
		t.Errorf("new alternate name not found: %s", got)
	}
	// A write whose body does not parse is refused: nothing to update.
	before := srv.IndexBuilds()
	if r := do(t, "POST", ts.URL+"/api/v2/write", "not n-quads", "Content-Type: application/n-quads"); r.status != 400 {
		t.Fatalf("bad write: %d %s", r.status, r.body)
	}
	if got := search(ts.URL, "ada"); !strings.Contains(got, `"person/ada-lovelace"`) || srv.IndexBuilds() != before {
		t.Errorf("after a refused write: %d rebuilds, search %s", srv.IndexBuilds()-before, got)
	}
}
