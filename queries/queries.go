package queries

import (
	"embed"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strings"
)

//go:embed *.js
var files embed.FS

// Query is one canned Gizmo query.
type Query struct {
	Name        string   `json:"name"`        // file name without .js
	Params      []string `json:"params"`      // parameter names, bound as args.<name>
	Optional    int      `json:"optional"`    // how many of the last Params may be left out ("" then)
	Description string   `json:"description"` // one line
	Text        string   `json:"text"`        // the Gizmo program
}

// Usage is the query's call form, e.g. "who-represents ENTITY".
func (q Query) Usage() string {
	u := q.Name
	for i, p := range q.Params {
		if i >= len(q.Params)-q.Optional {
			u += " [" + strings.ToUpper(p) + "]"
		} else {
			u += " " + strings.ToUpper(p)
		}
	}
	return u
}

// Args binds positional values to the query's parameter names. It returns
// an error when the count does not match.
func (q Query) Args(values []string) (map[string]any, error) {
	if len(values) > len(q.Params) || len(values) < len(q.Params)-q.Optional {
		return nil, fmt.Errorf("query %s takes %d argument(s), got %d: usage: %s", q.Name, len(q.Params), len(values), q.Usage())
	}
	m := map[string]any{}
	for i, p := range q.Params {
		m[p] = ""
		if i < len(values) {
			m[p] = values[i]
		}
	}
	return m, nil
}

// Lib is the helper program run before every canned query (lib.js): it
// defines the vocabulary IRIs and functions such as nodes(name).
var Lib = mustRead("lib.js")

// header is the first line of a query file:
// "// name PARAM... [OPTIONAL]...: description".
var header = regexp.MustCompile(`^//\s*([a-z0-9-]+)((?:\s+\[?[A-Z][A-Z0-9_]*\]?)*)\s*:\s*(.+)$`)

var all = func() map[string]Query {
	m := map[string]Query{}
	names, err := fs.Glob(files, "*.js")
	if err != nil {
		panic(err)
	}
	for _, n := range names {
		if n == "lib.js" {
			continue
		}
		text := mustRead(n)
		first, _, _ := strings.Cut(text, "\n")
		h := header.FindStringSubmatch(strings.TrimSpace(first))
		name := strings.TrimSuffix(n, ".js")
		if h == nil || h[1] != name {
			panic(fmt.Sprintf("queries/%s: first line must be \"// %s PARAMS: description\"", n, name))
		}
		q := Query{Name: name, Description: strings.TrimSpace(h[3]), Text: text, Params: []string{}}
		for _, p := range strings.Fields(h[2]) {
			opt := strings.HasPrefix(p, "[")
			if !opt && q.Optional > 0 {
				panic(fmt.Sprintf("queries/%s: a required parameter follows an optional one", n))
			}
			if opt {
				q.Optional++
			}
			q.Params = append(q.Params, strings.ToLower(strings.Trim(p, "[]")))
		}
		m[name] = q
	}
	return m
}()

// List returns every canned query, sorted by name.
func List() []Query {
	out := make([]Query, 0, len(all))
	for _, q := range all {
		out = append(out, q)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Get returns the canned query with the given name.
func Get(name string) (Query, bool) {
	q, ok := all[name]
	return q, ok
}

func mustRead(name string) string {
	b, err := files.ReadFile(name)
	if err != nil {
		panic(err) // embedded at build time: cannot be missing
	}
	return string(b)
}
