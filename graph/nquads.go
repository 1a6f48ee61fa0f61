package graph

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// Export streams every quad in the store to w as W3C N-Quads, one per line,
// labels kept. Memory use does not grow with the store. It returns the
// number of quads written.
func (s *Store) Export(ctx context.Context, w io.Writer) (int, error) {
	qw := nquads.NewWriter(w)
	n := 0
	err := s.eachQuadOf(ctx, func(q quad.Quad) error {
		if err := qw.WriteQuad(q); err != nil {
			return err
		}
		n++
		return nil
	})
	if err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	if err := qw.Close(); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	return n, nil
}

// ImportBatch is how many quads Import writes per transaction: importing
// 1.1M quads into bolt took 33.3 s in transactions of 10,000 and 26.6 s
// in transactions of 50,000 (BENCHMARKS.md).
const ImportBatch = 50000

// Import reads N-Quads from r and adds them in transactions of batch quads
// (ImportBatch when batch <= 0), with memory bounded by the batch. Quads
// already stored, or read twice, are skipped, so that importing a file
// again (a rerun after an interruption, or the store's own export) changes
// nothing. Lines that are not RDF in N-Quads (ParseNQuad: literal or
// relative subjects, predicates that are not IRIs, invalid UTF-8, …) are
// skipped and reported in an *ImportError naming the input and line; the
// rest is imported. It returns the number of
// quads read and added.
func (s *Store) Import(ctx context.Context, r io.Reader, name string, batch int) (ImportCount, error) {
	if batch <= 0 {
		batch = ImportBatch
	}
	if err := s.forgetCounts(ctx); err != nil {
		return ImportCount{}, fmt.Errorf("import %s: %w", name, err)
	}
	defer s.Bulk()()
	br := bufio.NewReaderSize(r, 1<<16)
	buf := make([]quad.Quad, 0, batch)
	var n ImportCount
	line := 0
	var bad []error
	flush := func() error {
		if len(buf) == 0 {
			return nil
		}
		fresh, err := s.newQuads(ctx, buf)
		if err != nil {
			return fmt.Errorf("import %s: %w", name, err)
		}
		if len(fresh) > 0 {
			tx := graph.NewTransaction()
			for _, q := range fresh {
				tx.AddQuad(q)
			}
			s.writeBegins()
			err = s.qs.ApplyDeltas(tx.Deltas, graph.IgnoreOpts{IgnoreDup: true})
			s.writeEnds()
			if err != nil {
				return fmt.Errorf("import %s: %w", name, err)
			}
		}
		if err := s.boundResident(); err != nil {
			return fmt.Errorf("import %s: %w", name, err)
		}
		n.Read += len(buf)
		n.Added += len(fresh)
		buf = buf[:0]
		return ctx.Err()
	}
	for {
		text, err := br.ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return n, fmt.Errorf("import %s: %w", name, err)
		}
		if text == "" && err != nil {
			break
		}
		line++
		if t := strings.Trim(text, " \t\r\n"); t != "" && t[0] != '#' {
			q, perr := ParseNQuad(t)
			if perr != nil {
				bad = append(bad, fmt.Errorf("%s:%d: %w", name, line, perr))
			} else {
				buf = append(buf, q)
			}
			if len(buf) == batch {
				if err := flush(); err != nil {
					return n, err
				}
			}
		}
		if err != nil {
			break
		}
	}
	if err := flush(); err != nil {
		return n, err
	}
	if len(bad) > 0 {
		return n, &ImportError{Skipped: bad}
	}
	return n, nil
}

// AddQuads adds the quads not already stored, each once, in one
// transaction, and returns how many it added. It is the safe way for any
// other writer (an HTTP write endpoint) to add quads: Cayley's own writers,
// given a quad already stored, leave its nodes' reference counts too high
// (see newQuads).
func (s *Store) AddQuads(ctx context.Context, qs []quad.Quad) (int, error) {
	for _, q := range qs {
		if !q.IsValid() {
			return 0, fmt.Errorf("add quads: incomplete quad %s", q.NQuad())
		}
	}
	fresh, err := s.newQuads(ctx, qs)
	if err != nil {
		return 0, fmt.Errorf("add quads: %w", err)
	}
	if len(fresh) > 0 {
		if err := s.forgetCounts(ctx); err != nil {
			return 0, fmt.Errorf("add quads: %w", err)
		}
	}
	if err := s.apply(fresh, nil); err != nil {
		return 0, fmt.Errorf("add quads: %w", err)
	}
	return len(fresh), nil
}

