package graph_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/queries"
)

// MustOpen opens a fresh bolt store in a temporary directory.
func MustOpen(tb testing.TB) *graph.Store {
	tb.Helper()
	s, err := graph.Open(context.Background(), graph.Bolt, filepath.Join(tb.TempDir(), "kg.db"), false)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// sample is a small hand-made extraction result:
//
//	article a1 --mentions--> grushko, russia, brussels, ev
//	grushko --represents--> russia
//	grushko --jobTitle--> "Deputy Foreign Minister"
//	ev --location--> brussels ; ev --startDate--> 2022-01-12
func sample(id, title string) *kg.Result {
	doc := &kg.Document{ID: id, Title: title, Text: "Deputy Foreign Minister Alexander Grushko represented Russia in Brussels.",
		Published: time.Date(2022, 1, 13, 0, 0, 0, 0, time.UTC)}
	ev := kg.Evidence{Sentence: doc.Text, Start: 0, End: len(doc.Text), Rule: "test"}
	return &kg.Result{Doc: doc,
		Entities: []kg.Entity{
			{ID: "person/alexander-grushko", Type: kg.Person, Name: "Alexander Grushko", Aliases: []string{"Grushko"}},
			{ID: "place/russia", Type: kg.GPE, Name: "Russia", Country: true},
			{ID: "place/brussels", Type: kg.GPE, Name: "Brussels", City: true},
			{ID: "event/meeting-2022-01-12", Type: kg.Event, Name: "meeting"},
		},
		Triples: []kg.Triple{
			{Subject: kg.Term{Entity: "person/alexander-grushko"}, Predicate: kg.PredRepresents, Object: kg.Term{Entity: "place/russia"}, Evidence: ev},
			{Subject: kg.Term{Entity: "person/alexander-grushko"}, Predicate: kg.PredJobTitle, Object: kg.Term{Literal: "Deputy Foreign Minister"}, Evidence: ev},
			{Subject: kg.Term{Entity: "event/meeting-2022-01-12"}, Predicate: kg.PredLocation, Object: kg.Term{Entity: "place/brussels"}, Evidence: ev},
			{Subject: kg.Term{Entity: "event/meeting-2022-01-12"}, Predicate: kg.PredStartDate, Object: kg.Term{Literal: "2022-01-12", Datatype: "date"}, Evidence: ev},
		}}
}

func put(t *testing.T, s *graph.Store, res *kg.Result) graph.PutResult {
	t.Helper()
	r, _, err := s.PutArticle(context.Background(), res, graph.Fingerprint(res.Doc, "test"))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestPutArticleIdempotentReplaceRemove(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	if got := put(t, s, sample("a1", "First")); got != graph.Added {
		t.Fatalf("first put = %v, want added", got)
	}
	st1, _ := s.Stats(ctx)
	if got := put(t, s, sample("a1", "First")); got != graph.Unchanged {
		t.Fatalf("second put = %v, want unchanged", got)
	}
	st2, _ := s.Stats(ctx)
	if st1.Quads != st2.Quads {
		t.Fatalf("rebuild changed quad count %d -> %d", st1.Quads, st2.Quads)
	}
	if got := put(t, s, sample("a1", "Changed")); got != graph.Replaced {
		t.Fatalf("changed put = %v, want replaced", got)
	}
	out, err := s.Query(ctx, `g.V(args.art).out("<http://schema.org/headline>").all()`, map[string]any{"art": graph.ArticleIRI("a1").String()}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 1 || out[0].(map[string]any)["id"] != "Changed" {
		t.Fatalf("headline after replace = %v", out)
	}
	put(t, s, sample("a2", "Second"))
	if _, err := s.RemoveArticle(ctx, "a1"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.RemoveArticle(ctx, "a1"); !errors.Is(err, graph.ErrNotFound) {
		t.Fatalf("second remove err = %v, want ErrNotFound", err)
	}
	ids, _ := s.Articles(ctx)
	if len(ids) != 1 || ids[0] != "a2" {
		t.Fatalf("articles = %v, want [a2]", ids)
	}
	// a2's facts survive a1's removal.
	out, err = s.Query(ctx, `g.V("<urn:kg:person/alexander-grushko>").out("<urn:kg:vocab#represents>").all()`, nil, 0)
	if err != nil || len(out) != 1 {
		t.Fatalf("represents after remove = %v, %v", out, err)
	}
}

func TestQueryArgsAreData(t *testing.T) {
	s := MustOpen(t)
	put(t, s, sample("a1", "T"))
	// An argument that would break out of a spliced string literal.
	out, err := s.Query(context.Background(), `g.V(args.x).all()`, map[string]any{"x": `"); throw "injected`}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 0 {
		t.Fatalf("got %v", out)
	}
}

func TestQueryTimeoutAndErrors(t *testing.T) {
	s := MustOpen(t)
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	_, err := s.Query(ctx, `while(true){}`, nil, 0)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want deadline exceeded", err)
	}
	_, err = s.Query(context.Background(), `g.V(`, nil, 0)
	if !errors.Is(err, graph.ErrQuery) {
		t.Fatalf("err = %v, want ErrQuery", err)
	}
}

func TestExportImportRoundTrip(t *testing.T) {
	ctx := context.Background()
	a := MustOpen(t)
	put(t, a, sample("a1", "T"))
	put(t, a, sample("a2", "U"))
	var first bytes.Buffer
	n, err := a.Export(ctx, &first)
	if err != nil || n == 0 {
		t.Fatalf("export: %d, %v", n, err)
	}
	if !strings.Contains(first.String(), `"2022-01-12"^^<http://www.w3.org/2001/XMLSchema#date>`) {
		t.Errorf("typed date not kept in export")
	}
	b := MustOpen(t)
	if _, err := b.Import(ctx, bytes.NewReader(first.Bytes()), "first.nq", 7); err != nil {
		t.Fatal(err)
	}
	var second bytes.Buffer
	if _, err := b.Export(ctx, &second); err != nil {
		t.Fatal(err)
	}
	if x, y := readSet(t, first.Bytes()), readSet(t, second.Bytes()); strings.Join(x, "\n") != strings.Join(y, "\n") {
		t.Fatalf("round trip differs:\n%d quads vs %d", len(x), len(y))
	}
}

func TestImportReportsBadLines(t *testing.T) {
	good := []string{
		`<urn:x:a> <urn:x:b> <urn:x:c> .`,
		`_:b1 <http://x.example/p> "v"@en-GB _:g . # a comment`,
		`<urn:x:a> <urn:x:b> "tab\there \u00e9 \U0001F600"^^<http://www.w3.org/2001/XMLSchema#string> <urn:x:l> .`,
		`<urn:x:caf\u00e9> <urn:x:b> "x" .`,
	}
	bad := []struct{ line, why string }{
		{`not a quad`, "expected <IRI>"},
		{`"lit" <urn:x:p> "v" .`, "the subject is a literal"},
		{`<urn:x:s> "p" "v" .`, "the predicate is a literal"},
		{`<urn:x:s> _:p "v" .`, "the predicate is a blank node"},
		{`<urn:x:s> <urn:x:p> "v" "g" .`, "the graph label is a literal"},
		{`<a> <urn:x:p> "v" .`, "IRI <a> is relative"},
		{`<urn:x:s> <urn:x:p> "v"^^<integer> .`, "IRI <integer> is relative"},
		{"<urn:x:s> <urn:x:p> \"\xff\" .", "invalid UTF-8"},
		{"<urn:x:s> <urn:x:p> \"caf\xe9\" .", "invalid UTF-8"}, // Latin-1
		{`<urn:x:a b> <urn:x:p> "v" .`, "IRI holds ' '"},
		{`<urn:x:a\u0020b> <urn:x:p> "v" .`, "IRI holds ' '"},
		{`<urn:x:s> <urn:x:p> .`, "object: expected <IRI>"},
		{`<urn:x:s> <urn:x:p> "v"`, `expected "."`},
		{`<urn:x:s> <urn:x:p> "v" <urn:x:g> <urn:x:h> .`, `expected "."`},
		{`<urn:x:s> <urn:x:p> word .`, "expected <IRI>"},
		{`<urn:x:s> <urn:x:p> "v"@ .`, "empty language tag"},
		{`<urn:x:s> <urn:x:p> "\ud800" .`, "not a Unicode character"},
	}
	var in strings.Builder
	for i, l := range good {
		in.WriteString(l + "\n")
		if i < len(bad) {
			in.WriteString(bad[i].line + "\n")
		}
	}
	for _, b := range bad[len(good):] {
		in.WriteString(b.line + "\n")
	}
	s := MustOpen(t)
	n, err := s.Import(context.Background(), strings.NewReader(in.String()), "in.nq", 0)
	var ie *graph.ImportError
	if !errors.As(err, &ie) || len(ie.Skipped) != len(bad) {
		t.Fatalf("err = %v, want %d lines skipped", err, len(bad))
	}
	for i, b := range bad {
		line := 2*i + 2
		if i >= len(good) {
			line = len(good) + i + 1
		}
		got := ie.Skipped[i].Error()
		if !strings.HasPrefix(got, fmt.Sprintf("in.nq:%d: ", line)) || !strings.Contains(got, b.why) {
			t.Errorf("line %q: error %q, want in.nq:%d and %q", b.line, got, line, b.why)
		}
	}
	if n.Added != len(good) {
		t.Fatalf("imported %+v, want the %d good lines", n, len(good))
	}
	var out bytes.Buffer
	if _, err := s.Export(context.Background(), &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"tab\there é 😀"^^<http://www.w3.org/2001/XMLSchema#string>`, `<urn:x:café>`, `"v"@en-GB`} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("export lacks %s:\n%s", want, out.String())
		}
	}
}

// readSet parses N-Quads with the quad package's reader and returns the
// sorted quads as text.
func readSet(t *testing.T, b []byte) []string {
	t.Helper()
	r := nquads.NewReader(bytes.NewReader(b), false)
	var out []string
	for {
		q, err := r.ReadQuad()
		if err != nil {
			break
		}
		out = append(out, q.NQuad())
	}
	sort.Strings(out)
	_ = quad.IRI("")
	return out
}

func TestEmptyStore(t *testing.T) {
	s := MustOpen(t)
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 0 || st.Quads != 0 {
		t.Fatalf("empty store stats %+v", st)
	}
	var buf bytes.Buffer
	if n, err := s.Export(context.Background(), &buf); err != nil || n != 0 {
		t.Fatalf("export of empty store: %d, %v", n, err)
	}
}

// TestStatementIRIMatchesQueries checks that the canned queries' helper
// computes the same statement node as Go for literals that need escaping,
// by finding a fact's sources through it.
func TestStatementIRIMatchesQueries(t *testing.T) {
	s := MustOpen(t)
	res := sample("a1", "T")
	title := "Über-Minister (acting) — 'x' & \"y\" 😀/_"
	res.Triples = append(res.Triples, kg.Triple{Subject: kg.Term{Entity: "person/alexander-grushko"}, Predicate: kg.PredJobTitle,
		Object: kg.Term{Literal: title}, Evidence: kg.Evidence{Rule: "test"}})
	put(t, s, res)
	out, err := s.Run(context.Background(), graph.Request{Prelude: queries.Lib,
		Text: `g.emit(sources("<urn:kg:person/alexander-grushko>", "jobTitle", args.title, 5))`, Args: map[string]any{"title": title}})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 1 || fmt.Sprint(out[0]) != "[a1]" {
		t.Fatalf("sources = %v, want [[a1]]", out)
	}
}

// TestCloseAfterLimitedQuery closes the store right after a query cut short
// by its limit: the script must have stopped by then (it used to read the
// unmapped bolt file and crash the process).
func TestCloseAfterLimitedQuery(t *testing.T) {
	for range 5 {
		s, err := graph.Open(context.Background(), graph.Bolt, filepath.Join(t.TempDir(), "kg.db"), false)
		if err != nil {
			t.Fatal(err)
		}
		put(t, s, sample("a1", "T"))
		out, err := s.Query(context.Background(), `for (var i = 0; i < 100000; i++) { g.emit(i); g.V().out().count(); }`, nil, 2)
		if err != nil || len(out) != 2 {
			t.Fatalf("got %v, %v", out, err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// TestOldStoreRefusesArticles opens a store written by kg before the
// one-graph model (a copy of every fact per article, a fingerprint quad
// per article and the person registry): it can be read and queried, but
// adding an article is refused with ErrOldStore rather than mixing two
// models in one graph, and the store is left as it was.
func TestOldStoreRefusesArticles(t *testing.T) {
	ctx := context.Background()
	old := `<urn:kg:article/a1> <urn:kg:vocab#docId> "a1" <urn:kg:article/a1> .
<urn:kg:article/a1> <urn:kg:vocab#contentHash> "0f0f" <urn:kg:article/a1> .
<urn:kg:person/jens-stoltenberg> <http://schema.org/name> "Jens Stoltenberg" <urn:kg:article/a1> .
<urn:kg:registry/Person> <urn:kg:vocab#member> <urn:kg:person/jens-stoltenberg> <urn:kg:registry> .
`
	dir := filepath.Join(t.TempDir(), "old.db")
	s, err := graph.Open(ctx, graph.Bolt, dir, false)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Import(ctx, strings.NewReader(old), "old", 0); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = graph.Open(ctx, graph.Bolt, dir, false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	out, err := s.Query(ctx, `g.V("Jens Stoltenberg").in("<http://schema.org/name>").all()`, nil, 0)
	if err != nil || len(out) != 1 {
		t.Fatalf("query of the old store = %v, %v", out, err)
	}
	if _, _, err := s.PutArticle(ctx, confGraph()[0], "fp"); !errors.Is(err, graph.ErrOldStore) {
		t.Fatalf("put into an old store: err = %v, want ErrOldStore", err)
	}
	if err := s.StageRemove(ctx, "a1"); !errors.Is(err, graph.ErrOldStore) {
		t.Fatalf("remove from an old store: err = %v, want ErrOldStore", err)
	}
	if got := strings.Count(string(confExport(t, s)), "\n"); got != 4 {
		t.Errorf("the old store holds %d quads after the refusals, want its 4", got)
	}
	// Positive control: a new store takes the same article.
	if _, _, err := MustOpen(t).PutArticle(ctx, confGraph()[0], "fp"); err != nil {
		t.Fatalf("put into a new store: %v", err)
	}
}

// TestAddQuadsIdempotent: quads added twice, and repeated within one call,
// are stored once, and removing them leaves no node behind (on bolt, whose
// counts Cayley's own writers inflate).
func TestAddQuadsIdempotent(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	qs := []quad.Quad{
		{Subject: quad.IRI("urn:x:a"), Predicate: quad.IRI("urn:x:p"), Object: quad.String("v"), Label: quad.IRI("urn:x:l")},
		{Subject: quad.IRI("urn:x:a"), Predicate: quad.IRI("urn:x:p"), Object: quad.String("w"), Label: quad.IRI("urn:x:l")},
	}
	for i, want := range []int{2, 0} {
		n, err := s.AddQuads(ctx, append(slices.Clone(qs), qs...))
		if err != nil || n != want {
			t.Fatalf("AddQuads %d = %d, %v; want %d", i+1, n, err, want)
		}
	}
	if _, err := s.AddQuads(ctx, []quad.Quad{{Subject: quad.IRI("urn:x:a")}}); err == nil {
		t.Error("an incomplete quad was accepted")
	}
	st, err := s.Stats(ctx)
	if err != nil || st.Quads != 2 || st.Nodes != 5 {
		t.Fatalf("stats = %+v, %v; want 2 quads, 5 nodes", st, err)
	}
	// Retract them as any writer would: no node may outlive them.
	tx := cgraph.NewTransaction()
	for _, q := range qs {
		tx.RemoveQuad(q)
	}
	if err := s.QuadStore().ApplyDeltas(tx.Deltas, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	if st, err := s.Stats(ctx); err != nil || st.Quads != 0 || st.Nodes != 0 {
		t.Errorf("after removing them: %+v, %v; want no quad and no node", st, err)
	}
}

func TestOpenErrorsHidePasswords(t *testing.T) {
	// A PostgreSQL server that is not there: the error names the store
	// without its password.
	_, err := graph.Open(context.Background(), graph.Postgres, "postgres://kg:s3cret@127.0.0.1:1/kg?sslmode=disable&password=other", false)
	if err == nil {
		t.Fatal("open of a dead address succeeded")
	}
	if msg := err.Error(); strings.Contains(msg, "s3cret") || strings.Contains(msg, "other") || !strings.Contains(msg, "kg:***@127.0.0.1:1") {
		t.Errorf("error = %q, want the address with its passwords hidden", msg)
	}
}

func TestQuadWriterIdempotent(t *testing.T) {
	// A client writing the same quads twice through the store's quad
	// writer (as kg serve --writable's endpoints do), then deleting them
	// once, leaves no node behind.
	ctx := context.Background()
	s := MustOpen(t)
	qw, err := s.QuadWriter()
	if err != nil {
		t.Fatal(err)
	}
	qs := []quad.Quad{
		{Subject: quad.IRI("urn:x:a"), Predicate: quad.IRI("urn:x:p"), Object: quad.String("v"), Label: quad.IRI("urn:x:l")},
		{Subject: quad.IRI("urn:x:a"), Predicate: quad.IRI("urn:x:p"), Object: quad.String("w")},
	}
	for i := 0; i < 2; i++ {
		if err := qw.AddQuadSet(qs); err != nil {
			t.Fatalf("write %d: %v", i+1, err)
		}
		if err := qw.AddQuad(qs[0]); err != nil {
			t.Fatalf("write %d: %v", i+1, err)
		}
	}
	tx := cgraph.NewTransaction()
	tx.AddQuad(qs[1]) // stored already
	tx.AddQuad(quad.Quad{Subject: quad.IRI("urn:x:b"), Predicate: quad.IRI("urn:x:p"), Object: quad.String("v")})
	if err := qw.ApplyTransaction(tx); err != nil {
		t.Fatal(err)
	}
	if st, err := s.Stats(ctx); err != nil || st.Quads != 3 {
		t.Fatalf("stats = %+v, %v; want 3 quads", st, err)
	}
	for _, q := range append(qs, quad.Quad{Subject: quad.IRI("urn:x:b"), Predicate: quad.IRI("urn:x:p"), Object: quad.String("v")}) {
		if err := qw.RemoveQuad(q); err != nil {
			t.Fatal(err)
		}
	}
	if st, err := s.Stats(ctx); err != nil || st.Quads != 0 || st.Nodes != 0 {
		t.Errorf("after removing them: %+v, %v; want no quad and no node", st, err)
	}
}

// TestKeptStatsMatchScan: the counts kg build keeps for Stats agree with a
// scan of the graph after adds, a replacement, removals and a re-add, on
// every backend; once quads are imported the counts are dropped and Stats
// reads the graph (it then sees the imported person).
func TestKeptStatsMatchScan(t *testing.T) {
	ctx := context.Background()
	for _, b := range confBackends(t) {
		t.Run(b.name, func(t *testing.T) {
			s := b.open(t)
			same := func(step string) *graph.Stats {
				t.Helper()
				kept, err := s.Stats(ctx)
				if err != nil {
					t.Fatal(err)
				}
				scan, err := s.ScanStats(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if kept.Articles != scan.Articles || !maps.Equal(kept.Entities, scan.Entities) || !maps.Equal(kept.Facts, scan.Facts) {
					t.Errorf("%s: kept %+v, scanned %+v", step, kept, scan)
				}
				return kept
			}
			confFill(t, s)
			if st := same("filled"); st.Articles != 2 || st.Entities["Person"] != 2 || st.Facts["represents"] != 2 {
				t.Fatalf("filled: %+v, want 2 articles, 2 people, 2 representations", st)
			}
			r := confGraph()[0]
			r.Doc.Title += " (updated)"
			r.Triples = r.Triples[1:]
			confPut(t, s, r)
			same("replaced")
			if _, err := s.RemoveArticle(ctx, "a1"); err != nil {
				t.Fatal(err)
			}
			same("a1 removed")
			confPut(t, s, confGraph()[0])
			same("a1 again")
			// Control: the counts are what Stats reads. A quad written
			// behind kg's back (Cayley's own writer) is seen by the scan
			// only.
			tx := cgraph.NewTransaction()
			tx.AddQuad(quad.Make(quad.IRI("urn:x:q"), quad.IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), quad.IRI("http://schema.org/Person"), nil))
			if err := s.QuadStore().ApplyDeltas(tx.Deltas, cgraph.IgnoreOpts{}); err != nil {
				t.Fatal(err)
			}
			if kept, _ := s.Stats(ctx); kept.Entities["Person"] != 2 {
				t.Fatalf("Stats after a quad written behind kg's back: %d people, want the kept 2", kept.Entities["Person"])
			}
			if scan, _ := s.ScanStats(ctx); scan.Entities["Person"] != 3 {
				t.Fatalf("ScanStats: %d people, want 3", scan.Entities["Person"])
			}
			if _, err := s.Import(ctx, strings.NewReader("<urn:x:p> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> .\n"), "x", 0); err != nil {
				t.Fatal(err)
			}
			if st := same("imported"); st.Entities["Person"] != 4 {
				t.Errorf("after an imported person: %d people, want 4", st.Entities["Person"])
			}
		})
	}
}
