package web

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/kg-project/kg/graph"
)

// Defaults for the zero values of Config.
const (
	DefaultAddr    = "127.0.0.1:64210"
	DefaultTimeout = 30 * time.Second
	DefaultLimit   = 1000
	DefaultMaxBody = 1 << 20 // 1 MiB
	// DefaultQueryMemory bounds the heap growth of running queries.
	DefaultQueryMemory = 512 << 20
	// DefaultMaxResult bounds one query's results, JSON-encoded.
	DefaultMaxResult = 64 << 20
)

// DefaultMaxQueries is how many queries run at once by default: two per
// core, at least four.
var DefaultMaxQueries = max(4, 2*runtime.GOMAXPROCS(0))

// Config tunes a Server. The zero value is a read-only server with the
// default timeout, limit and body size, and no CORS.
type Config struct {
	// Writable enables /api/v2/write, /api/v2/delete, /api/v2/node/delete
	// and Cayley's v1 /api/v1/write, /api/v1/write/file/nquad and
	// /api/v1/delete; otherwise they answer 403 with a JSON error.
	Writable bool
	// CORSOrigin, if set, is the origin allowed to call the API from a
	// browser ("*" for any); no CORS headers are sent otherwise.
	CORSOrigin string
	// Timeout bounds every query (DefaultTimeout when <= 0).
	Timeout time.Duration
	// Limit bounds the results of every query (DefaultLimit when <= 0).
	Limit int
	// MaxBody bounds request bodies in bytes (DefaultMaxBody when <= 0);
	// larger ones are refused with 413.
	MaxBody int64
	// QueryMemory bounds, in bytes, how much the server's heap may grow
	// while queries run (DefaultQueryMemory when <= 0); past it the oldest
	// running query is stopped with ErrQueryMemory.
	QueryMemory int64
	// MaxResult bounds one query's results in bytes of JSON
	// (DefaultMaxResult when <= 0); past it the query stops with
	// ErrResultSize.
	MaxResult int64
	// MaxQueries bounds the queries that run at once (DefaultMaxQueries
	// when <= 0); others wait for a slot until their timeout.
	MaxQueries int
	// AllowHosts are the names, besides the listening address, that the
	// server answers to in the Host header ("name" for any port, or
	// "name:port"; "*" for any): others get 403, against DNS rebinding.
	AllowHosts []string
	// Logger receives one line per request and the server's own events;
	// nil discards them.
	Logger *slog.Logger
}

