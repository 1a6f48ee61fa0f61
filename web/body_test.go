package web_test

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"net/http"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/web"
)

func gzipped(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	zw.Write([]byte(s))
	zw.Close()
	return b.Bytes()
}

func deflated(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zlib.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.Bytes()
}

func postRaw(t *testing.T, url string, body []byte, headers ...string) response {
	t.Helper()
	return do(t, "POST", url, string(body), headers...)
}

// TestCompressedBodyLimit sends compressed bodies: the limit holds for the
// inflated bytes (a small gzip "bomb" is refused with 413), compressed
// writes, deletes and queries within it work, and unknown encodings are
// refused.
func TestCompressedBodyLimit(t *testing.T) {
	st := graph.OpenMemory()
	t.Cleanup(func() { st.Close() })
	const max = 64 << 10
	base := MustServe(t, st, web.Config{Writable: true, MaxBody: max})

	// 16 MiB of one repeated quad: about 30 KB gzipped, under the limit.
	line := `<urn:kg:bomb/x> <urn:kg:vocab#p> "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" .` + "\n"
	bomb := strings.Repeat(line, (16<<20)/len(line))
	for _, tt := range []struct {
		name, enc string
		body      []byte
	}{
		{"gzip", "gzip", gzipped(t, bomb)},
		{"x-gzip", "x-gzip", gzipped(t, bomb)},
		{"deflate", "deflate", deflated(t, bomb)},
	} {
		t.Run("bomb "+tt.name, func(t *testing.T) {
			if len(tt.body) > max {
				t.Fatalf("bomb is %d bytes compressed: over the limit before inflating", len(tt.body))
			}
			for _, path := range []string{"/api/v2/write", "/api/v2/delete", "/api/v2/query?lang=gizmo", "/api/kg/query"} {
				r := postRaw(t, base+path, tt.body, "Content-Type: application/n-quads", "Content-Encoding: "+tt.enc)
				if r.status != http.StatusRequestEntityTooLarge || !strings.Contains(r.body, `"error":"request body inflates to more than 65536 bytes"`) {
					t.Errorf("%s: got %d %.200s, want 413", path, r.status, r.body)
				}
			}
		})
	}
	if got := storeQuads(t, st); got != "" {
		t.Fatalf("store written by a refused body: %.200s", got)
	}

	nq := "<urn:kg:person/ada> <http://schema.org/name> \"Ada\" .\n"
	if r := postRaw(t, base+"/api/v2/write", gzipped(t, nq), "Content-Type: application/n-quads", "Content-Encoding: gzip"); r.status != 200 || !strings.Contains(r.body, `"count": 1`) {
		t.Fatalf("gzip write = %d %s", r.status, r.body)
	}
	if r := postRaw(t, base+"/api/kg/query", deflated(t, `{"query":"g.V(\"<urn:kg:person/ada>\").out().all()"}`), "Content-Encoding: deflate"); r.status != 200 || !strings.Contains(r.body, `"Ada"`) {
		t.Fatalf("deflate query = %d %s", r.status, r.body)
	}
	// Cayley's own delete handler reads the raw body even when it is
	// gzipped; inflating it first fixes that too.
	if r := postRaw(t, base+"/api/v2/delete", gzipped(t, nq), "Content-Type: application/n-quads", "Content-Encoding: gzip"); r.status != 200 || !strings.Contains(r.body, `"count": 1`) {
		t.Fatalf("gzip delete = %d %s", r.status, r.body)
	}
	if got := storeQuads(t, st); got != "" {
		t.Fatalf("store after the gzip delete: %s", got)
	}
	if r := postRaw(t, base+"/api/v2/write", []byte(nq), "Content-Type: application/n-quads", "Content-Encoding: br"); r.status != http.StatusUnsupportedMediaType || !strings.Contains(r.body, `"error":"content encoding \"br\" is not supported`) {
		t.Fatalf("br write = %d %s, want 415", r.status, r.body)
	}
	if r := postRaw(t, base+"/api/v2/write", []byte(nq), "Content-Type: application/n-quads", "Content-Encoding: gzip"); r.status != http.StatusBadRequest || !strings.Contains(r.body, `"error":"request body is not gzip`) {
		t.Fatalf("plain body sent as gzip = %d %s, want 400", r.status, r.body)
	}
}

// TestBadWrites checks that a write whose body does not parse is refused
// whole with 400 (Cayley wrote the quads before the bad line and answered
// 500), and that deleting a node the store lacks is a 404.
func TestBadWrites(t *testing.T) {
	st := graph.OpenMemory()
	t.Cleanup(func() { st.Close() })
	base := MustServe(t, st, web.Config{Writable: true})
	body := "<urn:kg:person/ada> <http://schema.org/name> \"Ada\" .\n<urn:kg:person/bad> not a quad\n"
	if r := do(t, "POST", base+"/api/v2/write", body, "Content-Type: application/n-quads"); r.status != 400 || !strings.Contains(r.body, `"error": "request body, quad 2: `) {
		t.Fatalf("bad write: %d %s, want 400 naming quad 2", r.status, r.body)
	}
	if got := storeQuads(t, st); got != "" {
		t.Fatalf("store after a refused write:\n%s", got)
	}
	if r := do(t, "POST", base+"/api/v2/node/delete", "<urn:kg:person/nobody>", "Content-Type: application/n-quads"); r.status != 404 || !strings.Contains(r.body, `"error":"node does not exist"`) {
		t.Fatalf("delete of a missing node: %d %s, want 404", r.status, r.body)
	}
}
