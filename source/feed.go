package source

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/mmcdole/gofeed"

	"github.com/kg-project/kg"
)

// feed reads an RSS, Atom or RSS 1.0 feed file (gofeed): each item is an
// article with its link as URL, its title, its publication date (else its
// update date) and the text of its content (else its description) with
// the HTML stripped. An item's id is its guid (Atom's id), else its link,
// else the file's id and "#" and the item's position. A .xml file that is
// no feed is a Note (not read) when xml is set.
func (rd *reading) feed(ctx context.Context, path, fileID string, data []byte, xml bool) bool {
	if _, err := checkText(data); err != nil {
		return rd.yield(nil, &InputError{Path: path, Err: err})
	}
	f, err := parseFeed(data)
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return rd.yield(nil, &InputError{Path: path, Note: xml, Err: fmt.Errorf("%w (XML, but not an RSS or Atom feed)", ErrUnsupported)})
		}
		return rd.yield(nil, &InputError{Path: path, Err: fmt.Errorf("read feed: %w", err)})
	}
	if len(f.Items) == 0 {
		return rd.yield(nil, &InputError{Path: path, Err: fmt.Errorf("%w: the feed has no items", ErrNoText)})
	}
	if fileID == "" {
		fileID = orHash("", string(data))
	}
	for i, it := range f.Items {
		if ctx.Err() != nil {
			return rd.yield(nil, ctx.Err())
		}
		where := fmt.Sprintf("item %d", i+1)
		body := it.Content
		if strings.TrimSpace(htmlText(body)) == "" {
			body = it.Description
		}
		text := htmlText(body)
		title := strings.Join(strings.Fields(htmlText(it.Title)), " ")
		if text == "" {
			if !rd.yield(nil, &InputError{Path: path, Err: fmt.Errorf("%s: %w: no content or description", where, ErrNoText)}) {
				return false
			}
			continue
		}
		if title != "" && !strings.HasPrefix(text, title) {
			text = title + "\n\n" + text
		}
		doc := &kg.Document{Title: title, URL: strings.TrimSpace(it.Link), Text: text}
		switch {
		case it.PublishedParsed != nil:
			doc.Published = *it.PublishedParsed
		case it.UpdatedParsed != nil:
			doc.Published = *it.UpdatedParsed
		case strings.TrimSpace(it.Published) != "":
			t, err := ParseDate(it.Published)
			if err != nil {
				if !rd.yield(nil, &InputError{Path: path, Err: fmt.Errorf("%s: published: %w", where, err)}) {
					return false
				}
				continue
			}
			doc.Published = t
		}
		switch {
		case strings.TrimSpace(it.GUID) != "":
			doc.ID = strings.TrimSpace(it.GUID)
		case doc.URL != "":
			doc.ID = doc.URL
		default:
			doc.ID = fmt.Sprintf("%s#%d", fileID, i+1)
		}
		doc.Source = fmt.Sprintf("%s (%s)", path, where)
		if !rd.emit(doc, doc.Source, 0) {
			return false
		}
	}
	return true
}

func parseFeed(data []byte) (f *gofeed.Feed, err error) {
	defer recoverAs("read feed", &err)
	return gofeed.NewParser().Parse(bytes.NewReader(data))
}
