package web_test

import (
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/kg-project/kg/web"
)

// doHost sends a GET with the given Host header.
func doHost(t *testing.T, base, path, host string) response {
	t.Helper()
	req, err := http.NewRequest("GET", base+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Host = host
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return response{status: resp.StatusCode, header: resp.Header, body: string(b)}
}

// TestHostCheck sends requests with the Host headers a DNS rebinding attack
// produces, and the ones the server must answer.
func TestHostCheck(t *testing.T) {
	st := SeedStore(t)
	base := MustServe(t, st, web.Config{})
	allowed := MustServe(t, st, web.Config{AllowHosts: []string{"kg.example", "Proxy.Example:8443"}})
	u, _ := url.Parse(base)
	port := u.Port()
	ua, _ := url.Parse(allowed)
	tests := []struct {
		name, base, path, host string
		ok                     bool
	}{
		{"own address", base, "/api/kg/export.nq", "127.0.0.1:" + port, true},
		{"localhost", base, "/api/kg/export.nq", "localhost:" + port, true},
		{"localhost any case", base, "/api/kg/stats", "LocalHost:" + port, true},
		{"ipv6 loopback", base, "/api/kg/stats", "[::1]:" + port, true},
		{"rebound name", base, "/api/kg/export.nq", "evil.example:" + port, false},
		{"rebound name without port", base, "/api/kg/export.nq", "evil.example", false},
		{"other port", base, "/api/kg/stats", "127.0.0.1:1", false},
		{"localhost without port", base, "/api/kg/stats", "localhost", false},
		{"other address", base, "/api/kg/stats", "10.1.2.3:" + port, false},
		{"console", base, "/", "evil.example:" + port, false},
		{"v2 read", base, "/api/v2/read", "evil.example:" + port, false},
		{"healthz exempt", base, "/healthz", "evil.example", true},
		{"readyz exempt", base, "/readyz", "evil.example", true},
		{"allowed name", allowed, "/api/kg/stats", "kg.example", true},
		{"allowed name any port", allowed, "/api/kg/stats", "KG.example:9999", true},
		{"allowed name and port", allowed, "/api/kg/stats", "proxy.example:8443", true},
		{"allowed name, other port", allowed, "/api/kg/stats", "proxy.example:8444", false},
		{"suffix of an allowed name", allowed, "/api/kg/stats", "kg.example.evil", false},
		{"own address beside allowed names", allowed, "/api/kg/stats", "127.0.0.1:" + ua.Port(), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := doHost(t, tt.base, tt.path, tt.host)
			if tt.ok {
				if r.status != http.StatusOK {
					t.Fatalf("Host %s: %d %.200s, want 200", tt.host, r.status, r.body)
				}
				return
			}
			if r.status != http.StatusForbidden || !strings.Contains(r.body, `"error":"host `) || !strings.Contains(r.body, "--allow-host") {
				t.Fatalf("Host %s: %d %.200s, want 403 with a JSON error", tt.host, r.status, r.body)
			}
			if strings.Contains(r.body, "urn:kg:") {
				t.Fatalf("Host %s: refused, but the body holds graph data", tt.host)
			}
		})
	}
	if _, err := web.New(st, web.Config{AllowHosts: []string{"http://kg.example/"}}); err == nil {
		t.Error("a URL as allowed host was accepted")
	}
}
