package graph_test

import (
	"bytes"
	"context"
	"database/sql"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/synth"
)

// loadDocs is how many synthetic articles one load iteration writes.
const loadDocs = 300

var (
	loadOnce    sync.Once
	loadResults []*kg.Result
	loadNQuads  []byte
	loadErr     error
)

// loadFixture extracts loadDocs synthetic articles once per process and
// exports them as N-Quads, so that the load benchmarks time the store only.
func loadFixture(b *testing.B) ([]*kg.Result, []byte) {
	b.Helper()
	loadOnce.Do(func() {
		ex, err := extract.New()
		if err != nil {
			loadErr = err
			return
		}
		mem, err := graph.Open(context.Background(), "memstore", "", true)
		if err != nil {
			loadErr = err
			return
		}
		defer mem.Close()
		for d := range synth.Generate(1, loadDocs) {
			res, err := ex.Extract(context.Background(), d)
			if err != nil {
				loadErr = err
				return
			}
			loadResults = append(loadResults, res)
			if _, _, err := mem.PutArticle(context.Background(), res, graph.Fingerprint(d, "bench")); err != nil {
				loadErr = err
				return
			}
		}
		var buf bytes.Buffer
		if _, err := mem.Export(context.Background(), &buf); err != nil {
			loadErr = err
		}
		loadNQuads = buf.Bytes()
	})
	if loadErr != nil {
		b.Fatal(loadErr)
	}
	return loadResults, loadNQuads
}

// loadBackends opens fresh on-disk stores and reports their size in bytes.
type loadBackend struct {
	name string
	open func(b *testing.B) (st *graph.Store, size func() int64)
}

func loadBackends(b *testing.B) []loadBackend {
	file := func(backend string) loadBackend {
		return loadBackend{backend, func(b *testing.B) (*graph.Store, func() int64) {
			dir := b.TempDir()
			st, err := graph.Open(context.Background(), backend, filepath.Join(dir, "kg"), false)
			if err != nil {
				b.Fatal(err)
			}
			return st, func() int64 { return dirSize(dir) }
		}}
	}
	bs := []loadBackend{file(graph.Bolt), file(graph.LevelDB)}
	if dsn := os.Getenv("KG_TEST_POSTGRES"); dsn != "" {
		bs = append(bs, loadBackend{graph.Postgres, func(b *testing.B) (*graph.Store, func() int64) {
			addr := confPostgresDB(b, dsn)
			st, err := graph.Open(context.Background(), graph.Postgres, addr, false)
			if err != nil {
				b.Fatal(err)
			}
			return st, func() int64 {
				db, err := sql.Open("postgres", addr)
				if err != nil {
					return -1
				}
				defer db.Close()
				var n int64
				if err := db.QueryRow("SELECT pg_database_size(current_database())").Scan(&n); err != nil {
					return -1
				}
				return n
			}
		}})
	}
	return bs
}

// BenchmarkLoad writes the same extracted articles to each disk backend,
// one transaction per article (PutArticle), 32 articles per transaction
// (PutArticles, as kg build does when extraction is ahead) and as an
// N-Quads import in batches of graph.ImportBatch; it reports quads/s and
// the store's size on disk per quad after the load.
func BenchmarkLoad(b *testing.B) {
	results, nq := loadFixture(b)
	nquads := bytes.Count(nq, []byte("\n"))
	ctx := context.Background()
	for _, be := range loadBackends(b) {
		b.Run(be.name+"/put", func(b *testing.B) {
			var size int64
			for b.Loop() {
				b.StopTimer()
				st, du := be.open(b)
				b.StartTimer()
				for _, r := range results {
					if _, _, err := st.PutArticle(ctx, r, graph.Fingerprint(r.Doc, "bench")); err != nil {
						b.Fatal(err)
					}
				}
				b.StopTimer()
				st.Close()
				size = du()
				b.StartTimer()
			}
			b.ReportMetric(float64(b.N*nquads)/b.Elapsed().Seconds(), "quads/s")
			b.ReportMetric(float64(size)/float64(nquads), "disk-B/quad")
		})
		b.Run(be.name+"/batch32", func(b *testing.B) {
			var size int64
			for b.Loop() {
				b.StopTimer()
				st, du := be.open(b)
				b.StartTimer()
				for i := 0; i < len(results); i += 32 {
					var batch []graph.Article
					for _, r := range results[i:min(i+32, len(results))] {
						batch = append(batch, graph.Article{Result: r, Fingerprint: graph.Fingerprint(r.Doc, "bench")})
					}
					if _, _, err := st.PutArticles(ctx, batch); err != nil {
						b.Fatal(err)
					}
				}
				b.StopTimer()
				st.Close()
				size = du()
				b.StartTimer()
			}
			b.ReportMetric(float64(b.N*nquads)/b.Elapsed().Seconds(), "quads/s")
			b.ReportMetric(float64(size)/float64(nquads), "disk-B/quad")
		})
		b.Run(be.name+"/import", func(b *testing.B) {
			var size int64
			for b.Loop() {
				b.StopTimer()
				st, du := be.open(b)
				b.StartTimer()
				if _, err := st.Import(ctx, bytes.NewReader(nq), "bench.nq", 0); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				st.Close()
				size = du()
				b.StartTimer()
			}
			b.ReportMetric(float64(b.N*nquads)/b.Elapsed().Seconds(), "quads/s")
			b.ReportMetric(float64(size)/float64(nquads), "disk-B/quad")
		})
	}
}

func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}
