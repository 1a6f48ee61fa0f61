package graph

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg"
)

// Export formats: the quads themselves (N-Quads, JSON-LD), or the entity
// projection (Projection) for graph tools: GraphML (Gephi, yEd,
// Cytoscape), GML, Graphviz DOT, and CSV for neo4j-admin import.
const (
	FormatNQuads  = "nquads"
	FormatJSONLD  = "jsonld"
	FormatGraphML = "graphml"
	FormatGML     = "gml"
	FormatDOT     = "dot"
	FormatCSV     = "csv"
)

// ExportFormats lists every export format, N-Quads first.
var ExportFormats = []string{FormatNQuads, FormatJSONLD, FormatGraphML, FormatGML, FormatDOT, FormatCSV}

// jsonldRun bounds the quads ExportJSONLD holds to group by subject: a
// longer run of one label is written as several graph objects with the
// same @id, which JSON-LD merges.
const jsonldRun = 10000

// ExportJSONLD streams every quad in the store to w as a JSON-LD document
// in expanded form: one graph object per article (its label) holding a
// node object per subject, and the unlabelled quads as top-level node
// objects. Read back by a JSON-LD processor (toRdf) it gives the same
// quads as Export. Memory use does not grow with the store. It returns the
// number of quads written.
func (s *Store) ExportJSONLD(ctx context.Context, w io.Writer) (int, error) {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	var (
		label   quad.Value
		run     []quad.Quad
		n       int
		objects int
	)
	flush := func() error {
		if len(run) == 0 {
			return nil
		}
		nodes := jsonldNodes(run)
		run = run[:0]
		var items []any
		if label == nil {
			for _, n := range nodes {
				items = append(items, n)
			}
		} else {
			items = []any{jsonldGraph{ID: jsonldID(label), Graph: nodes}}
		}
		for _, it := range items {
			sep := ",\n"
			if objects == 0 {
				sep = "[\n"
			}
			objects++
			if _, err := bw.WriteString(sep); err != nil {
				return err
			}
			if err := enc.Encode(it); err != nil {
				return err
			}
		}
		return nil
	}
	err := s.eachQuadOf(ctx, func(q quad.Quad) error {
		if len(run) > 0 && (q.Label != label || len(run) >= jsonldRun) {
			if err := flush(); err != nil {
				return err
			}
		}
		label = q.Label
		run = append(run, q)
		n++
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err == nil {
		end := "]\n"
		if objects == 0 {
			end = "[]\n"
		}
		_, err = bw.WriteString(end)
	}
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return n, fmt.Errorf("export JSON-LD: %w", err)
	}
	return n, nil
}

type jsonldGraph struct {
	ID    string           `json:"@id"`
	Graph []map[string]any `json:"@graph"`
}

// jsonldNodes groups quads by subject into node objects, in order of first
// appearance, each property's values in the order read.
func jsonldNodes(qs []quad.Quad) []map[string]any {
	var out []map[string]any
	index := map[quad.Value]int{}
	for _, q := range qs {
		i, ok := index[q.Subject]
		if !ok {
			i = len(out)
			index[q.Subject] = i
			out = append(out, map[string]any{"@id": jsonldID(q.Subject)})
		}
		p := string(iriOf(q.Predicate))
		vals, _ := out[i][p].([]any)
		out[i][p] = append(vals, jsonldValue(q.Object))
	}
	return out
}

func iriOf(v quad.Value) quad.IRI {
	if iri, ok := v.(quad.IRI); ok {
		return iri
	}
	return quad.IRI(Literal(v))
}

// jsonldID is a node reference: an IRI, or "_:label" for a blank node.
func jsonldID(v quad.Value) string {
	if b, ok := v.(quad.BNode); ok {
		return b.String()
	}
	return string(iriOf(v))
}

// jsonldValue is an object in expanded form: a node reference or a value
// object with its datatype or language.
func jsonldValue(v quad.Value) map[string]any {
	switch v := v.(type) {
	case quad.IRI, quad.BNode:
		return map[string]any{"@id": jsonldID(v)}
	case quad.String:
		return map[string]any{"@value": string(v)}
	case quad.LangString:
		return map[string]any{"@value": string(v.Value), "@language": v.Lang}
	case quad.TypedString:
		return map[string]any{"@value": string(v.Value), "@type": string(v.Type)}
	case interface{ TypedString() quad.TypedString }: // quad.Int and the like, in older stores
		ts := v.TypedString()
		return map[string]any{"@value": string(ts.Value), "@type": string(ts.Type)}
	}
	return map[string]any{"@value": Literal(v)}
}

// Projection is the entity graph of a store, for graph tools: each entity
// (person, organisation, place, event) a node, and each fact between two
// entities an edge, weighted by the number of articles that state it.
type Projection struct {
	Nodes []Node // sorted by ID
	Edges []Edge // sorted by source, predicate, target
}

// Node is an entity of a Projection.
type Node struct {
	ID     string   // entity id: person/jens-stoltenberg
	Name   string   // canonical name
	Type   string   // the most specific class: Person, Organization, Country, City, Place, Event
	Labels []string // every class, general first: Place, Country
}

// Edge is a fact between two entities of a Projection.
type Edge struct {
	Source, Target string // entity ids
	Predicate      string // represents, memberOf, worksFor, location, attendee, containedInPlace
	Weight         int    // articles that state the fact
}

// projectionClasses are the classes that make an entity a node, general
// first.
var projectionClasses = []struct {
	iri  quad.IRI
	name string
}{
	{ClassPerson, "Person"}, {ClassOrg, "Organization"}, {ClassPlace, "Place"},
	{ClassCountry, "Country"}, {ClassCity, "City"}, {ClassEvent, "Event"},
}

// Projection computes the entity projection in one pass over the store.
// A fact is one quad however many articles state it; its weight is the
// number of articles its statement node (StatementIRI) is statedIn, 1 for
// a fact without one. Its memory grows with the number of entities and
// distinct facts, not with the number of articles stating them.
func (s *Store) Projection(ctx context.Context) (*Projection, error) {
	class := map[quad.Value]string{}
	for _, c := range projectionClasses {
		class[c.iri] = c.name
	}
	isFact := map[quad.Value]string{}
	for _, p := range factPredicates {
		isFact[Predicate(p)] = p
	}
	type edgeKey struct{ s, p, o quad.Value }
	classes := map[quad.Value]map[string]bool{}
	names := map[quad.Value]map[string]int{}
	facts := map[edgeKey]bool{}
	stated := map[quad.Value]int{} // statement node -> articles stating it
	err := s.eachQuadOf(ctx, func(q quad.Quad) error {
		if inDataset(q) {
			return nil // background geography (dataset.go)
		}
		switch {
		case q.Predicate == StatedIn:
			stated[q.Subject]++
		case q.Predicate == Type:
			if c := class[q.Object]; c != "" {
				if classes[q.Subject] == nil {
					classes[q.Subject] = map[string]bool{}
				}
				classes[q.Subject][c] = true
			}
		case q.Predicate == Name:
			if names[q.Subject] == nil {
				names[q.Subject] = map[string]int{}
			}
			names[q.Subject][Literal(q.Object)]++
		case isFact[q.Predicate] != "":
			if _, ok := q.Object.(quad.IRI); ok {
				facts[edgeKey{q.Subject, q.Predicate, q.Object}] = true
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("entity projection: %w", err)
	}
	p := &Projection{}
	ids := map[quad.Value]string{}
	for v, cs := range classes {
		iri, _ := v.(quad.IRI)
		id, ok := EntityID(iri)
		if !ok {
			continue
		}
		ids[v] = id
		n := Node{ID: id, Name: commonest(names[v])}
		for _, c := range projectionClasses {
			if cs[c.name] {
				n.Labels = append(n.Labels, c.name)
				n.Type = c.name // the last is the most specific
			}
		}
		if n.Name == "" {
			n.Name = id
		}
		p.Nodes = append(p.Nodes, n)
	}
	for k := range facts {
		src, ok1 := ids[k.s]
		dst, ok2 := ids[k.o]
		if !ok1 || !ok2 {
			continue
		}
		pred := isFact[k.p]
		w := stated[StatementIRI(kg.Term{Entity: src}, pred, kg.Term{Entity: dst})]
		if w == 0 {
			w = 1
		}
		p.Edges = append(p.Edges, Edge{Source: src, Target: dst, Predicate: pred, Weight: w})
	}
	sort.Slice(p.Nodes, func(i, j int) bool { return p.Nodes[i].ID < p.Nodes[j].ID })
	sort.Slice(p.Edges, func(i, j int) bool {
		a, b := p.Edges[i], p.Edges[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Predicate != b.Predicate {
			return a.Predicate < b.Predicate
		}
		return a.Target < b.Target
	})
	return p, nil
}

// commonest is the value counted most often, the first in order on a tie.
func commonest(counts map[string]int) string {
	best, n := "", 0
	for v, c := range counts {
		if c > n || c == n && v < best {
			best, n = v, c
		}
	}
	return best
}

// WriteGraphML writes the projection as GraphML
// (http://graphml.graphdrawing.org/): a directed graph whose nodes have
// name and type, and whose edges have predicate and weight.
func (p *Projection) WriteGraphML(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	bw.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, k := range [][4]string{
		{"name", "node", "name", "string"}, {"type", "node", "type", "string"},
		{"predicate", "edge", "predicate", "string"}, {"weight", "edge", "weight", "int"},
	} {
		fmt.Fprintf(bw, "  <key id=%q for=%q attr.name=%q attr.type=%q/>\n", k[0], k[1], k[2], k[3])
	}
	bw.WriteString(`  <graph id="kg" edgedefault="directed">` + "\n")
	for _, n := range p.Nodes {
		fmt.Fprintf(bw, "    <node id=\"%s\"><data key=\"name\">%s</data><data key=\"type\">%s</data></node>\n",
			xmlText(n.ID), xmlText(n.Name), xmlText(n.Type))
	}
	for i, e := range p.Edges {
		fmt.Fprintf(bw, "    <edge id=\"e%d\" source=\"%s\" target=\"%s\"><data key=\"predicate\">%s</data><data key=\"weight\">%d</data></edge>\n",
			i, xmlText(e.Source), xmlText(e.Target), xmlText(e.Predicate), e.Weight)
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	return bw.Flush()
}

// xmlText escapes s for XML text and attribute values (quotes included);
// a character XML 1.0 cannot hold becomes U+FFFD.
func xmlText(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// WriteGML writes the projection as GML (Himsolt's Graph Modelling
// Language, as Gephi, yEd, Cytoscape and networkx read it): integer node
// ids, the name as label, the entity id and type as attributes, and the
// predicate and weight on edges (two facts may link the same entities:
// the graph is declared a multigraph). Strings are ASCII, other characters as &#N; and
// quotes as &quot;.
func (p *Projection) WriteGML(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("graph [\n  directed 1\n  multigraph 1\n")
	index := make(map[string]int, len(p.Nodes))
	for i, n := range p.Nodes {
		index[n.ID] = i
		fmt.Fprintf(bw, "  node [\n    id %d\n    label %s\n    entity %s\n    type %s\n  ]\n", i, gmlString(n.Name), gmlString(n.ID), gmlString(n.Type))
	}
	for _, e := range p.Edges {
		fmt.Fprintf(bw, "  edge [\n    source %d\n    target %d\n    predicate %s\n    weight %d\n  ]\n", index[e.Source], index[e.Target], gmlString(e.Predicate), e.Weight)
	}
	bw.WriteString("]\n")
	return bw.Flush()
}

func gmlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString("&quot;")
		case r == '&':
			b.WriteString("&amp;")
		case r < ' ' || r > '~':
			fmt.Fprintf(&b, "&#%d;", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// WriteDOT writes the projection as a Graphviz digraph: nodes by entity
// id, labelled with the name, with the type as an attribute; edges
// labelled with the predicate, with the weight as an attribute.
func (p *Projection) WriteDOT(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("digraph kg {\n")
	for _, n := range p.Nodes {
		fmt.Fprintf(bw, "  %s [label=%s, type=%s];\n", dotString(n.ID), dotString(n.Name), dotString(n.Type))
	}
	for _, e := range p.Edges {
		fmt.Fprintf(bw, "  %s -> %s [label=%s, predicate=%s, weight=%d];\n", dotString(e.Source), dotString(e.Target), dotString(e.Predicate), dotString(e.Predicate), e.Weight)
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// dotString quotes s as a DOT ID: a double-quoted string in which only
// '"' needs a backslash (and a backslash before it one of its own).
func dotString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// WriteCSV writes the projection as the two files of `neo4j-admin
// database import`: nodes (id:ID, name, :LABEL with every class, ";"
// between them) and relationships (:START_ID, :END_ID, :TYPE the
// predicate, weight:int).
func (p *Projection) WriteCSV(nodes, edges io.Writer) error {
	nw := csv.NewWriter(nodes)
	nw.Write([]string{"id:ID", "name", ":LABEL"})
	for _, n := range p.Nodes {
		nw.Write([]string{n.ID, n.Name, strings.Join(n.Labels, ";")})
	}
	nw.Flush()
	if err := nw.Error(); err != nil {
		return err
	}
	ew := csv.NewWriter(edges)
	ew.Write([]string{":START_ID", ":END_ID", ":TYPE", "weight:int"})
	for _, e := range p.Edges {
		ew.Write([]string{e.Source, e.Target, e.Predicate, strconv.Itoa(e.Weight)})
	}
	ew.Flush()
	return ew.Error()
}
