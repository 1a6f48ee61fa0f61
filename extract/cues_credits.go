package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg"
)

// reCredit opens a wire service's credit line: "Reporting by Andrea Shalal
// and David Lawder; Additional reporting by Jeff Mason in Kyiv; Editing by
// Chizu Nomiyama", "(Writing by ...)".
var reCredit = regexp.MustCompile(`(?i)^\s*[(\[]?\s*((additional|further) )?(reporting|editing|writing|research|compiled|graphics|translation|translated|production|fact-checking|photos?|video|illustrations?) by\s`)

// creditLine reports whether a line is a credit line or a byline ("By
// SAMYA KULLAB and ILLIA NOVIKOV Associated Press", "By Jane Doe | March
// 8, 2023"): a line that opens with "By" and a capitalised word and holds
// no lower-case word but the connectives of a list of names.
func creditLine(line string, toks []token) bool {
	if reCredit.MatchString(line) {
		return true
	}
	if len(toks) < 2 || len(toks) > 24 || toks[0].Text != "By" || !capitalised(toks[1].Text) {
		return false
	}
	for _, t := range toks[1:] {
		if r, _ := utf8.DecodeRuneInString(t.Text); unicode.IsLower(r) && !creditConnectives[t.Norm] {
			return false
		}
		if t.Text == "." && t != toks[len(toks)-1] {
			return false
		}
	}
	return true
}

// creditConnectives may stand between the names of a credit line.
var creditConnectives = lexSet("grammar.txt", "credit")

// creditNames reads the names in credit lines and bylines: each capitalised
// run of two to four words after "by", "and", "&" or a comma is a person,
// written in capitals or not ("ILLIA NOVIKOV" is Illia Novikov); a place
// after "in" is a place the lists know. A listed outlet ("Associated
// Press", "Reuters") stays the outlet. Boilerplate lines yield no other
// names, so these candidates are the only ones such lines give but the
// outlet's.
func (a *analysis) creditNames() []cand {
	var out []cand
	toks := a.toks
	for i := 0; i < len(toks); i++ {
		if !a.credit[i] {
			continue
		}
		j := i
		for j < len(toks) && a.credit[j] && a.sameLine(i, j) {
			j++
		}
		out = append(out, a.creditRun(i, j)...)
		i = j - 1
	}
	return out
}

// creditRun reads one credit line, tokens [i, j).
func (a *analysis) creditRun(i, j int) []cand {
	var out []cand
	toks := a.toks
	expect, inPlace := false, false
	for k := i; k < j; k++ {
		n := toks[k].Norm
		switch {
		case n == "by" || n == "and" || n == "&" || n == "," || n == ";" || n == "|" || n == "with":
			expect, inPlace = true, false
			continue
		case n == "in" || n == "from":
			expect, inPlace = true, true
			continue
		case !capitalised(toks[k].Text) || !expect:
			expect = false
			continue
		}
		if e, m := a.g.match(toks, k); e != nil && k+m <= j && (inPlace || e.ent.outlet) {
			in := e.ent
			out = append(out, cand{t0: k, t1: k + m, typ: in.typ, id: in.id, name: in.name, in: in, prio: prioTitle, credit: true})
			k += m - 1
			expect = false
			continue
		}
		if inPlace {
			expect = false
			continue
		}
		caps := allCaps(toks[k].Text)
		e := k
		for e < j && e-k < 4 && capitalised(toks[e].Text) && allCaps(toks[e].Text) == caps && !creditRoles[toks[e].Norm] &&
			(e == k || toks[e].Start == toks[e-1].End+1) {
			if x, _ := a.g.match(toks, e); e > k && x != nil && x.ent.outlet {
				break
			}
			e++
		}
		if e-k >= 2 {
			words := make([]string, 0, e-k)
			for _, t := range toks[k:e] {
				w := t.Text
				if caps {
					w = nameCase(w)
				}
				words = append(words, w)
			}
			name := strings.Join(words, " ")
			out = append(out, cand{t0: k, t1: e, typ: kg.Person, id: "person/" + slug(name), name: name, prio: prioTitle, credit: true})
			k = e - 1
		}
		expect = false
	}
	return out
}

// creditRoles are the capitalised words of a credit line that are no name.
var creditRoles = map[string]bool{"reporting": true, "editing": true, "writing": true, "additional": true, "further": true,
	"compiled": true, "research": true, "graphics": true, "by": true, "staff": true, "writer": true, "writers": true,
	"correspondent": true, "reporter": true, "editor": true, "and": true}

// nameCase writes a word given in capitals as a name is written:
// "KULLAB" is Kullab, "MCHENRY" stays as "Mchenry" (the text gives no more).
func nameCase(w string) string {
	var b strings.Builder
	up := true
	for _, r := range w {
		if up {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		up = r == '-' || r == '\''
	}
	return b.String()
}
