package cli_test

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad/nquads"
)

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

const articleA = `Court rules on merger

The European Commission approved the merger on Tuesday, said Commissioner Margrethe Vestager in Brussels.
`

const articleB = `Minister visits Paris

French Foreign Minister Catherine Colonna met German Chancellor Olaf Scholz in Paris on March 3, 2023.
`

func TestRebuildReplaceRemove(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	write(t, filepath.Join(in, "a.txt"), articleA)
	write(t, filepath.Join(in, "sub", "b.txt"), articleB)
	db := filepath.Join(dir, "kg.db")

	out, errs, code := run(t, "", "build", "--db", db, in)
	if code != 0 || !strings.Contains(out, "2 documents (2 added, 0 replaced, 0 unchanged, 0 skipped)") {
		t.Fatalf("first build: %d %s %s", code, out, errs)
	}
	before := exportSet(t, db)

	out, _, code = run(t, "", "build", "--db", db, in)
	if code != 0 || !strings.Contains(out, "(0 added, 0 replaced, 2 unchanged") || !strings.Contains(out, " 0 quads") {
		t.Fatalf("rebuild wrote something: %s", out)
	}
	if after := exportSet(t, db); strings.Join(after, "\n") != strings.Join(before, "\n") {
		t.Fatalf("rebuild changed the graph: %d -> %d quads", len(before), len(after))
	}

	write(t, filepath.Join(in, "a.txt"), strings.Replace(articleA, "Tuesday", "Wednesday", 1)+"\nThe ruling was welcomed by Microsoft.\n")
	out, _, code = run(t, "", "build", "--db", db, in)
	if code != 0 || !strings.Contains(out, "(0 added, 1 replaced, 1 unchanged") {
		t.Fatalf("changed build: %s", out)
	}
	exp := strings.Join(exportSet(t, db), "\n")
	if !strings.Contains(exp, "ruling was welcomed") && !strings.Contains(exp, "Microsoft") {
		t.Errorf("replacement not stored")
	}

	out, errs, code = run(t, "", "remove", "--db", db, "sub/b.txt")
	if code != 0 || !strings.Contains(out, "removed sub/b.txt") {
		t.Fatalf("remove: %d %s %s", code, out, errs)
	}
	if exp := strings.Join(exportSet(t, db), "\n"); strings.Contains(exp, "urn:kg:article/sub%2Fb.txt") || strings.Contains(exp, "Colonna") {
		t.Errorf("removed article still in the graph")
	}
	_, errs, code = run(t, "", "remove", "--db", db, "sub/b.txt")
	if code != 1 || !strings.Contains(errs, `article "sub/b.txt" is not in`) {
		t.Errorf("second remove: %d %s", code, errs)
	}
}

// exportSet exports db and returns its quads, parsed and sorted.
func exportSet(t *testing.T, db string) []string {
	t.Helper()
	out, errs, code := run(t, "", "export", "--db", db)
	if code != 0 {
		t.Fatalf("export: %s", errs)
	}
	r := nquads.NewReader(strings.NewReader(out), false)
	var set []string
	for {
		q, err := r.ReadQuad()
		if err != nil {
			break
		}
		set = append(set, q.NQuad())
	}
	sort.Strings(set)
	return set
}

func TestExportImportRoundTrip(t *testing.T) {
	db := buildSeeds(t)
	dir := t.TempDir()
	nq := filepath.Join(dir, "graph.nq")
	if _, errs, code := run(t, "", "export", "--db", db, "-o", nq); code != 0 {
		t.Fatalf("export: %s", errs)
	}
	first := exportSet(t, db)
	if len(first) < 100 {
		t.Fatalf("only %d quads exported", len(first))
	}
	db2 := filepath.Join(dir, "copy.db")
	out, errs, code := run(t, "", "import", "--db", db2, nq)
	if code != 0 || !strings.Contains(out, "imported") {
		t.Fatalf("import: %d %s %s", code, out, errs)
	}
	if second := exportSet(t, db2); strings.Join(second, "\n") != strings.Join(first, "\n") {
		t.Fatalf("export -> import -> export differs: %d vs %d quads", len(first), len(second))
	}
	// Importing again adds nothing.
	run(t, "", "import", "--db", db2, nq)
	if third := exportSet(t, db2); len(third) != len(first) {
		t.Fatalf("second import changed the quad count: %d -> %d", len(first), len(third))
	}
	// Every line of the file is one quad.
	b, _ := os.ReadFile(nq)
	if lines := bytes.Count(b, []byte("\n")); lines != len(first) {
		t.Errorf("%d lines for %d quads", lines, len(first))
	}
}

