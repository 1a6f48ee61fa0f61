package web_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/kg-project/kg/web"
)

// TestSecurityHeaders checks that every kind of answer — console, API,
// Cayley's, errors of each kind — carries the security headers.
func TestSecurityHeaders(t *testing.T) {
	base := MustServe(t, SeedStore(t), web.Config{MaxBody: 64})
	tests := []struct {
		name, method, path, body string
		headers                  []string
	}{
		{"console", "GET", "/", "", nil},
		{"script", "GET", "/app.js", "", nil},
		{"missing asset", "GET", "/nope.js", "", nil},
		{"kg api", "GET", "/api/kg/search?q=gru", "", nil},
		{"kg api error", "GET", "/api/kg/entity?id=nobody", "", nil},
		{"export", "GET", "/api/kg/export.nq", "", nil},
		{"cayley read", "GET", "/api/v2/read", "", nil},
		{"cayley formats", "GET", "/api/v2/formats", "", nil},
		{"cayley query", "POST", "/api/v2/query?lang=gizmo", "g.V().limit(1).all()", nil},
		{"cayley write refused", "POST", "/api/v2/write", "x", nil},
		{"v1 query", "POST", "/api/v1/query/gizmo", "g.V().limit(1).all()", nil},
		{"method not allowed", "DELETE", "/api/kg/search", "", nil},
		{"body too large", "POST", "/api/kg/query", strings.Repeat("x", 100), nil},
		{"cross-origin refused", "POST", "/api/kg/query", "{}", []string{"Sec-Fetch-Site: cross-site"}},
		{"healthz", "GET", "/healthz", "", nil},
		{"unknown api", "GET", "/api/nope", "", nil},
	}
	want := map[string]string{
		"Content-Security-Policy":      web.ContentSecurityPolicy,
		"X-Content-Type-Options":       "nosniff",
		"X-Frame-Options":              "DENY",
		"Referrer-Policy":              "no-referrer",
		"Cross-Origin-Resource-Policy": "same-origin",
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, tt.method, base+tt.path, tt.body, tt.headers...)
			for k, v := range want {
				if got := r.header.Get(k); got != v {
					t.Errorf("%s %s (%d): %s = %q, want %q", tt.method, tt.path, r.status, k, got, v)
				}
			}
		})
	}
	if !strings.Contains(web.ContentSecurityPolicy, "frame-ancestors 'none'") || strings.Contains(web.ContentSecurityPolicy, "unsafe-inline") {
		t.Errorf("policy %q", web.ContentSecurityPolicy)
	}
	t.Run("host refused", func(t *testing.T) {
		r := doHost(t, base, "/api/kg/stats", "evil.example")
		if r.status != http.StatusForbidden || r.header.Get("Content-Security-Policy") == "" || r.header.Get("X-Frame-Options") != "DENY" {
			t.Errorf("refused host: %d, headers %v", r.status, r.header)
		}
	})
}
