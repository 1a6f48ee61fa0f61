package web

import (
	"errors"
	"net/http"
	"sync"
	"time"
)

// errReplaced is what every request is told once the store file was
// deleted or rebuilt under the server: the server still holds the old
// file open and would answer from a graph that is gone.
var errReplaced = errors.New("the store was deleted or rebuilt after kg serve opened it: restart kg serve to serve the new one")

// replacedCheck asks the store whether its file was replaced at most once
// per interval; a replaced store stays replaced.
type replacedCheck struct {
	mu       sync.Mutex
	last     time.Time
	replaced bool
}

const replacedInterval = 500 * time.Millisecond

func (s *Server) storeReplaced() bool {
	c := &s.replaced
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.replaced || time.Since(c.last) < replacedInterval {
		return c.replaced
	}
	c.last = time.Now()
	if r, err := s.st.Replaced(); err == nil && r {
		c.replaced = true
		s.log.Error("store replaced under the server", "error", errReplaced)
	}
	return c.replaced
}

// checkStore answers 503 to every request but the liveness check once the
// store was replaced under the server.
func (s *Server) checkStore(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/healthz" && s.storeReplaced() {
			writeError(w, http.StatusServiceUnavailable, errReplaced)
			return
		}
		next.ServeHTTP(w, r)
	})
}
