// Package dates finds date expressions in news text (day-month forms,
// numeric dates, month-year, years after a preposition, bare months,
// weekdays and relative expressions) and resolves them to ISO 8601 values
// against a reference date. It imports only internal/text.
package dates

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kg-project/kg/extract/internal/text"
)

type token = text.Token

func isDigitByte(b byte) bool { return text.IsDigitByte(b) }

// Words are the lexicon's lists the date finder reads.
type Words struct {
	Date    map[string]bool // tokens date expressions contain, besides month and weekday names
	Numbers map[string]int  // numbers written as words: "two decades ago"
}

const (
	monthRE   = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`
	weekdayRE = `(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\.|Tue\.|Tues\.|Wed\.|Thu\.|Thur\.|Thurs\.|Fri\.|Sat\.|Sun\.)`
	ordRE     = `(?:st|nd|rd|th)?`
)

// Date patterns, compiled once. Each captures named groups the resolver reads.
var (
	reMonthDay = regexp.MustCompile(`\b(?:` + weekdayRE + `,?\s+)?(?:the\s+)?` + monthRE + `\s+(\d{1,2})` + ordRE + `\b(?:,?\s+(\d{4})\b)?`)
	reDayMonth = regexp.MustCompile(`\b(?:` + weekdayRE + `,?\s+)?(?:the\s+)?(\d{1,2})` + ordRE + `\s+(?:of\s+)?` + monthRE + `\b(?:,?\s+(\d{4})\b)?`)
	reMonthYr  = regexp.MustCompile(`\b(?:(?:early|mid|late)[- ])?` + monthRE + `\s+(?:of\s+)?(\d{4})\b`)
	reNumeric  = regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b`)
	reISO      = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	reYear     = regexp.MustCompile(`\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|till|[Ff]rom|of|early|late|mid|[Bb]efore|[Aa]fter|[Dd]uring|[Ff]or|and|or|[Bb]etween|[Tt]hrough|[Tt]hroughout|into)\s+((?:1[89]|20)\d{2})\b`)
	// "restate 2001 and 2002 results", "2005 will be harder".
	reYearPair = regexp.MustCompile(`\b((?:1[89]|20)\d{2})\s+(?:and|or|to)\s+(?:1[89]|20)\d{2}\b`)
	// "the 1996 Olympic bombing", "its 1990 invasion", "the company's 1989
	// results": a year modifying a noun. A lower-case plural after it is a
	// count ("the 2000 employees").
	reYearModifier = regexp.MustCompile(`\b(?:(?i:the|a|an|its|his|her|their|our|that|this|last|next)|'s|\x{2019}s)\s+((?:1[89]|20)\d{2})\s+([\p{L}-]+)`)
	// The second year of "from 1991 to 1997", "between 2001 and 2004".
	reYearRangeEnd = regexp.MustCompile(`\b(?i:from|between)\s+(?:1[89]|20)\d{2}\s+(?:to|and|until)\s+((?:1[89]|20)\d{2})\b`)
	reYearStart    = regexp.MustCompile(`(?:^|[.!?]["\x{201d}]?\s+|\n)((?:1[89]|20)\d{2})\s+(?:will|was|is|has|had|won't|saw|should|could|would|promises|looks|brought|began|ended|proved|may|might|must)\b`)
	// "for the year", "earlier in the year": the reference date's year.
	reTheYear  = regexp.MustCompile(`\b(?:[Ff]or|[Dd]uring|(?:[Ee]arlier|[Ll]ater)\s+in)\s+(the\s+year)\b`)
	reYearPart = regexp.MustCompile(`(?i)\b(?:the\s+)?(?:start|beginning|end|middle|rest)\s+of\s+the\s+year\b`)
	reWeekday  = regexp.MustCompile(`\b(?:(last|next|this|on|On|Last|Next|This)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)
	reBareMon  = regexp.MustCompile(`\b(early|mid|late|[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ll]ast|[Nn]ext|[Tt]his|[Ff]rom|[Ee]nd of|[Bb]eginning of|[Tt]hrough|[Dd]uring|for)[- ]+(?:the\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\b`)
	reRelative = regexp.MustCompile(`(?i)\b(today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening)|earlier in the day|later in the day|earlier today|(?:last|this|next)\s+(?:week|month|year)|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:decades?|years?|months?|weeks?|days?)\s+ago)\b`)
)

var monthNum = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdayNum = map[string]time.Weekday{
	"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "fri": time.Friday, "sat": time.Saturday,
}

func parseMonth(s string) time.Month {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if len(s) < 3 {
		return 0
	}
	return monthNum[s[:3]]
}

func parseWeekday(s string) (time.Weekday, bool) {
	s = strings.ToLower(s)
	if len(s) < 3 {
		return 0, false
	}
	w, ok := weekdayNum[s[:3]]
	return w, ok
}

// Span is one date expression found in the text before resolution.
type Span struct {
	Start, End int // byte offsets
	Kind       int // see the date kinds below
	Year       int // 0 when not written
	Month      time.Month
	Day        int
	Weekday    time.Weekday
	HasWeekday bool
	Rel        string // relative expression, lower case
	Dir        string // "last", "next", "this" or "" for a weekday
	Quarter    int    // 1 to 4 for a quarter, 0 when not written
}

const (
	KindFull        = iota // day, month and maybe year
	KindMonthYr            // month and year
	KindYear               // year only
	KindWeekday            // weekday only
	KindRelative           // today, last month, two decades ago
	KindMonth              // a month without a year: "in October", "early December"
	KindQuarter            // a quarter: "the third quarter", "the quarter"
	KindYearEarlier        // "a year earlier", "the year-ago quarter"
	KindSeason             // "this summer", "last fall"
	KindWeekend            // "the weekend"
	KindHoliday            // "Thanksgiving Day", "last Christmas"
)

// dateWindows returns merged byte ranges around the tokens that can be
// part of a date: the patterns run only on windows around them, which
// keeps them cheap on long texts.
func dateWindows(toks []token, w *Words) [][2]int {
	var wins [][2]int
	for i, t := range toks {
		n := t.Norm
		hit := w.Date[n] || CalendarWords[n]
		if !hit && isDigitByte(n[0]) && i == 0 { // a year opening the text
			hit = len(n) == 4
		}
		if !hit && isDigitByte(n[0]) {
			hit = (len(n) == 4 && (strings.HasPrefix(n, "18") || strings.HasPrefix(n, "19") || strings.HasPrefix(n, "20"))) || strings.Count(n, ".") == 2
		}
		if !hit {
			continue
		}
		s, e := toks[max(0, i-6)].Start, toks[min(len(toks)-1, i+6)].End
		if len(wins) > 0 && s <= wins[len(wins)-1][1] {
			wins[len(wins)-1][1] = max(wins[len(wins)-1][1], e)
		} else {
			wins = append(wins, [2]int{s, e})
		}
	}
	return wins
}

// CalendarWords are the month and weekday names and their abbreviations.
var CalendarWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("january february march april may june july august september october november december " +
		"jan feb mar apr jun jul aug sep oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun") {
		m[w] = true
	}
	return m
}()

// matchAll runs re over each window and returns submatch indexes into text.
func matchAll(re *regexp.Regexp, text string, wins [][2]int) [][]int {
	var out [][]int
	for _, w := range wins {
		for _, m := range re.FindAllStringSubmatchIndex(text[w[0]:w[1]], -1) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += w[0]
				}
			}
			out = append(out, m)
		}
	}
	return out
}

// findDates returns the non-overlapping date expressions of text, longest first.
func Find(text string, toks []token, w *Words) []Span {
	wins := dateWindows(toks, w)
	// Quarters first: of two readings of one span ("a year ago") theirs wins.
	cands := findQuarters(text, wins, nil)
	cands = findPeriods(text, wins, cands)
	for _, m := range matchAll(reMonthDay, text, wins) {
		d := Span{Start: m[0], End: m[1], Kind: KindFull}
		if m[2] >= 0 {
			d.Weekday, d.HasWeekday = parseWeekday(text[m[2]:m[3]])
		}
		d.Month = parseMonth(text[m[4]:m[5]])
		d.Day, _ = strconv.Atoi(text[m[6]:m[7]])
		if m[8] >= 0 {
			d.Year, _ = strconv.Atoi(text[m[8]:m[9]])
		}
		cands = append(cands, d)
	}
	for _, m := range matchAll(reDayMonth, text, wins) {
		d := Span{Start: m[0], End: m[1], Kind: KindFull}
		if m[2] >= 0 {
			d.Weekday, d.HasWeekday = parseWeekday(text[m[2]:m[3]])
		}
		d.Day, _ = strconv.Atoi(text[m[4]:m[5]])
		d.Month = parseMonth(text[m[6]:m[7]])
		if m[8] >= 0 {
			d.Year, _ = strconv.Atoi(text[m[8]:m[9]])
		}
		cands = append(cands, d)
	}
	for _, m := range matchAll(reMonthYr, text, wins) {
		d := Span{Start: m[0], End: m[1], Kind: KindMonthYr, Month: parseMonth(text[m[2]:m[3]])}
		d.Year, _ = strconv.Atoi(text[m[4]:m[5]])
		cands = append(cands, d)
	}
	for _, m := range matchAll(reNumeric, text, wins) {
		d := Span{Start: m[0], End: m[1], Kind: KindFull}
		d.Day, _ = strconv.Atoi(text[m[2]:m[3]])
		mo, _ := strconv.Atoi(text[m[4]:m[5]])
		d.Month = time.Month(mo)
		d.Year, _ = strconv.Atoi(text[m[6]:m[7]])
		cands = append(cands, d)
	}
	for _, m := range matchAll(reISO, text, wins) {
		d := Span{Start: m[0], End: m[1], Kind: KindFull}
		d.Year, _ = strconv.Atoi(text[m[2]:m[3]])
		mo, _ := strconv.Atoi(text[m[4]:m[5]])
		d.Month = time.Month(mo)
		d.Day, _ = strconv.Atoi(text[m[6]:m[7]])
		cands = append(cands, d)
	}
	for _, m := range matchAll(reYear, text, wins) {
		d := Span{Start: m[2], End: m[3], Kind: KindYear}
		d.Year, _ = strconv.Atoi(text[m[2]:m[3]])
		cands = append(cands, d)
	}
	for _, m := range matchAll(reYearModifier, text, wins) {
		if next := text[m[4]:m[5]]; strings.HasSuffix(next, "s") && strings.ToLower(next) == next {
			continue
		}
		d := Span{Start: m[2], End: m[3], Kind: KindYear}
		d.Year, _ = strconv.Atoi(text[m[2]:m[3]])
		cands = append(cands, d)
	}
	for _, re := range []*regexp.Regexp{reYearPair, reYearStart, reYearRangeEnd} {
		for _, m := range matchAll(re, text, wins) {
			d := Span{Start: m[2], End: m[3], Kind: KindYear}
			d.Year, _ = strconv.Atoi(text[m[2]:m[3]])
			cands = append(cands, d)
		}
	}
	for _, m := range matchAll(reTheYear, text, wins) {
		cands = append(cands, Span{Start: m[2], End: m[3], Kind: KindRelative, Rel: "this year"})
	}
	for _, m := range matchAll(reYearPart, text, wins) {
		cands = append(cands, Span{Start: m[0], End: m[1], Kind: KindRelative, Rel: "this year"})
	}
	for _, m := range matchAll(reWeekday, text, wins) {
		d := Span{Start: m[0], End: m[1], Kind: KindWeekday, HasWeekday: true}
		if m[2] >= 0 {
			d.Dir = strings.ToLower(text[m[2]:m[3]])
			if d.Dir == "on" {
				d.Dir = ""
				d.Start = m[4] // "on" is not part of the date
			}
		}
		d.Weekday, _ = parseWeekday(text[m[4]:m[5]])
		cands = append(cands, d)
	}
	for _, m := range matchAll(reBareMon, text, wins) {
		// "in October 2021" and "October 12" are other patterns.
		if rest := strings.TrimLeft(text[m[1]:], " ,"); len(rest) > 0 && isDigitByte(rest[0]) {
			continue
		}
		d := Span{Start: m[4], End: m[5], Kind: KindMonth, Month: parseMonth(text[m[4]:m[5]])}
		switch mod := strings.ToLower(text[m[2]:m[3]]); mod {
		case "early", "mid", "late":
			d.Start = m[2]
		case "last", "next", "this":
			d.Dir = mod
		}
		cands = append(cands, d)
	}
	for _, m := range matchAll(reRelative, text, wins) {
		cands = append(cands, Span{Start: m[2], End: m[3], Kind: KindRelative, Rel: strings.ToLower(text[m[2]:m[3]])})
	}
	// Longest first, then leftmost; drop anything overlapping a kept span.
	sortSpans(cands)
	var out []Span
	// taken marks the bytes of kept spans, so that the overlap test costs
	// a span's length, not the number of spans kept (a long text has many).
	taken := make([]bool, len(text))
	for _, c := range cands {
		if c.Kind == KindFull && (c.Month < 1 || c.Month > 12 || c.Day < 1 || c.Day > 31) {
			continue
		}
		if slices.Contains(taken[c.Start:c.End], true) {
			continue
		}
		for i := c.Start; i < c.End; i++ {
			taken[i] = true
		}
		out = append(out, c)
	}
	sortByStart(out)
	return out
}

func sortSpans(ds []Span) {
	// Stable, as the insertion sort it replaces was: spans of one length
	// and start keep their order. O(n log n): a long article has many dates.
	slices.SortStableFunc(ds, func(a, b Span) int {
		if la, lb := a.End-a.Start, b.End-b.Start; la != lb {
			return cmp.Compare(lb, la)
		}
		return cmp.Compare(a.Start, b.Start)
	})
}

func sortByStart(ds []Span) {
	slices.SortStableFunc(ds, func(a, b Span) int { return cmp.Compare(a.Start, b.Start) })
}

// yearForWeekday picks the year in which month/day falls on the weekday:
// the latest such year not after maxYear, within 28 years (the calendar
// repeats every 28 years). It returns 0 when there is none.
func YearForWeekday(month time.Month, day int, wd time.Weekday, maxYear int) int {
	for y := maxYear; y > maxYear-28; y-- {
		t := time.Date(y, month, day, 0, 0, 0, 0, time.UTC)
		if t.Month() == month && t.Weekday() == wd {
			return y
		}
	}
	return 0
}

// nearestYear returns the year that puts month/day closest to ref.
func nearestYear(month time.Month, day int, ref time.Time) int {
	best, bestD := ref.Year(), time.Duration(1<<62)
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		t := time.Date(y, month, day, 0, 0, 0, 0, time.UTC)
		d := t.Sub(ref)
		if d < 0 {
			d = -d
		}
		if d < bestD {
			best, bestD = y, d
		}
	}
	return best
}

func iso(t time.Time) string { return t.Format("2006-01-02") }

// anchor finds the reference date for a document with no publication
// date: a weekday written with a month and day ("Sunday, January 16") pins
// the year, taken as the latest such year not after maxYear.
func Anchor(ds []Span, maxYear int) time.Time {
	for _, d := range ds {
		if d.Kind == KindFull && d.HasWeekday && d.Year == 0 {
			if y := YearForWeekday(d.Month, d.Day, d.Weekday, maxYear); y != 0 {
				return time.Date(y, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
			}
		}
	}
	return time.Time{}
}

// resolve turns a date expression into an ISO 8601 value against the
// reference date ref (zero when unknown). It returns "" when the value
// cannot be known.
func Resolve(d Span, ref time.Time, future bool, w *Words) string {
	if v, ok := resolvePeriod(d, ref, future); ok {
		return v
	}
	switch d.Kind {
	case KindFull:
		y := d.Year
		if y == 0 && !ref.IsZero() {
			y = nearestYear(d.Month, d.Day, ref)
			// "will report results on Jan. 25", published on March 1: a
			// day still to come is next year's (a week's lag between
			// writing and the date a feed gives is the story's own).
			if future && time.Date(y, d.Month, d.Day, 0, 0, 0, 0, time.UTC).Before(ref.AddDate(0, 0, -7)) {
				y++
			}
		}
		if y != 0 && time.Date(y, d.Month, d.Day, 0, 0, 0, 0, time.UTC).Day() != d.Day {
			return "" // February 29 of a common year, April 31
		}
		switch {
		case y != 0:
			return fmt.Sprintf("%04d-%02d-%02d", y, d.Month, d.Day)
		default:
			return fmt.Sprintf("--%02d-%02d", d.Month, d.Day)
		}
	case KindMonthYr:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case KindYear:
		return fmt.Sprintf("%04d", d.Year)
	case KindWeekday:
		if ref.IsZero() {
			return ""
		}
		return iso(weekdayNear(ref, d.Weekday, d.Dir, future))
	case KindRelative:
		if ref.IsZero() {
			return ""
		}
		return relative(d.Rel, ref, w)
	case KindMonth:
		if ref.IsZero() {
			return ""
		}
		return monthNear(ref, d.Month, d.Dir, future).Format("2006-01")
	}
	return ""
}

// weekdayNear resolves a weekday: the most recent one on or before ref
// for past-tense news, the next one on or after it for "next" or future
// tense, and the one in ref's week for "this".
func weekdayNear(ref time.Time, wd time.Weekday, dir string, future bool) time.Time {
	switch {
	case dir == "next" || (future && dir == ""):
		diff := (int(wd) - int(ref.Weekday()) + 7) % 7
		if dir == "next" && diff == 0 {
			diff = 7
		}
		return ref.AddDate(0, 0, diff)
	case dir == "last":
		diff := (int(ref.Weekday()) - int(wd) + 7) % 7
		if diff == 0 {
			diff = 7
		}
		return ref.AddDate(0, 0, -diff)
	default:
		diff := (int(ref.Weekday()) - int(wd) + 7) % 7
		return ref.AddDate(0, 0, -diff)
	}
}

// monthNear resolves a month without a year: the latest one on or before
// ref's month for past-tense news, the next one on or after it for "next"
// or future tense, ref's year for "this".
func monthNear(ref time.Time, m time.Month, dir string, future bool) time.Time {
	y := ref.Year()
	switch {
	case dir == "this":
	case dir == "next" || (future && dir == ""):
		if m < ref.Month() || (dir == "next" && m == ref.Month()) {
			y++
		}
	default:
		if m > ref.Month() || (dir == "last" && m == ref.Month()) {
			y--
		}
	}
	return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
}

func relative(rel string, ref time.Time, w *Words) string {
	f := strings.Fields(rel)
	switch {
	case rel == "today" || rel == "tonight" || strings.HasPrefix(rel, "this ") && rel != "this week" && rel != "this month" && rel != "this year" || rel == "earlier in the day" || rel == "later in the day" || rel == "earlier today":
		return iso(ref)
	case rel == "yesterday":
		return iso(ref.AddDate(0, 0, -1))
	case rel == "tomorrow":
		return iso(ref.AddDate(0, 0, 1))
	case len(f) == 2:
		off := map[string]int{"last": -1, "this": 0, "next": 1}[f[0]]
		switch f[1] {
		case "week":
			y, w := ref.AddDate(0, 0, 7*off).ISOWeek()
			return fmt.Sprintf("%04d-W%02d", y, w)
		case "month":
			t := time.Date(ref.Year(), ref.Month()+time.Month(off), 1, 0, 0, 0, 0, time.UTC)
			return t.Format("2006-01")
		case "year":
			return fmt.Sprintf("%04d", ref.Year()+off)
		}
	case len(f) == 3 && f[2] == "ago":
		n, ok := w.Numbers[f[0]]
		if !ok {
			n, _ = strconv.Atoi(f[0])
		}
		switch strings.TrimSuffix(f[1], "s") {
		case "decade":
			return fmt.Sprintf("%04d", ref.Year()-10*n)
		case "year":
			return fmt.Sprintf("%04d", ref.Year()-n)
		case "month":
			return time.Date(ref.Year(), ref.Month()-time.Month(n), 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
		case "week":
			return iso(ref.AddDate(0, 0, -7*n))
		case "day":
			return iso(ref.AddDate(0, 0, -n))
		}
	}
	return ""
}

// dateline returns the publication date written on a short line of its own
// ("Thu. Jan 20th, 2022", "Ru-Main, 14.01.2022"), or zero.
func Dateline(text string, ds []Span) time.Time {
	for _, d := range ds {
		if d.Kind != KindFull || d.Year == 0 {
			continue
		}
		ls := strings.LastIndexByte(text[:d.Start], '\n') + 1
		le := strings.IndexByte(text[d.End:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += d.End
		}
		if wireDateline(text[ls:d.Start], text[d.End:le]) {
			return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
		}
		rest := strings.TrimSpace(text[ls:d.Start]) + strings.TrimSpace(text[d.End:le])
		if len(strings.Fields(rest)) <= 3 && !strings.ContainsAny(rest, ".!?") || len(strings.Fields(rest)) <= 1 {
			t := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
			if t.Month() == d.Month {
				return t
			}
		}
	}
	return time.Time{}
}

// Wire datelines: "AMSTERDAM, March 4, 2024 (Reuters) - The ...",
// "Moscow, 14 February 2022 - ...", "By Jane Doe | March 8, 2023".
var (
	reDatelinePlace  = regexp.MustCompile(`^\s*(?:\p{Lu}[\p{L}.'’ -]{0,40},\s*)?$`)
	reDatelineAfter  = regexp.MustCompile(`^\s*(?:\([^()\n]{1,40}\)\s*)?[-—–]`)
	reDatelineByline = regexp.MustCompile(`^\s*By\s+[^|\n]{1,80}\|\s*$`)
)

// wireDateline reports whether a date between before and after (the rest
// of its line) is a wire dateline: a place and the date opening the line
// and a dash (with the agency) before the story, or a byline and the date.
func wireDateline(before, after string) bool {
	if reDatelineByline.MatchString(before) {
		return true
	}
	// A bare "March 4, 2022 - Russia invades" is a timeline's entry: a
	// dateline names its place or its agency.
	if strings.TrimSpace(before) == "" && !strings.HasPrefix(strings.TrimSpace(after), "(") {
		return false
	}
	return reDatelinePlace.MatchString(before) && reDatelineAfter.MatchString(after)
}

// topicYear returns the year a text without a reference date is about:
// the written year that occurs most, at least twice, and more often than
// any other ("in 2015 ... by the end of 2015"). It returns 0 when none.
func TopicYear(ds []Span) int {
	count := map[int]int{}
	for _, d := range ds {
		if d.Year != 0 {
			count[d.Year]++
		}
	}
	best, n, tie := 0, 0, false
	for y, c := range count {
		switch {
		case c > n:
			best, n, tie = y, c, false
		case c == n:
			tie = true
		}
	}
	if n < 2 || tie {
		return 0
	}
	return best
}
