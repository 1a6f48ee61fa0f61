package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg"
)

// The entity page: what the console (and any reader) shows of one entity,
// read in bounded work however many articles mention it. Each fact is one
// quad (articles.go); the articles stating it are read through its
// statement node's kg:statedIn links (at most Sources of them) and counted
// by the store's state, and the evidence of each source shown is found
// among the evidence nodes of that article. Facts and mentioning articles
// come a page at a time.

// Bounds of an entity page.
const (
	DefaultPageFacts    = 50
	DefaultPageArticles = 20
	DefaultPageSources  = 3
	MaxPageFacts        = 500
	MaxPageArticles     = 500
	MaxPageSources      = 50
	// maxEntityFacts bounds the facts read to sort and page them; past it
	// the page says so (PageInfo.TotalExact false).
	maxEntityFacts = 10000
	// maxCountedMentions bounds the mentions counted when the state
	// cannot tell their number.
	maxCountedMentions = 100000
	// maxQuoteEvidence bounds the evidence nodes read for one quotation.
	maxQuoteEvidence = 200
)

// PageOptions selects a page of an entity's facts and articles. Limits
// left at zero take the defaults; a negative limit lists nothing.
type PageOptions struct {
	FactOffset, FactLimit       int
	ArticleOffset, ArticleLimit int
	Sources                     int // articles shown per fact, with their evidence
}

func (o PageOptions) norm() PageOptions {
	lim := func(v, def, max int) int {
		switch {
		case v == 0:
			return def
		case v < 0:
			return 0
		}
		return min(v, max)
	}
	o.FactLimit = lim(o.FactLimit, DefaultPageFacts, MaxPageFacts)
	o.ArticleLimit = lim(o.ArticleLimit, DefaultPageArticles, MaxPageArticles)
	o.Sources = lim(o.Sources, DefaultPageSources, MaxPageSources)
	o.FactOffset, o.ArticleOffset = max(o.FactOffset, 0), max(o.ArticleOffset, 0)
	return o
}

// PageInfo says which part of a list a page holds.
type PageInfo struct {
	Offset     int  `json:"offset"`
	Limit      int  `json:"limit"`
	Total      int  `json:"total"`                // items in the list (a lower bound unless TotalExact)
	TotalExact bool `json:"total_exact"`          // false when the list was too long to count
	Truncated  bool `json:"truncated"`            // items follow this page
	Next       int  `json:"next,omitempty"`       // the offset of the next page, when Truncated
	Remaining  int  `json:"remaining,omitempty"`  // items after this page (at least, unless TotalExact)
	Skipped    bool `json:"not_listed,omitempty"` // the page was not asked for
}

func pageOf(total, offset, limit int, exact bool) PageInfo {
	p := PageInfo{Offset: offset, Limit: limit, Total: total, TotalExact: exact}
	if end := offset + limit; end < total {
		p.Truncated, p.Next, p.Remaining = true, end, total-end
	}
	return p
}

// EntityPage is an entity with a page of its facts and of the articles
// that mention it.
type EntityPage struct {
	IRI          quad.IRI
	ID           string
	Name         string
	Classes      []quad.IRI
	Aliases      []string
	Facts        []EntityFact
	FactsPage    PageInfo
	Articles     []ArticleInfo
	ArticlesPage PageInfo
}

// EntityFact is one fact about the entity (its subject or object), with
// some of the articles that state it.
type EntityFact struct {
	Subject   quad.Value
	Predicate quad.IRI
	Object    quad.Value
	// Sources are the first of the articles that state it, each with the
	// evidence read there; SourceCount counts them all.
	Sources     []FactSource
	SourceCount int
}

// FactSource is an article stating a fact and where it says it.
type FactSource struct {
	Article  ArticleInfo
	Sentence string
	Start    int
	Rule     string
}

// ArticleInfo is an article's metadata.
type ArticleInfo struct {
	IRI       quad.IRI
	ID        string
	Headline  string
	URL       string
	Published string
}

