package web

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
)

// entity is a named node of the graph: a person, organisation, place or
// event (articles and evidence nodes have no schema:name).
type entity struct {
	IRI     quad.IRI
	ID      string // the IRI without urn:kg:, e.g. person/alexander-grushko
	Name    string
	Type    string // Person, Organization, Place, Event or Thing
	Aliases []string
	words   []string // lower-case words and whole names, for prefix search
}

// snapshot is the entity index at one moment; it is never modified.
type snapshot struct {
	quads  int64
	list   []*entity // by name
	byIRI  map[quad.IRI]*entity
	byName map[string][]*entity // by lower-case name and alias
}

// entityIndex keeps a snapshot of the store's entities for search and for
// resolving names in query results. It is rebuilt when the store's quad
// count changes or a write through the server invalidates it; requests that
// come during a rebuild share it, and it stops when all of them have left.
type entityIndex struct {
	qs     cgraph.QuadStore
	flight shared[*snapshot]
	mu     sync.Mutex
	snap   *snapshot
	stale  bool
	gen    uint64 // counts invalidations
}

func newEntityIndex(qs cgraph.QuadStore) *entityIndex { return &entityIndex{qs: qs} }

func (x *entityIndex) invalidate() {
	x.mu.Lock()
	x.stale = true
	x.gen++
	x.mu.Unlock()
	x.flight.forget()
}

// get returns a current snapshot, rebuilding it if need be. It returns an
// error when the store cannot be read or ctx is done first.
func (x *entityIndex) get(ctx context.Context) (*snapshot, error) {
	// A store that cannot tell its size is indexed afresh every time.
	size := quadCount(ctx, x.qs)
	x.mu.Lock()
	if x.snap != nil && !x.stale && size >= 0 && x.snap.quads == size {
		snap := x.snap
		x.mu.Unlock()
		return snap, nil
	}
	gen := x.gen
	x.mu.Unlock()
	snap, err := x.flight.do(ctx, func(ctx context.Context) (*snapshot, error) {
		size := quadCount(ctx, x.qs)
		snap, err := buildSnapshot(ctx, x.qs)
		if err != nil {
			return nil, err
		}
		snap.quads = size
		return snap, nil
	})
	if err != nil {
		return nil, err
	}
	x.mu.Lock()
	if x.gen == gen {
		x.snap, x.stale = snap, false
	}
	x.mu.Unlock()
	return snap, nil
}

// typeRank orders an entity's classes: the first found names its type.
var typeRank = []struct {
	class quad.IRI
	name  string
}{
	{graph.ClassPerson, "Person"}, {graph.ClassOrg, "Organization"}, {graph.ClassEvent, "Event"},
	{graph.ClassPlace, "Place"}, {graph.ClassCountry, "Place"}, {graph.ClassCity, "Place"},
}

