package extract_test

import (
	"context"
	"testing"
	"time"

	"github.com/kg-project/kg"
)

func TestDates(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		pub   string // publication date, "" for none
		date  string // surface form of the DATE mention
		value string // want ISO value; "" means no DATE mention for it
	}{
		{"month day against publication", "The jury returned its verdict on March 3.", "2021-03-05", "March 3", "2021-03-03"},
		{"month day across new year", "Shares fell sharply on December 30.", "2022-01-04", "December 30", "2021-12-30"},
		{"future month day already gone is next year's", "The company will report results on January 25.", "2023-03-01", "January 25", "2024-01-25"},
		{"past month day stays this year", "The company reported results on January 25.", "2023-03-01", "January 25", "2023-01-25"},
		{"past month day still to come this year is last year's", "Erdogan hosted Putin in Istanbul on Oct. 13.", "2023-06-09", "Oct. 13", "2022-10-13"},
		{"past opening the sentence", "On Oct. 13, the plant closed.", "2023-06-09", "Oct. 13", "2022-10-13"},
		{"present month day keeps the nearest year", "The vote is on Oct. 13.", "2023-06-09", "Oct. 13", "2023-10-13"},
		{"a past plan's date keeps the nearest year", "The vote was scheduled for Oct. 13.", "2023-06-09", "Oct. 13", "2023-10-13"},
		{"an apposition leaves the future its date", "The summit will be held in Vilnius, the Lithuanian capital, in July.", "2023-06-09", "July", "2023-07"},
		{"future day within a week of publication keeps its year", "He said the vote will be on February 27.", "2023-03-01", "February 27", "2023-02-27"},
		{"set for is a plan", "The vote is set for mid-December.", "2023-03-01", "mid-December", "2023-12"},
		{"scheduled for is a plan", "The hearing is scheduled for January 20.", "2023-03-01", "January 20", "2024-01-20"},
		{"this weekend is the week's own", "The talks will resume this weekend.", "2023-03-01", "this weekend", "2023-W09-WE"},
		{"this weekend early in a week is the one gone", "The talks resumed this weekend.", "2023-02-27", "this weekend", "2023-W08-WE"},
		{"ordinal with year", "The launch is set for Feb 14th, 2024 at dawn.", "2023-11-01", "Feb 14th, 2024", "2024-02-14"},
		{"numeric day.month.year", "Berlin, 05.07.2019: the court ruled.", "", "05.07.2019", "2019-07-05"},
		{"month and year", "Inflation peaked in October 2022, economists said.", "2023-02-01", "October 2022", "2022-10"},
		{"bare year after preposition", "The club was founded in 1899 by students.", "2023-02-01", "1899", "1899"},
		{"day before month", "Voting ended on 12 June after a long campaign.", "2023-06-20", "12 June", "2023-06-12"},
		{"weekday resolves backwards", "The minister resigned on Tuesday after the leak.", "2023-06-16", "Tuesday", "2023-06-13"},
		{"weekday same day", "The striker signed on Friday.", "2023-06-16", "Friday", "2023-06-16"},
		{"future weekday resolves forwards", "The board will vote on Monday.", "2023-06-16", "Monday", "2023-06-19"},
		{"last month", "Exports rose last month, the agency said.", "2023-01-12", "last month", "2022-12"},
		{"decades ago", "The treaty was signed two decades ago.", "2023-01-12", "two decades ago", "2003"},
		{"bare month in the past", "The plant closed in October, workers said.", "2022-01-14", "October", "2021-10"},
		{"early month", "Prices spiked in early December.", "2022-01-07", "early December", "2021-12"},
		{"future month", "The trial will resume in March.", "2022-01-07", "March", "2022-03"},
		{"bare month without reference", "The plant closed in October.", "", "October", ""},
		{"earlier in the day", "Earlier in the day, the minister resigned.", "2022-01-07", "Earlier in the day", "2022-01-07"},
		{"impossible day has no value", "The vote is set for February 29, 2023.", "2023-01-10", "February 29, 2023", ""},
		{"days ago", "The ship sank three days ago.", "2023-01-12", "three days ago", "2023-01-09"},
		{"mid-month", "Prices fell in mid-December, traders said.", "2023-01-12", "mid-December", "2022-12"},
		{"yesterday", "Police arrested two men yesterday.", "2023-01-12", "yesterday", "2023-01-11"},
		{"no publication date keeps no year", "The festival opens on August 8.", "", "August 8", "--08-08"},
		{"no publication date, weekday unresolved", "The council met on Thursday.", "", "Thursday", ""},
		{"weekday pins the year", "The summit opened on Sunday, March 5, with protests.", "", "Sunday, March 5", "2023-03-05"},
		// Tense comes from the clause that governs the date (2023-06-14 is a Wednesday).
		{"will in another clause", "Officials said Friday they will appeal the ruling.", "2023-06-14", "Friday", "2023-06-09"},
		{"will in its own clause", "The court will rule on Friday, officials said.", "2023-06-14", "Friday", "2023-06-16"},
		{"will after a date opening the clause", "Friday's vote will decide the matter.", "2023-06-14", "Friday", "2023-06-16"},
		{"will after a comma", "On Monday, the court will rule on the appeal.", "2023-06-14", "Monday", "2023-06-19"},
		{"will inside a quotation", "\"We will win,\" the coach said Tuesday.", "2023-06-14", "Tuesday", "2023-06-13"},
		{"will inside a quotation governs its own date", "\"We will win on Saturday,\" the coach said.", "2023-06-14", "Saturday", "2023-06-17"},
		{"expected to", "The senate is expected to vote on Thursday.", "2023-06-14", "Thursday", "2023-06-15"},
		{"due to is no future", "Acme cut its dividend due to its third-quarter loss.", "2023-11-14", "third-quarter", "2023-Q3"},
		// Years as modifiers and at the end of a range.
		{"year modifying a noun", "Investigators reopened the 1996 bombing case.", "2022-02-07", "1996", "1996"},
		{"year after a possessive", "The company's 2019 budget was cut.", "2022-02-07", "2019", "2019"},
		{"a count is no year", "The plant laid off its 1900 workers.", "2022-02-07", "1900", ""},
		{"a count is no year: control", "The plant laid off its 1900 workers in 2019.", "2022-02-07", "2019", "2019"},
		{"end of a year range", "He ran the firm from 1991 to 1997.", "2022-02-07", "1997", "1997"},
		{"for the year", "For the year, pet food sales were flat.", "2022-02-07", "the year", "2022"},
		{"the year of is no date", "She was named player of the year on Monday.", "2022-02-07", "the year", ""},
		{"the year of: control", "She was named player of the year on Monday.", "2022-02-07", "Monday", "2022-02-07"},
		{"through a month", "Sales rose this year through August.", "2022-10-07", "August", "2022-08"},
		{"quarter-finals are no quarter", "Porto reached the quarter-finals in the third quarter.", "2021-10-20", "the quarter", ""},
		{"quarter-finals: control", "Porto reached the quarter-finals in the third quarter.", "2021-10-20", "the third quarter", "2021-Q3"},
		{"the fall in prices is no season", "Traders blamed the fall in prices this summer.", "2021-08-20", "the fall", ""},
		{"the fall in prices: control", "Traders blamed the fall in prices this summer.", "2021-08-20", "this summer", "2021"},
		// Seasons, weekends, decades, holidays (TimeML values) and parts of today.
		{"this summer", "The band toured Europe this summer.", "2021-08-20", "this summer", "2021"},
		{"last fall", "The plant closed last fall, workers said.", "2022-02-10", "last fall", "2021"},
		{"season with its year", "The dam was finished in the spring of 2019.", "2022-02-10", "the spring of 2019", "2019"},
		{"fall as a verb is no season", "Prices will fall in the winter, traders said.", "2022-02-10", "fall", ""},
		{"fall of is no season", "He wrote about the fall of the Berlin Wall on Monday.", "2022-02-10", "the fall", ""},
		{"fall of: control", "He wrote about the fall of the Berlin Wall on Monday.", "2022-02-10", "Monday", "2022-02-07"},
		{"the weekend", "Fans queued over the weekend for tickets.", "2022-02-07", "the weekend", "2022-W05-WE"},
		{"a decade is no date", "The firm grew fast in the 1990s.", "2022-02-07", "the 1990s", ""},
		{"a decade is no date: control", "The firm grew fast in the 1990s and on Monday.", "2022-02-07", "Monday", "2022-02-07"},
		{"Thanksgiving", "Stores opened early on Thanksgiving Day.", "2021-11-27", "Thanksgiving Day", "2021-11-25"},
		{"Election Day ahead", "Voters go to the polls on Election Day.", "2022-10-20", "Election Day", "2022-11-08"},
		{"tonight", "The president will speak tonight.", "2022-02-07", "tonight", "2022-02-07"},
		{"this morning", "Police closed the bridge this morning.", "2022-02-07", "this morning", "2022-02-07"},
		{"last May", "The law passed last May.", "2022-02-07", "May", "2021-05"},
		{"May the modal is no month", "Officials said the bridge May close in the winter.", "2022-02-07", "May", ""},
		// Quarters and the periods compared with them (TimeML values).
		{"quarter in the past", "Profit fell in the third quarter, the bank said.", "2021-10-20", "the third quarter", "2021-Q3"},
		{"quarter ahead of the reference is last year's", "Sales in the fourth quarter dropped, the retailer said.", "2022-02-10", "the fourth quarter", "2021-Q4"},
		{"quarter as an adjective", "The insurer posted third-quarter profit of $2 million.", "2021-11-02", "third-quarter", "2021-Q3"},
		{"quarter with its year", "Revenue for the fourth quarter of 2020 rose.", "2021-11-02", "the fourth quarter of 2020", "2020-Q4"},
		{"the quarter refers back", "Acme earned $5 million in the second quarter. Sales in the quarter rose 4%.", "2021-08-01", "the quarter", "2021-Q2"},
		{"the quarter alone is the last one ended", "Sales in the quarter rose 4%.", "2021-08-01", "the quarter", "2021-Q2"},
		{"a year earlier after a quarter", "Acme earned $5 million in the third quarter, up from $4 million a year earlier.", "2021-10-20", "a year earlier", "2020-Q3"},
		{"the year-ago quarter", "Acme earned $5 million in the third quarter, up from $4 million in the year-ago quarter.", "2021-10-20", "the year-ago quarter", "2020-Q3"},
		{"a year ago without a quarter", "The plant opened a year ago, workers said.", "2021-10-20", "a year ago", "2020"},
		{"a year earlier after a day", "The index fell on March 3, 2020. A year earlier, it had peaked.", "2021-10-20", "A year earlier", "2019-03-03"},
		{"last year's quarter", "Acme earned $5 million in the third quarter, up from last year's quarter.", "2021-10-20", "last year's quarter", "2020-Q3"},
		{"fiscal year", "Revenue in fiscal 2021 rose 3%.", "2021-11-02", "fiscal 2021", "2021"},
		{"a quarter of is a fraction", "A quarter of the staff left in the second quarter.", "2021-08-01", "A quarter", ""},
		{"a quarter of: control", "A quarter of the staff left in the second quarter.", "2021-08-01", "the second quarter", "2021-Q2"},
		{"a place called Quarter", "Crowds filled the French Quarter on Friday.", "2021-08-06", "the French Quarter", ""},
		{"a place called Quarter: control", "Crowds filled the French Quarter on Friday.", "2021-08-06", "Friday", "2021-08-06"},
		{"weekday-pinned anchor resolves other dates", "The summit opened on Sunday, March 5. Talks began on March 2.", "", "March 2", "2023-03-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustExtract(t, tt.text, tt.pub)
			var got *kg.Mention
			for i, m := range r.Mentions {
				if m.Type == kg.Date && m.Text == tt.date {
					got = &r.Mentions[i]
				}
			}
			switch {
			case tt.value == "" && got != nil:
				t.Errorf("unexpected DATE %+v", *got)
			case tt.value != "" && got == nil:
				t.Errorf("no DATE %q in %+v", tt.date, r.Mentions)
			case got != nil && got.Value != tt.value:
				t.Errorf("value of %q = %q, want %q", tt.date, got.Value, tt.value)
			}
		})
	}
}

