package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg"
)

// QuadFormat is the version of the quads Quads writes for an article; it is
// part of every Fingerprint, so that a rebuild of unchanged input rewrites
// articles stored in an older form. 2: offsets typed xsd:integer (was
// Cayley's schema:Integer), dates typed by their form (xsd:gYearMonth,
// xsd:gYear, xsd:gMonthDay; "2021-12"^^xsd:date before) and schema:url an
// IRI when the input gave one. 3: the one-graph model (facts unlabelled and
// once, evidence nodes without a class). 4: evidence nodes without kg:end.
// 5: one evidence node per sentence and rule, naming its statements
// (kg:statement); a store written in an older form is refused for writing
// (ErrOldStore).
const QuadFormat = "5"

// Fingerprint identifies what an article's quads are made from: its text and
// metadata, the extractor version and QuadFormat. Equal fingerprints mean a
// rebuild would write the same quads.
func Fingerprint(doc *kg.Document, extractorVersion string) string {
	h := sha256.New()
	pub := ""
	switch {
	case !doc.Published.IsZero():
		pub = doc.Published.Format(time.DateOnly)
	case !doc.PublishedDefault.IsZero():
		// --published changes what relative dates resolve to. It is
		// written where Published was when it was copied there, so
		// fingerprints of stores built before stay valid.
		pub = doc.PublishedDefault.Format(time.DateOnly)
	}
	for _, s := range []string{extractorVersion, doc.ID, doc.Title, doc.URL, pub, doc.Text, QuadFormat} {
		fmt.Fprintf(h, "%d:%s;", len(s), s)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Quads is the graph one article gives on its own, in a store holding
// nothing else: its own quads labelled with its IRI, then the facts it
// states and its entities' types and names, unlabelled. The output is
// deterministic and free of duplicates.
func Quads(res *kg.Result) []quad.Quad {
	raw := &rawArticle{ID: res.Doc.ID, Title: res.Doc.Title, URL: res.Doc.URL, Source: res.Doc.Source, Pub: res.Doc.Published, Result: res}
	c := contribute(raw, nil)
	out := append(c.own, c.facts...)
	ids := make([]string, 0, len(c.ents))
	for id := range c.ents {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		out = append(out, c.ents[id].quads(id)...)
	}
	return out
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

// DateValue is a literal of an ISO 8601 calendar value typed by its form:
// "2022-01-12" xsd:date, "2022-01" xsd:gYearMonth, "2022" xsd:gYear and
// "--01-12" (day and month without a year) xsd:gMonthDay. Anything else,
// such as a day that does not exist, is a plain literal rather than an
// invalid typed one.
func DateValue(iso string) quad.Value {
	if t := dateType(iso); t != "" {
		return quad.TypedString{Value: quad.String(iso), Type: t}
	}
	return quad.String(iso)
}

// dateType is the XSD type of an ISO calendar value, "" when it is none.
func dateType(iso string) quad.IRI {
	valid := func(layout, s string) bool { _, err := time.Parse(layout, s); return err == nil }
	switch {
	case len(iso) == 10 && valid(time.DateOnly, iso):
		return XSDDate
	case len(iso) == 7 && valid("2006-01", iso):
		return XSDGYearMonth
	case len(iso) == 4 && valid("2006", iso):
		return XSDGYear
	case len(iso) == 7 && strings.HasPrefix(iso, "--") && valid("2006-01-02", "2000"+iso[1:]):
		return XSDGMonthDay // 2000 is a leap year: --02-29 is a valid day
	}
	return ""
}

// IsDate reports whether v is a calendar literal as DateValue writes them
// (or as kg before QuadFormat 2 did, "2021-12"^^xsd:date included).
func IsDate(v quad.Value) bool {
	ts, ok := v.(quad.TypedString)
	if !ok {
		return false
	}
	switch ts.Type {
	case XSDDate, XSDGYearMonth, XSDGYear, XSDGMonthDay:
		return true
	}
	return false
}

// IntegerValue is an xsd:integer literal. (Cayley's quad.Int would be
// written as "n"^^<schema:Integer>, which RDF tools do not read as a
// number.)
func IntegerValue(n int) quad.Value {
	return quad.TypedString{Value: quad.String(strconv.Itoa(n)), Type: XSDInteger}
}

// IntOf reads back an integer literal: an xsd:integer, or the quad.Int
// (schema:Integer) that kg wrote before QuadFormat 2.
func IntOf(v quad.Value) (int, bool) {
	switch v := v.(type) {
	case quad.Int:
		return int(v), true
	case quad.TypedString:
		if v.Type == XSDInteger || v.Type == "schema:Integer" || v.Type == SchemaNS+"Integer" {
			n, err := strconv.Atoi(string(v.Value))
			return n, err == nil
		}
	}
	return 0, false
}

// URLValue is the schema:url of an article given on input: an IRI when it
// is an absolute URL that is a valid IRI, the text itself otherwise.
func URLValue(s string) quad.Value {
	if u, err := url.Parse(s); err == nil && u.Scheme != "" && (u.Host != "" || u.Opaque != "") && validIRI(s) {
		return quad.IRI(s)
	}
	return quad.String(s)
}

// validIRI reports whether s may be written between < and > in N-Quads:
// valid UTF-8 without spaces, controls or the characters <>"{}|^`\.
func validIRI(s string) bool {
	if !utf8.ValidString(s) || s == "" {
		return false
	}
	for _, r := range s {
		if r <= ' ' || strings.ContainsRune("<>\"{}|^`\\", r) {
			return false
		}
	}
	return true
}

func termValue(t kg.Term) quad.Value {
	switch {
	case t.Entity != "":
		return EntityIRI(t.Entity)
	case t.Datatype == "date":
		return DateValue(t.Literal)
	case t.Datatype == "iri" && validIRI(t.Literal):
		return quad.IRI(t.Literal) // schema:eventStatus values
	case t.Literal != "":
		return quad.String(t.Literal)
	}
	return nil
}

func factIRI(docID string, s, p, o quad.Value, start int) quad.IRI {
	h := sha256.Sum256(fmt.Appendf(nil, "%s\x00%s\x00%s\x00%s\x00%d", docID, s, p, o, start))
	return quad.IRI(FactNS + hex.EncodeToString(h[:10]))
}

// evidenceIRI names the evidence node of the statements an article's
// sentence at start gave by rule.
func evidenceIRI(docID string, start int, rule string) quad.IRI {
	h := sha256.Sum256(fmt.Appendf(nil, "%s\x00%d\x00%s", docID, start, rule))
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
