package main

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/kg-project/kg"
)

// redocDoc is one Re-DocRED document.
type redocDoc struct {
	Title     string     `json:"title"`
	Sents     [][]string `json:"sents"`
	VertexSet [][]struct {
		Name string `json:"name"`
		Type string `json:"type"`
	} `json:"vertexSet"`
	Labels []struct {
		H int    `json:"h"`
		T int    `json:"t"`
		R string `json:"r"`
	} `json:"labels"`
}

// edge is a Wikidata property between two vertices, as kg may state it.
type edge struct {
	prop    string
	reverse bool // the property runs from kg's object to kg's subject
}

// relationMap lists, for each kg predicate, the Wikidata properties that
// state the same fact. A person's represents matches a country's head of
// state or government and an organisation's chairperson (Wikidata puts those
// on the country or organisation), or an employer. P27 (citizenship) is not
// represents and is not scored.
var relationMap = map[string][]edge{
	kg.PredWorksFor:    {{"P108", false}, {"P488", true}},
	kg.PredMemberOf:    {{"P463", false}, {"P102", false}, {"P54", false}},
	kg.PredContainedIn: {{"P131", false}, {"P17", false}, {"P706", false}, {"P276", false}},
	kg.PredLocation:    {{"P276", false}, {"P131", false}, {"P17", false}},
	kg.PredRepresents:  {{"P35", true}, {"P6", true}, {"P488", true}, {"P108", false}},
	kg.PredJobTitle:    {{"P39", false}},
	kg.PredFounder:     {{"P112", false}},
}

// covered reports whether a Wikidata property is one kg's vocabulary expresses.
func covered(prop string) bool {
	for _, es := range relationMap {
		for _, e := range es {
			if e.prop == prop {
				return true
			}
		}
	}
	return false
}

