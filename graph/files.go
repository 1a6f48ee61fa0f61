package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/flat"
	hleveldb "github.com/hidal-go/hidalgo/kv/flat/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"
)

// ErrNotStore is returned when --db names a file or directory that is not
// a kg store, which kg will not write into.
var ErrNotStore = errors.New("not a kg store")

// boltFile and levelDBMarker are the files that make a directory a bolt
// or LevelDB store.
const (
	boltFile      = "indexes.bolt" // Cayley's file in the store's directory
	levelDBMarker = "CURRENT"      // LevelDB's pointer to its manifest
)

// storeFile is the file (bolt) or directory (LevelDB) a file store is:
// its identity is what Replaced compares.
func storeFile(backend, addr string) string {
	if backend == Bolt {
		return filepath.Join(addr, boltFile)
	}
	return addr
}

// checkTarget refuses an address that holds something other than a store
// of the backend: a plain file, or a directory with other files in it. A
// path that does not exist yet, an empty directory or a store are fine.
func checkTarget(backend, addr string) error {
	marker := boltFile
	if backend == LevelDB {
		marker = levelDBMarker
	}
	fi, err := os.Stat(addr)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil
	case err != nil:
		return err
	case !fi.IsDir():
		hint := "give a path that does not exist yet and kg creates it"
		if filepath.Base(addr) == boltFile {
			hint = fmt.Sprintf("to open the store it belongs to, give its directory: --db %s", filepath.Dir(addr))
		}
		return fmt.Errorf("%w: %s is a file; a %s store is a directory (%s)", ErrNotStore, addr, backend, hint)
	}
	if _, err := os.Stat(filepath.Join(addr, marker)); err == nil {
		return nil
	}
	d, err := os.Open(addr)
	if err != nil {
		return err
	}
	names, err := d.Readdirnames(3)
	d.Close()
	if len(names) == 0 {
		return nil // empty: kg may make it a store
	}
	if err != nil {
		return err
	}
	list := strings.Join(names, ", ")
	if len(names) == 3 {
		list += ", …"
	}
	return fmt.Errorf("%w: %s is a directory of other files (%s) with no %s; kg will not write there: give a new path or an empty directory",
		ErrNotStore, addr, list, marker)
}

// foreignBolt tells an uninitialised bolt file (created by a first open
// that was interrupted: no buckets) from another program's (buckets, but
// not Cayley's metadata).
func foreignBolt(db *bolt.DB, file string) error {
	var names []string
	err := db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, _ *bolt.Bucket) error {
			if len(names) < 3 {
				names = append(names, string(name))
			}
			return nil
		})
	})
	if err != nil {
		return err
	}
	if len(names) == 0 {
		return nil
	}
	return fmt.Errorf("%w: %s is a bolt file of another program (buckets %q, no Cayley metadata); kg will not write into it: give another --db",
		ErrNotStore, file, names)
}

// openLevelDB opens a LevelDB store as Cayley's kv/leveldb registration
// does (synchronous writes), but with the README's locking rules, as
// openBolt has for bolt: readers share the store (LevelDB's LOCK file
// locked shared), a writer has it alone, and an opener waits up to
// lockWait for the others before it fails with ErrLocked. With create, a
// missing or empty store is created with kvIndexes.
func openLevelDB(ctx context.Context, addr string, opts graph.Options, readOnly, create bool, r *stateRider) (graph.QuadStore, hkv.KV, error) {
	if _, err := os.Stat(filepath.Join(addr, levelDBMarker)); err == nil && !readOnly {
		// Look read-only first: opening another program's database to
		// write would already rewrite its log and journal.
		qs, _, err := openLevelDB(ctx, addr, opts, true, false, r)
		if err != nil && !errors.Is(err, graph.ErrNotInitialized) {
			return nil, nil, err
		}
		if qs != nil {
			qs.Close()
		}
	}
	deadline := time.Now().Add(lockWait)
	var ldb *hleveldb.DB
	for {
		var err error
		ldb, err = hleveldb.Open(addr, &opt.Options{ReadOnly: readOnly, ErrorIfMissing: !create})
		if err == nil {
			break
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, nil, err
		}
		if time.Now().After(deadline) {
			return nil, nil, ErrLocked
		}
		select {
		case <-ctx.Done():
			return nil, nil, ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
	ldb.SetWriteOptions(&opt.WriteOptions{Sync: true})
	db := flat.Upgrade(ldb)
	qs, err := newKV(db, opts, r)
	if errors.Is(err, graph.ErrNotInitialized) {
		err = initLevelDB(ctx, db, addr, opts, readOnly || !create)
		if err == nil {
			qs, err = newKV(db, opts, r)
		}
	}
	if err != nil {
		db.Close()
		return nil, nil, err
	}
	return qs, db, nil
}

// initLevelDB initialises an empty LevelDB store (new, or left so by an
// interrupted first open), and refuses one that holds another program's
// data. With refuse it only reports.
func initLevelDB(ctx context.Context, db hkv.KV, addr string, opts graph.Options, refuse bool) error {
	empty := true
	err := hkv.View(db, func(tx hkv.Tx) error {
		it := tx.Scan(nil)
		defer it.Close()
		empty = !it.Next(ctx)
		return it.Err()
	})
	switch {
	case err != nil:
		return err
	case !empty:
		return fmt.Errorf("%w: %s is a LevelDB database of another program (no Cayley metadata); kg will not write into it: give another --db", ErrNotStore, addr)
	case refuse:
		return graph.ErrNotInitialized
	}
	if err := kv.Init(db, opts); err != nil {
		return err
	}
	return writeLayout(ctx, db)
}

// Replaced reports whether the file of a bolt or LevelDB store (the bolt
// file, the LevelDB directory) has been deleted, or replaced by another
// (a store rebuilt under its path), since the store was opened: a
// long-running reader such as kg serve then serves data that is no longer
// there and should reopen the store. It costs one stat; it is false for
// other backends.
func (s *Store) Replaced() (bool, error) {
	if s.ident == nil {
		return false, nil
	}
	fi, err := os.Stat(storeFile(s.backend, s.addr))
	if errors.Is(err, os.ErrNotExist) {
		return true, nil
	}
	if err != nil {
		return false, fmt.Errorf("check store %q: %w", s.addr, err)
	}
	return !os.SameFile(fi, s.ident), nil
}
