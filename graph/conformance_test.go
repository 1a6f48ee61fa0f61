package graph_test

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	_ "github.com/lib/pq" // the driver Cayley's postgres backend uses; here to create test databases

	"github.com/cayleygraph/quad/nquads"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/queries"
)

// confBackend opens fresh, empty stores of one backend.
type confBackend struct {
	name string
	open func(t *testing.T) *graph.Store
}

// confBackends lists every backend the conformance suite runs against.
// PostgreSQL runs when KG_TEST_POSTGRES holds a DSN of a role that may
// create databases (scripts/pg-start.sh prints one); each store is then a
// database of its own, dropped after the test.
func confBackends(t *testing.T) []confBackend {
	bs := []confBackend{
		{graph.Memory, func(t *testing.T) *graph.Store { return confOpen(t, graph.Memory, "") }},
		{graph.Bolt, func(t *testing.T) *graph.Store {
			return confOpen(t, graph.Bolt, filepath.Join(t.TempDir(), "kg.db"))
		}},
		{graph.LevelDB, func(t *testing.T) *graph.Store {
			return confOpen(t, graph.LevelDB, filepath.Join(t.TempDir(), "kg.ldb"))
		}},
	}
	dsn := os.Getenv("KG_TEST_POSTGRES")
	switch {
	case dsn != "":
		bs = append(bs, confBackend{graph.Postgres, func(t *testing.T) *graph.Store {
			return confOpen(t, graph.Postgres, confPostgresDB(t, dsn))
		}})
	case os.Getenv("CI") != "":
		t.Errorf("CI is set but KG_TEST_POSTGRES is empty: start a server with scripts/pg-start.sh and export its DSN")
	default:
		t.Log("postgres skipped: set KG_TEST_POSTGRES to a DSN (export KG_TEST_POSTGRES=$(scripts/pg-start.sh)) to run it")
	}
	return bs
}

func confOpen(t *testing.T, backend, addr string) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), backend, addr, false)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// confPostgresDB creates a uniquely named database on the server dsn names
// and returns a DSN for it; the database is dropped when the test ends
// (after the store is closed: cleanups run last-in, first-out).
func confPostgresDB(t testing.TB, dsn string) string {
	t.Helper()
	admin, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	name := fmt.Sprintf("kg_test_%d_%d", os.Getpid(), time.Now().UnixNano())
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		admin.Close()
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		defer admin.Close()
		// FORCE (PostgreSQL 13+) ends connections the store's pool kept open.
		// It may not end a server process of another role (an autovacuum
		// worker visiting the new database: "must be a member of the role
		// whose process is being terminated"), which leaves soon: try again.
		var err error
		for try := 0; try < 20; try++ {
			if _, err = admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err == nil {
				break
			}
			time.Sleep(250 * time.Millisecond)
		}
		if err != nil {
			t.Errorf("drop test database %s: %v", name, err)
		}
	})
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatalf("KG_TEST_POSTGRES: %v", err)
	}
	u.Path = "/" + name
	return u.String()
}

