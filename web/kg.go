package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

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
	// Before the index is first built, the search file written by the
	// last build answers, if it describes the store as it is.
	var found []match
	if snap := s.index.current(ctx); snap != nil {
		found = snap.search(q, limit)
	} else if m, ok := s.index.searchFile(ctx, q, limit); ok {
		found = m
	} else {
		snap, err := s.index.get(ctx)
		if err != nil {
			writeError(w, http.StatusInternalServerError, err)
			return
		}
		found = snap.search(q, limit)
	}
	type hit struct {
		EntityRef
		Match string `json:"match,omitempty"` // the alternate name that matched
	}
	out := []hit{}
	for _, m := range found {
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

// Fact is one statement, with some of the articles that state it.
type Fact struct {
	Subject   Term   `json:"subject"`
	Predicate string `json:"predicate"`
	Object    Term   `json:"object"`
	// Sources are the first articles that state it, each with its
	// evidence; SourceCount counts every article that states it.
	Sources     []Source `json:"sources"`
	SourceCount int      `json:"source_count"`
}

// Source is an article that states a fact, with where it says it.
type Source struct {
	Article  *Article `json:"article"`
	Sentence string   `json:"sentence,omitempty"`
	Start    int      `json:"start"`
	Rule     string   `json:"rule,omitempty"`
}

// EntityPage is the answer of /api/kg/entity: the entity, a page of its
// facts and a page of the articles that mention it. Truncated is true
// when either list goes on past its page; each page says where the next
// one starts.
type EntityPage struct {
	EntityRef
	IRI          string         `json:"iri"`
	Aliases      []string       `json:"aliases"`
	Facts        []Fact         `json:"facts"`
	FactsPage    graph.PageInfo `json:"facts_page"`
	Articles     []Article      `json:"articles"` // the articles that mention it
	ArticlesPage graph.PageInfo `json:"articles_page"`
	Truncated    bool           `json:"truncated"`
}

// serveEntity answers GET /api/kg/entity?id=ID with the entity's facts,
// each with the articles stating it and their evidence sentences, and the
// articles that mention it; 404 for an unknown id. Both lists come a page
// at a time: facts_offset and facts_limit (default 50, at most 500),
// articles_offset and articles_limit (default 20, at most 500; a limit of
// 0 leaves the list out) and sources, the articles shown per fact
// (default 3, at most 50).
func (s *Server) serveEntity(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	if id == "" {
		writeError(w, http.StatusBadRequest, errors.New("id: name an entity, e.g. id=person/alexander-grushko"))
		return
	}
	var opt graph.PageOptions
	for _, p := range []struct {
		name  string
		dst   *int
		limit bool
	}{
		{"facts_offset", &opt.FactOffset, false}, {"facts_limit", &opt.FactLimit, true},
		{"articles_offset", &opt.ArticleOffset, false}, {"articles_limit", &opt.ArticleLimit, true},
		{"sources", &opt.Sources, true},
	} {
		v := r.URL.Query().Get(p.name)
		if v == "" {
			continue
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			writeError(w, http.StatusBadRequest, fmt.Errorf("%s: want a number >= 0, got %q", p.name, v))
			return
		}
		if p.limit && n == 0 {
			n = -1 // none
		}
		*p.dst = n
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	nm, found, ok := s.lookup(ctx, w, id)
	if !ok {
		return
	}
	if len(found) == 0 {
		writeError(w, http.StatusNotFound, fmt.Errorf("no entity %q", id))
		return
	}
	e := found[0]
	gp, err := s.st.EntityPage(ctx, e.IRI, opt)
	if err != nil {
		writeError(w, http.StatusInternalServerError, err)
		return
	}
	if gp == nil {
		writeError(w, http.StatusNotFound, fmt.Errorf("no entity %q", id))
		return
	}
	page := entityPage(nm, e, gp)
	if nm.err != nil {
		writeError(w, http.StatusInternalServerError, nm.err)
		return
	}
	writeJSON(w, http.StatusOK, page)
}

// lookup finds the entities v names (snapshot.lookup) and returns them
// with what names the entities a page links to (entityIndex.names),
// waiting for the whole index only when v is not an IRI or ID, or writes
// an error and returns false.
func (s *Server) lookup(ctx context.Context, w http.ResponseWriter, v string) (*names, []*entity, bool) {
	nm := s.index.names(ctx)
	found, ok := nm.lookup(v)
	if !ok && nm.err == nil {
		snap, err := s.index.get(ctx)
		if err != nil {
			writeError(w, http.StatusInternalServerError, err)
			return nil, nil, false
		}
		nm = &names{snap: snap}
		found = snap.lookup(v)
	}
	if nm.err != nil {
		writeError(w, http.StatusInternalServerError, nm.err)
		return nil, nil, false
	}
	return nm, found, true
}

// entityPage renders graph.EntityPage, naming the entities it links to.
func entityPage(nm *names, e *entity, gp *graph.EntityPage) *EntityPage {
	classes := map[quad.IRI]bool{}
	for _, c := range gp.Classes {
		classes[c] = true
	}
	head := &entity{IRI: gp.IRI, ID: gp.ID, Name: gp.Name, Type: "Thing", Aliases: gp.Aliases}
	if head.Name == "" {
		head.Name = e.Name
	}
	for _, t := range typeRank {
		if classes[t.class] {
			head.Type = t.name
			break
		}
	}
	page := &EntityPage{EntityRef: ref(head), IRI: string(gp.IRI), Aliases: append([]string{}, gp.Aliases...),
		Facts: []Fact{}, FactsPage: gp.FactsPage, Articles: []Article{}, ArticlesPage: gp.ArticlesPage,
		Truncated: gp.FactsPage.Truncated || gp.ArticlesPage.Truncated}
	vals := make([]quad.Value, 0, 2*len(gp.Facts))
	for _, f := range gp.Facts {
		vals = append(vals, f.Subject, f.Object)
	}
	nm.loadValues(vals)
	for _, f := range gp.Facts {
		fact := Fact{Subject: term(nm, f.Subject), Predicate: graph.PredicateName(f.Predicate), Object: term(nm, f.Object),
			Sources: []Source{}, SourceCount: f.SourceCount}
		for _, src := range f.Sources {
			a := article(src.Article)
			fact.Sources = append(fact.Sources, Source{Article: &a, Sentence: src.Sentence, Start: src.Start, Rule: src.Rule})
		}
		page.Facts = append(page.Facts, fact)
	}
	for _, a := range gp.Articles {
		page.Articles = append(page.Articles, article(a))
	}
	return page
}

func article(a graph.ArticleInfo) Article {
	return Article{ID: a.ID, Headline: a.Headline, URL: a.URL, Published: a.Published}
}

func term(nm *names, v quad.Value) Term {
	if e := nm.entity(iriOf(v)); e != nil {
		r := ref(e)
		return Term{EntityRef: &r}
	}
	t := Term{Value: graph.Literal(v)}
	if graph.IsDate(v) {
		t.Datatype = "date"
	}
	return t
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
	// Truncated is true when the server's limit cut the edges short.
	Truncated bool `json:"truncated,omitempty"`
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
// entities it is linked to in either direction by a fact, and those edges
// (graph.EntityEdges: never the articles, statement or evidence nodes
// that also point to it), at most the server's limit of them, with
// "truncated" when there were more.
func (s *Server) serveNeighbors(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	nm, found, ok := s.lookup(ctx, w, r.URL.Query().Get("id"))
	if !ok {
		return
	}
	if len(found) == 0 {
		writeError(w, http.StatusNotFound, fmt.Errorf("no entity %q", r.URL.Query().Get("id")))
		return
	}
	e := found[0]
	g := Subgraph{Nodes: []EntityRef{ref(e)}, Edges: []Edge{}}
	nodes := map[*entity]bool{e: true}
	seen := map[Edge]bool{}
	add := func(from, to *entity, p quad.Value) {
		if from == nil || to == nil || from == to {
			return
		}
		if len(g.Edges) >= s.cfg.Limit {
			g.Truncated = true
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
	// Twice the limit, as some of the quads link to nodes that are no
	// entity of the index.
	edges, err := s.st.EntityEdges(ctx, e.IRI, 2*s.cfg.Limit+1)
	if err != nil {
		writeError(w, http.StatusInternalServerError, fmt.Errorf("read neighbours of %s: %w", e.ID, err))
		return
	}
	vals := make([]quad.Value, 0, 2*len(edges))
	for _, q := range edges {
		vals = append(vals, q.Subject, q.Object)
	}
	nm.loadValues(vals)
	for _, q := range edges {
		add(nm.entity(iriOf(q.Subject)), nm.entity(iriOf(q.Object)), q.Predicate)
	}
	if nm.err != nil {
		writeError(w, http.StatusInternalServerError, fmt.Errorf("read neighbours of %s: %w", e.ID, nm.err))
		return
	}
	if len(edges) > 2*s.cfg.Limit {
		g.Truncated = true
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
// "truncated": bool, "elapsed_ms": n}, or an error (see queryRows).
func (s *Server) runGizmo(w http.ResponseWriter, r *http.Request, req graph.Request, untrusted bool) {
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	req.Limit = s.cfg.Limit + 1
	start := time.Now()
	rows, ok := s.queryRows(ctx, w, req, untrusted)
	if !ok {
		return
	}
	truncated := len(rows) > s.cfg.Limit
	if truncated {
		rows = rows[:s.cfg.Limit]
	}
	s.writeRows(w, map[string]any{
		"result": rows, "truncated": truncated, "limit": s.cfg.Limit,
		"elapsed_ms": time.Since(start).Milliseconds(),
	})
}

// queryRows runs req under the server's bounds (ctx bearing the timeout)
// and returns its rows, or writes an error and returns false: 400 for the
// query's own, 504 for the timeout, 422 for the memory bound, 503 when no
// query slot came free.
func (s *Server) queryRows(ctx context.Context, w http.ResponseWriter, req graph.Request, untrusted bool) ([]any, bool) {
	qctx, done, err := s.guard.start(ctx)
	if err != nil {
		writeError(w, http.StatusServiceUnavailable, err)
		return nil, false
	}
	defer done()
	if untrusted {
		// The canned queries are known not to crash Cayley; others are
		// tried in shape mode first (see preflight).
		args, _ := json.Marshal(req.Args)
		if err := s.preflight(qctx, fmt.Sprintf("var args = %s; var LIMIT = 0;", args), req.Prelude, req.Text); err != nil {
			writeError(w, http.StatusBadRequest, err)
			return nil, false
		}
	}
	rows, err := s.st.Run(qctx, req)
	if err != nil {
		err = s.stoppedErr(qctx, err)
	}
	switch {
	case errors.Is(err, ErrQueryMemory):
		writeError(w, http.StatusUnprocessableEntity, err)
		return nil, false
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded):
		writeError(w, http.StatusGatewayTimeout, fmt.Errorf("query stopped after the server's timeout of %s", s.cfg.Timeout))
		return nil, false
	case errors.Is(err, context.Canceled):
		writeError(w, http.StatusServiceUnavailable, errors.New("query cancelled"))
		return nil, false
	case err != nil:
		// Errors binding arguments or running the prelude are the query's too.
		writeError(w, http.StatusBadRequest, err)
		return nil, false
	}
	return rows, true
}

// writeRows writes a query's answer, or 400 when the rows cannot be
// written as JSON and 422 past the result size bound.
func (s *Server) writeRows(w http.ResponseWriter, answer map[string]any) {
	body, err := encodeJSON(answer)
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

// serveStats answers GET /api/kg/stats with graph.IndexStats, kept between
// requests (see statsCache); 504 when reading them outlasts the timeout.
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
