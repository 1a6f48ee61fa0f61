package cli

import (
	"fmt"
	"io"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/kg-project/kg/graph"
)

func importCommand(env Env) *cli.Command {
	return &cli.Command{
		Name:      "import",
		Usage:     "load N-Quads files into the graph",
		ArgsUsage: "FILE.nq...",
		Description: `Reads N-Quads (- for stdin) and adds them in batches, with constant memory. Quads already
in the graph are skipped, so importing a file again (after an interruption, or the store's
own export) changes nothing. A line that is not RDF in N-Quads (a literal subject, a predicate
that is not an IRI, a relative IRI, invalid UTF-8) is reported with its file, line and column
and skipped; the other lines are imported and the exit code is 1.

Examples:
   kg import graph.nq
   kg export --db a.db | kg import --db b.db -`,
		Flags: append(dbFlags(),
			&cli.IntFlag{Name: "batch", Value: graph.ImportBatch, Usage: "quads per transaction"},
		),
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usagef("import: name at least one N-Quads FILE (or - for stdin)")
			}
			tuneGC()
			st, err := openStore(c, false)
			if err != nil {
				return err
			}
			defer st.Close()
			failed := 0
			for _, path := range c.Args().Slice() {
				var r io.Reader = env.Stdin
				if path != "-" {
					f, err := os.Open(path)
					if err != nil {
						skipped(env.Stderr, err)
						failed++
						continue
					}
					defer f.Close()
					r = f
				}
				n, err := st.Import(c.Context, r, path, c.Int("batch"))
				fmt.Fprintf(env.Stdout, "%s: imported %d quads (%d read, %d already stored)\n", clean(path), n.Added, n.Read, n.Read-n.Added)
				if err != nil {
					if c.Context.Err() != nil {
						return err
					}
					fmt.Fprintln(env.Stderr, "kg:", clean(err.Error()))
					failed++
				}
			}
			if failed > 0 {
				return cli.Exit(fmt.Sprintf("%d input(s) had errors", failed), 1)
			}
			return nil
		},
	}
}
