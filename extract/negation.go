package extract

import "github.com/kg-project/kg/extract/internal/dates"

// denied reports a word at token k that denies or ends the verb after it
// ("does not work for", "has never written for", "no longer works for",
// "formerly worked for"): the tie it would state does not hold now.
// Events read their negation with dates.Mood, which also knows what a
// negation governs.
func (a *analysis) denied(k int) bool {
	switch a.toks[k].Norm {
	case "longer":
		return k > 0 && a.toks[k-1].Norm == "no"
	case "formerly", "previously":
		return true
	}
	return dates.Negation(a.toks, k, a.sents[a.sentOf[k]].T0)
}
