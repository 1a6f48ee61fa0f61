package graph

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// KeptEntities calls fn for every entity, as Entities does, but reads them
// from the store's state rather than from the graph: Resolve keeps, for
// every entity, the votes of the articles that mention it on its names and
// classes (entAgg, under e/ID), and writes the entity's rdf:type,
// schema:name and schema:alternateName quads from them and from nothing
// else. Reading the votes is one sequential scan of the state, where
// Entities reads the class indexes and then each entity's names through
// the graph's indexes (12 s at 100k articles).
//
// ok is false when the state may not describe the graph's entities: the
// store was filled otherwise (kg import, the HTTP API's writes, a kg
// before the one-graph model: Stats' kept counts are missing then, see
// forgetCounts), or articles are pending (a Resolve that was interrupted,
// or is under way in another process, may have written quads whose votes
// are not yet kept). The caller then reads them with
// Entities, discarding what fn was given: a write that began during the
// scan is seen only after it. fn must not read the store.
func (s *Store) KeptEntities(ctx context.Context, fn func(EntityInfo)) (ok bool, err error) {
	if ok, err := s.entitiesKept(ctx); !ok || err != nil {
		return false, err
	}
	var a entAgg // its maps reused: decoding allocates less
	err = s.state.scan(ctx, keyEntity, func(k string, v []byte) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		id := strings.TrimPrefix(k, keyEntity)
		clear(a.Types)
		clear(a.Names)
		clear(a.Aliases)
		a = entAgg{Types: a.Types, Names: a.Names, Aliases: a.Aliases}
		if err := json.Unmarshal(v, &a); err != nil {
			return fmt.Errorf("state %s: %w", k, err)
		}
		if info, ok := keptEntity(id, &a); ok {
			fn(info)
		}
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("read kept entities: %w", err)
	}
	// A write that began during the scan forgets the counts first.
	if ok, err := s.entitiesKept(ctx); !ok || err != nil {
		return false, err
	}
	return true, nil
}

// entitiesKept reports whether the state describes the graph's entities
// (see KeptEntities).
func (s *Store) entitiesKept(ctx context.Context) (bool, error) {
	if s.countsForgotten.Load() {
		return false, nil
	}
	v, err := s.state.get(ctx, []string{keyFormat, keyCounts})
	if err != nil {
		return false, err
	}
	if string(v[0]) != stateFormat || v[1] == nil {
		return false, nil
	}
	pending := false
	err = s.state.scan(ctx, keyPending, func(string, []byte) error { pending = true; return errStop })
	if err != nil && !errors.Is(err, errStop) {
		return false, err
	}
	return !pending, nil
}

// keptEntity is the entity the votes a describe, as Entities reads it
// from the quads a.quads writes: false when it has no name or no class.
func keptEntity(id string, a *entAgg) (EntityInfo, bool) {
	iri := EntityIRI(id)
	eid, ok := EntityID(iri)
	if !ok || IsInternal(iri) {
		return EntityInfo{}, false
	}
	info := EntityInfo{IRI: iri, ID: eid}
	entity := false
	for _, q := range a.quads(id) {
		switch q.Predicate {
		case Name:
			if info.Name == "" {
				info.Name = Literal(q.Object)
			}
		case AlternateName:
			info.Aliases = append(info.Aliases, Literal(q.Object))
		case Type:
			if c, ok := q.Object.(quad.IRI); ok {
				info.Classes = append(info.Classes, c)
				entity = entity || slices.Contains(EntityClasses, c)
			}
		}
	}
	if info.Name == "" || !entity {
		return EntityInfo{}, false
	}
	info.Aliases = dedupe(info.Aliases, info.Name) // a.quads sorts them
	slices.Sort(info.Classes)                      // as Entities does
	return info, true
}

// EntitiesOf reads the entities among iris, as KeptEntities (from the
// state, one batch of keys) or, where the state does not describe the
// graph, Entities (through the graph's indexes) would list them: the IRIs
// that name no entity are left out. It reads only those entities, for a
// page that names a few of them.
func (s *Store) EntitiesOf(ctx context.Context, iris []quad.IRI) (map[quad.IRI]EntityInfo, error) {
	out := make(map[quad.IRI]EntityInfo, len(iris))
	var ids []string
	seen := make(map[string]bool, len(iris))
	for _, iri := range iris {
		if id, ok := EntityID(iri); ok && !IsInternal(iri) && !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return out, nil
	}
	kept, err := s.entitiesKept(ctx)
	if err != nil {
		return nil, err
	}
	if !kept {
		r := newReader(s)
		var refs []graph.Ref
		for _, id := range ids {
			if ref := r.ref(EntityIRI(id)); ref != nil {
				refs = append(refs, ref)
			}
		}
		err := r.entities(ctx, refs, func(info EntityInfo) { out[info.IRI] = info })
		if err != nil {
			return nil, fmt.Errorf("read entities: %w", err)
		}
		return out, nil
	}
	keys := make([]string, len(ids))
	for i, id := range ids {
		keys[i] = keyEntity + id
	}
	vals, err := s.state.get(ctx, keys)
	if err != nil {
		return nil, fmt.Errorf("read kept entities: %w", err)
	}
	for i, v := range vals {
		if v == nil {
			continue
		}
		var a entAgg
		if err := json.Unmarshal(v, &a); err != nil {
			return nil, fmt.Errorf("state %s: %w", keys[i], err)
		}
		if info, ok := keptEntity(ids[i], &a); ok {
			out[info.IRI] = info
		}
	}
	return out, nil
}

// NamesStamp identifies what KeptEntities would list now: the token
// changes, in the same transaction, whenever Resolve changes an entity's
// name, alternate names or classes, so a cache of the entities (the
// console's search file) that records the stamp it was made at is current
// while the store's stamp is the same. ok is false when the state does not
// describe the graph's entities (KeptEntities' ok) or keeps no stamp yet
// (a store last written by a kg before it); with create, such a store
// whose state does describe them is given one (a write: the store must be
// writable).
func (s *Store) NamesStamp(ctx context.Context, create bool) (stamp string, ok bool, err error) {
	kept, err := s.entitiesKept(ctx)
	if err != nil || !kept {
		return "", false, err
	}
	v, err := s.state.get(ctx, []string{keyNames})
	if err != nil {
		return "", false, err
	}
	if v[0] != nil {
		return string(v[0]), true, nil
	}
	if !create {
		return "", false, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	b := newNamesStamp()
	s.writeBegins()
	err = s.state.write(ctx, map[string][]byte{keyNames: b})
	s.writeEnds()
	if err != nil {
		return "", false, err
	}
	return string(b), true, nil
}

// newNamesStamp is a token no store has had: 16 random bytes in hex.
func newNamesStamp() []byte {
	b := make([]byte, 16)
	_, _ = rand.Read(b) // crypto/rand.Read does not fail (Go 1.24)
	return []byte(hex.EncodeToString(b))
}

// Dir is the directory holding a bolt or LevelDB store's files, where kg
// keeps caches beside the store; "" for the other backends.
func (s *Store) Dir() string {
	if s.backend == Bolt || s.backend == LevelDB {
		return s.addr
	}
	return ""
}
