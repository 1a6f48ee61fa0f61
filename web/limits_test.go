package web_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/web"
)

// Queries that take memory without bound in Gizmo's VM, cut to sizes that
// let the test run without the fix (a few hundred MB at most), so that it
// fails rather than taking the machine down.
const (
	doubling = `var s = "x"; for (var i = 0; i < 28; i++) { s = s + s; } g.emit(s.length);` // 256 MiB string
	fanOut   = `var a = []; for (var i = 0; i < 1500000; i++) { a.push({n: i, s: "row " + i}); } g.emit(a.length);`
)

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestQueryMemory sends queries that grow the heap past the server's
// --query-memory to each query endpoint: each is stopped with a clear
// error, and the server answers the next query.
func TestQueryMemory(t *testing.T) {
	base := MustServe(t, SeedStore(t), web.Config{QueryMemory: 32 << 20, Timeout: time.Minute})
	tests := []struct {
		name, path, body string
		status           int
	}{
		{"v2 doubling", "/api/v2/query?lang=gizmo", doubling, 400},
		{"v1 doubling", "/api/v1/query/gizmo", doubling, 400},
		{"kg doubling", "/api/kg/query", `{"query":` + jsonString(doubling) + `}`, 422},
		{"v2 fan-out", "/api/v2/query?lang=gizmo", fanOut, 400},
		{"kg fan-out", "/api/kg/query", `{"query":` + jsonString(fanOut) + `}`, 422},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, "POST", base+tt.path, tt.body)
			if r.status != tt.status || !strings.Contains(r.body, "query stopped: it needed more memory than the server allows") || !strings.Contains(r.body, "32 MiB") {
				t.Fatalf("got %d %.300s, want %d with the memory error", r.status, r.body, tt.status)
			}
			// The server is up and answers the next query. (On a loaded
			// machine the stopped query's last allocations, one doubling of a
			// 128 MiB string, may still be counted against a query started
			// the same instant: it is asked again once they are collected.)
			var next response
			for try := 0; try < 3; try++ {
				if next = do(t, "POST", base+"/api/v2/query?lang=gizmo", `g.V("<urn:kg:place/russia>").all()`); next.status == 200 {
					break
				}
				time.Sleep(300 * time.Millisecond)
			}
			if next.status != 200 || !strings.Contains(next.body, "russia") {
				t.Fatalf("next query: %d %.300s", next.status, next.body)
			}
		})
	}
	// A query within the bound runs to its end.
	small := `var s = "x"; for (var i = 0; i < 16; i++) { s = s + s; } g.emit(s.length);`
	if r := do(t, "POST", base+"/api/v2/query?lang=gizmo", small); r.status != 200 || !strings.Contains(r.body, `"result":[65536]`) {
		t.Fatalf("small query: %d %.300s", r.status, r.body)
	}
}

// TestResultSize checks that results larger than --max-result are refused
// with an error on every query endpoint, and smaller ones pass.
func TestResultSize(t *testing.T) {
	base := MustServe(t, SeedStore(t), web.Config{MaxResult: 64 << 10})
	big := `var s = "x"; for (var i = 0; i < 17; i++) { s = s + s; } g.emit(s);` // 128 KiB
	many := `for (var i = 0; i < 900; i++) { g.emit("row " + i + " ........................................................................"); }`
	for _, tt := range []struct {
		name, path, body string
		status           int
	}{
		{"v2 one big", "/api/v2/query?lang=gizmo", big, 400},
		{"v2 many", "/api/v2/query?lang=gizmo", many, 400},
		{"v1", "/api/v1/query/gizmo", big, 400},
		{"kg", "/api/kg/query", `{"query":` + jsonString(big) + `}`, 422},
		{"kg many", "/api/kg/query", `{"query":` + jsonString(many) + `}`, 422},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, "POST", base+tt.path, tt.body)
			if r.status != tt.status || !strings.Contains(r.body, "query stopped: its results are larger than the server allows (65536 bytes, --max-result)") {
				t.Fatalf("got %d %.300s, want %d with the size error", r.status, r.body, tt.status)
			}
		})
	}
	if r := do(t, "POST", base+"/api/v2/query?lang=gizmo", `g.V().limit(5).all()`); r.status != 200 {
		t.Fatalf("small result: %d %.300s", r.status, r.body)
	}
}

// TestMaxQueries checks that with one query slot a second query waits for
// the first to end.
func TestMaxQueries(t *testing.T) {
	srv, err := web.New(SeedStore(t), web.Config{MaxQueries: 1, Timeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	slow := make(chan error, 1)
	go func() {
		req, _ := http.NewRequestWithContext(ctx, "POST", ts.URL+"/api/kg/query", strings.NewReader(`{"query":"while(true){}"}`))
		_, err := http.DefaultClient.Do(req)
		slow <- err
	}()
	for srv.RunningQueries() == 0 {
		time.Sleep(time.Millisecond)
	}
	quick := make(chan response, 1)
	go func() { quick <- do(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", `g.V().limit(1).all()`) }()
	time.Sleep(200 * time.Millisecond)
	select {
	case r := <-quick:
		t.Fatalf("second query answered (%d %.200s) while the only slot was taken", r.status, r.body)
	default:
	}
	cancel() // the slow query's client leaves: its slot comes free
	if err := <-slow; err == nil {
		t.Fatal("slow query answered")
	}
	if r := <-quick; r.status != 200 || !strings.Contains(r.body, `"result":[{"id":`) {
		t.Fatalf("second query: %d %.200s", r.status, r.body)
	}
	for i := 0; srv.RunningQueries() != 0; i++ {
		if i > 5000 {
			t.Fatalf("%d queries still hold a slot", srv.RunningQueries())
		}
		time.Sleep(time.Millisecond)
	}
}
