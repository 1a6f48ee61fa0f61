package web

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// Cayley 0.7.7's v1 write endpoints (internal/http/write.go there), for
// older clients: the same paths, bodies and answers. They write only when
// the server is writable; otherwise they answer 403 with
// {"error": "Database is read-only."}, as Cayley's do.

// v1JSON writes a JSON answer the way Cayley's v1 handlers do.
func v1JSON(w http.ResponseWriter, status int, key, msg string) {
	data, _ := json.Marshal(msg)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	fmt.Fprintf(w, "{%q: %s}", key, data)
}

func (s *Server) v1Writable(w http.ResponseWriter) bool {
	if !s.cfg.Writable {
		v1JSON(w, http.StatusForbidden, "error", "Database is read-only.")
		return false
	}
	return true
}

// parseJSONQuads reads a v1 write body: [{"subject": ..., "predicate": ...,
// "object": ..., "label": ...}, ...], each value in Cayley's string
// notation (<iri>, "literal", _:blank).
func parseJSONQuads(body []byte) ([]quad.Quad, error) {
	var in []struct {
		Subject   string `json:"subject"`
		Predicate string `json:"predicate"`
		Object    string `json:"object"`
		Label     string `json:"label"`
	}
	if err := json.Unmarshal(body, &in); err != nil {
		return nil, err
	}
	out := make([]quad.Quad, 0, len(in))
	for i, jq := range in {
		q := quad.Quad{
			Subject:   quad.StringToValue(jq.Subject),
			Predicate: quad.StringToValue(jq.Predicate),
			Object:    quad.StringToValue(jq.Object),
			Label:     quad.StringToValue(jq.Label),
		}
		if !q.IsValid() {
			return nil, fmt.Errorf("invalid quad at index %d. %s", i, q)
		}
		out = append(out, q)
	}
	return out, nil
}

// v1Quads reads the JSON list of quads of a v1 write or delete, answering
// the request itself (403 on a read-only server, 400 for a bad body) when
// it returns false.
func (s *Server) v1Quads(w http.ResponseWriter, r *http.Request) ([]quad.Quad, bool) {
	if !s.v1Writable(w) {
		return nil, false
	}
	body, err := io.ReadAll(r.Body)
	if err == nil {
		var quads []quad.Quad
		if quads, err = parseJSONQuads(body); err == nil {
			return quads, true
		}
	}
	v1JSON(w, http.StatusBadRequest, "error", err.Error())
	return nil, false
}

// serveV1Write answers POST /api/v1/write with a JSON list of quads.
func (s *Server) serveV1Write(w http.ResponseWriter, r *http.Request) {
	quads, ok := s.v1Quads(w, r)
	if !ok {
		return
	}
	s.index.writing.Add(1)
	defer s.index.writing.Add(-1)
	err := s.handle.QuadWriter.AddQuadSet(quads)
	s.wroteQuads(r.Context(), quads, err == nil)
	if err != nil {
		v1JSON(w, http.StatusBadRequest, "error", err.Error())
		return
	}
	v1JSON(w, http.StatusOK, "result", fmt.Sprintf("Successfully wrote %d quads.", len(quads)))
}

// serveV1Delete answers POST /api/v1/delete with a JSON list of quads;
// quads not in the store are passed over.
func (s *Server) serveV1Delete(w http.ResponseWriter, r *http.Request) {
	quads, ok := s.v1Quads(w, r)
	if !ok {
		return
	}
	s.index.writing.Add(1)
	defer s.index.writing.Add(-1)
	for i, q := range quads {
		if err := s.handle.QuadWriter.RemoveQuad(q); err != nil && !cgraph.IsQuadNotExist(err) {
			s.wroteQuads(r.Context(), quads[:i+1], false)
			v1JSON(w, http.StatusBadRequest, "error", err.Error())
			return
		}
	}
	s.wroteQuads(r.Context(), quads, true)
	v1JSON(w, http.StatusOK, "result", fmt.Sprintf("Successfully deleted %d quads.", len(quads)))
}

// serveV1WriteFile answers POST /api/v1/write/file/nquad: a multipart form
// whose NQuadFile field holds N-Quads, plain, gzip or bzip2. The file's
// inflated size is bounded by --max-body too.
func (s *Server) serveV1WriteFile(w http.ResponseWriter, r *http.Request) {
	if !s.v1Writable(w) {
		return
	}
	f, _, err := r.FormFile("NQuadFile")
	if err != nil {
		v1JSON(w, http.StatusBadRequest, "error", "Couldn't read file: "+err.Error())
		return
	}
	defer f.Close()
	batch, err := strconv.Atoi(r.URL.Query().Get("block_size"))
	if err != nil || batch <= 0 {
		batch = quad.DefaultBatch
	}
	rd, err := decompress(f)
	if err != nil {
		v1JSON(w, http.StatusBadRequest, "error", "Couldn't read file: "+err.Error())
		return
	}
	data, err := readAtMost(rd, s.cfg.MaxBody)
	if err != nil {
		v1JSON(w, http.StatusBadRequest, "error", "Couldn't read file: "+err.Error())
		return
	}
	if int64(len(data)) > s.cfg.MaxBody {
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Errorf("request body inflates to more than %d bytes", s.cfg.MaxBody))
		return
	}
	defer s.wrote()
	qw := cgraph.NewWriter(s.handle.QuadWriter)
	n, err := quad.CopyBatch(qw, nquads.NewReader(bytes.NewReader(data), false), batch)
	if err == nil {
		err = qw.Close()
	}
	if err != nil {
		v1JSON(w, http.StatusBadRequest, "error", err.Error())
		return
	}
	v1JSON(w, http.StatusOK, "result", fmt.Sprintf("Successfully wrote %d quads.", n))
}

