package cli_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// TestImportOwnExportThenRemoveAll imports the seed graph's own export into
// the same store, twice (as a rerun of an interrupted import would), then
// removes every article: only the registry's format marker may be left,
// and no sentence of the removed articles may still be found.
func TestImportOwnExportThenRemoveAll(t *testing.T) {
	db := buildSeeds(t)
	nq := filepath.Join(t.TempDir(), "graph.nq")
	if _, errs, code := run(t, "", "export", "--db", db, "-o", nq); code != 0 {
		t.Fatalf("export: %s", errs)
	}
	for i := 0; i < 2; i++ {
		out, errs, code := run(t, "", "import", "--db", db, nq)
		if code != 0 || !strings.Contains(out, "imported 0 quads") {
			t.Fatalf("import %d of the store's own export: %d %s %s", i+1, code, out, errs)
		}
	}
	b, err := os.ReadFile(nq)
	if err != nil {
		t.Fatal(err)
	}
	var sentences []string
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		q, err := nquads.Parse(l)
		if err != nil {
			t.Fatal(err)
		}
		if q.Predicate == quad.IRI("urn:kg:vocab#sentence") {
			sentences = append(sentences, string(q.Object.(quad.String)))
		}
	}
	if len(sentences) == 0 {
		t.Fatal("no sentences in the export")
	}
	entries, err := os.ReadDir("../testdata/articles")
	if err != nil {
		t.Fatal(err)
	}
	args := []string{"remove", "--db", db}
	for _, e := range entries {
		args = append(args, e.Name())
	}
	if out, errs, code := run(t, "", args...); code != 0 {
		t.Fatalf("remove: %d %s %s", code, out, errs)
	}
	st := openDB(t, db)
	stats, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if stats.Quads != 1 || stats.Nodes != 3 {
		t.Errorf("after removing every article: %d quads, %d nodes; want the registry marker's 1 and 3", stats.Quads, stats.Nodes)
	}
	for _, s := range sentences {
		rows, err := st.Query(context.Background(), `g.V(args.s).all()`, map[string]any{"s": s}, 0)
		if err != nil || len(rows) != 0 {
			t.Fatalf("sentence %.50q still queryable: %v %v", s, rows, err)
		}
	}
}
