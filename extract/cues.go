package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/kg-project/kg"
)

// Cues that type a capitalised name from the words around it, for names no
// list knows: companies, clubs and parties without an organisation noun,
// towns in modifier positions, works of art that look like names.

// orgNouns are common nouns that introduce an organisation's bare name
// ("security firm Sentrix", "retailer Woolworths", "studio Paramount").
var orgNouns = lexSet("orgwords.txt", "noun")

// orgFollowers after a bare name say it is an organisation
// ("Sentrix said it", "Viacom's chairman", "Brightwave shares").
var orgPossessed = lexSet("orgwords.txt", "possessed")

// neuter pronouns after a speech verb: "Keyhole said it would".
var neuter = lexSet("grammar.txt", "neuter")

// clubHeads end the names of sports clubs ("Bolton Wanderers").
var clubHeads = lexSet("orgwords.txt", "club-head")

// partyPlurals end the names of parties ("Liberal Democrats").
var partyPlurals = lexSet("orgwords.txt", "party-plural")

// workNouns introduce the titles of works: films, games, shows, books.
var workNouns = lexSet("cues.txt", "work")

// personNouns after "the <Town>" make the town a place ("the Leeds man").
var personNouns = lexSet("cues.txt", "person")

// incidentNouns after "the <Town>" make the town a place ("the Roseburg
// college shooting").
var incidentNouns = lexSet("cues.txt", "incident")

// compass words before a town ("in west Belfast", "north London").
var compass = lexSet("cues.txt", "compass")

// placeHeads end a place name after a known place or "in/at/from":
// "Guantanamo Bay", "Mountain View"; waterHeads make it a LOC.
var placeHeads = lexSet("cues.txt", "place-head")

var waterHeads = lexSet("cues.txt", "water-head")

// outletWords after "the X" make X a newspaper or magazine.
var outletWords = lexSet("orgwords.txt", "outlet-word")

// plainName reports a capitalised word that may be a bare name: no title,
// demonym, list word, date or boilerplate.
func (a *analysis) plainName(k int) bool {
	if k < 0 || k >= len(a.toks) {
		return false
	}
	t := a.toks[k]
	return capitalised(t.Text) && !a.g.titles[t.Norm] && !a.g.nonEnt[t.Norm] && !a.g.honorifics[t.Norm] &&
		a.g.demonymCountry(t.Norm) == nil && a.dateAt[k] < 0 && !a.boiler[k] && !a.headline[k] && !calendarWords[t.Norm]
}

// sameSent reports whether tokens i and j are in one sentence.
func (a *analysis) sameSent(i, j int) bool {
	return i >= 0 && j >= 0 && i < len(a.toks) && j < len(a.toks) && a.sentOf[i] == a.sentOf[j]
}

// placeCues finds towns the lists do not know from the syntax around them:
// "in west Belfast", "the Leeds man", "the Roseburg college shooting",
// "from Wembley, London".
func (a *analysis) placeCues() []cand {
	var out []cand
	toks := a.toks
	mk := func(k int) cand {
		name := toks[k].Text
		c := cand{t0: k, t1: k + 1, typ: kg.GPE, id: "place/" + slug(name), name: name, prio: prioTitle}
		if e, n := a.g.match(toks, k); e != nil && n == 1 && e.ent.typ != kg.Person {
			if e.ent.typ == kg.GPE || e.ent.typ == kg.Loc {
				c.id, c.name, c.in, c.typ = e.ent.id, e.ent.name, e.ent, e.ent.typ
			}
		}
		return c
	}
	single := func(k int) bool { // one capitalised word, not part of a longer name
		return a.plainName(k) && !allCaps(toks[k].Text) && !(k+1 < len(toks) && capitalised(toks[k+1].Text) && a.sameSent(k, k+1)) &&
			!(k > 0 && capitalised(toks[k-1].Text) && a.sameSent(k-1, k) && !isSentenceStart(a, k) && !(isSentenceStart(a, k-1) && determiners[toks[k-1].Norm]))
	}
	for i := 1; i+1 < len(toks); i++ {
		p := toks[i-1].Norm
		switch {
		case compass[toks[i].Norm] && !capitalised(toks[i].Text) && (p == "in" || p == "from" || p == "of" || p == "near" || p == "across") && single(i+1):
			out = append(out, mk(i+1))
		case p == "the" && single(i) && !a.g.given[toks[i].Norm]:
			j := i + 1
			if personNouns[toks[j].Norm] && toks[j].Norm != "mp" {
				out = append(out, mk(i))
				continue
			}
			for j < len(toks) && j < i+3 && !incidentNouns[toks[j].Norm] && !capitalised(toks[j].Text) && isWordAt(toks[j].Text, 0) && !a.g.titles[toks[j].Norm] {
				j++
			}
			if j < len(toks) && incidentNouns[toks[j].Norm] {
				out = append(out, mk(i))
			}
		case (p == "in" || p == "from" || p == "near" || p == "at") && single(i) && toks[i+1].Text == "," && i+2 < len(toks):
			// "from Wembley, London", "in Tottenham, north London".
			j := i + 2
			if compass[toks[j].Norm] {
				j++
			}
			if j < len(toks) {
				if e, n := a.g.match(toks, j); e != nil && e.ent.typ == kg.GPE && (j+n >= len(toks) || !capitalised(toks[j+n].Text)) {
					out = append(out, mk(i))
				}
			}
		}
	}
	return out
}

// headedNames finds names ending in a club, party or place head that the
// organisation patterns do not know: "Bolton Wanderers", "Liberal
// Democrats", "Guantanamo Bay", "Mountain View".
func (a *analysis) headedNames() []cand {
	var out []cand
	toks := a.toks
	for i := 0; i+1 < len(toks); i++ {
		if !a.plainName(i) || determiners[toks[i].Norm] || a.possessivePronoun(i) {
			continue
		}
		if i > 0 && capitalised(toks[i-1].Text) && a.sameSent(i-1, i) && !isSentenceStart(a, i) &&
			!(isSentenceStart(a, i-1) && (determiners[toks[i-1].Norm] || a.possessivePronoun(i-1))) {
			continue
		}
		j := i
		for j < len(toks) && j < i+4 && a.sameSent(i, j) && capitalised(toks[j].Text) && a.dateAt[j] < 0 {
			j++
		}
		if j-i < 2 {
			continue
		}
		head := toks[j-1].Norm
		name := joinTokens(a.text, toks[i:j])
		switch {
		case clubHeads[head] || partyPlurals[head]:
			if in := a.g.lookupName(name); in != nil {
				continue
			}
			out = append(out, cand{t0: i, t1: j, typ: kg.Org, id: "org/" + slug(name), name: name, prio: prioOrgHead})
		case (placeHeads[head] || waterHeads[head]) && j-i == 2:
			e, n := a.g.match(toks, i)
			prep := i > 0 && (toks[i-1].Norm == "in" || toks[i-1].Norm == "at" || toks[i-1].Norm == "from" || toks[i-1].Norm == "near")
			if e != nil && n == 2 {
				continue
			}
			if !(e != nil && n == 1 && (e.ent.typ == kg.GPE || e.ent.typ == kg.Loc)) && !prep {
				continue
			}
			if head == "city" && !(e != nil && e.ent.city) {
				continue
			}
			typ := kg.GPE
			if waterHeads[head] {
				typ = kg.Loc
			}
			if head == "city" {
				// "Leicester City" beside a town is a club.
				if prep {
					continue
				}
				typ = kg.Org
				out = append(out, cand{t0: i, t1: j, typ: typ, id: "org/" + slug(name), name: name, prio: prioOrgHead})
				continue
			}
			out = append(out, cand{t0: i, t1: j, typ: typ, id: "place/" + slug(name), name: name, prio: prioOrgHead})
		}
	}
	return out
}

// outletCues: "the Observer newspaper", "told the Sentinel", "writing in
// the Herald": a capitalised name after "the" in a reporting frame.
func (a *analysis) outletCues() []cand {
	var out []cand
	toks := a.toks
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Norm != "the" || !a.plainName(i+1) || allCaps(toks[i+1].Text) {
			continue
		}
		j := i + 1
		for j < len(toks) && j < i+4 && capitalised(toks[j].Text) && a.sameSent(i, j) {
			j++
		}
		if j == i+1 {
			continue // "told the" with the name on another line
		}
		p := "" // "The Cape Argus newspaper reported" opens the text
		if i > 0 {
			p = toks[i-1].Norm
		}
		frame := j < len(toks) && outletWords[toks[j].Norm] && !a.g.titles[toks[j].Norm]
		if !frame && (p == "told" || (p == "in" && i >= 2 && (toks[i-2].Norm == "writing" || toks[i-2].Norm == "wrote" || toks[i-2].Norm == "interview"))) {
			frame = true
		}
		if !frame {
			continue
		}
		name := joinTokens(a.text, toks[i+1:j])
		if e, n := a.g.match(toks, i+1); e != nil && n == j-i-1 {
			continue // the lists know it
		}
		out = append(out, cand{t0: i + 1, t1: j, typ: kg.Org, id: "org/" + slug(name), name: name, prio: prioOrgHead})
	}
	return out
}

// boardFollowers after "X board" make X a company.
var boardFollowers = map[string]bool{"member": true, "members": true, "meeting": true, "approved": true, "voted": true, "rejected": true, "agreed": true, "of": true, "chairman": true}

// priceVerbs move a share price: "X fell 10 to 250".
var priceVerbs = map[string]bool{"rose": true, "fell": true, "dropped": true, "slipped": true, "skidded": true, "shed": true, "eased": true, "climbed": true,
	"jumped": true, "declined": true, "advanced": true, "tumbled": true, "plunged": true, "surged": true, "rallied": true, "sank": true, "slid": true, "soared": true, "firmed": true}

// priceUnits after a price move's figure: "shed 8.5 pence".
var priceUnits = map[string]bool{"pence": true, "cents": true, "cent": true, "%": true, "percent": true, "yen": true}

// priceMove reports a share price's move at token n: a price verb, a
// figure, then "to" and a figure or a unit ("fell 10 to 250", "shed 8.5
// pence", "dropped 11 to #10.86").
func (a *analysis) priceMove(n int) bool {
	toks := a.toks
	if n+2 >= len(toks) || !priceVerbs[toks[n].Norm] || !a.sameSent(n, n+2) {
		return false
	}
	fig := func(k int) int { // the token after a figure at k, or -1
		if k < len(toks) && (toks[k].Text == "$" || toks[k].Text == "#") {
			k++
		}
		if k < len(toks) && isDigitByte(toks[k].Text[0]) {
			return k + 1
		}
		return -1
	}
	k := fig(n + 1)
	if k < 0 || k >= len(toks) {
		return false
	}
	if priceUnits[toks[k].Norm] {
		return true
	}
	return toks[k].Norm == "to" && fig(k+1) > 0
}

