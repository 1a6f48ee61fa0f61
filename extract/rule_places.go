package extract

import (
	"strings"

	"github.com/kg-project/kg"
)

// placeRules read places inside places.
var placeRules = concatRules(
	docRule(StagePlaces, cityCommaCountry,
		&Rule{Name: RuleContainedIn, Predicates: []string{kg.PredContainedIn},
			Doc: `"Vienna, Austria", "Portland, Oregon", "Syracuse, New York", "O'Connell Bridge, Dublin"`,
			Examples: []Example{
				{Text: "The conference took place in Lyon, France, last year.",
					Must: []Fact{{"place/lyon", kg.PredContainedIn, "place/france"}}},
				{Text: "Shares fell in Sydney, Hong Kong, Singapore, Taipei and Seoul, and rose in Lyon, France.",
					Must:    []Fact{{"place/lyon", kg.PredContainedIn, "place/france"}},
					MustNot: []Fact{{"place/sydney", kg.PredContainedIn, "place/hong-kong"}, {"place/hong-kong", kg.PredContainedIn, "place/singapore"}}},
				{Text: "A federal judge in Portland, Oregon, blocked the merger.",
					Must: []Fact{{"place/portland", kg.PredContainedIn, "place/oregon"}}},
				{Text: "Floods hit New South Wales, Australia, overnight.",
					Must: []Fact{{"place/new-south-wales", kg.PredContainedIn, "place/australia"}}},
				{Text: "She grew up in Austin, Texas, United States, and moved to Boston.",
					Must: []Fact{{"place/austin", kg.PredContainedIn, "place/united-states"}, {"place/texas", kg.PredContainedIn, "place/united-states"}}},
				{Text: "Crowds crossed the Tarvek Bridge, Lyon, and climbed Mount Orvel, Colorado, before London, Paris and Rome.",
					Must:    []Fact{{"place/tarvek-bridge", kg.PredContainedIn, "place/lyon"}, {"place/mount-orvel", kg.PredContainedIn, "place/colorado"}},
					MustNot: []Fact{{"place/london", kg.PredContainedIn, "place/paris"}}},
				{Text: "It was recorded in Havana, Miami, Cuba and Madrid, and mixed in Lyon, France.",
					Must:    []Fact{{"place/lyon", kg.PredContainedIn, "place/france"}},
					MustNot: []Fact{{"place/miami", kg.PredContainedIn, "place/cuba"}}},
				{Text: "The site lies in Dravny, Manchester, England, and ships go to Tokyo, Paris, London and Rome.",
					Must:    []Fact{{"place/dravny", kg.PredContainedIn, "place/manchester"}, {"place/manchester", kg.PredContainedIn, "place/england"}},
					MustNot: []Fact{{"place/paris", kg.PredContainedIn, "place/london"}}},
				{Text: "He was born in Tacoma, Washington, and has offices in London, New York and Tokyo.",
					Must:    []Fact{{"place/tacoma", kg.PredContainedIn, "place/washington"}},
					MustNot: []Fact{{"place/london", kg.PredContainedIn, "place/new-york"}}},
			}},
	),
	docRule(StagePlaces, placeInPlace,
		&Rule{Name: RulePlaceInPlace, Predicates: []string{kg.PredContainedIn},
			Doc: `"Donetsk in eastern Ukraine", "Kharkiv, in eastern Ukraine,", "Vancouver in British Columbia": a town or region in a larger place (never a town in a country the lists put it outside); "Konak Square in Izmir": a named site in a town; "Lake Nokomis in Minneapolis, Minnesota": every place of the chain; "the Kotayk Province of Armenia"`,
			Examples: []Example{
				{Text: "Shelling hit Donetsk in eastern Ukraine on Monday.",
					Must: []Fact{{"place/donetsk", kg.PredContainedIn, "place/ukraine"}}},
				{Text: "The attack took place in Kharkiv, in eastern Ukraine, on Monday; prices in Oslo, in contrast, rose, and trade with Lyon in Brazil grew.",
					Must:    []Fact{{"place/kharkiv", kg.PredContainedIn, "place/ukraine"}},
					MustNot: []Fact{{"place/oslo", kg.PredContainedIn, ""}, {"place/lyon", kg.PredContainedIn, "place/brazil"}}},
				{Text: "Ukraine in Europe and Kyiv in Ukraine: officials from Kyiv in Ukraine met.",
					Must:    []Fact{{"place/kyiv", kg.PredContainedIn, "place/ukraine"}},
					MustNot: []Fact{{"place/ukraine", kg.PredContainedIn, "place/europe"}}},
				{Text: "Skaters crowded Lake Verna in Minneapolis, Minnesota, and the Orsk Province of Armenia was quiet.",
					Must:    []Fact{{"place/lake-verna", kg.PredContainedIn, "place/minneapolis"}, {"place/lake-verna", kg.PredContainedIn, "place/minnesota"}, {"place/orsk-province", kg.PredContainedIn, "place/armenia"}},
					MustNot: []Fact{{"place/lake-verna", kg.PredContainedIn, "place/armenia"}}},
				{Text: "Offices opened in Basra in Iraq, Kabul in Afghanistan and Lyon in France.",
					Must:    []Fact{{"place/basra", kg.PredContainedIn, "place/iraq"}, {"place/kabul", kg.PredContainedIn, "place/afghanistan"}},
					MustNot: []Fact{{"place/basra", kg.PredContainedIn, "place/kabul"}, {"place/basra", kg.PredContainedIn, "place/afghanistan"}}},
				{Text: "Crowds filled Tarvek Square in Lyon, and Madrid in Spain was calm.",
					Must:    []Fact{{"place/tarvek-square", kg.PredContainedIn, "place/lyon"}, {"place/madrid", kg.PredContainedIn, "place/spain"}},
					MustNot: []Fact{{"place/lyon", kg.PredContainedIn, "place/madrid"}}},
			}},
	),
	docRule(StagePlaces, placeKind,
		&Rule{Name: RulePlaceKind, Predicates: []string{kg.PredContainedIn},
			Doc: `"X is a village in Y", "X, a port city in southern Y", "X is a census-designated place in Y County, Z, United States" (every place of the chain), "X, the Polish port city", "X, the Lithuanian capital,"`,
			Examples: []Example{
				{Text: "Protesters gathered in Gdansk, the Polish port city. The summit will be held in Vilnius, the Lithuanian capital, in July. Tom Reed, the British ambassador, spoke.",
					Must:    []Fact{{"place/gdansk", kg.PredContainedIn, "place/poland"}, {"place/vilnius", kg.PredContainedIn, "place/lithuania"}},
					MustNot: []Fact{{"person/tom-reed", kg.PredContainedIn, ""}}},
				{Text: "Lviv is a large city in western Ukraine near the Polish border.",
					Must: []Fact{{"place/lviv", kg.PredContainedIn, "place/ukraine"}}},
				{Text: "Aid reached Mariupol, a port city in southeastern Ukraine, on Friday.",
					Must: []Fact{{"place/mariupol", kg.PredContainedIn, "place/ukraine"}}},
				{Text: "Lyon is a city in France, and Madrid is larger than Lyon in many ways.",
					Must:    []Fact{{"place/lyon", kg.PredContainedIn, "place/france"}},
					MustNot: []Fact{{"place/madrid", kg.PredContainedIn, "place/lyon"}}},
				{Text: "Corvale is a census-designated place in eastern Harlan County, Kentucky, United States.",
					Must: []Fact{{"place/corvale", kg.PredContainedIn, "place/harlan-county"}, {"place/corvale", kg.PredContainedIn, "place/kentucky"}, {"place/corvale", kg.PredContainedIn, "place/united-states"}}},
				{Text: "Orlice is a village in the administrative district of Gmina Barsk, within Torva County, in northern Poland, and Madrid is in Spain.",
					Must:    []Fact{{"place/orlice", kg.PredContainedIn, "place/gmina-barsk"}, {"place/orlice", kg.PredContainedIn, "place/torva-county"}, {"place/orlice", kg.PredContainedIn, "place/poland"}},
					MustNot: []Fact{{"place/orlice", kg.PredContainedIn, "place/spain"}}},
				{Text: "Dravik is a town in the Korsa Region of Uzbekistan; Madrid is a city in Spain.",
					Must:    []Fact{{"place/dravik", kg.PredContainedIn, "place/korsa-region"}, {"place/dravik", kg.PredContainedIn, "place/uzbekistan"}, {"place/madrid", kg.PredContainedIn, "place/spain"}},
					MustNot: []Fact{{"place/dravik", kg.PredContainedIn, "place/spain"}}},
				{Text: "Varden Lake is a lake located in Orsk County in the U.S. state of Michigan. Corvan Drive is a freeway in Edmonton.",
					Must:    []Fact{{"place/varden-lake", kg.PredContainedIn, "place/orsk-county"}, {"place/varden-lake", kg.PredContainedIn, "place/michigan"}, {"place/corvan-drive", kg.PredContainedIn, "place/edmonton"}},
					MustNot: []Fact{{"place/corvan-drive", kg.PredContainedIn, "place/michigan"}}},
				{Text: "The Tessel is a tributary of the Rhine River. The Ovena is a river in Austria.",
					Must:    []Fact{{"place/ovena", kg.PredContainedIn, "place/austria"}},
					MustNot: []Fact{{"place/tessel", kg.PredContainedIn, "place/rhine-river"}}},
				{Text: "Paname is an old nickname for the city of Paris. Lyon is a city in France.",
					Must:    []Fact{{"place/lyon", kg.PredContainedIn, "place/france"}},
					MustNot: []Fact{{"place/paname", kg.PredContainedIn, "place/paris"}}},
			}},
	),
	docRule(StagePlaces, divisionOf,
		&Rule{Name: RuleDivisionOf, Predicates: []string{kg.PredContainedIn},
			Doc: `"the Donetsk region of eastern Ukraine", "the Kandahar province of Afghanistan"`,
			Examples: []Example{
				{Text: "Fighting spread across the Kharkiv region of northeastern Ukraine overnight.",
					Must: []Fact{{"place/kharkiv", kg.PredContainedIn, "place/ukraine"}}},
			}},
		&Rule{Name: RuleCountryKindOf, Predicates: []string{kg.PredContainedIn},
			Doc: `"the Russian city of Kursk", "the U.S. state of Ohio", "the U.S. states of Ohio and Iowa"`,
			Examples: []Example{
				{Text: "Drones struck the Ukrainian city of Kharkiv, officials said.",
					Must: []Fact{{"place/kharkiv", kg.PredContainedIn, "place/ukraine"}}},
				{Text: "The firm serves the U.S. states of Ohio, Iowa and Texas, and the city of Paris.",
					Must:    []Fact{{"place/ohio", kg.PredContainedIn, "place/united-states"}, {"place/iowa", kg.PredContainedIn, "place/united-states"}, {"place/texas", kg.PredContainedIn, "place/united-states"}},
					MustNot: []Fact{{"place/paris", kg.PredContainedIn, "place/united-states"}}},
				{Text: "The plant is in the U.S. state of Ohio.",
					Must: []Fact{{"place/ohio", kg.PredContainedIn, "place/united-states"}}},
				{Text: "The French city of Lyon and the president of France met. Lyon is the city of lights.",
					Must:    []Fact{{"place/lyon", kg.PredContainedIn, "place/france"}},
					MustNot: []Fact{{"place/lyon", kg.PredContainedIn, "place/lyon"}}},
			}},
	),
	docRule(StagePlaces, headquarters,
		&Rule{Name: RuleHeadquarters, Predicates: []string{kg.PredLocation},
			Doc: `where an organisation is based: "the London-based lender Barclays", "ORG, headquartered in Z", "ORG is a company based in Z, Y", "shares of ORG fell after the Oslo-based company cut its forecast" (the one organisation the sentence named)`,
			Examples: []Example{
				{Text: "Shares of Brantoil Holdings fell after the Oslo-based company cut its forecast. Halvex Corp. sued the Lyon-based firm, and Orvik Inc. fell after Kessvor Inc. said the Bonn-based company would cut jobs.",
					Must:    []Fact{{"org/brantoil", kg.PredLocation, "place/oslo"}},
					MustNot: []Fact{{"org/halvex", kg.PredLocation, "place/lyon"}, {"org/orvik", kg.PredLocation, ""}, {"org/kessvor", kg.PredLocation, ""}}},
				{Text: "The London-based lender Barclays cut 200 jobs.",
					Must: []Fact{{"org/barclays", kg.PredLocation, "place/london"}}},
				{Text: "The World Bank, headquartered in Washington, cut 200 jobs.",
					Must: []Fact{{"org/world-bank", kg.PredLocation, "place/washington"}}},
				{Text: "Halvex Systems is a software company based in Lyon, France, and sells to Siemens in Munich.",
					Must:    []Fact{{"org/halvex-systems", kg.PredLocation, "place/lyon"}, {"org/halvex-systems", kg.PredLocation, "place/france"}},
					MustNot: []Fact{{"org/siemens", kg.PredLocation, "place/munich"}}},
				{Text: "Harwood Academy is a private school located in the city of Lyon, France.",
					Must: []Fact{{"org/harwood-academy", kg.PredLocation, "place/lyon"}, {"org/harwood-academy", kg.PredLocation, "place/france"}}},
				{Text: "Barclays, based in London, lent to Siemens in Munich.",
					Must:    []Fact{{"org/barclays", kg.PredLocation, "place/london"}},
					MustNot: []Fact{{"org/siemens", kg.PredLocation, "place/munich"}}},
			}},
	),
	docRule(StagePlaces, andOther,
		&Rule{Name: RuleAndOther, Predicates: []string{kg.PredContainedIn, kg.PredMemberOf},
			Doc: `a list closed by "and other" and the larger place's or body's own: "Guam, Puerto Rico and other U.S. possessions" (in the place), "Poland, Hungary and other NATO members" (members of the body)`,
			Examples: []Example{
				{Text: "Imports from Guam, Puerto Rico and other U.S. possessions rose. Ohio and other states agreed, and Poland, Hungary and other NATO members met.",
					Must: []Fact{{"place/guam", kg.PredContainedIn, "place/united-states"}, {"place/puerto-rico", kg.PredContainedIn, "place/united-states"},
						{"place/poland", kg.PredMemberOf, "org/nato"}, {"place/hungary", kg.PredMemberOf, "org/nato"}},
					MustNot: []Fact{{"place/ohio", kg.PredContainedIn, ""}}},
				{Text: "Shares fell in Tokyo and other Asian markets, while Kenya and other African countries and Barcelona and other Spanish cities waited.",
					Must:    []Fact{{"place/barcelona", kg.PredContainedIn, "place/spain"}},
					MustNot: []Fact{{"place/tokyo", kg.PredContainedIn, ""}, {"place/kenya", kg.PredContainedIn, ""}}},
			}},
	),
	docRule(StagePlaces, placePossessive,
		&Rule{Name: RulePossessivePlace, Predicates: []string{kg.PredContainedIn},
			Doc: `"Ukraine's Crimean peninsula", "Spain's Catalonia", "Russia's capital Moscow"`,
			Examples: []Example{
				{Text: "Shelling continued in Ukraine's Crimean peninsula overnight.",
					Must: []Fact{{"place/crimea", kg.PredContainedIn, "place/ukraine"}}},
				{Text: "Russia's capital Moscow and Serbia's second city, Novi Sad, were quiet; Russia's ambassador Ivan Petrov left Paris.",
					Must:    []Fact{{"place/moscow", kg.PredContainedIn, "place/russia"}},
					MustNot: []Fact{{"place/paris", kg.PredContainedIn, "place/russia"}}},
			}},
	),
)

