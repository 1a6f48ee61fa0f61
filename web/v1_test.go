package web_test

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/web"
)

// TestV1Endpoints checks Cayley 0.7.7's v1 write, delete, file upload and
// shape endpoints, with the bodies and answers of Cayley's, read-only and
// writable.
func TestV1Endpoints(t *testing.T) {
	ro := MustServe(t, SeedStore(t), web.Config{})
	st := graph.OpenMemory()
	t.Cleanup(func() { st.Close() })
	rw := MustServe(t, st, web.Config{Writable: true})
	quads := `[{"subject":"<urn:kg:person/ada>","predicate":"<http://schema.org/name>","object":"Ada Lovelace","label":"<urn:kg:article/a>"},
{"subject":"<urn:kg:person/ada>","predicate":"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>","object":"<http://schema.org/Person>"}]`

	for _, path := range []string{"/api/v1/write", "/api/v1/delete", "/api/v1/write/file/nquad"} {
		if r := do(t, "POST", ro+path, quads); r.status != http.StatusForbidden || r.body != `{"error": "Database is read-only."}` {
			t.Errorf("read-only %s: %d %s", path, r.status, r.body)
		}
	}

	if r := do(t, "POST", rw+"/api/v1/write", quads); r.status != 200 || r.body != `{"result": "Successfully wrote 2 quads."}` {
		t.Fatalf("v1 write: %d %s", r.status, r.body)
	}
	if got := storeQuads(t, st); !strings.Contains(got, `<urn:kg:person/ada> <http://schema.org/name> "Ada Lovelace" <urn:kg:article/a> .`) {
		t.Fatalf("store after v1 write:\n%s", got)
	}
	if r := do(t, "GET", rw+"/api/kg/search?q=love", ""); !strings.Contains(r.body, `"id":"person/ada","name":"Ada Lovelace","type":"Person"`) {
		t.Errorf("search after v1 write: %s", r.body)
	}
	for _, tt := range []struct{ name, body, want string }{
		{"not json", `<a> <b> <c> .`, `{"error": "invalid character`},
		{"invalid quad", `[{"subject":"<a>","predicate":"","object":"<c>"}]`, `{"error": "invalid quad at index 0.`},
	} {
		if r := do(t, "POST", rw+"/api/v1/write", tt.body); r.status != 400 || !strings.HasPrefix(r.body, tt.want) {
			t.Errorf("v1 write %s: %d %s", tt.name, r.status, r.body)
		}
	}
	if r := do(t, "POST", rw+"/api/v1/delete", quads); r.status != 200 || r.body != `{"result": "Successfully deleted 2 quads."}` {
		t.Fatalf("v1 delete: %d %s", r.status, r.body)
	}
	if r := do(t, "POST", rw+"/api/v1/delete", quads); r.status != 200 {
		t.Errorf("v1 delete of missing quads: %d %s", r.status, r.body)
	}
	if got := storeQuads(t, st); got != "" {
		t.Fatalf("store after v1 delete:\n%s", got)
	}

	var form bytes.Buffer
	mw := multipart.NewWriter(&form)
	fw, _ := mw.CreateFormFile("NQuadFile", "data.nq.gz")
	// (The console's entities are the nodes with a class and a name.)
	fw.Write(gzipped(t, "<urn:kg:person/bob> <http://schema.org/name> \"Bob\" .\n<urn:kg:person/bob> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> .\n<urn:kg:person/bob> <urn:kg:vocab#p> <urn:kg:person/ada> .\n"))
	mw.Close()
	if r := do(t, "POST", rw+"/api/v1/write/file/nquad", form.String(), "Content-Type: "+mw.FormDataContentType()); r.status != 200 || r.body != `{"result": "Successfully wrote 3 quads."}` {
		t.Fatalf("v1 file upload: %d %s", r.status, r.body)
	}
	if r := do(t, "GET", rw+"/api/kg/search?q=bob", ""); !strings.Contains(r.body, `"person/bob"`) {
		t.Errorf("search after the upload: %s", r.body)
	}
	if r := do(t, "POST", rw+"/api/v1/write/file/nquad", "x", "Content-Type: text/plain"); r.status != 400 || !strings.HasPrefix(r.body, `{"error": "Couldn't read file:`) {
		t.Errorf("upload without a file: %d %s", r.status, r.body)
	}

	shape := `g.V("<urn:kg:person/alexander-grushko>").out("<urn:kg:vocab#represents>").all()`
	if r := do(t, "POST", ro+"/api/v1/shape/gizmo", shape); r.status != 200 || !strings.Contains(r.body, `"nodes":[{"id":`) || !strings.Contains(r.body, `"is_link_node":false`) {
		t.Errorf("v1 shape: %d %.400s", r.status, r.body)
	}
	if r := do(t, "POST", ro+"/api/v1/shape/gizmo", `g.V(`); r.status != 400 || !strings.Contains(r.body, `"error":"SyntaxError`) {
		t.Errorf("v1 shape syntax error: %d %s", r.status, r.body)
	}
	if r := do(t, "POST", ro+"/api/v1/shape/sparql", shape); r.status != 400 || r.body != `{"error": "Unknown query language."}` {
		t.Errorf("v1 shape unknown language: %d %s", r.status, r.body)
	}
	if r := do(t, "GET", ro+"/api/v1/shape/gizmo", ""); r.status != 405 {
		t.Errorf("v1 shape by GET: %d %s", r.status, r.body)
	}
}

// TestV1ShapeTimeout checks that a shape request whose script never ends
// is interrupted at the timeout, and the server answers the next one.
func TestV1ShapeTimeout(t *testing.T) {
	base := MustServe(t, SeedStore(t), web.Config{Timeout: 300 * time.Millisecond})
	if r := do(t, "POST", base+"/api/v1/shape/gizmo", `while(true){}`); r.status != 400 || !strings.Contains(r.body, "query stopped after the server's timeout of 300ms") {
		t.Fatalf("endless shape: %d %s", r.status, r.body)
	}
	if r := do(t, "POST", base+"/api/v1/shape/gizmo", `g.V().all()`); r.status != 200 {
		t.Fatalf("next shape: %d %s", r.status, r.body)
	}
}
