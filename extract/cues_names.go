package extract

import (
	"sort"
	"strings"

	"github.com/kg-project/kg"
)

// Names the lists know only in part: a listed company with a second name
// after it, and bodies named after a people.

// listedCompounds: "Sony Ericsson", "Fuji Xerox": a company the lists know
// followed by one or two capitalised words that are names, not words of
// English (no dictionary writes them in lower case, the text never does, no
// list knows them), is a longer company's name; "Sony PlayStation" is one
// too rarely to matter. "Sony Music" (a common word), "Google Sergey Brin"
// (a given name) and "Apple Inc" (a legal form, orgPatterns' name) are not.
func (a *analysis) listedCompounds() []cand {
	var out []cand
	toks := a.toks
	for i := 0; i+1 < len(toks); i++ {
		if !capitalised(toks[i].Text) || a.boiler[i] || a.headline[i] {
			continue
		}
		e, n := a.g.match(toks, i)
		if e == nil || e.ent.typ != kg.Org || e.ent.outlet {
			continue
		}
		if i > 0 && capitalised(toks[i-1].Text) && a.sameSent(i-1, i) && a.sameLine(i-1, i) && !isSentenceStart(a, i) {
			continue // inside a longer name
		}
		j := i + n
		if orgHeads[toks[j-1].Norm] || a.ofTailBefore(i-1, j) {
			i = j - 1
			continue // a name complete with its head or of-phrase: "House of Representatives"
		}
		k := j
		for k < len(toks) && k < j+2 && a.compoundWord(k) {
			k++
		}
		if k == j || (k < len(toks) && capitalised(toks[k].Text) && a.sameSent(j, k) && a.sameLine(j, k)) {
			i = j - 1
			continue
		}
		name := joinTokens(a.text, toks[i:k])
		out = append(out, cand{t0: i, t1: k, typ: kg.Org, id: "org/" + slug(name), name: name, prio: prioGaz})
		i = k - 1
	}
	return out
}

// compoundWord reports a capitalised word at k, right after the word
// before it on its line and in its sentence, that can only be a name.
func (a *analysis) compoundWord(k int) bool {
	t := a.toks[k]
	if k == 0 || !a.sameSent(k-1, k) || !a.sameLine(k-1, k) || t.Start != a.toks[k-1].End+1 || len(t.Text) < 3 || !isWordAt(t.Text, 0) {
		return false
	}
	if !a.plainName(k) || allCaps(t.Text) || a.lower[t.Norm] || a.g.common[t.Norm] || a.g.given[t.Norm] || a.g.givenWide[t.Norm] ||
		orgHeads[t.Norm] || legalForms[t.Norm] || speechVerbs[t.Norm] || dateWords.Date[t.Norm] {
		return false
	}
	if e, _ := a.g.match(a.toks, k); e != nil {
		return false
	}
	if e, _ := a.g.towns.match(a.toks, k); e != nil {
		return false
	}
	return true
}

// peopleBodies are the bodies that a people's or a place's name before them
// makes an institution, where the noun alone is no organisation word:
// "Scottish Executive", "U.S. Treasury".
var peopleBodies = lexSet("orgwords.txt", "people-body")

// demonymBodies: "the Scottish Executive", "the Northern Ireland
// Executive", "U.S. Treasury": a demonym or a listed place before a
// capitalised body noun names that place's institution; "Chief Executive
// Tom Reed" and "the executive" do not.
func (a *analysis) demonymBodies() []cand {
	var out []cand
	toks := a.toks
	for k := 1; k < len(toks); k++ {
		if !peopleBodies[toks[k].Norm] || !capitalised(toks[k].Text) || a.boiler[k] || a.headline[k] || !a.sameSent(k-1, k) {
			continue
		}
		if k+1 < len(toks) && capitalised(toks[k+1].Text) && a.sameSent(k, k+1) && a.sameLine(k, k+1) {
			continue // "Executive Director Ann Lee"
		}
		// The place or demonym before the body's noun.
		i := -1
		if a.g.demonymCountry(toks[k-1].Norm) != nil || a.regionAdjective(toks[k-1].Norm) {
			i = k - 1
		} else {
			for s := max(0, k-3); s < k; s++ {
				if e, n := a.g.match(toks, s); e != nil && s+n == k && (e.ent.typ == kg.GPE || e.ent.typ == kg.Loc) {
					i = s
					break
				}
			}
		}
		if i < 0 {
			continue
		}
		// A broadcaster reports or is told: "Damascus Radio said",
		// "Syrian Television showed", "Kenyan TV's report", "Bushnell told
		// Kenya Television", "quoted by Syrian Radio"; "US TV networks"
		// and "on US TV" are the medium.
		told := i > 0 && (toks[i-1].Norm == "told" || toks[i-1].Norm == "by") && !(k+1 < len(toks) && mediumNouns[toks[k+1].Norm]) // "by US TV networks"
		if outletSections[toks[k].Norm] && !told && !(k+1 < len(toks) && (toks[k+1].Norm == "'s" || speechVerbs[toks[k+1].Norm] || strings.HasSuffix(toks[k+1].Norm, "ed"))) {
			continue
		}
		name := joinTokens(a.text, toks[i:k+1])
		out = append(out, cand{t0: i, t1: k + 1, typ: kg.Org, id: "org/" + slug(name), name: name, prio: prioOrgHead})
	}
	return out
}

