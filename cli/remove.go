package cli

import (
	"errors"
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/kg-project/kg/graph"
)

func removeCommand(env Env) *cli.Command {
	return &cli.Command{
		Name:      "remove",
		Usage:     "retract articles and every fact read from them",
		ArgsUsage: "DOC...",
		Description: `DOC is an article's id as shown by kg query articles: for files, the path relative to the
directory given to kg build (or the file name). Facts other articles also state are kept.

Examples:
   kg remove 001_377cc3d36c249b0d.txt`,
		Flags: dbFlags(),
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usagef("remove: name at least one article id (kg query articles lists them)")
			}
			st, err := openStore(c, true)
			if err != nil {
				return err
			}
			defer st.Close()
			failed := 0
			for _, id := range c.Args().Slice() {
				n, err := st.RemoveArticle(c.Context, id)
				if err != nil {
					if errors.Is(err, graph.ErrNotFound) {
						err = fmt.Errorf("article %q is not in %s", id, displayDB(c))
					}
					fmt.Fprintln(env.Stderr, "kg:", clean(redact(err.Error())))
					failed++
					continue
				}
				fmt.Fprintf(env.Stdout, "removed %s (%d quads)\n", clean(id), n)
			}
			writeSearchFile(c.Context, env.Stderr, st)
			if failed > 0 {
				return cli.Exit("", 1)
			}
			return nil
		},
	}
}
