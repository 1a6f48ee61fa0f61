package text

import (
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	in := "Russia's NATO-Russia talks: U.S. envoy O'Connell, 14.01.2022. U.S embassies, J.S Bach, U.K."
	var got []string
	for _, tok := range Tokenize(in) {
		if in[tok.Start:tok.End] != tok.Text {
			t.Errorf("token %q has offsets %d-%d", tok.Text, tok.Start, tok.End)
		}
		got = append(got, tok.Text)
	}
	want := "Russia|'s|NATO|-|Russia|talks|:|U.S.|envoy|O'Connell|,|14.01.2022|.|U.S|embassies|,|J|.|S|Bach|,|U.K."
	if strings.Join(got, "|") != want {
		t.Errorf("Tokenize = %s, want %s", strings.Join(got, "|"), want)
	}
}

func TestSplitSentences(t *testing.T) {
	in := "Mr. Smith met Gen. Lee. They talked.\nA new line"
	toks := Tokenize(in)
	var got []string
	for _, s := range SplitSentences(in, toks, map[string]bool{"mr": true, "gen": true}) {
		got = append(got, in[s.Start:s.End])
	}
	want := "Mr. Smith met Gen. Lee.|They talked.|A new line"
	if strings.Join(got, "|") != want {
		t.Errorf("SplitSentences = %q, want %q", strings.Join(got, "|"), want)
	}
	// Without the abbreviations the dots end sentences: the list is used.
	if n := len(SplitSentences(in, toks, nil)); n != 5 {
		t.Errorf("without abbreviations: %d sentences, want 5", n)
	}
}

// A legal form's dot ends the sentence before a word that opens one, and
// no other: "Halvex Corp. Chairman X" stays one sentence.
func TestSplitSentencesAfterLegalForm(t *testing.T) {
	in := "It was sold to Halvex Corp. The company paid cash. Halvex Corp. Chairman Ann Lee agreed."
	toks := Tokenize(in)
	var got []string
	for _, s := range SplitSentencesAfter(in, toks, map[string]bool{"corp": true}, map[string]bool{"corp": true}, func(t Token) bool { return t.Text == "The" }) {
		got = append(got, in[s.Start:s.End])
	}
	want := "It was sold to Halvex Corp.|The company paid cash.|Halvex Corp. Chairman Ann Lee agreed."
	if strings.Join(got, "|") != want {
		t.Errorf("SplitSentencesAfter = %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{"Jens Stoltenberg": "jens-stoltenberg", "Zürich": "zurich", "U.S.": "us", "Al Jazeera's": "al-jazeeras"} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}
