package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/kg-project/kg"
)

// conllDoc is one CoNLL-2003 document: its sentences' tokens and its gold
// entity forms by type.
type conllDoc struct {
	sents [][]string
	gold  map[string]map[string]string // type -> norm form -> surface
}

// readCoNLL reads CoNLL-2003 columns (token POS chunk NER, IOB1 or IOB2),
// documents split by -DOCSTART- lines, sentences by blank lines.
func readCoNLL(path string) ([]*conllDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []*conllDoc
	var doc *conllDoc
	var sent []string
	var tags []string
	flush := func() {
		if len(sent) == 0 {
			return
		}
		if doc == nil {
			doc = &conllDoc{gold: map[string]map[string]string{}}
			docs = append(docs, doc)
		}
		doc.sents = append(doc.sents, sent)
		for _, sp := range iobSpans(tags) {
			form := strings.Join(sent[sp.start:sp.end], " ")
			if doc.gold[sp.typ] == nil {
				doc.gold[sp.typ] = map[string]string{}
			}
			doc.gold[sp.typ][normForm(form)] = form
		}
		sent, tags = nil, nil
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) == 0:
			flush()
		case fields[0] == "-DOCSTART-":
			flush()
			doc = nil
		case len(fields) < 4:
			return nil, fmt.Errorf("%s:%d: want 4 columns, got %d", path, line, len(fields))
		default:
			sent = append(sent, fields[0])
			tags = append(tags, fields[3])
		}
	}
	flush()
	return docs, sc.Err()
}

type span struct {
	start, end int
	typ        string
}

// iobSpans reads IOB1/IOB2 tags into typed spans.
func iobSpans(tags []string) []span {
	var out []span
	cur := -1
	for i, t := range tags {
		prefix, typ, _ := strings.Cut(t, "-")
		if t == "O" || typ == "" {
			cur = -1
			continue
		}
		if cur >= 0 && out[cur].typ == typ && prefix == "I" {
			out[cur].end = i + 1
			continue
		}
		out = append(out, span{start: i, end: i + 1, typ: typ})
		cur = len(out) - 1
	}
	return out
}

// conllType maps a kg mention type onto CoNLL's classes ("" for none).
func conllType(t kg.EntityType) string {
	switch t {
	case kg.Person:
		return "PER"
	case kg.Org:
		return "ORG"
	case kg.GPE, kg.Loc:
		return "LOC"
	}
	return ""
}

func (s *scorer) conll(path string) error {
	docs, err := readCoNLL(path)
	if err != nil {
		return err
	}
	if s.limit > 0 && len(docs) > s.limit {
		docs = docs[:s.limit]
	}
	types := []string{"PER", "ORG", "LOC"}
	sys, base := map[string]counts{}, map[string]counts{}
	for i, d := range docs {
		lines := make([]string, len(d.sents))
		for j, toks := range d.sents {
			lines[j], _ = detokenize(toks)
		}
		doc := &kg.Document{ID: fmt.Sprintf("conll-%03d", i+1), Text: strings.Join(lines, "\n")}
		res, err := s.ex.Extract(s.ctx, doc)
		if err != nil {
			return fmt.Errorf("%s: %w", doc.ID, err)
		}
		bm, err := s.ex.Baseline(s.ctx, doc)
		if err != nil {
			return fmt.Errorf("%s: %w", doc.ID, err)
		}
		for _, t := range types {
			c := compareForms(d.gold[t], forms(res.Mentions, t))
			if s.verbose {
				s.logForms(doc.ID, t, d.gold[t], forms(res.Mentions, t))
			}
			tc := sys[t]
			tc.add(c)
			sys[t] = tc
			b := base[t]
			b.add(compareForms(d.gold[t], forms(bm, t)))
			base[t] = b
		}
	}
	var all, allBase counts
	for _, t := range types {
		all.add(sys[t])
		allBase.add(base[t])
	}
	sys["entities (all)"], base["entities (all)"] = all, allBase
	fmt.Fprintf(s.out, "CoNLL-2003 %s: %d documents, document-level distinct forms per type\n\n", path, len(docs))
	s.table(append(types, "entities (all)"), sys, base)
	return nil
}

// forms collects the distinct normalised forms of the mentions of one CoNLL type.
func forms(ms []kg.Mention, typ string) map[string]string {
	out := map[string]string{}
	for _, m := range ms {
		if conllType(m.Type) == typ {
			if n := normForm(m.Text); n != "" {
				out[n] = m.Text
			}
		}
	}
	return out
}

func compareForms(gold, sys map[string]string) counts {
	var c counts
	for n := range sys {
		if _, ok := gold[n]; ok {
			c.tp++
		} else {
			c.fp++
		}
	}
	for n := range gold {
		if _, ok := sys[n]; !ok {
			c.fn++
		}
	}
	return c
}

func (s *scorer) logForms(doc, typ string, gold, sys map[string]string) {
	var lines []string
	for n, f := range sys {
		if _, ok := gold[n]; !ok {
			lines = append(lines, fmt.Sprintf("%s %s FP %q", doc, typ, f))
		}
	}
	for n, f := range gold {
		if _, ok := sys[n]; !ok {
			lines = append(lines, fmt.Sprintf("%s %s FN %q", doc, typ, f))
		}
	}
	sort.Strings(lines)
	for _, l := range lines {
		s.logf("%s", l)
	}
}
