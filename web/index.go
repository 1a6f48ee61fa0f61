package web

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
)

// entity is a named node of the graph with a class: a person,
// organisation, place or event (graph.EntityClasses).
type entity struct {
	IRI     quad.IRI
	ID      string // the IRI without urn:kg:, e.g. person/alexander-grushko
	Name    string
	Type    string // Person, Organization, Place, Event or Thing
	Aliases []string
	words   []string // lower-case words and whole names, for prefix search
	low     string   // Name in lower case
	lowAka  []string // Aliases in lower case
}

// snapshot is the entity index at one moment; it is never modified.
type snapshot struct {
	quads  int64
	list   []*entity // by name
	byIRI  map[quad.IRI]*entity
	byName map[string][]*entity // by lower-case name and alias
	from   string               // where the entities were read: "state" or "graph" (buildSnapshot)
}

// entityIndex keeps a snapshot of the store's entities for search and for
// resolving names in query results. It is rebuilt when the store's quad
// count changes or a write through the server invalidates it; requests that
// come during a rebuild share it, and it stops when all of them have left.
type entityIndex struct {
	st      *graph.Store
	log     *slog.Logger
	qs      cgraph.QuadStore
	flight  shared[*snapshot]
	mu      sync.Mutex
	upMu    sync.Mutex   // one update at a time
	writing atomic.Int32 // writes through the server in flight
	builds  atomic.Int64
	snap    *snapshot
	stale   bool
	gen     uint64 // counts invalidations
	// file is the store's search file (searchfile.go), mapped on the
	// first search and released once a snapshot is built.
	fileMu   sync.RWMutex
	file     *searchFile
	fileDone bool // opened, or found missing, or released
}

