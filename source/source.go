package source

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kg-project/kg"
)

// Stdin is the path that names standard input.
const Stdin = "-"

// ErrNoText is wrapped by errors about inputs that hold no usable text: an
// empty file, a directory without text files.
var ErrNoText = errors.New("no text")

// InputError says which input, and where in it, could not be read. Reading
// goes on with the other inputs.
type InputError struct {
	Path string // file (or "-" for standard input)
	Line int    // 1-based line for JSON Lines input, 0 when not applicable
	Err  error
}

func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *InputError) Unwrap() error { return e.Err }

// textExts are the file endings read as plain text when walking a
// directory; jsonlExts are read as JSON Lines. A file named directly on the
// command line is read whatever its ending.
var (
	textExts  = []string{".txt", ".text"}
	jsonlExts = []string{".jsonl", ".ndjson"}
)

// Read yields the documents found at paths, in order: text files (one
// article each), JSON Lines files (one {"id","text","url","title",
// "published"} object a line), directories (walked recursively, in lexical
// order, for .txt and .jsonl files) and "-" for stdin (JSON Lines when its
// first character is '{', else one text article). Problems with one input
// are yielded as *InputError and reading goes on; the sequence stops early
// only when ctx is done or the consumer stops.
func Read(ctx context.Context, paths []string, stdin io.Reader) iter.Seq2[*kg.Document, error] {
	return func(yield func(*kg.Document, error) bool) {
		for _, p := range paths {
			if ctx.Err() != nil {
				yield(nil, ctx.Err())
				return
			}
			if !readPath(ctx, p, stdin, yield) {
				return
			}
		}
	}
}

func readPath(ctx context.Context, p string, stdin io.Reader, yield func(*kg.Document, error) bool) bool {
	if p == Stdin {
		data, err := io.ReadAll(stdin)
		if err != nil {
			return yield(nil, &InputError{Path: p, Err: err})
		}
		if t := bytes.TrimLeft(data, " \t\r\n\ufeff"); len(t) > 0 && t[0] == '{' {
			return readJSONL(ctx, "stdin", p, bytes.NewReader(data), yield)
		}
		return yieldText(p, "stdin", data, yield)
	}
	info, err := os.Stat(p)
	if err != nil {
		return yield(nil, &InputError{Path: p, Err: cleanPathErr(err)})
	}
	if !info.IsDir() {
		return readFile(ctx, p, filepath.Base(p), true, yield)
	}
	var files []string
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			files = append(files, path) // reported when read below
			return nil
		}
		if d.IsDir() {
			if path != p && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if ext := strings.ToLower(filepath.Ext(path)); slices.Contains(textExts, ext) || slices.Contains(jsonlExts, ext) {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return yield(nil, &InputError{Path: p, Err: err})
	}
	if len(files) == 0 {
		return yield(nil, &InputError{Path: p, Err: fmt.Errorf("%w: directory has no .txt or .jsonl files", ErrNoText)})
	}
	for _, f := range files {
		if ctx.Err() != nil {
			return yield(nil, ctx.Err())
		}
		rel, err := filepath.Rel(p, f)
		if err != nil {
			rel = f
		}
		if !readFile(ctx, f, filepath.ToSlash(rel), false, yield) {
			return false
		}
	}
	return true
}

func readFile(ctx context.Context, path, id string, named bool, yield func(*kg.Document, error) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return yield(nil, &InputError{Path: path, Err: cleanPathErr(err)})
	}
	defer f.Close()
	if ext := strings.ToLower(filepath.Ext(path)); slices.Contains(jsonlExts, ext) {
		return readJSONL(ctx, strings.TrimSuffix(id, filepath.Ext(id)), path, f, yield)
	}
	data, err := io.ReadAll(f)
	if err != nil {
		return yield(nil, &InputError{Path: path, Err: err})
	}
	return yieldText(path, id, data, yield)
}

func yieldText(path, id string, data []byte, yield func(*kg.Document, error) bool) bool {
	text, err := checkText(data)
	if err != nil {
		return yield(nil, &InputError{Path: path, Err: err})
	}
	return yield(&kg.Document{ID: id, Title: headline(text), Text: text, Source: path}, nil)
}

