package extract_test

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/kg-project/kg"
)

// FuzzExtract checks that any text extracts without error and that every
// mention and evidence points into the text. Run with go test -fuzz=FuzzExtract.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"NATO Secretary General Jens Stoltenberg said on Monday, January 10, 2022 that “talks would go on,” in Brussels.",
		"Sen. Elizabeth Warren (D-Mass.) met the FTC's chair, Lina Khan, in Washington, D.C.",
		"“Quote,” he said. “More.” Source: Reuters\nLeave a Reply",
		"Talks between the U.S. and Russia's delegation were held in Geneva on 12.01.2022 and on January 13 with the OSCE.",
	} {
		f.Add(s)
	}
	e := mustExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			t.Skip()
		}
		r, err := e.Extract(context.Background(), &kg.Document{ID: "fuzz", Text: text})
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		for _, m := range r.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
				t.Errorf("bad mention %+v", m)
			}
		}
		for _, tr := range r.Triples {
			if ev := tr.Evidence; ev.Start < 0 || ev.End > len(text) || text[ev.Start:ev.End] != ev.Sentence {
				t.Errorf("bad evidence %+v", ev)
			}
		}
	})
}
