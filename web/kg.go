package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/queries"
)

// maxSearch bounds /api/kg/search results.
const maxSearch = 50

// EntityRef names an entity in API responses.
type EntityRef struct {
	ID   string `json:"id"` // e.g. person/alexander-grushko
	Name string `json:"name"`
	Type string `json:"type"` // Person, Organization, Place, Event or Thing
}

func ref(e *entity) EntityRef { return EntityRef{ID: e.ID, Name: e.Name, Type: e.Type} }

// serveSearch answers GET /api/kg/search?q=PREFIX[&limit=N] with the
// entities whose name, alternate name or a word of one starts with q.
func (s *Server) serveSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	if len(q) > 200 {
		writeError(w, http.StatusBadRequest, errors.New("q: at most 200 bytes"))
		return
	}
	limit := 10
	if v := r.URL.Query().Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n <= 0 {
			writeError(w, http.StatusBadRequest, fmt.Errorf("limit: want a positive number, got %q", v))
			return
		}
		limit = min(n, maxSearch)
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	snap, err := s.index.get(ctx)
	if err != nil {
		writeError(w, http.StatusInternalServerError, err)
		return
	}
	type hit struct {
		EntityRef
		Match string `json:"match,omitempty"` // the alternate name that matched
	}
	out := []hit{}
	for _, m := range snap.search(q, limit) {
		out = append(out, hit{ref(m.e), m.alias})
	}
	writeJSON(w, http.StatusOK, map[string]any{"result": out})
}

