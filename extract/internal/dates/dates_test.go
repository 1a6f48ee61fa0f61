package dates

import (
	"testing"
	"time"

	"github.com/kg-project/kg/extract/internal/text"
)

func TestFindResolve(t *testing.T) {
	w := &Words{Date: map[string]bool{"ago": true, "decades": true, "month": true}, Numbers: map[string]int{"two": 2}}
	ref := time.Date(2023, 1, 12, 0, 0, 0, 0, time.UTC)
	in := "The treaty was signed two decades ago. Talks resumed on March 3 and last month."
	got := map[string]string{}
	for _, d := range Find(in, text.Tokenize(in), w) {
		got[in[d.Start:d.End]] = Resolve(d, ref, false, w)
	}
	for form, want := range map[string]string{"two decades ago": "2003", "March 3": "2023-03-03", "last month": "2022-12"} {
		if got[form] != want {
			t.Errorf("%q = %q, want %q (all: %v)", form, got[form], want, got)
		}
	}
	// The number words come from the lexicon: without them "two" is no number.
	for _, d := range Find(in, text.Tokenize(in), &Words{Date: w.Date}) {
		if in[d.Start:d.End] == "two decades ago" {
			if v := Resolve(d, ref, false, &Words{Date: w.Date}); v == "2003" {
				t.Errorf("resolved %q without number words", v)
			}
		}
	}
}