// cityCommaCountry: "Vienna, Austria"; rs is city-comma-country.
func cityCommaCountry(a *analysis, _ *established, rs []*Rule) {
	for _, m := range a.ments {
		// "O'Connell Bridge, Dublin", "Mount Elbert, Colorado": a named
		// site or feature, then the town or region it is in.
		site := a.namedSite(m)
		if m.typ != kg.GPE && !site || (m.in != nil && m.in.country) || m.t1+1 >= len(a.toks) || a.toks[m.t1].Text != "," {
			continue
		}
		o := a.at(m.t1 + 1)
		if o == nil || o.typ != kg.GPE || o.id == m.id || (o.in != nil && o.in.city && !site && !a.usStateAfterTown(m, o) && !a.addressAfter(m, o)) {
			continue
		}
		// A state or province sits in a country, not in another state.
		if m.in != nil && !m.in.city && (o.in == nil || !o.in.country) {
			continue
		}
		// "Lyon, Brazil": a town the lists put in another country is
		// some other town of the name, which kg does not know.
		if mi, oi := a.g.byID[m.id], a.g.byID[o.id]; mi != nil && mi.city && mi.cc != "" && oi != nil && oi.country && oi.cc != "" && oi.cc != mi.cc {
			continue
		}
		if a.placeList(m, o) {
			continue
		}
		a.add(m.id, kg.PredContainedIn, kg.Term{Entity: o.id}, a.evidence(m.t0, o.t1, rs[0]))
		// "Austin, Texas, United States": the city is in the country too.
		if o.in != nil && o.in.country || o.t1+1 >= len(a.toks) || a.toks[o.t1].Text != "," {
			continue
		}
		if p := a.at(o.t1 + 1); p != nil && p.typ == kg.GPE && p.in != nil && p.in.country && p.id != m.id && p.id != o.id {
			a.add(m.id, kg.PredContainedIn, kg.Term{Entity: p.id}, a.evidence(m.t0, p.t1, rs[0]))
		}
	}
}

