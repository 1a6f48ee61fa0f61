package graph_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/queries"
)

// leedsArticle mentions Leeds, with the background facts the extractor
// gives it; with stated, the text also says Leeds is in the UK.
func leedsArticle(id string, stated bool) *kg.Result {
	doc := &kg.Document{ID: id, Title: id, Text: "Nurses marched in Leeds on Saturday."}
	ds := func(dataset string) kg.Evidence { return kg.Evidence{Dataset: dataset} }
	res := &kg.Result{Doc: doc,
		Entities: []kg.Entity{{ID: "place/leeds", Type: kg.GPE, Name: "Leeds", City: true}},
		Background: []kg.Triple{
			{Subject: kg.Term{Entity: "place/leeds"}, Predicate: kg.PredContainedIn, Object: kg.Term{Entity: "place/united-kingdom"}, Evidence: ds("geonames")},
			{Subject: kg.Term{Entity: "place/united-kingdom"}, Predicate: kg.PredName, Object: kg.Term{Literal: "United Kingdom"}, Evidence: ds("iso3166")},
			{Subject: kg.Term{Entity: "place/leeds"}, Predicate: kg.PredSameAs, Object: kg.Term{Literal: "https://sws.geonames.org/2644688/"}, Evidence: ds("geonames")},
			{Subject: kg.Term{Entity: "place/leeds"}, Predicate: kg.PredLatitude, Object: kg.Term{Literal: "53.79648", Datatype: "decimal"}, Evidence: ds("geonames")},
		}}
	if stated {
		res.Doc.Text = "Nurses marched in Leeds, in the United Kingdom, on Saturday."
		res.Entities = append(res.Entities, kg.Entity{ID: "place/united-kingdom", Type: kg.GPE, Name: "United Kingdom", Country: true})
		res.Triples = []kg.Triple{{Subject: kg.Term{Entity: "place/leeds"}, Predicate: kg.PredContainedIn, Object: kg.Term{Entity: "place/united-kingdom"},
			Evidence: kg.Evidence{Sentence: res.Doc.Text, End: len(res.Doc.Text), Rule: "test"}}}
	}
	return res
}

func exportLines(t *testing.T, s *graph.Store) []string {
	t.Helper()
	var b bytes.Buffer
	if _, err := s.Export(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSpace(b.String()), "\n")
}

// count is how many exported quads contain every part.
func count(lines []string, parts ...string) int {
	n := 0
	for _, l := range lines {
		ok := true
		for _, p := range parts {
			ok = ok && strings.Contains(l, p)
		}
		if ok {
			n++
		}
	}
	return n
}