// orgCue reports whether the bare name at token k is used as an
// organisation: after an organisation noun, before a company's possession
// or (with speech) a neuter pronoun after a verb of saying, in apposition
// to "a ... company".
func (a *analysis) orgCue(k0, k1 int, speech bool) bool {
	toks := a.toks
	if k0 > 0 && orgNouns[toks[k0-1].Norm] && !capitalised(toks[k0-1].Text) {
		// "the team Ferrari" yes, "his team mate X" no.
		if !(toks[k0-1].Norm == "team" || toks[k0-1].Norm == "side") || (k0 > 1 && !a.possessivePronoun(k0-2)) {
			return true
		}
	}
	// "technology analysts Gartner", "researchers Ovum": a plural post
	// before one bare name is the firm that holds it; a person's post is
	// singular ("analyst Ann Lee"). Only the posts a firm has ("Gartner's
	// analysts"): "told reporters Bonn supported" is no firm.
	if k0 > 0 && k1 == k0+1 && !capitalised(toks[k0-1].Text) && orgPossessed[toks[k0-1].Norm] && orgProfessions[strings.TrimSuffix(toks[k0-1].Norm, "s")] &&
		!a.g.given[toks[k0].Norm] && !(k1 < len(toks) && (capitalised(toks[k1].Text) || toks[k1].Norm == "and" || toks[k1].Text == ",") && a.sameSent(k0, k1)) {
		return true
	}
	if k0 >= 2 && toks[k0-1].Norm == "in" && (toks[k0-2].Norm == "shares" || toks[k0-2].Norm == "stake" || toks[k0-2].Norm == "investment") {
		return true
	}
	// "analysts at Berenberg", "an economist at Halden": a post held at an
	// institution; "at Moody's Analytics" names a longer one.
	if k0 >= 2 && toks[k0-1].Norm == "at" && (!capitalised(toks[k0-2].Text) || isSentenceStart(a, k0-2)) && (orgProfessions[toks[k0-2].Norm] || orgProfessions[strings.TrimSuffix(toks[k0-2].Norm, "s")]) &&
		!(k1+1 < len(toks) && toks[k1].Norm == "'s" && capitalised(toks[k1+1].Text)) {
		return true
	}
	// "the acquisition of Halvane", "agreed to acquire Halvane", "a bid
	// for Halvane": what a deal buys is a company, and so is the owner of
	// "a subsidiary of Kestrel" ("a unit of Smith's brigade" is none).
	if k0 >= 1 && dealVerbs[toks[k0-1].Norm] && !capitalised(toks[k0-1].Text) ||
		k0 >= 2 && dealNouns[toks[k0-2].Norm+" "+toks[k0-1].Norm] && !(k1 < len(toks) && toks[k1].Norm == "'s") {
		return true
	}
	n := k1
	if n < len(toks) && toks[n].Norm == "'s" {
		n++
		// "Halvane's third-quarter profit", "Halvane's net income"
		for n+1 < len(toks) && (a.dateAt[n] >= 0 || toks[n].Norm == "net" || toks[n].Norm == "quarterly" || toks[n].Norm == "annual" || toks[n].Text == "-") {
			n++
		}
		if n < len(toks) && orgPossessed[toks[n].Norm] {
			return true
		}
		return false
	}
	// "Halvane posted a net loss of", "Halvane agreed to acquire Brenford".
	if n+1 < len(toks) && a.sameSent(k0, n+1) {
		switch v := toks[n].Norm; {
		case resultsVerbs[v]:
			for k := n + 1; k < len(toks) && k <= n+5 && a.sameSent(k0, k); k++ {
				if resultsNouns[toks[k].Norm] {
					return true
				}
				if capitalised(toks[k].Text) {
					break
				}
			}
		case v == "agreed" && n+2 < len(toks) && toks[n+1].Norm == "to" && dealVerbs[toks[n+2].Norm]:
			return true
		}
	}
	if n+1 < len(toks) && (toks[n].Norm == "shares" || toks[n].Norm == "stock") {
		return true
	}
	// "Hanson skidded 9.5 to 200.5", "X shed 8.5 pence": a share price's move.
	if a.priceMove(n) {
		return true
	}
	// "Halvex board member Tom Reed", "the Halvex board approved": a
	// company's board.
	if n+1 < len(toks) && toks[n].Text == "board" && boardFollowers[toks[n+1].Norm] {
		return true
	}
	// "Sentrix said it", "Keyhole has said it would", "Brenford said in a
	// statement that it", "Halvex said on Monday it".
	for j, s := n, 0; speech && j < len(toks) && s < 3; j, s = j+1, s+1 {
		if speechVerbs[toks[j].Norm] {
			k := a.pastSaidAdverbial(j + 1)
			if k < len(toks) && toks[k].Norm == "that" {
				k++
			}
			// Not "Marcus said it was over": "it" is the firm's before a
			// verb a firm does, and a given name is a person's.
			if k+1 < len(toks) && neuter[toks[k].Norm] && a.sameSent(j, k) && !a.g.given[toks[k0].Norm] &&
				(toks[k].Norm != "it" || !expletiveVerbs[toks[k+1].Norm]) {
				return true
			}
			break
		}
		if toks[j].Norm != "has" && toks[j].Norm != "had" && toks[j].Norm != "have" {
			break
		}
	}
	// "said Ofvane. The regulator said": the next sentence names the
	// speaker by an organisation noun.
	if n+2 < len(toks) && toks[n].Text == "." && toks[n+1].Norm == "the" && orgNouns[toks[n+2].Norm] && !capitalised(toks[n+2].Text) &&
		(n+3 >= len(toks) || !capitalised(toks[n+3].Text)) {
		return true
	}
	// "Keyhole, a digital mapping company,", "Redhill, based in",
	// "Trelawny, which makes chips": "which" is no person's.
	if n < len(toks) && toks[n].Text == "," {
		j := n + 1
		// Only a subject opening its sentence: in "a son of President
		// Suharto, which plans" the clause is the son's.
		if j < len(toks) && toks[j].Norm == "which" && isSentenceStart(a, k0) && !a.g.given[toks[k0].Norm] {
			return true
		}
		if j < len(toks) && toks[j].Norm == "based" {
			return true
		}
		if j < len(toks) && (toks[j].Norm == "a" || toks[j].Norm == "an" || toks[j].Norm == "the") {
			for k := j + 1; k < len(toks) && k < j+6 && a.sameSent(k, j); k++ {
				if orgNouns[toks[k].Norm] && toks[k].Norm != "side" && toks[k].Norm != "team" && toks[k].Norm != "body" {
					return true
				}
				// "Halvane, the New York investment bank,": past the home.
				if m := a.at(k); m != nil && m.t0 == k && m.typ == kg.GPE {
					k = m.t1 - 1
					continue
				}
				if toks[k].Text == "," || capitalised(toks[k].Text) || a.g.titles[toks[k].Norm] {
					break
				}
			}
		}
	}
	return false
}

// Words of company news around a bare name: deals ("agreed to acquire X",
// "the takeover of X"; not "sell" or "buy", which clubs do with players)
// and results ("X posted a net loss", "X reported third-quarter profit";
// not "lost $5 million", which anyone does).
var (
	dealVerbs = map[string]bool{"acquire": true, "merge": true}
	dealNouns = map[string]bool{"acquisition of": true, "takeover of": true, "merger with": true, "buyout of": true,
		"subsidiary of": true} // "a subsidiary of Kestrel": its owner
	resultsVerbs = map[string]bool{"posted": true, "reported": true, "booked": true, "recorded": true}
	resultsNouns = map[string]bool{"loss": true, "profit": true, "income": true, "earnings": true, "revenue": true, "revenues": true, "sales": true}
)

// pastSaidAdverbial returns the token after an adverbial that follows a
// verb of saying at token k-1 ("in a statement", "on Monday", "late on
// Tuesday", "in a filing"), or k.
func (a *analysis) pastSaidAdverbial(k int) int {
	toks := a.toks
	if k < len(toks) && (toks[k].Norm == "late" || toks[k].Norm == "earlier" || toks[k].Norm == "early") {
		k++
	}
	if k+1 < len(toks) && toks[k].Norm == "on" && a.dateAt[k+1] >= 0 {
		return a.dates[a.dateAt[k+1]].t1
	}
	if k < len(toks) && a.dateAt[k] >= 0 {
		return a.dates[a.dateAt[k]].t1
	}
	if k+2 < len(toks) && toks[k].Norm == "in" && (toks[k+1].Norm == "a" || toks[k+1].Norm == "its") && statementWords[toks[k+2].Norm] {
		return k + 3
	}
	return k
}

// expletiveVerbs after "it" make it no firm: "said it was over".
var expletiveVerbs = map[string]bool{"was": true, "is": true, "'s": true, "seemed": true, "seems": true, "felt": true, "feels": true, "looked": true, "looks": true, "appeared": true, "appears": true, "happened": true, "did": true, "does": true}

// statementWords are what a company says things in: "said in a statement".
var statementWords = map[string]bool{"statement": true, "filing": true, "release": true, "letter": true, "report": true}

func (a *analysis) possessivePronoun(k int) bool {
	switch a.toks[k].Norm {
	case "his", "her", "their", "my", "our", "your":
		return true
	}
	return false
}

// workTitle reports whether a capitalised name at [k0, k1) is the title of
// a work: after a work noun, maybe through a list ("flops Sahara and
// Alfie", "titles include Castle Siege and Dark Harbour").
func (a *analysis) workTitle(k0 int) bool {
	toks := a.toks
	k := k0 - 1
	for k >= 0 && a.sameSent(k, k0) && k > k0-12 && (capitalised(toks[k].Text) || toks[k].Norm == "and" || toks[k].Norm == "or" || toks[k].Text == ",") {
		if capitalised(toks[k].Text) && isSentenceStart(a, k) {
			return false
		}
		k--
	}
	if k < 0 || !a.sameSent(k, k0) {
		return false
	}
	n := toks[k].Norm
	if n == "include" || n == "includes" || n == "including" || n == "like" || n == "such" {
		for j := k - 1; j >= 0 && j >= k-2; j-- {
			if workNouns[toks[j].Norm] {
				return true
			}
		}
		if n == "such" {
			return false
		}
	}
	return workNouns[n] && !capitalised(toks[k].Text)
}

// aliasInsideName reports a gazetteer alias read inside a longer
// capitalised name: "Democrats" of "Liberal Democrats" is not the
// Democratic Party. A canonical name keeps its match.
func (a *analysis) aliasInsideName(e *entry, i, n int) bool {
	if i == 0 || isSentenceStart(a, i) || e.ent.typ != kg.Org {
		return false
	}
	canon := tokenize(e.ent.name)
	if len(canon) == n {
		same := true
		for k := range canon {
			same = same && canon[k].Norm == e.norms[k]
		}
		if same {
			return false
		}
	}
	p := i - 1
	if !a.plainName(p) || a.toks[p].Start == a.toks[i].Start || a.text[a.toks[p].End:a.toks[i].Start] != " " {
		return false
	}
	if pe, _ := a.g.match(a.toks, p); pe != nil {
		return false
	}
	return true
}

// codeNames: letters and a digit, "MI5", "BBC2": an organisation.
func (a *analysis) codeNames() []cand {
	var out []cand
	for i, t := range a.toks {
		s := t.Text
		if len(s) < 3 || len(s) > 5 || a.boiler[i] || !isDigitByte(s[len(s)-1]) || !isUpperByte(s[0]) || !isUpperByte(s[1]) {
			continue
		}
		letters := 0
		for letters < len(s) && isUpperByte(s[letters]) {
			letters++
		}
		digits := len(s) - letters
		ok := letters >= 2 && digits >= 1 && digits <= 2
		for k := letters; k < len(s); k++ {
			ok = ok && isDigitByte(s[k])
		}
		if !ok {
			continue
		}
		if e, _ := a.g.match(a.toks, i); e != nil {
			continue
		}
		out = append(out, cand{t0: i, t1: i + 1, typ: kg.Org, id: "org/" + slug(s), name: s, prio: prioAcronym})
	}
	return out
}

// sportWords are words of sports reporting; resultWords stand between the
// two sides of a match ("Leeds beat Hull", "Hull v Leeds").
// commodities are sector heads that also name what is traded ("Crude Oil").
var commodities = lexSet("orgwords.txt", "commodity")

var (
	matchNouns  = lexSet("cues.txt", "match")
	sportWords  = lexSet("cues.txt", "sport")
	resultWords = lexSet("cues.txt", "result")
)

// sportsDoc reports a document about sport: four distinct words of sports
// reporting.
func (a *analysis) sportsDoc() bool {
	if a.sports == 0 {
		a.sports = 2
		if a.findSports() {
			a.sports = 1
		}
	}
	return a.sports == 1
}

func (a *analysis) findSports() bool {
	seen := map[string]bool{}
	for _, t := range a.toks {
		if sportWords[t.Norm] {
			seen[t.Norm] = true
			if len(seen) >= 4 {
				return true
			}
		}
	}
	return false
}

// sameLine reports whether tokens i and j (i < j) are on one line.
func (a *analysis) sameLine(i, j int) bool {
	if i >= j {
		return true
	}
	return !strings.Contains(a.text[a.toks[i].End:a.toks[j].Start], "\n")
}

// scoreAt reports a score or a figure of a table at token k, on the line of
// token k-1: "Hull 1", "Surrey 429-7", "Kent 22 points".
func (a *analysis) scoreAt(k int) bool {
	return k > 0 && k < len(a.toks) && isDigitByte(a.toks[k].Text[0]) && a.dateAt[k] < 0 && a.sameLine(k-1, k)
}