// Article is an article in API responses.
type Article struct {
	ID        string `json:"id"`
	Headline  string `json:"headline,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
}

// Term is the subject or object of a fact: an entity or a literal value.
type Term struct {
	*EntityRef
	Value    string `json:"value,omitempty"`
	Datatype string `json:"datatype,omitempty"` // "date" for a calendar literal (graph.IsDate)
}

// Fact is one statement with where it was read.
type Fact struct {
	Subject   Term     `json:"subject"`
	Predicate string   `json:"predicate"`
	Object    Term     `json:"object"`
	Article   *Article `json:"article,omitempty"`
	Sentence  string   `json:"sentence,omitempty"`
	Start     int      `json:"start"`
	Rule      string   `json:"rule,omitempty"`
}

// EntityPage is the answer of /api/kg/entity.
type EntityPage struct {
	EntityRef
	IRI      string    `json:"iri"`
	Aliases  []string  `json:"aliases"`
	Facts    []Fact    `json:"facts"`
	Articles []Article `json:"articles"` // the articles that mention it
}

// serveEntity answers GET /api/kg/entity?id=ID with the entity's facts,
// each with its article and evidence sentence; 404 for an unknown id.
func (s *Server) serveEntity(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	if id == "" {
		writeError(w, http.StatusBadRequest, errors.New("id: name an entity, e.g. id=person/alexander-grushko"))
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	snap, err := s.index.get(ctx)
	if err != nil {
		writeError(w, http.StatusInternalServerError, err)
		return
	}
	found := snap.lookup(id)
	if len(found) == 0 {
		writeError(w, http.StatusNotFound, fmt.Errorf("no entity %q", id))
		return
	}
	e := found[0]
	page, err := s.entityPage(ctx, snap, e)
	if err != nil {
		writeError(w, http.StatusInternalServerError, err)
		return
	}
	writeJSON(w, http.StatusOK, page)
}

func (s *Server) entityPage(ctx context.Context, snap *snapshot, e *entity) (*EntityPage, error) {
	qs := s.st.QuadStore()
	page := &EntityPage{EntityRef: ref(e), IRI: string(e.IRI), Aliases: append([]string{}, e.Aliases...), Facts: []Fact{}, Articles: []Article{}}
	arts := articleCache{qs: qs, m: map[quad.Value]*Article{}}
	seen := map[quad.Value]bool{}
	var factNodes []quad.Value
	for _, d := range []quad.IRI{graph.FactSubject, graph.FactObject} {
		err := eachQuad(ctx, qs, quad.Object, e.IRI, func(q quad.Quad) {
			if q.Predicate == d && !seen[q.Subject] {
				seen[q.Subject] = true
				factNodes = append(factNodes, q.Subject)
			}
		})
		if err != nil {
			return nil, fmt.Errorf("read facts of %s: %w", e.ID, err)
		}
	}
	for _, f := range factNodes {
		var fact Fact
		var art quad.Value
		err := eachQuad(ctx, qs, quad.Subject, f, func(q quad.Quad) {
			switch q.Predicate {
			case graph.FactSubject:
				fact.Subject = term(snap, q.Object)
			case graph.FactPredicate:
				fact.Predicate = graph.PredicateName(iriOf(q.Object))
			case graph.FactObject:
				fact.Object = term(snap, q.Object)
			case graph.FactArticle:
				art = q.Object
			case graph.FactSentence:
				fact.Sentence = graph.Literal(q.Object)
			case graph.FactStart:
				if n, ok := graph.IntOf(q.Object); ok {
					fact.Start = int(n)
				}
			case graph.FactRule:
				fact.Rule = graph.Literal(q.Object)
			}
		})
		if err != nil {
			return nil, fmt.Errorf("read fact %s: %w", f, err)
		}
		if art != nil {
			if fact.Article, err = arts.get(ctx, art); err != nil {
				return nil, err
			}
		}
		page.Facts = append(page.Facts, fact)
	}
	sort.SliceStable(page.Facts, func(i, j int) bool {
		a, b := page.Facts[i], page.Facts[j]
		if a.Predicate != b.Predicate {
			return a.Predicate < b.Predicate
		}
		if x, y := a.Object.label(), b.Object.label(); x != y {
			return x < y
		}
		if x, y := a.Article.id(), b.Article.id(); x != y {
			return x < y
		}
		return a.Start < b.Start
	})
	var artNodes []quad.Value
	err := eachQuad(ctx, qs, quad.Object, e.IRI, func(q quad.Quad) {
		if q.Predicate == graph.Mentions && !seen[q.Subject] {
			seen[q.Subject] = true
			artNodes = append(artNodes, q.Subject)
		}
	})
	if err != nil {
		return nil, fmt.Errorf("read mentions of %s: %w", e.ID, err)
	}
	for _, a := range artNodes {
		art, err := arts.get(ctx, a)
		if err != nil {
			return nil, err
		}
		page.Articles = append(page.Articles, *art)
	}
	sort.Slice(page.Articles, func(i, j int) bool {
		a, b := page.Articles[i], page.Articles[j]
		if a.Published != b.Published {
			return a.Published < b.Published
		}
		return a.ID < b.ID
	})
	return page, nil
}

func (t Term) label() string {
	if t.EntityRef != nil {
		return t.Name
	}
	return t.Value
}

func (a *Article) id() string {
	if a == nil {
		return ""
	}
	return a.ID
}

func term(snap *snapshot, v quad.Value) Term {
	if e := snap.byIRI[iriOf(v)]; e != nil {
		r := ref(e)
		return Term{EntityRef: &r}
	}
	t := Term{Value: graph.Literal(v)}
	if graph.IsDate(v) {
		t.Datatype = "date"
	}
	return t
}

// articleCache reads each article's metadata once per request.
type articleCache struct {
	qs cgraph.QuadStore
	m  map[quad.Value]*Article
}

func (c articleCache) get(ctx context.Context, v quad.Value) (*Article, error) {
	if a := c.m[v]; a != nil {
		return a, nil
	}
	a := &Article{}
	err := eachQuad(ctx, c.qs, quad.Subject, v, func(q quad.Quad) {
		switch q.Predicate {
		case graph.DocID:
			a.ID = graph.Literal(q.Object)
		case graph.Headline:
			a.Headline = graph.Literal(q.Object)
		case graph.URL:
			a.URL = graph.Literal(q.Object)
		case graph.DatePublished:
			a.Published = graph.Literal(q.Object)
		}
	})
	if err != nil {
		return nil, fmt.Errorf("read article %s: %w", v, err)
	}
	if a.ID == "" {
		a.ID = graph.Literal(v)
	}
	c.m[v] = a
	return a, nil
}

// Edge links two entities by a predicate.
type Edge struct {
	Source    string `json:"source"`
	Target    string `json:"target"`
	Predicate string `json:"predicate"`
}

// Subgraph is a set of entities and the edges among them.
type Subgraph struct {
	Nodes []EntityRef `json:"nodes"`
	Edges []Edge      `json:"edges"`
}

// maxGraphValues bounds how many values /api/kg/graph resolves.
const maxGraphValues = 1000

// serveGraph answers POST /api/kg/graph {"values": [...]}: the entities
// that the values (IRIs, ids or exact names, as found in query results)
// name, and the edges among them.
func (s *Server) serveGraph(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Values []string `json:"values"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		writeError(w, http.StatusBadRequest, fmt.Errorf("want {\"values\": [...]}: %w", err))
		return
	}
	if len(req.Values) > maxGraphValues {
		req.Values = req.Values[:maxGraphValues]
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	snap, err := s.index.get(ctx)
	if err != nil {
		writeError(w, http.StatusInternalServerError, err)
		return
	}
	set := map[quad.IRI]*entity{}
	var order []*entity
	for _, v := range req.Values {
		for _, e := range snap.lookup(v) {
			if set[e.IRI] == nil && len(order) < s.cfg.Limit {
				set[e.IRI] = e
				order = append(order, e)
			}
		}
	}
	g := Subgraph{Nodes: []EntityRef{}, Edges: []Edge{}}
	seen := map[Edge]bool{}
	for _, e := range order {
		g.Nodes = append(g.Nodes, ref(e))
		err := eachQuad(ctx, s.st.QuadStore(), quad.Subject, e.IRI, func(q quad.Quad) {
			if o := set[iriOf(q.Object)]; o != nil && o != e {
				addEdge(&g, seen, Edge{e.ID, o.ID, graph.PredicateName(iriOf(q.Predicate))})
			}
		})
		if err != nil {
			writeError(w, http.StatusInternalServerError, fmt.Errorf("read edges of %s: %w", e.ID, err))
			return
		}
	}
	writeJSON(w, http.StatusOK, g)
}

