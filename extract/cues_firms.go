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
