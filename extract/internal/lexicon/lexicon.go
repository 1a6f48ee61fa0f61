// Package lexicon reads kg's word lists: every list the extractor consults
// (titles and their kinds, organisation head nouns, speech, meeting and
// employment verbs, non-entities, places, outlets, given names, ...) is a
// data file in data/, in one format, read and checked by one loader.
//
// # Format
//
// A file is UTF-8 text, one entry a line. Lines starting with "#" are
// comments, blank lines are ignored. Two comment lines are required:
//
//	# source: where the words come from
//	# columns: word | tags | expansion?
//
// The columns line names the fields of an entry, separated by "|". A name
// ending in "?" is optional (it and every column after it may be left
// out); one ending in "*" holds a list separated by ";"; the column named
// "tags" holds space-separated tags, each declared in a line
//
//	# tags: core employee occupation
//
// An entry's fields are separated by "|" and trimmed; the first field is
// its key and is unique in the file. Load reports every line that breaks
// these rules as "data/FILE:LINE: what is wrong".
//
// The package imports nothing of kg: it is the bottom layer of extract.
package lexicon

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"
)

//go:embed data/*.txt
var dataFS embed.FS

// Row is one entry of a file.
type Row struct {
	Line   int      // 1-based line number in the file
	Fields []string // trimmed; as many as the line gives (at least the required columns)
}

// Field returns field i, or "" if the row leaves it out.
func (r Row) Field(i int) string {
	if i < len(r.Fields) {
		return r.Fields[i]
	}
	return ""
}

// List returns field i split at ";" and trimmed; nil if it is left out or empty.
func (r Row) List(i int) []string {
	f := r.Field(i)
	if f == "" {
		return nil
	}
	parts := strings.Split(f, ";")
	for k := range parts {
		parts[k] = strings.TrimSpace(parts[k])
	}
	return parts
}

// File is one data file.
type File struct {
	Name    string // base name, e.g. "titles.txt"
	Source  string // the "# source:" line
	Columns []string
	Tags    []string // declared tags, sorted
	Rows    []Row

	tagCol int // index of the tags column, -1 if none
}

// Tagged reports whether row r carries tag.
func (f *File) Tagged(r Row, tag string) bool {
	if f.tagCol < 0 {
		return false
	}
	return slices.Contains(strings.Fields(r.Field(f.tagCol)), tag)
}

// Lexicon is every data file, by base name.
type Lexicon struct {
	files map[string]*File
}

// Default loads the lexicon compiled into the binary (package data/).
// Its error names each bad line as "data/FILE:LINE: ...".
func Default() (*Lexicon, error) {
	sub, err := fs.Sub(dataFS, "data")
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	return Load(sub, "data")
}

// Load reads every *.txt file at the top of fsys. dir is how errors name
// the directory ("data/titles.txt:12: ..."). The error joins one error per
// bad line or file; the lexicon returned with it holds the good rows.
func Load(fsys fs.FS, dir string) (*Lexicon, error) {
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil {
		return nil, fmt.Errorf("lexicon %s: %w", dir, err)
	}
	sort.Strings(names)
	lx := &Lexicon{files: map[string]*File{}}
	var errs []error
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, fmt.Errorf("read %s: %w", path.Join(dir, name), err))
			continue
		}
		f, ferrs := parse(path.Join(dir, name), string(b))
		f.Name = name
		lx.files[name] = f
		errs = append(errs, ferrs...)
	}
	return lx, errors.Join(errs...)
}