// serveNeighbors answers GET /api/kg/neighbors?id=ID: the entity, the
// entities it is linked to in either direction, and those edges.
func (s *Server) serveNeighbors(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	snap, err := s.index.get(ctx)
	if err != nil {
		writeError(w, http.StatusInternalServerError, err)
		return
	}
	found := snap.lookup(r.URL.Query().Get("id"))
	if len(found) == 0 {
		writeError(w, http.StatusNotFound, fmt.Errorf("no entity %q", r.URL.Query().Get("id")))
		return
	}
	e := found[0]
	g := Subgraph{Nodes: []EntityRef{ref(e)}, Edges: []Edge{}}
	nodes := map[*entity]bool{e: true}
	seen := map[Edge]bool{}
	add := func(from, to *entity, p quad.Value) {
		if from == nil || to == nil || from == to || len(g.Edges) >= s.cfg.Limit {
			return
		}
		for _, n := range []*entity{from, to} {
			if !nodes[n] {
				nodes[n] = true
				g.Nodes = append(g.Nodes, ref(n))
			}
		}
		addEdge(&g, seen, Edge{from.ID, to.ID, graph.PredicateName(iriOf(p))})
	}
	qs := s.st.QuadStore()
	err = eachQuad(ctx, qs, quad.Subject, e.IRI, func(q quad.Quad) { add(e, snap.byIRI[iriOf(q.Object)], q.Predicate) })
	if err == nil {
		err = eachQuad(ctx, qs, quad.Object, e.IRI, func(q quad.Quad) { add(snap.byIRI[iriOf(q.Subject)], e, q.Predicate) })
	}
	if err != nil {
		writeError(w, http.StatusInternalServerError, fmt.Errorf("read neighbours of %s: %w", e.ID, err))
		return
	}
	writeJSON(w, http.StatusOK, g)
}

func addEdge(g *Subgraph, seen map[Edge]bool, e Edge) {
	if !seen[e] {
		seen[e] = true
		g.Edges = append(g.Edges, e)
	}
}

// serveQueries answers GET /api/kg/queries with the canned queries.
func (s *Server) serveQueries(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{"result": queries.List()})
}

// serveCanned answers GET /api/kg/queries/{name}?PARAM=VALUE (or
// ?arg=VALUE, positionally) by running the canned query with its
// arguments bound as data.
func (s *Server) serveCanned(w http.ResponseWriter, r *http.Request) {
	q, ok := queries.Get(r.PathValue("name"))
	if !ok {
		writeError(w, http.StatusNotFound, fmt.Errorf("no canned query %q (see /api/kg/queries)", r.PathValue("name")))
		return
	}
	vals := r.URL.Query()
	positional := vals["arg"]
	args := map[string]any{}
	for i, p := range q.Params {
		switch {
		case vals.Has(p):
			args[p] = vals.Get(p)
		case len(positional) > 0:
			args[p], positional = positional[0], positional[1:]
		case i >= len(q.Params)-q.Optional:
			args[p] = "" // an optional parameter left out
		default:
			writeError(w, http.StatusBadRequest, fmt.Errorf("query %s needs %s: usage: %s", q.Name, p, q.Usage()))
			return
		}
	}
	s.runGizmo(w, r, graph.Request{Prelude: queries.Lib, Text: q.Text, Args: args}, false)
}

