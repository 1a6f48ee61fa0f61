package graph

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf16"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg"
)

// Namespaces of the graph vocabulary; VOCABULARY.md documents them.
const (
	SchemaNS = "http://schema.org/"
	RDFType  = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
	XSDDate  = "http://www.w3.org/2001/XMLSchema#date"
	// KGNS is the project's own vocabulary: represents, quote and the
	// provenance terms that are not in schema.org.
	KGNS = "urn:kg:vocab#"
	// EntityNS prefixes entity IRIs: urn:kg:person/jens-stoltenberg.
	EntityNS = "urn:kg:"
	// ArticleNS prefixes article IRIs: urn:kg:article/<escaped doc id>.
	ArticleNS = "urn:kg:article/"
	// FactNS prefixes the evidence nodes that record where a fact was read.
	FactNS = "urn:kg:fact/"
	// StmtNS prefixes statement nodes: one per distinct triple, linked to
	// every article that states it. See StatementIRI.
	StmtNS = "urn:kg:stmt/"
)

// Terms used as predicates and classes.
var (
	Type          = quad.IRI(RDFType)
	Name          = schema("name")
	AlternateName = schema("alternateName")
	Mentions      = schema("mentions")
	Headline      = schema("headline")
	DatePublished = schema("datePublished")
	URL           = schema("url")
	Text          = schema("text")

	ClassPerson  = schema("Person")
	ClassOrg     = schema("Organization")
	ClassPlace   = schema("Place")
	ClassCountry = schema("Country")
	ClassCity    = schema("City")
	ClassEvent   = schema("Event")
	ClassArticle = schema("NewsArticle")

	Represents = quad.IRI(KGNS + "represents")
	Quote      = quad.IRI(KGNS + "quote")
	// FormerJobTitle is a title its holder no longer holds (kg.PredFormerJobTitle).
	FormerJobTitle = quad.IRI(KGNS + "formerJobTitle")

	// The schema.org EventStatusType members kg states with
	// schema:eventStatus (kg.PredEventStatus): an event not yet held, called
	// off, or put off. An event without a status is stated as held.
	EventScheduled = schema("EventScheduled")
	EventCancelled = schema("EventCancelled")
	EventPostponed = schema("EventPostponed")
	// DocID is the article's identifier as given on input, for kg remove.
	DocID = quad.IRI(KGNS + "docId")
	// ContentHash fingerprints what an article's quads were made from, so that
	// a rebuild of unchanged input writes nothing.
	ContentHash = quad.IRI(KGNS + "contentHash")

	// Evidence: a fact node says which triple it supports and where it was read.
	ClassFact     = quad.IRI(KGNS + "Fact")
	FactSubject   = quad.IRI(KGNS + "subject")
	FactPredicate = quad.IRI(KGNS + "predicate")
	FactObject    = quad.IRI(KGNS + "object")
	FactStatement = quad.IRI(KGNS + "statement") // evidence → the statement it gave
	FactSentence  = quad.IRI(KGNS + "sentence")
	FactStart     = quad.IRI(KGNS + "start")
	FactEnd       = quad.IRI(KGNS + "end")
	FactRule      = quad.IRI(KGNS + "rule")
	FactArticle   = schema("isPartOf")

	// Member links a registry node (RegistryIRI) to each entity of its class.
	Member = quad.IRI(KGNS + "member")
	// RegistryLabel labels registry quads: they index the graph rather
	// than state anything an article says.
	RegistryLabel = quad.IRI("urn:kg:registry")
	// RegistryName, RegistryJobTitle and RegistryRepresents are registry
	// copies of schema:name, schema:jobTitle and kg:represents: each
	// distinct value once, however many articles state it.
	RegistryName       = quad.IRI(KGNS + "registry/name")
	RegistryJobTitle   = quad.IRI(KGNS + "registry/jobTitle")
	RegistryRepresents = quad.IRI(KGNS + "registry/represents")

	// StatedIn links a statement node to each article that states it.
	StatedIn = quad.IRI(KGNS + "statedIn")
	// Decade, Year and Month link a dated event to "2020"^^xsd:gYear (the
	// decade's first year), "2022"^^xsd:gYear and "2022-01"^^xsd:gYearMonth
	// literals, so that a timeline can walk the calendar through index
	// lookups instead of sorting every event.
	Decade = quad.IRI(KGNS + "decade")
	Year   = quad.IRI(KGNS + "year")
	Month  = quad.IRI(KGNS + "month")
)

