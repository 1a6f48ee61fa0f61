package graph

import (
	"context"
	"fmt"
	"hash/fnv"
	"io"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg"
)

// The person registry (VOCABULARY.md) lists each person once, with a copy
// of each distinct name, job title and representation, labelled
// RegistryLabel: listings read it instead of the per-article copies of
// facts. It is derived data: written with the articles, pruned when they
// are replaced or removed, and rebuilt once for stores written before it
// was complete (registryFormat).

// registryFormat marks a store whose registry is complete; the people
// query reads the copies only then.
var registryFormat = quad.Quad{Subject: RegistryLabel, Predicate: quad.IRI(KGNS + "registryFormat"), Object: quad.String("2"), Label: RegistryLabel}

// registrySource maps each registry copy to the predicate it copies.
var registrySource = map[quad.Value]quad.Value{
	RegistryName:       Name,
	RegistryJobTitle:   Predicate(kg.PredJobTitle),
	RegistryRepresents: Predicate(kg.PredRepresents),
}

// registryQuads lists the persons of res in the registry, with a copy of
// each one's name, job titles and representations and the names of whom
// they represent.
func registryQuads(res *kg.Result) []quad.Quad {
	var out []quad.Quad
	add := func(s quad.Value, p quad.IRI, o quad.Value) {
		out = append(out, quad.Quad{Subject: s, Predicate: p, Object: o, Label: RegistryLabel})
	}
	names := map[string]string{}
	persons := map[string]bool{}
	for _, e := range res.Entities {
		if e.ID == "" {
			continue
		}
		names[e.ID] = e.Name
		if e.Type == kg.Person {
			persons[e.ID] = true
			add(RegistryIRI(ClassPerson), Member, EntityIRI(e.ID))
			add(EntityIRI(e.ID), RegistryName, quad.String(e.Name))
		}
	}
	for _, t := range res.Triples {
		if !persons[t.Subject.Entity] {
			continue
		}
		o := termValue(t.Object)
		switch {
		case o == nil:
		case t.Predicate == kg.PredJobTitle:
			add(EntityIRI(t.Subject.Entity), RegistryJobTitle, o)
		case t.Predicate == kg.PredRepresents:
			add(EntityIRI(t.Subject.Entity), RegistryRepresents, o)
			if n := names[t.Object.Entity]; n != "" && !persons[t.Object.Entity] {
				add(o, RegistryName, quad.String(n))
			}
		}
	}
	return out
}

// newRegistryQuads drops from qs the quads already stored or listed
// earlier in qs. Adding a stored quad again, even with IgnoreDup, makes
// Cayley v0.7.7's key-value stores count its nodes' references once more
// (the count is raised before the duplicate check), and a node whose count
// never returns to zero outlives the last quad that uses it. A quad is
// looked up in the store once: after that the store remembers it
// (registryKnown), so a person named in many articles costs one lookup.
func (s *Store) newRegistryQuads(ctx context.Context, qs []quad.Quad, seen map[quad.Quad]bool) ([]quad.Quad, error) {
	var out []quad.Quad
	for _, q := range qs {
		if seen[q] {
			continue
		}
		seen[q] = true
		if s.registryKnown[registryKeyOf(q)] {
			continue
		}
		stored, err := s.inRegistry(ctx, q)
		if err != nil {
			return nil, err
		}
		if stored {
			s.rememberRegistry([]quad.Quad{q})
		} else {
			out = append(out, q)
		}
	}
	return out, nil
}

// inRegistry reports whether the registry holds q's subject, predicate
// and object (under its own label).
func (s *Store) inRegistry(ctx context.Context, q quad.Quad) (bool, error) {
	found := false
	err := s.match(ctx, q, func(m quad.Quad) bool {
		found = m.Label == RegistryLabel
		return !found
	})
	return found, err
}

// registryKnownMax bounds the registry quads a store remembers as stored
// (about 40 bytes each); past it, the others are looked up every time.
const registryKnownMax = 1 << 20

