package eval

import (
	"path"
	"regexp"
	"strings"
	"unicode"
)

var punctReplacer = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201c", `"`, "\u201d", `"`,
	"\u2013", "-", "\u2014", "-",
	".", "", // U.S. == US
)

// normName is the form surface forms are compared in: curly quotes and dashes
// made plain, dots dropped, whitespace collapsed, case folded and a leading
// "the " removed.
func normName(s string) string {
	s = punctReplacer.Replace(s)
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.TrimPrefix(s, "the ")
}

// normLiteral is the form fact terms are compared in: normName, then hyphens
// and underscores as spaces and American "defense" as "defence".
func normLiteral(s string) string {
	s = strings.NewReplacer("-", " ", "_", " ").Replace(normName(s))
	words := strings.Fields(s)
	for i, w := range words {
		if w == "defense" {
			words[i] = "defence"
		}
	}
	return strings.Join(words, " ")
}

var dateTimePattern = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}T`)

// normDate trims a date value and drops a time part, so that
// "2022-01-12T00:00:00Z" counts as "2022-01-12".
func normDate(v string) string {
	v = strings.TrimSpace(v)
	if dateTimePattern.MatchString(v) {
		v = v[:10]
	}
	return v
}

// docID turns a Document.ID (a path or a JSONL id) into a gold key: its base
// name without extension. A dotted tail of figures is no extension: the
// JSON Lines id "APW19980213.1310" is its own key.
func docID(id string) string {
	base := path.Base(strings.ReplaceAll(id, `\`, "/"))
	ext := path.Ext(base)
	if strings.Trim(ext, ".0123456789") == "" {
		return base
	}
	return strings.TrimSuffix(base, ext)
}

var stopWords = map[string]bool{
	"a": true, "an": true, "and": true, "at": true, "between": true, "for": true,
	"in": true, "of": true, "on": true, "the": true, "to": true, "with": true,
}

// nameOverlap is the Jaccard overlap of the content words of two event names.
func nameOverlap(a, b string) float64 {
	words := func(s string) map[string]bool {
		set := make(map[string]bool)
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}) {
			if !stopWords[w] {
				set[w] = true
			}
		}
		return set
	}
	wa, wb := words(a), words(b)
	inter := 0
	for w := range wa {
		if wb[w] {
			inter++
		}
	}
	union := len(wa) + len(wb) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}
