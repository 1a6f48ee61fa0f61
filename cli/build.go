package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/ingest"
	"github.com/kg-project/kg/source"
	"github.com/kg-project/kg/web"
)

func buildCommand(env Env) *cli.Command {
	return &cli.Command{
		Name:      "build",
		Usage:     "extract entities and facts from articles and store them in the graph",
		ArgsUsage: "PATH...",
		Description: `Reads text (.txt), Markdown (.md), HTML pages (.html), RSS and Atom feeds (.rss, .atom,
.xml: one article an item), JSON Lines (.jsonl: one {"id","text","url","title","published"}
object per line), directories of them (recursively) and - for standard input.
An article's id is its path relative to the deepest directory holding every input (--root
sets that directory); stdin's is stdin-<hash of its text>; JSON Lines keep their "id".
Each article is written in one transaction, labelled with the article's IRI. Rebuilding
unchanged input writes nothing; a changed article replaces its old facts.
Inputs that cannot be read, articles over --max-article and ids met twice are reported on
stderr and skipped; the exit code is then 1. Files of other types found in a directory are
named ("not read") but do not fail the build.

Examples:
   kg build testdata/articles
   kg build --db /data/news.db archive.jsonl
   cat article.txt | kg build --published 2022-01-12 -
   kg build --db postgres://kg@localhost/kg?sslmode=disable articles/`,
		Flags: append(dbFlags(),
			&cli.StringFlag{Name: "published", Usage: "publication date (YYYY-MM-DD) for articles that state none"},
			&cli.IntFlag{Name: "workers", Aliases: []string{"j"}, Usage: "documents extracted in parallel (default: number of CPUs)"},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress bar"},
			&cli.StringFlag{Name: "root", Usage: "directory that article ids are relative to (default: the deepest one holding every input)"},
			&cli.StringFlag{Name: "max-article", Value: "2MiB", Usage: "largest article text read; larger ones are refused (bytes, or with KiB, MiB, GiB)"},
		),
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usagef("build: name at least one PATH (a file, a directory or - for stdin)")
			}
			pub, err := publishedFlag(c)
			if err != nil {
				return err
			}
			maxArticle, err := parseSize(c.String("max-article"))
			if err != nil {
				return usagef("build: --max-article: %v", err)
			}
			tuneGC()
			ex, err := extract.New()
			if err != nil {
				return err
			}
			st, err := openStore(c, false)
			if err != nil {
				return err
			}
			defer st.Close()
			opt := ingest.Options{Workers: c.Int("workers"), Published: pub, Version: extract.Version, Link: extract.Links}
			bar := newProgressBar(env.Stderr, c.Bool("quiet"))
			if bar.on {
				bar.total = source.Size(c.Args().Slice())
			}
			opt.Progress = bar.update
			rd := &source.Reader{Stdin: env.Stdin, Root: c.String("root"), MaxArticle: maxArticle}
			sum, err := ingest.Build(c.Context, ex, st, rd.Read(c.Context, c.Args().Slice()), opt)
			if err == nil && sum != nil && !sum.Stopped {
				writeSearchFile(c.Context, env.Stderr, st)
			}
			bar.done()
			if sum != nil {
				for _, e := range sum.Notes {
					fmt.Fprintln(env.Stderr, "kg: not read:", clean(noteText(e)))
				}
				tooLarge := false
				for _, e := range sum.Errors {
					skipped(env.Stderr, e)
					tooLarge = tooLarge || errors.Is(e, source.ErrTooLarge)
				}
				if tooLarge {
					fmt.Fprintln(env.Stderr, "kg: hint: split long texts into articles, or raise the limit with --max-article")
				}
				relinked := ""
				if sum.Relinked > 0 {
					relinked = fmt.Sprintf(" (%d stored articles relinked)", sum.Relinked)
				}
				fmt.Fprintf(env.Stdout, "%s: %d documents (%d added, %d replaced, %d unchanged, %d skipped); wrote %d entities, %d facts, %d quads%s in %s\n",
					displayDB(c), sum.Docs, sum.Added, sum.Replaced, sum.Unchanged, sum.Failed,
					sum.Entities, sum.Facts, sum.Quads, relinked, sum.Elapsed.Round(time.Millisecond))
				if sum.Stopped {
					fmt.Fprintln(env.Stderr, "kg: interrupted: the articles read are kept; run the same command again (or any build) to write and link them")
				}
			}
			if sum != nil && sum.Stopped {
				return cli.Exit("", 130) // interrupted, said above; 128+SIGINT as shells report it
			}
			if err != nil {
				return err
			}
			if sum.Failed > 0 {
				return cli.Exit(fmt.Sprintf("%d input(s) skipped", sum.Failed), 1)
			}
			return nil
		},
	}
}

