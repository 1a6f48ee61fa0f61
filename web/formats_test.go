package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/web"
)

// TestFormats checks that /api/v2/formats lists exactly the formats
// /api/v2/read writes: each listed one is written (its MIME type, a body
// in it), and every other name is refused with 400.
func TestFormats(t *testing.T) {
	base := MustServe(t, SeedStore(t), web.Config{})
	var formats []web.Format
	do(t, "GET", base+"/api/v2/formats", "").JSON(t, &formats)
	listed := map[string]bool{}
	const sub = "&sub=" + "%3Curn:kg:person/alexander-grushko%3E"
	for _, f := range formats {
		listed[f.ID] = true
		t.Run(f.ID, func(t *testing.T) {
			if !f.Write {
				t.Errorf("listed without write: %+v", f)
			}
			r := do(t, "GET", base+"/api/v2/read?format="+url.QueryEscape(f.ID)+sub, "")
			if r.status != 200 || r.body == "" {
				t.Fatalf("read as %s: %d %.300s", f.ID, r.status, r.body)
			}
			if len(f.Mime) > 0 && !strings.HasPrefix(r.header.Get("Content-Type"), f.Mime[0]) {
				t.Errorf("read as %s: Content-Type %q, want %s", f.ID, r.header.Get("Content-Type"), f.Mime[0])
			}
			if !f.Binary && f.ID != "graphviz" && !strings.Contains(r.body, "alexander-grushko") {
				t.Errorf("read as %s lacks the subject: %.300s", f.ID, r.body)
			}
		})
	}
	if !listed["nquads"] || !listed["jsonld"] {
		t.Errorf("formats %v lack nquads or jsonld", listed)
	}
	for _, f := range quad.Formats() {
		if f.Writer == nil && listed[f.Name] {
			t.Errorf("%s is listed but has no writer", f.Name)
		}
		if f.Writer == nil {
			if r := do(t, "GET", base+"/api/v2/read?format="+f.Name, ""); r.status != http.StatusBadRequest {
				t.Errorf("read as %s (no writer): %d, want 400", f.Name, r.status)
			}
		}
	}
	for _, name := range []string{"turtle", "nope", "NQUADS "} {
		r := do(t, "GET", base+"/api/v2/read?format="+url.QueryEscape(name), "")
		if r.status != http.StatusBadRequest || !strings.Contains(r.body, `"error": "unknown format`) {
			t.Errorf("read as %q: %d %.200s, want 400 with a JSON error", name, r.status, r.body)
		}
	}
	// Without a format the answer is N-Quads, whatever a browser accepts.
	if r := do(t, "GET", base+"/api/v2/read?"+sub[1:], "", "Accept: text/html,*/*"); r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), "application/n-quads") {
		t.Errorf("read without format: %d %s", r.status, r.header.Get("Content-Type"))
	}
}