// mediumNouns after a place's "TV" or "radio" make it the medium: "US TV
// networks", "Kenyan TV viewers".
var mediumNouns = map[string]bool{"network": true, "networks": true, "viewers": true, "audience": true, "audiences": true, "channel": true,
	"channels": true, "station": true, "stations": true, "crews": true, "crew": true, "cameras": true, "coverage": true, "footage": true, "screens": true}

// townsThroughout: a GeoNames town the syntax calls a place once ("a plant
// in Kecskemet") is that place wherever else the text names it ("Kecskemet
// has lost 2,000 jobs"), at a sentence's start too, where prose reads a
// lone capitalised word as a person; a context prose overruled is given
// back when the person is dropped. A word that is part of a person's name
// in the text ("Jordan" of "Michael Jordan") or of a longer name stays out.
func (a *analysis) townsThroughout(chosen []cand, taken []bool, byPart map[string]map[string]bool) []cand {
	if len(a.townCands) == 0 {
		return chosen
	}
	toks := a.toks
	free := func(t0, t1 int) bool {
		for k := t0; k < t1; k++ {
			if taken[k] || a.dateAt[k] >= 0 || a.boiler[k] {
				return false
			}
		}
		return true
	}
	known := map[string]*info{}
	for _, c := range a.townCands {
		if byPart[normWord(toks[c.t0].Text)] != nil || byPart[normWord(toks[c.t1-1].Text)] != nil {
			continue
		}
		known[c.in.id] = c.in
	}
	for _, c := range chosen {
		if c.typ == kg.GPE && c.in != nil && c.in.city && c.prio == prioTown {
			known[c.in.id] = c.in
		}
	}
	for i := 0; i < len(toks); i++ {
		if !capitalised(toks[i].Text) || taken[i] {
			continue
		}
		e, n := a.g.towns.match(toks, i)
		if e == nil || known[e.ent.id] == nil || !free(i, i+n) {
			continue
		}
		j := i + n
		if j < len(toks) && (capitalised(toks[j].Text) || toks[j].Norm == "'s" && j+1 < len(toks) && capitalised(toks[j+1].Text)) && a.sameSent(i, j) && a.sameLine(i, j) {
			continue // part of a longer name
		}
		if i > 0 && capitalised(toks[i-1].Text) && a.sameSent(i-1, i) && a.sameLine(i-1, i) && !isSentenceStart(a, i) {
			continue
		}
		chosen = append(chosen, cand{t0: i, t1: j, typ: kg.GPE, id: e.ent.id, name: e.ent.name, in: e.ent, prio: prioTown})
		for k := i; k < j; k++ {
			taken[k] = true
		}
		i = j - 1
	}
	sort.Slice(chosen, func(i, j int) bool { return chosen[i].t0 < chosen[j].t0 })
	return chosen
}

