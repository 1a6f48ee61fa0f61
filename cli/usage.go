package cli

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/agnivade/levenshtein"
	"github.com/urfave/cli/v2"
)

// usageError marks errors in how a command was called: Main prints them as
// one line and a hint to run the command's --help, and exits 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

func isUsageError(err error) bool {
	var u usageError
	return errors.As(err, &u)
}

// onUsageError replaces urfave/cli's answer to a flag it cannot parse (the
// message, then the whole help on stdout) with one usage error, naming the
// flag meant when the mistyped one is close to a real one.
func onUsageError(c *cli.Context, err error, _ bool) error {
	msg := err.Error()
	const undefined = "flag provided but not defined: "
	if name, ok := strings.CutPrefix(msg, undefined); ok {
		name = strings.TrimLeft(name, "-")
		msg = fmt.Sprintf("unknown flag %s", dashes(name))
		var flags []string
		for _, f := range c.Command.VisibleFlags() {
			flags = append(flags, f.Names()...)
		}
		if s := suggest(name, flags); len(s) > 0 {
			for i := range s {
				s[i] = "'" + dashes(s[i]) + "'"
			}
			msg += ". Did you mean " + strings.Join(s, " or ") + "?"
		}
	}
	// urfave/cli names flags with one dash ("flag needs an argument: -limit").
	return usageError{longFlag.ReplaceAllString(msg, "$1--$2")}
}

var longFlag = regexp.MustCompile(`(^|\s)-([A-Za-z][A-Za-z0-9-]+)`)

// dashes writes a flag name as it is typed: -j, --format.
func dashes(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// unknownCommand is the error for a command kg does not have.
func unknownCommand(app *cli.App, name string) error {
	var names []string
	for _, c := range app.Commands {
		if !c.Hidden {
			names = append(names, c.Names()...)
		}
	}
	msg := fmt.Sprintf("'%s' is not a kg command.", name)
	if s := suggest(name, names); len(s) > 0 {
		msg += " Did you mean '" + strings.Join(s, "' or '") + "'?"
	}
	return usageError{msg}
}

// suggest returns what the user may have meant: the candidates that start
// with what they typed (two letters at least), or else the candidates
// closest to it by Levenshtein distance, when they are close enough to be
// a typo of it (at most 2 edits, or a third of its length for long words).
func suggest(typed string, candidates []string) []string {
	typed = strings.ToLower(typed)
	var out []string
	if len(typed) >= 2 {
		for _, c := range candidates {
			if strings.HasPrefix(strings.ToLower(c), typed) && c != typed && !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	limit := max(2, len(typed)/3)
	best := limit + 1
	for _, c := range candidates {
		d := levenshtein.ComputeDistance(typed, strings.ToLower(c))
		if d >= len(typed) || d > limit || d > best { // "x" is one edit from every one-letter name
			continue
		}
		if d < best {
			best, out = d, nil
		}
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// usageHint is the line printed under a usage error: where to read how the
// command is called.
func usageHint(app *cli.App, args []string) string {
	if len(args) > 1 {
		name := args[1]
		if (name == "help" || name == "h") && len(args) > 2 {
			name = args[2]
		}
		if cmd := app.Command(name); cmd != nil && cmd.Name != "help" {
			return fmt.Sprintf("run 'kg %s --help' for usage", cmd.Name)
		}
	}
	return "run 'kg --help' for usage"
}

func helpCommand(app *cli.App) *cli.Command {
	return &cli.Command{
		Name:      "help",
		Aliases:   []string{"h"},
		Usage:     "show the commands, or a command's help",
		ArgsUsage: "[COMMAND]",
		HideHelp:  true,
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return cli.ShowAppHelp(c)
			}
			name := c.Args().First()
			if app.Command(name) == nil {
				return unknownCommand(app, name)
			}
			return cli.ShowCommandHelp(c, name)
		},
	}
}