// confGraph is the small graph every case starts from, two articles:
//
//	a1 (2022-01-13) ── mentions ──> grushko, stoltenberg, russia, brussels, nato, talks
//	a2 (2022-01-14) ── mentions ──> stoltenberg, nato
//
//	grushko ──represents──> russia        stoltenberg ──represents──> nato (a1, a2)
//	grushko ──jobTitle──> "Deputy Foreign Minister"
//	stoltenberg ──jobTitle──> "Secretary General" ; ──worksFor──> nato
//	stoltenberg ──quote──> "we are ready" (a1), "the door is open" (a2)
//	talks ──location──> brussels ; ──startDate──> "2022-01-12"^^xsd:date
//	talks ──attendee──> grushko, stoltenberg
func confGraph() []*kg.Result {
	s1 := "Deputy Foreign Minister Alexander Grushko represented Russia at talks with NATO Secretary General Jens Stoltenberg in Brussels on January 12."
	q1 := `Stoltenberg said: "we are ready".`
	a1 := &kg.Document{ID: "a1", Title: "Russia and NATO meet in Brussels", URL: "https://example.org/a1",
		Published: time.Date(2022, 1, 13, 0, 0, 0, 0, time.UTC), Text: s1 + " " + q1}
	e1 := kg.Evidence{Sentence: s1, Start: 0, End: len(s1), Rule: "conformance"}
	e1q := kg.Evidence{Sentence: q1, Start: len(s1) + 1, End: len(a1.Text), Rule: "quote"}
	ent := func(id string) kg.Term { return kg.Term{Entity: id} }
	lit := func(s string) kg.Term { return kg.Term{Literal: s} }
	people := []kg.Entity{
		{ID: "person/alexander-grushko", Type: kg.Person, Name: "Alexander Grushko", Aliases: []string{"Grushko"}},
		{ID: "person/jens-stoltenberg", Type: kg.Person, Name: "Jens Stoltenberg", Aliases: []string{"Stoltenberg"}},
	}
	nato := kg.Entity{ID: "org/nato", Type: kg.Org, Name: "NATO", Aliases: []string{"North Atlantic Treaty Organization"}}
	r1 := &kg.Result{Doc: a1, Published: a1.Published,
		Entities: append(slices.Clone(people), nato,
			kg.Entity{ID: "place/russia", Type: kg.GPE, Name: "Russia", Country: true},
			kg.Entity{ID: "place/brussels", Type: kg.GPE, Name: "Brussels", City: true},
			kg.Entity{ID: "event/talks-2022-01-12-brussels", Type: kg.Event, Name: "talks"}),
		Triples: []kg.Triple{
			{Subject: ent("person/alexander-grushko"), Predicate: kg.PredRepresents, Object: ent("place/russia"), Evidence: e1},
			{Subject: ent("person/alexander-grushko"), Predicate: kg.PredJobTitle, Object: lit("Deputy Foreign Minister"), Evidence: e1},
			{Subject: ent("person/jens-stoltenberg"), Predicate: kg.PredRepresents, Object: ent("org/nato"), Evidence: e1},
			{Subject: ent("person/jens-stoltenberg"), Predicate: kg.PredJobTitle, Object: lit("Secretary General"), Evidence: e1},
			{Subject: ent("person/jens-stoltenberg"), Predicate: kg.PredWorksFor, Object: ent("org/nato"), Evidence: e1},
			{Subject: ent("event/talks-2022-01-12-brussels"), Predicate: kg.PredLocation, Object: ent("place/brussels"), Evidence: e1},
			{Subject: ent("event/talks-2022-01-12-brussels"), Predicate: kg.PredStartDate, Object: kg.Term{Literal: "2022-01-12", Datatype: "date"}, Evidence: e1},
			{Subject: ent("event/talks-2022-01-12-brussels"), Predicate: kg.PredAttendee, Object: ent("person/alexander-grushko"), Evidence: e1},
			{Subject: ent("event/talks-2022-01-12-brussels"), Predicate: kg.PredAttendee, Object: ent("person/jens-stoltenberg"), Evidence: e1},
			{Subject: ent("person/jens-stoltenberg"), Predicate: kg.PredQuote, Object: lit("we are ready"), Evidence: e1q},
		}}
	s2 := `NATO Secretary General Jens Stoltenberg said "the door is open".`
	a2 := &kg.Document{ID: "a2", Title: "Stoltenberg: the door is open",
		Published: time.Date(2022, 1, 14, 0, 0, 0, 0, time.UTC), Text: s2}
	e2 := kg.Evidence{Sentence: s2, Start: 0, End: len(s2), Rule: "conformance"}
	r2 := &kg.Result{Doc: a2, Published: a2.Published,
		Entities: []kg.Entity{people[1], nato},
		Triples: []kg.Triple{
			{Subject: ent("person/jens-stoltenberg"), Predicate: kg.PredRepresents, Object: ent("org/nato"), Evidence: e2},
			{Subject: ent("person/jens-stoltenberg"), Predicate: kg.PredQuote, Object: lit("the door is open"), Evidence: e2},
		}}
	return []*kg.Result{r1, r2}
}

// confFill writes confGraph to s.
func confFill(t *testing.T, s *graph.Store) {
	t.Helper()
	for _, r := range confGraph() {
		if got := confPut(t, s, r); got != graph.Added {
			t.Fatalf("put %s = %v, want added", r.Doc.ID, got)
		}
	}
}