func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	write(t, good, articleB)
	empty := filepath.Join(dir, "empty.txt")
	write(t, empty, "  \n\n")
	binary := filepath.Join(dir, "image.txt")
	write(t, binary, "GIF89a\x00\x01\x02")
	latin1 := filepath.Join(dir, "latin1.txt")
	write(t, latin1, "Caf\xe9 in M\xfcnchen")
	noText := filepath.Join(dir, "notext")
	write(t, filepath.Join(noText, "scan.pdf"), "%PDF-1.4")
	jsonl := filepath.Join(dir, "feed.jsonl")
	write(t, jsonl, `{"id":"ok-1","text":"Prime Minister Rishi Sunak visited Kyiv on Saturday.","published":"2022-11-19"}
{"id":"broken", "text": 
{"id":"no-text"}
{"id":"bad-date","text":"x","published":"yesterday"}
`)
	db := filepath.Join(dir, "kg.db")
	tests := []struct {
		name string
		path string
		want string // in stderr
	}{
		{"missing path", filepath.Join(dir, "nope.txt"), "nope.txt: no such file or directory"},
		{"empty file", empty, "empty.txt: no text: file is empty"},
		{"binary file", binary, "image.txt: binary file (NUL byte at offset 6)"},
		{"non-UTF-8 file", latin1, "latin1.txt: not UTF-8 text (invalid byte 0xe9 at offset 3)"},
		{"directory without text", noText, "notext: no text: directory has no files kg reads"},
		{"bad JSON line", jsonl, "feed.jsonl:2: invalid JSON"},
		{"JSON line without text", jsonl, `feed.jsonl:3: no text: record has no "text"`},
		{"JSON line with bad date", jsonl, `feed.jsonl:4: field "published": date "yesterday"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errs, code := run(t, "", "build", "--db", db, "--quiet", tc.path, good)
			if code != 1 {
				t.Errorf("exit code %d, want 1", code)
			}
			if !strings.Contains(errs, tc.want) {
				t.Errorf("stderr lacks %q:\n%s", tc.want, errs)
			}
			// The good input is still processed (added on the first run, unchanged after).
			if !strings.Contains(out, "documents (") || strings.Contains(out, " 0 documents") {
				t.Errorf("good input not processed: %s", out)
			}
		})
	}
	// The valid JSONL record made it in; nothing of the broken ones did.
	out, _, _ := run(t, "", "query", "--db", db, "articles")
	if !strings.Contains(out, `"article": "ok-1"`) || strings.Contains(out, "broken") || strings.Contains(out, "no-text") {
		t.Errorf("articles after bad inputs:\n%s", out)
	}
}

func TestStdinAndExtract(t *testing.T) {
	out, errs, code := run(t, articleB, "extract", "--published", "2023-03-04", "-")
	if code != 0 {
		t.Fatalf("extract: %d %s", code, errs)
	}
	for _, want := range []string{`"doc":"stdin-`, `"text":"Olaf Scholz"`, `"type":"PERSON"`, `"value":"2023-03-03"`, `"triples":[`} {
		if !strings.Contains(out, want) {
			t.Errorf("extract output lacks %s:\n%s", want, out)
		}
	}
	db := filepath.Join(t.TempDir(), "kg.db")
	if _, errs, code := run(t, articleB, "build", "--db", db, "-"); code != 0 {
		t.Fatalf("build from stdin: %s", errs)
	}
	out, _, _ = run(t, "", "query", "--db", db, "--format", "table", "people")
	if !strings.Contains(out, "Olaf Scholz") {
		t.Errorf("people after stdin build:\n%s", out)
	}
}

func TestUsageErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"build without paths", []string{"build", "--db", db}, 2, "name at least one PATH"},
		{"query on missing store", []string{"query", "--db", db, "people"}, 1, "build it first"},
		{"canned query arity", []string{"query", "--db", db, "roles"}, 2, "usage: roles PERSON"},
		{"unknown query", []string{"query", "--db", db, "nonsense"}, 2, "neither a canned query"},
		{"bad format", []string{"query", "--format", "xml", "timeline"}, 2, "--format"},
		{"bad published", []string{"build", "--published", "soon", "x"}, 2, "--published"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, errs, code := run(t, "", tc.args...)
			if code != tc.code || !strings.Contains(errs, tc.want) {
				t.Errorf("exit %d (want %d), stderr %q (want %q)", code, tc.code, errs, tc.want)
			}
		})
	}
}

func TestHelpHasExamples(t *testing.T) {
	for _, cmd := range []string{"build", "extract", "query", "explain", "export", "import", "stats", "remove", "eval", "serve", "version", "completion"} {
		t.Run(cmd, func(t *testing.T) {
			out, _, code := run(t, "", cmd, "--help")
			if code != 0 || !strings.Contains(out, "Examples:") || !strings.Contains(out, "kg "+cmd) {
				t.Errorf("%s --help: %d\n%s", cmd, code, out)
			}
		})
	}
}