// checkText accepts UTF-8 text (a byte-order mark is dropped) and rejects
// binary, non-UTF-8 and empty input with an error giving the byte offset.
func checkText(data []byte) (string, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", fmt.Errorf("binary file (NUL byte at offset %d)", i)
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return "", fmt.Errorf("not UTF-8 text (invalid byte 0x%02x at offset %d)", data[off], off)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return "", fmt.Errorf("%w: file is empty", ErrNoText)
	}
	return strings.ReplaceAll(string(data), "\r\n", "\n"), nil
}

// record is one line of JSON Lines input.
type record struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"`
}

func readJSONL(ctx context.Context, idPrefix, path string, r io.Reader, yield func(*kg.Document, error) bool) bool {
	br := bufio.NewReaderSize(r, 1<<16)
	line, docs := 0, 0
	for {
		if ctx.Err() != nil {
			return yield(nil, ctx.Err())
		}
		raw, err := br.ReadBytes('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return yield(nil, &InputError{Path: path, Line: line + 1, Err: err})
		}
		if len(raw) == 0 && err != nil {
			break
		}
		line++
		if t := bytes.TrimSpace(raw); len(t) > 0 {
			doc, derr := parseRecord(t, fmt.Sprintf("%s:%d", idPrefix, line))
			if derr != nil {
				if !yield(nil, &InputError{Path: path, Line: line, Err: derr}) {
					return false
				}
			} else {
				doc.Source = fmt.Sprintf("%s:%d", path, line)
				docs++
				if !yield(doc, nil) {
					return false
				}
			}
		}
		if err != nil {
			break
		}
	}
	if docs == 0 && line == 0 {
		return yield(nil, &InputError{Path: path, Err: fmt.Errorf("%w: file is empty", ErrNoText)})
	}
	return true
}

func parseRecord(raw []byte, defaultID string) (*kg.Document, error) {
	if !utf8.Valid(raw) {
		return nil, errors.New("not UTF-8 text")
	}
	var rec record
	dec := json.NewDecoder(bytes.NewReader(raw))
	if err := dec.Decode(&rec); err != nil {
		return nil, fmt.Errorf("invalid JSON: %w", err)
	}
	if strings.TrimSpace(rec.Text) == "" {
		return nil, fmt.Errorf("%w: record has no \"text\"", ErrNoText)
	}
	doc := &kg.Document{ID: rec.ID, Title: strings.TrimSpace(rec.Title), URL: rec.URL, Text: rec.Text}
	if doc.ID == "" {
		doc.ID = defaultID
	}
	if rec.Published != "" {
		t, err := ParseDate(rec.Published)
		if err != nil {
			return nil, fmt.Errorf("field \"published\": %w", err)
		}
		doc.Published = t
	}
	if doc.Title == "" {
		doc.Title = headline(doc.Text)
	}
	return doc, nil
}

// ParseDate reads a publication date given as RFC 3339 or YYYY-MM-DD.
func ParseDate(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339, time.DateOnly, "2006-01-02T15:04:05", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, strings.TrimSpace(s)); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("date %q is neither YYYY-MM-DD nor RFC 3339", s)
}

var datelineRe = regexp.MustCompile(`\b(1[89]|20)\d\d\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}`)

// headline takes the first line of a text article as its title when it looks
// like one: short, not a sentence ending in a full stop, and not a dateline.
func headline(text string) string {
	first, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	first = strings.TrimSpace(first)
	words := strings.Fields(first)
	switch {
	case len(first) == 0 || len(first) > 200 || len(words) < 3:
		return ""
	case strings.HasSuffix(first, ".") && !strings.HasSuffix(first, "..."):
		return ""
	case len(words) <= 5 && datelineRe.MatchString(first):
		return ""
	}
	return first
}

func cleanPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Size estimates how many bytes Read will go through for paths: the sizes
// of the files it would read. It returns -1 when that cannot be known
// beforehand (standard input). Unreadable paths count as 0; Read reports
// them.
func Size(paths []string) int64 {
	var total int64
	for _, p := range paths {
		if p == Stdin {
			return -1
		}
		info, err := os.Stat(p)
		if err != nil {
			continue
		}
		if !info.IsDir() {
			total += info.Size()
			continue
		}
		filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() {
				if path != p && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			ext := strings.ToLower(filepath.Ext(path))
			if slices.Contains(textExts, ext) || slices.Contains(jsonlExts, ext) {
				if fi, err := d.Info(); err == nil {
					total += fi.Size()
				}
			}
			return nil
		})
	}
	return total
}
