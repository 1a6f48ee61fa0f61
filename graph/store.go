package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt"    // embedded default store
	_ "github.com/cayleygraph/cayley/graph/kv/leveldb" // embedded alternative, measured in BENCHMARKS.md
	_ "github.com/cayleygraph/cayley/graph/memstore"   // tests and throwaway graphs
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
	_ "github.com/cayleygraph/cayley/writer" // the "single" quad writer, for QuadWriter
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"

	"github.com/kg-project/kg"
)

func init() {
	// Keep typed literals such as "2022-01-12"^^xsd:date as written: the
	// reader would otherwise turn them into native values and dump them
	// back in another form, breaking export -> import -> export.
	nquads.AutoConvertTypedString = false
}

// Backends kg can open. The SQL ones take a connection string as address.
const (
	Bolt      = "bolt"
	LevelDB   = "leveldb"
	Memory    = "memory"
	Postgres  = "postgres"
	Cockroach = "cockroach"
)

// ErrNotFound is returned when an article asked for is not in the store.
var ErrNotFound = errors.New("not found")

// Store is a Cayley quad store holding kg's graph.
type Store struct {
	qs   graph.QuadStore
	bolt *bolt.DB // the bolt backend's file, to bound its mapped pages
	// state is kg's bookkeeping beside the graph (state.go, articles.go).
	state        state
	stateChecked bool
	// mu orders Stage and StageRemove with Resolve's batches, so that a
	// build can stage articles while the previous ones are resolved;
	// resolving serialises Resolve calls.
	mu        sync.Mutex
	resolving sync.Mutex
	// countsForgotten: quads were written other than by Resolve, and the
	// state's counts are gone (articles.go).
	countsForgotten atomic.Bool
	closeState      func() error
	// rider carries Resolve's state writes in the graph's last write
	// transaction of a rewrite, on the key-value backends (rider.go).
	rider *stateRider
	// mappedAhead: the bolt file is mapped mapAhead bytes (resident.go).
	mappedAhead bool
	// Link links entities across the store's articles in Resolve; nil
	// links nothing.
	Link Linker
	// trimStop and trimDone run the writable bolt store's trimmer
	// (resident.go).
	trimStop, trimDone chan struct{}
	bulk               atomic.Int32 // bulk work under way (Bulk)
	writing            atomic.Int32 // write transactions under way
	wrote              atomic.Bool  // a write ended since the trimmer's last look
	backend            string
	addr               string
	ident              os.FileInfo // the store's file when opened (Replaced)
}

var (
	urlPassword   = regexp.MustCompile(`([A-Za-z][A-Za-z0-9+.-]*://[^/?#\s:@"']*:)[^/?#\s@"']*@`)
	paramPassword = regexp.MustCompile(`(?i)(\bpassword=)('[^']*'|[^&\s"']*)`)
)

// Redact hides the passwords in s, a store address or a message that may
// hold one: postgres://kg:***@host/db, …?password=***, password=*** in a
// key=value connection string. Errors from Open and OpenReadOnly name the
// store this way.
func Redact(s string) string {
	s = urlPassword.ReplaceAllString(s, "${1}***@")
	return paramPassword.ReplaceAllString(s, "${1}***")
}

// ParseDB splits a --db value into backend and address: "postgres://…" and
// "postgresql://…" select PostgreSQL, "cockroach://…" CockroachDB (given to
// the driver as postgresql://…), "memory:" the in-memory store, "leveldb:PATH"
// LevelDB and anything else is a bolt file path. A non-empty backend
// overrides what the address implies.
func ParseDB(backend, db string) (string, string) {
	switch {
	case backend != "":
		if backend == Cockroach {
			db = strings.Replace(db, "cockroach://", "postgresql://", 1)
		}
		return backend, db
	case strings.HasPrefix(db, "postgres://"), strings.HasPrefix(db, "postgresql://"):
		return Postgres, db
	case strings.HasPrefix(db, "cockroach://"):
		return Cockroach, "postgresql://" + strings.TrimPrefix(db, "cockroach://")
	case db == "memory:" || db == Memory:
		return Memory, ""
	case strings.HasPrefix(db, "leveldb:"):
		return LevelDB, strings.TrimPrefix(db, "leveldb:")
	case strings.HasPrefix(db, "bolt:"):
		return Bolt, strings.TrimPrefix(db, "bolt:")
	}
	return Bolt, db
}

