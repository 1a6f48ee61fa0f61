package extract

import (
	"sort"
	"strings"

	"github.com/kg-project/kg"
)

// Canonicalize links entities across the documents of one corpus and
// rewrites IDs consistently in every result's Mentions, Entities and
// Triples:
//   - a person known only by one name ("Stoltenberg") joins the full name
//     ("Jens Stoltenberg") when exactly one full name in the corpus ends
//     or begins with it;
//   - a one-word "person" that as many documents know as an organisation
//     becomes that organisation;
//   - an organisation known only by an acronym ("FTC") joins the one
//     organisation whose long form another document defined with it;
//   - an organisation written without a space or hyphen ("TimeWarner")
//     joins its spaced form ("Time Warner") from another document;
//   - an event known without a date joins the one dated event of the same
//     name, when their places do not disagree;
//   - events on the same date at the same place are one event, named as in
//     the most documents (ties go to the smallest ID), except two that one
//     document states as two events ("separate talks with A and B in Paris
//     on Monday"), which stay two.
//
// The outcome does not depend on the order of results. Nil results are skipped.
func Canonicalize(results []*kg.Result) {
	rename, types, names := links(results)
	if len(rename) == 0 {
		return
	}
	for _, r := range results {
		if r != nil {
			rewrite(r, rename, names, types)
		}
	}
}

// Links computes what Canonicalize links without rewriting anything: the
// entity each linked ID joins (rename, chains followed) and, for a join
// that changes an entity's type, the new type (types, keyed by the ID
// joined). It only reads the results' people, organisations (with their
// aliases) and events (names, IDs, types) and the events' location and
// startDate triples, so a store can call it on summaries of every article
// it holds (graph.LinkSummary). The outcome does not depend on the order
// of results.
func Links(results []*kg.Result) (rename map[string]string, types map[string]kg.EntityType) {
	rename, types, _ = links(results)
	for k, v := range rename {
		if k == v {
			delete(rename, k)
		}
	}
	return rename, types
}

