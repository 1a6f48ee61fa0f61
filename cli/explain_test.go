package cli_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExplainEachFactOnce builds the two seed articles that name Grushko,
// each stored twice under another name, so that every fact about him is
// stated by four articles: kg explain prints each fact once, with the four
// articles, each with its sentence and rule, in the table and in JSON.
func TestExplainEachFactOnce(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"001_377cc3d36c249b0d.txt", "002_f0034837bb340f16.txt"} {
		b, err := os.ReadFile(filepath.Join("..", "testdata", "articles", name))
		if err != nil {
			t.Fatal(err)
		}
		for _, copy := range []string{"a_", "b_"} {
			if err := os.WriteFile(filepath.Join(dir, copy+name), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	db := filepath.Join(t.TempDir(), "kg.db")
	if out, errs, code := run(t, "", "build", "--db", db, "--quiet", dir); code != 0 {
		t.Fatalf("build exit %d: %s%s", code, out, errs)
	}

	out, errs, code := run(t, "", "explain", "--db", db, "Grushko")
	if code != 0 {
		t.Fatalf("explain exit %d: %s", code, errs)
	}
	head := "Alexander Grushko —represents→ Russia (4 articles)\n"
	if n := strings.Count(out, "—represents→ Russia"); n != 1 || !strings.Contains(out, head) {
		t.Errorf("Grushko represents Russia printed %d times, want once as %q:\n%s", n, head, out)
	}
	// Its sources follow it, one line each, every article once.
	_, rest, _ := strings.Cut(out, head)
	var sources []string
	for _, l := range strings.Split(rest, "\n") {
		if !strings.HasPrefix(l, "    ") {
			break
		}
		sources = append(sources, l)
	}
	for _, a := range []string{"a_001_377cc3d36c249b0d.txt [represented-by]: Russia was represented in the meeting",
		"a_002_f0034837bb340f16.txt [title-premodifier]: ", "b_001_377cc3d36c249b0d.txt [represented-by]: ", "b_002_f0034837bb340f16.txt [title-premodifier]: "} {
		found := 0
		for _, s := range sources {
			if strings.HasPrefix(s, "    "+a) {
				found++
			}
		}
		if found != 1 {
			t.Errorf("source %q listed %d times under the fact, want once:\n%s", a, found, strings.Join(sources, "\n"))
		}
	}
	if len(sources) != 4 {
		t.Errorf("%d sources under Grushko represents Russia, want 4", len(sources))
	}

	out, errs, code = run(t, "", "explain", "--db", db, "--format", "json", "Grushko")
	if code != 0 {
		t.Fatalf("explain --format json exit %d: %s", code, errs)
	}
	var facts []struct {
		Subject, Predicate, Object string
		Articles                   int
		Sources                    []struct{ Article, Sentence, Rule string }
	}
	if err := json.Unmarshal([]byte(out), &facts); err != nil {
		t.Fatalf("json: %v\n%s", err, out)
	}
	seen := map[string]bool{}
	for _, f := range facts {
		k := f.Subject + " " + f.Predicate + " " + f.Object
		if seen[k] {
			t.Errorf("json: fact %q twice", k)
		}
		seen[k] = true
		if f.Articles != len(f.Sources) || f.Articles == 0 {
			t.Errorf("json: %q: %d articles, %d sources", k, f.Articles, len(f.Sources))
		}
		for _, s := range f.Sources {
			if s.Article == "" || s.Sentence == "" || s.Rule == "" {
				t.Errorf("json: %q: incomplete source %+v", k, s)
			}
		}
		if k == "Alexander Grushko represents Russia" && f.Articles != 4 {
			t.Errorf("json: Grushko represents Russia in %d articles, want 4", f.Articles)
		}
	}
	if !seen["Alexander Grushko represents Russia"] || !seen["Alexander Grushko jobTitle Deputy Foreign Minister"] {
		t.Errorf("json: facts %v lack Grushko's representation or title", seen)
	}
}

// TestExplainDatasetSource: a place's background geography is printed
// with the dataset as its only source, no article and no sentence, beside
// a fact an article states (the control).
func TestExplainDatasetSource(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Nurses marched in Leeds on Saturday, union officials said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "kg.db")
	if out, errs, code := run(t, "", "build", "--db", db, "--quiet", dir); code != 0 {
		t.Fatalf("build exit %d: %s%s", code, out, errs)
	}
	out, errs, code := run(t, "", "explain", "--db", db, "Leeds")
	if code != 0 {
		t.Fatalf("explain exit %d: %s", code, errs)
	}
	want := "Leeds —containedInPlace→ United Kingdom (dataset geonames)\n    dataset geonames: background geography, stated by the dataset, not by an article\n"
	if !strings.Contains(out, want) {
		t.Errorf("explain Leeds lacks\n%s\n got:\n%s", want, out)
	}
	if strings.Contains(out, "—sameAs→ <https://sws.geonames.org/2644688/> (1 article") {
		t.Errorf("a dataset fact counted as an article's:\n%s", out)
	}
	out, _, _ = run(t, "", "explain", "--db", db, "--format", "json", "Leeds")
	var facts []struct {
		Predicate string
		Articles  int
		Sources   []struct{ Article, Sentence, Dataset string }
	}
	if err := json.Unmarshal([]byte(out), &facts); err != nil {
		t.Fatalf("json: %v\n%s", err, out)
	}
	n := 0
	for _, f := range facts {
		if f.Predicate != "sameAs" {
			continue
		}
		n++
		if f.Articles != 0 || len(f.Sources) != 1 || f.Sources[0].Dataset != "geonames" || f.Sources[0].Article != "" || f.Sources[0].Sentence != "" {
			t.Errorf("sameAs: %+v, want the dataset as its one source", f)
		}
	}
	if n != 1 {
		t.Errorf("%d sameAs facts about Leeds, want 1:\n%s", n, out)
	}
}
