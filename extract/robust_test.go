package extract_test

import (
	"context"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kg-project/kg"
)

// TestNoPanicOnOddText runs the pipeline over odd inputs and random cuts
// of the seed articles; it fails on a panic or on offsets outside the text.
func TestNoPanicOnOddText(t *testing.T) {
	texts := []string{
		" ", "\n\n\n", "“", "”,” he said", "(", "U.S.", "Mr.", "On Monday,", "January", "1.1.2000",
		"Москва и Киев 12.01.2022 — переговоры.", "“Unclosed quote by Jane Doe, she said",
		"NATO-", "-NATO", "Russia's", "’s", "A (B) C (DEF", strings.Repeat("Talks in Geneva on January 10. ", 50),
		// Rule words opening a text (a panic once at "Members").
		"Members of the Ku Klux Klan rallied.", "Members", "Member", "Board members include Ann Lee.", "Board", "Family",
		"Left in March.", "Accession to NATO.", "'s trade minister met him.", "Joined NATO.", "Oy", "W.Va.", "U.S", "Dar-es-",
		"Director of the company.", "Vice president, marketing,", "Succeed Tom Reed.", "of", "and Mobil Corp.", "back to Cuba.",
		"\"We stop,\" said John Miller, chief of counterterrorism at the Los Angeles",
		"Omar Haddad, VOA News, said so. Omar Haddad, VOA News", "He told the\n\nNews Letter\n\n.",
	}
	rng := rand.New(rand.NewSource(1))
	for _, d := range seedDocs(t) {
		for k := 0; k < 15; k++ {
			a, b := rng.Intn(len(d.Text)), rng.Intn(len(d.Text))
			if a > b {
				a, b = b, a
			}
			texts = append(texts, strings.ToValidUTF8(d.Text[a:b], ""))
		}
	}
	e := mustExtractor(t)
	for _, text := range texts {
		r, err := e.Extract(context.Background(), &kg.Document{ID: "odd", Text: text})
		if err != nil {
			t.Fatalf("Extract(%q): %v", text, err)
		}
		for _, m := range r.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text || !utf8.ValidString(m.Text) {
				t.Errorf("bad mention %+v in %q", m, text)
			}
		}
		for _, tr := range r.Triples {
			ev := tr.Evidence
			if ev.Start < 0 || ev.End > len(text) || text[ev.Start:ev.End] != ev.Sentence {
				t.Errorf("bad evidence %+v in %q", ev, text)
			}
		}
	}
}

// TestNoPanicOnCutSentences runs every word-aligned prefix and suffix of
// each sentence of the seed articles and the development passages as a
// document of its own: rules that look a few tokens back or ahead must
// hold at a text's first and last token ("back to Cuba.", "... at the Los
// Angeles").
func TestNoPanicOnCutSentences(t *testing.T) {
	var texts []string
	for _, d := range seedDocs(t) {
		texts = append(texts, d.Text)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "dev", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	e := mustExtractor(t)
	n := 0
	for _, text := range texts {
		for _, line := range strings.Split(text, "\n") {
			for _, s := range strings.SplitAfter(line, ". ") {
				w := strings.Fields(s)
				for k := 1; k < len(w); k++ {
					for _, cut := range []string{strings.Join(w[k:], " "), strings.Join(w[:k], " ")} {
						n++
						if _, err := e.Extract(context.Background(), &kg.Document{ID: "cut", Text: cut}); err != nil {
							t.Errorf("Extract(%q): %v", cut, err)
						}
					}
				}
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d cut sentences: the texts are missing", n)
	}
}
