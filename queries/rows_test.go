package queries_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/ingest"
	"github.com/kg-project/kg/queries"
	"github.com/kg-project/kg/source"
)

// copies is how many times the repeated store holds each seed article.
const copies = 3

// seedStores are the seed articles built with the real extractor once, and
// the same articles each stored copies times under other document IDs, so
// that every fact is stated by copies times as many articles.
var seedStores = struct {
	once       sync.Once
	seed, many *graph.Store
	err        error
}{}

func stores(t *testing.T) (seed, many *graph.Store) {
	t.Helper()
	seedStores.once.Do(func() {
		ctx := context.Background()
		ex, err := extract.New()
		if err != nil {
			seedStores.err = err
			return
		}
		dir := filepath.Join("..", "testdata", "articles")
		build := func(docs iter.Seq2[*kg.Document, error]) *graph.Store {
			st := graph.OpenMemory()
			sum, err := ingest.Build(ctx, ex, st, docs, ingest.Options{Version: extract.Version, Link: extract.Links})
			if err == nil && sum.Added == 0 {
				err = errNoArticles
			}
			if err != nil && seedStores.err == nil {
				seedStores.err = err
			}
			return st
		}
		seedStores.seed = build(source.Read(ctx, []string{dir}, nil))
		seedStores.many = build(func(yield func(*kg.Document, error) bool) {
			for c := range copies {
				for d, err := range source.Read(ctx, []string{dir}, nil) {
					if d != nil {
						d.ID = string(rune('a'+c)) + "_" + d.ID
					}
					if !yield(d, err) {
						return
					}
				}
			}
		})
	})
	if seedStores.err != nil {
		t.Fatalf("build the seed stores: %v", seedStores.err)
	}
	return seedStores.seed, seedStores.many
}

var errNoArticles = errors.New("no articles built from testdata/articles")

func run(t *testing.T, st *graph.Store, name string, vals ...string) []any {
	t.Helper()
	q, ok := queries.Get(name)
	if !ok {
		t.Fatalf("no query %s", name)
	}
	args, err := q.Args(vals)
	if err != nil {
		t.Fatal(err)
	}
	out, err := st.Run(context.Background(), graph.Request{Prelude: queries.Lib, Text: q.Text, Args: args})
	if err != nil {
		t.Fatalf("%s %q: %v", name, vals, err)
	}
	return out
}

// fromDataset counts the rows whose source is a dataset, not an article.
func fromDataset(rows []any) int {
	n := 0
	for _, r := range rows {
		if m, ok := r.(map[string]any); ok && strings.HasPrefix(fmt.Sprint(m["article"]), "<"+graph.DatasetNS) {
			n++
		}
	}
	return n
}

// dupes returns the rows that occur more than once, as JSON.
func dupes(rows []any) []string {
	seen := map[string]int{}
	var out []string
	for _, r := range rows {
		b, _ := json.Marshal(r)
		if seen[string(b)]++; seen[string(b)] == 2 {
			out = append(out, string(b))
		}
	}
	return out
}

// calls are canned queries with arguments that reach every query's
// helpers on the seed articles: names, surnames, acronyms, places.
var calls = [][]string{
	{"people"}, {"articles"}, {"timeline"}, {"timeline", "2022-01"}, {"timeline", "2022-01-12"},
	{"who-represents", "Russia"}, {"who-represents", "NATO"}, {"who-represents", "United States"},
	{"roles", "Grushko"}, {"roles", "Jens Stoltenberg"}, {"roles", "Wendy Sherman"},
	{"about", "Grushko"}, {"about", "Russia"}, {"about", "NATO"}, {"about", "Brussels"},
	{"mentions", "Russia"}, {"mentions", "Stoltenberg"}, {"mentions", "NATO-Russia Council meeting"},
	{"quotes", "Stoltenberg"}, {"quotes", "Wendy Sherman"}, {"quotes", "Fomin"},
	{"events-in", "Brussels"}, {"events-in", "Geneva"}, {"events-in", "Vienna"},
}

// perArticle are the queries with a row per article that states or
// mentions something: the repeated store has copies times their rows. The
// other queries list each entity or fact once, whatever the articles.
var perArticle = map[string]bool{"articles": true, "about": true, "mentions": true, "quotes": true}

// TestNoDuplicateRows runs every canned query on the seed graph and on the
// graph where each seed article is stored three times: no row comes twice,
// a listing of entities or facts has the same rows on both, and a listing
// of sources has three times as many.
func TestNoDuplicateRows(t *testing.T) {
	seed, many := stores(t)
	covered := map[string]bool{}
	for _, c := range calls {
		covered[c[0]] = true
		one, all := run(t, seed, c[0], c[1:]...), run(t, many, c[0], c[1:]...)
		if len(one) == 0 {
			t.Errorf("%q: no rows on the seed graph", c)
		}
		for _, d := range dupes(one) {
			t.Errorf("%q on the seed graph: row twice: %s", c, d)
		}
		for _, d := range dupes(all) {
			t.Errorf("%q with each article %d times: row twice: %s", c, copies, d)
		}
		want := len(one)
		if perArticle[c[0]] {
			// A dataset's facts (background geography) have one source
			// however many articles mention the place.
			n := fromDataset(one)
			want = (want-n)*copies + n
		}
		if len(all) != want {
			t.Errorf("%q: %d rows with each article %d times, want %d (%d on the seed graph)", c, len(all), copies, want, len(one))
		}
	}
	for _, q := range queries.List() {
		if !covered[q.Name] {
			t.Errorf("canned query %s is not in calls", q.Name)
		}
	}
}

