package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"math/rand"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// nodeEntries reads a bolt store's node buckets: for each value hash, the
// raw entry of the ID buckets ("v…") and of the count buckets ("n…").
func nodeEntries(t *testing.T, s *Store) (ids, counts map[string][]byte) {
	t.Helper()
	ids, counts = map[string][]byte{}, map[string][]byte{}
	err := s.bolt.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			if len(name) != 3 || (name[0] != 'v' && name[0] != 'n') {
				return nil
			}
			return b.ForEach(func(k, v []byte) error {
				m := ids
				if name[0] == 'n' {
					m = counts
				}
				m[string(k)] = bytes.Clone(v)
				return nil
			})
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return ids, counts
}

// TestMergedNodeCounts checks the layout a new bolt store writes: each
// node's count after its ID in one entry, no count entries, and every
// count the number of quad directions that use the node — as Cayley's own
// layout, which a store initialised by Cayley alone keeps, has them.
func TestMergedNodeCounts(t *testing.T) {
	ctx := context.Background()
	open := func(legacy bool) *Store {
		dir := filepath.Join(t.TempDir(), "kg.db")
		if legacy {
			// A store from before the layout: Cayley's own init, no mark.
			if err := cgraph.InitQuadStore(Bolt, dir, cgraph.Options{}); err != nil {
				t.Fatal(err)
			}
		}
		s, err := Open(ctx, Bolt, dir, false)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	merged, legacy := open(false), open(true)
	rng := rand.New(rand.NewSource(1))
	val := func() quad.Value {
		switch n := rng.Intn(12); {
		case n < 6:
			return quad.IRI(fmt.Sprintf("urn:x:n%d", n))
		case n < 9:
			return quad.String(fmt.Sprintf("lit %d", n))
		default:
			return IntegerValue(n)
		}
	}
	var live []quad.Quad
	for round := 0; round < 40; round++ {
		tx := cgraph.NewTransaction()
		if round%3 == 2 && len(live) > 0 {
			// Retract some of what is stored, in a transaction of its own
			// (graph/articles.go retracts apart from adding).
			rng.Shuffle(len(live), func(i, j int) { live[i], live[j] = live[j], live[i] })
			n := 1 + rng.Intn(len(live))
			for _, q := range live[:n] {
				tx.RemoveQuad(q)
			}
			live = live[n:]
		} else {
			for i := 0; i < 1+rng.Intn(8); i++ {
				q := quad.Quad{Subject: val(), Predicate: quad.IRI(fmt.Sprintf("urn:x:p%d", rng.Intn(3))), Object: val()}
				if rng.Intn(2) == 0 {
					q.Label = quad.IRI("urn:x:label")
				}
				tx.AddQuad(q)
				live = append(live, q)
			}
		}
		for _, s := range []*Store{merged, legacy} {
			if err := s.QuadStore().ApplyDeltas(tx.Deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
				t.Fatalf("round %d: %v", round, err)
			}
		}
		live = slices.Compact(sortedQuads(live))

		mIDs, mCounts := nodeEntries(t, merged)
		lIDs, lCounts := nodeEntries(t, legacy)
		if len(mCounts) != 0 {
			t.Fatalf("round %d: merged store has %d count entries", round, len(mCounts))
		}
		if len(lCounts) == 0 && len(live) > 0 {
			t.Fatalf("round %d: the legacy store keeps no counts: the comparison tests nothing", round)
		}
		if len(mIDs) != len(lIDs) {
			t.Fatalf("round %d: %d nodes in the merged store, %d in Cayley's layout", round, len(mIDs), len(lIDs))
		}
		for h, lv := range lIDs {
			mv, ok := mIDs[h]
			if !ok {
				t.Fatalf("round %d: node %x missing from the merged store", round, h)
			}
			id, n := binary.Uvarint(mv)
			lid, _ := binary.Uvarint(lv)
			if n <= 0 || id != lid {
				t.Fatalf("round %d: node %x: merged entry %x, Cayley's ID %x", round, h, mv, lv)
			}
			if !bytes.Equal(mv[n:], lCounts[h]) {
				t.Fatalf("round %d: node %x: merged count %x, Cayley's %x", round, h, mv[n:], lCounts[h])
			}
		}
		var a, b strings.Builder
		if _, err := merged.Export(ctx, &a); err != nil {
			t.Fatal(err)
		}
		if _, err := legacy.Export(ctx, &b); err != nil {
			t.Fatal(err)
		}
		if a.String() != b.String() {
			t.Fatalf("round %d: exports differ:\n%s\n---\n%s", round, a.String(), b.String())
		}
	}
	if len(live) == 0 {
		t.Fatal("nothing left stored at the end: the test should end with quads")
	}
}

func sortedQuads(qs []quad.Quad) []quad.Quad {
	slices.SortFunc(qs, func(a, b quad.Quad) int { return strings.Compare(a.NQuad(), b.NQuad()) })
	return qs
}
