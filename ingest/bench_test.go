package ingest_test

import (
	"context"
	"iter"
	"runtime"
	"strconv"
	"sync"
	"testing"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/ingest"
	"github.com/kg-project/kg/synth"
)

// benchDocs is how many synthetic articles one benchmark iteration handles.
const benchDocs = 200

var (
	benchOnce sync.Once
	benchEx   *extract.Extractor
	benchErr  error
)

func benchSetup(b *testing.B) (*extract.Extractor, []*kg.Document, int64) {
	b.Helper()
	benchOnce.Do(func() {
		benchEx, benchErr = extract.New()
		if benchErr == nil {
			// Baseline loads prose's whole model on first use: not in the timings.
			_, benchErr = benchEx.Baseline(context.Background(), &kg.Document{ID: "warm-up", Text: "Warm up."})
		}
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	var docs []*kg.Document
	var size int64
	for d := range synth.Generate(1, benchDocs) {
		docs = append(docs, d)
		size += int64(len(d.Text))
	}
	return benchEx, docs, size
}

func seq(docs []*kg.Document) iter.Seq2[*kg.Document, error] {
	return func(yield func(*kg.Document, error) bool) {
		for _, d := range docs {
			// A copy: Build may set Published on the documents it reads.
			c := *d
			if !yield(&c, nil) {
				return
			}
		}
	}
}

// BenchmarkThroughput compares, on the same synthetic text, kg's whole
// build (extraction and writes to an in-memory store, through ingest.Build)
// with one worker and with every core, and prose alone (Extractor.Baseline)
// with one goroutine and with every core, and between them kg's extraction
// alone (Extractor.Extract, no store) fanned out the same way as prose.
// MB/s is text bytes.
func BenchmarkThroughput(b *testing.B) {
	ex, docs, size := benchSetup(b)
	ctx := context.Background()
	for _, w := range []int{1, runtime.NumCPU()} {
		b.Run("build/workers="+strconv.Itoa(w), func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				st, err := graph.Open(ctx, "memstore", "", true) // graph.Memory does not open: see conformance_test.go
				if err != nil {
					b.Fatal(err)
				}
				sum, err := ingest.Build(ctx, ex, st, seq(docs), ingest.Options{Workers: w, Version: "bench"})
				if err != nil || sum.Added != len(docs) {
					b.Fatalf("build: %v (%+v)", err, sum)
				}
				st.Close()
			}
			b.ReportMetric(float64(b.N*len(docs))/b.Elapsed().Seconds(), "docs/s")
		})
		b.Run("extract/workers="+strconv.Itoa(w), func(b *testing.B) {
			fanOut(b, docs, size, w, func(d *kg.Document) error {
				_, err := ex.Extract(ctx, d)
				return err
			})
		})
		b.Run("prose/workers="+strconv.Itoa(w), func(b *testing.B) {
			fanOut(b, docs, size, w, func(d *kg.Document) error {
				_, err := ex.Baseline(ctx, d)
				return err
			})
		})
	}
}

// fanOut runs fn on every document with w goroutines, once per benchmark
// iteration, and reports documents per second.
func fanOut(b *testing.B, docs []*kg.Document, size int64, w int, fn func(*kg.Document) error) {
	b.SetBytes(size)
	for b.Loop() {
		var wg sync.WaitGroup
		next := make(chan *kg.Document)
		for range w {
			wg.Go(func() {
				for d := range next {
					if err := fn(d); err != nil {
						b.Error(err)
					}
				}
			})
		}
		for _, d := range docs {
			next <- d
		}
		close(next)
		wg.Wait()
	}
	b.ReportMetric(float64(b.N*len(docs))/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkExtract is extraction alone on one goroutine, no store.
func BenchmarkExtract(b *testing.B) {
	ex, docs, size := benchSetup(b)
	b.SetBytes(size)
	for b.Loop() {
		for _, d := range docs {
			if _, err := ex.Extract(context.Background(), d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(docs))/b.Elapsed().Seconds(), "docs/s")
}
