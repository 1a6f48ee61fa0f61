package source

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"gopkg.in/yaml.v2"

	"github.com/kg-project/kg"
)

var markdownParser = goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser()

// readMarkdown reads a Markdown article: its text without markup (code
// blocks, raw HTML and images left out), the title from YAML front matter
// or else the first heading, and the publication date from the front
// matter's date (or published, pubDate, publishDate, datePublished).
func readMarkdown(data []byte) (doc *kg.Document, err error) {
	defer recoverAs("read Markdown", &err)
	if _, err := checkText(data); err != nil {
		return nil, err
	}
	data = bytes.ReplaceAll(bytes.TrimPrefix(data, []byte("\ufeff")), []byte("\r\n"), []byte("\n"))
	meta, body, err := frontMatter(data)
	if err != nil {
		return nil, err
	}
	doc = &kg.Document{}
	for k, v := range meta {
		switch strings.ToLower(fmt.Sprint(k)) {
		case "title":
			doc.Title = strings.Join(strings.Fields(fmt.Sprint(v)), " ")
		case "date", "published", "pubdate", "publishdate", "datepublished":
			if !doc.Published.IsZero() {
				continue
			}
			switch v := v.(type) {
			case time.Time:
				doc.Published = v
			default:
				t, err := ParseDate(fmt.Sprint(v))
				if err != nil {
					return nil, fmt.Errorf("front matter %q: %w", k, err)
				}
				doc.Published = t
			}
		}
	}
	var b strings.Builder
	heading := ""
	para := func() {
		if b.Len() > 0 && !strings.HasSuffix(b.String(), "\n\n") {
			b.WriteString(strings.Repeat("\n", 2-min(2, trailingNewlines(b.String()))))
		}
	}
	root := markdownParser.Parse(text.NewReader(body))
	err = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n := n.(type) {
		case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock, *ast.RawHTML, *ast.Image:
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			if entering {
				b.Write(inline(n.Segment.Value(body)))
				switch {
				case n.HardLineBreak():
					b.WriteString("\n")
				case n.SoftLineBreak():
					b.WriteString(" ")
				}
			}
		case *ast.String:
			if entering {
				b.Write(inline(n.Value))
			}
		case *ast.AutoLink:
			if entering {
				b.Write(n.Label(body))
			}
		case *ast.Heading:
			if entering {
				para()
				if heading == "" {
					heading = "\x00" // the first heading starts here
					b.WriteString(heading)
				}
			} else {
				para()
			}
		case *ast.Paragraph, *ast.TextBlock, *ast.ThematicBreak:
			para()
		case *east.TableCell:
			if !entering {
				b.WriteString(" ")
			}
		case *east.TableRow, *east.TableHeader:
			if !entering {
				b.WriteString("\n")
			}
		case *ast.ListItem:
			if entering {
				para()
			}
		}
		return ast.WalkContinue, nil
	})
	if err != nil {
		return nil, fmt.Errorf("read Markdown: %w", err)
	}
	s := b.String()
	if i := strings.IndexByte(s, 0); i >= 0 {
		first, _, _ := strings.Cut(s[i+1:], "\n")
		if doc.Title == "" {
			doc.Title = strings.TrimSpace(first)
		}
		s = s[:i] + s[i+1:]
	}
	doc.Text = tidyText(s)
	if doc.Text == "" {
		return nil, fmt.Errorf("%w: the Markdown has no text", ErrNoText)
	}
	if doc.Title == "" {
		doc.Title = headline(doc.Text)
	}
	return doc, nil
}

func trailingNewlines(s string) int {
	return len(s) - len(strings.TrimRight(s, "\n"))
}

// inline resolves backslash escapes and character references in a text
// segment, as an HTML renderer would.
func inline(v []byte) []byte {
	v = util.UnescapePunctuations(v)
	v = util.ResolveNumericReferences(v)
	return util.ResolveEntityNames(v)
}

// frontMatter splits YAML front matter ("---" lines around it at the very
// start) from the Markdown body.
func frontMatter(data []byte) (map[any]any, []byte, error) {
	if !bytes.HasPrefix(data, []byte("---\n")) {
		return nil, data, nil
	}
	rest := data[4:]
	for off := 0; off <= len(rest); {
		line, _, _ := bytes.Cut(rest[off:], []byte("\n"))
		if t := bytes.TrimRight(line, " \t"); string(t) == "---" || string(t) == "..." {
			var meta map[any]any
			if err := yaml.Unmarshal(rest[:off], &meta); err != nil {
				return nil, nil, fmt.Errorf("front matter: %w", err)
			}
			end := min(off+len(line)+1, len(rest))
			return meta, rest[end:], nil
		}
		off += len(line) + 1
	}
	return nil, data, nil // no closing line: a thematic break, not front matter
}
