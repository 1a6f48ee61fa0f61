package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/queries"
)

func queryCommand(env Env) *cli.Command {
	return &cli.Command{
		Name:      "query",
		Usage:     "run a canned query by name, or any Gizmo query",
		ArgsUsage: "NAME [ARG...] | 'GIZMO' | -f FILE.js",
		Description: `A canned query (kg query --list) takes its arguments as data: they are never spliced
into the query text. Any other first argument is run as a Gizmo (JavaScript) query over the graph.
Your own queries (-f FILE.js or 'GIZMO') can use the canned queries' helpers, and get each
--arg NAME=VALUE as args.NAME, bound as data too. Results print as JSON (an array; --format jsonl
gives one result per line); --format table prints a table for people.

Examples:
   kg query --list
   kg query who-represents Russia
   kg query --format table timeline
   kg query 'g.V("<urn:kg:person/jens-stoltenberg>").out("<http://schema.org/jobTitle>").all()'
   kg query -f my-query.js --arg who=Grushko --limit 10`,
		Flags: append(dbFlags(),
			&cli.BoolFlag{Name: "list", Aliases: []string{"l"}, Usage: "list the canned queries"},
			&cli.StringFlag{Name: "file", Aliases: []string{"f"}, TakesFile: true, Usage: "read the Gizmo query from `FILE` (- for stdin)"},
			&cli.StringSliceFlag{Name: "arg", Aliases: []string{"a"}, Usage: "bind `NAME=VALUE` as args.NAME in your own query (repeatable)"},
			formatFlag("json"),
			&cli.IntFlag{Name: "limit", Value: 100, Usage: "at most this many results (0: no limit)"},
			&cli.DurationFlag{Name: "timeout", Value: 30 * time.Second, Usage: "stop the query after this long"},
		),
		Action: func(c *cli.Context) error {
			f := format(c)
			if c.Bool("list") {
				if !c.IsSet("format") {
					f = "table"
				}
				return listQueries(env.Stdout, f)
			}
			req, err := queryRequest(c, env.Stdin)
			if err != nil {
				return err
			}
			req.Limit = c.Int("limit")
			st, err := openReader(c)
			if err != nil {
				return err
			}
			defer st.Close()
			ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
			defer cancel()
			rows, err := st.Run(ctx, req)
			if errors.Is(err, context.DeadlineExceeded) {
				return cli.Exit(fmt.Sprintf("query stopped after --timeout %s", c.Duration("timeout")), 1)
			}
			if err != nil {
				return err
			}
			if n := c.Int("limit"); n > 0 && len(rows) >= n {
				fmt.Fprintf(env.Stderr, "kg: showing the first %d results; --limit 0 shows all\n", n)
			}
			return writeRows(env.Stdout, f, rows)
		},
	}
}

// queryRequest works out which query the arguments name.
func queryRequest(c *cli.Context, stdin io.Reader) (graph.Request, error) {
	if f := c.String("file"); f != "" {
		if c.NArg() > 0 {
			return graph.Request{}, usagef("query: give either -f FILE or a query, not both")
		}
		var b []byte
		var err error
		if f == "-" {
			b, err = io.ReadAll(stdin)
		} else {
			b, err = os.ReadFile(f)
		}
		if err != nil {
			return graph.Request{}, fmt.Errorf("read query: %w", err)
		}
		args, err := queryArgs(c)
		if err != nil {
			return graph.Request{}, err
		}
		return graph.Request{Text: string(b), Args: args, Prelude: queries.Lib}, nil
	}
	if c.NArg() == 0 {
		return graph.Request{}, usagef("query: name a canned query (kg query --list) or give a Gizmo query")
	}
	first := c.Args().First()
	if q, ok := queries.Get(first); ok {
		if len(c.StringSlice("arg")) > 0 {
			return graph.Request{}, usagef("query: %s takes its arguments in order (%s), not as --arg", q.Name, q.Usage())
		}
		args, err := q.Args(c.Args().Tail())
		if err != nil {
			return graph.Request{}, usagef("%v", err)
		}
		return graph.Request{Text: q.Text, Args: args, Prelude: queries.Lib}, nil
	}
	gizmo := strings.ContainsAny(first, "(.")
	if !gizmo || c.NArg() > 1 {
		var names []string
		for _, q := range queries.List() {
			names = append(names, q.Name)
		}
		if s := suggest(first, names); len(s) > 0 && !gizmo {
			return graph.Request{}, usagef("query: %q is not a canned query. Did you mean '%s'? (kg query --list)", first, strings.Join(s, "' or '"))
		}
	}
	if c.NArg() > 1 {
		return graph.Request{}, usagef("query: %q is not a canned query (kg query --list); quote a Gizmo query as one argument", first)
	}
	if !gizmo {
		return graph.Request{}, usagef("query: %q is neither a canned query (kg query --list) nor a Gizmo query", first)
	}
	args, err := queryArgs(c)
	if err != nil {
		return graph.Request{}, err
	}
	return graph.Request{Text: first, Args: args, Prelude: queries.Lib}, nil
}

