package cli

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/queries"
)

var shells = []string{"bash", "zsh", "fish"}

func completionCommand(env Env) *cli.Command {
	return &cli.Command{
		Name:      "completion",
		Usage:     "print a shell completion script for bash, zsh or fish",
		ArgsUsage: "bash|zsh|fish",
		Description: `Completes commands, flags, --format and --backend values, canned query names and, where
a command takes files, file names. The script lists what this kg has: print it again after
upgrading kg.

Examples:
   source <(kg completion bash)                     # this shell; add it to ~/.bashrc to keep it
   kg completion bash > ~/.local/share/bash-completion/completions/kg
   kg completion zsh > "${fpath[1]}/_kg"            # then restart zsh
   kg completion fish > ~/.config/fish/completions/kg.fish`,
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usagef("completion: name one shell: %s", strings.Join(shells, ", "))
			}
			comp := completionsOf(c.App)
			switch sh := c.Args().First(); sh {
			case "bash":
				return comp.bash(env.Stdout)
			case "zsh":
				return comp.zsh(env.Stdout)
			case "fish":
				s, err := c.App.ToFishCompletion()
				if err != nil {
					return fmt.Errorf("fish completion: %w", err)
				}
				if _, err := io.WriteString(env.Stdout, s); err != nil {
					return err
				}
				return comp.fishExtra(env.Stdout)
			default:
				msg := fmt.Sprintf("completion: %q is not one of %s", sh, strings.Join(shells, ", "))
				if s := suggest(sh, shells); len(s) > 0 {
					msg += ". Did you mean " + strings.Join(s, " or ") + "?"
				}
				return usageError{msg}
			}
		},
	}
}

// completions is what the scripts complete, read from the app.
type completions struct {
	commands []cmdCompletion
	// valued are the flags that take a value; files those whose value is a path.
	valued, files []string
	values        map[string][]string // a flag's values, by flag ("--format")
}

type cmdCompletion struct {
	names []string
	usage string
	flags []string // every spelling: --format, -f
	args  []string // the first argument's values, if they are a fixed list
}

func completionsOf(app *cli.App) completions {
	comp := completions{values: map[string][]string{
		"--format":  formats,
		"--backend": {graph.Bolt, graph.LevelDB, graph.Postgres, graph.Cockroach, graph.Memory},
	}}
	var names []string
	for _, c := range app.VisibleCommands() {
		names = append(names, c.Name)
	}
	for _, c := range app.VisibleCommands() {
		cc := cmdCompletion{names: c.Names(), usage: c.Usage}
		for _, f := range append(slices.Clone(c.Flags), cli.HelpFlag) {
			takesValue := false
			if df, ok := f.(cli.DocGenerationFlag); ok {
				takesValue = df.TakesValue()
			}
			file := false
			switch f := f.(type) {
			case *cli.StringFlag:
				file = f.TakesFile
			case *cli.PathFlag:
				file = f.TakesFile
			}
			for _, n := range f.Names() {
				n = dashes(n)
				if slices.Contains(cc.flags, n) {
					continue
				}
				cc.flags = append(cc.flags, n)
				if takesValue && !slices.Contains(comp.valued, n) {
					comp.valued = append(comp.valued, n)
				}
				if file && !slices.Contains(comp.files, n) {
					comp.files = append(comp.files, n)
				}
			}
		}
		switch c.Name {
		case "query":
			for _, q := range queries.List() {
				cc.args = append(cc.args, q.Name)
			}
		case "completion":
			cc.args = shells
		case "help":
			cc.args = names
		}
		comp.commands = append(comp.commands, cc)
	}
	return comp
}

func (comp completions) commandNames() []string {
	var out []string
	for _, c := range comp.commands {
		out = append(out, c.names...)
	}
	return out
}