// sportsTeams types as clubs the towns and counties a sports report names
// as sides: before a score ("Hull 1 Crewe 5", "Leicestershire 22 points"),
// around a result word ("Kent beat Essex", "against Kent"), and on a
// results line, capitalised names the lists do not know ("Tranmere 2
// Wycombe 0"). A country stays a place: news names national sides by it.
// A town so typed is a club wherever else the report names it as a side,
// but not after "in", "at" or in a dateline.
func (a *analysis) sportsTeams(chosen []cand, taken []bool) []cand {
	if !a.sportsDoc() {
		return chosen
	}
	toks := a.toks
	side := func(c cand) bool {
		if c.t1 < len(toks) && a.scoreAt(c.t1) {
			return true
		}
		if c.t1+1 < len(toks) && resultWords[toks[c.t1].Norm] && capitalised(toks[c.t1+1].Text) && a.sameLine(c.t0, c.t1+1) {
			return true
		}
		// "Liverpool manager Jurgen Klopp", "Leeds's captain Ann Lee": a
		// town whose manager, coach or player is named is the club.
		if r := c.t1; r+1 < len(toks) {
			if toks[r].Norm == "'s" {
				r++
			}
			if r+1 < len(toks) && clubRoles[toks[r].Text] && capitalised(toks[r+1].Text) && a.sameSent(c.t0, r+1) {
				return true
			}
		}
		return c.t0 > 0 && resultWords[toks[c.t0-1].Norm] && a.sameLine(c.t0-1, c.t0)
	}
	placeLike := func(c cand) bool {
		return (c.typ == kg.GPE || c.typ == kg.Loc) && (c.in == nil || !c.in.country && !c.in.nation)
	}
	teams := map[string]bool{}
	for _, c := range chosen {
		if placeLike(c) && side(c) {
			teams[joinTokens(a.text, toks[c.t0:c.t1])] = true
		}
	}
	// A town the lists know but no rule took ("Bristol manager Nigel
	// Pearson" opening a sentence).
	for k := range toks {
		if !capitalised(toks[k].Text) {
			continue
		}
		e, n := a.g.match(toks, k)
		if e == nil {
			e, n = a.g.towns.match(toks, k)
		}
		if e == nil || e.ent.typ != kg.GPE || e.ent.country || e.ent.nation || taken[k] || a.boiler[k] {
			continue
		}
		if k > 0 && a.sameLine(k-1, k) && a.sameSent(k-1, k) && (capitalised(toks[k-1].Text) || toks[k-1].Text == ".") && !isSentenceStart(a, k) {
			continue // part of a longer name: "West Hartlepool", "St. Johnstone"
		}
		c := cand{t0: k, t1: k + n}
		if !side(c) {
			continue
		}
		name := joinTokens(a.text, toks[k:k+n])
		chosen = append(chosen, cand{t0: k, t1: k + n, typ: kg.Org, id: "org/" + slug(name), name: name, prio: prioOrgHead})
		teams[name] = true
		for j := k; j < k+n; j++ {
			taken[j] = true
		}
	}
	// Results lines: capitalised runs and scores only ("Tranmere 2 Wycombe 0").
	for ls := 0; ls < len(toks); {
		le := ls + 1
		for le < len(toks) && a.sameLine(le-1, le) {
			le++
		}
		var runs [][2]int
		ok, scores := true, 0
		for k := ls; k < le && ok; {
			switch {
			case capitalised(toks[k].Text) && a.dateAt[k] < 0:
				j := k
				for j < le && (capitalised(toks[j].Text) || toks[j].Text == "." && j > k) {
					j++
				}
				runs = append(runs, [2]int{k, j})
				k = j
			case isDigitByte(toks[k].Text[0]) && a.dateAt[k] < 0 && k > ls:
				scores++
				for k < le && (a.figureAt(k) || toks[k].Text == "-" || toks[k].Text == "." || toks[k].Text == "/") {
					k++
				}
			case toks[k].Text == "," && k > ls:
				k++
			default:
				ok = false
			}
		}
		// A standings line: one name and three figures or more ("Leeds 30
		// 21 4 5 67").
		standing := ok && len(runs) == 1 && runs[0][0] == ls && scores == 1 && a.figuresFrom(runs[0][1], le) >= 3
		if ok && (len(runs) == 2 && scores == 2 || standing) {
			for _, r := range runs {
				free := true
				for k := r[0]; k < r[1]; k++ {
					free = free && !taken[k]
				}
				name := joinTokens(a.text, toks[r[0]:r[1]])
				if !free {
					// prose reads "Ross County" as a person: on a results
					// line a whole run is a side.
					for i := range chosen {
						if c := &chosen[i]; c.t0 == r[0] && c.t1 == r[1] && (c.typ == kg.Person || placeLike(*c)) {
							c.typ, c.id, c.name, c.in = kg.Org, "org/"+slug(name), name, nil
						}
					}
				}
				if free && r[1]-r[0] <= 3 {
					chosen = append(chosen, cand{t0: r[0], t1: r[1], typ: kg.Org, id: "org/" + slug(name), name: name, prio: prioOrgHead})
					for k := r[0]; k < r[1]; k++ {
						taken[k] = true
					}
				}
			}
		}
		ls = le
	}
	// "Hove : Sussex 363 , Lancashire 197-8": a name the lists do not know
	// before a score, after a colon, comma or "and", is a side (a player's
	// figures follow his initials or a bracket, or start a line).
	for k := 0; k < len(toks); k++ {
		if taken[k] || !a.plainName(k) || a.lower[toks[k].Norm] {
			continue
		}
		if k == 0 || !a.sameLine(k-1, k) || sportWords[toks[k].Norm] {
			continue // a name and figures alone on a line are a player's
		}
		switch toks[k-1].Text {
		case ":", ",", ";", "and":
		default:
			continue
		}
		j := k
		for j < len(toks) && j-k < 3 && !taken[j] && a.plainName(j) && !a.lower[toks[j].Norm] && a.sameLine(k, j) {
			j++
		}
		if !a.scoreAt(j) {
			k = j
			continue
		}
		name := joinTokens(a.text, toks[k:j])
		chosen = append(chosen, cand{t0: k, t1: j, typ: kg.Org, id: "org/" + slug(name), name: name, prio: prioOrgHead})
		teams[name] = true
		for i := k; i < j; i++ {
			taken[i] = true
		}
		k = j
	}
	// "Essex beat Derbyshire": names the lists do not know on both sides
	// of a result word.
	run := func(k, dir int) (int, int) {
		j := k
		for j >= 0 && j < len(toks) && a.plainName(j) && !taken[j] && !a.lower[toks[j].Norm] && a.sameLine(min(j, k), max(j, k)) && j-k < 3 && k-j < 3 {
			j += dir
		}
		if dir < 0 {
			return j + 1, k + 1
		}
		return k, j
	}
	for k := 1; k+1 < len(toks); k++ {
		if !resultWords[toks[k].Norm] || toks[k].Norm == "against" || !a.sameLine(k-1, k+1) {
			continue
		}
		l0, l1 := run(k-1, -1)
		r0, r1 := run(k+1, 1)
		if l0 >= l1 || r0 >= r1 {
			continue
		}
		for _, r := range [][2]int{{l0, l1}, {r0, r1}} {
			name := joinTokens(a.text, toks[r[0]:r[1]])
			chosen = append(chosen, cand{t0: r[0], t1: r[1], typ: kg.Org, id: "org/" + slug(name), name: name, prio: prioOrgHead})
			teams[name] = true
			for j := r[0]; j < r[1]; j++ {
				taken[j] = true
			}
		}
	}
	// player reports a word that opens or ends a person's name.
	player := func(w string) bool {
		return slices.ContainsFunc(chosen, func(c cand) bool {
			return c.typ == kg.Person && (toks[c.t1-1].Text == w || toks[c.t0].Text == w)
		})
	}
	// markSide marks the name at token k as a side: a town's mention becomes
	// the club below, a name no rule took becomes one now. It returns the
	// token after the name, or k when there is none.
	markSide := func(k int) int {
		if k < 0 || k >= len(toks) {
			return k
		}
		if at := slices.IndexFunc(chosen, func(c cand) bool { return c.t0 == k }); at >= 0 {
			c := chosen[at]
			if placeLike(c) || c.typ == kg.Org && c.in == nil {
				teams[joinTokens(a.text, toks[c.t0:c.t1])] = true
				return c.t1
			}
			return k
		}
		j := k
		for j < len(toks) && j-k < 3 && !taken[j] && a.plainName(j) && !a.lower[toks[j].Norm] && !a.g.given[toks[j].Norm] && a.sameLine(k, j) {
			j++
		}
		if j == k || j < len(toks) && capitalised(toks[j].Text) && a.sameLine(k, j) {
			return k
		}
		// "Krajicek" of "Richard Krajicek" is a player.
		if player(toks[k].Text) || player(toks[j-1].Text) {
			return k
		}
		name := joinTokens(a.text, toks[k:j])
		chosen = append(chosen, cand{t0: k, t1: j, typ: kg.Org, id: "org/" + slug(name), name: name, prio: prioOrgHead})
		teams[name] = true
		for i := k; i < j; i++ {
			taken[i] = true
		}
		return j
	}
	// "their match against Yorkshire", "a win against Leeds": the side a
	// match is played against.
	for k := 1; k+1 < len(toks); k++ {
		// "his match against Krajicek", "Tarrant's match against Brook" are
		// a player's.
		if toks[k].Norm == "against" && matchNouns[toks[k-1].Norm] && !capitalised(toks[k-1].Text) &&
			!(k >= 2 && (toks[k-2].Norm == "his" || toks[k-2].Norm == "her")) && !(k >= 3 && toks[k-2].Norm == "'s" && player(toks[k-3].Text)) {
			markSide(k + 1)
		}
	}
	// "title rivals Essex, Derbyshire and Surrey": the names listed with a
	// side, or with an organisation no list knows, are sides.
	for round := 0; round < 3; round++ {
		n := len(teams)
		for i := 0; i < len(chosen); i++ {
			c := chosen[i]
			if !(c.typ == kg.Org && c.in == nil || placeLike(c) && teams[joinTokens(a.text, toks[c.t0:c.t1])]) {
				continue
			}
			// "Corvale beat Tresham", where another rule read "Corvale".
			if k := c.t1; k+1 < len(toks) && resultWords[toks[k].Norm] && toks[k].Norm != "against" && a.sameLine(k, k+1) {
				markSide(k + 1)
			}
			for k := c.t1; k+1 < len(toks) && (toks[k].Text == "," || toks[k].Norm == "and") && a.sameSent(c.t0, k+1); {
				j := markSide(k + 1)
				if j == k+1 {
					break
				}
				k = j
			}
		}
		if len(teams) == n {
			break
		}
	}
	// A side's name is the side wherever else it stands alone ("Essex
	// reached 372"), but not after "in", "at" or "near".
	for k := range toks {
		if taken[k] || !teams[toks[k].Text] || a.boiler[k] || player(toks[k].Text) || k > 0 && (townPreps[toks[k-1].Norm] || capitalised(toks[k-1].Text) && a.sameSent(k-1, k) && !isSentenceStart(a, k)) ||
			k+1 < len(toks) && capitalised(toks[k+1].Text) && a.sameSent(k, k+1) {
			continue
		}
		chosen = append(chosen, cand{t0: k, t1: k + 1, typ: kg.Org, id: "org/" + slug(toks[k].Text), name: toks[k].Text, prio: prioOrgHead})
		taken[k] = true
	}
	if len(teams) == 0 {
		return chosen
	}
	// "Tunbridge Wells : Kent 214": the name before the colon that starts a
	// results line is the ground, a place.
	for i := range chosen {
		c := &chosen[i]
		if c.typ != kg.Person || c.t1+1 >= len(toks) || toks[c.t1].Text != ":" || (c.t0 > 0 && a.sameLine(c.t0-1, c.t0)) {
			continue
		}
		if n := toks[c.t1+1].Text; a.sameLine(c.t1, c.t1+1) && teams[n] || slices.ContainsFunc(chosen, func(d cand) bool { return d.t0 == c.t1+1 && d.typ == kg.Org }) {
			name := joinTokens(a.text, toks[c.t0:c.t1])
			c.typ, c.id, c.name, c.in = kg.GPE, "place/"+slug(name), name, nil
		}
	}
	// The same names before a score elsewhere: "Essex 18 points".
	for k := range toks {
		if taken[k] || !teams[toks[k].Text] || !a.scoreAt(k+1) {
			continue
		}
		chosen = append(chosen, cand{t0: k, t1: k + 1, typ: kg.Org, id: "org/" + slug(toks[k].Text), name: toks[k].Text, prio: prioOrgHead})
		taken[k] = true
	}
	for i := range chosen {
		c := &chosen[i]
		name := joinTokens(a.text, toks[c.t0:c.t1])
		if !placeLike(*c) || !teams[name] {
			continue
		}
		if c.t0 > 0 && (toks[c.t0-1].Norm == "in" || toks[c.t0-1].Norm == "at" || toks[c.t0-1].Norm == "near") {
			continue
		}
		if c.t1 < len(toks) && (a.dateAt[c.t1] >= 0 || toks[c.t1].Text == ":") {
			continue
		}
		c.typ, c.id, c.name, c.in = kg.Org, "org/"+slug(name), name, nil
	}
	sort.Slice(chosen, func(i, j int) bool { return chosen[i].t0 < chosen[j].t0 })
	return chosen
}

