package source_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/source"
)

func readWith(t *testing.T, r *source.Reader, paths ...string) ([]*kg.Document, []error) {
	t.Helper()
	var docs []*kg.Document
	var errs []error
	for d, err := range r.Read(context.Background(), paths) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, d)
	}
	return docs, errs
}

func TestArticleSizeLimit(t *testing.T) {
	dir := t.TempDir()
	para := strings.Repeat("The committee met again on Tuesday. ", 30) + "\n\n" // 1082 bytes
	mkfile(t, filepath.Join(dir, "ok.txt"), para[:900])
	mkfile(t, filepath.Join(dir, "big.txt"), para+para)
	mkfile(t, filepath.Join(dir, "huge.txt"), strings.Repeat(para, 20))
	mkfile(t, filepath.Join(dir, "page.html"), "<html><body><article><p>"+strings.Repeat(para, 2)+"</p></article></body></html>")
	mkfile(t, filepath.Join(dir, "feed.jsonl"), `{"id":"small","text":"Short."}`+"\n"+
		`{"id":"long","text":"`+strings.Repeat("x", 1500)+`"}`+"\n"+
		`{"id":"longline","text":"`+strings.Repeat("y", 20000)+`"}`+"\n"+
		`{"id":"after","text":"Read after the long line."}`+"\n")
	r := &source.Reader{MaxArticle: 1000}
	docs, errs := readWith(t, r, dir)
	if got := ids(docs); got != "small,after,ok.txt" {
		t.Errorf("ids %s, want small,after,ok.txt", got)
	}
	want := []string{
		"big.txt: too large: article text is 2.1 KiB, over the limit of 1000 bytes",
		"feed.jsonl:2: too large: article text is 1.5 KiB, over the limit of 1000 bytes",
		"feed.jsonl:3: too large: line is over the limit of 15.6 KiB",
		"huge.txt: too large: article text is 21.1 KiB, over the limit of 1000 bytes",
		"page.html: too large: article text is 2.1 KiB, over the limit of 1000 bytes",
	}
	var got []string
	for _, err := range errs {
		if !errors.Is(err, source.ErrTooLarge) {
			t.Errorf("error %v does not wrap ErrTooLarge", err)
		}
		rel, _ := filepath.Rel(dir, err.Error())
		got = append(got, rel)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// Standard input is bounded too.
	_, errs = readWith(t, &source.Reader{MaxArticle: 1000, Stdin: strings.NewReader(strings.Repeat(para, 20))}, "-")
	if len(errs) != 1 || !errors.Is(errs[0], source.ErrTooLarge) {
		t.Errorf("big stdin: %v", errs)
	}
	// A higher limit reads them.
	docs, errs = readWith(t, &source.Reader{MaxArticle: 1 << 20}, dir)
	if len(errs) != 0 || len(docs) != 8 {
		t.Errorf("with a 1 MiB limit: %d docs, errors %v", len(docs), errs)
	}
	if source.DefaultMaxArticle != 2<<20 {
		t.Errorf("DefaultMaxArticle %d, README says 2 MiB", source.DefaultMaxArticle)
	}
}