// bash writes the bash script. Without a match it leaves COMPREPLY empty,
// and "complete -o default" then completes file names.
func (comp completions) bash(w io.Writer) error {
	var b strings.Builder
	b.WriteString(`# bash completion for kg, printed by "kg completion bash". Load it with
#   source <(kg completion bash)
# or save it as ~/.local/share/bash-completion/completions/kg.
_kg_complete() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
    local cmd="" nargs=0 i w flags="" args=""
    COMPREPLY=()
    for ((i = 1; i < COMP_CWORD; i++)); do
        w=${COMP_WORDS[i]}
        if [[ -z $cmd ]]; then
            [[ $w == -* ]] || cmd=$w
            continue
        fi
        case $w in
            -*) ;;
            *)
                case ${COMP_WORDS[i-1]} in
                    ` + strings.Join(comp.valued, "|") + `) ;;
                    *) ((nargs++)) ;;
                esac ;;
        esac
    done
    if [[ -z $cmd ]]; then
        COMPREPLY=($(compgen -W "` + strings.Join(comp.commandNames(), " ") + ` --help --version" -- "$cur"))
        return 0
    fi
    case $prev in
`)
	for _, flag := range sortedKeys(comp.values) {
		fmt.Fprintf(&b, "        %s) COMPREPLY=($(compgen -W %q -- \"$cur\")); return 0 ;;\n", flag, strings.Join(comp.values[flag], " "))
	}
	b.WriteString(`        ` + strings.Join(comp.valued, "|") + `) return 0 ;;
    esac
    case $cmd in
`)
	for _, c := range comp.commands {
		fmt.Fprintf(&b, "        %s) flags=%q", strings.Join(c.names, "|"), strings.Join(c.flags, " "))
		if len(c.args) > 0 {
			fmt.Fprintf(&b, " args=%q", strings.Join(c.args, " "))
		}
		b.WriteString(" ;;\n")
	}
	b.WriteString(`    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$flags" -- "$cur"))
    elif [[ -n $args && $nargs -eq 0 ]]; then
        COMPREPLY=($(compgen -W "$args" -- "$cur"))
    fi
    return 0
}
complete -o default -F _kg_complete kg
`)
	_, err := io.WriteString(w, b.String())
	return err
}

// zsh writes the zsh script, which works both sourced and as an autoloaded
// _kg in $fpath.
func (comp completions) zsh(w io.Writer) error {
	var b strings.Builder
	b.WriteString(`#compdef kg
# zsh completion for kg, printed by "kg completion zsh". Load it with
#   source <(kg completion zsh)
# or save it as _kg in a directory of your $fpath.
_kg() {
    local cur=${words[CURRENT]} prev=${words[CURRENT-1]} cmd="" i nargs=0
    local -a cmds flags cargs
    cmds=(
`)
	for _, c := range comp.commands {
		for _, n := range c.names {
			fmt.Fprintf(&b, "        %s\n", zshQuote(n+":"+c.usage))
		}
	}
	b.WriteString(`    )
    for ((i = 2; i < CURRENT; i++)); do
        if [[ -z $cmd ]]; then
            [[ ${words[i]} == -* ]] || cmd=${words[i]}
            continue
        fi
        if [[ ${words[i]} != -* ]]; then
            case ${words[i-1]} in
                ` + strings.Join(comp.valued, "|") + `) ;;
                *) ((nargs++)) ;;
            esac
        fi
    done
    if [[ -z $cmd ]]; then
        _describe 'kg command' cmds
        return
    fi
    case $prev in
`)
	for _, flag := range sortedKeys(comp.values) {
		fmt.Fprintf(&b, "        %s) compadd -- %s; return ;;\n", flag, strings.Join(comp.values[flag], " "))
	}
	if len(comp.files) > 0 {
		b.WriteString("        " + strings.Join(comp.files, "|") + ") _files; return ;;\n")
	}
	b.WriteString(`        ` + strings.Join(comp.valued, "|") + `) return ;;
    esac
    case $cmd in
`)
	for _, c := range comp.commands {
		fmt.Fprintf(&b, "        %s) flags=(%s)", strings.Join(c.names, "|"), strings.Join(c.flags, " "))
		if len(c.args) > 0 {
			fmt.Fprintf(&b, " cargs=(%s)", strings.Join(c.args, " "))
		}
		b.WriteString(" ;;\n")
	}
	b.WriteString(`    esac
    if [[ $cur == -* ]]; then
        compadd -- $flags
    elif (( ${#cargs} && nargs == 0 )); then
        compadd -- $cargs
    else
        _files
    fi
}
if [[ $funcstack[1] == _kg ]]; then
    _kg "$@"
else
    compdef _kg kg
fi
`)
	_, err := io.WriteString(w, b.String())
	return err
}

// fishExtra adds to urfave/cli's fish script what it does not know: the
// values of --format and --backend and the commands' fixed arguments.
func (comp completions) fishExtra(w io.Writer) error {
	var b strings.Builder
	b.WriteString("\n# values kg knows (added by kg completion fish)\n")
	for _, flag := range sortedKeys(comp.values) {
		fmt.Fprintf(&b, "complete -c kg -l %s -x -a %s\n", strings.TrimPrefix(flag, "--"), fishQuote(strings.Join(comp.values[flag], " ")))
	}
	for _, c := range comp.commands {
		if len(c.args) > 0 {
			fmt.Fprintf(&b, "complete -c kg -n %s -f -a %s\n", fishQuote("__fish_seen_subcommand_from "+c.names[0]), fishQuote(strings.Join(c.args, " ")))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// zshQuote quotes s for zsh in single quotes.
func zshQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

// fishQuote quotes s for fish in single quotes.
func fishQuote(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, "'", `\'`).Replace(s) + "'"
}
