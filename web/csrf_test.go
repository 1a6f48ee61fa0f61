package web_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/web"
)

// attackPage is a page on another origin that tries to change the store
// behind a kg server at TARGET: no-cors fetches with a text/plain body to
// each write endpoint, then a text/plain form POST, the requests a browser
// sends without a preflight.
const attackPage = `<!doctype html><html><body>
<iframe name="sink" id="sink"></iframe>
<form id="f" method="POST" enctype="text/plain" action="TARGET/api/v2/write" target="sink">
<input name='<urn:kg:evil/form> <urn:kg:vocab#p> "x' value='" .'></form>
<script>
(async function () {
  const calls = [
    ["/api/v2/write", '<urn:kg:evil/fetch> <urn:kg:vocab#p> "y" .'],
    ["/api/v2/delete", '<urn:kg:place/russia> <http://schema.org/name> "Russia" .'],
    ["/api/v2/node/delete", '<urn:kg:place/moscow>'],
    ["/api/v1/write", '[{"subject":"<urn:kg:evil/v1>","predicate":"<urn:kg:vocab#p>","object":"z"}]'],
    ["/api/v1/delete", '[{"subject":"<urn:kg:place/paris>","predicate":"<http://schema.org/name>","object":"Paris"}]'],
  ];
  for (const [path, body] of calls) {
    try { await fetch("TARGET" + path, {method: "POST", mode: "no-cors", headers: {"Content-Type": "text/plain"}, body}); } catch (e) {}
  }
  document.getElementById("sink").onload = function () { document.title = "done"; };
  document.getElementById("f").submit();
})();
</script></body></html>`

// csrfSeed is what each target store starts with.
const csrfSeed = `<urn:kg:place/russia> <http://schema.org/name> "Russia" .
<urn:kg:place/moscow> <http://schema.org/name> "Moscow" .
<urn:kg:place/paris> <http://schema.org/name> "Paris" .
`

// storeQuads lists a store's quads as N-Quads lines.
func storeQuads(t *testing.T, st *graph.Store) string {
	t.Helper()
	var b strings.Builder
	if _, err := st.Export(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// csrfTarget starts a writable server over a fresh store holding csrfSeed.
func csrfTarget(t *testing.T, cfg web.Config) (*graph.Store, string) {
	t.Helper()
	st := graph.OpenMemory()
	t.Cleanup(func() { st.Close() })
	cfg.Writable = true
	base := MustServe(t, st, cfg)
	if r := do(t, "POST", base+"/api/v2/write", csrfSeed, "Content-Type: application/n-quads"); r.status != 200 {
		t.Fatalf("seed write: %d %s", r.status, r.body)
	}
	return st, base
}

// TestCrossOriginWrites drives real Chromium to a page on another loopback
// origin that posts to a writable server's write endpoints. The writes must
// not reach the store; the same page does change a store whose server
// trusts its origin with --cors (so the attack is real), and the console's
// own origin can write.
func TestCrossOriginWrites(t *testing.T) {
	ctx := MustBrowser(t)
	var target string
	attacker := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, strings.ReplaceAll(attackPage, "TARGET", target))
	}))
	t.Cleanup(attacker.Close)
	au, _ := url.Parse(attacker.URL)

	attack := func(t *testing.T, origin string) {
		t.Helper()
		err := chromedp.Do(ctx,
			chromedp.Navigate(origin+"/"),
			// The form posts into the frame, whose load ends the attack.
			poll(`document.title === "done"`),
		)
		if err != nil {
			t.Fatalf("attack page at %s: %v", origin, err)
		}
	}
	// The attacker's page is served both cross-site (localhost against
	// 127.0.0.1) and same-site (another port of 127.0.0.1).
	origins := map[string]string{
		"cross-site": "http://localhost:" + au.Port(),
		"same-site":  "http://127.0.0.1:" + au.Port(),
	}
	for name, origin := range origins {
		t.Run(name, func(t *testing.T) {
			st, base := csrfTarget(t, web.Config{})
			target = base
			before := storeQuads(t, st)
			attack(t, origin)
			if after := storeQuads(t, st); after != before {
				t.Fatalf("a page on %s changed the store:\nbefore:\n%s\nafter:\n%s", origin, before, after)
			}
		})
	}

	t.Run("trusted origin writes", func(t *testing.T) {
		origin := origins["cross-site"]
		st, base := csrfTarget(t, web.Config{CORSOrigin: origin})
		target = base
		attack(t, origin)
		after := storeQuads(t, st)
		for _, want := range []string{"<urn:kg:evil/form>", "<urn:kg:evil/fetch>", "<urn:kg:evil/v1>"} {
			if !strings.Contains(after, want) {
				t.Errorf("the --cors origin's write of %s did not reach the store:\n%s", want, after)
			}
		}
		if strings.Contains(after, `"Russia"`) || strings.Contains(after, `"Moscow"`) {
			t.Errorf("the --cors origin's deletes did not reach the store:\n%s", after)
		}
	})

	t.Run("console origin writes", func(t *testing.T) {
		st, base := csrfTarget(t, web.Config{})
		err := chromedp.Do(ctx,
			chromedp.Navigate(base+"/"),
			poll(`document.readyState === "complete"`),
			chromedp.Evaluate[chromedp.Void](`fetch("/api/v2/write", {method: "POST", headers: {"Content-Type": "text/plain"}, body: '<urn:kg:own/page> <urn:kg:vocab#p> "w" .'}).then(r => { document.title = "wrote " + r.status; })`),
			poll(`document.title.indexOf("wrote") === 0`),
		)
		if err != nil {
			t.Fatal(err)
		}
		title, _ := chromedp.Run(ctx, chromedp.Title())
		if title != "wrote 200" || !strings.Contains(storeQuads(t, st), "<urn:kg:own/page>") {
			t.Fatalf("same-origin write: %s; store:\n%s", title, storeQuads(t, st))
		}
	})
}

