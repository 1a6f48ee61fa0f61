package extract

import (
	"strings"

	"github.com/kg-project/kg"
)

// Rule names, recorded in each triple's Evidence.
const (
	RuleTitlePremod     = "title-premodifier"    // "NATO Secretary General Jens Stoltenberg"
	RuleApposition      = "apposition"           // "Alexander Fomin, Russia's deputy defence minister"
	RuleTitleBefore     = "title-apposition"     // "the bloc's secretary general, Jens Stoltenberg"
	RuleCompanyHead     = "company-head"         // "chief executive X said" in a story about one company
	RuleStudentAt       = "student-at"           // "X, a graduate student at Cornell University"
	RulePossessive      = "possessive"           // "Al Jazeera's Natacha Butler"
	RuleHeads           = "who-heads"            // "X, who heads Y"
	RuleFromOrg         = "from-org"             // "Simon Hale, from Barclays, said"
	RuleAppointed       = "appointed"            // "X was named chief executive of Y"
	RulePartyState      = "party-state"          // "Sen. Joe Manchin, D-W.Va."
	RuleDelegation      = "delegation-headed-by" // "the Russian delegation was headed by X"
	RuleRepresentedBy   = "represented-by"       // "Russia was represented ... by X"
	RuleContainedIn     = "city-comma-country"   // "Vienna, Austria"
	RulePossessivePlace = "place-possessive"     // "Ukraine's Crimean peninsula"
	RulePlaceKind       = "place-kind"           // "X is a village in Y"
	RuleHeadquarters    = "headquarters"         // "the London-based lender Barclays"
	RulePlaceInPlace    = "place-in-place"       // "Donetsk in eastern Ukraine"
	RuleDivisionOf      = "division-of"          // "the Donetsk region of eastern Ukraine"
	RuleAndOther        = "and-other"            // "Guam and other U.S. possessions", "Poland and other NATO members"
	RuleCountryKindOf   = "country-kind-of"      // "the Russian city of Kursk"
	RuleWritesFor       = "works-for"            // "X has written for Y", "X works for Y"
	RulePlaysFor        = "plays-for"            // "X plays for Y": a member of the team
	RuleSignOff         = "sign-off"             // "Steve Hurst, CNN, the State Department.": a broadcast reporter's sign-off
	RuleTitleRef        = "title-reference"      // "the Kremlin spokesman said": the spokesman named before
	RuleBench           = "bench"                // "Justice X" in a story of one court: a member of its bench
	RuleFirmStaff       = "firm-staff"           // "said X, a spokeswoman": the organisation just named
	RuleMemberOf        = "member-of"            // "X is a member of Y", "Y, of which X is a member"
	RuleJoined          = "joined"               // "Finland joined NATO"
	RuleMembersNamed    = "members-named"        // "NATO members Poland and Romania"
	RuleBoardMember     = "board-member"         // "Halvex board member Tom Reed"
	RuleQuoteAfter      = "quote-then-speaker"   // "“...,” X said"
	RuleQuoteBefore     = "speaker-then-quote"   // "X said: “...”"
	RuleQuoteContinued  = "quote-continued"      // "“...,” X said. “...”"
	RuleEvent           = "event"                // meeting, talks, summit, call ... with date, place, attendees
)

var speechVerbs = lexSet("verbs.txt", "speech")

// at returns the mention covering token i, or nil.
func (a *analysis) at(i int) *ment {
	if i < 0 || i >= len(a.toks) || a.mentAt[i] < 0 {
		return nil
	}
	return a.ments[a.mentAt[i]]
}

