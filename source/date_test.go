package source_test

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/source"
)

func TestParseDateForms(t *testing.T) {
	day := time.Date(2023, 6, 15, 0, 0, 0, 0, time.UTC)
	at10 := time.Date(2023, 6, 15, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Time
	}{
		{"2023-06-15", day},
		{"2023-06-15T10:00:00Z", at10},
		{"2023-06-15T12:00:00+02:00", at10},
		{"2023-06-15T10:00:00.000Z", at10},
		{"2023-06-15 10:00:00", at10},
		{"June 15, 2023", day},
		{"june 15, 2023", day},
		{"Jun 15, 2023", day},
		{"Jun. 15, 2023", day},
		{"Sept. 15, 2023", time.Date(2023, 9, 15, 0, 0, 0, 0, time.UTC)},
		{"15 June 2023", day},
		{"15 Jun 2023", day},
		{"15th June 2023", day},
		{"June 15th, 2023", day},
		{"Thursday, June 15, 2023", day},
		{"Thu, 15 Jun 2023 10:00:00 GMT", at10},
		{"Thu, 15 Jun 2023 11:00:00 +0100", at10},
		{"Thu, 5 Jan 2023 10:00:00 GMT", time.Date(2023, 1, 5, 10, 0, 0, 0, time.UTC)},
		{"15 Jun 23 10:00 UTC", at10},
		{"  June  15,   2023 ", day},
		{"2023/06/15", day},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := source.ParseDate(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if !got.Equal(tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
	for _, bad := range []string{"yesterday", "06/15/2023", "15/06/2023", "June 2023x", "2023-13-45", ""} {
		if got, err := source.ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q) = %v, want an error", bad, got)
		}
	}
}

// A JSON Lines record with a date in a common form is read; one with a
// date in no form is an error with file:line and the rest goes on.
func TestJSONLPublishedForms(t *testing.T) {
	p := filepath.Join(t.TempDir(), "dates.jsonl")
	mkfile(t, p, `{"id":"a","text":"Alpha.","published":"June 15, 2023"}
{"id":"b","text":"Beta.","published":"Thu, 15 Jun 2023 10:00:00 GMT"}
{"id":"c","text":"Gamma.","published":"the day after"}
{"id":"d","text":"Delta.","published":"15 June 2023"}
`)
	docs, errs := collect(t, "", p)
	if len(docs) != 3 || docs[0].Published.Format(time.DateOnly) != "2023-06-15" || docs[1].Published.Format(time.DateOnly) != "2023-06-15" || docs[2].ID != "d" {
		t.Errorf("docs %v", docs)
	}
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), p+`:3: field "published": date "the day after"`) {
		t.Errorf("errors %v", errs)
	}
}
