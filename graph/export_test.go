package graph_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/piprate/json-gold/ld"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/graph"
)

// tool returns the path of an external program a test validates output
// with; without it the test is skipped, except in CI ($CI set), where it
// fails (.ci/run installs them).
func tool(t *testing.T, name, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s not found (apt-get install %s)", name, pkg)
		}
		t.Skipf("%s not found (apt-get install %s)", name, pkg)
	}
	return p
}

// networkx runs a Python script with networkx imported and the path as
// sys.argv[1], and decodes the JSON it prints.
func networkx(t *testing.T, script, path string, out any) {
	t.Helper()
	py := networkxPython()
	if py == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("no python3 imports networkx (apt-get install python3-networkx)")
		}
		t.Skip("no python3 imports networkx (apt-get install python3-networkx)")
	}
	cmd := exec.Command(py, "-c", "import json, sys, networkx as nx\n"+script, path)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("networkx: %v\n%s", err, stderr.String())
	}
	if err := json.Unmarshal(stdout.Bytes(), out); err != nil {
		t.Fatalf("networkx output: %v\n%s", err, stdout.String())
	}
}

// networkxPython returns a python3 that imports networkx: the one on PATH
// (a pyenv one may carry its own), else Debian's, where .ci/run's
// python3-networkx goes; "" if neither does.
func networkxPython() string {
	for _, name := range []string{"python3", "/usr/bin/python3"} {
		if p, err := exec.LookPath(name); err == nil && exec.Command(p, "-c", "import networkx").Run() == nil {
			return p
		}
	}
	return ""
}

// projectionFixture is two articles about entities whose names need
// escaping in every format: quotes, ampersand, angle brackets, a
// backslash, non-ASCII letters.
//
//	a1: zoe --represents--> acme ; zoe --worksFor--> acme ; ev --location--> paris ; ev --attendee--> zoe
//	a2: zoe --represents--> acme ; paris --containedInPlace--> france
func projectionFixture() []*kg.Result {
	ent := func(id string) kg.Term { return kg.Term{Entity: id} }
	ents := []kg.Entity{
		{ID: "person/zoe-muller", Type: kg.Person, Name: `Zoë "Z" Müller`},
		{ID: "org/acme", Type: kg.Org, Name: `Acme & <Sons> \ Co`},
		{ID: "place/paris", Type: kg.GPE, Name: "Paris", City: true},
		{ID: "place/france", Type: kg.GPE, Name: "France", Country: true},
		{ID: "event/summit-2022-01-12", Type: kg.Event, Name: "Paris summit"},
	}
	ev := kg.Evidence{Sentence: "s", Start: 0, End: 1, Rule: "test"}
	r1 := &kg.Result{Doc: &kg.Document{ID: "a1", Text: "s"}, Entities: ents, Triples: []kg.Triple{
		{Subject: ent("person/zoe-muller"), Predicate: kg.PredRepresents, Object: ent("org/acme"), Evidence: ev},
		{Subject: ent("person/zoe-muller"), Predicate: kg.PredWorksFor, Object: ent("org/acme"), Evidence: ev},
		{Subject: ent("person/zoe-muller"), Predicate: kg.PredJobTitle, Object: kg.Term{Literal: "Chair"}, Evidence: ev},
		{Subject: ent("event/summit-2022-01-12"), Predicate: kg.PredLocation, Object: ent("place/paris"), Evidence: ev},
		{Subject: ent("event/summit-2022-01-12"), Predicate: kg.PredAttendee, Object: ent("person/zoe-muller"), Evidence: ev},
		{Subject: ent("event/summit-2022-01-12"), Predicate: kg.PredStartDate, Object: kg.Term{Literal: "2022-01-12", Datatype: "date"}, Evidence: ev},
	}}
	r2 := &kg.Result{Doc: &kg.Document{ID: "a2", Text: "s", URL: "https://example.org/a2"}, Entities: ents, Triples: []kg.Triple{
		{Subject: ent("person/zoe-muller"), Predicate: kg.PredRepresents, Object: ent("org/acme"), Evidence: ev},
		{Subject: ent("place/paris"), Predicate: kg.PredContainedIn, Object: ent("place/france"), Evidence: ev},
	}}
	return []*kg.Result{r1, r2}
}

// wantEdges are projectionFixture's edges as "source predicate target weight".
var wantEdges = []string{
	"event/summit-2022-01-12 attendee person/zoe-muller 1",
	"event/summit-2022-01-12 location place/paris 1",
	"person/zoe-muller represents org/acme 2",
	"person/zoe-muller worksFor org/acme 1",
	"place/paris containedInPlace place/france 1",
}

var wantNodes = map[string][2]string{ // id: name, type
	"person/zoe-muller":       {`Zoë "Z" Müller`, "Person"},
	"org/acme":                {`Acme & <Sons> \ Co`, "Organization"},
	"place/paris":             {"Paris", "City"},
	"place/france":            {"France", "Country"},
	"event/summit-2022-01-12": {"Paris summit", "Event"},
}

