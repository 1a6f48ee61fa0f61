package extract

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/extract/internal/tagger"
)

// ErrProse reports that the prose tagger failed (it signals failure by
// panicking; the panic is recovered and wrapped in this error).
var ErrProse = tagger.ErrProse

// ErrNoDocument is returned for a nil document.
var ErrNoDocument = errors.New("no document")

// Extractor turns documents into mentions, canonical entities and triples.
// It holds the prose model and the gazetteers, loaded once by New; it is
// safe for concurrent use by many goroutines.
type Extractor struct {
	tag *tagger.Tagger // prose, through internal/tagger
	gaz *gazetteer
	now func() time.Time // bounds the years a bare weekday may pin
}

// proseSpan is one prose entity with byte offsets into the text.
type proseSpan = tagger.Span

// New loads the prose model and the gazetteers once. It returns an error
// wrapping ErrProse if the model cannot be loaded, or one naming the data
// file that could not be read.
func New() (*Extractor, error) {
	g, err := newGazetteer()
	if err != nil {
		return nil, fmt.Errorf("load gazetteers: %w", err)
	}
	tag, err := tagger.New()
	if err != nil {
		return nil, err
	}
	return &Extractor{tag: tag, gaz: g, now: time.Now}, nil
}

// Baseline runs prose alone, with its default options and the shared
// model, and maps its labels onto kg types (PERSON, GPE, ORGANIZATION);
// mentions carry no ID and no Value. It returns ctx.Err() if ctx is done,
// ErrNoDocument for a nil doc and an error wrapping ErrProse if prose fails.
func (e *Extractor) Baseline(ctx context.Context, doc *kg.Document) ([]kg.Mention, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if doc == nil {
		return nil, ErrNoDocument
	}
	spans, err := e.tag.RunAlone(doc.Text)
	if err != nil {
		return nil, fmt.Errorf("baseline %s: %w", doc.ID, err)
	}
	var out []kg.Mention
	for _, s := range spans {
		typ, ok := baselineType(s.Label)
		if !ok {
			continue
		}
		out = append(out, kg.Mention{Text: doc.Text[s.Start:s.End], Type: typ, Start: s.Start, End: s.End})
	}
	return out, nil
}

// Extract runs the hybrid pipeline on one document: prose's tagger once,
// gazetteers and patterns for entities and dates, in-document
// canonicalisation, then the relation and event rules. It returns
// ctx.Err() if ctx is done, ErrNoDocument for a nil doc and an error
// wrapping ErrProse if prose fails.
func (e *Extractor) Extract(ctx context.Context, doc *kg.Document) (res *kg.Result, err error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if doc == nil {
		return nil, ErrNoDocument
	}
	// A fault on some text costs that document, named in the error, never
	// the run: a build goes on with the others.
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("extract %s: internal error (please report the text): %v", doc.ID, r)
		}
	}()
	// Sentence splitting is ours (with offsets), so prose need not segment.
	spans, err := e.tag.Run(doc.Text)
	if err != nil {
		return nil, fmt.Errorf("extract %s: %w", doc.ID, err)
	}
	if err := ctx.Err(); err != nil { // prose is most of the time
		return nil, err
	}
	a := newAnalysis(e.gaz, doc.Text)
	a.dateSetup(doc.Published, doc.PublishedDefault, e.now().Year())
	a.recognise(spans)
	a.relations()
	res = &kg.Result{Doc: doc, Published: a.published}
	res.Mentions = a.mentions()
	res.Entities = a.entities()
	res.Triples = a.dedupTriples()
	res.Background = e.gaz.background(res)
	return res, nil
}

// dedupTriples drops repeated facts, keeping the first evidence, and a
// person's title that another of their titles names more exactly:
// "Minister" beside "Science Minister", "Secretary" beside "Cabinet
// Secretary" (but "President" beside "Vice President" is another post).
func (a *analysis) dedupTriples() []kg.Triple {
	seen := map[string]bool{}
	titles := map[string][]string{}
	for _, t := range a.triples {
		if t.Predicate == kg.PredJobTitle {
			titles[t.Subject.Entity] = append(titles[t.Subject.Entity], strings.ToLower(t.Object.Literal))
		}
	}
	var out []kg.Triple
	for _, t := range a.triples {
		k := t.Subject.Entity + "\x00" + t.Subject.Literal + "\x00" + t.Predicate + "\x00" + t.Object.Entity + "\x00" + t.Object.Literal
		if seen[k] || t.Predicate == kg.PredJobTitle && (narrowerTitle(strings.ToLower(t.Object.Literal), titles[t.Subject.Entity]) || rankBeside(strings.ToLower(t.Object.Literal), titles[t.Subject.Entity])) {
			continue
		}
		seen[k] = true
		out = append(out, t)
	}
	return out
}

