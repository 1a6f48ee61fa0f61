package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/boltdb/bolt"
)

// TestReleaseMappedKeepsData drops a bolt store's mapped pages from the
// resident set and checks that the resident set shrank and that every quad
// reads back the same.
func TestReleaseMappedKeepsData(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("resident pages are trimmed on Linux only")
	}
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "kg.db")
	s, err := Open(ctx, Bolt, dir, false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var nq strings.Builder
	for i := 0; i < 16000; i++ { // ~9 MB mapped by an export
		fmt.Fprintf(&nq, "<urn:t:s%d> <urn:t:p%d> \"value %d of a test quad\" <urn:t:l%d> .\n", i, i%7, i, i%100)
	}
	if _, err := s.Import(ctx, strings.NewReader(nq.String()), "test", testBatch); err != nil {
		t.Fatal(err)
	}
	// Release what the import mapped, then read the whole store back
	// (mapping its pages) and release again: the second release must give
	// back most of what the export mapped.
	if err := s.releaseMapped(); err != nil {
		t.Fatal(err)
	}
	r0, ok := residentFileBytes()
	if !ok {
		t.Fatal("no /proc/self/statm")
	}
	var before bytes.Buffer
	if _, err := s.Export(ctx, &before); err != nil {
		t.Fatal(err)
	}
	r1, _ := residentFileBytes()
	if err := s.releaseMapped(); err != nil {
		t.Fatal(err)
	}
	r2, _ := residentFileBytes()
	t.Logf("resident file-backed: %d KiB, after export %d KiB, after release %d KiB", r0>>10, r1>>10, r2>>10)
	if r1-r0 < 4<<20 {
		t.Fatalf("exporting 16k quads mapped only %d bytes", r1-r0)
	}
	if r2-r0 > (r1-r0)/4 {
		t.Errorf("release kept %d of the %d bytes the export mapped", r2-r0, r1-r0)
	}
	var after bytes.Buffer
	if _, err := s.Export(ctx, &after); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before.Bytes(), after.Bytes()) {
		t.Error("the store reads back differently after its pages were released")
	}
	// Writes after a release land and read back.
	if _, err := s.Import(ctx, strings.NewReader("<urn:t:new> <urn:t:p> \"after\" <urn:t:l> .\n"), "test", 0); err != nil {
		t.Fatal(err)
	}
	if err := s.releaseMapped(); err != nil {
		t.Fatal(err)
	}
	var last bytes.Buffer
	if _, err := s.Export(ctx, &last); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(last.String(), `"after"`) || last.Len() <= after.Len() {
		t.Error("quad written after a release is missing")
	}
}

// TestOpenLockedStore checks that a bolt store held by another opener
// fails with ErrLocked instead of waiting for ever.
func TestOpenLockedStore(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "kg.db")
	s, err := Open(ctx, Bolt, dir, false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, mustExist := range []bool{false, true} {
		_, err := Open(ctx, Bolt, dir, mustExist)
		if !errors.Is(err, ErrLocked) {
			t.Errorf("second open (mustExist=%v): %v, want ErrLocked", mustExist, err)
		}
	}
}

// TestReadersShareStore checks that read-only opens share a bolt store,
// that a writer is refused while they hold it, and that a read-only store
// refuses writes.
func TestReadersShareStore(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "kg.db")
	w, err := Open(ctx, Bolt, dir, false)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Import(ctx, strings.NewReader("<urn:t:a> <urn:t:p> \"x\" <urn:t:l> .\n"), "test", 0); err != nil {
		t.Fatal(err)
	}
	w.Close()
	r1, err := OpenReadOnly(ctx, Bolt, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer r1.Close()
	r2, err := OpenReadOnly(ctx, Bolt, dir)
	if err != nil {
		t.Fatalf("second reader: %v", err)
	}
	defer r2.Close()
	for _, r := range []*Store{r1, r2} {
		var b bytes.Buffer
		if n, err := r.Export(ctx, &b); err != nil || n != 1 {
			t.Errorf("reader export = %d quads, %v; want 1", n, err)
		}
	}
	if _, err := Open(ctx, Bolt, dir, true); !errors.Is(err, ErrLocked) {
		t.Errorf("writer open beside readers: %v, want ErrLocked", err)
	}
	if _, err := r1.Import(ctx, strings.NewReader("<urn:t:b> <urn:t:p> \"y\" <urn:t:l> .\n"), "test", 0); err == nil {
		t.Error("a read-only store accepted a write")
	}
	if _, err := OpenReadOnly(ctx, Bolt, filepath.Join(t.TempDir(), "missing.db")); err == nil {
		t.Error("read-only open of a missing store succeeded")
	}
}

// TestOpenUninitialisedBoltFile checks that an empty bolt file (left by an
// interrupted first open) is initialised by a writer and refused by a
// reader with an error, not a hang or a crash.
func TestOpenUninitialisedBoltFile(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "kg.db")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "indexes.bolt"), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenReadOnly(ctx, Bolt, dir); err == nil {
		t.Error("read-only open of an uninitialised store succeeded")
	}
	s, err := Open(ctx, Bolt, dir, false)
	if err != nil {
		t.Fatalf("writer open of an uninitialised store: %v", err)
	}
	defer s.Close()
	if _, err := s.Import(ctx, strings.NewReader("<urn:t:a> <urn:t:p> \"x\" <urn:t:l> .\n"), "test", 0); err != nil {
		t.Fatal(err)
	}
}

// TestBoltMapsAhead checks that a bolt store is not remapped as it grows:
// a remap copies the write transaction's nodes out of the old mapping with
// the trimmer locked out (openBolt, mapAhead).
func TestBoltMapsAhead(t *testing.T) {
	if strconv.IntSize != 64 {
		t.Skip("bolt maps ahead on 64-bit systems only")
	}
	ctx := context.Background()
	s, err := Open(ctx, Bolt, filepath.Join(t.TempDir(), "kg.db"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	before := s.bolt.Info().Data
	var nq strings.Builder
	for i := 0; i < 6000; i++ {
		fmt.Fprintf(&nq, "<urn:t:s%d> <urn:t:p%d> \"value %d of a test quad\" <urn:t:l%d> .\n", i, i%7, i, i%100)
	}
	if _, err := s.Import(ctx, strings.NewReader(nq.String()), "test", testBatch); err != nil {
		t.Fatal(err)
	}
	var size int64
	if err := s.bolt.View(func(tx *bolt.Tx) error { size = tx.Size(); return nil }); err != nil {
		t.Fatal(err)
	}
	if size < 1<<20 { // bolt would remap at 32 KB, 64 KB, … 1 MB
		t.Fatalf("the store grew to %d bytes only: too small to test", size)
	}
	if after := s.bolt.Info().Data; after != before {
		t.Errorf("the store was remapped (mapping moved from %#x to %#x) as it grew to %d MB", before, after, size>>20)
	}
}

// testBatch is the import transaction size of the tests that fill a bolt
// store: one transaction of 20,000 new nodes spends most of a minute
// moving keys within bolt's one growing leaf of node counts (an insert
// shifts half of it), a thousand small ones about a second.
const testBatch = 1000
