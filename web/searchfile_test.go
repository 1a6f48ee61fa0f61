package web_test

import (
	"context"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/ingest"
	"github.com/kg-project/kg/source"
	"github.com/kg-project/kg/web"
)

// TestSearchFileBeforeIndex builds the seed articles into a bolt store and
// writes its search file as kg build does: a server that has just started
// answers searches from it as a server with its index built does, without
// building the index. Once an article changes the entities, the file is out
// of date and the server builds its index instead, until the file is
// written again.
func TestSearchFileBeforeIndex(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "s.db")
	st, err := graph.Open(ctx, graph.Bolt, dir, false)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	build := func(paths ...string) {
		t.Helper()
		if _, err := ingest.Build(ctx, ex, st, source.Read(ctx, paths, nil), ingest.Options{Version: extract.Version, Link: extract.Links}); err != nil {
			t.Fatal(err)
		}
	}
	build(filepath.Join("..", "testdata", "articles"))
	if err := web.WriteSearchFile(ctx, st); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "search.idx")
	if _, err := os.Stat(file); err != nil {
		t.Fatalf("no search file: %v", err)
	}
	serve := func() (*web.Server, string) { return newServer(t, st, web.Config{}) }
	queries := []string{"a", "st", "jens", "Stoltenberg", "nato", "russia", "bru", "sherman", "geneva", "zzz", "x"}
	warm, warmURL := serve()
	if err := warm.IndexReady(ctx); err != nil {
		t.Fatal(err)
	}
	cold, coldURL := serve()
	found := 0
	for _, q := range queries {
		for _, limit := range []string{"3", "50"} {
			path := "/api/kg/search?limit=" + limit + "&q=" + url.QueryEscape(q)
			got, want := do(t, "GET", coldURL+path, ""), do(t, "GET", warmURL+path, "")
			if got.status != 200 || got.body != want.body {
				t.Errorf("%s from the search file:\n got %d %.300s\nwant %d %.300s", path, got.status, got.body, want.status, want.body)
			}
			found += strings.Count(got.body, `"id"`)
		}
	}
	if found < 20 {
		t.Errorf("searches found %d entities in all: want the seed entities", found)
	}
	if n := cold.IndexBuilds(); n != 0 {
		t.Errorf("searches with a current search file built the index %d times", n)
	}

	// A new article names someone new: the file no longer describes the store.
	more := t.TempDir()
	text := "Brussels, 3 March 2022 -- Marta Quillfeather, the mayor of Odense, met Jens Stoltenberg in Brussels on Tuesday.\n"
	if err := os.WriteFile(filepath.Join(more, "new.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	build(more)
	stale, staleURL := serve()
	if got := do(t, "GET", staleURL+"/api/kg/search?q=quillfeather", ""); !strings.Contains(got.body, "person/marta-quillfeather") {
		t.Errorf("after a new article, search(quillfeather) = %d %.300s", got.status, got.body)
	}
	if n := stale.IndexBuilds(); n != 1 {
		t.Errorf("an out-of-date search file: the index was built %d times, want 1", n)
	}
	if err := web.WriteSearchFile(ctx, st); err != nil {
		t.Fatal(err)
	}
	fresh, freshURL := serve()
	if got := do(t, "GET", freshURL+"/api/kg/search?q=quillfeather", ""); !strings.Contains(got.body, "person/marta-quillfeather") {
		t.Errorf("from the rewritten file, search(quillfeather) = %d %.300s", got.status, got.body)
	}
	if n := fresh.IndexBuilds(); n != 0 {
		t.Errorf("the rewritten search file: the index was built %d times, want 0", n)
	}
}

// TestSearchFileOtherStores: a memory store keeps no search file, and
// searching it builds the index as before.
func TestSearchFileOtherStores(t *testing.T) {
	st := graph.OpenMemory()
	defer st.Close()
	if err := web.WriteSearchFile(context.Background(), st); err != nil {
		t.Errorf("memory store: %v", err)
	}
}
