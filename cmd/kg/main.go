// Command kg turns news articles into an entity-and-relation knowledge
// graph stored in Cayley, and lets you query, browse and export it.
//
// Usage:
//
//	kg build PATH...             read articles and store their entities and facts (kg.db)
//	kg extract PATH...           print entities and facts as JSON, no store
//	kg query NAME [ARG...]       run a canned query (kg query --list), or any Gizmo query
//	kg explain ENTITY            an entity's facts with their evidence sentences
//	kg export [-o FILE]          the graph as N-Quads; kg import FILE.nq loads them
//	kg stats                     counts of articles, entities, facts and quads
//	kg remove DOC...             retract articles
//	kg eval [--gold DIR] PATH... precision, recall and F1 against gold annotations
//	kg serve                     HTTP API and web console on 127.0.0.1:64210
//
// Every command takes --db (or $KG_DB) to choose the store; kg COMMAND --help
// shows its flags and examples.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/kg-project/kg/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Run(ctx, os.Args)
	stop()
	os.Exit(code)
}
