package extract_test

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/extract"
)

func TestBaseline(t *testing.T) {
	text := "Secretary General Jens Stoltenberg spoke in Brussels about NATO."
	ms, err := mustExtractor(t).Baseline(context.Background(), &kg.Document{ID: "b", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) == 0 {
		t.Fatal("no mentions")
	}
	for _, m := range ms {
		if m.ID != "" || m.Value != "" {
			t.Errorf("baseline mention carries ID or value: %+v", m)
		}
		if text[m.Start:m.End] != m.Text {
			t.Errorf("offsets of %q point at %q", m.Text, text[m.Start:m.End])
		}
		switch m.Type {
		case kg.Person, kg.GPE, kg.Org:
		default:
			t.Errorf("unmapped type %q", m.Type)
		}
	}
}

func TestExtractCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := mustExtractor(t).Extract(ctx, &kg.Document{ID: "c", Text: "Paris."})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestNilDocument(t *testing.T) {
	e := mustExtractor(t)
	if _, err := e.Extract(context.Background(), nil); !errors.Is(err, extract.ErrNoDocument) {
		t.Errorf("Extract(nil) err = %v", err)
	}
	if _, err := e.Baseline(context.Background(), nil); !errors.Is(err, extract.ErrNoDocument) {
		t.Errorf("Baseline(nil) err = %v", err)
	}
}

func TestExtractEmpty(t *testing.T) {
	r := mustExtract(t, "", "")
	if len(r.Mentions)+len(r.Entities)+len(r.Triples) != 0 {
		t.Errorf("empty text gave %+v", r)
	}
}

// TestConcurrent runs one Extractor from many goroutines; run with -race.
func TestConcurrent(t *testing.T) {
	e := mustExtractor(t)
	docs := seedDocs(t)
	want := make([]int, len(docs))
	for i, d := range docs {
		r, err := e.Extract(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = len(r.Triples)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, d := range docs {
				r, err := e.Extract(context.Background(), d)
				if err != nil {
					t.Error(err)
					return
				}
				if len(r.Triples) != want[i] {
					t.Errorf("doc %s: %d triples, want %d", d.ID, len(r.Triples), want[i])
				}
			}
		}()
	}
	wg.Wait()
}

func TestCanonicalize(t *testing.T) {
	a := mustExtract(t, "Coach Pep Guardiola praised the team in Manchester.", "2023-05-10")
	b := mustExtract(t, "Guardiola said the title race was over.", "2023-05-11")
	c := mustExtract(t, "Kane scored. Harry Kane and Martin Kane were both injured.", "2023-05-11")
	for _, order := range [][]*kg.Result{{a, b, c}, {c, b, a}} {
		extract.Canonicalize(order)
	}
	found := false
	for _, m := range b.Mentions {
		if m.Text == "Guardiola" {
			found = true
			if m.ID != "person/pep-guardiola" {
				t.Errorf("Guardiola linked to %q", m.ID)
			}
		}
	}
	if !found {
		t.Fatalf("no Guardiola mention in %+v", b.Mentions)
	}
	if e := entity(b, "person/pep-guardiola"); e == nil || e.Name != "Pep Guardiola" {
		t.Errorf("entity after linking = %+v", e)
	}
	for _, m := range c.Mentions {
		if m.Text == "Kane" && (m.ID == "person/harry-kane" || m.ID == "person/martin-kane") {
			t.Errorf("ambiguous surname linked to %q", m.ID)
		}
	}
}

func TestCanonicalizeOrderIndependent(t *testing.T) {
	run := func(rev bool) []string {
		docs := seedDocs(t)
		var rs []*kg.Result
		for _, d := range docs {
			r, err := mustExtractor(t).Extract(context.Background(), d)
			if err != nil {
				t.Fatal(err)
			}
			rs = append(rs, r)
		}
		in := append([]*kg.Result(nil), rs...)
		if rev {
			for i, j := 0, len(in)-1; i < j; i, j = i+1, j-1 {
				in[i], in[j] = in[j], in[i]
			}
		}
		extract.Canonicalize(in)
		var ids []string
		for _, r := range rs {
			for _, tr := range r.Triples {
				ids = append(ids, tr.Subject.Entity+" "+tr.Predicate+" "+tr.Object.Entity+tr.Object.Literal)
			}
		}
		return ids
	}
	a, b := run(false), run(true)
	if len(a) != len(b) {
		t.Fatalf("%d vs %d triples", len(a), len(b))
	}
	for i := range a {
		if a[i] != b[i] {
			t.Errorf("triple %d: %q vs %q", i, a[i], b[i])
		}
	}
}

func TestCanonicalizeAcronyms(t *testing.T) {
	a := mustExtract(t, "The Federal Trade Commission (FTC) sued the company.", "2023-05-10")
	b := mustExtract(t, "The FTC declined to comment on the ruling.", "2023-05-11")
	extract.Canonicalize([]*kg.Result{b, a})
	for _, m := range b.Mentions {
		if m.Text == "FTC" && m.ID != "org/federal-trade-commission" {
			t.Errorf("FTC linked to %q", m.ID)
		}
	}
	if e := entity(b, "org/federal-trade-commission"); e == nil || e.Name != "Federal Trade Commission" {
		t.Errorf("entity = %+v", e)
	}
}

// One firm written without a space in one article and with it in another
// is one entity under the spaced form's ID, whatever the order; another
// firm of a similar name is not joined.
func TestCanonicalizeSpacedFirms(t *testing.T) {
	for _, order := range [][2]int{{0, 1}, {1, 0}} {
		rs := [2]*kg.Result{
			mustExtract(t, "Shares of VanteraHoldings Inc. fell on Monday.", "2023-05-10"),
			mustExtract(t, "Shares of Vantera Holdings Inc. rose, and shares of Vantera Hold Inc. fell.", "2023-05-11"),
		}
		extract.Canonicalize([]*kg.Result{rs[order[0]], rs[order[1]]})
		for _, m := range rs[0].Mentions {
			if m.Text == "VanteraHoldings Inc" && m.ID != "org/vantera-holdings" {
				t.Errorf("VanteraHoldings linked to %q", m.ID)
			}
		}
		for _, m := range rs[1].Mentions {
			if m.Text == "Vantera Hold Inc" && m.ID == "org/vantera-holdings" {
				t.Errorf("Vantera Hold joined Vantera Holdings")
			}
		}
	}
}

func TestCanonicalizeSameDayEvents(t *testing.T) {
	a := mustExtract(t, "On June 2, a meeting of the Arctic Council was held in Oslo.", "2023-06-05")
	b := mustExtract(t, "Ministers began talks in Oslo on June 2, officials said.", "2023-06-04")
	c := mustExtract(t, "Separate talks were held in Bergen on June 2.", "2023-06-04")
	extract.Canonicalize([]*kg.Result{c, b, a})
	ids := func(r *kg.Result) []string {
		var out []string
		for _, e := range r.Entities {
			if e.Type == kg.Event {
				out = append(out, e.ID)
			}
		}
		return out
	}
	ea, eb, ec := ids(a), ids(b), ids(c)
	if len(ea) != 1 || len(eb) != 1 || ea[0] != eb[0] {
		t.Errorf("same-day Oslo events not merged: %q vs %q", ea, eb)
	}
	if len(ec) != 1 || len(ea) == 1 && ec[0] == ea[0] {
		t.Errorf("Bergen event merged with Oslo: %q", ec)
	}
}

// Two meetings one article keeps apart ("separate talks with A and B")
// stay two when another article reports one of them on that day there.
func TestCanonicalizeKeepsOneDocumentsEventsApart(t *testing.T) {
	a := mustExtract(t, "On June 2, Olaf Scholz held separate talks with Emmanuel Macron and Joe Biden in Paris.", "2023-06-05")
	b := mustExtract(t, "Olaf Scholz met Emmanuel Macron in Paris on June 2.", "2023-06-04")
	extract.Canonicalize([]*kg.Result{a, b})
	attendees := map[string]map[string]bool{}
	for _, r := range []*kg.Result{a, b} {
		for _, t := range r.Triples {
			if t.Predicate == kg.PredAttendee {
				if attendees[t.Subject.Entity] == nil {
					attendees[t.Subject.Entity] = map[string]bool{}
				}
				attendees[t.Subject.Entity][t.Object.Entity] = true
			}
		}
	}
	if len(attendees) < 2 {
		t.Fatalf("events = %v, want the Macron and the Biden meetings apart", attendees)
	}
	for id, at := range attendees {
		if at["person/emmanuel-macron"] && at["person/joe-biden"] {
			t.Errorf("%s has both Macron and Biden: %v", id, at)
		}
	}
}

func TestCanonicalizeTypeVotes(t *testing.T) {
	a := mustExtract(t, "Kroger CEO Rodney McMullen defended the deal.", "2023-05-10")
	b := mustExtract(t, "Analysts doubted the merger, and Kroger declined to comment.", "2023-05-11")
	extract.Canonicalize([]*kg.Result{b, a})
	for _, m := range b.Mentions {
		if m.Text == "Kroger" && (m.Type != kg.Org || m.ID != "org/kroger") {
			t.Errorf("Kroger in b = %+v", m)
		}
	}
}
