package web_test

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/web"
)

// TestQueryPanics sends queries that make Cayley's Gizmo code panic on the
// goroutine it runs scripts on (found by FuzzQueryBody): before, one such
// request ended the whole server. Each must be a 400, and the server must
// answer the next query.
func TestQueryPanics(t *testing.T) {
	base := MustServe(t, SeedStore(t), web.Config{})
	for _, q := range []string{`g.V().has("").all()`, `g.V().has("").toArray()`, `var p = g.V().has(""); p.all()`} {
		for _, tt := range []struct{ path, body string }{
			{"/api/v2/query?lang=gizmo", q},
			{"/api/v1/query/gizmo", q},
			{"/api/v1/shape/gizmo", q},
			{"/api/kg/query", `{"query":` + jsonString(q) + `}`},
		} {
			r := do(t, "POST", base+tt.path, tt.body)
			if r.status != 400 || !strings.Contains(r.body, "the query crashed the query engine") || !strings.Contains(r.body, "empty has") {
				t.Errorf("%s %s: %d %.300s, want 400", tt.path, q, r.status, r.body)
			}
			if r := do(t, "POST", base+"/api/v2/query?lang=gizmo", `g.V("<urn:kg:place/russia>").all()`); r.status != 200 {
				t.Fatalf("next query: %d %s", r.status, r.body)
			}
		}
	}
}
