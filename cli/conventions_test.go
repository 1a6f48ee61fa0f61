package cli_test

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/extract"
)

// The command-line conventions of git, go and kubectl (issue 14).

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"--version"}, {"-v"}, {"version"}} {
		out, errs, code := run(t, "", args...)
		if code != 0 || errs != "" {
			t.Fatalf("kg %s: exit %d, stderr %q", args[0], code, errs)
		}
		for _, want := range []string{"kg version ", "extraction rules " + extract.Version, runtime.Version()} {
			if !strings.Contains(out, want) {
				t.Errorf("kg %s: %q lacks %q", args[0], out, want)
			}
		}
		if strings.Count(out, "\n") != 1 {
			t.Errorf("kg %s: want one line, got %q", args[0], out)
		}
	}
	out, _, code := run(t, "", "version", "--format", "json")
	var v map[string]any
	if err := json.Unmarshal([]byte(out), &v); code != 0 || err != nil {
		t.Fatalf("version --format json: exit %d, %v: %s", code, err, out)
	}
	if v["rules"] != extract.Version || v["version"] == "" || v["go"] != runtime.Version()+" "+runtime.GOOS+"/"+runtime.GOARCH {
		t.Errorf("version --format json: %v", v)
	}
}

// usageCase is a mistaken command line: exit 2, nothing on stdout, and on
// stderr one line saying what is wrong and one hint.
type usageCase struct {
	name string
	args []string
	want string // the first line of stderr
	hint string
}

func checkUsage(t *testing.T, tc usageCase) {
	t.Helper()
	out, errs, code := run(t, "", tc.args...)
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	if out != "" {
		t.Errorf("stdout %q, want nothing (no help on stdout)", out)
	}
	lines := strings.Split(strings.TrimSuffix(errs, "\n"), "\n")
	if len(lines) != 2 || lines[0] != "kg: "+tc.want || lines[1] != tc.hint {
		t.Errorf("stderr:\n%s\nwant:\nkg: %s\n%s", errs, tc.want, tc.hint)
	}
}

func TestUsageErrorsAreOneLineAndAHint(t *testing.T) {
	db := buildSeeds(t)
	for _, tc := range []usageCase{
		{"unknown command", []string{"biuld", "x"}, "'biuld' is not a kg command. Did you mean 'build'?", "run 'kg --help' for usage"},
		{"unknown command, two close", []string{"exprot"}, "'exprot' is not a kg command. Did you mean 'export'?", "run 'kg --help' for usage"},
		{"unknown command, nothing close", []string{"frobnicate"}, "'frobnicate' is not a kg command.", "run 'kg --help' for usage"},
		{"help on an unknown command", []string{"help", "qeury"}, "'qeury' is not a kg command. Did you mean 'query'?", "run 'kg --help' for usage"},
		{"unknown root flag", []string{"--frob"}, "unknown flag --frob", "run 'kg --help' for usage"},
		{"unknown flag", []string{"build", "--frob", "x"}, "unknown flag --frob", "run 'kg build --help' for usage"},
		{"unknown flag after the arguments", []string{"build", "x", "--frob"}, "unknown flag --frob", "run 'kg build --help' for usage"},
		{"mistyped flag", []string{"query", "--formt", "table", "people"}, "unknown flag --formt. Did you mean '--format'?", "run 'kg query --help' for usage"},
		{"flag without its value", []string{"query", "--limit"}, "flag needs an argument: --limit", "run 'kg query --help' for usage"},
		{"missing argument", []string{"build"}, "build: name at least one PATH (a file, a directory or - for stdin)", "run 'kg build --help' for usage"},
		{"mistyped canned query", []string{"query", "--db", db, "who-represent", "Russia"},
			`query: "who-represent" is not a canned query. Did you mean 'who-represents'? (kg query --list)`, "run 'kg query --help' for usage"},
		{"mistyped canned query without args", []string{"query", "--db", db, "peple"},
			`query: "peple" is not a canned query. Did you mean 'people'? (kg query --list)`, "run 'kg query --help' for usage"},
		{"not a query at all", []string{"query", "--db", db, "nonsense"},
			`query: "nonsense" is neither a canned query (kg query --list) nor a Gizmo query`, "run 'kg query --help' for usage"},
	} {
		t.Run(tc.name, func(t *testing.T) { checkUsage(t, tc) })
	}
	// The control: help asked for is help, on stdout, exit 0.
	out, errs, code := run(t, "", "build", "--help")
	if code != 0 || errs != "" || !strings.Contains(out, "USAGE:") {
		t.Errorf("build --help: exit %d, stderr %q, stdout %q", code, errs, out)
	}
	for _, args := range [][]string{{"help", "query"}, {"query", "--help"}, {"query", "-h"}, {"query", "people", "--help"}} {
		if out, errs, code := run(t, "", args...); code != 0 || errs != "" || !strings.Contains(out, "kg query [command options]") {
			t.Errorf("%v: exit %d: %s %s", args, code, out, errs)
		}
	}
	for _, args := range [][]string{{}, {"help"}, {"--help"}, {"-h"}} {
		if out, errs, code := run(t, "", args...); code != 0 || errs != "" || !strings.Contains(out, "COMMANDS:") {
			t.Errorf("%v: exit %d: %s %s", args, code, out, errs)
		}
	}
	// A Gizmo query is never mistaken for a mistyped canned query.
	if out, errs, code := run(t, "", "query", "--db", db, `g.V("<urn:kg:place/russia>").all()`); code != 0 || !strings.Contains(out, "russia") {
		t.Errorf("gizmo query: exit %d: %s %s", code, out, errs)
	}
}

