package extract

import (
	"time"

	"github.com/kg-project/kg/extract/internal/dates"
)

// Dates are found and resolved by internal/dates, with the lexicon's words.
type dateSpan = dates.Span

var (
	numberWords = lexInts("grammar.txt", "number")
	dateWords   = &dates.Words{Date: lexSet("grammar.txt", "date"), Numbers: numberWords}
)

func findDates(text string, toks []token) []dateSpan { return dates.Find(text, toks, dateWords) }

// newDateResolver resolves a text's dates in order, against ref.
func newDateResolver(text string, ref time.Time) *dates.Resolver {
	return &dates.Resolver{Ref: ref, W: dateWords, Text: text}
}
func anchor(ds []dateSpan, maxYear int) time.Time   { return dates.Anchor(ds, maxYear) }
func dateline(text string, ds []dateSpan) time.Time { return dates.Dateline(text, ds) }
func topicYear(ds []dateSpan) int                   { return dates.TopicYear(ds) }
func yearForWeekday(month time.Month, day int, wd time.Weekday, maxYear int) int {
	return dates.YearForWeekday(month, day, wd, maxYear)
}

var calendarWords = dates.CalendarWords
