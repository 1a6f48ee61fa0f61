package graph_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/graph"
)

// rapper returns the path of raptor's rapper (Debian's raptor2-utils), an
// RDF parser independent of Cayley's. Without it the test is skipped, except
// in CI ($CI set), where it fails.
func rapper(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("rapper")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("rapper not found (apt-get install raptor2-utils)")
		}
		t.Skip("rapper not found (apt-get install raptor2-utils)")
	}
	return p
}

// rdfParse parses N-Quads with rapper and returns its own serialisation,
// one statement per line; any error rapper reports fails the test.
func rdfParse(t *testing.T, nq []byte) []string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "export.nq")
	if err := os.WriteFile(file, nq, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	cmd := exec.Command(rapper(t), "-q", "-i", "nquads", "-o", "nquads", file)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil || errb.Len() > 0 {
		t.Fatalf("rapper: %v\n%s", err, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if want := bytes.Count(nq, []byte("\n")); len(lines) != want {
		t.Fatalf("rapper read %d statements, the export has %d lines", len(lines), want)
	}
	return lines
}

var typedLiteral = regexp.MustCompile(`"((?:[^"\\]|\\.)*)"\^\^<([^>]*)>`)

// xsdLexical is the lexical space of each datatype kg may write.
var xsdLexical = map[string]func(string) bool{
	graph.XSDDate:       func(s string) bool { _, err := time.Parse(time.DateOnly, s); return err == nil && len(s) == 10 },
	graph.XSDGYearMonth: regexp.MustCompile(`^\d{4}-(0[1-9]|1[0-2])$`).MatchString,
	graph.XSDGYear:      regexp.MustCompile(`^\d{4}$`).MatchString,
	graph.XSDGMonthDay:  regexp.MustCompile(`^--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$`).MatchString,
	graph.XSDInteger:    regexp.MustCompile(`^[+-]?\d+$`).MatchString,
}

// checkDatatypes fails for a typed literal whose datatype kg should not
// write or whose text is not in the datatype's lexical space; it returns
// how many typed literals of each datatype it saw.
func checkDatatypes(t *testing.T, lines []string) map[string]int {
	t.Helper()
	seen := map[string]int{}
	for _, l := range lines {
		for _, m := range typedLiteral.FindAllStringSubmatch(l, -1) {
			ok := xsdLexical[m[2]]
			switch {
			case ok == nil:
				t.Errorf("datatype %s is not one kg writes: %s", m[2], l)
			case !ok(m[1]):
				t.Errorf("%q is not a valid %s: %s", m[1], m[2], l)
			}
			seen[m[2]]++
		}
	}
	return seen
}

// TestExportIsStandardRDF writes every kind of literal kg stores, parses
// the export with rapper and checks each typed literal's datatype and
// lexical form, and that an input URL is an IRI.
func TestExportIsStandardRDF(t *testing.T) {
	res := sample("a1", "Talks")
	res.Doc.URL = "https://example.org/news/a1?id=1"
	ev := res.Triples[0].Evidence
	for i, d := range []string{"2021-12", "2021", "--01-16", "2022-02-30"} {
		id := "event/e" + string(rune('0'+i))
		res.Entities = append(res.Entities, kg.Entity{ID: id, Type: kg.Event, Name: "event " + d})
		res.Triples = append(res.Triples, kg.Triple{Subject: kg.Term{Entity: id}, Predicate: kg.PredStartDate,
			Object: kg.Term{Literal: d, Datatype: "date"}, Evidence: ev})
	}
	file := sample("a2", "From a file")
	file.Doc.Source = "notes/a2.txt"
	s := graph.OpenMemory()
	defer s.Close()
	for _, r := range []*kg.Result{res, file} {
		if _, _, err := s.PutArticle(context.Background(), r, graph.Fingerprint(r.Doc, "test")); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	if _, err := s.Export(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	lines := rdfParse(t, b.Bytes())
	seen := checkDatatypes(t, lines)
	for _, want := range []string{graph.XSDDate, graph.XSDGYearMonth, graph.XSDGYear, graph.XSDGMonthDay, graph.XSDInteger} {
		if seen[want] == 0 {
			t.Errorf("no %s literal in the export; saw %v", want, seen)
		}
	}
	for _, want := range []string{
		`<urn:kg:article/a1> <http://schema.org/url> <https://example.org/news/a1?id=1>`,
		`<urn:kg:article/a2> <http://schema.org/url> "notes/a2.txt"`,
		`<urn:kg:event/e3> <http://schema.org/startDate> "2022-02-30" `, // no such day: a plain literal
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("export lacks %s", want)
		}
	}
}

func TestReadBackLiterals(t *testing.T) {
	for _, tc := range []struct {
		name string
		iso  string
		date bool
	}{
		{"day", "2022-01-12", true}, {"month", "2021-12", true}, {"year", "2021", true},
		{"day without year", "--02-29", true}, {"no such day", "2022-02-30", false}, {"not a date", "soon", false},
		// TimeML values extract gives quarters, weeks and weekends: plain literals.
		{"quarter", "2021-Q3", false}, {"week", "2021-W05", false}, {"weekend", "2021-W05-WE", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := graph.IsDate(graph.DateValue(tc.iso)); got != tc.date {
				t.Errorf("IsDate(DateValue(%q)) = %v, want %v", tc.iso, got, tc.date)
			}
			if got := graph.Literal(graph.DateValue(tc.iso)); got != tc.iso {
				t.Errorf("Literal(DateValue(%q)) = %q", tc.iso, got)
			}
		})
	}
	if n, ok := graph.IntOf(graph.IntegerValue(1893)); !ok || n != 1893 {
		t.Errorf("IntOf(IntegerValue(1893)) = %d, %v", n, ok)
	}
}
