package eval_test

import (
	"fmt"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/eval"
)

func ExampleEvaluate() {
	gold := map[string]*eval.Gold{"000_x": {
		Doc: "000_x",
		Entities: []eval.GoldEntity{
			{Name: "Jens Stoltenberg", Type: kg.Person, Aliases: []string{"Stoltenberg"}},
			{Name: "NATO", Type: kg.Org},
		},
		Facts: []eval.GoldFact{{Subject: "Jens Stoltenberg", Predicate: kg.PredJobTitle, Object: "Secretary General"}},
	}}
	res := &kg.Result{
		Doc: &kg.Document{ID: "articles/000_x.txt"},
		Entities: []kg.Entity{
			{ID: "person/stoltenberg", Type: kg.Person, Name: "Stoltenberg"},
			{ID: "gpe/nato", Type: kg.GPE, Name: "NATO"}, // wrong type
		},
		Triples: []kg.Triple{{
			Subject:   kg.Term{Entity: "person/stoltenberg"},
			Predicate: kg.PredJobTitle,
			Object:    kg.Term{Literal: "Secretary-General"},
		}},
	}
	r := eval.Evaluate(gold, []*kg.Result{res})
	fmt.Printf("entities %+v F1 %.2f\n", r.Entities, r.Entities.F1())
	fmt.Printf("facts %+v\n", r.Facts)
	for _, m := range r.Mistakes {
		fmt.Println(m.Kind, m.Row, m.Item)
	}
	// Output:
	// entities {TP:1 FP:1 FN:1} F1 0.50
	// facts {TP:1 FP:0 FN:0}
	// FN ORG NATO
	// FP GPE NATO
}