// Open opens (creating it if need be) the store of the given backend at addr.
// With mustExist, a file store that does not exist yet is an error rather
// than created, for commands that only read. It returns an error naming the store when it
// cannot be created or opened.
func Open(ctx context.Context, backend, addr string, mustExist bool) (*Store, error) {
	return open(ctx, backend, addr, mustExist, false)
}

// OpenReadOnly opens an existing store for reading. A bolt file is opened
// shared, so that any number of readers (kg serve, kg query, kg export) can
// use it at once; a writer then waits for them (ErrLocked). Writes to a
// read-only store fail. Other backends open as with Open.
func OpenReadOnly(ctx context.Context, backend, addr string) (*Store, error) {
	return open(ctx, backend, addr, true, true)
}

func open(ctx context.Context, backend, addr string, mustExist, readOnly bool) (*Store, error) {
	name := backend
	if backend == Memory {
		name = "memstore" // Cayley's registered name for its in-memory store
	}
	if !graph.IsRegistered(name) {
		return nil, fmt.Errorf("open store: unknown backend %q (have %s)", backend, strings.Join([]string{Bolt, LevelDB, Memory, Postgres, Cockroach}, ", "))
	}
	opts := graph.Options{}
	if backend == Bolt || backend == LevelDB {
		// Cayley's kv stores otherwise allocate bloom filters of ~80 MB each
		// (one per index when opened empty); measured in BENCHMARKS.md, they
		// cost far more memory than they save time.
		opts[kv.OptNoBloom] = true
		if err := checkTarget(backend, addr); err != nil {
			return nil, fmt.Errorf("open %s store %q: %w", backend, Redact(addr), err)
		}
		if mustExist {
			file := addr
			switch backend {
			case Bolt:
				file = filepath.Join(addr, boltFile)
			case LevelDB:
				file = filepath.Join(addr, levelDBMarker)
			}
			if _, err := os.Stat(file); err != nil {
				return nil, fmt.Errorf("open store %q: %w (build it first with kg build)", Redact(addr), err)
			}
		}
	}
	// An existing bolt file is not initialised again: Cayley's init would
	// open it without a lock timeout and hang while another kg holds it.
	// LevelDB is initialised by openLevelDB.
	_, statErr := os.Stat(filepath.Join(addr, boltFile))
	if backend != Memory && backend != LevelDB && !mustExist && !(backend == Bolt && statErr == nil) {
		err := initStore(name, addr, opts)
		if err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
			return nil, fmt.Errorf("init %s store %q: %w", backend, Redact(addr), err)
		}
	}
	st := &Store{backend: backend, addr: addr, rider: &stateRider{}}
	st.rider.trim = st.trimInTx
	var err error
	var kvdb hkv.KV
	switch backend {
	case Bolt:
		st.qs, kvdb, st.mappedAhead, err = openBolt(addr, opts, readOnly, st.rider)
		if errors.Is(err, graph.ErrNotInitialized) && !mustExist {
			// A file left by an interrupted first open: initialise it now.
			if err = initStore(name, addr, opts); err == nil {
				st.qs, kvdb, st.mappedAhead, err = openBolt(addr, opts, readOnly, st.rider)
			}
		}
		if err == nil {
			st.bolt = kvdb.(*hbolt.DB).DB()
		}
	case LevelDB:
		st.qs, kvdb, err = openLevelDB(ctx, addr, opts, readOnly, !mustExist, st.rider)
	default:
		st.qs, err = graph.NewQuadStore(name, addr, opts)
	}
	if err != nil {
		return nil, fmt.Errorf("open %s store %q: %w", backend, Redact(addr), err)
	}
	if backend == Bolt || backend == LevelDB {
		// The file opened, for Replaced. A failure leaves it unchecked.
		st.ident, _ = os.Stat(storeFile(backend, addr))
	}
	switch backend {
	case Bolt, LevelDB:
		st.state = kvState{db: kvdb, trim: st.trimInTx}
	case Postgres, Cockroach:
		ss, err := openSQLState(ctx, addr, readOnly)
		if err != nil {
			st.qs.Close()
			return nil, fmt.Errorf("open %s store %q: %w", backend, Redact(addr), err)
		}
		st.state, st.closeState = ss, ss.close
	default:
		st.state = &memState{}
	}
	if st.bolt != nil && !readOnly {
		st.startTrimmer()
	}
	return st, nil
}