func TestPublishedFromDateline(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string
	}{
		{"weekday dateline on top", "Tue. Mar 7th, 2023\n\nThe bank raised rates on Monday.", "2023-03-07"},
		{"place and numeric dateline at the bottom", "The bank raised rates.\n\nLondon-Desk, 07.03.2023\nSource: Reuters", "2023-03-07"},
		{"wire dateline with agency", "AMSTERDAM, March 4, 2024 (Reuters) - The bank raised rates on Monday.", "2024-03-04"},
		{"dateline day first", "Moscow, 14 February 2022 - The ministry said on Monday that talks would go on.", "2022-02-14"},
		{"byline and date", "By Jane Doe | March 8, 2023\nThe bank raised rates on Monday.", "2023-03-08"},
		{"agency line, then a date line", "WASHINGTON (AP) —\nMarch 8, 2023\nThe Senate voted on Monday.", "2023-03-08"},
		{"a timeline entry is no dateline", "Key dates in the dispute.\nMarch 4, 2022 - The talks collapsed after a long night of argument.\nJune 8, 2022 - A deal was signed in the capital after months.", ""},
		{"agency without a place", "March 4, 2024 (Reuters) - The bank raised rates on Monday.", "2024-03-04"},
		{"a date and a dash inside a sentence is no dateline", "The bank said the deal, signed March 4, 2024 - a Monday - was final.", ""},
		{"date inside a sentence is not a dateline", "The bank said on March 7, 2023 that it would raise rates again.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustExtract(t, tt.text, "")
			got := ""
			if !r.Published.IsZero() {
				got = r.Published.Format(time.DateOnly)
			}
			if got != tt.want {
				t.Errorf("Published = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestWhichPublicationDateWins(t *testing.T) {
	// The input's own date, then a dateline in the text, then the default
	// (kg build --published); a relative date resolves against the winner.
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	const withDateline = "Moscow, 14 February 2022 - The ministry said on Monday that talks would go on."
	const without = "The ministry said on Monday that talks would go on."
	tests := []struct {
		name             string
		text             string
		published, dflt  string
		want, wantMonday string
	}{
		{"the input's date beats a dateline", withDateline, "2022-02-16", "2023-01-01", "2022-02-16", "2022-02-14"},
		{"a dateline beats the default", withDateline, "", "2023-01-01", "2022-02-14", "2022-02-14"},
		{"the default when neither", without, "", "2023-01-04", "2023-01-04", "2023-01-02"},
		{"nothing at all", without, "", "", "", ""},
	}
	ex := mustExtractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &kg.Document{ID: "d", Text: tt.text}
			if tt.published != "" {
				doc.Published = day(tt.published)
			}
			if tt.dflt != "" {
				doc.PublishedDefault = day(tt.dflt)
			}
			r, err := ex.Extract(context.Background(), doc)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if !r.Published.IsZero() {
				got = r.Published.Format(time.DateOnly)
			}
			if got != tt.want {
				t.Errorf("Published = %q, want %q", got, tt.want)
			}
			monday := ""
			for _, m := range r.Mentions {
				if m.Type == kg.Date && m.Text == "Monday" {
					monday = m.Value
				}
			}
			if monday != tt.wantMonday {
				t.Errorf("Monday = %q, want %q", monday, tt.wantMonday)
			}
		})
	}
}