// noteText is "PATH (reason)" for an input passed over.
func noteText(err error) string {
	var ie *source.InputError
	if !errors.As(err, &ie) {
		return err.Error()
	}
	where := ie.Path
	if ie.Line > 0 {
		where = fmt.Sprintf("%s:%d", ie.Path, ie.Line)
	}
	return fmt.Sprintf("%s (%v)", where, ie.Err)
}

// parseSize reads a byte count: a number, optionally followed by KiB,
// MiB or GiB (or K, M, G, KB, MB, GB, all powers of 1024).
func parseSize(s string) (int64, error) {
	v := strings.TrimSpace(s)
	mult := int64(1)
	for _, u := range []struct {
		suffixes []string
		mult     int64
	}{
		{[]string{"GiB", "GB", "G"}, 1 << 30},
		{[]string{"MiB", "MB", "M"}, 1 << 20},
		{[]string{"KiB", "KB", "K", "k"}, 1 << 10},
		{[]string{"B"}, 1},
	} {
		for _, suf := range u.suffixes {
			if strings.HasSuffix(v, suf) {
				v, mult = strings.TrimSpace(strings.TrimSuffix(v, suf)), u.mult
				goto number
			}
		}
	}
number:
	n, err := strconv.ParseFloat(v, 64)
	if err != nil || n <= 0 || n*float64(mult) > 1<<40 {
		return 0, fmt.Errorf("%q is not a size (like 2MiB or 500000)", s)
	}
	return int64(n * float64(mult)), nil
}

// tuneGC trades memory for speed during a build or an import, unless the
// user set GOGC or GOMEMLIMIT: extraction and Cayley's writes allocate
// heavily, and with the default GOGC=100 the collector took 13 % of an
// import's CPU time (1.1M quads: 28 s, against 25.5–25.9 s with GOGC=400)
// and, with prose's own classifier, the second extraction worker's gain
// (1.55× one worker; 1.80× with GOGC=400; BENCHMARKS.md). The memory
// limit keeps the larger heap target from growing past a few hundred MB:
// with bolt's mapped pages (up to a few hundred MB more,
// graph/resident.go) a 100k-article build stays under 1 GiB.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(448 << 20)
	}
}

// progressBar draws progress, documents, MB/s, elapsed time and an ETA on
// a terminal's last line; it is silent when w is not a terminal.
type progressBar struct {
	w     io.Writer
	on    bool
	start time.Time
	last  time.Time
	shown bool
	total int64 // input bytes, for the ETA; <= 0 when unknown
}

func newProgressBar(w io.Writer, quiet bool) *progressBar {
	return &progressBar{w: w, on: !quiet && isTerminal(w), start: time.Now()}
}

func (p *progressBar) update(pr ingest.Progress) {
	if !p.on || time.Since(p.last) < 200*time.Millisecond {
		return
	}
	p.last = time.Now()
	elapsed := time.Since(p.start)
	secs := elapsed.Seconds()
	line := fmt.Sprintf("%d documents  %.2f MB/s  %.1f docs/s  %s", pr.Docs, float64(pr.Bytes)/1e6/secs,
		float64(pr.Docs)/secs, elapsed.Round(time.Second))
	if p.total > 0 && pr.Bytes > 0 {
		// Input bytes include markup (JSON Lines), so the fraction is a floor.
		frac := min(float64(pr.Bytes)/float64(p.total), 1)
		eta := time.Duration(float64(elapsed) * (1 - frac) / frac)
		line = fmt.Sprintf("%3.0f%%  %s  ETA %s", 100*frac, line, eta.Round(time.Second))
	}
	fmt.Fprint(p.w, "\r\033[K"+line)
	p.shown = true
}

func (p *progressBar) done() {
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// writeSearchFile writes the console's search file beside a bolt or
// LevelDB store after a build or removal (web.WriteSearchFile). It is a
// cache: a failure is reported and changes nothing else.
func writeSearchFile(ctx context.Context, stderr io.Writer, st *graph.Store) {
	if err := web.WriteSearchFile(ctx, st); err != nil && ctx.Err() == nil {
		fmt.Fprintln(stderr, "kg: search file not written (the console builds its index at start instead):", clean(redact(err.Error())))
	}
}