// decompress detects gzip and bzip2 by their magic bytes, as Cayley's
// v1 file upload does.
func decompress(r io.Reader) (io.Reader, error) {
	br := bufio.NewReader(r)
	magic, err := br.Peek(3)
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	switch {
	case bytes.HasPrefix(magic, []byte("\x1f\x8b")):
		return gzip.NewReader(br)
	case bytes.HasPrefix(magic, []byte("BZh")):
		return bzip2.NewReader(br), nil
	}
	return br, nil
}

// serveV1Shape answers POST /api/v1/shape/{lang} with the shape of the
// query in the body (the iterator tree it would run), as Cayley 0.7.7
// does. Building a Gizmo query's shape runs its script: it runs within the
// server's bounds, and is interrupted at the timeout.
func (s *Server) serveV1Shape(w http.ResponseWriter, r *http.Request) {
	l := query.GetLanguage(r.PathValue("lang"))
	if l == nil {
		v1JSON(w, http.StatusBadRequest, "error", "Unknown query language.")
		return
	}
	if l.HTTP == nil {
		v1JSON(w, http.StatusBadRequest, "error", "HTTP interface is not supported for this query language.")
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		v1JSON(w, http.StatusBadRequest, "error", err.Error())
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	qctx, done, err := s.guard.start(ctx)
	if err != nil {
		v1JSON(w, http.StatusServiceUnavailable, "error", err.Error())
		return
	}
	defer done()
	shape, err := s.shapeOf(qctx, l, string(body))
	if errors.Is(err, errPanic) {
		v1JSON(w, http.StatusBadRequest, "error", err.Error())
		return
	}
	if errors.Is(err, query.ErrParseMore) {
		v1JSON(w, http.StatusBadRequest, "error", "Incomplete data?")
		return
	}
	if err != nil {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadRequest)
		_ = json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
		return
	}
	out, err := json.Marshal(shape)
	if err != nil {
		v1JSON(w, http.StatusInternalServerError, "error", err.Error())
		return
	}
	if int64(len(out)) > s.cfg.MaxResult {
		v1JSON(w, http.StatusBadRequest, "error", resultSizeErr(s.cfg.MaxResult).Error())
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(out)
}

// errPanic marks a query that made Cayley's Gizmo code panic.
var errPanic = errors.New("query error: the query crashed the query engine")

// shapeOf builds a query's shape, stopping a Gizmo script when ctx ends.
// Gizmo's ShapeOf takes no context; the session's VM is interrupted
// through an iterator of the same session, which Close interrupts. The
// programs before the last (argument bindings, a prelude) are run first in
// the same session. A panic in Cayley's code is returned as an error
// wrapping errPanic.
func (s *Server) shapeOf(ctx context.Context, l *query.Language, programs ...string) (any, error) {
	sess := l.HTTP(s.st.QueryStore())
	type result struct {
		v   any
		err error
	}
	run := func(res chan<- result) {
		defer func() {
			if v := recover(); v != nil {
				res <- result{nil, fmt.Errorf("%w: %v", errPanic, v)}
			}
		}()
		var v any
		var err error
		for _, p := range programs {
			if v, err = sess.ShapeOf(p); err != nil {
				break
			}
		}
		res <- result{v, err}
	}
	res := make(chan result, 1)
	gs, ok := sess.(*gizmo.Session)
	if !ok {
		run(res)
		r := <-res
		return r.v, r.err
	}
	// The program "1" sends one result, which reaches the limit of 1: the
	// script's own g.emit calls then return at once instead of waiting for
	// a reader, and the iterator, having run, can interrupt the VM.
	it, err := gs.Execute(context.Background(), "1", query.Options{Collation: query.JSON, Limit: 1})
	if err != nil {
		return nil, err
	}
	for it.Next(ctx) {
	}
	go run(res)
	select {
	case r := <-res:
		return r.v, r.err
	case <-ctx.Done():
		it.Close()
		<-res // the interrupt stops the script at its next instruction
		return nil, s.stoppedErr(ctx, ctx.Err())
	}
}

// preflight runs a Gizmo query's programs in shape mode, where Cayley's
// code that panics on some queries (g.V().has("") did, in a goroutine of
// Cayley's own, which ended the whole server) panics on a goroutine that
// recovers. It returns an error only for such a query; the run itself
// reports the others.
func (s *Server) preflight(ctx context.Context, programs ...string) error {
	_, err := s.shapeOf(ctx, query.GetLanguage(gizmo.Name), programs...)
	if errors.Is(err, errPanic) {
		return err
	}
	return nil
}