func (s *scorer) redocred(path string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var docs []redocDoc
	if err := json.Unmarshal(raw, &docs); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if s.limit > 0 && len(docs) > s.limit {
		docs = docs[:s.limit]
	}
	byProp := map[string]counts{}
	byPred := map[string]counts{}
	var unmapped int
	var levelTP [3]int // gold relations found by the text's facts, with the background, with transitive containment
	for i, d := range docs {
		sents := make([]string, len(d.Sents))
		for j, toks := range d.Sents {
			sents[j], _ = detokenize(toks)
		}
		doc := &kg.Document{ID: fmt.Sprintf("redocred-%03d", i), Title: d.Title, Text: strings.Join(sents, " ")}
		res, err := s.ex.Extract(s.ctx, doc)
		if err != nil {
			return fmt.Errorf("%s: %w", doc.ID, err)
		}
		// Each vertex's forms; each kg entity's vertices.
		vforms := make([]map[string]bool, len(d.VertexSet))
		demonymOf := map[string][]int{} // country entity ID -> vertices written as its demonym ("Brazilian")
		for v, ms := range d.VertexSet {
			vforms[v] = map[string]bool{}
			for _, m := range ms {
				vforms[v][normForm(m.Name)] = true
				// "the United States" is the United States.
				if rest, ok := strings.CutPrefix(m.Name, "the "); ok {
					vforms[v][normForm(rest)] = true
				}
				if id := s.ex.DemonymCountry(m.Name); id != "" && !slices.Contains(demonymOf[id], v) {
					demonymOf[id] = append(demonymOf[id], v)
				}
			}
		}
		verticesOf := func(names ...string) []int {
			var out []int
			for v := range vforms {
				for _, n := range names {
					if vforms[v][normForm(n)] {
						out = append(out, v)
						break
					}
				}
			}
			return out
		}
		entVerts := map[string][]int{}
		for _, e := range res.Entities {
			entVerts[e.ID] = verticesOf(append([]string{e.Name}, e.Aliases...)...)
		}
		// A place only background geography names (a country the text
		// does not mention by name) is found by the name its dataset
		// gives it (rdfs:label in the graph).
		for _, t := range res.Background {
			if t.Predicate == kg.PredName && len(entVerts[t.Subject.Entity]) == 0 {
				entVerts[t.Subject.Entity] = verticesOf(t.Object.Literal)
			}
		}
		// A country annotated only through its demonym is the country.
		for id, vs := range demonymOf {
			for _, v := range vs {
				if !slices.Contains(entVerts[id], v) {
					entVerts[id] = append(entVerts[id], v)
				}
			}
		}
		gold := map[[3]any]bool{} // {prop, h, t}
		for _, l := range d.Labels {
			if covered(l.R) {
				gold[[3]any{l.R, l.H, l.T}] = true
			}
		}
		// found[k] is the lowest level of facts that finds gold relation k:
		// 0 the text's, 1 with the background geography, 2 with transitive
		// containment.
		found := map[[3]any]int{}
		seen := map[string]bool{}
		// A graph client reads the text's facts and, in the datasets'
		// named graphs, the background geography (kg.Result.Background):
		// both are scored, the dataset's in rows of their own. A fact both
		// state is the text's. Then, scored apart, what transitive
		// containment adds: what is located or contained in a place the
		// datasets contain in another is in that one too (an event in
		// Leeds is in England and in the United Kingdom).
		facts := make([]kg.Triple, 0, len(res.Triples)+len(res.Background))
		facts = append(append(facts, res.Triples...), res.Background...)
		within := map[string][]string{} // place -> places the datasets contain it in
		for _, t := range res.Background {
			if t.Predicate == kg.PredContainedIn && t.Object.Entity != "" {
				within[t.Subject.Entity] = append(within[t.Subject.Entity], t.Object.Entity)
			}
		}
		nDirect := len(facts)
		for _, t := range facts[:nDirect] {
			if t.Predicate != kg.PredContainedIn && t.Predicate != kg.PredLocation || t.Object.Entity == "" {
				continue
			}
			done := map[string]bool{t.Object.Entity: true}
			next := within[t.Object.Entity]
			for depth := 0; depth < 3 && len(next) > 0; depth++ {
				var more []string
				for _, y := range next {
					if done[y] || y == t.Subject.Entity {
						continue
					}
					done[y] = true
					facts = append(facts, kg.Triple{Subject: t.Subject, Predicate: t.Predicate, Object: kg.Term{Entity: y}, Evidence: kg.Evidence{Dataset: "transitive"}})
					more = append(more, within[y]...)
				}
				next = more
			}
		}
		for i, t := range facts {
			level := 0
			switch {
			case i >= nDirect:
				level = 2
			case i >= len(res.Triples):
				level = 1
			}
			bg := level > 0
			es, ok := relationMap[t.Predicate]
			if !ok || t.Subject.Entity == "" {
				continue
			}
			sv := entVerts[t.Subject.Entity]
			var ov []int
			if t.Object.Entity != "" {
				ov = entVerts[t.Object.Entity]
			} else {
				ov = titleVertices(vforms, t.Object.Literal)
			}
			key := t.Predicate + "\x00" + t.Subject.Entity + "\x00" + t.Object.Entity + t.Object.Literal
			if seen[key] {
				continue
			}
			seen[key] = true
			if len(sv) == 0 || len(ov) == 0 {
				unmapped++
				continue
			}
			hit := false
			for _, e := range es {
				for _, a := range sv {
					for _, b := range ov {
						h, tt := a, b
						if e.reverse {
							h, tt = b, a
						}
						k := [3]any{e.prop, h, tt}
						if gold[k] {
							hit = true
							if l, ok := found[k]; !ok || level < l {
								found[k] = level
							}
						}
					}
				}
			}
			row := t.Predicate
			if bg {
				row += " (" + t.Evidence.Dataset + ")"
			}
			c := byPred[row]
			if hit {
				c.tp++
			} else {
				c.fp++
				s.logf("%s FP %s —%s→ %s%s | %s", doc.ID, t.Subject.Entity, t.Predicate, t.Object.Entity, t.Object.Literal, t.Evidence.Sentence)
			}
			byPred[row] = c
		}
		for k := range gold {
			l, ok := found[k]
			for lv := range levelTP {
				if ok && l <= lv {
					levelTP[lv]++
				}
			}
			c := byProp[k[0].(string)]
			if ok && l <= 1 {
				c.tp++
			} else {
				c.fn++
				s.logf("%s FN %s(%s, %s)", doc.ID, k[0], d.VertexSet[k[1].(int)][0].Name, d.VertexSet[k[2].(int)][0].Name)
			}
			byProp[k[0].(string)] = c
		}
	}
	fmt.Fprintf(s.out, "Re-DocRED %s: %d documents, relations kg's vocabulary covers\n\n", path, len(docs))
	fmt.Fprintln(s.out, "precision by kg predicate (triples whose both ends name annotated entities):")
	var preds []string
	for p := range byPred {
		if !strings.HasSuffix(p, "(transitive)") {
			preds = append(preds, p)
		}
	}
	sort.Strings(preds)
	for _, p := range preds {
		c := byPred[p]
		pp, _, _ := c.prf()
		fmt.Fprintf(s.out, "  %-18s TP %4d FP %4d  P %.3f\n", p, c.tp, c.fp, pp)
	}
	fmt.Fprintf(s.out, "  triples with an end that names no annotated entity (not scored): %d\n\n", unmapped)
	fmt.Fprintln(s.out, "recall by Wikidata property:")
	var props []string
	var rec counts
	for p, c := range byProp {
		props = append(props, p)
		rec.tp += c.tp
		rec.fn += c.fn
	}
	sort.Strings(props)
	for _, p := range props {
		c := byProp[p]
		_, r, _ := c.prf()
		fmt.Fprintf(s.out, "  %-6s found %4d of %4d  R %.3f\n", p, c.tp, c.tp+c.fn, r)
	}
	// Precision and recall by level: the text's facts alone; with the
	// background geography; with transitive containment too. The rows
	// above and the recall by property are the second level's.
	var lv [3]counts
	for pr, c := range byPred {
		l := 0
		switch {
		case strings.HasSuffix(pr, "(transitive)"):
			l = 2
		case strings.HasSuffix(pr, ")"):
			l = 1
		}
		for k := l; k < 3; k++ {
			lv[k].tp += c.tp
			lv[k].fp += c.fp
		}
	}
	total := rec.tp + rec.fn
	fmt.Fprintln(s.out)
	for k, label := range []string{"text's facts alone", "all covered relations (with background geography)", "with transitive containment too (place → region → country)"} {
		p, _, _ := lv[k].prf()
		fmt.Fprintf(s.out, "%s: precision %.3f (%d/%d), recall %.3f (%d/%d)\n", label, p, lv[k].tp, lv[k].tp+lv[k].fp, float64(levelTP[k])/float64(max(total, 1)), levelTP[k], total)
	}
	return nil
}

// titleVertices finds the vertices a job-title literal names: the same form,
// or a form that contains it or that it contains ("President" and
// "President of France").
func titleVertices(vforms []map[string]bool, lit string) []int {
	n := normForm(lit)
	if n == "" {
		return nil
	}
	var out []int
	for v, fs := range vforms {
		for f := range fs {
			if f == n || (len(f) > 3 && (strings.Contains(f, n) || strings.Contains(n, f))) {
				out = append(out, v)
				break
			}
		}
	}
	return out
}
