package dates

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/internal/text"
)

// TestMood reads the status of the event whose trigger is the word marked
// with * in each sentence; every negation, cancellation and plan has a
// control in the same form that states the event.
func TestMood(t *testing.T) {
	tests := []struct {
		sent string
		verb bool
		want Status
	}{
		{"Scholz *met Macron in Paris on Monday.", true, Stated},
		{"Scholz did not *meet Macron in Paris.", true, Negated},
		{"Scholz didn't *meet Macron in Paris.", true, Negated},
		{"Scholz has never *met Macron.", true, Negated},
		{"Scholz refused to *meet Macron.", true, Negated},
		{"Scholz declined to attend the *summit.", false, Negated},
		{"Scholz attended the *summit.", false, Stated},
		{"The ministry denied that Scholz had held *talks with Macron.", false, Negated},
		{"The ministry said that Scholz had held *talks with Macron.", false, Stated},
		{"No *meeting took place.", false, Negated},
		{"The *meeting took place on Monday.", false, Stated},
		{"The *meeting did not take place.", false, Cancelled},
		{"A *meeting did not take place.", false, Negated},
		{"The *talks did not produce a deal.", false, Stated},
		{"Scholz did not say anything new at the *summit.", false, Stated},
		{"Scholz did not say whether he *met Macron.", true, Stated},
		{"Scholz ruled out *meeting Macron.", true, Negated},
		{"Russia rejected *talks with Ukraine.", false, Negated},
		{"Russia welcomed *talks with Ukraine.", false, Stated},
		{"Poland boycotted the *summit in Minsk.", false, Negated},
		{"Scholz plans to *meet Macron next week.", true, Planned},
		{"Scholz will *meet Macron next week.", true, Planned},
		{"Scholz is expected to *visit Kyiv.", true, Planned},
		{"Scholz may *meet Macron.", true, Planned},
		{"In May Scholz *met Macron.", true, Stated},
		{"Scholz is scheduled to hold *talks with Macron.", false, Planned},
		{"Scholz held *talks with Macron.", false, Stated},
		{"The two leaders agreed to *meet next week.", true, Planned},
		{"Scholz flew to Paris to *meet Macron.", true, Stated},
		{"Greenspan has been in London to attend the G7 *meeting.", false, Stated},
		{"Straw is to *visit Thailand this week.", true, Planned},
		{"Xi invited Olaf Scholz to *visit Beijing.", true, Planned},
		{"Both sides agreed to begin *talks on trade.", false, Planned},
		{"Both sides agreed to keep away from the *conference venue.", false, Stated},
		{"Sir Ian told a *meeting of the police board it would be unwise to speculate.", false, Stated},
		{"The *meeting will assess progress.", false, Planned},
		{"Russian-American *talks on stability and security issues will be held on January 10.", false, Planned},
		{"The *talks ended on Monday and will resume in May.", false, Stated},
		{"The *summit was called off.", false, Cancelled},
		{"The *summit was held in Rome.", false, Stated},
		{"Russia postponed the *talks.", false, Postponed},
		{"Russia hosted the *talks.", false, Stated},
		{"The *talks have been put off until May.", false, Postponed},
		{"Biden cancelled his *visit to Kyiv.", false, Cancelled},
		{"Talks are scheduled for Monday, and the *talks are expected to last a day.", false, Planned},
		{"The planned *summit was held in Rome.", false, Stated},
		{"The planned *summit will be held in Rome.", false, Planned},
		{"The planned *summit is in Rome.", false, Planned},
		{"Scholz will not *meet Macron.", true, Negated},
	}
	for _, tt := range tests {
		star := strings.Index(tt.sent, "*")
		s := tt.sent[:star] + tt.sent[star+1:]
		toks := text.Tokenize(s)
		i := 0
		for i < len(toks) && toks[i].Start != star {
			i++
		}
		if i == len(toks) {
			t.Fatalf("%q: no token at the mark", tt.sent)
		}
		if got := Mood(toks, i, i+1, 0, len(toks), tt.verb); got != tt.want {
			t.Errorf("Mood(%q) = %v, want %v", tt.sent, got, tt.want)
		}
	}
}

// TestFutureScheduled: "scheduled/expected to" put the dates of the clause
// they govern in the future however far the date is; the control, the same
// clause in the past tense, does not.
func TestFutureScheduled(t *testing.T) {
	for _, tt := range []struct {
		sent string
		want bool
	}{
		{"Ann Lowe is scheduled to hold talks with Tom Reed in Oslo on *Monday.", true},
		{"Ann Lowe is expected to hold long talks with Tom Reed in Oslo on *Monday.", true},
		{"Ann Lowe held talks with Tom Reed in Oslo on *Monday.", false},
		// past an apposition set off by commas, never past another clause
		{"The summit will be held in Vilnius, the Lithuanian capital, in *July.", true},
		{"The summit was held in Vilnius, the Lithuanian capital, in *July.", false},
		{"Officials will meet, and the vote, a formality, was in *July.", false},
	} {
		star := strings.Index(tt.sent, "*")
		s := tt.sent[:star] + tt.sent[star+1:]
		toks := text.Tokenize(s)
		i := 0
		for i < len(toks) && toks[i].Start != star {
			i++
		}
		if got := Future(toks, i, i+1, 0, len(toks)); got != tt.want {
			t.Errorf("Future(%q) = %v, want %v", tt.sent, got, tt.want)
		}
	}
}

// TestHeld: a past verb trigger or a past verb of occurrence after a noun
// trigger reports the event held; a noun with nothing after it does not.
func TestHeld(t *testing.T) {
	for _, tt := range []struct {
		sent string
		verb bool
		want bool
	}{
		{"Scholz *met Macron.", true, true},
		{"Scholz will *meet Macron.", true, false},
		{"The *talks took place in Geneva.", false, true},
		{"The *summit was held in Rome.", false, true},
		{"He would not discuss the *talks.", false, false},
	} {
		star := strings.Index(tt.sent, "*")
		s := tt.sent[:star] + tt.sent[star+1:]
		toks := text.Tokenize(s)
		i := 0
		for i < len(toks) && toks[i].Start != star {
			i++
		}
		if got := Held(toks, i, i+1, len(toks), tt.verb); got != tt.want {
			t.Errorf("Held(%q) = %v, want %v", tt.sent, got, tt.want)
		}
	}
}