// queryArgs reads the --arg NAME=VALUE flags: each value is bound to the
// query as the string args.NAME, never spliced into its text.
func queryArgs(c *cli.Context) (map[string]any, error) {
	args := map[string]any{}
	for _, a := range c.StringSlice("arg") {
		name, value, ok := strings.Cut(a, "=")
		if !ok || !validArgName(name) {
			return nil, usagef("--arg %q: want NAME=VALUE, NAME a JavaScript identifier (letters, digits, _)", a)
		}
		if _, dup := args[name]; dup {
			return nil, usagef("--arg: %s given twice", name)
		}
		args[name] = value
	}
	return args, nil
}

func validArgName(name string) bool {
	for i, r := range name {
		if !(r == '_' || r == '$' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || i > 0 && '0' <= r && r <= '9') {
			return false
		}
	}
	return name != ""
}

func listQueries(w io.Writer, format string) error {
	qs := queries.List()
	if format != "table" {
		type item struct {
			Name        string   `json:"name"`
			Params      []string `json:"params"`
			Description string   `json:"description"`
		}
		var out []item
		for _, q := range qs {
			out = append(out, item{q.Name, q.Params, q.Description})
		}
		return writeList(w, format, out)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, q := range qs {
		fmt.Fprintf(tw, "%s\t%s\n", q.Usage(), q.Description)
	}
	return tw.Flush()
}

func writeRows(w io.Writer, format string, rows []any) error {
	if format == "table" {
		return writeTable(w, rows)
	}
	return writeList(w, format, rows)
}

// columnOrder puts the usual columns of kg's canned queries in a readable
// order; other columns follow alphabetically.
var columnOrder = []string{"date", "event", "person", "entity", "place", "subject", "predicate", "object", "role", "value",
	"represents", "jobTitle", "location", "attendees", "quote", "article", "articles", "headline", "published", "url",
	"entities", "sentence", "rule"}

func writeTable(w io.Writer, rows []any) error {
	cols := map[string]bool{}
	var plain []any
	for _, r := range rows {
		if m, ok := r.(map[string]any); ok {
			for k := range m {
				cols[k] = true
			}
		} else {
			plain = append(plain, r)
		}
	}
	var order []string
	for _, k := range columnOrder {
		if cols[k] {
			order = append(order, k)
		}
	}
	var rest []string
	if len(cols) > 1 {
		delete(cols, "id") // node IRIs are for programs, unless they are all there is
	}
	for k := range cols {
		if !slices.Contains(columnOrder, k) {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	order = append(order, rest...)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	if len(order) > 0 {
		fmt.Fprintln(tw, strings.ToUpper(clean(strings.Join(order, "\t"))))
	}
	for _, r := range rows {
		m, ok := r.(map[string]any)
		if !ok {
			continue
		}
		cells := make([]string, len(order))
		for i, k := range order {
			cells[i] = cell(m[k])
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	for _, p := range plain {
		fmt.Fprintln(tw, cell(p))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	plural := "s"
	if len(rows) == 1 {
		plural = ""
	}
	_, err := fmt.Fprintf(w, "(%d row%s)\n", len(rows), plural)
	return err
}

func cell(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return oneLine(clean(v), 100)
	case []any:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = cell(x)
		}
		return oneLine(strings.Join(parts, ", "), 100)
	}
	return oneLine(clean(fmt.Sprint(v)), 100)
}

func oneLine(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > max {
		return string(r[:max-1]) + "…"
	}
	return s
}
