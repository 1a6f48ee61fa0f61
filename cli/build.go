package cli

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/ingest"
	"github.com/kg-project/kg/source"
)

func buildCommand(env Env) *cli.Command {
	return &cli.Command{
		Name:      "build",
		Usage:     "extract entities and facts from articles and store them in the graph",
		ArgsUsage: "PATH...",
		Description: `Reads .txt files, directories (recursively: .txt and .jsonl files), JSON Lines files
(one {"id","text","url","title","published"} object per line) and - for standard input.
Each article is written in one transaction, labelled with the article's IRI. Rebuilding
unchanged input writes nothing; a changed article replaces its old facts.
Inputs that cannot be read are reported on stderr and skipped; the exit code is then 1.

Examples:
   kg build testdata/articles
   kg build --db /data/news.db archive.jsonl
   cat article.txt | kg build --published 2022-01-12 -
   kg build --db postgres://kg@localhost/kg?sslmode=disable articles/`,
		Flags: append(dbFlags(),
			&cli.StringFlag{Name: "published", Usage: "publication date (YYYY-MM-DD) for articles that state none"},
			&cli.IntFlag{Name: "workers", Aliases: []string{"j"}, Usage: "documents extracted in parallel (default: number of CPUs)"},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress bar"},
		),
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usagef("build: name at least one PATH (a file, a directory or - for stdin)")
			}
			pub, err := publishedFlag(c)
			if err != nil {
				return err
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
			opt := ingest.Options{Workers: c.Int("workers"), Published: pub, Version: extract.Version, Link: extract.Canonicalize}
			bar := newProgressBar(env.Stderr, c.Bool("quiet"))
			if bar.on {
				bar.total = source.Size(c.Args().Slice())
			}
			opt.Progress = bar.update
			sum, err := ingest.Build(c.Context, ex, st, source.Read(c.Context, c.Args().Slice(), env.Stdin), opt)
			bar.done()
			if sum != nil {
				for _, e := range sum.Errors {
					skipped(env.Stderr, e)
				}
				fmt.Fprintf(env.Stdout, "%s: %d documents (%d added, %d replaced, %d unchanged, %d skipped); wrote %d entities, %d facts, %d quads in %s\n",
					displayDB(c), sum.Docs, sum.Added, sum.Replaced, sum.Unchanged, sum.Failed,
					sum.Entities, sum.Facts, sum.Quads, sum.Elapsed.Round(time.Millisecond))
				if sum.Stopped {
					fmt.Fprintln(env.Stderr, "kg: interrupted: every article written is complete; run the same command again to continue")
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
