// Package kg holds the domain types shared by every part of kg: documents,
// entity mentions, canonical entities and the triples extracted from them.
//
// It imports nothing outside the standard library. Text flows one way:
// source (Documents) -> extract (Results) -> graph (Cayley quads) ->
// queries, the web console and the command line.
package kg
