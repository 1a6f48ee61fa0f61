package extract

import (
	"sort"
	"strings"

	"github.com/kg-project/kg"
)

var (
	delegationNouns = lexSet("events.txt", "delegation")       // "the Russian delegation"
	memberModifiers = lexSet("grammar.txt", "member-modifier") // "is now a full member"
)

// relationRules read delegations, employment, membership and titles used
// as references, over the whole document.
var relationRules = concatRules(
	docRule(StageRelations, representedBy,
		&Rule{Name: RuleDelegation, Predicates: []string{kg.PredRepresents},
			Doc: `"the Russian delegation was headed by X"`,
			Examples: []Example{
				{Text: "The Chinese delegation was headed by Vice Premier Ding Xuexiang, officials said.",
					Must: []Fact{{"person/ding-xuexiang", kg.PredRepresents, "place/china"}}},
			}},
		&Rule{Name: RuleRepresentedBy, Predicates: []string{kg.PredRepresents},
			Doc: `"Russia was represented at the talks by X"`,
			Examples: []Example{
				{Text: "Brazil was represented at the summit by Finance Minister Fernando Haddad.",
					Must: []Fact{{"person/fernando-haddad", kg.PredRepresents, "place/brazil"}}},
			}},
	),
	docRule(StageRelations, worksFor,
		&Rule{Name: RuleWritesFor, Predicates: []string{kg.PredWorksFor},
			Doc: `"X has written for Y", "she works for Y", "X has worked at Volkswagen for 20 years"`,
			Examples: []Example{
				{Text: "Ana Costa, 45, has worked at Volkswagen for 20 years. Tom Reed no longer works at Siemens, and Ann Lee worked at Wimbledon.",
					Must:    []Fact{{"person/ana-costa", kg.PredWorksFor, "org/volkswagen"}},
					MustNot: []Fact{{"person/tom-reed", kg.PredWorksFor, ""}, {"person/ann-lee", kg.PredWorksFor, ""}}},
				{Text: "Sarah Lind is a science author who has written for Pacific Daily Review.",
					Must: []Fact{{"person/sarah-lind", kg.PredWorksFor, "org/pacific-daily-review"}}},
				{Text: "Tom Reed no longer works for Barclays, Ann Lee has never written for Reuters, and Ann Lowe works for Siemens.",
					Must:    []Fact{{"person/ann-lowe", kg.PredWorksFor, "org/siemens"}},
					MustNot: []Fact{{"person/tom-reed", kg.PredWorksFor, ""}, {"person/ann-lee", kg.PredWorksFor, ""}}},
			}},
		&Rule{Name: RulePlaysFor, Predicates: []string{kg.PredMemberOf},
			Doc: `"X plays for Y", "a footballer who played for Serie A club Y": a player is a member of the team`,
			Examples: []Example{
				{Text: "Tomas Varga is a Slovak footballer who plays for Ferencvaros.",
					Must:    []Fact{{"person/tomas-varga", kg.PredMemberOf, "org/ferencvaros"}},
					MustNot: []Fact{{"person/tomas-varga", kg.PredWorksFor, "org/ferencvaros"}}},
				{Text: "Marco Ferri, a midfielder, played for Serie A club Sampdoria for two seasons.",
					Must:    []Fact{{"person/marco-ferri", kg.PredMemberOf, "org/sampdoria"}},
					MustNot: []Fact{{"person/marco-ferri", kg.PredMemberOf, "org/serie-a"}}},
				{Text: "Kofi Mensah plays for Premier League club Newcastle United. Tomas Varga plays for Ferencvaros.",
					Must:    []Fact{{"person/tomas-varga", kg.PredMemberOf, "org/ferencvaros"}},
					MustNot: []Fact{{"person/kofi-mensah", kg.PredMemberOf, "org/premier-league"}}},
			}},
	),
	docRule(StageRelations, memberOf,
		&Rule{Name: RuleMemberOf, Predicates: []string{kg.PredMemberOf},
			Doc: `"X is a member of Y", "Y, of which X is a member", "X and Y today became full-fledged members of Z" (countries and bodies), "X, a Labour member of Parliament" (the party too), "her Birchfield Harriers team mate X"`,
			Examples: []Example{
				{Text: "\"No,\" said Ann Lee, a Conservative member of Parliament and chairman of the Select Committee on Health in Britain's House of Commons.",
					Must: []Fact{{"person/ann-lee", kg.PredMemberOf, "org/parliament"}, {"person/ann-lee", kg.PredMemberOf, "org/conservative-party"}}},
				{Text: "Sweden is now a full member of NATO, officials said.",
					Must: []Fact{{"place/sweden", kg.PredMemberOf, "org/nato"}}},
				{Text: "Sweden has been a member of NATO since March, and Finland has been a member since April.",
					Must: []Fact{{"place/sweden", kg.PredMemberOf, "org/nato"}}},
				{Text: "The talks were held at the Council of Europe, of which Ukraine is also a member.",
					Must: []Fact{{"place/ukraine", kg.PredMemberOf, "org/council-of-europe"}}},
				{Text: "Ann Lee, a member of the European Parliament, and Tom Reed, who is a member of the Labour Party, spoke.",
					Must: []Fact{{"person/ann-lee", kg.PredMemberOf, "org/european-parliament"}, {"person/tom-reed", kg.PredMemberOf, "org/labour-party"}}},
				{Text: "Estonia, Latvia and the Slovak Republic today became full-fledged members of NATO. Tom Reed became a member of the Labour Party in 1990.",
					Must:    []Fact{{"place/estonia", kg.PredMemberOf, "org/nato"}, {"place/latvia", kg.PredMemberOf, "org/nato"}, {"place/slovakia", kg.PredMemberOf, "org/nato"}},
					MustNot: []Fact{{"person/tom-reed", kg.PredMemberOf, "org/labour-party"}}},
				{Text: "Norway and Iceland are members of NATO, and Brazil is a non-permanent member of the UN Security Council.",
					Must:    []Fact{{"place/norway", kg.PredMemberOf, "org/nato"}, {"place/iceland", kg.PredMemberOf, "org/nato"}, {"place/brazil", kg.PredMemberOf, "org/un-security-council"}},
					MustNot: []Fact{{"org/nato", kg.PredMemberOf, "org/un-security-council"}}},
			}},
		&Rule{Name: RuleJoined, Predicates: []string{kg.PredMemberOf},
			Doc: `a country that joined a body: "Finland joined NATO in April", "Poland, Hungary and the Czech Republic on Friday formally joined NATO", "Poland acceded to the EU"; an accession stated as done: "Hungary's accession to NATO has brought", "Croatia's entry into the EU in 2013", "celebrations marked X's entry into NATO" (none when the sentence leaves it to come or in doubt: "would", "its bid", "blocked", "stalled")`,
			Examples: []Example{
				{Text: "Finland joined NATO in April, and Ukraine wants to join NATO. Tom Reed joined the Labour Party in 1990.",
					Must:    []Fact{{"place/finland", kg.PredMemberOf, "org/nato"}},
					MustNot: []Fact{{"place/ukraine", kg.PredMemberOf, "org/nato"}, {"person/tom-reed", kg.PredMemberOf, "org/labour-party"}}},
				{Text: "Poland, Hungary and the Czech Republic on Friday formally joined NATO, while Serbia said it would not.",
					Must:    []Fact{{"place/poland", kg.PredMemberOf, "org/nato"}, {"place/hungary", kg.PredMemberOf, "org/nato"}, {"place/czech-republic", kg.PredMemberOf, "org/nato"}},
					MustNot: []Fact{{"place/serbia", kg.PredMemberOf, "org/nato"}}},
				{Text: "Estonia's accession to NATO has changed the region, and Latvia acceded to the European Union in 2004. Sweden's accession to NATO was blocked by Turkey, and Georgia's entry into NATO would anger Moscow.",
					Must:    []Fact{{"place/estonia", kg.PredMemberOf, "org/nato"}, {"place/latvia", kg.PredMemberOf, "org/european-union"}},
					MustNot: []Fact{{"place/sweden", kg.PredMemberOf, "org/nato"}, {"place/georgia", kg.PredMemberOf, "org/nato"}}},
				{Text: "Celebrations marked Slovakia's entry into NATO on Friday. Serbia's admission to the EU in 2030 is the plan.",
					Must:    []Fact{{"place/slovakia", kg.PredMemberOf, "org/nato"}},
					MustNot: []Fact{{"place/serbia", kg.PredMemberOf, "org/european-union"}}},
				{Text: "Croatia's entry into the EU in 2013 changed its trade. Turkey's accession to the EU stalled, Ukraine's accession to NATO has long been a goal, Iran acceded to the EU's demands and jets flew after Russia's entry into NATO airspace.",
					Must:    []Fact{{"place/croatia", kg.PredMemberOf, "org/european-union"}},
					MustNot: []Fact{{"place/turkey", kg.PredMemberOf, ""}, {"place/ukraine", kg.PredMemberOf, ""}, {"place/iran", kg.PredMemberOf, ""}, {"place/russia", kg.PredMemberOf, ""}}},
			}},
	),
	docRule(StageRelations, signOffs,
		&Rule{Name: RuleSignOff, Predicates: []string{kg.PredWorksFor},
			Doc: `a broadcast reporter's sign-off, a sentence of its own: "Steve Hurst, CNN, the State Department.", "Jim Teple, VOA News, Washington."`,
			Examples: []Example{
				{Text: "The president left for Camp David on Friday. Dana Whitfield, CNN, the White House.",
					Must: []Fact{{"person/dana-whitfield", kg.PredWorksFor, "org/cnn"}}},
				{Text: "Talks resumed in Geneva. Tom Reed, Reuters, said the mood was tense. Ann Lee, Siemens, Munich, agreed. Omar Haddad, VOA News, Geneva.",
					Must:    []Fact{{"person/omar-haddad", kg.PredWorksFor, "org/voa-news"}},
					MustNot: []Fact{{"person/tom-reed", kg.PredWorksFor, "org/reuters"}, {"person/ann-lee", kg.PredWorksFor, "org/siemens"}}},
			}},
	),
	docRule(StageRelations, membersNamed,
		&Rule{Name: RuleMembersNamed, Predicates: []string{kg.PredMemberOf},
			Doc: `a body's members named after it: "NATO members Poland and Romania", "EU member states Hungary, Slovakia and Austria"`,
			Examples: []Example{
				{Text: "NATO members Poland and Romania asked for more troops.",
					Must: []Fact{{"place/poland", kg.PredMemberOf, "org/nato"}, {"place/romania", kg.PredMemberOf, "org/nato"}}},
				{Text: "EU member states Hungary, Slovakia and Austria objected, as did Turkey.",
					Must:    []Fact{{"place/hungary", kg.PredMemberOf, "org/european-union"}, {"place/austria", kg.PredMemberOf, "org/european-union"}},
					MustNot: []Fact{{"place/turkey", kg.PredMemberOf, "org/european-union"}}},
			}},
	),
	docRule(StageRelations, boardMembers,
		&Rule{Name: RuleBoardMember, Predicates: []string{kg.PredMemberOf},
			Doc: `a company's board members: "Halvex board member Tom Reed", "X, a board member of Y", "X, a member of the Y board", "new board members include A and B" (the firm the sentence names, else the board the story named last, else the company the story names most); joining: "X and Y were named to join Z's 10-member board", "X was elected to the board of directors of Z", "X joined the Z board"`,
			Examples: []Example{
				{Text: "Halvex Corp. and Kessvor Inc. agreed. Halvex board member Tom Reed said so. Ann Lee, a board member of Orvik Corp., agreed, and Jim Hall, a member of the Kessvor board, left.",
					Must: []Fact{{"person/tom-reed", kg.PredMemberOf, "org/halvex"}, {"person/ann-lee", kg.PredMemberOf, "org/orvik"}, {"person/jim-hall", kg.PredMemberOf, "org/kessvor"}}},
				{Text: "Brandt Medical Inc. was sold. Brandt Medical said costs fell. New board members include Ann Lee and Mark Adley, and Tom Reed, a lawyer, spoke.",
					Must:    []Fact{{"person/ann-lee", kg.PredMemberOf, "org/brandt-medical"}, {"person/mark-adley", kg.PredMemberOf, "org/brandt-medical"}},
					MustNot: []Fact{{"person/tom-reed", kg.PredMemberOf, ""}}},
				{Text: "Halvex Corp. bought Brandt Medical Inc. Tom Reed and Ann Lee, along with three other Halvex designees, were named to join Brandt Medical's 10-member board. Other new board members include Jim Hall of Orvik Corp., Sara Vick and Tom Lowe.",
					Must: []Fact{{"person/tom-reed", kg.PredMemberOf, "org/brandt-medical"}, {"person/ann-lee", kg.PredMemberOf, "org/brandt-medical"},
						{"person/jim-hall", kg.PredMemberOf, "org/brandt-medical"}, {"person/sara-vick", kg.PredMemberOf, "org/brandt-medical"}, {"person/tom-lowe", kg.PredMemberOf, "org/brandt-medical"}},
					MustNot: []Fact{{"person/tom-reed", kg.PredMemberOf, "org/halvex"}, {"person/jim-hall", kg.PredMemberOf, "org/halvex"}}},
				{Text: "Sara Vick was elected to the board of directors of Kessvor Inc. in May. Dan Roe, who left the board of Orvik Corp., said Ann Lee joined the board of Orvik Corp. too. Jim Hall joined the Kessvor board, and Tom Lowe, who joined Kessvor's board in 2020, agreed.",
					Must:    []Fact{{"person/sara-vick", kg.PredMemberOf, "org/kessvor"}, {"person/jim-hall", kg.PredMemberOf, "org/kessvor"}, {"person/tom-lowe", kg.PredMemberOf, "org/kessvor"}},
					MustNot: []Fact{{"person/dan-roe", kg.PredMemberOf, ""}}},
				{Text: "Sara Vick was elected to Halvex Corp.'s board. Tom Reed declined to join the board of Halvex Corp., Ann Lee will join Halvex's board, Jim Hall was not elected to it and Dan Roe was nominated to join the board of Halvex Corp.",
					Must:    []Fact{{"person/sara-vick", kg.PredMemberOf, "org/halvex"}},
					MustNot: []Fact{{"person/tom-reed", kg.PredMemberOf, ""}, {"person/ann-lee", kg.PredMemberOf, ""}, {"person/jim-hall", kg.PredMemberOf, ""}, {"person/dan-roe", kg.PredMemberOf, ""}}},
				{Text: "Orvik Corp. rejected the bid, and Orvik's board met on Friday. Halvex Corp. said new board members include Ann Lee and Tom Reed.",
					Must:    []Fact{{"person/ann-lee", kg.PredMemberOf, "org/halvex"}},
					MustNot: []Fact{{"person/ann-lee", kg.PredMemberOf, "org/orvik"}}},
			}},
	),
	docRule(StageRelations, benchMembers,
		&Rule{Name: RuleBench, Predicates: []string{kg.PredMemberOf, kg.PredRepresents},
			Doc: `"Justice X", "Judge Y" in a story of one court: a judge sits on its bench (memberOf), its chief justice heads it (represents)`,
			Examples: []Example{
				{Text: "The Supreme Court upheld the law on Monday. Justice Ann Reed wrote for the majority, joined by Chief Justice Tom Lowe.",
					Must: []Fact{{"person/ann-reed", kg.PredMemberOf, "org/supreme-court"}, {"person/tom-lowe", kg.PredRepresents, "org/supreme-court"}}},
				{Text: "The Supreme Court ruled on Monday. Justice Ann Reed wrote the opinion, and Attorney General Tom Lowe welcomed it.",
					Must:    []Fact{{"person/ann-reed", kg.PredMemberOf, "org/supreme-court"}},
					MustNot: []Fact{{"person/tom-lowe", kg.PredMemberOf, ""}, {"person/tom-lowe", kg.PredRepresents, "org/supreme-court"}}},
			}},
	),
	docRule(StageRelations, firmStaff,
		&Rule{Name: RuleFirmStaff, Predicates: []string{kg.PredWorksFor, kg.PredRepresents},
			Doc: `"says X, a vice president", "said Y, a spokeswoman", "Chairman Z said", "X was named chief investment officer" with no body: the one organisation named in that sentence or the one before, else the company the story names most`,
			Examples: []Example{
				{Text: "Holloway Foods Inc. said sales fell 5% in the quarter. \"We are disappointed,\" said Ann Lee, a spokeswoman.",
					Must: []Fact{{"person/ann-lee", kg.PredWorksFor, "org/holloway-foods"}}},
				{Text: "Holloway Foods Inc. sued Brant Mills Corp. on Monday. \"The suit has no merit,\" said Ann Lee, a spokeswoman. " +
					"Brant Mills shares fell 4%. Demand will recover, says Tom Reed, a vice president.",
					Must:    []Fact{{"person/tom-reed", kg.PredWorksFor, "org/brant-mills"}},
					MustNot: []Fact{{"person/ann-lee", kg.PredWorksFor, ""}}},
				{Text: "Holloway Foods Inc. met Tom Reed on Monday. Holloway Foods shares fell. The deal is off, Tom Reed's spokesman Paul Kerr said. \"We are disappointed,\" said Ann Lee, a spokeswoman.",
					Must:    []Fact{{"person/ann-lee", kg.PredWorksFor, "org/holloway-foods"}},
					MustNot: []Fact{{"person/paul-kerr", kg.PredWorksFor, ""}}},
				{Text: "Brant Mills Corp. named a chairman. Brant Mills said the board agreed. The move was expected. Tom Reed was also named chief investment officer.",
					Must: []Fact{{"person/tom-reed", kg.PredWorksFor, "org/brant-mills"}}},
				{Text: "Brant Mills Corp. will cut 900 jobs. Chairman Paul Kerr called the plan painful. President Ann Lowe said nothing.",
					Must:    []Fact{{"person/paul-kerr", kg.PredRepresents, "org/brant-mills"}},
					MustNot: []Fact{{"person/ann-lowe", kg.PredRepresents, ""}}},
			}},
	),
	docRule(StageRelations, titleReferences,
		&Rule{Name: RuleTitleRef, Predicates: []string{kg.PredRepresents, kg.PredMemberOf, kg.PredWorksFor, kg.PredJobTitle},
			Doc: `"the Kremlin spokesman said": a body's title without a name ties the one holder of that title to the body; "met Kenya's trade minister ... Trade Minister Joseph Kimotho": a country's post in lower case is the one of the holder of that whole title; "Foreign Minister X met his Chinese counterpart, Wang Yi": Wang Yi represents China and holds X's post`,
			Examples: []Example{
				{Text: "Presidential spokesman Dmitry Peskov spoke first. The Kremlin spokesman stressed that talks would continue.",
					Must: []Fact{{"person/dmitry-peskov", kg.PredWorksFor, "org/kremlin"}}},
				{Text: "The envoy met Ghana's trade minister on Monday. Later, Trade Minister Kofi Mensah and Health Minister Ama Owusu spoke. Togo's health minister agreed.",
					Must:    []Fact{{"person/kofi-mensah", kg.PredRepresents, "place/ghana"}},
					MustNot: []Fact{{"person/ama-owusu", kg.PredRepresents, "place/ghana"}}},
				{Text: "Russian Foreign Minister Ivan Sokol met his Indian counterpart, Ravi Menon, in Moscow. Tom Reed met his Chinese counterpart Li Wen. Ann Lee thanked her colleague, Omar Haddad.",
					Must: []Fact{{"person/ravi-menon", kg.PredRepresents, "place/india"}, {"person/ravi-menon", kg.PredJobTitle, "Foreign Minister"},
						{"person/li-wen", kg.PredRepresents, "place/china"}},
					MustNot: []Fact{{"person/li-wen", kg.PredJobTitle, ""}, {"person/omar-haddad", kg.PredRepresents, ""}, {"person/ravi-menon", kg.PredRepresents, "place/russia"}}},
				{Text: "President Tom Reed hosted Kenya's president on Monday, and the envoy met Ghana's trade minister. Later Trade Minister Kofi Mensah spoke.",
					Must:    []Fact{{"person/kofi-mensah", kg.PredRepresents, "place/ghana"}},
					MustNot: []Fact{{"person/tom-reed", kg.PredRepresents, "place/kenya"}}},
				{Text: "Ghanaian Health Minister Ama Owusu spoke first. Later Trade Minister Kofi Mensah spoke. Togo's health minister and Ghana's trade minister agreed.",
					Must:    []Fact{{"person/kofi-mensah", kg.PredRepresents, "place/ghana"}},
					MustNot: []Fact{{"person/ama-owusu", kg.PredRepresents, "place/togo"}}},
			}},
	),
)

