package web_test

import (
	"context"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kg-project/kg/web"
)

// TestEndpoints checks every endpoint's status and body over the seed
// graph, including bad requests.
func TestEndpoints(t *testing.T) {
	base := MustServe(t, SeedStore(t), web.Config{})
	const grushko = `g.V("<urn:kg:place/russia>").in("<urn:kg:vocab#represents>").has("<http://schema.org/name>", "Alexander Grushko").unique().all()`
	tests := []struct {
		name         string
		method, path string
		body         string
		status       int
		contains     []string // in the body
		contentType  string   // prefix of Content-Type, if checked
	}{
		{name: "healthz", method: "GET", path: "/healthz", status: 200, contains: []string{`"status":"ok"`}},
		{name: "readyz", method: "GET", path: "/readyz", status: 200, contains: []string{`"status":"ready"`, `"backend":"bolt"`}},
		{name: "console", method: "GET", path: "/", status: 200, contains: []string{"<title>kg console</title>", "app.js", "graph.js"}, contentType: "text/html"},
		{name: "console script", method: "GET", path: "/app.js", status: 200, contains: []string{"/api/kg/search"}},
		{name: "console post refused", method: "POST", path: "/", status: 405, contains: []string{`"error"`}},
		{name: "missing asset", method: "GET", path: "/nope.js", status: 404},

		{name: "search prefix", method: "GET", path: "/api/kg/search?q=gru", status: 200,
			contains: []string{`"id":"person/alexander-grushko"`, `"name":"Alexander Grushko"`, `"type":"Person"`}, contentType: "application/json"},
		{name: "search ignores case", method: "GET", path: "/api/kg/search?q=GRUSHKO", status: 200, contains: []string{`"person/alexander-grushko"`}},
		{name: "search alternate name", method: "GET", path: "/api/kg/search?q=russian%20fed", status: 200,
			contains: []string{`"id":"place/russia"`, `"match":"Russian Federation"`}},
		{name: "search empty", method: "GET", path: "/api/kg/search?q=", status: 200, contains: []string{`{"result":[]}`}},
		{name: "search bad limit", method: "GET", path: "/api/kg/search?q=a&limit=x", status: 400, contains: []string{`"error":"limit`}},

		{name: "entity", method: "GET", path: "/api/kg/entity?id=person/alexander-grushko", status: 200, contains: []string{
			`"name":"Alexander Grushko"`, `"predicate":"represents"`, `"object":{"id":"place/russia"`,
			`"sentence":"Russia was represented in the meeting by`, `"headline":"NATO offers arms control talks to Russia"`,
			`"rule":"`, `"id":"001_377cc3d36c249b0d.txt"`}},
		{name: "entity by name", method: "GET", path: "/api/kg/entity?id=Alexander%20Grushko", status: 200, contains: []string{`"id":"person/alexander-grushko"`}},
		{name: "entity unknown", method: "GET", path: "/api/kg/entity?id=person/nobody", status: 404, contains: []string{`"error":"no entity`}},
		{name: "entity missing id", method: "GET", path: "/api/kg/entity", status: 400, contains: []string{`"error"`}},
		{name: "neighbors", method: "GET", path: "/api/kg/neighbors?id=place/russia", status: 200,
			contains: []string{`"source":"person/alexander-grushko","target":"place/russia","predicate":"represents"`}},
		{name: "graph of values", method: "POST", path: "/api/kg/graph", body: `{"values":["Alexander Grushko","<urn:kg:place/russia>","not an entity"]}`, status: 200,
			contains: []string{`"nodes":[{"id":"person/alexander-grushko"`, `"predicate":"represents"`}},
		{name: "graph bad body", method: "POST", path: "/api/kg/graph", body: `[1,2`, status: 400, contains: []string{`"error"`}},
		{name: "graph by GET", method: "GET", path: "/api/kg/graph", status: 405, contains: []string{`"error":"method GET not allowed on /api/kg/graph: use POST"`}},
		{name: "search by POST", method: "POST", path: "/api/kg/search?q=gru", status: 405, contains: []string{`use GET`}},
		{name: "canned by DELETE", method: "DELETE", path: "/api/kg/queries/about", status: 405, contains: []string{`use GET`}},
		{name: "unknown endpoint", method: "GET", path: "/api/kg/nope", status: 404, contains: []string{`"error":"no API endpoint GET /api/kg/nope"`}},

		{name: "queries", method: "GET", path: "/api/kg/queries", status: 200, contains: []string{`"name":"who-represents"`, `"params":["entity"]`, `"text":"// who-represents`}},
		{name: "canned positional arg", method: "GET", path: "/api/kg/queries/who-represents?arg=Russia", status: 200, contains: []string{`"person":"Alexander Grushko"`, `"truncated":false`}},
		{name: "canned named arg", method: "GET", path: "/api/kg/queries/about?entity=Grushko", status: 200, contains: []string{`"sentence":"Russia was represented`}},
		{name: "canned arg is data", method: "GET", path: "/api/kg/queries/who-represents?entity=%22)%3B%20throw%20%22x", status: 200, contains: []string{`"result":[]`}},
		{name: "canned missing arg", method: "GET", path: "/api/kg/queries/who-represents", status: 400, contains: []string{`"error":"query who-represents needs entity`}},
		{name: "canned optional arg left out", method: "GET", path: "/api/kg/queries/timeline", status: 200, contains: []string{`"date":"2022-01-12"`}},
		{name: "canned optional arg given", method: "GET", path: "/api/kg/queries/timeline?from=2022-01-11", status: 200, contains: []string{`"date":"2022-01-12"`}},
		{name: "canned unknown", method: "GET", path: "/api/kg/queries/nope", status: 404, contains: []string{`"error"`}},
		{name: "gizmo with helpers", method: "POST", path: "/api/kg/query", body: `{"query":"g.V(nodes(args.who)[0]).out(P.represents).all()","args":{"who":"Grushko"}}`, status: 200, contains: []string{`"result":[{"id":"<urn:kg:place/russia>"}`}},
		{name: "gizmo syntax error", method: "POST", path: "/api/kg/query", body: `{"query":"g.V("}`, status: 400, contains: []string{`"error":"query error: SyntaxError`}},
		{name: "gizmo thrown error", method: "POST", path: "/api/kg/query", body: `{"query":"throw new Error('boom')"}`, status: 400, contains: []string{"boom"}},
		{name: "gizmo empty", method: "POST", path: "/api/kg/query", body: `{"query":""}`, status: 400, contains: []string{`"error":"query is empty"`}},
		{name: "gizmo not json", method: "POST", path: "/api/kg/query", body: `g.V().all()`, status: 400, contains: []string{`"error"`}},
		{name: "stats", method: "GET", path: "/api/kg/stats", status: 200, contains: []string{`"articles":5`, `"Person":`, `"represents":`}},
		{name: "timeline", method: "GET", path: "/api/kg/timeline", status: 200, contains: []string{`"event":`, `"attendees":`}},
		{name: "export", method: "GET", path: "/api/kg/export.nq", status: 200, contentType: "application/n-quads",
			contains: []string{`<urn:kg:person/alexander-grushko> <http://schema.org/name> "Alexander Grushko" .`,
				`<urn:kg:article/001_377cc3d36c249b0d.txt> <http://schema.org/mentions> <urn:kg:person/alexander-grushko> <urn:kg:article/001_377cc3d36c249b0d.txt> .`}},
		{name: "unknown api", method: "GET", path: "/api/kg/nope", status: 404, contains: []string{`"error"`}},

		// Cayley's API v2, as its clients expect it.
		{name: "v2 gizmo", method: "POST", path: "/api/v2/query?lang=gizmo", body: grushko, status: 200,
			contains: []string{`{"result":[{"id":"<urn:kg:person/alexander-grushko>"}]}`}, contentType: "application/json"},
		{name: "v2 gizmo GET", method: "GET", path: "/api/v2/query?lang=gizmo&qu=" + strings.ReplaceAll(strings.ReplaceAll(grushko, " ", "%20"), "#", "%23"), status: 200,
			contains: []string{`"id":"<urn:kg:person/alexander-grushko>"`}},
		{name: "v2 graphql", method: "POST", path: "/api/v2/query?lang=graphql", body: `{ nodes(id: "<urn:kg:person/alexander-grushko>") { name: <http://schema.org/name> } }`, status: 200,
			contains: []string{`"name":"Alexander Grushko"`}},
		{name: "v2 mql", method: "POST", path: "/api/v2/query?lang=mql", body: `[{"id": "<urn:kg:person/alexander-grushko>", "<http://schema.org/name>": null}]`, status: 200,
			contains: []string{`"Alexander Grushko"`}},
		{name: "v2 bad gizmo", method: "POST", path: "/api/v2/query?lang=gizmo", body: `g.V(`, status: 400, contains: []string{`"error": "SyntaxError`}},
		{name: "v2 unknown language", method: "POST", path: "/api/v2/query?lang=sparql", body: `x`, status: 400, contains: []string{`"error": "unknown query language"`}},
		{name: "v2 formats", method: "GET", path: "/api/v2/formats", status: 200, contains: []string{`"id":"nquads"`}},
		{name: "v2 read", method: "GET", path: "/api/v2/read?sub=%3Curn:kg:person/alexander-grushko%3E&pred=%3Chttp://schema.org/name%3E", status: 200,
			contains: []string{`"Alexander Grushko"`}},

		// Cayley's v1 query endpoint.
		{name: "v1 gizmo", method: "POST", path: "/api/v1/query/gizmo", body: grushko, status: 200,
			contains: []string{`{"result":[{"id":"<urn:kg:person/alexander-grushko>"}]}`}},
		{name: "v1 bad gizmo", method: "POST", path: "/api/v1/query/gizmo", body: `g.V(`, status: 400, contains: []string{`{"error":"SyntaxError`}},
		{name: "v1 unknown language", method: "POST", path: "/api/v1/query/sparql", body: `x`, status: 400, contains: []string{`{"error":"Unknown query language."}`}},
		{name: "v1 limit", method: "POST", path: "/api/v1/query/gizmo?limit=1", body: `g.V().all()`, status: 200, contains: []string{`{"result":[{"id":`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, tt.method, base+tt.path, tt.body)
			if r.status != tt.status {
				t.Fatalf("status = %d, want %d; body: %.400s", r.status, tt.status, r.body)
			}
			for _, want := range tt.contains {
				if !strings.Contains(r.body, want) {
					t.Errorf("body lacks %s:\n%.600s", want, r.body)
				}
			}
			if ct := r.header.Get("Content-Type"); tt.contentType != "" && !strings.HasPrefix(ct, tt.contentType) {
				t.Errorf("Content-Type = %q, want %s…", ct, tt.contentType)
			}
			if tt.status == http.StatusMethodNotAllowed && r.header.Get("Allow") == "" {
				t.Error("405 without an Allow header")
			}
		})
	}
}

