package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg"
)

// How an article reaches the graph (VOCABULARY.md, "One graph"):
//
// Stage keeps each new or changed article's extraction result, before any
// linking, in the store's state and marks it pending; nothing is written
// to the graph. Resolve then links the entities of every article the
// store holds at once (Store.Link, extract.Links), and rewrites the graph
// of each article that is pending or whose entities now resolve
// differently. The graph is therefore a function of the set of articles
// stored, whatever the order, partition or history of the builds that
// stored them.
//
// Each article contributes three things, all computed from its result and
// the resolution:
//   - its own quads, labelled with its IRI: the article node, what it
//     mentions, the statement links (statedIn) and the evidence nodes;
//   - facts, stated without a label: a triple is one quad however many
//     articles state it; the state counts the articles stating each, and a
//     fact goes when the last of them does;
//   - votes on its entities' names and classes: an entity's rdf:type,
//     schema:name and schema:alternateName quads are written once, from
//     the votes of every article that mentions it (the name most articles
//     use for it, the others as alternate names).

// State keys. Document IDs follow the prefix.
const (
	keyArticle    = "a/" // the article as staged: rawArticle
	keyOld        = "o/" // the version the graph holds, while a newer one (or a removal) is pending
	keyApplied    = "g/" // what the graph holds of it: applied
	keyPending    = "p/" // the article must be (re)written or removed
	keySummary    = "s/" // what linking reads of it: a kg.Result with entities and event triples
	keyEntity     = "e/" // entity ID -> entAgg
	keyFact       = "f/" // hash of a fact quad -> how many articles state it
	keyLinks      = "m"  // the resolution last applied: linkState
	keyFormat     = "v"  // state format
	keyQuadFormat = "q"  // the QuadFormat the graph was written in
	keyCounts     = "c"  // what Stats reports, kept as articles are written: counts
	keyNames      = "n"  // changes with any entity's name, alternate names or classes: NamesStamp
	stateFormat   = "1"
)

// ErrOldStore is returned when writing articles to a store written by a kg
// before the one-graph model (one copy of each fact per article).
var ErrOldStore = errors.New("this store was written by an older kg (one copy of every fact per article, or provenance in an older form); kg cannot add or remove articles in it: build a new store from the same inputs (README, \"Stores\")")

// Linker links entities across every article a store holds: it returns,
// for each entity ID that joins another, the ID it joins, and the new type
// of a joined entity whose type changes. extract.Links is kg's.
type Linker func(summaries []*kg.Result) (rename map[string]string, types map[string]kg.EntityType)

// rawArticle is an article as staged: its document's metadata and its
// extraction result before linking.
type rawArticle struct {
	FP     string     `json:"fp"`
	ID     string     `json:"id"`
	Title  string     `json:"title,omitempty"`
	URL    string     `json:"url,omitempty"`
	Source string     `json:"source,omitempty"`
	Pub    time.Time  `json:"published,omitzero"`
	Result *kg.Result `json:"result"`
}

// applied is what the graph holds of an article: the fingerprint of the
// version written and the resolution of its entity IDs it was written with.
type applied struct {
	FP  string            `json:"fp"`
	Res map[string]target `json:"res,omitempty"`
}

// target is what an entity ID resolves to.
type target struct {
	ID   string        `json:"id"`
	Type kg.EntityType `json:"type,omitempty"`
}

// linkState is the resolution last applied to the whole store.
type linkState struct {
	Res map[string]target `json:"res"`
}

// entAgg counts, over the articles that mention an entity, the votes on
// its classes and names.
type entAgg struct {
	Articles int                   `json:"n"`
	Types    map[kg.EntityType]int `json:"types,omitempty"`
	Names    map[string]int        `json:"names,omitempty"`   // names it is given where it is not joined from another ID
	Aliases  map[string]int        `json:"aliases,omitempty"` // every other form
	Country  int                   `json:"country,omitempty"`
	City     int                   `json:"city,omitempty"`
}

func (a *entAgg) add(b *entAgg, sign int) {
	a.Articles += sign * b.Articles
	a.Country += sign * b.Country
	a.City += sign * b.City
	addCounts(&a.Types, b.Types, sign)
	addCounts(&a.Names, b.Names, sign)
	addCounts(&a.Aliases, b.Aliases, sign)
}

func addCounts[K comparable](dst *map[K]int, src map[K]int, sign int) {
	for k, n := range src {
		if *dst == nil {
			*dst = map[K]int{}
		}
		(*dst)[k] += sign * n
		if (*dst)[k] == 0 {
			delete(*dst, k)
		}
	}
}

