package web_test

import (
	"encoding/json"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/web"
)

type timelinePage struct {
	Result []struct {
		ID   string `json:"id"`
		Date string `json:"date"`
		Pos  any    `json:"pos"`
	} `json:"result"`
	Truncated bool   `json:"truncated"`
	Next      string `json:"next"`
}

// TestTimelinePages pages through the seed graph's timeline one and two
// events at a time: the pages, end to end, are the timeline in one page,
// which lists the events of the canned timeline query in its order.
func TestTimelinePages(t *testing.T) {
	base := MustServe(t, SeedStore(t), web.Config{})
	var canned struct {
		Result []struct {
			ID string `json:"id"`
		} `json:"result"`
	}
	do(t, "GET", base+"/api/kg/queries/timeline", "").JSON(t, &canned)
	var want []string
	for _, r := range canned.Result {
		want = append(want, r.ID)
	}
	var whole timelinePage
	do(t, "GET", base+"/api/kg/timeline", "").JSON(t, &whole)
	var got []string
	undated := 0
	for _, r := range whole.Result {
		got = append(got, r.ID)
		if r.Pos != nil {
			t.Errorf("row %s shows its cursor: %v", r.ID, r.Pos)
		}
		if r.Date == "" {
			undated++
		}
	}
	if whole.Truncated || whole.Next != "" || len(want) < 3 || undated == 0 {
		t.Fatalf("one page: truncated %v next %q, %d events (%d undated), canned %d", whole.Truncated, whole.Next, len(got), undated, len(want))
	}
	if !slices.Equal(got, want) {
		t.Errorf("timeline\n%v\nwant the canned query's\n%v", got, want)
	}
	// Row by row, as the canned query writes them.
	var cannedRows, rows struct {
		Result []map[string]any `json:"result"`
	}
	do(t, "GET", base+"/api/kg/queries/timeline", "").JSON(t, &cannedRows)
	do(t, "GET", base+"/api/kg/timeline", "").JSON(t, &rows)
	for i := range min(len(rows.Result), len(cannedRows.Result)) {
		g, _ := json.Marshal(rows.Result[i])
		w, _ := json.Marshal(cannedRows.Result[i])
		if string(g) != string(w) {
			t.Errorf("row %d:\n got %s\nwant %s", i, g, w)
		}
	}
	for _, size := range []string{"1", "2"} {
		var paged []string
		path := "/api/kg/timeline?limit=" + size
		for pages := 0; ; pages++ {
			if pages > 2*len(want) {
				t.Fatalf("limit %s: no end after %d pages", size, pages)
			}
			var p timelinePage
			do(t, "GET", base+path, "").JSON(t, &p)
			for _, r := range p.Result {
				paged = append(paged, r.ID)
			}
			if !p.Truncated {
				if p.Next != "" {
					t.Errorf("limit %s: last page with next %q", size, p.Next)
				}
				break
			}
			if p.Next == "" || len(p.Result) == 0 {
				t.Fatalf("limit %s: truncated page of %d rows with next %q", size, len(p.Result), p.Next)
			}
			path = "/api/kg/timeline?limit=" + size + "&cursor=" + url.QueryEscape(p.Next)
		}
		if !slices.Equal(paged, want) {
			t.Errorf("limit %s: pages give\n%v\nwant\n%v", size, paged, want)
		}
	}
	// From a date: the dated events from it, no undated ones.
	var from timelinePage
	do(t, "GET", base+"/api/kg/timeline?from=2022-01-12", "").JSON(t, &from)
	for _, r := range from.Result {
		if r.Date < "2022-01-12" {
			t.Errorf("from 2022-01-12: event %s dated %q", r.ID, r.Date)
		}
	}
	if len(from.Result) == 0 {
		t.Error("from 2022-01-12: no events")
	}
	for _, bad := range []string{"cursor=x", "cursor=d:1:14:0::", "cursor=u:-1", "from=2022-1", "limit=0"} {
		if r := do(t, "GET", base+"/api/kg/timeline?"+bad, ""); r.status != 400 || !strings.Contains(r.body, `"error"`) {
			t.Errorf("%s: %d %s, want 400", bad, r.status, r.body)
		}
	}
}
