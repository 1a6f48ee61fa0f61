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

func ids(docs []*kg.Document) string {
	var s []string
	for _, d := range docs {
		s = append(s, d.ID)
	}
	return strings.Join(s, ",")
}

func TestIDsRelativeToCommonRoot(t *testing.T) {
	dir := t.TempDir()
	mkfile(t, filepath.Join(dir, "d1", "article.txt"), "The first article about the harbour.")
	mkfile(t, filepath.Join(dir, "d2", "article.txt"), "The second article about the railway.")
	mkfile(t, filepath.Join(dir, "d2", "sub", "more.txt"), "A third article about the airport.")
	tests := []struct {
		name  string
		paths []string
		want  string
	}{
		{"one directory", []string{filepath.Join(dir, "d2")}, "article.txt,sub/more.txt"},
		{"two directories", []string{filepath.Join(dir, "d1"), filepath.Join(dir, "d2")}, "d1/article.txt,d2/article.txt,d2/sub/more.txt"},
		{"one file", []string{filepath.Join(dir, "d1", "article.txt")}, "article.txt"},
		{"files in two directories", []string{filepath.Join(dir, "d1", "article.txt"), filepath.Join(dir, "d2", "article.txt")}, "d1/article.txt,d2/article.txt"},
		{"nested inputs read once", []string{filepath.Join(dir, "d2"), filepath.Join(dir, "d2", "sub")}, "article.txt,sub/more.txt"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs, errs := collect(t, "", tc.paths...)
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			if got := ids(docs); got != tc.want {
				t.Errorf("ids %s, want %s", got, tc.want)
			}
		})
	}
	t.Run("root given", func(t *testing.T) {
		r := source.Reader{Root: dir}
		var got []string
		for d, err := range r.Read(context.Background(), []string{filepath.Join(dir, "d1")}) {
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, d.ID)
		}
		if strings.Join(got, ",") != "d1/article.txt" {
			t.Errorf("ids %v, want d1/article.txt", got)
		}
	})
}

func TestStdinIDsAreContentHashes(t *testing.T) {
	a, _ := collect(t, "The mayor opened the bridge on Monday.", "-")
	b, _ := collect(t, "The council closed the library on Friday.", "-")
	a2, _ := collect(t, "The mayor opened the bridge on Monday.", "-")
	if len(a) != 1 || len(b) != 1 || len(a2) != 1 {
		t.Fatal("want one document from each stdin")
	}
	if !strings.HasPrefix(a[0].ID, "stdin-") || len(a[0].ID) != len("stdin-")+16 {
		t.Errorf("stdin id %q, want stdin-<16 hex digits>", a[0].ID)
	}
	if a[0].ID == b[0].ID {
		t.Errorf("two different stdin articles share the id %q", a[0].ID)
	}
	if a[0].ID != a2[0].ID {
		t.Errorf("the same stdin article got ids %q and %q", a[0].ID, a2[0].ID)
	}
	j1, _ := collect(t, `{"text":"The port reopened after the storm."}`, "-")
	j2, _ := collect(t, `{"text":"The airport reopened after the strike."}`, "-")
	if len(j1) != 1 || len(j2) != 1 || j1[0].ID == j2[0].ID || !strings.HasPrefix(j1[0].ID, "stdin-") {
		t.Errorf("stdin JSON Lines without ids: %v %v", j1, j2)
	}
}

func TestIDClashes(t *testing.T) {
	dir := t.TempDir()
	feed := filepath.Join(dir, "feed.jsonl")
	mkfile(t, feed, `{"id":"x","text":"The first text of x."}
{"id":"y","text":"The text of y."}
{"id":"x","text":"Another text under the same id."}
{"id":"y","text":"The text of y."}
`)
	other := filepath.Join(dir, "other.jsonl")
	mkfile(t, other, `{"id":"x","text":"A third text of x."}`+"\n")
	docs, errs := collect(t, "", feed, other)
	if got := ids(docs); got != "x,y" {
		t.Errorf("ids %s, want x,y (the first of each)", got)
	}
	if docs[0].Text != "The first text of x." {
		t.Errorf("x was replaced: %q", docs[0].Text)
	}
	var clashes, notes []string
	for _, err := range errs {
		var ie *source.InputError
		if !errors.As(err, &ie) {
			t.Fatalf("error %v is not an InputError", err)
		}
		if ie.Note {
			notes = append(notes, err.Error())
		} else {
			clashes = append(clashes, err.Error())
		}
	}
	want := []string{
		feed + `:3: id "x" is already used by ` + feed + ":1",
		other + `:1: id "x" is already used by ` + feed + ":1",
	}
	if strings.Join(clashes, "\n") != strings.Join(want, "\n") {
		t.Errorf("clashes:\n%s\nwant:\n%s", strings.Join(clashes, "\n"), strings.Join(want, "\n"))
	}
	if len(notes) != 1 || !strings.Contains(notes[0], feed+":4: same article as "+feed+":2") {
		t.Errorf("notes %q, want one for the identical repeat of y", notes)
	}
}

func TestTwoObjectsOnOneLine(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "two.jsonl")
	mkfile(t, p, `{"id":"a","text":"Alpha text."}`+"\n"+`{"id":"b","text":"Beta text."} {"id":"c","text":"Gamma text."}`+"\n")
	docs, errs := collect(t, "", p)
	if got := ids(docs); got != "a" {
		t.Errorf("ids %s, want a", got)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), p+":2: more than one JSON value on the line") {
		t.Errorf("errors %v, want one naming %s:2", errs, p)
	}
}

func TestTextAfterTheObject(t *testing.T) {
	p := filepath.Join(t.TempDir(), "junk.jsonl")
	mkfile(t, p, `{"id":"a","text":"Alpha text."} // a comment`+"\n")
	_, errs := collect(t, "", p)
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), p+":1: invalid JSON: text after the object at byte 32") {
		t.Errorf("errors %v", errs)
	}
}
