package cli

import (
	"fmt"
	"sort"

	"github.com/urfave/cli/v2"
)

func statsCommand(env Env) *cli.Command {
	return &cli.Command{
		Name:  "stats",
		Usage: "count articles, entities by type, facts by predicate and quads",
		Description: `Examples:
   kg stats
   kg stats --format json`,
		Flags: append(dbFlags(),
			formatFlag("table"),
		),
		Action: func(c *cli.Context) error {
			st, err := openReader(c)
			if err != nil {
				return err
			}
			defer st.Close()
			s, err := st.Stats(c.Context)
			if err != nil {
				return err
			}
			switch format(c) {
			case "json":
				return writeJSON(env.Stdout, s)
			case "jsonl":
				return writeJSONLine(env.Stdout, s)
			}
			w := env.Stdout
			fmt.Fprintf(w, "%-20s %8d\n", "articles", s.Articles)
			fmt.Fprintln(w, "entities")
			for _, k := range sortedKeys(s.Entities) {
				fmt.Fprintf(w, "  %-18s %8d\n", clean(k), s.Entities[k])
			}
			fmt.Fprintln(w, "facts")
			for _, k := range sortedKeys(s.Facts) {
				fmt.Fprintf(w, "  %-18s %8d\n", clean(k), s.Facts[k])
			}
			fmt.Fprintf(w, "%-20s %8d\n", "quads", s.Quads)
			_, err = fmt.Fprintf(w, "%-20s %8d\n", "nodes", s.Nodes)
			return err
		},
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
