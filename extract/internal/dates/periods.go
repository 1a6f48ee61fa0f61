package dates

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Seasons, weekends and holidays. A season resolves to its year ("this
// summer" is "2021", an xsd:gYear in the graph, as the project's gold
// annotations write it; TimeML's "2021-SU" would be a plain literal); a
// weekend to TimeML's "2021-W05-WE" (a plain literal in the graph). A
// decade ("the 1990s") is no date here: it is a span, not a day an event
// starts, and the project's annotations do not count it.
var (
	// "this summer", "last fall", "the early summer", "the winter of 2021",
	// "summer 2021". A season needs a determiner or a year: "prices fall",
	// "the fall of the Berlin Wall" are no dates.
	reSeason = regexp.MustCompile(`\b(?:((?i:the|this past|this|last|next|late|early))\s+)?(?:(early|late|mid)[- ])?(spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?((?:1[89]|20)\d{2})\b)?`)
	// "the weekend", "this weekend", "last weekend".
	reWeekend = regexp.MustCompile(`\b((?i:the|this|last|next))\s+weekend\b`)
	// "Thanksgiving Day", "last Christmas", "Election Day".
	reHoliday = regexp.MustCompile(`\b(?:((?i:last|next|this))\s+)?(Thanksgiving(?: Day)?|Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|Election Day|Independence Day|Labor Day|Memorial Day|Veterans Day|Halloween)\b`)
)

var seasonCode = map[string]string{"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

// seasonStart is the month a season begins (northern hemisphere).
var seasonStart = map[string]time.Month{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

func findPeriods(text string, wins [][2]int, cands []Span) []Span {
	for _, m := range matchAll(reSeason, text, wins) {
		det, year := strings.ToLower(group(text, m, 1)), group(text, m, 4)
		if det == "" && year == "" {
			continue
		}
		if year == "" && strings.HasPrefix(strings.TrimLeft(text[m[1]:], " "), "of ") {
			continue // "the fall of the Berlin Wall"
		}
		if year == "" && group(text, m, 3) == "fall" && (det == "the" || det == "late" || det == "early") {
			continue // "the fall in prices": a fall is a season only when named so
		}
		d := Span{Start: m[0], End: m[1], Kind: KindSeason, Rel: seasonCode[group(text, m, 3)]}
		if year != "" {
			d.Year, _ = strconv.Atoi(year)
		}
		switch det {
		case "this", "this past":
			d.Dir = "this"
		case "last", "next":
			d.Dir = det
		}
		cands = append(cands, d)
	}
	for _, m := range matchAll(reWeekend, text, wins) {
		d := Span{Start: m[0], End: m[1], Kind: KindWeekend, Dir: strings.ToLower(group(text, m, 1))}
		if d.Dir == "the" {
			d.Dir = ""
		}
		cands = append(cands, d)
	}
	for _, m := range matchAll(reHoliday, text, wins) {
		d := Span{Start: m[0], End: m[1], Kind: KindHoliday, Rel: group(text, m, 2), Dir: strings.ToLower(group(text, m, 1))}
		cands = append(cands, d)
	}
	return cands
}

// holiday returns the date of a holiday in year y (United States dates
// for the American ones), zero when unknown.
func holiday(name string, y int) time.Time {
	nth := func(m time.Month, wd time.Weekday, n int) time.Time {
		t := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
		t = t.AddDate(0, 0, (int(wd)-int(t.Weekday())+7)%7)
		return t.AddDate(0, 0, 7*(n-1))
	}
	day := func(m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	switch name {
	case "Thanksgiving", "Thanksgiving Day":
		return nth(time.November, time.Thursday, 4)
	case "Christmas", "Christmas Day":
		return day(12, 25)
	case "Christmas Eve":
		return day(12, 24)
	case "New Year's Day":
		return day(1, 1)
	case "New Year's Eve":
		return day(12, 31)
	case "Election Day": // the Tuesday after the first Monday of November
		return nth(time.November, time.Monday, 1).AddDate(0, 0, 1)
	case "Independence Day":
		return day(7, 4)
	case "Labor Day":
		return nth(time.September, time.Monday, 1)
	case "Memorial Day":
		t := nth(time.May, time.Monday, 5)
		if t.Month() != time.May {
			t = t.AddDate(0, 0, -7)
		}
		return t
	case "Veterans Day":
		return day(11, 11)
	case "Halloween":
		return day(10, 31)
	}
	return time.Time{}
}

// resolvePeriod resolves the kinds of this file; ok is false for others.
func resolvePeriod(d Span, ref time.Time, future bool) (string, bool) {
	switch d.Kind {
	case KindSeason:
		if d.Year != 0 {
			return fmt.Sprintf("%04d", d.Year), true
		}
		if ref.IsZero() {
			return "", true
		}
		start, y := seasonStart[d.Rel], ref.Year()
		switch {
		case d.Dir == "this":
		case d.Dir == "last":
			if start >= ref.Month() {
				y--
			}
		case d.Dir == "next" || future:
			if start < ref.Month() && d.Dir == "next" {
				y++
			}
		default:
			if start > ref.Month() {
				y--
			}
		}
		return fmt.Sprintf("%04d", y), true
	case KindWeekend:
		if ref.IsZero() {
			return "", true
		}
		sat := weekdayNear(ref, time.Saturday, d.Dir, future)
		if d.Dir == "" && !future && ref.Weekday() == time.Sunday {
			sat = ref.AddDate(0, 0, -1)
		}
		// "this weekend": the weekend of ref's week, or, early in a week
		// and in the past tense, the one just gone.
		if d.Dir == "this" {
			wd := (int(ref.Weekday()) + 6) % 7 // Monday 0
			sat = ref.AddDate(0, 0, 5-wd)
			if !future && wd <= 1 {
				sat = sat.AddDate(0, 0, -7)
			}
		}
		y, w := sat.ISOWeek()
		return fmt.Sprintf("%04d-W%02d-WE", y, w), true
	case KindHoliday:
		if ref.IsZero() {
			return "", true
		}
		y := ref.Year()
		t := holiday(d.Rel, y)
		switch {
		case d.Dir == "this":
		case d.Dir == "next":
			if !t.After(ref) {
				t = holiday(d.Rel, y+1)
			}
		case d.Dir == "": // the nearest one, as for "March 3"
			for _, o := range []time.Time{holiday(d.Rel, y-1), holiday(d.Rel, y+1)} {
				if absDur(o.Sub(ref)) < absDur(t.Sub(ref)) {
					t = o
				}
			}
		default:
			if t.After(ref) || (d.Dir == "last" && t.Equal(ref)) {
				t = holiday(d.Rel, y-1)
			}
		}
		return iso(t), true
	}
	return "", false
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}