// firmStaff: a spokesman or a firm's officer named with a bare post ("says
// Brian Mattes, a vice president", "said Ann Lee, a spokeswoman") speaks
// for the organisation the story has just named: the one organisation,
// not a news outlet, named in the post's sentence before the person or, if
// none is, in the sentence before; if neither names one, the company the
// story names most (storyFirm). Two there, or a tie read already, and
// nothing is said.
func firmStaff(a *analysis, in *established, rs []*Rule) {
	tied := map[string]bool{}
	for _, t := range a.triples {
		if (t.Predicate == kg.PredRepresents || t.Predicate == kg.PredMemberOf || t.Predicate == kg.PredWorksFor) && t.Subject.Entity != "" {
			tied[t.Subject.Entity] = true
		}
	}
	for _, t := range a.triples {
		id := t.Subject.Entity
		if t.Predicate != kg.PredJobTitle || tied[id] || in.titles[id] != t.Object.Literal || t.Evidence.Rule != RuleApposition && t.Evidence.Rule != RuleTitlePremod && t.Evidence.Rule != RuleAppointed {
			continue
		}
		jt := t.Object.Literal
		if !staffPost(jt) && !firmHeadPost(jt) {
			continue
		}
		s := sort.Search(len(a.sents), func(k int) bool { return a.sents[k].End > t.Evidence.Start })
		if s >= len(a.sents) {
			continue
		}
		// The person's mention in the sentence: the orgs before it.
		p0 := -1
		for _, m := range a.ments {
			if m.id == id && a.sentOf[m.t0] == s {
				p0 = m.t0
				break
			}
		}
		if p0 < 0 || a.personsPost(p0) || a.postOfDescribed(p0) {
			continue
		}
		org, from, crowded := "", s, false
		// "X, deputy general manager, becomes director at Reuters": an
		// organisation the sentence names after the person, other than the
		// one read, is the one in question.
		after := map[string]bool{}
		for _, m := range a.ments {
			if m.typ == kg.Org && a.sentOf[m.t0] == s && m.t0 > p0 {
				after[m.id] = true
			}
		}
		for _, w := range []int{s, s - 1} {
			if w < 0 {
				break
			}
			one, many := "", false
			for _, m := range a.ments {
				if m.typ != kg.Org || a.sentOf[m.t0] != w || w == s && m.t0 >= p0 || m.in != nil && m.in.outlet {
					continue
				}
				if one != "" && one != m.id {
					many = true
				}
				one = m.id
			}
			if many {
				crowded = true
				break
			}
			if one != "" {
				org, from = one, w
				break
			}
		}
		// None there: the company the story is about, named more than
		// any other and at least twice ("Mr. Taylor also was named chief
		// investment officer" in a story of U.S. Trust's appointments).
		if org == "" && !crowded {
			if d, n := a.storyFirm(); n >= 2 {
				org, from = d, a.nearestSentOf(d, s)
			}
		}
		if org == "" || len(after) > 0 && !after[org] {
			continue
		}
		tied[id] = true
		s0, s1 := min(from, s), max(from, s)
		ev := a.evidence(a.sents[s0].T0, a.sents[s1].T1, rs[0])
		a.affiliate(id, affiliation{id: org, typ: kg.Org}, tieOf(jt, false), ev)
	}
}