// registryKey stands for a registry quad in registryKnown: a 128-bit
// FNV-1a hash of its N-Quads form. A 100k-article build may remember up
// to registryKnownMax quads: as strings, about 150 bytes each with the
// map's share (an estimate, not measured), as keys about 40. Two of a
// million quads share a key with odds of about 10^-27.
type registryKey [16]byte

func registryKeyOf(q quad.Quad) (k registryKey) {
	h := fnv.New128a()
	io.WriteString(h, q.NQuad())
	h.Sum(k[:0])
	return k
}

// rememberRegistry notes registry quads as stored, once they are.
func (s *Store) rememberRegistry(qs []quad.Quad) {
	if s.unmarked {
		for _, q := range qs {
			if q == registryFormat {
				s.unmarked = false
			}
		}
	}
	if s.registryKnown == nil {
		s.registryKnown = map[registryKey]bool{}
	}
	for _, q := range qs {
		if q.Label == RegistryLabel && len(s.registryKnown) < registryKnownMax {
			s.registryKnown[registryKeyOf(q)] = true
		}
	}
}

// forgetRegistry notes registry quads as no longer stored.
func (s *Store) forgetRegistry(qs []quad.Quad) {
	for _, q := range qs {
		if q.Label == RegistryLabel {
			delete(s.registryKnown, registryKeyOf(q))
		}
	}
}

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

// matchRefs returns up to max references to quads as match finds them,
// with the iterator closed, for readers that run beside a writer.
func (s *Store) matchRefs(ctx context.Context, q quad.Quad, max int) ([]graph.Ref, error) {
	sh, ok := s.matchShape(q)
	if !ok {
		return nil, nil
	}
	it := shape.BuildIterator(s.qs, sh)
	var refs []graph.Ref
	for len(refs) < max && it.Next(ctx) {
		refs = append(refs, it.Result())
	}
	err := it.Err()
	it.Close()
	return refs, err
}

// registryGone lists the registry quads that retracting the given quads
// leaves unsupported: a member no other article mentions, and a copy that
// no other quad labelled with an article states. It is computed before
// the retraction so that both go in one transaction (an interrupted prune
// would otherwise leave stale copies that no rerun revisits).
func (s *Store) registryGone(ctx context.Context, retracted []quad.Quad) ([]quad.Quad, error) {
	going := make(map[string]bool, len(retracted))
	touched := map[quad.Value]bool{}
	touch := func(v quad.Value) {
		if _, ok := v.(quad.IRI); ok {
			touched[v] = true
		}
	}
	for _, q := range retracted {
		going[q.NQuad()] = true
		switch q.Predicate {
		case Mentions:
			touch(q.Object)
		case Name, Predicate(kg.PredJobTitle):
			touch(q.Subject)
		case Predicate(kg.PredRepresents):
			touch(q.Subject)
			touch(q.Object)
		}
	}
	// supported reports whether a quad other than the retracted ones and
	// the registry's own states q's subject, predicate and object.
	supported := func(q quad.Quad) (bool, error) {
		ok := false
		err := s.match(ctx, q, func(m quad.Quad) bool {
			ok = m.Label != RegistryLabel && !going[m.NQuad()]
			return !ok
		})
		return ok, err
	}
	var gone []quad.Quad
	for n := range touched {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		member := quad.Quad{Subject: RegistryIRI(ClassPerson), Predicate: Member, Object: n, Label: RegistryLabel}
		listed, err := s.inRegistry(ctx, member)
		if err != nil {
			return nil, err
		}
		if listed {
			if ok, err := supported(quad.Quad{Predicate: Mentions, Object: n}); err != nil {
				return nil, err
			} else if !ok {
				gone = append(gone, member)
			}
		}
		for copyPred, src := range registrySource {
			var copies []quad.Quad
			err := s.match(ctx, quad.Quad{Subject: n, Predicate: copyPred}, func(m quad.Quad) bool {
				copies = append(copies, m)
				return true
			})
			if err != nil {
				return nil, err
			}
			for _, c := range copies {
				ok, err := supported(quad.Quad{Subject: n, Predicate: src, Object: c.Object})
				if err != nil {
					return nil, err
				}
				if !ok {
					gone = append(gone, c)
				}
			}
		}
	}
	return gone, nil
}

