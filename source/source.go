package source

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
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
	"unicode/utf8"

	"github.com/kg-project/kg"
)

// Stdin is the path that names standard input.
const Stdin = "-"

// DefaultMaxArticle is the largest article text Read accepts unless
// Reader.MaxArticle says otherwise: 2 MiB, far more than any news article
// (a 10,000-word feature is about 60 KB). Extraction takes about 5 s of CPU a MB of text in one
// article (linear from 1 to 8 MB), and above a few MB the build's heap
// passes its soft memory limit and garbage collection doubles that, so a
// larger text is better split into its articles. A file is read only up
// to FileFactor times the limit (markup, JSON escapes and feeds of many
// items are larger than their text).
const DefaultMaxArticle = 2 << 20

// FileFactor is how much larger than the article limit one input file (or
// one JSON line) may be before it is refused without being read.
const FileFactor = 16

// ErrNoText is wrapped by errors about inputs that hold no usable text: an
// empty file, a directory without text files.
var ErrNoText = errors.New("no text")

// ErrUnsupported is wrapped by errors about files of a type kg does not
// read (a PDF, a word-processor file, an image, an XML file that is no feed).
var ErrUnsupported = errors.New("unsupported type")

// ErrTooLarge is wrapped by errors about an article or a file over the size
// limit (Reader.MaxArticle).
var ErrTooLarge = errors.New("too large")

// InputError says which input, and where in it, could not be read. Reading
// goes on with the other inputs.
type InputError struct {
	Path string // file (or "-" for standard input)
	Line int    // 1-based line for JSON Lines input, 0 when not applicable
	Err  error
	// Note marks an input passed over on purpose with nothing lost: a file
	// of a type kg does not read found while walking a directory, or an
	// article read a second time, identical, in the same run. It is
	// reported but does not count as a failure.
	Note bool
}

func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *InputError) Unwrap() error { return e.Err }

// kind is how a file is read.
type kind int

const (
	kindUnknown kind = iota
	kindText
	kindJSONL
	kindMarkdown
	kindHTML
	kindFeed
	kindXMLFeed // .xml: a feed, or not read
)

// kinds maps file endings to how they are read, in a directory or named.
var kinds = map[string]kind{
	".txt": kindText, ".text": kindText,
	".jsonl": kindJSONL, ".ndjson": kindJSONL,
	".md": kindMarkdown, ".markdown": kindMarkdown,
	".html": kindHTML, ".htm": kindHTML, ".xhtml": kindHTML,
	".rss": kindFeed, ".atom": kindFeed, ".xml": kindXMLFeed,
}

// binaryExts are types kg never reads, even when a file is named directly.
var binaryExts = []string{
	".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".pages", ".ppt", ".pptx", ".xls", ".xlsx", ".ods",
	".zip", ".gz", ".tgz", ".bz2", ".xz", ".zst", ".7z", ".rar", ".tar",
	".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".ico", ".heic",
	".mp3", ".mp4", ".m4a", ".wav", ".ogg", ".webm", ".mov", ".avi", ".mkv",
	".exe", ".dll", ".so", ".dylib", ".bin", ".db", ".sqlite", ".woff", ".woff2", ".ttf", ".otf",
}

// Reader reads articles. Its zero value reads with the defaults: standard
// input is empty, ids are relative to the common root of the inputs, and
// articles over DefaultMaxArticle are refused.
type Reader struct {
	// Stdin is read for the path "-".
	Stdin io.Reader
	// Root, if set, is the directory that file ids are relative to, instead
	// of the common root of the inputs; inputs outside it are refused.
	Root string
	// MaxArticle is the largest article text, in bytes, accepted;
	// DefaultMaxArticle when <= 0.
	MaxArticle int64
}

// Read yields the documents found at paths with a Reader that reads stdin
// for "-" and has the defaults otherwise; see Reader.Read.
func Read(ctx context.Context, paths []string, stdin io.Reader) iter.Seq2[*kg.Document, error] {
	return (&Reader{Stdin: stdin}).Read(ctx, paths)
}

