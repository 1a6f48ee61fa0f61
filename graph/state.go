package graph

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/lib/pq"
)

// state is kg's bookkeeping beside the graph: what each article was
// extracted as, what the graph holds of it, how many articles state each
// fact and name each entity. It lives outside the quad store (a bucket of
// the bolt file, keys of the LevelDB, a table of the SQL database, a map
// for the memory store), so that no query, export or console page ever
// meets it. Keys are strings; a write is one atomic transaction.
type state interface {
	// get returns the values of keys, nil for a missing key.
	get(ctx context.Context, keys []string) ([][]byte, error)
	// scan calls fn for every key with the prefix, in key order. fn must
	// not keep v.
	scan(ctx context.Context, prefix string, fn func(k string, v []byte) error) error
	// write puts and deletes keys in one transaction (a nil value deletes).
	write(ctx context.Context, kv map[string][]byte) error
}

// stateBucket holds the bookkeeping in a bolt or LevelDB store.
var stateBucket = []byte("kg-state")

// kvState keeps the state in the key-value database under the quad store.
// trim, when set, is called every scanTrimBytes of values a scan reads,
// with the scan's read transaction open (Store.trimInTx).
type kvState struct {
	db   hkv.KV
	trim func()
}

// scanTrimBytes is how much of the state a scan reads between calls of
// kvState.trim: a resolver round reads every article's summary (hundreds
// of megabytes at 100k articles) at the speed of the page cache, faster
// than the trimmer's checks keep up with.
const scanTrimBytes = 16 << 20

func (s kvState) key(k string) hkv.Key { return hkv.Key{stateBucket, []byte(k)} }

func (s kvState) get(ctx context.Context, keys []string) ([][]byte, error) {
	out := make([][]byte, len(keys))
	err := hkv.View(s.db, func(tx hkv.Tx) error {
		ks := make([]hkv.Key, len(keys))
		for i, k := range keys {
			ks[i] = s.key(k)
		}
		vals, err := tx.GetBatch(ctx, ks)
		if err != nil {
			return err
		}
		for i, v := range vals {
			if v != nil {
				out[i] = bytes.Clone(v)
			}
		}
		return nil
	})
	return out, err
}

func (s kvState) scan(ctx context.Context, prefix string, fn func(string, []byte) error) error {
	return hkv.View(s.db, func(tx hkv.Tx) error {
		it := tx.Scan(s.key(prefix))
		defer it.Close()
		read := 0
		for it.Next(ctx) {
			k, v := it.Key(), it.Val()
			if err := fn(string(k[len(k)-1]), v); err != nil {
				return err
			}
			if read += len(k[len(k)-1]) + len(v); read >= scanTrimBytes && s.trim != nil {
				s.trim()
				read = 0
			}
		}
		return it.Err()
	})
}

func (s kvState) write(ctx context.Context, kv map[string][]byte) error {
	if len(kv) == 0 {
		return nil
	}
	return hkv.Update(ctx, s.db, func(tx hkv.Tx) error { return putState(tx, kv) })
}

