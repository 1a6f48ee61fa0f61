package extract

import (
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/extract/internal/dates"
)

// ment is a selected entity mention over tokens [t0, t1).
type ment struct {
	t0, t1 int
	typ    kg.EntityType
	id     string
	in     *info // gazetteer entry, nil for entities found by patterns or prose
	prio   int
}

// dmention is a resolved date mention.
type dmention struct {
	dateSpan
	value  string
	t0, t1 int
}

// analysis is the working state of one document.
type analysis struct {
	g             *gazetteer
	text          string
	toks          []token
	sents         []sentence
	sentOf        []int  // token -> sentence index
	boiler        []bool // token lies on a boilerplate line
	credit        []bool // token lies on a credit line or byline (creditLine)
	headline      []bool // token lies on a headline-style line
	lower         map[string]bool
	ments         []*ment
	mentAt        []int // token -> index in ments, -1 when none
	dates         []dmention
	dateAt        []int // token -> index in dates, -1 when none
	published     time.Time
	ref           time.Time
	ents          map[string]*kg.Entity
	triples       []kg.Triple
	proseEnd      map[int]int     // token where a prose entity starts -> token after its end
	sports        int             // sportsDoc: 0 not yet known, 1 yes, 2 no
	townCands     []cand          // GeoNames towns the syntax around them calls places (geoTowns)
	eventAcronyms map[string]bool // acronyms defined for events: "Game Developers Conference (GDC)"
}

// Boilerplate lines of web news pages: bylines, picture credits, links to
// other stories, comment forms.
var reBoiler = regexp.MustCompile(`(?i)^\s*(source\b|picture\b|photo\b|image\b|read (also|more)\b|see also\b|related( posts)?\b|leave a reply|by admin|latest posts|source link|your email address|share this|click here|advertisement|subscribe|follow us|posted (in|by)\b|tags?:|filed under|(additional )?reporting by|editing by|writing by|compiled by|copyright\b|all rights reserved|©)`)