// personsPost reports whether the post before the person at token p is a
// person's, not a body's: "Yeltsin's spokesman Sergei Yastrzhembsky".
func (a *analysis) personsPost(p int) bool {
	toks := a.toks
	for k := p - 1; k >= 1 && k >= p-5 && a.sameSent(k, p); k-- {
		if toks[k].Norm == "'s" || toks[k].Norm == "'" {
			o := a.at(k - 1)
			return o != nil && o.typ == kg.Person
		}
		if !(a.g.titles[toks[k].Norm] || coreTitles[toks[k].Norm] || !capitalised(toks[k].Text) && isWordAt(toks[k].Text, 0)) {
			return false
		}
	}
	return false
}

// postOfDescribed reports a post in apposition to the person at token p
// whose body is described, not named: "Sandra Kolber, spokeswoman for the
// independent directors' committee".
func (a *analysis) postOfDescribed(p int) bool {
	toks := a.toks
	m := a.at(p)
	if m == nil || m.t1 >= len(toks) || toks[m.t1].Text != "," {
		return false
	}
	k := m.t1 + 1
	if k < len(toks) && (toks[k].Norm == "a" || toks[k].Norm == "an" || toks[k].Norm == "the") {
		k++
	}
	n := k
	for k < len(toks) && a.g.titles[toks[k].Norm] && a.sameSent(p, k) {
		k++
	}
	return k > n && k+1 < len(toks) && (toks[k].Norm == "for" || toks[k].Norm == "of" || toks[k].Norm == "at" || toks[k].Norm == "with") && a.at(k+1) == nil && !capitalised(toks[k+1].Text) &&
		!(toks[k+1].Norm == "the" && k+2 < len(toks) && a.at(k+2) != nil)
}

