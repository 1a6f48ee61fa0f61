package web

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
)

// searchReference is search as it was first written: every match ranked,
// then a stable sort by rank.
func (s *snapshot) searchReference(q string, limit int) []match {
	q = strings.ToLower(strings.TrimSpace(q))
	if q == "" {
		return nil
	}
	var out []match
	for _, e := range s.list {
		m := match{e: e, rank: -1}
		name := strings.ToLower(e.Name)
		switch {
		case name == q:
			m.rank = 0
		case strings.HasPrefix(name, q):
			m.rank = 1
		}
		for _, a := range e.Aliases {
			if m.rank >= 0 && m.rank <= 2 {
				break
			}
			if strings.HasPrefix(strings.ToLower(a), q) {
				m.rank, m.alias = 2, a
			}
		}
		if m.rank < 0 {
			for _, w := range e.words {
				if strings.HasPrefix(w, q) {
					m.rank = 3
					break
				}
			}
		}
		if m.rank >= 0 {
			out = append(out, m)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].rank < out[j].rank })
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

// TestSearchRanks checks search against searchReference over random
// names and queries.
func TestSearchRanks(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	parts := []string{"Ana", "Anna", "An", "Bo", "Bob", "Boris", "Nato", "Na", "Lee", "Le", "Ode", "O"}
	word := func() string { return parts[rng.IntN(len(parts))] }
	s := &snapshot{byIRI: map[quad.IRI]*entity{}, byName: map[string][]*entity{}}
	for i := range 400 {
		e := &entity{IRI: quad.IRI(fmt.Sprintf("urn:kg:person/p%d", i)), ID: fmt.Sprintf("person/p%d", i), Name: word() + " " + word()}
		for range rng.IntN(3) {
			e.Aliases = append(e.Aliases, word()+"-"+word())
		}
		finish(e, nil)
		s.list = append(s.list, e)
	}
	sortEntities(s.list)
	queries := []string{"a", "an", "ana", "ana ana", "b", "bo", "bob lee", "le", "lee", "o", "ode", "na", "nato-", "x", "ANA", " an "}
	for _, q := range queries {
		for _, limit := range []int{1, 3, 8, 50, 1000} {
			got, want := s.search(q, limit), s.searchReference(q, limit)
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("search(%q, %d):\n got %v\nwant %v", q, limit, got, want)
			}
		}
	}
}
