package extract_test

import (
	"testing"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/extract"
)

// bg is one background fact: subject, predicate, object (an entity ID or
// a literal) and the dataset that states it.
type bg struct{ s, p, o, ds string }

func background(r *kg.Result) map[bg]bool {
	out := map[bg]bool{}
	for _, t := range r.Background {
		o := t.Object.Entity
		if o == "" {
			o = t.Object.Literal
		}
		out[bg{t.Subject.Entity, t.Predicate, o, t.Evidence.Dataset}] = true
	}
	return out
}

func hasPlaceFacts(r *kg.Result, id string) bool {
	for _, t := range r.Background {
		if t.Subject.Entity == id {
			return true
		}
	}
	return false
}

func TestBackgroundGeography(t *testing.T) {
	t.Run("a city gets its country, GeoNames id and coordinates", func(t *testing.T) {
		r := mustExtract(t, "Thousands of nurses marched in Leeds on Saturday, union officials said.", "")
		got := background(r)
		for _, want := range []bg{
			{"place/leeds", kg.PredContainedIn, "place/united-kingdom", extract.DatasetGeoNames},
			{"place/united-kingdom", kg.PredName, "United Kingdom", extract.DatasetISO3166},
			{"place/leeds", kg.PredSameAs, "https://sws.geonames.org/2644688/", extract.DatasetGeoNames},
			{"place/leeds", kg.PredLatitude, "53.79648", extract.DatasetGeoNames},
			{"place/leeds", kg.PredLongitude, "-1.54785", extract.DatasetGeoNames},
		} {
			if !got[want] {
				t.Errorf("missing %v; background: %v", want, r.Background)
			}
		}
		for _, f := range r.Background {
			if f.Evidence.Sentence != "" || f.Evidence.Rule != "" || f.Evidence.Dataset == "" {
				t.Errorf("background fact with article evidence: %+v", f)
			}
			if f.Predicate == kg.PredLatitude && f.Object.Datatype != "decimal" {
				t.Errorf("latitude not a decimal: %+v", f.Object)
			}
		}
		for _, f := range r.Triples {
			if f.Evidence.Dataset != "" {
				t.Errorf("dataset fact among the text's triples: %+v", f)
			}
		}
	})
	t.Run("a US city gets its state and country; the state its country", func(t *testing.T) {
		r := mustExtract(t, "The storm knocked out power across Houston overnight, and the governor of Texas declared an emergency.", "")
		got := background(r)
		for _, want := range []bg{
			{"place/houston", kg.PredContainedIn, "place/united-states", extract.DatasetGeoNames},
			{"place/houston", kg.PredContainedIn, "place/texas", extract.DatasetGeoNames},
			{"place/texas", kg.PredContainedIn, "place/united-states", extract.DatasetISO3166},
			{"place/texas", kg.PredName, "Texas", extract.DatasetISO3166},
		} {
			if !got[want] {
				t.Errorf("missing %v; background: %v", want, r.Background)
			}
		}
	})
	t.Run("a name a person in the text carries gets nothing", func(t *testing.T) {
		// Positive control: the same city without the person.
		pos := mustExtract(t, "Flooding closed roads in Houston on Monday.", "")
		if !hasPlaceFacts(pos, "place/houston") {
			t.Fatalf("control: no background for Houston: %+v", pos.Background)
		}
		r := mustExtract(t, "Whitney Houston's old house was sold on Monday. Flooding closed roads in Houston.", "")
		if hasPlaceFacts(r, "place/houston") {
			t.Errorf("Houston beside Whitney Houston got background facts: %+v", r.Background)
		}
	})
	t.Run("a city of the same name in a country the text names gets nothing", func(t *testing.T) {
		pos := mustExtract(t, "Officials in Paris said the talks would resume in France next week.", "")
		if !background(pos)[bg{"place/paris", kg.PredContainedIn, "place/france", extract.DatasetGeoNames}] {
			t.Fatalf("control: Paris not placed in France: %+v", pos.Background)
		}
		r := mustExtract(t, "Tornadoes struck Paris and several other towns in northeast Texas on Sunday night.", "")
		if hasPlaceFacts(r, "place/paris") {
			t.Errorf("Paris beside Texas was placed in France: %+v", r.Background)
		}
		// Naming both countries keeps the largest city of the name.
		both := mustExtract(t, "Officials in Paris said France and the United States would sign the accord.", "")
		if !background(both)[bg{"place/paris", kg.PredContainedIn, "place/france", extract.DatasetGeoNames}] {
			t.Errorf("Paris with France named not placed in France: %+v", both.Background)
		}
	})
	t.Run("countries and people get no background facts", func(t *testing.T) {
		r := mustExtract(t, "Germany and Poland signed a gas deal in Warsaw, Chancellor Olaf Scholz said.", "")
		for _, f := range r.Background {
			if f.Predicate != kg.PredName && (f.Subject.Entity == "place/germany" || f.Subject.Entity == "place/poland" || f.Subject.Entity[:6] != "place/") {
				t.Errorf("background fact about a country or non-place: %+v", f)
			}
		}
		if !background(r)[bg{"place/warsaw", kg.PredContainedIn, "place/poland", extract.DatasetGeoNames}] {
			t.Errorf("control: Warsaw not placed in Poland: %+v", r.Background)
		}
	})
	t.Run("a city gets its region; a region its country", func(t *testing.T) {
		r := mustExtract(t, "Nurses marched in Leeds on Saturday. Farmers blocked roads in Bavaria on Monday.", "")
		got := background(r)
		for _, want := range []bg{
			{"place/leeds", kg.PredContainedIn, "place/england", extract.DatasetGeoNames},
			{"place/bavaria", kg.PredContainedIn, "place/germany", extract.DatasetGeoNames},
			{"place/germany", kg.PredName, "Germany", extract.DatasetISO3166},
		} {
			if !got[want] {
				t.Errorf("missing %v; background: %v", want, r.Background)
			}
		}
	})
	t.Run("a state kg knows is not placed in its country when the text names the other", func(t *testing.T) {
		r := mustExtract(t, "Floods hit Punjab on Monday, officials said.", "")
		if !background(r)[bg{"place/punjab", kg.PredContainedIn, "place/india", extract.DatasetISO3166}] {
			t.Fatalf("control: Punjab not placed in India: %+v", r.Background)
		}
		r = mustExtract(t, "Floods hit Punjab on Monday, officials in Pakistan said.", "")
		if hasPlaceFacts(r, "place/punjab") {
			t.Errorf("Punjab beside Pakistan placed in India: %+v", r.Background)
		}
	})
}

