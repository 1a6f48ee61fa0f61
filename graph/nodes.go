package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// Cayley's key-value stores keep two entries for every node: its ID under
// the hash of its value (buckets "v" + two bytes of the hash) and how many
// quads use it under the same hash in other buckets ("n" + two bytes).
// Hashes scatter both over the file, so in bolt each new node dirtied two
// random pages in the transaction that wrote it, and each node a
// transaction used one more: at 10k articles the reference counts were
// 39 % of the pages a build wrote (BENCHMARKS.md).
//
// mergedNodes keeps the count in the ID's entry instead, after the ID:
// one page per node. It rewrites Cayley's keys on their way to the store,
// so Cayley reads and writes the counts as before; the ID entry still
// starts with the ID as Cayley encodes it. A store uses the layout when
// its metadata says so (nodesKey), which new stores do from their first
// quad; older stores keep Cayley's.
type mergedNodes struct{ hkv.KV }

// nodesKey marks, in Cayley's metadata bucket, a store whose node counts
// are kept in the ID entries.
var nodesKey = hkv.Key{[]byte("meta"), []byte("kg-nodes")}

const nodesMerged = "merged-counts"

// usesMergedNodes reports whether db keeps its node counts merged.
func usesMergedNodes(db hkv.KV) (bool, error) {
	merged := false
	err := hkv.View(db, func(tx hkv.Tx) error {
		v, err := tx.Get(context.Background(), nodesKey)
		if errors.Is(err, hkv.ErrNotFound) {
			return nil
		}
		merged = err == nil && string(v) == nodesMerged
		return err
	})
	return merged, err
}

// newKV opens Cayley's quad store over db, through mergedNodes when db
// keeps its node counts merged, its write transactions carrying what r
// holds (stateRider).
func newKV(db hkv.KV, opts graph.Options, r *stateRider) (graph.QuadStore, error) {
	merged, err := usesMergedNodes(db)
	if err != nil {
		return nil, err
	}
	if merged {
		return kv.New(riderKV{mergedNodes{db}, r}, opts)
	}
	return kv.New(riderKV{db, r}, opts)
}

func (m mergedNodes) Tx(rw bool) (hkv.Tx, error) {
	tx, err := m.KV.Tx(rw)
	if err != nil {
		return nil, err
	}
	return &nodesTx{Tx: tx}, nil
}

type nodesTx struct{ hkv.Tx }

// countKey reports whether k is one of Cayley's node-count keys, and the
// key of the node's ID entry that holds the count.
func countKey(k hkv.Key) (hkv.Key, bool) {
	if len(k) != 2 || len(k[0]) != 3 || k[0][0] != 'n' {
		return nil, false
	}
	return hkv.Key{{'v', k[0][1], k[0][2]}, k[1]}, true
}

func idKey(k hkv.Key) bool { return len(k) == 2 && len(k[0]) == 3 && k[0][0] == 'v' }

// split parts an ID entry into the ID and the count, as Cayley encodes
// each (uvarints); the count is nil when there is none.
func split(v []byte) (id, count []byte) {
	_, n := binary.Uvarint(v)
	if n <= 0 {
		return v, nil
	}
	if n == len(v) {
		return v, nil
	}
	return v[:n], v[n:]
}

func (tx *nodesTx) Get(ctx context.Context, k hkv.Key) (hkv.Value, error) {
	vals, err := tx.GetBatch(ctx, []hkv.Key{k})
	if err != nil {
		return nil, err
	}
	if vals[0] == nil {
		return nil, hkv.ErrNotFound
	}
	return vals[0], nil
}

func (tx *nodesTx) GetBatch(ctx context.Context, keys []hkv.Key) ([]hkv.Value, error) {
	mapped := keys
	var counts []bool
	for i, k := range keys {
		if ik, ok := countKey(k); ok {
			if counts == nil {
				mapped = append([]hkv.Key(nil), keys...)
				counts = make([]bool, len(keys))
			}
			mapped[i], counts[i] = ik, true
		}
	}
	vals, err := tx.Tx.GetBatch(ctx, mapped)
	if err != nil {
		return nil, err
	}
	for i, k := range keys {
		if vals[i] == nil {
			continue
		}
		id, count := split(vals[i])
		switch {
		case counts != nil && counts[i]:
			vals[i] = count
		case idKey(k):
			vals[i] = id
		}
	}
	return vals, nil
}

func (tx *nodesTx) Put(k hkv.Key, v hkv.Value) error {
	ik, isCount := countKey(k)
	if !isCount && !idKey(k) {
		return tx.Tx.Put(k, v)
	}
	if !isCount {
		ik = k
	}
	old, err := tx.Tx.Get(context.Background(), ik)
	if err != nil && !errors.Is(err, hkv.ErrNotFound) {
		return err
	}
	id, count := split(old)
	if isCount {
		if old == nil {
			return errors.New("graph: node count written before the node")
		}
		count = v
	} else {
		id = v
	}
	// A fresh slice: bolt keeps the value until the transaction ends, and
	// old points into its pages.
	nv := make([]byte, 0, len(id)+len(count))
	nv = append(append(nv, id...), count...)
	if bytes.Equal(nv, old) {
		return nil
	}
	return tx.Tx.Put(ik, nv)
}

func (tx *nodesTx) Del(k hkv.Key) error {
	ik, ok := countKey(k)
	if !ok {
		return tx.Tx.Del(k)
	}
	old, err := tx.Tx.Get(context.Background(), ik)
	if errors.Is(err, hkv.ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	id, count := split(old)
	if count == nil {
		return nil
	}
	return tx.Tx.Put(ik, append([]byte(nil), id...))
}