// links is Links, with the names Canonicalize gives the entities joined.
func links(results []*kg.Result) (rename map[string]string, types map[string]kg.EntityType, names map[string]string) {
	rename = map[string]string{}
	types = map[string]kg.EntityType{} // new type of a renamed entity, when it changes
	// Persons.
	byPart := map[string]map[string]bool{}
	names = map[string]string{}
	for _, r := range results {
		if r == nil {
			continue
		}
		for _, e := range r.Entities {
			if e.Type != kg.Person {
				continue
			}
			w := strings.Fields(e.Name)
			if len(w) < 2 {
				continue
			}
			names[e.ID] = e.Name
			for _, p := range []string{w[0], w[len(w)-1]} {
				k := normWord(p)
				if byPart[k] == nil {
					byPart[k] = map[string]bool{}
				}
				byPart[k][e.ID] = true
			}
		}
	}
	// Acronyms: which organisations carry each acronym as an alias; and
	// the organisations of each spelling without spaces (spacedKey).
	acronyms := map[string]map[string]bool{}
	spaced := map[string]map[string]bool{}
	orgNames := map[string]string{}
	for _, r := range results {
		if r == nil {
			continue
		}
		for _, e := range r.Entities {
			if e.Type != kg.Org {
				continue
			}
			if spaced[spacedKey(e.ID)] == nil {
				spaced[spacedKey(e.ID)] = map[string]bool{}
			}
			spaced[spacedKey(e.ID)][e.ID] = true
			orgNames[e.ID] = e.Name
			for _, al := range e.Aliases {
				if allCaps(al) && !strings.Contains(al, " ") && al != e.Name {
					if acronyms[al] == nil {
						acronyms[al] = map[string]bool{}
					}
					acronyms[al][e.ID] = true
					names[e.ID] = e.Name
				}
			}
		}
	}
	// Events: dated IDs by name, and places of every event.
	dated := map[string]map[string]bool{}
	places := map[string]map[string]bool{}
	for _, r := range results {
		if r == nil {
			continue
		}
		for _, t := range r.Triples {
			if t.Predicate == kg.PredLocation && strings.HasPrefix(t.Subject.Entity, "event/") {
				if places[t.Subject.Entity] == nil {
					places[t.Subject.Entity] = map[string]bool{}
				}
				places[t.Subject.Entity][t.Object.Entity] = true
			}
			if t.Predicate == kg.PredStartDate && strings.HasPrefix(t.Subject.Entity, "event/") {
				// The event's name is its ID without the date suffix.
				if dated[eventStem(t.Subject.Entity)] == nil {
					dated[eventStem(t.Subject.Entity)] = map[string]bool{}
				}
				dated[eventStem(t.Subject.Entity)][t.Subject.Entity] = true
			}
		}
	}
	for _, r := range results {
		if r == nil {
			continue
		}
		hasDate := map[string]bool{}
		for _, t := range r.Triples {
			if t.Predicate == kg.PredStartDate {
				hasDate[t.Subject.Entity] = true
			}
		}
		for _, e := range r.Entities {
			switch e.Type {
			case kg.Person:
				if len(strings.Fields(e.Name)) != 1 {
					continue
				}
				ids := byPart[normWord(e.Name)]
				if len(ids) == 1 {
					for id := range ids {
						rename[e.ID] = id
					}
				}
			case kg.Org:
				if !allCaps(e.Name) || strings.Contains(e.Name, " ") {
					continue
				}
				if ids := acronyms[e.Name]; len(ids) == 1 {
					for id := range ids {
						if id != e.ID {
							rename[e.ID] = id
						}
					}
				}
			case kg.Event:
				if hasDate[e.ID] {
					continue
				}
				cands := dated["event/"+slug(e.Name)]
				if len(cands) != 1 {
					continue
				}
				for id := range cands {
					if agree(places[e.ID], places[id]) {
						rename[e.ID] = id
					}
				}
			}
		}
	}
	// Organisations written with and without spaces or hyphens
	// ("TimeWarner" in one article, "Time Warner" in another): one, under
	// the ID spacedBetter prefers, as spacedVariants chooses inside one
	// document.
	for _, ids := range spaced {
		if len(ids) < 2 {
			continue
		}
		best := ""
		for id := range ids {
			if best == "" || spacedBetter(id, best) {
				best = id
			}
		}
		if names[best] == "" {
			names[best] = orgNames[best]
		}
		for id := range ids {
			if id != best && rename[id] == "" {
				rename[id] = best
			}
		}
	}
	// One-word "persons" that other documents know as organisations
	// ("Kroger CEO ..." in one article, "Kroger said" in another).
	votes := map[string][2]int{} // lower-case name -> {person docs, org docs}
	orgID := map[string]string{}
	for _, r := range results {
		if r == nil {
			continue
		}
		for _, e := range r.Entities {
			if strings.Contains(e.Name, " ") {
				continue
			}
			k := strings.ToLower(e.Name)
			v := votes[k]
			switch e.Type {
			case kg.Person:
				v[0]++
			case kg.Org:
				v[1]++
				if orgID[k] == "" || e.ID < orgID[k] {
					orgID[k] = e.ID
				}
			}
			votes[k] = v
		}
	}
	for _, r := range results {
		if r == nil {
			continue
		}
		for _, e := range r.Entities {
			k := strings.ToLower(e.Name)
			if e.Type == kg.Person && !strings.Contains(e.Name, " ") && votes[k][1] > 0 && votes[k][1] >= votes[k][0] && rename[e.ID] == "" {
				rename[e.ID] = orgID[k]
				types[orgID[k]] = kg.Org
			}
		}
	}
	// An undated event joined to a dated one lends it its place.
	for from, to := range rename {
		if strings.HasPrefix(from, "event/") {
			for p := range places[from] {
				if places[to] == nil {
					places[to] = map[string]bool{}
				}
				places[to][p] = true
			}
		}
	}
	mergeSameDayEvents(results, places, rename, names)
	// Follow chains: an undated event may point at a dated one that was merged.
	for k, v := range rename {
		for seen := 0; seen < 8; seen++ {
			n, ok := rename[v]
			if !ok || n == v {
				break
			}
			v = n
		}
		rename[k] = v
	}
	return rename, types, names
}

// eventStem strips the date from an event ID.
func eventStem(id string) string {
	if len(id) > 11 && id[len(id)-11] == '-' && id[len(id)-6] == '-' && id[len(id)-3] == '-' {
		return id[:len(id)-11]
	}
	return id
}

// agree reports whether two events' place sets are compatible.
func agree(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for p := range a {
		if b[p] {
			return true
		}
	}
	return false
}

