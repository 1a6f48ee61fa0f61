package extract

import (
	"testing"

	"github.com/kg-project/kg"
)

// A region several countries have (GeoNames admin1 "Capital Region":
// Denmark and Iceland) gets the country the document names, and none
// when it names neither or both; a curated region without a country (the
// Red Sea, a sea) gets none whatever the document names.
func TestRegionCountry(t *testing.T) {
	g, err := newGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	d := geoTables(g)
	region := kg.Entity{ID: "place/capital-region", Type: kg.GPE, Name: "Capital Region"}
	for _, c := range []struct {
		named []string
		want  string
	}{
		{[]string{"DK"}, "DK"}, {[]string{"IS", "FR"}, "IS"}, {nil, ""}, {[]string{"DK", "IS"}, ""}, {[]string{"FR"}, ""},
	} {
		named := map[string]bool{}
		for _, cc := range c.named {
			named[cc] = true
		}
		if got := g.regionCountry(d, region, named); got != c.want {
			t.Errorf("Capital Region with %v named: %q, want %q", c.named, got, c.want)
		}
	}
	if d.regions["Bavaria"] == nil || g.regionCountry(d, kg.Entity{ID: "place/bavaria", Type: kg.GPE, Name: "Bavaria"}, nil) != "DE" {
		t.Errorf("control: Bavaria not in Germany")
	}
	if d.regions["Red Sea"] == nil {
		t.Fatal("control: no GeoNames region Red Sea")
	}
	sea := kg.Entity{ID: "place/red-sea", Type: kg.Loc, Name: "Red Sea"}
	if got := g.regionCountry(d, sea, map[string]bool{"EG": true}); got != "" {
		t.Errorf("the Red Sea with Egypt named placed in %q", got)
	}
}