// conjuncts returns the mentions of a coordination whose last mention ends
// just before token end, in text order: "Poland, Hungary and the Czech
// Republic" before "joined". Each must pass ok and be of the last one's
// type ("Norway is in NATO, and Brazil is": no list); a mention that is not
// ends the list. With no mention ending at end it returns nil.
func (a *analysis) conjuncts(end int, ok func(*ment) bool) []*ment {
	m := a.at(end - 1)
	if m == nil || m.t1 != end || !ok(m) {
		return nil
	}
	list := []*ment{m}
	sent := a.sentOf[m.t0]
	for {
		k := m.t0
		if k > 0 && a.toks[k-1].Text == "the" {
			k--
		}
		if k < 2 || a.sentOf[k-1] != sent {
			break
		}
		sep := a.toks[k-1]
		if sep.Norm != "and" && sep.Text != "," {
			break
		}
		k--
		if sep.Norm == "and" && k > 0 && a.toks[k-1].Text == "," {
			k--
		}
		p := a.at(k - 1)
		if p == nil || p.t1 != k || p.typ != list[0].typ || !ok(p) {
			break
		}
		list = append(list, p)
		m = p
	}
	for i, j := 0, len(list)-1; i < j; i, j = i+1, j-1 {
		list[i], list[j] = list[j], list[i]
	}
	return list
}

// countryEnt makes sure a gazetteer entity is listed and returns its ID.
func (a *analysis) ensure(in *info) string {
	if _, ok := a.ents[in.id]; !ok {
		a.ents[in.id] = &kg.Entity{ID: in.id, Type: in.typ, Name: in.name, Country: in.country, City: in.city}
	}
	return in.id
}

func (a *analysis) evidence(t0, t1 int, r *Rule) kg.Evidence {
	s0, s1 := a.sents[a.sentOf[t0]], a.sents[a.sentOf[max(t0, t1-1)]]
	if s1.Start < s0.Start {
		s0, s1 = s1, s0
	}
	return kg.Evidence{Sentence: a.text[s0.Start:s1.End], Start: s0.Start, End: s1.End, Rule: r.Name}
}

func (a *analysis) add(subj string, pred string, obj kg.Term, ev kg.Evidence) {
	if subj == "" || (obj.Entity == "" && obj.Literal == "") || subj == obj.Entity {
		return
	}
	a.triples = append(a.triples, kg.Triple{Subject: kg.Term{Entity: subj}, Predicate: pred, Object: obj, Evidence: ev})
}

// affiliation is an organisation or place a person is tied to.
type affiliation struct {
	id     string
	typ    kg.EntityType
	outlet bool
	employ bool // tied by "at"/"with": an employer
	// demonym: read from a nationality ("Indian"), which a profession
	// does not represent ("the Indian film director").
	demonym bool
}

// professions are posts a nationality qualifies without their holder
// representing the country.
var professions = lexSet("titles.txt", "profession")

// nationalityOnly reports whether af is a nationality before a title that
// names a profession: "the Indian film director X" is Indian, not India's.
func nationalityOnly(title string, af affiliation) bool {
	f := strings.Fields(strings.ToLower(title))
	return af.demonym && len(f) > 0 && (professions[f[len(f)-1]] || len(f) >= 2 && spheres[f[0]])
}

// spheres before a title say where its holder works, not whom they
// represent: "the Danish naval officer X" is Danish, not Denmark's.
var spheres = lexSet("titles.txt", "sphere")

// genericBodies are nouns that refer back to the organisation under
// discussion ("the organization's secretary general").
var genericBodies = lexSet("orgwords.txt", "generic-body")

// dominantOrg returns the most mentioned organisation of the document that
// is not a news outlet, if one is mentioned more than any other.
func (a *analysis) dominantOrg() (string, kg.EntityType) {
	count := map[string]int{}
	for _, m := range a.ments {
		if m.typ == kg.Org && !(m.in != nil && m.in.outlet) {
			count[m.id]++
		}
	}
	best, n, tie := "", 0, false
	for _, id := range sortedKeys(count) {
		switch {
		case count[id] > n:
			best, n, tie = id, count[id], false
		case count[id] == n:
			tie = true
		}
	}
	if tie {
		return "", ""
	}
	return best, kg.Org
}

