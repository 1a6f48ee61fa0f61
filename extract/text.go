package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word or punctuation mark with its byte offsets in the text.
type token struct {
	text       string
	norm       string // lower case, typographic apostrophes folded
	start, end int
}

// tokenize splits text into words and punctuation marks. Hyphens and
// possessive "'s" are tokens of their own so that "NATO-Russia" and
// "Russia's" expose the names inside them; dotted acronyms ("U.S.") and
// numbers with separators ("14.01.2022") stay whole.
func tokenize(text string) []token {
	var toks []token
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case isApos(r) && i+size < len(text) && (text[i+size] == 's' || text[i+size] == 'S') && !isWordAt(text, i+size+1):
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

func mkToken(text string, s, e int) token {
	t := text[s:e]
	return token{text: t, norm: normWord(t), start: s, end: e}
}

// scanWord returns the end of the word starting at i.
func scanWord(text string, i int) int {
	j := i
	for j+1 < len(text) && isUpperByte(text[j]) && text[j+1] == '.' {
		j += 2
	}
	if j-i >= 4 { // U.S., U.K.
		return j
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
		if isApos(r) && j == i+1 && (text[i] == 'O' || text[i] == 'D') && j+size < len(text) && isUpperByte(text[j+size]) {
			j += size
			continue
		}
		// 14.01.2022, 100,000 and 10:30 stay whole.
		if (r == '.' || r == ',' || r == ':') && digits && j > i && j+1 < len(text) && isDigitByte(text[j+1]) {
			j++
			continue
		}
		break
	}
	return j
}

func isWordAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }
func isUpperByte(b byte) bool { return b >= 'A' && b <= 'Z' }

func isApos(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u2018' }

// normWord lower-cases a word and folds typographic apostrophes and dashes.
func normWord(s string) string {
	s = strings.ToLower(s)
	if strings.ContainsAny(s, "\u2019\u2018\u2013\u2014") {
		s = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u2013", "-", "\u2014", "-").Replace(s)
	}
	return s
}

// capitalised reports whether a word starts with an upper-case letter.
func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// allCaps reports whether a word has at least two letters, all upper case.
func allCaps(s string) bool {
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

// sentence is a span of text with the tokens it holds.
type sentence struct {
	start, end int
	t0, t1     int // token index range [t0, t1)
}

var abbreviations = lexSet("grammar.txt", "abbreviation")

// splitSentences groups tokens into sentences: a line break always ends one,
// and so does ".", "!" or "?" (with any closing quotes) before a word that
// could start a sentence, unless the dot ends a known abbreviation.
func splitSentences(text string, toks []token) []sentence {
	var out []sentence
	s0 := 0
	flush := func(t1 int) {
		if t1 > s0 {
			out = append(out, sentence{start: toks[s0].start, end: toks[t1-1].end, t0: s0, t1: t1})
		}
		s0 = t1
	}
	for i := 0; i < len(toks); i++ {
		if i > s0 && strings.Contains(text[toks[i-1].end:toks[i].start], "\n") {
			flush(i)
		}
		t := toks[i].text
		if t != "." && t != "!" && t != "?" && t != "\u2026" {
			continue
		}
		if t == "." && i > 0 {
			prev := toks[i-1]
			if prev.end == toks[i].start && (abbreviations[prev.norm] || (utf8.RuneCountInString(prev.text) == 1 && capitalised(prev.text))) {
				continue
			}
		}
		j := i + 1
		for j < len(toks) && isCloseQuote(toks[j].text) && toks[j].start == toks[j-1].end {
			j++
		}
		if j >= len(toks) {
			continue
		}
		next := toks[j].text
		r, _ := utf8.DecodeRuneInString(next)
		if unicode.IsUpper(r) || unicode.IsDigit(r) || isOpenQuote(next) || strings.Contains(text[toks[j-1].end:toks[j].start], "\n") {
			flush(j)
			i = j - 1
		}
	}
	flush(len(toks))
	return out
}

func isCloseQuote(s string) bool { return s == "\u201d" || s == "\"" || s == "\u2019" || s == ")" }
func isOpenQuote(s string) bool  { return s == "\u201c" || s == "\"" || s == "\u2018" }

// slug turns a name into an ID component: lower case ASCII letters and
// digits separated by single hyphens.
func slug(s string) string {
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
		case i > 0 && (lw == "of" || lw == "for" || lw == "to" || lw == "the" || lw == "and" || lw == "on"):
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