// figuresFrom counts the numbers between tokens k > 0 and le ("74 59 .556").
func (a *analysis) figuresFrom(k, le int) int {
	n := 0
	for ; k < le; k++ {
		// "21-4-60-2" is one figure: a bowler's analysis, no standings.
		if a.figureAt(k) && a.toks[k-1].Text != "-" {
			n++
		}
	}
	return n
}

// figureAt reports a number at token k: "74", ".556", "1/2".
func (a *analysis) figureAt(k int) bool {
	t := a.toks[k].Text
	return a.dateAt[k] < 0 && (isDigitByte(t[0]) || (len(t) > 1 && t[0] == '.' && isDigitByte(t[1])))
}

// definedAcronyms: a capitalised name before its initials in brackets is
// an organisation ("Electronic Arts (EA)", "Office for Budget
// Responsibility (OBR)"); the canonicaliser then reads the acronym as it.
// The shortest run of words ending before the bracket whose initials spell
// the acronym is the name.
func (a *analysis) definedAcronyms() []cand {
	var out []cand
	toks := a.toks
	for p := 1; p+2 < len(toks); p++ {
		acr := toks[p+1].Text
		if toks[p].Text != "(" || toks[p+2].Text != ")" || !allCaps(acr) || len(acr) < 2 || len(acr) > 6 || a.boiler[p] {
			continue
		}
		letters := strings.Map(func(r rune) rune {
			if r >= 'A' && r <= 'Z' {
				return r
			}
			return -1
		}, acr)
		if len(letters) != len(acr) {
			continue
		}
		// Walk back over the name: capitalised words and connectors.
		var initials []byte
		start := -1
		for k := p - 1; k >= 0 && a.sameSent(k, p) && p-k <= 10; k-- {
			t := toks[k]
			if capitalised(t.Text) && isUpperByte(t.Text[0]) && a.dateAt[k] < 0 {
				initials = append([]byte{t.Text[0]}, initials...)
				if string(initials) == letters {
					start = k
					break
				}
				if len(initials) > len(letters) {
					break
				}
				continue
			}
			if orgConnectors[t.Norm] && k < p-1 {
				continue
			}
			break
		}
		if start < 0 {
			continue
		}
		// A person or place the lists know is no organisation.
		if e, n := a.g.match(toks, start); e != nil && n == p-start && e.ent.typ != kg.Org {
			continue
		}
		if a.g.given[toks[start].Norm] && p-start == 2 {
			continue // "Martin Luther (ML)": a person's initials
		}
		if eventHeads[toks[p-1].Norm] && !a.ofTailBefore(start, p-1) {
			// "Game Developers Conference (GDC)": an event, and so is "GDC".
			if a.eventAcronyms == nil {
				a.eventAcronyms = map[string]bool{}
			}
			a.eventAcronyms[acr] = true
			continue
		}
		name := joinTokens(a.text, toks[start:p])
		c := cand{t0: start, t1: p, typ: kg.Org, id: "org/" + slug(name), name: name, prio: prioOrgHead}
		if in := a.g.lookupName(name); in != nil {
			c.id, c.name, c.in, c.typ = in.id, in.name, in, in.typ
		}
		out = append(out, c)
	}
	return out
}

// nounNamedOrgs: the capitalised name after an organisation noun is the
// organisation's, however many words it has ("games giant Electronic
// Arts", "the studio Focus Features", "utility Enel"). A person's name
// ("rival Diane Allahgreen", "his team mate Jo Lee") is not.
func (a *analysis) nounNamedOrgs() []cand {
	var out []cand
	toks := a.toks
	for k := 1; k < len(toks); k++ {
		n := toks[k-1]
		if !orgNouns[n.Norm] || capitalised(n.Text) || !a.plainName(k) || allCaps(toks[k].Text) && len(toks[k].Text) > 6 {
			continue
		}
		switch n.Norm {
		case "team", "side", "rival", "rivals", "body", "campaign", "pressure", "engine", "parent", "producer", "publisher", "developer":
			continue // words that name people, or take a name that is no organisation's
		}
		if k >= 2 && a.possessivePronoun(k-2) {
			continue
		}
		j := k
		inName := func(j int) bool { // "firm North American Equity Services"
			return a.plainName(j) || j > k && capitalised(toks[j].Text) && !a.g.titles[toks[j].Norm] && a.dateAt[j] < 0 && !a.boiler[j]
		}
		// "the group People for the Ethical Treatment of Animals": "the"
		// after a connector.
		theAfter := func(j int) bool {
			return j > k && orgConnectors[toks[j].Norm] && toks[j].Norm != "and" && j+2 < len(toks) && toks[j+1].Text == "the" && inName(j+2) && a.sameSent(j, j+2)
		}
		for j < len(toks) && j-k < 8 && a.sameSent(k, j) && (inName(j) || (j > k && orgConnectors[toks[j].Norm] && toks[j].Norm != "and" && j+1 < len(toks) && inName(j+1)) || theAfter(j)) {
			if theAfter(j) {
				j += 2
			}
			j++
		}
		if orgConnectors[toks[j-1].Norm] {
			j--
		}
		if a.g.given[toks[k].Norm] || (j < len(toks) && toks[j].Norm == "'s" && !orgPossessed[toks[min(j+1, len(toks)-1)].Norm]) {
			continue
		}
		// What the lists know keeps its type: "carmaker Ford" is found
		// there, "broadcaster Sky News" is longer than "Sky".
		if e, m := a.g.match(toks, k); e != nil && m >= j-k {
			continue
		}
		name := joinTokens(a.text, toks[k:j])
		out = append(out, cand{t0: k, t1: j, typ: kg.Org, id: "org/" + slug(name), name: name, prio: prioOrgHead})
		k = j
	}
	return out
}

// outletSections: a news outlet's channels, services and sites bear its
// name and a section word ("BBC Sport", "BBC World Service", "Sky News",
// "BBC Radio 4"): the whole is the organisation named.
var outletSections = lexSet("orgwords.txt", "outlet-section")

func (a *analysis) outletSectionNames() []cand {
	var out []cand
	toks := a.toks
	for i := 0; i < len(toks); i++ {
		e, n := a.g.match(toks, i)
		if e == nil || !e.ent.outlet || a.boiler[i] {
			continue
		}
		j := i + n
		for j < len(toks) && j-i-n < 3 && a.sameSent(i, j) && toks[j].Start-toks[j-1].End == 1 &&
			(capitalised(toks[j].Text) && outletSections[toks[j].Norm] || j > i+n && isDigitByte(toks[j].Text[0]) && len(toks[j].Text) <= 2 && toks[j-1].Norm == "radio") {
			j++
		}
		if j == i+n {
			continue
		}
		name := joinTokens(a.text, toks[i:j])
		c := cand{t0: i, t1: j, typ: kg.Org, id: "org/" + slug(name), name: name, prio: prioOrgHead}
		if in := a.g.lookupName(name); in != nil {
			c.id, c.name, c.in, c.typ = in.id, in.name, in, in.typ
		}
		out = append(out, c)
		i = j - 1
	}
	return out
}

// prioSpeaker ranks a name found in the speaker's slot below the lists
// and patterns but above prose.
const prioSpeaker = prioGaz - 1

// speakerNames: after a quote, "said Idowu." names a person by the
// surname alone; the inverted attribution takes people, and the lists
// still claim the places and organisations they know.
func (a *analysis) speakerNames() []cand {
	var out []cand
	toks := a.toks
	for k := 2; k+1 < len(toks); k++ {
		if !speechVerbs[toks[k-1].Norm] || capitalised(toks[k-1].Text) || !a.nameWord(k) || a.headline[k] || a.lower[toks[k].Norm] {
			continue
		}
		switch toks[k-2].Text {
		case ",", "\"", "\u201d", "'", "\u2019":
		default:
			continue
		}
		switch toks[k+1].Text {
		case ".", ",", ";", ":":
		default:
			continue
		}
		if e, _ := a.g.match(toks, k); e != nil {
			continue
		}
		out = append(out, cand{t0: k, t1: k + 1, typ: kg.Person, prio: prioSpeaker})
	}
	return out
}

// titledPair reads two name words after a surname title at k-1 ("champion
// Joice Maduaka"): neither an English word, a list's name or an
// organisation's or place's head, and no capitalised word after them.
func (a *analysis) titledPair(k int) (cand, bool) {
	toks := a.toks
	j := k + 1
	if j+1 < len(toks) && (capitalised(toks[j+1].Text) || toks[j+1].Text == "-" || a.particleAt(j+1)) && a.sameSent(j, j+1) {
		return cand{}, false
	}
	if !a.nameWord(j) || toks[j].Start != toks[k].End+1 || !a.sameLine(k, j) {
		return cand{}, false
	}
	for i := k; i <= j; i++ {
		n := toks[i].Norm
		if a.lower[n] || a.g.common[n] || orgHeads[n] || clubHeads[n] || placeHeads[n] || sectorHeads[n] || allCaps(toks[i].Text) {
			return cand{}, false
		}
		if e, _ := a.g.match(toks, i); e != nil {
			return cand{}, false
		}
	}
	return cand{t0: k, t1: j + 1, typ: kg.Person, prio: prioTitle}, true
}

// prioTown ranks a GeoNames town below prose's persons and organisations
// and above prose's places.
const prioTown = prioProse - 1

// townPreps before a town the curated lists do not know say place.
var townPreps = map[string]bool{"in": true, "at": true, "from": true, "near": true, "outside": true, "around": true, "across": true, "toward": true, "towards": true, "via": true, "into": true}

// clubPrefixes open the names of sports clubs ("FC Porto", "Borussia
// Dortmund"); clubPlacePrefixes do only before a place the lists know
// ("Sporting Lisbon", "Real Madrid"), being common words elsewhere.
var (
	clubPrefixes      = lexSet("orgwords.txt", "club-prefix")
	clubPlacePrefixes = lexSet("orgwords.txt", "club-prefix-place")
)

// legalPrefixes are Finnish legal forms that open a firm's name: "Oy
// Waertsilae" ("AB" is as often a blood group or initials).
var legalPrefixes = map[string]bool{"Oy": true, "Oyj": true}

// clubPrefixNames finds clubs named by a prefix and a name: "FC Porto beat
// SC Freiburg", "Hansa Rostock drew with Dinamo Bucharest", "Sporting
// Lisbon"; "Real Madrid" but not "real money", "Standard Chartered"; and
// firms opened by a legal form ("Oy Waertsilae").
func (a *analysis) clubPrefixNames() []cand {
	var out []cand
	toks := a.toks
	for i := 0; i+1 < len(toks); i++ {
		t := toks[i]
		n := t.Norm
		if !capitalised(t.Text) || a.boiler[i] || !a.sameSent(i, i+1) || !capitalised(toks[i+1].Text) || a.dateAt[i+1] >= 0 {
			continue
		}
		j := i + 1
		switch {
		case legalPrefixes[t.Text] || clubPrefixes[n] && (len(n) > 4 || t.Text != strings.ToUpper(t.Text[:1])+strings.ToLower(t.Text[1:])):
			// "AS Roma", "VfB Stuttgart"; "As I said" is no club.
			for j < len(toks) && j < i+3 && capitalised(toks[j].Text) && a.sameSent(i, j) && a.dateAt[j] < 0 && !a.g.titles[toks[j].Norm] && isWordAt(toks[j].Text, 0) {
				j++
			}
		case clubPlacePrefixes[n]:
			e, m := a.g.match(toks, i+1)
			if e == nil || e.ent.typ != kg.GPE {
				if e, m = a.g.towns.match(toks, i+1); e == nil {
					continue
				}
			}
			j = i + 1 + m
			if j < len(toks) && capitalised(toks[j].Text) && a.sameSent(i, j) {
				continue // "Standard Chartered Bank", part of a longer name
			}
		default:
			continue
		}
		if j == i+1 {
			continue
		}
		name := joinTokens(a.text, toks[i:j])
		id := "org/" + slug(name)
		if legalPrefixes[t.Text] {
			id = "org/" + slug(joinTokens(a.text, toks[i+1:j])) // as "Waertsilae Oy" would be
		}
		out = append(out, cand{t0: i, t1: j, typ: kg.Org, id: id, name: name, prio: prioOrgHead})
		i = j - 1
	}
	return out
}