// TestFormat checks that --format takes the same values everywhere, that
// json and jsonl are JSON with lowercase names, and that a wrong value is a
// usage error naming the right ones.
func TestFormat(t *testing.T) {
	db := buildSeeds(t)
	article := "../testdata/articles/001_377cc3d36c249b0d.txt"
	commands := []struct {
		name string
		args []string
		list bool // jsonl prints several lines
		slow bool // only json: its table is tested elsewhere, its jsonl is json on one line
	}{
		{"query", []string{"query", "--db", db, "people"}, true, false},
		{"query --list", []string{"query", "--list"}, true, false},
		{"stats", []string{"stats", "--db", db}, false, false},
		{"explain", []string{"explain", "--db", db, "Grushko"}, true, false},
		{"eval", []string{"eval", "--gold", "../testdata/gold", article}, false, true},
		{"extract", []string{"extract", article}, false, false},
		{"version", []string{"version"}, false, false},
	}
	for _, c := range commands {
		t.Run(c.name, func(t *testing.T) {
			checkUsage(t, usageCase{"", append(c.args, "--format", "xml"),
				`--format: "xml" is not one of table, json, jsonl`, "run 'kg " + c.args[0] + " --help' for usage"})
			checkUsage(t, usageCase{"", append(c.args, "--format", "josn"),
				`--format: "josn" is not one of table, json, jsonl. Did you mean json?`, "run 'kg " + c.args[0] + " --help' for usage"})

			out, errs, code := run(t, "", append(c.args, "--format", "json")...)
			if code != 0 {
				t.Fatalf("json: exit %d: %s", code, errs)
			}
			var v any
			if err := json.Unmarshal([]byte(out), &v); err != nil {
				t.Fatalf("json: %v:\n%s", err, out)
			}
			checkLowercase(t, v)
			if c.slow {
				return
			}

			out, errs, code = run(t, "", append(c.args, "--format", "jsonl")...)
			if code != 0 {
				t.Fatalf("jsonl: exit %d: %s", code, errs)
			}
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			if c.list != (len(lines) > 1) {
				t.Errorf("jsonl: %d lines", len(lines))
			}
			for _, l := range lines {
				if err := json.Unmarshal([]byte(l), &v); err != nil {
					t.Fatalf("jsonl: %v: %s", err, l)
				}
				checkLowercase(t, v)
			}

			out, errs, code = run(t, "", append(c.args, "--format", "table")...)
			if code != 0 || out == "" || strings.HasPrefix(out, "{") || strings.HasPrefix(out, "[") {
				t.Errorf("table: exit %d, stderr %s:\n%s", code, errs, out)
			}
		})
	}
}