func rewrite(r *kg.Result, rename map[string]string, names map[string]string, types map[string]kg.EntityType) {
	if len(rename) == 0 {
		return
	}
	for i := range r.Mentions {
		if n, ok := rename[r.Mentions[i].ID]; ok {
			r.Mentions[i].ID = n
			if t, ok := types[n]; ok {
				r.Mentions[i].Type = t
			}
		}
	}
	for i := range r.Triples {
		t := &r.Triples[i]
		if n, ok := rename[t.Subject.Entity]; ok {
			t.Subject.Entity = n
		}
		if n, ok := rename[t.Object.Entity]; ok {
			t.Object.Entity = n
		}
	}
	byID := map[string]*kg.Entity{}
	var order []string
	for _, e := range r.Entities {
		old := e.Name
		if n, ok := rename[e.ID]; ok {
			e.ID = n
			if t, ok := types[n]; ok {
				e.Type = t
			}
			if nm, ok := names[n]; ok {
				e.Name = nm
			}
			if old != e.Name {
				e.Aliases = append(e.Aliases, old)
			}
		}
		if have, ok := byID[e.ID]; ok {
			for _, al := range append(e.Aliases, e.Name) {
				if al != have.Name && !contains(have.Aliases, al) {
					have.Aliases = append(have.Aliases, al)
				}
			}
			continue
		}
		e := e
		byID[e.ID] = &e
		order = append(order, e.ID)
	}
	sort.Strings(order)
	r.Entities = r.Entities[:0]
	for _, id := range order {
		e := byID[id]
		var al []string
		for _, x := range e.Aliases {
			if x != e.Name && !contains(al, x) {
				al = append(al, x)
			}
		}
		sort.Strings(al)
		e.Aliases = al
		r.Entities = append(r.Entities, *e)
	}
	// Renaming can make two triples equal.
	seen := map[string]bool{}
	out := r.Triples[:0]
	for _, t := range r.Triples {
		k := t.Subject.Entity + "\x00" + t.Subject.Literal + "\x00" + t.Predicate + "\x00" + t.Object.Entity + "\x00" + t.Object.Literal
		if !seen[k] {
			seen[k] = true
			out = append(out, t)
		}
	}
	r.Triples = out
}

// mergeSameDayEvents adds renames that join dated events sharing a date
// and a place across documents.
func mergeSameDayEvents(results []*kg.Result, places map[string]map[string]bool, rename map[string]string, names map[string]string) {
	dateOf := map[string]string{}
	docs := map[string]int{}
	// inDoc: the documents each event is in. Two events one document
	// keeps apart ("separate talks with A and B in Paris on Monday") stay
	// apart.
	inDoc := map[string]map[int]bool{}
	for d, r := range results {
		if r == nil {
			continue
		}
		for _, e := range r.Entities {
			if e.Type == kg.Event {
				if inDoc[e.ID] == nil {
					inDoc[e.ID] = map[int]bool{}
				}
				inDoc[e.ID][d] = true
			}
		}
		for _, t := range r.Triples {
			if t.Predicate == kg.PredStartDate && strings.HasPrefix(t.Subject.Entity, "event/") {
				dateOf[t.Subject.Entity] = t.Object.Literal
			}
		}
		for _, e := range r.Entities {
			if e.Type == kg.Event {
				docs[e.ID]++
				names[e.ID] = e.Name
			}
		}
	}
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		p, ok := parent[x]
		if !ok || p == x {
			return x
		}
		r := find(p)
		parent[x] = r
		return r
	}
	groups := map[string][]string{}
	for _, id := range sortedKeys(dateOf) {
		for _, p := range sortedKeys(places[id]) {
			k := dateOf[id] + "|" + p
			groups[k] = append(groups[k], id)
		}
	}
	clusterDocs := map[string]map[int]bool{} // root -> documents of its events
	docsOf := func(root string) map[int]bool {
		if clusterDocs[root] == nil {
			clusterDocs[root] = map[int]bool{}
			for d := range inDoc[root] {
				clusterDocs[root][d] = true
			}
		}
		return clusterDocs[root]
	}
	for _, k := range sortedKeys(groups) {
		ids := groups[k]
		for _, id := range ids[1:] {
			a, b := find(ids[0]), find(id)
			if a == b {
				continue
			}
			da, db := docsOf(a), docsOf(b)
			shared := false
			for d := range db {
				shared = shared || da[d]
			}
			if shared {
				continue
			}
			if a > b {
				a, b = b, a
				da, db = db, da
			}
			parent[b] = a
			for d := range db {
				da[d] = true
			}
		}
	}
	clusters := map[string][]string{}
	for _, id := range sortedKeys(dateOf) {
		root := find(id)
		clusters[root] = append(clusters[root], id)
	}
	for _, root := range sortedKeys(clusters) {
		ids := clusters[root]
		if len(ids) < 2 {
			continue
		}
		canon := ids[0]
		for _, id := range ids[1:] {
			if docs[id] > docs[canon] || (docs[id] == docs[canon] && id < canon) {
				canon = id
			}
		}
		for _, id := range ids {
			if id != canon {
				rename[id] = canon
			}
		}
	}
}
