package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/ingest"
	"github.com/kg-project/kg/source"
	"github.com/kg-project/kg/web"
)

// The seed graph is built once per test binary, with the real extractor,
// from the seed articles into a bolt store in a temporary directory.
var seed struct {
	once sync.Once
	dir  string
	st   *graph.Store
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if seed.st != nil {
		seed.st.Close()
	}
	if seed.dir != "" {
		os.RemoveAll(seed.dir)
	}
	if bench.st != nil {
		bench.st.Close()
		os.RemoveAll(bench.dir)
	}
	os.Exit(code)
}

// SeedStore returns the store built from testdata/articles; tests only read it.
func SeedStore(tb testing.TB) *graph.Store {
	tb.Helper()
	seed.once.Do(func() {
		ctx := context.Background()
		seed.dir, seed.err = os.MkdirTemp("", "kg-web-test-")
		if seed.err != nil {
			return
		}
		st, err := graph.Open(ctx, graph.Bolt, filepath.Join(seed.dir, "seed.db"), false)
		if err != nil {
			seed.err = err
			return
		}
		seed.st = st
		ex, err := extract.New()
		if err != nil {
			seed.err = err
			return
		}
		articles := filepath.Join("..", "testdata", "articles")
		sum, err := ingest.Build(ctx, ex, st, source.Read(ctx, []string{articles}, nil), ingest.Options{Version: extract.Version, Link: extract.Links})
		if err == nil && sum.Added == 0 {
			err = fmt.Errorf("no articles built from %s", articles)
		}
		seed.err = err
	})
	if seed.err != nil {
		tb.Fatalf("build seed graph: %v", seed.err)
	}
	return seed.st
}

// MustOpen opens an empty bolt store in a temporary directory.
func MustOpen(tb testing.TB) *graph.Store {
	tb.Helper()
	st, err := graph.Open(context.Background(), graph.Bolt, filepath.Join(tb.TempDir(), "kg.db"), false)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	return st
}

// MustServe starts a server over st on a random loopback port and returns
// its base URL; it is closed when the test ends.
func MustServe(tb testing.TB, st *graph.Store, cfg web.Config) string {
	tb.Helper()
	_, base := newServer(tb, st, cfg)
	return base
}

// newServer is a server on st, served by httptest until the test ends.
func newServer(tb testing.TB, st *graph.Store, cfg web.Config) (*web.Server, string) {
	tb.Helper()
	srv, err := web.New(st, cfg)
	if err != nil {
		tb.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	tb.Cleanup(ts.Close)
	return srv, ts.URL
}

// startServe runs srv.Serve on a loopback listener, as kg serve does (it
// builds the entity index in the background from the start); stop shuts
// it down and fails the test if Serve did not return cleanly.
func startServe(tb testing.TB, srv *web.Server) (base string, stop func()) {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln) }()
	return "http://" + ln.Addr().String(), func() {
		cancel()
		if err := <-done; err != nil {
			tb.Error(err)
		}
	}
}

// response is what a request got back.
type response struct {
	status int
	header http.Header
	body   string
}

// JSON decodes the body into v, failing the test if it is not JSON.
func (r response) JSON(tb testing.TB, v any) {
	tb.Helper()
	if err := json.Unmarshal([]byte(r.body), v); err != nil {
		tb.Fatalf("body is not JSON (%v): %.300s", err, r.body)
	}
}

// do sends a request with an optional body and extra headers ("Key: value").
func do(tb testing.TB, method, url, body string, headers ...string) response {
	tb.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, url, rd)
	if err != nil {
		tb.Fatal(err)
	}
	for _, h := range headers {
		k, v, _ := strings.Cut(h, ":")
		req.Header.Set(strings.TrimSpace(k), strings.TrimSpace(v))
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		tb.Fatal(err)
	}
	return response{status: resp.StatusCode, header: resp.Header, body: string(b)}
}