// checkLowercase fails when a JSON object's field name starts with an upper
// case letter; map keys that are data (entity types, predicates) are
// allowed under "types", "entities" and "predicates".
func checkLowercase(t *testing.T, v any) {
	t.Helper()
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			checkLowercase(t, x)
		}
	case map[string]any:
		for k, x := range v {
			if k != "" && k[0] >= 'A' && k[0] <= 'Z' {
				t.Errorf("JSON field %q is not lowercase", k)
			}
			if k == "types" || k == "entities" || k == "predicates" || k == "facts" {
				if m, ok := x.(map[string]any); ok {
					for _, y := range m {
						checkLowercase(t, y)
					}
					continue
				}
			}
			checkLowercase(t, x)
		}
	}
}

func TestTableShowsIDsWhenRowsOnlyHaveIDs(t *testing.T) {
	db := buildSeeds(t)
	out, errs, code := run(t, "", "query", "--db", db, "--format", "table", `g.V("<urn:kg:place/russia>", "<urn:kg:place/geneva>").all()`)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"ID\n", "<urn:kg:place/russia>\n", "<urn:kg:place/geneva>\n", "(2 rows)"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	// Rows with more than an id keep the id out of the table.
	out, _, _ = run(t, "", "query", "--db", db, "--format", "table", "who-represents", "Russia")
	if strings.Contains(out, "urn:kg:") || !strings.Contains(out, "Alexander Grushko") {
		t.Errorf("who-represents table:\n%s", out)
	}
}

func TestQueryFileWithArgs(t *testing.T) {
	db := buildSeeds(t)
	file := filepath.Join(t.TempDir(), "rep.js")
	write(t, file, `g.V(nodes(args.who)[0]).out(P.represents).out(P.name).all()`)
	out, errs, code := run(t, "", "query", "--db", db, "-f", file, "--arg", "who=Grushko")
	if code != 0 || !strings.Contains(out, `"id": "Russia"`) {
		t.Fatalf("query -f --arg: exit %d: %s %s", code, out, errs)
	}
	// Several args, an inline query, and a value that would break the query
	// if it were pasted into it: it is data, so it simply matches nothing.
	both := `g.V(nodes(args.who)[0]).out(P.represents).out(P.name).is(args.where).all()`
	out, errs, code = run(t, "", "query", "--db", db, "--arg", "who=Grushko", "--arg", "where=Russia", both)
	if code != 0 || !strings.Contains(out, `"id": "Russia"`) {
		t.Errorf("two args: exit %d: %s %s", code, out, errs)
	}
	named := `g.V().has(P.name, args.who).all()`
	out, errs, code = run(t, "", "query", "--db", db, "--arg", "who=Alexander Grushko", named)
	if code != 0 || !strings.Contains(out, "urn:kg:person/alexander-grushko") {
		t.Errorf("has(P.name, args.who): exit %d: %s %s", code, out, errs)
	}
	out, errs, code = run(t, "", "query", "--db", db, "--arg", `who=Alexander Grushko").all(); g.V("<urn:kg:place/russia>`, named)
	if code != 0 || strings.TrimSpace(out) != "[]" {
		t.Errorf("injection attempt: exit %d: %s %s", code, out, errs)
	}
	for _, tc := range []usageCase{
		{"no =", []string{"query", "--db", db, "-f", file, "--arg", "who"}, `--arg "who": want NAME=VALUE, NAME a JavaScript identifier (letters, digits, _)`, "run 'kg query --help' for usage"},
		{"bad name", []string{"query", "--db", db, "-f", file, "--arg", "a-b=1"}, `--arg "a-b=1": want NAME=VALUE, NAME a JavaScript identifier (letters, digits, _)`, "run 'kg query --help' for usage"},
		{"twice", []string{"query", "--db", db, "-f", file, "--arg", "who=a", "--arg", "who=b"}, `--arg: who given twice`, "run 'kg query --help' for usage"},
		{"canned query", []string{"query", "--db", db, "--arg", "entity=Russia", "who-represents"}, `query: who-represents takes its arguments in order (who-represents ENTITY), not as --arg`, "run 'kg query --help' for usage"},
	} {
		t.Run(tc.name, func(t *testing.T) { checkUsage(t, tc) })
	}
}