// storyFirm returns the organisation a story is about, named more often
// than any other and not a body of members, with the number of its
// mentions; "" and 0 when there is none.
func (a *analysis) storyFirm() (string, int) {
	id, _ := a.dominantOrg()
	if id == "" || a.memberBodyName(id) {
		return "", 0
	}
	// A company: a legal form ends one of its names ("U.S. Trust Corp."),
	// not a ministry or a sports body.
	if !a.isCompany(id) {
		return "", 0
	}
	n := 0
	for _, m := range a.ments {
		if m.id == id {
			n++
		}
	}
	return id, n
}

// nearestSentOf returns the sentence nearest sentence s that names id.
func (a *analysis) nearestSentOf(id string, s int) int {
	best := -1
	for _, m := range a.ments {
		if w := a.sentOf[m.t0]; m.id == id && (best < 0 || abs(w-s) < abs(best-s)) {
			best = w
		}
	}
	if best < 0 {
		return s
	}
	return best
}

// firmHeadPost reports a post that heads a firm, said without the firm
// ("Chairman Theodore Cooper called the plan ..."): chairman, chief
// executive, managing director. "President" alone is as often a
// country's.
func firmHeadPost(jt string) bool {
	f := strings.Fields(strings.ToLower(jt))
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "chairman", "chairwoman":
		return true
	}
	return isCorporateTitle(jt) && !isStaffOfficerTitle(jt)
}

// staffPost reports the posts whose holder speaks or works for a firm the
// story names without saying so: spokesmen and a firm's officers.
func staffPost(jt string) bool {
	f := strings.Fields(strings.ToLower(jt))
	if len(f) == 0 {
		return false
	}
	// "Presidential Spokesman": whose spokesman the title says.
	if strings.HasSuffix(f[0], "al") && len(f) > 1 {
		return false
	}
	switch f[len(f)-1] {
	case "spokesman", "spokeswoman", "spokesperson", "manager":
		return true
	}
	return isStaffOfficerTitle(jt)
}

// benchWords end the titles of judges, the members of a court's bench.
var benchWords = map[string]bool{"justice": true, "judge": true, "magistrate": true}

// benchMembers: "Justice John Paul Stevens", "Judge Mary Kent" named
// without a court, in a story that names one court and no other, sit on
// its bench (a member of it); its "Chief Justice" heads it (represents
// it). The evidence runs from the court's nearest mention to the title's
// sentence.
func benchMembers(a *analysis, in *established, rs []*Rule) {
	court := ""
	var at []int // sentences that name the court
	for _, m := range a.ments {
		if m.typ != kg.Org || !isCourt(a.ents[m.id]) {
			continue
		}
		if court != "" && m.id != court {
			return
		}
		court = m.id
		at = append(at, a.sentOf[m.t0])
	}
	if court == "" {
		return
	}
	tied := map[string]bool{}
	for _, t := range a.triples {
		if (t.Predicate == kg.PredRepresents || t.Predicate == kg.PredMemberOf || t.Predicate == kg.PredWorksFor) && a.ents[t.Object.Entity] != nil && a.ents[t.Object.Entity].Type == kg.Org {
			tied[t.Subject.Entity] = true
		}
	}
	for _, t := range a.triples {
		id := t.Subject.Entity
		if t.Predicate != kg.PredJobTitle || tied[id] || in.titles[id] != t.Object.Literal {
			continue
		}
		f := strings.Fields(strings.ToLower(t.Object.Literal))
		if len(f) == 0 || !benchWords[f[len(f)-1]] {
			continue
		}
		tied[id] = true
		s := sort.Search(len(a.sents), func(k int) bool { return a.sents[k].End > t.Evidence.Start })
		near := at[0]
		for _, k := range at {
			if abs(k-s) < abs(near-s) {
				near = k
			}
		}
		s0, s1 := a.sents[min(s, near)], a.sents[max(s, near)]
		ev := kg.Evidence{Sentence: a.text[s0.Start:s1.End], Start: s0.Start, End: s1.End, Rule: rs[0].Name}
		a.affiliate(id, affiliation{id: court, typ: kg.Org}, tieOf(t.Object.Literal, false), ev)
	}
}

// isCourt reports whether an organisation is a court: a word of its name
// is "court" or "tribunal" ("Supreme Court", "Court of Appeals").
func isCourt(e *kg.Entity) bool {
	if e == nil {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(e.Name)) {
		if w == "court" || w == "tribunal" {
			return true
		}
	}
	return false
}

// firstPersonAfter returns the first person mentioned after token i in
// the same sentence, within limit tokens.
func (a *analysis) firstPersonAfter(i, limit int) *ment {
	sent := a.sentOf[i]
	for k := i + 1; k < len(a.toks) && k <= i+limit && a.sentOf[k] == sent; k++ {
		if m := a.at(k); m != nil && m.typ == kg.Person {
			return m
		}
	}
	return nil
}

// representedBy: "the Russian delegation was headed by X", "Russia was
// represented at the talks by X"; rs are delegation-headed-by and
// represented-by.
func representedBy(a *analysis, _ *established, rs []*Rule) {
	toks := a.toks
	for i, t := range toks {
		switch {
		case delegationNouns[t.Norm]:
			var who affiliation
			j := i - 1
			if m := a.at(j); m != nil && (m.typ == kg.GPE || m.typ == kg.Org) {
				who = a.affOf(m)
			} else if j >= 0 {
				if c := a.g.demonymCountry(toks[j].Norm); c != nil {
					who = affiliation{id: a.ensure(c), typ: kg.GPE}
				}
			}
			if who.id == "" {
				continue
			}
			for k := i + 1; k < len(toks) && k < i+6 && a.sentOf[k] == a.sentOf[i]; k++ {
				if (toks[k].Norm == "headed" || toks[k].Norm == "led") && k+1 < len(toks) && toks[k+1].Norm == "by" {
					if p := a.firstPersonAfter(k+1, 12); p != nil {
						a.add(p.id, kg.PredRepresents, kg.Term{Entity: who.id}, a.evidence(i, p.t1, rs[0]))
					}
					break
				}
			}
		case t.Norm == "represented":
			// Subject: the organisation or place just before "was/were/is represented".
			j := i - 1
			for j >= 0 && (toks[j].Norm == "was" || toks[j].Norm == "were" || toks[j].Norm == "is" || toks[j].Norm == "be" || toks[j].Norm == "will" || toks[j].Norm == "are") {
				j--
			}
			m := a.at(j)
			if m == nil || (m.typ != kg.GPE && m.typ != kg.Org) || j == i-1 {
				continue
			}
			for k := i + 1; k < len(toks) && k < i+12 && a.sentOf[k] == a.sentOf[i]; k++ {
				if toks[k].Norm == "by" {
					if p := a.firstPersonAfter(k, 15); p != nil {
						a.add(p.id, kg.PredRepresents, kg.Term{Entity: m.id}, a.evidence(m.t0, p.t1, rs[1]))
					}
					break
				}
			}
		}
	}
}

var playVerbs = lexSet("verbs.txt", "plays") // "plays for Ajax"

// teamWords stand between a league and its club: "Serie A club Sampdoria".
var teamWords = map[string]bool{"club": true, "side": true, "team": true, "outfit": true, "franchise": true}