// namedSite reports whether m is a site or feature named with its kind
// that no list knows: "Konak Square", "Mount Elbert", "Rogue River".
func (a *analysis) namedSite(m *ment) bool {
	return m.typ == kg.Loc && m.in == nil && m.t1-m.t0 >= 2 && (siteHead(a.toks[m.t1-1].Norm) || placePrefix[a.toks[m.t0].Norm])
}

// addressAfter: in "Dravny, Manchester, England" a place no list knows
// before a city is a part of it, when a third place follows the city as
// in an address; m is the first place, o the city.
func (a *analysis) addressAfter(m, o *ment) bool {
	if m.in != nil || o.t1+1 >= len(a.toks) || a.toks[o.t1].Text != "," {
		return false
	}
	p := a.at(o.t1 + 1)
	return p != nil && p.typ == kg.GPE && p.t0 == o.t1+1 && p.in != nil && !p.in.city && a.sentOf[p.t0] == a.sentOf[m.t0] && !a.placeList(o, p)
}

// placeList reports whether "m, o" is part of a list of places rather
// than a place and the larger place it is in: "in Havana, Miami, Bahamas
// and Madrid" (a place and a comma before m, "and" and a place after o), or "a Los
// Angeles, New Jersey native", "In Newark, U.S. Attorney X" (o modifies the
// noun, post or person after it).
func (a *analysis) placeList(m, o *ment) bool {
	toks := a.toks
	e := o.t1
	if e < len(toks) && a.sentOf[e] == a.sentOf[m.t0] {
		n := toks[e].Norm
		if isWordAt(toks[e].Text, 0) && !capitalised(toks[e].Text) && !listFollowers[n] {
			return true
		}
		// "In Newark, U.S. Attorney Samuel Alito said": a country
		// qualifies a post or a person after it ("Newark, N.J. Tom Reed
		// said" ends a sentence at the state).
		if o.in != nil && o.in.country && capitalised(toks[e].Text) && (a.g.titles[n] || a.at(e) != nil && a.at(e).typ == kg.Person) {
			return true
		}
		// "..., Bahamas and Madrid": another place after "and".
		k := e
		if n == "," {
			k++
		}
		if k+1 < len(toks) && toks[k].Norm == "and" && isPlace(a.at(k+1)) && m.t0 >= 2 && toks[m.t0-1].Text == "," && isPlace(a.at(m.t0-2)) {
			return true
		}
	}
	// "in Sydney, Hong Kong, Singapore, Taipei and Seoul": more places in
	// a row than an address has (town, state, country), or three and a
	// fourth after "and".
	n, k := 0, m.t0
	for {
		p := a.at(k)
		if !isPlace(p) || p.t0 != k || a.sentOf[k] != a.sentOf[m.t0] {
			break
		}
		n, k = n+1, p.t1
		if k+1 >= len(toks) || toks[k].Text != "," {
			break
		}
		k++
	}
	if n >= 4 {
		return true
	}
	if n == 3 && k < len(toks) && toks[k].Norm == "and" && k+1 < len(toks) && isPlace(a.at(k+1)) {
		return true
	}
	return false
}