func TestCompletion(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	out, errs, code := run(t, "", "completion", "bash")
	if code != 0 {
		t.Fatalf("completion bash: exit %d: %s", code, errs)
	}
	script := filepath.Join(t.TempDir(), "kg.bash")
	write(t, script, out)
	if b, err := shell(bash, "-n", script); err != nil {
		t.Fatalf("bash -n: %v: %s", err, b)
	}
	words := strings.FieldsFunc(out, func(r rune) bool { return r == ' ' || r == '"' || r == '\n' || r == '|' || r == ')' })
	for _, cmd := range []string{"build", "extract", "query", "explain", "export", "import", "stats", "remove", "eval", "serve", "version", "completion"} {
		if !slices.Contains(words, cmd) {
			t.Errorf("the bash script does not name %s", cmd)
		}
	}
	// What the script completes, asked as bash asks it.
	for _, tc := range []struct {
		line string // the words typed; the last one is being completed
		want string // COMPREPLY, sorted, space-separated
	}{
		{"kg qu", "query"},
		{"kg ex", "explain export extract"},
		{"kg query who", "who-represents"},
		{"kg query --format table ti", "timeline"},
		{"kg query who-represents R", ""}, // an entity: no fixed list
		{"kg query --fo", "--format"},
		{"kg stats --format j", "json jsonl"},
		{"kg build --backend p", "postgres"},
		{"kg completion ", "bash fish zsh"},
		{"kg query --limit ", ""},
	} {
		t.Run(tc.line, func(t *testing.T) {
			words := strings.Fields(tc.line)
			if strings.HasSuffix(tc.line, " ") {
				words = append(words, "")
			}
			var quoted []string
			for _, w := range words {
				quoted = append(quoted, "'"+w+"'")
			}
			prog := "source " + script + "\nCOMP_WORDS=(" + strings.Join(quoted, " ") + ")\nCOMP_CWORD=" +
				strconv.Itoa(len(words)-1) + "\n_kg_complete\nprintf '%s\\n' \"${COMPREPLY[@]}\" | sort | tr '\\n' ' '\n"
			b, err := shell(bash, "--norc", "--noprofile", "-c", prog)
			if err != nil {
				t.Fatalf("%v: %s", err, b)
			}
			if got := strings.TrimSpace(string(b)); got != tc.want {
				t.Errorf("completes %q, want %q", got, tc.want)
			}
		})
	}
	// zsh and fish check their scripts' syntax when they are installed.
	home := t.TempDir() // fish makes its directories in $HOME/.config and .local
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	t.Setenv("XDG_DATA_HOME", filepath.Join(home, ".local", "share"))
	for _, sh := range []string{"zsh", "fish"} {
		t.Run(sh, func(t *testing.T) {
			out, errs, code := run(t, "", "completion", sh)
			if code != 0 || !strings.Contains(out, "who-represents") || !strings.Contains(out, "jsonl") {
				t.Fatalf("completion %s: exit %d: %s\n%s", sh, code, errs, out)
			}
			path, err := exec.LookPath(sh)
			if err != nil {
				if os.Getenv("CI") != "" {
					t.Fatalf("no %s to check the script's syntax (.ci/run installs it)", sh)
				}
				t.Skipf("no %s to check the script's syntax", sh)
			}
			f := filepath.Join(t.TempDir(), "kg."+sh)
			write(t, f, out)
			if b, err := shell(path, "-n", f); err != nil {
				t.Fatalf("%s -n: %v: %s", sh, err, b)
			}
			// Loaded, the script registers kg's completion; fish can be asked directly.
			check := map[string]string{
				"zsh":  "compdef() { print compdef $* }; source " + f, // compinit's compdef, as the script calls it
				"fish": "source " + f + "; complete -C 'kg query who'; complete -C 'kg stats --format j'",
			}[sh]
			want := map[string]string{"zsh": "compdef _kg kg", "fish": "who-represents\njson\njsonl"}[sh]
			b, err := shell(path, "-c", check)
			if got := strings.TrimSpace(string(b)); err != nil || got != want {
				t.Errorf("%s: %v: got %q, want %q", sh, err, got, want)
			}
		})
	}
	checkUsage(t, usageCase{"", []string{"completion", "bsh"}, `completion: "bsh" is not one of bash, zsh, fish. Did you mean bash or zsh?`, "run 'kg completion --help' for usage"})
}

