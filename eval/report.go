package eval

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/kg-project/kg"
)

// Score counts true positives, false positives and false negatives.
type Score struct{ TP, FP, FN int }

// Add returns the sum of s and o.
func (s Score) Add(o Score) Score {
	return Score{s.TP + o.TP, s.FP + o.FP, s.FN + o.FN}
}

// Precision is TP/(TP+FP), or 0 when the system predicted nothing.
func (s Score) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }

// Recall is TP/(TP+FN), or 0 when the gold holds nothing.
func (s Score) Recall() float64 { return ratio(s.TP, s.TP+s.FN) }

// F1 is the harmonic mean of Precision and Recall, or 0 when both are 0.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// Mistake is one false positive or false negative, for finding out why a
// score is what it is.
type Mistake struct {
	Doc  string // gold document id
	Row  string // entity type ("PERSON", ..., "DATE") or predicate
	Kind string // "FP" or "FN"
	Item string // entity name, date value, or "subject | predicate | object" in normalised form
}

// Report holds micro-averaged scores over the scored documents.
type Report struct {
	Docs    []string // gold ids of the scored documents, sorted
	Ignored []string // result documents without gold (or repeated), not scored
	Missing []string // gold documents without a result, not scored

	Types      map[kg.EntityType]Score // PERSON, ORG, GPE, LOC and DATE
	Entities   Score                   // PERSON+ORG+GPE+LOC; DATE is scored on values and kept apart
	Predicates map[string]Score        // one per name in Predicates
	Facts      Score                   // all predicates

	// MentionsOnly is set for a mention-only system (EvaluateMentions): its
	// facts are not scored and WriteTable shows them as "-".
	MentionsOnly bool

	Mistakes []Mistake // sorted by document, row, kind and item
}

func newReport(mentionsOnly bool) *Report {
	r := &Report{
		Types:        make(map[kg.EntityType]Score),
		Predicates:   make(map[string]Score),
		MentionsOnly: mentionsOnly,
	}
	for _, t := range append(slices.Clone(NameTypes), kg.Date) {
		r.Types[t] = Score{}
	}
	for _, p := range Predicates {
		r.Predicates[p] = Score{}
	}
	return r
}

// add adds s to a row: an entity type or a predicate.
func (r *Report) add(row string, s Score) {
	t := kg.EntityType(row)
	if _, ok := r.Types[t]; ok {
		r.Types[t] = r.Types[t].Add(s)
		if t != kg.Date {
			r.Entities = r.Entities.Add(s)
		}
		return
	}
	r.Predicates[row] = r.Predicates[row].Add(s)
	r.Facts = r.Facts.Add(s)
}

// finish lists the gold documents without a result and sorts everything.
func (r *Report) finish(gold map[string]*Gold, seen map[string]bool) {
	for id := range gold {
		if !seen[id] {
			r.Missing = append(r.Missing, id)
		}
	}
	sort.Strings(r.Docs)
	sort.Strings(r.Ignored)
	sort.Strings(r.Missing)
	rank := make(map[string]int)
	for i, row := range r.rows() {
		rank[row.key] = i
	}
	sort.SliceStable(r.Mistakes, func(i, j int) bool {
		a, b := r.Mistakes[i], r.Mistakes[j]
		if a.Doc != b.Doc {
			return a.Doc < b.Doc
		}
		if a.Row != b.Row {
			return rank[a.Row] < rank[b.Row]
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return a.Item < b.Item
	})
}

type row struct {
	key, label string
	score      Score
	fact       bool
}

// rows returns the table rows in order.
func (r *Report) rows() []row {
	var rows []row
	for _, t := range NameTypes {
		rows = append(rows, row{key: string(t), label: string(t), score: r.Types[t]})
	}
	rows = append(rows,
		row{key: "entities", label: "entities (all names)", score: r.Entities},
		row{key: string(kg.Date), label: string(kg.Date), score: r.Types[kg.Date]})
	for _, p := range Predicates {
		rows = append(rows, row{key: p, label: p, score: r.Predicates[p], fact: true})
	}
	return append(rows, row{key: "facts", label: "facts (all)", score: r.Facts, fact: true})
}

// WriteTable writes r as an aligned plain-text table: one row per entity
// type, all names, DATE, one row per predicate and all facts; columns TP, FP,
// FN, P, R and F1, and, when baseline is not nil, the baseline's P, R and F1.
// A ratio with a zero denominator prints as "-". Notes on ignored and missing
// documents follow the table. It returns the first error from w.
func (r *Report) WriteTable(w io.Writer, baseline *Report) error {
	rows := r.rows()
	var base []row
	if baseline != nil {
		base = baseline.rows()
	}
	width := len("row")
	for _, x := range rows {
		width = max(width, len(x.label))
	}
	ew := &errWriter{w: w}
	header := fmt.Sprintf("%-*s %5s %5s %5s %6s %6s %6s", width, "row", "TP", "FP", "FN", "P", "R", "F1")
	if baseline != nil {
		header += fmt.Sprintf("   %6s %6s %6s", "base P", "base R", "base F1")
	}
	ew.printf("%s\n%s\n", header, strings.Repeat("-", len(header)))
	for i, x := range rows {
		s := x.score
		line := fmt.Sprintf("%-*s %5d %5d %5d %6s %6s %6s", width, x.label, s.TP, s.FP, s.FN,
			pct(s.Precision(), s.TP+s.FP), pct(s.Recall(), s.TP+s.FN), pct(s.F1(), s.TP+s.FP+s.FN))
		if baseline != nil {
			b := base[i].score
			if x.fact && baseline.MentionsOnly {
				line += fmt.Sprintf("   %6s %6s %6s", "-", "-", "-")
			} else {
				line += fmt.Sprintf("   %6s %6s %6s", pct(b.Precision(), b.TP+b.FP),
					pct(b.Recall(), b.TP+b.FN), pct(b.F1(), b.TP+b.FP+b.FN))
			}
		}
		ew.printf("%s\n", line)
		if x.key == string(kg.Date) {
			ew.printf("%s\n", strings.Repeat("-", len(header)))
		}
	}
	ew.printf("\n%d documents scored", len(r.Docs))
	if len(r.Ignored) > 0 {
		ew.printf("; ignored, no gold: %s", strings.Join(r.Ignored, ", "))
	}
	if len(r.Missing) > 0 {
		ew.printf("; gold without result, not scored: %s", strings.Join(r.Missing, ", "))
	}
	ew.printf("\n")
	if ew.err != nil {
		return fmt.Errorf("write score table: %w", ew.err)
	}
	return nil
}

// pct formats a ratio, or "-" when its denominator n is zero.
func pct(v float64, n int) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", v)
}

// errWriter remembers the first write error and skips later writes.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