// serveGizmo answers POST /api/kg/query {"query": "...", "args": {...}}:
// a Gizmo query run after the canned queries' helper library, with args
// bound as data.
func (s *Server) serveGizmo(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Query string         `json:"query"`
		Args  map[string]any `json:"args"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		writeError(w, http.StatusBadRequest, fmt.Errorf("want {\"query\": \"...\", \"args\": {...}}: %w", err))
		return
	}
	if req.Query == "" {
		writeError(w, http.StatusBadRequest, errors.New("query is empty"))
		return
	}
	s.runGizmo(w, r, graph.Request{Prelude: queries.Lib, Text: req.Query, Args: req.Args}, true)
}

// runGizmo runs req (an untrusted one after a preflight) under the server's bounds and writes {"result": [...],
// "truncated": bool, "elapsed_ms": n}, or an error: 400 for the query's
// own, 504 for the timeout, 422 for the memory and result size bounds, 503
// when no query slot came free.
func (s *Server) runGizmo(w http.ResponseWriter, r *http.Request, req graph.Request, untrusted bool) {
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	qctx, done, err := s.guard.start(ctx)
	if err != nil {
		writeError(w, http.StatusServiceUnavailable, err)
		return
	}
	defer done()
	if untrusted {
		// The canned queries are known not to crash Cayley; others are
		// tried in shape mode first (see preflight).
		args, _ := json.Marshal(req.Args)
		if err := s.preflight(qctx, fmt.Sprintf("var args = %s; var LIMIT = 0;", args), req.Prelude, req.Text); err != nil {
			writeError(w, http.StatusBadRequest, err)
			return
		}
	}
	req.Limit = s.cfg.Limit + 1
	start := time.Now()
	rows, err := s.st.Run(qctx, req)
	if err != nil {
		err = s.stoppedErr(qctx, err)
	}
	switch {
	case errors.Is(err, ErrQueryMemory):
		writeError(w, http.StatusUnprocessableEntity, err)
		return
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded):
		writeError(w, http.StatusGatewayTimeout, fmt.Errorf("query stopped after the server's timeout of %s", s.cfg.Timeout))
		return
	case errors.Is(err, context.Canceled):
		writeError(w, http.StatusServiceUnavailable, errors.New("query cancelled"))
		return
	case err != nil:
		// Errors binding arguments or running the prelude are the query's too.
		writeError(w, http.StatusBadRequest, err)
		return
	}
	truncated := len(rows) > s.cfg.Limit
	if truncated {
		rows = rows[:s.cfg.Limit]
	}
	body, err := encodeJSON(map[string]any{
		"result": rows, "truncated": truncated, "limit": s.cfg.Limit,
		"elapsed_ms": time.Since(start).Milliseconds(),
	})
	if err != nil {
		// The script emitted what JSON cannot hold (NaN, Infinity).
		writeError(w, http.StatusBadRequest, fmt.Errorf("query results cannot be written as JSON: %w", err))
		return
	}
	if int64(len(body)) > s.cfg.MaxResult {
		writeError(w, http.StatusUnprocessableEntity, resultSizeErr(s.cfg.MaxResult))
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(append(body, '\n'))
}

// serveStats answers GET /api/kg/stats with graph.Stats, kept between
// requests (see statsCache); 504 when the scan outlasts the timeout.
func (s *Server) serveStats(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	st, err := s.stats.get(ctx)
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		writeError(w, http.StatusGatewayTimeout, fmt.Errorf("stats: the scan of the store outlasted the server's timeout of %s", s.cfg.Timeout))
		return
	case err != nil:
		writeError(w, http.StatusInternalServerError, err)
		return
	}
	writeJSON(w, http.StatusOK, st)
}

// serveTimeline answers GET /api/kg/timeline with the events in date
// order (the canned timeline query).
func (s *Server) serveTimeline(w http.ResponseWriter, r *http.Request) {
	q, _ := queries.Get("timeline")
	s.runGizmo(w, r, graph.Request{Prelude: queries.Lib, Text: q.Text}, false)
}

// serveExport streams the whole graph as N-Quads.
func (s *Server) serveExport(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/n-quads")
	w.Header().Set("Content-Disposition", `attachment; filename="kg.nq"`)
	n, err := s.st.Export(r.Context(), w)
	if err != nil {
		// Headers are sent: all that is left is to log and cut the stream.
		s.log.Warn("export failed", "quads", n, "err", err)
		panic(http.ErrAbortHandler)
	}
}