func (c Config) withDefaults() Config {
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.Limit <= 0 {
		c.Limit = DefaultLimit
	}
	if c.MaxBody <= 0 {
		c.MaxBody = DefaultMaxBody
	}
	if c.QueryMemory <= 0 {
		c.QueryMemory = DefaultQueryMemory
	}
	if c.MaxResult <= 0 {
		c.MaxResult = DefaultMaxResult
	}
	if c.MaxQueries <= 0 {
		c.MaxQueries = DefaultMaxQueries
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c
}

//go:embed static
var staticFiles embed.FS

// Server serves one store. It is an http.Handler; Serve runs it on a
// listener until its context is done. The store stays the caller's to close.
type Server struct {
	st       *graph.Store
	cfg      Config
	log      *slog.Logger
	handler  http.Handler
	index    *entityIndex
	guard    *queryGuard
	stats    *statsCache
	handle   *cgraph.Handle
	hosts    *hostPolicy
	origins  *http.CrossOriginProtection
	stopping atomic.Bool
	replaced replacedCheck
	// bg counts the index and stats computations running (shared.wg):
	// Serve returns only once they have stopped, so that the caller may
	// close the store.
	bg sync.WaitGroup
}

// New builds a Server over st. It returns an error when the Cayley HTTP API
// cannot be set up over the store.
func New(st *graph.Store, cfg Config) (*Server, error) {
	cfg = cfg.withDefaults()
	s := &Server{st: st, cfg: cfg, log: cfg.Logger, index: newEntityIndex(st, cfg.Logger),
		guard: newQueryGuard(cfg.MaxQueries, cfg.QueryMemory), stats: &statsCache{st: st}}
	s.index.flight.wg, s.stats.flight.wg = &s.bg, &s.bg
	var err error
	if s.hosts, err = newHostPolicy(cfg.AllowHosts); err != nil {
		return nil, err
	}
	if s.origins, err = newOriginGuard(cfg.CORSOrigin); err != nil {
		return nil, err
	}
	mux := http.NewServeMux()

	v2, err := s.cayleyV2()
	if err != nil {
		return nil, err
	}
	mux.Handle("/api/v2/", v2)
	mux.HandleFunc("/api/v1/query/{lang}", s.serveV1Query)

	routes := []struct {
		method, path string
		h            http.HandlerFunc
	}{
		{"GET", "/api/kg/search", s.serveSearch},
		{"GET", "/api/kg/entity", s.serveEntity},
		{"GET", "/api/kg/neighbors", s.serveNeighbors},
		{"POST", "/api/kg/graph", s.serveGraph},
		{"GET", "/api/kg/queries", s.serveQueries},
		{"GET", "/api/kg/queries/{name}", s.serveCanned},
		{"POST", "/api/kg/query", s.serveGizmo},
		{"GET", "/api/kg/stats", s.serveStats},
		{"GET", "/api/kg/timeline", s.serveTimeline},
		{"GET", "/api/kg/export.nq", s.serveExport},
		{"POST", "/api/v1/write", s.serveV1Write},
		{"POST", "/api/v1/write/file/nquad", s.serveV1WriteFile},
		{"POST", "/api/v1/delete", s.serveV1Delete},
		{"POST", "/api/v1/shape/{lang}", s.serveV1Shape},
	}
	for _, rt := range routes {
		mux.HandleFunc(rt.method+" "+rt.path, rt.h)
		// The same path without a method catches the other methods, which
		// the catch-all "/api/" below would otherwise answer with 404.
		allow := rt.method
		if allow == "GET" {
			allow = "GET, HEAD"
		}
		mux.HandleFunc(rt.path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Allow", allow)
			writeError(w, http.StatusMethodNotAllowed, fmt.Errorf("method %s not allowed on %s: use %s", r.Method, r.URL.Path, rt.method))
		})
	}
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, fmt.Errorf("no API endpoint %s %s", r.Method, r.URL.Path))
	})

	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", s.serveReady)

	static, err := fs.Sub(staticFiles, "static")
	if err != nil {
		return nil, fmt.Errorf("console assets: %w", err)
	}
	mux.Handle("/", consoleHandler(static))

	s.handler = s.logRequests(securityHeaders(recoverPanics(s.checkHost(s.checkStore(s.cors(s.checkOrigin(limitBody(cfg.MaxBody, mux))))), s.log)))
	return s, nil
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// Serve accepts connections on ln until ctx is done, then shuts down
// gracefully, giving requests in flight up to the query timeout to finish.
// It builds the entity index and reads the stats at once, in the
// background.
// It returns nil after a clean shutdown, or the error that stopped it,
// once the reads it started in the background have stopped: the caller
// may then close the store (bolt unmaps it, and a read still going on
// would fault).
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       s.cfg.Timeout + 10*time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	// The entity index and the stats, read before the first request asks
	// (requests that come meanwhile wait for the same reads).
	wctx, stopWarm := context.WithCancel(ctx)
	warmed := make(chan struct{})
	go func() {
		defer close(warmed)
		s.index.warm(wctx)
		if _, err := s.stats.get(wctx); err != nil && wctx.Err() == nil {
			s.log.Warn("stats not read", "error", err.Error())
		}
	}()
	// After the HTTP server has stopped no request starts a read; the
	// warm-up is told to stop, then every read still running is waited for.
	defer func() {
		stopWarm()
		<-warmed
		s.bg.Wait()
	}()
	select {
	case err := <-errc:
		return fmt.Errorf("serve %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	s.stopping.Store(true)
	s.log.Info("shutting down", "addr", ln.Addr().String())
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.Timeout)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		hs.Close()
		return fmt.Errorf("shut down: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve %s: %w", ln.Addr(), err)
	}
	return nil
}

// serveReady answers 200 when the store can be read, 503 when it cannot
// or the server is shutting down.
func (s *Server) serveReady(w http.ResponseWriter, r *http.Request) {
	if s.stopping.Load() {
		writeError(w, http.StatusServiceUnavailable, errors.New("shutting down"))
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	// One step of an iterator over every quad reads the store for real.
	it := s.st.QuadStore().QuadsAllIterator()
	it.Next(ctx)
	err := it.Err()
	it.Close()
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		writeError(w, http.StatusServiceUnavailable, fmt.Errorf("store unreachable: %w", err))
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ready", "backend": s.st.Backend()})
}

// consoleHandler serves the embedded console (securityHeaders keep it from
// loading anything but its own assets).
func consoleHandler(static fs.FS) http.Handler {
	files := http.FileServerFS(static)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			writeError(w, http.StatusMethodNotAllowed, fmt.Errorf("method %s not allowed", r.Method))
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		files.ServeHTTP(w, r)
	})
}