// listFollowers may follow "Town, State": "Lyon, France, in 1950".
var listFollowers = map[string]bool{"and": true, "that": true, "or": true, "in": true, "on": true, "at": true, "for": true, "to": true, "from": true, "with": true, "where": true, "which": true, "who": true, "during": true, "until": true, "since": true, "after": true, "before": true, "last": true, "this": true, "next": true, "as": true, "by": true, "near": true, "is": true, "was": true, "has": true, "had": true, "said": true, "says": true}

// usStateAfterTown: in "Syracuse, New York" and "Spokane Valley,
// Washington" the name after a town is the US state, though a city has the
// name too; m is the town, o the name after the comma.
func (a *analysis) usStateAfterTown(m, o *ment) bool {
	e, t := a.ents[o.id], a.ents[m.id]
	// "offices in London, New York and Tokyo": a city the lists place
	// outside the US is not in the state.
	if m.in != nil && (!m.in.city || (m.in.cc != "" && m.in.cc != "US")) {
		return false
	}
	// "in Chesapeake, New York, and Constitution": a list of names.
	if k := o.t1; k+1 < len(a.toks) && a.toks[k].Text == "," {
		k++
		if k+1 < len(a.toks) && a.toks[k].Norm == "and" && capitalised(a.toks[k+1].Text) {
			return false
		}
	} else if k+1 < len(a.toks) && a.toks[k].Norm == "and" && capitalised(a.toks[k+1].Text) {
		return false
	}
	return e != nil && t != nil && usStateNames[e.Name] && !usStateNames[t.Name]
}

var (
	settlementWords = lexSet("placekinds.txt", "settlement") // "village", "town", "region"
	divisionWords   = lexSet("placekinds.txt", "division")   // "region", "province"
	directionWords  = lexSet("placekinds.txt", "direction")  // "eastern", "coastal"
)

func isPlace(m *ment) bool { return m != nil && (m.typ == kg.GPE || m.typ == kg.Loc) }

// chainPlace returns the place that starts at token i as placeAfter does,
// after "the (administrative) district of", "the town of" if they come
// first, or nil.
func (a *analysis) chainPlace(i, sent int) *ment {
	toks := a.toks
	if i+2 < len(toks) && toks[i].Norm == "the" {
		for k, n := i+1, 0; k+1 < len(toks) && n < 3 && a.sentOf[k] == sent; k, n = k+1, n+1 {
			if capitalised(toks[k].Text) || !isWordAt(toks[k].Text, 0) || a.at(k) != nil {
				break
			}
			if placeKindWord(toks[k].Norm) && toks[k+1].Norm == "of" {
				if o := a.placeAfter(k+2, sent); o != nil {
					return o
				}
				break
			}
		}
	}
	// "in the U.S. state of Michigan": the state.
	if i+3 < len(toks) && toks[i].Norm == "the" {
		if c := a.at(i + 1); c != nil && c.t0 == i+1 && c.typ == kg.GPE && c.in != nil && c.in.country && c.t1+1 < len(toks) && settlementWords[toks[c.t1].Norm] && toks[c.t1+1].Norm == "of" {
			if o := a.placeAfter(c.t1+2, sent); o != nil {
				return o
			}
		}
	}
	return a.placeAfter(i, sent)
}