// worksFor: "X has written for Y", "she works for Y" and "he plays for
// Y"; rs are works-for and plays-for.
func worksFor(a *analysis, _ *established, rs []*Rule) {
	toks := a.toks
	for i := 0; i+2 < len(toks); i++ {
		j := a.afterEmployVerb(i)
		// "has worked at Volkswagen for 20 years": at a body the names
		// read as one (no cue for a name of its own: "worked at
		// Wimbledon").
		at := false
		if n := toks[i].Norm; j < 0 && employVerbs[n] && strings.HasPrefix(n, "work") && toks[i+1].Norm == "at" {
			j, at = i+2, true
			if toks[j].Norm == "the" && j+1 < len(toks) {
				j++
			}
		}
		if j < 0 {
			continue
		}
		// "works at": only its own subject, right before it ("X, 45, has
		// worked at", "she works at"); not "X's son works at", "X said
		// employees who work at", "would like to work at".
		if at && a.workSubject(i) == "" {
			continue
		}
		o := a.at(j)
		if o == nil || o.typ != kg.Org || o.t0 != j {
			continue
		}
		plays := playVerbs[toks[i].Norm]
		// "played for Serie A club Sampdoria": the club, not its league.
		if plays && o.t1+1 < len(toks) && teamWords[toks[o.t1].Norm] {
			c := a.at(o.t1 + 1)
			if c == nil || c.typ != kg.Org || c.t0 != o.t1+1 {
				continue // a club the names did not find: not the league
			}
			o = c
		}
		who := ""
		s := a.sents[a.sentOf[i]]
		for k := i - 1; k >= s.T0; k-- {
			if m := a.at(k); m != nil && m.typ == kg.Person {
				who = m.id
				break
			}
			if n := toks[k].Norm; n == "he" || n == "she" {
				who = a.lastPersonBefore(k)
				break
			}
			if a.denied(k) {
				break // "no longer works for", "never played for"
			}
		}
		switch {
		case who == "":
		case plays:
			a.add(who, kg.PredMemberOf, kg.Term{Entity: o.id}, a.evidence(i, o.t1, rs[1]))
		default:
			a.add(who, kg.PredWorksFor, kg.Term{Entity: o.id}, a.evidence(i, o.t1, rs[0]))
		}
	}
}

// workSubject returns the person who is the subject of the verb of work
// at token i: named right before it, maybe with an age and an auxiliary or
// adverb between ("Ana Costa, 45, has worked at"), or "he"/"she" there.
func (a *analysis) workSubject(i int) string {
	toks := a.toks
	k := i - 1
	for k >= 0 && (toks[k].Norm == "has" || toks[k].Norm == "have" || toks[k].Norm == "also" || toks[k].Norm == "now" || toks[k].Norm == "still" || toks[k].Norm == "currently") {
		k--
	}
	if k >= 2 && toks[k].Text == "," && isDigitByte(toks[k-1].Text[0]) && toks[k-2].Text == "," {
		k -= 3 // ", 45,"
	}
	if k < 0 {
		return ""
	}
	if n := toks[k].Norm; n == "he" || n == "she" {
		return a.lastPersonBefore(k)
	}
	if m := a.at(k); m != nil && m.typ == kg.Person && m.t1 == k+1 && !(m.t1 < len(toks) && toks[m.t1].Norm == "'s") {
		return m.id
	}
	return ""
}

// membersNamed: "NATO members Poland and Romania", "fellow EU member
// Ireland"; rs is members-named.
func membersNamed(a *analysis, _ *established, rs []*Rule) {
	toks := a.toks
	for _, o := range a.ments {
		i := o.t1
		if o.typ != kg.Org || i+1 >= len(toks) || (toks[i].Norm != "member" && toks[i].Norm != "members") || capitalised(toks[i].Text) {
			continue
		}
		sent := a.sentOf[o.t0]
		i++
		if n := toks[i].Norm; n == "states" || n == "state" || n == "countries" || n == "country" || n == "nations" || n == "nation" {
			i++
		}
		// The list: places or bodies joined by commas and "and".
		for i < len(toks) && a.sentOf[i] == sent {
			m := a.at(i)
			if m == nil || m.t0 != i || (m.typ != kg.GPE && m.typ != kg.Org) || m.id == o.id {
				break
			}
			a.add(m.id, kg.PredMemberOf, kg.Term{Entity: o.id}, a.evidence(o.t0, m.t1, rs[0]))
			i = m.t1
			if i+1 < len(toks) && toks[i].Text == "," && toks[i+1].Norm == "and" {
				i++
			}
			if i >= len(toks) || (toks[i].Text != "," && toks[i].Norm != "and") {
				break
			}
			i++
		}
	}
}

// memberOf: "Finland is a member of NATO", "the forum, of which Ukraine
// is also a member". Wishes ("wants to be a member") do not count. rs is
// member-of.
func memberOf(a *analysis, _ *established, rs []*Rule) {
	toks := a.toks
	a.teamMates(rs[0])
	for i, t := range toks {
		if t.Norm != "member" && t.Norm != "members" {
			continue
		}
		s := a.sents[a.sentOf[i]]
		// Back over "is (also) a", "are (now) full", "a non-permanent".
		j := i - 1
		// "a Labour member of Parliament", "a Conservative member": the
		// member's party before the word is a membership too.
		party := ""
		if p := a.at(j); p != nil && p.typ == kg.Org && p.t1 == i && p.t0 > s.T0 && a.hasMembers(p.id) {
			party, j = p.id, p.t0-1
		} else if p == nil && j > s.T0 && capitalised(toks[j].Text) {
			if in := a.g.lookupName(toks[j].Text + "s"); in != nil && in.typ == kg.Org && strings.HasSuffix(in.name, " Party") {
				party, j = a.ensure(in), j-1 // "a Conservative member": the Conservative Party
			}
		}
		for j > s.T0 && (memberModifiers[toks[j].Norm] || toks[j].Text == "-" && memberModifiers[toks[j-1].Norm]) {
			j--
		}
		// "has been", "have been": the subject is before the auxiliary.
		appos := false
		if j > s.T0+1 && (toks[j].Norm == "been" || toks[j].Norm == "become") && (toks[j-1].Norm == "has" || toks[j-1].Norm == "have") {
			j--
		} else if j > s.T0 && toks[j].Text == "," {
			// "Ann Lee, a member of the European Parliament,"
			appos = true
		} else if j <= s.T0 || !memberCopulas[toks[j].Norm] {
			continue
		}
		// "became a member": like "joined", true now of a country or body;
		// a person may have left since.
		became := toks[j].Norm == "became" || toks[j].Norm == "has" || toks[j].Norm == "have"
		if became && toks[j+1].Norm == "been" {
			became = false
		}
		// "X, who is a member of"
		if !appos && j-2 > s.T0 && toks[j-1].Norm == "who" && toks[j-2].Text == "," {
			j -= 2
		}
		// "Poland today became a member": the date is no subject.
		if d := a.dateAt[j-1]; !appos && d >= 0 && a.dates[d].t0 > s.T0 {
			j = a.dates[d].t0
			if j-1 > s.T0 && toks[j-1].Norm == "on" {
				j--
			}
		}
		subj := a.at(j - 1)
		if subj == nil || subj.typ == kg.Date {
			continue
		}
		// "Poland, Hungary and the Czech Republic became members of NATO".
		subjs := []*ment{subj}
		if !appos {
			subjs = a.conjuncts(j, func(m *ment) bool { return m.typ != kg.Date && !(became && m.typ == kg.Person) })
		}
		var org *ment
		switch {
		case i+1 < s.T1 && toks[i+1].Norm == "of":
			k := i + 2
			if k < s.T1 && toks[k].Norm == "the" {
				k++
			}
			org = a.at(k)
		case subj.t0 >= 2 && toks[subj.t0-1].Norm == "which" && toks[subj.t0-2].Norm == "of":
			// The antecedent of "of which": the nearest organisation before.
			for k := subj.t0 - 3; k >= s.T0; k-- {
				if m := a.at(k); m != nil && m.typ == kg.Org {
					org = m
					break
				}
			}
		}
		if org == nil || org.typ != kg.Org || org.id == subj.id {
			continue
		}
		// An apposition closes after the body: "X, a member of Y, said",
		// or goes on to a second post ("and chairman of Z").
		if appos {
			if e := org.t1; subj.typ != kg.Person || (e < s.T1 && toks[e].Text != "," && toks[e].Text != "." && toks[e].Norm != "and" && !speechVerbs[toks[e].Norm]) {
				continue
			}
		}
		for _, m := range subjs {
			if m.id != org.id {
				a.add(m.id, kg.PredMemberOf, kg.Term{Entity: org.id}, a.evidence(subjs[0].t0, org.t1, rs[0]))
			}
			if party != "" && m.typ == kg.Person && party != org.id {
				a.add(m.id, kg.PredMemberOf, kg.Term{Entity: party}, a.evidence(subjs[0].t0, org.t1, rs[0]))
			}
		}
	}
	joined(a, rs[1])
	accession(a, rs[1])
}

