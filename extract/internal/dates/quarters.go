package dates

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Quarters and the periods news compares them with. Their values follow
// TimeML: "1989-Q3" for a quarter. A value that is not an xsd calendar form
// is stored in the graph as a plain literal (graph.DateValue).
var (
	// "the third quarter", "third-quarter", "the fourth quarter of 2021",
	// "the 1988 second quarter", "its latest quarter", "the fiscal first
	// quarter", "this quarter". The word "quarter" is lower case: "the
	// French Quarter" is a place.
	reQuarter = regexp.MustCompile(`\b(?:((?i:the|its|this|that|a))\s+)?(?:((?i:latest|current|same|previous|comparable|flat|final|most recent))\s+)?(?:((?:1[89]|20)\d{2})\s+)?(?:((?i:fiscal))[- ]+)?(?:((?i:first|second|third|fourth|1st|2nd|3rd|4th))[- ]+)?quarter\b(?:\s+of\s+(?:fiscal\s+)?((?:1[89]|20)\d{2})\b)?`)
	// "a year earlier", "year-earlier", "the year-ago quarter", "the
	// comparable year-ago period", "the year-earlier third quarter".
	reYearEarlier = regexp.MustCompile(`\b(?:(?i:the|a)\s+)?(?:(?i:comparable|same)\s+)?(?:(?i:year)-(?:earlier|ago)|(?i:a)\s+year\s+(earlier|before|ago))(?:\s+(?:(first|second|third|fourth)\s+)?(quarter|period)\b)?`)
	// "last year's quarter", "this year's third quarter", "next year's
	// first quarter".
	reYearsQuarter = regexp.MustCompile(`\b((?i:last|this|next))\s+year's\s+(?:(first|second|third|fourth)\s+)?quarter\b`)
	// "the latest period": a quarter when the text is about quarters.
	reLatestPeriod = regexp.MustCompile(`\b(?i:the|its)\s+latest\s+period\b`)
	// "fiscal 2021", "fiscal year 2021".
	reFiscalYear = regexp.MustCompile(`\b(?i:fiscal)\s+(?:year\s+)?((?:1[89]|20)\d{2})\b`)
	// "the full year", "the current fiscal year", "the fiscal year".
	reThisFiscal = regexp.MustCompile(`\b(?i:the|this)\s+(?:(?:current|full|latest)\s+)?(?:fiscal\s+year|full\s+year|current\s+year)\b`)
)

var quarterNum = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

// findQuarters appends the quarter and year-earlier expressions of text.
func findQuarters(text string, wins [][2]int, cands []Span) []Span {
	for _, m := range matchAll(reQuarter, text, wins) {
		det, mod := group(text, m, 1), strings.ToLower(group(text, m, 2))
		ord := strings.ToLower(group(text, m, 5))
		// "a quarter of the voters", "quarter of an hour": a fraction. A bare
		// "quarter" with neither determiner nor ordinal is no date either.
		if ord == "" && (det == "" || strings.EqualFold(det, "a")) {
			continue
		}
		if m[1] < len(text) && text[m[1]] == '-' {
			continue // "the quarter-finals", "a quarter-point cut"
		}
		if ord == "" && m[12] < 0 && strings.HasPrefix(strings.TrimLeft(text[m[1]:], " "), "of ") {
			continue
		}
		d := Span{Start: m[0], End: m[1], Kind: KindQuarter, Quarter: quarterNum[ord]}
		if det != "" && ord != "" && text[m[11]] == '-' {
			det = "" // "its third-quarter loss": the determiner is the noun's
		}
		if det == "" {
			d.Start = m[6] // no determiner: start at the year or ordinal
			if d.Start < 0 {
				d.Start = m[8]
			}
			if d.Start < 0 {
				d.Start = m[10]
			}
		}
		if y := group(text, m, 3); y != "" {
			d.Year, _ = strconv.Atoi(y)
		}
		if y := group(text, m, 6); y != "" {
			d.Year, _ = strconv.Atoi(y)
		}
		switch {
		case strings.EqualFold(det, "this") || mod == "current":
			d.Dir = "this"
		case mod == "previous":
			d.Dir = "last"
		}
		cands = append(cands, d)
	}
	for _, m := range matchAll(reYearEarlier, text, wins) {
		d := Span{Start: m[0], End: m[1], Kind: KindYearEarlier, Quarter: quarterNum[strings.ToLower(group(text, m, 2))]}
		switch {
		case group(text, m, 3) != "":
			d.Rel = "quarter" // "the year-ago quarter": a quarter
		case group(text, m, 1) == "ago":
			d.Rel = "ago" // "a year ago": from the reference date
		}
		cands = append(cands, d)
	}
	for _, m := range matchAll(reYearsQuarter, text, wins) {
		d := Span{Start: m[0], End: m[1], Kind: KindQuarter, Quarter: quarterNum[strings.ToLower(group(text, m, 2))]}
		d.Dir = strings.ToLower(group(text, m, 1))
		d.Rel = "years"
		cands = append(cands, d)
	}
	for _, m := range matchAll(reLatestPeriod, text, wins) {
		cands = append(cands, Span{Start: m[0], End: m[1], Kind: KindQuarter, Rel: "period"})
	}
	for _, m := range matchAll(reFiscalYear, text, wins) {
		d := Span{Start: m[0], End: m[1], Kind: KindYear}
		d.Year, _ = strconv.Atoi(group(text, m, 1))
		cands = append(cands, d)
	}
	for _, m := range matchAll(reThisFiscal, text, wins) {
		cands = append(cands, Span{Start: m[0], End: m[1], Kind: KindRelative, Rel: "this year"})
	}
	return cands
}

