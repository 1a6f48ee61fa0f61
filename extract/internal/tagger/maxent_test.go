package tagger

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/jdkato/prose/v2"

	"github.com/kg-project/kg/synth"
)

// odd is text with the tokens prose's features treat specially: numbers
// in several notations, punctuation runs, non-ASCII words and affixes
// shorter than three bytes, one-token sentences, and straight, typographic
// and HTML-escaped quotes (prose rewrites the latter two before it splits
// words, and drops some quoted words, such as 'suing).
const odd = `Ça va? "NATO" -- said O'Neill (aged 63) on 1e5, 3.14, Inf and 0x1F; ` +
	`Mr. Zelenskyy's aide, Iñárritu, met MacDonald at 9:30 a.m. in São Paulo... ` +
	`Wait. A. I. U.S.-led talks: "We won't," she said — it's über-fast! ` +
	`DEPUTY Foreign Minister Sergei Ryabkov, 62, and NATO's Jens Stoltenberg. ` +
	"\u201cRussia\u201d and \u2018Ukraine\u2019 meet; Putin&rsquo;s man 'suing Kyiv' met\tPutin in\u00a0Geneva\u2028and Putin."

// TestMaxentMatchesProse checks that kg's classifier gives every token the
// label prose's own gives it: on the seed articles, a synthetic corpus and
// odd text.
func TestMaxentMatchesProse(t *testing.T) {
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	full, err := e.fullModel()
	if err != nil {
		t.Fatal(err)
	}
	// Edge cases of prose's split into words: white space at either end,
	// runs of it, a repeated last word (not shared: prose splits the
	// final segment afresh) and invalid UTF-8.
	texts := []string{odd, "", "Putin", "Putin.", " Putin met Putin", "Putin met Putin",
		"Putin met Putin ", "Putin met Putin\n", "\tNATO  and\n\nNATO\r\n", "\xffPutin met \xffPutin in Moscow\xff"}
	files, err := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "articles", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	n := 60
	if testing.Short() {
		n = 10
	}
	for d := range synth.Generate(7, n) {
		texts = append(texts, d.Text)
	}
	tokens, entities, shared := 0, 0, 0
	for i, text := range texts {
		want, err := prose.NewDocument(text, prose.UsingModel(full), prose.WithSegmentation(false))
		if err != nil {
			t.Fatal(err)
		}
		got, err := prose.NewDocument(text, prose.UsingModel(e.tagger), prose.WithSegmentation(false), prose.WithExtraction(false))
		if err != nil {
			t.Fatal(err)
		}
		wt, gt := want.Tokens(), got.Tokens()
		if len(wt) != len(gt) {
			t.Fatalf("text %d: %d tokens, prose %d", i, len(gt), len(wt))
		}
		if len(gt) > 0 && sharedTokens(text, gt) == nil {
			t.Errorf("text %d: tokens not matched to its words", i)
		}
		e.ner.classify(gt)
		before := make([]string, len(gt))
		for j := range gt {
			before[j] = gt[j].Label
		}
		shareLabels(text, gt)
		for j := range gt {
			if gt[j].Label != before[j] {
				shared++
			}
		}
		for j := range wt {
			if gt[j].Label != wt[j].Label {
				t.Errorf("text %d token %d %q (%s): label %q, prose %q", i, j, gt[j].Text, gt[j].Tag, gt[j].Label, wt[j].Label)
			}
			if wt[j].Label != "O" {
				entities++
			}
		}
		tokens += len(wt)
	}
	if entities == 0 || shared == 0 {
		t.Fatalf("%d tokens in entities, %d labels changed by sharing: the comparison proves too little", entities, shared)
	}
	t.Logf("%d texts, %d tokens (%d in entities, %d labels from a shared token) labelled as prose labels them", len(texts), tokens, entities, shared)
}

// TestWordShape pins prose's shape feature on the cases its regular
// expressions distinguish.
func TestWordShape(t *testing.T) {
	for word, want := range map[string]string{
		"": "other", "42": "number", "3.5": "number", "1e5": "number", "NaN": "number",
		"...": "punct", "U.S.": "punct", "café": "punct", "a-": "punct",
		"putin": "downcase", "Putin": "upcase", "NATO": "upcase", "McCain": "upcase", "iPhone": "mixedcase", "eBay": "mixedcase",
		"u.s": "downcase", "O'Neill": "upcase", "Al-Qaeda": "upcase",
	} {
		if got := wordShape(word); got != want {
			t.Errorf("wordShape(%q) = %q, want %q", word, got, want)
		}
	}
}