// placeAfter returns the place that starts at token i after an optional
// "the" and compass words ("in the far north of", "in eastern"), or nil.
func (a *analysis) placeAfter(i, sent int) *ment {
	if i < len(a.toks) && a.toks[i].Norm == "the" {
		i++
	}
	for n := 0; n < 2 && i < len(a.toks) && directionWords[a.toks[i].Norm] && !capitalised(a.toks[i].Text); n++ {
		i++
	}
	if o := a.at(i); isPlace(o) && o.t0 == i && a.sentOf[i] == sent {
		return o
	}
	return nil
}

// kindAt reads, from token i, up to three lower-case modifiers and kinds
// of place ("a small coastal town", "a town and municipality", "a city
// located"); it returns the token after them, or -1 if no kind ends them.
func (a *analysis) kindAt(i, sent int) int {
	toks := a.toks
	end := -1
	for n := 0; i < len(toks) && a.sentOf[i] == sent && n < 6; i, n = i+1, n+1 {
		t := toks[i]
		if capitalised(t.Text) || a.at(i) != nil {
			break
		}
		if placeKindWord(t.Norm) {
			end = i + 1
			continue
		}
		if end > 0 && (t.Norm == "located" || t.Norm == "situated") {
			return i + 1
		}
		if t.Norm == "in" || t.Norm == "of" || t.Norm == "within" || kindStops[t.Norm] || !isWordAt(t.Text, 0) && !(t.Text == "-" && n > 0) {
			break
		}
	}
	if end < 0 || end != i {
		return -1
	}
	return end
}

// placeInPlace: "Donetsk in eastern Ukraine": a place that is no country
// right before "in" a larger place that is no city; rs is place-in-place.
func placeInPlace(a *analysis, _ *established, rs []*Rule) {
	toks := a.toks
	for _, m := range a.ments {
		// "Konak Square in Izmir": a named site or feature is in a town.
		site := a.namedSite(m)
		// "Kramatorsk, in eastern Ukraine,": the comma before the larger
		// place, which a direction word or the clause's end shows to be
		// the town's and not the event's ("in Leeds, in 1990").
		k, comma := m.t1, false
		if k+2 < len(toks) && toks[k].Text == "," && toks[k+1].Norm == "in" && a.sentOf[k+1] == a.sentOf[m.t0] {
			k, comma = k+1, true
		}
		if m.typ != kg.GPE && !site || (m.in != nil && m.in.country) || k+1 >= len(toks) || toks[k].Norm != "in" {
			continue
		}
		o := a.placeAfter(k+1, a.sentOf[m.t0])
		if o != nil && comma && !(directionWords[toks[k+1].Norm] || o.t1 >= len(toks) || a.sentOf[o.t1] != a.sentOf[m.t0] || toks[o.t1].Text == "," || toks[o.t1].Text == ".") {
			continue
		}
		if o == nil || o.typ != kg.GPE || o.id == m.id || (o.in != nil && o.in.city && !site) {
			continue
		}
		// A state or province sits in a country, not in another state.
		if m.in != nil && !m.in.city && (o.in == nil || !o.in.country) {
			continue
		}
		// "Lyon in Brazil": as "Lyon, Brazil".
		if mi, oi := a.g.byID[m.id], a.g.byID[o.id]; mi != nil && mi.city && mi.cc != "" && oi != nil && oi.country && oi.cc != "" && oi.cc != mi.cc {
			continue
		}
		// "Lake Nokomis in Minneapolis, Minnesota": the chain after it.
		a.placeChain(m, o, a.sentOf[m.t0], rs[0])
	}
	// "the Kotayk Province of Armenia", "the Wrangell Mountains of eastern
	// Alaska": a place named with its kind, then "of" a larger place.
	for _, m := range a.ments {
		if !isPlace(m) || m.in != nil || m.t1-m.t0 < 2 || m.t1+1 >= len(toks) || toks[m.t1].Norm != "of" || !placeNameEnd[toks[m.t1-1].Norm] {
			continue
		}
		if o := a.placeAfter(m.t1+1, a.sentOf[m.t0]); o != nil && o.typ == kg.GPE && o.id != m.id {
			a.add(m.id, kg.PredContainedIn, kg.Term{Entity: o.id}, a.evidence(m.t0, o.t1, rs[0]))
		}
	}
}

// placeKind: "X is a village in Y", "X, a port city in southern Y"; rs is
// place-kind.
func placeKind(a *analysis, _ *established, rs []*Rule) {
	toks := a.toks
	for _, m := range a.ments {
		if !isPlace(m) || m.t1+2 >= len(toks) {
			continue
		}
		sent, i := a.sentOf[m.t0], m.t1
		// "Tivat (Montenegrin: ...) is a town": past the parenthesis.
		if toks[i].Text == "(" {
			for i < len(toks) && a.sentOf[i] == sent && toks[i].Text != ")" {
				i++
			}
			if i+1 >= len(toks) || toks[i].Text != ")" || (toks[i+1].Norm != "is" && toks[i+1].Norm != "was") {
				continue
			}
			i++
		}
		switch toks[i].Norm {
		case ",", "is", "was":
			i++
		default:
			continue
		}
		if i < len(toks) && (toks[i].Norm == "a" || toks[i].Norm == "an" || toks[i].Norm == "the") {
			i++
		} else {
			continue
		}
		// "Gdansk, the Polish port city,", "Vilnius, the Lithuanian
		// capital": a country's demonym before the kind.
		if c := a.g.demonymCountry(toks[i].Norm); c != nil && capitalised(toks[i].Text) && toks[m.t1].Text == "," && !(m.in != nil && m.in.country) {
			if e := a.kindAt(i+1, sent); e > 0 && (e >= len(toks) || toks[e].Text == "," || toks[e].Text == "." || a.sentOf[e] != sent) {
				a.add(m.id, kg.PredContainedIn, kg.Term{Entity: a.ensure(c)}, a.evidence(m.t0, e, rs[0]))
			}
			continue
		}
		e := a.kindAt(i, sent)
		if e < 0 || e >= len(toks) || (toks[e].Norm != "in" && toks[e].Norm != "of" && toks[e].Norm != "within") {
			continue
		}
		// "a tributary of the Raritan River" flows into it, not inside it.
		if toks[e].Norm == "of" && toks[e-1].Norm == "tributary" {
			continue
		}
		if m.in != nil && m.in.country {
			continue
		}
		a.placeChain(m, a.chainPlace(e+1, sent), sent, rs[0])
	}
}

