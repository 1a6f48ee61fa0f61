package extract

import (
	"strings"

	"github.com/kg-project/kg"
)

// quote is a quotation between token indexes open and close (the marks).
type quote struct{ open, close int }

// findQuotes pairs opening and closing quotation marks; straight double
// quotes alternate.
func (a *analysis) findQuotes() []quote {
	var out []quote
	open := -1
	for i, t := range a.toks {
		switch t.Text {
		case "\u201c":
			open = i
		case "\u201d":
			if open >= 0 {
				out = append(out, quote{open, i})
			}
			open = -1
		case "\"":
			if open >= 0 && a.toks[open].Text == "\"" {
				out = append(out, quote{open, i})
				open = -1
			} else {
				open = i
			}
		}
	}
	return out
}

// quoteRules attribute quotations to their speakers.
var quoteRules = docRule(StageQuotes, quotes,
	&Rule{Name: RuleQuoteAfter, Predicates: []string{kg.PredQuote},
		Doc: `a quotation then its speaker: "“...,” X said", "“...,” said X"`,
		Examples: []Example{
			{Text: "“We will appeal the ruling,” lawyer Maria Lopez said on the court steps.",
				Must: []Fact{{"person/maria-lopez", kg.PredQuote, "We will appeal the ruling"}}},
			{Text: "“The data are unambiguous,” said Peter Higgs, smiling.",
				Must: []Fact{{"person/peter-higgs", kg.PredQuote, "The data are unambiguous"}}},
			{Text: "“Rates will stay high,” according to Christine Lagarde.",
				Must: []Fact{{"person/christine-lagarde", kg.PredQuote, "Rates will stay high"}}},
			{Text: "Chief Executive Mary Barra spoke first. “Demand is strong,” she said.",
				Must: []Fact{{"person/mary-barra", kg.PredQuote, "Demand is strong"}}},
			{Text: "Foreign Minister Anna Holm and Defence Minister Tom Reed arrived. “We want peace,” the foreign minister said. Both then left for Rome. “We are ready,” the minister said.",
				Must:    []Fact{{"person/anna-holm", kg.PredQuote, "We want peace"}},
				MustNot: []Fact{{"person/anna-holm", kg.PredQuote, "We are ready"}, {"person/tom-reed", kg.PredQuote, "We are ready"}}},
			{Text: "Foreign Minister Anna Holm arrived in Paris. “We want peace,” the minister said.",
				Must: []Fact{{"person/anna-holm", kg.PredQuote, "We want peace"}}},
		}},
	&Rule{Name: RuleQuoteBefore, Predicates: []string{kg.PredQuote},
		Doc: `a speaker then the quotation: "X said: “...”"`,
		Examples: []Example{
			{Text: "Coach Carlo Ancelotti told reporters: “We deserved to win tonight.”",
				Must: []Fact{{"person/carlo-ancelotti", kg.PredQuote, "We deserved to win tonight."}}},
			{Text: "Albertsons CEO Vivek Sankaran said in a statement: “We are disappointed by the ruling.”",
				Must: []Fact{{"person/vivek-sankaran", kg.PredQuote, "We are disappointed by the ruling."}}},
		}},
	&Rule{Name: RuleQuoteContinued, Predicates: []string{kg.PredQuote},
		Doc: `a quotation right after an attributed one continues it: "“...,” X said. “...”"`,
		Examples: []Example{
			{Text: "“We played well,” said Ange Postecoglou, “but the result hurts us all.”",
				Must: []Fact{{"person/ange-postecoglou", kg.PredQuote, "but the result hurts us all."}}},
		}},
)

// quotes attributes quotations to speakers: “...,” X said / X said: “...”;
// rs are quote-then-speaker, speaker-then-quote and quote-continued.
func quotes(a *analysis, in *established, rs []*Rule) {
	toks := a.toks
	lastWho, lastClose := "", -1
	for _, q := range a.findQuotes() {
		if q.close-q.open < 4 || a.boiler[q.open] {
			continue
		}
		lit := strings.TrimSpace(a.text[toks[q.open].End:toks[q.close].Start])
		lit = strings.TrimRight(lit, ", ")
		if lit == "" {
			continue
		}
		if who, end := a.speakerAfter(in, q); who != "" {
			a.add(who, kg.PredQuote, kg.Term{Literal: lit}, a.evidence(q.open, end, rs[0]))
			lastWho, lastClose = who, q.close
			continue
		}
		if who, start := a.speakerBefore(in, q); who != "" {
			a.add(who, kg.PredQuote, kg.Term{Literal: lit}, a.evidence(start, q.close+1, rs[1]))
			lastWho, lastClose = who, q.close
			continue
		}
		// “A,” she said. “B.” — a quotation that follows an attributed one
		// in the same paragraph, with nothing but the attribution between,
		// continues it.
		if lastWho != "" && lastClose >= 0 && q.open-lastClose <= 6 && !strings.Contains(a.text[toks[lastClose].End:toks[q.open].Start], "\n") {
			a.add(lastWho, kg.PredQuote, kg.Term{Literal: lit}, a.evidence(q.open, q.close+1, rs[2]))
			lastClose = q.close
		}
	}
}

