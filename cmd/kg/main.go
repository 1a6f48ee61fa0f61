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
//	kg version                   version, commit and extraction rules (kg --version)
//	kg completion bash|zsh|fish  a shell completion script
//
// Every command takes --db (or $KG_DB) to choose the store; kg COMMAND --help
// shows its flags and examples. --format is table, json or jsonl wherever it
// exists. A mistake in how kg is called exits 2 with one line on stderr.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime/pprof"
	"syscall"

	"github.com/kg-project/kg/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	stopProfile := profile(os.Getenv("KG_CPUPROFILE"))
	code := cli.Run(ctx, os.Args)
	stopProfile()
	stop()
	os.Exit(code)
}

// profile writes a CPU profile of the whole run to path when it is set
// (KG_CPUPROFILE=cpu.out kg build …): how BENCHMARKS.md finds where a long
// build spends its time. It returns the function that finishes the profile.
func profile(path string) func() {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "kg: KG_CPUPROFILE:", err)
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}
