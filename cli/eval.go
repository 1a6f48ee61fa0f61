package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

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
(testdata/gold/README.md describes the format). Without --gold, the gold is the first directory of
.json files among gold/ and testdata/gold/ from each PATH up to the root, then ./testdata/gold;
the one used is named on stderr, and if there is none the error lists where kg looked.
--min-f1 makes the command fail when the overall entity or fact F1 is below a floor, for CI.

Examples:
   kg eval testdata/articles
   kg eval --gold my-gold/ --mistakes my-articles/`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "gold", TakesFile: true, Usage: "directory of gold annotation files (default: testdata/gold, found from the PATHs)"},
			&cli.BoolFlag{Name: "mistakes", Usage: "also list every false positive and false negative"},
			&cli.Float64Flag{Name: "min-f1", Usage: "fail when overall entity or fact F1 is below this (0..1)"},
			formatFlag("table"),
		},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usagef("eval: name the articles to score (e.g. testdata/articles)")
			}
			dir := c.String("gold")
			if dir == "" {
				var looked []string
				if dir, looked = findGold(c.Args().Slice()); dir == "" {
					return cli.Exit(fmt.Sprintf("eval: no gold annotations (a directory of .json files) in %s; name one with --gold DIR", strings.Join(looked, ", ")), 1)
				}
				fmt.Fprintln(env.Stderr, "kg: gold annotations from", clean(dir))
			}
			gold, err := eval.LoadGold(dir)
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
					skipped(env.Stderr, err)
					continue
				}
				res, err := ex.Extract(c.Context, doc)
				if err != nil {
					skipped(env.Stderr, err)
					continue
				}
				results = append(results, res)
				ms, err := ex.Baseline(c.Context, doc)
				if err != nil {
					fmt.Fprintln(env.Stderr, "kg: baseline:", clean(err.Error()))
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
			if f := format(c); f != "table" {
				out := map[string]reportJSON{"kg": reportOf(rep), "prose": reportOf(baseRep)}
				write := writeJSON
				if f == "jsonl" {
					write = writeJSONLine
				}
				if err := write(env.Stdout, out); err != nil {
					return err
				}
			} else {
				if err := rep.WriteTable(cleanWriter{env.Stdout}, baseRep); err != nil {
					return err
				}
				if c.Bool("mistakes") {
					fmt.Fprintln(env.Stdout)
					for _, m := range rep.Mistakes {
						fmt.Fprintf(env.Stdout, "%s\t%s\t%s\t%s\n", clean(m.Doc), m.Row, m.Kind, clean(m.Item))
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

// findGold looks for the default gold annotations: gold/ and testdata/gold/
// in each input's directory and every directory above it, then
// ./testdata/gold, so that kg eval finds the repository's gold wherever it
// is run from and the gold nearest the articles wins. It returns the first directory holding a .json file, or "" and
// every place it looked.
func findGold(inputs []string) (string, []string) {
	var looked []string
	try := func(dir string) bool {
		if slices.Contains(looked, dir) {
			return false
		}
		looked = append(looked, dir)
		files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
		return len(files) > 0
	}
	for _, in := range inputs {
		if in == "-" {
			continue
		}
		dir, err := filepath.Abs(in)
		if err != nil {
			continue
		}
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			dir = filepath.Dir(dir)
		}
		for {
			for _, d := range []string{filepath.Join(dir, "gold"), filepath.Join(dir, "testdata", "gold")} {
				if try(d) {
					return d, nil
				}
			}
			up := filepath.Dir(dir)
			if up == dir {
				break
			}
			dir = up
		}
	}
	if d := filepath.Join("testdata", "gold"); try(d) {
		return d, nil
	}
	return "", looked
}

// scoreJSON is a Score with its ratios, as kg eval prints it.
type scoreJSON struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func scoreOf(s eval.Score) scoreJSON {
	return scoreJSON{s.TP, s.FP, s.FN, s.Precision(), s.Recall(), s.F1()}
}

type mistakeJSON struct {
	Doc  string `json:"doc"`
	Row  string `json:"row"`
	Kind string `json:"kind"`
	Item string `json:"item"`
}

// reportJSON is an eval.Report with lowercase field names, as every JSON
// kg prints has.
type reportJSON struct {
	Docs         []string             `json:"docs"`
	Ignored      []string             `json:"ignored"`
	Missing      []string             `json:"missing"`
	Types        map[string]scoreJSON `json:"types"`
	Entities     scoreJSON            `json:"entities"`
	Predicates   map[string]scoreJSON `json:"predicates,omitempty"`
	Facts        *scoreJSON           `json:"facts,omitempty"`
	MentionsOnly bool                 `json:"mentions_only,omitempty"`
	Mistakes     []mistakeJSON        `json:"mistakes"`
}

func reportOf(r *eval.Report) reportJSON {
	out := reportJSON{Docs: nonNil(r.Docs), Ignored: nonNil(r.Ignored), Missing: nonNil(r.Missing),
		Types: map[string]scoreJSON{}, Entities: scoreOf(r.Entities), MentionsOnly: r.MentionsOnly,
		Mistakes: []mistakeJSON{}}
	for t, s := range r.Types {
		out.Types[string(t)] = scoreOf(s)
	}
	if !r.MentionsOnly {
		out.Predicates = map[string]scoreJSON{}
		for p, s := range r.Predicates {
			out.Predicates[p] = scoreOf(s)
		}
		f := scoreOf(r.Facts)
		out.Facts = &f
	}
	for _, m := range r.Mistakes {
		out.Mistakes = append(out.Mistakes, mistakeJSON{m.Doc, m.Row, m.Kind, m.Item})
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
