package web

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
)

// TestSearchFileSearch writes random entities to a search file and checks
// that searching the file gives what searching the snapshot gives: the same
// entities, ranks, matched alternate names and order, for every prefix of
// every word and name and for queries that match nothing.
func TestSearchFileSearch(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 9))
	parts := []string{"Ana", "Anna", "An", "Bo", "Bob", "Boris", "Nato", "Na", "Lee", "Le", "Ode", "O", "Ödön", "Łódź", "al-Amin", "A.B.", "1999"}
	word := func() string { return parts[rng.IntN(len(parts))] }
	seps := []string{" ", "-", " ", ", ", "'s "}
	name := func() string {
		s := word()
		for range rng.IntN(3) {
			s += seps[rng.IntN(len(seps))] + word()
		}
		return s
	}
	types := []string{"Person", "Organization", "Place", "Event", "Thing"}
	s := &snapshot{byIRI: map[quad.IRI]*entity{}, byName: map[string][]*entity{}}
	for i := range 600 {
		e := &entity{IRI: quad.IRI(fmt.Sprintf("urn:kg:person/p%03d", i)), ID: fmt.Sprintf("person/p%03d", i), Name: name(), Type: types[rng.IntN(len(types))]}
		for range rng.IntN(4) {
			e.Aliases = append(e.Aliases, name())
		}
		typ := e.Type
		finish(e, nil)
		e.Type = typ
		s.list = append(s.list, e)
		s.addNames(e)
	}
	sortEntities(s.list)
	path := filepath.Join(t.TempDir(), searchFileName)
	if err := writeSearchFile(path, s, "stamp-1"); err != nil {
		t.Fatal(err)
	}
	f, err := openSearchFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.close()
	if f.stamp != "stamp-1" || f.n != len(s.list) {
		t.Fatalf("file stamp %q, %d entities; want stamp-1, %d", f.stamp, f.n, len(s.list))
	}
	queries := map[string]bool{"x": true, "zz": true, "": true, "  ": true, "ANA": true, " bo ": true, "ana ana": true, "nato-": true, "ö": true}
	for _, e := range s.list {
		for _, w := range append(append([]string{}, e.words...), e.Name) {
			for i := range w {
				if i > 0 && i <= 6 {
					queries[w[:i]] = true
				}
			}
			queries[w] = true
		}
	}
	show := func(ms []match) string {
		var b strings.Builder
		for _, m := range ms {
			fmt.Fprintf(&b, "%s|%s|%s|%d|%s; ", m.e.ID, m.e.Name, m.e.Type, m.rank, m.alias)
		}
		return b.String()
	}
	compared, nonEmpty := 0, 0
	for q := range queries {
		for _, limit := range []int{1, 3, 10, 50} {
			want := s.search(q, limit)
			got := f.search(q, limit)
			if show(got) != show(want) {
				t.Errorf("search(%q, %d):\n got %s\nwant %s", q, limit, show(got), show(want))
			}
			compared++
			if len(want) > 0 {
				nonEmpty++
			}
		}
	}
	if nonEmpty < compared/2 {
		t.Errorf("only %d of %d searches found anything", nonEmpty, compared)
	}
}

// TestSearchFileDamaged: a file that is not a search file, or is cut
// short, is refused rather than read.
func TestSearchFileDamaged(t *testing.T) {
	s := &snapshot{byIRI: map[quad.IRI]*entity{}, byName: map[string][]*entity{}}
	e := &entity{IRI: "urn:kg:person/a", ID: "person/a", Name: "Ann Lee", Aliases: []string{"A. Lee"}}
	finish(e, nil)
	s.list = []*entity{e}
	dir := t.TempDir()
	path := filepath.Join(dir, searchFileName)
	if err := writeSearchFile(path, s, "x"); err != nil {
		t.Fatal(err)
	}
	f, err := openSearchFile(path)
	if err != nil {
		t.Fatalf("the whole file: %v", err)
	}
	if got := f.search("lee", 5); len(got) != 1 || got[0].e.ID != "person/a" {
		t.Errorf("search(lee) = %v", got)
	}
	f.close()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, cut := range []int{0, 5, 12, len(data) / 2, len(data) - 1} {
		bad := filepath.Join(dir, fmt.Sprintf("cut%d", cut))
		if err := os.WriteFile(bad, data[:cut], 0o644); err != nil {
			t.Fatal(err)
		}
		if f, err := openSearchFile(bad); err == nil {
			f.close()
			t.Errorf("a file cut to %d of %d bytes was read", cut, len(data))
		}
	}
}