// shell runs a shell, for at most 30 seconds.
func shell(name string, args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.WaitDelay = time.Second // a child left holding the output pipe does not hang the test
	return cmd.CombinedOutput()
}

// TestEvalFindsItsGold runs kg eval from cli/, not from the repository's
// root: the default gold is found from the articles' path.
func TestEvalFindsItsGold(t *testing.T) {
	article := "../testdata/articles/002_f0034837bb340f16.txt"
	// An article without gold, whose id has an escape sequence: the table
	// names it, escaped.
	evil := filepath.Join(t.TempDir(), "evil.jsonl")
	write(t, evil, `{"id":"evil-1\u001b]0;owned\u0007","text":"Jens Stoltenberg spoke in Brussels."}`+"\n")
	out, errs, code := run(t, "", "eval", article, evil)
	if code != 0 || !strings.Contains(out, "1 documents scored") {
		t.Fatalf("eval from cli/: exit %d\n%s\n%s", code, out, errs)
	}
	if !strings.Contains(out, `ignored, no gold: evil-1\x1b]0;owned\x07`) || strings.ContainsAny(out, "\x1b\x07") {
		t.Errorf("eval does not name the ignored article, escaped:\n%q", out)
	}
	if want := "kg: gold annotations from " + mustAbs(t, "../testdata/gold") + "\n"; !strings.Contains(errs, want) {
		t.Errorf("stderr %q lacks %q", errs, want)
	}
	// Articles with no gold anywhere above them: the error says where kg looked.
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a", "x.txt"), articleB)
	out, errs, code = run(t, "", "eval", filepath.Join(dir, "a"))
	if code != 1 || out != "" {
		t.Errorf("eval without gold: exit %d, stdout %q", code, out)
	}
	for _, want := range []string{"no gold annotations", filepath.Join(dir, "a", "gold"), filepath.Join(dir, "a", "testdata", "gold"),
		filepath.Join(dir, "gold"), filepath.Join("testdata", "gold"), "--gold DIR"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
}

func mustAbs(t *testing.T, p string) string {
	t.Helper()
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestControlCharactersEscaped feeds articles with terminal escape
// sequences (C0 ESC and BEL, C1 CSI) in their text, headline and file name,
// and checks that no human output passes them to the terminal raw.
func TestControlCharactersEscaped(t *testing.T) {
	dir := t.TempDir()
	evil := "\x1b]0;owned\x07\x1b[2J\u009b31m"
	jsonl := filepath.Join(dir, "feed.jsonl")
	rec, _ := json.Marshal(map[string]string{"id": "evil-1" + evil, "title": "Talks" + evil, "published": "2022-01-12",
		"text": "NATO Secretary General Jens Stoltenberg met Russian Deputy Foreign Minister Alexander Grushko" + evil + " in Brussels on Monday."})
	write(t, jsonl, string(rec)+"\n")
	badName := filepath.Join(dir, "empty"+evil+".txt")
	write(t, badName, "")
	db := filepath.Join(dir, "kg.db")
	human := map[string][2]string{}
	out, errs, _ := run(t, "", "build", "--db", db, "--quiet", jsonl, badName)
	human["build"] = [2]string{out, errs}
	if !strings.Contains(errs, `kg: skipped `) || !strings.Contains(errs, `empty\x1b]0;owned\x07\x1b[2J\u009b31m.txt`) {
		t.Errorf("the skipped file is not named, escaped:\n%q", errs)
	}
	out, errs, _ = run(t, "", "query", "--db", db, "--format", "table", "articles")
	human["query articles"] = [2]string{out, errs}
	if !strings.Contains(out, `Talks\x1b]0;owned\x07\x1b[2J\u009b31m`) {
		t.Errorf("headline not shown escaped:\n%s", out)
	}
	out, errs, _ = run(t, "", "explain", "--db", db, "Grushko")
	human["explain"] = [2]string{out, errs}
	if !strings.Contains(out, `Grushko\x1b]0;owned\x07\x1b[2J\u009b31m in Brussels`) {
		t.Errorf("sentence not shown escaped:\n%s", out)
	}
	out, errs, _ = run(t, "", "query", "--db", db, "--format", "table", `g.V("`+evil+`").all()`)
	human["query with an evil id"] = [2]string{out, errs}
	out, errs, _ = run(t, "", "remove", "--db", db, "nope"+evil)
	human["remove"] = [2]string{out, errs}

	for name, o := range human {
		for _, s := range o {
			if i := strings.IndexAny(s, "\x1b\x07\u009b\r"); i >= 0 {
				t.Errorf("%s printed a control character raw: %q", name, s)
			}
		}
	}
	// The control: programs still get the text as it is, in JSON.
	out, _, _ = run(t, "", "query", "--db", db, "--format", "jsonl", "articles")
	var row map[string]any
	if err := json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &row); err != nil || row["headline"] != "Talks"+evil {
		t.Errorf("JSON headline %q (%v)", row["headline"], err)
	}
}

// TestPasswordsNeverPrinted asks for a PostgreSQL store at a port where no
// server listens: the error names the store, without its password.
func TestPasswordsNeverPrinted(t *testing.T) {
	for _, db := range []string{
		"postgres://kg:s3cret@127.0.0.1:1/kg?sslmode=disable&connect_timeout=2",
		"postgresql://kg@127.0.0.1:1/kg?password=s3cret&sslmode=disable&connect_timeout=2",
		"cockroach://kg:s3cret@127.0.0.1:1/kg?sslmode=disable&connect_timeout=2",
	} {
		for _, args := range [][]string{{"stats", "--db", db}, {"explain", "--db", db, "x"}} {
			out, errs, code := run(t, "", args...)
			if code == 0 {
				t.Fatalf("%v: exit 0", args)
			}
			if strings.Contains(out+errs, "s3cret") {
				t.Errorf("%v printed the password:\n%s%s", args, out, errs)
			}
			if !strings.Contains(errs, "127.0.0.1:1") || !strings.Contains(errs, "***") {
				t.Errorf("%v: the error does not name the store, masked:\n%s", args, errs)
			}
		}
	}
	// kg build opens the store after loading the extractor: once is enough.
	_, errs, code := run(t, "", "build", "--db", "postgres://kg:s3cret@127.0.0.1:1/kg?sslmode=disable", "x.txt")
	if code == 0 || strings.Contains(errs, "s3cret") || !strings.Contains(errs, "postgres://kg:***@127.0.0.1:1/kg") {
		t.Errorf("build: exit %d:\n%s", code, errs)
	}
}
