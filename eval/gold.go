package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/kg-project/kg"
)

// ErrInvalidGold is wrapped by every error LoadGold returns for a gold file
// that parses but breaks the format described in testdata/gold/README.md.
var ErrInvalidGold = errors.New("invalid gold annotation")

// Gold is the hand annotation of one document.
type Gold struct {
	Doc       string       `json:"doc"`       // document id: the file's base name without extension
	Published string       `json:"published"` // dateline date as YYYY-MM-DD, "" when the text states none
	Entities  []GoldEntity `json:"entities"`
	Dates     []GoldDate   `json:"dates"`
	Events    []GoldEvent  `json:"events"`
	Facts     []GoldFact   `json:"facts"`
	Quotes    []GoldQuote  `json:"quotes,omitempty"` // not scored
}

// GoldEntity is one distinct canonical entity of a document.
type GoldEntity struct {
	Name    string        `json:"name"`              // canonical name
	Type    kg.EntityType `json:"type"`              // PERSON, ORG, GPE or LOC
	Aliases []string      `json:"aliases,omitempty"` // every other surface form in the text
}

// GoldDate is one resolvable date expression.
type GoldDate struct {
	Text  string `json:"text"`  // as written
	Value string `json:"value"` // YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD
}

// GoldEvent is one event (meeting, talks, call). Its fields repeat the event
// facts in Gold.Facts.
type GoldEvent struct {
	ID        string   `json:"id"` // referred to by facts, e.g. "e1"
	Name      string   `json:"name"`
	Location  string   `json:"location,omitempty"`  // canonical entity name
	StartDate string   `json:"startDate,omitempty"` // date value
	Attendees []string `json:"attendees,omitempty"` // canonical entity names
}

// GoldFact is one (subject, predicate, object) statement. Subject and object
// are canonical entity names, event ids, or literals.
type GoldFact struct {
	Subject   string `json:"subject"`
	Predicate string `json:"predicate"`
	Object    string `json:"object"`
}

// GoldQuote is a quotation attributed to a speaker; quotes are not scored.
type GoldQuote struct {
	Speaker string `json:"speaker"`
	Text    string `json:"text"`
}

// Predicates lists the predicates that are annotated and scored, in report
// order. Triples with any other predicate are ignored by the scorer, and so
// are location triples whose subject is no event: gold annotates location,
// startDate and attendee as event facts only (testdata/gold/README.md), so
// an organisation's headquarters ("the Toronto-based X") is outside it.
var Predicates = []string{
	kg.PredJobTitle,
	kg.PredMemberOf,
	kg.PredWorksFor,
	kg.PredRepresents,
	kg.PredAttendee,
	kg.PredLocation,
	kg.PredStartDate,
	kg.PredContainedIn,
}

// NameTypes lists the entity types scored as named entities, in report order.
var NameTypes = []kg.EntityType{kg.Person, kg.Org, kg.GPE, kg.Loc}

// LoadGold reads every *.json file in dir as a Gold, keyed by the file's base
// name without extension. It returns an error if dir cannot be read or holds
// no gold file, if a file cannot be read or decoded (unknown fields are
// errors), or, wrapping ErrInvalidGold, if a file fails Gold.Check or its
// "doc" differs from its name.
func LoadGold(dir string) (map[string]*Gold, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read gold directory: %w", err)
	}
	gold := make(map[string]*Gold)
	for _, e := range entries {
		if e.IsDir() || filepath.Ext(e.Name()) != ".json" {
			continue
		}
		path := filepath.Join(dir, e.Name())
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("read gold file: %w", err)
		}
		var g Gold
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&g); err != nil {
			return nil, fmt.Errorf("decode gold file %q: %w", path, err)
		}
		id := strings.TrimSuffix(e.Name(), ".json")
		if g.Doc != id {
			return nil, fmt.Errorf("gold file %q: doc %q does not match file name: %w", path, g.Doc, ErrInvalidGold)
		}
		if err := g.Check(); err != nil {
			return nil, fmt.Errorf("gold file %q: %w", path, err)
		}
		gold[id] = &g
	}
	if len(gold) == 0 {
		return nil, fmt.Errorf("no gold files in %q", dir)
	}
	return gold, nil
}

