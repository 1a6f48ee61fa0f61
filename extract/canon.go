package extract

import (
	"sort"
	"strings"

	"github.com/kg-project/kg"
)

// canonicalise gives every chosen candidate its canonical ID inside the
// document: short person names join the full name they abbreviate,
// acronyms defined in parentheses join their long form, and bare
// surnames prose missed are added as mentions.
func (a *analysis) canonicalise(chosen []cand, taken []bool) {
	toks := a.toks
	// Full names, and which of them each first or last name could mean.
	full := map[string]string{} // id -> name
	byPart := map[string]map[string]bool{}
	for i := range chosen {
		c := &chosen[i]
		if c.typ != kg.Person || c.id != "" {
			continue
		}
		c.name = joinTokens(a.text, toks[c.t0:c.t1])
		words := strings.Fields(c.name)
		if len(words) < 2 {
			continue
		}
		c.id = "person/" + slug(c.name)
		full[c.id] = c.name
		last := len(words) - 1
		if nameSuffixes[strings.TrimSuffix(words[last], ".")] && last > 1 {
			last-- // "John C. Maxwell Jr." is later Mr. Maxwell
		}
		for _, w := range []string{words[0], words[last]} {
			k := normWord(w)
			if byPart[k] == nil {
				byPart[k] = map[string]bool{}
			}
			byPart[k][c.id] = true
		}
	}
	a.nameVariants(chosen, full, byPart)
	a.namePrefixes(chosen, full, byPart)
	resolvePart := func(w string) string {
		ids := byPart[normWord(w)]
		if len(ids) != 1 {
			return ""
		}
		for id := range ids {
			return id
		}
		return ""
	}
	for i := range chosen {
		c := &chosen[i]
		if c.typ != kg.Person || c.id != "" {
			continue
		}
		c.name = joinTokens(a.text, toks[c.t0:c.t1])
		if id := resolvePart(c.name); id != "" {
			c.id, c.name = id, full[id]
		} else {
			c.id = "person/" + slug(c.name)
		}
	}
	chosen = a.dropNonPersons(chosen, taken)
	chosen = a.townsThroughout(chosen, taken, byPart)
	chosen = a.relabelCompanies(chosen, taken)
	a.coordinatedCompanies(chosen)
	chosen = a.sportsTeams(chosen, taken)
	a.orgsThroughout(chosen, taken)
	chosen = a.orgWordsThroughout(chosen, taken)
	chosen = a.firmPrefixes(chosen, taken)
	chosen = a.shortForms(chosen, taken)
	spacedVariants(chosen)
	a.partyMembers(chosen)
	// "the work for Schumer", "spokesman for Spitzer", "the debate against
	// Vacco": a cue for an organisation does not hold against the surname of
	// a person named in full in the same text, when no list knows the word
	// as an organisation.
	// Which reading the text makes more of: "Paribas" named as a firm
	// fourteen times beside one "Financiere de Paribas" prose read as a
	// person stays the firm.
	orgN, personN := map[string]int{}, map[string]int{}
	for _, c := range chosen {
		w := toks[c.t1-1].Text
		switch {
		case c.typ == kg.Org && c.t1-c.t0 == 1:
			orgN[w]++
		case c.typ == kg.Person:
			personN[w]++
		}
	}
	for i := range chosen {
		c := &chosen[i]
		if c.typ != kg.Org || c.in != nil || c.t1-c.t0 != 1 || allCaps(toks[c.t0].Text) {
			continue
		}
		w := toks[c.t0].Text
		if personN[w] <= orgN[w] && !a.givenOpensAll(byPart[normWord(w)], full) {
			continue
		}
		if id := resolvePart(w); id != "" && surnameOf(full[id], w) {
			c.typ, c.id, c.name = kg.Person, id, full[id]
		} else if ids := byPart[normWord(w)]; len(ids) > 1 && allSurname(ids, full, w) {
			c.typ, c.id, c.name = kg.Person, "person/"+slug(w), w // "Charles Schumer", "Chuck Schumer"
		}
	}
	// "the Gonzalez family": a one-word town no curated list names, before
	// "family", is the surname of the person named in full, or a family's.
	for i := range chosen {
		c := &chosen[i]
		// "the Paris family home" keeps the city.
		if c.typ != kg.GPE || c.t1-c.t0 != 1 || c.t1 >= len(toks) || c.in != nil && (c.in.country || c.in.nation || c.in.city && c.prio >= prioGaz) {
			continue
		}
		if !familyWords[toks[c.t1].Norm] {
			continue
		}
		if id := resolvePart(toks[c.t0].Text); id != "" && surnameOf(full[id], toks[c.t0].Text) {
			c.typ, c.id, c.name, c.in = kg.Person, id, full[id], nil
		} else {
			c.typ, c.id, c.name, c.in = kg.Person, "person/"+slug(toks[c.t0].Text), toks[c.t0].Text, nil
		}
	}
	// "Jordan said": a one-word place that is the surname of a person
	// named in full, in the speaker's slot, is that person.
	for i := range chosen {
		c := &chosen[i]
		if c.typ == kg.Person || c.t1-c.t0 != 1 || c.t1 >= len(toks) || !speechVerbs[toks[c.t1].Norm] {
			continue
		}
		if id := resolvePart(toks[c.t0].Text); id != "" && strings.HasSuffix(full[id], " "+toks[c.t0].Text) {
			c.typ, c.id, c.name, c.in = kg.Person, id, full[id], nil
		}
	}
	// "at Holmes' motivation", "from Elian's class": prose's one-word
	// place, or a GeoNames town, that is the surname or the given name of
	// a person named in full is that person.
	for i := range chosen {
		c := &chosen[i]
		if c.typ != kg.GPE || c.prio != prioProseGPE && c.prio != prioTown || c.t1-c.t0 != 1 {
			continue
		}
		w := toks[c.t0].Text
		if id := resolvePart(w); id != "" && (strings.HasSuffix(full[id], " "+w) || strings.HasPrefix(full[id], w+" ")) {
			c.typ, c.id, c.name, c.in = kg.Person, id, full[id], nil
		}
	}
	// Surnames and first names prose missed ("Stoltenberg said").
	for i, t := range toks {
		if taken[i] || a.boiler[i] || !capitalised(t.Text) || a.dateAt[i] >= 0 {
			continue
		}
		if i+1 < len(toks) && capitalised(toks[i+1].Text) && toks[i+1].Start-t.End <= 1 {
			continue // part of a longer name
		}
		if id := resolvePart(t.Text); id != "" && (t.Start != a.sents[a.sentOf[i]].Start || !a.lower[t.Norm]) {
			chosen = append(chosen, cand{t0: i, t1: i + 1, typ: kg.Person, id: id, name: full[id], prio: prioProse})
			taken[i] = true
		}
	}
	// Acronyms defined after a long form: "Committee to Protect Journalists (CPJ)".
	acr := map[string]cand{}
	for _, c := range chosen {
		if c.typ != kg.Org {
			continue
		}
		// "Acme Corp" may later be just "Acme".
		if c.in == nil && c.t1-c.t0 >= 2 && !strings.Contains(c.name, " ") && c.name == toks[c.t0].Text {
			acr[c.name] = c
		}
		if c.t1+2 >= len(toks) || toks[c.t1].Text != "(" || toks[c.t1+2].Text != ")" || !allCaps(toks[c.t1+1].Text) {
			continue
		}
		acr[toks[c.t1+1].Text] = c
	}
	// "the U.S. Immigration and Naturalization Service ... the INS": an
	// acronym of three letters or more that spells the initials of an
	// organisation named in full in the text is that organisation.
	for _, c := range chosen {
		if c.typ != kg.Org || c.t1-c.t0 < 2 {
			continue
		}
		// "General Motors Corp. ... GM": a company's two initials, its
		// legal form left out, stand for it too.
		e := c.t1
		for e > c.t0 && (toks[e-1].Text == "." || legalForms[toks[e-1].Norm]) {
			e--
		}
		need := 3
		if e < c.t1 && e-c.t0 >= 2 {
			need = 2
		}
		if e-c.t0 < need {
			continue
		}
		if ini := initials(toks[c.t0:e]); len(ini) >= need {
			if _, ok := acr[ini]; !ok {
				acr[ini] = c
			}
		}
	}
	for i := range chosen {
		c := &chosen[i]
		if c.t1-c.t0 == 1 {
			if long, ok := acr[toks[c.t0].Text]; ok && c.id != long.id {
				c.id, c.name, c.in, c.typ = long.id, long.name, long.in, long.typ
			}
		}
	}
	for i, t := range toks {
		if long, ok := acr[t.Text]; ok && !taken[i] {
			chosen = append(chosen, cand{t0: i, t1: i + 1, typ: long.typ, id: long.id, name: long.name, in: long.in, prio: prioGaz})
			taken[i] = true
		}
	}
	sort.Slice(chosen, func(i, j int) bool { return chosen[i].t0 < chosen[j].t0 })
	a.knownAs(chosen)
	a.orphanShortForms(chosen)
	for _, c := range chosen {
		if c.id == "" {
			continue
		}
		// One letter no list knows names no organisation ("C$37 a share").
		if c.typ == kg.Org && c.in == nil && c.t1-c.t0 == 1 && len(toks[c.t0].Text) == 1 {
			continue
		}
		m := &ment{t0: c.t0, t1: c.t1, typ: c.typ, id: c.id, in: c.in, prio: c.prio}
		a.ments = append(a.ments, m)
		for k := c.t0; k < c.t1; k++ {
			a.mentAt[k] = len(a.ments) - 1
		}
		if _, ok := a.ents[c.id]; !ok {
			ent := &kg.Entity{ID: c.id, Type: c.typ, Name: c.name}
			if c.in != nil {
				ent.Name, ent.Country, ent.City = c.in.name, c.in.country, c.in.city
			}
			a.ents[c.id] = ent
		}
	}
}

