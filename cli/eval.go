package cli

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/eval"
	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/ingest"
	"github.com/kg-project/kg/source"
)

func evalCommand(env Env) *cli.Command {
	return &cli.Command{
		Name:      "eval",
		Usage:     "score extraction against gold annotations, beside the raw prose baseline",
		ArgsUsage: "PATH...",
		Description: `Runs kg's extractor and prose alone on the same articles and prints precision, recall and F1
per entity type and per predicate. Gold files are matched to articles by file name without extension
(testdata/gold/README.md describes the format). --min-f1 makes the command fail when the overall
entity or fact F1 is below a floor, for CI.

Examples:
   kg eval testdata/articles
   kg eval --gold my-gold/ --mistakes my-articles/`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "gold", Value: "testdata/gold", Usage: "directory of gold annotation files"},
			&cli.BoolFlag{Name: "mistakes", Usage: "also list every false positive and false negative"},
			&cli.Float64Flag{Name: "min-f1", Usage: "fail when overall entity or fact F1 is below this (0..1)"},
			&cli.StringFlag{Name: "format", Value: "table", Usage: "output: table or json"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usagef("eval: name the articles to score (e.g. testdata/articles)")
			}
			gold, err := eval.LoadGold(c.String("gold"))
			if err != nil {
				return err
			}
			ex, err := extract.New()
			if err != nil {
				return err
			}
			var results []*kg.Result
			base := map[string][]kg.Mention{}
			for doc, err := range source.Read(c.Context, c.Args().Slice(), env.Stdin) {
				if err != nil {
					if c.Context.Err() != nil {
						return err
					}
					fmt.Fprintln(env.Stderr, "kg: skipped", err)
					continue
				}
				res, err := ex.Extract(c.Context, doc)
				if err != nil {
					fmt.Fprintln(env.Stderr, "kg: skipped", err)
					continue
				}
				results = append(results, res)
				ms, err := ex.Baseline(c.Context, doc)
				if err != nil {
					fmt.Fprintln(env.Stderr, "kg: baseline:", err)
					continue
				}
				base[doc.ID] = ms
			}
			// Link across documents as kg build does, so that the scores are for
			// exactly what it stores.
			for i := 0; i < len(results); i += ingest.LinkGroup {
				extract.Canonicalize(results[i:min(i+ingest.LinkGroup, len(results))])
			}
			rep := eval.Evaluate(gold, results)
			baseRep := eval.EvaluateMentions(gold, base)
			if c.String("format") == "json" {
				if err := writeJSON(env.Stdout, map[string]any{"kg": rep, "prose": baseRep}); err != nil {
					return err
				}
			} else {
				if err := rep.WriteTable(env.Stdout, baseRep); err != nil {
					return err
				}
				if c.Bool("mistakes") {
					fmt.Fprintln(env.Stdout)
					for _, m := range rep.Mistakes {
						fmt.Fprintf(env.Stdout, "%s\t%s\t%s\t%s\n", m.Doc, m.Row, m.Kind, m.Item)
					}
				}
			}
			if floor := c.Float64("min-f1"); floor > 0 {
				if f := rep.Entities.F1(); f < floor {
					return cli.Exit(fmt.Sprintf("entity F1 %.3f is below --min-f1 %.3f", f, floor), 1)
				}
				if f := rep.Facts.F1(); f < floor {
					return cli.Exit(fmt.Sprintf("fact F1 %.3f is below --min-f1 %.3f", f, floor), 1)
				}
			}
			return nil
		},
	}
}