// TestGizmoResultShape checks that a v2 Gizmo answer decodes the way
// Cayley clients read it: an object with a "result" array of tag maps.
func TestGizmoResultShape(t *testing.T) {
	base := MustServe(t, SeedStore(t), web.Config{})
	r := do(t, "POST", base+"/api/v2/query?lang=gizmo",
		`g.V("<urn:kg:person/alexander-grushko>").tag("person").out("<urn:kg:vocab#represents>").tag("country").unique().all()`)
	var got struct {
		Result []map[string]string `json:"result"`
	}
	r.JSON(t, &got)
	if len(got.Result) != 1 {
		t.Fatalf("got %d results, want 1: %s", len(got.Result), r.body)
	}
	want := map[string]string{"id": "<urn:kg:place/russia>", "person": "<urn:kg:person/alexander-grushko>", "country": "<urn:kg:place/russia>"}
	for k, v := range want {
		if got.Result[0][k] != v {
			t.Errorf("result[0][%q] = %q, want %q", k, got.Result[0][k], v)
		}
	}
}

// TestEntityEvidence checks the entity page: each fact once, with the
// articles that state it, each with its evidence.
func TestEntityEvidence(t *testing.T) {
	base := MustServe(t, SeedStore(t), web.Config{})
	var page web.EntityPage
	do(t, "GET", base+"/api/kg/entity?id=person/alexander-grushko", "").JSON(t, &page)
	if page.Type != "Person" || len(page.Facts) < 2 || len(page.Articles) < 2 {
		t.Fatalf("page = %+v", page)
	}
	if page.Truncated || page.FactsPage.Total != len(page.Facts) || page.ArticlesPage.Total != len(page.Articles) || !page.FactsPage.TotalExact {
		t.Errorf("one page holds it all, yet: truncated %v, facts %+v, articles %+v", page.Truncated, page.FactsPage, page.ArticlesPage)
	}
	seen := map[string]bool{}
	represents := 0
	for _, f := range page.Facts {
		k := label(f.Subject) + " " + f.Predicate + " " + label(f.Object)
		if seen[k] {
			t.Errorf("fact listed twice: %s", k)
		}
		seen[k] = true
		if len(f.Sources) == 0 || f.SourceCount < len(f.Sources) {
			t.Errorf("fact %s: %d sources of %d", k, len(f.Sources), f.SourceCount)
		}
		for _, src := range f.Sources {
			if src.Article == nil || src.Article.ID == "" || src.Sentence == "" || src.Rule == "" {
				t.Errorf("fact %s: source without provenance: %+v", k, src)
			}
		}
		if f.Subject.EntityRef == nil || (f.Subject.ID != page.ID && (f.Object.EntityRef == nil || f.Object.ID != page.ID)) {
			t.Errorf("fact not about the entity: %+v", f)
		}
		if f.Predicate == "represents" && f.Object.EntityRef != nil && f.Object.ID == "place/russia" {
			represents = f.SourceCount
			if len(f.Sources) < 2 || f.Sources[0].Article.ID == f.Sources[1].Article.ID {
				t.Errorf("represents Russia: sources %+v, want two articles", f.Sources)
			}
		}
	}
	// Two seed articles say Grushko represents Russia: one fact, two sources.
	if represents != 2 {
		t.Errorf("represents Russia: source_count %d, want 2", represents)
	}
}

