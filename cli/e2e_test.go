package cli_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/cli"
	"github.com/kg-project/kg/graph"
)

// run runs kg with args and returns stdout, stderr and the exit code.
func run(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := cli.Main(context.Background(), cli.Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}, append([]string{"kg"}, args...))
	return out.String(), errb.String(), code
}

// buildSeeds builds testdata/articles into a fresh bolt store and returns its path.
func buildSeeds(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "kg.db")
	out, errs, code := run(t, "", "build", "--db", db, "--quiet", "../testdata/articles")
	if code != 0 {
		t.Fatalf("build exit %d\nstdout: %s\nstderr: %s", code, out, errs)
	}
	if !strings.Contains(out, "5 documents (5 added") {
		t.Fatalf("build summary: %s", out)
	}
	return db
}

func openDB(t *testing.T, db string) *graph.Store {
	t.Helper()
	st, err := graph.Open(context.Background(), graph.Bolt, db, true)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// entity finds the node whose canonical name is name.
func entity(t *testing.T, st *graph.Store, name string) quad.Value {
	t.Helper()
	rows, err := st.Query(context.Background(), `g.V(args.name).in("<http://schema.org/name>").unique().all()`, map[string]any{"name": name}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 {
		t.Fatalf("entity named %q: %d nodes (%v)", name, len(rows), rows)
	}
	return quad.IRI(strings.Trim(rows[0].(map[string]any)["id"].(string), "<>"))
}

// labels checks that the fact s p o is one unlabelled quad and returns
// the articles its evidence nodes name, as graph IRIs.
func labels(t *testing.T, st *graph.Store, s, p, o quad.Value) []string {
	t.Helper()
	qs := st.QuadStore()
	ref := qs.ValueOf(s)
	if ref == nil {
		return nil
	}
	it := qs.QuadIterator(quad.Subject, ref)
	n := 0
	for it.Next(context.Background()) {
		q := qs.Quad(it.Result())
		if q.Predicate == p && q.Object == o {
			n++
			if q.Label != nil {
				t.Errorf("fact %v %v %v labelled %v: facts are stated once, unlabelled", s, p, o, q.Label)
			}
		}
	}
	it.Close()
	if n == 0 {
		return nil
	}
	if n > 1 {
		t.Errorf("fact %v %v %v stored %d times", s, p, o, n)
	}
	// The evidence nodes name the fact's statement node (VOCABULARY.md).
	term := func(v quad.Value) kg.Term {
		if iri, ok := v.(quad.IRI); ok {
			id, _ := graph.EntityID(iri)
			return kg.Term{Entity: id}
		}
		return kg.Term{Literal: graph.Literal(v)}
	}
	pi, _ := p.(quad.IRI)
	stmt := graph.StatementIRI(term(s), graph.PredicateName(pi), term(o))
	rows, err := st.Query(context.Background(), `g.V(args.st).in("<urn:kg:vocab#statement>").out("<http://schema.org/isPartOf>").unique().all()`,
		map[string]any{"st": stmt.String()}, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range rows {
		out = append(out, strings.Trim(r.(map[string]any)["id"].(string), "<>"))
	}
	if len(out) == 0 {
		t.Errorf("fact %v %v %v has no evidence naming an article", s, p, o)
	}
	return out
}

// articleText reads the seed article behind an article IRI.
func articleText(t *testing.T, label string) string {
	t.Helper()
	id := strings.TrimPrefix(label, graph.ArticleNS)
	b, err := os.ReadFile(filepath.Join("../testdata/articles", id))
	if err != nil {
		t.Fatalf("label %q names no seed article: %v", label, err)
	}
	return string(b)
}

func TestEndToEndSeedGraph(t *testing.T) {
	db := buildSeeds(t)
	st := openDB(t, db)
	ctx := context.Background()

	facts := []struct {
		name      string
		subject   string
		predicate quad.IRI
		object    func() quad.Value
		evidence  string // a word every stating article contains
	}{
		{"Grushko represents Russia", "Alexander Grushko", graph.Represents,
			func() quad.Value { return entity(t, st, "Russia") }, "Grushko"},
		{"Stoltenberg is Secretary General", "Jens Stoltenberg", graph.Predicate("jobTitle"),
			func() quad.Value { return quad.String("Secretary General") }, "Stoltenberg"},
		{"Stoltenberg represents NATO", "Jens Stoltenberg", graph.Represents,
			func() quad.Value { return entity(t, st, "NATO") }, "Stoltenberg"},
		{"Sherman represents the United States", "Wendy Sherman", graph.Represents,
			func() quad.Value { return entity(t, st, "United States") }, "Sherman"},
	}
	for _, f := range facts {
		t.Run(f.name, func(t *testing.T) {
			ls := labels(t, st, entity(t, st, f.subject), f.predicate, f.object())
			if len(ls) == 0 {
				t.Fatalf("no quad %s %s %v", f.subject, f.predicate, f.object())
			}
			for _, l := range ls {
				if !strings.Contains(articleText(t, l), f.evidence) {
					t.Errorf("label %s does not state the fact", l)
				}
			}
		})
	}

	events := []struct {
		name, place, date, evidence string
	}{
		{"NATO-Russia Council in Brussels", "Brussels", "2022-01-12", "January 12"},
		{"US-Russia talks in Geneva", "Geneva", "2022-01-10", "January 10"},
	}
	for _, e := range events {
		t.Run(e.name, func(t *testing.T) {
			rows, err := st.Query(ctx, `
				g.V(args.place).in("<http://schema.org/name>")
				 .in("<http://schema.org/location>").has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://schema.org/Event>")
				 .has("<http://schema.org/startDate>", args.date).all()`,
				map[string]any{"place": e.place, "date": graph.DateValue(e.date).String()}, 0)
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) == 0 {
				t.Fatalf("no event in %s on %s", e.place, e.date)
			}
			ev := quad.IRI(strings.Trim(rows[0].(map[string]any)["id"].(string), "<>"))
			ls := labels(t, st, ev, graph.Predicate("startDate"), graph.DateValue(e.date))
			if len(ls) == 0 {
				t.Fatalf("event %s has no labelled startDate", ev)
			}
			for _, l := range ls {
				if !strings.Contains(articleText(t, l), e.evidence) {
					t.Errorf("label %s does not mention %s", l, e.evidence)
				}
			}
		})
	}
}

func TestCannedQueriesOverSeeds(t *testing.T) {
	db := buildSeeds(t)
	tests := []struct {
		name string
		args []string
		want []string // substrings of the JSON output
	}{
		{"who-represents", []string{"who-represents", "Russia"}, []string{`"person": "Alexander Grushko"`}},
		{"who-represents by alias", []string{"who-represents", "US"}, []string{`"person": "Wendy Sherman"`}},
		{"roles", []string{"roles", "Jens Stoltenberg"}, []string{`"value": "Secretary General"`, `"value": "NATO"`}},
		{"timeline", []string{"timeline"}, []string{`"date": "2022-01-10"`, `"date": "2022-01-12"`}},
		{"about", []string{"about", "Grushko"}, []string{`"predicate": "represents"`, `"sentence": "`}},
		{"mentions", []string{"mentions", "Stoltenberg"}, []string{`"article": "001_377cc3d36c249b0d.txt"`}},
		{"articles", []string{"articles"}, []string{`"headline": "NATO offers arms control talks to Russia"`}},
		{"events-in", []string{"events-in", "Geneva"}, []string{`"date": "2022-01-10"`}},
		{"people", []string{"people"}, []string{`"person": "Wendy Sherman"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errs, code := run(t, "", append([]string{"query", "--db", db}, tc.args...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %s\n%s", w, out)
				}
			}
		})
	}
	// The timeline is in date order, undated events last.
	out, _, _ := run(t, "", "query", "--db", db, "timeline")
	var dates []string
	for _, line := range strings.Split(out, "\n") {
		if d, ok := strings.CutPrefix(strings.TrimSpace(line), `"date": "`); ok {
			dates = append(dates, strings.TrimSuffix(d, `",`))
		}
	}
	for len(dates) > 0 && dates[len(dates)-1] == "" {
		dates = dates[:len(dates)-1]
	}
	if len(dates) < 3 || !slices.IsSorted(dates) || slices.Contains(dates, "") {
		t.Errorf("timeline dates not sorted: %v", dates)
	}
}

func TestExtractListsRules(t *testing.T) {
	out, errs, code := run(t, "", "extract", "--rules")
	if code != 0 {
		t.Fatalf("extract --rules: exit %d: %s", code, errs)
	}
	// The registry's first rule, a later stage's rule, and the header.
	for _, want := range []string{"RULE", "title-premodifier", "events"} {
		if !strings.Contains(out, want) {
			t.Errorf("extract --rules output lacks %q:\n%s", want, out)
		}
	}
}

func TestPublishedFlagYieldsToADateline(t *testing.T) {
	// --published is for articles that state no date: a dateline wins.
	for _, tc := range []struct{ text, want string }{
		{"Moscow, 14 February 2022 - The ministry said on Monday that talks would go on.", `"published":"2022-02-14"`},
		{"The ministry said on Monday that talks would go on.", `"published":"2023-01-04"`},
	} {
		out, errs, code := run(t, tc.text, "extract", "--published", "2023-01-04", "-")
		if code != 0 || !strings.Contains(out, tc.want) {
			t.Errorf("extract --published 2023-01-04 of %q: exit %d, %s\n%s; want %s", tc.text, code, errs, out, tc.want)
		}
	}
}
