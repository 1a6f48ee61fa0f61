package graph

import (
	"context"
	"sync"

	hkv "github.com/hidal-go/hidalgo/kv"
)

// stateRider lets Resolve's state write ride in the last graph transaction
// of a rewrite instead of a transaction of its own, on the key-value
// stores (bolt, LevelDB), where the state and the graph share one
// database: each commit costs bolt two syncs of the file, and at 100k
// articles the build waited for them longer than it computed (the writer
// was on the CPU 1,485 s of a 2,354 s run). The state then changes in the
// same transaction as the graph it describes, so an interruption leaves
// both as they were before, as it did when the state was written last.
//
// Cayley opens the graph's write transactions itself (ApplyDeltas), so the
// writes are handed over before the call (arm) and put into the
// transaction when Cayley commits it (riderTx.Commit); disarm takes back
// what no commit carried. Only a bulk build arms it: no other writer
// shares the store then, so no other transaction can carry them.
type stateRider struct {
	mu      sync.Mutex
	kv      map[string][]byte
	taken   bool
	carried int // how many commits carried state writes, for tests
	// trim, when set, is called every txTrimOps reads and writes of a
	// graph write transaction, with the transaction open
	// (Store.trimInTx): a write transaction maps store pages faster than
	// the trimmer's checks drop them.
	trim func()
}

// txTrimOps is how many keys a graph write transaction reads or writes
// between calls of stateRider.trim. Each key read late in a large build is
// about one page fault, which maps the kernel's 64 KiB fault-around window:
// every 4,096 keys the mapped pages could grow by 256 MiB between checks,
// every 512 by 32 MiB. A check reads /proc/self/statm (a few
// microseconds); pages are dropped only above the budget, so checking
// more often drops no more of them (BENCHMARKS.md).
const txTrimOps = 512

// arm hands kv to the next commit of a graph write transaction.
func (r *stateRider) arm(kv map[string][]byte) {
	r.mu.Lock()
	r.kv, r.taken = kv, false
	r.mu.Unlock()
}

// disarm withdraws what arm handed over and reports whether a commit
// carried it.
func (r *stateRider) disarm() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	taken := r.taken
	r.kv, r.taken = nil, false
	return taken
}

// take is what the committing transaction carries: nil when nothing is
// armed.
func (r *stateRider) take() map[string][]byte {
	r.mu.Lock()
	defer r.mu.Unlock()
	kv := r.kv
	if kv != nil {
		r.kv, r.taken = nil, true
		r.carried++
	}
	return kv
}

// riderKV is the database as Cayley sees it: its write transactions carry
// what the rider holds when they commit.
type riderKV struct {
	hkv.KV
	r *stateRider
}

func (k riderKV) Tx(rw bool) (hkv.Tx, error) {
	tx, err := k.KV.Tx(rw)
	if err != nil || !rw {
		return tx, err
	}
	return &riderTx{Tx: tx, r: k.r}, nil
}

type riderTx struct {
	hkv.Tx
	r   *stateRider
	ops int
}

// count notes n keys read or written, trimming every txTrimOps.
func (tx *riderTx) count(n int) {
	if tx.ops += n; tx.ops >= txTrimOps && tx.r.trim != nil {
		tx.ops = 0
		tx.r.trim()
	}
}

func (tx *riderTx) Get(ctx context.Context, k hkv.Key) (hkv.Value, error) {
	tx.count(1)
	return tx.Tx.Get(ctx, k)
}

func (tx *riderTx) GetBatch(ctx context.Context, keys []hkv.Key) ([]hkv.Value, error) {
	tx.count(len(keys))
	return tx.Tx.GetBatch(ctx, keys)
}

func (tx *riderTx) Put(k hkv.Key, v hkv.Value) error {
	tx.count(1)
	return tx.Tx.Put(k, v)
}

func (tx *riderTx) Del(k hkv.Key) error {
	tx.count(1)
	return tx.Tx.Del(k)
}

func (tx *riderTx) Commit(ctx context.Context) error {
	if kv := tx.r.take(); kv != nil {
		if err := putState(tx.Tx, kv); err != nil {
			tx.Tx.Close()
			return err
		}
	}
	return tx.Tx.Commit(ctx)
}