func projectionStore(t *testing.T) *graph.Store {
	t.Helper()
	s := graph.OpenMemory()
	t.Cleanup(func() { s.Close() })
	for _, r := range projectionFixture() {
		if _, _, err := s.PutArticle(context.Background(), r, graph.Fingerprint(r.Doc, "test")); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func checkGraph(t *testing.T, format string, nodes map[string][2]string, edges []string) {
	t.Helper()
	sort.Strings(edges)
	if !slices.Equal(edges, wantEdges) {
		t.Errorf("%s edges:\n%s\nwant:\n%s", format, strings.Join(edges, "\n"), strings.Join(wantEdges, "\n"))
	}
	if len(nodes) != len(wantNodes) {
		t.Errorf("%s: %d nodes, want %d: %v", format, len(nodes), len(wantNodes), nodes)
	}
	for id, want := range wantNodes {
		if nodes[id] != want {
			t.Errorf("%s node %s = %q, want %q", format, id, nodes[id], want)
		}
	}
}

func TestProjectionFormats(t *testing.T) {
	s := projectionStore(t)
	p, err := s.Projection(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write := func(name string, fn func(*bytes.Buffer) error) string {
		var b bytes.Buffer
		if err := fn(&b); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	type nxGraph struct {
		Nodes map[string][2]string
		Edges []string
	}
	t.Run("graphml and gml", func(t *testing.T) {
		graphml := write("kg.graphml", func(b *bytes.Buffer) error { return p.WriteGraphML(b) })
		write("kg.gml", func(b *bytes.Buffer) error { return p.WriteGML(b) })
		// One Python for both: importing networkx takes seconds.
		var g map[string]nxGraph
		networkx(t, `out = {}
g = nx.read_graphml(sys.argv[1])
assert g.is_directed()
out["graphml"] = {"Nodes": {n: [d["name"], d["type"]] for n, d in g.nodes(data=True)},
  "Edges": ["%s %s %s %d" % (u, d["predicate"], v, d["weight"]) for u, v, d in g.edges(data=True)]}
g = nx.read_gml(sys.argv[1][:-len("graphml")] + "gml", label="id")
assert g.is_directed()
ent = {n: d["entity"] for n, d in g.nodes(data=True)}
out["gml"] = {"Nodes": {d["entity"]: [d["label"], d["type"]] for n, d in g.nodes(data=True)},
  "Edges": ["%s %s %s %d" % (ent[u], d["predicate"], ent[v], d["weight"]) for u, v, d in g.edges(data=True)]}
print(json.dumps(out))`, graphml, &g)
		for _, f := range []string{"graphml", "gml"} {
			checkGraph(t, f, g[f].Nodes, g[f].Edges)
		}
	})
	t.Run("dot", func(t *testing.T) {
		path := write("kg.dot", func(b *bytes.Buffer) error { return p.WriteDOT(b) })
		out, err := exec.Command(tool(t, "dot", "graphviz"), "-Tjson0", path).Output()
		if err != nil {
			t.Fatalf("dot: %v", err)
		}
		var g struct {
			Objects []map[string]any
			Edges   []map[string]any
		}
		if err := json.Unmarshal(out, &g); err != nil {
			t.Fatal(err)
		}
		nodes := map[string][2]string{}
		var ids []string
		for _, o := range g.Objects {
			// DOT keeps "\\" as two characters in a name and a label
			// shows it as one, as it shows "\n" as a line break.
			id := strings.ReplaceAll(o["name"].(string), `\\`, `\`)
			ids = append(ids, id)
			nodes[id] = [2]string{strings.ReplaceAll(o["label"].(string), `\\`, `\`), o["type"].(string)}
		}
		var edges []string
		for _, e := range g.Edges {
			edges = append(edges, ids[int(e["tail"].(float64))]+" "+e["predicate"].(string)+" "+ids[int(e["head"].(float64))]+" "+e["weight"].(string))
		}
		checkGraph(t, "dot", nodes, edges)
	})
	t.Run("csv", func(t *testing.T) {
		var nb, eb bytes.Buffer
		if err := p.WriteCSV(&nb, &eb); err != nil {
			t.Fatal(err)
		}
		nrows, err := csv.NewReader(&nb).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		erows, err := csv.NewReader(&eb).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		// neo4j-admin import's header format.
		if !slices.Equal(nrows[0], []string{"id:ID", "name", ":LABEL"}) || !slices.Equal(erows[0], []string{":START_ID", ":END_ID", ":TYPE", "weight:int"}) {
			t.Fatalf("headers %q, %q", nrows[0], erows[0])
		}
		nodes := map[string][2]string{}
		for _, r := range nrows[1:] {
			labels := strings.Split(r[2], ";")
			nodes[r[0]] = [2]string{r[1], labels[len(labels)-1]}
			if r[0] == "place/france" && r[2] != "Place;Country" {
				t.Errorf("France's labels = %q, want Place;Country", r[2])
			}
		}
		var edges []string
		for _, r := range erows[1:] {
			edges = append(edges, r[0]+" "+r[2]+" "+r[1]+" "+r[3])
		}
		checkGraph(t, "csv", nodes, edges)
	})
}

// TestProjectionWeightCountsArticles checks that an edge's weight is the
// number of articles stating the fact, read from its statement node: not
// the number of quads (a fact is one quad), nor of evidence sentences (an
// article may state a fact twice), and that it follows removals.
func TestProjectionWeightCountsArticles(t *testing.T) {
	ctx := context.Background()
	s := projectionStore(t)
	ents := projectionFixture()[0].Entities
	zoe, acme := kg.Term{Entity: "person/zoe-muller"}, kg.Term{Entity: "org/acme"}
	r3 := &kg.Result{Doc: &kg.Document{ID: "a3", Text: "Zoe speaks for Acme. Acme's envoy Zoe agreed."}, Entities: ents, Triples: []kg.Triple{
		{Subject: zoe, Predicate: kg.PredRepresents, Object: acme, Evidence: kg.Evidence{Sentence: "Zoe speaks for Acme.", Start: 0, End: 20, Rule: "test"}},
		{Subject: zoe, Predicate: kg.PredRepresents, Object: acme, Evidence: kg.Evidence{Sentence: "Acme's envoy Zoe agreed.", Start: 21, End: 45, Rule: "test"}},
	}}
	if _, _, err := s.PutArticle(ctx, r3, graph.Fingerprint(r3.Doc, "test")); err != nil {
		t.Fatal(err)
	}
	weight := func(src, pred, dst string) int {
		t.Helper()
		p, err := s.Projection(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range p.Edges {
			if e.Source == src && e.Predicate == pred && e.Target == dst {
				return e.Weight
			}
		}
		return 0
	}
	for _, step := range []struct {
		remove     string // article removed before the check; "" for none
		represents int    // weight of zoe represents acme
		worksFor   int    // weight of zoe worksFor acme (a1 only)
	}{
		{"", 3, 1},
		{"a1", 2, 0},
		{"a2", 1, 0},
		{"a3", 0, 0},
	} {
		if step.remove != "" {
			if _, err := s.RemoveArticle(ctx, step.remove); err != nil {
				t.Fatal(err)
			}
		}
		if w := weight("person/zoe-muller", "represents", "org/acme"); w != step.represents {
			t.Errorf("after removing %q: represents weight %d, want %d", step.remove, w, step.represents)
		}
		if w := weight("person/zoe-muller", "worksFor", "org/acme"); w != step.worksFor {
			t.Errorf("after removing %q: worksFor weight %d, want %d", step.remove, w, step.worksFor)
		}
	}
}

// TestExportJSONLD reads the JSON-LD export back with a JSON-LD processor
// (json-gold's toRdf) and compares its quads with the N-Quads export.
func TestExportJSONLD(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		fill func(t *testing.T) *graph.Store
	}{
		{"articles", projectionStore},
		{"empty", func(t *testing.T) *graph.Store { return graph.OpenMemory() }},
		{"unlabelled, blank nodes, languages", func(t *testing.T) *graph.Store {
			s := graph.OpenMemory()
			in := "<urn:x:a> <urn:x:p> \"v\"@en .\n_:b <urn:x:p> <urn:x:a> .\n<urn:x:a> <urn:x:q> \"2\"^^<http://www.w3.org/2001/XMLSchema#integer> _:g .\n"
			if _, err := s.Import(ctx, strings.NewReader(in), "in", 0); err != nil {
				t.Fatal(err)
			}
			return s
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := tc.fill(t)
			var nq, js bytes.Buffer
			if _, err := s.Export(ctx, &nq); err != nil {
				t.Fatal(err)
			}
			n, err := s.ExportJSONLD(ctx, &js)
			if err != nil {
				t.Fatal(err)
			}
			var doc any
			if err := json.Unmarshal(js.Bytes(), &doc); err != nil {
				t.Fatalf("not JSON: %v\n%s", err, js.String())
			}
			opts := ld.NewJsonLdOptions("")
			opts.Format = "application/n-quads"
			rdf, err := ld.NewJsonLdProcessor().ToRDF(doc, opts)
			if err != nil {
				t.Fatalf("toRdf: %v", err)
			}
			got := nquadSet(t, rdf.(string))
			want := nquadSet(t, nq.String())
			if n != len(want) || !slices.Equal(got, want) {
				t.Errorf("JSON-LD (%d quads written) read back as %d quads, N-Quads export has %d:\ngot:\n%s\nwant:\n%s",
					n, len(got), len(want), strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// nquadSet parses N-Quads strictly and returns the quads, blank nodes
// renamed in order of appearance, sorted.
func nquadSet(t *testing.T, text string) []string {
	t.Helper()
	var out []string
	for _, l := range strings.Split(strings.TrimSpace(text), "\n") {
		if l == "" {
			continue
		}
		q, err := graph.ParseNQuad(l)
		if err != nil {
			t.Fatalf("%q: %v", l, err)
		}
		out = append(out, q.NQuad())
	}
	// Processors rename blank nodes: compare them by position only.
	for i := range out {
		out[i] = blankNode.ReplaceAllString(out[i], "_:b")
	}
	sort.Strings(out)
	return out
}

var blankNode = regexp.MustCompile(`_:[A-Za-z0-9_.-]+`)
