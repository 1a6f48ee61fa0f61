package queries_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph"
)

// TestVocabularyExamplesRun runs every Gizmo example of VOCABULARY.md's
// "Querying it" on the seed graph: each must run and answer, and the
// first, who represents Russia, must give its five people once each.
func TestVocabularyExamplesRun(t *testing.T) {
	b, err := os.ReadFile("../VOCABULARY.md")
	if err != nil {
		t.Fatal(err)
	}
	_, doc, ok := strings.Cut(string(b), "## Querying it")
	_, block, ok2 := strings.Cut(doc, "```js\n")
	block, _, ok3 := strings.Cut(block, "```")
	if !ok || !ok2 || !ok3 {
		t.Fatal(`VOCABULARY.md has no js block under "## Querying it"`)
	}
	seed, _ := stores(t)
	examples := strings.Split(strings.TrimSpace(block), "\n\n")
	if len(examples) < 5 {
		t.Fatalf("%d examples", len(examples))
	}
	for i, ex := range examples {
		var code []string
		for _, l := range strings.Split(ex, "\n") {
			if !strings.HasPrefix(l, "//") {
				code = append(code, l)
			}
		}
		out, err := seed.Run(context.Background(), graph.Request{Text: strings.Join(code, "\n")})
		if err != nil {
			t.Errorf("example %d: %v\n%s", i+1, err, ex)
			continue
		}
		if len(out) == 0 {
			t.Errorf("example %d answers nothing:\n%s", i+1, ex)
		}
		if i == 0 && (len(out) != 5 || len(dupes(out)) != 0) {
			t.Errorf("example 1: %v, want 5 people once each", out)
		}
	}
}