// surnameOf reports whether w is the last name of the full name, a suffix
// such as "Jr." aside.
func surnameOf(full, w string) bool {
	words := strings.Fields(full)
	for len(words) > 2 && nameSuffixes[strings.TrimSuffix(words[len(words)-1], ".")] {
		words = words[:len(words)-1]
	}
	return len(words) >= 2 && words[len(words)-1] == w
}

// initials spells the capitals that open an organisation's words, its
// connectives and a leading "U.S." left out: "Immigration and
// Naturalization Service" is INS.
func initials(ts []token) string {
	var b strings.Builder
	for k, t := range ts {
		if k == 0 && (t.Text == "U.S." || t.Text == "US" || t.Text == "UK" || t.Text == "U.K.") || orgConnectors[t.Norm] || t.Norm == "the" || t.Text == "&" {
			continue
		}
		if !capitalised(t.Text) || allCaps(t.Text) && len(t.Text) > 1 || strings.ContainsAny(t.Text, ".-'") {
			return "" // "NATO-Russia Council", "Dow Jones & Co.": no plain initials
		}
		b.WriteByte(t.Text[0])
	}
	return b.String()
}

// givenOpensAll reports whether a given name the lists know opens every
// full name in ids: "Eliot Spitzer" is a person's, "Financiere de
// Paribas", which prose may read as one, is not.
func (a *analysis) givenOpensAll(ids map[string]bool, full map[string]string) bool {
	for id := range ids {
		w := normWord(strings.Fields(full[id])[0])
		initial := len(strings.TrimSuffix(w, ".")) == 1 // "G. McGrath"
		if !a.g.given[w] && !a.g.givenWide[w] && !initial {
			return false
		}
	}
	return len(ids) > 0
}