// airlines: "Air France", "Air India": "Air" before a country or city the
// lists know names that place's airline; "Air Force" is no place.
func (a *analysis) airlines() []cand {
	var out []cand
	toks := a.toks
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Text != "Air" || a.boiler[i] || a.headline[i] || !a.sameLine(i, i+1) || toks[i+1].Start != toks[i].End+1 {
			continue
		}
		e, n := a.g.match(toks, i+1)
		if e == nil || e.ent.typ != kg.GPE {
			continue
		}
		j := i + 1 + n
		if j < len(toks) && capitalised(toks[j].Text) && a.sameLine(i, j) && a.sameSent(i, j) {
			continue // "Air France KLM", read by the patterns if at all
		}
		name := joinTokens(a.text, toks[i:j])
		out = append(out, cand{t0: i, t1: j, typ: kg.Org, id: "org/" + slug(name), name: name, prio: prioOrgHead})
	}
	return out
}

// townAbbrevs open town names abbreviated: "St. Albans", "Ft. Myers",
// "Mt. Pleasant".
var townAbbrevs = map[string]bool{"St": true, "Ste": true, "Ft": true, "Mt": true}

// townStates: "Irvine, Calif.", "Concord, N.H.", "TAMPA, Fla": a US state
// written as AP abbreviates it (its dot may be lost) after a comma and a
// capitalised name is that state, and the name before it a town of it.
// Two-letter postal codes ("CA") are left out: after a comma they are as
// often initials or codes of another kind.
func (a *analysis) townStates() []cand {
	var out []cand
	toks := a.toks
	for k := 2; k < len(toks); k++ {
		t := toks[k]
		if toks[k-1].Text != "," || !capitalised(t.Text) || a.boiler[k] || !a.sameLine(k-2, k) {
			continue
		}
		form, n := t.Text, 1
		// "W.Va.", "N.Dak.": a form the tokenizer splits at its dots.
		for m, f := 1, t.Text; m < 4 && k+m < len(toks) && toks[k+m].Start == toks[k+m-1].End && (toks[k+m].Text == "." || capitalised(toks[k+m].Text)); m++ {
			if f += toks[k+m].Text; m >= 2 && usStates[f] != "" {
				form, n = f, m+1
			}
		}
		if n == 1 && !strings.Contains(form, ".") {
			if k+1 < len(toks) && toks[k+1].Text == "." && toks[k+1].Start == t.End {
				form, n = form+".", 2
			} else if len(form) >= 4 {
				form += "." // "IRVINE, Calif 1996-08-30": the dot lost
			}
		}
		st := usStates[form]
		if st == "" {
			st = usStates[strings.ToUpper(form[:1])+strings.ToLower(form[1:])] // "FLA."
		}
		// ("Washington, D.C.": the city in the District of Columbia.)
		if st == "" || !strings.Contains(form, ".") {
			continue
		}
		in := a.g.lookupName(st)
		if in == nil || in.typ != kg.GPE {
			continue
		}
		out = append(out, cand{t0: k, t1: k + n, typ: in.typ, id: in.id, name: in.name, in: in, prio: prioOrgHead})
		// The town: the capitalised words before the comma, on its line.
		j := k - 1
		i := j
		for i > 0 && j-i < 3 && capitalised(toks[i-1].Text) && a.sameLine(i-1, j) && a.dateAt[i-1] < 0 && !a.g.titles[toks[i-1].Norm] &&
			!orgHeads[toks[i-1].Norm] && !legalForms[toks[i-1].Norm] {
			i--
		}
		// "St. Albans, Vt.", "Ft. Myers, Fla.": an abbreviated Saint, Fort or
		// Mount opens the town's name.
		if i >= 2 && toks[i-1].Text == "." && townAbbrevs[toks[i-2].Text] && toks[i-2].End == toks[i-1].Start && a.sameLine(i-2, j) {
			i -= 2
		}
		// "Bay Co Bldg Auth, Mich.": no town when the name runs on.
		if i == j || i > 0 && capitalised(toks[i-1].Text) && a.sameLine(i-1, j) && a.sameSent(i-1, j) && !isSentenceStart(a, i) {
			continue
		}
		if e, m := a.g.match(toks, i); e != nil && i+m == j {
			continue // the lists know the town
		}
		name := joinTokens(a.text, toks[i:j])
		// Above the head-noun patterns: "Battle Creek, Mich." is a town,
		// though "Creek" ends the names of waters.
		out = append(out, cand{t0: i, t1: j, typ: kg.GPE, id: "place/" + slug(name), name: name, prio: prioOrgHead + 1})
	}
	return out
}

// kinWords are relatives whose name may follow them alone (cues.txt kin).
var kinWords = lexSet("cues.txt", "kin")

