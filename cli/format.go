package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/urfave/cli/v2"
)

// formats are the values of --format, the same for every command that has
// it: table is for people (aligned columns or indented text, control
// characters escaped), json one indented JSON document, jsonl one JSON value
// per line (a row of a list, or the whole answer when it is one object).
var formats = []string{"table", "json", "jsonl"}

// formatFlag is the --format flag with its default; a value not in formats
// is a usage error that names the valid ones.
func formatFlag(def string) cli.Flag {
	return &cli.StringFlag{
		Name:  "format",
		Value: def,
		Usage: "output: " + strings.Join(formats, ", ") + " (table is for people; json one document; jsonl one value per line)",
		Action: func(_ *cli.Context, v string) error {
			if slices.Contains(formats, v) {
				return nil
			}
			msg := fmt.Sprintf("--format: %q is not one of %s", v, strings.Join(formats, ", "))
			if s := suggest(v, formats); len(s) > 0 {
				msg += ". Did you mean " + strings.Join(s, " or ") + "?"
			}
			return usageError{msg}
		},
	}
}

// format is the command's --format value, already validated.
func format(c *cli.Context) string { return c.String("format") }

// writeJSON writes v as indented JSON, HTML characters unescaped.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// writeJSONLine writes v as JSON on one line.
func writeJSONLine(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// writeList writes a list in the json or jsonl format: one indented array,
// or one element per line.
func writeList[T any](w io.Writer, format string, list []T) error {
	if format == "json" {
		if list == nil {
			list = []T{}
		}
		return writeJSON(w, list)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, v := range list {
		if err := enc.Encode(v); err != nil {
			return err
		}
	}
	return nil
}

// clean makes text from articles, stores and file names safe to print on a
// terminal: C0 and C1 control characters other than tab and newline, DEL and
// bytes that are not UTF-8 are shown as Go escapes (\x1b, \u009b, \xff), so
// that no escape sequence in an article can move the cursor, recolour or
// retitle the terminal, or hide what comes before it (\r). It is used for
// every human output kg prints: tables, kg explain, warnings and errors.
func clean(s string) string {
	i := firstUnsafe(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case unsafeRune(r) && r < 0x80:
			fmt.Fprintf(&b, `\x%02x`, r)
		case unsafeRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// firstUnsafe returns the offset of the first rune or byte clean escapes, or -1.
func firstUnsafe(s string) int {
	for i, r := range s {
		if unsafeRune(r) || r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") {
			return i
		}
	}
	return -1
}

// unsafeRune reports the control characters clean escapes.
func unsafeRune(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return false
	case r < 0x20 || r == 0x7f:
		return true
	}
	return r >= 0x80 && r <= 0x9f
}

// cleanWriter passes what is written to it through clean, for human output
// written by other packages (eval's score table). Each Write must hold whole
// UTF-8 characters, as every fmt.Fprintf call does.
type cleanWriter struct{ w io.Writer }

func (c cleanWriter) Write(p []byte) (int, error) {
	if _, err := io.WriteString(c.w, clean(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// skipped reports an input that was not processed, on stderr.
func skipped(w io.Writer, err error) {
	fmt.Fprintln(w, "kg: skipped", clean(err.Error()))
}