// parse reads one file; where names it in errors.
func parse(where, text string) (*File, []error) {
	f := &File{tagCol: -1}
	var errs []error
	bad := func(line int, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s:%d: %s", where, line, fmt.Sprintf(format, args...)))
	}
	required := 0
	declared := map[string]bool{}
	seen := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if c, ok := strings.CutPrefix(line, "#"); ok {
			c = strings.TrimSpace(c)
			switch {
			case strings.HasPrefix(c, "source:"):
				f.Source = strings.TrimSpace(strings.TrimPrefix(c, "source:"))
			case strings.HasPrefix(c, "columns:"):
				if f.Columns != nil {
					bad(n, "a second columns line")
					continue
				}
				for i, col := range strings.Split(strings.TrimPrefix(c, "columns:"), "|") {
					col = strings.TrimSpace(col)
					if col == "" {
						bad(n, "empty column name")
					}
					if name := strings.TrimRight(col, "?*"); name == "tags" {
						f.tagCol = i
					}
					if !strings.HasSuffix(col, "?") && required == i {
						required = i + 1
					}
					f.Columns = append(f.Columns, col)
				}
			case strings.HasPrefix(c, "tags:"):
				for _, t := range strings.Fields(strings.TrimPrefix(c, "tags:")) {
					declared[t] = true
					f.Tags = append(f.Tags, t)
				}
			}
			continue
		}
		if f.Columns == nil {
			bad(n, "entry before the \"# columns:\" line")
			continue
		}
		fields := strings.Split(line, "|")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		if len(fields) < required || len(fields) > len(f.Columns) {
			bad(n, "%d fields, want %s (%s)", len(fields), count(required, len(f.Columns)), strings.Join(f.Columns, " | "))
			continue
		}
		ok := true
		for i := 0; i < required; i++ {
			if fields[i] == "" {
				bad(n, "empty %s", f.Columns[i])
				ok = false
			}
		}
		if f.tagCol >= 0 && f.tagCol < len(fields) {
			for _, t := range strings.Fields(fields[f.tagCol]) {
				if !declared[t] {
					bad(n, "tag %q is not declared in a \"# tags:\" line", t)
					ok = false
				}
			}
		}
		if first, dup := seen[fields[0]]; dup {
			bad(n, "%q is already at line %d", fields[0], first)
			ok = false
		}
		if !ok {
			continue
		}
		seen[fields[0]] = n
		f.Rows = append(f.Rows, Row{Line: n, Fields: fields})
	}
	if f.Source == "" {
		bad(1, "no \"# source:\" line saying where the words come from")
	}
	if f.Columns == nil {
		bad(1, "no \"# columns:\" line")
	}
	sort.Strings(f.Tags)
	return f, errs
}

func count(lo, hi int) string {
	if lo == hi {
		return fmt.Sprint(lo)
	}
	return fmt.Sprintf("%d to %d", lo, hi)
}

// File returns the named file, or an empty one if the lexicon has none of
// that name (Check reports it).
func (l *Lexicon) File(name string) *File {
	if f := l.files[name]; f != nil {
		return f
	}
	return &File{Name: name, tagCol: -1}
}

// Set returns the keys of the file's entries that carry tag, or of every
// entry if tag is "".
func (l *Lexicon) Set(file, tag string) map[string]bool {
	f := l.File(file)
	out := map[string]bool{}
	for _, r := range f.Rows {
		if tag == "" || f.Tagged(r, tag) {
			out[r.Fields[0]] = true
		}
	}
	return out
}

// Map returns key -> field col of the file's entries that carry tag (of
// every entry if tag is "") and give that field.
func (l *Lexicon) Map(file, tag string, col int) map[string]string {
	f := l.File(file)
	out := map[string]string{}
	for _, r := range f.Rows {
		if (tag == "" || f.Tagged(r, tag)) && r.Field(col) != "" {
			out[r.Fields[0]] = r.Field(col)
		}
	}
	return out
}

// Check reports the files of names that the lexicon lacks, and the tags
// of uses (file -> tags) that a file does not declare, so that a typo in
// the code cannot leave a list silently empty.
func (l *Lexicon) Check(uses map[string][]string) error {
	var errs []error
	for _, name := range sortedKeys(uses) {
		f, ok := l.files[name]
		if !ok {
			errs = append(errs, fmt.Errorf("lexicon: no file %s", name))
			continue
		}
		for _, t := range uses[name] {
			if t != "" && !slices.Contains(f.Tags, t) {
				errs = append(errs, fmt.Errorf("lexicon: %s declares no tag %q", name, t))
			}
		}
	}
	return errors.Join(errs...)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