// IsInternal reports whether an IRI names one of kg's own nodes rather
// than an entity: articles, statement and evidence nodes, the vocabulary
// and the registries of stores written before the one-graph model.
func IsInternal(iri quad.IRI) bool {
	s := string(iri)
	for _, p := range []string{ArticleNS, StmtNS, FactNS, KGNS, "urn:kg:registry"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// notFact are the predicates of an entity's own quads that are not facts
// about it: its description and the calendar links of dated events, plus
// the bookkeeping of stores written before the one-graph model (named
// here, as kg no longer writes them).
var notFact = []quad.Value{Type, Name, AlternateName, Decade, Year, Month,
	quad.IRI(KGNS + "member"), quad.IRI(KGNS + "registry/name"), quad.IRI(KGNS + "registry/jobTitle"),
	quad.IRI(KGNS + "registry/represents"), quad.IRI(KGNS + "contentHash")}

// EntityPage reads a page of what the store holds about the entity: nil
// when it has neither a name, a class nor a fact.
func (s *Store) EntityPage(ctx context.Context, iri quad.IRI, opt PageOptions) (*EntityPage, error) {
	opt = opt.norm()
	id, ok := EntityID(iri)
	if !ok || IsInternal(iri) {
		return nil, nil
	}
	r := newReader(s)
	e := r.ref(iri)
	if e == nil {
		return nil, nil
	}
	page := &EntityPage{IRI: iri, ID: id, Facts: []EntityFact{}, Articles: []ArticleInfo{}}

	// Its own quads: its description and the facts it is the subject of.
	skip := map[any]bool{}
	for _, p := range notFact {
		if ref := r.ref(p); ref != nil {
			skip[graph.ToKey(ref)] = true
		}
	}
	typ, name, alt := r.key(Type), r.key(Name), r.key(AlternateName)
	var desc []graph.Ref // objects of its type, name and alternate names
	var descPred []any
	// Facts come in groups of one predicate and one direction, each in
	// index order, so that a page is read without sorting them all.
	type group struct {
		p    graph.Ref
		name string
		in   bool
		refs []graph.Ref
	}
	var groups []*group
	byPred := map[any]*group{}
	for _, p := range []quad.Value{Type, Name, AlternateName} {
		ref := r.ref(p)
		if ref == nil {
			continue
		}
		err := r.scan(ctx, map[quad.Direction]graph.Ref{quad.Subject: e, quad.Predicate: ref}, func(q graph.Ref) bool {
			desc = append(desc, r.qs.QuadDirection(q, quad.Object))
			descPred = append(descPred, graph.ToKey(ref))
			return true
		})
		if err != nil {
			return nil, fmt.Errorf("read entity %s: %w", id, err)
		}
	}
	n := 0
	err := r.scan(ctx, map[quad.Direction]graph.Ref{quad.Subject: e}, func(q graph.Ref) bool {
		p := r.qs.QuadDirection(q, quad.Predicate)
		k := graph.ToKey(p)
		if k == typ || k == name || k == alt || skip[k] {
			return true
		}
		if n++; n > maxEntityFacts {
			return false // one more than kept: the count is a lower bound
		}
		g := byPred[k]
		if g == nil {
			g = &group{p: p}
			byPred[k] = g
			groups = append(groups, g)
		}
		g.refs = append(g.refs, q)
		return true
	})
	if err != nil {
		return nil, fmt.Errorf("read entity %s: %w", id, err)
	}
	// The facts it is the object of, predicate by predicate: the other
	// quads that point to it (mentions, evidence) are many.
	for _, pn := range factPredicates {
		p := r.ref(Predicate(pn))
		if p == nil {
			continue
		}
		if n >= maxEntityFacts {
			n = maxEntityFacts + 1 // more may follow: the count is a lower bound
			break
		}
		g := &group{p: p, name: pn, in: true}
		err := r.scan(ctx, map[quad.Direction]graph.Ref{quad.Object: e, quad.Predicate: p}, func(q graph.Ref) bool {
			if n >= maxEntityFacts {
				n++
				return false
			}
			g.refs = append(g.refs, q)
			n++
			return true
		})
		if err != nil {
			return nil, fmt.Errorf("read facts about %s: %w", id, err)
		}
		if len(g.refs) > 0 {
			groups = append(groups, g)
		}
	}
	exact := n <= maxEntityFacts

	// Values: the description and the predicates of its own facts.
	refs := append([]graph.Ref{}, desc...)
	for _, g := range groups {
		if !g.in {
			refs = append(refs, g.p)
		}
	}
	vals, err := r.values(ctx, refs)
	if err != nil {
		return nil, fmt.Errorf("read entity %s: %w", id, err)
	}
	for i, v := range vals[:len(desc)] {
		switch descPred[i] {
		case typ:
			if c, ok := v.(quad.IRI); ok {
				page.Classes = append(page.Classes, c)
			}
		case name:
			if page.Name == "" {
				page.Name = Literal(v)
			}
		case alt:
			page.Aliases = append(page.Aliases, Literal(v))
		}
	}
	j := len(desc)
	for _, g := range groups {
		if !g.in {
			g.name = PredicateName(asIRI(vals[j]))
			j++
		}
	}
	sort.SliceStable(groups, func(i, j int) bool {
		if groups[i].name != groups[j].name {
			return groups[i].name < groups[j].name
		}
		return !groups[i].in && groups[j].in // its own facts first
	})
	sort.Slice(page.Classes, func(i, j int) bool { return page.Classes[i] < page.Classes[j] })
	sort.Strings(page.Aliases)
	page.Aliases = dedupe(page.Aliases, page.Name)
	total := 0
	for _, g := range groups {
		total += len(g.refs)
	}
	if page.Name == "" && len(page.Classes) == 0 && total == 0 {
		return nil, nil
	}
	page.FactsPage = pageOf(max(n, total), opt.FactOffset, opt.FactLimit, exact)
	if opt.FactLimit == 0 {
		page.FactsPage.Skipped = true
	} else {
		// The page's quads, then their values.
		var sel []graph.Ref
		i := 0
		for _, g := range groups {
			for _, q := range g.refs {
				if i >= opt.FactOffset && len(sel) < opt.FactLimit {
					sel = append(sel, q)
				}
				i++
			}
		}
		refs := make([]graph.Ref, 0, 3*len(sel))
		for _, q := range sel {
			refs = append(refs, r.qs.QuadDirection(q, quad.Subject), r.qs.QuadDirection(q, quad.Predicate), r.qs.QuadDirection(q, quad.Object))
		}
		vals, err := r.values(ctx, refs)
		if err != nil {
			return nil, fmt.Errorf("read facts about %s: %w", id, err)
		}
		seen := map[quad.Quad]bool{}
		for i := range sel {
			sv, pv, ov := vals[3*i], vals[3*i+1], vals[3*i+2]
			pi, _ := pv.(quad.IRI)
			q := quad.Quad{Subject: sv, Predicate: pi, Object: ov}
			if sv == nil || ov == nil || pi == "" || internalValue(sv) || internalValue(ov) || seen[q] {
				continue
			}
			seen[q] = true
			page.Facts = append(page.Facts, EntityFact{Subject: sv, Predicate: pi, Object: ov})
		}
		if err := r.sources(ctx, page.Facts, opt.Sources); err != nil {
			return nil, fmt.Errorf("read sources of facts about %s: %w", id, err)
		}
	}

	// The articles that mention it, in the order they were stored.
	if opt.ArticleLimit == 0 {
		page.ArticlesPage = PageInfo{Offset: opt.ArticleOffset, Skipped: true}
		return page, nil
	}
	total, exact = -1, true
	if v, err := s.state.get(ctx, []string{keyEntity + id}); err == nil && v[0] != nil {
		var a entAgg
		if json.Unmarshal(v[0], &a) == nil && a.Articles > 0 {
			total = a.Articles
		}
	}
	var arts []graph.Ref
	if m := r.ref(Mentions); m != nil {
		n := 0
		err := r.scan(ctx, map[quad.Direction]graph.Ref{quad.Object: e, quad.Predicate: m}, func(q graph.Ref) bool {
			if n >= opt.ArticleOffset && len(arts) < opt.ArticleLimit {
				arts = append(arts, r.qs.QuadDirection(q, quad.Subject))
			}
			n++
			if total >= 0 && len(arts) == opt.ArticleLimit {
				return false // the state counted them
			}
			if n >= maxCountedMentions {
				exact = false
				return false
			}
			return true
		})
		if err != nil {
			return nil, fmt.Errorf("read mentions of %s: %w", id, err)
		}
		if total < n {
			total = n
		}
	}
	page.ArticlesPage = pageOf(max(total, 0), opt.ArticleOffset, opt.ArticleLimit, exact)
	for _, a := range arts {
		info, err := r.article(ctx, a)
		if err != nil {
			return nil, err
		}
		page.Articles = append(page.Articles, info)
	}
	return page, nil
}

func dedupe(list []string, drop string) []string {
	out := list[:0]
	for i, s := range list {
		if s != drop && (i == 0 || s != list[i-1]) {
			out = append(out, s)
		}
	}
	return out
}

func internalValue(v quad.Value) bool {
	iri, ok := v.(quad.IRI)
	return ok && IsInternal(iri)
}

// EntityEdges returns the facts linking the entity to other nodes (IRIs),
// in either direction, at most limit of them (no bound when limit <= 0): its
// own quads and, predicate by predicate, the facts pointing to it, never
// the mentions, statement or evidence nodes that also point to it.
func (s *Store) EntityEdges(ctx context.Context, iri quad.IRI, limit int) ([]quad.Quad, error) {
	if IsInternal(iri) {
		return nil, nil
	}
	r := newReader(s)
	e := r.ref(iri)
	if e == nil {
		return nil, nil
	}
	skip := map[any]bool{}
	// Predicates whose objects kg writes as literals are not edges.
	for _, p := range append(notFact, Quote, Predicate(kg.PredJobTitle), Predicate(kg.PredStartDate)) {
		if ref := r.ref(p); ref != nil {
			skip[graph.ToKey(ref)] = true
		}
	}
	var out []quad.Quad
	seen := map[quad.Quad]bool{}
	full := func() bool { return limit > 0 && len(out) >= limit }
	keep := func(filter map[quad.Direction]graph.Ref) error {
		var refs []graph.Ref
		err := r.scan(ctx, filter, func(q graph.Ref) bool {
			if !skip[graph.ToKey(r.qs.QuadDirection(q, quad.Predicate))] {
				refs = append(refs, q)
			}
			return limit <= 0 || len(refs) < 2*limit
		})
		if err != nil {
			return err
		}
		for _, q := range refs {
			if full() {
				break
			}
			v := r.qs.Quad(q)
			v.Label = nil
			so, sok := v.Subject.(quad.IRI)
			oo, ook := v.Object.(quad.IRI)
			if !sok || !ook || IsInternal(so) || IsInternal(oo) || seen[v] {
				continue
			}
			seen[v] = true
			out = append(out, v)
		}
		return nil
	}
	if err := keep(map[quad.Direction]graph.Ref{quad.Subject: e}); err != nil {
		return out, fmt.Errorf("read edges of %s: %w", iri, err)
	}
	for _, pn := range factPredicates {
		p := r.ref(Predicate(pn))
		if p == nil || full() {
			continue
		}
		if err := keep(map[quad.Direction]graph.Ref{quad.Object: e, quad.Predicate: p}); err != nil {
			return out, fmt.Errorf("read edges of %s: %w", iri, err)
		}
	}
	return out, nil
}

// reader reads the store by references, resolving values only where it
// must: a quad reference tells its directions' references for free.
type reader struct {
	s    *Store
	qs   graph.QuadStore
	refs map[quad.Value]graph.Ref
	arts map[any]ArticleInfo
}

func newReader(s *Store) *reader {
	return &reader{s: s, qs: s.qs, refs: map[quad.Value]graph.Ref{}, arts: map[any]ArticleInfo{}}
}

// ref is the reference of a value, nil when the store has never seen it.
func (r *reader) ref(v quad.Value) graph.Ref {
	if ref, ok := r.refs[v]; ok {
		return ref
	}
	ref := r.qs.ValueOf(v)
	r.refs[v] = ref
	return ref
}

// key is ref as a comparable key, nil for a value never seen.
func (r *reader) key(v quad.Value) any {
	if ref := r.ref(v); ref != nil {
		return graph.ToKey(ref)
	}
	return nil
}

func (r *reader) values(ctx context.Context, refs []graph.Ref) ([]quad.Value, error) {
	if len(refs) == 0 {
		return nil, nil
	}
	return graph.ValuesOf(ctx, r.qs, refs)
}

// scan calls fn with every quad whose directions hold the given
// references, through the index that starts with them (see matchShape),
// until fn returns false. fn must not read the store (QuadDirection
// does not): a read transaction opened while scan's is open could wait
// for a writer that waits for scan's (bolt).
func (r *reader) scan(ctx context.Context, filter map[quad.Direction]graph.Ref, fn func(graph.Ref) bool) error {
	it := shape.BuildIterator(r.qs, r.shape(filter))
	defer it.Close()
	for it.Next(ctx) {
		if err := ctx.Err(); err != nil {
			return err
		}
		if !fn(it.Result()) {
			break
		}
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

// prefixIndexes are the indexes of every kv store kg writes (kvIndexes)
// and of Cayley's default layout, which scan reads by prefix.
var prefixIndexes = []kv.QuadIndex{
	{Dirs: []quad.Direction{quad.Subject, quad.Predicate}},
	{Dirs: []quad.Direction{quad.Object, quad.Predicate, quad.Subject}},
}

// shape is how scan reads the quads matching filter. On a key-value store
// it is a scan of the index that starts with the filter's directions:
// Cayley's optimizer picks an index only when the filter covers all its
// directions, and otherwise intersects one list per direction, which for
// (object, predicate) reads every quad that points to the object.
func (r *reader) shape(filter map[quad.Direction]graph.Ref) shape.Shape {
	if _, ok := r.qs.(*kv.QuadStore); ok {
		for _, ind := range prefixIndexes {
			if len(filter) > len(ind.Dirs) {
				continue
			}
			var vals []uint64
			for _, d := range ind.Dirs[:len(filter)] {
				v, ok := filter[d].(kv.Int64Value)
				if !ok {
					break
				}
				vals = append(vals, uint64(v))
			}
			if len(vals) == len(filter) {
				return kv.IndexScan{Index: ind, Values: vals}
			}
		}
	}
	var sh shape.Quads
	for _, d := range []quad.Direction{quad.Subject, quad.Predicate, quad.Object} {
		if v, ok := filter[d]; ok {
			sh = append(sh, shape.QuadFilter{Dir: d, Values: shape.Fixed{v}})
		}
	}
	return sh
}

// has reports whether the store holds a quad s-p-o (any label).
func (r *reader) has(ctx context.Context, s, p, o graph.Ref) (bool, error) {
	found := false
	err := r.scan(ctx, map[quad.Direction]graph.Ref{quad.Subject: s, quad.Predicate: p, quad.Object: o}, func(graph.Ref) bool {
		found = true
		return false
	})
	return found, err
}

// article reads an article's metadata, once per reader.
func (r *reader) article(ctx context.Context, a graph.Ref) (ArticleInfo, error) {
	k := graph.ToKey(a)
	if info, ok := r.arts[k]; ok {
		return info, nil
	}
	want := map[any]int{}
	for i, p := range []quad.Value{DocID, Headline, URL, DatePublished} {
		if key := r.key(p); key != nil {
			want[key] = i
		}
	}
	var refs []graph.Ref
	var which []int
	err := r.scan(ctx, map[quad.Direction]graph.Ref{quad.Subject: a}, func(q graph.Ref) bool {
		if i, ok := want[graph.ToKey(r.qs.QuadDirection(q, quad.Predicate))]; ok {
			refs = append(refs, r.qs.QuadDirection(q, quad.Object))
			which = append(which, i)
		}
		return true
	})
	if err != nil {
		return ArticleInfo{}, fmt.Errorf("read article: %w", err)
	}
	vals, err := r.values(ctx, append([]graph.Ref{a}, refs...))
	if err != nil {
		return ArticleInfo{}, fmt.Errorf("read article: %w", err)
	}
	info := ArticleInfo{}
	info.IRI, _ = vals[0].(quad.IRI)
	for j, v := range vals[1:] {
		f := [...]*string{&info.ID, &info.Headline, &info.URL, &info.Published}[which[j]]
		if *f == "" {
			*f = Literal(v)
		}
	}
	if info.ID == "" {
		info.ID = strings.TrimPrefix(string(info.IRI), ArticleNS)
	}
	r.arts[k] = info
	return info, nil
}

// evidence is what an evidence node says.
type evidence struct {
	s, p, o, art any   // keys (s, p and o for a quotation's)
	stmts        []any // keys of the statements it gave (kg:statement)
	artRef       graph.Ref
	sentence     string
	start        int
	rule         string
}

// readEvidence reads an evidence node.
func (r *reader) readEvidence(ctx context.Context, ev graph.Ref) (*evidence, error) {
	fs, fp, fo, fa := r.key(FactSubject), r.key(FactPredicate), r.key(FactObject), r.key(FactArticle)
	fsent, fstart, frule, fst := r.key(FactSentence), r.key(FactStart), r.key(FactRule), r.key(FactStatement)
	out := &evidence{}
	var lits []graph.Ref
	var which []any
	err := r.scan(ctx, map[quad.Direction]graph.Ref{quad.Subject: ev}, func(q graph.Ref) bool {
		o := r.qs.QuadDirection(q, quad.Object)
		switch k := graph.ToKey(r.qs.QuadDirection(q, quad.Predicate)); k {
		case fs:
			out.s = graph.ToKey(o)
		case fp:
			out.p = graph.ToKey(o)
		case fo:
			out.o = graph.ToKey(o)
		case fst:
			out.stmts = append(out.stmts, graph.ToKey(o))
		case fa:
			out.art, out.artRef = graph.ToKey(o), o
		case fsent, fstart, frule:
			lits = append(lits, o)
			which = append(which, k)
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	vals, err := r.values(ctx, lits)
	if err != nil {
		return nil, err
	}
	for i, v := range vals {
		switch which[i] {
		case fsent:
			out.sentence = Literal(v)
		case fstart:
			out.start, _ = IntOf(v)
		case frule:
			out.rule = Literal(v)
		}
	}
	return out, nil
}

// sources fills in the facts' sources: up to max articles each with its
// evidence, and how many articles state it.
func (r *reader) sources(ctx context.Context, facts []EntityFact, limit int) error {
	type spo struct{ s, p, o any }
	keys := make([]spo, len(facts))
	arts := make([][]graph.Ref, len(facts))
	counts := make([]int, len(facts))
	found := map[spo]map[any]*evidence{} // fact -> article -> evidence
	fkeys := make([]string, len(facts))
	quoteP := r.key(Quote)
	for i, f := range facts {
		keys[i] = spo{r.key(f.Subject), r.key(f.Predicate), r.key(f.Object)}
		fkeys[i] = factKey(quad.Quad{Subject: f.Subject, Predicate: f.Predicate, Object: f.Object})
		var sr, si graph.Ref
		if keys[i].p != quoteP {
			if st, ok := statementOf(f); ok {
				sr, si = r.ref(st), r.ref(StatedIn)
			}
		}
		if sr == nil || si == nil {
			// Quotations have no statement node, nor have facts written
			// by other means than kg build: their evidence nodes name them.
			o, fo, sub, fs := r.ref(f.Object), r.ref(FactObject), r.ref(f.Subject), r.ref(FactSubject)
			if o == nil || fo == nil || sub == nil || fs == nil {
				continue
			}
			var evs []graph.Ref
			err := r.scan(ctx, map[quad.Direction]graph.Ref{quad.Object: o, quad.Predicate: fo}, func(q graph.Ref) bool {
				evs = append(evs, r.qs.QuadDirection(q, quad.Subject))
				return len(evs) < maxQuoteEvidence
			})
			if err != nil {
				return err
			}
			for _, evRef := range evs {
				if ok, err := r.has(ctx, evRef, fs, sub); err != nil {
					return err
				} else if !ok {
					continue
				}
				ev, err := r.readEvidence(ctx, evRef)
				if err != nil {
					return err
				}
				if ev.s != keys[i].s || ev.p != keys[i].p || ev.o != keys[i].o || ev.art == nil {
					continue
				}
				if found[keys[i]] == nil {
					found[keys[i]] = map[any]*evidence{}
				}
				if have := found[keys[i]][ev.art]; have == nil {
					found[keys[i]][ev.art] = ev
					counts[i]++
					if len(arts[i]) < limit {
						arts[i] = append(arts[i], ev.artRef)
					}
				} else if ev.start < have.start {
					found[keys[i]][ev.art] = ev
				}
			}
			continue
		}
		err := r.scan(ctx, map[quad.Direction]graph.Ref{quad.Subject: sr, quad.Predicate: si}, func(q graph.Ref) bool {
			counts[i]++
			if len(arts[i]) < limit {
				arts[i] = append(arts[i], r.qs.QuadDirection(q, quad.Object))
			}
			return len(arts[i]) < limit // the state counts the rest
		})
		if err != nil {
			return err
		}
	}
	// The state counts the articles stating each fact.
	if vals, err := r.s.state.get(ctx, fkeys); err == nil {
		for i, v := range vals {
			var n int
			if v != nil && json.Unmarshal(v, &n) == nil && n > counts[i] {
				counts[i] = n
			}
		}
	}
	// Evidence: the evidence nodes of each source article, read once per
	// article; each names the statements it gave (a quotation's, the
	// triple itself).
	fa := r.ref(FactArticle)
	byStmt := map[any]spo{} // statement key -> the fact
	for i, f := range facts {
		if st, ok := statementOf(f); ok {
			if k := r.key(st); k != nil {
				byStmt[k] = keys[i]
			}
		}
	}
	note := func(k spo, ak any, got *evidence) {
		if found[k] == nil {
			found[k] = map[any]*evidence{}
		}
		if have := found[k][ak]; have == nil || got.start < have.start {
			found[k][ak] = got
		}
	}
	done := map[any]bool{}
	for i := range facts {
		for _, a := range arts[i] {
			ak := graph.ToKey(a)
			if done[ak] || fa == nil || found[keys[i]][ak] != nil {
				continue
			}
			done[ak] = true
			var evs []graph.Ref
			err := r.scan(ctx, map[quad.Direction]graph.Ref{quad.Object: a, quad.Predicate: fa}, func(q graph.Ref) bool {
				evs = append(evs, r.qs.QuadDirection(q, quad.Subject))
				return true
			})
			if err != nil {
				return err
			}
			for _, ev := range evs {
				got, err := r.readEvidence(ctx, ev)
				if err != nil {
					return err
				}
				for _, st := range got.stmts {
					if k, ok := byStmt[st]; ok {
						note(k, ak, got)
					}
				}
				if got.s != nil {
					note(spo{got.s, got.p, got.o}, ak, got)
				}
			}
		}
	}
	for i := range facts {
		facts[i].SourceCount = max(counts[i], len(arts[i]))
		facts[i].Sources = []FactSource{}
		for _, a := range arts[i] {
			info, err := r.article(ctx, a)
			if err != nil {
				return err
			}
			src := FactSource{Article: info}
			if ev := found[keys[i]][graph.ToKey(a)]; ev != nil {
				src.Sentence, src.Start, src.Rule = ev.sentence, ev.start, ev.rule
			}
			facts[i].Sources = append(facts[i].Sources, src)
		}
	}
	return nil
}

// statementOf is the statement node of a fact (StatementIRI).
func statementOf(f EntityFact) (quad.IRI, bool) {
	term := func(v quad.Value) (kg.Term, bool) {
		if iri, ok := v.(quad.IRI); ok {
			id, ok := EntityID(iri)
			return kg.Term{Entity: id}, ok
		}
		return kg.Term{Literal: Literal(v)}, true
	}
	s, ok1 := term(f.Subject)
	o, ok2 := term(f.Object)
	if !ok1 || !ok2 {
		return "", false
	}
	return StatementIRI(s, PredicateName(f.Predicate), o), true
}

func asIRI(v quad.Value) quad.IRI {
	iri, _ := v.(quad.IRI)
	return iri
}

// IndexStats is Stats read through the indexes rather than by reading
// every quad: articles and entities are the nodes typed with their class,
// facts are read from each entity's own quads (a fact's subject is always
// a typed entity in a graph kg writes). It counts the same as Stats on
// such a graph, in time that follows the entities and facts rather than
// the evidence and provenance around them; facts whose subject has no
// class, which only other writers make, are not counted.
//
// A store built by kg build keeps these counts as its articles are written
// (Stats): then it reads them, one lookup.
func (s *Store) IndexStats(ctx context.Context) (*Stats, error) {
	if kept, ok, err := s.keptStats(ctx); err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	} else if ok {
		if qst, err := s.qs.Stats(ctx, false); err == nil {
			kept.Quads, kept.Nodes = qst.Quads.Size, qst.Nodes.Size
		}
		return kept, nil
	}
	st := &Stats{Entities: map[string]int{}, Facts: map[string]int{}}
	r := newReader(s)
	typ := r.ref(Type)
	subjects := map[any]graph.Ref{}
	if typ != nil {
		for _, c := range []struct {
			class quad.IRI
			name  string
		}{{ClassArticle, "NewsArticle"}, {ClassPerson, "Person"}, {ClassOrg, "Organization"}, {ClassPlace, "Place"}, {ClassEvent, "Event"}} {
			cr := r.ref(c.class)
			if cr == nil {
				continue
			}
			seen := map[any]bool{}
			err := r.scan(ctx, map[quad.Direction]graph.Ref{quad.Object: cr, quad.Predicate: typ}, func(q graph.Ref) bool {
				sub := r.qs.QuadDirection(q, quad.Subject)
				k := graph.ToKey(sub)
				if !seen[k] {
					seen[k] = true
					if c.class != ClassArticle {
						subjects[k] = sub
					}
				}
				return true
			})
			if err != nil {
				return nil, fmt.Errorf("stats: %w", err)
			}
			if c.class == ClassArticle {
				st.Articles = len(seen)
			} else if len(seen) > 0 {
				st.Entities[c.name] = len(seen)
			}
		}
	}
	preds := map[any]string{}
	for _, p := range factPredicates {
		if ref := r.ref(Predicate(p)); ref != nil {
			preds[graph.ToKey(ref)] = p
		}
	}
	if len(preds) > 0 {
		for _, sub := range subjects {
			seen := map[[2]any]bool{}
			err := r.scan(ctx, map[quad.Direction]graph.Ref{quad.Subject: sub}, func(q graph.Ref) bool {
				pk := graph.ToKey(r.qs.QuadDirection(q, quad.Predicate))
				if name, ok := preds[pk]; ok {
					k := [2]any{pk, graph.ToKey(r.qs.QuadDirection(q, quad.Object))}
					if !seen[k] {
						seen[k] = true
						st.Facts[name]++
					}
				}
				return true
			})
			if err != nil {
				return nil, fmt.Errorf("stats: %w", err)
			}
		}
	}
	qst, err := s.qs.Stats(ctx, false)
	if err != nil {
		return st, nil // a key-value store nothing was ever written to
	}
	st.Quads, st.Nodes = qst.Quads.Size, qst.Nodes.Size
	return st, nil
}

// EntityInfo is an entity as an index of names needs it.
type EntityInfo struct {
	IRI     quad.IRI
	ID      string
	Name    string
	Aliases []string
	Classes []quad.IRI
}

// EntityClasses are the classes that make a node an entity.
var EntityClasses = []quad.IRI{ClassPerson, ClassOrg, ClassPlace, ClassCountry, ClassCity, ClassEvent}

func isEntityClass(c quad.IRI) bool { return slices.Contains(EntityClasses, c) }

// Entities calls fn for every entity: each node with one of
// EntityClasses and a name, in no particular order. It reads the nodes of
// each class and their names and classes through the indexes, not every
// quad.
func (s *Store) Entities(ctx context.Context, fn func(EntityInfo)) error {
	r := newReader(s)
	typ, name := r.ref(Type), r.ref(Name)
	if typ == nil || name == nil {
		return nil
	}
	var subjects []graph.Ref
	seen := map[any]bool{}
	for _, c := range EntityClasses {
		cr := r.ref(c)
		if cr == nil {
			continue
		}
		err := r.scan(ctx, map[quad.Direction]graph.Ref{quad.Object: cr, quad.Predicate: typ}, func(q graph.Ref) bool {
			sub := r.qs.QuadDirection(q, quad.Subject)
			if k := graph.ToKey(sub); !seen[k] {
				seen[k] = true
				subjects = append(subjects, sub)
			}
			return true
		})
		if err != nil {
			return fmt.Errorf("read entities: %w", err)
		}
	}
	seen = nil
	return r.entities(ctx, subjects, fn)
}

// entities calls fn for each of the nodes that is an entity (with a name
// and a class), reading their names, alternate names and classes through
// the indexes.
func (r *reader) entities(ctx context.Context, subjects []graph.Ref, fn func(EntityInfo)) error {
	typ, name, alt := r.ref(Type), r.ref(Name), r.ref(AlternateName)
	if typ == nil || name == nil {
		return nil
	}
	const chunk = 512
	for len(subjects) > 0 {
		part := subjects[:min(chunk, len(subjects))]
		subjects = subjects[len(part):]
		// Per entity: its IRI, then its names, alternate names and classes.
		refs := make([]graph.Ref, 0, 5*len(part))
		kinds := make([]byte, 0, 5*len(part))
		for _, sub := range part {
			refs, kinds = append(refs, sub), append(kinds, 's')
			for _, p := range []struct {
				ref  graph.Ref
				kind byte
			}{{name, 'n'}, {alt, 'a'}, {typ, 't'}} {
				if p.ref == nil {
					continue
				}
				err := r.scan(ctx, map[quad.Direction]graph.Ref{quad.Subject: sub, quad.Predicate: p.ref}, func(q graph.Ref) bool {
					refs, kinds = append(refs, r.qs.QuadDirection(q, quad.Object)), append(kinds, p.kind)
					return true
				})
				if err != nil {
					return fmt.Errorf("read entities: %w", err)
				}
			}
		}
		vals, err := r.values(ctx, refs)
		if err != nil {
			return fmt.Errorf("read entities: %w", err)
		}
		var e *EntityInfo
		flush := func() {
			if e != nil && e.Name != "" && slices.ContainsFunc(e.Classes, isEntityClass) {
				sort.Strings(e.Aliases)
				e.Aliases = dedupe(e.Aliases, e.Name)
				slices.Sort(e.Classes) // in index order otherwise, which differs by backend
				fn(*e)
			}
			e = nil
		}
		for i, v := range vals {
			switch kinds[i] {
			case 's':
				flush()
				iri, _ := v.(quad.IRI)
				if id, ok := EntityID(iri); ok && !IsInternal(iri) {
					e = &EntityInfo{IRI: iri, ID: id}
				}
			case 'n':
				if e != nil && e.Name == "" {
					e.Name = Literal(v)
				}
			case 'a':
				if e != nil {
					e.Aliases = append(e.Aliases, Literal(v))
				}
			case 't':
				if c, ok := v.(quad.IRI); ok && e != nil {
					e.Classes = append(e.Classes, c)
				}
			}
		}
		flush()
	}
	return nil
}

// UndatedEvents lists the events without a schema:startDate (nor a
// kg:year link, which DatedEvents would list them by), in the order of
// the store's index of events, from position from in that index (every
// event counts, dated or not) until limit are found. It returns them and
// the position of the next undated event, or -1 when there is none (with
// limit 0, just that position). The work follows the position and the
// events read until limit are found (two lookups each), not the store's
// other events.
func (s *Store) UndatedEvents(ctx context.Context, from, limit int) ([]quad.IRI, int, error) {
	r := newReader(s)
	typ, ev := r.ref(Type), r.ref(ClassEvent)
	if typ == nil || ev == nil || limit < 0 || from < 0 {
		return nil, -1, nil
	}
	var dates []graph.Ref // the predicates that date an event
	for _, p := range []quad.Value{Predicate(kg.PredStartDate), Year} {
		if ref := r.ref(p); ref != nil {
			dates = append(dates, ref)
		}
	}
	var out []graph.Ref
	next := -1
	// The index from the position, a chunk at a time (growing), then
	// the dates of each event in turn, looked up once the index's
	// iterator is closed (see scan).
	pos, chunk := from, 2*limit+16
scan:
	for {
		var refs []graph.Ref
		i := 0
		err := r.scan(ctx, map[quad.Direction]graph.Ref{quad.Object: ev, quad.Predicate: typ}, func(q graph.Ref) bool {
			if i >= pos {
				refs = append(refs, r.qs.QuadDirection(q, quad.Subject))
			}
			i++
			return len(refs) < chunk
		})
		if err != nil {
			return nil, -1, err
		}
		for j, e := range refs {
			dated := false
			for _, d := range dates {
				err := r.scan(ctx, map[quad.Direction]graph.Ref{quad.Subject: e, quad.Predicate: d}, func(graph.Ref) bool {
					dated = true
					return false
				})
				if err != nil {
					return nil, -1, err
				}
				if dated {
					break
				}
			}
			if dated {
				continue
			}
			if len(out) == limit {
				next = pos + j // one more follows
				break scan
			}
			out = append(out, e)
		}
		if len(refs) < chunk {
			break // the end of the index
		}
		pos += len(refs)
		chunk *= 2
	}
	vals, err := r.values(ctx, out)
	if err != nil {
		return nil, -1, err
	}
	iris := make([]quad.IRI, 0, len(vals))
	for _, v := range vals {
		if iri, ok := v.(quad.IRI); ok {
			iris = append(iris, iri)
		}
	}
	return iris, next, nil
}

// TimelineEvent is a dated event as the timeline lists it: its earliest
// date, and where the timeline goes on after it (Year, Month and Skip, as
// DatedEvents takes them).
type TimelineEvent struct {
	IRI               quad.IRI
	Date              string
	Year, Month, Skip int
}

// DatedEvents lists up to limit dated events in date order, walking the
// calendar through the kg:year and kg:month links from bucket (year,
// month) on and skipping the first skip events of that bucket. Month 13
// is the bucket of the year's events dated by the year alone, which
// follows its months; an event is in the bucket of its earliest date.
// Only events dated on or after from (an ISO date or a prefix of one; ""
// for all) are listed. The work follows the buckets read, not the store.
func (s *Store) DatedEvents(ctx context.Context, year, month, skip, limit int, from string) ([]TimelineEvent, error) {
	r := newReader(s)
	yp, mp, dp := r.ref(Year), r.ref(Month), r.ref(Predicate(kg.PredStartDate))
	var out []TimelineEvent
	if yp == nil || dp == nil || limit <= 0 {
		return out, nil
	}
	subjects := func(o, p graph.Ref) ([]graph.Ref, error) {
		var refs []graph.Ref
		err := r.scan(ctx, map[quad.Direction]graph.Ref{quad.Object: o, quad.Predicate: p}, func(q graph.Ref) bool {
			refs = append(refs, r.qs.QuadDirection(q, quad.Subject))
			return true
		})
		return refs, err
	}
	// bucket lists the events of one bucket, in date order.
	bucket := func(y, m int, events []graph.Ref) error {
		key := fmt.Sprintf("%04d", y)
		if m <= 12 {
			key = fmt.Sprintf("%04d-%02d", y, m)
		}
		type dated struct {
			date string
			i    int
			ref  graph.Ref
		}
		var rows []dated
		for i, e := range events {
			var dates []graph.Ref
			err := r.scan(ctx, map[quad.Direction]graph.Ref{quad.Subject: e, quad.Predicate: dp}, func(q graph.Ref) bool {
				dates = append(dates, r.qs.QuadDirection(q, quad.Object))
				return true
			})
			if err != nil {
				return err
			}
			vals, err := r.values(ctx, dates)
			if err != nil {
				return err
			}
			d := ""
			for _, v := range vals {
				if l := Literal(v); l != "" && (d == "" || l < d) {
					d = l
				}
			}
			b := d
			if len(d) >= 7 && d[4] == '-' {
				b = d[:7]
			} else if len(d) > 4 {
				b = d[:4]
			}
			if d != "" && b == key && d >= from {
				rows = append(rows, dated{d, i, e})
			}
		}
		sort.Slice(rows, func(i, j int) bool {
			if rows[i].date != rows[j].date {
				return rows[i].date < rows[j].date
			}
			return rows[i].i < rows[j].i
		})
		first := 0
		if y == year && m == month {
			first = skip
		}
		refs := make([]graph.Ref, 0, limit)
		var picked []dated
		for i := first; i < len(rows) && len(out)+len(picked) < limit; i++ {
			refs = append(refs, rows[i].ref)
			picked = append(picked, rows[i])
		}
		vals, err := r.values(ctx, refs)
		if err != nil {
			return err
		}
		for i, v := range vals {
			iri, _ := v.(quad.IRI)
			out = append(out, TimelineEvent{IRI: iri, Date: picked[i].date, Year: y, Month: m, Skip: first + i + 1})
		}
		return nil
	}
	last := time.Now().Year() + 10
	for y := max(year, 0); y <= last && len(out) < limit; y++ {
		yr := r.ref(quad.TypedString{Value: quad.String(fmt.Sprintf("%04d", y)), Type: XSDGYear})
		if yr == nil {
			continue
		}
		m0 := 1
		if y == year {
			m0 = month
		}
		for m := m0; m <= 12 && len(out) < limit && mp != nil; m++ {
			mr := r.ref(quad.TypedString{Value: quad.String(fmt.Sprintf("%04d-%02d", y, m)), Type: XSDGYearMonth})
			if mr == nil {
				continue
			}
			events, err := subjects(mr, mp)
			if err != nil {
				return nil, err
			}
			if err := bucket(y, m, events); err != nil {
				return nil, err
			}
		}
		if len(out) < limit {
			events, err := subjects(yr, yp)
			if err != nil {
				return nil, err
			}
			// (An event is in the bucket of its earliest date: bucket
			// keeps those dated by the year alone.)
			if err := bucket(y, 13, events); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// MentionedIn returns up to max articles that mention the node, in the
// order they were stored, through the index of quads pointing to it
// (Gizmo's in(schema:mentions) walks every quad pointing to the node on a
// key-value store: Cayley picks no index for an object and a predicate).
func (s *Store) MentionedIn(ctx context.Context, iri quad.IRI, max int) ([]quad.IRI, error) {
	r := newReader(s)
	n, m := r.ref(iri), r.ref(Mentions)
	if n == nil || m == nil || max <= 0 {
		return nil, nil
	}
	var refs []graph.Ref
	err := r.scan(ctx, map[quad.Direction]graph.Ref{quad.Object: n, quad.Predicate: m}, func(q graph.Ref) bool {
		refs = append(refs, r.qs.QuadDirection(q, quad.Subject))
		return len(refs) < max
	})
	if err != nil {
		return nil, err
	}
	vals, err := r.values(ctx, refs)
	if err != nil {
		return nil, err
	}
	out := make([]quad.IRI, 0, len(vals))
	for _, v := range vals {
		if a, ok := v.(quad.IRI); ok {
			out = append(out, a)
		}
	}
	return out, nil
}

// Objects returns the first max distinct objects of the node's quads with
// the predicate, in index order (Gizmo's out(pred).unique().toArray(max)).
func (s *Store) Objects(ctx context.Context, node quad.Value, pred quad.IRI, max int) ([]quad.Value, error) {
	r := newReader(s)
	n, p := r.ref(node), r.ref(pred)
	if n == nil || p == nil || max <= 0 {
		return nil, nil
	}
	var refs []graph.Ref
	seen := map[any]bool{}
	err := r.scan(ctx, map[quad.Direction]graph.Ref{quad.Subject: n, quad.Predicate: p}, func(q graph.Ref) bool {
		o := r.qs.QuadDirection(q, quad.Object)
		if k := graph.ToKey(o); !seen[k] {
			seen[k] = true
			refs = append(refs, o)
		}
		return len(refs) < max
	})
	if err != nil {
		return nil, err
	}
	return r.values(ctx, refs)
}
