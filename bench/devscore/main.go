// Command devscore scores kg's extraction, beside prose alone, on the public
// benchmarks' development splits kept outside this repository
// (../shared/data: see its README for sources and licences):
//
//	go run ./bench/devscore conll    ../shared/data/conll2003/eng.testa
//	go run ./bench/devscore timeml   ../shared/data/timeml
//	go run ./bench/devscore redocred ../shared/data/redocred/dev_revised.json
//
// conll scores entities as document-level distinct surface forms per type
// (PER, ORG, LOC; kg's GPE and LOC both count as LOC; MISC is not scored).
// timeml scores DATE time expressions: detection by span overlap, then the
// exact normalised value of the matched ones, with each document's creation
// time as its publication date. redocred scores the relations kg's vocabulary
// expresses (see relationMap) between entities named in the document.
//
// texts writes TimeML documents as plain text and JSON Lines for the news
// sets annotated by hand (scripts/newsdev2.sh).
//
// -v prints every false positive and false negative, -n N scores only the
// first N documents. The data is read, never copied into the project.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/kg-project/kg/extract"
)

func main() {
	verbose := flag.Bool("v", false, "print every false positive and false negative")
	limit := flag.Int("n", 0, "score only the first N documents (0: all)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: devscore [-v] [-n N] conll|timeml|redocred PATH")
		fmt.Fprintln(os.Stderr, "       devscore texts TIMEML-DIR OUT-DIR ID...   (plain texts for annotators)")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() >= 3 && flag.Arg(0) == "texts" {
		if err := texts(flag.Arg(1), flag.Arg(2), flag.Args()[3:]); err != nil {
			fmt.Fprintln(os.Stderr, "devscore:", err)
			os.Exit(1)
		}
		return
	}
	if flag.NArg() != 2 {
		flag.Usage()
		os.Exit(2)
	}
	ex, err := extract.New()
	if err != nil {
		fmt.Fprintln(os.Stderr, "devscore:", err)
		os.Exit(1)
	}
	s := &scorer{ctx: context.Background(), ex: ex, verbose: *verbose, limit: *limit, out: os.Stdout}
	kind, path := flag.Arg(0), flag.Arg(1)
	switch kind {
	case "conll":
		err = s.conll(path)
	case "timeml":
		err = s.timeml(path)
	case "redocred":
		err = s.redocred(path)
	default:
		err = fmt.Errorf("unknown benchmark %q (want conll, timeml or redocred)", kind)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "devscore:", err)
		os.Exit(1)
	}
}

// scorer holds what every benchmark's scoring needs.
type scorer struct {
	ctx     context.Context
	ex      *extract.Extractor
	verbose bool
	limit   int
	out     *os.File
}

func (s *scorer) logf(format string, args ...any) {
	if s.verbose {
		fmt.Fprintf(s.out, format+"\n", args...)
	}
}

// counts is one row of a score table.
type counts struct{ tp, fp, fn int }

func (c counts) prf() (p, r, f float64) {
	if c.tp+c.fp > 0 {
		p = float64(c.tp) / float64(c.tp+c.fp)
	}
	if c.tp+c.fn > 0 {
		r = float64(c.tp) / float64(c.tp+c.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func (c *counts) add(o counts) { c.tp += o.tp; c.fp += o.fp; c.fn += o.fn }

// table prints rows of system counts beside baseline counts (base may miss rows).
func (s *scorer) table(rows []string, sys, base map[string]counts) {
	fmt.Fprintf(s.out, "%-22s %6s %6s %6s %7s %7s %7s %8s %8s %8s\n", "row", "TP", "FP", "FN", "P", "R", "F1", "base P", "base R", "base F1")
	fmt.Fprintln(s.out, strings.Repeat("-", 96))
	for _, r := range rows {
		c := sys[r]
		p, rc, f := c.prf()
		line := fmt.Sprintf("%-22s %6d %6d %6d %7.3f %7.3f %7.3f", r, c.tp, c.fp, c.fn, p, rc, f)
		if b, ok := base[r]; ok {
			bp, br, bf := b.prf()
			line += fmt.Sprintf(" %8.3f %8.3f %8.3f", bp, br, bf)
		} else {
			line += fmt.Sprintf(" %8s %8s %8s", "-", "-", "-")
		}
		fmt.Fprintln(s.out, line)
	}
}
