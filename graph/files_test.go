package graph_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/boltdb/bolt"
	"github.com/syndtr/goleveldb/leveldb"

	"github.com/kg-project/kg/graph"
)

// snapshot returns every file under dir with its content, to show that a
// refused open left it as it was.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.Walk(dir, func(path string, fi os.FileInfo, err error) error {
		if err != nil || fi.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		files[path] = string(b)
		return err
	})
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
	return files
}

// TestRefusesWhatIsNotAStore checks that --db never takes over a
// directory of other files, a plain file, or another program's bolt or
// LevelDB database, for writers and readers alike, and leaves them
// untouched; a new path, an empty directory, a kg store and a bolt file
// left by an interrupted first open are opened.
func TestRefusesWhatIsNotAStore(t *testing.T) {
	ctx := context.Background()
	notes := func(t *testing.T) string {
		dir := filepath.Join(t.TempDir(), "notes")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "todo.txt"), []byte("buy milk\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	plainFile := func(t *testing.T) string {
		f := filepath.Join(t.TempDir(), "kg.db")
		if err := os.WriteFile(f, []byte("not a store\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return f
	}
	foreignBolt := func(t *testing.T) string {
		dir := filepath.Join(t.TempDir(), "app")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		db, err := bolt.Open(filepath.Join(dir, "indexes.bolt"), 0o600, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		err = db.Update(func(tx *bolt.Tx) error {
			b, err := tx.CreateBucket([]byte("users"))
			if err != nil {
				return err
			}
			return b.Put([]byte("alice"), []byte("admin"))
		})
		if err != nil {
			t.Fatal(err)
		}
		return dir
	}
	foreignLevelDB := func(t *testing.T) string {
		dir := filepath.Join(t.TempDir(), "app.ldb")
		db, err := leveldb.OpenFile(dir, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if err := db.Put([]byte("alice"), []byte("admin"), nil); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	for _, tc := range []struct {
		name    string
		backend string
		make    func(t *testing.T) string
	}{
		{"bolt: directory of other files", graph.Bolt, notes},
		{"bolt: plain file", graph.Bolt, plainFile},
		{"bolt: another program's bolt file", graph.Bolt, foreignBolt},
		{"leveldb: directory of other files", graph.LevelDB, notes},
		{"leveldb: plain file", graph.LevelDB, plainFile},
		{"leveldb: another program's database", graph.LevelDB, foreignLevelDB},
	} {
		t.Run(tc.name, func(t *testing.T) {
			addr := tc.make(t)
			before := snapshot(t, addr)
			for _, open := range []func() (*graph.Store, error){
				func() (*graph.Store, error) { return graph.Open(ctx, tc.backend, addr, false) },
				func() (*graph.Store, error) { return graph.Open(ctx, tc.backend, addr, true) },
				func() (*graph.Store, error) { return graph.OpenReadOnly(ctx, tc.backend, addr) },
			} {
				s, err := open()
				if err == nil {
					s.Close()
					t.Fatalf("opened %s as a store", addr)
				}
				if !errors.Is(err, graph.ErrNotStore) || !strings.Contains(err.Error(), addr) {
					t.Errorf("error %q: want ErrNotStore naming %s", err, addr)
				}
			}
			if after := snapshot(t, addr); len(after) != len(before) {
				t.Errorf("files changed: %d -> %d", len(before), len(after))
			} else {
				for f, b := range before {
					if after[f] != b {
						t.Errorf("%s changed", f)
					}
				}
			}
		})
	}
	for _, backend := range []string{graph.Bolt, graph.LevelDB} {
		t.Run(backend+": what may be opened", func(t *testing.T) {
			empty := filepath.Join(t.TempDir(), "empty")
			if err := os.MkdirAll(empty, 0o755); err != nil {
				t.Fatal(err)
			}
			for _, addr := range []string{filepath.Join(t.TempDir(), "new.db"), empty} {
				s, err := graph.Open(ctx, backend, addr, false)
				if err != nil {
					t.Fatalf("open %s: %v", addr, err)
				}
				if _, err := s.Import(ctx, strings.NewReader("<urn:t:a> <urn:t:p> \"x\" <urn:t:l> .\n"), "t", 0); err != nil {
					t.Fatal(err)
				}
				s.Close()
				r, err := graph.OpenReadOnly(ctx, backend, addr) // now a kg store
				if err != nil {
					t.Fatalf("reopen %s: %v", addr, err)
				}
				var b bytes.Buffer
				if n, err := r.Export(ctx, &b); err != nil || n != 1 {
					t.Errorf("export of %s: %d, %v", addr, n, err)
				}
				r.Close()
			}
		})
	}
}

// TestLevelDBLocking checks the README's locking rules on LevelDB as on
// bolt: a writer alone, readers shared, ErrLocked after a wait.
func TestLevelDBLocking(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "kg.ldb")
	w, err := graph.Open(ctx, graph.LevelDB, dir, false)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Import(ctx, strings.NewReader("<urn:t:a> <urn:t:p> \"x\" <urn:t:l> .\n"), "t", 0); err != nil {
		t.Fatal(err)
	}
	// Beside a writer, neither a writer nor a reader (waits run together).
	var wg sync.WaitGroup
	errs := make([]error, 3)
	for i, open := range []func() (*graph.Store, error){
		func() (*graph.Store, error) { return graph.Open(ctx, graph.LevelDB, dir, false) },
		func() (*graph.Store, error) { return graph.Open(ctx, graph.LevelDB, dir, true) },
		func() (*graph.Store, error) { return graph.OpenReadOnly(ctx, graph.LevelDB, dir) },
	} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := open()
			if err == nil {
				s.Close()
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if !errors.Is(err, graph.ErrLocked) {
			t.Errorf("open %d beside a writer: %v, want ErrLocked", i, err)
		}
	}
	w.Close()

	r1, err := graph.OpenReadOnly(ctx, graph.LevelDB, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer r1.Close()
	r2, err := graph.OpenReadOnly(ctx, graph.LevelDB, dir)
	if err != nil {
		t.Fatalf("second reader: %v", err)
	}
	defer r2.Close()
	for _, r := range []*graph.Store{r1, r2} {
		if n, err := r.Export(ctx, &bytes.Buffer{}); err != nil || n != 1 {
			t.Errorf("reader export = %d, %v; want 1", n, err)
		}
	}
	if _, err := graph.Open(ctx, graph.LevelDB, dir, false); !errors.Is(err, graph.ErrLocked) {
		t.Errorf("writer beside readers: %v, want ErrLocked", err)
	}
	if _, err := r1.Import(ctx, strings.NewReader("<urn:t:b> <urn:t:p> \"y\" <urn:t:l> .\n"), "t", 0); err == nil {
		t.Error("a read-only LevelDB store accepted a write")
	}
}

// TestReplaced checks that a store notices its file deleted or replaced
// under it (a store rebuilt at its path), and only then.
func TestReplaced(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct{ backend, name string }{{graph.Bolt, "kg.db"}, {graph.LevelDB, "kg.ldb"}} {
		t.Run(tc.backend, func(t *testing.T) {
			addr := filepath.Join(t.TempDir(), tc.name)
			build := func() {
				s, err := graph.Open(ctx, tc.backend, addr, false)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := s.Import(ctx, strings.NewReader("<urn:t:a> <urn:t:p> \"x\" <urn:t:l> .\n"), "t", 0); err != nil {
					t.Fatal(err)
				}
				s.Close()
			}
			replaced := func(s *graph.Store) bool {
				t.Helper()
				r, err := s.Replaced()
				if err != nil {
					t.Fatal(err)
				}
				return r
			}
			build()
			r, err := graph.OpenReadOnly(ctx, tc.backend, addr)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			if replaced(r) {
				t.Fatal("Replaced right after open")
			}
			if n, err := r.Export(ctx, &bytes.Buffer{}); err != nil || n != 1 || replaced(r) {
				t.Fatalf("Replaced after a read (%d, %v)", n, err)
			}
			if err := os.Rename(addr, addr+".old"); err != nil {
				t.Fatal(err)
			}
			if !replaced(r) {
				t.Error("not Replaced with the store moved away")
			}
			build() // a new store at the same path
			if !replaced(r) {
				t.Error("not Replaced with another store at its path")
			}
		})
	}
	if r, err := graph.OpenMemory().Replaced(); r || err != nil {
		t.Errorf("memory store Replaced = %v, %v", r, err)
	}
}
