package cli

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/queries"
)

func explainCommand(env Env) *cli.Command {
	return &cli.Command{
		Name:      "explain",
		Usage:     "print an entity's facts, each with the article and sentence it was read from",
		ArgsUsage: "ENTITY",
		Description: `ENTITY is a name, an alternate name ("Grushko", "US") or an entity id (person/alexander-grushko).

Examples:
   kg explain Grushko
   kg explain --format json "Jens Stoltenberg"`,
		Flags: append(dbFlags(),
			formatFlag("table"),
			&cli.DurationFlag{Name: "timeout", Value: 30 * time.Second, Usage: "give up after this long"},
		),
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usagef("explain: name one entity (quote a name with spaces)")
			}
			q, _ := queries.Get("about")
			st, err := openReader(c)
			if err != nil {
				return err
			}
			defer st.Close()
			ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
			defer cancel()
			rows, err := st.Run(ctx, graph.Request{Prelude: queries.Lib, Text: q.Text, Args: map[string]any{"entity": c.Args().First()}})
			if err != nil {
				return err
			}
			if len(rows) == 0 {
				return cli.Exit(fmt.Sprintf("no facts about %q in %s (try kg query people, or kg stats)", c.Args().First(), displayDB(c)), 1)
			}
			if f := format(c); f != "table" {
				return writeList(env.Stdout, f, rows)
			}
			for _, r := range rows {
				m, _ := r.(map[string]any)
				fmt.Fprintf(env.Stdout, "%s —%s→ %s\n", text(m["subject"]), text(m["predicate"]), text(m["object"]))
				fmt.Fprintf(env.Stdout, "    %s [%s]: %s\n", text(m["article"]), text(m["rule"]), text(m["sentence"]))
			}
			return nil
		},
	}
}

// text is a query result's value as one line of human output.
func text(v any) string {
	if v == nil {
		return ""
	}
	return clean(strings.Join(strings.Fields(fmt.Sprint(v)), " "))
}
