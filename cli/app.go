package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/source"
)

// Env holds the process's standard streams, so that tests can run the app
// with their own.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

// New builds the kg command-line application.
func New(env Env) *cli.App {
	app := &cli.App{
		Name:  "kg",
		Usage: "turn news articles into a knowledge graph you can query, browse and export",
		Description: `kg reads news articles (text files, folders, JSON Lines, stdin), recognises the people,
organisations, places and dates in them, extracts facts such as who represents whom and who met
where and when, and stores them in an embedded Cayley graph (kg.db by default).

   kg build testdata/articles              build (or update) the graph
   kg query who-represents Russia          run a canned query (kg query --list)
   kg explain "Alexander Grushko"          facts about an entity with their evidence
   kg export -o graph.nq                   the whole graph as N-Quads`,
		Reader:    env.Stdin,
		Writer:    env.Stdout,
		ErrWriter: env.Stderr,
		Commands: []*cli.Command{
			buildCommand(env), extractCommand(env), queryCommand(env), explainCommand(env),
			exportCommand(env), importCommand(env), statsCommand(env), removeCommand(env),
			evalCommand(env),
			serveCommand(env),
			versionCommand(env), completionCommand(env),
		},
		Version:              versionLine(),
		EnableBashCompletion: true,
		// Errors are printed by Main, once, with the exit code they carry.
		ExitErrHandler: func(*cli.Context, error) {},
		OnUsageError:   onUsageError,
		// kg's own help command: urfave/cli's is one value shared by every
		// app, which running it makes its own subcommand.
		HideHelpCommand: true,
		Flags:           []cli.Flag{cli.HelpFlag}, // which urfave/cli adds only with its help command
	}
	app.Action = func(c *cli.Context) error {
		if c.Args().Present() {
			return unknownCommand(app, c.Args().First())
		}
		return cli.ShowAppHelp(c)
	}
	app.Commands = append(app.Commands, helpCommand(app))
	for _, cmd := range app.Commands {
		cmd.OnUsageError = onUsageError
		cmd.HideHelpCommand = true // "kg build help" is not a command; --help is
	}
	return app
}

// Main runs kg with the given streams and arguments (args[0] is the program
// name) and returns the process exit code: 0 on success, 1 when a command
// failed or some inputs could not be processed, 2 for usage errors.
func Main(ctx context.Context, env Env, args []string) int {
	app := New(env)
	err := app.RunContext(ctx, interspersed(app, args))
	if err == nil {
		return 0
	}
	code := 1
	var ec cli.ExitCoder
	if errors.As(err, &ec) {
		code = ec.ExitCode()
	} else if isUsageError(err) {
		code = 2
	}
	if msg := err.Error(); msg != "" {
		fmt.Fprintln(env.Stderr, "kg:", clean(redact(msg)))
	}
	if isUsageError(err) {
		fmt.Fprintln(env.Stderr, usageHint(app, args))
	}
	return code
}

// interspersed moves a command's flags that follow its arguments in front
// of them ("kg query who-represents Russia --format table"): urfave/cli v2
// stops parsing flags at the first argument. Everything after "--" stays.
func interspersed(app *cli.App, args []string) []string {
	if len(args) < 3 {
		return args
	}
	cmd := app.Command(args[1])
	if cmd == nil {
		return args
	}
	takesValue := map[string]bool{}
	for _, f := range cmd.Flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, n := range f.Names() {
			takesValue[n] = !isBool
		}
	}
	var flags, rest []string
	for i := 2; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			rest = append(rest, args[i:]...)
			break
		}
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if len(a) < 2 || a[0] != '-' {
			rest = append(rest, a)
			continue
		}
		if a == "-h" || a == "--help" {
			// urfave/cli would take the arguments for a help topic.
			return []string{args[0], args[1], a}
		}
		// An unknown one (a mistake that urfave/cli then reports) moves
		// too, rather than being read as a path or a query.
		flags = append(flags, a)
		if takesValue[name] && !hasValue && i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	out := append([]string{args[0], args[1]}, flags...)
	return append(out, rest...)
}

// Run runs kg on the process's own streams.
func Run(ctx context.Context, args []string) int {
	return Main(ctx, Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}, args)
}

func dbFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "db", Value: "kg.db", EnvVars: []string{"KG_DB"}, TakesFile: true,
			Usage: "graph store: a bolt path, postgres://…, cockroach://…, leveldb:PATH or memory:"},
		&cli.StringFlag{Name: "backend", EnvVars: []string{"KG_BACKEND"},
			Usage: "store backend (bolt, leveldb, postgres, cockroach, memory); by default implied by --db"},
	}
}

// openStore opens the store named by --db/--backend. mustExist makes a
// missing file store an error, for commands that only read.
func openStore(c *cli.Context, mustExist bool) (*graph.Store, error) {
	backend, addr := graph.ParseDB(c.String("backend"), c.String("db"))
	s, err := graph.Open(c.Context, backend, addr, mustExist)
	if err != nil {
		return nil, err
	}
	s.Link = extract.Links // kg remove re-links what depended on an article
	return s, nil
}

// openReader opens the store named by --db/--backend for reading only: a
// bolt file is shared with other readers, so that kg query works while kg
// serve runs.
func openReader(c *cli.Context) (*graph.Store, error) {
	backend, addr := graph.ParseDB(c.String("backend"), c.String("db"))
	return graph.OpenReadOnly(c.Context, backend, addr)
}

// publishedFlag reads --published: a date for articles that state none.
func publishedFlag(c *cli.Context) (time.Time, error) {
	p := c.String("published")
	if p == "" {
		return time.Time{}, nil
	}
	t, err := source.ParseDate(p)
	if err != nil {
		return time.Time{}, usagef("--published: %v", err)
	}
	return t, nil
}

// displayDB is --db as kg prints it: with any password hidden.
func displayDB(c *cli.Context) string { return redact(c.String("db")) }

// redact hides the passwords in s (graph.Redact).
func redact(s string) string { return graph.Redact(s) }
