package cli_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// rapperParse parses an N-Quads file with raptor's rapper (Debian's
// raptor2-utils), an RDF parser independent of Cayley's, and returns its
// serialisation; any error it reports fails the test. Without rapper the
// test is skipped, except in CI ($CI set), where it fails.
func rapperParse(t *testing.T, file string) []string {
	t.Helper()
	p, err := exec.LookPath("rapper")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("rapper not found (apt-get install raptor2-utils)")
		}
		t.Skip("rapper not found (apt-get install raptor2-utils)")
	}
	var out, errb bytes.Buffer
	cmd := exec.Command(p, "-q", "-i", "nquads", "-o", "nquads", file)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil || errb.Len() > 0 {
		t.Fatalf("rapper: %v\n%s", err, errb.String())
	}
	return strings.Split(strings.TrimSpace(out.String()), "\n")
}

// TestExportIsStandardRDF builds the seed articles and a JSON Lines article
// with an address, exports the whole graph and parses it with rapper: every
// statement is read, every typed literal is an XSD integer or calendar value
// valid for its type, and the address is an IRI.
func TestExportIsStandardRDF(t *testing.T) {
	db := buildSeeds(t)
	dir := t.TempDir()
	jl := filepath.Join(dir, "feed.jsonl")
	write(t, jl, `{"id":"web-1","url":"https://news.example/2022/01/talks","title":"Talks","published":"2022-01-13","text":"NATO Secretary General Jens Stoltenberg met Russian Deputy Foreign Minister Alexander Grushko in Brussels on January 12."}`+"\n")
	if out, errs, code := run(t, "", "build", "--db", db, "-q", jl); code != 0 {
		t.Fatalf("build: %d %s %s", code, out, errs)
	}
	nq := filepath.Join(dir, "graph.nq")
	if _, errs, code := run(t, "", "export", "--db", db, "-o", nq); code != 0 {
		t.Fatalf("export: %s", errs)
	}
	b, err := os.ReadFile(nq)
	if err != nil {
		t.Fatal(err)
	}
	lines := rapperParse(t, nq)
	if want := bytes.Count(b, []byte("\n")); len(lines) != want {
		t.Fatalf("rapper read %d statements, the export has %d lines", len(lines), want)
	}
	const xsd = "http://www.w3.org/2001/XMLSchema#"
	valid := map[string]func(string) bool{
		xsd + "integer":    regexp.MustCompile(`^[+-]?\d+$`).MatchString,
		xsd + "date":       func(s string) bool { _, err := time.Parse(time.DateOnly, s); return err == nil && len(s) == 10 },
		xsd + "gYearMonth": regexp.MustCompile(`^\d{4}-(0[1-9]|1[0-2])$`).MatchString,
		xsd + "gYear":      regexp.MustCompile(`^\d{4}$`).MatchString,
		xsd + "gMonthDay":  regexp.MustCompile(`^--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$`).MatchString,
	}
	typed := regexp.MustCompile(`"((?:[^"\\]|\\.)*)"\^\^<([^>]*)>`)
	seen := map[string]int{}
	for _, l := range lines {
		for _, m := range typed.FindAllStringSubmatch(l, -1) {
			if ok := valid[m[2]]; ok == nil || !ok(m[1]) {
				t.Errorf("not a valid literal of a datatype kg writes: %s", l)
			}
			seen[m[2]]++
		}
	}
	for _, want := range []string{"integer", "date", "gYearMonth", "gYear"} {
		if seen[xsd+want] == 0 {
			t.Errorf("no xsd:%s literal in the export (%v)", want, seen)
		}
	}
	if !strings.Contains(string(b), `<urn:kg:article/web-1> <http://schema.org/url> <https://news.example/2022/01/talks> <urn:kg:article/web-1> .`) {
		t.Error("the article's address is not stored as an IRI")
	}
}