// signOffs: "Steve Hurst, CNN, the State Department." A sentence made of
// a person, an organisation and at most a place after them, with no verb,
// is a broadcast reporter signing off: the reporter works for the outlet.
// r is sign-off.
func signOffs(a *analysis, _ *established, rs []*Rule) {
	toks := a.toks
	for _, s := range a.sents {
		p := a.at(s.T0)
		if p == nil || p.typ != kg.Person || p.t0 != s.T0 || p.t1+2 >= s.T1 || toks[p.t1].Text != "," {
			continue
		}
		o := a.at(p.t1 + 1)
		if o == nil || o.typ != kg.Org || o.t0 != p.t1+1 {
			continue
		}
		// The rest: end of sentence, or a comma and a place of a few words.
		k := o.t1
		if k < s.T1 && k < len(toks) && toks[k].Text == "," {
			k++
			for n := 0; k < s.T1 && n < 5 && isWordAt(toks[k].Text, 0) && !verbLike(toks[k].Norm) && !glueWords[toks[k].Norm]; n++ {
				k++
			}
		}
		if k != s.T1-1 || toks[k].Text != "." || k == o.t1+1 {
			continue
		}
		a.add(p.id, kg.PredWorksFor, kg.Term{Entity: o.id}, a.evidence(p.t0, s.T1, rs[0]))
	}
}

// memberCopulas link a member to "a member of": "is", "became", "remains".
var memberCopulas = map[string]bool{"is": true, "are": true, "was": true, "were": true, "remains": true, "remain": true, "became": true}

// joinVerbs make a country a member of the body it joined.
var joinVerbs = map[string]bool{"joined": true, "joins": true, "join": true, "acceded": true}

// accessionNouns name a country's entry into a body: "Hungary's accession
// to NATO".
var accessionNouns = map[string]bool{"accession": true, "entry": true, "admission": true}

// accessionHedges in a sentence leave an accession to come or in doubt:
// "Sweden's accession to NATO would", "blocked", "its bid".
var accessionHedges = map[string]bool{"would": true, "will": true, "could": true, "may": true, "might": true, "should": true, "can": true, "must": true,
	"bid": true, "talks": true, "block": true, "blocks": true, "blocked": true, "blocking": true, "oppose": true, "opposes": true, "opposed": true,
	"against": true, "veto": true, "vetoed": true, "application": true, "ratify": true, "ratified": true, "ratification": true, "approve": true,
	"approval": true, "seek": true, "seeks": true, "sought": true, "hopes": true, "hope": true, "possible": true, "eventual": true, "future": true, "not": true}

// accession: "Hungary's accession to NATO has brought ...", "to mark
// Poland's entry into NATO on Friday": a country's accession stated as
// done makes it a member. Nothing when the sentence leaves it to come or
// in doubt ("would", "its bid", "blocked").
func accession(a *analysis, r *Rule) {
	toks := a.toks
	for _, m := range a.ments {
		k := m.t1 + 1
		if m.typ != kg.GPE || m.in == nil || !m.in.country || k+2 >= len(toks) || toks[m.t1].Norm != "'s" ||
			!accessionNouns[toks[k].Norm] || toks[k+1].Norm != "to" && toks[k+1].Norm != "into" {
			continue
		}
		sent := a.sentOf[m.t0]
		j := k + 2
		if toks[j].Norm == "the" {
			j++
		}
		o := a.at(j)
		if o == nil || o.t0 != j || o.typ != kg.Org || a.sentOf[j] != sent {
			continue
		}
		hedged := false
		for i := a.sents[sent].T0; i < a.sents[sent].T1; i++ {
			hedged = hedged || accessionHedges[toks[i].Norm]
		}
		if !hedged && a.accessionDone(m.t0, o.t1, sent) {
			a.add(m.id, kg.PredMemberOf, kg.Term{Entity: o.id}, a.evidence(m.t0, o.t1, r))
		}
	}
}

// accessionDone reports an accession phrase from token t0 to t1 stated as
// done: a past date right after it ("in 2004", "on Friday" in a story of
// that day), a verb of what it brought after it ("has brought", "changed",
// "came"), or a word of marking or time before it ("to mark", "since").
// The body must end the phrase ("Russia's entry into NATO airspace" is
// none).
func (a *analysis) accessionDone(t0, t1, sent int) bool {
	toks := a.toks
	in := func(k int) bool { return k >= 0 && k < len(toks) && a.sentOf[k] == sent }
	past := func(d int) bool { // a date not after the story's
		after, ok := a.afterRef(a.dates[d].value)
		return ok && !after
	}
	k := t1
	if in(k) && a.dateAt[k] < 0 && (toks[k].Norm == "in" || toks[k].Norm == "on") && in(k+1) && a.dateAt[k+1] >= 0 {
		return past(a.dateAt[k+1])
	}
	if in(k) && a.dateAt[k] >= 0 {
		return past(a.dateAt[k])
	}
	if in(k) && isWordAt(toks[k].Text, 0) {
		n := toks[k].Norm
		if n == "has" || n == "have" || n == "had" {
			return in(k+1) && accessionResults[toks[k+1].Norm]
		}
		if accessionResults[n] {
			return true
		}
		if !(n == "and" || n == "which" || n == "that" || n == "was" || n == "is") {
			return false // "entry into NATO airspace", "to the EU's demands"
		}
	}
	if in(k) && toks[k].Norm == "'s" {
		return false
	}
	for p := t0 - 1; p >= t0-3 && in(p); p-- {
		switch toks[p].Norm {
		case "mark", "marked", "marking", "celebrate", "celebrated", "celebrating", "since", "completed":
			return true
		}
	}
	return false
}

// accessionResults are verbs of what an accession that happened brought:
// "Hungary's accession to NATO has brought" ("came to a halt", "made
// headlines", "opened a rift" may be said of one still to come).
var accessionResults = map[string]bool{"brought": true, "changed": true, "gave": true, "ended": true, "doubled": true, "transformed": true,
	"strengthened": true, "marked": true}

// joined: "Finland joined NATO in April", "Croatia has joined the euro
// zone": a country that joined a body is a member of it. Only countries:
// a person who joined a firm or a party may have left it since; r is
// joined.
func joined(a *analysis, r *Rule) {
	toks := a.toks
	for i, t := range toks {
		if !joinVerbs[t.Norm] || i+1 >= len(toks) || a.sentOf[i+1] != a.sentOf[i] {
			continue
		}
		j := i - 1
		// "has joined", "formally joined", "Friday formally joined"
		for j >= 0 && a.sentOf[j] == a.sentOf[i] {
			if n := toks[j].Norm; n == "has" || n == "have" || n == "formally" || n == "officially" || n == "finally" {
				j--
			} else if d := a.dateAt[j]; d >= 0 && j+1 < i {
				j = a.dates[d].t0 - 1 // "on Monday formally joined"
				if j > 0 && toks[j].Norm == "on" {
					j--
				}
			} else {
				break
			}
		}
		if t.Norm == "join" && !(j+1 < i && (toks[j+1].Norm == "has" || toks[j+1].Norm == "have")) {
			continue // "will join", "wants to join": not yet a member
		}
		// "Poland, Hungary and the Czech Republic joined NATO": each country.
		subjs := a.conjuncts(j+1, func(m *ment) bool { return m.typ == kg.GPE && m.in != nil && m.in.country })
		if len(subjs) == 0 {
			continue
		}
		k := i + 1
		if t.Norm == "acceded" {
			if toks[k].Norm != "to" || k+1 >= len(toks) {
				continue
			}
			k++ // "acceded to the EU"
		}
		if toks[k].Norm == "the" && k+1 < len(toks) {
			k++
		}
		o := a.at(k)
		if o == nil || o.t0 != k || o.typ != kg.Org || o.t1 < len(toks) && toks[o.t1].Norm == "'s" {
			continue // "acceded to the EU's demands"
		}
		for _, subj := range subjs {
			a.add(subj.id, kg.PredMemberOf, kg.Term{Entity: o.id}, a.evidence(subjs[0].t0, o.t1, r))
		}
	}
}

