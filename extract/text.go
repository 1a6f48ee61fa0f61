package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/internal/text"
)

// The tokenizer and sentence splitter live in internal/text; these names
// keep the extractor's code short.
type (
	token    = text.Token
	sentence = text.Sentence
)

var abbreviations = lexSet("grammar.txt", "abbreviation")

func tokenize(s string) []token { return text.Tokenize(s) }
func splitSentences(s string, toks []token) []sentence {
	return text.SplitSentencesAfter(s, toks, abbreviations, legalForms, opensSentence)
}

// opensSentence reports a word that, capitalised after a company's legal
// form and its dot, opens the next sentence: a clause opener ("... said
// Halvex Corp. The company ...") or a given name ("... of Halvex Corp.
// Anne Roth met ..."; a post before the name keeps it the firm's: "Halvex
// Corp. Chairman Anne Roth").
func opensSentence(t token) bool {
	return clauseOpeners[t.Text] || capitalised(t.Text) && commonGiven[t.Norm]
}

// clauseOpeners open a sentence after a legal form's dot.
var clauseOpeners = map[string]bool{"The": true, "It": true, "Its": true, "He": true, "She": true, "They": true, "We": true, "I": true, "In": true,
	"But": true, "And": true, "A": true, "An": true, "This": true, "That": true, "These": true, "Those": true, "His": true, "Her": true, "Their": true,
	"Mr": true, "Mrs": true, "Ms": true, "Shares": true, "Analysts": true, "Last": true, "On": true, "At": true, "For": true, "As": true, "There": true}

func isWordAt(s string, i int) bool { return text.IsWordAt(s, i) }
func isDigitByte(b byte) bool       { return text.IsDigitByte(b) }
func isUpperByte(b byte) bool       { return text.IsUpperByte(b) }
func normWord(s string) string      { return text.NormWord(s) }
func capitalised(s string) bool     { return text.Capitalised(s) }
func allCaps(s string) bool         { return text.AllCaps(s) }
func isCloseQuote(s string) bool    { return text.IsCloseQuote(s) }
func isOpenQuote(s string) bool     { return text.IsOpenQuote(s) }
func slug(s string) string          { return text.Slug(s) }

// titleSpelling folds spelling variants of title words to one form, so that
// "Deputy Defense Minister" and "Deputy Defence Minister" are one title.
var titleSpelling = lexMap("titles.txt", "spelling")

// titleCase capitalises every word of a job title except short connectives,
// with one spelling for words written two ways.
func titleCase(words []string) string {
	out := make([]string, len(words))
	for i, w := range words {
		lw := strings.ToLower(w)
		if f, ok := titleSpelling[lw]; ok {
			w, lw = f, f
		}
		switch {
		case i > 0 && (lw == "of" || lw == "for" || lw == "to" || lw == "the" || lw == "and" || lw == "on" || lw == "in"):
			out[i] = lw
		case allCaps(w):
			out[i] = w
		default:
			r, size := utf8.DecodeRuneInString(lw)
			out[i] = string(unicode.ToUpper(r)) + lw[size:]
		}
	}
	return strings.Join(out, " ")
}
