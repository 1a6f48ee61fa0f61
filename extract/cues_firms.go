package extract

import "github.com/kg-project/kg"

// orgParts name a part of an organisation before "of" its parent.
var orgParts = lexSet("cues.txt", "org-part")

// modifierStops cannot stand between a firm's name and the post held there.
var modifierStops = lexSet("grammar.txt", "stop-modifier")

// firmsByTheirStaff finds organisations the wording around them names as
// one, whatever their words look like:
//   - a firm before the post of a named person who works there: "Kessler
//     Bright food analyst Wendy Carrol", "Halden chief economist Ann Lee"
//     (a place there is a place: "a London analyst");
//   - a part of a firm: "the Brixton Vale unit of Carrow Corp.";
//   - "the Dutch firm of Hollen Marwick Dreyer".
func (a *analysis) firmsByTheirStaff() []cand {
	var out []cand
	toks := a.toks
	add := func(t0, t1 int) {
		if e, n := a.g.match(toks, t0); e != nil && n >= t1-t0 {
			return // the lists know it
		}
		for k := t0; k < t1; k++ {
			if a.g.titles[toks[k].Norm] || a.dateAt[k] >= 0 || a.boiler[k] || a.headline[k] || a.g.demonymCountry(toks[k].Norm) != nil {
				return
			}
		}
		name := joinTokens(a.text, toks[t0:t1])
		out = append(out, cand{t0: t0, t1: t1, typ: kg.Org, id: "org/" + slug(name), name: name, prio: prioTitle})
	}
	run := func(i int) int { // the end of the capitalised run at i
		j := i
		for j < len(toks) && j-i < 4 && capitalised(toks[j].Text) && a.sameSent(i, j) {
			j++
		}
		return j
	}
	for i := 0; i < len(toks); i++ {
		if !capitalised(toks[i].Text) || (i > 0 && capitalised(toks[i-1].Text) && a.sameSent(i-1, i)) {
			continue
		}
		s := i
		if isSentenceStart(a, i) && determiners[toks[i].Norm] {
			s = i + 1 // "The Halden economist ..."
		}
		e := run(s)
		if e == s || e >= len(toks) {
			continue
		}
		// The post after a few modifiers, then the person's name.
		k := e
		for k < len(toks) && k-e < 2 && !capitalised(toks[k].Text) && isWordAt(toks[k].Text, 0) && !modifierStops[toks[k].Norm] && !orgProfessions[toks[k].Norm] {
			k++
		}
		if k+2 < len(toks) && orgProfessions[toks[k].Norm] && !capitalised(toks[k].Text) && a.sameSent(e, k+2) &&
			capitalised(toks[k+1].Text) && capitalised(toks[k+2].Text) && !a.g.titles[toks[k+1].Norm] {
			add(s, e)
			continue
		}
		// A part of a firm: "the X unit of Y".
		if s > 0 && toks[s-1].Norm == "the" && e+1 < len(toks) && orgParts[toks[e].Norm] && toks[e+1].Norm == "of" {
			add(s, e)
		}
	}
	// "the [modifier] firm of X".
	for i := 1; i+2 < len(toks); i++ {
		if (toks[i].Norm != "firm" && toks[i].Norm != "company") || toks[i+1].Norm != "of" || !capitalised(toks[i+2].Text) {
			continue
		}
		p := i - 1
		if toks[p].Norm != "the" && !(p > 0 && toks[p-1].Norm == "the" && !capitalised(toks[p].Text)) &&
			!(p > 0 && toks[p-1].Norm == "the" && a.g.demonymCountry(toks[p].Norm) != nil) {
			continue
		}
		e := run(i + 2)
		if e < len(toks) && toks[e].Norm == "'s" {
			continue
		}
		add(i+2, e)
	}
	return out
}

// chamberShortForms: "the House voted", "members of the Cabinet": a
// legislature's or government's short name, capitalised after "the" and
// not opening a longer name ("the House of Lords", "the Cabinet Office").
// "the House" is the chamber the document names in full, or the US House
// of Representatives in a text that names the US Congress or Senate; the
// Cabinet is the government's, also "his (own) Cabinet", "Netanyahu's Cabinet".
func (a *analysis) chamberShortForms() []cand {
	var out []cand
	toks := a.toks
	var at []int
	for k := 1; k < len(toks); k++ {
		t := toks[k]
		if t.Text != "House" && t.Text != "Cabinet" || a.boiler[k] || a.headline[k] {
			continue
		}
		// "the Cabinet", and a government's: "his (own) Cabinet",
		// "Netanyahu's Cabinet".
		p := k - 1
		if t.Text == "Cabinet" && p > 0 && toks[p].Norm == "own" {
			p--
		}
		if toks[p].Norm != "the" && !(t.Text == "Cabinet" && (a.possessivePronoun(p) || toks[p].Norm == "'s")) {
			continue
		}
		if n := k + 1; n < len(toks) && a.sameSent(k, n) && (capitalised(toks[n].Text) || toks[n].Norm == "of") {
			continue
		}
		at = append(at, k)
	}
	if len(at) == 0 {
		return nil
	}
	var house *info
	for k := 0; k < len(toks); k++ {
		if !capitalised(toks[k].Text) {
			continue
		}
		if e, n := a.g.match(toks, k); e != nil && e.ent.typ == kg.Org {
			switch name := e.ent.name; {
			case name == "House of Commons" || name == "House of Representatives":
				house = e.ent
			case house == nil && (e.ent.id == "org/us-senate" || e.ent.id == "org/us-congress"):
				house = a.g.lookupName("House of Representatives")
			}
			k += n - 1
		}
	}
	for _, k := range at {
		if toks[k].Text == "Cabinet" {
			out = append(out, cand{t0: k, t1: k + 1, typ: kg.Org, id: "org/cabinet", name: "Cabinet", prio: prioGaz})
		} else if house != nil {
			out = append(out, cand{t0: k, t1: k + 1, typ: kg.Org, id: house.id, name: house.name, in: house, prio: prioGaz})
		}
	}
	return out
}

