package graph_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph"
)

// FuzzImport feeds N-Quads text to Import and checks that whatever is
// accepted is RDF that survives the store: every line Import takes parses
// back, as kg writes it, to the same quad; the export of the store parses
// strictly line by line; importing that export into a new store exports
// the same; and every line is either imported or reported, never lost.
//
//	go test ./graph/ -run '^$' -fuzz FuzzImport -fuzztime 10m
func FuzzImport(f *testing.F) {
	for _, seed := range []string{
		"<urn:kg:person/alexander-grushko> <urn:kg:vocab#represents> <urn:kg:place/russia> <urn:kg:article/001_377cc3d36c249b0d.txt> .\n",
		"<urn:kg:fact/3f2a> <urn:kg:vocab#start> \"1893\"^^<http://www.w3.org/2001/XMLSchema#integer> <urn:kg:article/a> .\n",
		"<urn:kg:event/e> <http://schema.org/startDate> \"2021-12\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> <urn:kg:article/a> .\n",
		"_:b1 <http://x.example/p> \"v\"@en-GB _:g . # comment\n<urn:x:a> <urn:x:b> \"tab\\there \\u00e9 \\U0001F600\" .\n",
		"<urn:x:caf\\u00e9> <urn:x:b> \"say \\\"hi\\\"\\n\\\\\" <urn:x:l> .\n",
		"\"lit\" <urn:x:p> \"v\" .\n<a> <urn:x:p> \"v\" .\n<urn:x:s> _:p \"v\" .\n",
		"<urn:x:s> <urn:x:p> \"\xff\" .\r\n\n# only a comment\n",
		"<urn:x:s> <urn:x:p> \"v\" <urn:x:g> <urn:x:h> .\n<urn:x:s> <urn:x:p> word .\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		ctx := context.Background()
		for _, line := range strings.Split(in, "\n") {
			q, err := graph.ParseNQuad(strings.Trim(line, " \t\r"))
			if err != nil {
				continue
			}
			back, err := graph.ParseNQuad(q.NQuad())
			if err != nil {
				t.Fatalf("%q was accepted, but as written, %q, it is not N-Quads: %v", line, q.NQuad(), err)
			}
			if back != q {
				t.Fatalf("%q reads back as %#v, not %#v", line, back, q)
			}
		}
		s := graph.OpenMemory()
		defer s.Close()
		n, err := s.Import(ctx, strings.NewReader(in), "fuzz", 3)
		var ie *graph.ImportError
		if err != nil && !errors.As(err, &ie) {
			t.Fatalf("import: %v", err)
		}
		lines := 0
		for _, l := range strings.Split(in, "\n") {
			if l = strings.Trim(l, " \t\r"); l != "" && l[0] != '#' {
				lines++
			}
		}
		skipped := 0
		if ie != nil {
			skipped = len(ie.Skipped)
		}
		if n.Read+skipped != lines || n.Added > n.Read {
			t.Fatalf("%d statements: %+v read, %d skipped", lines, n, skipped)
		}
		var exp bytes.Buffer
		if _, err := s.Export(ctx, &exp); err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(strings.TrimSuffix(exp.String(), "\n"), "\n") {
			if l == "" {
				continue
			}
			if _, err := graph.ParseNQuad(l); err != nil {
				t.Fatalf("exported %q is not N-Quads: %v", l, err)
			}
		}
		s2 := graph.OpenMemory()
		defer s2.Close()
		m, err := s2.Import(ctx, bytes.NewReader(exp.Bytes()), "export", 0)
		if err != nil || m.Added != n.Added {
			t.Fatalf("re-import of the export: %+v, %v; first import added %d", m, err, n.Added)
		}
		a, b := nquadSet(t, exp.String()), nquadSet(t, confExportString(t, s2))
		if strings.Join(a, "\n") != strings.Join(b, "\n") {
			t.Fatalf("export -> import -> export differs:\n%s\n---\n%s", strings.Join(a, "\n"), strings.Join(b, "\n"))
		}
	})
}

func confExportString(t *testing.T, s *graph.Store) string {
	t.Helper()
	var b bytes.Buffer
	if _, err := s.Export(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
