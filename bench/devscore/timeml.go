package main

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/kg-project/kg"
)

// timex is one gold TIMEX3 in a document's text.
type timex struct {
	start, end int
	typ, value string
	text       string
	matched    bool
}

// timemlDoc is one TimeML document: its text (tags removed), its creation
// time and its time expressions.
type timemlDoc struct {
	id      string
	text    string
	dct     time.Time
	timexes []*timex
}

// readTimeML reads one TimeML file.
func readTimeML(path string) (*timemlDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	doc := &timemlDoc{id: strings.TrimSuffix(filepath.Base(path), ".tml")}
	dec := xml.NewDecoder(f)
	dec.Strict = false
	var b strings.Builder
	inText, inDCT := false, false
	var open *timex
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			line, _ := dec.InputPos()
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				inText = true
			case "DCT":
				inDCT = true
			case "TIMEX3":
				attr := func(name string) string {
					for _, a := range t.Attr {
						if a.Name.Local == name {
							return a.Value
						}
					}
					return ""
				}
				if inDCT {
					v := attr("value") // a date, or a TIME such as 1998-04-24T21:49:00
					if len(v) > 10 {
						v = v[:10]
					}
					if d, err := time.Parse("2006-01-02", v); err == nil {
						doc.dct = d
					}
				}
				if inText {
					open = &timex{start: b.Len(), typ: attr("type"), value: attr("value")}
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				inText = false
			case "DCT":
				inDCT = false
			case "TIMEX3":
				if open != nil {
					open.end = b.Len()
					open.text = b.String()[open.start:open.end]
					doc.timexes = append(doc.timexes, open)
					open = nil
				}
			}
		case xml.CharData:
			if inText {
				b.Write(t)
			}
		}
	}
	doc.text = b.String()
	return doc, nil
}

func (s *scorer) timeml(dir string) error {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".tml") {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		return err
	}
	sort.Strings(files)
	if s.limit > 0 && len(files) > s.limit {
		files = files[:s.limit]
	}
	var det counts
	var valueOK, matched, otherTimex int
	for _, p := range files {
		d, err := readTimeML(p)
		if err != nil {
			return err
		}
		res, err := s.ex.Extract(s.ctx, &kg.Document{ID: d.id, Text: d.text, Published: d.dct})
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		for _, m := range res.Mentions {
			if m.Type != kg.Date {
				continue
			}
			g := overlapping(d.timexes, m.Start, m.End)
			switch {
			case g == nil:
				det.fp++
				s.logf("%s FP %q (%s)", d.id, m.Text, m.Value)
			case g.typ != "DATE":
				// A date read inside a TIME, DURATION or SET expression is
				// neither right nor wrong for DATE detection.
				otherTimex++
			case g.matched:
				// A second mention inside the same gold date adds nothing.
			default:
				g.matched = true
				det.tp++
				matched++
				if m.Value == g.value {
					valueOK++
				} else {
					s.logf("%s VALUE %q gold %s kg %s", d.id, g.text, g.value, m.Value)
				}
			}
		}
		for _, g := range d.timexes {
			if g.typ == "DATE" && !g.matched {
				det.fn++
				s.logf("%s FN %q (%s)", d.id, g.text, g.value)
			}
		}
	}
	p, r, f := det.prf()
	fmt.Fprintf(s.out, "TempEval-3 %s: %d documents, DATE expressions (creation time as publication date)\n\n", dir, len(files))
	fmt.Fprintf(s.out, "DATE detection: TP %d FP %d FN %d  P %.3f R %.3f F1 %.3f\n", det.tp, det.fp, det.fn, p, r, f)
	if matched > 0 {
		fmt.Fprintf(s.out, "exact value of matched dates: %d/%d = %.3f\n", valueOK, matched, float64(valueOK)/float64(matched))
	}
	fmt.Fprintf(s.out, "kg dates inside TIME/DURATION/SET expressions (not scored): %d\n", otherTimex)
	return nil
}

// overlapping returns the gold time expression that overlaps [start, end),
// preferring an unmatched DATE.
func overlapping(ts []*timex, start, end int) *timex {
	var best *timex
	for _, t := range ts {
		if t.start < end && start < t.end {
			if best == nil || (t.typ == "DATE" && !t.matched && (best.typ != "DATE" || best.matched)) {
				best = t
			}
		}
	}
	return best
}
