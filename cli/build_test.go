package cli_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Same-named inputs are different articles; an id met twice is an error
// naming both inputs, and nothing already stored is replaced by it.
func TestBuildSameNamedInputs(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "d1", "article.txt"), articleA)
	write(t, filepath.Join(dir, "d2", "article.txt"), articleB)
	db := filepath.Join(dir, "kg.db")
	out, errs, code := run(t, "", "build", "--db", db, "--quiet", filepath.Join(dir, "d1"), filepath.Join(dir, "d2"))
	if code != 0 || !strings.Contains(out, "2 documents (2 added") {
		t.Fatalf("two directories: exit %d\n%s%s", code, out, errs)
	}
	out, _, _ = run(t, "", "query", "--db", db, "articles")
	for _, id := range []string{`"article": "d1/article.txt"`, `"article": "d2/article.txt"`} {
		if !strings.Contains(out, id) {
			t.Errorf("articles lack %s:\n%s", id, out)
		}
	}

	// Successive stdin builds are different articles.
	db2 := filepath.Join(dir, "stdin.db")
	for i, text := range []string{articleA, articleB} {
		out, errs, code := run(t, text, "build", "--db", db2, "--quiet", "-")
		if code != 0 || !strings.Contains(out, "1 documents (1 added") {
			t.Fatalf("stdin build %d: exit %d\n%s%s", i, code, out, errs)
		}
	}
	out, _, _ = run(t, "", "stats", "--db", db2)
	if !regexp.MustCompile(`(?m)^articles\s+2$`).MatchString(out) {
		t.Errorf("two stdin builds, stats:\n%s", out)
	}

	// Duplicate JSON Lines ids: the first is kept, the second named with file:line.
	feed := filepath.Join(dir, "feed.jsonl")
	write(t, feed, `{"id":"n1","text":"Prime Minister Rishi Sunak visited Kyiv on Saturday."}
{"id":"n1","text":"Chancellor Olaf Scholz visited Paris on Sunday."}
`)
	db3 := filepath.Join(dir, "jsonl.db")
	out, errs, code = run(t, "", "build", "--db", db3, "--quiet", feed)
	if code != 1 || !strings.Contains(errs, feed+`:2: id "n1" is already used by `+feed+":1") || !strings.Contains(out, "1 documents (1 added") {
		t.Errorf("duplicate ids: exit %d\n%s%s", code, out, errs)
	}
	out, _, _ = run(t, "", "query", "--db", db3, "--format", "table", "people")
	if !strings.Contains(out, "Rishi Sunak") || strings.Contains(out, "Olaf Scholz") {
		t.Errorf("people after a clash (want the first record only):\n%s", out)
	}
}

