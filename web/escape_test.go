package web_test

import (
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/chromedp/chromedp"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/web"
)

// hostile are names and texts with markup, as an article could hold them.
const (
	hostileName     = `<img src=x onerror="window.__xss='name'">Eve & "Mallory"`
	hostileSentence = `Eve met <script>window.__xss='sentence'</script> <b onmouseover="window.__xss='b'">NATO</b>.`
	hostileHeadline = `<iframe src="javascript:window.__xss='headline'"></iframe>Headline`
)

// TestConsoleEscaping shows entities, facts and articles whose text holds
// markup in each console view, in Chromium: the text must appear as text,
// no script may run, and the CSP reports no blocked inline script (which
// would mean markup reached the DOM).
func TestConsoleEscaping(t *testing.T) {
	ctx := MustBrowser(t)
	st := graph.OpenMemory()
	t.Cleanup(func() { st.Close() })
	eve, nato := quad.IRI("urn:kg:person/eve"), quad.IRI("urn:kg:org/nato")
	fact, art := quad.IRI("urn:kg:fact/1"), quad.IRI("urn:kg:article/a")
	qs := []quad.Quad{
		quad.Make(eve, graph.Name, quad.String(hostileName), art),
		quad.Make(eve, graph.Type, graph.ClassPerson, art),
		quad.Make(nato, graph.Name, quad.String(`NATO <svg onload="window.__xss='nato'">`), art),
		quad.Make(nato, graph.Type, graph.ClassOrg, art),
		quad.Make(eve, graph.Predicate("memberOf"), nato, art),
		quad.Make(fact, graph.FactSubject, eve, art),
		quad.Make(fact, graph.FactPredicate, graph.Predicate("memberOf"), art),
		quad.Make(fact, graph.FactObject, nato, art),
		quad.Make(fact, graph.FactSentence, quad.String(hostileSentence), art),
		quad.Make(fact, graph.FactArticle, art, art),
		quad.Make(art, graph.Headline, quad.String(hostileHeadline), art),
		quad.Make(art, graph.DocID, quad.String(`<a href="javascript:alert(1)">doc</a>`), art),
		quad.Make(art, graph.Mentions, eve, art),
	}
	qw, err := cgraph.NewQuadWriter("single", st.QuadStore(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := qw.AddQuadSet(qs); err != nil {
		t.Fatal(err)
	}
	base := MustServe(t, st, web.Config{})

	step := func(name string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			html, _ := chromedp.Run(ctx, chromedp.OuterHTML(css("main")))
			t.Fatalf("%s: %v\npage: %.2000s", name, err, html)
		}
	}
	text := func(sel string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Text(css(sel)))
		if err != nil {
			t.Fatalf("read %s: %v", sel, err)
		}
		return v
	}
	step("record CSP violations", recordCSPViolations())
	step("entity page",
		chromedp.Navigate(base+"/#/entity/person%2Feve"),
		chromedp.WaitVisible(css(`#entity blockquote.evidence`)),
	)
	if h1 := text("#entity h1"); h1 != hostileName {
		t.Errorf("entity name shown as %q, want the text %q", h1, hostileName)
	}
	if facts := text("#entity .facts"); !strings.Contains(facts, "<script>window.__xss='sentence'</script>") || !strings.Contains(facts, "<iframe") {
		t.Errorf("sentence and headline not shown as text:\n%s", facts)
	}
	step("query table and graph",
		chromedp.Navigate(base+"/#/query"),
		chromedp.WaitVisible(css(`#editor`)),
		chromedp.SetValue(css(`#editor`), `g.V("<urn:kg:person/eve>").tag("person").out("<`+string(graph.Predicate("memberOf"))+`>").tag("org").all()`),
		chromedp.Click(css(`#run`)),
		poll(`document.getElementById("status").textContent.indexOf("1 row ") === 0`),
	)
	step("names in the table, as text", poll(`document.getElementById("table-view").textContent.indexOf("<img src=x") >= 0`))
	step("graph", poll(`document.querySelectorAll("#graph svg g.node").length >= 2`))
	if labels, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("#graph svg").textContent`)); !strings.Contains(labels, "<img") {
		t.Errorf("graph labels: %q", labels)
	}
	step("search suggestions",
		chromedp.Click(css(`#search`)),
		chromedp.SendKeys(css(`#search`), "Eve"),
		chromedp.WaitVisible(css(`#suggestions li[data-id="person/eve"]`)),
	)
	if s := text("#suggestions"); !strings.Contains(s, `<img src=x`) {
		t.Errorf("suggestion not shown as text: %q", s)
	}
	step("timeline", chromedp.Click(css(`nav.tabs a[data-view="timeline"]`)), chromedp.Sleep(300_000_000))

	xss, err := chromedp.Run(ctx, chromedp.Evaluate[string](`String(window.__xss)`))
	if err != nil || xss != "undefined" {
		t.Errorf("markup from the graph ran: window.__xss = %q (%v)", xss, err)
	}
	if v := cspViolations(t, ctx); len(v) != 0 {
		t.Errorf("CSP violations (markup reached the page):\n%s", strings.Join(v, "\n"))
	}
}