func confPut(t *testing.T, s *graph.Store, r *kg.Result) graph.PutResult {
	t.Helper()
	out, _, err := s.PutArticle(context.Background(), r, graph.Fingerprint(r.Doc, "conformance"))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func confStats(t *testing.T, s *graph.Store) *graph.Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func confExport(t *testing.T, s *graph.Store) []byte {
	t.Helper()
	var b bytes.Buffer
	if _, err := s.Export(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// confQuadSet parses N-Quads with the quad library's own reader and returns
// the quads as sorted N-Quads lines.
func confQuadSet(t *testing.T, b []byte) []string {
	t.Helper()
	r := nquads.NewReader(bytes.NewReader(b), false)
	var out []string
	for {
		q, err := r.ReadQuad()
		if errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatalf("read exported N-Quads: %v", err)
		}
		out = append(out, q.NQuad())
	}
	sort.Strings(out)
	return out
}

const xsdDate2022 = `"2022-01-12"^^<http://www.w3.org/2001/XMLSchema#date>`

// confCase is one behaviour every backend must have. open gives further
// fresh stores of the same backend.
type confCase struct {
	name string
	run  func(t *testing.T, s *graph.Store, open func(t *testing.T) *graph.Store)
}

// confKnownDefects are cases that fail on a backend because of a defect
// outside this suite; they are skipped loudly, naming it. Delete an entry
// once the defect is fixed.
var confKnownDefects = map[string]string{
	// None now. (Cayley v0.7.7's kv stores net node reference counts within
	// one transaction, so a replacement that drops more of an article's quads
	// than it adds corrupted bolt and leveldb stores until PutArticle split
	// it into add-then-retract transactions; "replace on change" checks it.)
}

var confCases = []confCase{
	{"put", func(t *testing.T, s *graph.Store, _ func(*testing.T) *graph.Store) {
		confFill(t, s)
		ids, err := s.Articles(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		sort.Strings(ids)
		if !slices.Equal(ids, []string{"a1", "a2"}) {
			t.Fatalf("articles = %v, want [a1 a2]", ids)
		}
	}},
	{"idempotent re-put", func(t *testing.T, s *graph.Store, _ func(*testing.T) *graph.Store) {
		confFill(t, s)
		before := confStats(t, s).Quads
		for _, r := range confGraph() {
			if got := confPut(t, s, r); got != graph.Unchanged {
				t.Fatalf("re-put %s = %v, want unchanged", r.Doc.ID, got)
			}
		}
		if after := confStats(t, s).Quads; after != before {
			t.Fatalf("re-put changed quad count %d -> %d", before, after)
		}
	}},
	{"replace on change", func(t *testing.T, s *graph.Store, _ func(*testing.T) *graph.Store) {
		confFill(t, s)
		r := confGraph()[1]
		r.Doc.Title = "Changed headline"
		r.Triples = r.Triples[:1] // the quote is gone from the new version
		if got := confPut(t, s, r); got != graph.Replaced {
			t.Fatalf("changed put = %v, want replaced", got)
		}
		ctx := context.Background()
		if err := confExportErr(s); err != nil {
			confDefect(t, "store corrupt after replace: %v", err)
		}
		out, err := s.Query(ctx, `g.V(args.a).out("<http://schema.org/headline>").all()`, map[string]any{"a": graph.ArticleIRI("a2").String()}, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := confIDs(out); !slices.Equal(got, []string{"Changed headline"}) {
			t.Fatalf("headlines after replace = %v", got)
		}
		out, err = s.Query(ctx, `g.V("<urn:kg:person/jens-stoltenberg>").out("<urn:kg:vocab#quote>").all()`, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := confIDs(out); !slices.Equal(got, []string{"we are ready"}) {
			t.Fatalf("quotes after replace = %v, want only a1's", got)
		}
	}},
	{"import own export then remove all", func(t *testing.T, s *graph.Store, _ func(*testing.T) *graph.Store) {
		ctx := context.Background()
		confFill(t, s)
		exp := confExport(t, s)
		before := confStats(t, s)
		// Once as a rerun would, once with every quad twice in one batch.
		for i, in := range [][]byte{exp, append(slices.Clone(exp), exp...)} {
			n, err := s.Import(ctx, bytes.NewReader(in), "own.nq", 0)
			if err != nil || n.Added != 0 || n.Read != bytes.Count(in, []byte("\n")) {
				t.Fatalf("import %d of the store's own export: %+v, %v; want every quad read, none added", i+1, n, err)
			}
		}
		if after := confStats(t, s); after.Quads != before.Quads || after.Nodes != before.Nodes {
			t.Fatalf("import of own export: %d quads, %d nodes -> %d, %d", before.Quads, before.Nodes, after.Quads, after.Nodes)
		}
		for _, id := range []string{"a1", "a2"} {
			if _, err := s.RemoveArticle(ctx, id); err != nil {
				t.Fatal(err)
			}
		}
		// Nothing is left: no fact, name or node outlives its articles.
		if st := confStats(t, s); st.Quads != 0 || st.Nodes != 0 {
			t.Errorf("after removing every article: %d quads, %d nodes; want 0, 0", st.Quads, st.Nodes)
		}
		if s.Backend() == graph.Postgres || s.Backend() == graph.Cockroach {
			return // Cayley's SQL stores answer g.V(value) from a cache of names: the count above is the check
		}
		for _, v := range []string{confGraph()[0].Triples[0].Evidence.Sentence, "<urn:kg:person/alexander-grushko>"} {
			out, err := s.Query(ctx, `g.V(args.v).all()`, map[string]any{"v": v}, 0)
			if err != nil || len(out) != 0 {
				t.Errorf("g.V(%.40q) after removing every article = %v, %v; want nothing", v, out, err)
			}
		}
	}},
	{"remove", func(t *testing.T, s *graph.Store, _ func(*testing.T) *graph.Store) {
		ctx := context.Background()
		confFill(t, s)
		n, err := s.RemoveArticle(ctx, "a1")
		if err != nil || n == 0 {
			t.Fatalf("remove a1 = %d, %v", n, err)
		}
		if _, err := s.RemoveArticle(ctx, "a1"); !errors.Is(err, graph.ErrNotFound) {
			t.Fatalf("second remove: err = %v, want ErrNotFound", err)
		}
		// a1's facts are gone; the one a2 also states survives.
		out, err := s.Query(ctx, `g.V("<urn:kg:person/alexander-grushko>").out().all()`, nil, 0)
		if err != nil || len(out) != 0 {
			t.Fatalf("grushko after remove = %v, %v; want nothing", out, err)
		}
		out, err = s.Query(ctx, `g.V("<urn:kg:person/jens-stoltenberg>").out("<urn:kg:vocab#represents>").all()`, nil, 0)
		if err != nil || len(out) != 1 {
			t.Fatalf("stoltenberg represents after remove = %v, %v; want NATO", out, err)
		}
		// Removing the last article leaves nothing: no fact, name or node
		// outlives its articles.
		if _, err := s.RemoveArticle(ctx, "a2"); err != nil {
			t.Fatal(err)
		}
		if got := confQuadSet(t, confExport(t, s)); len(got) != 0 {
			t.Fatalf("left after removing every article: %q, want nothing", got)
		}
		if st := confStats(t, s); st.Quads != 0 || (s.Backend() != graph.Memory && st.Nodes > 0) {
			t.Fatalf("left after removing every article: %d quads, %d nodes; want none", st.Quads, st.Nodes)
		}
	}},
	{"batch put", func(t *testing.T, s *graph.Store, open func(*testing.T) *graph.Store) {
		// The same graph written one article per transaction and in one batch
		// is the same set of quads; a second batch with one changed article
		// replaces it and leaves the other unchanged.
		one := open(t)
		confFill(t, one)
		ctx := context.Background()
		var batch []graph.Article
		for _, r := range confGraph() {
			batch = append(batch, graph.Article{Result: r, Fingerprint: graph.Fingerprint(r.Doc, "conformance")})
		}
		outs, n, err := s.PutArticles(ctx, batch)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(outs, []graph.PutResult{graph.Added, graph.Added}) || n == 0 {
			t.Fatalf("batch put = %v, %d quads", outs, n)
		}
		if a, b := confQuadSet(t, confExport(t, one)), confQuadSet(t, confExport(t, s)); !slices.Equal(a, b) {
			t.Fatalf("batch and single puts differ: %d vs %d quads", len(a), len(b))
		}
		changed := confGraph()
		changed[0].Doc.Title = "Changed"
		batch = batch[:0]
		for _, r := range changed {
			batch = append(batch, graph.Article{Result: r, Fingerprint: graph.Fingerprint(r.Doc, "conformance")})
		}
		outs, _, err = s.PutArticles(ctx, batch)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(outs, []graph.PutResult{graph.Replaced, graph.Unchanged}) {
			t.Fatalf("second batch = %v, want [replaced unchanged]", outs)
		}
		if err := confExportErr(s); err != nil {
			t.Fatalf("store corrupt after batch replace: %v", err)
		}
	}},
	{"fingerprints", func(t *testing.T, s *graph.Store, _ func(*testing.T) *graph.Store) {
		ctx := context.Background()
		confFill(t, s)
		want := map[string]string{}
		for _, r := range confGraph() {
			want[r.Doc.ID] = graph.Fingerprint(r.Doc, "conformance")
		}
		got, err := s.Fingerprints(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("fingerprints = %v, want %v", got, want)
		}
		if fp, err := s.Fingerprint(ctx, "a2"); err != nil || fp != want["a2"] {
			t.Fatalf("fingerprint a2 = %q, %v", fp, err)
		}
		if _, err := s.RemoveArticle(ctx, "a1"); err != nil {
			t.Fatal(err)
		}
		got, _ = s.Fingerprints(ctx)
		if _, ok := got["a1"]; ok || len(got) != 1 {
			t.Fatalf("fingerprints after remove = %v", got)
		}
	}},
	{"stats", func(t *testing.T, s *graph.Store, _ func(*testing.T) *graph.Store) {
		confFill(t, s)
		st := confStats(t, s)
		n := len(confQuadSet(t, confExport(t, s)))
		want := graph.Stats{Articles: 2,
			Entities: map[string]int{"Person": 2, "Organization": 1, "Place": 2, "Event": 1},
			Facts: map[string]int{"represents": 2, "jobTitle": 2, "worksFor": 1, "location": 1,
				"startDate": 1, "attendee": 2, "quote": 2},
			Quads: int64(n)}
		st.Nodes = 0 // backends count nodes differently (SQL keeps orphans until vacuumed)
		if got, w := confJSON(st), confJSON(want); got != w {
			t.Fatalf("stats = %s\nwant    %s", got, w)
		}
	}},
	{"export import export", func(t *testing.T, s *graph.Store, open func(*testing.T) *graph.Store) {
		confFill(t, s)
		first := confExport(t, s)
		if !bytes.Contains(first, []byte(xsdDate2022)) {
			t.Errorf("export lost the typed date literal %s", xsdDate2022)
		}
		s2 := open(t)
		// A small batch so that the import spans several transactions.
		n, err := s2.Import(context.Background(), bytes.NewReader(first), "first.nq", 7)
		if err != nil {
			t.Fatal(err)
		}
		a, b := confQuadSet(t, first), confQuadSet(t, confExport(t, s2))
		if n.Added != len(a) || n.Read != len(a) {
			t.Errorf("imported %+v, exported %d", n, len(a))
		}
		if strings.Join(a, "\n") != strings.Join(b, "\n") {
			t.Fatalf("export -> import -> export differs: %d quads vs %d\nfirst:\n%s\nsecond:\n%s",
				len(a), len(b), strings.Join(a, "\n"), strings.Join(b, "\n"))
		}
		// The imported store holds the graph but not the articles' state:
		// building an article again adds it, and the graph stays the same.
		if got := confPut(t, s2, confGraph()[0]); got != graph.Added {
			t.Errorf("put after import = %v, want added", got)
		}
		if c := confQuadSet(t, confExport(t, s2)); strings.Join(a, "\n") != strings.Join(c, "\n") {
			t.Fatalf("building an imported article again changed the graph: %d quads vs %d", len(a), len(c))
		}
	}},
	{"typed date literal", func(t *testing.T, s *graph.Store, _ func(*testing.T) *graph.Store) {
		confFill(t, s)
		for _, c := range []struct{ node, pred, want string }{
			{"<urn:kg:event/talks-2022-01-12-brussels>", "<http://schema.org/startDate>", xsdDate2022},
			{"<urn:kg:article/a1>", "<http://schema.org/datePublished>", `"2022-01-13"^^<http://www.w3.org/2001/XMLSchema#date>`},
		} {
			out, err := s.Query(context.Background(), `g.V(args.n).out(args.p).all()`, map[string]any{"n": c.node, "p": c.pred}, 0)
			if err != nil {
				t.Fatal(err)
			}
			if got := confIDs(out); !slices.Equal(got, []string{c.want}) {
				t.Errorf("%s %s = %v, want [%s]", c.node, c.pred, got, c.want)
			}
		}
		// A typed literal is a value of its own, not the plain string.
		out, err := s.Query(context.Background(), `g.V("2022-01-12").in().all()`, nil, 0)
		if err != nil || len(out) != 0 {
			t.Errorf("plain \"2022-01-12\" matched %v, %v", out, err)
		}
	}},
	{"gizmo", func(t *testing.T, s *graph.Store, _ func(*testing.T) *graph.Store) {
		confFill(t, s)
		ctx := context.Background()
		for _, c := range []struct {
			name, text string
			limit      int
			want       []string
		}{
			{"out", `g.V("<urn:kg:person/alexander-grushko>").out("<http://schema.org/name>").all()`, 0, []string{"Alexander Grushko"}},
			// A fact two articles state is one quad.
			{"in", `g.V("<urn:kg:org/nato>").in("<urn:kg:vocab#represents>").all()`, 0,
				[]string{"<urn:kg:person/jens-stoltenberg>"}},
			{"unique", `g.V("<urn:kg:org/nato>").in("<urn:kg:vocab#represents>").unique().all()`, 0, []string{"<urn:kg:person/jens-stoltenberg>"}},
			{"has", `g.V().has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://schema.org/Person>").unique().all()`, 0,
				[]string{"<urn:kg:person/alexander-grushko>", "<urn:kg:person/jens-stoltenberg>"}},
			{"limit", `g.V().has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://schema.org/Person>").all()`, 1, nil},
			{"emit", `g.emit(g.V("<urn:kg:org/nato>").in("<http://schema.org/mentions>").count())`, 0, nil},
		} {
			out, err := s.Query(ctx, c.text, nil, c.limit)
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			switch c.name {
			case "limit":
				if len(out) != 1 {
					t.Errorf("limit 1 gave %d results", len(out))
				}
			case "emit":
				if len(out) != 1 || fmt.Sprint(out[0]) != "2" {
					t.Errorf("count of articles mentioning NATO = %v, want [2]", out)
				}
			default:
				if got := confIDs(out); !slices.Equal(got, c.want) {
					t.Errorf("%s = %v, want %v", c.name, got, c.want)
				}
			}
		}
		if _, err := s.Query(ctx, `g.V(`, nil, 0); !errors.Is(err, graph.ErrQuery) {
			t.Errorf("syntax error: err = %v, want ErrQuery", err)
		}
	}},
	{"canned queries", func(t *testing.T, s *graph.Store, _ func(*testing.T) *graph.Store) {
		confFill(t, s)
		for _, q := range queries.List() {
			c, ok := confCanned[q.Name]
			if !ok {
				t.Errorf("canned query %s has no conformance case: add one to confCanned", q.Name)
				continue
			}
			args, err := q.Args(c.args)
			if err != nil {
				t.Fatal(err)
			}
			out, err := s.Run(context.Background(), graph.Request{Prelude: queries.Lib, Text: q.Text, Args: args})
			if err != nil {
				t.Errorf("%s: %v", q.Usage(), err)
				continue
			}
			if msg := confMatch(out, c.want); msg != "" {
				t.Errorf("%s %q: %s\ngot  %s", q.Name, c.args, msg, confJSON(out))
			}
		}
	}},
	{"facts follow replace and remove", func(t *testing.T, s *graph.Store, _ func(*testing.T) *graph.Store) {
		// A fact stated once must not outlive the article that states it;
		// one stated twice outlives one of them.
		ctx := context.Background()
		confFill(t, s)
		people := func() []any {
			t.Helper()
			q, _ := queries.Get("people")
			out, err := s.Run(ctx, graph.Request{Prelude: queries.Lib, Text: q.Text})
			if err != nil {
				t.Fatal(err)
			}
			return out
		}
		r := confGraph()[0]
		r.Doc.Title += " (updated)"
		r.Triples = slices.DeleteFunc(r.Triples, func(tr kg.Triple) bool {
			return tr.Predicate == kg.PredJobTitle && tr.Subject.Entity == "person/alexander-grushko"
		})
		if got := confPut(t, s, r); got != graph.Replaced {
			t.Fatalf("changed put = %v, want replaced", got)
		}
		want := []map[string]any{
			{"person": "Alexander Grushko", "jobTitle": []any{}, "represents": []any{"Russia"}},
			{"person": "Jens Stoltenberg", "jobTitle": []any{"Secretary General"}, "represents": []any{"NATO"}},
		}
		if msg := confMatch(people(), want); msg != "" {
			t.Errorf("after replacing a1 without Grushko's title: %s\ngot  %s", msg, confJSON(people()))
		}
		if _, err := s.RemoveArticle(ctx, "a1"); err != nil {
			t.Fatal(err)
		}
		want = []map[string]any{{"person": "Jens Stoltenberg", "jobTitle": []any{}, "represents": []any{"NATO"}}}
		if msg := confMatch(people(), want); msg != "" {
			t.Errorf("after removing a1: %s\ngot  %s", msg, confJSON(people()))
		}
	}},
	{"query timeout", func(t *testing.T, s *graph.Store, _ func(*testing.T) *graph.Store) {
		confFill(t, s)
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		defer cancel()
		if _, err := s.Query(ctx, `while(true){}`, nil, 0); !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("err = %v, want deadline exceeded", err)
		}
		// The store still answers afterwards.
		if out, err := s.Query(context.Background(), `g.V("<urn:kg:org/nato>").all()`, nil, 0); err != nil || len(out) != 1 {
			t.Fatalf("query after timeout = %v, %v", out, err)
		}
	}},
}

// confCanned gives each canned query its arguments and the rows it must
// return over confGraph: every field listed must match (lists compared as
// sets), and there must be exactly as many rows as listed.
var confCanned = map[string]struct {
	args []string
	want []map[string]any
}{
	"about": {[]string{"Jens Stoltenberg"}, []map[string]any{
		{"subject": "Jens Stoltenberg", "predicate": "represents", "object": "NATO", "article": "a1"},
		{"subject": "Jens Stoltenberg", "predicate": "represents", "object": "NATO", "article": "a2"},
		{"subject": "Jens Stoltenberg", "predicate": "jobTitle", "object": "Secretary General", "article": "a1"},
		{"subject": "Jens Stoltenberg", "predicate": "worksFor", "object": "NATO", "article": "a1"},
		{"subject": "Jens Stoltenberg", "predicate": "quote", "object": "we are ready", "article": "a1", "rule": "quote"},
		{"subject": "Jens Stoltenberg", "predicate": "quote", "object": "the door is open", "article": "a2"},
		{"subject": "talks", "predicate": "attendee", "object": "Jens Stoltenberg", "article": "a1"},
	}},
	"articles": {nil, []map[string]any{
		{"article": "a1", "headline": "Russia and NATO meet in Brussels", "published": "2022-01-13", "url": "https://example.org/a1", "entities": 6},
		{"article": "a2", "headline": "Stoltenberg: the door is open", "published": "2022-01-14", "entities": 2},
	}},
	"events-in": {[]string{"Brussels"}, []map[string]any{
		{"place": "Brussels", "event": "talks", "date": "2022-01-12", "attendees": []any{"Alexander Grushko", "Jens Stoltenberg"}},
	}},
	"mentions": {[]string{"stoltenberg"}, []map[string]any{
		{"entity": "Jens Stoltenberg", "article": "a1", "published": "2022-01-13"},
		{"entity": "Jens Stoltenberg", "article": "a2", "headline": "Stoltenberg: the door is open"},
	}},
	"people": {nil, []map[string]any{
		{"person": "Alexander Grushko", "jobTitle": []any{"Deputy Foreign Minister"}, "represents": []any{"Russia"}},
		{"person": "Jens Stoltenberg", "jobTitle": []any{"Secretary General"}, "represents": []any{"NATO"}},
	}},
	"quotes": {[]string{"Stoltenberg"}, []map[string]any{
		{"person": "Jens Stoltenberg", "quote": "we are ready", "article": "a1"},
		{"person": "Jens Stoltenberg", "quote": "the door is open", "article": "a2"},
	}},
	"roles": {[]string{"Grushko"}, []map[string]any{
		{"person": "Alexander Grushko", "role": "jobTitle", "value": "Deputy Foreign Minister", "articles": []any{"a1"}},
		{"person": "Alexander Grushko", "role": "represents", "value": "Russia", "articles": []any{"a1"}},
	}},
	"timeline": {nil, []map[string]any{
		{"date": "2022-01-12", "event": "talks", "location": []any{"Brussels"},
			"attendees": []any{"Alexander Grushko", "Jens Stoltenberg"}, "articles": []any{"a1"}},
	}},
	"who-represents": {[]string{"NATO"}, []map[string]any{
		{"person": "Jens Stoltenberg", "represents": "NATO", "jobTitle": []any{"Secretary General"}, "articles": []any{"a1", "a2"}},
	}},
}

// confMatch reports how rows differ from want, or "" when every wanted row
// is matched by a distinct row and no row is left over.
func confMatch(rows []any, want []map[string]any) string {
	if len(rows) != len(want) {
		return fmt.Sprintf("%d rows, want %d", len(rows), len(want))
	}
	used := make([]bool, len(rows))
next:
	for _, w := range want {
		for i, r := range rows {
			m, ok := r.(map[string]any)
			if !ok || used[i] {
				continue
			}
			match := true
			for k, v := range w {
				if confNorm(m[k]) != confNorm(v) {
					match = false
					break
				}
			}
			if match {
				used[i] = true
				continue next
			}
		}
		return fmt.Sprintf("no row matches %s", confJSON(w))
	}
	return ""
}

// confNorm renders a result value for comparison: lists as sorted sets,
// numbers whatever their Go type.
func confNorm(v any) string {
	if l, ok := v.([]any); ok {
		s := make([]string, len(l))
		for i, x := range l {
			s[i] = confNorm(x)
		}
		sort.Strings(s)
		return "[" + strings.Join(s, ",") + "]"
	}
	return fmt.Sprint(v)
}

// confIDs returns the "id" of each g.V()...all() result, sorted.
func confIDs(out []any) []string {
	var ids []string
	for _, r := range out {
		if m, ok := r.(map[string]any); ok {
			ids = append(ids, fmt.Sprint(m["id"]))
		}
	}
	sort.Strings(ids)
	return ids
}

func confJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// confExportErr exports s to nowhere, turning a panic on a corrupt quad
// into an error.
func confExportErr(s *graph.Store) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("export panicked: %v", r)
		}
	}()
	_, err = s.Export(context.Background(), io.Discard)
	return err
}

// confDefect fails the test, or skips it naming the defect when the case is
// listed in confKnownDefects for this backend.
func confDefect(t *testing.T, format string, args ...any) {
	t.Helper()
	name := t.Name()[strings.Index(t.Name(), "/")+1:]
	if why, ok := confKnownDefects[name]; ok {
		t.Skipf("KNOWN DEFECT %s: %s", why, fmt.Sprintf(format, args...))
	}
	t.Fatalf(format, args...)
}

// TestConformance runs every case against every backend, each on a fresh
// store.
func TestConformance(t *testing.T) {
	for _, b := range confBackends(t) {
		t.Run(b.name, func(t *testing.T) {
			for _, c := range confCases {
				t.Run(strings.ReplaceAll(c.name, " ", "_"), func(t *testing.T) {
					c.run(t, b.open(t), b.open)
				})
			}
		})
	}
}
