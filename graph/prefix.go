package graph

import (
	"errors"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/shape"
)

// Cayley v0.7.7's key-value stores answer a traversal such as
// g.V(russia).in(represents) — quads with a given object and predicate —
// from an index only when the directions asked for are all of that
// index's: with the object-predicate-subject index, object and predicate
// are not, so it reads every quad whose object is Russia (each mention and
// evidence link of it) and tests the predicate of each. A popular entity
// has hundreds of thousands. prefixStore gives the query engines (Gizmo,
// GraphQL, MQL, the HTTP API) the same store with one more optimisation:
// a lookup whose directions lead an index is a prefix scan of it.

// prefixStore is a key-value QuadStore whose shape optimiser scans index
// prefixes.
type prefixStore struct {
	*kv.QuadStore
}

// QueryStore is the store as the query engines should read it: on bolt and
// LevelDB, lookups by object and predicate (or subject alone, or object
// alone) scan an index prefix instead of filtering a longer list.
func (s *Store) QueryStore() graph.QuadStore {
	if k, ok := s.qs.(*kv.QuadStore); ok {
		return prefixStore{k}
	}
	return s.qs
}

// OptimizeShape replaces a lookup of quads by fixed values with a scan of
// the index whose leading directions are exactly the ones given.
func (p prefixStore) OptimizeShape(s shape.Shape) (shape.Shape, bool) {
	a, ok := s.(shape.QuadsAction)
	if !ok || len(a.Filter) == 0 {
		return s, false
	}
	// Cayley does not export a store's indexes. Every store kg creates has
	// kvIndexes; one written before the one-graph model also the label
	// index, which no query lookup leads with.
	for _, ind := range kvIndexes {
		if len(ind.Dirs) < len(a.Filter) {
			continue
		}
		vals := make([]uint64, 0, len(a.Filter))
		for _, d := range ind.Dirs[:len(a.Filter)] {
			v, ok := a.Filter[d].(kv.Int64Value)
			if !ok {
				break
			}
			vals = append(vals, uint64(v))
		}
		if len(vals) == len(a.Filter) {
			return a.SimplifyFrom(prefixScan{kv.IndexScan{Index: ind, Values: vals}}), true
		}
	}
	return s, false
}

// prefixScan is kv.IndexScan built over the store prefixStore wraps.
type prefixScan struct{ kv.IndexScan }

func (s prefixScan) BuildIterator(qs graph.QuadStore) graph.Iterator {
	switch q := qs.(type) {
	case prefixStore:
		return s.IndexScan.BuildIterator(q.QuadStore)
	case *kv.QuadStore:
		return s.IndexScan.BuildIterator(q)
	}
	return iterator.NewError(errNotKV)
}

func (s prefixScan) Optimize(shape.Optimizer) (shape.Shape, bool) { return s, false }

var errNotKV = errors.New("prefix scan over a store that is not key-value")