// allSurname reports whether w is the surname of every full name in ids.
func allSurname(ids map[string]bool, full map[string]string, w string) bool {
	for id := range ids {
		if !surnameOf(full[id], w) {
			return false
		}
	}
	return true
}

// relabelCompanies turns one-word "persons" (and places only prose read)
// that behave like companies into organisations: a name before a title and
// a person ("Kroger CEO Rodney McMullen") or coordinated with an
// organisation ("between Kroger and Albertsons"). Every mention of that
// word follows.
func (a *analysis) relabelCompanies(chosen []cand, taken []bool) []cand {
	toks := a.toks
	at := map[int]int{} // token -> chosen index
	for i, c := range chosen {
		for k := c.t0; k < c.t1; k++ {
			at[k] = i
		}
	}
	// Words a title or a full name shows to be a person's ("Senator Obama
	// ... Obama said on Monday it would").
	personal := map[string]bool{}
	for _, c := range chosen {
		if c.typ == kg.Person && (c.t1-c.t0 >= 2 || c.prio >= prioTitle) {
			for k := c.t0; k < c.t1; k++ {
				personal[toks[k].Text] = true
			}
		}
	}
	singles := map[string]bool{}
	atStart := map[string]bool{} // singles only a sentence's start holds: no post after them makes a company ("Putin spokesman X")
	for _, c := range chosen {
		if (c.typ == kg.Person || prosePlace(c)) && c.t1-c.t0 == 1 && !strings.Contains(c.name, " ") {
			singles[toks[c.t0].Text] = true
		}
	}
	// Capitalised words no rule typed may be companies too.
	for k, t := range toks {
		// (At a sentence's start only a word no dictionary lists: "Halvane's
		// shares fell", not "Investors said".)
		if !taken[k] && a.plainName(k) && !allCaps(t.Text) && !a.g.given[t.Norm] && (!isSentenceStart(a, k) || !a.g.common[t.Norm] && !a.lower[t.Norm] && !a.g.givenWide[t.Norm]) &&
			!(k > 0 && capitalised(toks[k-1].Text) && a.sameSent(k-1, k)) && !(k+1 < len(toks) && capitalised(toks[k+1].Text) && a.sameSent(k, k+1)) {
			if !singles[t.Text] && isSentenceStart(a, k) {
				atStart[t.Text] = true
			}
			singles[t.Text] = true
		}
	}
	if len(singles) == 0 {
		return chosen
	}
	isOrg := func(k int) bool {
		i, ok := at[k]
		return ok && chosen[i].typ == kg.Org
	}
	orgWords := map[string]bool{}
	for round := 0; round < 2; round++ {
		for k0, t := range toks {
			if !singles[t.Text] || orgWords[t.Text] {
				continue
			}
			// Only corporate titles: "Putin spokesman Dmitry Peskov" is no company.
			k := k0 + 1
			corporate := false
			// "Dole campaign manager Scott Reed": a candidate's campaign.
			for k < len(toks) && a.g.titles[toks[k].Norm] && !(k == k0+1 && toks[k].Norm == "campaign") {
				corporate = corporate || corporateTitles[toks[k].Norm] || staffTitles[toks[k].Norm]
				k++
			}
			if i, ok := at[k]; ok && corporate && chosen[i].typ == kg.Person && chosen[i].t0 == k && !atStart[t.Text] {
				orgWords[t.Text] = true
			}
			if a.orgCue(k0, k0+1, true) && !personal[t.Text] {
				orgWords[t.Text] = true
			}
			// "Nvidia shares rose", "shares of Nvidia", "Nvidia's stock".
			n := k0 + 1
			if n < len(toks) && toks[n].Norm == "'s" {
				n++
			}
			if n < len(toks) && stockWords[toks[n].Norm] {
				orgWords[t.Text] = true
			}
			if k0 >= 2 && toks[k0-1].Norm == "of" && (toks[k0-2].Norm == "shares" || toks[k0-2].Norm == "stock") {
				orgWords[t.Text] = true
			}
			// "Windows and Google's Android" coordinates what they own.
			if k0+2 < len(toks) && (toks[k0+1].Norm == "and" || toks[k0+1].Norm == "or") && (isOrg(k0+2) || orgWords[toks[k0+2].Text]) &&
				!(k0+3 < len(toks) && toks[k0+3].Norm == "'s") && !(k0 > 0 && toks[k0-1].Norm == "'s") {
				orgWords[t.Text] = true
			}
			if k0 >= 2 && (toks[k0-1].Norm == "and" || toks[k0-1].Norm == "or") && (isOrg(k0-2) || orgWords[toks[k0-2].Text]) {
				orgWords[t.Text] = true
			}
		}
	}
	for i := range chosen {
		c := &chosen[i]
		if (c.typ == kg.Person || prosePlace(*c)) && c.t1-c.t0 == 1 && orgWords[toks[c.t0].Text] && !strings.Contains(c.name, " ") {
			c.typ, c.id = kg.Org, "org/"+slug(c.name)
		}
	}
	for k, t := range toks {
		if orgWords[t.Text] && !taken[k] && !a.boiler[k] {
			chosen = append(chosen, cand{t0: k, t1: k + 1, typ: kg.Org, id: "org/" + slug(t.Text), name: t.Text, prio: prioProse})
			taken[k] = true
		}
	}
	return chosen
}

