package web

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/metrics"
	"sync"
	"time"
)

// Errors a query is stopped with when it passes one of the server's bounds.
var (
	// ErrQueryMemory: the heap grew past Config.QueryMemory while queries ran.
	ErrQueryMemory = errors.New("query stopped: it needed more memory than the server allows")
	// ErrResultSize: the results passed Config.MaxResult bytes.
	ErrResultSize = errors.New("query stopped: its results are larger than the server allows")
	// ErrBusy: no query slot came free before the query's timeout.
	ErrBusy = errors.New("too many queries running")
)

// watchEvery is how often the heap is sampled while queries run.
const watchEvery = 5 * time.Millisecond

// queryGuard bounds the queries that run at once and the memory they take.
// Go cannot tell which goroutine holds which bytes, so the bound is on the
// whole heap's growth over what it was (live, after the last collection)
// when the first of the running queries began: while queries run, a watcher
// samples the heap; above the bound it collects garbage and, if the heap is
// still above, stops the oldest running query (cancelling its context,
// which interrupts a Gizmo script's VM at its next instruction), waits for
// it to end, and checks again.
type queryGuard struct {
	slots chan struct{}
	limit uint64

	mu       sync.Mutex
	running  []*runningQuery // oldest first
	watching bool
	base     uint64 // live heap when the first running query started
	collect  bool   // a query was stopped: collect before measuring again
}

type runningQuery struct {
	cancel  context.CancelCauseFunc
	stopped time.Time // when the watcher stopped it; zero while it may run
}

func newQueryGuard(slots int, limit int64) *queryGuard {
	return &queryGuard{slots: make(chan struct{}, slots), limit: uint64(limit)}
}

// start waits for a query slot and registers a query. It returns the
// query's context (cancelled with ErrQueryMemory as its cause when the
// watcher stops it) and the function that ends it, or ErrBusy when ctx is
// done before a slot came free.
func (g *queryGuard) start(ctx context.Context) (context.Context, func(), error) {
	select {
	case g.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, nil, fmt.Errorf("%w (%d at most): try again later", ErrBusy, cap(g.slots))
	}
	qctx, cancel := context.WithCancelCause(ctx)
	q := &runningQuery{cancel: cancel}
	g.mu.Lock()
	if len(g.running) == 0 {
		if g.collect {
			// A query was stopped for its memory: collect what it left,
			// which its handler may have still held when it ended, so
			// that the heap is measured from without it.
			g.collect = false
			runtime.GC()
		}
		if g.base = heapLive(); g.base == 0 { // no collection yet
			g.base = heapObjects()
		}
	}
	g.running = append(g.running, q)
	if !g.watching {
		g.watching = true
		go g.watch()
	}
	g.mu.Unlock()
	done := func() {
		g.mu.Lock()
		for i, r := range g.running {
			if r == q {
				g.running = append(g.running[:i], g.running[i+1:]...)
				break
			}
		}
		if !q.stopped.IsZero() {
			g.collect = true
		}
		g.mu.Unlock()
		cancel(nil)
		<-g.slots
	}
	return qctx, done, nil
}

// watch samples the heap until no query runs.
func (g *queryGuard) watch() {
	tick := time.NewTicker(watchEvery)
	defer tick.Stop()
	for range tick.C {
		g.mu.Lock()
		if len(g.running) == 0 {
			g.watching = false
			g.mu.Unlock()
			return
		}
		waiting := false
		for _, r := range g.running {
			// A stopped query is given a moment to end and free its memory.
			if !r.stopped.IsZero() && time.Since(r.stopped) < 250*time.Millisecond {
				waiting = true
			}
		}
		// The live heap drops when what an earlier query left is collected.
		if live := heapLive(); live > 0 && live < g.base {
			g.base = live
		}
		base := g.base
		g.mu.Unlock()
		if waiting || heapObjects() <= base+g.limit {
			continue
		}
		runtime.GC() // what is over the bound may be garbage
		if heapObjects() <= base+g.limit {
			continue
		}
		g.mu.Lock()
		for _, r := range g.running {
			if r.stopped.IsZero() {
				r.stopped = time.Now()
				r.cancel(fmt.Errorf("%w: the server's heap grew by more than %s while it ran (--query-memory)", ErrQueryMemory, mib(g.limit)))
				break
			}
		}
		g.mu.Unlock()
	}
}

func mib(n uint64) string {
	if n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// heapObjects is the bytes of heap objects, live or not yet swept.
func heapObjects() uint64 { return readMetric("/memory/classes/heap/objects:bytes") }

// heapLive is the live heap as of the last collection.
func heapLive() uint64 { return readMetric("/gc/heap/live:bytes") }

func readMetric(name string) uint64 {
	s := []metrics.Sample{{Name: name}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}