// motionWords are verbs and nouns of travel: before "to", a place.
var motionWords = lexSet("verbs.txt", "motion")

// motionTo reports "to" before token i after a word of travel, maybe with
// "back" between: "flew to Louisville", "moved back to Dayton", "a flight
// to St. Louis".
func (a *analysis) motionTo(i int) bool {
	toks := a.toks
	// "left for Dar es Salaam", "planned to leave Nairobi on Thursday for
	// X": a departure's "for" a few words after its verb.
	if i >= 2 && toks[i-1].Norm == "for" {
		for k := i - 2; k >= 0 && k >= i-7 && a.sameSent(k, i); k-- {
			if departWords[toks[k].Norm] {
				return true
			}
			if t := toks[k].Text; t == "," || t == ";" || isCloseQuote(t) {
				break
			}
		}
		return false
	}
	if i < 2 || toks[i-1].Norm != "to" || !a.sameSent(i-2, i) {
		return false
	}
	k := i - 2
	if (toks[k].Norm == "back" || toks[k].Norm == "home") && k > 0 {
		k--
	}
	return motionWords[toks[k].Norm]
}

// departWords are the verbs of leaving whose "for" names where to:
// "left for", "bound for", "headed for".
var departWords = lexSet("verbs.txt", "depart")

// kindOf reports "the city of", "the Serbian town of", "the port of" before
// token i: a kind of settlement after "the" (maybe with a country's
// demonym or name between) and "of" say the name after is that place.
func (a *analysis) kindOf(i int) bool {
	toks := a.toks
	if i < 3 || toks[i-1].Norm != "of" || !settlementWords[toks[i-2].Norm] || capitalised(toks[i-2].Text) || !a.sameSent(i-3, i) {
		return false
	}
	k := i - 3
	if a.g.demonymCountry(toks[k].Norm) != nil && capitalised(toks[k].Text) {
		k--
	} else if m := a.at(k); m != nil && m.typ == kg.GPE && m.t1 == k+1 {
		k = m.t0 - 1
	}
	return k >= 0 && toks[k].Norm == "the"
}

// townKinds name a kind of town right before its name: "Tanzania's
// commercial capital Dar es Salaam", "the port city Odessa". Narrower than
// settlementWords: "the state Senate", "the county Council" name bodies.
var townKinds = map[string]bool{"capital": true, "city": true, "town": true, "village": true, "port": true}

