package extract_test

import (
	"context"
	"testing"
)

// BenchmarkExtract measures the hybrid pipeline over the seed articles.
func BenchmarkExtract(b *testing.B) {
	e := mustExtractor(b)
	docs := seedDocs(b)
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			if _, err := e.Extract(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	report(b, len(docs), size)
}

// BenchmarkProseBaseline measures prose alone, with the same loaded model.
func BenchmarkProseBaseline(b *testing.B) {
	e := mustExtractor(b)
	docs := seedDocs(b)
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			if _, err := e.Baseline(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	report(b, len(docs), size)
}

func report(b *testing.B, docs, bytes int) {
	sec := b.Elapsed().Seconds()
	if sec == 0 {
		return
	}
	b.ReportMetric(float64(b.N*bytes)/1e6/sec, "MB/s")
	b.ReportMetric(float64(b.N*docs)/sec, "docs/s")
}
