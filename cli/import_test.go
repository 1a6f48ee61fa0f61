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
	if stats.Quads != 0 || stats.Nodes != 0 {
		t.Errorf("after removing every article: %d quads, %d nodes; want none", stats.Quads, stats.Nodes)
	}
	for _, s := range sentences {
		rows, err := st.Query(context.Background(), `g.V(args.s).all()`, map[string]any{"s": s}, 0)
		if err != nil || len(rows) != 0 {
			t.Fatalf("sentence %.50q still queryable: %v %v", s, rows, err)
		}
	}
}

// TestImportRejectsNonRDF: a line that is not RDF is reported with its
// file and line and skipped, exit code 1, and the other lines are imported.
func TestImportRejectsNonRDF(t *testing.T) {
	dir := t.TempDir()
	nq := filepath.Join(dir, "in.nq")
	write(t, nq, "<urn:x:a> <urn:x:p> \"kept\" .\n\"lit\" <urn:x:p> \"v\" .\n<urn:x:b> <urn:x:p> \"\xff\" .\n<urn:x:c> <urn:x:p> \"kept too\" .\n")
	db := filepath.Join(dir, "kg.db")
	out, errs, code := run(t, "", "import", "--db", db, nq)
	if code != 1 || !strings.Contains(out, "imported 2 quads") {
		t.Fatalf("import: exit %d, stdout %q", code, out)
	}
	for _, want := range []string{nq + ":2: column 1: the subject is a literal", nq + ":3: column 22: invalid UTF-8"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	exp := strings.Join(exportSet(t, db), "\n")
	if !strings.Contains(exp, `"kept"`) || !strings.Contains(exp, `"kept too"`) || strings.Contains(exp, `"lit"`) {
		t.Errorf("export after import:\n%s", exp)
	}
}
