package web_test

import (
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/kg-project/kg/web"
)

var updateScreenshot = flag.Bool("update-screenshot", false, "save a screenshot of the console over the seed graph to docs/console.png")

// browserPath finds Chromium or Chrome: $KG_CHROME, then the usual names.
func browserPath() string {
	if p := os.Getenv("KG_CHROME"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// MustBrowser starts a headless browser with a fresh profile and returns a
// context for driving it. Without a browser the test is skipped, unless $CI
// is set: then it fails, so that CI cannot pass by not running it.
func MustBrowser(t *testing.T) context.Context {
	t.Helper()
	path := browserPath()
	if path == "" {
		msg := "no Chromium or Chrome found (install chromium, or set KG_CHROME to its path)"
		if os.Getenv("CI") != "" {
			t.Fatal(msg + "; browser tests must run in CI")
		}
		t.Skip(msg)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1440, 900),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("mute-audio", true),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(acancel)
	bctx, bcancel := chromedp.NewContext(actx, chromedp.WithErrorf(t.Logf))
	t.Cleanup(bcancel)
	if err := chromedp.Do(bctx); err != nil {
		if os.Getenv("CI") == "" && strings.Contains(err.Error(), "exec") {
			t.Skipf("cannot start %s: %v", path, err)
		}
		t.Fatalf("start %s: %v", path, err)
	}
	return bctx
}

// poll waits until the JavaScript expression is true.
func poll(expr string) chromedp.Action[chromedp.Void] {
	return chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingTimeout(15*time.Second))
}

// css is a CSS selector for the first matching element.
type css = chromedp.CSS

// TestConsole drives the console in a real browser: a canned query fills
// the table and draws the graph, a click on a node expands it, a bad query
// shows its error, the search box leads to Alexander Grushko's page with
// his evidence sentences, and the timeline lists events.
func TestConsole(t *testing.T) {
	ctx := MustBrowser(t)
	base := MustServe(t, SeedStore(t), web.Config{})

	fail := func(name string, err error) {
		t.Helper()
		html, _ := chromedp.Run(ctx, chromedp.OuterHTML(css("main")))
		t.Fatalf("%s: %v\npage: %.2000s", name, err, html)
	}
	step := func(name string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			fail(name, err)
		}
	}
	text := func(sel string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Text(css(sel)))
		if err != nil {
			fail("read "+sel, err)
		}
		return v
	}
	count := func(sel string) int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(`+strconv.Quote(sel)+`).length`))
		if err != nil {
			fail("count "+sel, err)
		}
		return n
	}

	step("record CSP violations", recordCSPViolations())
	step("load the console",
		chromedp.EmulateViewport(1440, 900),
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(css(`#canned button[data-name="who-represents"]`)),
		// The sample query runs on load.
		poll(`document.querySelectorAll("#table-view tbody tr").length > 0`),
	)

	step("run a canned query",
		chromedp.Click(css(`#canned button[data-name="who-represents"]`)),
		chromedp.WaitVisible(css(`#args input[data-param="entity"]`)),
		chromedp.SendKeys(css(`#args input[data-param="entity"]`), "Russia\r"),
		poll(`document.getElementById("status").textContent.indexOf(" rows") > 0 && document.getElementById("editor-title").textContent === "who-represents"`),
		poll(`document.querySelectorAll("#table-view tbody tr").length >= 2`),
		poll(`document.querySelectorAll("#graph svg g.node").length >= 3 && document.querySelectorAll("#graph svg line.edge").length >= 2`),
	)
	if table := text("#table-view"); !strings.Contains(table, "Alexander Grushko") {
		t.Errorf("result table lacks Alexander Grushko:\n%s", table)
	}

	step("let the graph settle", poll(`document.querySelector("#graph svg").getAttribute("data-settled") === "true"`))
	nodes := count("#graph svg g.node")
	step("expand a node",
		chromedp.Click(css(`#graph svg g.node[data-id="place/russia"]`)),
		poll(`document.querySelectorAll("#graph svg g.node").length > `+strconv.Itoa(nodes)),
		poll(`document.querySelector("#graph svg").getAttribute("data-settled") === "true"`),
	)
	t.Logf("graph: %d nodes, %d after expanding Russia", nodes, count("#graph svg g.node"))

	if *updateScreenshot {
		step("pause", chromedp.Sleep(300*time.Millisecond))
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			fail("screenshot", err)
		}
		out := filepath.Join("..", "docs", "console.png")
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(out, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s (%d bytes)", out, len(png))
	}

	step("show a query's error",
		chromedp.SetValue(css(`#editor`), `g.V(`),
		chromedp.Click(css(`#run`)),
		chromedp.WaitVisible(css(`#error`)),
	)
	if e := text("#error"); !strings.Contains(e, "SyntaxError") || !strings.Contains(e, "400") {
		t.Errorf("error box = %q, want the server's 400 SyntaxError", e)
	}

	step("search and open an entity page",
		chromedp.Click(css(`#search`)),
		chromedp.SendKeys(css(`#search`), "Grushko"),
		chromedp.WaitVisible(css(`#suggestions li[data-id="person/alexander-grushko"]`)),
		chromedp.SendKeys(css(`#search`), "\r"),
		chromedp.WaitVisible(css(`#entity blockquote.evidence`)),
	)
	if name, n := text("#entity h1"), count("#entity blockquote.evidence"); name != "Alexander Grushko" || n < 2 {
		t.Errorf("entity page: name %q with %d evidence sentences", name, n)
	}
	facts := text("#entity .facts")
	for _, want := range []string{"Russia was represented in the meeting by", "NATO offers arms control talks to Russia", "represents"} {
		if !strings.Contains(facts, want) {
			t.Errorf("entity page lacks %q:\n%s", want, facts)
		}
	}

	step("timeline",
		chromedp.Click(css(`nav.tabs a[data-view="timeline"]`)),
		chromedp.WaitVisible(css(`#timeline .tl-item`)),
	)
	if count("#timeline .tl-item") == 0 {
		t.Error("timeline shows no events")
	}

	href, err := chromedp.Run(ctx, chromedp.AttributeValue(css(`#download`), "href"))
	if err != nil || href.Value != "/api/kg/export.nq" {
		t.Errorf("download link = %q, %v", href.Value, err)
	}

	// The console ran under the server's CSP without a violation; an inline
	// style, which the policy forbids, is reported (so the check works).
	if v := cspViolations(t, ctx); len(v) != 0 {
		t.Errorf("the console violates its Content-Security-Policy:\n%s", strings.Join(v, "\n"))
	}
	step("inline style", chromedp.Evaluate[chromedp.Void](`document.head.appendChild(Object.assign(document.createElement("style"), {textContent: "body { color: red }"})); 0`))
	step("violation reported", poll(`window.__csp.length > 0`))
	if v := cspViolations(t, ctx); len(v) != 1 || !strings.Contains(v[0], "style-src") {
		t.Errorf("inline style: violations %q, want one of style-src", v)
	}
}

// recordCSPViolations has every page loaded from now on keep its CSP
// violations in window.__csp.
func recordCSPViolations() chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `
window.__csp = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__csp.push(e.violatedDirective + " blocked " + e.blockedURI + " at " + e.sourceFile + ":" + e.lineNumber + " " + e.sample);
});`})
		return chromedp.Void{}, err
	}
}

// cspViolations reads the violations recorded on the current page.
func cspViolations(t *testing.T, ctx context.Context) []string {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`window.__csp`))
	if err != nil {
		t.Fatalf("read CSP violations: %v", err)
	}
	return v
}
