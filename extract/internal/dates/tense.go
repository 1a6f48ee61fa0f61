package dates

import "strings"

// Future reports whether the clause that governs the date in toks[t0:t1]
// is in future tense, reading only the sentence toks[s0:s1]: a "will",
// "shall" or "is expected to" before the date in its own clause ("the
// board will vote on Monday"), or, when the date opens its clause, after
// it ("Friday's vote will decide", "On Monday, the court will rule"). A
// "will" in another clause or inside a quotation does not count: "officials
// said Friday they will appeal" is a past Friday.
func Future(toks []token, t0, t1, s0, s1 int) bool {
	opens := true // nothing but a preposition or modifier before the date in its clause
	for k := t0 - 1; k >= s0; k-- {
		n := toks[k].Norm
		if clauseBreak[n] {
			if reporting[n] {
				opens = false // "said Friday they will": the date is the saying's
			}
			break
		}
		if futureMark(toks, k, s1, t0-k <= 5) {
			return true
		}
		if !dateLead[n] {
			opens = false
		}
	}
	if !opens {
		return false
	}
	k := t1
	if k < s1 && toks[k].Norm == "," {
		k++ // "On Monday, the court will rule"
	}
	for ; k < s1; k++ {
		if clauseBreak[toks[k].Norm] {
			break
		}
		if futureMark(toks, k, s1, k-t1 <= 5) {
			return true
		}
	}
	return false
}

// futureMark reports a future-tense marker at toks[k]: "will", "shall",
// "'ll", "won't", "upcoming", or, when near the date, "expected",
// "scheduled", "set", "plans" or "going" followed by "to" ("plans to
// restructure after a third-quarter loss" is about a past quarter).
func futureMark(toks []token, k, s1 int, near bool) bool {
	switch toks[k].Norm {
	case "will", "shall", "'ll", "wo", "won't", "upcoming":
		return true
	case "expected", "scheduled", "set", "plans", "planned", "going":
		return near && k+1 < s1 && toks[k+1].Norm == "to"
	}
	return false
}

// clauseBreak are the tokens that end the clause a date belongs to:
// punctuation, quotation marks, reporting verbs and subordinators.
var clauseBreak = setOf(`, ; : ( ) " '' ` + "``" + ` “ ” ‘ ’ — – said says say told added that but while after before when because since which who whom whose where although though if unless until as`)

// reporting are the verbs of saying among them.
var reporting = setOf(`said says say told added`)

// dateLead are the words that may stand before a date opening its clause.
var dateLead = setOf(`on by from late early earlier later also until next this last and the of since`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