// rankBeside reports a title that is only a rank ("Sergeant",
// "Lieutenant Colonel") beside another title of the person that is a
// post ("Sgt. Derek Mills, a spokesman for the police" is a spokesman) or
// that is the same rank in full ("Colonel" beside "Lieutenant Colonel").
func rankBeside(title string, others []string) bool {
	rankOnly := func(t string) bool {
		f := strings.Fields(t)
		for _, w := range f {
			if !rankTitles[w] {
				return false
			}
		}
		return len(f) > 0
	}
	if !rankOnly(title) {
		return false
	}
	for _, o := range others {
		// "Lt. Col. Eileen Collins ... Colonel Collins": the short form of
		// the rank read in full.
		if !rankOnly(o) || strings.HasSuffix(o, " "+title) {
			return true
		}
	}
	return false
}

// narrowerTitle reports a title among others that names the post of
// title more exactly: words before it that say its portfolio or body, no
// rank below it ("Science Minister" for "minister", not "Deputy Minister").
func narrowerTitle(title string, others []string) bool {
	for _, o := range others {
		pre, ok := strings.CutSuffix(o, " "+title)
		if !ok || pre == "" {
			continue
		}
		ranked := false
		for _, w := range strings.FieldsFunc(pre, func(r rune) bool { return r == ' ' || r == '-' }) {
			if rankWords[w] {
				ranked = true
			}
		}
		if !ranked {
			return true
		}
	}
	return false
}

// mentions lists entity and date mentions in text order.
func (a *analysis) mentions() []kg.Mention {
	var out []kg.Mention
	for _, m := range a.ments {
		out = append(out, kg.Mention{Text: a.text[a.toks[m.t0].Start:a.toks[m.t1-1].End], Type: m.typ,
			Start: a.toks[m.t0].Start, End: a.toks[m.t1-1].End, ID: m.id})
	}
	for _, d := range a.dates {
		if d.value == "" {
			continue
		}
		out = append(out, kg.Mention{Text: a.text[d.Start:d.End], Type: kg.Date, Start: d.Start, End: d.End, Value: d.value})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// entities lists one entity per canonical ID, sorted by ID.
func (a *analysis) entities() []kg.Entity {
	forms := map[string]map[string]bool{}
	for _, m := range a.ments {
		if forms[m.id] == nil {
			forms[m.id] = map[string]bool{}
		}
		forms[m.id][strings.TrimSpace(a.text[a.toks[m.t0].Start:a.toks[m.t1-1].End])] = true
	}
	// A country known only through a demonym of a relation that was not
	// emitted is no entity of the document.
	used := map[string]bool{}
	for _, t := range a.triples {
		used[t.Subject.Entity], used[t.Object.Entity] = true, true
	}
	var out []kg.Entity
	for _, id := range sortedKeys(a.ents) {
		if forms[id] == nil && !used[id] && a.ents[id].Type != kg.Event {
			continue
		}
		ent := *a.ents[id]
		ent.Aliases = append([]string(nil), ent.Aliases...)
		for _, f := range sortedKeys(forms[id]) {
			if f != ent.Name && !contains(ent.Aliases, f) {
				ent.Aliases = append(ent.Aliases, f)
			}
		}
		sort.Strings(ent.Aliases)
		out = append(out, ent)
	}
	return out
}

// baselineType maps prose's labels onto kg's types.
func baselineType(label string) (kg.EntityType, bool) {
	switch label {
	case "PERSON":
		return kg.Person, true
	case "GPE":
		return kg.GPE, true
	case "ORGANIZATION", "ORG":
		return kg.Org, true
	}
	return "", false
}