func TestReadOnly(t *testing.T) {
	st := MustOpen(t)
	base := MustServe(t, st, web.Config{})
	for _, path := range []string{"/api/v2/write", "/api/v2/delete", "/api/v2/node/delete"} {
		t.Run(path, func(t *testing.T) {
			r := do(t, "POST", base+path, `<urn:kg:person/x> <http://schema.org/name> "X" .`, "Content-Type: application/n-quads")
			if r.status != http.StatusForbidden || !strings.Contains(r.body, `"error": "database is read-only"`) {
				t.Fatalf("got %d %s, want 403 with a JSON error", r.status, r.body)
			}
		})
	}
	if r := do(t, "GET", base+"/readyz", ""); r.status != 200 {
		t.Fatalf("readyz on an empty store = %d %s", r.status, r.body)
	}
	if n := do(t, "GET", base+"/api/v2/read", "").body; n != "" {
		t.Fatalf("store written despite read-only: %q", n)
	}
}

func TestWritable(t *testing.T) {
	st := MustOpen(t)
	base := MustServe(t, st, web.Config{Writable: true})
	nq := `<urn:kg:person/ada-lovelace> <http://schema.org/name> "Ada Lovelace" .
<urn:kg:person/ada-lovelace> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> .
`
	if r := do(t, "GET", base+"/api/kg/search?q=ada", ""); r.body != "{\"result\":[]}\n" {
		t.Fatalf("search before write = %s", r.body)
	}
	if r := do(t, "POST", base+"/api/v2/write", nq, "Content-Type: application/n-quads"); r.status != 200 || !strings.Contains(r.body, `"count": 2`) {
		t.Fatalf("write = %d %s", r.status, r.body)
	}
	if r := do(t, "GET", base+"/api/kg/search?q=love", ""); !strings.Contains(r.body, `"id":"person/ada-lovelace","name":"Ada Lovelace","type":"Person"`) {
		t.Fatalf("search after write = %s", r.body)
	}
	if r := do(t, "POST", base+"/api/v2/delete", nq, "Content-Type: application/n-quads"); r.status != 200 {
		t.Fatalf("delete = %d %s", r.status, r.body)
	}
	if r := do(t, "GET", base+"/api/kg/search?q=ada", ""); r.body != "{\"result\":[]}\n" {
		t.Fatalf("search after delete = %s", r.body)
	}
}