// TestCrossOriginHeaders checks the refusal without a browser, by the
// headers browsers send, with each content type a form can send and one
// it cannot.
func TestCrossOriginHeaders(t *testing.T) {
	st, base := csrfTarget(t, web.Config{CORSOrigin: "https://trusted.example"})
	nq := `<urn:kg:x/y> <urn:kg:vocab#p> "v" .`
	u, _ := url.Parse(base)
	tests := []struct {
		name    string
		path    string
		headers []string
		ok      bool
	}{
		{"no browser headers", "/api/v2/write", []string{"Content-Type: application/n-quads"}, true},
		{"same origin", "/api/v2/write", []string{"Content-Type: text/plain", "Origin: " + base, "Sec-Fetch-Site: same-origin"}, true},
		{"trusted origin", "/api/v2/write", []string{"Content-Type: text/plain", "Origin: https://trusted.example", "Sec-Fetch-Site: cross-site"}, true},
		{"foreign origin text/plain", "/api/v2/write", []string{"Content-Type: text/plain", "Origin: http://evil.example"}, false},
		{"foreign origin form", "/api/v2/write", []string{"Content-Type: application/x-www-form-urlencoded", "Origin: http://evil.example"}, false},
		{"foreign origin multipart", "/api/v2/delete", []string{"Content-Type: multipart/form-data; boundary=x", "Origin: http://evil.example"}, false},
		{"foreign origin n-quads", "/api/v2/write", []string{"Content-Type: application/n-quads", "Origin: http://evil.example"}, false},
		{"cross-site fetch", "/api/v2/node/delete", []string{"Content-Type: text/plain", "Sec-Fetch-Site: cross-site"}, false},
		{"same-site fetch", "/api/v2/write", []string{"Content-Type: text/plain", "Sec-Fetch-Site: same-site", "Origin: http://localhost:" + u.Port()}, false},
		{"null origin", "/api/v2/write", []string{"Content-Type: text/plain", "Origin: null"}, false},
		{"foreign query", "/api/v2/query?lang=gizmo", []string{"Content-Type: text/plain", "Sec-Fetch-Site: cross-site"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := nq
			if tt.path == "/api/v2/node/delete" {
				body = "<urn:kg:place/russia>"
			} else if strings.HasPrefix(tt.path, "/api/v2/query") {
				body = "g.V().all()"
			}
			r := do(t, "POST", base+tt.path, body, tt.headers...)
			if tt.ok && r.status != 200 {
				t.Fatalf("got %d %s, want 200", r.status, r.body)
			}
			if !tt.ok && (r.status != http.StatusForbidden || !strings.Contains(r.body, `"error":"cross-origin request refused`)) {
				t.Fatalf("got %d %s, want 403 with a JSON error", r.status, r.body)
			}
		})
	}
	if got := storeQuads(t, st); !strings.Contains(got, "Russia") {
		t.Errorf("a refused node delete removed russia:\n%s", got)
	}
}
