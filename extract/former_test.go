package extract_test

import (
	"testing"

	"github.com/kg-project/kg"
)

// TestFormerDemonymNoPerson: in "Former German chancellor Angela Merkel"
// the demonym after the former office is a nationality, not a person's name;
// the control: the name after the title is still a person.
func TestFormerDemonymNoPerson(t *testing.T) {
	res := mustExtract(t, "Former German chancellor Angela Merkel spoke on Monday.", "2023-05-10")
	persons := map[string]bool{}
	for _, m := range res.Mentions {
		if m.Type == kg.Person {
			persons[m.Text] = true
		}
	}
	if persons["German"] {
		t.Errorf("German read as a person: %v", persons)
	}
	if !persons["Angela Merkel"] {
		t.Errorf("Angela Merkel not read as a person: %v", persons)
	}
}
