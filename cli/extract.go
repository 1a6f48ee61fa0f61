package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/ingest"
	"github.com/kg-project/kg/source"
)

func extractCommand(env Env) *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "print the entities and facts found in articles as JSON, without a store",
		ArgsUsage: "PATH...",
		Description: `Prints one JSON object per document (JSON Lines; --format json: one JSON array,
--format table: each document's entities and facts as tables):
   {"doc", "title", "published", "entities": [{"text","type","start","end","id","value"}],
    "canonical": [{"id","type","name","aliases"}], "triples": [{"subject","predicate","object",
    "sentence","start","end","rule"}]}
Offsets are byte offsets into the text; DATE entities carry an ISO value.

Examples:
   kg extract testdata/articles/001_377cc3d36c249b0d.txt
   kg extract --rules
   echo "NATO Secretary General Jens Stoltenberg met Sergei Lavrov in Brussels on Monday." | kg extract --published 2022-01-12 --format table -`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "published", Usage: "publication date (YYYY-MM-DD) for articles that state none"},
			formatFlag("jsonl"),
			&cli.BoolFlag{Name: "pretty", Usage: "the same as --format json"},
			&cli.BoolFlag{Name: "rules", Usage: "list the relation rules in the order they run, and exit"},
		},
		Action: func(c *cli.Context) error {
			if c.Bool("rules") {
				return extract.WriteRules(env.Stdout)
			}
			if c.NArg() == 0 {
				return usagef("extract: name at least one PATH (a file, a directory or - for stdin)")
			}
			pub, err := publishedFlag(c)
			if err != nil {
				return err
			}
			ex, err := extract.New()
			if err != nil {
				return err
			}
			f := format(c)
			if c.Bool("pretty") {
				if c.IsSet("format") && f != "json" {
					return usagef("extract: --pretty is --format json, not --format %s", f)
				}
				f = "json"
			}
			out := newDocWriter(env.Stdout, f)
			failed := 0
			// Documents are linked across in groups, as kg build links them.
			var group []*kg.Result
			flush := func() error {
				extract.Canonicalize(group)
				for _, res := range group {
					if err := out.write(res); err != nil {
						return err
					}
				}
				group = group[:0]
				return nil
			}
			for doc, err := range source.Read(c.Context, c.Args().Slice(), env.Stdin) {
				if err == nil {
					if doc.Published.IsZero() {
						doc.PublishedDefault = pub // a dateline in the text wins over it
					}
					var res *kg.Result
					if res, err = ex.Extract(c.Context, doc); err == nil {
						group = append(group, res)
						if len(group) == ingest.LinkGroup {
							err = flush()
						}
					}
				}
				if err != nil {
					if c.Context.Err() != nil {
						return c.Context.Err()
					}
					if ie := (*source.InputError)(nil); errors.As(err, &ie) && ie.Note {
						fmt.Fprintln(env.Stderr, "kg: not read:", clean(noteText(err)))
						continue
					}
					failed++
					skipped(env.Stderr, err)
				}
			}
			if err := flush(); err != nil {
				return err
			}
			if err := out.close(); err != nil {
				return err
			}
			if failed > 0 {
				return cli.Exit(fmt.Sprintf("%d input(s) skipped", failed), 1)
			}
			return nil
		},
	}
}

type tripleJSON struct {
	Subject   string `json:"subject"`
	SubjectID string `json:"subject_id,omitempty"`
	Predicate string `json:"predicate"`
	Object    string `json:"object"`
	ObjectID  string `json:"object_id,omitempty"`
	Datatype  string `json:"datatype,omitempty"`
	Sentence  string `json:"sentence"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Rule      string `json:"rule"`
}

type docJSON struct {
	Doc       string       `json:"doc"`
	Title     string       `json:"title,omitempty"`
	Published string       `json:"published,omitempty"`
	Entities  []kg.Mention `json:"entities"`
	Canonical []kg.Entity  `json:"canonical"`
	Triples   []tripleJSON `json:"triples"`
}

func extractJSON(res *kg.Result) docJSON {
	names := map[string]string{}
	for _, e := range res.Entities {
		names[e.ID] = e.Name
	}
	term := func(t kg.Term) (string, string) {
		if t.Entity != "" {
			if n, ok := names[t.Entity]; ok {
				return n, t.Entity
			}
			return t.Entity, t.Entity
		}
		return t.Literal, ""
	}
	out := docJSON{Doc: res.Doc.ID, Title: res.Doc.Title, Entities: res.Mentions, Canonical: res.Entities, Triples: []tripleJSON{}}
	if out.Entities == nil {
		out.Entities = []kg.Mention{}
	}
	if out.Canonical == nil {
		out.Canonical = []kg.Entity{}
	}
	if !res.Published.IsZero() {
		out.Published = res.Published.Format(time.DateOnly)
	}
	for _, t := range res.Triples {
		tj := tripleJSON{Predicate: t.Predicate, Datatype: t.Object.Datatype, Sentence: t.Evidence.Sentence,
			Start: t.Evidence.Start, End: t.Evidence.End, Rule: t.Evidence.Rule}
		tj.Subject, tj.SubjectID = term(t.Subject)
		tj.Object, tj.ObjectID = term(t.Object)
		out.Triples = append(out.Triples, tj)
	}
	return out
}

// docWriter prints kg extract's results in one of the formats.
type docWriter struct {
	w      io.Writer
	format string
	n      int
}

func newDocWriter(w io.Writer, format string) *docWriter { return &docWriter{w: w, format: format} }

func (d *docWriter) write(res *kg.Result) error {
	defer func() { d.n++ }()
	switch d.format {
	case "jsonl":
		return writeJSONLine(d.w, extractJSON(res))
	case "json":
		b, err := json.MarshalIndent(extractJSON(res), "  ", "  ")
		if err != nil {
			return err
		}
		sep := ",\n  "
		if d.n == 0 {
			sep = "[\n  "
		}
		_, err = fmt.Fprint(d.w, sep, string(b))
		return err
	}
	return writeDocTable(d.w, d.n, extractJSON(res))
}

func (d *docWriter) close() error {
	if d.format != "json" {
		return nil
	}
	end := "\n]\n"
	if d.n == 0 {
		end = "[]\n"
	}
	_, err := fmt.Fprint(d.w, end)
	return err
}

// writeDocTable prints one document's entities and facts for people.
func writeDocTable(w io.Writer, n int, doc docJSON) error {
	if n > 0 {
		fmt.Fprintln(w)
	}
	head := doc.Doc
	if doc.Title != "" {
		head += ": " + doc.Title
	}
	if doc.Published != "" {
		head += " (" + doc.Published + ")"
	}
	fmt.Fprintln(w, "==", clean(head))
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "TYPE\tTEXT\tENTITY\tVALUE\tOFFSET")
	for _, m := range doc.Entities {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d-%d\n", m.Type, cell(m.Text), cell(m.ID), cell(m.Value), m.Start, m.End)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SUBJECT\tPREDICATE\tOBJECT\tRULE\tSENTENCE")
	for _, t := range doc.Triples {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", cell(t.Subject), cell(t.Predicate), cell(t.Object), cell(t.Rule), oneLine(clean(t.Sentence), 80))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "(%d entities, %d facts)\n", len(doc.Entities), len(doc.Triples))
	return err
}
