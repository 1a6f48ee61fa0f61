package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/kg-project/kg/graph"
)

func exportCommand(env Env) *cli.Command {
	return &cli.Command{
		Name:  "export",
		Usage: "write the whole graph as N-Quads or JSON-LD, or its entities and facts for graph tools",
		Description: `nquads (the default) streams every quad, article labels kept, so memory stays flat however
large the graph; jsonld writes the same quads as a JSON-LD document (expanded form, one named
graph per article). graphml, gml, dot and csv write the entity projection for Gephi, yEd,
Cytoscape, Graphviz and neo4j-admin import: each entity (person, organisation, place, event) a
node with its id, name and type, each fact between two entities an edge with its predicate and
a weight, the number of articles stating it. csv writes two files, nodes.csv and edges.csv in
neo4j-admin's header format, into the directory -o names (created if need be).

With -o the output is written under a temporary name and renamed when complete: never
half-written.

Examples:
   kg export > graph.nq
   kg export --db news.db -o news.nq
   kg export --format graphml -o news.graphml
   kg export --format csv -o neo4j/ && neo4j-admin database import full --nodes=neo4j/nodes.csv --relationships=neo4j/edges.csv`,
		Flags: append(dbFlags(),
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` (for csv: a directory) instead of stdout"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: graph.FormatNQuads, Usage: "one of " + strings.Join(graph.ExportFormats, ", ")},
		),
		Action: func(c *cli.Context) error {
			format := c.String("format")
			if !slices.Contains(graph.ExportFormats, format) {
				return usagef("export: unknown --format %q (valid: %s)", format, strings.Join(graph.ExportFormats, ", "))
			}
			out := c.String("output")
			if format == graph.FormatCSV && (out == "" || out == "-") {
				return usagef("export: --format csv writes two files (nodes.csv, edges.csv): give the directory with -o DIR")
			}
			st, err := openReader(c)
			if err != nil {
				return err
			}
			defer st.Close()
			ctx := c.Context
			if format == graph.FormatCSV {
				return exportCSV(ctx, env, st, out)
			}
			write := func(w io.Writer) (string, error) {
				switch format {
				case graph.FormatNQuads:
					n, err := st.Export(ctx, w)
					return fmt.Sprintf("%d quads", n), err
				case graph.FormatJSONLD:
					n, err := st.ExportJSONLD(ctx, w)
					return fmt.Sprintf("%d quads", n), err
				}
				p, err := st.Projection(ctx)
				if err != nil {
					return "", err
				}
				switch format {
				case graph.FormatGraphML:
					err = p.WriteGraphML(w)
				case graph.FormatGML:
					err = p.WriteGML(w)
				case graph.FormatDOT:
					err = p.WriteDOT(w)
				}
				if err != nil {
					err = fmt.Errorf("export %s: %w", format, err)
				}
				return fmt.Sprintf("%d entities and %d facts", len(p.Nodes), len(p.Edges)), err
			}
			if out == "" || out == "-" {
				_, err := write(env.Stdout)
				return err
			}
			var what string
			err = writeAtomic(out, func(w io.Writer) error {
				var err error
				what, err = write(w)
				return err
			})
			if err != nil {
				return err
			}
			fmt.Fprintf(env.Stderr, "wrote %s to %s\n", what, out)
			return nil
		},
	}
}

// exportCSV writes the entity projection as nodes.csv and edges.csv in dir.
func exportCSV(ctx context.Context, env Env, st *graph.Store, dir string) error {
	p, err := st.Projection(ctx)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	nodes, edges := filepath.Join(dir, "nodes.csv"), filepath.Join(dir, "edges.csv")
	err = writeAtomic(nodes, func(nw io.Writer) error {
		return writeAtomic(edges, func(ew io.Writer) error { return p.WriteCSV(nw, ew) })
	})
	if err != nil {
		return fmt.Errorf("export csv: %w", err)
	}
	fmt.Fprintf(env.Stderr, "wrote %d entities to %s and %d facts to %s\n", len(p.Nodes), nodes, len(p.Edges), edges)
	return nil
}

// writeAtomic writes a file through fn under a temporary name beside it,
// renamed to path only once fn and the close succeed.
func writeAtomic(path string, fn func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer os.Remove(tmp.Name()) // no-op once renamed
	err = fn(tmp)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil { // CreateTemp makes it 0600
		return fmt.Errorf("export: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}
