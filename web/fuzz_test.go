package web_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/web"
)

var fuzzServer struct {
	once   sync.Once
	ro, rw *web.Server
	err    error
}

// fuzzServers returns a read-only server over a small memory store and a
// writable one over another, tight bounds on both, shared by a fuzz run.
func fuzzServers(tb testing.TB) (ro, rw *web.Server) {
	fuzzServer.once.Do(func() {
		cfg := web.Config{Timeout: 100 * time.Millisecond, Limit: 50, QueryMemory: 64 << 20, MaxResult: 1 << 20, MaxBody: 64 << 10}
		st := graph.OpenMemory()
		qw, err := cgraph.NewQuadWriter("single", st.QuadStore(), nil)
		if err != nil {
			fuzzServer.err = err
			return
		}
		art := quad.IRI("urn:kg:article/a")
		err = qw.AddQuadSet([]quad.Quad{
			quad.Make(quad.IRI("urn:kg:person/ada"), graph.Name, quad.String("Ada Lovelace"), art),
			quad.Make(quad.IRI("urn:kg:person/ada"), graph.Type, graph.ClassPerson, art),
			quad.Make(quad.IRI("urn:kg:person/ada"), graph.Predicate("memberOf"), quad.IRI("urn:kg:org/nato"), art),
			quad.Make(quad.IRI("urn:kg:org/nato"), graph.Name, quad.String("NATO"), art),
		})
		if err != nil {
			fuzzServer.err = err
			return
		}
		if fuzzServer.ro, fuzzServer.err = web.New(st, cfg); fuzzServer.err != nil {
			return
		}
		// The writable one runs only the check query: a timeout there
		// would be the machine's load, not a hang.
		cfg.Writable, cfg.Timeout = true, 5*time.Second
		fuzzServer.rw, fuzzServer.err = web.New(graph.OpenMemory(), cfg)
	})
	if fuzzServer.err != nil {
		tb.Fatal(fuzzServer.err)
	}
	return fuzzServer.ro, fuzzServer.rw
}

// serveFuzz sends one request to h and checks what every answer must be:
// no panic (answered as 500 "internal error"), and a JSON body when the
// answer says it is JSON.
func serveFuzz(t *testing.T, h http.Handler, method, target, contentType string, body []byte) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, target, strings.NewReader(string(body)))
	req.Host = "localhost"
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	out := rec.Body.String()
	if strings.Contains(out, `"error":"internal error"`) {
		t.Fatalf("%s %s with %q: handler panicked: %d %s", method, target, body, rec.Code, out)
	}
	if strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") && !json.Valid(rec.Body.Bytes()) {
		t.Fatalf("%s %s with %q: invalid JSON answer: %d %.300s", method, target, body, rec.Code, out)
	}
	if rec.Code >= 500 && rec.Code != http.StatusServiceUnavailable && rec.Code != http.StatusGatewayTimeout {
		t.Fatalf("%s %s with %q: %d %.300s", method, target, body, rec.Code, out)
	}
	return rec
}

// FuzzQueryBody sends fuzzed bodies to every query endpoint.
//
//	go test ./web/ -run '^$' -fuzz FuzzQueryBody -fuzztime 10m
func FuzzQueryBody(f *testing.F) {
	for _, s := range []string{
		`g.V().all()`, `g.V("<urn:kg:person/ada>").out().all()`, `g.V().has("<http://schema.org/name>", "NATO").tag("x").all()`,
		`g.emit({a: [1, "x", null]})`, `g.V(`, `throw new Error("x")`, `var s = "x"; for (var i = 0; i < 10; i++) s += s; g.emit(s)`,
		`{"query": "g.V().all()", "args": {"a": 1}}`, `{ nodes(id: "<urn:kg:person/ada>") { id } }`, `[{"id": null}]`, ``, "\x00\xff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		ro, _ := fuzzServers(t)
		b := []byte(body)
		for _, target := range []string{"/api/v2/query?lang=gizmo", "/api/v2/query?lang=mql", "/api/v2/query?lang=graphql", "/api/v1/query/gizmo", "/api/v1/shape/gizmo", "/api/kg/graph"} {
			serveFuzz(t, ro, "POST", target, "text/plain", b)
		}
		js, _ := json.Marshal(map[string]string{"query": body})
		serveFuzz(t, ro, "POST", "/api/kg/query", "application/json", js)
		serveFuzz(t, ro, "POST", "/api/kg/query", "application/json", b)
	})
}

// FuzzWriteBody sends fuzzed bodies to every write endpoint of a writable
// server, then checks it still answers searches and queries.
//
//	go test ./web/ -run '^$' -fuzz FuzzWriteBody -fuzztime 10m
func FuzzWriteBody(f *testing.F) {
	for _, s := range []string{
		"<urn:kg:person/x> <http://schema.org/name> \"X\" .\n",
		"<urn:kg:person/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> <urn:kg:article/a> .\n",
		`[{"subject":"<urn:kg:person/y>","predicate":"<http://schema.org/name>","object":"Y"}]`,
		`{"@id": "urn:kg:person/z", "http://schema.org/name": "Z"}`, "<urn:kg:person/x>", `_:b <p> "x"@en .`, "", "\x1f\x8b\x08",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		_, rw := fuzzServers(t)
		b := []byte(body)
		for _, ct := range []string{"application/n-quads", "application/ld+json", "text/plain"} {
			serveFuzz(t, rw, "POST", "/api/v2/write", ct, b)
			serveFuzz(t, rw, "POST", "/api/v2/delete", ct, b)
		}
		serveFuzz(t, rw, "POST", "/api/v2/node/delete", "application/n-quads", b)
		serveFuzz(t, rw, "POST", "/api/v1/write", "application/json", b)
		serveFuzz(t, rw, "POST", "/api/v1/delete", "application/json", b)
		if rec := serveFuzz(t, rw, "GET", "/api/kg/search?q=x", "", nil); rec.Code != 200 {
			t.Fatalf("search after writing %q: %d %s", body, rec.Code, rec.Body)
		}
		if rec := serveFuzz(t, rw, "POST", "/api/v2/query?lang=gizmo", "text/plain", []byte(`g.V().limit(3).all()`)); rec.Code != 200 {
			t.Fatalf("query after writing %q: %d %s", body, rec.Code, rec.Body)
		}
	})
}
