package web_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/web"
)

// BenchmarkMixedReadWrite serves a bolt store of 20,000 entities (60,000
// quads, loaded once into a temporary directory) writable on loopback, and sends it b.N requests from 8 clients:
// three searches for every write of a new entity (two quads). It reports
// requests/s, writes/s and the requests that failed (a search that
// outlasts the 30 s timeout).
//
//	go test ./web/ -run '^$' -bench MixedReadWrite -benchtime 400x
func BenchmarkMixedReadWrite(b *testing.B) {
	st := benchStore(b)
	srv, err := web.New(st, web.Config{Writable: true})
	if err != nil {
		b.Fatal(err)
	}
	benchMixed(b, srv)
}

// bench holds the store the benchmark loads once per test binary.
var bench struct {
	st  *graph.Store
	dir string
}

func benchStore(b *testing.B) *graph.Store {
	if bench.st != nil {
		return bench.st
	}
	const entities = 20000
	dir, err := os.MkdirTemp("", "kg-bench-")
	if err != nil {
		b.Fatal(err)
	}
	bench.dir = dir
	st, err := graph.Open(context.Background(), graph.Bolt, filepath.Join(dir, "kg.db"), false)
	if err != nil {
		b.Fatal(err)
	}
	qw, err := cgraph.NewQuadWriter("single", st.QuadStore(), nil)
	if err != nil {
		b.Fatal(err)
	}
	batch := make([]quad.Quad, 0, 30000)
	for i := range entities {
		iri := quad.IRI(fmt.Sprintf("urn:kg:person/p%d", i))
		label := quad.IRI("urn:kg:article/bench")
		batch = append(batch,
			quad.Make(iri, graph.Name, quad.String(fmt.Sprintf("Person %d Example", i)), label),
			quad.Make(iri, graph.AlternateName, quad.String(fmt.Sprintf("P. %d", i)), label),
			quad.Make(iri, graph.Type, graph.ClassPerson, label))
		if len(batch) == cap(batch) || i == entities-1 {
			if err := qw.AddQuadSet(batch); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	qw.Close()
	bench.st = st
	return st
}

func benchMixed(b *testing.B, srv *web.Server) {
	ts := httptest.NewServer(srv)
	defer ts.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 8}}
	get := func(method, path, body string) error {
		req, _ := http.NewRequest(method, ts.URL+path, nil)
		if body != "" {
			req, _ = http.NewRequest(method, ts.URL+path, strings.NewReader(body))
			req.Header.Set("Content-Type", "application/n-quads")
		}
		resp, err := client.Do(req)
		if err != nil {
			return err
		}
		msg, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 {
			return fmt.Errorf("%s %s: %d %s", method, path, resp.StatusCode, msg)
		}
		return nil
	}
	if err := get("GET", "/api/kg/search?q=person", ""); err != nil { // build the index
		b.Fatal(err)
	}
	var next, writes, failed atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	b.ResetTimer()
	start := time.Now()
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				n := next.Add(1)
				if n > int64(b.N) {
					return
				}
				var err error
				if n%4 == 0 {
					writes.Add(1)
					err = get("POST", "/api/v2/write", fmt.Sprintf("<urn:kg:person/new%d> <http://schema.org/name> \"New %d\" <urn:kg:article/bench> .\n<urn:kg:person/new%d> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> <urn:kg:article/bench> .\n", n, n, n))
				} else {
					err = get("GET", fmt.Sprintf("/api/kg/search?q=person+%d", n%1000), "")
				}
				if err != nil {
					failed.Add(1)
					select {
					case errs <- err:
					default:
					}
				}
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	close(errs)
	for err := range errs {
		b.Logf("%d requests failed, such as: %v", failed.Load(), err)
	}
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
	b.ReportMetric(float64(writes.Load())/elapsed.Seconds(), "writes/s")
	b.ReportMetric(float64(failed.Load()), "failed")
}