// top is the key with the highest count, ties to the smallest key.
func top[K ~string](m map[K]int) K {
	var best K
	n := 0
	for k, c := range m {
		if c > n || c == n && k < best {
			best, n = k, c
		}
	}
	return best
}

// quads are an entity's rdf:type, schema:name and schema:alternateName.
func (a *entAgg) quads(id string) []quad.Quad {
	if a == nil || a.Articles <= 0 {
		return nil
	}
	n := EntityIRI(id)
	var out []quad.Quad
	for _, c := range ClassOf(kg.Entity{Type: top(a.Types), Country: a.Country > 0, City: a.City > 0}) {
		out = append(out, quad.Quad{Subject: n, Predicate: Type, Object: c})
	}
	name := top(a.Names)
	if name == "" {
		name = top(a.Aliases)
	}
	if name != "" {
		out = append(out, quad.Quad{Subject: n, Predicate: Name, Object: quad.String(name)})
	}
	var alts []string
	for _, m := range []map[string]int{a.Names, a.Aliases} {
		for f, c := range m {
			if c > 0 && f != name && !slices.Contains(alts, f) {
				alts = append(alts, f)
			}
		}
	}
	sort.Strings(alts)
	for _, f := range alts {
		out = append(out, quad.Quad{Subject: n, Predicate: AlternateName, Object: quad.String(f)})
	}
	return out
}

// contribution is what one article gives the graph.
type contribution struct {
	own   []quad.Quad        // labelled with the article
	facts []quad.Quad        // unlabelled, counted
	ents  map[string]*entAgg // votes, one article's worth
}

// resolve applies a resolution to a raw result: entity IDs renamed,
// entities joined, duplicate triples dropped. It also returns the votes.
func resolveResult(raw *kg.Result, res map[string]target) (*kg.Result, map[string]*entAgg) {
	out := *raw
	ren := func(id string) string {
		if t, ok := res[id]; ok {
			return t.ID
		}
		return id
	}
	ents := map[string]*entAgg{}
	vote := func(id string) *entAgg {
		a := ents[id]
		if a == nil {
			a = &entAgg{Articles: 1}
			ents[id] = a
		}
		return a
	}
	set := func(m *map[string]int, k string) {
		if *m == nil {
			*m = map[string]int{}
		}
		(*m)[k] = 1
	}
	byID := map[string]*kg.Entity{}
	var order []string
	for _, e := range raw.Entities {
		if e.ID == "" {
			continue
		}
		t, joined := res[e.ID]
		id, typ := e.ID, e.Type
		if joined {
			id = t.ID
			if t.Type != "" {
				typ = t.Type
			}
		}
		a := vote(id)
		if a.Types == nil {
			a.Types = map[kg.EntityType]int{}
		}
		a.Types[typ] = 1
		if joined {
			set(&a.Aliases, e.Name)
		} else {
			set(&a.Names, e.Name)
		}
		for _, al := range e.Aliases {
			set(&a.Aliases, al)
		}
		if e.Country {
			a.Country = 1
		}
		if e.City {
			a.City = 1
		}
		if have, ok := byID[id]; ok {
			if e.Country {
				have.Country = true
			}
			if e.City {
				have.City = true
			}
			continue
		}
		e.ID, e.Type = id, typ
		byID[id] = &e
		order = append(order, id)
	}
	for _, a := range ents {
		if len(a.Types) > 1 { // one vote per article
			t := top(a.Types)
			a.Types = map[kg.EntityType]int{t: 1}
		}
	}
	sort.Strings(order)
	out.Entities = make([]kg.Entity, 0, len(order))
	for _, id := range order {
		out.Entities = append(out.Entities, *byID[id])
	}
	out.Mentions = slices.Clone(raw.Mentions)
	for i := range out.Mentions {
		out.Mentions[i].ID = ren(out.Mentions[i].ID)
	}
	seen := map[string]bool{}
	out.Triples = make([]kg.Triple, 0, len(raw.Triples))
	for _, t := range raw.Triples {
		if t.Subject.Entity != "" {
			t.Subject.Entity = ren(t.Subject.Entity)
		}
		if t.Object.Entity != "" {
			t.Object.Entity = ren(t.Object.Entity)
		}
		k := t.Subject.Entity + "\x00" + t.Subject.Literal + "\x00" + t.Predicate + "\x00" + t.Object.Entity + "\x00" + t.Object.Literal + "\x00" + strconv.Itoa(t.Evidence.Start)
		if !seen[k] {
			seen[k] = true
			out.Triples = append(out.Triples, t)
		}
	}
	return &out, ents
}