// kindBefore reports a lower-case kind of town before token i, after
// "the", "its" or a possessive and at most one word more: "the capital
// Dar es Salaam", "Kenya's coastal city Mombasa".
func (a *analysis) kindBefore(i int) bool {
	toks := a.toks
	if i < 2 || !townKinds[toks[i-1].Norm] || capitalised(toks[i-1].Text) || !a.sameSent(i-2, i) {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-3 && a.sameSent(k, i); k-- {
		switch n := toks[k].Norm; {
		case n == "the" || n == "its" || n == "'s":
			return true
		case capitalised(toks[k].Text) || !isWordAt(toks[k].Text, 0):
			return false
		}
	}
	return false
}

// listAfterPlace reports a list going on after a place the lists know:
// "consulates in Karachi, Lahore and Peshawar", "Lahore or Quetta".
func (a *analysis) listAfterPlace(i int) bool {
	toks := a.toks
	if i < 2 || !a.sameSent(i-2, i) {
		return false
	}
	if n := toks[i-1].Norm; n != "and" && n != "or" && n != "," {
		return false
	}
	for s := i - 2; s >= 0 && s >= i-4; s-- {
		if e, n := a.g.match(toks, s); e != nil && e.ent.typ == kg.GPE && s+n == i-1 {
			return true
		}
	}
	return false
}

// geoTowns finds towns of GeoNames (geonames_cities.txt) the curated lists
// do not name, where the syntax says place: after "in", "from", "near"...
// ("a plant in Kecskemet"), before ", State" ("Dayton, Ohio"), or as a
// dateline opening a line ("CINCINNATI 1996-08-27", "TUZLA, Bosnia").
func (a *analysis) geoTowns() []cand {
	var out []cand
	toks := a.toks
	for i := 0; i < len(toks); i++ {
		// The cheap tests first: a capitalised word after a preposition, at
		// a line's start, or with a comma a few words on.
		if !capitalised(toks[i].Text) || a.boiler[i] || a.dateAt[i] >= 0 {
			continue
		}
		// "Kansas City", "Oklahoma City": a town whose name holds a longer
		// place than the curated lists read there is that town anywhere.
		if e, n := a.g.towns.match(toks, i); e != nil && n >= 2 {
			// "Washington, D.C." is the listed Washington written in full.
			if ce, cn := a.g.match(toks, i); ce != nil && cn < n && ce.ent.typ == kg.GPE && a.sameLine(i, i+n-1) && toks[i+cn].Text != "," &&
				!(i+n < len(toks) && capitalised(toks[i+n].Text) && a.sameSent(i, i+n) && a.sameLine(i, i+n)) &&
				!(i > 0 && capitalised(toks[i-1].Text) && a.sameSent(i-1, i) && a.sameLine(i-1, i) && !isSentenceStart(a, i)) {
				out = append(out, cand{t0: i, t1: i + n, typ: kg.GPE, id: e.ent.id, name: e.ent.name, in: e.ent, prio: prioGaz})
				i += n - 1
				continue
			}
		}
		// "the St. Louis company", "the city of Ft. Lauderdale": a town
		// opened by an abbreviated Saint, Fort or Mount, which no person's
		// or saint's name is written with, is that town anywhere ("St.
		// Mary's Church" is a building).
		if e, n := a.g.towns.match(toks, i); e != nil && n >= 3 && townAbbrevs[toks[i].Text] && toks[i+1].Text == "." && toks[i+1].Start == toks[i].End &&
			!(i+n < len(toks) && (capitalised(toks[i+n].Text) && a.sameSent(i, i+n) || toks[i+n].Norm == "'s")) {
			out = append(out, cand{t0: i, t1: i + n, typ: kg.GPE, id: e.ent.id, name: e.ent.name, in: e.ent, prio: prioGaz})
			i += n - 1
			continue
		}
		mayorOf := i >= 2 && toks[i-1].Norm == "of" && (toks[i-2].Norm == "mayor" || toks[i-2].Norm == "mayors") // "the mayor of Leeds"
		if !(i == 0 || !a.sameLine(i-1, i) || townPreps[toks[i-1].Norm] || a.motionTo(i) || a.kindOf(i) || a.kindBefore(i) || a.listAfterPlace(i) || mayorOf || i+1 < len(toks) && toks[i+1].Norm == "in") {
			comma, end := false, i+4
			if _, n := a.g.towns.match(toks, i); n > 1 {
				end = max(end, i+n) // "Dar-es-Salaam, Tanzania"
			}
			for k := i + 1; k < len(toks) && k <= end; k++ {
				comma = comma || toks[k].Text == ","
			}
			if !comma {
				continue
			}
		}
		e, n := a.g.towns.match(toks, i)
		if e == nil {
			continue
		}
		j := i + n
		if j < len(toks) && capitalised(toks[j].Text) && a.sameSent(i, j) && a.sameLine(i, j) {
			continue // part of a longer name
		}
		lineStart := i == 0 || !a.sameLine(i-1, i)
		if !lineStart && capitalised(toks[i-1].Text) && a.sameSent(i-1, i) && !isSentenceStart(a, i) {
			continue
		}
		place := i > 0 && (townPreps[toks[i-1].Norm] || a.motionTo(i) || a.kindOf(i) || a.kindBefore(i) || a.listAfterPlace(i) || mayorOf) && !capitalised(toks[i-1].Text)
		if !place && j+1 < len(toks) && toks[j].Text == "," {
			if pe, _ := a.g.match(toks, j+1); pe != nil && pe.ent.typ == kg.GPE && !pe.ent.city {
				place = true // "Dayton, Ohio", "Tuzla, Bosnia"
			}
		}
		// "Kramatorsk in eastern Ukraine": in the country GeoNames puts it in.
		if !place && j+1 < len(toks) && toks[j].Norm == "in" && a.sameSent(i, j+1) {
			k := j + 1
			if toks[k].Norm == "the" {
				k++
			}
			for n := 0; n < 2 && k < len(toks) && directionWords[toks[k].Norm] && !capitalised(toks[k].Text); n++ {
				k++
			}
			if pe, _ := a.g.match(toks, min(k, len(toks)-1)); k < len(toks) && pe != nil && pe.ent.country && pe.ent.cc != "" && pe.ent.cc == e.ent.cc {
				place = true
			}
		}
		if !place && lineStart && j < len(toks) && a.sameLine(i, j) {
			k := j
			if toks[k].Text == "," || toks[k].Text == "(" {
				k++
			}
			place = k < len(toks) && a.dateAt[k] >= 0 // a dateline
		}
		if !place {
			continue
		}
		out = append(out, cand{t0: i, t1: j, typ: kg.GPE, id: e.ent.id, name: e.ent.name, in: e.ent, prio: prioTown})
		i = j - 1
	}
	return out
}

// reportVerbs follow an outlet that reports: "Borkova Pravda daily said",
// "the newspaper Vestnik reported".
var reportVerbs = map[string]bool{"reported": true, "reports": true, "quoted": true, "quotes": true, "cited": true, "published": true}

// outletReports reports whether token k is a verb of reporting.
func (a *analysis) outletReports(k int) bool {
	return k < len(a.toks) && (speechVerbs[a.toks[k].Norm] || reportVerbs[a.toks[k].Norm]) && !capitalised(a.toks[k].Text)
}

// bareOutlets: "told Vanity Fair magazine", "in Time magazine": a
// capitalised name before "magazine" or "newspaper", without "the", is the
// publication; so is one before "daily" or "weekly" that reports ("Borkova
// Pravda daily said") and one before "news agency".
func (a *analysis) bareOutlets() []cand {
	var out []cand
	toks := a.toks
	for j := 1; j < len(toks); j++ {
		w := toks[j].Norm
		if capitalised(toks[j].Text) {
			continue
		}
		switch {
		case w == "magazine" || w == "newspaper" || w == "newspapers" || w == "tabloid":
		case (w == "daily" || w == "weekly") && a.outletReports(j+1):
		case w == "news" && j+1 < len(toks) && toks[j+1].Norm == "agency":
		default:
			continue
		}
		i := j
		for i > 0 && j-i < 4 && a.sameSent(i-1, j) && (a.plainName(i-1) || outletHeads[toks[i-1].Norm] && capitalised(toks[i-1].Text)) && !allCaps(toks[i-1].Text) {
			i--
			// "Itar-Tass news agency", "Al-Akhbar newspaper": a hyphen
			// inside the name.
			if i >= 2 && toks[i-1].Text == "-" && toks[i-1].Start == toks[i-2].End && toks[i].Start == toks[i-1].End && capitalised(toks[i-2].Text) {
				i -= 2
			}
		}
		// "the Marsk news agency": the name of an agency may follow "the"
		// (outletCues reads "the X newspaper").
		the := i > 0 && toks[i-1].Norm == "the" && w != "news"
		if i == j || (i > 0 && (the || toks[i-1].Norm == "'s" || capitalised(toks[i-1].Text) && toks[i-1].Norm != "the" && !isSentenceStart(a, i))) {
			continue
		}
		if j-i == 1 && languages[toks[i].Norm] {
			continue // "a Swahili newspaper": its language
		}
		if c, ok := a.unlistedOrg(i, j); ok {
			out = append(out, c)
		}
	}
	return out
}

// unlistedOrg returns tokens [t0, t1) as an organisation found by a cue,
// and false when the lists know exactly that name (they type it).
func (a *analysis) unlistedOrg(t0, t1 int) (cand, bool) {
	if e, n := a.g.match(a.toks, t0); e != nil && n == t1-t0 {
		return cand{}, false
	}
	name := joinTokens(a.text, a.toks[t0:t1])
	return cand{t0: t0, t1: t1, typ: kg.Org, id: "org/" + slug(name), name: name, prio: prioOrgHead}, true
}

// outletsNamed: "the official newspaper Vestnik reported", "news agency
// Marsk quoted", "the daily Vestnik said": a name after an outlet noun, in a
// reporting frame, is the outlet.
func (a *analysis) outletsNamed() []cand {
	var out []cand
	toks := a.toks
	for k := 1; k+1 < len(toks); k++ {
		w := toks[k].Norm
		if capitalised(toks[k].Text) {
			continue
		}
		switch {
		case w == "agency" && toks[k-1].Norm == "news":
		case w == "newspaper" || w == "daily" || w == "weekly" || w == "tabloid" || w == "magazine":
			// "the (official) newspaper X": "daily" is also an adverb.
			if !(toks[k-1].Norm == "the" || k >= 2 && toks[k-2].Norm == "the" && !capitalised(toks[k-1].Text)) {
				continue
			}
		default:
			continue
		}
		j := k + 1
		for j < len(toks) && j-k <= 3 && a.sameSent(k, j) && a.plainName(j) && !allCaps(toks[j].Text) {
			j++
		}
		if j == k+1 || j >= len(toks) || !(a.outletReports(j) || toks[j].Text == "," || toks[j].Text == "." || toks[j].Norm == "that") {
			continue
		}
		if c, ok := a.unlistedOrg(k+1, j); ok {
			out = append(out, c)
		}
	}
	return out
}

// partyStances before a name and "party" say the name is a party's: "the
// ruling Chama Cha Mapinduzi party", "the opposition Civic Union party".
var partyStances = map[string]bool{"ruling": true, "opposition": true, "governing": true, "nationalist": true, "communist": true, "socialist": true, "conservative": true, "liberal": true, "centrist": true, "far-right": true, "far-left": true}

// namedParties finds the party named before a lower-case "party" after a
// stance word.
func (a *analysis) namedParties() []cand {
	var out []cand
	toks := a.toks
	for k := 1; k+1 < len(toks); k++ {
		if !partyStances[toks[k].Norm] || capitalised(toks[k].Text) {
			continue
		}
		j := k + 1
		for j < len(toks) && j-k <= 4 && a.sameSent(k, j) && capitalised(toks[j].Text) && !allCaps(toks[j].Text) && a.dateAt[j] < 0 && !a.g.titles[toks[j].Norm] {
			j++
		}
		if j == k+1 || j >= len(toks) || toks[j].Text != "party" {
			continue
		}
		if c, ok := a.unlistedOrg(k+1, j); ok {
			out = append(out, c)
		}
	}
	return out
}

// ownerVerbs before "by" say that the name after is a company: "owned by
// Nestle", "developed by Sega", "acquired by Halvorsen Systems".
var ownerVerbs = map[string]bool{"owned": true, "developed": true, "manufactured": true, "acquired": true, "operated": true, "bought": true}

func (a *analysis) ownerNames() []cand {
	var out []cand
	toks := a.toks
	for i := 0; i+2 < len(toks); i++ {
		if !ownerVerbs[toks[i].Norm] || toks[i+1].Norm != "by" {
			continue
		}
		j := i + 2
		if toks[j].Norm == "the" {
			j++
		}
		k := j
		for k < len(toks) && k-j < 4 && a.sameSent(j, k) && capitalised(toks[k].Text) && !a.g.titles[toks[k].Norm] && a.dateAt[k] < 0 {
			k++
		}
		if k == j || a.g.given[toks[j].Norm] || a.g.givenWide[toks[j].Norm] || a.g.honorifics[toks[j].Norm] || (k < len(toks) && toks[k].Norm == "'s") {
			continue
		}
		if e, n := a.g.match(toks, j); e != nil && (n == k-j || e.ent.typ != kg.GPE) {
			continue // the lists know it; "owned by Texas Instruments" is longer than "Texas"
		}
		name := joinTokens(a.text, toks[j:k])
		out = append(out, cand{t0: j, t1: k, typ: kg.Org, id: "org/" + slug(name), name: name, prio: prioOrgHead})
	}
	return out
}

// nicknameClubs: in a sports report, a town or state the lists know
// followed by a capitalised plural is a club ("Baltimore Orioles",
// "Boston Red Sox", "Bradford Bulls"); a country or a people ("London
// Irish") is not.
func (a *analysis) nicknameClubs() []cand {
	if !a.sportsDoc() {
		return nil
	}
	var out []cand
	toks := a.toks
	for i := 0; i+1 < len(toks); i++ {
		if a.boiler[i] || (i > 0 && capitalised(toks[i-1].Text) && a.sameSent(i-1, i) && !isSentenceStart(a, i) && a.sameLine(i-1, i) &&
			!(isSentenceStart(a, i-1) && determiners[toks[i-1].Norm])) {
			continue
		}
		e, n := a.g.match(toks, i)
		if e == nil || e.ent.typ != kg.GPE || e.ent.country || e.ent.nation {
			continue
		}
		j := i + n
		k := j
		for k < len(toks) && k-j < 2 && a.plainName(k) && a.sameLine(i, k) && toks[k].Start-toks[k-1].End == 1 {
			k++
		}
		if k == j || (k < len(toks) && capitalised(toks[k].Text) && a.sameLine(i, k)) {
			continue
		}
		if !a.nicknamePlural(k - 1) {
			continue
		}
		if pe, _ := a.g.match(toks, j); pe != nil {
			continue
		}
		name := joinTokens(a.text, toks[i:k])
		out = append(out, cand{t0: i, t1: k, typ: kg.Org, id: "org/" + slug(name), name: name, prio: prioOrgHead})
		i = k - 1
	}
	return out
}

// nicknamePlural reports a club's nickname at token k: a capitalised
// plural ("Orioles", "Sox") that names no people of a country.
func (a *analysis) nicknamePlural(k int) bool {
	t := a.toks[k]
	if allCaps(t.Text) || !(strings.HasSuffix(t.Text, "s") || strings.HasSuffix(t.Text, "x")) || len(t.Text) < 4 {
		return false
	}
	return a.g.demonymCountry(t.Norm) == nil && a.g.demonymCountry(strings.TrimSuffix(t.Norm, "s")) == nil && !a.g.titles[strings.TrimSuffix(t.Norm, "s")]
}

// surnameTitles before a bare surname make it a person's.
var surnameTitles = lexSet("cues.txt", "surname-title")

// titledSurnames: "Commonwealth champion Morgan reached", "Labour leader
// Blair said": a lower-case post or role, then one capitalised word no
// list knows and the text never writes in lower case, then no other
// capitalised word, is a person named by the surname.
func (a *analysis) titledSurnames() []cand {
	var out []cand
	toks := a.toks
	for k := 1; k+1 < len(toks); k++ {
		p := toks[k-1]
		if !surnameTitles[p.Norm] || capitalised(p.Text) || !a.nameWord(k) || a.lower[toks[k].Norm] || a.headline[k] || !a.sameSent(k-1, k) {
			continue
		}
		if capitalised(toks[k+1].Text) && a.sameSent(k, k+1) {
			// "Defending champion Joice Maduaka": a two-word name.
			if c, ok := a.titledPair(k); ok {
				out = append(out, c)
				k++
			}
			continue
		}
		if toks[k+1].Norm == "'s" {
			continue
		}
		// "midfielder Joaquin del Olmo", "leader Rami al-Saadani",
		// "president Jean-Claude Trichet": the name goes on past a particle
		// or hyphen; other rules read it whole.
		if a.particleAt(k+1) || nameParticles[toks[k+1].Text] || k+2 < len(toks) && toks[k+2].Text == "-" && toks[k+2].Start == toks[k+1].End ||
			toks[k+1].Text == "-" {
			continue
		}
		if e, _ := a.g.match(toks, k); e != nil || a.g.common[toks[k].Norm] {
			continue
		}
		out = append(out, cand{t0: k, t1: k + 1, typ: kg.Person, prio: prioTitle})
	}
	return out
}

// apposedOrgs: "Il Sole 24 Ore, Italy's business newspaper", "Halvorsen
// Fjord, a Norwegian shipping firm,": a capitalised name in apposition to
// a noun phrase headed by an organisation noun is an organisation. The
// noun ends the phrase ("X, the company's chairman" is a person).
func (a *analysis) apposedOrgs() []cand {
	var out []cand
	toks := a.toks
	for c := 1; c+2 < len(toks); c++ {
		if toks[c].Text != "," {
			continue
		}
		// The name before the comma.
		i := c
		for i > 0 && c-i < 5 && a.sameSent(i-1, c) && (a.plainName(i-1) || isDigitByte(toks[i-1].Text[0]) && a.dateAt[i-1] < 0) {
			i--
		}
		for i < c && !capitalised(toks[i].Text) {
			i++
		}
		if i == c || (i > 0 && capitalised(toks[i-1].Text) && a.sameSent(i-1, i) && !isSentenceStart(a, i)) {
			continue
		}
		if a.g.given[toks[i].Norm] || a.g.givenWide[toks[i].Norm] && c-i >= 2 {
			continue
		}
		if e, n := a.g.match(toks, i); e != nil && n == c-i {
			continue // the lists know it
		}
		// The phrase after it: a determiner or a possessive name, modifiers,
		// the organisation noun, then the phrase ends.
		j := c + 1
		switch {
		case toks[j].Norm == "a" || toks[j].Norm == "an" || toks[j].Norm == "the":
			j++
		case capitalised(toks[j].Text) && j+1 < len(toks) && toks[j+1].Norm == "'s":
			j += 2
		default:
			continue
		}
		head := -1
		for k := j; k < len(toks) && k < j+5 && a.sameSent(c, k); k++ {
			if (orgNouns[toks[k].Norm] || outletWords[toks[k].Norm]) && !capitalised(toks[k].Text) {
				head = k
				break
			}
			if toks[k].Text == "," || a.g.titles[toks[k].Norm] || toks[k].Norm == "of" || toks[k].Norm == "'s" {
				break
			}
		}
		if head < 0 || head+1 >= len(toks) {
			continue
		}
		switch n := toks[head+1]; {
		case n.Text == "," || n.Text == "." || n.Text == ";" || n.Text == ")":
		case n.Norm == "that" || n.Norm == "which" || n.Norm == "based" || n.Norm == "owned" || n.Norm == "with":
		default:
			continue
		}
		switch toks[head].Norm {
		case "team", "side", "rival", "rivals", "body", "campaign", "pressure", "engine", "parent", "daily", "weekly":
			continue
		}
		name := joinTokens(a.text, toks[i:c])
		// "Uhuru, or Freedom, a Swahili newspaper": the name glossed is
		// the organisation's, the gloss another name of it.
		if x0, x1 := a.glossed(i); x0 >= 0 {
			xn := joinTokens(a.text, toks[x0:x1])
			out = append(out, cand{t0: x0, t1: x1, typ: kg.Org, id: "org/" + slug(xn), name: xn, prio: prioOrgHead},
				cand{t0: i, t1: c, typ: kg.Org, id: "org/" + slug(xn), name: xn, prio: prioOrgHead})
			continue
		}
		out = append(out, cand{t0: i, t1: c, typ: kg.Org, id: "org/" + slug(name), name: name, prio: prioOrgHead})
	}
	return out
}

// glossed reads "X, or" before token i and returns X's tokens, or -1.
func (a *analysis) glossed(i int) (int, int) {
	toks := a.toks
	c := i - 2
	if c < 1 || toks[i-1].Norm != "or" || toks[c].Text != "," || !a.sameSent(c, i) {
		return -1, -1
	}
	x := c
	for x > 0 && c-x < 4 && a.sameSent(x-1, c) && a.plainName(x-1) && !allCaps(toks[x-1].Text) {
		x--
	}
	if x == c || x > 0 && capitalised(toks[x-1].Text) && a.sameSent(x-1, x) && !isSentenceStart(a, x) {
		return -1, -1
	}
	return x, c
}

// orgProfessions are posts held at an institution, written after its bare
// name: "a former Yale historian", "a Nomura economist".
var orgProfessions = lexSet("cues.txt", "org-profession")

// orgsBeforeProfessions: "a former Yale historian", "the Nomura
// economist": after a determiner, one capitalised word no list knows
// before such a post is the institution.
func (a *analysis) orgsBeforeProfessions() []cand {
	var out []cand
	toks := a.toks
	for i := 1; i+1 < len(toks); i++ {
		switch toks[i-1].Norm {
		case "a", "an", "the", "former":
		default:
			continue
		}
		if capitalised(toks[i-1].Text) && !isSentenceStart(a, i-1) || !orgProfessions[toks[i+1].Norm] || capitalised(toks[i+1].Text) || !a.plainName(i) {
			continue
		}
		if a.g.given[toks[i].Norm] || a.g.common[toks[i].Norm] || a.lower[toks[i].Norm] {
			continue
		}
		if i+2 < len(toks) && capitalised(toks[i+2].Text) && a.sameSent(i, i+2) {
			continue // "the Nomura economist Ann Lee": a title before a name, read elsewhere
		}
		if e, _ := a.g.match(toks, i); e != nil {
			continue
		}
		out = append(out, cand{t0: i, t1: i + 1, typ: kg.Org, id: "org/" + slug(toks[i].Text), name: toks[i].Text, prio: prioAcronym})
	}
	return out
}

var (
	featureWords = lexSet("placekinds.txt", "feature")      // "airport", "census-designated place"
	naturalWords = lexSet("placekinds.txt", "natural")      // "river", "glacier": a LOC
	placeNameEnd = lexSet("placekinds.txt", "head")         // "Summit County", "Rogue River"
	placePrefix  = lexSet("placekinds.txt", "prefix")       // "Mount Guna", "Lake Inari"
	denomination = lexSet("placekinds.txt", "denomination") // "the Catholic Church" is a body
)

// siteHead reports whether a name's last word makes it a site or a natural
// feature (a LOC: "Konak Square", "Rogue River") rather than a division (a
// GPE: "Summit County").
func siteHead(w string) bool { return featureWords[w] || naturalWords[w] }

// kindStops end the words before a kind of place: "an informal name for
// the city of Y" calls no name a city.
var kindStops = map[string]bool{"for": true, "the": true, "a": true, "an": true, "to": true, "by": true, "from": true, "with": true, "at": true, "as": true}

// placeKindWord reports whether a lower-case word names a kind of place.
func placeKindWord(w string) bool { return settlementWords[w] || featureWords[w] }

// kindEnd reads, from token i, up to six lower-case or hyphenated words that
// end in a kind of place ("a small coastal town", "census-designated place")
// followed by where it is ("in", "of", "within", "located", "situated",
// "on"); it returns the token after the kind and whether the last kind is a
// natural feature, or -1. Unlike kindAt it reads tokens, not mentions, so
// the recogniser can use it.
func (a *analysis) kindEnd(i int) (int, bool) {
	toks := a.toks
	end, natural := -1, false
	for n := 0; i < len(toks) && a.sameSent(i, i-1) && n < 6; i, n = i+1, n+1 {
		t := toks[i]
		if capitalised(t.Text) {
			break
		}
		if placeKindWord(t.Norm) {
			end, natural = i+1, naturalWords[t.Norm]
			continue
		}
		if t.Norm == "in" || t.Norm == "of" || t.Norm == "within" || t.Norm == "located" || t.Norm == "situated" || t.Norm == "on" {
			break
		}
		if kindStops[t.Norm] || !isWordAt(t.Text, 0) && !(t.Text == "-" && n > 0) {
			return -1, false
		}
	}
	if end < 0 || end != i || i >= len(toks) {
		return -1, false
	}
	switch toks[i].Norm {
	case "of":
		// "a village of Gmina Barsk", not "an online community of
		// photographers": a name follows.
		k := i + 1
		if k < len(toks) && toks[k].Norm == "the" {
			k++
		}
		if k < len(toks) && a.sameSent(i, k) && capitalised(toks[k].Text) {
			return end, natural
		}
	case "in", "within", "located", "situated", "on":
		return end, natural
	}
	return -1, false
}

// kindNames finds the names the text calls a kind of place: "Heeney is a
// census-designated place in Summit County", "The Foix is a river in
// Catalonia", "reached Brisk, a village in Hesse": a capitalised name at
// the start of a sentence ("is/was a") or after a lower-case word (", a"),
// a kind of place and where it is. A river, glacier or mountain is a LOC,
// the rest GPE.
func (a *analysis) kindNames() []cand {
	var out []cand
	toks := a.toks
	for i := 0; i+3 < len(toks); i++ {
		start := isSentenceStart(a, i)
		if start && toks[i].Norm == "the" && i+1 < len(toks) && a.sameSent(i, i+1) {
			i++
		} else if !start {
			// Not inside a longer capitalised name; "reached Oslavin, a
			// village in" is an apposition after any lower-case word.
			if !a.sameSent(i-1, i) || capitalised(toks[i-1].Text) && !determiners[toks[i-1].Norm] {
				continue
			}
		}
		if !a.plainName(i) || determiners[toks[i].Norm] || a.possessivePronoun(i) || allCaps(toks[i].Text) {
			continue
		}
		j := i + 1
		for j < len(toks) && j < i+5 && a.sameSent(i, j) && a.dateAt[j] < 0 {
			// "Mola di Bari": a particle inside the name.
			if nameParticles[toks[j].Text] && j+1 < len(toks) && capitalised(toks[j+1].Text) && a.sameSent(j, j+1) {
				j += 2
				continue
			}
			if !capitalised(toks[j].Text) {
				break
			}
			j++
		}
		k := j
		// "Tivat (Montenegrin: Tivat) is a town": past the parenthesis.
		if k < len(toks) && toks[k].Text == "(" {
			for k < len(toks) && a.sameSent(i, k) && toks[k].Text != ")" {
				k++
			}
			k++
		}
		if k+2 >= len(toks) || !a.sameSent(i, k+2) {
			continue
		}
		switch n := toks[k].Norm; {
		case n == "is" || n == "was":
		case n == "," && !start:
		default:
			continue
		}
		if d := toks[k+1].Norm; d != "a" && d != "an" {
			continue
		}
		e, natural := a.kindEnd(k + 2)
		if e < 0 {
			continue
		}
		name := joinTokens(a.text, toks[i:j])
		typ := kg.GPE
		if natural || j-i >= 2 && siteHead(toks[j-1].Norm) && !settlementWords[toks[j-1].Norm] {
			typ = kg.Loc // "Corvan Drive is a freeway in Edmonton"
		}
		c := cand{t0: i, t1: j, typ: typ, id: "place/" + slug(name), name: name, prio: prioOrgHead}
		if g, n := a.g.match(toks, i); g != nil && n == j-i && (g.ent.typ == kg.GPE || g.ent.typ == kg.Loc) {
			c.id, c.name, c.in, c.typ = g.ent.id, g.ent.name, g.ent, g.ent.typ
		}
		out = append(out, c)
	}
	return out
}

// kindOfNames finds the names after "the town of", "the administrative
// district of", "the island of": a capitalised name of up to four words
// after "the", up to two lower-case modifiers, a kind of settlement or
// division and "of" (a site word is not enough: "the church of St Mary"
// names a saint). An island or river is a LOC, the rest GPE.
func (a *analysis) kindOfNames() []cand {
	var out []cand
	toks := a.toks
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].Norm != "the" {
			continue
		}
		k := i + 1
		for n := 0; n < 2 && k < len(toks) && !placeKindWord(toks[k].Norm) && isWordAt(toks[k].Text, 0) && !capitalised(toks[k].Text) && !kindStops[toks[k].Norm]; n++ {
			k++
		}
		if k+2 >= len(toks) || !settlementWords[toks[k].Norm] || capitalised(toks[k].Text) || toks[k+1].Norm != "of" || !a.sameSent(i, k+2) {
			continue
		}
		j0 := k + 2
		if !a.plainName(j0) || determiners[toks[j0].Norm] || a.possessivePronoun(j0) {
			continue
		}
		j := j0
		for j < len(toks) && j < j0+4 && a.sameSent(j0, j) && capitalised(toks[j].Text) && a.dateAt[j] < 0 {
			j++
		}
		// "the true state of Parmalat's finances" is no place.
		if j < len(toks) && toks[j].Norm == "'s" {
			continue
		}
		name := joinTokens(a.text, toks[j0:j])
		typ := kg.GPE
		if naturalWords[toks[k].Norm] {
			typ = kg.Loc
		}
		c := cand{t0: j0, t1: j, typ: typ, id: "place/" + slug(name), name: name, prio: prioTitle}
		if g, n := a.g.match(toks, j0); g != nil && n == j-j0 {
			if g.ent.typ != kg.GPE && g.ent.typ != kg.Loc {
				continue
			}
			c.id, c.name, c.in, c.typ = g.ent.id, g.ent.name, g.ent, g.ent.typ
		} else if toks[k].Norm == "state" {
			continue // "the state of" a name no list knows is its condition
		}
		out = append(out, c)
	}
	return out
}

