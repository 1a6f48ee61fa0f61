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
	a.dateSetup(time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC), time.Time{}, 2026)
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

func TestOrgsThroughout(t *testing.T) {
	g, err := newGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	text := "Brekke Vinter said on Monday that profits rose. Later Brekke Vinter cut jobs, and Ola Brekke Vinter left."
	a := newAnalysis(g, text)
	a.dateSetup(time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC), time.Time{}, 2026)
	at := func(s string, nth int) (int, int) {
		off := 0
		for ; nth > 0; nth-- {
			off += strings.Index(text[off:], s) + 1
		}
		i := off - 1
		t0, t1 := -1, -1
		for k, tk := range a.toks {
			if tk.Start == i {
				t0 = k
			}
			if tk.End == i+len(s) {
				t1 = k + 1
			}
		}
		return t0, t1
	}
	o0, o1 := at("Brekke Vinter", 1)
	p0, p1 := at("Brekke Vinter", 2)
	q0, q1 := at("Ola Brekke Vinter", 1)
	chosen := []cand{
		{t0: o0, t1: o1, typ: kg.Org, id: "org/brekke-vinter", name: "Brekke Vinter", prio: prioOrgHead},
		{t0: p0, t1: p1, typ: kg.Person, id: "person/brekke-vinter", prio: prioProse},
		{t0: q0, t1: q1, typ: kg.Person, id: "person/ola-brekke-vinter", prio: prioProse},
	}
	a.orgsThroughout(chosen, make([]bool, len(a.toks)))
	if chosen[1].typ != kg.Org || chosen[1].id != "org/brekke-vinter" {
		t.Errorf("second mention: got %s %s, want the organisation", chosen[1].typ, chosen[1].id)
	}
	if chosen[2].typ != kg.Person { // control: a longer name stays a person
		t.Errorf("Ola Brekke Vinter: got %s, want PERSON", chosen[2].typ)
	}
}
