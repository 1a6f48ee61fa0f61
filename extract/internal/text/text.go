// Package text splits news text into tokens and sentences with byte
// offsets, and holds the string helpers every layer above it uses. It
// imports nothing of kg.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word or punctuation mark with its byte offsets in the text.
type Token struct {
	Text       string
	Norm       string // lower case, typographic apostrophes folded
	Start, End int
}

// Tokenize splits text into words and punctuation marks. Hyphens and
// possessive "'s" are tokens of their own so that "NATO-Russia" and
// "Russia's" expose the names inside them; dotted acronyms ("U.S.") and
// numbers with separators ("14.01.2022") stay whole.
func Tokenize(text string) []Token {
	var toks []Token
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case isApos(r) && i+size < len(text) && (text[i+size] == 's' || text[i+size] == 'S') && !IsWordAt(text, i+size+1):
			toks = append(toks, mkToken(text, i, i+size+1))
			i += size + 1
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := scanWord(text, i)
			toks = append(toks, mkToken(text, i, j))
			i = j
		default:
			toks = append(toks, mkToken(text, i, i+size))
			i += size
		}
	}
	return toks
}

func mkToken(text string, s, e int) Token {
	t := text[s:e]
	return Token{Text: t, Norm: NormWord(t), Start: s, End: e}
}

// scanWord returns the end of the word starting at i.
func scanWord(text string, i int) int {
	j := i
	for j+1 < len(text) && IsUpperByte(text[j]) && text[j+1] == '.' {
		j += 2
	}
	if j-i >= 4 { // U.S., U.K.
		return j
	}
	// "U.S embassies": the country's abbreviation with its last dot lost.
	if j-i == 2 && j < len(text) && text[i] == 'U' && (text[j] == 'S' || text[j] == 'K') && !IsWordAt(text, j+1) && (j+1 == len(text) || text[j+1] != '.') {
		return j + 1
	}
	j = i
	digits := true
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			if !unicode.IsDigit(r) {
				digits = false
			}
			j += size
			continue
		}
		// "O'Connell", "D'Arcy": an Irish or French surname stays whole.
		if isApos(r) && j == i+1 && (text[i] == 'O' || text[i] == 'D') && j+size < len(text) && IsUpperByte(text[j+size]) {
			j += size
			continue
		}
		// 14.01.2022, 100,000 and 10:30 stay whole.
		if (r == '.' || r == ',' || r == ':') && digits && j > i && j+1 < len(text) && IsDigitByte(text[j+1]) {
			j++
			continue
		}
		break
	}
	return j
}

// IsWordAt reports whether a letter or digit starts at byte i of text.
func IsWordAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// IsDigitByte reports whether b is an ASCII digit.
func IsDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// IsUpperByte reports whether b is an ASCII capital letter.
func IsUpperByte(b byte) bool { return b >= 'A' && b <= 'Z' }

func isApos(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u2018' }

// NormWord lower-cases a word and folds typographic apostrophes and dashes.
func NormWord(s string) string {
	s = strings.ToLower(s)
	if strings.ContainsAny(s, "\u2019\u2018\u2013\u2014") {
		s = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u2013", "-", "\u2014", "-").Replace(s)
	}
	return s
}

// Capitalised reports whether a word starts with an upper-case letter.
func Capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// AllCaps reports whether a word has at least two letters, all upper case.
func AllCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// Sentence is a span of text with the tokens it holds.
type Sentence struct {
	Start, End int
	T0, T1     int // token index range [T0, T1)
}

// SplitSentences groups tokens into sentences: a line break always ends one,
// and so does ".", "!" or "?" (with any closing quotes) before a word that
// could start a sentence, unless the dot ends one of abbreviations (lower
// case, without the dot) or a single capital letter.
func SplitSentences(text string, toks []Token, abbreviations map[string]bool) []Sentence {
	return SplitSentencesAfter(text, toks, abbreviations, nil, nil)
}

// SplitSentencesAfter is SplitSentences, except that an abbreviation of
// enders ends its sentence when opens reports that the token after it
// opens one: "... said Halvex Corp. The company ..." (but "Halvex Corp.
// Chairman X").
func SplitSentencesAfter(text string, toks []Token, abbreviations, enders map[string]bool, opens func(Token) bool) []Sentence {
	var out []Sentence
	s0 := 0
	flush := func(t1 int) {
		if t1 > s0 {
			out = append(out, Sentence{Start: toks[s0].Start, End: toks[t1-1].End, T0: s0, T1: t1})
		}
		s0 = t1
	}
	for i := 0; i < len(toks); i++ {
		if i > s0 && strings.Contains(text[toks[i-1].End:toks[i].Start], "\n") {
			flush(i)
		}
		t := toks[i].Text
		if t != "." && t != "!" && t != "?" && t != "\u2026" {
			continue
		}
		if t == "." && i > 0 {
			prev := toks[i-1]
			if prev.End == toks[i].Start && (abbreviations[prev.Norm] || (utf8.RuneCountInString(prev.Text) == 1 && Capitalised(prev.Text))) &&
				!(enders[prev.Norm] && i+1 < len(toks) && opens != nil && opens(toks[i+1])) {
				continue
			}
		}
		j := i + 1
		for j < len(toks) && IsCloseQuote(toks[j].Text) && toks[j].Start == toks[j-1].End {
			j++
		}
		if j >= len(toks) {
			continue
		}
		next := toks[j].Text
		r, _ := utf8.DecodeRuneInString(next)
		if unicode.IsUpper(r) || unicode.IsDigit(r) || IsOpenQuote(next) || strings.Contains(text[toks[j-1].End:toks[j].Start], "\n") {
			flush(j)
			i = j - 1
		}
	}
	flush(len(toks))
	return out
}

// IsCloseQuote reports whether s closes a quotation (or a parenthesis).
func IsCloseQuote(s string) bool { return s == "\u201d" || s == "\"" || s == "\u2019" || s == ")" }

// IsOpenQuote reports whether s opens a quotation.
func IsOpenQuote(s string) bool { return s == "\u201c" || s == "\"" || s == "\u2018" }

// Slug turns a name into an ID component: lower case ASCII letters and
// digits separated by single hyphens.
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		r = foldRune(r)
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		} else if r != '.' && r != '\'' && r != '\u2019' {
			dash = true
		}
	}
	return b.String()
}

var folds = map[rune]rune{
	'á': 'a', 'à': 'a', 'â': 'a', 'ä': 'a', 'ã': 'a', 'å': 'a', 'ą': 'a', 'ç': 'c', 'č': 'c', 'ć': 'c',
	'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e', 'ę': 'e', 'ě': 'e', 'í': 'i', 'ì': 'i', 'î': 'i', 'ï': 'i',
	'ñ': 'n', 'ń': 'n', 'ó': 'o', 'ò': 'o', 'ô': 'o', 'ö': 'o', 'õ': 'o', 'ø': 'o', 'ś': 's', 'š': 's',
	'ú': 'u', 'ù': 'u', 'û': 'u', 'ü': 'u', 'ý': 'y', 'ž': 'z', 'ź': 'z', 'ż': 'z', 'ł': 'l', 'ř': 'r',
	'ğ': 'g', 'ı': 'i', 'ş': 's',
}

func foldRune(r rune) rune {
	if f, ok := folds[r]; ok {
		return f
	}
	return r
}
