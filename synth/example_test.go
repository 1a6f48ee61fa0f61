package synth_test

import (
	"fmt"

	"github.com/kg-project/kg/synth"
)

func ExampleGenerate() {
	for doc := range synth.Generate(1, 2) {
		fmt.Println(doc.ID, doc.Published.Format("2006-01-02"), len(doc.Text) > 500)
	}
	// Output:
	// synth-1-0000000 2021-05-23 true
	// synth-1-0000001 2022-12-26 true
}
