package graph

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/graph"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// lockWait is how long opening a bolt store waits for another process
// (a running kg serve or build) to let go of its file lock.
const lockWait = 2 * time.Second

// ErrLocked is returned when another process holds a bolt store open: a
// writer waits for every reader and a reader for a writer.
var ErrLocked = errors.New("store is locked by another kg process: one that writes (build, import, remove, serve --writable) excludes all others; readers (query, serve, export, stats) share it")

// mapAhead is how much address space a bolt store maps when it opens (on
// 64-bit systems): bolt otherwise maps the file anew each time it grows
// past the mapping (by doubling up to 1 GB, then 1 GB at a time), and each
// remap first copies every node the write transaction holds out of the
// old mapping, faulting their pages back in while the trimmer waits on
// bolt's map lock: a 100k-article build's resident mapped pages went from
// ~150 MiB to 330 MiB at the 4 GB remap and to 500 MiB at a later one.
// The address space costs nothing until a page is read (and is released
// with the store); stores are far smaller than this.
const mapAhead = 1 << 40

// openBolt opens a bolt store as Cayley's kv/bolt registration does (same
// file, same sync settings), but keeps the *bolt.DB: Cayley's own open has
// no lock timeout (a second kg would hang) and hides the memory map that
// releaseMapped trims; and it maps mapAhead bytes up front. readOnly opens
// the file shared, with other readers. ahead reports whether the file is
// mapped mapAhead bytes: no remap happens then, and the mapping is far
// larger than the file.
func openBolt(addr string, opts graph.Options, readOnly bool, r *stateRider) (qs graph.QuadStore, kvdb hkv.KV, ahead bool, err error) {
	file := filepath.Join(addr, boltFile)
	if fi, err := os.Stat(file); readOnly && err == nil && fi.Size() == 0 {
		// bolt would try to initialise it, fail (read-only) and keep its
		// lock on the file for as long as the process lives.
		return nil, nil, false, graph.ErrNotInitialized
	}
	bo := &bolt.Options{Timeout: lockWait, ReadOnly: readOnly}
	if strconv.IntSize == 64 {
		bo.InitialMmapSize = mapAhead
	}
	db, err := hbolt.Open(file, bo)
	if errors.Is(err, syscall.ENOMEM) && bo.InitialMmapSize > 0 {
		// An address-space limit (ulimit -v) refuses the mapping: map as
		// bolt does by default.
		bo.InitialMmapSize = 0
		db, err = hbolt.Open(file, bo)
	}
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, nil, false, ErrLocked
	}
	if err != nil {
		return nil, nil, false, err
	}
	if !readOnly {
		pageWrites(db.DB()) // false leaves bolt's own writes, which work as well
	}
	qs, err = newKV(db, opts, r)
	if errors.Is(err, graph.ErrNotInitialized) {
		if ferr := foreignBolt(db.DB(), file); ferr != nil {
			err = ferr
		}
	}
	if err != nil {
		db.Close()
		return nil, nil, false, err
	}
	return qs, db, bo.InitialMmapSize == mapAhead, nil
}

// residentBudget is how much of a bolt store's memory-mapped file a writing
// kg keeps in its resident set. bolt reads through a read-only shared
// mapping of the whole file, so every page a load touches stays counted in
// the process's RSS until it is unmapped: building 10k articles reached
// 1.3 GiB, of which 850 MiB was the mapping. The pages belong to the
// kernel's page cache either way; above the budget, releaseMapped drops
// them from the process's page tables (they stay cached, and the next read
// of one is a minor fault), so a build's RSS stays flat however large the
// store grows. Each drop costs the pages read again after it (a fault per
// 64 KiB): with 128 MiB a 100k-article build spent ~20 % of its CPU faulting
// and unmapping; with 256 MiB it took 19 m 37 s against 24 m 36 s, peak RSS
// 929 against 769 MiB (Go's heap is capped at 448 MiB). BENCHMARKS.md has
// the figures.
const residentBudget = 256 << 20

// residentEvery is how many quads a pass over the whole store reads
// between checks of the budget.
const residentEvery = 1 << 16