// kvIndexes are the quad indexes of a new bolt or leveldb store: Cayley's
// defaults (subject-predicate, object-predicate-subject). An article's own
// quads are known from the store's state (articles.go), so no index by
// label is kept: stores written before the one-graph model have one, which
// cost a third of every write. (An index led by the predicate was tried and
// dropped: Cayley's planner then serves in(predicate) from it, 30× slower
// at 2.6M quads; BENCHMARKS.md.)
var kvIndexes = []kv.QuadIndex{
	{Dirs: []quad.Direction{quad.Subject, quad.Predicate}},
	{Dirs: []quad.Direction{quad.Object, quad.Predicate, quad.Subject}},
}

// initStore creates a store. For bolt it then replaces the index layout
// Cayley wrote with kvIndexes, before any quad is stored (openLevelDB does
// the same for LevelDB):
// Cayley v0.7.7 reads a custom layout only from $CAYLEY_KV_INDEXES, which
// it decodes into a struct with unexported fields, so that route fails.
func initStore(name, addr string, opts graph.Options) error {
	if err := graph.InitQuadStore(name, addr, opts); err != nil {
		return err
	}
	if name != Bolt {
		return nil
	}
	db, err := hbolt.Open(filepath.Join(addr, boltFile), nil)
	if err != nil {
		return err
	}
	defer db.Close()
	return writeLayout(context.Background(), db)
}

// writeLayout replaces the index layout of a store just initialised, with
// no quad yet, by kvIndexes, and marks it as keeping its node counts with
// the nodes' IDs (mergedNodes).
func writeLayout(ctx context.Context, db hkv.KV) error {
	layout, err := json.Marshal(kvIndexes)
	if err != nil {
		return err
	}
	return hkv.Update(ctx, db, func(tx hkv.Tx) error {
		for _, ind := range kvIndexes {
			b := make([]byte, len(ind.Dirs))
			for i, d := range ind.Dirs {
				b[i] = d.Prefix() // Cayley names an index's bucket by its directions
			}
			if err := hkv.CreateBucket(ctx, tx, hkv.Key{b}); err != nil {
				return err
			}
		}
		if err := tx.Put(nodesKey, []byte(nodesMerged)); err != nil {
			return err
		}
		return tx.Put(hkv.Key{[]byte("meta"), []byte("indexes")}, layout)
	})
}

// OpenMemory returns an empty in-memory store.
func OpenMemory() *Store {
	s, err := Open(context.Background(), Memory, "", false)
	if err != nil {
		panic(err) // the memory backend is linked in and cannot fail to open
	}
	return s
}

// QuadStore exposes the Cayley store, for the HTTP API and Gizmo.
func (s *Store) QuadStore() graph.QuadStore { return s.qs }

// Backend is the name of the store's backend.
func (s *Store) Backend() string { return s.backend }

// Close flushes and closes the store.
func (s *Store) Close() error {
	s.stopTrimmer()
	err := s.qs.Close()
	if s.closeState != nil {
		if cerr := s.closeState(); err == nil {
			err = cerr
		}
	}
	return err
}

// PutResult is what PutArticle did.
type PutResult int

// What PutArticle can do with an article.
const (
	Unchanged PutResult = iota // same input as stored: nothing written
	Added                      // new article
	Replaced                   // article changed: its quads replaced
)

func (r PutResult) String() string {
	return [...]string{"unchanged", "added", "replaced"}[r]
}

// PutArticle writes one article's extraction result: Stage, then Resolve.
// If the article is stored with the same fingerprint nothing is written.
// It returns what it did and the number of quads added, or an error
// naming the article.
func (s *Store) PutArticle(ctx context.Context, res *kg.Result, fingerprint string) (PutResult, int, error) {
	out, n, err := s.PutArticles(ctx, []Article{{Result: res, Fingerprint: fingerprint}})
	if err != nil {
		return Unchanged, n, fmt.Errorf("article %q: %w", res.Doc.ID, err)
	}
	return out[0], n, nil
}