var datePattern = regexp.MustCompile(`^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))$`)

// ValidDateValue reports whether v has one of the gold date forms:
// YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD.
func ValidDateValue(v string) bool {
	return datePattern.MatchString(v)
}

// Check reports the first internal inconsistency of g, wrapping
// ErrInvalidGold: an unknown entity type, an empty or repeated entity name or
// alias, a repeated event id, an unknown predicate, a fact term that is neither
// an entity name nor an event id (literals are allowed only as jobTitle and
// startDate objects), a malformed date value, or event fields that disagree
// with the event facts. It does not look at the article text.
func (g *Gold) Check() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%s: %w", fmt.Sprintf(format, args...), ErrInvalidGold)
	}
	if g.Published != "" && (!ValidDateValue(g.Published) || len(g.Published) != len("2006-01-02")) {
		return bad("published %q is not YYYY-MM-DD", g.Published)
	}
	names := make(map[string]kg.EntityType)
	forms := make(map[string]string)
	for _, e := range g.Entities {
		switch e.Type {
		case kg.Person, kg.Org, kg.GPE, kg.Loc:
		default:
			return bad("entity %q: unknown type %q", e.Name, e.Type)
		}
		if strings.TrimSpace(e.Name) == "" {
			return bad("entity with empty name")
		}
		if _, ok := names[e.Name]; ok {
			return bad("entity %q annotated twice", e.Name)
		}
		names[e.Name] = e.Type
		for _, f := range append([]string{e.Name}, e.Aliases...) {
			n := normName(f)
			if n == "" {
				return bad("entity %q: empty alias", e.Name)
			}
			if prev, ok := forms[n]; ok && prev != e.Name {
				return bad("surface form %q belongs to both %q and %q", f, prev, e.Name)
			}
			forms[n] = e.Name
		}
	}
	for _, d := range g.Dates {
		if !ValidDateValue(d.Value) {
			return bad("date %q: value %q is not an ISO form", d.Text, d.Value)
		}
	}
	events := make(map[string]bool)
	derived := make(map[GoldFact]bool)
	for _, ev := range g.Events {
		if ev.ID == "" || events[ev.ID] {
			return bad("event id %q empty or repeated", ev.ID)
		}
		if _, ok := names[ev.ID]; ok {
			return bad("event id %q is also an entity name", ev.ID)
		}
		events[ev.ID] = true
		if ev.Location != "" {
			derived[GoldFact{ev.ID, kg.PredLocation, ev.Location}] = true
		}
		if ev.StartDate != "" {
			derived[GoldFact{ev.ID, kg.PredStartDate, ev.StartDate}] = true
		}
		for _, a := range ev.Attendees {
			derived[GoldFact{ev.ID, kg.PredAttendee, a}] = true
		}
	}
	known := make(map[string]bool)
	for _, p := range Predicates {
		known[p] = true
	}
	stated := make(map[GoldFact]bool)
	for _, f := range g.Facts {
		if !known[f.Predicate] {
			return bad("fact %v: unknown predicate %q", f, f.Predicate)
		}
		if _, ok := names[f.Subject]; !ok && !events[f.Subject] {
			return bad("fact %v: subject is neither an entity nor an event", f)
		}
		_, isEntity := names[f.Object]
		switch {
		case f.Predicate == kg.PredStartDate:
			if !ValidDateValue(f.Object) {
				return bad("fact %v: %q is not a date value", f, f.Object)
			}
		case f.Predicate == kg.PredJobTitle:
			if isEntity || events[f.Object] {
				return bad("fact %v: jobTitle object must be a literal", f)
			}
		case !isEntity && !events[f.Object]:
			return bad("fact %v: object is neither an entity nor an event", f)
		}
		if stated[f] {
			return bad("fact %v repeated", f)
		}
		stated[f] = true
		if events[f.Subject] && !derived[f] {
			return bad("fact %v is not in the fields of event %q", f, f.Subject)
		}
	}
	var missing []string
	for f := range derived {
		if !stated[f] {
			missing = append(missing, fmt.Sprint(f))
		}
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		return bad("event fields without facts: %s", strings.Join(missing, ", "))
	}
	return nil
}
