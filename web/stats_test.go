package web_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/web"
)

// TestStatsAbandoned sends stats requests whose clients leave while the
// store is scanned: the one scan they share must stop, not run to its end.
func TestStatsAbandoned(t *testing.T) {
	srv, err := web.New(SeedStore(t), web.Config{})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	var scans atomic.Int32
	started := make(chan struct{}, 10)
	cancelled := make(chan bool, 10)
	done := make(chan error, 10)
	srv.SetStatsHook(func(stage string, ctx context.Context, err error) {
		switch stage {
		case "scan":
			scans.Add(1)
			started <- struct{}{}
			// Hold the scan until its context ends, as a long scan would
			// still be running when the clients leave.
			select {
			case <-ctx.Done():
				cancelled <- true
			case <-time.After(10 * time.Second):
				cancelled <- false
			}
		case "done":
			done <- err
		}
	})
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			req, _ := http.NewRequestWithContext(ctx, "GET", ts.URL+"/api/kg/stats", nil)
			if resp, err := http.DefaultClient.Do(req); err == nil {
				resp.Body.Close()
				t.Errorf("abandoned request answered %d", resp.StatusCode)
			}
		}()
	}
	<-started
	time.Sleep(50 * time.Millisecond) // let the others join the scan
	cancel()
	wg.Wait()
	if !<-cancelled {
		t.Fatal("the scan's context was not cancelled when every client had left")
	}
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("the scan ended with %v, want it stopped by context.Canceled", err)
	}
	if n := scans.Load(); n != 1 {
		t.Errorf("%d scans for 5 concurrent requests, want 1 shared", n)
	}

	// A request that stays gets its stats.
	srv.SetStatsHook(func(stage string, ctx context.Context, err error) {
		if stage == "scan" {
			scans.Add(1)
		}
	})
	if r := do(t, "GET", ts.URL+"/api/kg/stats", ""); r.status != 200 || !strings.Contains(r.body, `"articles":5`) {
		t.Fatalf("stats after the abandoned scan: %d %s", r.status, r.body)
	}
}

// TestStatsCache checks that stats are scanned once, not on every
// request, and again after a write through the server.
func TestStatsCache(t *testing.T) {
	st := graph.OpenMemory()
	t.Cleanup(func() { st.Close() })
	srv, err := web.New(st, web.Config{Writable: true})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	var scans atomic.Int32
	srv.SetStatsHook(func(stage string, ctx context.Context, err error) {
		if stage == "scan" {
			scans.Add(1)
		}
	})
	article := `<urn:kg:article/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/NewsArticle> .` + "\n"
	if r := do(t, "POST", ts.URL+"/api/v2/write", article, "Content-Type: application/n-quads"); r.status != 200 {
		t.Fatalf("write: %d %s", r.status, r.body)
	}
	for i := 0; i < 3; i++ {
		if r := do(t, "GET", ts.URL+"/api/kg/stats", ""); !strings.Contains(r.body, `"articles":1`) {
			t.Fatalf("stats: %d %s", r.status, r.body)
		}
	}
	if n := scans.Load(); n != 1 {
		t.Fatalf("%d scans for 3 requests on an unchanged store, want 1", n)
	}
	// Writes through the server invalidate them.
	if r := do(t, "POST", ts.URL+"/api/v2/delete", article, "Content-Type: application/n-quads"); r.status != 200 {
		t.Fatalf("delete: %d %s", r.status, r.body)
	}
	other := strings.ReplaceAll(article, "article/a", "article/b")
	if r := do(t, "POST", ts.URL+"/api/v2/write", other+strings.ReplaceAll(article, "article/a", "article/c"), "Content-Type: application/n-quads"); r.status != 200 {
		t.Fatalf("write: %d %s", r.status, r.body)
	}
	if r := do(t, "GET", ts.URL+"/api/kg/stats", ""); !strings.Contains(r.body, `"articles":2`) {
		t.Fatalf("stats after writes: %d %s", r.status, r.body)
	}
	if n := scans.Load(); n != 2 {
		t.Fatalf("%d scans, want 2 (one more after the writes)", n)
	}
}
