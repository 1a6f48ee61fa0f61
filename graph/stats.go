package graph

import (
	"context"
	"errors"
	"fmt"

	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg"
)

// Stats counts what a store holds.
type Stats struct {
	Articles int            `json:"articles"`
	Entities map[string]int `json:"entities"` // distinct entities by class: Person, Organization, Place, Event
	Facts    map[string]int `json:"facts"`    // distinct (subject, object) pairs by predicate
	Quads    int64          `json:"quads"`
	Nodes    int64          `json:"nodes"`
}

// factPredicates are the predicates counted as facts by Stats.
var factPredicates = []string{
	kg.PredRepresents, kg.PredJobTitle, kg.PredMemberOf, kg.PredWorksFor,
	kg.PredLocation, kg.PredStartDate, kg.PredAttendee, kg.PredContainedIn, kg.PredQuote,
}

// Stats counts articles, entities by class, facts by predicate and quads.
func (s *Store) Stats(ctx context.Context) (*Stats, error) {
	st := &Stats{Entities: map[string]int{}, Facts: map[string]int{}}
	classes := map[quad.Value]string{
		ClassPerson: "Person", ClassOrg: "Organization", ClassPlace: "Place", ClassEvent: "Event", ClassArticle: "NewsArticle",
	}
	seen := map[[2]quad.Value]bool{}
	err := s.eachQuad(ctx, quad.Predicate, Type, func(q quad.Quad) {
		name, ok := classes[q.Object]
		if !ok || seen[[2]quad.Value{q.Subject, q.Object}] {
			return
		}
		seen[[2]quad.Value{q.Subject, q.Object}] = true
		if name == "NewsArticle" {
			st.Articles++
		} else {
			st.Entities[name]++
		}
	})
	if err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	for _, p := range factPredicates {
		pairs := map[[2]quad.Value]bool{}
		err := s.eachQuad(ctx, quad.Predicate, Predicate(p), func(q quad.Quad) {
			pairs[[2]quad.Value{q.Subject, q.Object}] = true
		})
		if err != nil {
			return nil, fmt.Errorf("stats: %w", err)
		}
		if len(pairs) > 0 {
			st.Facts[p] = len(pairs)
		}
	}
	qst, err := s.qs.Stats(ctx, true)
	if errors.Is(err, kv.ErrNoBucket) {
		return st, nil // a key-value store nothing was ever written to
	}
	if err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	st.Quads, st.Nodes = qst.Quads.Size, qst.Nodes.Size
	return st, nil
}
