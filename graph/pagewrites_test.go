package graph

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/boltdb/bolt"
)

// TestPageWrites: after pageWrites, every write bolt makes is at most a
// page, and a value of many pages still reads back whole after the file
// is closed and opened again.
func TestPageWrites(t *testing.T) {
	file := filepath.Join(t.TempDir(), "test.bolt")
	db, err := bolt.Open(file, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	var sizes []int
	if !swapWriteAt(db, func(orig writeAt) writeAt {
		return func(b []byte, off int64) (int, error) {
			sizes = append(sizes, len(b))
			return orig(b, off)
		}
	}) {
		t.Fatal("swapWriteAt found no write function in bolt.DB")
	}
	if !pageWrites(db) {
		t.Fatal("pageWrites reported false")
	}
	page := os.Getpagesize()
	big := bytes.Repeat([]byte("0123456789abcdef"), 10*page/16+3) // ten pages and a bit
	err = db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists([]byte("b"))
		if err != nil {
			return err
		}
		return b.Put([]byte("big"), big)
	})
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, n := range sizes {
		if n > page {
			t.Errorf("bolt wrote %d bytes in one call; want at most %d", n, page)
		}
		total += n
	}
	if total <= len(big) {
		t.Errorf("bolt wrote %d bytes in all for a value of %d", total, len(big))
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db, err = bolt.Open(file, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.View(func(tx *bolt.Tx) error {
		if got := tx.Bucket([]byte("b")).Get([]byte("big")); !bytes.Equal(got, big) {
			t.Errorf("value read back: %d bytes, want the %d written", len(got), len(big))
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}
