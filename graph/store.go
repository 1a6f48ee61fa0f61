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
	// unmarked: the store was empty when opened; its first article write
	// carries the registry's format marker (registry.go).
	unmarked bool
	// registryKnown holds registry quads known to be stored (registry.go).
	registryKnown map[registryKey]bool
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
	st := &Store{backend: backend, addr: addr}
	var err error
	switch backend {
	case Bolt:
		st.qs, st.bolt, err = openBolt(addr, opts, readOnly)
		if errors.Is(err, graph.ErrNotInitialized) && !mustExist {
			// A file left by an interrupted first open: initialise it now.
			if err = initStore(name, addr, opts); err == nil {
				st.qs, st.bolt, err = openBolt(addr, opts, readOnly)
			}
		}
	case LevelDB:
		st.qs, err = openLevelDB(ctx, addr, opts, readOnly, !mustExist)
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
	if st.bolt != nil && !readOnly {
		st.startTrimmer()
	}
	if !readOnly {
		if err := st.checkRegistry(ctx); err != nil {
			st.Close()
			return nil, fmt.Errorf("open %s store %q: %w", backend, Redact(addr), err)
		}
	}
	return st, nil
}

// kvIndexes are the quad indexes of a new bolt or leveldb store: Cayley's
// defaults (subject-predicate, object-predicate-subject) plus one by label,
// without which finding an article's quads (replace, remove) reads every
// quad. (An index led by the predicate was tried and dropped: Cayley's
// planner then serves in(predicate) from it, 30× slower at 2.6M quads;
// BENCHMARKS.md.)
var kvIndexes = []kv.QuadIndex{
	{Dirs: []quad.Direction{quad.Subject, quad.Predicate}},
	{Dirs: []quad.Direction{quad.Object, quad.Predicate, quad.Subject}},
	{Dirs: []quad.Direction{quad.Label, quad.Subject, quad.Predicate, quad.Object}},
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
// no quad yet, by kvIndexes.
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
	return s.qs.Close()
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

// PutArticle writes one article's extraction result. If the article is
// stored with the same fingerprint nothing is written. A new article is
// written in one transaction. A changed article is replaced in two: the
// first adds the new quads (the store then holds the whole new version
// beside leftovers of the old), the second retracts the old quads the new
// version does not have. Were the second to fail, the article would carry
// two fingerprints and the next PutArticle of it would finish the job; no
// reader ever sees half an article. (One transaction would be simpler, but
// Cayley v0.7.7's key-value stores net node reference counts within a
// transaction and corrupt the store when it drops more quads of a node than
// it adds: see graph/conformance_test.go.) It returns what it did and the
// number of quads added, or an error naming the article.
func (s *Store) PutArticle(ctx context.Context, res *kg.Result, fingerprint string) (PutResult, int, error) {
	if err := ctx.Err(); err != nil {
		return Unchanged, 0, err
	}
	art := ArticleIRI(res.Doc.ID)
	old, err := s.articleQuads(ctx, art)
	if err != nil {
		return Unchanged, 0, fmt.Errorf("article %q: %w", res.Doc.ID, err)
	}
	var hashes []quad.Value
	for _, q := range old {
		if q.Subject == art && q.Predicate == ContentHash {
			hashes = append(hashes, q.Object)
		}
	}
	if len(hashes) == 1 && hashes[0] == quad.String(fingerprint) {
		return Unchanged, 0, nil
	}
	quads := Quads(res, fingerprint)
	// Quads are compared by their N-Quads text, as the store hashes them:
	// a value read back may differ in Go type (xsd:integer) but not in text.
	keep := make(map[string]bool, len(quads))
	for _, q := range quads {
		keep[q.NQuad()] = true
	}
	reg, err := s.newRegistryQuads(ctx, registryQuads(res), map[quad.Quad]bool{})
	if err != nil {
		return Unchanged, 0, fmt.Errorf("article %q: %w", res.Doc.ID, err)
	}
	if len(old) == 0 {
		if err := s.apply(append(append(quads, reg...), s.markRegistry()...), nil); err != nil {
			return Unchanged, 0, fmt.Errorf("write article %q: %w", res.Doc.ID, err)
		}
		return Added, len(quads), nil
	}
	var stale, fresh []quad.Quad
	had := make(map[string]bool, len(old))
	for _, q := range old {
		k := q.NQuad()
		had[k] = true
		if !keep[k] {
			stale = append(stale, q)
		}
	}
	for _, q := range quads {
		if !had[q.NQuad()] {
			fresh = append(fresh, q)
		}
	}
	if err := s.apply(append(fresh, reg...), nil); err != nil {
		return Unchanged, 0, fmt.Errorf("write article %q: %w", res.Doc.ID, err)
	}
	gone, err := s.registryGone(ctx, stale)
	if err != nil {
		return Unchanged, 0, fmt.Errorf("article %q: %w", res.Doc.ID, err)
	}
	if err := s.apply(nil, append(stale, gone...)); err != nil {
		return Unchanged, 0, fmt.Errorf("retract old version of article %q: %w", res.Doc.ID, err)
	}
	return Replaced, len(fresh), nil
}

// Article is one extraction result with the fingerprint of its input.
type Article struct {
	Result      *kg.Result
	Fingerprint string
}

// PutArticles writes several articles as PutArticle does, but the new ones
// in a single transaction, which loads far faster than one transaction per
// article; changed ones are replaced one by one. Either every new article
// of the batch is written or none is. It returns what it did with each
// article and the number of quads written. Article IDs must be distinct.
func (s *Store) PutArticles(ctx context.Context, batch []Article) ([]PutResult, int, error) {
	out := make([]PutResult, len(batch))
	var added []int
	n := 0
	// Stored articles first, one by one, so that the registry quads of the
	// new ones are checked against what the replacements wrote.
	for i, a := range batch {
		if err := ctx.Err(); err != nil {
			return out, n, err
		}
		stored, err := s.hasArticle(ctx, a.Result.Doc.ID)
		if err != nil {
			return out, n, err
		}
		if !stored {
			added = append(added, i)
			continue
		}
		r, k, err := s.PutArticle(ctx, a.Result, a.Fingerprint)
		if err != nil {
			return out, n, err
		}
		out[i], n = r, n+k
	}
	if len(added) == 0 {
		return out, n, nil
	}
	var fresh, reg []quad.Quad
	registered := map[quad.Quad]bool{} // each registry quad once in the batch
	for _, i := range added {
		res := batch[i].Result
		fresh = append(fresh, Quads(res, batch[i].Fingerprint)...)
		r, err := s.newRegistryQuads(ctx, registryQuads(res), registered)
		if err != nil {
			return out, n, err
		}
		reg = append(reg, r...)
	}
	if err := s.apply(append(append(fresh, reg...), s.markRegistry()...), nil); err != nil {
		return out, n, fmt.Errorf("write %d articles: %w", len(added), err)
	}
	for _, i := range added {
		out[i] = Added
	}
	return out, n + len(fresh), nil
}

// hasArticle reports whether any quad is labelled with the article.
func (s *Store) hasArticle(ctx context.Context, docID string) (bool, error) {
	ref := s.qs.ValueOf(ArticleIRI(docID))
	if ref == nil {
		return false, nil
	}
	it := s.qs.QuadIterator(quad.Label, ref)
	defer it.Close()
	return it.Next(ctx), it.Err()
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
	s.rememberRegistry(add)
	s.forgetRegistry(remove)
	return s.boundResident()
}

// Fingerprints maps the ID of every stored article to its fingerprint. It
// reads every quad once (there is no index by predicate).
func (s *Store) Fingerprints(ctx context.Context) (map[string]string, error) {
	byIRI := map[quad.Value]string{}
	ids := map[quad.Value]string{}
	err := s.eachQuadOf(ctx, func(q quad.Quad) error {
		switch q.Predicate {
		case ContentHash:
			byIRI[q.Subject] = Literal(q.Object)
		case DocID:
			ids[q.Subject] = Literal(q.Object)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read fingerprints: %w", err)
	}
	out := make(map[string]string, len(byIRI))
	for art, fp := range byIRI {
		if id, ok := ids[art]; ok {
			out[id] = fp
		}
	}
	return out, nil
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

// Fingerprint returns the stored fingerprint of an article, "" if absent
// (or if it has two, as an interrupted replacement leaves it). It is one
// index lookup, safe beside a writer except on the memory backend.
func (s *Store) Fingerprint(ctx context.Context, docID string) (string, error) {
	// The iterator is closed before its quads are read: on bolt it holds a
	// read transaction, and opening a second one on this goroutine while a
	// concurrent writer waits to remap the file would deadlock.
	refs, err := s.matchRefs(ctx, quad.Quad{Subject: ArticleIRI(docID), Predicate: ContentHash}, 2)
	if err != nil || len(refs) != 1 {
		return "", err
	}
	return Literal(s.qs.Quad(refs[0]).Object), nil
}

// FingerprintLookup returns a function giving the stored fingerprint of an
// article ("" if absent), which may be called while the store is written
// to: one index lookup per article on the key-value and SQL backends, so
// that resuming a large build does not read the whole store first; a map
// read once on the memory backend, whose store cannot be read while it is
// written.
func (s *Store) FingerprintLookup(ctx context.Context) (func(ctx context.Context, docID string) (string, error), error) {
	switch s.backend {
	case Bolt, LevelDB, Postgres, Cockroach:
		return s.Fingerprint, nil
	}
	all, err := s.Fingerprints(ctx)
	if err != nil {
		return nil, err
	}
	return func(_ context.Context, docID string) (string, error) { return all[docID], nil }, nil
}

// RemoveArticle retracts every quad labelled with the article in one
// transaction. It returns ErrNotFound when the store has no such article.
func (s *Store) RemoveArticle(ctx context.Context, docID string) (int, error) {
	old, err := s.articleQuads(ctx, ArticleIRI(docID))
	if err != nil {
		return 0, fmt.Errorf("article %q: %w", docID, err)
	}
	if len(old) == 0 {
		return 0, fmt.Errorf("article %q: %w", docID, ErrNotFound)
	}
	gone, err := s.registryGone(ctx, old)
	if err != nil {
		return 0, fmt.Errorf("article %q: %w", docID, err)
	}
	if err := s.apply(nil, append(old, gone...)); err != nil {
		return 0, fmt.Errorf("remove article %q: %w", docID, err)
	}
	return len(old), nil
}

// Articles lists the document IDs of every stored article.
func (s *Store) Articles(ctx context.Context) ([]string, error) {
	var ids []string
	err := s.eachQuad(ctx, quad.Predicate, DocID, func(q quad.Quad) {
		ids = append(ids, Literal(q.Object))
	})
	return ids, err
}

// articleQuads returns every quad labelled with the article.
func (s *Store) articleQuads(ctx context.Context, art quad.IRI) ([]quad.Quad, error) {
	var out []quad.Quad
	err := s.eachQuad(ctx, quad.Label, art, func(q quad.Quad) { out = append(out, q) })
	return out, err
}

// eachQuad calls fn for every quad whose direction d holds v.
func (s *Store) eachQuad(ctx context.Context, d quad.Direction, v quad.Value, fn func(quad.Quad)) error {
	ref := s.qs.ValueOf(v)
	if ref == nil {
		return nil
	}
	it := s.qs.QuadIterator(d, ref)
	defer it.Close()
	for it.Next(ctx) {
		fn(s.qs.Quad(it.Result()))
	}
	return it.Err()
}
