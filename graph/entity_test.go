package graph

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg"
)

// entityStore holds 25 articles. Article i says that Person i represents
// Russia and that Ana Lee does, and quotes her (two quotations in turn):
// Russia is the object of 26 facts, Ana Lee's "represents" is stated by
// all 25 articles.
func entityStore(t *testing.T, backend string) *Store {
	t.Helper()
	ctx := context.Background()
	var st *Store
	if backend == Memory {
		st = OpenMemory()
	} else {
		var err error
		if st, err = Open(ctx, backend, filepath.Join(t.TempDir(), "kg.db"), false); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() { st.Close() })
	var batch []Article
	for i := range 25 {
		p := fmt.Sprintf("person/p%02d", i)
		quote := fmt.Sprintf("We want talks number %d.", i%2)
		s1 := fmt.Sprintf("Envoy %02d represents Russia.", i)
		s2 := "Ana Lee spoke for Russia."
		s3 := "Ana Lee said: " + quote
		text := s1 + " " + s2 + " " + s3
		res := &kg.Result{
			Doc: &kg.Document{ID: fmt.Sprintf("a%02d", i), Title: fmt.Sprintf("Report %02d", i), Text: text,
				Published: time.Date(2022, 1, 1+i, 0, 0, 0, 0, time.UTC)},
			Entities: []kg.Entity{
				{ID: p, Type: kg.Person, Name: fmt.Sprintf("Envoy %02d", i)},
				{ID: "person/ana-lee", Type: kg.Person, Name: "Ana Lee"},
				{ID: "place/russia", Type: kg.GPE, Name: "Russia", Country: true},
			},
			Triples: []kg.Triple{
				{Subject: kg.Term{Entity: p}, Predicate: kg.PredRepresents, Object: kg.Term{Entity: "place/russia"},
					Evidence: kg.Evidence{Sentence: s1, Start: 0, End: len(s1), Rule: "test-represents"}},
				{Subject: kg.Term{Entity: "person/ana-lee"}, Predicate: kg.PredRepresents, Object: kg.Term{Entity: "place/russia"},
					Evidence: kg.Evidence{Sentence: s2, Start: len(s1) + 1, End: len(s1) + 1 + len(s2), Rule: "test-spoke-for"}},
				{Subject: kg.Term{Entity: "person/ana-lee"}, Predicate: kg.PredQuote, Object: kg.Term{Literal: quote},
					Evidence: kg.Evidence{Sentence: s3, Start: len(s1) + len(s2) + 2, End: len(text), Rule: "test-quote"}},
			},
		}
		batch = append(batch, Article{Result: res, Fingerprint: fmt.Sprint(i)})
	}
	if _, _, err := st.PutArticles(ctx, batch); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestEntityPage(t *testing.T) {
	for _, backend := range []string{Memory, Bolt, LevelDB} {
		t.Run(backend, func(t *testing.T) {
			ctx := context.Background()
			st := entityStore(t, backend)
			russia := EntityIRI("place/russia")

			// Russia's 26 facts, ten at a time.
			seen := map[string]bool{}
			for off := 0; off < 30; off += 10 {
				p, err := st.EntityPage(ctx, russia, PageOptions{FactOffset: off, FactLimit: 10, ArticleLimit: -1})
				if err != nil || p == nil {
					t.Fatalf("offset %d: %v, %v", off, p, err)
				}
				if p.Name != "Russia" || p.FactsPage.Total != 26 || !p.FactsPage.TotalExact {
					t.Fatalf("offset %d: name %q, facts %+v", off, p.Name, p.FactsPage)
				}
				wantN := min(10, 26-off)
				if len(p.Facts) != wantN || p.FactsPage.Truncated != (off+10 < 26) || (p.FactsPage.Truncated && p.FactsPage.Next != off+10) {
					t.Errorf("offset %d: %d facts, page %+v", off, len(p.Facts), p.FactsPage)
				}
				if !p.ArticlesPage.Skipped || len(p.Articles) != 0 {
					t.Errorf("articles listed though not asked for: %+v", p.ArticlesPage)
				}
				for _, f := range p.Facts {
					k := fmt.Sprint(f.Subject, f.Predicate, f.Object)
					if seen[k] {
						t.Errorf("offset %d: fact %s on two pages", off, k)
					}
					seen[k] = true
					if f.Object != quad.Value(russia) || f.Predicate != Represents {
						t.Errorf("fact %s is not one about Russia", k)
					}
				}
			}
			if len(seen) != 26 {
				t.Errorf("%d facts over the pages, want 26", len(seen))
			}

			// Its 25 articles, ten at a time, each once.
			arts := map[string]bool{}
			for off := 0; off < 30; off += 10 {
				p, err := st.EntityPage(ctx, russia, PageOptions{FactLimit: -1, ArticleOffset: off, ArticleLimit: 10})
				if err != nil {
					t.Fatal(err)
				}
				if p.ArticlesPage.Total != 25 || len(p.Articles) != min(10, 25-off) || p.ArticlesPage.Truncated != (off+10 < 25) || len(p.Facts) != 0 {
					t.Errorf("articles offset %d: %d, page %+v, %d facts", off, len(p.Articles), p.ArticlesPage, len(p.Facts))
				}
				for _, a := range p.Articles {
					if arts[a.ID] || !strings.HasPrefix(a.Headline, "Report ") || a.Published == "" {
						t.Errorf("article %+v twice or without metadata", a)
					}
					arts[a.ID] = true
				}
			}
			if len(arts) != 25 {
				t.Errorf("%d articles over the pages, want 25", len(arts))
			}

			// Ana Lee: one represents fact stated by 25 articles, three
			// shown with their evidence; two quotations.
			p, err := st.EntityPage(ctx, EntityIRI("person/ana-lee"), PageOptions{})
			if err != nil || p == nil {
				t.Fatal(p, err)
			}
			if len(p.Facts) != 3 || p.FactsPage.Truncated {
				t.Fatalf("Ana Lee: %d facts, %+v", len(p.Facts), p.FactsPage)
			}
			quotes := 0
			for _, f := range p.Facts {
				switch f.Predicate {
				case Represents:
					if f.SourceCount != 25 || len(f.Sources) != DefaultPageSources {
						t.Errorf("represents: %d sources of %d, want %d of 25", len(f.Sources), f.SourceCount, DefaultPageSources)
					}
				case Quote:
					quotes++
					if f.SourceCount < 12 || len(f.Sources) != DefaultPageSources {
						t.Errorf("quote %v: %d sources of %d", f.Object, len(f.Sources), f.SourceCount)
					}
				default:
					t.Errorf("unexpected fact %v", f)
				}
				for _, src := range f.Sources {
					if src.Article.ID == "" || src.Sentence == "" || !strings.HasPrefix(src.Rule, "test-") ||
						(f.Predicate == Represents && src.Sentence != "Ana Lee spoke for Russia.") {
						t.Errorf("%v: source %+v", f.Predicate, src)
					}
				}
			}
			if quotes != 2 {
				t.Errorf("%d quotations, want 2", quotes)
			}
			// Sources asked for: all 25.
			p, _ = st.EntityPage(ctx, EntityIRI("person/ana-lee"), PageOptions{Sources: 30})
			for _, f := range p.Facts {
				if f.Predicate == Represents && len(f.Sources) != 25 {
					t.Errorf("represents with sources=30: %d sources", len(f.Sources))
				}
			}

			// Internal nodes are no entities.
			for _, iri := range []quad.IRI{StatementIRI(kg.Term{Entity: "person/ana-lee"}, "represents", kg.Term{Entity: "place/russia"}), ArticleIRI("a01"), "urn:kg:registry/Person"} {
				if p, err := st.EntityPage(ctx, iri, PageOptions{}); p != nil || err != nil {
					t.Errorf("%s: page %v, %v", iri, p, err)
				}
				if e, err := st.EntityEdges(ctx, iri, 0); len(e) != 0 || err != nil {
					t.Errorf("%s: edges %v, %v", iri, e, err)
				}
			}
			edges, err := st.EntityEdges(ctx, russia, 0)
			if err != nil || len(edges) != 26 {
				t.Fatalf("Russia: %d edges (%v), want 26", len(edges), err)
			}
			for _, q := range edges {
				if IsInternal(q.Subject.(quad.IRI)) || q.Predicate != Represents {
					t.Errorf("edge %v", q)
				}
			}
			if e, _ := st.EntityEdges(ctx, russia, 5); len(e) != 5 {
				t.Errorf("Russia with a bound of 5: %d edges", len(e))
			}
		})
	}
}

// TestEntityIndexStats checks that IndexStats counts what Stats does.
func TestEntityIndexStats(t *testing.T) {
	for _, backend := range []string{Memory, Bolt, LevelDB} {
		t.Run(backend, func(t *testing.T) {
			ctx := context.Background()
			st := entityStore(t, backend)
			want, err := st.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			got, err := st.IndexStats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if want.Articles != 25 || want.Entities["Person"] != 26 || want.Facts["represents"] != 26 || want.Facts["quote"] != 2 {
				t.Fatalf("Stats = %+v", want)
			}
			if fmt.Sprint(got.Articles, got.Entities, got.Facts, got.Quads) != fmt.Sprint(want.Articles, want.Entities, want.Facts, want.Quads) {
				t.Errorf("IndexStats = %+v\nwant Stats' %+v", got, want)
			}
		})
	}
}

// TestEntityList checks Entities: every node with a class and a name,
// with its classes, and nothing else.
func TestEntityList(t *testing.T) {
	for _, backend := range []string{Memory, Bolt, LevelDB} {
		t.Run(backend, func(t *testing.T) {
			st := entityStore(t, backend)
			got := map[string]EntityInfo{}
			if err := st.Entities(context.Background(), func(e EntityInfo) { got[e.ID] = e }); err != nil {
				t.Fatal(err)
			}
			if len(got) != 27 {
				t.Errorf("%d entities, want 27", len(got))
			}
			r := got["place/russia"]
			if r.Name != "Russia" || fmt.Sprint(r.Classes) != fmt.Sprint([]quad.IRI{ClassPlace, ClassCountry}) && fmt.Sprint(r.Classes) != fmt.Sprint([]quad.IRI{ClassCountry, ClassPlace}) {
				t.Errorf("Russia = %+v", r)
			}
			if a := got["person/ana-lee"]; a.Name != "Ana Lee" || len(a.Classes) != 1 || a.Classes[0] != ClassPerson {
				t.Errorf("Ana Lee = %+v", a)
			}
			for id := range got {
				if IsInternal(EntityIRI(id)) {
					t.Errorf("internal node %s listed", id)
				}
			}
		})
	}
}

// TestEntityTimeline checks DatedEvents and UndatedEvents: events in the
// order of their earliest date, a month's before the year's events dated
// by the year alone, each once whatever its other dates, a page at a
// time through the cursor each event gives; then the undated ones.
func TestEntityTimeline(t *testing.T) {
	ctx := context.Background()
	st, err := Open(ctx, Bolt, filepath.Join(t.TempDir(), "kg.db"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	events := []struct {
		id    string
		dates []string
	}{
		{"event/a-year-alone", []string{"2022"}},
		{"event/b-day", []string{"2022-03-05"}},
		{"event/c-month", []string{"2022-03"}},
		{"event/d-two-dates", []string{"2022-03-01", "2022-01-10"}},
		{"event/e-earlier", []string{"2021-12-31"}},
		{"event/f-undated", nil},
		{"event/g-before-from", []string{"2019-05-01"}},
		{"event/h-undated", nil},
	}
	var batch []Article
	for i, ev := range events {
		res := &kg.Result{Doc: &kg.Document{ID: fmt.Sprint("doc-", i), Text: "x"},
			Entities: []kg.Entity{{ID: ev.id, Type: kg.Event, Name: ev.id}}}
		for _, d := range ev.dates {
			res.Triples = append(res.Triples, kg.Triple{Subject: kg.Term{Entity: ev.id}, Predicate: kg.PredStartDate,
				Object: kg.Term{Literal: d, Datatype: "date"}, Evidence: kg.Evidence{Sentence: "x", End: 1, Rule: "test"}})
		}
		batch = append(batch, Article{Result: res, Fingerprint: fmt.Sprint(i)})
	}
	if _, _, err := st.PutArticles(ctx, batch); err != nil {
		t.Fatal(err)
	}
	want := []string{"event/e-earlier 2021-12-31", "event/d-two-dates 2022-01-10", "event/c-month 2022-03", "event/b-day 2022-03-05", "event/a-year-alone 2022"}
	for _, size := range []int{1, 2, 10} {
		var got []string
		y, m, skip := 2020, 1, 0
		for pages := 0; pages < 10; pages++ {
			evs, err := st.DatedEvents(ctx, y, m, skip, size, "2020")
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range evs {
				id, _ := EntityID(e.IRI)
				got = append(got, id+" "+e.Date)
			}
			if len(evs) < size {
				break
			}
			l := evs[len(evs)-1]
			y, m, skip = l.Year, l.Month, l.Skip
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("pages of %d:\n got %v\nwant %v", size, got, want)
		}
	}
	und, next, err := st.UndatedEvents(ctx, 0, 5)
	if err != nil || len(und) != 2 || next != -1 {
		t.Fatalf("undated: %v, next %d, %v", und, next, err)
	}
	got := map[quad.IRI]bool{und[0]: true, und[1]: true}
	if !got[EntityIRI("event/f-undated")] || !got[EntityIRI("event/h-undated")] {
		t.Errorf("undated: %v", und)
	}
	// A page at a time: each page starts where the last one said.
	var paged []quad.IRI
	for pos, pages := 0, 0; pos >= 0; pages++ {
		if pages > 3 {
			t.Fatalf("undated pages of 1 do not end: %v", paged)
		}
		if _, first, err := st.UndatedEvents(ctx, pos, 0); err != nil || first < pos {
			t.Fatalf("undated from %d, none wanted: next %d, %v", pos, first, err)
		}
		var page []quad.IRI
		page, pos, err = st.UndatedEvents(ctx, pos, 1)
		if err != nil || len(page) != 1 {
			t.Fatalf("undated page %d: %v, %v", pages, page, err)
		}
		paged = append(paged, page...)
	}
	if fmt.Sprint(paged) != fmt.Sprint(und) {
		t.Errorf("undated a page at a time: %v, all at once: %v", paged, und)
	}
}
