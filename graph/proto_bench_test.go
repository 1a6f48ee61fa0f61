package graph_test

import (
	"path/filepath"
	"runtime"
	"strconv"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/kg-project/kg/graph"
)

// BenchmarkProtoBoltOptions prototypes two changes to graph.Open and
// graph.PutArticle measured in BENCHMARKS.md, on a raw Cayley bolt store:
// the kv option no_bloom (Cayley v0.7.7 allocates several 100M-entry bloom
// filters, ~80 MB each, on every kv store) and writing several articles per
// transaction instead of one. It writes the same quads PutArticle would
// (without its read of the article's old quads) and reports quads/s and
// the Go heap in use after a GC.
func BenchmarkProtoBoltOptions(b *testing.B) {
	results, _ := loadFixture(b)
	for _, noBloom := range []bool{false, true} {
		for _, per := range []int{1, 16} {
			b.Run("no_bloom="+strconv.FormatBool(noBloom)+"/articles_per_tx="+strconv.Itoa(per), func(b *testing.B) {
				quads := 0
				var heap uint64
				for b.Loop() {
					b.StopTimer()
					path := filepath.Join(b.TempDir(), "kg")
					opts := cgraph.Options{"no_bloom": noBloom}
					if err := cgraph.InitQuadStore(graph.Bolt, path, opts); err != nil {
						b.Fatal(err)
					}
					qs, err := cgraph.NewQuadStore(graph.Bolt, path, opts)
					if err != nil {
						b.Fatal(err)
					}
					b.StartTimer()
					for i := 0; i < len(results); i += per {
						tx := cgraph.NewTransaction()
						for _, r := range results[i:min(i+per, len(results))] {
							for _, q := range graph.Quads(r) {
								tx.AddQuad(q)
								quads++
							}
						}
						if err := qs.ApplyDeltas(tx.Deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
							b.Fatal(err)
						}
					}
					b.StopTimer()
					runtime.GC()
					var ms runtime.MemStats
					runtime.ReadMemStats(&ms)
					heap = ms.HeapInuse
					qs.Close()
					b.StartTimer()
				}
				b.ReportMetric(float64(quads)/b.Elapsed().Seconds(), "quads/s")
				b.ReportMetric(float64(heap)/(1<<20), "heap-MiB")
			})
		}
	}
}