// checkRegistry makes sure a writable store's registry is complete. A
// marked store is; an empty one is marked with its first article (so that
// a store nothing was written to stays empty); one written before the
// registry copies existed is rebuilt from a pass over its quads, then
// marked.
func (s *Store) checkRegistry(ctx context.Context) error {
	marked := false
	if err := s.match(ctx, registryFormat, func(quad.Quad) bool { marked = true; return false }); err != nil {
		return err
	}
	if marked {
		return nil
	}
	it := s.qs.QuadsAllIterator()
	empty := !it.Next(ctx)
	err := it.Err()
	it.Close()
	if err != nil {
		return err
	}
	if empty {
		s.unmarked = true
		return nil
	}
	if err := s.rebuildRegistry(ctx); err != nil {
		return fmt.Errorf("rebuild person registry: %w", err)
	}
	return s.apply([]quad.Quad{registryFormat}, nil)
}

// markRegistry returns the format marker while a new store has none:
// the first article write carries it, and apply notes it written.
func (s *Store) markRegistry() []quad.Quad {
	if !s.unmarked {
		return nil
	}
	return []quad.Quad{registryFormat}
}

// rebuildRegistry writes the registry quads of every stored article, read
// from one pass over the store.
func (s *Store) rebuildRegistry(ctx context.Context) error {
	persons := map[quad.Value]bool{}
	type key struct{ s, p quad.Value }
	facts := map[key][]quad.Value{} // distinct objects of each subject and predicate
	seenFact := map[[3]quad.Value]bool{}
	keep := map[quad.Value]bool{Name: true, Predicate(kg.PredJobTitle): true, Predicate(kg.PredRepresents): true}
	err := s.eachQuadOf(ctx, func(q quad.Quad) error {
		switch {
		case q.Label == RegistryLabel:
		case q.Predicate == Type && q.Object == ClassPerson:
			persons[q.Subject] = true
		case keep[q.Predicate] && !seenFact[[3]quad.Value{q.Subject, q.Predicate, q.Object}]:
			seenFact[[3]quad.Value{q.Subject, q.Predicate, q.Object}] = true
			k := key{q.Subject, q.Predicate}
			facts[k] = append(facts[k], q.Object)
		}
		return nil
	})
	if err != nil {
		return err
	}
	var reg []quad.Quad
	add := func(sub quad.Value, p quad.IRI, o quad.Value) {
		reg = append(reg, quad.Quad{Subject: sub, Predicate: p, Object: o, Label: RegistryLabel})
	}
	for p := range persons {
		add(RegistryIRI(ClassPerson), Member, p)
		for _, n := range facts[key{p, Name}] {
			add(p, RegistryName, n)
		}
		for _, t := range facts[key{p, Predicate(kg.PredJobTitle)}] {
			add(p, RegistryJobTitle, t)
		}
		for _, o := range facts[key{p, Predicate(kg.PredRepresents)}] {
			add(p, RegistryRepresents, o)
			if !persons[o] {
				for _, n := range facts[key{o, Name}] {
					add(o, RegistryName, n)
				}
			}
		}
	}
	seen := map[quad.Quad]bool{}
	for len(reg) > 0 {
		n := min(len(reg), ImportBatch)
		fresh, err := s.newRegistryQuads(ctx, reg[:n], seen)
		if err != nil {
			return err
		}
		if err := s.apply(fresh, nil); err != nil {
			return err
		}
		reg = reg[n:]
	}
	return nil
}