func newEntityIndex(st *graph.Store, log *slog.Logger) *entityIndex {
	return &entityIndex{st: st, log: log, qs: st.QuadStore()}
}

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
	size := quadCount(ctx, x.qs)
	x.mu.Lock()
	if x.fresh(size) {
		snap := x.snap
		x.mu.Unlock()
		return snap, nil
	}
	gen := x.gen
	x.mu.Unlock()
	snap, err := x.flight.do(ctx, func(ctx context.Context) (*snapshot, error) {
		x.builds.Add(1)
		start := time.Now()
		size := quadCount(ctx, x.qs)
		snap, err := buildSnapshot(ctx, x.st)
		if err != nil {
			return nil, err
		}
		snap.quads = size
		x.log.Info("entity index built", "entities", len(snap.list), "from", snap.from,
			"elapsed", time.Since(start).Round(time.Millisecond).String())
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
	x.dropFile()
	return snap, nil
}

// searchFile answers a search from the store's search file while no
// snapshot is current and the file describes the store as it is now (its
// stamp is the store's graph.NamesStamp); ok is false otherwise.
func (x *entityIndex) searchFile(ctx context.Context, q string, limit int) (found []match, ok bool) {
	x.fileMu.Lock()
	if !x.fileDone {
		x.fileDone = true
		if dir := x.st.Dir(); dir != "" {
			path := filepath.Join(dir, searchFileName)
			f, err := openSearchFile(path)
			switch {
			case err == nil:
				x.file = f
				x.log.Info("search file mapped", "path", path, "entities", f.n)
			case !errors.Is(err, fs.ErrNotExist):
				x.log.Warn("search file not used", "error", err.Error())
			}
		}
	}
	x.fileMu.Unlock()
	x.fileMu.RLock()
	defer x.fileMu.RUnlock()
	if x.file == nil {
		return nil, false
	}
	stamp, ok, err := x.st.NamesStamp(ctx, false)
	if err != nil || !ok || stamp != x.file.stamp {
		return nil, false
	}
	return x.file.search(q, limit), true
}

// dropFile releases the search file: the snapshot answers from now on.
func (x *entityIndex) dropFile() {
	x.fileMu.Lock()
	defer x.fileMu.Unlock()
	x.fileDone = true
	if x.file != nil {
		x.file.close()
		x.file = nil
	}
}

// fresh reports whether the snapshot is current for a store of size
// quads; x.mu is held. A store that cannot tell its size is indexed afresh
// every time. While the server writes, the count changes before the
// snapshot is updated: the write's update brings it up to date, not a
// rebuild.
func (x *entityIndex) fresh(size int64) bool {
	return x.snap != nil && !x.stale && size >= 0 && (x.snap.quads == size || x.writing.Load() > 0)
}

// current returns the snapshot if it is current, nil when there is none
// yet or it is out of date; it never builds one.
func (x *entityIndex) current(ctx context.Context) *snapshot {
	size := quadCount(ctx, x.qs)
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.fresh(size) {
		return x.snap
	}
	return nil
}

// warm builds the snapshot if there is no current one, so that the first
// search after the server starts need not wait for all of it; it logs
// what stopped it.
func (x *entityIndex) warm(ctx context.Context) {
	if _, err := x.get(ctx); err != nil && ctx.Err() == nil {
		x.log.Warn("entity index not built", "error", err.Error())
	}
}

// names names the entities that a page links to: from the snapshot when
// one is current; otherwise (before the index is first built, while it
// is rebuilt after a change) by reading the entities the page names
// (graph.EntitiesOf, which sees them as buildSnapshot does), so that an
// entity page or a timeline page does not wait for the whole index.
type names struct {
	snap *snapshot
	ctx  context.Context
	st   *graph.Store
	read map[quad.IRI]*entity // nil for an IRI that names no entity
	err  error                // the first read that failed
}

func (x *entityIndex) names(ctx context.Context) *names {
	return &names{snap: x.current(ctx), ctx: ctx, st: x.st}
}

// load reads the entities among iris that were not read yet, at once.
func (n *names) load(iris []quad.IRI) {
	if n.snap != nil || n.err != nil {
		return
	}
	var want []quad.IRI
	for _, iri := range iris {
		if _, ok := n.read[iri]; !ok && iri != "" {
			want = append(want, iri)
		}
	}
	if len(want) == 0 {
		return
	}
	got, err := n.st.EntitiesOf(n.ctx, want)
	if err != nil {
		n.err = err
		return
	}
	if n.read == nil {
		n.read = make(map[quad.IRI]*entity, len(want))
	}
	for _, iri := range want {
		n.read[iri] = nil
	}
	for iri, info := range got {
		n.read[iri] = entityOf(info)
	}
}

// loadValues is load for the IRIs among vals.
func (n *names) loadValues(vals []quad.Value) {
	if n.snap != nil {
		return
	}
	iris := make([]quad.IRI, 0, len(vals))
	for _, v := range vals {
		if iri := iriOf(v); iri != "" {
			iris = append(iris, iri)
		}
	}
	n.load(iris)
}

// entity is the entity iri names, nil if none.
func (n *names) entity(iri quad.IRI) *entity {
	if n.snap != nil {
		return n.snap.byIRI[iri]
	}
	if _, ok := n.read[iri]; !ok {
		n.load([]quad.IRI{iri})
	}
	return n.read[iri]
}

// lookup is snapshot.lookup. Without a snapshot it finds an IRI or an
// entity ID; ok is false when v names no entity that way, as it may be a
// name, which only the whole index finds.
func (n *names) lookup(v string) (found []*entity, ok bool) {
	if n.snap != nil {
		return n.snap.lookup(v), true
	}
	v = strings.TrimSpace(v)
	if strings.HasPrefix(v, "<") && strings.HasSuffix(v, ">") {
		v = v[1 : len(v)-1]
	}
	if v == "" {
		return nil, true
	}
	iris := []quad.IRI{quad.IRI(v), graph.EntityIRI(v)}
	n.load(iris)
	for _, iri := range iris {
		if e := n.entity(iri); e != nil {
			return []*entity{e}, true
		}
	}
	return nil, false
}

// typeRank orders an entity's classes: the first found names its type.
var typeRank = []struct {
	class quad.IRI
	name  string
}{
	{graph.ClassPerson, "Person"}, {graph.ClassOrg, "Organization"}, {graph.ClassEvent, "Event"},
	{graph.ClassPlace, "Place"}, {graph.ClassCountry, "Place"}, {graph.ClassCity, "Place"},
}

// buildSnapshot indexes the store's entities: the nodes with a class and
// a name. A store written by kg build alone keeps their names and classes
// in its state, which graph.KeptEntities reads in one scan (from "state");
// any other store (filled by kg import, written through the HTTP API, or
// by an older kg) is read through the graph's class index and each
// entity's names (graph.Entities; from "graph").
func buildSnapshot(ctx context.Context, st *graph.Store) (*snapshot, error) {
	s := &snapshot{byIRI: map[quad.IRI]*entity{}, byName: map[string][]*entity{}}
	add := func(info graph.EntityInfo) {
		if s.byIRI[info.IRI] != nil {
			return
		}
		e := entityOf(info)
		s.byIRI[e.IRI] = e
		s.list = append(s.list, e)
		s.addNames(e)
	}
	s.from = "state"
	kept, err := st.KeptEntities(ctx, add)
	if err == nil && !kept {
		s = &snapshot{byIRI: map[quad.IRI]*entity{}, byName: map[string][]*entity{}, from: "graph"}
		err = st.Entities(ctx, add)
	}
	if err != nil {
		return nil, fmt.Errorf("index entities: %w", err)
	}
	sortEntities(s.list)
	return s, nil
}

// entityOf is the index's entity for what the store says of it.
func entityOf(info graph.EntityInfo) *entity {
	e := &entity{IRI: info.IRI, ID: info.ID, Name: info.Name, Type: "Thing", Aliases: info.Aliases}
	classes := make(map[quad.IRI]bool, len(info.Classes))
	for _, c := range info.Classes {
		classes[c] = true
	}
	finish(e, classes)
	return e
}

// finish sets an entity's type from its classes and its search words.
func finish(e *entity, classes map[quad.IRI]bool) {
	for _, t := range typeRank {
		if classes[t.class] {
			e.Type = t.name
			break
		}
	}
	sort.Strings(e.Aliases)
	e.low = strings.ToLower(e.Name)
	e.lowAka = make([]string, len(e.Aliases))
	for i, a := range e.Aliases {
		e.lowAka[i] = strings.ToLower(a)
	}
	e.words = make([]string, 0, 4*(1+len(e.Aliases)))
	for _, low := range append([]string{e.low}, e.lowAka...) {
		e.words = append(e.words, low)
		e.words = append(e.words, strings.FieldsFunc(low, notWordRune)...)
	}
}

// addNames lists e under its names and alternate names in lower case.
// Entities are added one at a time, so e can only be the last of a list
// already (a name and an alias the same in lower case): comparing with
// every entity of the list cost 7 s at 100k articles, where thousands of
// entities share a name.
func (s *snapshot) addNames(e *entity) {
	add := func(low string) {
		if l := s.byName[low]; len(l) == 0 || l[len(l)-1] != e {
			s.byName[low] = append(l, e)
		}
	}
	add(e.low)
	for _, a := range e.lowAka {
		add(a)
	}
}

// sortEntities sorts by name in lower case (finish sets it), then ID.
func sortEntities(list []*entity) {
	slices.SortFunc(list, func(a, b *entity) int {
		if c := strings.Compare(a.low, b.low); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
}

// readEntity reads one entity from the store: nil when the IRI is not an
// entity's or has no name or class (any more), as buildSnapshot sees it.
func readEntity(ctx context.Context, qs cgraph.QuadStore, iri quad.IRI) (*entity, error) {
	id, ok := graph.EntityID(iri)
	if !ok || graph.IsInternal(iri) {
		return nil, nil
	}
	var e *entity
	var alts []string
	classes := map[quad.IRI]bool{}
	err := eachQuad(ctx, qs, quad.Subject, iri, func(q quad.Quad) {
		switch q.Predicate {
		case graph.Name:
			if e == nil {
				e = &entity{IRI: iri, ID: id, Name: graph.Literal(q.Object), Type: "Thing"}
			}
		case graph.AlternateName:
			alts = append(alts, graph.Literal(q.Object))
		case graph.Type:
			classes[iriOf(q.Object)] = true
		}
	})
	known := false
	for _, c := range graph.EntityClasses {
		known = known || classes[c]
	}
	if err != nil || e == nil || !known {
		return nil, err
	}
	for _, a := range alts {
		if a != e.Name && !slices.Contains(e.Aliases, a) {
			e.Aliases = append(e.Aliases, a)
		}
	}
	finish(e, classes)
	return e, nil
}

// with returns a copy of the snapshot in which the entities named in
// fresh are replaced by their new state (nil: gone).
func (s *snapshot) with(fresh map[quad.IRI]*entity) *snapshot {
	n := &snapshot{quads: s.quads, from: s.from, byIRI: make(map[quad.IRI]*entity, len(s.byIRI)+len(fresh)),
		byName: make(map[string][]*entity, len(s.byName)+len(fresh))}
	for k, v := range s.byIRI {
		n.byIRI[k] = v
	}
	for k, v := range s.byName {
		n.byName[k] = v
	}
	n.list = make([]*entity, 0, len(s.list)+len(fresh))
	for _, e := range s.list {
		if _, changed := fresh[e.IRI]; !changed {
			n.list = append(n.list, e)
		}
	}
	for iri, e := range fresh {
		if old := s.byIRI[iri]; old != nil {
			delete(n.byIRI, iri)
			for _, name := range append([]string{old.Name}, old.Aliases...) {
				low := strings.ToLower(name)
				rest := slices.DeleteFunc(slices.Clone(n.byName[low]), func(x *entity) bool { return x == old })
				if len(rest) == 0 {
					delete(n.byName, low)
				} else {
					n.byName[low] = rest
				}
			}
		}
		if e != nil {
			n.byIRI[iri] = e
			n.list = append(n.list, e)
		}
	}
	for _, e := range fresh {
		if e != nil {
			n.addNames(e)
		}
	}
	sortEntities(n.list)
	return n
}

// indexed reports whether a quad with this predicate changes the index.
func indexed(p quad.Value) bool {
	return p == graph.Name || p == graph.AlternateName || p == graph.Type
}

// update brings the snapshot up to date after a write through the server
// that touched the given subjects, reading only those entities instead of
// rebuilding the index. Without a current snapshot (none built yet, or
// invalidated) there is nothing to update: the next get rebuilds it. An
// error invalidates it.
func (x *entityIndex) update(ctx context.Context, subjects map[quad.IRI]bool) {
	x.upMu.Lock()
	defer x.upMu.Unlock()
	x.mu.Lock()
	old, gen, stale := x.snap, x.gen, x.stale
	x.mu.Unlock()
	if old == nil || stale {
		return
	}
	fresh := make(map[quad.IRI]*entity, len(subjects))
	for iri := range subjects {
		e, err := readEntity(ctx, x.qs, iri)
		if err != nil {
			x.invalidate()
			return
		}
		if e != nil || old.byIRI[iri] != nil {
			fresh[iri] = e
		}
	}
	n := old
	if len(fresh) > 0 {
		n = old.with(fresh)
	}
	size := quadCount(ctx, x.qs)
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.snap != old || x.gen != gen || x.stale {
		x.stale = true // something else changed it meanwhile
		return
	}
	if n == old {
		n = &snapshot{list: old.list, byIRI: old.byIRI, byName: old.byName, from: old.from}
	}
	n.quads = size
	x.snap = n
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// match is an entity found by search, with how well it matched.
type match struct {
	e     *entity
	rank  int    // 0 exact name, 1 name prefix, 2 alias, 3 word prefix
	alias string // the alternate name that matched, if not the name
}

// search finds entities whose name, an alternate name, or any word of one
// starts with q, ignoring case; best matches first, at most limit. It
// reads every entity once, comparing strings lowered when the index was
// built, and keeps at most limit matches of each rank.
func (s *snapshot) search(q string, limit int) []match {
	q = strings.ToLower(strings.TrimSpace(q))
	if q == "" || limit <= 0 {
		return nil
	}
	var byRank [4][]match
	for _, e := range s.list {
		rank, alias := -1, ""
		switch {
		case e.low == q:
			rank = 0
		case strings.HasPrefix(e.low, q):
			rank = 1
		default:
			for i, a := range e.lowAka {
				if strings.HasPrefix(a, q) {
					rank, alias = 2, e.Aliases[i]
					break
				}
			}
		}
		if rank < 0 && len(byRank[3]) < limit {
			for _, w := range e.words {
				if strings.HasPrefix(w, q) {
					rank = 3
					break
				}
			}
		}
		if rank >= 0 && len(byRank[rank]) < limit {
			byRank[rank] = append(byRank[rank], match{e: e, rank: rank, alias: alias})
		}
	}
	var out []match
	for _, ms := range byRank {
		out = append(out, ms...)
	}
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
