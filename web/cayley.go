package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	_ "github.com/cayleygraph/cayley/query/graphql" // GraphQL, for Cayley clients
	_ "github.com/cayleygraph/cayley/query/mql"     // MQL, for Cayley clients
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	"github.com/cayleygraph/quad"
)

// cayleyV2 is Cayley's own HTTP API v2 over the store, with the server's
// query timeout and limit. Its write routes stay mounted when read-only so
// that they refuse with 403 and a JSON error rather than 404. Queries are
// answered by serveV2Query, within the server's bounds.
func (s *Server) cayleyV2() (http.Handler, error) {
	qs := s.st.QuadStore()
	qw, err := s.st.QuadWriter() // adds only quads not yet stored (graph.Store.QuadWriter)
	if err != nil {
		return nil, fmt.Errorf("cayley http api: %w", err)
	}
	s.handle = &cgraph.Handle{QuadStore: qs, QuadWriter: qw}
	api := cayleyhttp.NewAPIv2Writer(s.handle, "single", nil)
	api.SetReadOnly(!s.cfg.Writable)
	api.SetQueryTimeout(s.cfg.Timeout)
	api.SetQueryLimit(s.cfg.Limit)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/api/v2/query" && (r.Method == http.MethodGet || r.Method == http.MethodPost):
			s.serveV2Query(w, r)
			return
		case r.URL.Path == "/api/v2/formats" && r.Method == http.MethodGet:
			serveFormats(w)
			return
		case r.URL.Path == "/api/v2/read" && (r.Method == http.MethodGet || r.Method == http.MethodPost):
			f := quad.FormatByName("nquads")
			if name := r.FormValue("format"); name != "" {
				if f = quad.FormatByName(name); f == nil || f.Writer == nil {
					cayleyError(w, fmt.Errorf("unknown format %q: /api/v2/formats lists those /api/v2/read writes", name))
					return
				}
			} else if specs := cayleyhttp.ParseAccept(r.Header, "Accept"); len(specs) != 0 {
				if af := quad.FormatByMime(specs[0].Value); af != nil && af.Writer != nil {
					f = af
				}
			}
			// Cayley sets it only after the format's writer has started,
			// too late for pquads, whose writer sends a header at once.
			if f != nil && len(f.Mime) > 0 {
				w.Header().Set("Content-Type", f.Mime[0])
			}
		}
		if s.cfg.Writable && r.Method == http.MethodPost {
			switch r.URL.Path {
			case "/api/v2/write", "/api/v2/delete":
				quads, err := bodyQuads(r)
				if err != nil {
					// Cayley would write the quads before the bad one and
					// answer 500: refuse the whole body instead.
					cayleyError(w, err)
					return
				}
				sw := &statusWriter{ResponseWriter: w}
				s.index.writing.Add(1)
				defer s.index.writing.Add(-1)
				api.ServeHTTP(sw, r)
				s.wroteQuads(r.Context(), quads, err == nil && (sw.status == 0 || sw.status == http.StatusOK))
				return
			case "/api/v2/node/delete":
				defer s.wrote()
				// Cayley answers a node that is not there with 500.
				rec := &bufferedWriter{header: http.Header{}}
				api.ServeHTTP(rec, r)
				if rec.status == http.StatusInternalServerError && strings.Contains(rec.body.String(), "node does not exist") {
					writeError(w, http.StatusNotFound, errors.New("node does not exist"))
					return
				}
				rec.copyTo(w)
				return
			}
		}
		api.ServeHTTP(w, r)
	}), nil
}

// wrote invalidates what the server keeps about the store after a write
// through it: the entity index and the stats.
func (s *Server) wrote() {
	s.index.invalidate()
	s.stats.invalidate()
}

// wroteQuads updates what the server keeps about the store after the
// quads were written or deleted through it: the entity index is updated
// for their subjects alone when ok (the write succeeded and its quads are
// known), rebuilt otherwise.
func (s *Server) wroteQuads(ctx context.Context, quads []quad.Quad, ok bool) {
	s.stats.invalidate()
	if !ok {
		s.index.invalidate()
		return
	}
	subjects := map[quad.IRI]bool{}
	for _, q := range quads {
		if iri, isIRI := q.Subject.(quad.IRI); isIRI && indexed(q.Predicate) {
			subjects[iri] = true
		}
	}
	s.index.update(context.WithoutCancel(ctx), subjects)
}

