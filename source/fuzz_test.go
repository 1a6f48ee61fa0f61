package source

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kg-project/kg"
)

// fuzzMax is a small article limit, so that the fuzzers reach it.
const fuzzMax = 4096

// readBytes reads data as a file of kind k (kindUnknown: as stdin) and
// checks what every reading promises: documents with an id and valid,
// non-empty UTF-8 text within the limit; problems as *InputError naming
// the input.
func readBytes(t *testing.T, k kind, data []byte) {
	t.Helper()
	var docs []*kg.Document
	yield := func(d *kg.Document, err error) bool {
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) || ie.Path == "" || ie.Err == nil {
				t.Fatalf("error %v (%T) does not name its input", err, err)
			}
			if ie.Line < 0 {
				t.Fatalf("error %v has line %d", err, ie.Line)
			}
			return true
		}
		if d == nil || d.ID == "" || d.Source == "" {
			t.Fatalf("document without id or source: %+v", d)
		}
		if strings.TrimSpace(d.Text) == "" || !utf8.ValidString(d.Text) || len(d.Text) > fuzzMax {
			t.Fatalf("document %q: text of %d bytes, valid UTF-8 %v", d.ID, len(d.Text), utf8.ValidString(d.Text))
		}
		docs = append(docs, d)
		return true
	}
	rd := &reading{Reader: &Reader{}, root: "/in", max: fuzzMax, seen: map[string]seenDoc{}, files: map[string]bool{}, yield: yield}
	ctx := context.Background()
	switch k {
	case kindUnknown:
		rd.Reader.Stdin = strings.NewReader(string(data))
		rd.stdin(ctx)
	case kindJSONL:
		rd.jsonl(ctx, "f", "/in/f.jsonl", strings.NewReader(string(data)))
	default:
		rd.data(ctx, "/in/f", "f", k, data)
	}
	ids := map[string]bool{}
	for _, d := range docs {
		if ids[d.ID] {
			t.Fatalf("id %q yielded twice", d.ID)
		}
		ids[d.ID] = true
	}
}

func seeds(f *testing.F, names ...string) {
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join("testdata", n))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

func FuzzText(f *testing.F) {
	f.Add([]byte("Headline of the day\n\nThe mayor spoke on Monday.\r\n"))
	f.Add([]byte("\ufeffCaf\xe9\x00"))
	f.Fuzz(func(t *testing.T, data []byte) { readBytes(t, kindText, data) })
}

func FuzzStdin(f *testing.F) {
	seeds(f, "page-meta.html", "feed.atom")
	f.Add([]byte(`{"id":"a","text":"One."}` + "\n" + `{"text":"Two."}`))
	f.Add([]byte("  plain text on stdin"))
	f.Fuzz(func(t *testing.T, data []byte) { readBytes(t, kindUnknown, data) })
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"One.","published":"June 15, 2023","url":"https://x.example/a","title":"A"}` + "\n" +
		`{"id":"a","text":"Other."}` + "\n" + `{"text":"x"} {"text":"y"}` + "\n" + `{"oops` + "\n"))
	f.Add([]byte(`{"text":"` + strings.Repeat("z", fuzzMax+10) + `"}`))
	f.Fuzz(func(t *testing.T, data []byte) { readBytes(t, kindJSONL, data) })
}

func FuzzHTML(f *testing.F) {
	seeds(f, "page-jsonld.html", "page-meta.html")
	f.Add([]byte(`<html><head><meta charset="windows-1252"><script type="application/ld+json">{"datePublished":"x"}</script></head><body><p>Caf\xe9</p></body></html>`))
	f.Fuzz(func(t *testing.T, data []byte) { readBytes(t, kindHTML, data) })
}

func FuzzMarkdown(f *testing.F) {
	seeds(f, "article.md")
	f.Add([]byte("---\ntitle: [a, b]\ndate: 2023-06-15T10:00:00Z\n---\n# T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"))
	f.Fuzz(func(t *testing.T, data []byte) { readBytes(t, kindMarkdown, data) })
}

func FuzzFeed(f *testing.F) {
	seeds(f, "feed.rss", "feed.atom", "sitemap.xml")
	f.Fuzz(func(t *testing.T, data []byte) { readBytes(t, kindXMLFeed, data) })
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2023-06-15", "June 15th, 2023", "Thu, 15 Jun 2023 10:00:00 GMT", "15 June 2023", "Sept. 1, 2023"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if _, err := ParseDate(s); err != nil && !strings.Contains(err.Error(), "date ") {
			t.Fatalf("error %v does not quote the date", err)
		}
	})
}