// placeChain states that m is in o and in every place of the chain that
// follows o: "in northern Summit County, Colorado, United States", "in the
// administrative district of Gmina Wielbark, within Szczytno County, in
// northern Poland", "in the Samarqand Region of Uzbekistan".
func (a *analysis) placeChain(m, o *ment, sent int, r *Rule) {
	toks := a.toks
	for o != nil && o.id != m.id {
		a.add(m.id, kg.PredContainedIn, kg.Term{Entity: o.id}, a.evidence(m.t0, o.t1, r))
		// A country ends the chain: "Basra in Iraq, Kabul in
		// Afghanistan" lists places.
		if o.in != nil && o.in.country {
			break
		}
		k := o.t1
		comma := k < len(toks) && toks[k].Text == ","
		if comma {
			k++
		}
		if k < len(toks) && (toks[k].Norm == "in" || toks[k].Norm == "within") {
			k++
		} else if !comma && k < len(toks) && toks[k].Norm == "of" {
			k++
		} else if !comma {
			break
		}
		p := a.chainPlace(k, sent)
		if p == nil || p.id == o.id || (p.t0 == k && comma && a.placeList(o, p)) {
			break
		}
		// "in Leeds, Kabul in Afghanistan": a new place and its own.
		if comma && p.t1 < len(toks) && toks[p.t1].Norm == "in" {
			break
		}
		o = p
	}
}

// divisionOf: "the Donetsk region of eastern Ukraine" and "the Russian
// city of Kursk"; rs are division-of and country-kind-of.
func divisionOf(a *analysis, _ *established, rs []*Rule) {
	toks := a.toks
	for i := 1; i+3 < len(toks); i++ {
		if toks[i-1].Norm != "the" {
			continue
		}
		// The country: a demonym ("Russian") or a country's name ("U.S.").
		var country string
		k := i + 1
		if c := a.g.demonymCountry(toks[i].Norm); c != nil && capitalised(toks[i].Text) && a.at(i) == nil {
			country = a.ensure(c)
		} else if m := a.at(i); m != nil && m.t0 == i && m.typ == kg.GPE && m.in != nil && m.in.country {
			country, k = m.id, m.t1
		}
		plural := k < len(toks) && pluralKind(toks[k].Norm)
		if country == "" || k+2 >= len(toks) || !(settlementWords[toks[k].Norm] || plural) || capitalised(toks[k].Text) || toks[k+1].Norm != "of" {
			continue
		}
		// "the U.S. states of Iowa, Missouri, and Minnesota": every place listed.
		for j := k + 2; j < len(toks) && a.sentOf[j] == a.sentOf[i]; {
			o := a.at(j)
			if !isPlace(o) || o.t0 != j || o.id == country || (o.in != nil && o.in.country) {
				break
			}
			a.add(o.id, kg.PredContainedIn, kg.Term{Entity: country}, a.evidence(i, o.t1, rs[1]))
			j = o.t1
			if !plural {
				break
			}
			for j < len(toks) && (toks[j].Text == "," || toks[j].Norm == "and") {
				j++
			}
		}
	}
	for _, m := range a.ments {
		if !isPlace(m) || m.t0 == 0 || toks[m.t0-1].Norm != "the" || m.t1+2 >= len(toks) || (m.in != nil && m.in.country) {
			continue
		}
		d := toks[m.t1]
		if !divisionWords[d.Norm] || capitalised(d.Text) || toks[m.t1+1].Norm != "of" {
			continue
		}
		if o := a.placeAfter(m.t1+2, a.sentOf[m.t0]); o != nil && o.id != m.id {
			a.add(m.id, kg.PredContainedIn, kg.Term{Entity: o.id}, a.evidence(m.t0, o.t1, rs[0]))
		}
	}
}

// pluralKind reports whether a word is the plural of a kind of place:
// "states", "provinces", "cities".
func pluralKind(w string) bool {
	switch {
	case strings.HasSuffix(w, "ies"):
		return settlementWords[strings.TrimSuffix(w, "ies")+"y"]
	case strings.HasSuffix(w, "s"):
		return settlementWords[strings.TrimSuffix(w, "s")]
	}
	return false
}

