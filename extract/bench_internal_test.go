package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkProseTagOnly runs prose as Extract calls it (no segmentation),
// so that Extract's own cost shows as the difference from this benchmark.
func BenchmarkProseTagOnly(b *testing.B) {
	e, err := New()
	if err != nil {
		b.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	var texts []string
	size := 0
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
		size += len(t)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			if _, err := e.tag.Run(t); err != nil {
				b.Fatal(err)
			}
		}
	}
	if sec := b.Elapsed().Seconds(); sec > 0 {
		b.ReportMetric(float64(b.N*size)/1e6/sec, "MB/s")
		b.ReportMetric(float64(b.N*len(texts))/sec, "docs/s")
	}
}