// affiliate emits the facts tying a person to an organisation or place.
// An official (a title qualified by the body, "NATO Secretary General") and
// a company's executive represent the body, and are not also listed as its
// members; the holder of a seat in a body of members ("Labour MP X", "a
// Cabinet minister") is a member of it and does not represent it; an
// employee (a spokesman, a journalist, "a lawyer with the ACLU", "Google's
// Sundar Pichai") works for it. A country or city is always represented.
func (a *analysis) affiliate(person string, af affiliation, kind tie, ev kg.Evidence) {
	switch af.typ {
	case kg.GPE, kg.Loc:
		a.add(person, kg.PredRepresents, kg.Term{Entity: af.id}, ev)
	case kg.Org:
		switch {
		case kind == tieEmployee || af.outlet:
			a.add(person, kg.PredWorksFor, kg.Term{Entity: af.id}, ev)
		case kind == tieSeat && a.hasMembers(af.id):
			a.add(person, kg.PredMemberOf, kg.Term{Entity: af.id}, ev)
		case kind == tieStaffOfficer && !a.namedBodyOfMembers(af.id):
			a.add(person, kg.PredWorksFor, kg.Term{Entity: af.id}, ev)
		case kind == tieBoard && a.isCompany(af.id):
			// "MGM Grand director X", "a director of the company": a
			// company's director sits on its board.
			a.add(person, kg.PredMemberOf, kg.Term{Entity: af.id}, ev)
		default:
			a.add(person, kg.PredRepresents, kg.Term{Entity: af.id}, ev)
		}
	}
}

// tie is how a person is tied to an organisation.
type tie int

const (
	tieOfficial  tie = iota // heads or speaks for a body: represents it
	tieExecutive            // runs a company: represents it; a company has no members
	tieSeat                 // one seat among a body's members: is a member of it
	tieEmployee             // works for it: spokesman, journalist, "a lawyer with"
	// tieStaffOfficer: one of a firm's officers who do not head it (a vice
	// president, the chief financial officer) works for it; of a party or
	// a commission, whose officers speak for it, represents it.
	tieStaffOfficer
	// tieBoard: a bare "director", of a company one of its board (a
	// member), of an agency or a charity its head.
	tieBoard
)

// tieOf classifies a tie from the job title and how the body was named.
func tieOf(title string, employ bool) tie {
	switch {
	case employ || title == "" || isEmployeeTitle(title):
		return tieEmployee
	case isStaffOfficerTitle(title):
		return tieStaffOfficer
	case isCorporateTitle(title):
		return tieExecutive
	case isSeatTitle(title):
		return tieSeat
	case strings.EqualFold(title, "director"):
		return tieBoard
	}
	return tieOfficial
}

// isCompany reports whether organisation id is a company: a legal form
// ends one of its names ("MGM Grand Inc.").
func (a *analysis) isCompany(id string) bool {
	toks := a.toks
	for _, m := range a.ments {
		if m.id == id && (legalForms[toks[m.t1-1].Norm] || m.t1 < len(toks) && legalForms[toks[m.t1].Norm]) {
			return true
		}
	}
	return false
}

// seatTitles are posts that are one seat among a body's members.
var seatTitles = lexSet("ties.txt", "seat")

// isSeatTitle reports whether a title is a seat: its last word is one, and
// no word before it heads the body ("Labour MP", "Cabinet Minister", but
// not "Prime Minister" or "Deputy Leader").
func isSeatTitle(title string) bool {
	f := strings.Fields(strings.ToLower(title))
	if len(f) == 0 || !seatTitles[f[len(f)-1]] {
		return false
	}
	for _, w := range f[:len(f)-1] {
		if seatHeads[w] {
			return false
		}
	}
	return true
}

// seatHeads make a seat title the head of the body: "Prime Minister",
// "First Minister", "Chief Minister".
var seatHeads = map[string]bool{"prime": true, "first": true, "chief": true}