// headquarters: "the London-based lender Barclays", "the World Bank,
// headquartered in Washington,"; rs is headquarters.
func headquarters(a *analysis, _ *established, rs []*Rule) {
	toks := a.toks
	for _, m := range a.ments {
		sent := a.sentOf[m.t0]
		switch {
		// "London-based (lender) Barclays"
		case isPlace(m) && m.t1+2 < len(toks) && toks[m.t1].Text == "-" && toks[m.t1+1].Norm == "based":
			j := m.t1 + 2
			for n := 0; n < 2 && j < len(toks) && a.at(j) == nil && !capitalised(toks[j].Text) && isWordAt(toks[j].Text, 0); n++ {
				j++
			}
			// "Shares of Brantoil fell after the Oslo-based company cut
			// its forecast": a firm's noun without a name, opening a
			// clause, stands for the one organisation the sentence named
			// before it ("Halvex sued the Oslo-based company" names
			// another).
			if n := a.firmNounAt(m.t1 + 2); n > 0 && m.t0 >= 2 && toks[m.t0-1].Norm == "the" && clauseStarts[toks[m.t0-2].Norm] {
				if firm := a.onlyOrgBefore(a.sents[sent].T0, m.t0); firm != nil && a.nounFits(toks[n-1].Norm, firm.id) && a.firmSubject(firm) {
					a.add(firm.id, kg.PredLocation, kg.Term{Entity: m.id}, a.evidence(firm.t0, n, rs[0]))
				}
				continue
			}
			if o := a.at(j); o != nil && o.t0 == j && o.typ == kg.Org && a.sentOf[j] == sent {
				a.add(o.id, kg.PredLocation, kg.Term{Entity: m.id}, a.evidence(m.t0, o.t1, rs[0]))
				// "Orlando, Fla.-based X": the town before the state too.
				if t := a.at(m.t0 - 2); m.t0 >= 2 && toks[m.t0-1].Text == "," && isPlace(t) && t.t1 == m.t0-1 && t.id != m.id {
					a.add(o.id, kg.PredLocation, kg.Term{Entity: t.id}, a.evidence(t.t0, o.t1, rs[0]))
				}
			}
		// "the World Bank, headquartered in Washington,", "X is a company
		// based in Taipei, Taiwan", "X is a public school located in the
		// city of Angleton, Texas": every place of the chain.
		case m.typ == kg.Org:
			k := a.basedIn(m, sent)
			if k < 0 {
				continue
			}
			for o := a.placeAfter(k, sent); o != nil; {
				a.add(m.id, kg.PredLocation, kg.Term{Entity: o.id}, a.evidence(m.t0, o.t1, rs[0]))
				if o.t1+1 >= len(toks) || toks[o.t1].Text != "," {
					break
				}
				p := a.at(o.t1 + 1)
				if !isPlace(p) || p.t0 != o.t1+1 || a.sentOf[p.t0] != sent {
					break
				}
				o = p
			}
		}
	}
}

// firmNounAt returns the token after a firm's noun at token k, maybe
// after one lower-case word ("company", "oil firm"), with no name after
// it; else 0.
func (a *analysis) firmNounAt(k int) int {
	toks := a.toks
	for n := 0; n < 2 && k < len(toks) && !capitalised(toks[k].Text) && isWordAt(toks[k].Text, 0) && a.at(k) == nil; n, k = n+1, k+1 {
		if firmNouns[toks[k].Norm] {
			if k+1 < len(toks) && (capitalised(toks[k+1].Text) || a.at(k+1) != nil) {
				return 0
			}
			return k + 1
		}
	}
	return 0
}

// firmSubject reports an organisation named as the firm the news is about,
// not as a source or a bystander: "Shares of X fell", "X cut jobs", not
// "Analysts at X said", "X reported that", "an inquiry by X".
func (a *analysis) firmSubject(f *ment) bool {
	toks := a.toks
	if f.t1 < len(toks) && (speechVerbs[toks[f.t1].Norm] || reportVerbs[toks[f.t1].Norm]) {
		return false
	}
	if f.t0 > 0 {
		switch toks[f.t0-1].Norm {
		case "at", "by", "to", "from", "with":
			return false
		case "of":
			return f.t0 >= 2 && (toks[f.t0-2].Norm == "shares" || toks[f.t0-2].Norm == "stock")
		}
	}
	// "The European Commission opened an inquiry": a body no company is.
	return a.isCompany(f.id) || a.nounFits("company", f.id)
}

// onlyOrgBefore returns the one organisation named between tokens t0 and
// t1, nil when there is none or more than one.
func (a *analysis) onlyOrgBefore(t0, t1 int) *ment {
	var firm *ment
	for k := t0; k < t1; k++ {
		if f := a.at(k); f != nil && f.t0 == k && f.typ == kg.Org {
			if firm != nil && firm.id != f.id {
				return nil
			}
			firm = f
		}
	}
	return firm
}

// clauseStarts open a clause whose subject may follow: "after the
// Oslo-based company cut".
var clauseStarts = map[string]bool{"after": true, "when": true, "because": true, "as": true, "while": true, "since": true, "before": true, "but": true, "and": true, "until": true}

// firmNouns name a company without its name: "the Oslo-based company".
var firmNouns = map[string]bool{"company": true, "firm": true, "group": true, "bank": true, "lender": true, "insurer": true, "carrier": true,
	"airline": true, "retailer": true, "maker": true, "manufacturer": true, "concern": true, "conglomerate": true, "publisher": true, "broker": true}

// basedIn returns the token after "based/headquartered/located in" that
// follows an organisation: "X, based in", or "X is a (trade association)
// based in" with up to eight lower-case or hyphenated words between, and
// "in the city of" read through; -1 if none does.
func (a *analysis) basedIn(m *ment, sent int) int {
	toks := a.toks
	in := func(k int) bool { return k < len(toks) && a.sentOf[k] == sent }
	i := m.t1
	// "X (XYZ) is a": past a parenthesis.
	if in(i) && toks[i].Text == "(" {
		for in(i) && toks[i].Text != ")" {
			i++
		}
		i++
	}
	if !in(i + 2) {
		return -1
	}
	switch n := toks[i].Norm; {
	case n == ",":
		i++
	case n == "is" || n == "was" || n == "are":
		i++
		if !(toks[i].Norm == "a" || toks[i].Norm == "an" || toks[i].Norm == "the") {
			return -1
		}
		i++
		for n := 0; in(i) && n < 8 && !basedWords[toks[i].Norm]; i, n = i+1, n+1 {
			t := toks[i]
			if !(isWordAt(t.Text, 0) || t.Text == "-") || t.Norm == "in" || t.Norm == "of" || t.Norm == "and" || a.at(i) != nil && a.at(i).typ != kg.GPE && a.at(i).typ != kg.Org {
				return -1
			}
		}
	default:
		return -1
	}
	if !in(i+1) || !basedWords[toks[i].Norm] || toks[i+1].Norm != "in" {
		return -1
	}
	i += 2
	// "in the city of Angleton"
	if in(i+2) && toks[i].Norm == "the" && settlementWords[toks[i+1].Norm] && toks[i+2].Norm == "of" {
		i += 3
	}
	return i
}

