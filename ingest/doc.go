// Package ingest runs kg's build pipeline: documents are read, extracted on
// several goroutines and written to the graph one article per transaction,
// in input order, with bounded memory.
package ingest