// trimEvery is how often a writable bolt store checks its resident mapped
// pages: one transaction of a build reads hundreds of megabytes of the
// store's pages, so checking only between transactions is not enough. Late
// in a 100k-article build the mapped pages grew by 4–25 MB a millisecond
// (each page fault maps the kernel's fault-around window, 64 KiB, not one
// page): checked every 20 ms they reached 300–600 MiB between checks, and
// the build's peak RSS passed 1 GiB. A check reads /proc/self/statm (a few
// microseconds); the pages dropped, and so faulted again, are the same
// whatever the period, since a drop happens only above the budget.
const trimEvery = 5 * time.Millisecond

// startTrimmer keeps a writable bolt store's mapped pages within
// residentBudget until stopTrimmer. It runs beside the writer: a bolt read
// transaction may overlap a write transaction, and releaseMapped holds one
// only for the madvise.
func (s *Store) startTrimmer() {
	s.trimStop, s.trimDone = make(chan struct{}), make(chan struct{})
	go func() {
		defer close(s.trimDone)
		t := time.NewTicker(trimEvery)
		defer t.Stop()
		for {
			select {
			case <-s.trimStop:
				return
			case <-t.C:
				// Only during bulk work or while writes go on: a store that
				// is only queried keeps its pages (trimming them would slow
				// the queries).
				if s.bulk.Load() > 0 || s.writing.Load() > 0 || s.wrote.Swap(false) {
					// A failure is harmless (the pages stay resident); a
					// failing store shows it on the writer's next write.
					_ = s.boundResident()
				}
			}
		}
	}()
}

// Bulk tells a writable store that bulk work (a build, an import) runs
// until the returned function is called: its reads between writes (a
// resumed build looks up every stored article first) map store pages as
// fast as its writes, so the trimmer bounds them too.
func (s *Store) Bulk() (done func()) {
	s.bulk.Add(1)
	return func() { s.bulk.Add(-1) }
}

// writeBegins and writeEnds bracket a write transaction for the trimmer.
func (s *Store) writeBegins() { s.writing.Add(1) }
func (s *Store) writeEnds() {
	s.wrote.Store(true)
	s.writing.Add(-1)
}

// stopTrimmer ends startTrimmer's goroutine and waits for it.
func (s *Store) stopTrimmer() {
	if s.trimStop != nil {
		close(s.trimStop)
		<-s.trimDone
		s.trimStop = nil
	}
}

// boundResident keeps a bolt store's mapped pages within residentBudget. It
// is called by a writable store's trimmer, after write transactions, and
// every residentEvery quads of a pass over the whole store (export, stats,
// fingerprints). It must not be called while the calling goroutine holds a
// bolt transaction open (a quad iterator does): a remap waiting for that
// transaction would block its read transaction for ever.
func (s *Store) boundResident() error {
	if s.bolt == nil {
		return nil
	}
	if n, ok := residentFileBytes(); !ok || n < residentBudget {
		return nil
	}
	return s.releaseMapped()
}

// trimInTx keeps the mapped pages within residentBudget from inside an
// open transaction (a scan of the state, a write transaction of Cayley's),
// during bulk work or writes as the trimmer does. Only a store mapped ahead
// is trimmed here: its mapping never moves (no remap happens) and is far
// larger than the file, so the range advised, the file's size read from the
// file, lies inside it (bolt may grow a file past a mapping of its own
// size). Another read transaction (releaseMapped's) may not be opened here,
// since a remap waiting for the open one would block it.
func (s *Store) trimInTx() {
	if s.bolt == nil || !s.mappedAhead || (s.bulk.Load() == 0 && s.writing.Load() == 0) {
		return
	}
	if n, ok := residentFileBytes(); !ok || n < residentBudget {
		return
	}
	fi, err := os.Stat(s.bolt.Path())
	if err != nil || fi.Size() >= mapAhead {
		return
	}
	_ = dropPages(s.bolt.Info().Data, uintptr(fi.Size())) // a failure leaves the pages resident
}

// releaseMapped drops the store's mapped pages from the resident set. It
// holds a read transaction, which keeps bolt from remapping the file
// meanwhile (a remap takes the map lock exclusively), so the range advised
// is bolt's live mapping.
func (s *Store) releaseMapped() error {
	return s.bolt.View(func(tx *bolt.Tx) error {
		if err := dropPages(s.bolt.Info().Data, uintptr(tx.Size())); err != nil {
			return fmt.Errorf("release mapped pages: %w", err)
		}
		return nil
	})
}
