package cli_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
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
		xsd + "decimal":    regexp.MustCompile(`^[+-]?\d+(\.\d+)?$`).MatchString, // coordinates (background geography)
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

// TestExportFormats exports the seed graph in every format: the entity
// projection has every entity the stats count and every fact between two
// entities once, weighted by its articles (Grushko represents Russia in
// two); csv writes neo4j-admin's two files; an unknown format is a usage
// error naming the valid ones.
func TestExportFormats(t *testing.T) {
	db := buildSeeds(t)
	dir := t.TempDir()
	for _, f := range []string{"nquads", "jsonld", "graphml", "gml", "dot"} {
		out := filepath.Join(dir, "kg."+f)
		if _, errs, code := run(t, "", "export", "--db", db, "--format", f, "-o", out); code != 0 {
			t.Fatalf("export --format %s: %d %s", f, code, errs)
		}
		if fi, err := os.Stat(out); err != nil || fi.Size() == 0 {
			t.Errorf("export --format %s wrote nothing: %v", f, err)
		}
	}
	if _, errs, code := run(t, "", "export", "--db", db, "--format", "csv", "-o", filepath.Join(dir, "neo4j")); code != 0 {
		t.Fatalf("export --format csv: %d %s", code, errs)
	}
	st := openDB(t, db)
	stats, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	entities := 0
	for _, n := range stats.Entities {
		entities += n
	}
	facts := 0
	for _, p := range []string{"represents", "memberOf", "worksFor", "location", "attendee", "containedInPlace"} {
		facts += stats.Facts[p]
	}

	var g struct {
		Nodes []struct {
			ID   string `xml:"id,attr"`
			Data []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"graph>node"`
		Edges []struct {
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
			Data   []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"graph>edge"`
	}
	b, err := os.ReadFile(filepath.Join(dir, "kg.graphml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal(b, &g); err != nil {
		t.Fatalf("graphml: %v", err)
	}
	if len(g.Nodes) != entities || len(g.Edges) != facts {
		t.Errorf("graphml: %d nodes, %d edges; stats count %d entities, %d facts between entities", len(g.Nodes), len(g.Edges), entities, facts)
	}
	found := false
	for _, e := range g.Edges {
		if e.Source == "person/alexander-grushko" && e.Target == "place/russia" {
			found = len(e.Data) == 2 && e.Data[0].Value == "represents" && e.Data[1].Value == "2"
		}
	}
	if !found {
		t.Error("graphml: no edge Grushko represents Russia with weight 2")
	}

	nodes := readCSV(t, filepath.Join(dir, "neo4j", "nodes.csv"))
	edges := readCSV(t, filepath.Join(dir, "neo4j", "edges.csv"))
	if len(nodes) != entities+1 || len(edges) != facts+1 {
		t.Errorf("csv: %d node rows, %d edge rows; want %d and %d with headers", len(nodes), len(edges), entities+1, facts+1)
	}
	if !slices.Contains(edges, "person/alexander-grushko,place/russia,represents,2") {
		t.Error("edges.csv lacks Grushko represents Russia, weight 2")
	}

	_, errs, code := run(t, "", "export", "--db", db, "--format", "xml")
	if code != 2 || !strings.Contains(errs, `unknown --format "xml" (valid: nquads, jsonld, graphml, gml, dot, csv)`) {
		t.Errorf("unknown format: exit %d, stderr %q", code, errs)
	}
	_, errs, code = run(t, "", "export", "--db", db, "--format", "csv")
	if code != 2 || !strings.Contains(errs, "-o DIR") {
		t.Errorf("csv to stdout: exit %d, stderr %q", code, errs)
	}
}

func readCSV(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var out []string
	for _, r := range rows {
		out = append(out, strings.Join(r, ","))
	}
	return out
}