// contribute computes what an article gives the graph under a resolution.
func contribute(raw *rawArticle, res map[string]target) contribution {
	linked, ents := resolveResult(raw.Result, res)
	linked.Doc = &kg.Document{ID: raw.ID, Title: raw.Title, URL: raw.URL, Source: raw.Source, Published: raw.Pub}
	own, facts := articleQuads(linked)
	facts = append(facts, datasetQuads(linked)...) // background geography (dataset.go)
	datasetVotes(linked, ents)
	return contribution{own: own, facts: facts, ents: ents}
}

// articleQuads are an article's own quads (labelled with it) and the facts
// it states (unlabelled), deterministic and free of duplicates.
func articleQuads(res *kg.Result) (own, facts []quad.Quad) {
	doc := res.Doc
	art := ArticleIRI(doc.ID)
	b := quadBuilder{label: art, seen: map[quad.Quad]bool{}}
	f := quadBuilder{seen: map[quad.Quad]bool{}}

	b.add(art, Type, ClassArticle)
	b.add(art, DocID, quad.String(doc.ID))
	if doc.Title != "" {
		b.add(art, Headline, quad.String(doc.Title))
	}
	pub := doc.Published
	if pub.IsZero() {
		pub = res.Published
	}
	if !pub.IsZero() {
		b.add(art, DatePublished, DateValue(pub.Format(time.DateOnly)))
	}
	if doc.URL != "" {
		b.add(art, URL, URLValue(doc.URL))
	} else if doc.Source != "" {
		b.add(art, URL, quad.String(doc.Source))
	}
	for _, e := range res.Entities {
		if e.ID != "" {
			b.add(art, Mentions, EntityIRI(e.ID))
		}
	}
	for _, t := range res.Triples {
		s, o := termValue(t.Subject), termValue(t.Object)
		if s == nil || o == nil || t.Predicate == "" {
			continue
		}
		p := Predicate(t.Predicate)
		f.add(s, p, o)
		if t.Predicate != kg.PredQuote { // quotes are read through their fact nodes
			b.add(StatementIRI(t.Subject, t.Predicate, t.Object), StatedIn, art)
		}
		if t.Predicate == kg.PredStartDate && t.Object.Datatype == "date" {
			if y, m := calendar(t.Object.Literal); y != "" {
				f.add(s, Decade, quad.TypedString{Value: quad.String(y[:3] + "0"), Type: XSDGYear})
				f.add(s, Year, quad.TypedString{Value: quad.String(y), Type: XSDGYear})
				if m != "" {
					f.add(s, Month, quad.TypedString{Value: quad.String(m), Type: XSDGYearMonth})
				}
			}
		}
		// Evidence (VOCABULARY.md, Provenance): one node per sentence and
		// rule of the article, naming the statements it gave (a meeting's
		// sentence gives its attendees, place and date); a quotation's
		// names its subject, predicate and object, as it has no statement.
		// No rdf:type on evidence nodes, and no kg:end: the sentence ends
		// len(sentence) bytes after its start.
		var ev quad.IRI
		if t.Predicate == kg.PredQuote {
			ev = factIRI(doc.ID, s, p, o, t.Evidence.Start)
			b.add(ev, FactSubject, s)
			b.add(ev, FactPredicate, p)
			b.add(ev, FactObject, o)
		} else {
			ev = evidenceIRI(doc.ID, t.Evidence.Start, t.Evidence.Rule)
			b.add(ev, FactStatement, StatementIRI(t.Subject, t.Predicate, t.Object))
		}
		b.add(ev, FactArticle, art)
		if t.Evidence.Sentence != "" {
			b.add(ev, FactSentence, quad.String(t.Evidence.Sentence))
			b.add(ev, FactStart, IntegerValue(t.Evidence.Start))
		}
		if t.Evidence.Rule != "" {
			b.add(ev, FactRule, quad.String(t.Evidence.Rule))
		}
	}
	return b.quads, f.quads
}