// Read yields the documents found at paths, in order: text files (one
// article each), JSON Lines files (one {"id","text","url","title",
// "published"} object a line), Markdown, HTML pages, RSS and Atom feeds
// (one article an item), directories (walked recursively, in lexical
// order; hidden files and directories are left out) and "-" for stdin
// (JSON Lines when its first character is '{', an HTML page or a feed when
// it starts like one, else one text article).
//
// A file's id is its path relative to the root: Reader.Root if set, else
// the deepest directory holding every input (a directory named is its own
// root, so "kg build d/" gives ids relative to d, and "kg build d1/ d2/"
// ids starting "d1/" and "d2/"). Standard input gets "stdin-" and the first
// 16 hex digits of the SHA-256 of its text; JSON Lines records keep their
// "id", feed items their guid (else their link). An id met twice in one
// run is an *InputError naming both inputs, and the later one is not read;
// an identical repeat is a Note.
//
// Problems with one input are yielded as *InputError and reading goes on;
// the sequence stops early only when ctx is done or the consumer stops.
func (r *Reader) Read(ctx context.Context, paths []string) iter.Seq2[*kg.Document, error] {
	return func(yield func(*kg.Document, error) bool) {
		rd := &reading{
			Reader: r,
			max:    r.MaxArticle,
			seen:   map[string]seenDoc{},
			files:  map[string]bool{},
			yield:  yield,
		}
		if rd.max <= 0 {
			rd.max = DefaultMaxArticle
		}
		if r.Root != "" {
			root, err := filepath.Abs(r.Root)
			if err != nil {
				yield(nil, &InputError{Path: r.Root, Err: err})
				return
			}
			rd.root = root
		} else {
			rd.root = commonRoot(paths)
		}
		for _, p := range paths {
			if ctx.Err() != nil {
				yield(nil, ctx.Err())
				return
			}
			if !rd.path(ctx, p) {
				return
			}
		}
	}
}

// seenDoc is where an id was first read from and a hash of that article.
type seenDoc struct {
	source string
	sum    [16]byte // of title, URL, date and text
}

// reading is the state of one Reader.Read.
type reading struct {
	*Reader
	root  string
	max   int64
	seen  map[string]seenDoc // id -> first input
	files map[string]bool    // absolute paths already read
	yield func(*kg.Document, error) bool
}

// commonRoot is the deepest directory holding every path: a directory
// itself, a file's parent. Paths that cannot be found are left out (they
// are reported when read).
func commonRoot(paths []string) string {
	var root []string
	first := true
	for _, p := range paths {
		if p == Stdin {
			continue
		}
		abs, err := filepath.Abs(p)
		if err != nil {
			continue
		}
		info, err := os.Stat(abs)
		if err != nil {
			continue
		}
		if !info.IsDir() {
			abs = filepath.Dir(abs)
		}
		parts := strings.Split(abs, string(filepath.Separator))
		if first {
			root, first = parts, false
			continue
		}
		n := 0
		for n < len(root) && n < len(parts) && root[n] == parts[n] {
			n++
		}
		root = root[:n]
	}
	if first {
		wd, _ := os.Getwd()
		return wd
	}
	r := strings.Join(root, string(filepath.Separator))
	if r == "" || strings.HasSuffix(r, ":") { // "/" on Unix, a volume on Windows
		r += string(filepath.Separator)
	}
	return r
}

// emit yields doc unless its id was met before in this run.
func (rd *reading) emit(doc *kg.Document, path string, line int) bool {
	if int64(len(doc.Text)) > rd.max {
		return rd.yield(nil, &InputError{Path: path, Line: line, Err: tooLarge("article text", int64(len(doc.Text)), rd.max)})
	}
	h := sha256.New()
	for _, s := range []string{doc.Title, doc.URL, doc.Published.String(), doc.Text} {
		fmt.Fprintf(h, "%d:%s;", len(s), s)
	}
	var sum [16]byte
	copy(sum[:], h.Sum(nil))
	if first, ok := rd.seen[doc.ID]; ok {
		if first.sum == sum {
			return rd.yield(nil, &InputError{Path: path, Line: line, Note: true, Err: fmt.Errorf("same article as %s (id %q), read once", first.source, doc.ID)})
		}
		return rd.yield(nil, &InputError{Path: path, Line: line, Err: fmt.Errorf("id %q is already used by %s", doc.ID, first.source)})
	}
	rd.seen[doc.ID] = seenDoc{source: doc.Source, sum: sum}
	return rd.yield(doc, nil)
}