// basedWords say where an organisation is: "based in", "headquartered in".
var basedWords = map[string]bool{"based": true, "headquartered": true, "located": true}

// placePossessive: "Ukraine's Crimean peninsula", "Spain's Catalonia",
// "Russia's capital Moscow", "Serbia's second city, Novi Sad"; rs is
// place-possessive.
func placePossessive(a *analysis, _ *established, rs []*Rule) {
	toks := a.toks
	for _, m := range a.ments {
		if (m.typ != kg.GPE && m.typ != kg.Loc) || m.t1+1 >= len(toks) || toks[m.t1].Norm != "'s" {
			continue
		}
		sent := a.sentOf[m.t0]
		// "Russia's capital(,) Moscow", "Serbia's second city": up to two
		// lower-case words and a kind of place.
		if k := a.possessedKind(m.t1+1, sent); k > 0 {
			var o *ment
			if k < len(toks) && toks[k].Text == "," {
				o = a.at(k + 1)
			} else {
				o = a.at(k)
			}
			if isPlace(o) && o.id != m.id && a.sentOf[o.t0] == sent && !(o.in != nil && o.in.country) {
				a.add(o.id, kg.PredContainedIn, kg.Term{Entity: m.id}, a.evidence(min(m.t0, o.t0), max(m.t1, o.t1), rs[0]))
			}
			continue
		}
		o := a.at(m.t1 + 1)
		if o == nil || (o.typ != kg.GPE && o.typ != kg.Loc) || o.id == m.id || (o.in != nil && o.in.country) {
			continue
		}
		a.add(o.id, kg.PredContainedIn, kg.Term{Entity: m.id}, a.evidence(m.t0, o.t1, rs[0]))
	}
}

// possessedKind reads, from token i after a place's "'s", up to two
// lower-case words and a kind of place ("capital", "second city", "largest
// port"); it returns the token after the kind, or -1.
func (a *analysis) possessedKind(i, sent int) int {
	toks := a.toks
	for n := 0; n < 3 && i < len(toks) && a.sentOf[i] == sent; i, n = i+1, n+1 {
		t := toks[i]
		if a.at(i) != nil || capitalised(t.Text) || !isWordAt(t.Text, 0) {
			return -1
		}
		if settlementWords[t.Norm] && !directionWords[t.Norm] {
			return i + 1
		}
	}
	return -1
}

// otherPlaceKinds are the plural nouns after "and other" and a country
// that make the list's places parts of it: "and other U.S. states".
var otherPlaceKinds = map[string]bool{"states": true, "provinces": true, "territories": true, "possessions": true, "regions": true, "cities": true,
	"towns": true, "islands": true, "republics": true, "dependencies": true, "colonies": true, "counties": true}

// dependencyKinds are the kinds of a country's possessions, which have
// country codes of their own.
var dependencyKinds = map[string]bool{"possessions": true, "territories": true, "dependencies": true, "colonies": true}

// otherMemberKinds are the plural nouns after "and other" and a body that
// make the list's countries its members: "and other NATO members".
var otherMemberKinds = map[string]bool{"members": true, "countries": true, "nations": true, "allies": true, "states": true}

// andOther: "Guam, Puerto Rico and other U.S. possessions": the
// places of a list closed by "and other", a country (or its demonym) and a
// kind of place lie in the country; "Poland, Hungary and other NATO
// members": the countries are members of the body.
func andOther(a *analysis, _ *established, rs []*Rule) {
	toks := a.toks
	for k := 1; k+3 < len(toks); k++ {
		if toks[k].Norm != "and" || toks[k+1].Norm != "other" || !a.sameSent(k, k+3) {
			continue
		}
		j := k + 2
		var whole kg.Term
		var wholeTyp kg.EntityType
		if o := a.at(j); o != nil && o.t0 == j && (o.typ == kg.GPE || o.typ == kg.Org) {
			whole, wholeTyp, j = kg.Term{Entity: o.id}, o.typ, o.t1
			if o.typ == kg.GPE && (a.g.byID[o.id] == nil || !a.g.byID[o.id].country) {
				continue // "and other Ohio towns": a state's towns are no list of its parts here
			}
		} else if c := a.g.demonymCountry(toks[j].Norm); c != nil && capitalised(toks[j].Text) {
			whole, wholeTyp, j = kg.Term{Entity: a.ensure(c)}, kg.GPE, j+1
		} else {
			continue
		}
		if j >= len(toks) || !a.sameSent(k, j) || capitalised(toks[j].Text) {
			continue
		}
		kind := toks[j].Norm
		if wholeTyp == kg.GPE && !otherPlaceKinds[kind] || wholeTyp == kg.Org && !otherMemberKinds[kind] {
			continue
		}
		list := a.conjuncts(k, func(m *ment) bool { return m.typ == kg.GPE })
		ev := a.evidence(k, j+1, rs[0])
		for _, m := range list {
			if m.id == whole.Entity {
				continue
			}
			in := a.g.byID[m.id]
			if wholeTyp == kg.Org {
				if in != nil && in.country {
					a.add(m.id, kg.PredMemberOf, whole, ev)
				}
				continue
			}
			// A country lies in no other, but a territory with a code of
			// its own (Guam, Puerto Rico) is a possession.
			if in != nil && in.country && !dependencyKinds[kind] {
				continue
			}
			a.add(m.id, kg.PredContainedIn, whole, ev)
		}
	}
}