// speakerAfter reads “...,” X said / “...,” said X / “...,” he told reporters.
func (a *analysis) speakerAfter(in *established, q quote) (string, int) {
	toks := a.toks
	i := q.close + 1
	// A quotation that closes its sentence is not attributed forward:
	// the next sentence has its own subject.
	if i >= len(toks) || a.sentOf[i] != a.sentOf[q.close] {
		return "", 0
	}
	if i < len(toks) && (toks[i].Text == "," || toks[i].Text == "\u2019") {
		i++
	}
	for k := i; k < len(toks) && k < i+6; k++ {
		t := toks[k]
		if t.Text == "." || t.Text == "\u201c" || t.Text == "\"" {
			break
		}
		if t.Norm == "according" && k+2 < len(toks) && toks[k+1].Norm == "to" {
			if m := a.at(k + 2); m != nil && m.typ == kg.Person {
				return m.id, m.t1
			}
		}
		if !speechVerbs[t.Norm] {
			continue
		}
		// Speaker before the verb.
		for j := k - 1; j >= i; j-- {
			if m := a.at(j); m != nil && m.typ == kg.Person {
				return m.id, k + 1
			}
			if toks[j].Norm == "he" || toks[j].Norm == "she" {
				return a.lastPersonBefore(q.open), k + 1
			}
		}
		if id := a.byTitle(in, i, k); id != "" {
			return id, k + 1
		}
		// Speaker after the verb: “...,” said X.
		if m := a.at(k + 1); m != nil && m.typ == kg.Person {
			return m.id, m.t1
		}
		break
	}
	return "", 0
}

// speakerBefore reads X said: “...” / X said that “...”.
func (a *analysis) speakerBefore(in *established, q quote) (string, int) {
	toks := a.toks
	i := q.open - 1
	for i >= 0 && (toks[i].Text == ":" || toks[i].Text == "," || toks[i].Norm == "that") {
		i--
	}
	// Allow a short object between verb and quote: "told reporters",
	// "said in a statement".
	for k := i; k >= 0 && k > i-5; k-- {
		if a.at(k) != nil && k != i {
			break
		}
		if !speechVerbs[toks[k].Norm] {
			continue
		}
		j := k - 1
		if j >= 0 && (toks[j].Norm == "has" || toks[j].Norm == "had" || toks[j].Norm == "also") {
			j--
		}
		if m := a.at(j); m != nil && m.typ == kg.Person {
			return m.id, m.t0
		}
		if j >= 0 && (toks[j].Norm == "he" || toks[j].Norm == "she") {
			return a.lastPersonBefore(j), j
		}
		break
	}
	return "", 0
}

// byTitle resolves "the Secretary-General said" to the person who holds
// that title in this document.
func (a *analysis) byTitle(in *established, i, k int) string {
	var words []string
	for j := i; j < k; j++ {
		n := a.toks[j].Norm
		if n == "the" {
			continue
		}
		if !a.g.titles[n] && n != "-" && n != "of" {
			return ""
		}
		if n != "-" {
			words = append(words, a.toks[j].Text)
		}
	}
	t := a.cleanTitle(words)
	if t == "" {
		return ""
	}
	found := ""
	for _, id := range sortedKeys(in.titles) {
		if in.titles[id] == t {
			if found != "" {
				return ""
			}
			found = id
		}
	}
	if found != "" {
		return found
	}
	// "the minister" for the one "Foreign Minister" of the document, but
	// not for a "Deputy Foreign Minister": a shorter form of one title whose
	// other words are no rank.
	for _, id := range sortedKeys(in.titles) {
		if shortFormOf(t, in.titles[id]) {
			if found != "" {
				return ""
			}
			found = id
		}
	}
	return found
}

// shortFormOf reports whether title ref is full with its qualifiers left
// out: "Minister" of "Foreign Minister", not of "Deputy Foreign Minister"
// or "Prime Minister".
func shortFormOf(ref, full string) bool {
	r, f := strings.Fields(strings.ToLower(ref)), strings.Fields(strings.ToLower(full))
	if len(r) == 0 || len(r) >= len(f) {
		return false
	}
	for k := range r {
		if r[len(r)-1-k] != f[len(f)-1-k] {
			return false
		}
	}
	for _, w := range f[:len(f)-len(r)] {
		if rankWords[w] {
			return false
		}
	}
	return true
}

// rankWords make a title a different post from its last word: a deputy
// minister is not "the minister".
var rankWords = map[string]bool{"deputy": true, "vice": true, "assistant": true, "acting": true, "associate": true, "under": true, "junior": true, "shadow": true, "former": true, "ex": true, "co": true, "prime": true, "first": true, "chief": true, "general": true, "lieutenant": true, "interim": true, "senior": true}

// lastPersonBefore returns the most recent person mentioned before token i.
func (a *analysis) lastPersonBefore(i int) string {
	for k := i - 1; k >= 0; k-- {
		if m := a.at(k); m != nil && m.typ == kg.Person {
			return m.id
		}
	}
	return ""
}