func TestDemonymCountry(t *testing.T) {
	ex := mustExtractor(t)
	for word, want := range map[string]string{"Brazilian": "place/brazil", "Frenchmen": "place/france", "Brazil": "", "Senator": ""} {
		if got := ex.DemonymCountry(word); got != want {
			t.Errorf("DemonymCountry(%q) = %q, want %q", word, got, want)
		}
	}
}

func TestBackgroundOfCuratedNames(t *testing.T) {
	// kg's list calls the city "New York", GeoNames "New York City".
	r := mustExtract(t, "Protests spread across New York on Monday, police said.", "")
	got := background(r)
	for _, want := range []bg{
		{"place/new-york", kg.PredContainedIn, "place/united-states", extract.DatasetGeoNames},
		{"place/new-york", kg.PredSameAs, "https://sws.geonames.org/5128581/", extract.DatasetGeoNames},
	} {
		if !got[want] {
			t.Errorf("missing %v; background: %v", want, r.Background)
		}
	}
}

func TestBackgroundOfCounties(t *testing.T) {
	t.Run("a county gets its state and country", func(t *testing.T) {
		r := mustExtract(t, "Wildfires forced evacuations in Maui County on Tuesday, officials said.", "")
		got := background(r)
		for _, want := range []bg{
			{"place/maui-county", kg.PredContainedIn, "place/united-states", extract.DatasetGeoNames},
			{"place/maui-county", kg.PredContainedIn, "place/hawaii", extract.DatasetGeoNames},
		} {
			if !got[want] {
				t.Errorf("missing %v; background: %v", want, r.Background)
			}
		}
	})
	t.Run("a county several states have gets the one whose state the text names", func(t *testing.T) {
		r := mustExtract(t, "Tornadoes damaged homes in Jackson County, Mississippi, on Sunday.", "")
		if !background(r)[bg{"place/jackson-county", kg.PredContainedIn, "place/mississippi", extract.DatasetGeoNames}] {
			t.Fatalf("control: Jackson County beside Mississippi not placed there: %+v", r.Background)
		}
		r = mustExtract(t, "Tornadoes damaged homes in Jackson County on Sunday.", "")
		if hasPlaceFacts(r, "place/jackson-county") {
			t.Errorf("Jackson County with no state named got one: %+v", r.Background)
		}
	})
}

func TestBackgroundOfSharedNames(t *testing.T) {
	// Cambridge (England) and Cambridge (Massachusetts) are of a size:
	// the name alone is neither.
	r := mustExtract(t, "Students protested in Cambridge on Friday.", "")
	if hasPlaceFacts(r, "place/cambridge") {
		t.Errorf("Cambridge alone got background facts: %+v", r.Background)
	}
	r = mustExtract(t, "Students protested in Cambridge, England, on Friday.", "")
	got := background(r)
	for _, want := range []bg{
		{"place/cambridge", kg.PredContainedIn, "place/united-kingdom", extract.DatasetGeoNames},
		{"place/cambridge", kg.PredSameAs, "https://sws.geonames.org/2653941/", extract.DatasetGeoNames},
	} {
		if !got[want] {
			t.Errorf("control: missing %v; background: %v", want, r.Background)
		}
	}
	// Portland (Oregon) and Portland (Maine) share a country: the
	// country is sure, the city is not.
	r = mustExtract(t, "Protesters marched in Portland on Saturday.", "")
	got = background(r)
	if !got[bg{"place/portland", kg.PredContainedIn, "place/united-states", extract.DatasetGeoNames}] {
		t.Errorf("Portland not placed in the United States: %+v", r.Background)
	}
	for _, f := range r.Background {
		if f.Subject.Entity == "place/portland" && (f.Predicate == kg.PredSameAs || f.Predicate == kg.PredLatitude || f.Object.Entity == "place/oregon") {
			t.Errorf("Portland alone taken for Portland, Oregon: %+v", f)
		}
	}
}
