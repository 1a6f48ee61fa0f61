package extract_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/extract"
)

// TestRuleExamples runs every registered rule's examples: each Must fact is
// stated with that rule's name in its evidence, no MustNot fact is stated
// by any rule (an empty Object stands for any object), and every fact a
// rule states uses one of the predicates its record names.
func TestRuleExamples(t *testing.T) {
	rules := extract.Rules()
	byName := map[string]extract.Rule{}
	for _, r := range rules {
		byName[r.Name] = r
	}
	for _, r := range rules {
		for i, ex := range r.Examples {
			t.Run(fmt.Sprintf("%s/%d", r.Name, i), func(t *testing.T) {
				pub := ex.Published
				if pub == "" {
					pub = "2023-05-10"
				}
				res := mustExtract(t, ex.Text, pub)
				for _, f := range ex.Must {
					if !stated(res, f, r.Name) {
						t.Errorf("missing %v by rule %s; got %s", f, r.Name, triples(res))
					}
				}
				for _, f := range ex.MustNot {
					if stated(res, f, "") {
						t.Errorf("unwanted %v; got %s", f, triples(res))
					}
				}
				for _, tr := range res.Triples {
					by, ok := byName[tr.Evidence.Rule]
					if !ok {
						t.Errorf("triple %v names no registered rule", tr)
						continue
					}
					if !slices.Contains(by.Predicates, tr.Predicate) {
						t.Errorf("rule %s stated %s, not among its predicates %v", by.Name, tr.Predicate, by.Predicates)
					}
				}
			})
		}
	}
}

// TestRuleRecords checks the registry: unique names, stages in order, a
// doc line and predicates for every rule, and at least one example with
// facts, so that every rule fires; an example with MustNot facts has a
// positive control.
func TestRuleRecords(t *testing.T) {
	rules := extract.Rules()
	if len(rules) == 0 {
		t.Fatal("no rules registered")
	}
	seen := map[string]bool{}
	for i, r := range rules {
		if seen[r.Name] {
			t.Errorf("rule %s registered twice", r.Name)
		}
		seen[r.Name] = true
		if i > 0 && r.Stage < rules[i-1].Stage {
			t.Errorf("rule %s (stage %s) runs after %s (stage %s)", r.Name, r.Stage, rules[i-1].Name, rules[i-1].Stage)
		}
		if r.Doc == "" || len(r.Predicates) == 0 {
			t.Errorf("rule %s has no doc or no predicates", r.Name)
		}
		fires := false
		for j, ex := range r.Examples {
			if len(ex.Must) > 0 {
				fires = true
			} else if len(ex.MustNot) > 0 {
				t.Errorf("rule %s example %d has MustNot facts and no positive control", r.Name, j)
			}
		}
		if !fires {
			t.Errorf("rule %s has no example that makes it fire", r.Name)
		}
	}
}

// stated reports whether res holds f, made by rule (any rule if rule is ""),
// any object if f.Object is "".
func stated(res *kg.Result, f extract.Fact, rule string) bool {
	for _, t := range res.Triples {
		o := t.Object.Entity
		if o == "" {
			o = t.Object.Literal
		}
		if (f.Subject == "" || t.Subject.Entity == f.Subject) && t.Predicate == f.Predicate && (f.Object == "" || o == f.Object) && (rule == "" || t.Evidence.Rule == rule) {
			return true
		}
	}
	return false
}

func triples(res *kg.Result) string {
	s := ""
	for _, t := range res.Triples {
		o := t.Object.Entity
		if o == "" {
			o = t.Object.Literal
		}
		s += fmt.Sprintf("\n\t%s %s %s [%s]", t.Subject.Entity, t.Predicate, o, t.Evidence.Rule)
	}
	return s
}