func tooLarge(what string, size, limit int64) error {
	return fmt.Errorf("%w: %s is %s, over the limit of %s", ErrTooLarge, what, humanBytes(size), humanBytes(limit))
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

func (rd *reading) path(ctx context.Context, p string) bool {
	if p == Stdin {
		return rd.stdin(ctx)
	}
	info, err := os.Stat(p)
	if err != nil {
		return rd.yield(nil, &InputError{Path: p, Err: cleanPathErr(err)})
	}
	if !info.IsDir() {
		k := kinds[strings.ToLower(filepath.Ext(p))]
		if slices.Contains(binaryExts, strings.ToLower(filepath.Ext(p))) {
			return rd.yield(nil, &InputError{Path: p, Err: fmt.Errorf("%w (%s)", ErrUnsupported, strings.ToLower(filepath.Ext(p)))})
		}
		if k == kindXMLFeed {
			k = kindFeed // named: an XML file that is no feed fails the build
		}
		return rd.file(ctx, p, k)
	}
	type entry struct {
		path string
		kind kind
	}
	var files []entry
	var notRead []string
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			files = append(files, entry{path, kindText}) // reported when read below
			return nil
		}
		hidden := path != p && strings.HasPrefix(d.Name(), ".")
		if d.IsDir() {
			if hidden {
				return filepath.SkipDir
			}
			return nil
		}
		if hidden || !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
			return nil
		}
		if k, ok := kinds[strings.ToLower(filepath.Ext(path))]; ok {
			files = append(files, entry{path, k})
		} else {
			notRead = append(notRead, path)
		}
		return nil
	})
	if err != nil {
		return rd.yield(nil, &InputError{Path: p, Err: err})
	}
	for _, f := range notRead {
		if !rd.yield(nil, &InputError{Path: f, Note: true, Err: ErrUnsupported}) {
			return false
		}
	}
	if len(files) == 0 {
		return rd.yield(nil, &InputError{Path: p, Err: fmt.Errorf("%w: directory has no files kg reads (.txt, .md, .html, .jsonl, .rss, .atom, .xml)", ErrNoText)})
	}
	for _, f := range files {
		if ctx.Err() != nil {
			return rd.yield(nil, ctx.Err())
		}
		if !rd.file(ctx, f.path, f.kind) {
			return false
		}
	}
	return true
}

// id is the id of the file at path: its path relative to the root.
func (rd *reading) id(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	rel, err := filepath.Rel(rd.root, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", fmt.Errorf("outside the root %s that ids are relative to", rd.root)
	}
	return filepath.ToSlash(rel), nil
}

func (rd *reading) file(ctx context.Context, path string, k kind) bool {
	if abs, err := filepath.Abs(path); err == nil {
		if rd.files[abs] {
			return true // named twice (a directory and a file or directory in it): read once
		}
		rd.files[abs] = true
	}
	id, err := rd.id(path)
	if err != nil {
		return rd.yield(nil, &InputError{Path: path, Err: err})
	}
	f, err := os.Open(path)
	if err != nil {
		return rd.yield(nil, &InputError{Path: path, Err: cleanPathErr(err)})
	}
	defer f.Close()
	if k == kindJSONL {
		return rd.jsonl(ctx, strings.TrimSuffix(id, filepath.Ext(id)), path, f)
	}
	limit := rd.max * FileFactor
	if info, err := f.Stat(); err == nil {
		switch {
		case (k == kindText || k == kindUnknown && sniff(head(f)) == kindText) && info.Size() > rd.max+rd.max/8:
			// A text file is its article (less a byte-order mark and CRs).
			return rd.yield(nil, &InputError{Path: path, Err: tooLarge("article text", info.Size(), rd.max)})
		case info.Size() > limit:
			return rd.yield(nil, &InputError{Path: path, Err: tooLarge("file", info.Size(), limit)})
		}
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return rd.yield(nil, &InputError{Path: path, Err: err})
	}
	if int64(len(data)) > limit {
		return rd.yield(nil, &InputError{Path: path, Err: tooLarge("the file", int64(len(data)), limit)})
	}
	if k == kindUnknown {
		k = sniff(data)
	}
	return rd.data(ctx, path, id, k, data)
}

