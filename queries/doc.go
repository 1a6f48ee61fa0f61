// Package queries holds kg's canned Gizmo queries, embedded in the binary.
//
// Each queries/NAME.js starts with a header line
//
//	// NAME PARAM... [OPTIONAL]...: one-line description
//
// and reads its parameters from the global `args` object (args.entity,
// args.person, …), which the graph package binds as data before the query
// runs. lib.js, run first, defines the vocabulary IRIs and helpers such as
// nodes(name), which resolves a name, alias or entity ID to graph nodes.
package queries