// group returns submatch k of m in text, "" when it did not take part.
func group(text string, m []int, k int) string {
	if 2*k+1 >= len(m) || m[2*k] < 0 {
		return ""
	}
	return text[m[2*k]:m[2*k+1]]
}

func quarterOf(t time.Time) int { return (int(t.Month())-1)/3 + 1 }

// quarterNear resolves a quarter without a year: the latest one on or
// before ref's quarter in past-tense news, the next one on or after it in
// future tense.
func quarterNear(ref time.Time, q int, future bool) string {
	y, rq := ref.Year(), quarterOf(ref)
	switch {
	case future && q < rq:
		y++
	case !future && q > rq:
		y--
	}
	return fmt.Sprintf("%04d-Q%d", y, q)
}

// Resolver resolves the date expressions of one text in order. Beside
// Resolve it reads what came before: "the quarter" is the quarter the text
// last named, "a year earlier" the year before the date it follows.
type Resolver struct {
	Ref  time.Time
	W    *Words
	Text string

	lastQ, last       string // the last quarter named and the last value, not counting "a year earlier"
	lastQEnd, lastEnd int
}

// Resolve returns the ISO 8601 (or TimeML) value of d, "" when it cannot
// be known. future tells whether d's clause is in future tense.
func (r *Resolver) Resolve(d Span, future bool) string {
	v := r.resolve(d, future)
	if v != "" && d.Kind != KindYearEarlier && d.Rel != "years" {
		r.last, r.lastEnd = v, d.End
		if isQuarter(v) {
			r.lastQ, r.lastQEnd = v, d.End
		}
	}
	return v
}

func isQuarter(v string) bool { return len(v) == 7 && v[4] == '-' && v[5] == 'Q' }

func (r *Resolver) resolve(d Span, future bool) string {
	switch d.Kind {
	case KindQuarter:
		return r.quarter(d, future)
	case KindYearEarlier:
		return r.yearEarlier(d, future)
	}
	return Resolve(d, r.Ref, future, r.W)
}

func (r *Resolver) quarter(d Span, future bool) string {
	if d.Rel == "years" { // "last year's (third) quarter"
		if r.Ref.IsZero() {
			return ""
		}
		y := r.Ref.Year() + map[string]int{"last": -1, "next": 1}[d.Dir]
		switch {
		case d.Quarter != 0:
			return fmt.Sprintf("%04d-Q%d", y, d.Quarter)
		case r.lastQ != "":
			return fmt.Sprintf("%04d-Q%c", y, r.lastQ[6])
		}
		return ""
	}
	switch {
	case d.Quarter != 0 && d.Year != 0:
		return fmt.Sprintf("%04d-Q%d", d.Year, d.Quarter)
	case d.Year != 0: // "the 1988 quarter": the quarter the text is about
		if r.lastQ != "" {
			return fmt.Sprintf("%04d-Q%c", d.Year, r.lastQ[6])
		}
		return ""
	case r.Ref.IsZero():
		return ""
	case d.Quarter != 0:
		return quarterNear(r.Ref, d.Quarter, future)
	case d.Dir == "this":
		return fmt.Sprintf("%04d-Q%d", r.Ref.Year(), quarterOf(r.Ref))
	case r.lastQ != "":
		return r.lastQ
	case d.Rel == "period":
		return "" // "the latest period" with no quarter before it
	}
	// "the quarter", "the latest quarter": the last one that has ended.
	last := r.Ref.AddDate(0, -3, 0)
	return fmt.Sprintf("%04d-Q%d", last.Year(), quarterOf(last))
}

// yearEarlier resolves "a year earlier" against the date it follows (in
// its own or the previous sentence), else the quarter the text is about,
// else the year before the reference date.
func (r *Resolver) yearEarlier(d Span, future bool) string {
	base := ""
	near := func(end int) bool { return end > 0 && sentenceEnds(r.Text[end:d.Start]) <= 1 }
	switch {
	case d.Quarter != 0 && !r.Ref.IsZero():
		base = quarterNear(r.Ref, d.Quarter, future)
	case d.Rel == "quarter" && r.lastQ != "":
		base = r.lastQ
	case d.Rel == "ago" && near(r.lastQEnd):
		base = r.lastQ // "sales rose in the quarter from a year ago"
	case d.Rel == "ago":
		if r.Ref.IsZero() {
			return ""
		}
		base = fmt.Sprintf("%04d", r.Ref.Year())
	case near(r.lastEnd):
		base = r.last
	case r.lastQ != "":
		base = r.lastQ
	case !r.Ref.IsZero():
		base = fmt.Sprintf("%04d", r.Ref.Year())
	}
	if len(base) < 4 {
		return ""
	}
	y, err := strconv.Atoi(base[:4])
	if err != nil {
		return ""
	}
	v := fmt.Sprintf("%04d", y-1) + base[4:]
	if len(v) == 10 {
		if _, err := time.Parse(time.DateOnly, v); err != nil {
			return "" // February 29 a year before a leap day
		}
	}
	return v
}

// sentenceEnds counts the sentence ends in s: ". " followed by a capital.
func sentenceEnds(s string) int {
	n := 0
	for i := 0; i+2 < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && (s[i+1] == ' ' || s[i+1] == '\n') {
			n++
		}
	}
	return n
}
