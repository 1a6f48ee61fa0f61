package source

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

// dateLayouts are the forms ParseDate reads, tried in order.
var dateLayouts = []string{
	time.RFC3339Nano,
	time.DateOnly,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700", // RFC 1123 and RFC 822 with one-digit days, as feeds write them
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006 15:04 MST",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 MST",
	time.RFC822Z,
	time.RFC822,
	time.RFC850,
	time.ANSIC,
	"Mon, 2 Jan 2006",
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"Jan 2 2006",
	"Monday, January 2, 2006",
	"Mon, January 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	"2 Jan. 2006",
	"Monday, 2 January 2006",
	"Monday 2 January 2006",
	"January 2, 2006 15:04",
	"January 2, 2006 3:04 PM",
	"2006/01/02",
}

var ordinalRe = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)\b`)

// ParseDate reads a publication date in the common forms: RFC 3339 (with
// or without a time, "2023-06-15T10:00:00Z"), YYYY-MM-DD, RFC 1123 and RFC
// 822 as feeds write them ("Thu, 15 Jun 2023 10:00:00 GMT"), "June 15,
// 2023", "Jun. 15, 2023", "15 June 2023" and YYYY/MM/DD. Month and day
// names may be in any case. Ambiguous numeric forms (06/07/2023) are not
// read. It returns an error quoting s for anything else.
func ParseDate(s string) (time.Time, error) {
	v := strings.Join(strings.Fields(s), " ")
	v = strings.Replace(v, "Sept ", "Sep ", 1)
	v = strings.Replace(v, "Sept. ", "Sep. ", 1)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, v); err == nil {
			return t, nil
		}
	}
	// "15th June 2023", "June 15th, 2023"
	if o := ordinalRe.ReplaceAllString(v, "$1"); o != v {
		for _, layout := range dateLayouts {
			if t, err := time.Parse(layout, o); err == nil {
				return t, nil
			}
		}
	}
	return time.Time{}, fmt.Errorf("date %q is in none of the forms read (2023-06-15, 2023-06-15T10:00:00Z, June 15, 2023, 15 June 2023, Thu, 15 Jun 2023 10:00:00 GMT)", s)
}
