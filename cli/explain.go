package cli

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/queries"
)

func explainCommand(env Env) *cli.Command {
	return &cli.Command{
		Name:      "explain",
		Usage:     "print an entity's facts, each once with every article and sentence it was read from",
		ArgsUsage: "ENTITY",
		Description: `ENTITY is a name, an alternate name ("Grushko", "US") or an entity id (person/alexander-grushko).
Each fact is printed once, with how many articles state it and, for each, the sentence and the
extraction rule it was read with (the about query lists the same sources one per row).

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
			facts := groupFacts(rows)
			if f := format(c); f != "table" {
				return writeList(env.Stdout, f, facts)
			}
			for _, f := range facts {
				n := "1 article"
				if f.Articles != 1 {
					n = fmt.Sprintf("%d articles", f.Articles)
				}
				var ds []string
				for _, src := range f.Sources {
					if src.Dataset != "" {
						ds = append(ds, src.Dataset)
					}
				}
				switch {
				case len(ds) > 0 && f.Articles == 0:
					n = "dataset " + strings.Join(ds, ", ")
				case len(ds) > 0:
					n += ", dataset " + strings.Join(ds, ", ")
				}
				fmt.Fprintf(env.Stdout, "%s —%s→ %s (%s)\n", text(f.Subject), text(f.Predicate), text(f.Object), n)
				for _, src := range f.Sources {
					if src.Dataset != "" {
						fmt.Fprintf(env.Stdout, "    dataset %s: background geography, stated by the dataset, not by an article\n", text(src.Dataset))
						continue
					}
					fmt.Fprintf(env.Stdout, "    %s [%s]: %s\n", text(src.Article), text(src.Rule), text(src.Sentence))
				}
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

// explainedFact is a fact and every source it was read from.
type explainedFact struct {
	Subject   string          `json:"subject"`
	Predicate string          `json:"predicate"`
	Object    string          `json:"object"`
	Articles  int             `json:"articles"` // distinct articles among the sources
	Sources   []explainSource `json:"sources"`
}

// explainSource is one evidence node: an article, a sentence, a rule; or
// a dataset (background geography, VOCABULARY.md), with no article,
// sentence or rule.
type explainSource struct {
	Article  string `json:"article"`
	Sentence string `json:"sentence"`
	Rule     string `json:"rule"`
	Dataset  string `json:"dataset,omitempty"`
}

// groupFacts turns the about query's rows, one per source, into one entry
// per fact, in the order the facts first appear, each fact's sources sorted
// by article and sentence.
func groupFacts(rows []any) []explainedFact {
	var out []explainedFact
	index := map[[3]string]int{}
	str := func(v any) string {
		if v == nil {
			return ""
		}
		return fmt.Sprint(v)
	}
	for _, r := range rows {
		m, _ := r.(map[string]any)
		k := [3]string{str(m["subject"]), str(m["predicate"]), str(m["object"])}
		i, ok := index[k]
		if !ok {
			i = len(out)
			index[k] = i
			out = append(out, explainedFact{Subject: k[0], Predicate: k[1], Object: k[2]})
		}
		src := explainSource{Article: str(m["article"]), Sentence: str(m["sentence"]), Rule: str(m["rule"])}
		if ds, ok := strings.CutPrefix(src.Article, "<"+graph.DatasetNS); ok {
			src = explainSource{Dataset: strings.TrimSuffix(ds, ">")}
		}
		out[i].Sources = append(out[i].Sources, src)
	}
	for i := range out {
		src := out[i].Sources
		sort.SliceStable(src, func(a, b int) bool {
			if src[a].Article != src[b].Article {
				return src[a].Article < src[b].Article
			}
			return src[a].Sentence < src[b].Sentence
		})
		for j := range src {
			if src[j].Dataset == "" && (j == 0 || src[j].Article != src[j-1].Article) {
				out[i].Articles++
			}
		}
	}
	return out
}
