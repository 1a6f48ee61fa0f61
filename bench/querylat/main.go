// Command querylat measures the latency of every canned query on an
// existing store: each query runs -warm times unmeasured, then -n times,
// and the p50, p95 and maximum wall times and the row count are printed as
// a Markdown table.
//
//	go run ./bench/querylat -db /tmp/kgbench/b10k.db -n 20
//
// Arguments default to entities the synthetic corpus (package synth) names
// most often; -arg name=value overrides one (repeatable).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/queries"
)

type argFlag map[string]string

func (a argFlag) String() string { return fmt.Sprint(map[string]string(a)) }
func (a argFlag) Set(s string) error {
	k, v, ok := strings.Cut(s, "=")
	if !ok {
		return fmt.Errorf("want name=value, got %q", s)
	}
	a[k] = v
	return nil
}

func main() {
	db := flag.String("db", "kg.db", "store, as kg's --db")
	n := flag.Int("n", 20, "measured runs per query")
	warm := flag.Int("warm", 2, "unmeasured runs per query first")
	timeout := flag.Duration("timeout", 5*time.Minute, "limit per run")
	only := flag.String("only", "", "comma-separated query names (default: all)")
	limit := flag.Int("limit", 100, "row limit, as kg query --limit (0: none)")
	args := argFlag{"entity": "Russia", "person": "James Smith", "place": "Brussels"}
	flag.Var(args, "arg", "query argument name=value (repeatable)")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the measured runs to this file")
	flag.Parse()

	ctx := context.Background()
	backend, addr := graph.ParseDB("", *db)
	st, err := graph.OpenReadOnly(ctx, backend, addr) // as kg query opens it
	if err != nil {
		fmt.Fprintln(os.Stderr, "querylat:", err)
		os.Exit(1)
	}
	defer st.Close()
	stats, err := st.Stats(ctx)
	if err == nil {
		fmt.Printf("store %s: %d quads, %d articles\n\n", *db, stats.Quads, stats.Articles)
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "querylat:", err)
			os.Exit(1)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, "querylat:", err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	fmt.Println("| query | args | rows | p50 | p95 | max |")
	fmt.Println("|---|---|---:|---:|---:|---:|")
	for _, q := range queries.List() {
		if *only != "" && !slices.Contains(strings.Split(*only, ","), q.Name) {
			continue
		}
		var vals []string
		for _, p := range q.Params {
			vals = append(vals, args[p])
		}
		a, err := q.Args(vals)
		if err != nil {
			fmt.Fprintln(os.Stderr, "querylat:", err)
			os.Exit(1)
		}
		var times []time.Duration
		rows := 0
		failed := ""
		for i := range *warm + *n {
			qctx, cancel := context.WithTimeout(ctx, *timeout)
			t0 := time.Now()
			out, err := st.Run(qctx, graph.Request{Prelude: queries.Lib, Text: q.Text, Args: a, Limit: *limit})
			d := time.Since(t0)
			cancel()
			if err != nil {
				failed = err.Error()
				break
			}
			rows = len(out)
			if i >= *warm {
				times = append(times, d)
			}
			fmt.Fprintf(os.Stderr, "%s run %d: %s\n", q.Name, i, d.Round(time.Millisecond))
		}
		if failed != "" {
			fmt.Printf("| %s | %s | error: %s | | | |\n", q.Name, strings.Join(vals, " "), failed)
			continue
		}
		slices.Sort(times)
		fmt.Printf("| %s | %s | %d | %s | %s | %s |\n", q.Name, strings.Join(vals, " "), rows,
			pct(times, 50), pct(times, 95), times[len(times)-1].Round(time.Millisecond))
	}
}

// pct is the nearest-rank percentile of sorted durations.
func pct(sorted []time.Duration, p int) time.Duration {
	i := (p*len(sorted)+99)/100 - 1
	return sorted[max(i, 0)].Round(time.Millisecond)
}
