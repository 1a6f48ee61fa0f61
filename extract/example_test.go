package extract_test

import (
	"context"
	"fmt"
	"time"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/extract"
)

func ExampleExtractor_Extract() {
	e, err := extract.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	doc := &kg.Document{
		ID:        "example",
		Published: time.Date(2023, 3, 10, 0, 0, 0, 0, time.UTC),
		Text:      "On Wednesday, Finnish Foreign Minister Pekka Haavisto met NATO Secretary General Jens Stoltenberg in Brussels.",
	}
	res, err := e.Extract(context.Background(), doc)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range res.Triples {
		o := t.Object.Entity
		if o == "" {
			o = fmt.Sprintf("%q", t.Object.Literal)
		}
		fmt.Println(t.Subject.Entity, t.Predicate, o)
	}
	// Output:
	// person/pekka-haavisto jobTitle "Foreign Minister"
	// person/pekka-haavisto represents place/finland
	// person/jens-stoltenberg jobTitle "Secretary General"
	// person/jens-stoltenberg represents org/nato
	// event/brussels-talks-2023-03-08 location place/brussels
	// event/brussels-talks-2023-03-08 startDate "2023-03-08"
	// event/brussels-talks-2023-03-08 attendee person/pekka-haavisto
	// event/brussels-talks-2023-03-08 attendee person/jens-stoltenberg
}
