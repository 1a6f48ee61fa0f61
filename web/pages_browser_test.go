package web_test

import (
	"context"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/web"
)

// pagedStore holds n articles: article i says that Envoy i represents
// Elbonia and reports a meeting of its own on day i of 2022 (an undated
// one for the last five). Elbonia is the object of n facts and mentioned
// in n articles; the timeline has n events.
func pagedStore(t *testing.T, n int) *graph.Store {
	t.Helper()
	st := graph.OpenMemory()
	t.Cleanup(func() { st.Close() })
	var batch []graph.Article
	for i := range n {
		p, ev := fmt.Sprintf("person/envoy-%02d", i), fmt.Sprintf("event/meeting-%02d", i)
		s1 := fmt.Sprintf("Envoy %02d represents Elbonia.", i)
		s2 := fmt.Sprintf("Envoy %02d attended Meeting %02d.", i, i)
		triples := []kg.Triple{
			{Subject: kg.Term{Entity: p}, Predicate: kg.PredRepresents, Object: kg.Term{Entity: "place/elbonia"},
				Evidence: kg.Evidence{Sentence: s1, End: len(s1), Rule: "test"}},
			{Subject: kg.Term{Entity: ev}, Predicate: kg.PredAttendee, Object: kg.Term{Entity: p},
				Evidence: kg.Evidence{Sentence: s2, Start: len(s1) + 1, End: len(s1) + 1 + len(s2), Rule: "test"}},
		}
		if i < n-5 {
			d := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i).Format(time.DateOnly)
			triples = append(triples, kg.Triple{Subject: kg.Term{Entity: ev}, Predicate: kg.PredStartDate, Object: kg.Term{Literal: d, Datatype: "date"},
				Evidence: kg.Evidence{Sentence: s2, Start: len(s1) + 1, End: len(s1) + 1 + len(s2), Rule: "test"}})
		}
		res := &kg.Result{
			Doc: &kg.Document{ID: fmt.Sprintf("art-%02d", i), Title: fmt.Sprintf("Report %02d", i), Text: s1 + " " + s2},
			Entities: []kg.Entity{
				{ID: p, Type: kg.Person, Name: fmt.Sprintf("Envoy %02d", i)},
				{ID: ev, Type: kg.Event, Name: fmt.Sprintf("Meeting %02d", i)},
				{ID: "place/elbonia", Type: kg.GPE, Name: "Elbonia", Country: true},
			},
			Triples: triples,
		}
		batch = append(batch, graph.Article{Result: res, Fingerprint: strconv.Itoa(i)})
	}
	if _, _, err := st.PutArticles(context.Background(), batch); err != nil {
		t.Fatal(err)
	}
	return st
}

// TestPagedLists checks the pages of the entity endpoint and the
// timeline over pagedStore.
func TestPagedLists(t *testing.T) {
	base := MustServe(t, pagedStore(t, 60), web.Config{})
	var page web.EntityPage
	do(t, "GET", base+"/api/kg/entity?id=place/elbonia", "").JSON(t, &page)
	if len(page.Facts) != graph.DefaultPageFacts || !page.Truncated || !page.FactsPage.Truncated || page.FactsPage.Total != 60 || page.FactsPage.Next != 50 {
		t.Errorf("facts: %d, page %+v, truncated %v", len(page.Facts), page.FactsPage, page.Truncated)
	}
	if len(page.Articles) != graph.DefaultPageArticles || page.ArticlesPage.Total != 60 || page.ArticlesPage.Next != 20 || page.ArticlesPage.Remaining != 40 {
		t.Errorf("articles: %d, page %+v", len(page.Articles), page.ArticlesPage)
	}
	var next web.EntityPage
	do(t, "GET", base+"/api/kg/entity?id=place/elbonia&facts_offset=50&articles_limit=0", "").JSON(t, &next)
	if len(next.Facts) != 10 || next.FactsPage.Truncated || len(next.Articles) != 0 || !next.ArticlesPage.Skipped {
		t.Errorf("second page: %d facts, %+v; %d articles, %+v", len(next.Facts), next.FactsPage, len(next.Articles), next.ArticlesPage)
	}
	for _, bad := range []string{"facts_offset=-1", "facts_limit=x", "sources=1.5"} {
		if r := do(t, "GET", base+"/api/kg/entity?id=place/elbonia&"+bad, ""); r.status != 400 {
			t.Errorf("%s: %d %s", bad, r.status, r.body)
		}
	}
	var tl timelinePage
	do(t, "GET", base+"/api/kg/timeline?limit=50", "").JSON(t, &tl)
	if len(tl.Result) != 50 || !tl.Truncated || tl.Next == "" {
		t.Fatalf("timeline: %d rows, truncated %v, next %q", len(tl.Result), tl.Truncated, tl.Next)
	}
	var rest timelinePage
	do(t, "GET", base+"/api/kg/timeline?limit=50&cursor="+tl.Next, "").JSON(t, &rest)
	undated := 0
	for _, r := range rest.Result {
		if r.Date == "" {
			undated++
		}
	}
	if len(rest.Result) != 10 || rest.Truncated || undated != 5 {
		t.Errorf("timeline's second page: %d rows (%d undated), truncated %v", len(rest.Result), undated, rest.Truncated)
	}
}

// TestConsolePages checks in Chromium that the entity page and the
// timeline show "more…" under a list cut short and fetch the rest.
func TestConsolePages(t *testing.T) {
	ctx := MustBrowser(t)
	base := MustServe(t, pagedStore(t, 120), web.Config{})
	step := func(name string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			html, _ := chromedp.Run(ctx, chromedp.OuterHTML(css("main")))
			t.Fatalf("%s: %v\npage: %.2000s", name, err, html)
		}
	}
	step("entity page",
		chromedp.Navigate(base+"/#/entity/place%2Felbonia"),
		chromedp.WaitVisible(css(`#entity .facts button.more`)),
		poll(`document.querySelectorAll("#entity .facts li.fact").length === 50`),
		poll(`document.querySelectorAll("#entity .article-list li").length === 20`),
	)
	step("more facts",
		chromedp.Click(css(`#entity .facts button.more`)),
		poll(`document.querySelectorAll("#entity .facts li.fact").length === 100`),
		chromedp.Click(css(`#entity .facts button.more`)),
		poll(`document.querySelectorAll("#entity .facts li.fact").length === 120 && !document.querySelector("#entity .facts button.more")`),
	)
	step("more articles",
		chromedp.Click(css(`#entity section:last-child button.more`)),
		poll(`document.querySelectorAll("#entity .article-list li").length === 40`),
	)
	step("timeline",
		chromedp.Click(css(`nav.tabs a[data-view="timeline"]`)),
		poll(`document.querySelectorAll("#timeline .tl-item").length === 100`),
		chromedp.Click(css(`#timeline button.more`)),
		poll(`document.querySelectorAll("#timeline .tl-item").length === 120 && !document.querySelector("#timeline button.more")`),
	)
	if n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`new Set(Array.from(document.querySelectorAll("#timeline .tl-title")).map(function (e) { return e.textContent; })).size`)); err != nil || n != 120 {
		t.Errorf("timeline shows %d distinct events (%v), want 120", n, err)
	}
}