// kinNames finds the names of relatives: "Bush's son, George, told him",
// "Elian's young stepmother, Nelsy, led the march", "his wife Ruth": up to
// three name words set off by commas after a kin noun, or a given name
// right after it. Prose rarely reads a given name alone as a person.
func (a *analysis) kinNames() []cand {
	var out []cand
	toks := a.toks
	for i := 0; i+2 < len(toks); i++ {
		if !kinWords[toks[i].Norm] || capitalised(toks[i].Text) || a.boiler[i] {
			continue
		}
		j := i + 1
		comma := toks[j].Text == ","
		if comma {
			j++
		}
		k := j
		for k < len(toks) && k-j < 3 && a.sameSent(j, k) && a.nameWord(k) && !a.lower[toks[k].Norm] && !a.g.common[toks[k].Norm] {
			k++
		}
		if k == j || k >= len(toks) {
			continue
		}
		if e, _ := a.g.match(toks, j); e != nil {
			continue
		}
		if comma {
			if n := toks[k].Text; n != "," && n != "." {
				continue
			}
		} else if k-j != 1 || !(a.g.given[toks[j].Norm] || a.wideGiven(j)) || capitalised(toks[k].Text) {
			continue
		}
		out = append(out, cand{t0: j, t1: k, typ: kg.Person, prio: prioSpeaker})
	}
	return out
}

// leaderNouns after "the" and a name make the name a person's: "the
// Clinton administration", "the Blair government", "the Schumer campaign".
var leaderNouns = map[string]bool{"administration": true, "presidency": true, "government": true, "campaign": true}

// placeEndsAt reports a place the lists know ending just before token k:
// "Toronto" of "Toronto's Thomson family".
func (a *analysis) placeEndsAt(k int) bool {
	for s := k - 1; s >= 0 && s >= k-3; s-- {
		if e, n := a.g.match(a.toks, s); e != nil && s+n == k && (e.ent.typ == kg.GPE || e.ent.typ == kg.Loc) {
			return true
		}
		if e, n := a.g.towns.match(a.toks, s); e != nil && s+n == k {
			return true
		}
	}
	return false
}

// framedPersons finds surnames prose missed in the frames only a person
// fills: "the Clinton administration", "the Thomson family", "Slepian's wife", "Slepian's
// lawyer", "by (President) Kennedy". The name is one plain capitalised word no list knows and no
// dictionary writes in lower case.
func (a *analysis) framedPersons() []cand {
	var out []cand
	toks := a.toks
	for k := 1; k+1 < len(toks); k++ {
		t := toks[k]
		if !a.plainName(k) || allCaps(t.Text) || a.g.common[t.Norm] || !isWordAt(t.Text, 0) || !a.sameSent(k, k+1) {
			continue
		}
		if e, _ := a.g.match(toks, k); e != nil {
			continue
		}
		if capitalised(toks[k-1].Text) && !determiners[toks[k-1].Norm] && a.sameSent(k-1, k) && !isSentenceStart(a, k) {
			continue // part of a longer name
		}
		// "by (President) Kennedy": a post in brackets before the name.
		framed := k >= 3 && toks[k-1].Text == ")" && coreTitles[toks[k-2].Norm] && capitalised(toks[k-2].Text) &&
			(toks[k-3].Text == "(" || k >= 4 && toks[k-4].Text == "(" && a.g.titles[toks[k-3].Norm])
		switch n := toks[k+1].Norm; {
		case leaderNouns[n] && !capitalised(toks[k+1].Text) && toks[k-1].Norm == "the":
			framed = true
		case familyWords[n] && !capitalised(toks[k+1].Text) && !(k+2 < len(toks) && toks[k+2].Norm == "of") &&
			(toks[k-1].Norm == "the" || toks[k-1].Norm == "'s" && a.placeEndsAt(k-1)):
			// "the Pritzker family", "Toronto's Thomson family"; not
			// "Intel's Itanium family", "the Xeon family of chips"
			framed = true
		case n == "'s" && k+2 < len(toks) && a.sameSent(k, k+2):
			w := toks[k+2].Norm
			framed = framed || (kinWords[w] || w == "lawyer" || w == "attorney" || w == "widow") && !capitalised(toks[k+2].Text)
		}
		if framed {
			out = append(out, cand{t0: k, t1: k + 1, typ: kg.Person, prio: prioProse + 1})
		}
	}
	return out
}
