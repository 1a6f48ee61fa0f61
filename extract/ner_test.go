package extract_test

import (
	"testing"

	"github.com/kg-project/kg"
)

func TestMentions(t *testing.T) {
	type want struct {
		text string
		typ  kg.EntityType
		id   string
	}
	tests := []struct {
		name   string
		text   string
		want   []want
		absent []string // surface forms that must not be entity mentions
	}{
		{
			name: "gazetteer country, acronym alias and capital",
			text: "Officials in Paris said the U.S. and France disagreed about tariffs.",
			want: []want{{"Paris", kg.GPE, "place/paris"}, {"U.S.", kg.GPE, "place/united-states"}, {"France", kg.GPE, "place/france"}},
		},
		{
			name: "NATO is an organisation, not a place",
			text: "The foreign ministers met at NATO headquarters on a cold morning.",
			want: []want{{"NATO", kg.Org, "org/nato"}},
		},
		{
			name:   "title stripped from the person",
			text:   "Health Minister Karl Lauterbach announced the measures in Berlin.",
			want:   []want{{"Karl Lauterbach", kg.Person, "person/karl-lauterbach"}, {"Berlin", kg.GPE, "place/berlin"}},
			absent: []string{"Health Minister Karl Lauterbach"},
		},
		{
			name: "organisation by head noun",
			text: "The Kenyan Supreme Electoral Commission rejected the appeal filed by the party.",
			want: []want{{"Kenyan Supreme Electoral Commission", kg.Org, "org/kenyan-supreme-electoral-commission"}},
		},
		{
			name: "long form and acronym share an ID",
			text: "The Committee to Protect Journalists (CPJ) condemned the arrest. CPJ said it would appeal.",
			want: []want{{"Committee to Protect Journalists", kg.Org, "org/committee-to-protect-journalists"}, {"CPJ", kg.Org, "org/committee-to-protect-journalists"}},
		},
		{
			name: "variant spellings of one council",
			text: "The Japan-EU Council met again. Officials of the EU-Japan Council declined to comment.",
			want: []want{{"Japan-EU Council", kg.Org, "org/european-union-japan-council"}, {"EU-Japan Council", kg.Org, "org/european-union-japan-council"}},
		},
		{
			name: "surname linked to the full name",
			text: "Striker Erling Haaland scored twice on Saturday. Haaland later thanked the fans.",
			want: []want{{"Erling Haaland", kg.Person, "person/erling-haaland"}, {"Haaland", kg.Person, "person/erling-haaland"}},
		},
		{
			name:   "boilerplate is not an entity but the outlet is",
			text:   "The court adjourned until March.\n\nPicture: Reuters\n\nLeave a Reply\n\nRelated Posts",
			want:   []want{{"Reuters", kg.Org, "org/reuters"}},
			absent: []string{"Picture", "Leave a Reply", "Related Posts", "Leave", "Reply"},
		},
		{
			name: "unknown acronym after the",
			text: "Investigators from the NTSB arrived at the crash site on Monday.",
			want: []want{{"NTSB", kg.Org, "org/ntsb"}},
		},
		{
			name: "of-tail keeps a title word after of",
			text: "Ukraine's Ministry of Justice and the Department of State disagreed.",
			want: []want{{"Ministry of Justice", kg.Org, "org/ministry-of-justice"}},
		},
		{
			name:   "court is no person",
			text:   "Supreme Court rules against the government\n\nThe ruling was 5-4.",
			want:   []want{{"Supreme Court", kg.Org, "org/supreme-court"}},
			absent: []string{"Court"},
		},
		{
			name: "news outlets",
			text: "The Wall Street Journal and Al Jazeera both reported the merger, Interfax said.",
			want: []want{{"The Wall Street Journal", kg.Org, "org/the-wall-street-journal"}, {"Al Jazeera", kg.Org, "org/al-jazeera"}, {"Interfax", kg.Org, "org/interfax"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustExtract(t, tt.text, "2023-05-10")
			for _, w := range tt.want {
				found := false
				for _, m := range r.Mentions {
					if m.Text == w.text && m.Type == w.typ && m.ID == w.id {
						found = true
						if tt.text[m.Start:m.End] != m.Text {
							t.Errorf("offsets of %q point at %q", m.Text, tt.text[m.Start:m.End])
						}
					}
				}
				if !found {
					t.Errorf("missing mention %+v; got %+v", w, r.Mentions)
				}
			}
			for _, a := range tt.absent {
				for _, m := range r.Mentions {
					if m.Text == a && m.Type != kg.Date {
						t.Errorf("unwanted mention %+v", m)
					}
				}
			}
		})
	}
}

func TestEntityAliasesAndFlags(t *testing.T) {
	r := mustExtract(t, "Prime Minister Rishi Sunak flew from London to Washington. Sunak met Britain's allies; the UK wants a deal.", "2023-05-10")
	p := entity(r, "person/rishi-sunak")
	if p == nil || p.Name != "Rishi Sunak" || len(p.Aliases) != 1 || p.Aliases[0] != "Sunak" {
		t.Errorf("person entity = %+v", p)
	}
	uk := entity(r, "place/united-kingdom")
	if uk == nil || !uk.Country || uk.City {
		t.Fatalf("UK entity = %+v", uk)
	}
	if len(uk.Aliases) != 2 {
		t.Errorf("UK aliases = %q, want Britain and UK", uk.Aliases)
	}
	if l := entity(r, "place/london"); l == nil || !l.City || l.Country {
		t.Errorf("London entity = %+v", l)
	}
}

func TestGivenNames(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string // a PERSON mention, "" for none
		not  string // must not be a PERSON mention
	}{
		{"given name and surname at sentence start", "Lionel Messi scored twice in the final.", "Lionel Messi", ""},
		{"name of a thing", "Engineers tested the James Webb Space Telescope mirrors.", "", "James Webb Space"},
		{"company suffix links the short name", "Acme Corp posted a loss. Acme blamed costs.", "", "Acme"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustExtract(t, tt.text, "2023-05-10")
			got := map[string]kg.EntityType{}
			for _, m := range r.Mentions {
				got[m.Text] = m.Type
			}
			if tt.want != "" && got[tt.want] != kg.Person {
				t.Errorf("no PERSON %q in %+v", tt.want, r.Mentions)
			}
			if tt.not != "" && got[tt.not] == kg.Person {
				t.Errorf("unwanted PERSON %q", tt.not)
			}
		})
	}
	r := mustExtract(t, "Acme Corp posted a loss. Acme blamed costs.", "2023-05-10")
	n := 0
	for _, m := range r.Mentions {
		if m.ID == "org/acme" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("org/acme mentioned %d times, want 2: %+v", n, r.Mentions)
	}
}

