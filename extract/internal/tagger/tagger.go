// Package tagger is kg's adapter to prose v2, the only package that
// imports it: prose's tokenizer and tagger, once per text, and kg's faster
// copy of prose's named-entity classifier (maxent.go), which gives the same
// labels. prose signals failure by panicking; the adapter returns the
// panic as an error wrapping ErrProse. It imports nothing of kg.
package tagger

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"
)

// ErrProse reports that the prose tagger failed (it signals failure by
// panicking; the panic is recovered and wrapped in this error).
var ErrProse = errors.New("prose tagger failed")

// Span is one prose entity with byte offsets into the text and prose's
// label (PERSON, GPE, ORGANIZATION, ...).
type Span struct {
	Start, End int
	Label      string
}

// Tagger holds prose's model, loaded once; it is safe for concurrent use.
type Tagger struct {
	tagger *prose.Model // prose's tokenizer and tagger, without its classifier
	ner    *maxent      // prose's classifier, run by kg (maxent.go)

	// fullModel is prose's whole default model, for RunAlone only: kg's
	// own extraction holds its copy of the classifier's weights (ner), not
	// prose's.
	fullModel func() (*prose.Model, error)
}

// New loads prose's tagger and classifier. Its errors wrap ErrProse.
func New() (*Tagger, error) {
	tagger, err := loadModel(false)
	if err != nil {
		return nil, err
	}
	ner, err := loadMaxent()
	if err != nil {
		return nil, err
	}
	full := sync.OnceValues(func() (*prose.Model, error) { return loadModel(true) })
	return &Tagger{tagger: tagger, ner: ner, fullModel: full}, nil
}

// loadModel gets prose's default model out of an empty document, the only
// way prose exposes it, so that later documents can reuse it: its tagger,
// and its classifier too if withNER.
func loadModel(withNER bool) (*prose.Model, error) {
	doc, err := newProseDocument("", prose.WithSegmentation(false), prose.WithExtraction(withNER))
	if err != nil {
		return nil, fmt.Errorf("load prose model: %w", err)
	}
	if doc.Model == nil {
		return nil, fmt.Errorf("load prose model: %w: no model", ErrProse)
	}
	return doc.Model, nil
}

// Run finds the entities of text with prose's tokenizer and tagger and
// kg's copy of prose's classifier, without prose's sentence segmenter, and
// returns them with offsets. Its errors wrap ErrProse.
func (e *Tagger) Run(text string) ([]Span, error) {
	doc, err := newProseDocument(text, prose.UsingModel(e.tagger), prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		return nil, err
	}
	toks := doc.Tokens()
	e.ner.label(text, toks)
	return alignEntities(text, toks), nil
}

// RunAlone is prose by itself, with its default options and its own
// classifier (loaded on first use): the baseline kg is measured against.
// Its errors wrap ErrProse.
func (e *Tagger) RunAlone(text string) ([]Span, error) {
	m, err := e.fullModel()
	if err != nil {
		return nil, err
	}
	doc, err := newProseDocument(text, prose.UsingModel(m))
	if err != nil {
		return nil, err
	}
	return alignEntities(text, doc.Tokens()), nil
}

// newProseDocument is prose.NewDocument with its failures, which prose
// signals by panicking, returned as errors wrapping ErrProse.
func newProseDocument(text string, opts ...prose.DocOpt) (doc *prose.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("%w: %v", ErrProse, r)
		}
	}()
	doc, err = prose.NewDocument(text, opts...)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrProse, err)
	}
	return doc, nil
}

// proseQuotes is how prose's tokenizer rewrites typographic quotes.
var proseQuotes = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'", "&rsquo;", "'")

// alignEntities finds each prose token in the text and groups labelled
// tokens into entities the way prose's own chunker does.
func alignEntities(text string, toks []prose.Token) []Span {
	// prose tokenises a copy with quotes rewritten; search that copy and
	// map offsets back through a table.
	clean, back := sanitize(text)
	starts := make([]int, len(toks))
	ends := make([]int, len(toks))
	cur := 0
	for i, t := range toks {
		starts[i], ends[i] = -1, -1
		if t.Text == "" {
			continue
		}
		j := strings.Index(clean[cur:], t.Text)
		if j < 0 || j > 200 {
			continue
		}
		s := cur + j
		starts[i], ends[i] = back[s], back[s+len(t.Text)]
		cur = s + len(t.Text)
	}
	var out []Span
	end := ""
	first, last := -1, -1
	var labels []string
	flush := func() {
		if first >= 0 && starts[first] >= 0 && ends[last] >= 0 {
			out = append(out, Span{Start: starts[first], End: ends[last], Label: chunkLabel(labels)})
		}
		first, last, labels, end = -1, -1, nil, ""
	}
	for i, t := range toks {
		label := t.Label
		n := 0
		if first >= 0 {
			n = last - first + 1
		}
		if (label != "O" && label != end) || (n > 0 && t.Tag == toks[last].Tag) || (n > 0 && t.Tag == "CD" && toks[last].Label != "O") {
			end = strings.Replace(label, "B", "I", 1)
			if first < 0 {
				first = i
			}
			last = i
			labels = append(labels, label)
		} else if (label == "O" && end != "") || label == end {
			if label != "O" {
				last = i
				labels = append(labels, label)
			}
			flush()
		}
	}
	return out
}

// chunkLabel mirrors prose's parseEntities.
func chunkLabel(labels []string) string {
	if len(labels) == 2 {
		for _, l := range labels {
			if l == "B-PERSON" {
				return "PERSON"
			}
		}
	}
	if _, l, ok := strings.Cut(labels[0], "-"); ok {
		return l
	}
	return labels[0]
}

// sanitize applies prose's quote rewriting and returns, for every byte
// offset of the result (and one past its end), the offset in the original.
func sanitize(text string) (string, []int) {
	if !strings.ContainsAny(text, "\u201c\u201d\u2018\u2019&") {
		back := make([]int, len(text)+1)
		for i := range back {
			back[i] = i
		}
		return text, back
	}
	var b strings.Builder
	back := make([]int, 0, len(text)+1)
	for i := 0; i < len(text); {
		rest := text[i:]
		switch {
		case strings.HasPrefix(rest, "\u201c"), strings.HasPrefix(rest, "\u201d"):
			b.WriteByte('"')
			back = append(back, i)
			i += 3
		case strings.HasPrefix(rest, "\u2018"), strings.HasPrefix(rest, "\u2019"):
			b.WriteByte('\'')
			back = append(back, i)
			i += 3
		case strings.HasPrefix(rest, "&rsquo;"):
			b.WriteByte('\'')
			back = append(back, i)
			i += 7
		default:
			b.WriteByte(text[i])
			back = append(back, i)
			i++
		}
	}
	back = append(back, len(text))
	return b.String(), back
}
