package synth

import (
	"fmt"
	"iter"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/kg-project/kg"
)

// Generate yields n synthetic articles made from seed, one at a time. The
// i-th article depends only on seed and i, so Generate(seed, m) is a prefix
// of Generate(seed, n) for m < n.
func Generate(seed int64, n int) iter.Seq[*kg.Document] {
	return func(yield func(*kg.Document) bool) {
		for i := range n {
			if !yield(Article(seed, i)) {
				return
			}
		}
	}
}

// epoch is the earliest publication date; articles spread over four years.
var epoch = time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)

// Article returns the i-th article of the corpus made from seed.
func Article(seed int64, i int) *kg.Document {
	r := rand.New(rand.NewPCG(uint64(seed), uint64(i)))
	g := &gen{r: r}
	pub := epoch.AddDate(0, 0, r.IntN(4*365))
	g.pub = pub

	// A small cast per article, drawn with a skew so that some people,
	// countries and organisations recur across many articles, as in news.
	c1, c2 := g.country(), g.country()
	for c2 == c1 {
		c2 = g.country()
	}
	host := g.person()
	guest := g.person()
	org := pick(r, orgs)
	sg := g.orgLeader(org)
	city := pick(r, cities)
	day := pub.AddDate(0, 0, -1-r.IntN(5))
	t1, t2 := pick(r, titles), pick(r, titles)

	var b strings.Builder
	para := func(ss ...string) {
		b.WriteString(strings.Join(ss, " "))
		b.WriteString("\n\n")
	}
	para(fmt.Sprintf("%s's %s %s met %s in %s on %s for talks on %s.", c1, t1, host.full, guest.full, city, md(day), pick(r, topics)),
		fmt.Sprintf("%s, %s's %s, said the talks with %s had been %s.", guest.full, c2, t2, c1, pick(r, adjectives)),
		g.filler())
	para(fmt.Sprintf("%s Secretary General %s said %s was %s to %s.", org, sg.full, org, pick(r, stances), pick(r, topics)),
		fmt.Sprintf("“%s,” %s told reporters in %s.", g.quote(), sg.last, pick(r, cities)),
		g.filler())
	para(fmt.Sprintf("%s said: “%s.”", host.last, g.quote()),
		fmt.Sprintf("The %s %s, %s, is expected to visit %s on %s.", demonym(c2), t2, guest.full, pick(r, cities), md(day.AddDate(0, 0, 7+r.IntN(30)))),
		g.filler())
	for range r.IntN(4) {
		o := pick(r, orgs)
		p, c := g.person(), g.country()
		switch r.IntN(4) {
		case 0:
			para(fmt.Sprintf("%s's %s %s held a phone call with %s Secretary General %s on %s.", c, pick(r, titles), p.full, o, g.orgLeader(o).full, md(pub.AddDate(0, 0, -r.IntN(10)))), g.filler())
		case 1:
			para(fmt.Sprintf("%s, the %s of %s, said that %s.", p.full, strings.ToLower(pick(r, titles)), c, g.clause()), g.filler())
		case 2:
			para(fmt.Sprintf("“%s,” said %s, %s's ambassador to %s.", g.quote(), p.full, c, o), g.filler())
		default:
			para(g.filler(), g.filler(), g.filler())
		}
	}
	id := fmt.Sprintf("synth-%d-%07d", seed, i)
	return &kg.Document{
		ID:        id,
		Title:     fmt.Sprintf("%s and %s hold talks in %s", c1, c2, city),
		URL:       "https://news.example/" + id,
		Published: pub,
		Text:      strings.TrimSpace(b.String()),
	}
}

type person struct{ full, last string }

type gen struct {
	r   *rand.Rand
	pub time.Time
}

// person draws one of len(firstNames)*len(lastNames) people, skewed so
// that low-numbered people appear far more often.
func (g *gen) person() person {
	k := skew(g.r, len(firstNames)*len(lastNames))
	f, l := firstNames[k%len(firstNames)], lastNames[k/len(firstNames)]
	return person{full: f + " " + l, last: l}
}

// orgLeader is the one secretary general an organisation has in a given
// year, so that the same person is named across that year's articles.
func (g *gen) orgLeader(org string) person {
	h := uint64(g.pub.Year())
	for _, c := range org {
		h = h*31 + uint64(c)
	}
	k := int(h % uint64(len(firstNames)*len(lastNames)))
	return person{full: firstNames[k%len(firstNames)] + " " + lastNames[k/len(firstNames)], last: lastNames[k/len(firstNames)]}
}

func (g *gen) country() string { return countries[skew(g.r, len(countries))] }

func (g *gen) quote() string {
	return fmt.Sprintf("We are %s to %s, but %s", pick(g.r, stances), pick(g.r, topics), g.clause())
}

func (g *gen) clause() string {
	return fmt.Sprintf("%s %s %s", pick(g.r, subjects), pick(g.r, verbs), pick(g.r, topics))
}

func (g *gen) filler() string {
	s := fmt.Sprintf("%s %s %s %s.", pick(g.r, openers), pick(g.r, subjects), pick(g.r, verbs), pick(g.r, topics))
	return strings.ToUpper(s[:1]) + s[1:]
}

// skew draws from [0, n) with a roughly Zipf-like bias towards 0.
func skew(r *rand.Rand, n int) int {
	f := r.Float64()
	return int(float64(n) * f * f * f)
}

func pick(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

func md(t time.Time) string { return t.Format("January 2") }

func demonym(country string) string {
	if d, ok := demonyms[country]; ok {
		return d
	}
	return country
}
