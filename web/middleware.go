package web

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"time"
)

// writeJSON writes v as the JSON response body with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v) // the client has gone: nothing left to tell it
}

// writeError writes {"error": "..."}, the shape Cayley's API uses.
func writeError(w http.ResponseWriter, status int, err error) {
	writeJSON(w, status, map[string]string{"error": err.Error()})
}

// limitBody refuses request bodies larger than max with 413. Bodies are
// read up front (at most max+1 bytes are held), so that handlers we do not
// own — Cayley's — see either the whole body or none of it. A body sent
// with Content-Encoding gzip or deflate is inflated here, and the limit
// applies to the inflated bytes too: a small compressed body that inflates
// past max (a "zip bomb") is refused after reading max+1 bytes of it.
// Handlers then see the plain body, without Content-Encoding. Other
// encodings are refused with 415.
func limitBody(max int64, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > max {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Errorf("request body is larger than %d bytes", max))
			return
		}
		if r.Body != nil && r.Body != http.NoBody {
			b, err := readAtMost(r.Body, max)
			r.Body.Close()
			if err != nil {
				writeError(w, http.StatusBadRequest, fmt.Errorf("read request body: %w", err))
				return
			}
			if int64(len(b)) > max {
				writeError(w, http.StatusRequestEntityTooLarge, fmt.Errorf("request body is larger than %d bytes", max))
				return
			}
			if enc := r.Header.Get("Content-Encoding"); enc != "" {
				var status int
				if b, status, err = inflate(enc, b, max); err != nil {
					writeError(w, status, err)
					return
				}
				r.Header.Del("Content-Encoding")
			}
			r.Body = io.NopCloser(bytes.NewReader(b))
			r.ContentLength = int64(len(b))
		}
		next.ServeHTTP(w, r)
	})
}

// readAtMost reads up to max+1 bytes of r.
func readAtMost(r io.Reader, max int64) ([]byte, error) {
	return io.ReadAll(io.LimitReader(r, max+1))
}

// inflate decodes a body sent with Content-Encoding enc, reading at most
// max+1 inflated bytes. It returns the status to answer with on error.
func inflate(enc string, b []byte, max int64) ([]byte, int, error) {
	var zr io.ReadCloser
	var err error
	switch strings.ToLower(strings.TrimSpace(enc)) {
	case "identity":
		return b, 0, nil
	case "gzip", "x-gzip":
		zr, err = gzip.NewReader(bytes.NewReader(b))
	case "deflate":
		zr, err = zlib.NewReader(bytes.NewReader(b))
	default:
		return nil, http.StatusUnsupportedMediaType, fmt.Errorf("content encoding %q is not supported: send gzip, deflate or none", enc)
	}
	if err != nil {
		return nil, http.StatusBadRequest, fmt.Errorf("request body is not %s: %w", enc, err)
	}
	defer zr.Close()
	out, err := readAtMost(zr, max)
	if err != nil {
		return nil, http.StatusBadRequest, fmt.Errorf("inflate %s request body: %w", enc, err)
	}
	if int64(len(out)) > max {
		return nil, http.StatusRequestEntityTooLarge, fmt.Errorf("request body inflates to more than %d bytes", max)
	}
	return out, 0, nil
}

// cors adds CORS headers for the configured origin only, and answers
// preflight requests from it; with no origin configured it adds nothing.
func (s *Server) cors(next http.Handler) http.Handler {
	allowed := s.cfg.CORSOrigin
	if allowed == "" {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		w.Header().Add("Vary", "Origin")
		if origin != "" && (allowed == "*" || origin == allowed) {
			h := w.Header()
			h.Set("Access-Control-Allow-Origin", allowed)
			h.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
			h.Set("Access-Control-Allow-Headers", "Accept, Content-Type, Content-Encoding, Accept-Encoding")
			h.Set("Access-Control-Max-Age", "600")
			if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
				w.WriteHeader(http.StatusNoContent)
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// ContentSecurityPolicy is the policy sent with every answer: the console
// loads only its own scripts, styles and API (no inline script or style),
// and nothing may frame it.
const ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// securityHeaders adds to every answer, errors included, the headers that
// keep browsers from sniffing, framing or leaking it: the CSP above,
// nosniff, X-Frame-Options (for browsers without frame-ancestors), no
// referrer, and a same-origin resource policy (other origins' pages cannot
// load answers as images or scripts; CORS requests are not affected).
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", ContentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		next.ServeHTTP(w, r)
	})
}

// recoverPanics turns a panic in a handler into a 500 with a JSON error
// (when nothing was written yet) and a log line, instead of a dropped
// connection.
func recoverPanics(next http.Handler, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if err, ok := v.(error); ok && errors.Is(err, http.ErrAbortHandler) {
				panic(v)
			}
			log.Error("handler panic", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v))
			if sw, ok := w.(*statusWriter); !ok || sw.status == 0 {
				writeError(w, http.StatusInternalServerError, errors.New("internal error"))
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// statusWriter records the status and size of a response for the log.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(p []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(p)
	w.bytes += int64(n)
	return n, err
}

// Flush lets streaming handlers (the N-Quads export) push data as it comes.
func (w *statusWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Unwrap gives http.ResponseController the underlying writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// logRequests logs one line per request at info level (debug for the
// health checks, which orchestrators poll).
func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		level := slog.LevelInfo
		if r.URL.Path == "/healthz" || r.URL.Path == "/readyz" {
			level = slog.LevelDebug
		}
		if sw.status == 0 {
			sw.status = http.StatusOK
		}
		s.log.Log(r.Context(), level, "request", "method", r.Method, "path", r.URL.Path,
			"status", sw.status, "bytes", sw.bytes, "duration", time.Since(start).Round(time.Microsecond))
	})
}
