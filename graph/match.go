package graph

import (
	"context"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"
)

// match calls fn for every quad with q's subject, predicate and object
// (those that are not nil), whatever its label, until fn returns false.
// With all three given it is one lookup in the object-predicate-subject
// index.
func (s *Store) match(ctx context.Context, q quad.Quad, fn func(quad.Quad) bool) error {
	sh, ok := s.matchShape(q)
	if !ok {
		return nil // a value the store has never seen: no quad has it
	}
	it := shape.BuildIterator(s.qs, sh)
	defer it.Close()
	for it.Next(ctx) {
		if !fn(s.qs.Quad(it.Result())) {
			break
		}
	}
	return it.Err()
}

// matchShape is the shape of quads with q's non-nil subject, predicate and
// object; false when the store has never seen one of them.
//
// On a key-value store (bolt, leveldb) it is a scan of the one index that
// starts with exactly those directions, as kv's optimizer picks it for a
// QuadsAction: left as an intersection of filters, Cayley v0.7.7 walks one
// direction's whole list and loads every quad on it to test the others,
// which for <urn:kg:registry/Person> member <person> meant reading every
// registered person for each new one (a 100k-article build slowed to four
// articles a second).
func (s *Store) matchShape(q quad.Quad) (shape.Shape, bool) {
	var sh shape.Quads
	filter := map[quad.Direction]graph.Ref{}
	for _, d := range []quad.Direction{quad.Subject, quad.Predicate, quad.Object} {
		if v := q.Get(d); v != nil {
			ref := s.qs.ValueOf(v)
			if ref == nil {
				return nil, false
			}
			filter[d] = ref
			sh = append(sh, shape.QuadFilter{Dir: d, Values: shape.Fixed{ref}})
		}
	}
	if o, ok := s.qs.(shape.Optimizer); ok && len(filter) > 0 {
		if opt, ok := o.OptimizeShape(shape.QuadsAction{Filter: filter}); ok {
			if nf, ok := opt.(shape.NodesFrom); ok {
				return nf.Quads, true
			}
		}
	}
	return sh, true
}
