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
// In a store built by kg build it reads the counts kept as articles were
// written (one lookup); in one filled otherwise (kg import, the HTTP API's
// writes) it reads every quad (ScanStats).
func (s *Store) Stats(ctx context.Context) (*Stats, error) {
	st, ok, err := s.keptStats(ctx)
	if err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	if !ok {
		return s.ScanStats(ctx)
	}
	return st, s.quadStats(ctx, st)
}

// quadStats fills in the quad and node counts of Cayley's store.
func (s *Store) quadStats(ctx context.Context, st *Stats) error {
	qst, err := s.qs.Stats(ctx, true)
	if errors.Is(err, kv.ErrNoBucket) {
		return nil // a key-value store nothing was ever written to
	}
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	st.Quads, st.Nodes = qst.Quads.Size, qst.Nodes.Size
	return nil
}

// ScanStats is Stats read from the graph itself, every quad once.
func (s *Store) ScanStats(ctx context.Context) (*Stats, error) {
	st := &Stats{Entities: map[string]int{}, Facts: map[string]int{}}
	classes := map[quad.Value]string{
		ClassPerson: "Person", ClassOrg: "Organization", ClassPlace: "Place", ClassEvent: "Event", ClassArticle: "NewsArticle",
	}
	isFact := map[quad.Value]string{}
	for _, p := range factPredicates {
		isFact[Predicate(p)] = p
	}
	seen := map[[3]quad.Value]bool{}
	// One pass over every quad: the stores have no index by predicate.
	// A fact is one unlabelled quad (articles.go): counted as met.
	err := s.eachQuadOf(ctx, func(q quad.Quad) error {
		if inDataset(q) {
			return nil // background geography (dataset.go)
		}
		name := ""
		if q.Predicate == Type {
			if name = classes[q.Object]; name == "" {
				return nil
			}
		} else if name = isFact[q.Predicate]; name == "" {
			return nil
		}
		// Facts and entity classes are stored once, unlabelled; only
		// stores written before that (and article classes) need the set.
		if q.Label != nil {
			k := [3]quad.Value{q.Subject, q.Predicate, q.Object}
			if seen[k] {
				return nil
			}
			seen[k] = true
		}
		switch {
		case q.Predicate != Type:
			st.Facts[name]++
		case name == "NewsArticle":
			st.Articles++
		default:
			st.Entities[name]++
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	return st, s.quadStats(ctx, st)
}
