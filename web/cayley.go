package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo"   // Gizmo (JavaScript), the console's language
	_ "github.com/cayleygraph/cayley/query/graphql" // GraphQL, for Cayley clients
	_ "github.com/cayleygraph/cayley/query/mql"     // MQL, for Cayley clients
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
)

// cayleyV2 is Cayley's own HTTP API v2 over the store, with the server's
// query timeout and limit. Its write routes stay mounted when read-only so
// that they refuse with 403 and a JSON error rather than 404.
func (s *Server) cayleyV2() (http.Handler, error) {
	qs := s.st.QuadStore()
	qw, err := cgraph.NewQuadWriter("single", qs, cgraph.Options{"ignore_duplicate": true, "ignore_missing": true})
	if err != nil {
		return nil, fmt.Errorf("cayley http api: %w", err)
	}
	api := cayleyhttp.NewAPIv2Writer(&cgraph.Handle{QuadStore: qs, QuadWriter: qw}, "single", nil)
	api.SetReadOnly(!s.cfg.Writable)
	api.SetQueryTimeout(s.cfg.Timeout)
	api.SetQueryLimit(s.cfg.Limit)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.cfg.Writable && r.Method == http.MethodPost {
			switch r.URL.Path {
			case "/api/v2/write", "/api/v2/delete", "/api/v2/node/delete":
				// The entity index must see what is written.
				defer s.index.invalidate()
			}
		}
		api.ServeHTTP(w, r)
	}), nil
}

// serveV1Query is Cayley's v1 query endpoint, POST /api/v1/query/{lang}
// with the query as body: {"result": [...]} on success, 400 with
// {"error": "..."} otherwise. The optional limit parameter is capped by the
// server's.
func (s *Server) serveV1Query(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost && r.Method != http.MethodGet {
		w.Header().Set("Allow", "GET, POST")
		writeError(w, http.StatusMethodNotAllowed, errors.New("use POST with the query as body"))
		return
	}
	l := query.GetLanguage(r.PathValue("lang"))
	if l == nil {
		writeError(w, http.StatusBadRequest, errors.New("Unknown query language."))
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	qs := s.st.QuadStore()
	if l.HTTPQuery != nil {
		// GraphQL answers in its own shape ({"data": ...} / {"errors": ...}).
		l.HTTPQuery(ctx, qs, w, r.Body)
		return
	}
	if l.HTTP == nil {
		writeError(w, http.StatusBadRequest, errors.New("HTTP interface is not supported for this query language."))
		return
	}
	limit := s.cfg.Limit
	if n, err := strconv.Atoi(r.URL.Query().Get("limit")); err == nil && n > 0 && n < limit {
		limit = n
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	text := string(body)
	if r.Method == http.MethodGet {
		text = r.URL.Query().Get("qu")
	}
	it, err := l.HTTP(qs).Execute(ctx, text, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	defer it.Close()
	var out []any
	for it.Next(ctx) {
		out = append(out, it.Result())
	}
	if err := it.Err(); err != nil {
		writeError(w, http.StatusBadRequest, queryErr(ctx, err, s.cfg.Timeout))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"result": out})
}

// queryErr names a timeout as such; Cayley's own message for it is terse.
func queryErr(ctx context.Context, err error, timeout time.Duration) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return fmt.Errorf("query stopped after the server's timeout of %s", timeout)
	}
	return err
}