// divisionNames finds places named with the kind of division, site or
// feature they are: "Summit County", "Urgut District", "Culver Township",
// "Rogue River", "Konak Square", "Vigra Church", "Mount Guna": two to four
// capitalised words ending in one of those heads, or after "Mount" or
// "Lake", and not inside a longer capitalised name (an organisation's "Cook
// County Hospital" ends in another word). A division is a GPE, the rest LOC.
func (a *analysis) divisionNames() []cand {
	var out []cand
	toks := a.toks
	for i := 0; i+1 < len(toks); i++ {
		if !a.plainName(i) || determiners[toks[i].Norm] || a.possessivePronoun(i) || allCaps(toks[i].Text) {
			continue
		}
		// "But Downing Street said": a conjunction or preposition opens
		// no name at the start of a sentence.
		if isSentenceStart(a, i) && sentenceOpeners[toks[i].Norm] {
			continue
		}
		if i > 0 && capitalised(toks[i-1].Text) && a.sameSent(i-1, i) && !isSentenceStart(a, i) &&
			!(isSentenceStart(a, i-1) && (determiners[toks[i-1].Norm] || a.possessivePronoun(i-1) || sentenceOpeners[toks[i-1].Norm])) {
			continue
		}
		j := i
		for j < len(toks) && j < i+6 && a.sameSent(i, j) && a.dateAt[j] < 0 {
			// "Moravian-Silesian Region": a hyphen inside the name.
			if toks[j].Text == "-" && j > i && j+1 < len(toks) && capitalised(toks[j+1].Text) && toks[j].Start == toks[j-1].End && toks[j+1].Start == toks[j].End {
				j++
				continue
			}
			if !capitalised(toks[j].Text) {
				break
			}
			j++
		}
		if j-i < 2 || j-i > 5 || !(placeNameEnd[toks[j-1].Norm] || placePrefix[toks[i].Norm] && j-i <= 3) {
			continue
		}
		// "Rogue River-based": no name; "the Cape Argus newspaper": an
		// outlet's.
		if j < len(toks) && a.sameSent(i, j) && (toks[j].Text == "-" || outletWords[toks[j].Norm] && !placeNameEnd[toks[j-1].Norm]) {
			continue
		}
		// "the Catholic Church in the Maldives": a church, no building.
		body := false
		for k := i; k < j-1; k++ {
			body = body || denomination[toks[k].Norm]
		}
		if body {
			continue
		}
		// "Charlotte Church sang", "Thomas Haden Church", "Mike Lake said":
		// a given name and a site or feature word is a person's name
		// unless a preposition or "the" puts it in place.
		if j-i <= 3 && siteHead(toks[j-1].Norm) && (a.g.given[toks[i].Norm] || a.g.givenWide[toks[i].Norm]) {
			// "Baltimore's Penn Station": a name's possessive.
			placeOwner := i >= 2 && toks[i-1].Norm == "'s" && capitalised(toks[i-2].Text) && a.sameSent(i-2, i)
			if i == 0 || !a.sameSent(i-1, i) || !sitePreps[toks[i-1].Norm] && !placeOwner {
				continue
			}
		}
		name := joinTokens(a.text, toks[i:j])
		if in := a.g.lookupName(name); in != nil {
			continue
		}
		// "Fort Nelson", "Port Hedland" are towns; "Mount Guna", "Konak
		// Square" are LOC.
		typ := kg.GPE
		if siteHead(toks[j-1].Norm) || !placeNameEnd[toks[j-1].Norm] && (!settlementWords[toks[i].Norm] || naturalWords[toks[i].Norm]) {
			typ = kg.Loc
		}
		out = append(out, cand{t0: i, t1: j, typ: typ, id: "place/" + slug(name), name: name, prio: prioOrgHead})
	}
	return out
}

