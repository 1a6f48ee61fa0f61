// Package graph stores kg's knowledge graph in Cayley and reads it back.
//
// It converts extraction results (kg.Result) into quads in the vocabulary
// documented in VOCABULARY.md — schema.org terms plus kg's own represents —
// labelling every quad with the IRI of the article it came from, so that an
// article can be replaced or retracted as a unit. It runs Gizmo queries with
// arguments bound as data, and streams the graph to and from N-Quads (read
// strictly: ParseNQuad) and to JSON-LD; Projection is its entity graph, for
// GraphML, GML, DOT and neo4j CSV.
//
// Backends register themselves with Cayley from init: bolt (the embedded
// default), leveldb, memory, and the SQL backends postgres and cockroach.
package graph