// titleReferences: "the Kremlin spokesman stressed ..." after "presidential
// spokesman Dmitry Peskov": a body's title used without a name refers to
// the one person of the document holding that post, who is tied to the
// body; rs is title-reference.
func titleReferences(a *analysis, in *established, rs []*Rule) {
	toks := a.toks
	a.counterparts(in, rs[0])
	for _, m := range a.ments {
		if m.typ != kg.Org && m.typ != kg.GPE {
			continue
		}
		// "Kenya's trade minister ... Trade Minister Joseph Kimotho".
		if id, k := a.possessedPost(in, m, len(toks)); id != "" {
			// The evidence runs from the holder's nearest mention to the
			// reference.
			t0, t1 := m.t0, k
			if s := a.nearestSentOf(id, a.sentOf[m.t0]); s != a.sentOf[m.t0] {
				t0, t1 = min(t0, a.sents[s].T0), max(t1, a.sents[s].T1)
			}
			a.affiliate(id, a.affOf(m), tieOfficial, a.evidence(t0, t1, rs[0]))
			continue
		}
		if m.t0 == 0 || toks[m.t0-1].Norm != "the" {
			continue
		}
		k := m.t1
		var words []string
		for k < len(toks) && a.g.titles[toks[k].Norm] && a.sentOf[k] == a.sentOf[m.t0] {
			words = append(words, toks[k].Text)
			k++
		}
		t := a.cleanTitle(words)
		if t == "" || (k < len(toks) && (a.at(k) != nil || capitalised(toks[k].Text) || toks[k].Text == ",")) {
			continue
		}
		last := strings.ToLower(t[strings.LastIndexByte(t, ' ')+1:])
		who := ""
		for _, id := range sortedKeys(in.titles) {
			f := strings.Fields(strings.ToLower(in.titles[id]))
			if len(f) > 0 && f[len(f)-1] == last {
				if who != "" {
					who = ""
					break
				}
				who = id
			}
		}
		if who != "" {
			a.affiliate(who, a.affOf(m), tieOf(t, false), a.evidence(m.t0, k, rs[0]))
		}
	}
}

// counterparts: "Blinken met his Chinese counterpart, Wang Yi": the person
// named after a demonym's "counterpart" represents that country, and holds
// the post of the one whose counterpart they are when the text names it
// ("Foreign Minister Sergei Lavrov ... his Indian counterpart, X").
func (a *analysis) counterparts(in *established, r *Rule) {
	toks := a.toks
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].Norm != "counterpart" || capitalised(toks[i].Text) {
			continue
		}
		c := a.g.demonymCountry(toks[i-1].Norm)
		if c == nil || !capitalised(toks[i-1].Text) {
			continue
		}
		j := i + 1
		if toks[j].Text == "," {
			j++
		}
		m := a.at(j)
		if m == nil || m.t0 != j || m.typ != kg.Person || a.sentOf[j] != a.sentOf[i] {
			continue
		}
		ev := a.evidence(i-1, m.t1, r)
		a.add(m.id, kg.PredRepresents, kg.Term{Entity: a.ensure(c)}, ev)
		// Whose counterpart: "his" for the person named before.
		if k := i - 2; k >= 0 && (toks[k].Norm == "his" || toks[k].Norm == "her") {
			if id, at := a.pronounPerson(k); id != "" && id != m.id && in.titles[id] != "" && in.titles[m.id] == "" {
				a.add(m.id, kg.PredJobTitle, kg.Term{Literal: in.titles[id]}, a.evidence(min(at, i-1), m.t1, r))
			}
		}
	}
}

// possessedPost reads a country's post in lower case after its mention m,
// within token c1: "Kenya's trade minister". It returns the one person the
// document names with that whole title ("Trade Minister Joseph Kimotho")
// and the token after the post; "" when there is none or more than one,
// when the post is no portfolio's ("Kenya's president" may be anyone's),
// when the holder is named in the same sentence or is tied to a body or a
// place already (another country's minister).
func (a *analysis) possessedPost(in *established, m *ment, c1 int) (string, int) {
	toks := a.toks
	if m.typ != kg.GPE || m.in == nil || !m.in.country || m.t1+2 >= c1 || toks[m.t1].Norm != "'s" {
		return "", -1
	}
	e := m.t1 + 1
	if capitalised(toks[e].Text) || coreTitles[toks[e].Norm] || !a.g.titles[toks[e].Norm] && !portfolioNoun(toks[e].Norm) || !isWordAt(toks[e].Text, 0) {
		return "", -1
	}
	words := []string{toks[e].Text}
	for e++; e < c1 && len(words) < 3 && a.sentOf[e] == a.sentOf[m.t0] && !capitalised(toks[e].Text) && a.g.titles[toks[e].Norm]; e++ {
		words = append(words, toks[e].Text)
	}
	t := a.cleanTitle(words)
	if t == "" || len(words) < 2 || e < len(toks) && (a.at(e) != nil || capitalised(toks[e].Text) || toks[e].Text == ",") {
		return "", -1
	}
	found := ""
	for _, id := range sortedKeys(in.titles) {
		if strings.EqualFold(in.titles[id], t) {
			if found != "" {
				return "", -1
			}
			found = id
		}
	}
	if found == "" || a.affiliated(found, m.id) {
		return "", -1
	}
	for _, o := range a.ments {
		if o.id == found && a.sentOf[o.t0] == a.sentOf[m.t0] {
			return "", -1
		}
	}
	return found, e
}

// affiliated reports whether person id is tied to a body or a place other
// than except by a fact read already.
func (a *analysis) affiliated(id, except string) bool {
	for _, t := range a.triples {
		if t.Subject.Entity == id && t.Object.Entity != except && (t.Predicate == kg.PredRepresents || t.Predicate == kg.PredWorksFor || t.Predicate == kg.PredMemberOf) {
			return true
		}
	}
	return false
}

// teamMates: "her Birchfield Harriers team mate Goldie Sayers" makes both
// members of the club; "X, a Clonliffe Harriers clubman," makes X one.
func (a *analysis) teamMates(r *Rule) {
	toks := a.toks
	for i, t := range toks {
		n := t.Norm
		k := i // the word after the club's name
		switch {
		case (n == "team" || n == "club" || n == "squad") && i+1 < len(toks) && (toks[i+1].Norm == "mate" || toks[i+1].Norm == "mates"):
		case n == "teammate" || n == "teammates" || n == "clubmate" || n == "clubmates" || n == "clubman" || n == "clubwoman":
		default:
			continue
		}
		club := a.at(k - 1)
		if club == nil || club.typ != kg.Org {
			continue
		}
		ev := a.evidence(club.t0, i+1, r)
		end := i + 1
		if n == "team" || n == "club" || n == "squad" {
			end = i + 2
		}
		if p := a.at(end); p != nil && p.typ == kg.Person {
			a.add(p.id, kg.PredMemberOf, kg.Term{Entity: club.id}, a.evidence(club.t0, p.t1, r))
		}
		j := club.t0 - 1
		if j >= 0 && (toks[j].Norm == "a" || toks[j].Norm == "the") && j > 1 && toks[j-1].Text == "," {
			if p := a.at(j - 2); p != nil && p.typ == kg.Person {
				a.add(p.id, kg.PredMemberOf, kg.Term{Entity: club.id}, ev)
			}
		} else if j >= 0 && a.possessivePronoun(j) && toks[j].Norm != "my" && toks[j].Norm != "our" && toks[j].Norm != "your" {
			if who := a.lastPersonBefore(j); who != "" {
				a.add(who, kg.PredMemberOf, kg.Term{Entity: club.id}, ev)
			}
		}
	}
}