// XSD types of literals: calendar values (DateValue; Year and Month point
// to gYear and gYearMonth) and the offsets of evidence (IntegerValue).
const (
	XSDGYear      = "http://www.w3.org/2001/XMLSchema#gYear"
	XSDGYearMonth = "http://www.w3.org/2001/XMLSchema#gYearMonth"
	XSDGMonthDay  = "http://www.w3.org/2001/XMLSchema#gMonthDay"
	XSDInteger    = "http://www.w3.org/2001/XMLSchema#integer"
)

// RegistryIRI is the node that lists every person (or other class) once,
// so that a listing need not read the per-article copies of type quads.
func RegistryIRI(class quad.IRI) quad.IRI {
	return quad.IRI("urn:kg:registry/" + strings.TrimPrefix(string(class), SchemaNS))
}

// StatementIRI names the statement node of a triple so that a query can
// compute it from the triple alone: StmtNS + term(s) + "/" + predicate +
// "/" + term(o), where an entity term is "e/" + its ID and a literal "l/" +
// its text, each escaped by keyEscape. queries/lib.js computes the same.
func StatementIRI(s kg.Term, pred string, o kg.Term) quad.IRI {
	return quad.IRI(StmtNS + stmtTerm(s) + "/" + pred + "/" + stmtTerm(o))
}

func stmtTerm(t kg.Term) string {
	if t.Entity != "" {
		return "e/" + keyEscape(t.Entity)
	}
	return "l/" + keyEscape(t.Literal)
}

// keyEscape keeps ASCII letters, digits, '-' and '/' and writes every other
// UTF-16 code unit as "_" and four hex digits, a form JavaScript reproduces
// with one regular expression.
func keyEscape(s string) string {
	var b strings.Builder
	for _, u := range utf16.Encode([]rune(s)) {
		switch {
		case u >= 'a' && u <= 'z', u >= 'A' && u <= 'Z', u >= '0' && u <= '9', u == '-', u == '/':
			b.WriteByte(byte(u))
		default:
			fmt.Fprintf(&b, "_%04x", u)
		}
	}
	return b.String()
}

func schema(term string) quad.IRI { return quad.IRI(SchemaNS + term) }

// Predicate returns the IRI of a predicate named as in kg.Triple: a
// schema.org property, or the kg vocabulary for represents and quote.
func Predicate(name string) quad.IRI {
	switch name {
	case kg.PredRepresents:
		return Represents
	case kg.PredQuote:
		return Quote
	case kg.PredFormerJobTitle:
		return FormerJobTitle
	}
	return schema(name)
}

// PredicateName is the inverse of Predicate: the short name of a predicate IRI.
func PredicateName(iri quad.IRI) string {
	s := string(iri)
	for _, ns := range []string{SchemaNS, KGNS} {
		if strings.HasPrefix(s, ns) {
			return s[len(ns):]
		}
	}
	return s
}

// EntityIRI is the stable IRI of a canonical entity ID such as
// "person/jens-stoltenberg".
func EntityIRI(id string) quad.IRI { return quad.IRI(EntityNS + id) }

// EntityID is the inverse of EntityIRI; ok is false for other IRIs.
func EntityID(iri quad.IRI) (id string, ok bool) {
	s := string(iri)
	if !strings.HasPrefix(s, EntityNS) || strings.HasPrefix(s, ArticleNS) || strings.HasPrefix(s, FactNS) ||
		strings.HasPrefix(s, StmtNS) || strings.HasPrefix(s, KGNS) {
		return "", false
	}
	return s[len(EntityNS):], true
}

// ArticleIRI is the IRI of the article with the given document ID; it is
// also the label of every quad extracted from that article.
func ArticleIRI(docID string) quad.IRI {
	return quad.IRI(ArticleNS + url.PathEscape(docID))
}

// ClassOf returns the schema.org classes of an entity: Person, Organization,
// Place (plus Country or City when known) or Event.
func ClassOf(e kg.Entity) []quad.IRI {
	switch e.Type {
	case kg.Person:
		return []quad.IRI{ClassPerson}
	case kg.Org:
		return []quad.IRI{ClassOrg}
	case kg.GPE, kg.Loc:
		c := []quad.IRI{ClassPlace}
		if e.Country {
			c = append(c, ClassCountry)
		}
		if e.City {
			c = append(c, ClassCity)
		}
		return c
	case kg.Event:
		return []quad.IRI{ClassEvent}
	}
	return nil
}

// Literal returns the lexical form of a value: the text of a string or typed
// literal, the IRI itself without brackets, or the N-Quads form otherwise.
func Literal(v quad.Value) string {
	switch v := v.(type) {
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	case quad.IRI:
		return string(v)
	case nil:
		return ""
	}
	return v.String()
}
