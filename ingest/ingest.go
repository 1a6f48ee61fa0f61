package ingest

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"sync"
	"time"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/source"
)

// Extractor is what Build needs of the extraction stage; *extract.Extractor
// satisfies it.
type Extractor interface {
	Extract(ctx context.Context, doc *kg.Document) (*kg.Result, error)
}

// Options tune Build.
type Options struct {
	// Workers is how many documents are extracted at once; runtime.NumCPU()
	// when <= 0.
	Workers int
	// Published is used as the publication date of documents that carry
	// none of their own; zero leaves them undated.
	Published time.Time
	// Version identifies the extractor, so that a new extractor rebuilds
	// articles whose text did not change.
	Version string
	// Progress, if set, is called from Build's goroutine after each document.
	Progress func(Progress)
	// Link, if set, is the store's Linker for this build (graph.Store.Link,
	// extract.Links): entities are linked across every article the store
	// holds, whatever the order or the runs in which they were built.
	Link graph.Linker
	// ResolveEvery is how many staged articles start a round of linking
	// and writing while the build goes on; resolveEvery when <= 0.
	ResolveEvery int
}

// LinkGroup is how many consecutive input documents kg extract and kg eval,
// which write no store, link at once (extract.Canonicalize): enough for a
// folder of articles on one story, few enough to stream. kg build links
// across the whole store instead.
const LinkGroup = 64

// Progress is the state of a running Build.
type Progress struct {
	Docs  int   // documents finished (written, unchanged or failed)
	Bytes int64 // bytes of text in them
}

// Summary is what Build did.
type Summary struct {
	Docs      int           `json:"documents"` // documents read
	Added     int           `json:"added"`
	Replaced  int           `json:"replaced"`
	Unchanged int           `json:"unchanged"`
	Failed    int           `json:"failed"`   // inputs or documents that could not be processed
	NotRead   int           `json:"not_read"` // inputs passed over with nothing lost (source.InputError.Note)
	Entities  int           `json:"entities"`
	Facts     int           `json:"facts"`
	Quads     int           `json:"quads"`    // quads written
	Relinked  int           `json:"relinked"` // stored articles rewritten because their entities now resolve differently
	Bytes     int64         `json:"bytes"`
	Elapsed   time.Duration `json:"elapsed_ns"`
	Errors    []error       `json:"-"`           // one per failed input, naming it
	Notes     []error       `json:"-"`           // one per input not read, naming it
	Stopped   bool          `json:"interrupted"` // ctx was done before the end
}

// job is one document (or input error) in input order.
type job struct {
	seq  int
	doc  *kg.Document
	fp   string
	err  error
	res  *kg.Result
	skip bool // stored with the same fingerprint
}