// ampersandFirms: capitalised words joined by "&" name a firm ("Marks &
// Spencer", "Smith & Wesson Holding Corp.", "Jones & Co."): people are
// joined with "and". Words that are all common ("Research & Development"),
// single letters ("R&D", "Q&A") and a work's title ("the game Black &
// White") name no firm, and a title or a date ends the name. Some corpora
// spell the "&" as "amp", what is left of "&amp;" ("Booz-Allen amp
// Hamilton").
func (a *analysis) ampersandFirms() []cand {
	var out []cand
	toks := a.toks
	word := func(k int) bool {
		t := toks[k]
		return capitalised(t.Text) && a.dateAt[k] < 0 && !a.g.titles[t.Norm] && !a.g.honorifics[t.Norm] && !calendarWords[t.Norm] && !a.headline[k] && !a.boiler[k]
	}
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Text != "&" && toks[k].Text != "amp" || !word(k-1) || !word(k+1) || !a.sameSent(k-1, k+1) || !a.sameLine(k-1, k+1) {
			continue
		}
		start := k - 1
		for start > 0 && k-start < 5 && a.sameSent(start-1, k) && a.sameLine(start-1, k) && !isSentenceStart(a, start) {
			if word(start - 1) {
				start--
			} else if start > 1 && a.joinedHyphen(start-1) && word(start-2) {
				start -= 2 // "Booz-Allen & Hamilton"
			} else {
				break
			}
		}
		for start < k-1 && (isSentenceStart(a, start) && (a.lower[toks[start].Norm] || sentenceOpeners[toks[start].Norm]) || a.g.nonEnt[toks[start].Norm]) {
			start++ // "But Marks & Spencer"
		}
		end := k + 2
		for end < len(toks) && end-k <= 4 && a.sameSent(k, end) && a.sameLine(k, end) {
			if word(end) {
				end++
			} else if toks[end].Norm == "'s" && end+1 < len(toks) && legalForms[toks[end+1].Norm] {
				end += 2 // "Standard & Poor's Corp."
			} else {
				break
			}
		}
		if a.commonWords(start, k) && a.commonWords(k+1, end) || end-start == 3 && len(toks[k-1].Text) == 1 && len(toks[k+1].Text) == 1 || a.workTitle(start) {
			continue
		}
		c := firmCand(start, end, joinTokens(a.text, toks[start:end]), prioOrgHead)
		if in := a.g.lookupName(c.name); in != nil {
			c.id, c.name, c.in, c.typ = in.id, in.name, in, in.typ
		}
		out = append(out, c)
		k = end - 1
	}
	return out
}

// joinedHyphen reports a hyphen at token k written without spaces between
// two words ("Booz-Allen").
func (a *analysis) joinedHyphen(k int) bool {
	toks := a.toks
	return k > 0 && k+1 < len(toks) && toks[k].Text == "-" && toks[k-1].End == toks[k].Start && toks[k].End == toks[k+1].Start
}

// basedFirms: "New York-based Kolbrand", "chairman of Boston-based Halvex
// Co.": the capitalised words right after "Z-based" name a firm or a
// group; a person is "a London-based designer" or "London-based Tom Reed"
// (a given name), "oat-based Cheerios" no place's, and a listed name keeps
// its type.
func (a *analysis) basedFirms() []cand {
	var out []cand
	toks := a.toks
	for k := 3; k < len(toks); k++ {
		if toks[k-1].Norm != "based" || !a.joinedHyphen(k-2) || !capitalised(toks[k-3].Text) && toks[k-3].Text != "." || !a.sameSent(k-1, k) || !a.plainName(k) {
			continue
		}
		if a.g.given[toks[k].Norm] || a.wideGiven(k) && k+1 < len(toks) && capitalised(toks[k+1].Text) {
			continue
		}
		j := k
		for j < len(toks) && j-k < 4 && a.sameSent(k, j) && a.sameLine(k, j) && (a.plainName(j) || j > k && (legalForms[toks[j].Norm] || orgConnectors[toks[j].Norm] && j+1 < len(toks) && capitalised(toks[j+1].Text))) {
			j++
		}
		if e, n := a.g.match(toks, k); e != nil && n >= j-k {
			continue
		}
		out = append(out, firmCand(k, j, joinTokens(a.text, toks[k:j]), prioTitle))
		k = j
	}
	return out
}

// firmCand is an organisation candidate at [t0, t1) named name, its legal
// form dropped from its name and ID ("Jones & Co." keeps its "Co.").
func firmCand(t0, t1 int, name string, prio int) cand {
	if base, ok := trimCorporate(name); ok {
		name = base
	}
	return cand{t0: t0, t1: t1, typ: kg.Org, id: "org/" + slug(name), name: name, prio: prio}
}