func TestBackgroundGeographyInTheGraph(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Memory, "", false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const (
		leeds = "<urn:kg:place/leeds>"
		in    = "<http://schema.org/containedInPlace>"
		uk    = "<urn:kg:place/united-kingdom>"
		gn    = "<urn:kg:dataset/geonames>"
		iso   = "<urn:kg:dataset/iso3166>"
	)
	put(t, s, leedsArticle("a1", false))
	put(t, s, leedsArticle("a2", false))
	put(t, s, leedsArticle("a3", true))
	lines := exportLines(t, s)
	for _, c := range []struct {
		want  int
		parts []string
	}{
		{1, []string{leeds + " " + in + " " + uk + " ."}}, // one edge, stated by the dataset and by a3
		{0, []string{leeds + " " + in + " " + uk + " " + gn}},
		{1, []string{leeds + " <http://schema.org/sameAs> <https://sws.geonames.org/2644688/> ."}},
		{1, []string{leeds + ` <http://schema.org/latitude> "53.79648"^^<http://www.w3.org/2001/XMLSchema#decimal> .`}},
		{0, []string{uk + ` <http://www.w3.org/2000/01/rdf-schema#label>`}},
		{1, []string{uk + ` <http://schema.org/name> "United Kingdom" .`}}, // the dataset's vote: no article names it
		{1, []string{uk + ` <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Place> .`}},
		{1, []string{gn + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Dataset> " + gn}},
		{1, []string{"<urn:kg:stmt/e/place/leeds/containedInPlace/e/place/united-kingdom> <urn:kg:vocab#statedIn> " + gn + " " + gn}},
		{1, []string{"<urn:kg:stmt/e/place/leeds/containedInPlace/e/place/united-kingdom> <urn:kg:vocab#statedIn> <urn:kg:article/a3>"}},
		{0, []string{"<urn:kg:stmt/e/place/leeds/containedInPlace/e/place/united-kingdom> <urn:kg:vocab#statedIn> <urn:kg:article/a1>"}},
		{3, []string{"<http://schema.org/isPartOf> " + gn + " " + gn}}, // evidence of containedInPlace, sameAs, latitude
		{0, []string{"<urn:kg:vocab#sentence>", gn}},
	} {
		if got := count(lines, c.parts...); got != c.want {
			t.Errorf("%d quads with %q, want %d", got, c.parts, c.want)
		}
	}
	// Stats count what the articles state, kept or scanned.
	kept, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	scanned, err := s.ScanStats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range []*graph.Stats{kept, scanned} {
		if st.Facts[kg.PredContainedIn] != 1 || st.Entities["Place"] != 2 {
			t.Errorf("stats: %d containedInPlace facts, %d places; want 1 and 2 (the text's): %+v", st.Facts[kg.PredContainedIn], st.Entities["Place"], st)
		}
	}
	// kg explain's query shows the dataset as the source, with no sentence.
	q, _ := queries.Get("about")
	rows, err := s.Run(ctx, graph.Request{Prelude: queries.Lib, Text: q.Text, Args: map[string]any{"entity": "place/leeds"}})
	if err != nil {
		t.Fatal(err)
	}
	var fromDataset, fromArticle int
	for _, r := range rows {
		m := r.(map[string]any)
		if m["predicate"] != "containedInPlace" {
			continue
		}
		switch m["article"] {
		case gn:
			fromDataset++
			if m["sentence"] != "" {
				t.Errorf("dataset source with a sentence: %v", m)
			}
		case "a3":
			fromArticle++
		default:
			t.Errorf("containedInPlace from %v", m["article"])
		}
	}
	if fromDataset != 1 || fromArticle != 1 {
		t.Errorf("about: %d dataset and %d article sources of containedInPlace, want 1 and 1: %v", fromDataset, fromArticle, rows)
	}
	// a3's provenance goes with a3; the fact stays, stated by the dataset,
	// while an article mentions Leeds.
	for _, id := range []string{"a3", "a1"} {
		if _, err := s.RemoveArticle(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	lines = exportLines(t, s)
	if got := count(lines, "<urn:kg:vocab#statedIn> <urn:kg:article/a3>"); got != 0 {
		t.Errorf("a3's statement links outlived it: %d", got)
	}
	if got := count(lines, leeds+" "+in+" "+uk+" ."); got != 1 {
		t.Errorf("the dataset's fact went before the last article mentioning Leeds: %d", got)
	}
	if got := count(lines, "<urn:kg:stmt/e/place/leeds/containedInPlace/e/place/united-kingdom> <urn:kg:vocab#statedIn> "+gn+" "+gn); got != 1 {
		t.Errorf("the dataset's statement link went before the last article mentioning Leeds: %d", got)
	}
	if _, err := s.RemoveArticle(ctx, "a2"); err != nil {
		t.Fatal(err)
	}
	lines = exportLines(t, s)
	for _, l := range lines {
		if strings.Contains(l, "dataset") || strings.Contains(l, "leeds") || strings.Contains(l, "united-kingdom") {
			t.Errorf("left after the last article: %s", l)
		}
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Quads != 0 {
		t.Errorf("%d quads left in an empty store", st.Quads)
	}
}
