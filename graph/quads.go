package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg"
)

// Fingerprint identifies what an article's quads are made from: its text and
// metadata and the extractor version. Equal fingerprints mean a rebuild would
// write the same quads.
func Fingerprint(doc *kg.Document, extractorVersion string) string {
	h := sha256.New()
	pub := ""
	if !doc.Published.IsZero() {
		pub = doc.Published.Format(time.DateOnly)
	}
	for _, s := range []string{extractorVersion, doc.ID, doc.Title, doc.URL, pub, doc.Text} {
		fmt.Fprintf(h, "%d:%s;", len(s), s)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Quads converts one article's extraction result into quads in the graph
// vocabulary, every one labelled with the article's IRI. The output is
// deterministic and free of duplicates.
func Quads(res *kg.Result, fingerprint string) []quad.Quad {
	doc := res.Doc
	art := ArticleIRI(doc.ID)
	b := quadBuilder{label: art, seen: map[quad.Quad]bool{}}

	b.add(art, Type, ClassArticle)
	b.add(art, DocID, quad.String(doc.ID))
	if fingerprint != "" {
		b.add(art, ContentHash, quad.String(fingerprint))
	}
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
		b.add(art, URL, quad.String(doc.URL))
	} else if doc.Source != "" {
		b.add(art, URL, quad.String(doc.Source))
	}

	for _, e := range res.Entities {
		if e.ID == "" {
			continue
		}
		n := EntityIRI(e.ID)
		b.add(art, Mentions, n)
		for _, c := range ClassOf(e) {
			b.add(n, Type, c)
		}
		b.add(n, Name, quad.String(e.Name))
		for _, a := range e.Aliases {
			if a != e.Name {
				b.add(n, AlternateName, quad.String(a))
			}
		}
	}

	for _, t := range res.Triples {
		s, o := termValue(t.Subject), termValue(t.Object)
		if s == nil || o == nil || t.Predicate == "" {
			continue
		}
		p := Predicate(t.Predicate)
		b.add(s, p, o)
		if t.Predicate != kg.PredQuote { // quotes are read through their fact nodes
			b.add(StatementIRI(t.Subject, t.Predicate, t.Object), StatedIn, art)
		}
		if t.Predicate == kg.PredStartDate && t.Object.Datatype == "date" {
			if y, m := calendar(t.Object.Literal); y != "" {
				b.add(s, Decade, quad.TypedString{Value: quad.String(y[:3] + "0"), Type: XSDGYear})
				b.add(s, Year, quad.TypedString{Value: quad.String(y), Type: XSDGYear})
				if m != "" {
					b.add(s, Month, quad.TypedString{Value: quad.String(m), Type: XSDGYearMonth})
				}
			}
		}
		f := factIRI(doc.ID, s, p, o, t.Evidence.Start)
		b.add(f, Type, ClassFact)
		b.add(f, FactSubject, s)
		b.add(f, FactPredicate, p)
		b.add(f, FactObject, o)
		b.add(f, FactArticle, art)
		if t.Evidence.Sentence != "" {
			b.add(f, FactSentence, quad.String(t.Evidence.Sentence))
			b.add(f, FactStart, quad.Int(t.Evidence.Start))
			b.add(f, FactEnd, quad.Int(t.Evidence.End))
		}
		if t.Evidence.Rule != "" {
			b.add(f, FactRule, quad.String(t.Evidence.Rule))
		}
	}
	return b.quads
}

// calendar returns the year and month ("2022", "2022-01") of an ISO date,
// "" for what it lacks ("--01-12" has neither).
func calendar(iso string) (year, month string) {
	digits := func(s string) bool {
		for _, c := range s {
			if c < '0' || c > '9' {
				return false
			}
		}
		return true
	}
	if len(iso) < 4 || !digits(iso[:4]) {
		return "", ""
	}
	if len(iso) >= 7 && iso[4] == '-' && digits(iso[5:7]) {
		return iso[:4], iso[:7]
	}
	return iso[:4], ""
}

// DateValue is an ISO date literal typed xsd:date.
func DateValue(iso string) quad.Value {
	return quad.TypedString{Value: quad.String(iso), Type: XSDDate}
}

func termValue(t kg.Term) quad.Value {
	switch {
	case t.Entity != "":
		return EntityIRI(t.Entity)
	case t.Datatype == "date":
		return DateValue(t.Literal)
	case t.Literal != "":
		return quad.String(t.Literal)
	}
	return nil
}

func factIRI(docID string, s, p, o quad.Value, start int) quad.IRI {
	h := sha256.Sum256(fmt.Appendf(nil, "%s\x00%s\x00%s\x00%s\x00%d", docID, s, p, o, start))
	return quad.IRI(FactNS + hex.EncodeToString(h[:10]))
}

type quadBuilder struct {
	label quad.Value
	seen  map[quad.Quad]bool
	quads []quad.Quad
}

func (b *quadBuilder) add(s, p, o quad.Value) {
	q := quad.Quad{Subject: s, Predicate: p, Object: o, Label: b.label}
	if b.seen[q] {
		return
	}
	b.seen[q] = true
	b.quads = append(b.quads, q)
}

// sortQuads orders quads by their N-Quads text, for deterministic output.
func sortQuads(qs []quad.Quad) {
	sort.Slice(qs, func(i, j int) bool { return qs[i].NQuad() < qs[j].NQuad() })
}