// LinkSummary is what linking reads of a result, as the store keeps it for
// every article.
//
// Linking (extract.Links) joins people, organisations and events only, and
// reads aliases of organisations only: places, dates and the other aliases
// are left out, which keeps the summaries every round of Resolve reads
// small (at 100k articles they are read, all at once, once per round).
func LinkSummary(res *kg.Result) *kg.Result {
	sum := &kg.Result{}
	for _, e := range res.Entities {
		switch e.Type {
		case kg.Person, kg.Event:
			e.Aliases = nil
		case kg.Org:
		default:
			continue
		}
		sum.Entities = append(sum.Entities, e)
	}
	for _, t := range res.Triples {
		if strings.HasPrefix(t.Subject.Entity, "event/") && (t.Predicate == kg.PredLocation || t.Predicate == kg.PredStartDate) {
			t.Evidence = kg.Evidence{}
			sum.Triples = append(sum.Triples, t)
		}
	}
	return sum
}

func factKey(q quad.Quad) string {
	h := sha256.Sum256([]byte(q.NQuad()))
	return keyFact + hex.EncodeToString(h[:12])
}

// CheckModel returns ErrOldStore for a store written by a kg before the
// one-graph model, which articles cannot be added to or removed from.
func (s *Store) CheckModel(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.checkState(ctx)
}

// checkState checks once that the store is not one written before the
// one-graph model, and marks a new store's state with its format.
func (s *Store) checkState(ctx context.Context) error {
	if s.stateChecked {
		return nil
	}
	v, err := s.state.get(ctx, []string{keyFormat, keyQuadFormat})
	if err != nil {
		return err
	}
	if v[0] != nil && string(v[0]) == stateFormat && string(v[1]) != QuadFormat {
		// A store of the one-graph model whose provenance an older kg
		// wrote in another form (before QuadFormat 5, one evidence node
		// per fact and article): rewriting its articles would leave the
		// old form's quads behind.
		fresh, err := s.isEmpty(ctx)
		if err != nil {
			return err
		}
		if !fresh {
			return ErrOldStore
		}
		if err := s.state.write(ctx, map[string][]byte{keyQuadFormat: []byte(QuadFormat)}); err != nil {
			return err
		}
	}
	if v[0] == nil {
		for _, c := range []struct {
			d quad.Direction
			v quad.Value
		}{{quad.Predicate, ContentHash}, {quad.Label, RegistryLabel}} {
			old, err := s.hasQuadWith(ctx, c.d, c.v)
			if err != nil {
				return err
			}
			if old {
				return ErrOldStore
			}
		}
		fresh, err := s.isEmpty(ctx)
		if err != nil {
			return err
		}
		kv := map[string][]byte{keyFormat: []byte(stateFormat), keyQuadFormat: []byte(QuadFormat)}
		if fresh {
			kv[keyCounts] = []byte("{}") // counted from the first article on
		}
		if err := s.state.write(ctx, kv); err != nil {
			return err
		}
	} else if string(v[0]) != stateFormat {
		return fmt.Errorf("the store's state is in format %q, which this kg does not know (it knows %q): use a newer kg", v[0], stateFormat)
	}
	s.stateChecked = true
	return nil
}