// sitePreps put a name in place: "on Baker Street", "the Bothmer Mansion";
// so does a name's possessive ("Baltimore's Penn Station").
var sitePreps = map[string]bool{"the": true, "in": true, "at": true, "on": true, "near": true, "from": true, "to": true, "along": true, "into": true, "outside": true, "inside": true}

// sentenceOpeners are conjunctions and prepositions that start sentences
// before a name: "But Downing Street said", "In Harlan County".
var sentenceOpeners = map[string]bool{"but": true, "and": true, "or": true, "so": true, "yet": true, "then": true, "when": true, "while": true, "if": true, "as": true,
	"after": true, "before": true, "since": true, "in": true, "at": true, "on": true, "from": true, "to": true, "for": true, "with": true, "by": true, "near": true, "outside": true, "inside": true,
	"neither": true, "nor": true, "some": true, "every": true, "any": true, "each": true, "both": true, "all": true, "no": true, "only": true, "even": true, "also": true, "now": true, "here": true, "there": true,
	"although": true, "though": true, "because": true, "unless": true, "until": true, "once": true, "whether": true, "however": true, "meanwhile": true}

var (
	sectorHeads = lexSet("orgwords.txt", "sector-head") // "Pharmaceuticals", "Electric"
	outletHeads = lexSet("orgwords.txt", "outlet-head") // "Zeitung", "Gazette"
)

// sectorNames: "Halden Pharmaceuticals said", "Orvik Electric Power",
// "the Brenner Zeitung": capitalised words ending in a word for a line of
// business or in a newspaper's title word name a company or an outlet, when
// no capitalised word follows but a title after a plural ("Halden
// Pharmaceuticals Chief Executive ..."; "Chief Medical Officer" and "Hong
// Kong Financial Secretary" are posts). A given name and one
// such word is a person's ("Samantha Power", "David Steel").
func (a *analysis) sectorNames() []cand {
	var out []cand
	toks := a.toks
	for k := 1; k < len(toks); k++ {
		w := toks[k].Norm
		if !sectorHeads[w] && !outletHeads[w] || !capitalised(toks[k].Text) || a.headline[k] || a.boiler[k] || a.dateAt[k] >= 0 {
			continue
		}
		// Before a title only a plural names the business: "Halden
		// Pharmaceuticals Chief Executive", but "Financial Secretary".
		if n := k + 1; n < len(toks) && a.sameSent(k, n) && capitalised(toks[n].Text) && !(a.g.titles[toks[n].Norm] && strings.HasSuffix(w, "s") && !outletHeads[w]) {
			continue
		}
		start := k
		for start > 0 && k-start < 5 && a.sameSent(start-1, k) && a.dateAt[start-1] < 0 && !a.headline[start-1] {
			p := toks[start-1]
			if capitalised(p.Text) && !strings.Contains(a.text[p.End:toks[start].Start], "\n") {
				start--
				continue
			}
			// "Procter & Gamble Pharmaceuticals"
			if p.Text == "&" && start-2 >= 0 && a.sameSent(start-2, k) && capitalised(toks[start-2].Text) {
				start -= 2
				continue
			}
			break
		}
		// "Pathway Communications, which ...", "Pathway Communications
		// said": a common word opening a sentence is the firm's when the
		// name is used as a firm's.
		firm := k+1 < len(toks) && a.sameSent(k, k+1) && (speechVerbs[toks[k+1].Norm] ||
			toks[k+1].Text == "," && k+2 < len(toks) && toks[k+2].Norm == "which")
		for start < k && (toks[start].Norm == "the" || a.g.nonEnt[toks[start].Norm] ||
			isSentenceStart(a, start) && (a.lower[toks[start].Norm] || a.g.common[toks[start].Norm] && !firm) && !sectorHeads[toks[start].Norm]) {
			start++
		}
		if start >= k || toks[start].Text == "&" {
			continue
		}
		ok := true
		for j := start; j < k; j++ {
			t := toks[j]
			// "National Aluminum", "International Paper": an adjective
			// that may open a post opens the firm's name.
			if j == start && a.g.titles[t.Norm] && !coreTitles[t.Norm] && !rankWords[t.Norm] && k-start == 1 && !formerWords[t.Norm] {
				continue
			}
			if a.g.titles[t.Norm] || a.g.honorifics[t.Norm] || coreTitles[t.Norm] || calendarWords[t.Norm] {
				ok = false
				break
			}
		}
		if !ok || k-start == 1 && (a.g.given[toks[start].Norm] || a.wideGiven(start)) {
			continue
		}
		if commodities[w] && (a.commonWords(start, k) || allCaps(toks[start].Text)) {
			continue // "Crude Oil", "CRUDE OIL"
		}
		name := joinTokens(a.text, toks[start:k+1])
		c := cand{t0: start, t1: k + 1, typ: kg.Org, id: "org/" + slug(name), name: name, prio: prioOrgHead}
		if in := a.g.lookupName(name); in != nil {
			c.id, c.name, c.in, c.typ = in.id, in.name, in, in.typ
		}
		out = append(out, c)
	}
	return out
}

// ledAdverbs may come between "who" and the verb: "who also runs Porsche".
var ledAdverbs = map[string]bool{"also": true, "now": true, "still": true, "currently": true, "once": true, "later": true}

// ledOrgs: "X, who runs Porsche", "who founded Halden": the bare name a
// person heads, runs or founded is an organisation. Names the lists know
// keep their type ("who leads Britain's delegation"); a given name opens a
// person's ("who led Smith by three points").
func (a *analysis) ledOrgs() []cand {
	var out []cand
	toks := a.toks
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Norm != "who" {
			continue
		}
		j := i + 1
		if ledAdverbs[toks[j].Norm] {
			j++
		}
		perfect := j+2 < len(toks) && toks[j].Norm == "has" && (headsVerbs[toks[j+1].Norm] || headsParticiples[toks[j+1].Norm])
		if perfect {
			j++ // "who has led X since 2015"
		}
		if j+1 >= len(toks) || !headsVerbs[toks[j].Norm] && !perfect {
			continue
		}
		j++
		if toks[j].Norm == "the" {
			j++
		}
		k := j
		for k < len(toks) && k-j < 4 && a.sameSent(j, k) && a.plainName(k) && !allCaps(toks[k].Text) {
			k++
		}
		// "who led Jones by three points" is a lead in a race.
		if k == j || a.g.given[toks[j].Norm] || a.g.givenWide[toks[j].Norm] || k < len(toks) && (toks[k].Norm == "'s" || toks[k].Norm == "by") {
			continue
		}
		if e, _ := a.g.match(toks, j); e != nil {
			continue
		}
		name := joinTokens(a.text, toks[j:k])
		out = append(out, cand{t0: j, t1: k, typ: kg.Org, id: "org/" + slug(name), name: name, prio: prioOrgHead})
	}
	return out
}

// clubRoles, written in lower case between a town and a person's name in a
// sports report, make the town its club ("Liverpool manager Jurgen Klopp").
var clubRoles = map[string]bool{"manager": true, "coach": true, "captain": true, "striker": true, "goalkeeper": true, "keeper": true, "defender": true,
	"midfielder": true, "forward": true, "winger": true, "skipper": true, "boss": true, "full-back": true, "centre-back": true, "playmaker": true}

// basedPlaces: "the Wolfsburg-based group", "a Tellheim-based shipping
// company", "a Zorvik-based analyst": the name before "-based" is a
// place, when an organisation, a post or a name follows (not
// "Windows-based computers").
func (a *analysis) basedPlaces() []cand {
	var out []cand
	toks := a.toks
	for k := 0; k+3 < len(toks); k++ {
		if toks[k+1].Text != "-" || !basedWords[toks[k+2].Norm] || toks[k+1].Start != toks[k].End || toks[k+2].Start != toks[k+1].End || !a.plainName(k) || allCaps(toks[k].Text) {
			continue
		}
		t0 := k
		for t0 > 0 && k-t0 < 2 && a.sameSent(t0-1, k) && a.plainName(t0-1) && !determiners[toks[t0-1].Norm] &&
			!(isSentenceStart(a, t0-1) && (a.lower[toks[t0-1].Norm] || a.g.common[toks[t0-1].Norm])) {
			t0--
		}
		if e, n := a.g.match(toks, t0); e != nil && t0+n == k+1 {
			continue // the lists know it
		}
		if isSentenceStart(a, t0) && (a.lower[toks[t0].Norm] || a.g.common[toks[t0].Norm]) || a.g.given[toks[t0].Norm] {
			continue
		}
		ok := false
		for j := k + 3; j < len(toks) && j < k+7 && a.sameSent(k, j); j++ {
			n := toks[j].Norm
			if capitalised(toks[j].Text) || orgNouns[n] || orgHeads[n] || a.g.titles[n] || orgProfessions[n] || orgProfessions[strings.TrimSuffix(n, "s")] {
				ok = true
				break
			}
			if !isWordAt(toks[j].Text, 0) {
				break
			}
		}
		if !ok {
			continue
		}
		name := joinTokens(a.text, toks[t0:k+1])
		out = append(out, cand{t0: t0, t1: k + 1, typ: kg.GPE, id: "place/" + slug(name), name: name, prio: prioTitle})
	}
	return out
}

// bankCompounds: "the Bundesbank", "Rabobank": one capitalised word ending
// in "bank" is a bank, unless a list knows it as a place ("Burbank").
func (a *analysis) bankCompounds() []cand {
	var out []cand
	toks := a.toks
	for k, t := range toks {
		if len(t.Norm) < 7 || !strings.HasSuffix(t.Norm, "bank") || !a.plainName(k) || allCaps(t.Text) || a.g.given[t.Norm] || a.lower[t.Norm] {
			continue
		}
		if e, _ := a.g.match(toks, k); e != nil {
			continue
		}
		if e, _ := a.g.towns.match(toks, k); e != nil {
			continue
		}
		out = append(out, cand{t0: k, t1: k + 1, typ: kg.Org, id: "org/" + slug(t.Text), name: t.Text, prio: prioAcronym})
	}
	return out
}

// compassRegions: "South Florida", "Northern California": a capitalised
// compass word before a state or province (no country, city or nation,
// which lists name whole: "North Carolina", "Northern Ireland") names a
// region of it, a LOC.
func (a *analysis) compassRegions() []cand {
	var out []cand
	toks := a.toks
	for k := 0; k+1 < len(toks); k++ {
		t := toks[k]
		if !compass[t.Norm] || !capitalised(t.Text) || allCaps(t.Text) || strings.Contains(t.Text, "-") || t.Norm == "downtown" || t.Norm == "rural" || t.Norm == "inner" ||
			!a.sameSent(k, k+1) || !a.sameLine(k, k+1) || a.headline[k] || a.boiler[k] {
			continue
		}
		e, n := a.g.match(toks, k+1)
		if e == nil || e.ent.typ != kg.GPE || e.ent.country || e.ent.city || e.ent.nation || e.ent.cc == "" {
			continue
		}
		if le, ln := a.g.match(toks, k); le != nil && ln > n {
			continue // the lists know the longer name
		}
		if j := k + 1 + n; j < len(toks) && capitalised(toks[j].Text) && a.sameSent(k, j) && a.sameLine(k, j) {
			continue // part of a longer name ("Southern California Edison")
		}
		name := t.Text + " " + e.ent.name
		out = append(out, cand{t0: k, t1: k + 1 + n, typ: kg.Loc, id: "place/" + slug(name), name: name, prio: prioGaz})
	}
	return out
}