// newQuads drops from qs the quads already stored and the repeats within
// qs. They must not reach the store: Cayley v0.7.7's key-value and SQL
// stores raise the reference counts of a quad's nodes before they find it
// a duplicate (IgnoreDup skips the quad but keeps the counts), and a node
// whose count never returns to zero outlives the last quad that uses it,
// so that removing every article left nodes (and their text) behind.
func (s *Store) newQuads(ctx context.Context, qs []quad.Quad) ([]quad.Quad, error) {
	out := qs[:0:0]
	seen := make(map[quad.Quad]bool, len(qs))
	for _, q := range qs {
		if seen[q] {
			continue
		}
		seen[q] = true
		stored, err := s.stored(ctx, q)
		if err != nil {
			return nil, err
		}
		if !stored {
			out = append(out, q)
		}
	}
	return out, nil
}

// stored reports whether the store holds q, label included. A quad with a
// value the store has never seen is not stored; otherwise it is one lookup
// in the label-first index of a key-value store.
func (s *Store) stored(ctx context.Context, q quad.Quad) (bool, error) {
	var sh shape.Quads
	filter := map[quad.Direction]graph.Ref{}
	for _, d := range quad.Directions {
		v := q.Get(d)
		if v == nil {
			continue
		}
		ref := s.qs.ValueOf(v)
		if ref == nil {
			return false, nil
		}
		filter[d] = ref
		sh = append(sh, shape.QuadFilter{Dir: d, Values: shape.Fixed{ref}})
	}
	var it graph.Iterator
	if o, ok := s.qs.(shape.Optimizer); ok {
		if opt, ok := o.OptimizeShape(shape.QuadsAction{Filter: filter}); ok {
			if nf, ok := opt.(shape.NodesFrom); ok {
				it = shape.BuildIterator(s.qs, nf.Quads)
			}
		}
	}
	if it == nil {
		it = shape.BuildIterator(s.qs, sh)
	}
	defer it.Close()
	for it.Next(ctx) {
		if q.Label != nil || s.qs.Quad(it.Result()).Label == nil {
			return true, nil
		}
	}
	return false, it.Err()
}

// ImportCount is what Import did: the well-formed quads it read, and how
// many of them it added (the others were stored already, or read twice).
type ImportCount struct {
	Read, Added int
}

// ImportError reports the lines Import skipped as malformed or not RDF;
// every other line was imported.
type ImportError struct {
	Skipped []error // one per malformed line, naming the input and line
}

func (e *ImportError) Error() string {
	msg := fmt.Sprintf("%d malformed line(s) skipped", len(e.Skipped))
	for i, err := range e.Skipped {
		if i == 10 {
			msg += fmt.Sprintf("\n\t… and %d more", len(e.Skipped)-10)
			break
		}
		msg += "\n\t" + err.Error()
	}
	return msg
}

// QuadWriter returns a Cayley quad writer over the store for clients that
// write quads themselves (Cayley's HTTP write endpoints under kg serve
// --writable). Quads already stored, or repeated, are passed over as
// AddQuads does; Cayley's own writer would raise their nodes' reference
// counts, so that removing the quads later left the nodes behind. Removing
// a quad that is not stored is not an error.
func (s *Store) QuadWriter() (graph.QuadWriter, error) {
	qw, err := graph.NewQuadWriter("single", s.qs, graph.Options{"ignore_duplicate": true, "ignore_missing": true})
	if err != nil {
		return nil, fmt.Errorf("quad writer: %w", err)
	}
	return &idempotentWriter{QuadWriter: qw, st: s}, nil
}

// idempotentWriter is Cayley's writer with adds filtered through AddQuads.
type idempotentWriter struct {
	graph.QuadWriter
	st *Store
}

func (w *idempotentWriter) AddQuad(q quad.Quad) error { return w.AddQuadSet([]quad.Quad{q}) }

func (w *idempotentWriter) AddQuadSet(qs []quad.Quad) error {
	_, err := w.st.AddQuads(context.Background(), qs)
	return err
}

func (w *idempotentWriter) RemoveQuad(q quad.Quad) error {
	if err := w.st.forgetCounts(context.Background()); err != nil {
		return err
	}
	return w.QuadWriter.RemoveQuad(q)
}

func (w *idempotentWriter) ApplyTransaction(tx *graph.Transaction) error {
	if err := w.st.forgetCounts(context.Background()); err != nil {
		return err
	}
	var adds []quad.Quad
	for _, d := range tx.Deltas {
		if d.Action == graph.Add {
			adds = append(adds, d.Quad)
		}
	}
	fresh, err := w.st.newQuads(context.Background(), adds)
	if err != nil {
		return fmt.Errorf("apply transaction: %w", err)
	}
	keep := make(map[quad.Quad]bool, len(fresh))
	for _, q := range fresh {
		keep[q] = true
	}
	out := graph.NewTransaction()
	for _, d := range tx.Deltas {
		switch {
		case d.Action != graph.Add:
			out.RemoveQuad(d.Quad)
		case keep[d.Quad]:
			out.AddQuad(d.Quad)
			delete(keep, d.Quad) // a repeat within the transaction is added once
		}
	}
	return w.QuadWriter.ApplyTransaction(out)
}