// TestFactsOnceSourcesAll checks on the repeated store that the rows which
// list a fact's articles list every one, and that plain Gizmo sees each
// representation of Russia once (VOCABULARY.md).
func TestFactsOnceSourcesAll(t *testing.T) {
	seed, many := stores(t)
	for _, st := range []struct {
		name string
		s    *graph.Store
		n    int
	}{{"seed", seed, 1}, {"repeated", many, copies}} {
		rows := run(t, st.s, "who-represents", "Russia")
		if len(rows) != 5 {
			t.Errorf("%s: who-represents Russia: %d rows, want 5", st.name, len(rows))
		}
		for _, r := range rows {
			m := r.(map[string]any)
			if m["person"] == "Alexander Grushko" {
				if arts, _ := m["articles"].([]any); len(arts) != 2*st.n {
					t.Errorf("%s: Grushko represents Russia stated in %v, want %d articles", st.name, arts, 2*st.n)
				}
			}
		}
		out, err := st.s.Run(context.Background(), graph.Request{Text: `g.V("<urn:kg:place/russia>").in("<urn:kg:vocab#represents>").all()`})
		if err != nil {
			t.Fatal(err)
		}
		if len(out) != 5 || len(dupes(out)) != 0 {
			t.Errorf("%s: plain Gizmo, who represents Russia: %v, want 5 people once each", st.name, out)
		}
		people := run(t, st.s, "people")
		var names []string
		for _, r := range people {
			names = append(names, r.(map[string]any)["person"].(string))
		}
		sort.Strings(names)
		if len(names) != 10 || len(dupes(people)) != 0 || !containsAll(names, "Alexander Grushko", "Jens Stoltenberg", "Vladimir Putin") {
			t.Errorf("%s: people %s", st.name, strings.Join(names, ", "))
		}
	}
}

func containsAll(list []string, want ...string) bool {
	for _, w := range want {
		found := false
		for _, l := range list {
			found = found || l == w
		}
		if !found {
			return false
		}
	}
	return true
}

// TestEvidenceReachedTwiceIsOneRow: a name that resolves to two entities
// between which a fact holds (a surname shared by a person and a company)
// reaches the fact's evidence from both; an article that repeats a quote
// has two evidence nodes for it. about and quotes give one row for each,
// and still a row per article for a fact or quote two articles state.
func TestEvidenceReachedTwiceIsOneRow(t *testing.T) {
	ctx := context.Background()
	st := graph.OpenMemory()
	defer st.Close()
	ents := []kg.Entity{
		{ID: "person/anna-keller", Type: kg.Person, Name: "Anna Keller"},
		{ID: "org/keller-group", Type: kg.Org, Name: "Keller Group"},
	}
	anna, group := kg.Term{Entity: "person/anna-keller"}, kg.Term{Entity: "org/keller-group"}
	quote := kg.Term{Literal: "we will keep growing"}
	text := `Anna Keller works for Keller Group. "We will keep growing," she said. Later: "we will keep growing."`
	ev := func(sentence string) kg.Evidence {
		start := strings.Index(text, sentence)
		return kg.Evidence{Sentence: sentence, Start: start, End: start + len(sentence), Rule: "test"}
	}
	works, said, later := ev("Anna Keller works for Keller Group."), ev(`"We will keep growing," she said.`), ev(`Later: "we will keep growing."`)
	for _, r := range []*kg.Result{
		{Doc: &kg.Document{ID: "k1", Text: text}, Entities: ents, Triples: []kg.Triple{
			{Subject: anna, Predicate: kg.PredWorksFor, Object: group, Evidence: works},
			{Subject: anna, Predicate: kg.PredQuote, Object: quote, Evidence: said},
			{Subject: anna, Predicate: kg.PredQuote, Object: quote, Evidence: later},
		}},
		{Doc: &kg.Document{ID: "k2", Text: text}, Entities: ents, Triples: []kg.Triple{
			{Subject: anna, Predicate: kg.PredWorksFor, Object: group, Evidence: works},
			{Subject: anna, Predicate: kg.PredQuote, Object: quote, Evidence: said},
		}},
	} {
		if _, _, err := st.PutArticle(ctx, r, graph.Fingerprint(r.Doc, "test")); err != nil {
			t.Fatal(err)
		}
	}
	count := func(rows []any, key, val string) int {
		n := 0
		for _, r := range rows {
			if m, _ := r.(map[string]any); m[key] == val {
				n++
			}
		}
		return n
	}
	// Control: "Keller" names both entities.
	if rows := run(t, st, "mentions", "Keller"); count(rows, "entity", "Anna Keller") != 2 || count(rows, "entity", "Keller Group") != 2 {
		t.Fatalf("mentions Keller = %v, want both entities in both articles", rows)
	}
	about := run(t, st, "about", "Keller")
	if n := count(about, "predicate", "worksFor"); n != 2 || len(dupes(about)) != 0 {
		t.Errorf("about Keller: %d worksFor rows, want one per article (2):\n%v", n, about)
	}
	quotes := run(t, st, "quotes", "Anna Keller")
	if len(quotes) != 2 || count(quotes, "article", "k1") != 1 || count(quotes, "article", "k2") != 1 {
		t.Errorf("quotes Anna Keller = %v, want the quote once per article", quotes)
	}
}