// coordinatedCompanies: "Sequoia Capital and Andreessen Horowitz", "Warren
// Buffett's Berkshire Hathaway": a name of several words that only prose
// calls a person, with no given name, coordinated with an organisation or
// owned by a person named in full, is an organisation.
func (a *analysis) coordinatedCompanies(chosen []cand) {
	toks := a.toks
	at := map[int]int{} // token -> chosen index
	for i, c := range chosen {
		for k := c.t0; k < c.t1; k++ {
			at[k] = i
		}
	}
	isOrg := func(k int) bool {
		i, ok := at[k]
		return ok && chosen[i].typ == kg.Org
	}
	isPerson := func(k int) bool {
		i, ok := at[k]
		return ok && chosen[i].typ == kg.Person && chosen[i].t1 == k+1 && chosen[i].t1-chosen[i].t0 >= 2
	}
	conj := func(k int) bool { return k >= 0 && k < len(toks) && (toks[k].Norm == "and" || toks[k].Norm == "or") }
	for i := range chosen {
		c := &chosen[i]
		if c.typ != kg.Person || c.prio != prioProse || c.t1-c.t0 < 2 || a.g.given[toks[c.t0].Norm] || a.g.givenWide[toks[c.t0].Norm] {
			continue
		}
		// "Warren Buffett's Berkshire Hathaway": what a person owns.
		owned := c.t0 >= 2 && toks[c.t0-1].Norm == "'s" && isPerson(c.t0-2) && toks[c.t0].Start-toks[c.t0-1].End == 1
		// "Kestrel Arrow said on Monday it had hired bankers", "Kestrel
		// Arrow's shares": it behaves as a company does.
		if owned || a.orgCue(c.t0, c.t1, false) || conj(c.t0-1) && isOrg(c.t0-2) && !(c.t0-2 > 0 && toks[c.t0-2].Norm == "'s") || conj(c.t1) && isOrg(c.t1+1) && !(c.t1+2 < len(toks) && toks[c.t1+2].Norm == "'s") {
			name := joinTokens(a.text, toks[c.t0:c.t1])
			c.typ, c.id, c.name = kg.Org, "org/"+slug(name), name
		}
	}
}

var corporateTitles = lexSet("titles.txt", "corporate")

// prosePlace reports a place only prose read, that no list knows: one that
// behaves like a company is one ("Shares in Halvorsen rose").
func prosePlace(c cand) bool {
	return c.typ == kg.GPE && c.in == nil && c.prio < prioGaz
}

// stockWords after a bare name make it a listed company ("Nvidia shares").
var stockWords = lexSet("orgwords.txt", "stock")

// staffTitles between a bare name and a person's name make the bare name
// the employer: "Williams technical director Sam Michael".
var staffTitles = lexSet("titles.txt", "staff")

// dropNonPersons removes "persons" that are titles of works ("flops Sahara
// and Alfie") and lone capitalised words prose called persons that no
// full name, given name or title backs ("Market concerns ...").
func (a *analysis) dropNonPersons(chosen []cand, taken []bool) []cand {
	toks := a.toks
	kept := chosen[:0]
	for _, c := range chosen {
		drop := false
		if c.typ == kg.Person && c.prio < prioTitle {
			switch {
			case a.workTitle(c.t0):
				drop = true
			case c.prio == prioProse && c.t1-c.t0 == 1 && !strings.Contains(c.name, " ") && !a.g.given[toks[c.t0].Norm] &&
				!(c.t1 < len(toks) && speechVerbs[toks[c.t1].Norm] && !(c.t1+1 < len(toks) && neuter[toks[c.t1+1].Norm])):
				drop = true
			}
		}
		if drop {
			for k := c.t0; k < c.t1; k++ {
				taken[k] = false
			}
			continue
		}
		kept = append(kept, c)
	}
	return kept
}

// nameVariants: "Victor Makarov" beside "Viktor Makarov", "Sergey
// Lavrov" beside "Sergei Lavrov": one person whose given name is
// transliterated two ways, or "M. Lee Pearce" beside "Lee Pearce", named
// once with initials. The first spelling read names him.
func (a *analysis) nameVariants(chosen []cand, full map[string]string, byPart map[string]map[string]bool) {
	first := map[string]string{} // spelling key -> id
	into := map[string]string{}
	order := make([]cand, len(chosen))
	copy(order, chosen)
	sort.SliceStable(order, func(i, j int) bool { return order[i].t0 < order[j].t0 })
	for _, c := range order {
		if c.typ != kg.Person || full[c.id] == "" {
			continue
		}
		k := translitKey(full[c.id])
		if id, ok := first[k]; !ok {
			first[k] = c.id
		} else if id != c.id {
			into[c.id] = id
		}
	}
	// "M. Lee Pearce" ... "Lee Pearce": a name without initials joins the
	// one name with initials that reads like it, the first read naming
	// both. Two names with different initials ("John A. Smith", "John B.
	// Smith") are two people and take no bare name.
	type group struct {
		firstID  string   // the first of the names read
		initials []string // distinct spelling keys with initials
		ids      []string
	}
	groups := map[string]*group{}
	var keys []string
	for _, c := range order {
		if c.typ != kg.Person || full[c.id] == "" || into[c.id] != "" {
			continue
		}
		stripped := withoutInitials(full[c.id])
		b := translitKey(stripped)
		g := groups[b]
		if g == nil {
			g = &group{firstID: c.id}
			groups[b] = g
			keys = append(keys, b)
		}
		if !contains(g.ids, c.id) {
			g.ids = append(g.ids, c.id)
		}
		if k := translitKey(full[c.id]); stripped != full[c.id] && !contains(g.initials, k) {
			g.initials = append(g.initials, k)
		}
	}
	for _, b := range keys {
		g := groups[b]
		if len(g.initials) != 1 {
			continue
		}
		for _, id := range g.ids {
			if id != g.firstID {
				into[id] = g.firstID
			}
		}
	}
	a.joinNames(chosen, full, byPart, into)
}