func TestCompaniesNotPersons(t *testing.T) {
	r := mustExtract(t, "The judge blocked the merger between Kroger and Albertsons. Kroger CEO Rodney McMullen had argued for it. Putin spokesman Dmitry Peskov declined to comment. Shares of Albertsons fell while Kroger shares rose.", "2023-05-10")
	for _, m := range r.Mentions {
		if (m.Text == "Kroger" || m.Text == "Albertsons") && m.Type != kg.Org {
			t.Errorf("%q typed %s, want ORG", m.Text, m.Type)
		}
		if m.Text == "Putin" && m.Type == kg.Org {
			t.Errorf("Putin typed ORG")
		}
	}
}

func TestNamesWithParticlesAndAbbreviatedTitles(t *testing.T) {
	tests := []struct {
		name, text, person, title string
	}{
		{"particle", "Bayern coach Thomas van Dijk praised the defence.", "person/thomas-van-dijk", "Coach"},
		{"two particles", "Commission President Ursula von der Leyen spoke in Kyiv.", "person/ursula-von-der-leyen", "President"},
		{"middle initial", "Former aide John F. Kelly and Chief Justice John G. Roberts spoke.", "person/john-g-roberts", "Chief Justice"},
		{"abbreviated title", "Sen. Elizabeth Warren criticized the bank.", "person/elizabeth-warren", "Senator"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustExtract(t, tt.text, "2023-05-10")
			if !hasFact(r, fact{tt.person, kg.PredJobTitle, tt.title}) {
				t.Errorf("missing %s jobTitle %q; mentions %+v triples %+v", tt.person, tt.title, r.Mentions, r.Triples)
			}
		})
	}
}

func TestSharesMakeACompany(t *testing.T) {
	r := mustExtract(t, "Shares of Zentrix fell 5% on Monday. Zentrix said demand was weak.", "2023-05-10")
	n := 0
	for _, m := range r.Mentions {
		if m.Text == "Zentrix" {
			n++
			if m.Type != kg.Org {
				t.Errorf("Zentrix typed %s", m.Type)
			}
		}
	}
	if n != 2 {
		t.Errorf("%d Zentrix mentions, want 2", n)
	}
}