// bodyQuads parses a write's body as Cayley will (by Content-Type, N-Quads
// by default), leaving the body for it to read.
func bodyQuads(r *http.Request) ([]quad.Quad, error) {
	b, err := io.ReadAll(r.Body)
	r.Body = io.NopCloser(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	f := quad.FormatByName("nquads")
	if specs := cayleyhttp.ParseAccept(r.Header, "Content-Type"); len(specs) != 0 {
		if mf := quad.FormatByMime(specs[0].Value); mf != nil {
			f = mf
		}
	}
	if f == nil || f.Reader == nil {
		return nil, errors.New("format is not supported for reading data")
	}
	qr := f.Reader(bytes.NewReader(b))
	defer qr.Close()
	var out []quad.Quad
	for {
		q, err := qr.ReadQuad()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("request body, quad %d: %w", len(out)+1, err)
		}
		out = append(out, q)
	}
}

// bufferedWriter holds an answer so that it can be looked at before it is
// sent.
type bufferedWriter struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (b *bufferedWriter) Header() http.Header { return b.header }

func (b *bufferedWriter) WriteHeader(code int) {
	if b.status == 0 {
		b.status = code
	}
}

func (b *bufferedWriter) Write(p []byte) (int, error) {
	if b.status == 0 {
		b.status = http.StatusOK
	}
	return b.body.Write(p)
}

func (b *bufferedWriter) copyTo(w http.ResponseWriter) {
	for k, v := range b.header {
		w.Header()[k] = v
	}
	if b.status == 0 {
		b.status = http.StatusOK
	}
	w.WriteHeader(b.status)
	w.Write(b.body.Bytes())
}

// Format is an entry of /api/v2/formats, in Cayley's shape.
type Format struct {
	ID     string   `json:"id"`
	Read   bool     `json:"read,omitempty"`  // /api/v2/write and /api/v2/delete read it
	Write  bool     `json:"write,omitempty"` // /api/v2/read writes it: true for every entry
	Nodes  bool     `json:"nodes,omitempty"` // /api/v2/node/delete reads nodes in it
	Ext    []string `json:"ext,omitempty"`
	Mime   []string `json:"mime,omitempty"`
	Binary bool     `json:"binary,omitempty"`
}

// serveFormats answers GET /api/v2/formats with the formats /api/v2/read
// can write (by ?format=ID, or by Accept with one of its MIME types), and
// for each whether the write endpoints read it. Cayley's own list also has
// formats it cannot write, which /api/v2/read answers in N-Quads instead.
func serveFormats(w http.ResponseWriter) {
	out := []Format{}
	for _, f := range quad.Formats() {
		if f.Writer == nil {
			continue
		}
		out = append(out, Format{ID: f.Name, Read: f.Reader != nil, Write: true, Nodes: f.UnmarshalValue != nil,
			Ext: f.Ext, Mime: f.Mime, Binary: f.Binary})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	writeJSON(w, http.StatusOK, out)
}

// cayleyError writes {"error": "..."} as Cayley's query endpoints do.
func cayleyError(w http.ResponseWriter, err error) {
	data, _ := json.Marshal(err.Error())
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusBadRequest)
	fmt.Fprintf(w, "{\"error\": %s}\n", data)
}

// serveV2Query is Cayley's GET/POST /api/v2/query?lang=L (the query as
// body, or as qu for GET): {"result": [...]} on success, 400 with
// {"error": "..."} otherwise, as Cayley 0.7.7 answers; JSON-LD when asked
// for by Accept. Unlike Cayley's, it stops a query when its client leaves,
// and runs it within the server's memory, result size and concurrency
// bounds.
func (s *Server) serveV2Query(w http.ResponseWriter, r *http.Request) {
	vals := r.URL.Query()
	lang := vals.Get("lang")
	if lang == "" {
		cayleyError(w, errors.New("query language not specified"))
		return
	}
	l := query.GetLanguage(lang)
	if l == nil {
		cayleyError(w, errors.New("unknown query language"))
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	if l.HTTPQuery != nil {
		s.serveHTTPQuery(ctx, w, r, l)
		return
	}
	if l.HTTP == nil {
		cayleyError(w, errors.New("HTTP interface is not supported for this query language"))
		return
	}
	text := vals.Get("qu")
	if r.Method == http.MethodPost {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			cayleyError(w, err)
			return
		}
		text = string(body)
	}
	if text == "" {
		cayleyError(w, errors.New("query is empty"))
		return
	}
	opt := query.Options{Collation: query.JSON, Limit: s.cfg.Limit}
	if specs := cayleyhttp.ParseAccept(r.Header, "Accept"); len(specs) != 0 && specs[0].Value == "application/ld+json" {
		opt.Collation = query.JSONLD
	}
	out, err := s.execute(ctx, l, text, opt)
	if err != nil {
		if l.HTTPError != nil {
			l.HTTPError(w, err)
			return
		}
		cayleyError(w, err)
		return
	}
	ct := "application/json"
	if opt.Collation == query.JSONLD {
		ct = "application/ld+json"
	}
	w.Header().Set("Content-Type", ct)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(map[string]any{"result": out})
}

