package main

import (
	"strings"
	"unicode"
)

// detokenize joins benchmark tokens into text as a newspaper would print it
// ("Smith , the" → "Smith, the"), so that extraction sees ordinary prose. It
// returns the text and each token's byte offsets in it.
func detokenize(tokens []string) (string, [][2]int) {
	var b strings.Builder
	offs := make([][2]int, len(tokens))
	quoteOpen := false
	for i, t := range tokens {
		if i > 0 && spaceBefore(tokens[i-1], t, quoteOpen) {
			b.WriteByte(' ')
		}
		if t == `"` {
			quoteOpen = !quoteOpen
		}
		offs[i] = [2]int{b.Len(), b.Len() + len(t)}
		b.WriteString(t)
	}
	return b.String(), offs
}

// spaceBefore reports whether a space goes between prev and tok.
func spaceBefore(prev, tok string, quoteOpen bool) bool {
	switch tok {
	case ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", "''":
		return false
	case `"`:
		return !quoteOpen // a closing quote hugs the word before it
	}
	switch prev {
	case "(", "[", "{", "$", "``":
		return false
	case `"`:
		return !quoteOpen // after an opening quote, no space
	}
	if strings.HasPrefix(tok, "'") && len(tok) > 1 && unicode.IsLetter(rune(tok[1])) && len(tok) <= 3 {
		return false
	}
	return true
}

// normForm is the comparison key of a surface form: letters and digits only,
// lower-cased, so that tokenisation and spacing differences do not count.
func normForm(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
