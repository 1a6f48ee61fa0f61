package source

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/kg-project/kg"
)

// record is one line of JSON Lines input.
type record struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"`
}

// jsonl reads JSON Lines from r. Records without an "id" get idPrefix and
// their line number, or, when idPrefix is empty (stdin), a hash of their
// text.
func (rd *reading) jsonl(ctx context.Context, idPrefix, path string, r io.Reader) bool {
	br := bufio.NewReaderSize(r, 1<<16)
	limit := rd.max * FileFactor
	line, docs := 0, 0
	for {
		if ctx.Err() != nil {
			return rd.yield(nil, ctx.Err())
		}
		raw, long, err := readLine(br, limit)
		if err != nil && !errors.Is(err, io.EOF) {
			return rd.yield(nil, &InputError{Path: path, Line: line + 1, Err: err})
		}
		if len(raw) == 0 && !long && err != nil {
			break
		}
		line++
		if long {
			if !rd.yield(nil, &InputError{Path: path, Line: line, Err: fmt.Errorf("%w: line is over the limit of %s", ErrTooLarge, humanBytes(limit))}) {
				return false
			}
		} else if t := bytes.TrimSpace(raw); len(t) > 0 {
			defaultID := ""
			if idPrefix != "" {
				defaultID = fmt.Sprintf("%s:%d", idPrefix, line)
			}
			doc, derr := parseRecord(t, defaultID)
			if derr != nil {
				if !rd.yield(nil, &InputError{Path: path, Line: line, Err: derr}) {
					return false
				}
			} else {
				doc.Source = fmt.Sprintf("%s:%d", path, line)
				docs++
				if !rd.emit(doc, path, line) {
					return false
				}
			}
		}
		if err != nil {
			break
		}
	}
	if docs == 0 && line == 0 {
		return rd.yield(nil, &InputError{Path: path, Err: fmt.Errorf("%w: file is empty", ErrNoText)})
	}
	return true
}

// readLine reads one line of at most limit bytes. A longer line is read
// to its end and dropped: long reports it.
func readLine(br *bufio.Reader, limit int64) (line []byte, long bool, err error) {
	var buf []byte
	for {
		frag, err := br.ReadSlice('\n')
		if !long {
			if int64(len(buf)+len(frag)) > limit {
				long, buf = true, nil
			} else {
				buf = append(buf, frag...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return buf, long, err
	}
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
	if off := dec.InputOffset(); len(bytes.TrimSpace(raw[off:])) > 0 {
		at := off + int64(len(raw[off:])-len(bytes.TrimLeft(raw[off:], " \t\r")))
		var v any
		if json.NewDecoder(bytes.NewReader(raw[at:])).Decode(&v) == nil {
			return nil, fmt.Errorf("more than one JSON value on the line (the second at byte %d): JSON Lines holds one object a line", at)
		}
		return nil, fmt.Errorf("invalid JSON: text after the object at byte %d", at)
	}
	if strings.TrimSpace(rec.Text) == "" {
		return nil, fmt.Errorf("%w: record has no \"text\"", ErrNoText)
	}
	doc := &kg.Document{ID: rec.ID, Title: strings.TrimSpace(rec.Title), URL: rec.URL, Text: rec.Text}
	if doc.ID == "" {
		doc.ID = orHash(defaultID, doc.Text)
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