// TestTimeout checks that a query that never ends is stopped and answered
// with an error on every query endpoint.
func TestTimeout(t *testing.T) {
	base := MustServe(t, SeedStore(t), web.Config{Timeout: 300 * time.Millisecond})
	tests := []struct {
		name, path, body string
		status           int
		contains         string
	}{
		{"v2", "/api/v2/query?lang=gizmo", `while(true){}`, 400, `"error"`},
		{"v1", "/api/v1/query/gizmo", `while(true){}`, 400, `{"error":"query stopped after the server's timeout of 300ms"}`},
		{"kg", "/api/kg/query", `{"query":"while(true){}"}`, 504, `{"error":"query stopped after the server's timeout of 300ms"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			r := do(t, "POST", base+tt.path, tt.body)
			if r.status != tt.status || !strings.Contains(r.body, tt.contains) {
				t.Fatalf("got %d %s, want %d with %s", r.status, r.body, tt.status, tt.contains)
			}
			if d := time.Since(start); d > 10*time.Second {
				t.Fatalf("answered after %s: the timeout did not stop the query", d)
			}
		})
	}
}

func TestResultLimit(t *testing.T) {
	base := MustServe(t, SeedStore(t), web.Config{Limit: 3})
	var v2 struct{ Result []any }
	do(t, "POST", base+"/api/v2/query?lang=gizmo", `g.V().all()`).JSON(t, &v2)
	var v1 struct{ Result []any }
	do(t, "POST", base+"/api/v1/query/gizmo?limit=50", `g.V().all()`).JSON(t, &v1)
	var kg struct {
		Result    []any
		Truncated bool
	}
	do(t, "POST", base+"/api/kg/query", `{"query":"g.V().all()"}`).JSON(t, &kg)
	if len(v2.Result) != 3 || len(v1.Result) != 3 || len(kg.Result) != 3 || !kg.Truncated {
		t.Fatalf("results: v2 %d, v1 %d, kg %d (truncated %v); want 3 each", len(v2.Result), len(v1.Result), len(kg.Result), kg.Truncated)
	}
}

func TestBodyLimit(t *testing.T) {
	base := MustServe(t, SeedStore(t), web.Config{MaxBody: 1024})
	big := `g.V().all() //` + strings.Repeat("x", 2048)
	for _, path := range []string{"/api/v2/query?lang=gizmo", "/api/v1/query/gizmo", "/api/kg/query", "/api/v2/write"} {
		t.Run(path, func(t *testing.T) {
			r := do(t, "POST", base+path, big)
			if r.status != http.StatusRequestEntityTooLarge || !strings.Contains(r.body, `"error":"request body is larger than 1024 bytes"`) {
				t.Fatalf("got %d %s, want 413", r.status, r.body)
			}
		})
	}
	t.Run("chunked", func(t *testing.T) {
		// No Content-Length: the limit is found while reading.
		req, _ := http.NewRequest("POST", base+"/api/v2/query?lang=gizmo", struct{ *strings.Reader }{strings.NewReader(big)})
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if req.ContentLength != -1 && req.ContentLength != 0 {
			t.Fatalf("request has a length: %d", req.ContentLength)
		}
		if resp.StatusCode != http.StatusRequestEntityTooLarge {
			t.Fatalf("status = %d, want 413", resp.StatusCode)
		}
	})
	if r := do(t, "POST", base+"/api/v2/query?lang=gizmo", `g.V().limit(1).all()`); r.status != 200 {
		t.Fatalf("small body refused: %d %s", r.status, r.body)
	}
}

func TestCORS(t *testing.T) {
	st := SeedStore(t)
	const origin = "https://news.example"
	off := MustServe(t, st, web.Config{})
	on := MustServe(t, st, web.Config{CORSOrigin: origin})
	tests := []struct {
		name, base, method, origin string
		status                     int
		allow                      string // Access-Control-Allow-Origin wanted
	}{
		{"off get", off, "GET", origin, 200, ""},
		{"off preflight", off, "OPTIONS", origin, 405, ""},
		{"on get", on, "GET", origin, 200, origin},
		{"on preflight", on, "OPTIONS", origin, 204, origin},
		{"on other origin", on, "GET", "https://evil.example", 200, ""},
		{"on no origin", on, "GET", "", 200, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var hdrs []string
			if tt.origin != "" {
				hdrs = append(hdrs, "Origin: "+tt.origin)
			}
			if tt.method == "OPTIONS" {
				hdrs = append(hdrs, "Access-Control-Request-Method: POST")
			}
			r := do(t, tt.method, tt.base+"/api/kg/stats", "", hdrs...)
			if tt.method == "OPTIONS" && tt.status == 405 {
				// Without CORS the preflight reaches the router, which refuses it.
				if r.status == 204 {
					t.Fatalf("preflight answered without --cors")
				}
			} else if r.status != tt.status {
				t.Fatalf("status = %d, want %d", r.status, tt.status)
			}
			if got := r.header.Get("Access-Control-Allow-Origin"); got != tt.allow {
				t.Fatalf("Access-Control-Allow-Origin = %q, want %q", got, tt.allow)
			}
			for k := range r.header {
				if strings.HasPrefix(k, "Access-Control-") && tt.allow == "" {
					t.Errorf("CORS header %s sent", k)
				}
			}
		})
	}
}

// TestServeShutdown runs the server on a real listener and checks that it
// stops cleanly when its context is cancelled.
func TestServeShutdown(t *testing.T) {
	srv, err := web.New(SeedStore(t), web.Config{})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln) }()
	if r := do(t, "GET", "http://"+ln.Addr().String()+"/readyz", ""); r.status != 200 {
		t.Fatalf("readyz = %d %s", r.status, r.body)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Serve = %v, want nil after shutdown", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return after its context was cancelled")
	}
	if _, err := http.Get("http://" + ln.Addr().String() + "/healthz"); err == nil {
		t.Fatal("server still answering after shutdown")
	}
}

// label is a term's name or value.
func label(t web.Term) string {
	if t.EntityRef != nil {
		return t.Name
	}
	return t.Value
}

// TestServeWaitsForBackgroundReads: Serve returns only once the reads it
// started in the background (here the stats, read at start) have stopped,
// so that the caller may close the store: bolt unmaps its file on close,
// and a read still going on would fault.
func TestServeWaitsForBackgroundReads(t *testing.T) {
	srv, err := web.New(SeedStore(t), web.Config{})
	if err != nil {
		t.Fatal(err)
	}
	entered := make(chan struct{})
	var left atomic.Bool
	srv.SetStatsHook(func(stage string, ctx context.Context, err error) {
		if stage != "scan" {
			return
		}
		close(entered)
		<-ctx.Done() // the read notices the shutdown a little later
		time.Sleep(200 * time.Millisecond)
		left.Store(true)
	})
	_, stop := startServe(t, srv)
	select {
	case <-entered:
	case <-time.After(30 * time.Second):
		t.Fatal("the stats were not read at start")
	}
	stop()
	if !left.Load() {
		t.Error("Serve returned while a read it started was still running")
	}
}
