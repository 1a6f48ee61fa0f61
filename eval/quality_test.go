package eval_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/eval"
	"github.com/kg-project/kg/extract"
)

// Quality floors on the sample articles: a change that drops extraction
// below them fails. They sit a little under what kg reaches (see README),
// so that noise-free regressions show; raise them as quality improves.
var floors = []struct {
	name  string
	score func(*eval.Report) eval.Score
	min   float64
}{
	{"PERSON", func(r *eval.Report) eval.Score { return r.Types[kg.Person] }, 0.90},
	{"ORG", func(r *eval.Report) eval.Score { return r.Types[kg.Org] }, 0.90},
	{"GPE", func(r *eval.Report) eval.Score { return r.Types[kg.GPE] }, 0.90},
	{"LOC", func(r *eval.Report) eval.Score { return r.Types[kg.Loc] }, 0.90},
	{"entities", func(r *eval.Report) eval.Score { return r.Entities }, 0.95},
	{"DATE", func(r *eval.Report) eval.Score { return r.Types[kg.Date] }, 0.85},
	{"facts", func(r *eval.Report) eval.Score { return r.Facts }, 0.85},
}

func TestQualityFloorsOnSeeds(t *testing.T) {
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	gold, err := eval.LoadGold("../testdata/gold")
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(files) != 5 {
		t.Fatalf("seed articles: %v, %v", files, err)
	}
	var results []*kg.Result
	base := map[string][]kg.Mention{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc := &kg.Document{ID: filepath.Base(f), Text: string(b)}
		res, err := ex.Extract(context.Background(), doc)
		if err != nil {
			t.Fatal(err)
		}
		results = append(results, res)
		if base[doc.ID], err = ex.Baseline(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
	}
	extract.Canonicalize(results) // as kg build links them (five documents: one group)
	rep := eval.Evaluate(gold, results)
	if len(rep.Docs) != 5 {
		t.Fatalf("scored %d documents, want 5", len(rep.Docs))
	}
	var table strings.Builder
	rep.WriteTable(&table, eval.EvaluateMentions(gold, base))
	for _, f := range floors {
		if got := f.score(rep).F1(); got < f.min {
			t.Errorf("%s F1 %.3f is below its floor %.2f", f.name, got, f.min)
		}
	}
	if t.Failed() {
		t.Log("\n" + table.String())
	}
	// kg must beat prose alone, which it is built around.
	if b := eval.EvaluateMentions(gold, base).Entities.F1(); rep.Entities.F1() <= b {
		t.Errorf("entity F1 %.3f does not beat prose alone (%.3f)", rep.Entities.F1(), b)
	}
}