// withoutInitials drops the initials of a name of two words more: "M. Lee
// Pearce" and "Harry J. Gray" are later "Lee Pearce" and "Harry Gray".
func withoutInitials(name string) string {
	words := strings.Fields(name)
	var keep []string
	for _, w := range words {
		if len(w) != 2 || w[1] != '.' {
			keep = append(keep, w)
		}
	}
	if len(keep) < 2 || len(keep) == len(words) {
		return name
	}
	return strings.Join(keep, " ")
}

var translit = strings.NewReplacer("k", "c", "ph", "f", "y", "i", "x", "cs", "w", "v")

// translitKey spells a name so that transliterations of one name meet:
// lower case, k as c, ph as f, y as i, x as ks, w as v, doubled letters
// single.
func translitKey(name string) string {
	s := translit.Replace(strings.ToLower(name))
	var b strings.Builder
	var last rune
	for _, c := range s {
		if c != last {
			b.WriteRune(c)
		}
		last = c
	}
	return b.String()
}

// joinNames gives every person read as a key of into the ID it maps to.
func (a *analysis) joinNames(chosen []cand, full map[string]string, byPart map[string]map[string]bool, into map[string]string) {
	if len(into) == 0 {
		return
	}
	for i := range chosen {
		c := &chosen[i]
		if to, ok := into[c.id]; ok && c.typ == kg.Person {
			c.id, c.name = to, full[to]
		}
	}
	for id := range into {
		delete(full, id)
		for _, ids := range byPart {
			if ids[id] {
				delete(ids, id)
				ids[into[id]] = true
			}
		}
	}
}

// namePrefixes: "Juan Miguel" beside "Juan Miguel Gonzalez" is the one
// full name it opens, when it opens only one: the given names without the
// surname.
func (a *analysis) namePrefixes(chosen []cand, full map[string]string, byPart map[string]map[string]bool) {
	into := map[string]string{}
	for id, name := range full {
		w := strings.Fields(name)
		target := ""
		for id2, name2 := range full {
			w2 := strings.Fields(name2)
			if id2 == id || len(w2) <= len(w) || strings.Join(w2[:len(w)], " ") != name {
				continue
			}
			if target != "" && full[target] != name2 {
				target = "-"
				break
			}
			target = id2
		}
		if target != "" && target != "-" {
			into[id] = target
		}
	}
	a.joinNames(chosen, full, byPart, into)
}

// companyHeads end names whose first word alone later names the same
// organisation ("Redhill Studios" ... "Redhill").
var companyHeads = lexSet("orgwords.txt", "company-head")

// shortForms: an organisation named in full is later named by its first
// word ("Redhill Studios" ... "Redhill"), a club by its last ("Blackburn
// Rovers" ... "Rovers"), a party by its initials ("Scottish National
// Party" ... "SNP").
func (a *analysis) shortForms(chosen []cand, taken []bool) []cand {
	toks := a.toks
	short := map[string]*cand{}
	clash := map[string]bool{}
	// legal: "Courtaulds PLC" is Courtaulds by its legal form alone; its
	// bare name is the firm's, before "Courtaulds Textiles" (its unit).
	legal := map[string]*cand{}
	legalClash := map[string]bool{}
	put := func(w string, c *cand) {
		if o, ok := short[w]; ok && o.id != c.id {
			clash[w] = true
		}
		short[w] = c
	}
	for i := range chosen {
		c := &chosen[i]
		if c.typ != kg.Org || c.t1-c.t0 < 2 {
			continue
		}
		last := toks[c.t1-1].Norm
		first := toks[c.t0]
		if legalForms[last] && c.t1-c.t0 == 2 && capitalised(first.Text) && !allCaps(first.Text) {
			if o, ok := legal[first.Text]; ok && o.id != c.id {
				legalClash[first.Text] = true
			}
			legal[first.Text] = c
		}
		// "Ford Motor Co." ... "Ford's": the word before the legal form
		// says what the company is.
		head := last
		for e := c.t1 - 1; e > c.t0+1 && (legalForms[toks[e].Norm] || toks[e].Text == "."); e-- {
			head = toks[e-1].Norm
		}
		// "Institut Merieux S.A." ... "Merieux": after a foreign head, the
		// one name word.
		if foreignHeads[first.Norm] && c.t0+2 <= c.t1 && capitalised(toks[c.t0+1].Text) {
			if e := c.t0 + 2; e == c.t1 || legalForms[toks[e].Norm] {
				put(toks[c.t0+1].Text, c)
			}
		}
		switch {
		case a.g.titles[first.Norm]:
			// A title word opening the name is no short form of it:
			// "General Motors Corp." leaves "General Tom Lowe" alone.
		case (companyHeads[last] || clubHeads[last]) && capitalised(first.Text) && !allCaps(first.Text):
			put(first.Text, c)
		case sectorHeads[head] && !outletHeads[head] && (head == last || !a.g.given[first.Norm]) && capitalised(first.Text) && !allCaps(first.Text) && a.g.demonymCountry(first.Norm) == nil:
			// "Texas Instruments" ... "Texas said": a company named for a
			// line of business, but not for a country ("China Daily",
			// "British Steel" leave "China" and "British" alone).
			if e, _ := a.g.match(toks, c.t0); e == nil || !e.ent.country && !e.ent.nation {
				put(first.Text, c)
			}
		}
		if clubHeads[last] && last != "fc" && last != "afc" {
			put(toks[c.t1-1].Text, c)
		}
		if legalForms[last] {
			a.legalShortForms(c, chosen, put)
		}
		// "Baltimore Orioles" ... "the Orioles".
		if e, n := a.g.match(toks, c.t0); e != nil && e.ent.typ == kg.GPE && c.t0+n < c.t1 && a.nicknamePlural(c.t1-1) && a.sportsDoc() {
			put(toks[c.t1-1].Text, c)
		}
		var initials []byte
		for k := c.t0; k < c.t1; k++ {
			if capitalised(toks[k].Text) && isUpperByte(toks[k].Text[0]) {
				initials = append(initials, toks[k].Text[0])
			} else if !orgConnectors[toks[k].Norm] {
				initials = nil
				break
			}
		}
		if len(initials) >= 2 {
			put(string(initials), c)
		}
	}
	for w, c := range legal {
		if clash[w] && !legalClash[w] {
			short[w], clash[w] = c, false
		}
	}
	if len(short) == 0 {
		return chosen
	}
	for i := range chosen {
		c := &chosen[i]
		w := toks[c.t0].Text
		long, ok := short[w]
		if !ok || clash[w] || c.t1-c.t0 != 1 || c.id == long.id || (c.in != nil && c.typ == kg.Org) || strings.Contains(c.name, " ") {
			continue
		}
		c.typ, c.id, c.name, c.in = long.typ, long.id, long.name, long.in
	}
	for k, t := range toks {
		if long, ok := short[t.Text]; ok && !clash[t.Text] && !taken[k] && !a.boiler[k] && a.dateAt[k] < 0 {
			chosen = append(chosen, cand{t0: k, t1: k + 1, typ: long.typ, id: long.id, name: long.name, in: long.in, prio: prioProse})
			taken[k] = true
		}
	}
	return a.bodyHeads(chosen)
}

