package web

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"strings"
)

// hostPolicy decides which Host headers the server answers, against DNS
// rebinding: a page on evil.example whose name is made to resolve to
// 127.0.0.1 sends "Host: evil.example:PORT", which no allowed name matches.
type hostPolicy struct {
	any   bool            // "*" was allowed: no check
	names map[string]bool // allowed names, any port
	exact map[string]bool // allowed name:port pairs
}

func newHostPolicy(allowed []string) (*hostPolicy, error) {
	p := &hostPolicy{names: map[string]bool{}, exact: map[string]bool{}}
	for _, a := range allowed {
		a = strings.ToLower(strings.TrimSpace(a))
		switch {
		case a == "":
			continue
		case a == "*":
			p.any = true
		case strings.ContainsAny(a, "/@ "):
			return nil, fmt.Errorf("allowed host %q: want a name or name:port, not a URL", a)
		default:
			if h, port, err := net.SplitHostPort(a); err == nil {
				if _, err := strconv.ParseUint(port, 10, 16); err != nil {
					return nil, fmt.Errorf("allowed host %q: bad port", a)
				}
				p.exact[net.JoinHostPort(strings.TrimSuffix(h, "."), port)] = true
			} else {
				p.names[strings.TrimSuffix(strings.Trim(a, "[]"), ".")] = true
			}
		}
	}
	return p, nil
}

// allows reports whether a request's Host names this server: the literal
// address the connection came in on (and localhost, for a loopback one),
// with its port, or a name the user allowed.
func (p *hostPolicy) allows(r *http.Request) bool {
	if p.any {
		return true
	}
	host := strings.ToLower(r.Host)
	name, port, err := net.SplitHostPort(host)
	if err != nil {
		name, port = strings.Trim(host, "[]"), ""
	}
	name = strings.TrimSuffix(name, ".")
	if p.names[name] || (port != "" && p.exact[net.JoinHostPort(name, port)]) {
		return true
	}
	local, _ := r.Context().Value(http.LocalAddrContextKey).(*net.TCPAddr)
	if local == nil {
		// No connection (a handler called directly): only loopback names.
		return name == "localhost" || isLoopbackIP(name)
	}
	if (port == "" && local.Port != 80) || (port != "" && port != strconv.Itoa(local.Port)) {
		return false
	}
	if ip := net.ParseIP(name); ip != nil {
		return ip.Equal(local.IP) || (local.IP.IsLoopback() && ip.IsLoopback())
	}
	return name == "localhost" && local.IP.IsLoopback()
}

func isLoopbackIP(s string) bool {
	ip := net.ParseIP(s)
	return ip != nil && ip.IsLoopback()
}

// checkHost refuses, with 403 and a JSON error, requests whose Host the
// policy does not allow. The health checks are exempt: load balancers and
// orchestrators probe them under names of their own, and they tell nothing
// about the graph.
func (s *Server) checkHost(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/healthz" && r.URL.Path != "/readyz" && !s.hosts.allows(r) {
			writeError(w, http.StatusForbidden, fmt.Errorf("host %q is not this server's address: to serve it under that name, start kg serve with --allow-host %s", r.Host, hostName(r.Host)))
			return
		}
		next.ServeHTTP(w, r)
	})
}

func hostName(host string) string {
	if h, _, err := net.SplitHostPort(host); err == nil {
		return h
	}
	return host
}

// errCrossOrigin is what a refused cross-origin request is told.
var errCrossOrigin = errors.New("cross-origin request refused: POST requests are accepted only from the server's own pages and the --cors origin")

// newOriginGuard returns the cross-origin protection for the server's
// non-GET requests (writes and POSTed queries): a browser request from
// another origin (by Sec-Fetch-Site, or Origin against Host) is refused
// unless it comes from the --cors origin. This covers the requests an HTML
// form or a no-cors fetch can send without a preflight (text/plain,
// form-urlencoded, multipart bodies), and refuses the others too, which a
// browser sends only after a preflight that only the --cors origin passes.
// With --cors "*" every origin is trusted and nothing is checked.
func newOriginGuard(cors string) (*http.CrossOriginProtection, error) {
	if cors == "*" {
		return nil, nil
	}
	cop := http.NewCrossOriginProtection()
	if cors != "" {
		if err := cop.AddTrustedOrigin(cors); err != nil {
			return nil, fmt.Errorf("cors origin: %w", err)
		}
	}
	return cop, nil
}

// checkOrigin refuses cross-origin browser requests with unsafe methods
// (see newOriginGuard) with 403 and a JSON error.
func (s *Server) checkOrigin(next http.Handler) http.Handler {
	if s.origins == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := s.origins.Check(r); err != nil {
			writeError(w, http.StatusForbidden, errCrossOrigin)
			return
		}
		next.ServeHTTP(w, r)
	})
}