// putState writes kv to the state in tx: a nil value deletes its key.
func putState(tx hkv.Tx, kv map[string][]byte) error {
	for _, k := range sortedStateKeys(kv) {
		var err error
		if v := kv[k]; v == nil {
			err = tx.Del(kvState{}.key(k))
		} else {
			err = tx.Put(kvState{}.key(k), v)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func sortedStateKeys(kv map[string][]byte) []string {
	keys := make([]string, 0, len(kv))
	for k := range kv {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// memState keeps the state of a memory store.
type memState struct {
	mu sync.RWMutex
	m  map[string][]byte
}

func (s *memState) get(_ context.Context, keys []string) ([][]byte, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([][]byte, len(keys))
	for i, k := range keys {
		if v, ok := s.m[k]; ok {
			out[i] = bytes.Clone(v)
		}
	}
	return out, nil
}

func (s *memState) scan(ctx context.Context, prefix string, fn func(string, []byte) error) error {
	s.mu.RLock()
	var keys []string
	for k := range s.m {
		if strings.HasPrefix(k, prefix) {
			keys = append(keys, k)
		}
	}
	s.mu.RUnlock()
	sort.Strings(keys)
	for _, k := range keys {
		if err := ctx.Err(); err != nil {
			return err
		}
		s.mu.RLock()
		v, ok := s.m[k]
		s.mu.RUnlock()
		if !ok {
			continue
		}
		if err := fn(k, v); err != nil {
			return err
		}
	}
	return nil
}

func (s *memState) write(_ context.Context, kv map[string][]byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = map[string][]byte{}
	}
	for k, v := range kv {
		if v == nil {
			delete(s.m, k)
		} else {
			s.m[k] = bytes.Clone(v)
		}
	}
	return nil
}

// sqlState keeps the state of a PostgreSQL or CockroachDB store in a table
// of the same database.
type sqlState struct{ db *sql.DB }

const stateTable = "kg_state"

func openSQLState(ctx context.Context, addr string, readOnly bool) (*sqlState, error) {
	db, err := sql.Open("postgres", addr)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(4)
	if !readOnly {
		if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS `+stateTable+` (k BYTEA PRIMARY KEY, v BYTEA NOT NULL)`); err != nil {
			db.Close()
			return nil, fmt.Errorf("create table %s: %w", stateTable, err)
		}
	}
	return &sqlState{db: db}, nil
}

func (s *sqlState) get(ctx context.Context, keys []string) ([][]byte, error) {
	out := make([][]byte, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	arr := make(pq.ByteaArray, len(keys))
	at := make(map[string][]int, len(keys))
	for i, k := range keys {
		arr[i] = []byte(k)
		at[k] = append(at[k], i)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT k, v FROM `+stateTable+` WHERE k = ANY($1)`, arr)
	if err != nil {
		if isMissingTable(err) {
			return out, nil
		}
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var k, v []byte
		if err := rows.Scan(&k, &v); err != nil {
			return nil, err
		}
		for _, i := range at[string(k)] {
			out[i] = bytes.Clone(v)
		}
	}
	return out, rows.Err()
}

func (s *sqlState) scan(ctx context.Context, prefix string, fn func(string, []byte) error) error {
	// Keys with the prefix sort between it and the prefix followed by the
	// highest byte; bytea compares bytewise.
	hi := append([]byte(prefix), 0xff, 0xff, 0xff, 0xff)
	rows, err := s.db.QueryContext(ctx, `SELECT k, v FROM `+stateTable+` WHERE k >= $1 AND k < $2 ORDER BY k`, []byte(prefix), hi)
	if err != nil {
		if isMissingTable(err) {
			return nil
		}
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var k, v []byte
		if err := rows.Scan(&k, &v); err != nil {
			return err
		}
		if !strings.HasPrefix(string(k), prefix) {
			continue
		}
		if err := fn(string(k), v); err != nil {
			return err
		}
	}
	return rows.Err()
}

func (s *sqlState) write(ctx context.Context, kv map[string][]byte) error {
	if len(kv) == 0 {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var del pq.ByteaArray
	var putK, putV pq.ByteaArray
	for _, k := range sortedStateKeys(kv) {
		if v := kv[k]; v == nil {
			del = append(del, []byte(k))
		} else {
			putK, putV = append(putK, []byte(k)), append(putV, v)
		}
	}
	if len(del) > 0 {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+stateTable+` WHERE k = ANY($1)`, del); err != nil {
			return err
		}
	}
	if len(putK) > 0 {
		_, err := tx.ExecContext(ctx, `INSERT INTO `+stateTable+` (k, v) SELECT * FROM unnest($1::bytea[], $2::bytea[])
			ON CONFLICT (k) DO UPDATE SET v = excluded.v`, putK, putV)
		if err != nil {
			return err
		}
	}
	return tx.Commit()
}

func (s *sqlState) close() error { return s.db.Close() }

func isMissingTable(err error) bool {
	var pe *pq.Error
	return errors.As(err, &pe) && pe.Code == "42P01" // undefined_table
}