// boardMembers: a company's board members are members of the company
// ("Halvex board member Tom Reed", "X, a board member of Y", "X, a member
// of the Y board", "new board members include A, B and C"); rs is
// board-member.
func boardMembers(a *analysis, _ *established, rs []*Rule) {
	toks := a.toks
	orgAt := func(k int) *ment { // the organisation that ends at token k-1
		if k <= 0 {
			return nil
		}
		if toks[k-1].Norm == "'s" {
			k--
		}
		if k >= 2 && toks[k-1].Text == "." && legalForms[toks[k-2].Norm] {
			k-- // "Halvex Corp.'s board"
		}
		if o := a.at(k - 1); o != nil && o.typ == kg.Org && o.t1 == k {
			return o
		}
		return nil
	}
	var named *ment // the firm of the last board named with its firm
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Norm != "board" || capitalised(toks[i].Text) && !isSentenceStart(a, i) {
			continue
		}
		sent := a.sentOf[i]
		// "American Medical's 10-member board", "its nine-member board"
		k := i
		if k >= 3 && toks[k-1].Norm == "member" && toks[k-2].Text == "-" && (isDigitByte(toks[k-3].Norm[0]) || numberWords[toks[k-3].Norm] > 0) {
			k -= 3
		}
		org := orgAt(k)
		if org == nil {
			org = a.boardOf(i)
		}
		var people []*ment
		from := i
		if org != nil {
			// "X and Y were named to join Z's board", "X joined the
			// board of Z"
			if v := a.boardJoinVerb(k, org); v >= 0 {
				people, from = a.boardJoiners(v), a.sents[sent].T0
			}
		}
		switch n := toks[i+1].Norm; {
		case n == "member" || n == "members":
			j := i + 2
			if j+1 < len(toks) && (toks[j].Norm == "of" || toks[j].Norm == "at") && org == nil {
				k := j + 1
				if toks[k].Norm == "the" {
					k++
				}
				if o := a.at(k); o != nil && o.t0 == k && o.typ == kg.Org {
					org = o
				}
			}
			// "X, a board member of Y"
			if p := i - 3; p >= 0 && (toks[i-1].Norm == "a" || toks[i-1].Norm == "an") && toks[i-2].Text == "," {
				if m := a.at(p); m != nil && m.typ == kg.Person && m.t1 == i-2 {
					people, from = append(people, m), m.t0
				}
			}
			// "Halvex board member Tom Reed", "board members include A and B"
			if j < len(toks) && (toks[j].Norm == "include" || toks[j].Norm == "included" || toks[j].Norm == "are" || toks[j].Norm == "were") {
				j++
			}
			people = append(people, a.personList(j, sent)...)
		case n == "," || n == "." || n == "and":
			// "X, a member of the Y board"
			if m := a.memberOfBoard(org); m != nil {
				people, from = append(people, m), m.t0
			}
		}
		if org != nil {
			named = org
		}
		if len(people) == 0 {
			continue
		}
		id := ""
		if org == nil {
			// "Halvex Corp. said new board members include": the company
			// the sentence names before the board.
			for k := a.sents[sent].T0; k < i; k++ {
				if o := a.at(k); o != nil && o.t0 == k && o.typ == kg.Org && a.isCompany(o.id) {
					org = o
					break
				}
			}
		}
		if org != nil {
			id = org.id
		} else if named != nil {
			// "Other new board members include A and B": the board the
			// story named last.
			id = named.id
		} else if f, n := a.storyFirm(); n >= 2 {
			id = f
		}
		if id == "" {
			continue
		}
		for _, m := range people {
			if a.sentOf[m.t0] == sent {
				a.add(m.id, kg.PredMemberOf, kg.Term{Entity: id}, a.evidence(min(from, m.t0), max(i+2, m.t1), rs[0]))
			}
		}
	}
}

// memberOfBoard returns X of "X, a member of the Y board" whose firm is
// org, else nil.
func (a *analysis) memberOfBoard(org *ment) *ment {
	toks := a.toks
	if org == nil || org.t0 < 4 {
		return nil
	}
	k := org.t0 - 1
	if toks[k].Norm == "the" {
		k--
	}
	if k < 3 || toks[k].Norm != "of" || toks[k-1].Norm != "member" || toks[k-2].Norm != "a" && toks[k-2].Norm != "an" || toks[k-3].Text != "," {
		return nil
	}
	if m := a.at(k - 4); m != nil && m.typ == kg.Person && m.t1 == k-3 {
		return m
	}
	return nil
}

// boardOf returns the organisation of "the board [of directors] of Y"
// at token i ("board"), else nil.
func (a *analysis) boardOf(i int) *ment {
	toks := a.toks
	j := i + 1
	if j+1 < len(toks) && toks[j].Norm == "of" && toks[j+1].Norm == "directors" {
		j += 2
	}
	if j+1 >= len(toks) || toks[j].Norm != "of" {
		return nil
	}
	j++
	if toks[j].Norm == "the" {
		j++
	}
	if o := a.at(j); o != nil && o.t0 == j && o.typ == kg.Org && a.sentOf[j] == a.sentOf[i] {
		return o
	}
	return nil
}

// boardJoinVerb returns the token of the verb that puts someone on the
// board whose phrase starts at token k (its firm org, when the firm comes
// first, or "board"): "joined [the] Y board", "named to join Y's board",
// "elected to the board of Y"; else -1.
func (a *analysis) boardJoinVerb(k int, org *ment) int {
	toks := a.toks
	if org.t1 <= k && org.t0 < k {
		k = org.t0
	}
	if k > 0 && toks[k-1].Norm == "the" {
		k--
	}
	switch {
	case k < 2:
		return -1
	case toks[k-1].Norm == "joined" || toks[k-1].Norm == "joins":
		return k - 1
	case toks[k-1].Norm == "join":
		// "named to join Y's board"; "will join", "declined to join" are
		// no seat.
		if toks[k-2].Norm == "to" && k >= 3 && boardAppointed(toks[k-3].Norm) {
			return k - 3
		}
	case toks[k-1].Norm == "to" && boardAppointed(toks[k-2].Norm):
		return k - 2 // "was elected to the Y board"
	}
	return -1
}

// boardAppointed reports a verb that gives a seat on a board: "named",
// "elected", "added"; a nominee has none yet.
func boardAppointed(w string) bool {
	return appointVerbs[w] && w != "nominated" || w == "added"
}

// boardHedges between a board's new members and the verb leave the seat
// unfilled: "X was not elected", "X refused to be named", "X is expected
// to be named".
var boardHedges = map[string]bool{"not": true, "never": true, "declined": true, "refused": true, "expected": true, "will": true, "would": true,
	"may": true, "might": true, "could": true, "should": true, "can": true, "wants": true, "plans": true, "hopes": true, "to": true, "if": true}

// boardJoiners returns the persons who open the sentence of verb v and
// are its subjects: "X and Y, along with five other designees, were named
// to join Z's board"; none when another verb or a speech verb comes
// between them and v.
func (a *analysis) boardJoiners(v int) []*ment {
	sent := a.sentOf[v]
	// "Ann Lee, who joined Z's board last year, said"
	if v >= 3 && a.toks[v-1].Norm == "who" && a.toks[v-2].Text == "," {
		if m := a.at(v - 3); m != nil && m.typ == kg.Person && m.t1 == v-2 {
			return []*ment{m}
		}
	}
	people := a.personList(a.sents[sent].T0, sent)
	if len(people) == 0 {
		return nil
	}
	for j := people[len(people)-1].t1; j < v; j++ {
		n := a.toks[j].Norm
		if m := a.at(j); m != nil && m.typ == kg.Person || speechVerbs[n] || boardHedges[n] || pastVerbs[n] || n == "who" || n == "which" {
			return nil
		}
	}
	return people
}

// personList reads persons named at token j, joined by commas and "and",
// in sentence sent.
func (a *analysis) personList(j, sent int) []*ment {
	toks := a.toks
	var out []*ment
	joined := false
	for j < len(toks) && a.sentOf[j] == sent {
		m := a.at(j)
		if m == nil || m.t0 != j || m.typ != kg.Person {
			break
		}
		out = append(out, m)
		j = m.t1
		// "John Harrison and Mark Adley of First Boston, James Lyons": past
		// the employer.
		if j+1 < len(toks) && toks[j].Norm == "of" {
			if o := a.at(j + 1); o != nil && o.t0 == j+1 && o.typ == kg.Org {
				j = o.t1
				if j+1 < len(toks) && toks[j].Text == "." && legalForms[toks[j-1].Norm] && toks[j+1].Text == "," {
					j++ // "of Brandt Corp., James Lyon"
				}
			}
		}
		// "A and B, and C, a lawyer": after a pair joined by "and", ", and"
		// opens another clause.
		if j+1 < len(toks) && toks[j].Text == "," && toks[j+1].Norm == "and" {
			if joined {
				break
			}
			j++
		}
		if j >= len(toks) || toks[j].Text != "," && toks[j].Norm != "and" {
			break
		}
		joined = joined || toks[j].Norm == "and"
		j++
	}
	return out
}
