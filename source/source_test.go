package source_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/source"
)

func collect(t *testing.T, stdin string, paths ...string) ([]*kg.Document, []error) {
	t.Helper()
	var docs []*kg.Document
	var errs []error
	for d, err := range source.Read(context.Background(), paths, strings.NewReader(stdin)) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, d)
	}
	return docs, errs
}

func mkfile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestHeadline(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"headline line", "Court blocks merger of rail firms\n\nThe court said...", "Court blocks merger of rail firms"},
		{"dateline first", "Thu. Jan 20th, 2022\n\nNATO warns Russia.", ""},
		{"sentence first", "The court blocked the merger on Monday.\nMore text.", ""},
		{"too short", "Breaking\n\nText follows here.", ""},
		{"question headline", "Will the ceasefire hold?\n\nDiplomats doubt it.", "Will the ceasefire hold?"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs, errs := collect(t, tc.text, "-")
			if len(errs) > 0 || len(docs) != 1 {
				t.Fatalf("docs %v errs %v", docs, errs)
			}
			if docs[0].Title != tc.want {
				t.Errorf("title %q, want %q", docs[0].Title, tc.want)
			}
		})
	}
}

func TestDirectoryOrderAndIDs(t *testing.T) {
	dir := t.TempDir()
	mkfile(t, filepath.Join(dir, "b.txt"), "Second article text here.")
	mkfile(t, filepath.Join(dir, "a", "z.txt"), "First article text here.")
	mkfile(t, filepath.Join(dir, ".hidden", "x.txt"), "hidden")
	mkfile(t, filepath.Join(dir, "scan.pdf"), "%PDF-1.4 not read")
	mkfile(t, filepath.Join(dir, "feed.jsonl"), `{"id":"n1","text":"One.","url":"https://example.com/1","title":"T1","published":"2022-01-12T10:00:00Z"}`+"\n"+`{"text":"Two."}`+"\n")
	docs, errs := collect(t, "", dir)
	var ie *source.InputError
	if len(errs) != 1 || !errors.As(errs[0], &ie) || !ie.Note || !errors.Is(ie, source.ErrUnsupported) || filepath.Base(ie.Path) != "scan.pdf" {
		t.Fatalf("errors %v, want one note naming scan.pdf", errs)
	}
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.ID)
	}
	if got, want := strings.Join(ids, ","), "a/z.txt,b.txt,n1,feed:2"; got != want {
		t.Fatalf("ids %s, want %s", got, want)
	}
	n1 := docs[2]
	if n1.URL != "https://example.com/1" || n1.Title != "T1" || !n1.Published.Equal(time.Date(2022, 1, 12, 10, 0, 0, 0, time.UTC)) {
		t.Errorf("jsonl record read as %+v", n1)
	}
}

func TestTextNormalisation(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "crlf.txt")
	mkfile(t, p, "\ufeffLine one.\r\nLine two.\r\n")
	docs, errs := collect(t, "", p)
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatal(errs)
	}
	if docs[0].Text != "Line one.\nLine two.\n" {
		t.Errorf("text %q", docs[0].Text)
	}
}

func TestErrorsNameTheInput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	mkfile(t, bad, "{\"text\":\"ok\"}\n{oops}\n")
	docs, errs := collect(t, "", filepath.Join(dir, "missing.txt"), bad)
	if len(docs) != 1 || len(errs) != 2 {
		t.Fatalf("docs %d errs %v", len(docs), errs)
	}
	var ie *source.InputError
	if !errors.As(errs[1], &ie) || ie.Line != 2 || ie.Path != bad {
		t.Errorf("jsonl error %#v", errs[1])
	}
	if !strings.Contains(errs[0].Error(), "missing.txt: no such file or directory") {
		t.Errorf("missing file error %q", errs[0])
	}
}

func TestStdinJSONL(t *testing.T) {
	docs, errs := collect(t, `{"id":"x","text":"Hello from stdin."}`+"\n", "-")
	if len(errs) > 0 || len(docs) != 1 || docs[0].ID != "x" {
		t.Fatalf("docs %v errs %v", docs, errs)
	}
}

func TestCancelStops(t *testing.T) {
	dir := t.TempDir()
	for i := range 5 {
		mkfile(t, filepath.Join(dir, string(rune('a'+i))+".txt"), "Some text.")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := 0
	for d, err := range source.Read(ctx, []string{dir}, nil) {
		if err != nil {
			if !errors.Is(err, context.Canceled) {
				t.Fatal(err)
			}
			break
		}
		n++
		if d.ID == "b.txt" {
			cancel()
		}
	}
	if n != 2 {
		t.Errorf("read %d documents after cancel, want 2", n)
	}
}

func TestSize(t *testing.T) {
	dir := t.TempDir()
	mkfile(t, filepath.Join(dir, "a.txt"), "12345")
	mkfile(t, filepath.Join(dir, "sub", "b.jsonl"), "123")
	mkfile(t, filepath.Join(dir, "skip.pdf"), "1234567")
	if got := source.Size([]string{dir}); got != 8 {
		t.Errorf("Size(dir) = %d, want 8", got)
	}
	if got := source.Size([]string{dir, "-"}); got != -1 {
		t.Errorf("Size with stdin = %d, want -1", got)
	}
}