func newAnalysis(g *gazetteer, text string) *analysis {
	a := &analysis{g: g, text: text, ents: map[string]*kg.Entity{}}
	a.toks = tokenize(text)
	a.sents = splitSentences(text, a.toks)
	a.sentOf = make([]int, len(a.toks))
	for si, s := range a.sents {
		for i := s.T0; i < s.T1; i++ {
			a.sentOf[i] = si
		}
	}
	a.boiler = make([]bool, len(a.toks))
	a.credit = make([]bool, len(a.toks))
	a.headline = make([]bool, len(a.toks))
	a.lower = map[string]bool{}
	for _, t := range a.toks {
		if t.Text == t.Norm && t.Norm != "" && (t.Norm[0] >= 'a' && t.Norm[0] <= 'z') {
			a.lower[t.Norm] = true
		}
	}
	// Classify lines.
	ti := 0
	for ls := 0; ls < len(text); {
		le := strings.IndexByte(text[ls:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += ls
		}
		line := text[ls:le]
		t0 := ti
		for ti < len(a.toks) && a.toks[ti].Start < le {
			ti++
		}
		credit := creditLine(line, a.toks[t0:ti])
		boiler := credit || reBoiler.MatchString(line)
		head := !boiler && isHeadline(a.toks[t0:ti])
		for i := t0; i < ti; i++ {
			a.boiler[i] = boiler
			a.credit[i] = credit
			a.headline[i] = head
		}
		ls = le + 1
	}
	a.mentAt = make([]int, len(a.toks))
	a.dateAt = make([]int, len(a.toks))
	for i := range a.mentAt {
		a.mentAt[i], a.dateAt[i] = -1, -1
	}
	return a
}

// isHeadline reports a line in title case without closing punctuation,
// where capitals say nothing about names. Lines of lists and tables, with
// figures or parentheses, are not headlines.
func isHeadline(toks []token) bool {
	if len(toks) < 3 {
		return false
	}
	last := toks[len(toks)-1].Text
	if last == "." || last == "?" || last == "!" || last == "\u201d" || last == "\"" || last == ":" {
		return false
	}
	words, caps, figures, commas := 0, 0, 0, 0
	for _, t := range toks {
		// "Defenders: Callum Price, Lewis Okoro, Ryan Patel": a list.
		if t.Text == "," {
			if commas++; commas >= 2 {
				return false
			}
		}
		// A list or table line ("Ana Silva ( Brazil ) beat Mia Roy 6-3
		// 6-4", "Leeds 24 Hull 18") is no headline: its capitals are names.
		if t.Text == "(" {
			return false
		}
		if isDigitByte(t.Text[0]) {
			if figures++; figures >= 2 {
				return false
			}
		}
		if len(t.Norm) > 3 && isWordAt(t.Text, 0) {
			words++
			if capitalised(t.Text) {
				caps++
			}
		}
	}
	return words >= 2 && caps*4 >= words*3
}

// dateSetup finds the date expressions and the reference date: the
// input's publication date, else a dateline in the text, else the
// fallback (kg build --published).
func (a *analysis) dateSetup(published, fallback time.Time, maxYear int) {
	ds := findDates(a.text, a.toks)
	a.published = published
	if a.published.IsZero() {
		a.published = dateline(a.text, ds)
	}
	if a.published.IsZero() {
		a.published = fallback
	}
	a.ref = a.published
	if a.ref.IsZero() {
		a.ref = anchor(ds, maxYear)
	}
	// A text about one year dates its bare months and days in that year.
	ty := 0
	if a.ref.IsZero() {
		ty = topicYear(ds)
	}
	ti := 0
	res := newDateResolver(a.text, a.ref)
	for _, d := range ds {
		dm := dmention{dateSpan: d}
		if ty != 0 {
			switch {
			case d.Kind == dates.KindFull && d.Year == 0 && !d.HasWeekday:
				dm.Year = ty
			case d.Kind == dates.KindMonth && d.Dir == "":
				dm.Kind, dm.Year = dates.KindMonthYr, ty
			case d.Kind == dates.KindRelative && d.Rel == "this year":
				dm.Kind, dm.Year = dates.KindYear, ty
			}
		}
		if d.Kind == dates.KindFull && d.Year == 0 && d.HasWeekday && a.ref.IsZero() {
			if y := yearForWeekday(d.Month, d.Day, d.Weekday, maxYear); y != 0 {
				dm.Year = y
			}
		}
		for ti < len(a.toks) && a.toks[ti].End <= d.Start {
			ti++
		}
		dm.t0 = ti
		t1 := ti
		for t1 < len(a.toks) && a.toks[t1].Start < d.End {
			t1++
		}
		dm.t1 = t1
		future := a.futureAt(dm.t0, dm.t1)
		dm.value = res.Resolve(dm.dateSpan, future)
		// "Erdogan hosted Putin on Oct. 13", published in June: a day
		// stated in the past that the nearest year would put three months
		// or more ahead is last year's (nearer ones are as often deadlines
		// a past ruling set: "ruled that he must be returned by Jan. 14").
		if !future && dm.Kind == dates.KindFull && dm.Year == 0 && !dm.HasWeekday && !a.ref.IsZero() && len(dm.value) == 10 && a.pastAt(dm.t0, dm.t1) {
			if v, err := time.Parse("2006-01-02", dm.value); err == nil && v.After(a.ref.AddDate(0, 3, 0)) {
				if p := v.AddDate(-1, 0, 0); p.Day() == v.Day() {
					dm.value = p.Format("2006-01-02")
				}
			}
		}
		a.dates = append(a.dates, dm)
		for i := dm.t0; i < dm.t1; i++ {
			a.dateAt[i] = len(a.dates) - 1
		}
	}
}

// futureAt reports whether the clause governing the date at tokens
// [t0, t1) is in future tense (internal/dates.Future).
func (a *analysis) futureAt(t0, t1 int) bool {
	if t0 >= len(a.toks) {
		return false
	}
	s := a.sents[a.sentOf[t0]]
	return dates.Future(a.toks, t0, t1, s.T0, min(s.T1, len(a.toks)))
}

// pastAt reports a past form governing the date at tokens [t0, t1): a
// past verb or auxiliary before it in its clause ("the plant closed on
// Oct. 13", "was held on"), or right after a date that opens the sentence
// ("On Oct. 13, the plant closed").
func (a *analysis) pastAt(t0, t1 int) bool {
	toks := a.toks
	s := a.sents[a.sentOf[t0]]
	past := func(k int) bool {
		n := toks[k].Norm
		return n == "was" || n == "were" || n == "had" || n == "did" || n == "met" || n == "spoke" || n == "rose" || pastVerbs[n] || leaveVerbs[n] ||
			len(n) > 4 && strings.HasSuffix(n, "ed") && !capitalised(toks[k].Text) && !notPastEd[n]
	}
	for k := t0 - 1; k >= s.T0; k-- {
		n := toks[k].Norm
		if n == "," || n == ";" || n == ":" || n == "will" || n == "would" || n == "is" || n == "are" || isOpenQuote(toks[k].Text) || isCloseQuote(toks[k].Text) {
			break
		}
		if notPastEd[n] || n == "set" || n == "due" {
			return false // "was scheduled for Oct. 13": a plan's date
		}
		if past(k) {
			return true
		}
	}
	if t0 > s.T0+1 || t1 >= s.T1 {
		return false
	}
	for k := t1; k < s.T1 && k < t1+6; k++ {
		if n := toks[k].Norm; n == "will" || n == "would" || n == "is" || n == "are" {
			return false
		}
		if past(k) {
			return true
		}
	}
	return false
}

// notPastEd are words in -ed that are no past verb: "the proposed merger",
// "scheduled", "expected".
var notPastEd = map[string]bool{"scheduled": true, "expected": true, "planned": true, "proposed": true, "need": true, "speed": true, "indeed": true,
	"unscheduled": true, "slated": true, "supposed": true, "intended": true, "hundred": true, "red": true}

// cand is a candidate mention before overlap resolution.
type cand struct {
	t0, t1 int
	typ    kg.EntityType
	id     string
	name   string
	in     *info
	prio   int
	credit bool // a name in a credit line or byline (creditNames)
}

// stancePrefixes join the name after them with a hyphen into an adjective
// of stance: "the anti-Castro Cuban American National Foundation", "the
// pro-Kremlin United Russia party".
var stancePrefixes = map[string]bool{"anti": true, "pro": true}

// trimStances cuts the name of a stance off a longer name read after it:
// "anti-Castro Cuban American National Foundation" is the foundation,
// Castro no part of its name.
func (a *analysis) trimStances(cands []cand) {
	toks := a.toks
	for i := range cands {
		c := &cands[i]
		k := c.t0
		if c.in != nil || c.t1-k < 3 || k < 2 || toks[k-1].Text != "-" || !stancePrefixes[toks[k-2].Norm] ||
			toks[k-2].End != toks[k-1].Start || toks[k-1].End != toks[k].Start {
			continue
		}
		c.t0++
		if c.id != "" {
			c.name = joinTokens(a.text, toks[c.t0:c.t1])
			if pre, _, ok := strings.Cut(c.id, "/"); ok {
				c.id = pre + "/" + slug(c.name)
			}
		}
	}
}

// Candidate priorities: patterns that see a whole name beat list lookups,
// which beat prose.
const (
	prioProseGPE = 10
	prioProse    = 20
	prioGaz      = 30
	prioAcronym  = 31
	prioGiven    = 33
	prioTitle    = 35
	prioOrgHead  = 40
)

// orgHeads are the nouns that end an organisation's name.
var orgHeads = lexSet("orgwords.txt", "head")

var orgConnectors = lexSet("orgwords.txt", "connector")

// eventHeads end the names of events, not bodies: "Game Developers
// Conference", "G20 Summit".
var eventHeads = lexSet("orgwords.txt", "event-head")

// foreignHeads open names in other languages, their of-phrase after them:
// "Academie des Sciences", "Banco de Portugal".
var foreignHeads = lexSet("orgwords.txt", "foreign-head")

// legalForms are companies' legal forms ("Corp", "SA", "Co").
var legalForms = lexSet("orgwords.txt", "legal-form")

// recognise selects the entity mentions of the document.
func (a *analysis) recognise(spans []proseSpan) {
	var cands []cand
	toks := a.toks
	a.proseEnd = map[int]int{}
	ti := 0
	for _, s := range spans {
		for ti < len(toks) && toks[ti].Start < s.Start {
			ti++
		}
		t1 := ti
		for t1 < len(toks) && toks[t1].End <= s.End {
			t1++
		}
		if ti < len(toks) && toks[ti].Start == s.Start && t1 > ti {
			a.proseEnd[ti] = t1
		}
	}
	// Gazetteers.
	for i := 0; i < len(toks); i++ {
		if e, n := a.g.match(toks, i); e != nil && !a.aliasInsideName(e, i, n) {
			cands = append(cands, cand{t0: i, t1: i + n, typ: e.ent.typ, id: e.ent.id, name: e.ent.name, in: e.ent, prio: prioGaz})
		}
	}
	cands = append(cands, a.orgPatterns()...)
	cands = append(cands, a.titledNames()...)
	cands = append(cands, a.appositiveNames()...)
	cands = append(cands, a.givenNames()...)
	cands = append(cands, a.particleNames()...)
	cands = append(cands, a.partyStates()...)
	cands = append(cands, a.initialNames()...)
	cands = append(cands, a.employerNames()...)
	cands = append(cands, a.theAcronyms()...)
	cands = append(cands, a.companiesBeforeTitles()...)
	cands = append(cands, a.employersAfterTitles()...)
	cands = append(cands, a.placeCues()...)
	cands = append(cands, a.compassRegions()...)
	cands = append(cands, a.headedNames()...)
	cands = append(cands, a.kindNames()...)
	cands = append(cands, a.divisionNames()...)
	cands = append(cands, a.kindOfNames()...)
	cands = append(cands, a.outletCues()...)
	cands = append(cands, a.codeNames()...)
	cands = append(cands, a.definedAcronyms()...)
	cands = append(cands, a.nounNamedOrgs()...)
	cands = append(cands, a.outletSectionNames()...)
	cands = append(cands, a.speakerNames()...)
	cands = append(cands, a.kinNames()...)
	cands = append(cands, a.framedPersons()...)
	cands = append(cands, a.clubPrefixNames()...)
	a.townCands = a.geoTowns()
	cands = append(cands, a.townCands...)
	cands = append(cands, a.bareOutlets()...)
	cands = append(cands, a.outletsNamed()...)
	cands = append(cands, a.namedParties()...)
	cands = append(cands, a.ownerNames()...)
	cands = append(cands, a.nicknameClubs()...)
	cands = append(cands, a.titledSurnames()...)
	cands = append(cands, a.apposedOrgs()...)
	cands = append(cands, a.orgsBeforeProfessions()...)
	cands = append(cands, a.sectorNames()...)
	cands = append(cands, a.ledOrgs()...)
	cands = append(cands, a.basedPlaces()...)
	cands = append(cands, a.bankCompounds()...)
	cands = append(cands, a.listedCompounds()...)
	cands = append(cands, a.demonymBodies()...)
	cands = append(cands, a.airlines()...)
	cands = append(cands, a.townStates()...)
	cands = append(cands, a.creditNames()...)
	cands = append(cands, a.firmsByTheirStaff()...)
	cands = append(cands, a.chamberShortForms()...)
	cands = append(cands, a.ampersandFirms()...)
	cands = append(cands, a.basedFirms()...)
	cands = append(cands, a.proseCands(spans)...)
	a.trimStances(cands)
	a.ampersandNames(cands)

	sort.SliceStable(cands, func(i, j int) bool {
		// prose ranks below every list and pattern; among those, the
		// longer name wins, then the more specific source.
		ci, cj := cands[i], cands[j]
		if pi, pj := ci.prio >= prioGaz, cj.prio >= prioGaz; pi != pj {
			return pi
		}
		if ci.t1-ci.t0 != cj.t1-cj.t0 {
			return ci.t1-ci.t0 > cj.t1-cj.t0
		}
		if ci.prio != cj.prio {
			return ci.prio > cj.prio
		}
		return ci.t0 < cj.t0
	})
	taken := make([]bool, len(toks))
	// "Hurricane Hugo ... $36 million from Hugo": a storm's name, with its
	// storm word or alone, names no place, person or body.
	storms := map[string]bool{}
	for k := 0; k+1 < len(toks); k++ {
		if stormWords[toks[k].Norm] && capitalised(toks[k].Text) && capitalised(toks[k+1].Text) && a.sameSent(k, k+1) && !a.knownPair(k) {
			storms[toks[k+1].Text] = true
			taken[k], taken[k+1] = true, true
		}
	}
	var chosen []cand
	for _, c := range cands {
		ok := c.t0 < c.t1 && c.t1 <= len(toks) // an empty or overrun span names nothing
		if ok && c.t1-c.t0 == 1 && storms[toks[c.t0].Text] && !(c.in != nil && (c.in.country || c.in.nation)) {
			ok = false
		}
		// "South and Central America", "North and South Korea": a compass
		// word whose place is named after the next one is no place itself.
		if ok && c.t1-c.t0 == 1 && compass[toks[c.t0].Norm] && c.t1+1 < len(toks) && (toks[c.t1].Norm == "and" || toks[c.t1].Norm == "or") && compass[toks[c.t1+1].Norm] && capitalised(toks[c.t1+1].Text) {
			ok = false
		}
		for k := c.t0; ok && k < c.t1; k++ {
			if taken[k] || a.dateAt[k] >= 0 {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		// Boilerplate lines name only the outlet ("Source: Interfax").
		if a.boiler[c.t0] && !(c.in != nil && c.typ == kg.Org) && !c.credit {
			continue
		}
		if c.typ == kg.Org && c.t1-c.t0 == 1 && c.in == nil && a.eventAcronyms[toks[c.t0].Text] {
			continue
		}
		// "the Dow Jones Industrial Average", "the DAX index": a market
		// index, no organisation or person, whatever names it holds.
		if s, e := a.nameRunStart(c.t0), a.nameRunEnd(c.t1); a.stockIndex(s, e) {
			for k := s; k < e; k++ {
				taken[k] = true
			}
			continue
		}
		// "the Harry Truman Library", "Golden Globe": a building or an
		// award, no person, whatever name it holds.
		if e := a.nameRunEnd(c.t1); c.typ == kg.Person && c.in == nil && e-c.t0 >= 2 && (venueWords[toks[e-1].Norm] || awardWords[toks[e-1].Norm]) {
			for k := c.t0; k < e; k++ {
				taken[k] = true // nor is a part of it ("Harry S." of "Harry S. Truman Library")
			}
			continue
		}
		for k := c.t0; k < c.t1; k++ {
			taken[k] = true
		}
		chosen = append(chosen, c)
	}
	chosen = a.splitCoordinatedOrgs(chosen)
	sort.Slice(chosen, func(i, j int) bool { return chosen[i].t0 < chosen[j].t0 })
	a.canonicalise(chosen, taken)
}

// splitCoordinatedOrgs: "units of Innopac and Mobil Corp. ... Innopac
// Inc. ... Innopac's president": an organisation's name read across
// "and", its words after "and" a firm's name of their own (a legal form
// ends them), whose words before "and" name a firm of their own elsewhere
// in the text, is two names.
func (a *analysis) splitCoordinatedOrgs(chosen []cand) []cand {
	toks := a.toks
	n := len(chosen)
	for i := 0; i < n; i++ {
		c := &chosen[i]
		if c.typ != kg.Org || c.in != nil || !legalForms[toks[c.t1-1].Norm] {
			continue
		}
		for p := c.t0 + 1; p+2 < c.t1; p++ {
			if toks[p].Norm != "and" || !capitalised(toks[p+1].Text) {
				continue
			}
			// "Johnson and Johnson Inc." is one name.
			if base, _ := trimCorporate(joinTokens(a.text, toks[p+1:c.t1])); base == joinTokens(a.text, toks[c.t0:p]) || !a.standsAlone(toks[c.t0:p], c.t0) {
				break
			}
			right := *c
			right.t0 = p + 1
			right.name = joinTokens(a.text, toks[p+1:c.t1])
			right.id = "org/" + slug(right.name)
			if trimmed, ok := trimCorporate(right.name); ok {
				right.id = "org/" + slug(trimmed)
			}
			c.t1 = p
			c.name = joinTokens(a.text, toks[c.t0:p])
			c.id = "org/" + slug(c.name)
			chosen = append(chosen, right)
			break
		}
	}
	return chosen
}

// standsAlone reports whether the words ws name a firm of their own
// elsewhere than at token at: with a legal form ("Innopac Inc.") or
// before a firm's possession ("Innopac's president", "Innopac's
// shares"); "Marks said" is no such use.
func (a *analysis) standsAlone(ws []token, at int) bool {
	toks := a.toks
	n := len(ws)
	for k := 0; k+n < len(toks); k++ {
		if k == at || toks[k].Text != ws[0].Text {
			continue
		}
		same := true
		for j := 1; j < n && same; j++ {
			same = toks[k+j].Text == ws[j].Text
		}
		if !same || k > 0 && capitalised(toks[k-1].Text) && a.sameSent(k-1, k) && !isSentenceStart(a, k) {
			continue
		}
		e := k + n
		if legalForms[toks[e].Norm] && a.sameSent(k, e) {
			return true
		}
		if toks[e].Norm == "'s" && e+1 < len(toks) && (orgPossessed[toks[e+1].Norm] || a.g.titles[toks[e+1].Norm]) {
			return true
		}
	}
	return false
}

// ampersandNames extends an organisation's name through "&" and the
// capitalised words after it: "an analyst at UBS Phillips & Drew".
func (a *analysis) ampersandNames(cands []cand) {
	toks := a.toks
	for i := range cands {
		c := &cands[i]
		if c.typ != kg.Org || c.in != nil || c.t1+1 >= len(toks) || toks[c.t1].Text != "&" || !a.sameSent(c.t0, c.t1+1) || !a.sameLine(c.t1, c.t1+1) {
			continue
		}
		j := c.t1 + 1
		for j < len(toks) && j-c.t1 <= 3 && capitalised(toks[j].Text) && a.sameSent(c.t0, j) && a.sameLine(c.t1, j) && a.dateAt[j] < 0 && !a.g.titles[toks[j].Norm] {
			j++
		}
		if j == c.t1+1 {
			continue
		}
		f := firmCand(c.t0, j, a.orgName(c.t0, j), c.prio)
		c.t1, c.name, c.id = f.t1, f.name, f.id
	}
}

// nameRunEnd returns the end of the capitalised run that goes on at token
// k, through initials' dots ("Harry S. Truman Library").
func (a *analysis) nameRunEnd(k int) int {
	toks := a.toks
	for k < len(toks) && k > 0 && a.sameSent(k-1, k) && (capitalised(toks[k].Text) || toks[k].Text == "." && toks[k].Start == toks[k-1].End && len(toks[k-1].Text) == 1) {
		k++
	}
	return k
}

// nameRunStart returns the start of the capitalised run that holds token
// k, in its sentence.
func (a *analysis) nameRunStart(k int) int {
	toks := a.toks
	for k > 0 && a.sameSent(k-1, k) && capitalised(toks[k-1].Text) && !isSentenceStart(a, k) {
		k--
	}
	return k
}

// indexWords name market indices and nothing else ("DAX", "FTSE", "Hang
// Seng"); indexHeads end an index's name ("Dow Jones Industrial Average").
var (
	indexWords = lexSet("cues.txt", "index")
	indexHeads = map[string]bool{"index": true, "indices": true, "indexes": true, "average": true, "composite": true}
)

// stockIndex reports whether the capitalised run [s, e) names a market
// index: it ends in "Index", "Average" or "Composite", holds a word only
// indices are named by, or is followed, after an optional figure ("FTSE
// 100", "S&P 500"), by "index" or "average".
func (a *analysis) stockIndex(s, e int) bool {
	toks := a.toks
	if e <= s {
		return false
	}
	if indexHeads[toks[e-1].Norm] && e-s >= 2 {
		return true
	}
	for k := s; k < e; k++ {
		if indexWords[toks[k].Norm] {
			return true
		}
	}
	k := e
	if k < len(toks) && a.sameSent(s, k) && isDigitByte(toks[k].Text[0]) {
		k++
		if k+1 < len(toks) && toks[k].Text == "-" && toks[k+1].Norm == "share" {
			k += 2
		}
	}
	// "New York Stock Exchange composite trading" is the exchange's.
	return k < len(toks) && a.sameSent(s, k) && indexHeads[toks[k].Norm] && toks[k].Norm != "composite" && !capitalised(toks[k].Text)
}

// orgPatterns finds capitalised runs that end in an organisation noun
// ("Russian Foreign Ministry", "NATO-Russia Council", "University of Oslo").
func (a *analysis) orgPatterns() []cand {
	var out []cand
	toks := a.toks
	for i := 0; i < len(toks); i++ {
		// "the 11th Circuit Court of Appeals", "the 82nd Airborne
		// Division": an ordinal opens the name.
		ord := ordinalWord(toks[i].Text) && i+1 < len(toks) && capitalised(toks[i+1].Text) && a.sameSent(i, i+1)
		if !capitalised(toks[i].Text) && !ord || a.boiler[i] {
			continue
		}
		// In a title-case headline only a name at the start of the line is
		// trusted: "Supreme Court Rules Against Trump Administration".
		if a.headline[i] && i > 0 && a.headline[i-1] && !strings.Contains(a.text[toks[i-1].End:toks[i].Start], "\n") {
			continue
		}
		j := i
		lastHead, bodyHead := -1, -1
		for j < len(toks) && a.sentOf[j] == a.sentOf[i] {
			t := toks[j]
			if a.dateAt[j] >= 0 {
				break
			}
			if capitalised(t.Text) || (isDigitByte(t.Text[0]) && (j > i || ord)) {
				if orgHeads[t.Norm] && !(t.Norm == "spa" && t.Text != "SpA") { // "Pirelli SpA", not "Bath Spa"
					if lastHead >= 0 && !eventHeads[toks[lastHead].Norm] {
						bodyHead = lastHead
					}
					lastHead = j
					// Title-case headlines capitalise verbs too: stop at the first head.
					if a.headline[j] {
						j++
						break
					}
					// A legal form ends a company's name: "Dow Chemical Co of
					// the United States", "Bear Stearns & Co Inc".
					if legalForms[t.Norm] && j > i && !(j+1 < len(toks) && legalForms[toks[j+1].Norm]) {
						j++
						break
					}
				}
				j++
				continue
			}
			// "Boatmen's Bancshares Inc", "Sainsbury's Bank Plc": a possessive
			// inside a company's name that ends in a legal form.
			if t.Norm == "'s" && j > i && a.companyPossessive(i, j) {
				j++
				continue
			}
			// "Edward D. Jones & Co", "McDermid St. Lawrence Ltd.": an
			// initial's or a saint's dot inside the name.
			if t.Text == "." && j > i && (len(toks[j-1].Text) == 1 && isUpperByte(toks[j-1].Text[0]) || toks[j-1].Text == "St") && t.Start == toks[j-1].End &&
				j+1 < len(toks) && capitalised(toks[j+1].Text) && a.sameLine(j, j+1) {
				j++
				continue
			}
			// "Committee to Protect Journalists": "to" only after a head noun.
			// "Right to Life Party": or before the words that end in one.
			conn := orgConnectors[t.Norm] || (t.Norm == "to" && (lastHead >= 0 || j > i && a.headAhead(j+1)))
			// "Society for the Protection of Birds": "the" after a connector;
			// "Brothers to the Rescue", but not "from the Senate to the White
			// House", where the lists know a name on either side.
			toThe := t.Norm == "to" && j+2 < len(toks) && a.g.lookupName(joinTokens(a.text, toks[i:j])) == nil && func() bool { e, _ := a.g.match(toks, j+2); return e == nil }()
			if (t.Norm == "for" || t.Norm == "of" || toThe) && lastHead >= 0 && j+2 < len(toks) && toks[j+1].Norm == "the" && !capitalised(toks[j+1].Text) && capitalised(toks[j+2].Text) && a.sentOf[j+2] == a.sentOf[i] && a.dateAt[j+2] < 0 {
				j += 2
				continue
			}
			// "funding from Congress for Tanzania": a body the lists know by
			// its one word, and a country after "for", are two names.
			if t.Norm == "for" && lastHead == j-1 && j == i+1 && j+1 < len(toks) {
				if e, _ := a.g.match(toks, j+1); e != nil && e.ent.country && a.g.lookupName(toks[i].Text) != nil {
					break
				}
			}
			if conn && j+1 < len(toks) && capitalised(toks[j+1].Text) && a.sentOf[j+1] == a.sentOf[i] && a.dateAt[j+1] < 0 && !a.g.nonEnt[toks[j+1].Norm] {
				if t.Norm == "-" && (t.Start != toks[j-1].End || toks[j+1].Start != t.End) {
					break
				}
				// "University of Chicago and Fermilab": a place closes the
				// first name, "and" starts another.
				if t.Norm == "and" && lastHead >= 0 {
					if m, _ := a.g.match(toks, j-1); m != nil && m.ent.typ == kg.GPE {
						break
					}
					// "Leeds United and Blackrock Capital": a head closes the
					// name, unless it is the name's only word ("Securities
					// and Exchange Commission").
					if lastHead == j-1 && lastHead > i && !(lastHead == i+1 && toks[i].Norm == "the") {
						break
					}
					// "University of Oxford and Imperial College": after the
					// of-phrase of a head, "and" starts another name that has
					// a head of its own ("School of Hygiene and Tropical
					// Medicine" is one name).
					if a.ofTailBefore(lastHead, j) && a.bodyHeadAhead(j+1) {
						break
					}
				}
				j++
				continue
			}
			break
		}
		// "Game Developers Conference", "the G20 Summit": a name ending in
		// an event's head is the event, no organisation; a body before it
		// is one ("Conservative Party Conference"), and so is one the head
		// opens ("Conference on Disarmament") or an of-phrase names
		// ("Organisation of Islamic Conference").
		if lastHead >= 0 && eventHeads[toks[lastHead].Norm] && (lastHead+1 >= j || !orgConnectors[toks[lastHead+1].Norm]) && lastHead > i && !a.ofTailBefore(i, lastHead) {
			lastHead = bodyHead
		}
		// "the 77th Academy Awards": an ordinal opens a body whose head
		// ends the run or its of-phrase, not an event's or award's name;
		// without one the words after the ordinal are read as before.
		if ord && (lastHead < 0 || lastHead != j-1 && !(toks[lastHead+1].Norm == "of" || toks[lastHead+1].Norm == "for")) {
			continue
		}
		if lastHead < 0 {
			i = j
			continue
		}
		end := lastHead + 1
		// "Ministry of Defence of Ukraine": keep the "of ..." tail, but not
		// after a legal form ("Kia Motor Corp of South Korea").
		if end < j && !legalForms[toks[lastHead].Norm] && (toks[end].Norm == "of" || toks[end].Norm == "for" || toks[end].Norm == "on" || toks[end].Norm == "to" || foreignHeads[toks[lastHead].Norm] && orgConnectors[toks[end].Norm]) {
			// The tail stops where a title starts: "Council of Europe
			// Secretary General Priya Reyes".
			k := end + 1
			for k < j && (orgConnectors[toks[k-1].Norm] || !(coreTitles[toks[k].Norm] || (a.g.titles[toks[k].Norm] && k+1 < j && a.g.titles[toks[k+1].Norm]))) {
				k++
			}
			end = k
		}
		// "Committee on Government Reform", "Bank of the United States": a
		// head word inside a body's of-phrase does not end it; the
		// capitalised words after it do, up to a post ("Bank of England
		// Governor X").
		if end == lastHead+1 && end < j && bodyHead >= 0 && (a.ofTailBefore(bodyHead, lastHead) || toks[bodyHead+1].Norm == "on") {
			k := end
			for k < j && capitalised(toks[k].Text) && !coreTitles[toks[k].Norm] && !a.g.titles[toks[k].Norm] && !a.g.given[toks[k].Norm] {
				k++
			}
			end = k
		}
		// "Parti Socialiste", "Banco Santander": a foreign head opens the
		// name and the words after it are part of it.
		if foreignHeads[toks[lastHead].Norm] && end == lastHead+1 && end < j && capitalised(toks[end].Text) {
			end = j
		}
		if a.lawAfter(end) {
			i = j
			continue
		}
		start := i
		// "Tom Abel, CEO of Halvex Corp": a post before "of" or "at" is
		// none of the body's name.
		if start+2 < end && a.g.titles[toks[start].Norm] && !orgHeads[toks[start].Norm] && (toks[start+1].Norm == "of" || toks[start+1].Norm == "at") && start+2 < lastHead {
			start += 2
			if toks[start].Norm == "the" {
				start++
			}
		}
		// "A State Department spokesman": the article opening a sentence
		// or following a dateline's dash or a quotation mark (not the
		// initial of "A. Schulman Inc.", nor the "A" that a lower-case
		// word before it shows to be the name's: "joined A Better Chance").
		for start < end && (toks[start].Norm == "the" || (toks[start].Norm == "a" || toks[start].Norm == "an") && (start == 0 || isSentenceStart(a, start) || !isWordAt(toks[start-1].Text, 0)) && !(start+1 < end && toks[start+1].Text == ".") || a.g.nonEnt[toks[start].Norm] || sentenceOpeners[toks[start].Norm] && isSentenceStart(a, start) || coreTitles[toks[start].Norm] && !orgHeads[toks[start].Norm] && start < lastHead && isSentenceStart(a, start) && !(adjectiveTitles[toks[start].Norm] && !a.g.given[toks[start+1].Norm] && !a.wideGiven(start+1))) {
			start++
		}
		// "Shares of Halvorsen Systems": a common word opening the sentence,
		// and its "of", are no part of the name ("Securities and Exchange
		// Commission", "Health and Human Services" are whole).
		if start < lastHead && isSentenceStart(a, start) && !orgHeads[toks[start].Norm] && (a.lower[toks[start].Norm] || stockWords[toks[start].Norm] || a.g.common[toks[start].Norm]) &&
			start+2 < end && orgConnectors[toks[start+1].Norm] && toks[start+1].Norm != "and" && toks[start+1].Norm != "&" {
			start += 2
		}
		// "John Casesa of Schroder Wertheim & Co": a person of the company,
		// maybe after a post or a common word ("Economist Joel Naroff of
		// First Union").
		// Posts of several words go too: "Detective Inspector Sarah Jones of
		// Greater Manchester Police".
		personOf := func(start int) int {
			p := start
			for p+1 < lastHead && p-start < 3 && !orgHeads[toks[p].Norm] && (a.g.titles[toks[p].Norm] || p == start && isSentenceStart(a, p) && (a.lower[toks[p].Norm] || a.g.common[toks[p].Norm] ||
				!a.g.given[toks[p].Norm] && (a.g.given[toks[p+1].Norm] || a.wideGiven(p+1)))) {
				p++
			}
			for k := p + 2; k < p+4 && k < lastHead; k++ {
				if (toks[k].Norm == "of" || toks[k].Norm == "at") && (a.g.given[toks[p].Norm] || a.wideGiven(p) || a.proseEnd[p] == k) && !orgHeads[toks[k-1].Norm] {
					return k + 1
				}
			}
			return start
		}
		start = personOf(start)
		// "adviser Uzi Arad and Cabinet Secretary Danny Naveh": a person's
		// name before "and" is no part of the body after it, nor is a
		// second person's before "of" ("Jon Harlow and Mark Adley of
		// Brandt Partners").
		for q := start + 1; q < lastHead && q <= start+3; q++ {
			if toks[q].Norm == "and" && (a.g.given[toks[start].Norm] || a.wideGiven(start) || start > 0 && a.g.titles[toks[start-1].Norm] && !capitalised(toks[start-1].Text)) && !orgHeads[toks[q-1].Norm] {
				start = personOf(q + 1)
				break
			}
		}
		// "U.S. Ambassador Ann Lee and Cabinet Secretary Tom Reed": a post
		// and the full name of its holder before "and" are no part of the
		// body after it, however many words the post takes.
		if q := a.firstAnd(start, lastHead); q > start && a.titledNameBefore(start, q) {
			start = personOf(q + 1)
		}
		// "to Reno and Immigration and Naturalization Service Commissioner
		// Doris Meissner": a body's name joins two words with "and" once;
		// before a second "and", the first joined a name to the body's.
		if q := a.firstAnd(start, lastHead); q >= 0 && a.firstAnd(q+1, lastHead) >= 0 {
			start = q + 1
		}
		// A legal form alone ("SA unveils budget") names nothing.
		if start >= end || (end-start == 1 && (!allCaps(toks[start].Text) || legalForms[toks[start].Norm])) {
			i = j
			continue
		}
		name := a.orgName(start, end)
		in := a.g.lookupName(name)
		if in == nil {
			// "Tesla Inc" is Tesla; "U.S. Supreme Court" may be listed without its country.
			if base, ok := trimCorporate(name); ok {
				in = a.g.lookupName(base)
			}
		}
		c := cand{t0: start, t1: end, typ: kg.Org, id: "org/" + slug(name), name: name, prio: prioOrgHead}
		if base, ok := trimCorporate(name); ok && in == nil {
			c.id, c.name = "org/"+slug(base), base
		}
		if in != nil {
			c.id, c.name, c.in, c.typ = in.id, in.name, in, in.typ
		}
		out = append(out, c)
		i = j
	}
	return out
}

// firstAnd returns the first "and" in [i, j), or -1.
func (a *analysis) firstAnd(i, j int) int {
	for k := i; k < j; k++ {
		if a.toks[k].Norm == "and" {
			return k
		}
	}
	return -1
}

// adjectiveTitles are title words that also open companies' names as
// adjectives: "General Motors Corp.", "General Electric Co." at the start
// of a sentence keep them.
var adjectiveTitles = map[string]bool{"general": true}

// companyPossessive reports that the possessive at token j, after the
// capitalised words from i, is inside a company's name: capitalised words
// after it end in a legal form on the same line, and the words before it
// are no name the lists know ("Russia's Gazprom Neft PJSC") or a person's.
func (a *analysis) companyPossessive(i, j int) bool {
	toks := a.toks
	if j+1 >= len(toks) || toks[j].Start != toks[j-1].End || !capitalised(toks[j+1].Text) || !a.sameSent(j, j+1) || !a.sameLine(j, j+1) {
		return false
	}
	if e, n := a.g.match(toks, i); e != nil && i+n == j || a.g.given[toks[i].Norm] {
		return false
	}
	// "Du Pont's Conoco Inc. ... Du Pont Co.": the owner is named on its
	// own elsewhere in the text, so the possessive is its.
	if a.namedElsewhere(i, j) {
		return false
	}
	for k := j + 1; k < len(toks) && k < j+5 && capitalised(toks[k].Text) && a.sameSent(j, k) && a.sameLine(j, k); k++ {
		if legalForms[toks[k].Norm] {
			return true
		}
	}
	return false
}

// lawWords end the names of laws ("... Act", "... Bill").
var lawWords = lexSet("orgwords.txt", "law")

// namedElsewhere reports whether the words of tokens [i, j) occur again in
// the text, not before a possessive.
func (a *analysis) namedElsewhere(i, j int) bool {
	toks := a.toks
	n := j - i
	for k := 0; k+n <= len(toks); k++ {
		if k == i || toks[k].Text != toks[i].Text {
			continue
		}
		same := true
		for m := 1; m < n && same; m++ {
			same = toks[k+m].Text == toks[i+m].Text
		}
		if same && (k+n == len(toks) || toks[k+n].Norm != "'s") {
			return true
		}
	}
	return false
}

// lawAfter reports that the capitalised words and bracketed capitalised
// groups from token k end in a law's word: "Health Service
// (Miscellaneous Provisions) (Scotland) Bill", "Trade Union Act".
func (a *analysis) lawAfter(k int) bool {
	toks := a.toks
	last := -1
	for n := 0; k < len(toks) && n < 12 && a.sameSent(k-1, k); n++ {
		switch {
		case a.dateAt[k] >= 0:
			return last >= 0 && lawWords[toks[last].Norm]
		case capitalised(toks[k].Text) || orgConnectors[toks[k].Norm] && last >= 0 && k+1 < len(toks) && capitalised(toks[k+1].Text) && a.dateAt[k+1] < 0:
			if capitalised(toks[k].Text) {
				last = k
			}
			k++
		case toks[k].Text == "(":
			c := k + 1
			for c < len(toks) && c < k+6 && capitalised(toks[c].Text) {
				c++
			}
			if c == k+1 || c >= len(toks) || toks[c].Text != ")" {
				return last >= 0 && lawWords[toks[last].Norm]
			}
			k = c + 1
		default:
			return last >= 0 && lawWords[toks[last].Norm]
		}
	}
	return last >= 0 && lawWords[toks[last].Norm]
}

// ofTailBefore reports an "of" or "for" between the head at token h and
// token j.
func (a *analysis) ofTailBefore(h, j int) bool {
	for k := h + 1; k < j; k++ {
		if n := a.toks[k].Norm; n == "of" || n == "for" {
			return true
		}
	}
	return false
}

// headAhead reports an organisation head among the capitalised words from
// token k, in its sentence.
func (a *analysis) headAhead(k int) bool {
	for j := k; j < len(a.toks) && j < k+5 && a.sameSent(k, j) && capitalised(a.toks[j].Text); j++ {
		if orgHeads[a.toks[j].Norm] {
			return true
		}
	}
	return false
}

// ordinalWord reports a number written as an ordinal in figures: "11th",
// "2nd", "82nd", "1st".
func ordinalWord(w string) bool {
	n := 0
	for n < len(w) && isDigitByte(w[n]) {
		n++
	}
	if n == 0 || n > 3 {
		return false
	}
	switch strings.ToLower(w[n:]) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// bodyHeadAhead is headAhead for the head of a body of its own: a line
// of business ends none ("Department of Health and Human Services").
func (a *analysis) bodyHeadAhead(k int) bool {
	for j := k; j < len(a.toks) && j < k+5 && a.sameSent(k, j) && capitalised(a.toks[j].Text); j++ {
		if orgHeads[a.toks[j].Norm] && !sectorHeads[a.toks[j].Norm] {
			return true
		}
	}
	return false
}

func isSentenceStart(a *analysis, i int) bool {
	return i == a.sents[a.sentOf[i]].T0
}

// orgName spells an organisation's name canonically. Hyphenated parties
// before the head are put in a fixed order with their canonical names, so
// that "Russia-NATO Council" and "RF-NATO Council" read "NATO-Russia Council".
func (a *analysis) orgName(start, end int) string {
	toks := a.toks
	// Find the hyphenated prefix: w - w (- w)* followed by the rest.
	if end-start >= 4 && toks[start+1].Text == "-" {
		var parts []string
		k := start
		for k < end {
			parts = append(parts, toks[k].Text)
			if k+1 < end && toks[k+1].Text == "-" {
				k += 2
				continue
			}
			k++
			break
		}
		// Only parties the lists know are reordered: "Cuban-American
		// National Foundation" is a name of its own.
		known := k < end
		canon := make([]string, 0, len(parts))
		for _, p := range parts {
			if in := a.g.lookupName(p); in != nil && (in.typ == kg.GPE || in.typ == kg.Org) {
				canon = append(canon, in.name)
			} else {
				known = false
			}
		}
		if known {
			sort.Strings(canon)
			rest := make([]string, 0, end-k)
			for ; k < end; k++ {
				rest = append(rest, toks[k].Text)
			}
			return strings.Join(canon, "-") + " " + strings.Join(rest, " ")
		}
	}
	return joinTokens(a.text, toks[start:end])
}

// joinTokens writes tokens back with their original spacing collapsed.
func joinTokens(text string, toks []token) string {
	if len(toks) == 0 {
		return ""
	}
	return strings.Join(strings.Fields(text[toks[0].Start:toks[len(toks)-1].End]), " ")
}

// titledNames finds names after a capitalised title or honorific
// ("Deputy Foreign Minister Sergei Ryabkov", "Mr. Smith").
func (a *analysis) titledNames() []cand {
	var out []cand
	toks := a.toks
	for i := 0; i+1 < len(toks); i++ {
		t := toks[i]
		if !capitalised(t.Text) || a.boiler[i] || !(a.g.titles[t.Norm] || a.g.honorifics[t.Norm]) {
			continue
		}
		j := i + 1
		if j < len(toks) && toks[j].Text == "." {
			j++
		}
		if j >= len(toks) || a.g.titles[toks[j].Norm] || a.g.honorifics[toks[j].Norm] {
			continue
		}
		k := j
		for k < len(toks) && k-j < 6 && a.sentOf[k] == a.sentOf[i] && ((capitalised(toks[k].Text) && !orgHeads[toks[k].Norm] &&
			(!a.g.titles[toks[k].Norm] || k > j && a.abbrevSurname(k)) && !a.g.nonEnt[toks[k].Norm] && !allCaps(toks[k].Text)) || (k > j && a.particleAt(k)) || (k > j && a.nameHyphen(k)) || (k > j && a.particleHyphen(k)) || (k > j && a.initialAt(k))) {
			if e, n := a.g.match(toks, k); e != nil {
				// "Prime Minister Kayla Jordan": a one-word place after a
				// first name, ending the name, is a surname.
				// "Mr Wellington": after an honorific too.
				if (k > j || a.g.honorifics[t.Norm]) && n == 1 && e.ent.typ != kg.Org && (k+1 >= len(toks) || !capitalised(toks[k+1].Text) || a.sentOf[k+1] != a.sentOf[k]) {
					k++
				}
				break
			}
			k++
		}
		if k == j {
			continue
		}
		if k-j == 1 && !a.g.honorifics[t.Norm] && !(k < len(toks) && !capitalised(toks[k].Text)) {
			continue
		}
		// "Former German chancellor X": a lone demonym after a title is a
		// nationality, no name.
		if k-j == 1 && !a.g.honorifics[t.Norm] && a.g.demonymCountry(toks[j].Norm) != nil {
			continue
		}
		out = append(out, cand{t0: j, t1: k, typ: kg.Person, prio: prioTitle})
	}
	return out
}

// proseCands converts prose entities into candidates, correcting labels
// and dropping the junk prose finds in headlines, boilerplate and
// capitalised common words.
func (a *analysis) proseCands(spans []proseSpan) (out []cand) {
	notPerson := map[string]bool{}
	defer func() {
		// A word a determiner showed to be a thing is no person elsewhere.
		kept := out[:0]
		for _, c := range out {
			if !(c.typ == kg.Person && c.t1-c.t0 == 1 && notPerson[a.toks[c.t0].Text]) {
				kept = append(kept, c)
			}
		}
		out = kept
	}()
	toks := a.toks
	// Where prose reads a place: token -> token after it.
	prosePlaces := map[int]int{}
	for _, s := range spans {
		if s.Label == "GPE" {
			for k := range toks {
				if toks[k].Start == s.Start {
					if e := a.proseEnd[k]; e > k {
						prosePlaces[k] = e
					}
					break
				}
			}
		}
	}
	ti := 0
	for _, s := range spans {
		for ti < len(toks) && toks[ti].Start < s.Start {
			ti++
		}
		if ti >= len(toks) || toks[ti].Start != s.Start {
			continue
		}
		t1 := ti
		for t1 < len(toks) && toks[t1].End <= s.End {
			t1++
		}
		t0 := ti
		// "Ann Lee\nBERLIN": a byline's name ends at the line, before the
		// dateline in capitals.
		for k := t0 + 1; k < t1; k++ {
			if !a.sameLine(k-1, k) && (allCaps(toks[k].Text) && len(toks[k].Text) > 1 || strings.Count(a.text[toks[k-1].End:toks[k].Start], "\n") >= 2) {
				t1 = k
				break
			}
		}
		// Trim titles, honorifics, demonyms and possessives off the edges.
		for t0 < t1 && (a.g.titles[toks[t0].Norm] || a.g.honorifics[toks[t0].Norm] || toks[t0].Text == "." || a.g.demonymCountry(toks[t0].Norm) != nil) {
			t0++
		}
		for t1 > t0 && (toks[t1-1].Norm == "'s" || !isWordAt(toks[t1-1].Text, 0)) {
			t1--
		}
		// "met with Sununu Sunday": a date after a name is none of it.
		for t1 > t0+1 && a.dateAt[t1-1] >= 0 && calendarWords[toks[t1-1].Norm] {
			t1--
		}
		// "Chen Chun-yeh": prose stops at the hyphen of a given name.
		for t1 > t0 && t1+1 < len(toks) && a.nameHyphen(t1) && a.hyphenTail(t1+1) {
			t1 += 2
		}
		// "Abdel Fattah el-Sisi": prose stops at the particle's hyphen.
		if t1 > t0 && t1+1 < len(toks) && a.particleHyphen(t1) {
			t1 += 2
		} else if t1-t0 >= 2 && t1+2 < len(toks) && hyphenParticles[toks[t1].Text] && a.particleHyphen(t1+1) {
			t1 += 3
		}
		// "But Alain Terzian": a word the text writes in lower case
		// elsewhere, starting the sentence before a two-word name, is no
		// part of it ("Will Smith" keeps its given name).
		if s.Label == "PERSON" && t1-t0 >= 3 && isSentenceStart(a, t0) && (a.lower[toks[t0].Norm] || a.g.common[toks[t0].Norm]) && !a.g.given[toks[t0].Norm] {
			t0++
		}
		if t0 >= t1 || a.headline[t0] || a.boiler[t0] {
			continue
		}
		junk := false
		for k := t0; k < t1; k++ {
			n := toks[k].Norm
			if a.nameHyphen(k) || (nameParticles[toks[k].Text] && k > t0) || (k > t0 && a.hyphenTail(k)) {
				continue
			}
			// A given name the text also writes in lower case ("Will
			// Smith", "Mark Lee") opens a person's name.
			if !capitalised(toks[k].Text) || a.g.nonEnt[n] || a.lower[n] && !(k == t0 && t1-t0 >= 2 && s.Label == "PERSON" && capitalised(toks[k].Text) && (a.g.given[n] || a.g.givenWide[n])) || a.g.titles[n] && !(k > t0 && a.abbrevSurname(k)) {
				junk = true
				break
			}
		}
		if junk {
			continue
		}
		// "Million Dollar Baby", "Closer", "Many": a name of common words
		// only, that no list knows, is a title or a phrase.
		// "New Haven", "North Shore", "Pleasant Bay" are built as places are.
		placeBuilt := t1-t0 >= 2 && (toks[t0].Norm == "new" || compass[toks[t0].Norm] || placeHeads[toks[t1-1].Norm] || waterHeads[toks[t1-1].Norm])
		if a.commonWords(t0, t1) && (s.Label == "PERSON" || s.Label == "GPE" && !placeBuilt) {
			continue
		}
		// "in Latin", "in Hebrew": a language is no place or person.
		if t1-t0 == 1 && languages[toks[t0].Norm] && (s.Label == "PERSON" || s.Label == "GPE") {
			continue
		}
		switch s.Label {
		case "PERSON":
			// ("a suggestion that Sununu offer": "that" opens a clause.)
			if t1-t0 == 1 && t0 > 0 && determiners[toks[t0-1].Norm] && toks[t0-1].Norm != "that" {
				notPerson[toks[t0].Text] = true // "its Android system": a thing
				continue
			}
			if stormWords[toks[t0].Norm] && t1-t0 >= 2 {
				continue // "Storm Babet", "Hurricane Ian": weather, no person
			}
			if a.acronymInName(t0, t1) {
				// "NTT DoCoMo": an acronym beside a name makes a company's.
				name := joinTokens(a.text, toks[t0:t1])
				out = append(out, cand{t0: t0, t1: t1, typ: kg.Org, id: "org/" + slug(name), name: name, prio: prioProse})
				continue
			}
			if last := toks[t1-1].Norm; awardWords[last] {
				continue // "Golden Globe"
			} else if venueWords[last] && t1-t0 >= 2 {
				continue // "Kodak Theatre": a building, no person
			} else if first := toks[t0].Norm; compass[first] && t1-t0 >= 2 && capitalised(toks[t0].Text) {
				// "North Kivu", "South Darfur": a compass word opens a
				// place's name, never a person's; "South African" names a
				// people.
				if a.g.demonymCountry(last) != nil || a.g.demonymCountry(strings.TrimSuffix(last, "s")) != nil || a.regionAdjective(toks[t1-1].Text) {
					continue
				}
				name := joinTokens(a.text, toks[t0:t1])
				typ := kg.GPE
				if siteHead(last) || waterHeads[last] {
					typ = kg.Loc
				}
				out = append(out, cand{t0: t0, t1: t1, typ: typ, id: "place/" + slug(name), name: name, prio: prioProse})
				continue
			} else if siteHead(last) && t1-t0 >= 2 && !a.g.given[first] && !a.g.givenWide[first] && a.g.demonymCountry(first) == nil &&
				(!surnameSites[last] || a.g.common[first] || a.lower[first]) {
				// "Tompkins Square", "on Capitol Hill": a site, when no
				// given name opens it ("Damon Hill" stays a person); a site
				// word that is also a surname needs a common word before it
				// ("Darryn Hill" stays a person).
				name := joinTokens(a.text, toks[t0:t1])
				out = append(out, cand{t0: t0, t1: t1, typ: kg.Loc, id: "place/" + slug(name), name: name, prio: prioProse})
				continue
			}
			out = append(out, cand{t0: t0, t1: t1, typ: kg.Person, prio: a.placeSurnamePrio(t0, t1)})
		case "GPE":
			// "Italians", "Native American": people of a country, no place.
			if last := toks[t1-1].Norm; a.g.demonymCountry(last) != nil || a.g.demonymCountry(strings.TrimSuffix(last, "s")) != nil {
				continue
			}
			// Unknown places only where the syntax says place.
			coordinated := t1 < len(toks) && (toks[t1].Norm == "and" || toks[t1].Norm == "-" || capitalised(toks[t1].Text) ||
				(toks[t1].Norm == "'s" && t1+1 < len(toks) && capitalised(toks[t1+1].Text))) // "at Moody's Analytics"
			if t0 > 0 && (toks[t0-1].Norm == "in" || toks[t0-1].Norm == "from" || toks[t0-1].Norm == "near" || toks[t0-1].Norm == "at") && t1-t0 <= 3 && (!coordinated || a.placeListAfter(t1, prosePlaces)) ||
				t1-t0 <= 3 && a.placeListBefore(t0, prosePlaces) {
				name := joinTokens(a.text, toks[t0:t1])
				// "at KGB headquarters": an acronym no list knows is an
				// organisation's, not a place's.
				if t1-t0 == 1 && allCaps(name) && len(name) >= 2 && len(name) <= 6 && !strings.ContainsAny(name, ".-") && !a.headline[t0] {
					out = append(out, cand{t0: t0, t1: t1, typ: kg.Org, id: "org/" + slug(name), name: name, prio: prioProse})
					continue
				}
				out = append(out, cand{t0: t0, t1: t1, typ: kg.GPE, id: "place/" + slug(name), name: name, prio: prioProseGPE})
			}
		case "ORGANIZATION", "ORG":
			// prose's organisations are mostly noise; only its acronyms
			// add to the lists and patterns.
			if t1-t0 != 1 || !allCaps(toks[t0].Text) || len(toks[t0].Text) > 6 {
				continue
			}
			name := joinTokens(a.text, toks[t0:t1])
			out = append(out, cand{t0: t0, t1: t1, typ: kg.Org, id: "org/" + slug(name), name: name, prio: prioProse})
		}
	}
	return out
}

// regionAdjective reports an adjective of a listed place that no demonym
// list holds: "African", "Asian", "European".
func (a *analysis) regionAdjective(w string) bool {
	for _, suf := range []string{"n", "an"} {
		if b, ok := strings.CutSuffix(w, suf); ok && len(b) > 2 {
			if in := a.g.lookupName(b); in != nil && (in.typ == kg.Loc || in.typ == kg.GPE) {
				return true
			}
		}
	}
	return false
}

// placeConjunct reports whether tokens [k0, k1) are a place prose read or
// a place the lists know.
func (a *analysis) placeConjunct(k0, k1 int, prosePlaces map[int]int) bool {
	if prosePlaces[k0] == k1 {
		return true
	}
	e, n := a.g.match(a.toks, k0)
	return e != nil && k0+n == k1 && (e.ent.typ == kg.GPE || e.ent.typ == kg.Loc)
}

// placeListAfter: "in Zwickau and Emden": a place follows the "and" at
// token k.
func (a *analysis) placeListAfter(k int, prosePlaces map[int]int) bool {
	toks := a.toks
	if k+1 >= len(toks) || toks[k].Norm != "and" && toks[k].Norm != "or" || !a.sameSent(k, k+1) {
		return false
	}
	if e := prosePlaces[k+1]; e > k+1 && !(e < len(toks) && capitalised(toks[e].Text) && a.sameSent(k, e)) {
		return true
	}
	e, n := a.g.match(toks, k+1)
	return e != nil && (e.ent.typ == kg.GPE || e.ent.typ == kg.Loc) && !(k+1+n < len(toks) && capitalised(toks[k+1+n].Text) && a.sameSent(k, k+1+n))
}

// placeListBefore: "in Zwickau and Emden", "in Leeds, Emden": the name at
// token k is the next of a list of places after "in", "from", "near" or
// "at".
func (a *analysis) placeListBefore(k int, prosePlaces map[int]int) bool {
	toks := a.toks
	if k < 3 || toks[k-1].Norm != "and" && toks[k-1].Norm != "or" && toks[k-1].Text != "," || !a.sameSent(k-3, k) {
		return false
	}
	end := k - 1
	p := end
	for p > 0 && end-p < 3 && capitalised(toks[p-1].Text) && a.sameSent(p-1, k) {
		p--
	}
	if p == end || p == 0 || !a.placeConjunct(p, end, prosePlaces) {
		return false
	}
	switch toks[p-1].Norm {
	case "in", "from", "near", "at":
		return true
	}
	return false
}

// acronymInName reports a name of two or three words, one of them an
// acronym of three capital letters or more (no Roman numeral: "Henry
// VIII"; no initials: "George R.R. Martin") and
// one not in capitals: "NTT DoCoMo", "Halden ASA".
func (a *analysis) acronymInName(t0, t1 int) bool {
	if t1-t0 < 2 || t1-t0 > 3 {
		return false
	}
	acr, mixed := false, false
	for k := t0; k < t1; k++ {
		w := a.toks[k].Text
		if allCaps(w) && len(w) >= 3 && strings.Trim(w, "IVXLC") != "" && strings.Trim(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" {
			acr = true
		} else if !allCaps(w) {
			mixed = true
		}
	}
	return acr && mixed
}

// stormWords open the names of storms, never a person's.
var stormWords = map[string]bool{"storm": true, "hurricane": true, "typhoon": true, "cyclone": true}

// surnameSites are site words that are also common surnames ("Damon
// Hill", "Roy Castle").
var surnameSites = map[string]bool{"hill": true, "park": true, "brook": true, "lake": true, "bay": true, "church": true, "castle": true, "tower": true,
	"bridge": true, "street": true, "forest": true, "drive": true, "place": true, "station": true, "range": true, "peak": true, "stream": true, "island": true, "trail": true, "dam": true}

// venueWords end the names of buildings and grounds, awardWords the names
// of awards: neither is a person's name.
var (
	venueWords = lexSet("cues.txt", "venue")
	awardWords = lexSet("cues.txt", "award")
)

// determiners before a capitalised word mean it is not a person's name.
var determiners = lexSet("grammar.txt", "determiner")

// appositiveNames finds two- or three-word capitalised names followed by
// an apposition that starts with a title ("Rafael Grossi, Argentina's
// former ambassador", "Ada Lee, the chief executive of ...").
func (a *analysis) appositiveNames() []cand {
	var out []cand
	toks := a.toks
	nameWord := func(k int) bool {
		t := toks[k]
		return capitalised(t.Text) && !allCaps(t.Text) && !a.g.titles[t.Norm] && !a.g.nonEnt[t.Norm] &&
			!a.g.honorifics[t.Norm] && a.g.demonymCountry(t.Norm) == nil && a.dateAt[k] < 0 && !a.boiler[k]
	}
	for i := 0; i+2 < len(toks); i++ {
		if !nameWord(i) || (i > 0 && capitalised(toks[i-1].Text) && a.sentOf[i-1] == a.sentOf[i]) {
			continue
		}
		k := i
		for k < len(toks) && k-i < 3 && nameWord(k) && a.sentOf[k] == a.sentOf[i] {
			if e, _ := a.g.match(toks, k); e != nil {
				break
			}
			k++
		}
		if k-i < 2 || k+1 >= len(toks) || toks[k].Text != "," {
			continue
		}
		// "But Alain Terzian, president of": a sentence-opening word the
		// text writes in lower case elsewhere is no part of the name.
		if isSentenceStart(a, i) && (a.lower[toks[i].Norm] || a.g.common[toks[i].Norm]) && !a.g.given[toks[i].Norm] && k-i >= 3 {
			i++
		}
		// After the comma: determiners, an organisation or country (maybe
		// possessive), tenure words, then a core title word.
		j := k + 1
		for j < len(toks) && j < k+8 {
			n := toks[j].Norm
			if n == "the" || n == "a" || n == "an" || n == "'s" || titleNoise[n] || a.g.demonymCountry(n) != nil {
				j++
				continue
			}
			if e, m := a.g.match(toks, j); e != nil {
				j += m
				continue
			}
			break
		}
		if j < len(toks) && coreTitles[toks[j].Norm] && toks[j].Norm != "state" && toks[j].Norm != "affairs" {
			out = append(out, cand{t0: i, t1: k, typ: kg.Person, prio: prioTitle})
		}
	}
	return out
}

var corporateSuffixes = []string{" Inc", " Inc.", " Corp", " Corp.", " Ltd", " Ltd.", " PLC", " plc", " LLC", " AG", " SA", " SE", " NV", " Co", " Co.", " Cos", " Cos.", " S.A.", " S.A", " N.V.", " S.p.A.", " SpA", " Oy", " Oyj", " AB", " ASA", " GmbH", " BV", " B.V.", " N.A.", " L.P.", " LP", " LLP", " Group", " Holdings"}

// trimCorporate removes a legal-form suffix from a company name, but not
// the "Co." that "&" joins to it: "Jones & Co." keeps its name whole.
func trimCorporate(name string) (string, bool) {
	for _, s := range corporateSuffixes {
		if b, ok := strings.CutSuffix(name, s); ok && b != "" && !strings.HasSuffix(b, " &") && !strings.HasSuffix(b, " and") && !strings.HasSuffix(b, " amp") {
			return b, true
		}
	}
	return name, false
}

// nameParticles are lower-case words inside surnames ("Erik ten Hag",
// "Ursula von der Leyen").
var nameParticles = lexSet("grammar.txt", "particle")

// particleAt reports whether token k is a name particle followed, maybe
// after more particles, by a capitalised word.
func (a *analysis) particleAt(k int) bool {
	toks := a.toks
	j := k
	for j < len(toks) && nameParticles[toks[j].Text] && j-k < 3 {
		j++
	}
	if j > k && a.particleHyphen(j) {
		j++ // "al-Zawahiri"
	}
	return j > k && j < len(toks) && a.sentOf[j] == a.sentOf[k] && capitalised(toks[j].Text) && a.nameWord(j)
}

// hyphenParticles join the next part of a name with a hyphen
// ("Ayman al-Zawahiri", "Abdel Fattah el-Sisi").
var hyphenParticles = map[string]bool{"al": true, "el": true}

// particleHyphen reports a hyphen at token k that joins such a particle
// to a capitalised part of the name, without spaces.
func (a *analysis) particleHyphen(k int) bool {
	toks := a.toks
	return k > 0 && k+1 < len(toks) && toks[k].Text == "-" && hyphenParticles[toks[k-1].Text] && toks[k-1].End == toks[k].Start &&
		toks[k+1].Start == toks[k].End && capitalised(toks[k+1].Text)
}

// dottedInitials reports initials written as one token, "J.K." or
// "R.R.", that no list knows ("U.S.", "U.N." are listed).
func (a *analysis) dottedInitials(k int) bool {
	w := a.toks[k].Text
	if len(w) < 4 || len(w) > 6 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if !isUpperByte(w[i]) || w[i+1] != '.' {
			return false
		}
	}
	e, _ := a.g.match(a.toks, k)
	return e == nil
}

// initialAt reports a middle initial ("George W. Bush"): a capital letter
// or its dot, between name words.
func (a *analysis) initialAt(k int) bool {
	toks := a.toks
	t := toks[k]
	if a.dottedInitials(k) {
		return k+1 < len(toks) && toks[k+1].Start-t.End == 1 && capitalised(toks[k+1].Text) // "George R.R. Martin"
	}
	if len(t.Text) == 1 && isUpperByte(t.Text[0]) {
		return k+2 < len(toks) && toks[k+1].Text == "." && toks[k+1].Start == t.End && capitalised(toks[k+2].Text)
	}
	return t.Text == "." && k > 0 && len(toks[k-1].Text) == 1 && isUpperByte(toks[k-1].Text[0]) && k+1 < len(toks) && capitalised(toks[k+1].Text)
}

// nameHyphen reports a hyphen joining two capitalised parts of a name
// without spaces ("Jean-Jacques", "Smith-Jones").
func (a *analysis) nameHyphen(k int) bool {
	toks := a.toks
	return toks[k].Text == "-" && k > 0 && k+1 < len(toks) && toks[k-1].End == toks[k].Start &&
		toks[k+1].Start == toks[k].End && capitalised(toks[k-1].Text) && (capitalised(toks[k+1].Text) || a.hyphenTail(k+1))
}

// hyphenTail reports the lower-case part of a hyphenated given name or
// surname at token k ("Kim In-so", "Mao Tse-tung", "Inzamam-ul-Haq"): a
// short word, after a hyphen that joins it to a capitalised part, that is
// no common English word ("New York-based", "Biden-led").
func (a *analysis) hyphenTail(k int) bool {
	toks := a.toks
	if k < 2 || toks[k-1].Text != "-" || toks[k-1].End != toks[k].Start || toks[k-2].End != toks[k-1].Start || !capitalised(toks[k-2].Text) {
		return false
	}
	w := toks[k].Text
	if len(w) > 5 || w != toks[k].Norm || a.g.common[w] || a.g.titles[w] || determiners[w] || hyphenStops[w] {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// nameWord reports whether token k can be part of a person's name.
func (a *analysis) nameWord(k int) bool {
	t := a.toks[k]
	return capitalised(t.Text) && !allCaps(t.Text) && (!a.g.titles[t.Norm] || a.abbrevSurname(k)) && !a.g.nonEnt[t.Norm] &&
		!a.g.honorifics[t.Norm] && !orgHeads[t.Norm] && a.g.demonymCountry(t.Norm) == nil && a.dateAt[k] < 0 && !a.boiler[k]
}

// abbrevSurname reports a title's abbreviation that is a surname here:
// "Hun Sen", "Amartya Sen" — after a name word, without its dot, and
// before no name it could be the title of ("Sen Joe Manchin").
func (a *analysis) abbrevSurname(k int) bool {
	toks := a.toks
	if k == 0 || titleAbbrev[toks[k].Norm] == "" || !a.sameSent(k-1, k) || toks[k].Start-toks[k-1].End != 1 {
		return false
	}
	p := toks[k-1]
	if !capitalised(p.Text) || allCaps(p.Text) || a.g.titles[p.Norm] || a.g.honorifics[p.Norm] || a.g.nonEnt[p.Norm] || isSentenceStart(a, k-1) && a.g.common[p.Norm] {
		return false
	}
	if n := k + 1; n < len(toks) && a.sameSent(k, n) && (toks[n].Text == "." && toks[n].Start == toks[k].End || capitalised(toks[n].Text)) {
		return false
	}
	return true
}

// givenNames finds "Given Surname" names prose misses, starting from a
// list of common given names ("Lionel Messi scored twice").
func (a *analysis) givenNames() []cand {
	var out []cand
	toks := a.toks
	for i := 0; i+1 < len(toks); i++ {
		if !capitalised(toks[i].Text) || a.boiler[i] {
			continue
		}
		// "Theresa May", "Prime Minister Theresa May": a month's name as
		// the surname, when no number or further name follows it.
		// ("the Georgia May primary", "the Selma March": no name after a
		// determiner or of a place; "met Theresa May Sunday": a weekday
		// after it is no part of it.)
		if k := i + 1; k < len(toks) && monthNames[toks[k].Norm] && toks[k].Text[1:] == strings.ToLower(toks[k].Text[1:]) && capitalised(toks[k].Text) &&
			(a.g.given[toks[i].Norm] || a.wideGiven(i)) && a.sameSent(i, k) && toks[k].Start-toks[i].End == 1 && a.dateAt[k] < 0 &&
			(i == 0 || !capitalised(toks[i-1].Text) && !determiners[toks[i-1].Norm] || !a.sameSent(i-1, i) || a.g.titles[toks[i-1].Norm] || a.g.honorifics[toks[i-1].Norm]) &&
			a.g.lookupName(toks[i].Text) == nil && a.g.towns.lookupName(toks[i].Text) == nil &&
			!(k+1 < len(toks) && a.sameSent(k, k+1) && (isDigitByte(toks[k+1].Text[0]) || capitalised(toks[k+1].Text) && !(a.dateAt[k+1] >= 0 && calendarWords[toks[k+1].Norm]))) {
			out = append(out, cand{t0: i, t1: k + 1, typ: kg.Person, prio: prioGiven})
			i = k
			continue
		}
		// A name opens after no other capitalised word: "New York" holds no
		// given name "York".
		wide := false
		if !a.g.given[toks[i].Norm] {
			if !a.wideGiven(i) && !a.placeGiven(i) || i > 0 && capitalised(toks[i-1].Text) && a.sameSent(i-1, i) && !isSentenceStart(a, i) && a.sameLine(i-1, i) {
				continue
			}
			wide = true
		}
		k := i + 1
		// "John Major": a title word as the surname, when no name follows it.
		if !wide && k+1 < len(toks) && a.g.titles[toks[k].Norm] && capitalised(toks[k].Text) && !allCaps(toks[k].Text) && a.sameSent(i, k) &&
			toks[k].Start-toks[i].End <= 1 && !capitalised(toks[k+1].Text) && !isSentenceStart(a, i) {
			out = append(out, cand{t0: i, t1: k + 1, typ: kg.Person, prio: prioGiven})
			i = k
			continue
		}
		for k < len(toks) && k-i <= 5 && a.sentOf[k] == a.sentOf[i] && (a.nameWord(k) || a.particleAt(k) || a.nameHyphen(k) || a.particleHyphen(k) || a.initialAt(k) || a.hyphenTail(k)) && toks[k].Start-toks[k-1].End <= 1 && a.sameLine(k-1, k) {
			if e, _ := a.g.match(toks, k); e != nil {
				break
			}
			if !a.particleAt(k) && !a.nameHyphen(k) && !a.particleHyphen(k) && !a.initialAt(k) && k-i > 2 && !nameParticles[toks[k-1].Text] && toks[k-1].Text != "-" && toks[k-1].Text != "." {
				break
			}
			k++
		}
		if k == i+1 {
			continue
		}
		// "James Webb Space Telescope" names a thing, not a person.
		// A date after the name is none of it ("succeed Ann Lee Feb. 1").
		if k < len(toks) && capitalised(toks[k].Text) && !nameSuffixes[toks[k].Text] && a.sentOf[k] == a.sentOf[i] && toks[k].Start-toks[k-1].End <= 1 && a.dateAt[k] < 0 {
			i = k
			continue
		}
		// From the wide list, a name ending in a place, club, building or
		// award word is no person's ("Victoria Park", "Grace Road").
		// "Robert F. Kennedy Jr": a generational suffix ends the name.
		if k < len(toks) && nameSuffixes[toks[k].Text] && toks[k].Start-toks[k-1].End == 1 && a.sameLine(k-1, k) {
			k++
		}
		// A name of the wide list needs prose's word that it is one name
		// (of any type: prose reads "Carolina Kluft" as a place).
		// Prose cuts a name at a middle initial ("Jeffrey T" of "Jeffrey
		// T. Brill"): its span still says the name opens here.
		// A surname of the Gaelic forms ("O'Sullivan", "McKiernan") says
		// so itself: prose misses "Gillian O'Sullivan".
		if pe := a.proseEnd[i]; wide && pe != k && !(pe > i+1 && pe < k && a.initialAt(pe-1)) && !(k == i+2 && gaelicSurname(toks[i+1].Text)) {
			continue
		}
		if last := toks[k-1].Norm; wide && (placeHeads[last] || waterHeads[last] || venueWords[last] || awardWords[last] || clubHeads[last] || a.lower[last] ||
			compass[last] || settlementWords[last] || divisionWords[last] || a.g.demonymCountry(strings.TrimSuffix(last, "s")) != nil) {
			i = k - 1
			continue
		}
		out = append(out, cand{t0: i, t1: k, typ: kg.Person, prio: prioGiven})
		i = k - 1
	}
	return out
}

// monthNames are the months that are also surnames ("Theresa May").
var monthNames = map[string]bool{"may": true, "june": true, "april": true, "august": true, "march": true}

// gaelicSurname reports a surname of the forms "O'Sullivan", "O’Neill",
// "McKiernan", "MacLeod".
func gaelicSurname(w string) bool {
	for _, p := range []string{"O'", "O’", "Mc", "Mac"} {
		if rest, ok := strings.CutPrefix(w, p); ok && len(rest) >= 2 && isUpperByte(rest[0]) {
			return true
		}
	}
	return false
}

// employVerbs before "for" name an employer: "has written for 24 Hours World".
var employVerbs = lexSet("verbs.txt", "employ")

// afterEmployVerb returns the index of the token after "works for (the)"
// when token i starts such a phrase, else -1.
func (a *analysis) afterEmployVerb(i int) int {
	toks := a.toks
	if i+2 >= len(toks) || !employVerbs[toks[i].Norm] || toks[i+1].Norm != "for" {
		return -1
	}
	j := i + 2
	if toks[j].Norm == "the" {
		j++
	}
	// "worked for the Britain-based Mines Advisory Group", "for the
	// London-based lender Halden": where it is based, and what it is.
	if j+3 < len(toks) && toks[j+1].Text == "-" && toks[j+2].Norm == "based" && toks[j+1].Start == toks[j].End {
		j += 3
		if j+1 < len(toks) && orgNouns[toks[j].Norm] && !capitalised(toks[j].Text) {
			j++
		}
	}
	return j
}

// employerNames finds the capitalised name after "works for", "writes for".
func (a *analysis) employerNames() []cand {
	var out []cand
	toks := a.toks
	for i := 0; i+2 < len(toks); i++ {
		j := a.afterEmployVerb(i)
		if j < 0 {
			continue
		}
		k := j
		for k < len(toks) && a.sentOf[k] == a.sentOf[i] && (capitalised(toks[k].Text) || (isDigitByte(toks[k].Text[0]) && k == j)) && a.dateAt[k] < 0 {
			k++
		}
		if k == j || !capitalised(toks[k-1].Text) {
			continue
		}
		name := joinTokens(a.text, toks[j:k])
		c := cand{t0: j, t1: k, typ: kg.Org, id: "org/" + slug(name), name: name, prio: prioOrgHead}
		if in := a.g.lookupName(name); in != nil {
			c.id, c.name, c.in, c.typ = in.id, in.name, in, in.typ
		}
		if c.typ == kg.Org {
			out = append(out, c)
		}
	}
	return out
}

// theAcronyms: an unknown acronym after "the" names an organisation ("the
// CPJ", "the NTSB"), and so does "told" or "according to" ("told CNBC",
// "according to ANSA"); a known one is found by the lists first.
func (a *analysis) theAcronyms() []cand {
	var out []cand
	toks := a.toks
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		if toks[i-1].Norm != "the" && toks[i-1].Norm != "told" && !(toks[i-1].Norm == "to" && i >= 2 && toks[i-2].Norm == "according") || !allCaps(t.Text) || len(t.Text) < 2 || len(t.Text) > 6 || a.g.titles[t.Norm] || a.g.nonEnt[t.Norm] || a.boiler[i] || a.headline[i] {
			continue
		}
		if strings.ContainsAny(t.Text, ".-") || (i+1 < len(toks) && capitalised(toks[i+1].Text) && toks[i+1].Start-t.End <= 1) {
			continue
		}
		if e, _ := a.g.match(toks, i); e != nil {
			continue
		}
		out = append(out, cand{t0: i, t1: i + 1, typ: kg.Org, id: "org/" + slug(t.Text), name: t.Text, prio: prioAcronym})
	}
	return out
}

// companiesBeforeTitles: a capitalised word before a corporate title and a
// name is the company ("Kroger CEO Rodney McMullen").
func (a *analysis) companiesBeforeTitles() []cand {
	var out []cand
	toks := a.toks
	for i := 0; i+2 < len(toks); i++ {
		t := toks[i]
		if !capitalised(t.Text) || a.boiler[i] || a.headline[i] || a.g.titles[t.Norm] || a.g.nonEnt[t.Norm] || a.g.given[t.Norm] || a.g.demonymCountry(t.Norm) != nil {
			continue
		}
		if i > 0 && capitalised(toks[i-1].Text) && a.sentOf[i-1] == a.sentOf[i] {
			continue
		}
		k := i + 1
		corporate := false
		for k < len(toks) && (a.g.titles[toks[k].Norm] || toks[k].Norm == "boss") && !(k == i+1 && toks[k].Norm == "campaign") {
			// "GSK boss Emma Walmsley": a company's boss.
			corporate = corporate || corporateTitles[toks[k].Norm] || toks[k].Norm == "boss"
			k++
		}
		if !corporate || k+1 >= len(toks) || !capitalised(toks[k].Text) || !capitalised(toks[k+1].Text) {
			continue
		}
		if e, _ := a.g.match(toks, i); e != nil {
			continue
		}
		out = append(out, cand{t0: i, t1: i + 1, typ: kg.Org, id: "org/" + slug(t.Text), name: t.Text, prio: prioAcronym})
	}
	return out
}

// employerTitles before "of"/"at" name a post in a company or newsroom.
var employerTitles = lexSet("titles.txt", "employer")

// employersAfterTitles: "chief executive of Stellantis", "economist at
// Nomura": the capitalised name after such a post is an organisation.
func (a *analysis) employersAfterTitles() []cand {
	var out []cand
	toks := a.toks
	for i := 0; i+2 < len(toks); i++ {
		if a.boiler[i] {
			continue
		}
		j := -1
		switch {
		case employerTitles[toks[i].Norm] && (toks[i+1].Norm == "of" || toks[i+1].Norm == "at"):
			j = i + 2
		case employerTitles[toks[i].Norm] && toks[i+1].Norm == "for" && !a.g.given[toks[i+2].Norm] && !a.g.givenWide[toks[i+2].Norm] &&
			!(i+3 < len(toks) && toks[i+2].Norm == "the" && a.g.demonymCountry(toks[i+3].Norm) != nil):
			// "general manager for Electronic Arts", "a correspondent for
			// Halden Radio"; "manager for Maria Kowal" works for a person,
			// "an agent for the British" for a people.
			j = i + 2
		case employerTitles[toks[i].Norm] && occupations[toks[i].Norm] && toks[i+1].Norm == "with" && !a.g.given[toks[i+2].Norm]:
			// "an analyst with Smith Barney" (Moby lists Smith as a given
			// name); "an analyst with Maria Kowal" is with a person.
			j = i + 2
		case spokesTitles[toks[i].Norm] && toks[i+1].Norm == "for" && !a.g.given[toks[i+2].Norm] && !a.g.givenWide[toks[i+2].Norm]:
			// "a spokesman for Veltrona"; "a spokesman for Maria Kowal"
			// speaks for a person.
			j = i + 2
		case (coreTitles[toks[i].Norm] || occupations[toks[i].Norm]) && !a.g.honorifics[toks[i].Norm]:
			// "director of product at Ask Jeeves", "head of research at
			// Evercore ISI", "a historian at Yale": a post "at" a name.
			k := i + 1
			if k+1 < len(toks) && (toks[k].Norm == "of" || toks[k].Norm == "for") {
				k++
				for m := 0; m < 3 && k < len(toks) && !capitalised(toks[k].Text) && isWordAt(toks[k].Text, 0) && toks[k].Norm != "at"; m++ {
					k++
				}
				if k == i+2 {
					break
				}
			}
			if k+1 < len(toks) && toks[k].Norm == "at" {
				j = k + 1
			}
		}
		if j < 0 || j >= len(toks) {
			continue
		}
		if toks[j].Norm == "the" {
			j++
		}
		k := j
		for k < len(toks) && k-j < 4 && a.sentOf[k] == a.sentOf[i] && capitalised(toks[k].Text) && a.dateAt[k] < 0 && (!a.g.titles[toks[k].Norm] || firstInName(a, j, k)) {
			k++
		}
		if k == j || (k < len(toks) && toks[k].Norm == "'s") {
			continue
		}
		k = a.commaFirm(j, k)
		// "Professor of Transplant Surgery at Johns Hopkins": common words
		// before "at" are the post's field, not a body.
		if toks[j-1].Norm == "of" && k < len(toks) && (toks[k].Norm == "at" || toks[k].Norm == "with") && a.commonWords(j, k) {
			continue
		}
		if e, _ := a.g.match(toks, j); e != nil {
			continue
		}
		name := joinTokens(a.text, toks[j:k])
		prio := prioAcronym
		if p := j - 1; toks[p].Norm == "at" || toks[p].Norm == "with" || toks[p].Norm == "the" && (toks[p-1].Norm == "at" || toks[p-1].Norm == "with") {
			// A post is held at a firm, not at a person: "an analyst at
			// Sterne Agee" beats the given name Sterne.
			prio = prioTitle
		}
		out = append(out, cand{t0: j, t1: k, typ: kg.Org, id: "org/" + slug(name), name: name, prio: prio})
	}
	return out
}

// commaFirm returns the end of a firm's name at [j, k) that a comma
// splits, the way brokerages wrote theirs: "an analyst with Crowell,
// Weedon in Los Angeles", "Kidder, Peabody & Co.". After the comma come
// capitalised words that are no place's, then "in", "&" or a legal form.
func (a *analysis) commaFirm(j, k int) int {
	toks := a.toks
	if k+1 >= len(toks) || toks[k].Text != "," || k-j > 2 || !a.sameSent(j, k+1) || !a.sameLine(j, k+1) {
		return k
	}
	m := k + 1
	for m < len(toks) && m-k <= 3 && capitalised(toks[m].Text) && a.sameSent(k, m) && a.dateAt[m] < 0 && !a.g.titles[toks[m].Norm] {
		if e, _ := a.g.match(toks, m); e != nil && !legalForms[toks[m].Norm] {
			return k // "an analyst at Halden, London"
		}
		m++
	}
	if m == k+1 || m >= len(toks) {
		return k
	}
	switch {
	case legalForms[toks[m-1].Norm] && m-k > 2:
		return m // "Kidder, Peabody Co."
	case toks[m].Norm == "in" && m-k == 2 && !a.g.given[toks[k+1].Norm]:
		return m // "Crowell, Weedon in Los Angeles"
	case (toks[m].Text == "&" || toks[m].Text == "amp") && m+1 < len(toks) && capitalised(toks[m+1].Text):
		e := m + 1
		for e < len(toks) && e-m <= 3 && capitalised(toks[e].Text) && a.sameSent(m, e) && a.dateAt[e] < 0 {
			e++
		}
		return e // "Smith Barney, Harris Upham & Co."
	}
	return k
}

// firstInName reports a "First" inside a firm's name that starts at j,
// before another capitalised word: "Credit Suisse First Boston", "Halvex
// First Securities". Elsewhere "First" opens a title ("First Minister").
func firstInName(a *analysis, j, k int) bool {
	return k > j && a.toks[k].Norm == "first" && k+1 < len(a.toks) && capitalised(a.toks[k+1].Text) && a.sameSent(k, k+1) && !a.g.titles[a.toks[k+1].Norm]
}

// initialNames finds names written with initials: "P. Simmons",
// "J.R. Okafor", as in lists of players and bylines.
func (a *analysis) initialNames() []cand {
	var out []cand
	toks := a.toks
	for i := 0; i+2 < len(toks); i++ {
		// ("Judge J.L. Edmonson": a post before the initials is no name's.)
		if a.boiler[i] || (i > 0 && capitalised(toks[i-1].Text) && a.sameSent(i-1, i) && toks[i-1].Text != "-" && !(a.g.titles[toks[i-1].Norm] && !orgHeads[toks[i-1].Norm])) {
			continue
		}
		k := i
		for k+1 < len(toks) && len(toks[k].Text) == 1 && isUpperByte(toks[k].Text[0]) && toks[k+1].Text == "." && toks[k+1].Start == toks[k].End {
			k += 2
		}
		// "J.K. Rowling": initials written as one token ("U.S." is listed).
		if k == i && a.dottedInitials(k) && k+1 < len(toks) && toks[k+1].Start-toks[k].End == 1 {
			k++
		}
		if k == i || k >= len(toks) || !a.nameWord(k) {
			continue
		}
		// "C. Alan MacDonald", "M. Lee Pearce": an initial before a given
		// name and a surname opens the full name.
		if a.g.given[toks[k].Norm] && k+1 < len(toks) && capitalised(toks[k+1].Text) {
			if k == i+2 && k+2 <= len(toks) && a.nameWord(k+1) && a.sameSent(k, k+1) && !a.g.given[toks[k+1].Norm] && a.dateAt[k+1] < 0 && (k+2 == len(toks) || !capitalised(toks[k+2].Text) || !a.sameSent(k, k+2) || nameSuffixes[toks[k+2].Text]) {
				e := k + 2
				if e < len(toks) && nameSuffixes[toks[e].Text] && a.sameSent(k, e) {
					e++ // "C. Alan MacDonald Jr."
				}
				out = append(out, cand{t0: i, t1: e, typ: kg.Person, prio: prioGiven})
				i = e - 1
			}
			continue
		}
		if e, _ := a.g.match(toks, k); e != nil || a.compassAbbrev(i, k) {
			continue
		}
		j := k + 1
		if j < len(toks) && a.nameWord(j) && a.sameSent(k, j) && toks[j].Start-toks[k].End <= 1 {
			j++
		}
		out = append(out, cand{t0: i, t1: j, typ: kg.Person, prio: prioGiven})
		i = j - 1
	}
	return out
}

// compassAbbrev reports "N. Korea", "S. Africa": an initial N, S, E or W
// before a word that, after North, South, East or West, names a place.
func (a *analysis) compassAbbrev(i, k int) bool {
	if k != i+2 {
		return false
	}
	full := map[string]string{"N": "North ", "S": "South ", "E": "East ", "W": "West "}[a.toks[i].Text]
	return full != "" && a.g.lookupName(full+a.toks[k].Text) != nil
}

// placeSurnamePrio ranks a prose person whose surname is a town or state
// the lists know ("Denzel Washington", "Nathan Douglas") above the list's
// place: the given name before it is no place's. Other prose persons keep
// prose's rank.
func (a *analysis) placeSurnamePrio(t0, t1 int) int {
	toks := a.toks
	if t1-t0 < 2 || t1-t0 > 3 || (t1 < len(toks) && capitalised(toks[t1].Text) && a.sameSent(t0, t1)) {
		return prioProse
	}
	e, n := a.g.match(toks, t1-1)
	if e == nil || n != 1 || e.ent.typ != kg.GPE {
		return prioProse
	}
	// A country as the surname needs a given name of the curated list
	// ("Neil Jordan", "Trevor Holland").
	if (e.ent.country || e.ent.nation) && !a.g.given[toks[t0].Norm] {
		return prioProse
	}
	// The first word is a given name: "Internazionale Milan" is a club.
	// Outside sport, a first word that is no English word and that the
	// text never writes in lower case will do ("Denzel Washington").
	if !a.g.given[toks[t0].Norm] && !a.wideGiven(t0) &&
		(t1-t0 != 2 || a.sportsDoc() || a.g.common[toks[t0].Norm] || a.lower[toks[t0].Norm] || allCaps(toks[t0].Text) || isSentenceStart(a, t0) || a.g.demonymCountry(toks[t0].Norm) != nil) {
		return prioProse
	}
	for k := t0; k < t1-1; k++ {
		if !a.nameWord(k) || a.lower[toks[k].Norm] || compass[toks[k].Norm] {
			return prioProse
		}
		if e, _ := a.g.match(toks, k); e != nil {
			return prioProse
		}
	}
	return prioGiven
}

// wideGiven reports a given name of the wide lists (given_names_en.txt,
// given_names_intl.txt) at token i that may open a person's name here: the
// text never writes it in lower case, and no list knows it as a place or
// organisation ("Chad", "Georgia" and "Florence" stay what the lists say).
func (a *analysis) wideGiven(i int) bool {
	n := a.toks[i].Norm
	if !a.g.givenWide[n] || a.lower[n] || a.g.titles[n] || a.g.nonEnt[n] || a.g.honorifics[n] || compass[n] || stormWords[n] || a.dateAt[i] >= 0 || allCaps(a.toks[i].Text) {
		return false // "North Kivu": a compass word opens a place
	}
	if e, _ := a.g.match(a.toks, i); e != nil {
		return false
	}
	return a.g.demonymCountry(n) == nil && !calendarWords[n]
}

// commonWords reports that every word of [t0, t1) is a common English word
// that dictionaries never write as a proper noun (common_words.txt).
func (a *analysis) commonWords(t0, t1 int) bool {
	for k := t0; k < t1; k++ {
		if !a.g.common[a.toks[k].Norm] {
			return false
		}
	}
	return t1 > t0
}

// hyphenStops are short function words that follow a hyphen in compounds
// ("Hong Kong-up", "Pre-in"), never in names.
var hyphenStops = map[string]bool{"of": true, "to": true, "in": true, "on": true, "at": true, "by": true, "up": true, "off": true, "out": true}

// nameSuffixes end a person's name: "Kennedy Jr", "Henry VIII".
var nameSuffixes = map[string]bool{"Jr": true, "Sr": true, "II": true, "III": true, "IV": true}

// placeGiven reports a given name of the wide list at token i that the
// lists know as a place ("Chad Bown", "Jordan Ashby"), followed by a
// surname: a name word no list knows and no common English word. The
// caller still asks prose to read the two as one name.
func (a *analysis) placeGiven(i int) bool {
	toks := a.toks
	n := toks[i].Norm
	if !a.g.givenWide[n] || a.lower[n] || allCaps(toks[i].Text) || i+1 >= len(toks) {
		return false
	}
	if e, m := a.g.match(toks, i); e == nil || m != 1 || e.ent.typ != kg.GPE {
		return false
	}
	j := i + 1
	if !a.nameWord(j) || a.g.common[toks[j].Norm] || a.lower[toks[j].Norm] || !a.sameLine(i, j) || toks[j].Start-toks[i].End != 1 {
		return false
	}
	e, _ := a.g.match(toks, j)
	return e == nil
}

// spokesTitles before "for" speak for an organisation.
var spokesTitles = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "spokespeople": true, "spokesmen": true, "spokeswomen": true}

// languages are the names of languages (languages.txt).
var languages = lexSet("languages.txt", "")

// articleParticles are particles that also open the names of places and
// bodies ("Costa del Sol" has none of them, "Le Monde", "La Scala" do):
// particleNames does not read them.
var articleParticles = map[string]bool{"la": true, "le": true, "el": true, "al": true}

// particleNames finds "Given particle Surname" names whose given name no
// list knows ("Aravinda de Silva", "Joost van der Westhuizen"): a name word
// that is no common word, one to three surname particles, and one
// capitalised surname that ends the run of capitals. Names a list knows
// ("Rio de Janeiro") and surnames that are places ("Tour de France") are
// left to the lists.
func (a *analysis) particleNames() []cand {
	var out []cand
	toks := a.toks
	plain := func(k int) bool {
		n := toks[k].Norm
		return a.nameWord(k) && !a.headline[k] && !a.g.common[n] && !a.lower[n] && !placePrefix[n] && !placeNameEnd[n] && !settlementWords[n] && !calendarWords[n]
	}
	for i := 0; i+2 < len(toks); i++ {
		if !nameParticles[toks[i+1].Text] || articleParticles[toks[i+1].Text] && !a.particleHyphen(i+2) || a.g.given[toks[i].Norm] || !plain(i) {
			continue
		}
		// After another capital only a title or a common word opening the
		// sentence: "Midfielder Thijmen van der Berkhout".
		if p := i - 1; p >= 0 && capitalised(toks[p].Text) && a.sameSent(p, i) && !isSentenceStart(a, i) &&
			!a.g.titles[toks[p].Norm] && !(isSentenceStart(a, p) && (a.lower[toks[p].Norm] || a.g.common[toks[p].Norm])) {
			continue
		}
		if e, _ := a.g.match(toks, i); e != nil {
			continue
		}
		j := i + 1
		for j < len(toks) && j-i <= 3 && nameParticles[toks[j].Text] && (!articleParticles[toks[j].Text] || a.particleHyphen(j+1)) {
			j++
		}
		if a.particleHyphen(j) {
			j++ // "Ayman al-Zawahiri"
		}
		// After the particle a common word is a surname too ("Osama bin
		// Laden"), unless the text writes it in lower case.
		if j >= len(toks) || !a.sameSent(i, j) || !(plain(j) || a.nameWord(j) && !a.headline[j] && !a.lower[toks[j].Norm] && !calendarWords[toks[j].Norm]) || toks[j].Start-toks[j-1].End > 1 || !a.sameLine(i, j) {
			continue
		}
		if e, _ := a.g.match(toks, j); e != nil {
			continue
		}
		if n := j + 1; n < len(toks) && a.sameSent(j, n) && capitalised(toks[n].Text) && toks[n].Start-toks[j].End <= 1 {
			continue
		}
		out = append(out, cand{t0: i, t1: j + 1, typ: kg.Person, prio: prioGiven})
		i = j
	}
	return out
}

// partyStates: the state in a US lawmaker's party tag ("Sen. Joe Manchin,
// D-W.Va.", "(R-Texas)") is the state's mention, never a person's name.
func (a *analysis) partyStates() []cand {
	var out []cand
	toks := a.toks
	for i := 1; i+2 < len(toks); i++ {
		if p := toks[i-1].Text; p != "," && p != "(" || toks[i+1].Text != "-" || toks[i+1].Start != toks[i].End || toks[i+2].Start != toks[i+1].End {
			continue
		}
		g := partyLetter.FindStringSubmatch(a.text[toks[i].Start:])
		if g == nil {
			continue
		}
		st := g[2]
		if usStates[st] == "" {
			st = strings.TrimSuffix(st, ".")
		}
		in := a.g.lookupName(usStates[st])
		if in == nil || in.typ != kg.GPE {
			continue
		}
		from, to := toks[i].Start+len(g[1])+1, toks[i].Start+len(g[1])+1+len(st)
		t0, t1 := i+2, i+2
		for t1 < len(toks) && toks[t1].End <= to {
			t1++
		}
		// The tag's final dot may be a token of its own or the state's.
		if t1 == t0 || toks[t0].Start != from || t1 < len(toks) && toks[t1].Start < to {
			continue
		}
		out = append(out, cand{t0: t0, t1: t1, typ: in.typ, id: in.id, name: in.name, in: in, prio: prioOrgHead})
	}
	return out
}

// titledNameBefore reports a person's full name ending right before the
// "and" at token q, its given name after a post word ("Ambassador Ann Lee
// and ..."), all after token start.
func (a *analysis) titledNameBefore(start, q int) bool {
	toks := a.toks
	if orgHeads[toks[q-1].Norm] {
		return false
	}
	for p := q - 2; p > start && p >= q-3; p-- {
		if (a.g.given[toks[p].Norm] || a.wideGiven(p)) && a.g.titles[toks[p-1].Norm] && !orgHeads[toks[p-1].Norm] {
			for k := p + 1; k < q; k++ {
				if !capitalised(toks[k].Text) || orgHeads[toks[k].Norm] || a.g.titles[toks[k].Norm] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// knownPair reports a name of two or more words the lists or GeoNames know
// at token k ("Storm Lake, Iowa"), or a place's head word after it.
func (a *analysis) knownPair(k int) bool {
	if e, n := a.g.match(a.toks, k); e != nil && n >= 2 {
		return true
	}
	if e, n := a.g.towns.match(a.toks, k); e != nil && n >= 2 {
		return true
	}
	return k+1 < len(a.toks) && placeNameEnd[a.toks[k+1].Norm]
}