// legalShortForms puts the short forms of firm c, named with its legal
// form: "Adolph Coors Co." ... "Coors" (a firm named for a person, by its
// surname), "RJR Nabisco Inc." ... "RJR" (capitals no list knows opening
// its name), "Anheuser-Busch Cos." ... "Anheuser" (a hyphenated name, by
// its first part).
func (a *analysis) legalShortForms(c *cand, chosen []cand, put func(string, *cand)) {
	toks := a.toks
	first, second := toks[c.t0], toks[c.t0+1]
	if c.t1-c.t0 == 3 && (a.g.given[first.Norm] || a.g.givenWide[first.Norm]) && capitalised(second.Text) && !a.g.given[second.Norm] {
		put(second.Text, c)
	}
	if e, _ := a.g.match(toks, c.t0); e != nil {
		return // the lists know what its first word names
	}
	switch {
	case c.t1-c.t0 >= 3 && allCaps(first.Text) && len(first.Text) >= 2 && capitalised(second.Text) && !legalForms[second.Norm]:
		put(first.Text, c)
	case c.t1-c.t0 == 4 && a.joinedHyphen(c.t0+1) && capitalised(first.Text) && capitalised(toks[c.t0+2].Text) && a.g.demonymCountry(first.Norm) == nil:
		put(first.Text, c)
	case c.t1-c.t0 >= 3 && a.ownWord(c.t0, chosen) && capitalised(second.Text) && !legalForms[second.Norm] && !orgConnectors[second.Norm]:
		// "Ralston Purina Co." ... "Ralston said", "Salomon Brothers Inc."
		// ... "Salomon": a first word that is no English word, given name
		// or person's surname here is the firm's name.
		put(first.Text, c)
	}
}

// ownWord reports a capitalised word at token k that can only be a name:
// no English word, title, given name or demonym, and no surname of a person
// the text names (among chosen).
func (a *analysis) ownWord(k int, chosen []cand) bool {
	t := a.toks[k]
	if !capitalised(t.Text) || allCaps(t.Text) || a.g.common[t.Norm] || a.lower[t.Norm] || a.g.titles[t.Norm] || a.g.given[t.Norm] || a.g.givenWide[t.Norm] || a.g.demonymCountry(t.Norm) != nil {
		return false
	}
	for _, m := range chosen {
		if m.typ == kg.Person && m.t1-m.t0 >= 2 && a.toks[m.t1-1].Text == t.Text {
			return false
		}
	}
	return true
}

// firmPrefixes: "American Medical International Inc. ... American Medical
// said", "DPC Acquisition Partners ... DPC Acquisition said": two or more
// of the first words of a firm named with its legal form, or all its words
// but a head word ("Partners", "Group"), read as a name of their own (an
// organisation or a person no list knows), are that firm. Two firms that
// share the words leave them alone.
func (a *analysis) firmPrefixes(chosen []cand, taken []bool) []cand {
	chosen = a.firmBaseNames(chosen, taken)
	toks := a.toks
	long := map[string]*cand{}
	clash := map[string]bool{}
	for i := range chosen {
		c := &chosen[i]
		if c.typ != kg.Org || c.t1-c.t0 < 3 {
			continue
		}
		e := c.t1 - 1 // the legal form or the head word
		switch {
		case legalForms[toks[e].Norm] && c.t1-c.t0 >= 4:
			for e > c.t0 && (legalForms[toks[e-1].Norm] || toks[e-1].Text == ".") {
				e--
			}
		case companyHeads[toks[e].Norm] && !legalForms[toks[e].Norm] && capitalised(toks[e].Text):
			// "DPC Acquisition Partners ... DPC Acquisition": a firm's
			// name without its head word.
			e++
		default:
			continue
		}
		for n := c.t0 + 2; n < e; n++ {
			if !capitalised(toks[n-1].Text) {
				continue // "Bank of"
			}
			p := joinTokens(a.text, toks[c.t0:n])
			if o, ok := long[p]; ok && o.id != c.id {
				clash[p] = true
			}
			long[p] = c
		}
	}
	for i := range chosen {
		c := &chosen[i]
		// "Marcus Welby ... Marcus Welby Holdings Inc.": a given name of the
		// curated list opens a person's name, not the firm named after him
		// ("Polly Peck", "Smith Barney" are firms).
		if c.t1-c.t0 < 2 || c.typ != kg.Org && c.typ != kg.Person || c.in != nil || c.typ == kg.Person && a.g.given[toks[c.t0].Norm] {
			continue
		}
		p := joinTokens(a.text, toks[c.t0:c.t1])
		if l, ok := long[p]; ok && !clash[p] && l.id != c.id {
			c.typ, c.id, c.name, c.in = l.typ, l.id, l.name, l.in
		}
	}
	return chosen
}

