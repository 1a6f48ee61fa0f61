package extract_test

import (
	"testing"

	"github.com/kg-project/kg"
)

// Entity recognition classes of issue 12 left after the first rounds: names
// the lists know only in part, bodies named after a people, bare names in
// the speaker's slot, towns opening a sentence. Every example is written
// for these tests.

func TestListedCompanyCompounds(t *testing.T) {
	t.Run("a listed company and a second name are one company", func(t *testing.T) {
		text := "A study by Sony Kravitz found that handset sales had doubled. Sony Kravitz plans a new model."
		checkTypes(t, text,
			[]typed{{"Sony Kravitz", kg.Org}},
			[]typed{{"Sony", kg.Org}, {"Kravitz", kg.Person}})
	})
	t.Run("a common word, a given name or a date word after it are not its name", func(t *testing.T) {
		text := "Sony Music signed the band while Sony Martin watched. Toyota Day is held each May. Toyota Quorvant was founded later."
		checkTypes(t, text,
			[]typed{{"Sony", kg.Org}, {"Toyota", kg.Org}, {"Toyota Quorvant", kg.Org}},
			[]typed{{"Sony Music", kg.Org}, {"Sony Martin", kg.Org}, {"Toyota Day", kg.Org}})
	})
	t.Run("a name complete with its of-phrase takes no word after it", func(t *testing.T) {
		text := "The Speaker of the House of Representatives Halvorsen opened the session. Toyota Quorvant said it agreed."
		checkTypes(t, text,
			[]typed{{"Toyota Quorvant", kg.Org}},
			[]typed{{"House of Representatives Halvorsen", kg.Org}})
	})
}
