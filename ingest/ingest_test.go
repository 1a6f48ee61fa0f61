package ingest_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/ingest"
	"github.com/kg-project/kg/synth"
)

func extractor(t *testing.T) *extract.Extractor {
	t.Helper()
	benchOnce.Do(func() { benchEx, benchErr = extract.New() })
	if benchErr != nil {
		t.Fatal(benchErr)
	}
	return benchEx
}

func corpus(n int) []*kg.Document {
	var docs []*kg.Document
	for d := range synth.Generate(7, n) {
		docs = append(docs, d)
	}
	return docs
}

func dump(t *testing.T, st *graph.Store) string {
	t.Helper()
	var b bytes.Buffer
	if _, err := st.Export(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func TestSameGraphWhateverTheWorkers(t *testing.T) {
	ex := extractor(t)
	docs := corpus(ingest.LinkGroup + 6) // two link groups
	var want string
	for _, w := range []int{1, 2, 4} {
		t.Run(fmt.Sprintf("workers=%d", w), func(t *testing.T) {
			st := graph.OpenMemory()
			defer st.Close()
			sum, err := ingest.Build(context.Background(), ex, st, seq(docs), ingest.Options{Workers: w, Version: "t", Link: extract.Links})
			if err != nil {
				t.Fatal(err)
			}
			if sum.Added != len(docs) || sum.Failed != 0 || sum.Quads == 0 {
				t.Fatalf("summary %+v", sum)
			}
			got := dump(t, st)
			if want == "" {
				want = got
			} else if got != want {
				t.Fatalf("graph differs from the one built with 1 worker")
			}
		})
	}
}

// stopAfter is the real extractor, cancelling the build after n documents.
type stopAfter struct {
	ex     *extract.Extractor
	n      int64
	seen   atomic.Int64
	cancel context.CancelFunc
}

func (s *stopAfter) Extract(ctx context.Context, d *kg.Document) (*kg.Result, error) {
	if s.seen.Add(1) == s.n {
		s.cancel()
	}
	return s.ex.Extract(ctx, d)
}

// TestInterruptThenResume runs on the memory store and on bolt, whose
// builds look up stored fingerprints while they write.
func TestInterruptThenResume(t *testing.T) {
	for _, backend := range []string{graph.Memory, graph.Bolt} {
		t.Run(backend, func(t *testing.T) { interruptThenResume(t, backend) })
	}
}

func interruptThenResume(t *testing.T, backend string) {
	ex := extractor(t)
	docs := corpus(30)
	addr := ""
	if backend == graph.Bolt {
		addr = filepath.Join(t.TempDir(), "kg.db")
	}
	st, err := graph.Open(context.Background(), backend, addr, false)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()

	ctx, cancel := context.WithCancel(context.Background())
	sum, err := ingest.Build(ctx, &stopAfter{ex: ex, n: 10, cancel: cancel}, st, seq(docs), ingest.Options{Workers: 2, Version: "t"})
	if !errors.Is(err, context.Canceled) || !sum.Stopped {
		t.Fatalf("interrupted build: err %v, summary %+v", err, sum)
	}
	if sum.Added == 0 || sum.Added >= len(docs) {
		t.Fatalf("interrupted build wrote %d of %d articles", sum.Added, len(docs))
	}
	// What was written is whole: every stored article has its fingerprint
	// and headline, and a rerun adds exactly the rest.
	fps, err := st.Fingerprints(context.Background())
	if err != nil || len(fps) != sum.Added {
		t.Fatalf("%d fingerprints for %d articles (%v)", len(fps), sum.Added, err)
	}
	again, err := ingest.Build(context.Background(), ex, st, seq(docs), ingest.Options{Workers: 2, Version: "t"})
	if err != nil {
		t.Fatal(err)
	}
	if again.Unchanged != sum.Added || again.Added != len(docs)-sum.Added {
		t.Fatalf("resume: %+v after %d written", again, sum.Added)
	}
	full := graph.OpenMemory()
	defer full.Close()
	if _, err := ingest.Build(context.Background(), ex, full, seq(docs), ingest.Options{Workers: 1, Version: "t"}); err != nil {
		t.Fatal(err)
	}
	if dump(t, st) != dump(t, full) {
		t.Fatal("interrupted and resumed build differs from an uninterrupted one")
	}
}

func TestInputErrorsAreCollected(t *testing.T) {
	ex := extractor(t)
	docs := corpus(3)
	in := func(yield func(*kg.Document, error) bool) {
		for i, d := range docs {
			if i == 1 && !yield(nil, errors.New("bad.txt: broken")) {
				return
			}
			if !yield(d, nil) {
				return
			}
		}
	}
	st := graph.OpenMemory()
	defer st.Close()
	sum, err := ingest.Build(context.Background(), ex, st, in, ingest.Options{Version: "t"})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 3 || sum.Failed != 1 || len(sum.Errors) != 1 || !strings.Contains(sum.Errors[0].Error(), "bad.txt") {
		t.Fatalf("summary %+v", sum)
	}
}

// An id met twice in one build is an error; the first article stays.
func TestDuplicateIDIsAnError(t *testing.T) {
	ex := extractor(t)
	docs := []*kg.Document{
		{ID: "a", Text: "Prime Minister Rishi Sunak visited Kyiv on Saturday.", Source: "one.jsonl:1"},
		{ID: "a", Text: "Chancellor Olaf Scholz visited Paris on Sunday.", Source: "two.jsonl:4"},
	}
	st := graph.OpenMemory()
	defer st.Close()
	sum, err := ingest.Build(context.Background(), ex, st, seq(docs), ingest.Options{Workers: 2, Version: "t"})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 1 || sum.Replaced != 0 || sum.Failed != 1 {
		t.Fatalf("summary %+v, want 1 added, 1 failed", sum)
	}
	if got := sum.Errors[0].Error(); got != `two.jsonl:4: id "a" is already used by one.jsonl:1` {
		t.Errorf("error %q", got)
	}
	if g := dump(t, st); !strings.Contains(g, "Rishi Sunak") || strings.Contains(g, "Olaf Scholz") {
		t.Errorf("the second article replaced the first")
	}
}

// stuck is the real extractor behind a gate: an extraction that is still
// running (as on a huge article) until the test opens the gate.
type stuck struct {
	ex       *extract.Extractor
	started  chan struct{}
	gate     chan struct{}
	finished atomic.Bool
}

func (s *stuck) Extract(ctx context.Context, d *kg.Document) (*kg.Result, error) {
	if d.ID == "huge" {
		close(s.started)
		<-s.gate // ignores ctx, as a long prose call does
		defer s.finished.Store(true)
	}
	return s.ex.Extract(ctx, d)
}

// A build stops when ctx is done even while an article is being
// extracted: it does not wait for that extraction.
func TestCancelDuringExtraction(t *testing.T) {
	s := &stuck{ex: extractor(t), started: make(chan struct{}), gate: make(chan struct{})}
	defer close(s.gate)
	docs := corpus(3)
	docs = append(docs, &kg.Document{ID: "huge", Text: "A text whose extraction never ends."})
	st := graph.OpenMemory()
	defer st.Close()
	ctx, cancel := context.WithCancel(context.Background())
	go func() { <-s.started; cancel() }()
	sum, err := ingest.Build(ctx, s, st, seq(docs), ingest.Options{Workers: 1, Version: "t"})
	if !errors.Is(err, context.Canceled) || !sum.Stopped {
		t.Fatalf("err %v, summary %+v", err, sum)
	}
	if s.finished.Load() {
		t.Fatal("Build waited for the stuck extraction")
	}
	fps, err := st.Fingerprints(context.Background())
	if err != nil || len(fps) != sum.Added || sum.Added > 3 {
		t.Errorf("%d articles stored, %d added (%v); want at most the 3 before the stuck one", len(fps), sum.Added, err)
	}
	if _, ok := fps["huge"]; ok {
		t.Error("the article whose extraction was abandoned is stored")
	}
}

// A build stops when ctx is done even while its input is still being read
// (a large page being parsed): it does not wait for the reader.
func TestCancelDuringReading(t *testing.T) {
	docs := corpus(2)
	gate := make(chan struct{})
	var released atomic.Bool
	input := func(yield func(*kg.Document, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
		<-gate // a read that takes long
	}
	st := graph.OpenMemory()
	defer st.Close()
	ctx, cancel := context.WithCancel(context.Background())
	ex := &stopAfter{ex: extractor(t), n: 2, cancel: cancel} // cancels once the reader is stuck
	go func() {
		time.Sleep(30 * time.Second) // only so that a failing test ends
		released.Store(true)
		close(gate)
	}()
	sum, err := ingest.Build(ctx, ex, st, input, ingest.Options{Workers: 1, Version: "t"})
	if released.Load() {
		t.Fatal("Build waited for the reader")
	}
	if !errors.Is(err, context.Canceled) || !sum.Stopped {
		t.Fatalf("err %v, summary %+v", err, sum)
	}
}