// serveHTTPQuery runs a language that answers in its own shape (GraphQL:
// {"data": ...} / {"errors": ...}) within the server's bounds.
func (s *Server) serveHTTPQuery(ctx context.Context, w http.ResponseWriter, r *http.Request, l *query.Language) {
	qctx, done, err := s.guard.start(ctx)
	if err != nil {
		cayleyError(w, err)
		return
	}
	defer done()
	l.HTTPQuery(qctx, s.st.QueryStore(), &limitedWriter{ResponseWriter: w, left: s.cfg.MaxResult}, r.Body)
}

// limitedWriter cuts a response off after a number of bytes.
type limitedWriter struct {
	http.ResponseWriter
	left int64
}

func (w *limitedWriter) Write(p []byte) (int, error) {
	if int64(len(p)) > w.left {
		return 0, ErrResultSize
	}
	w.left -= int64(len(p))
	return w.ResponseWriter.Write(p)
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
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "Unknown query language."})
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	if l.HTTPQuery != nil {
		s.serveHTTPQuery(ctx, w, r, l)
		return
	}
	if l.HTTP == nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "HTTP interface is not supported for this query language."})
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
	out, err := s.execute(ctx, l, text, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"result": out})
}

// execute runs a query within the server's bounds and collects its
// results. A query stopped by a bound returns an error that says which
// (the timeout, ErrQueryMemory, ErrResultSize); ErrBusy when no query slot
// came free in time.
func (s *Server) execute(ctx context.Context, l *query.Language, text string, opt query.Options) ([]any, error) {
	qctx, done, err := s.guard.start(ctx)
	if err != nil {
		return nil, err
	}
	defer done()
	if l.Name == gizmo.Name {
		if err := s.preflight(qctx, text); err != nil {
			return nil, err
		}
	}
	it, err := l.HTTP(s.st.QueryStore()).Execute(qctx, text, opt)
	if err != nil {
		return nil, err
	}
	// A Gizmo script runs on its own goroutine until an interrupt reaches
	// it: wait for that, so that its slot and memory are not given up early.
	// (Other languages' iterators stop with the context.)
	next := false
	defer func() {
		it.Close()
		if next && l.Name == gizmo.Name {
			for it.Next(context.Background()) {
			}
		}
	}()
	var out []any
	size := int64(0)
	for it.Next(qctx) {
		next = true
		b, err := encodeJSON(it.Result())
		if err != nil {
			return nil, fmt.Errorf("query results cannot be written as JSON: %w", err)
		}
		if size += int64(len(b)); size > s.cfg.MaxResult {
			return nil, resultSizeErr(s.cfg.MaxResult)
		}
		out = append(out, json.RawMessage(b))
	}
	next = true
	if err := it.Err(); err != nil {
		return nil, s.stoppedErr(qctx, err)
	}
	if err := s.stoppedErr(qctx, nil); err != nil {
		return nil, err
	}
	return out, nil
}

// encodeJSON encodes v as the API does, without escaping HTML characters
// (IRIs are written <like:this>).
func encodeJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

func resultSizeErr(max int64) error {
	return fmt.Errorf("%w (%d bytes, --max-result): narrow it, or lower its limit", ErrResultSize, max)
}

// stoppedErr names why a query's context ended (memory bound, timeout,
// client gone), or returns err when it did not.
func (s *Server) stoppedErr(qctx context.Context, err error) error {
	cause := context.Cause(qctx)
	switch {
	case errors.Is(cause, ErrQueryMemory):
		return cause
	case errors.Is(cause, context.DeadlineExceeded):
		return queryErr(qctx, err, s.cfg.Timeout)
	case cause != nil:
		return fmt.Errorf("query stopped: %w", cause)
	}
	return err
}

// queryErr names a timeout as such; Cayley's own message for it is terse.
func queryErr(ctx context.Context, err error, timeout time.Duration) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return fmt.Errorf("query stopped after the server's timeout of %s", timeout)
	}
	return err
}
