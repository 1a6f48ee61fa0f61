package extract_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// TestGolden runs the longer cases in testdata/golden/*.txtar. Each archive
// holds "input.txt" (the article), optionally "published" (YYYY-MM-DD) and
// "facts": one triple a line, "subject predicate object [rule]", sorted.
// The facts were read and checked by hand when the case was written;
// go test ./extract/ -run TestGolden -update rewrites them from the
// extractor, and the diff is then to be read before it is committed.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/golden/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			sections := map[string]*txtar.File{}
			for i := range ar.Files {
				sections[ar.Files[i].Name] = &ar.Files[i]
			}
			in := sections["input.txt"]
			if in == nil {
				t.Fatalf("%s: no input.txt section", file)
			}
			pub := ""
			if p := sections["published"]; p != nil {
				pub = strings.TrimSpace(string(p.Data))
			}
			res := mustExtract(t, string(in.Data), pub)
			var lines []string
			for _, tr := range res.Triples {
				o := tr.Object.Entity
				if o == "" {
					o = fmt.Sprintf("%q", tr.Object.Literal)
				}
				lines = append(lines, fmt.Sprintf("%s %s %s [%s]", tr.Subject.Entity, tr.Predicate, o, tr.Evidence.Rule))
			}
			sort.Strings(lines)
			got := strings.Join(lines, "\n") + "\n"
			want := sections["facts"]
			if *update {
				if want == nil {
					ar.Files = append(ar.Files, txtar.File{Name: "facts"})
					want = &ar.Files[len(ar.Files)-1]
				}
				want.Data = []byte(got)
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if want == nil {
				t.Fatalf("%s: no facts section; run with -update and read the result", file)
			}
			if !bytes.Equal(want.Data, []byte(got)) {
				t.Errorf("%s: facts differ (-want +got):\n%s", file, lineDiff(string(want.Data), got))
			}
		})
	}
}

// lineDiff lists the lines only in want (-) and only in got (+).
func lineDiff(want, got string) string {
	w, g := map[string]bool{}, map[string]bool{}
	for _, l := range strings.Split(want, "\n") {
		w[l] = true
	}
	for _, l := range strings.Split(got, "\n") {
		g[l] = true
	}
	var b strings.Builder
	for _, l := range strings.Split(want, "\n") {
		if !g[l] {
			b.WriteString("-" + l + "\n")
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if !w[l] {
			b.WriteString("+" + l + "\n")
		}
	}
	return b.String()
}