// Build reads docs, extracts them on opt.Workers goroutines and writes each
// article to st in its own transaction, in input order, so that the graph is
// the same whatever the number of workers. Articles already stored from the
// same input are skipped without being extracted. Memory stays bounded: at
// most a few documents per worker are in flight. Input and extraction
// errors are collected in the Summary and the build goes on; an error is
// returned only when the store fails or ctx is done (then every article
// written is complete, and a rerun adds the rest). When ctx is done Build
// returns without waiting for the extractions in progress, which finish
// in the background and are dropped. A document ID met twice is an error
// for the second document; the first is kept.
func Build(parent context.Context, ex Extractor, st *graph.Store, docs iter.Seq2[*kg.Document, error], opt Options) (*Summary, error) {
	start := time.Now()
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	if err := st.CheckModel(parent); err != nil {
		return nil, err
	}
	defer st.Bulk()()
	stored, err := st.FingerprintLookup(parent)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(parent)
	defer cancel()

	inflight := make(chan struct{}, 4*workers) // bounds documents held in memory
	jobs := make(chan *job, workers)
	done := make(chan *job, 4*workers)

	go func() { // reader
		defer close(jobs)
		seq := 0
		ids := map[string]string{} // document ID -> where it was read
		for doc, err := range docs {
			select {
			case inflight <- struct{}{}:
			case <-ctx.Done():
				return
			}
			j := &job{seq: seq, doc: doc, err: err}
			seq++
			if doc != nil {
				if first, ok := ids[doc.ID]; ok {
					// source.Read reports these itself; other inputs may not.
					j.doc, j.err = nil, fmt.Errorf("%s: id %q is already used by %s", doc.Source, doc.ID, first)
					doc = nil
				} else {
					ids[doc.ID] = doc.Source
				}
			}
			if doc != nil {
				if doc.Published.IsZero() {
					doc.PublishedDefault = opt.Published // a dateline in the text wins over it
				}
				j.fp = fingerprint(doc, opt.Version)
				// A failed lookup only costs an extraction: the writer
				// compares fingerprints again before it writes.
				fp, err := stored(ctx, doc.ID)
				j.skip = err == nil && fp == j.fp
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
		}
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				var j *job
				select {
				case j = <-jobs:
				case <-ctx.Done():
					// Do not wait for the reader: it may be parsing a
					// large page, and it stops by itself when it sees ctx.
					return
				}
				if j == nil {
					return // jobs closed
				}
				if j.err == nil && !j.skip {
					j.res, j.err = extractOrStop(ctx, ex, j.doc)
				}
				done <- j
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	sum := &Summary{}
	pending := map[int]*job{}
	next := 0
	var werr error
	if opt.Link != nil {
		st.Link = opt.Link
	}
	// The resolver writes staged articles to the graph while the build
	// goes on: linking needs the whole store, so each round links every
	// article staged so far, and the last round, after the last article
	// is staged, leaves the graph as one build of the final set writes it.
	kick := make(chan struct{}, 1)
	resolved := make(chan struct{})
	var rsum graph.ResolveSummary
	var rerr error
	go func() {
		defer close(resolved)
		for range kick {
			if rerr != nil {
				continue
			}
			rs, err := st.Resolve(ctx)
			rsum.Quads += rs.Quads
			rsum.Relinked += rs.Relinked
			if err != nil && ctx.Err() == nil {
				rerr = err
				cancel()
			}
		}
	}()
	w := &writer{st: st, sum: sum, kick: kick, every: opt.ResolveEvery}
	if w.every <= 0 {
		w.every = resolveEvery
	}
	report := func() {
		if opt.Progress != nil {
			opt.Progress(Progress{Docs: sum.Docs + sum.Failed, Bytes: sum.Bytes})
		}
	}
	// Stage when the batch is full, or when its first article has waited
	// stageWait: each staging is a transaction (two syncs of the file),
	// and staging a few articles at a time, as they came, took a sixth of
	// a 10k-article build.
	tick := time.NewTicker(stageWait)
	defer tick.Stop()
	for open := true; open; {
		select {
		case j, ok := <-done:
			if !ok {
				open = false
				break
			}
			pending[j.seq] = j
			for {
				j, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				if werr == nil && ctx.Err() == nil {
					werr = w.add(ctx, j)
				}
				<-inflight
			}
			if werr == nil && len(w.batch) >= batchArticles {
				werr = w.flush(ctx)
			}
		case <-tick.C:
			if werr == nil && len(w.batch) > 0 && time.Since(w.first) >= stageWait {
				werr = w.flush(ctx)
			}
			report()
		}
		if werr != nil {
			cancel()
		}
	}
	if werr == nil {
		// Articles extracted before an interrupt are complete: keep them.
		werr = w.flush(context.WithoutCancel(ctx))
		report()
	}
	close(kick)
	<-resolved
	if werr == nil {
		werr = rerr
	}
	if werr == nil && parent.Err() == nil {
		// The last round: every staged article written, linked with the
		// rest of the store. Interrupted, it leaves the remainder staged
		// for the next build.
		rs, err := st.Resolve(parent)
		rsum.Quads += rs.Quads
		rsum.Relinked += rs.Relinked
		if err != nil && parent.Err() == nil {
			werr = err
		}
	}
	sum.Quads += rsum.Quads
	sum.Relinked = rsum.Relinked
	sum.Elapsed = time.Since(start)
	if werr != nil {
		return sum, werr
	}
	if err := parent.Err(); err != nil {
		sum.Stopped = true
		return sum, err
	}
	return sum, nil
}

// fingerprint identifies what the graph shows of doc. An article without
// a URL shows the input it was read from (doc.Source) as its schema:url
// (VOCABULARY.md), so for those the input is part of the fingerprint: the
// same text read from another path or another line of a JSON Lines file
// is a changed article, rewritten with its new schema:url, and the graph
// stays the one a single build of the inputs as last read gives.
func fingerprint(doc *kg.Document, version string) string {
	if doc.URL == "" && doc.Source != "" {
		version += "\x00source " + doc.Source
	}
	return graph.Fingerprint(doc, version)
}

// extractOrStop extracts doc, or returns ctx.Err() as soon as ctx is done
// even while the extraction goes on: prose checks no context, and a long
// article can take minutes, so a build that waited would not stop on
// Ctrl-C. The abandoned extraction runs to its end in the background and
// its result is dropped.
func extractOrStop(ctx context.Context, ex Extractor, doc *kg.Document) (*kg.Result, error) {
	type out struct {
		res *kg.Result
		err error
	}
	ch := make(chan out, 1)
	go func() {
		res, err := ex.Extract(ctx, doc)
		ch <- out{res, err}
	}()
	select {
	case o := <-ch:
		return o.res, o.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// batchArticles is the most new articles staged in one transaction, and
// stageWait the longest an extracted article waits to be staged.
const (
	batchArticles = 256
	stageWait     = time.Second
)

// writer groups extracted articles into batches for Store.PutArticles.
type writer struct {
	st     *graph.Store
	sum    *Summary
	batch  []*job
	first  time.Time     // when the batch's first article came
	kick   chan struct{} // starts a resolver round
	every  int           // staged articles per round, at least
	staged int           // articles staged since the last kick
	total  int           // articles staged before it
}

// resolveEvery is how many staged articles start a resolver round during a
// build, at least (a round that is still running is not interrupted: the
// next one starts when it ends).
const resolveEvery = 1024

func (w *writer) add(ctx context.Context, j *job) error {
	sum := w.sum
	if j.err != nil {
		if errors.Is(j.err, context.Canceled) || errors.Is(j.err, context.DeadlineExceeded) {
			return nil // the build is stopping; the document was not processed
		}
		if ie := (*source.InputError)(nil); errors.As(j.err, &ie) && ie.Note {
			sum.NotRead++
			sum.Notes = append(sum.Notes, j.err)
			return nil
		}
		sum.Failed++
		sum.Errors = append(sum.Errors, j.err)
		return nil
	}
	sum.Docs++
	sum.Bytes += int64(len(j.doc.Text))
	if j.skip {
		sum.Unchanged++
		return nil
	}
	if len(w.batch) == 0 {
		w.first = time.Now()
	}
	w.batch = append(w.batch, j)
	return nil
}

func (w *writer) flush(ctx context.Context) error {
	if len(w.batch) == 0 {
		return nil
	}
	arts := make([]graph.Article, len(w.batch))
	for i, j := range w.batch {
		arts[i] = graph.Article{Result: j.res, Fingerprint: j.fp}
	}
	outs, err := w.st.Stage(ctx, arts)
	if err != nil {
		return err
	}
	sum := w.sum
	for i, out := range outs {
		switch out {
		case graph.Added:
			sum.Added++
		case graph.Replaced:
			sum.Replaced++
		case graph.Unchanged:
			sum.Unchanged++
		}
		sum.Entities += len(w.batch[i].res.Entities)
		sum.Facts += len(w.batch[i].res.Triples)
		if out != graph.Unchanged {
			w.staged++
		}
	}
	w.batch = w.batch[:0]
	// Rounds grow with the build (a quarter of what it staged so far):
	// each one reads every stored article's link summary, so a large build
	// runs a few dozen of them rather than one per thousand articles.
	if w.staged >= max(w.every, w.total/4) {
		w.total += w.staged
		w.staged = 0
		select {
		case w.kick <- struct{}{}:
		default: // a round is already waiting
		}
	}
	return nil
}