// Files kg does not read are named, never skipped silently; in a
// directory they do not fail the build, named directly they do.
func TestBuildNamesFilesNotRead(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	write(t, filepath.Join(in, "a.txt"), articleA)
	write(t, filepath.Join(in, "scan.pdf"), "%PDF-1.4\n")
	write(t, filepath.Join(in, "data.bin"), "\x00\x01")
	db := filepath.Join(dir, "kg.db")
	out, errs, code := run(t, "", "build", "--db", db, "--quiet", in)
	if code != 0 || !strings.Contains(out, "1 documents (1 added") {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	for _, want := range []string{"kg: not read: " + filepath.Join(in, "scan.pdf") + " (unsupported type)", "kg: not read: " + filepath.Join(in, "data.bin") + " (unsupported type)"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	_, errs, code = run(t, "", "build", "--db", db, "--quiet", filepath.Join(in, "scan.pdf"))
	if code != 1 || !strings.Contains(errs, "scan.pdf: unsupported type (.pdf)") {
		t.Errorf("a PDF named directly: exit %d, stderr %s", code, errs)
	}
}

// HTML pages, Markdown and feeds are articles; an XML file that is no feed
// is named.
func TestBuildReadsPagesMarkdownFeeds(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	out, errs, code := run(t, "", "build", "--db", db, "--quiet", "../source/testdata")
	if code != 0 || !strings.Contains(out, "6 documents (6 added") || !strings.Contains(errs, "kg: not read: ../source/testdata/sitemap.xml (unsupported type (XML, but not an RSS or Atom feed))") {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	out, _, _ = run(t, "", "query", "--db", db, "articles")
	for _, want := range []string{`"article": "page-jsonld.html"`, `"article": "article.md"`, `"article": "ledger-2023-0611"`, `"article": "urn:uuid:1a2b3c4d-school-prize"`, `"headline": "Rail link to Dunmore reopens after repairs"`} {
		if !strings.Contains(out, want) {
			t.Errorf("articles lack %s:\n%s", want, out)
		}
	}
	out, _, _ = run(t, "", "query", "--db", db, "--format", "table", "people")
	for _, want := range []string{"Tobias Renwick", "Helen Okafor", "Ines Varga", "Colm Breen"} {
		if !strings.Contains(out, want) {
			t.Errorf("people lack %s:\n%s", want, out)
		}
	}
}

func TestBuildMaxArticle(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	write(t, big, strings.Repeat(articleB, 40)) // 4.9 KiB
	db := filepath.Join(dir, "kg.db")
	out, errs, code := run(t, "", "build", "--db", db, "--quiet", "--max-article", "4KiB", big)
	if code != 1 || !strings.Contains(errs, "kg: skipped "+big+": too large: article text is 4.9 KiB, over the limit of 4.0 KiB") ||
		!strings.Contains(errs, "--max-article") || !strings.Contains(out, "0 documents") {
		t.Errorf("over the limit: exit %d\n%s%s", code, out, errs)
	}
	out, errs, code = run(t, "", "build", "--db", db, "--quiet", "--max-article", "5k", big)
	if code != 0 || !strings.Contains(out, "1 documents (1 added") {
		t.Errorf("under the limit: exit %d\n%s%s", code, out, errs)
	}
	_, errs, code = run(t, "", "build", "--db", db, "--max-article", "lots", big)
	if code != 2 || !strings.Contains(errs, `--max-article: "lots" is not a size`) {
		t.Errorf("bad size: exit %d, %s", code, errs)
	}
}

// kg extract names the files it does not read too, without failing.
func TestExtractNamesFilesNotRead(t *testing.T) {
	in := filepath.Join(t.TempDir(), "in")
	write(t, filepath.Join(in, "a.txt"), articleB)
	write(t, filepath.Join(in, "scan.pdf"), "%PDF-1.4\n")
	out, errs, code := run(t, "", "extract", in)
	if code != 0 || !strings.Contains(errs, "kg: not read: "+filepath.Join(in, "scan.pdf")+" (unsupported type)") || !strings.Contains(out, `"doc":"a.txt"`) {
		t.Errorf("exit %d\n%s\n%s", code, out, errs)
	}
}

// kg build and kg remove leave the console's search file beside a bolt
// store, current for what the store holds: after a removal it is written
// anew.
func TestBuildWritesSearchFile(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "in", "a.txt"), articleA)
	write(t, filepath.Join(dir, "in", "b.txt"), articleB)
	db := filepath.Join(dir, "kg.db")
	if out, errs, code := run(t, "", "build", "--db", db, "--quiet", filepath.Join(dir, "in")); code != 0 {
		t.Fatalf("build: exit %d\n%s%s", code, out, errs)
	}
	file := filepath.Join(db, "search.idx")
	built, err := os.ReadFile(file)
	if err != nil || len(built) == 0 {
		t.Fatalf("no search file after kg build: %v", err)
	}
	if out, errs, code := run(t, "", "remove", "--db", db, "b.txt"); code != 0 {
		t.Fatalf("remove: exit %d\n%s%s", code, out, errs)
	}
	removed, err := os.ReadFile(file)
	if err != nil || bytes.Equal(built, removed) {
		t.Errorf("search file after kg remove: %v, same as before: %v", err, bytes.Equal(built, removed))
	}
}
