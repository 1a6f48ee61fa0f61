package cli

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"
)

func exportCommand(env Env) *cli.Command {
	return &cli.Command{
		Name:  "export",
		Usage: "write the whole graph as N-Quads (one quad per line, article labels kept)",
		Description: `Streams every quad, so memory stays flat however large the graph. With -o the file
is written under a temporary name and renamed when complete: never half-written.

Examples:
   kg export > graph.nq
   kg export --db news.db -o news.nq`,
		Flags: append(dbFlags(),
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` instead of stdout"},
		),
		Action: func(c *cli.Context) error {
			st, err := openReader(c)
			if err != nil {
				return err
			}
			defer st.Close()
			out := c.String("output")
			if out == "" || out == "-" {
				_, err := st.Export(c.Context, env.Stdout)
				return err
			}
			tmp, err := os.CreateTemp(filepath.Dir(out), "."+filepath.Base(out)+".*.tmp")
			if err != nil {
				return fmt.Errorf("export: %w", err)
			}
			defer os.Remove(tmp.Name()) // no-op once renamed
			n, err := st.Export(c.Context, tmp)
			if cerr := tmp.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return err
			}
			if err := os.Chmod(tmp.Name(), 0o644); err != nil { // CreateTemp makes it 0600
				return fmt.Errorf("export: %w", err)
			}
			if err := os.Rename(tmp.Name(), out); err != nil {
				return fmt.Errorf("export: %w", err)
			}
			fmt.Fprintf(env.Stderr, "wrote %d quads to %s\n", n, out)
			return nil
		},
	}
}
