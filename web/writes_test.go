package web_test

import (
	"context"
	"strings"
	"testing"

	"github.com/kg-project/kg/web"
)

func TestRepeatedWritesThenDeleteLeaveNoNodes(t *testing.T) {
	// The same quads written twice (a client retrying) and then deleted
	// once leave the store as it was: Cayley's own writer raised the nodes'
	// reference counts on the second write, so that they outlived the quads.
	st := MustOpen(t)
	base := MustServe(t, st, web.Config{Writable: true})
	nq := "<urn:kg:person/ada> <http://schema.org/name> \"Ada\" .\n<urn:kg:person/ada> <http://schema.org/jobTitle> \"Countess\" .\n"
	for i := 0; i < 2; i++ {
		if r := postRaw(t, base+"/api/v2/write", []byte(nq), "Content-Type: application/n-quads"); r.status != 200 {
			t.Fatalf("write %d = %d %s", i+1, r.status, r.body)
		}
	}
	stats, err := st.Stats(context.Background())
	if err != nil || stats.Quads != 2 {
		t.Fatalf("after two writes: %+v, %v; want 2 quads", stats, err)
	}
	if r := postRaw(t, base+"/api/v2/delete", []byte(nq), "Content-Type: application/n-quads"); r.status != 200 {
		t.Fatalf("delete = %d %s", r.status, r.body)
	}
	if stats, err := st.Stats(context.Background()); err != nil || stats.Quads != 0 || stats.Nodes != 0 {
		t.Errorf("after the delete: %+v, %v; want no quad and no node", stats, err)
	}
	if got := storeQuads(t, st); strings.TrimSpace(got) != "" {
		t.Errorf("store still holds %q", got)
	}
}
