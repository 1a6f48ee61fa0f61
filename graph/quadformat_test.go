package graph

import (
	"context"
	"errors"
	"testing"

	"github.com/kg-project/kg"
)

// TestOlderQuadFormatRefused: a store whose graph an older kg wrote in
// another quad format (no record of it in the state, as before
// QuadFormat 5) is refused for writing, since rewriting its articles
// would leave the old form's quads behind; the same store with the format
// recorded, and an empty store without it, are not.
func TestOlderQuadFormatRefused(t *testing.T) {
	ctx := context.Background()
	res := &kg.Result{
		Doc:      &kg.Document{ID: "a1", Text: "Ada Lee met Bo Chan."},
		Entities: []kg.Entity{{ID: "person/ada-lee", Type: kg.Person, Name: "Ada Lee"}},
	}
	for _, c := range []struct {
		name    string
		article bool
		forget  bool
		want    error
	}{
		{"current", true, false, nil},
		{"older format", true, true, ErrOldStore},
		{"empty, older", false, true, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := OpenMemory()
			defer s.Close()
			if c.article {
				if _, _, err := s.PutArticles(ctx, []Article{{Result: res, Fingerprint: "f"}}); err != nil {
					t.Fatal(err)
				}
			} else if err := s.CheckModel(ctx); err != nil {
				t.Fatal(err)
			}
			if c.forget {
				if err := s.state.write(ctx, map[string][]byte{keyQuadFormat: nil}); err != nil {
					t.Fatal(err)
				}
			}
			s.stateChecked = false // as a later kg opening the store
			if err := s.CheckModel(ctx); !errors.Is(err, c.want) {
				t.Errorf("CheckModel = %v, want %v", err, c.want)
			}
		})
	}
}