// firmBaseNames: "First Boston Corp. ... Mark Adley of First Boston": a
// firm's name without its legal form, wherever it stands whole, is the
// firm, over the shorter names read inside it ("Boston").
func (a *analysis) firmBaseNames(chosen []cand, taken []bool) []cand {
	toks := a.toks
	type base struct {
		c    cand
		text []string
	}
	var bases []base
	for _, c := range chosen {
		if c.typ != kg.Org || c.t1-c.t0 < 3 || !legalForms[toks[c.t1-1].Norm] {
			continue
		}
		var words []string
		for k := c.t0; k < c.t1-1; k++ {
			words = append(words, toks[k].Text)
		}
		bases = append(bases, base{c, words})
	}
	for _, b := range bases {
		n := len(b.text)
		for k := 0; k+n <= len(toks); k++ {
			if k == b.c.t0 || !a.sameSent(k, k+n-1) || !a.sameLine(k, k+n-1) {
				continue
			}
			match := true
			for j, w := range b.text {
				if toks[k+j].Text != w {
					match = false
					break
				}
			}
			// Whole: no capitalised word or legal form runs on, none before.
			if !match || k+n < len(toks) && capitalised(toks[k+n].Text) && a.sameSent(k, k+n) || k > 0 && capitalised(toks[k-1].Text) && a.sameSent(k-1, k) && !(isSentenceStart(a, k-1) && (a.lower[toks[k-1].Norm] || sentenceOpeners[toks[k-1].Norm])) {
				continue
			}
			ok := true
			var kept []cand
			for _, c := range chosen {
				if c.t1 <= k || c.t0 >= k+n {
					kept = append(kept, c)
					continue
				}
				if c.t0 < k || c.t1 > k+n || c.id == b.c.id {
					ok = false // a longer name, or the firm read already
					break
				}
			}
			if !ok {
				continue
			}
			nc := b.c
			nc.t0, nc.t1 = k, k+n
			chosen = append(kept, nc)
			for j := k; j < k+n; j++ {
				taken[j] = true
			}
		}
	}
	return chosen
}

// bodyHeads: "the Constitutional Affairs Select Committee ... Committee
// chairman Alan Beith said": a body's head noun alone, capitalised, after
// "the" or before a title, a speech verb or "'s", is the one body of the
// document whose name ends in it.
func (a *analysis) bodyHeads(chosen []cand) []cand {
	toks := a.toks
	long := map[string]*cand{}
	clash := map[string]bool{}
	for i := range chosen {
		c := &chosen[i]
		if c.typ != kg.Org || c.t1-c.t0 < 2 || !memberBodies[toks[c.t1-1].Norm] {
			continue
		}
		w := toks[c.t1-1].Text
		if o, ok := long[w]; ok && o.id != c.id {
			clash[w] = true
		}
		long[w] = c
	}
	if len(long) == 0 {
		return chosen
	}
	for i := range chosen {
		c := &chosen[i]
		l, ok := long[toks[c.t0].Text]
		if !ok || clash[toks[c.t0].Text] || c.t1-c.t0 != 1 || c.typ != kg.Org || c.in != nil || c.id == l.id {
			continue
		}
		k := c.t0
		n := ""
		if k+1 < len(toks) {
			n = toks[k+1].Norm
		}
		if !(k > 0 && toks[k-1].Norm == "the" || a.g.titles[n] || speechVerbs[n] || n == "'s") {
			continue
		}
		c.id, c.name, c.in = l.id, l.name, l.in
	}
	return chosen
}

// orgsThroughout: a name typed an organisation once is one throughout the
// document ("Halvorsen Systems ... Halvorsen Systems said"), where prose
// read another mention of it as a person, also without its legal form
// ("Halvex Mills Inc. ... Halvex Mills' share") and where a title word
// opens it ("General Mills Inc. ... General Mills' share" is no General
// Mills).
func (a *analysis) orgsThroughout(chosen []cand, taken []bool) {
	orgs := map[string]cand{}
	for _, c := range chosen {
		if c.typ == kg.Org {
			text := joinTokens(a.text, a.toks[c.t0:c.t1])
			orgs[text] = c
			if base, ok := trimCorporate(text); ok && c.t1-c.t0 >= 3 {
				orgs[base] = c
			}
		}
	}
	for i := range chosen {
		c := &chosen[i]
		if c.typ != kg.Person {
			continue
		}
		o, ok := orgs[joinTokens(a.text, a.toks[c.t0:c.t1])]
		if ok && (c.prio == prioProse || o.t1-o.t0 > c.t1-c.t0) {
			c.typ, c.id, c.name, c.in = kg.Org, o.id, o.name, o.in
			continue
		}
		if p := c.t0 - 1; p >= 0 && !taken[p] && a.g.titles[a.toks[p].Norm] && capitalised(a.toks[p].Text) && a.sameSent(p, c.t0) {
			if o, ok := orgs[joinTokens(a.text, a.toks[p:c.t1])]; ok {
				c.t0, taken[p] = p, true
				c.typ, c.id, c.name, c.in = kg.Org, o.id, o.name, o.in
			}
		}
	}
}

// partyMembers: "a Republican leader", "the Liberal Democrat group": an
// organisation read from a party member's word, whose plural the lists know
// as a party ("Republicans", "Liberal Democrats"), is that party, not an
// organisation of its own.
func (a *analysis) partyMembers(chosen []cand) {
	for i := range chosen {
		c := &chosen[i]
		if c.typ != kg.Org || c.in != nil {
			continue
		}
		name := joinTokens(a.text, a.toks[c.t0:c.t1])
		in := a.g.lookupName(name + "s")
		if in == nil || in.typ != kg.Org || !(strings.HasSuffix(in.name, " Party") || in.name == name+"s") {
			continue
		}
		c.id, c.name, c.in = in.id, in.name, in
	}
}