// Stage keeps articles' extraction results for the next Resolve, which
// writes them to the graph. An article stored with the same fingerprint is
// Unchanged and not kept again. It returns what it did with each.
func (s *Store) Stage(ctx context.Context, batch []Article) ([]PutResult, error) {
	out := make([]PutResult, len(batch))
	if len(batch) == 0 {
		return out, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.checkState(ctx); err != nil {
		return out, err
	}
	keys := make([]string, 0, 3*len(batch))
	for _, a := range batch {
		id := a.Result.Doc.ID
		keys = append(keys, keyArticle+id, keyApplied+id, keyOld+id)
	}
	vals, err := s.state.get(ctx, keys)
	if err != nil {
		return out, err
	}
	kv := map[string][]byte{}
	for i, a := range batch {
		id := a.Result.Doc.ID
		cur, app, old := vals[3*i], vals[3*i+1], vals[3*i+2]
		var curFP string
		if cur != nil {
			var r struct {
				FP string `json:"fp"`
			}
			if err := json.Unmarshal(cur, &r); err != nil {
				return out, fmt.Errorf("article %q: state: %w", id, err)
			}
			curFP = r.FP
			if curFP == a.Fingerprint {
				out[i] = Unchanged
				continue
			}
		}
		doc := a.Result.Doc
		raw := rawArticle{FP: a.Fingerprint, ID: id, Title: doc.Title, URL: doc.URL, Source: doc.Source, Pub: doc.Published, Result: a.Result}
		b, err := json.Marshal(&raw)
		if err != nil {
			return out, fmt.Errorf("article %q: %w", id, err)
		}
		sb, err := json.Marshal(LinkSummary(a.Result))
		if err != nil {
			return out, fmt.Errorf("article %q: %w", id, err)
		}
		if cur != nil && old == nil && app != nil && appliedFP(app) == curFP {
			kv[keyOld+id] = cur // the graph holds it: keep it until Resolve
		}
		kv[keyArticle+id], kv[keySummary+id], kv[keyPending+id] = b, sb, []byte{1}
		out[i] = Added
		if cur != nil {
			out[i] = Replaced
		}
	}
	s.writeBegins()
	err = s.state.write(ctx, kv)
	s.writeEnds()
	return out, err
}

func appliedFP(b []byte) string {
	var a applied
	if json.Unmarshal(b, &a) != nil {
		return ""
	}
	return a.FP
}

// StageRemove marks an article for removal by the next Resolve. It returns
// ErrNotFound when the store has no such article.
func (s *Store) StageRemove(ctx context.Context, docID string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.checkState(ctx); err != nil {
		return err
	}
	vals, err := s.state.get(ctx, []string{keyArticle + docID, keyApplied + docID, keyOld + docID})
	if err != nil {
		return err
	}
	cur, app, old := vals[0], vals[1], vals[2]
	if cur == nil {
		return fmt.Errorf("article %q: %w", docID, ErrNotFound)
	}
	kv := map[string][]byte{keyArticle + docID: nil, keySummary + docID: nil, keyPending + docID: {1}}
	if old == nil && app != nil {
		if fp := rawFP(cur); fp != "" && fp == appliedFP(app) {
			kv[keyOld+docID] = cur
		}
	}
	return s.state.write(ctx, kv)
}

// ResolveSummary is what Resolve did.
type ResolveSummary struct {
	Articles int // articles written, rewritten or removed
	Relinked int // of them, articles rewritten only because their entities resolve differently
	Quads    int // quads added
	Removed  int // quads removed
}

// resolveBatch is how many articles Resolve rewrites in one transaction:
// about 14k quads of synthetic news, where a bolt commit's fixed cost
// (its free-page list, the pages it spills) is small beside the writes.
// (With 128, a 100k-article build mapped more of bolt's file at once and
// peaked at 1,047 MiB.)
const resolveBatch = 64

// Pending reports whether articles are staged or removed and not yet
// written to the graph.
func (s *Store) Pending(ctx context.Context) (bool, error) {
	found := false
	err := s.state.scan(ctx, keyPending, func(string, []byte) error { found = true; return errStop })
	if errors.Is(err, errStop) {
		err = nil
	}
	return found, err
}

var errStop = errors.New("stop")

// Resolve links every stored article's entities (Store.Link) and writes to
// the graph what the staged articles and removals change: the pending
// articles, and every other article whose entities now resolve differently.
// It may be interrupted between its transactions; the next Resolve goes on
// from there.
func (s *Store) Resolve(ctx context.Context) (ResolveSummary, error) {
	var sum ResolveSummary
	s.resolving.Lock()
	defer s.resolving.Unlock()
	s.mu.Lock()
	err := s.checkState(ctx)
	s.mu.Unlock()
	if err != nil {
		return sum, err
	}
	pending := map[string]bool{}
	if err := s.state.scan(ctx, keyPending, func(k string, _ []byte) error {
		pending[strings.TrimPrefix(k, keyPending)] = true
		return nil
	}); err != nil {
		return sum, err
	}
	if len(pending) == 0 {
		return sum, nil
	}
	// Link the whole store.
	var ids []string
	var sums []*kg.Result
	intern := map[string]string{}
	in := func(s string) string {
		if v, ok := intern[s]; ok {
			return v
		}
		intern[s] = s
		return s
	}
	if err := s.state.scan(ctx, keySummary, func(k string, v []byte) error {
		var r kg.Result
		if err := json.Unmarshal(v, &r); err != nil {
			return fmt.Errorf("state %s: %w", k, err)
		}
		for i := range r.Entities {
			e := &r.Entities[i]
			e.ID, e.Name = in(e.ID), in(e.Name)
			for j := range e.Aliases {
				e.Aliases[j] = in(e.Aliases[j])
			}
		}
		ids = append(ids, strings.TrimPrefix(k, keySummary))
		sums = append(sums, &r)
		return nil
	}); err != nil {
		return sum, err
	}
	intern = nil
	res := map[string]target{}
	if s.Link != nil {
		rename, types := s.Link(sums)
		for from, to := range rename {
			res[from] = target{ID: to, Type: types[to]}
		}
	}
	var prev linkState
	if v, err := s.state.get(ctx, []string{keyLinks}); err != nil {
		return sum, err
	} else if v[0] != nil {
		if err := json.Unmarshal(v[0], &prev); err != nil {
			return sum, fmt.Errorf("state %s: %w", keyLinks, err)
		}
	}
	changed := map[string]bool{}
	for k, t := range res {
		if prev.Res[k] != t {
			changed[k] = true
		}
	}
	for k := range prev.Res {
		if _, ok := res[k]; !ok {
			changed[k] = true
		}
	}
	todo := map[string]bool{}
	for id := range pending {
		todo[id] = true
	}
	if len(changed) > 0 {
		for i, r := range sums {
			for _, e := range r.Entities {
				if changed[e.ID] {
					if !todo[ids[i]] {
						sum.Relinked++
					}
					todo[ids[i]] = true
					break
				}
			}
		}
	}
	sums = nil
	order := make([]string, 0, len(todo))
	for id := range todo {
		order = append(order, id)
	}
	sort.Strings(order)
	// Before rewriting any article, record the new resolution and mark
	// pending every article it changes, in one transaction. Rewriting
	// takes several; interrupted between them, Resolve leaves what it did
	// not rewrite pending, and the next Resolve (which compares with the
	// resolution recorded here, the one the rewritten articles have)
	// finishes it or undoes it.
	if len(changed) > 0 {
		b, err := json.Marshal(linkState{Res: res})
		if err != nil {
			return sum, err
		}
		kv := map[string][]byte{keyLinks: b}
		for _, id := range order {
			if !pending[id] {
				kv[keyPending+id] = []byte{1}
			}
		}
		s.mu.Lock()
		s.writeBegins()
		err = s.state.write(ctx, kv)
		s.writeEnds()
		s.mu.Unlock()
		if err != nil {
			return sum, err
		}
	}
	for len(order) > 0 {
		n := min(resolveBatch, len(order))
		added, removed, err := s.rewrite(ctx, order[:n], res)
		if err != nil {
			return sum, err
		}
		sum.Articles += n
		sum.Quads += added
		sum.Removed += removed
		order = order[n:]
	}
	return sum, nil
}

// rewrite brings the graph of the given articles to what they contribute
// under res: their own quads replaced, fact counts and entity votes moved,
// the facts and entity quads whose counts cross zero written or retracted.
// The additions are one transaction and the retractions a second (see
// PutArticle); the state follows in a third. Were either of the last two
// to fail, the state still describes the graph before, and the next
// Resolve does the same work again, which the first two transactions
// tolerate (duplicates and missing quads are skipped).
func (s *Store) rewrite(ctx context.Context, docs []string, res map[string]target) (int, int, error) {
	if err := ctx.Err(); err != nil {
		return 0, 0, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	keys := make([]string, 0, 3*len(docs))
	for _, id := range docs {
		keys = append(keys, keyArticle+id, keyOld+id, keyApplied+id)
	}
	vals, err := s.state.get(ctx, keys)
	if err != nil {
		return 0, 0, err
	}
	kv := map[string][]byte{}
	var add, remove []quad.Quad
	cnt := map[string]int{} // moves of the counts Stats reports
	factDelta := map[string]int{}
	factQuad := map[string]quad.Quad{}
	entDelta := map[string]*entAgg{}
	moveVotes := func(c contribution, sign int) {
		for _, q := range c.facts {
			k := factKey(q)
			factDelta[k] += sign
			factQuad[k] = q
		}
		for id, a := range c.ents {
			d := entDelta[id]
			if d == nil {
				d = &entAgg{}
				entDelta[id] = d
			}
			d.add(a, sign)
		}
	}
	decode := func(b []byte, id string) (*rawArticle, error) {
		var r rawArticle
		if err := json.Unmarshal(b, &r); err != nil {
			return nil, fmt.Errorf("article %q: state: %w", id, err)
		}
		return &r, nil
	}
	for i, id := range docs {
		cur, old, app := vals[3*i], vals[3*i+1], vals[3*i+2]
		var before, after contribution
		if app != nil {
			var a applied
			if err := json.Unmarshal(app, &a); err != nil {
				return 0, 0, fmt.Errorf("article %q: state: %w", id, err)
			}
			src := old
			if src == nil {
				src = cur
			}
			if src != nil {
				r, err := decode(src, id)
				if err != nil {
					return 0, 0, err
				}
				if r.FP == a.FP {
					before = contribute(r, a.Res)
				}
			}
		}
		if cur != nil {
			r, err := decode(cur, id)
			if err != nil {
				return 0, 0, err
			}
			mine := map[string]target{}
			for _, e := range r.Result.Entities {
				if t, ok := res[e.ID]; ok {
					mine[e.ID] = t
				}
			}
			after = contribute(r, mine)
			b, err := json.Marshal(applied{FP: r.FP, Res: mine})
			if err != nil {
				return 0, 0, err
			}
			kv[keyApplied+id] = b
		} else {
			kv[keyApplied+id] = nil
		}
		kv[keyOld+id], kv[keyPending+id] = nil, nil
		had := make(map[quad.Quad]bool, len(before.own))
		for _, q := range before.own {
			had[q] = true
		}
		keep := make(map[quad.Quad]bool, len(after.own))
		for _, q := range after.own {
			keep[q] = true
			if !had[q] {
				add = append(add, q)
				countQuad(cnt, q, +1)
			}
		}
		for _, q := range before.own {
			if !keep[q] {
				remove = append(remove, q)
				countQuad(cnt, q, -1)
			}
		}
		moveVotes(before, -1)
		moveVotes(after, +1)
	}
	// Facts whose count crosses zero.
	fkeys := make([]string, 0, len(factDelta))
	for k, d := range factDelta {
		if d != 0 {
			fkeys = append(fkeys, k)
		}
	}
	sort.Strings(fkeys)
	fvals, err := s.state.get(ctx, fkeys)
	if err != nil {
		return 0, 0, err
	}
	for i, k := range fkeys {
		was := 0
		if fvals[i] != nil {
			was, _ = strconv.Atoi(string(fvals[i]))
		}
		now := was + factDelta[k]
		switch {
		case now <= 0:
			kv[k] = nil
			if was > 0 {
				remove = append(remove, factQuad[k])
				countQuad(cnt, factQuad[k], -1)
			}
		default:
			kv[k] = []byte(strconv.Itoa(now))
			if was <= 0 {
				add = append(add, factQuad[k])
				countQuad(cnt, factQuad[k], +1)
			}
		}
	}
	// Entities whose votes moved.
	eids := make([]string, 0, len(entDelta))
	for id := range entDelta {
		eids = append(eids, id)
	}
	sort.Strings(eids)
	ekeys := make([]string, len(eids))
	for i, id := range eids {
		ekeys[i] = keyEntity + id
	}
	evals, err := s.state.get(ctx, ekeys)
	if err != nil {
		return 0, 0, err
	}
	namesMoved := false
	for i, id := range eids {
		var was entAgg
		if evals[i] != nil {
			if err := json.Unmarshal(evals[i], &was); err != nil {
				return 0, 0, fmt.Errorf("entity %q: state: %w", id, err)
			}
		}
		now := entAgg{}
		now.add(&was, 1)
		now.add(entDelta[id], 1)
		oldQ, newQ := was.quads(id), now.quads(id)
		if !slices.Equal(oldQ, newQ) {
			namesMoved = true
			had := map[quad.Quad]bool{}
			for _, q := range oldQ {
				had[q] = true
			}
			keep := map[quad.Quad]bool{}
			for _, q := range newQ {
				keep[q] = true
				if !had[q] {
					add = append(add, q)
					countQuad(cnt, q, +1)
				}
			}
			for _, q := range oldQ {
				if !keep[q] {
					remove = append(remove, q)
					countQuad(cnt, q, -1)
				}
			}
		}
		if now.Articles <= 0 {
			kv[ekeys[i]] = nil
			continue
		}
		b, err := json.Marshal(&now)
		if err != nil {
			return 0, 0, err
		}
		kv[ekeys[i]] = b
	}
	if namesMoved {
		kv[keyNames] = newNamesStamp()
	}
	if len(cnt) > 0 {
		v, err := s.state.get(ctx, []string{keyCounts})
		if err != nil {
			return 0, 0, err
		}
		if v[0] != nil { // counts kept since the store was new
			var c counts
			if err := json.Unmarshal(v[0], &c); err != nil {
				return 0, 0, fmt.Errorf("state %s: %w", keyCounts, err)
			}
			c.add(cnt)
			b, err := json.Marshal(c)
			if err != nil {
				return 0, 0, err
			}
			kv[keyCounts] = b
		}
	}
	// In a bulk build the state rides in the last graph transaction
	// (stateRider); otherwise, or when no graph transaction carried it,
	// it is written on its own after them.
	ride := func(last bool) {
		if last && s.bulk.Load() > 0 {
			s.rider.arm(kv)
		}
	}
	ride(len(remove) == 0)
	if err := s.apply(add, nil); err != nil {
		s.rider.disarm()
		return 0, 0, fmt.Errorf("write articles %s: %w", docList(docs), err)
	}
	ride(len(remove) > 0)
	err = s.apply(nil, remove)
	carried := s.rider.disarm()
	if err != nil {
		return 0, 0, fmt.Errorf("retract old versions of articles %s: %w", docList(docs), err)
	}
	if !carried {
		s.writeBegins()
		err = s.state.write(ctx, kv)
		s.writeEnds()
		if err != nil {
			return 0, 0, fmt.Errorf("articles %s: state: %w", docList(docs), err)
		}
	}
	return len(add), len(remove), nil
}

func docList(docs []string) string {
	if len(docs) == 1 {
		return strconv.Quote(docs[0])
	}
	return fmt.Sprintf("%q … %q", docs[0], docs[len(docs)-1])
}

// hasQuadWith reports whether any quad holds v in direction d. (The SQL
// stores' ValueOf answers for any value, stored or not.)
func (s *Store) hasQuadWith(ctx context.Context, d quad.Direction, v quad.Value) (bool, error) {
	ref := s.qs.ValueOf(v)
	if ref == nil {
		return false, nil
	}
	it := s.qs.QuadIterator(d, ref)
	defer it.Close()
	return it.Next(ctx), it.Err()
}

// counts are what Stats reports, moved by every quad rewrite adds or
// retracts: "articles", "entity/CLASS" and "fact/PREDICATE".
type counts map[string]int

func (c counts) add(d map[string]int) {
	for k, n := range d {
		c[k] += n
		if c[k] == 0 {
			delete(c, k)
		}
	}
}

// countNames name the quads Stats counts.
var countNames = func() map[quad.Quad]string {
	m := map[quad.Quad]string{
		{Predicate: Type, Object: ClassArticle}: "articles",
		{Predicate: Type, Object: ClassPerson}:  "entity/Person",
		{Predicate: Type, Object: ClassOrg}:     "entity/Organization",
		{Predicate: Type, Object: ClassPlace}:   "entity/Place",
		{Predicate: Type, Object: ClassEvent}:   "entity/Event",
	}
	for _, p := range factPredicates {
		m[quad.Quad{Predicate: Predicate(p)}] = "fact/" + p
	}
	return m
}()

// countQuad moves the count a quad belongs to, if any.
func countQuad(c map[string]int, q quad.Quad, sign int) {
	if inDataset(q) {
		return // background geography: not what articles state
	}
	k := quad.Quad{Predicate: q.Predicate}
	if q.Predicate == Type {
		k.Object = q.Object
	}
	if name, ok := countNames[k]; ok {
		c[name] += sign
	}
}

// isEmpty reports whether the quad store holds no quad.
func (s *Store) isEmpty(ctx context.Context) (bool, error) {
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	return !it.Next(ctx), it.Err()
}

// forgetCounts marks Stats' counts as unknown once quads are written other
// than by Resolve (kg import, the HTTP API's writes): Stats then reads the
// graph itself.
func (s *Store) forgetCounts(ctx context.Context) error {
	if s.countsForgotten.Load() {
		return nil
	}
	if err := s.state.write(ctx, map[string][]byte{keyCounts: nil}); err != nil {
		return err
	}
	s.countsForgotten.Store(true)
	return nil
}

// keptStats is Stats from the counts Resolve keeps, false when the store
// has none (it was filled otherwise, or before they were kept).
func (s *Store) keptStats(ctx context.Context) (*Stats, bool, error) {
	if err := ctx.Err(); err != nil {
		return nil, false, err
	}
	v, err := s.state.get(ctx, []string{keyCounts})
	if err != nil || v[0] == nil {
		return nil, false, err
	}
	var c counts
	if err := json.Unmarshal(v[0], &c); err != nil {
		return nil, false, fmt.Errorf("state %s: %w", keyCounts, err)
	}
	st := &Stats{Entities: map[string]int{}, Facts: map[string]int{}, Articles: c["articles"]}
	for k, n := range c {
		if name, ok := strings.CutPrefix(k, "entity/"); ok {
			st.Entities[name] = n
		} else if name, ok := strings.CutPrefix(k, "fact/"); ok {
			st.Facts[name] = n
		}
	}
	return st, true, nil
}
