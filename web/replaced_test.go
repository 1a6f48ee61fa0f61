package web_test

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/web"
)

func TestStoreReplacedUnderServer(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "kg.db")
	st, err := graph.Open(context.Background(), graph.Bolt, dir, false)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	base := MustServe(t, st, web.Config{})
	// Positive control: the store as opened is served.
	if r := do(t, "GET", base+"/readyz", ""); r.status != http.StatusOK {
		t.Fatalf("readyz before = %d %s", r.status, r.body)
	}
	if r := do(t, "GET", base+"/api/kg/stats", ""); r.status != http.StatusOK {
		t.Fatalf("stats before = %d %s", r.status, r.body)
	}
	// The store is deleted and built anew at the same path, as rm -r kg.db
	// && kg build would.
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	st2, err := graph.Open(context.Background(), graph.Bolt, dir, false)
	if err != nil {
		t.Fatal(err)
	}
	st2.Close()
	deadline := time.Now().Add(5 * time.Second)
	for {
		r := do(t, "GET", base+"/api/kg/stats", "")
		if r.status == http.StatusServiceUnavailable && strings.Contains(r.body, "restart kg serve") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("stats after the store was rebuilt = %d %s, want 503 saying to restart", r.status, r.body)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if r := do(t, "GET", base+"/readyz", ""); r.status != http.StatusServiceUnavailable {
		t.Errorf("readyz after = %d %s, want 503", r.status, r.body)
	}
	if r := do(t, "GET", base+"/healthz", ""); r.status != http.StatusOK {
		t.Errorf("healthz after = %d %s, want 200: the process is up", r.status, r.body)
	}
}
