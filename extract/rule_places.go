package extract

import "github.com/kg-project/kg"

// placeRules read places inside places.
var placeRules = concatRules(
	docRule(StagePlaces, cityCommaCountry,
		&Rule{Name: RuleContainedIn, Predicates: []string{kg.PredContainedIn},
			Doc: `"Vienna, Austria", "Portland, Oregon"`,
			Examples: []Example{
				{Text: "The conference took place in Lyon, France, last year.",
					Must: []Fact{{"place/lyon", kg.PredContainedIn, "place/france"}}},
				{Text: "A federal judge in Portland, Oregon, blocked the merger.",
					Must: []Fact{{"place/portland", kg.PredContainedIn, "place/oregon"}}},
				{Text: "Floods hit New South Wales, Australia, overnight.",
					Must: []Fact{{"place/new-south-wales", kg.PredContainedIn, "place/australia"}}},
			}},
	),
	docRule(StagePlaces, placePossessive,
		&Rule{Name: RulePossessivePlace, Predicates: []string{kg.PredContainedIn},
			Doc: `"Ukraine's Crimean peninsula", "Spain's Catalonia"`,
			Examples: []Example{
				{Text: "Shelling continued in Ukraine's Crimean peninsula overnight.",
					Must: []Fact{{"place/crimea", kg.PredContainedIn, "place/ukraine"}}},
			}},
	),
)

// cityCommaCountry: "Vienna, Austria"; rs is city-comma-country.
func cityCommaCountry(a *analysis, _ *established, rs []*Rule) {
	for _, m := range a.ments {
		if m.typ != kg.GPE || (m.in != nil && m.in.country) || m.t1+1 >= len(a.toks) || a.toks[m.t1].Text != "," {
			continue
		}
		o := a.at(m.t1 + 1)
		if o == nil || o.typ != kg.GPE || o.id == m.id || (o.in != nil && o.in.city) {
			continue
		}
		// A state or province sits in a country, not in another state.
		if m.in != nil && !m.in.city && (o.in == nil || !o.in.country) {
			continue
		}
		a.add(m.id, kg.PredContainedIn, kg.Term{Entity: o.id}, a.evidence(m.t0, o.t1, rs[0]))
	}
}

// placePossessive: "Ukraine's Crimean peninsula", "Spain's Catalonia"; rs
// is place-possessive.
func placePossessive(a *analysis, _ *established, rs []*Rule) {
	for _, m := range a.ments {
		if (m.typ != kg.GPE && m.typ != kg.Loc) || m.t1+1 >= len(a.toks) || a.toks[m.t1].Norm != "'s" {
			continue
		}
		o := a.at(m.t1 + 1)
		if o == nil || (o.typ != kg.GPE && o.typ != kg.Loc) || o.id == m.id || (o.in != nil && o.in.country) {
			continue
		}
		a.add(o.id, kg.PredContainedIn, kg.Term{Entity: m.id}, a.evidence(m.t0, o.t1, rs[0]))
	}
}
