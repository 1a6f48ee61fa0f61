package extract

import (
	"testing"
	"time"
)

func TestZZDebug(t *testing.T) {
	g, _ := newGazetteer()
	text := "The company sold National Aluminum's rolling division."
	a := newAnalysis(g, text)
	a.dateSetup(time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC), time.Time{}, 2026)
	for i, tk := range a.toks {
		t.Logf("tok %d %q %q", i, tk.Text, tk.Norm)
		if e, n := a.g.match(a.toks, i); e != nil {
			t.Logf("gaz %d %d %s inside=%v", i, n, e.ent.id, a.aliasInsideName(e, i, n))
		}
	}
	for _, c := range a.placeCues() {
		t.Logf("placeCue %q %s", candText(text, a.toks, c), c.id)
	}
	for _, c := range a.orgPatterns() {
		t.Logf("org %q %s", candText(text, a.toks, c), c.id)
	}
}

func TestZZDebug2(t *testing.T) {
	g, _ := newGazetteer()
	text := "The company sold National Aluminum's rolling division."
	a := newAnalysis(g, text)
	a.dateSetup(time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC), time.Time{}, 2026)
	for _, c := range a.sectorNames() {
		t.Logf("sector %q %s", candText(text, a.toks, c), c.id)
	}
}