// Article is one extraction result with the fingerprint of its input.
type Article struct {
	Result      *kg.Result
	Fingerprint string
}

// PutArticles stages articles and resolves the store (Stage, Resolve). It
// returns what it did with each article and the number of quads written.
// Article IDs must be distinct.
func (s *Store) PutArticles(ctx context.Context, batch []Article) ([]PutResult, int, error) {
	out, err := s.Stage(ctx, batch)
	if err != nil {
		return out, 0, err
	}
	sum, err := s.Resolve(ctx)
	return out, sum.Quads, err
}

// apply adds and removes quads in one transaction, skipping quads already
// present or already gone.
func (s *Store) apply(add, remove []quad.Quad) error {
	if len(add) == 0 && len(remove) == 0 {
		return nil
	}
	tx := graph.NewTransaction()
	for _, q := range add {
		tx.AddQuad(q)
	}
	for _, q := range remove {
		tx.RemoveQuad(q)
	}
	s.writeBegins()
	err := s.qs.ApplyDeltas(tx.Deltas, graph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true})
	s.writeEnds()
	if err != nil {
		return err
	}
	return s.boundResident()
}

// Fingerprints maps the ID of every stored article to its fingerprint.
func (s *Store) Fingerprints(ctx context.Context) (map[string]string, error) {
	out := map[string]string{}
	err := s.state.scan(ctx, keyArticle, func(k string, v []byte) error {
		out[strings.TrimPrefix(k, keyArticle)] = rawFP(v)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read fingerprints: %w", err)
	}
	return out, nil
}

// rawFP reads the fingerprint of a staged article without decoding it all.
func rawFP(v []byte) string {
	var r struct {
		FP string `json:"fp"`
	}
	if json.Unmarshal(v, &r) != nil {
		return ""
	}
	return r.FP
}

// eachQuadOf calls fn for every quad in the store, keeping the resident
// set bounded while it reads. It stops with ctx.Err() when ctx is done
// (the stores' iterators do not look).
func (s *Store) eachQuadOf(ctx context.Context, fn func(quad.Quad) error) error {
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	for n := 1; it.Next(ctx); n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := fn(s.qs.Quad(it.Result())); err != nil {
			return err
		}
		if n%residentEvery == 0 {
			if err := s.boundResident(); err != nil {
				return err
			}
		}
	}
	return it.Err()
}

// Fingerprint returns the stored fingerprint of an article, "" if absent.
// It is one lookup in the store's state, safe beside a writer.
func (s *Store) Fingerprint(ctx context.Context, docID string) (string, error) {
	v, err := s.state.get(ctx, []string{keyArticle + docID})
	if err != nil || v[0] == nil {
		return "", err
	}
	return rawFP(v[0]), nil
}

// FingerprintLookup returns a function giving the stored fingerprint of an
// article ("" if absent), which may be called while the store is written
// to: one lookup in the store's state per article.
func (s *Store) FingerprintLookup(ctx context.Context) (func(ctx context.Context, docID string) (string, error), error) {
	return s.Fingerprint, nil
}

// RemoveArticle removes an article (StageRemove, then Resolve): its own
// quads, and the facts no other article states. It returns the number of
// quads retracted, or ErrNotFound when the store has no such article.
func (s *Store) RemoveArticle(ctx context.Context, docID string) (int, error) {
	if err := s.StageRemove(ctx, docID); err != nil {
		return 0, err
	}
	sum, err := s.Resolve(ctx)
	if err != nil {
		return sum.Removed, fmt.Errorf("remove article %q: %w", docID, err)
	}
	return sum.Removed, nil
}

// Articles lists the document IDs of every stored article.
func (s *Store) Articles(ctx context.Context) ([]string, error) {
	var ids []string
	err := s.state.scan(ctx, keyArticle, func(k string, _ []byte) error {
		ids = append(ids, strings.TrimPrefix(k, keyArticle))
		return nil
	})
	return ids, err
}