// data reads one file's (or stdin's) content as k. An empty id is made
// from the content.
func (rd *reading) data(ctx context.Context, path, id string, k kind, data []byte) bool {
	switch k {
	case kindHTML:
		doc, err := readHTML(data)
		if err != nil {
			return rd.yield(nil, &InputError{Path: path, Err: err})
		}
		doc.ID, doc.Source = orHash(id, doc.Text), path
		return rd.emit(doc, path, 0)
	case kindMarkdown:
		doc, err := readMarkdown(data)
		if err != nil {
			return rd.yield(nil, &InputError{Path: path, Err: err})
		}
		doc.ID, doc.Source = orHash(id, doc.Text), path
		return rd.emit(doc, path, 0)
	case kindFeed, kindXMLFeed:
		return rd.feed(ctx, path, id, data, k == kindXMLFeed)
	}
	t, err := checkText(data)
	if err != nil {
		return rd.yield(nil, &InputError{Path: path, Err: err})
	}
	return rd.emit(&kg.Document{ID: orHash(id, t), Title: headline(t), Text: t, Source: path}, path, 0)
}

// head is the first KiB of f, which is left at its start.
func head(f *os.File) []byte {
	b := make([]byte, 1024)
	n, _ := f.ReadAt(b, 0)
	return b[:n]
}

// orHash is id, or when it is empty the id of stdin text: "stdin-" and the
// first 16 hex digits of the text's SHA-256.
func orHash(id, text string) string {
	if id != "" {
		return id
	}
	sum := sha256.Sum256([]byte(text))
	return "stdin-" + hex.EncodeToString(sum[:8])
}

func (rd *reading) stdin(ctx context.Context) bool {
	if rd.Stdin == nil {
		return rd.yield(nil, &InputError{Path: Stdin, Err: fmt.Errorf("%w: standard input is empty", ErrNoText)})
	}
	br := bufio.NewReaderSize(rd.Stdin, 1<<16)
	// Skip leading space to see what comes.
	for {
		b, err := br.Peek(1)
		if err != nil {
			break
		}
		if b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n' {
			br.ReadByte()
			continue
		}
		if bom, err := br.Peek(3); err == nil && string(bom) == "\ufeff" {
			br.Discard(3)
			continue
		}
		if b[0] == '{' {
			return rd.jsonl(ctx, "", Stdin, br)
		}
		break
	}
	limit := rd.max * FileFactor
	data, err := io.ReadAll(io.LimitReader(br, limit+1))
	if err != nil {
		return rd.yield(nil, &InputError{Path: Stdin, Err: err})
	}
	if int64(len(data)) > limit {
		return rd.yield(nil, &InputError{Path: Stdin, Err: tooLarge("standard input", int64(len(data)), limit)})
	}
	return rd.data(ctx, Stdin, "", sniff(data), data)
}

// sniff tells an HTML page or a feed from text by how it starts.
func sniff(data []byte) kind {
	head := bytes.ToLower(bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\ufeff")), " \t\r\n"))
	head = head[:min(len(head), 1024)]
	switch {
	case bytes.HasPrefix(head, []byte("<!doctype html")), bytes.HasPrefix(head, []byte("<html")):
		return kindHTML
	case bytes.HasPrefix(head, []byte("<rss")), bytes.HasPrefix(head, []byte("<feed")), bytes.HasPrefix(head, []byte("<rdf:rdf")):
		return kindFeed
	case bytes.HasPrefix(head, []byte("<?xml")):
		if bytes.Contains(head, []byte("<rss")) || bytes.Contains(head, []byte("<feed")) || bytes.Contains(head, []byte("<rdf:rdf")) {
			return kindFeed
		}
		if bytes.Contains(head, []byte("<html")) {
			return kindHTML
		}
	}
	return kindText
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
			if _, ok := kinds[strings.ToLower(filepath.Ext(path))]; ok && !strings.HasPrefix(d.Name(), ".") {
				if fi, err := d.Info(); err == nil {
					total += fi.Size()
				}
			}
			return nil
		})
	}
	return total
}
