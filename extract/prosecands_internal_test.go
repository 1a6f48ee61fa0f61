package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg"
)

// proseSays runs proseCands on text as if prose had labelled span with label.
func proseSays(t *testing.T, text, span, label string) []cand {
	t.Helper()
	g, err := newGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	a := newAnalysis(g, text)
	a.dateSetup(time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC), 2026)
	i := strings.Index(text, span)
	if i < 0 {
		t.Fatalf("%q not in text", span)
	}
	return a.proseCands([]proseSpan{{Start: i, End: i + len(span), Label: label}})
}

func candText(a string, toks []token, c cand) string { return joinTokens(a, toks[c.t0:c.t1]) }

func TestProseCandsRepairs(t *testing.T) {
	tests := []struct {
		name, text, span, label string
		want                    string // the candidate's text, "" for none
		typ                     kg.EntityType
	}{
		{"conjunction trimmed", "The jury will meet but may not agree. But Alain Moreau said so.", "But Alain Moreau", "PERSON", "Alain Moreau", kg.Person},
		{"award is no person", "She won the Golden Globe on Sunday.", "Golden Globe", "PERSON", "", ""},
		{"building is no person", "The gala was held at the Kodak Theatre on Sunday.", "Kodak Theatre", "PERSON", "", ""},
		{"control: a person is a person", "The gala was opened by Kodak Thearle on Sunday.", "Kodak Thearle", "PERSON", "Kodak Thearle", kg.Person},
		{"plural demonym is no place", "Growth stems from Italians dipping into savings.", "Italians", "GPE", "", ""},
		{"control: a place after from", "Growth stems from Umbria this year.", "Umbria", "GPE", "Umbria", kg.GPE},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := newGazetteer()
			if err != nil {
				t.Fatal(err)
			}
			toks := newAnalysis(g, tc.text).toks
			cs := proseSays(t, tc.text, tc.span, tc.label)
			got := ""
			var typ kg.EntityType
			if len(cs) > 0 {
				got, typ = candText(tc.text, toks, cs[0]), cs[0].typ
			}
			if got != tc.want || (got != "" && typ != tc.typ) {
				t.Errorf("got %q %s, want %q %s", got, typ, tc.want, tc.typ)
			}
		})
	}
}