// orgWordsThroughout: an organisation named by one capitalised word
// ("Cabinet" in "told his Cabinet") is that organisation wherever else the
// word stands alone, capitalised, untaken: "Cabinet minister Michael
// Eitan". Only words that are no person's name part, place or date.
func (a *analysis) orgWordsThroughout(chosen []cand, taken []bool) []cand {
	toks := a.toks
	one := map[string]cand{}
	clash := map[string]bool{}
	persons := map[string]bool{}
	for _, c := range chosen {
		if c.typ == kg.Person {
			for k := c.t0; k < c.t1; k++ {
				persons[toks[k].Text] = true
			}
		}
		if c.typ != kg.Org || c.t1-c.t0 != 1 || allCaps(toks[c.t0].Text) || len(toks[c.t0].Text) < 4 {
			continue
		}
		w := toks[c.t0].Text
		if o, ok := one[w]; ok && o.id != c.id {
			clash[w] = true
		}
		one[w] = c
	}
	for k, t := range toks {
		o, ok := one[t.Text]
		if !ok || clash[t.Text] || persons[t.Text] || taken[k] || a.boiler[k] || a.dateAt[k] >= 0 {
			continue
		}
		if k+1 < len(toks) && capitalised(toks[k+1].Text) && a.sameSent(k, k+1) && !a.g.titles[toks[k+1].Norm] {
			continue // part of a longer name
		}
		if k > 0 && capitalised(toks[k-1].Text) && a.sameSent(k-1, k) && !isSentenceStart(a, k) && !determiners[toks[k-1].Norm] {
			continue
		}
		chosen = append(chosen, cand{t0: k, t1: k + 1, typ: o.typ, id: o.id, name: o.name, in: o.in, prio: prioProse})
		taken[k] = true
	}
	return chosen
}

// knownAs: "Mohammed Odeh, also known as Mohammad Howaida and Abdull
// Awadh": the names after "also known as", "known as", "alias" or "a.k.a."
// are more names of the person before them. chosen is sorted by token.
func (a *analysis) knownAs(chosen []cand) {
	toks := a.toks
	for i := range chosen {
		c := chosen[i]
		if c.typ != kg.Person || c.id == "" {
			continue
		}
		k := c.t1
		if k < len(toks) && (toks[k].Text == "," || toks[k].Text == "(") {
			k++
		}
		if k < len(toks) && toks[k].Norm == "also" {
			k++
		}
		switch {
		case k+1 < len(toks) && toks[k].Norm == "known" && toks[k+1].Norm == "as":
			k += 2
		case k < len(toks) && (toks[k].Norm == "alias" || toks[k].Norm == "a.k.a." || toks[k].Norm == "aka"):
			k++
		default:
			continue
		}
		for j := i + 1; j < len(chosen); j++ {
			o := &chosen[j]
			if o.t0 != k || o.typ != kg.Person || !a.sameSent(c.t0, o.t0) {
				break
			}
			o.id, o.name = c.id, c.name
			k = o.t1
			if k < len(toks) && toks[k].Text == "," {
				k++
			}
			if k < len(toks) && (toks[k].Norm == "and" || toks[k].Norm == "or") {
				k++
			}
		}
	}
}

// spacedKey is an organisation's ID without its hyphens: the same for
// "org/time-warner" and "org/timewarner".
func spacedKey(id string) string {
	return strings.ReplaceAll(strings.TrimPrefix(id, "org/"), "-", "")
}

// spacedVariants gives one organisation written with and without spaces
// or hyphens ("TimeWarner" and "Time Warner", "Glaxo-SmithKline") one ID,
// the one Canonicalize gives it across documents (spacedBetter), so that
// every document that writes either form links to the same entity.
func spacedVariants(chosen []cand) {
	best := map[string]cand{} // spacedKey -> the cand of the preferred ID
	for _, c := range chosen {
		if c.typ != kg.Org || c.id == "" {
			continue
		}
		k := spacedKey(c.id)
		if b, ok := best[k]; !ok || spacedBetter(c.id, b.id) {
			best[k] = c
		}
	}
	for i := range chosen {
		c := &chosen[i]
		if c.typ == kg.Org && c.id != "" {
			b := best[spacedKey(c.id)]
			c.id, c.name = b.id, b.name
		}
	}
}

// spacedBetter reports whether organisation ID x is preferred to y, of
// the same spacedKey: the one in more words, then the smaller.
func spacedBetter(x, y string) bool {
	wx, wy := strings.Count(x, "-"), strings.Count(y, "-")
	return wx > wy || wx == wy && x < y
}

// orphanShortForms: "Eastman Christensen Co. ... a stake in Eastman": a
// word read as the short form of a person named like a firm of the text,
// when no mention names that person in full, is the firm's.
func (a *analysis) orphanShortForms(chosen []cand) {
	firms := map[string]*cand{}
	full := map[string]bool{}
	for i := range chosen {
		c := &chosen[i]
		switch {
		case c.typ == kg.Org && strings.HasPrefix(c.id, "org/"):
			firms["person/"+strings.TrimPrefix(c.id, "org/")] = c
		case c.typ == kg.Person && c.t1-c.t0 >= 2:
			full[c.id] = true
		}
	}
	for i := range chosen {
		c := &chosen[i]
		if f, ok := firms[c.id]; ok && c.typ == kg.Person && !full[c.id] {
			c.typ, c.id, c.name, c.in = f.typ, f.id, f.name, f.in
		}
	}
}
