package source_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/source"
)

func one(t *testing.T, path string) *kg.Document {
	t.Helper()
	docs, errs := collect(t, "", path)
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("%s: docs %d, errors %v", path, len(docs), errs)
	}
	return docs[0]
}

func TestHTMLPages(t *testing.T) {
	tests := []struct {
		file, title, url string
		published        time.Time
		has, hasNot      []string
	}{
		{
			file: "page-jsonld.html", title: "Harbour board approves new ferry terminal",
			url: "https://ledger.example/news/harbour-ferry-terminal", published: time.Date(2023, 6, 15, 10, 0, 0, 0, time.UTC),
			has:    []string{"Board chair Tobias Renwick said the terminal would open in 2025", "Elsworth Chamber of Commerce"},
			hasNot: []string{"cookies", "Most read", "Copyright", "tracking", "font-family", "<p>"},
		},
		{
			file: "page-meta.html", title: "Rail link to Dunmore reopens after repairs",
			url: "https://valley.example/rail-link-reopens", published: time.Date(2024, 3, 4, 7, 30, 0, 0, time.UTC),
			has:    []string{"transport director Helen Okafor told reporters"},
			hasNot: []string{"Front page", "12 High Street"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			d := one(t, filepath.Join("testdata", tc.file))
			if d.ID != tc.file || d.Title != tc.title || d.URL != tc.url || !d.Published.Equal(tc.published) {
				t.Errorf("read as id %q title %q url %q published %v", d.ID, d.Title, d.URL, d.Published)
			}
			if !strings.HasPrefix(d.Text, tc.title+"\n") {
				t.Errorf("text does not start with the headline: %q", d.Text[:min(80, len(d.Text))])
			}
			for _, s := range tc.has {
				if !strings.Contains(d.Text, s) {
					t.Errorf("text lacks %q:\n%s", s, d.Text)
				}
			}
			for _, s := range tc.hasNot {
				if strings.Contains(d.Text, s) {
					t.Errorf("text has %q:\n%s", s, d.Text)
				}
			}
		})
	}
}

func TestMarkdown(t *testing.T) {
	d := one(t, filepath.Join("testdata", "article.md"))
	if d.Title != "Library extends its opening hours" || !d.Published.Equal(time.Date(2023, 9, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("title %q published %v", d.Title, d.Published)
	}
	for _, s := range []string{
		"Library extends its opening hours\n\nThe Ashby Public Library will stay open until nine in the evening from October, head librarian Ines Varga said on Friday.",
		"Varga said that students had asked for longer hours",
		"Weekday hours: 8 am to 9 pm",
		`"We want the library to be the town's living room," Varga said.`,
	} {
		if !strings.Contains(d.Text, s) {
			t.Errorf("text lacks %q:\n%s", s, d.Text)
		}
	}
	for _, s := range []string{"**", "](", "code block", "raw html", "photo", "tags", "---", "#"} {
		if strings.Contains(d.Text, s) {
			t.Errorf("text has %q:\n%s", s, d.Text)
		}
	}
	// Without front matter the first heading is the title.
	dir := t.TempDir()
	p := filepath.Join(dir, "plain.md")
	mkfile(t, p, "Some intro line.\n\n## Bridge reopens in Ashby\n\nThe bridge reopened.\n")
	if d := one(t, p); d.Title != "Bridge reopens in Ashby" || !d.Published.IsZero() {
		t.Errorf("title %q published %v", d.Title, d.Published)
	}
	bad := filepath.Join(dir, "bad.md")
	mkfile(t, bad, "---\ndate: next week\n---\nText.\n")
	_, errs := collect(t, "", bad)
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), `bad.md: front matter "date": date "next week"`) {
		t.Errorf("bad front matter date: %v", errs)
	}
}

func TestFeeds(t *testing.T) {
	docs, errs := collect(t, "", filepath.Join("testdata", "feed.rss"), filepath.Join("testdata", "feed.atom"))
	if len(errs) > 0 || len(docs) != 3 {
		t.Fatalf("docs %d, errors %v", len(docs), errs)
	}
	want := []struct {
		id, url, title string
		published      time.Time
		text           string
	}{
		{"ledger-2023-0611", "https://ledger.example/news/fleet-returns", "Fishing fleet returns early as storm approaches",
			time.Date(2023, 6, 11, 18, 20, 0, 0, time.UTC),
			"Fishing fleet returns early as storm approaches\n\nThe Port Elsworth fishing fleet returned to harbour on Sunday, a day earlier than planned, as forecasters warned of a storm.\n\nHarbour master Colm Breen said all forty boats were safely moored by the evening."},
		{"https://ledger.example/news/cycle-lanes", "https://ledger.example/news/cycle-lanes", "Council approves cycle lanes",
			time.Date(2023, 6, 12, 8, 0, 0, 0, time.UTC),
			"Council approves cycle lanes\n\nThe Elsworth council approved new cycle lanes on the seafront road on Monday, mayor Ruth Adeyemi said."},
		{"urn:uuid:1a2b3c4d-school-prize", "https://valley.example/school-prize", "Ashby school wins science prize",
			time.Date(2024, 3, 5, 9, 15, 0, 0, time.UTC),
			"Ashby school wins science prize\n\nPupils from Ashby Grammar School won the regional science prize on Tuesday with a project on river pollution, teacher Omar Haddad said."},
	}
	for i, w := range want {
		d := docs[i]
		if d.ID != w.id || d.URL != w.url || d.Title != w.title || !d.Published.Equal(w.published) || d.Text != w.text {
			t.Errorf("item %d read as %+v\nwant %+v", i, d, w)
		}
	}
}

func TestNotAFeed(t *testing.T) {
	dir := t.TempDir()
	mkfile(t, filepath.Join(dir, "a.txt"), "An article.")
	mkfile(t, filepath.Join(dir, "sitemap.xml"), `<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>`)
	docs, errs := collect(t, "", dir)
	var ie *source.InputError
	if len(docs) != 1 || len(errs) != 1 || !errors.As(errs[0], &ie) || !ie.Note || !errors.Is(ie, source.ErrUnsupported) {
		t.Fatalf("docs %d, errors %v: want a.txt and a note about sitemap.xml", len(docs), errs)
	}
	// Named directly, it is an error.
	_, errs = collect(t, "", filepath.Join("testdata", "sitemap.xml"))
	if len(errs) != 1 || !errors.As(errs[0], &ie) || ie.Note || !strings.Contains(errs[0].Error(), "not an RSS or Atom feed") {
		t.Errorf("sitemap named directly: %v", errs)
	}
}

func TestStdinSniffsHTMLAndFeeds(t *testing.T) {
	for _, file := range []string{"page-meta.html", "feed.atom"} {
		data := readFixture(t, file)
		docs, errs := collect(t, data, "-")
		if len(errs) > 0 || len(docs) != 1 || strings.Contains(docs[0].Text, "<") {
			t.Errorf("%s on stdin: docs %v errors %v", file, docs, errs)
		}
	}
}

func readFixture(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
