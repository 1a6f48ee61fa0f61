package source

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"github.com/kg-project/kg"
)

// readHTML reads a saved news page: the article's text as a reader view
// shows it (go-readability, a port of Firefox's Readability), its headline
// and publication date from the page's metadata (JSON-LD headline and
// datePublished, og:title, article:published_time, …) and its address from
// the canonical link or og:url. The headline is the text's first line.
func readHTML(data []byte) (doc *kg.Document, err error) {
	defer recoverAs("read HTML", &err)
	r, err := charset.NewReader(bytes.NewReader(data), "")
	if err != nil {
		return nil, fmt.Errorf("read HTML: %w", err)
	}
	root, err := html.Parse(r)
	if err != nil {
		return nil, fmt.Errorf("parse HTML: %w", err)
	}
	url := strings.ToValidUTF8(pageURL(root), "")
	art, err := readability.FromDocument(root, nil)
	if err != nil {
		return nil, fmt.Errorf("read the article in the page: %w", err)
	}
	var text string
	if art.Node != nil {
		// Bytes invalid in the page's encoding become U+FFFD, as in a browser.
		text = strings.ToValidUTF8(tidyText(render.InnerText(art.Node)), "\uFFFD")
	}
	if text == "" {
		return nil, fmt.Errorf("%w: the page has no article text", ErrNoText)
	}
	title := strings.ToValidUTF8(strings.Join(strings.Fields(art.Title()), " "), "\uFFFD")
	if title != "" && !strings.HasPrefix(text, title) {
		text = title + "\n\n" + text
	}
	doc = &kg.Document{Title: title, URL: url, Text: text}
	if t, err := art.PublishedTime(); err == nil {
		doc.Published = t
	} else if !errors.Is(err, readability.ErrTimestampMissing) {
		// A date the page states but go-readability cannot read: try ours.
		if t, err := ParseDate(strings.TrimPrefix(err.Error(), "error parsing publishedTime: ")); err == nil {
			doc.Published = t
		}
	}
	return doc, nil
}

// pageURL is the page's own address: <link rel="canonical">, else
// <meta property="og:url">, when absolute.
func pageURL(root *html.Node) string {
	var canonical, og string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "link":
				if strings.EqualFold(attr(n, "rel"), "canonical") && canonical == "" {
					canonical = attr(n, "href")
				}
			case "meta":
				if strings.EqualFold(attr(n, "property"), "og:url") && og == "" {
					og = attr(n, "content")
				}
			case "body":
				return // metadata is in the head
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	for _, u := range []string{canonical, og} {
		u = strings.TrimSpace(u)
		if strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") {
			return u
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// htmlText is the text of an HTML fragment (a feed item's content), with
// paragraphs separated by blank lines.
func htmlText(fragment string) string {
	if !strings.Contains(fragment, "<") && !strings.Contains(fragment, "&") {
		return tidyText(fragment)
	}
	doc, err := html.Parse(strings.NewReader(fragment))
	if err != nil {
		return ""
	}
	return strings.ToValidUTF8(tidyText(render.InnerText(doc)), "\uFFFD")
}

// tidyText trims each line, keeps at most one blank line between
// paragraphs, and replaces no-break spaces.
func tidyText(s string) string {
	s = strings.ReplaceAll(s, "\u00a0", " ")
	var b strings.Builder
	blank := false
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n")
			if blank {
				b.WriteString("\n")
			}
		}
		blank = false
		b.WriteString(line)
	}
	return b.String()
}

// recoverAs turns a panic in a parser into an error, so that one odd file
// cannot stop a build.
func recoverAs(what string, err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%s: the parser failed: %v", what, r)
	}
}