func isCorporateTitle(title string) bool {
	t := " " + strings.ToLower(title) + " "
	for _, w := range corporatePhrases {
		if strings.Contains(t, " "+w+" ") {
			return true
		}
	}
	return false
}

// staffOfficerPhrases are the posts of officers who serve a company without
// heading it: its vice presidents and its functional chiefs.
var staffOfficerPhrases = lexKeys("titles.txt", "staff-officer")

// isStaffOfficerTitle reports whether a title ends in such a post ("Senior
// Vice President", "Vice President, Marketing", "Chief Financial Officer")
// and names no higher one ("President and Chief Financial Officer").
func isStaffOfficerTitle(title string) bool {
	// The title's words, each between spaces; a staff post read is taken
	// out, and what is left must name no higher post.
	t := " " + strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(title, ",", " "))), " ") + " "
	// "director of marketing", "head of sales and marketing": a post over
	// one of the firm's functions, not over the firm.
	if post, fns, ok := strings.Cut(t, " of "); ok && post != "" && firmFunctionPhrase(strings.Fields(fns)) &&
		!isCorporateTitle(post+" ") && !strings.Contains(post+" ", " president ") && !strings.Contains(post+" ", " chairman ") {
		return true
	}
	staff := false
	for _, w := range staffOfficerPhrases {
		if strings.Contains(t, " "+w+" ") {
			staff = true
			t = strings.ReplaceAll(t, " "+w+" ", " ")
		}
	}
	return staff && !isCorporateTitle(t) && !strings.Contains(t, " president ") && !strings.Contains(t, " chairman ")
}

// employeeTitles are posts held for an institution rather than heading
// or representing it.
var employeeTitles = lexSet("titles.txt", "employee")

func isEmployeeTitle(title string) bool {
	f := strings.Fields(strings.ToLower(title))
	if len(f) > 1 && f[0] == "chief" && f[len(f)-1] == "constable" {
		return false // a Chief Constable heads the force
	}
	// "Special Agent in Charge": the post before the phrase says.
	if n := len(f); n > 2 && f[n-2] == "in" && f[n-1] == "charge" {
		f = f[:n-2]
	}
	return len(f) > 0 && (employeeTitles[f[len(f)-1]] || strings.HasSuffix(strings.ToLower(title), "press secretary"))
}

func (a *analysis) affOf(m *ment) affiliation {
	return affiliation{id: m.id, typ: m.typ, outlet: m.in != nil && m.in.outlet}
}

// memberBodies end the names of bodies made of members: parties,
// councils, parliaments, clubs.
var memberBodies = lexSet("orgwords.txt", "member-body")

// hasMembers reports whether an organisation has members an official sits
// among: any body the lists know, or a name ending in a body of members
// ("Liberal Democrats", "Scottish National Party", "Court of Appeals"). A firm named only by
// itself ("Sentrix") has executives, not members.
func (a *analysis) hasMembers(id string) bool {
	e := a.ents[id]
	if e == nil {
		return true
	}
	if a.g.byID[id] != nil {
		return true
	}
	return a.namedBodyOfMembers(id)
}

// namedBodyOfMembers reports whether an organisation's name ends in a body
// of members ("Liberal Democrats", "European Commission", "Court of
// Appeals").
func (a *analysis) namedBodyOfMembers(id string) bool {
	e := a.ents[id]
	if e == nil {
		return false
	}
	f := strings.Fields(strings.ToLower(e.Name))
	if len(f) == 0 {
		return false
	}
	// "Court of Appeals", "Council of Ministers": the head before the
	// of-phrase.
	for k := 1; k < len(f); k++ {
		if f[k] == "of" || f[k] == "for" {
			f = f[:k]
			break
		}
	}
	last := f[len(f)-1]
	return memberBodies[last] || partyPlurals[last] || clubHeads[last]
}