func buildSnapshot(ctx context.Context, qs cgraph.QuadStore) (*snapshot, error) {
	s := &snapshot{byIRI: map[quad.IRI]*entity{}, byName: map[string][]*entity{}}
	err := eachQuad(ctx, qs, quad.Predicate, graph.Name, func(q quad.Quad) {
		iri, ok := q.Subject.(quad.IRI)
		if !ok || s.byIRI[iri] != nil {
			return
		}
		id, ok := graph.EntityID(iri)
		if !ok {
			return
		}
		e := &entity{IRI: iri, ID: id, Name: graph.Literal(q.Object), Type: "Thing"}
		s.byIRI[iri] = e
		s.list = append(s.list, e)
	})
	if err != nil {
		return nil, fmt.Errorf("index entities: %w", err)
	}
	err = eachQuad(ctx, qs, quad.Predicate, graph.AlternateName, func(q quad.Quad) {
		if e := s.byIRI[iriOf(q.Subject)]; e != nil {
			if a := graph.Literal(q.Object); a != e.Name && !slices.Contains(e.Aliases, a) {
				e.Aliases = append(e.Aliases, a)
			}
		}
	})
	if err != nil {
		return nil, fmt.Errorf("index entities: %w", err)
	}
	classes := map[quad.IRI]map[quad.IRI]bool{}
	err = eachQuad(ctx, qs, quad.Predicate, graph.Type, func(q quad.Quad) {
		iri := iriOf(q.Subject)
		if s.byIRI[iri] == nil {
			return
		}
		if classes[iri] == nil {
			classes[iri] = map[quad.IRI]bool{}
		}
		classes[iri][iriOf(q.Object)] = true
	})
	if err != nil {
		return nil, fmt.Errorf("index entities: %w", err)
	}
	for _, e := range s.list {
		for _, t := range typeRank {
			if classes[e.IRI][t.class] {
				e.Type = t.name
				break
			}
		}
		sort.Strings(e.Aliases)
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			low := strings.ToLower(n)
			s.byName[low] = append(s.byName[low], e)
			e.words = append(e.words, low)
			e.words = append(e.words, strings.FieldsFunc(low, notWordRune)...)
		}
	}
	sort.Slice(s.list, func(i, j int) bool {
		a, b := s.list[i], s.list[j]
		if x, y := strings.ToLower(a.Name), strings.ToLower(b.Name); x != y {
			return x < y
		}
		return a.ID < b.ID
	})
	return s, nil
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// match is an entity found by search, with how well it matched.
type match struct {
	e     *entity
	rank  int    // 0 exact name, 1 name prefix, 2 alias, 3 word prefix
	alias string // the alternate name that matched, if not the name
}

// search finds entities whose name, an alternate name, or any word of one
// starts with q, ignoring case; best matches first, at most limit.
func (s *snapshot) search(q string, limit int) []match {
	q = strings.ToLower(strings.TrimSpace(q))
	if q == "" {
		return nil
	}
	var out []match
	for _, e := range s.list {
		m := match{e: e, rank: -1}
		name := strings.ToLower(e.Name)
		switch {
		case name == q:
			m.rank = 0
		case strings.HasPrefix(name, q):
			m.rank = 1
		}
		for _, a := range e.Aliases {
			if m.rank >= 0 && m.rank <= 2 {
				break
			}
			if strings.HasPrefix(strings.ToLower(a), q) {
				m.rank, m.alias = 2, a
			}
		}
		if m.rank < 0 {
			for _, w := range e.words {
				if strings.HasPrefix(w, q) {
					m.rank = 3
					break
				}
			}
		}
		if m.rank >= 0 {
			out = append(out, m)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].rank < out[j].rank })
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

// lookup resolves a value from a query result or a request to entities:
// an IRI (with or without <>), an entity id such as place/russia, or an
// exact name or alternate name (ignoring case).
func (s *snapshot) lookup(v string) []*entity {
	v = strings.TrimSpace(v)
	if v == "" {
		return nil
	}
	if strings.HasPrefix(v, "<") && strings.HasSuffix(v, ">") {
		v = v[1 : len(v)-1]
	}
	if e := s.byIRI[quad.IRI(v)]; e != nil {
		return []*entity{e}
	}
	if e := s.byIRI[graph.EntityIRI(v)]; e != nil {
		return []*entity{e}
	}
	return s.byName[strings.ToLower(v)]
}

// eachQuad calls fn for every quad whose direction d holds v.
func eachQuad(ctx context.Context, qs cgraph.QuadStore, d quad.Direction, v quad.Value, fn func(quad.Quad)) error {
	ref := qs.ValueOf(v)
	if ref == nil {
		return nil
	}
	it := qs.QuadIterator(d, ref)
	defer it.Close()
	for it.Next(ctx) {
		if err := ctx.Err(); err != nil {
			return err // the stores' iterators do not look
		}
		fn(qs.Quad(it.Result()))
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

func iriOf(v quad.Value) quad.IRI {
	iri, _ := v.(quad.IRI)
	return iri
}
