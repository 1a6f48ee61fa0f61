package extract

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/kg-project/kg"
	"github.com/pariz/gountries"
)

// info is what the gazetteer knows about one canonical entity.
type info struct {
	id      string
	name    string
	typ     kg.EntityType
	country bool
	city    bool
	cc      string // ISO alpha-2 of the country, or of the country a city is in
	outlet  bool   // a news outlet or agency
	nation  bool   // a constituent country or territory (England, Kosovo): it fields national sides
}

// entry is one surface form of a gazetteer entity.
type entry struct {
	forms []string // tokens as written in the list
	norms []string // normalised tokens
	ent   *info
}

// gazetteer holds every list the extractor consults.
type gazetteer struct {
	byFirst    map[string][]*entry
	byID       map[string]*info
	countries  map[string]*info // by ISO alpha-2
	demonyms   map[string]string
	titles     map[string]bool
	honorifics map[string]bool
	nonEnt     map[string]bool
	given      map[string]bool
	givenWide  map[string]bool // given_names_en.txt and given_names_intl.txt: trusted only where the text never writes the word in lower case
	common     map[string]bool // common_words.txt: English words no dictionary writes as proper nouns
	towns      *gazetteer      // geonames_cities.txt: towns no curated list names, read where the syntax says place
}

// newGazetteer builds the gazetteers from github.com/pariz/gountries and
// the lexicon. It returns the lexicon's error, which names each bad line.
func newGazetteer() (*gazetteer, error) {
	if err := lexiconErr(); err != nil {
		return nil, err
	}
	g := &gazetteer{
		byFirst:    map[string][]*entry{},
		byID:       map[string]*info{},
		countries:  map[string]*info{},
		demonyms:   map[string]string{},
		titles:     map[string]bool{},
		honorifics: map[string]bool{},
		nonEnt:     map[string]bool{},
		given:      map[string]bool{},
	}
	q := gountries.New()
	codes := make([]string, 0, len(q.Countries))
	for code := range q.Countries {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	capitals := map[string]string{}
	for _, code := range codes {
		c := q.Countries[code]
		cc := strings.ToUpper(c.Alpha2)
		name := c.Name.Common
		if name == "" || cc == "" {
			continue
		}
		in := &info{id: "place/" + slug(name), name: name, typ: kg.GPE, country: true, cc: cc}
		g.countries[cc] = in
		g.add(name, in)
		if off := c.Name.Official; off != "" && !strings.Contains(off, ",") {
			g.add(off, in)
		}
		if c.Capital != "" {
			capitals[cc] = c.Capital
		}
	}
	for _, r := range lx.File("country_aliases.txt").Rows {
		if in := g.countries[r.Fields[1]]; in != nil {
			g.add(r.Fields[0], in)
		}
	}
	for _, r := range lx.File("cities.txt").Rows {
		in := g.city(r.Fields[0], r.Fields[1])
		for _, a := range r.List(2) {
			g.add(a, in)
		}
	}
	for _, r := range lx.File("districts.txt").Rows {
		g.city(r.Fields[0], r.Fields[1])
	}
	for _, cc := range sortedKeys(capitals) {
		name := strings.TrimSuffix(capitals[cc], " D.C.")
		g.city(name, cc)
	}
	// States and provinces of federal countries, where news names them
	// without their country ("Portland, Oregon").
	for _, r := range lx.File("subdivisions.txt").Rows {
		code := r.Fields[0]
		c, ok := q.Countries[code]
		if !ok {
			continue
		}
		for _, sd := range c.SubDivisions() {
			if sd.Name == "" || strings.HasPrefix(sd.Name, "Armed Forces") || strings.ContainsAny(sd.Name, "'(") {
				continue
			}
			id := "place/" + slug(sd.Name)
			if g.byID[id] != nil {
				continue
			}
			g.add(sd.Name, &info{id: id, name: sd.Name, typ: kg.GPE, cc: code})
		}
	}
	for _, r := range lx.File("places.txt").Rows {
		name := r.Fields[0]
		id := "place/" + slug(name)
		if g.byID[id] != nil {
			continue
		}
		in := &info{id: id, name: name, typ: kg.GPE, cc: r.Fields[1], nation: true}
		g.add(name, in)
		for _, al := range r.List(2) {
			g.add(al, in)
		}
		// A state of the past has a code of its own (SU, YU): its demonym
		// ("Soviet leader") names it.
		if g.countries[in.cc] == nil {
			g.countries[in.cc] = in
		}
	}
	for _, r := range lx.File("regions.txt").Rows {
		name := r.Fields[0]
		in := g.byID["place/"+slug(name)]
		if in == nil {
			in = &info{id: "place/" + slug(name), name: name, typ: kg.Loc}
		}
		g.add(name, in)
		for _, al := range r.List(1) {
			g.add(al, in)
		}
	}
	for _, file := range []string{"orgs.txt", "outlets.txt"} {
		for _, r := range lx.File(file).Rows {
			name := r.Fields[0]
			in := g.byID["org/"+slug(name)]
			if in == nil {
				in = &info{id: "org/" + slug(name), name: name, typ: kg.Org, outlet: file == "outlets.txt"}
				g.byID[in.id] = in
			}
			g.add(name, in)
			for _, al := range r.List(1) {
				g.add(al, in)
			}
		}
	}
	// Towns of GeoNames the curated lists do not name: a list of their
	// own, read only where the syntax says place. It depends only on the
	// lexicon and the curated entries, so it is built once.
	g.towns = geoTowns(g)
	for _, r := range lx.File("demonyms.txt").Rows {
		g.demonyms[normWord(r.Fields[0])] = r.Fields[1]
	}
	// The generated list of the other countries' demonyms (world-countries):
	// the curated forms win.
	for _, r := range lx.File("demonyms_world.txt").Rows {
		if n := normWord(r.Fields[0]); g.demonyms[n] == "" {
			g.demonyms[n] = r.Fields[1]
		}
	}
	g.titles = lx.Set("titles.txt", "title")
	g.honorifics = lx.Set("titles.txt", "honorific")
	g.nonEnt = lx.Set("nonentities.txt", "")
	g.given = commonGiven
	g.givenWide, g.common = wideLists()
	return g, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// city registers a city unless a country of that name exists already.
func (g *gazetteer) city(name, cc string) *info {
	id := "place/" + slug(name)
	if in := g.byID[id]; in != nil {
		return in
	}
	in := &info{id: id, name: name, typ: kg.GPE, city: true, cc: cc}
	g.byID[id] = in
	g.add(name, in)
	return in
}

// add registers one surface form; the first entity to claim a form keeps it.
func (g *gazetteer) add(form string, in *info) {
	g.addTokens(tokenize(form), in)
}

// addTokens registers one surface form already tokenized.
func (g *gazetteer) addTokens(toks []token, in *info) {
	if _, ok := g.byID[in.id]; !ok {
		g.byID[in.id] = in
	}
	if len(toks) == 0 {
		return
	}
	e := &entry{ent: in, forms: make([]string, len(toks)), norms: make([]string, len(toks))}
	for i, t := range toks {
		e.forms[i], e.norms[i] = t.Text, t.Norm
	}
	for _, o := range g.byFirst[e.norms[0]] {
		if slices.Equal(o.norms, e.norms) {
			return
		}
	}
	g.byFirst[e.norms[0]] = append(g.byFirst[e.norms[0]], e)
}

// match returns the longest gazetteer entry starting at token i whose
// capitalisation agrees with the list: a capitalised list word must be
// capitalised in the text and an acronym must be written in capitals.
func (g *gazetteer) match(toks []token, i int) (*entry, int) {
	var best *entry
	bestN := 0
	for _, e := range g.byFirst[toks[i].Norm] {
		n := len(e.norms)
		if n <= bestN || i+n > len(toks) {
			continue
		}
		ok := true
		for k := 0; k < n && ok; k++ {
			t := toks[i+k]
			switch {
			case t.Norm != e.norms[k]:
				ok = false
			case k > 0 && t.Start != toks[i+k-1].End && (e.norms[k] == "-" || e.norms[k-1] == "-"):
				ok = false // "NATO - Russia" spaced dash is not a hyphenated name
			case allCaps(e.forms[k]) && !allCaps(t.Text) && len(e.forms[k]) <= 5:
				ok = false
			case capitalised(e.forms[k]) && !capitalised(t.Text):
				ok = false
			}
		}
		if ok {
			best, bestN = e, n
		}
	}
	return best, bestN
}

// lookupName resolves a bare name (one or more words) to a gazetteer entity.
func (g *gazetteer) lookupName(name string) *info {
	toks := tokenize(name)
	if len(toks) == 0 {
		return nil
	}
	if e, n := g.match(toks, 0); e != nil && n == len(toks) {
		return e.ent
	}
	return nil
}

// demonymCountry returns the country a demonym ("Russian") refers to.
func (g *gazetteer) demonymCountry(norm string) *info {
	if cc, ok := g.demonyms[norm]; ok {
		return g.countries[cc]
	}
	// "Welshman", "Irishwomen", "Frenchmen": a demonym and man or woman.
	for _, suf := range []string{"man", "men", "woman", "women"} {
		if b, ok := strings.CutSuffix(norm, suf); ok && len(b) >= 4 {
			if cc, ok := g.demonyms[b]; ok {
				return g.countries[cc]
			}
		}
	}
	return nil
}

// wideLists are the wide given names (English and international) and the
// common words, read once: the lists are large and never change.
var wideLists = sync.OnceValues(func() (map[string]bool, map[string]bool) {
	given := lx.Set("given_names_en.txt", "")
	for n := range lx.Set("given_names_intl.txt", "") {
		given[n] = true
	}
	return given, lx.Set("common_words.txt", "")
})

// commonGiven are the common given names (given_names.txt), read once:
// every gazetteer's given and the sentence splitter share them.
var commonGiven = lx.Set("given_names.txt", "")

// withoutSoftSigns drops the apostrophes of transliterated soft signs:
// typographic ones, and a straight one before a lower-case letter or at
// the end ("Homyel'"), not the elision of "Coeur d'Alene".
func withoutSoftSigns(name string) string {
	var b strings.Builder
	for i, r := range name {
		switch {
		case r == '’' || r == 'ʼ':
			continue
		case r == '\'' && (i+1 == len(name) || name[i+1] >= 'a' && name[i+1] <= 'z'):
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

var (
	townsOnce sync.Once
	towns     *gazetteer
)

// geoTowns builds the GeoNames towns the curated entries of g do not name,
// once (every gazetteer has the same curated entries).
func geoTowns(g *gazetteer) *gazetteer {
	townsOnce.Do(func() {
		towns = &gazetteer{byFirst: map[string][]*entry{}, byID: map[string]*info{}}
		for _, r := range lx.File("geonames_cities.txt").Rows {
			name := r.Fields[0]
			id := "place/" + slug(name)
			if g.byID[id] != nil {
				continue
			}
			toks := tokenize(name)
			if e, n := g.match(toks, 0); len(toks) == 0 || e != nil && n == len(toks) {
				continue
			}
			in := &info{id: id, name: name, typ: kg.GPE, city: true, cc: r.Fields[1]}
			towns.addTokens(toks, in)
			for _, al := range r.List(7) {
				towns.add(al, in)
			}
			// "Kramators’k", "Tol’yatti": news drops the soft sign of
			// GeoNames' transliteration, and so does the name kg writes.
			if plain := withoutSoftSigns(name); plain != name {
				towns.add(plain, in)
				in.name = plain
			}
			// "Saint Albans" is written "St. Albans" in news, and the
			// other way round.
			if rest, ok := strings.CutPrefix(name, "Saint "); ok {
				towns.add("St. "+rest, in)
			} else if rest, ok := strings.CutPrefix(name, "St. "); ok {
				towns.add("Saint "+rest, in)
			}
			// "Dar-es-Salaam": a GeoNames name with a lower-case particle
			// is written hyphenated too (the curated cities' own spellings
			// are their lists').
			if w := strings.Fields(name); len(w) >= 3 && slices.ContainsFunc(w[1:len(w)-1], func(p string) bool { return !capitalised(p) }) {
				towns.add(strings.Join(w, "-"), in)
			}
		}
	})
	return towns
}
