package extract_test

import (
	"testing"

	"github.com/kg-project/kg"
)

func TestRelations(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []fact
		absent []fact
	}{
		{
			name: "title and organisation before the name",
			text: "WHO Director-General Tedros Adhanom Ghebreyesus warned of a new wave.",
			want: []fact{
				{"person/tedros-adhanom-ghebreyesus", kg.PredJobTitle, "Director General"},
				{"person/tedros-adhanom-ghebreyesus", kg.PredRepresents, "org/world-health-organization"},
			},
			absent: []fact{{"person/tedros-adhanom-ghebreyesus", kg.PredWorksFor, "org/world-health-organization"}, {"person/tedros-adhanom-ghebreyesus", kg.PredMemberOf, "org/world-health-organization"}},
		},
		{
			name: "demonym before the title means the country",
			text: "The talks were opened by Turkish Foreign Minister Mevlut Cavusoglu in Antalya.",
			want: []fact{
				{"person/mevlut-cavusoglu", kg.PredJobTitle, "Foreign Minister"},
				{"person/mevlut-cavusoglu", kg.PredRepresents, "place/turkey"},
			},
		},
		{
			name: "apposition with possessive country, title case normalised",
			text: "Rafael Grossi, Argentina's ambassador to Austria, arrived late.",
			want: []fact{
				{"person/rafael-grossi", kg.PredJobTitle, "Ambassador"},
				{"person/rafael-grossi", kg.PredRepresents, "place/argentina"},
			},
		},
		{
			name: "apposition with of-organisation",
			text: "Satya Nadella, chief executive of Microsoft, said the deal would close soon.",
			want: []fact{
				{"person/satya-nadella", kg.PredJobTitle, "Chief Executive"},
				{"person/satya-nadella", kg.PredRepresents, "org/microsoft"},
			},
			absent: []fact{
				{"person/satya-nadella", kg.PredMemberOf, "org/microsoft"},
			},
		},
		{
			name:   "possessive outlet",
			text:   "Reuters' reporter aside, the BBC's Lyse Doucet was the first to arrive.",
			want:   []fact{{"person/lyse-doucet", kg.PredWorksFor, "org/bbc"}},
			absent: []fact{{"person/lyse-doucet", kg.PredMemberOf, "org/bbc"}},
		},
		{
			name:   "employer after with",
			text:   "Lee Gelernt, a lawyer with the American Civil Liberties Union, said the rule was unlawful.",
			want:   []fact{{"person/lee-gelernt", kg.PredWorksFor, "org/american-civil-liberties-union"}},
			absent: []fact{{"person/lee-gelernt", kg.PredJobTitle, "Lawyer"}},
		},
		{
			name:   "spokesman works for the institution",
			text:   "Pentagon spokesman John Kirby declined to comment.",
			want:   []fact{{"person/john-kirby", kg.PredWorksFor, "org/pentagon"}, {"person/john-kirby", kg.PredJobTitle, "Spokesman"}},
			absent: []fact{{"person/john-kirby", kg.PredMemberOf, "org/pentagon"}},
		},
		{
			name: "the body under discussion",
			text: "FIFA met in Zurich. FIFA officials and UEFA delegates argued. The organisation's president, Gianni Infantino, spoke last.",
			want: []fact{{"person/gianni-infantino", kg.PredJobTitle, "President"}, {"person/gianni-infantino", kg.PredRepresents, "org/fifa"}},
		},
		{
			name: "portfolio after for is dropped",
			text: "Jan Novak, Czech Minister for Regional Development, spoke.",
			want: []fact{{"person/jan-novak", kg.PredJobTitle, "Minister"}, {"person/jan-novak", kg.PredRepresents, "place/czech-republic"}},
		},
		{
			name: "who heads",
			text: "Anna Keller, who heads the European Space Agency, praised the launch.",
			want: []fact{{"person/anna-keller", kg.PredRepresents, "org/european-space-agency"}},
		},
		{
			name: "delegation headed by",
			text: "The Chinese delegation was headed by Vice Premier Ding Xuexiang, officials said.",
			want: []fact{{"person/ding-xuexiang", kg.PredRepresents, "place/china"}},
		},
		{
			name: "represented by",
			text: "Brazil was represented at the summit by Finance Minister Fernando Haddad.",
			want: []fact{
				{"person/fernando-haddad", kg.PredRepresents, "place/brazil"},
				{"person/fernando-haddad", kg.PredJobTitle, "Finance Minister"},
			},
		},
		{
			name: "city contained in country",
			text: "The conference took place in Lyon, France, last year.",
			want: []fact{{"place/lyon", kg.PredContainedIn, "place/france"}},
		},
		{
			name:   "a former office is not a title",
			text:   "Mark Rutte, a former Dutch prime minister, met Satya Nadella, chief executive of Microsoft.",
			want:   []fact{{"person/satya-nadella", kg.PredJobTitle, "Chief Executive"}},
			absent: []fact{{"person/mark-rutte", kg.PredJobTitle, ""}, {"person/mark-rutte", kg.PredRepresents, "place/netherlands"}},
		},
		{
			// The title would be "Technology Author": any title is unwanted.
			name:   "no title from a plain noun",
			text:   "Jane Doe is a technology author, and Satya Nadella is the chief executive of Microsoft.",
			want:   []fact{{"person/satya-nadella", kg.PredJobTitle, "Chief Executive"}},
			absent: []fact{{"person/jane-doe", kg.PredJobTitle, ""}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustExtract(t, tt.text, "2023-05-10")
			for _, f := range tt.want {
				if !hasFact(r, f) {
					t.Errorf("missing %v; got %+v", f, r.Triples)
				}
			}
			for _, f := range tt.absent {
				if hasFact(r, f) {
					t.Errorf("unwanted %v", f)
				}
			}
			for _, tr := range r.Triples {
				ev := tr.Evidence
				if ev.Rule == "" || ev.Sentence == "" || tt.text[ev.Start:ev.End] != ev.Sentence {
					t.Errorf("bad evidence %+v", ev)
				}
			}
		})
	}
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name string
		text string
		want fact
	}{
		{"quote then speaker", "“We will appeal the ruling,” lawyer Maria Lopez said on the court steps.",
			fact{"person/maria-lopez", kg.PredQuote, "We will appeal the ruling"}},
		{"said then speaker", "“The data are unambiguous,” said Peter Higgs, smiling.",
			fact{"person/peter-higgs", kg.PredQuote, "The data are unambiguous"}},
		{"speaker then quote", "Coach Carlo Ancelotti told reporters: “We deserved to win tonight.”",
			fact{"person/carlo-ancelotti", kg.PredQuote, "We deserved to win tonight."}},
		{"said in a statement", "Albertsons CEO Vivek Sankaran said in a statement: “We are disappointed by the ruling.”",
			fact{"person/vivek-sankaran", kg.PredQuote, "We are disappointed by the ruling."}},
		{"continued quotation", "“We played well,” coach Ange Postecoglou said. “The result hurts.”",
			fact{"person/ange-postecoglou", kg.PredQuote, "The result hurts."}},
		{"according to", "“Rates will stay high,” according to Christine Lagarde.",
			fact{"person/christine-lagarde", kg.PredQuote, "Rates will stay high"}},
		{"pronoun resolves to the last person", "Chief Executive Mary Barra spoke first. “Demand is strong,” she said.",
			fact{"person/mary-barra", kg.PredQuote, "Demand is strong"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustExtract(t, tt.text, "2023-05-10")
			if !hasFact(r, tt.want) {
				t.Errorf("missing %v; got %+v", tt.want, r.Triples)
			}
		})
	}
}

func TestEvents(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		pub   string
		event string // wanted event ID
		want  []fact // with "E" standing for the event ID
		not   string // an event ID that must not be read
	}{
		{
			name:  "summit with body, date and city",
			text:  "On March 9, a summit of the African Union was held in Addis Ababa.",
			pub:   "2023-03-12",
			event: "event/african-union-summit-2023-03-09",
			want:  []fact{{"E", kg.PredLocation, "place/addis-ababa"}, {"E", kg.PredStartDate, "2023-03-09"}},
		},
		{
			name:  "talks between two countries",
			text:  "Talks between India and Pakistan took place in Geneva on June 2.",
			pub:   "2023-06-05",
			event: "event/geneva-talks-2023-06-02",
			want:  []fact{{"E", kg.PredAttendee, "place/india"}, {"E", kg.PredAttendee, "place/pakistan"}},
		},
		{
			name:  "statement date is not the event date",
			text:  "At a meeting of the Arctic Council in Reykjavik, the minister said Wednesday that ice was thinning.",
			pub:   "2023-06-16",
			event: "event/arctic-council-meeting-reykjavik",
			want:  []fact{{"E", kg.PredAttendee, "org/arctic-council"}},
		},
		{
			name:  "reference joins the named event and brings its delegate",
			text:  "NATO foreign ministers met in Riga on April 4. Finland was represented at the meeting by Foreign Minister Elina Valtonen.",
			pub:   "2023-04-06",
			event: "event/riga-talks-2023-04-04",
			want:  []fact{{"E", kg.PredAttendee, "person/elina-valtonen"}},
		},
		{
			name:  "elided second event",
			text:  "Talks were held in Rome on May 3 and on May 5 with the World Bank.",
			pub:   "2023-05-08",
			event: "event/world-bank-meeting-2023-05-05",
			want:  []fact{{"E", kg.PredAttendee, "org/world-bank"}, {"E", kg.PredStartDate, "2023-05-05"}},
		},
		{
			name:  "host organisation",
			text:  "On May 3, consultations ended at the Paris headquarters of the OECD.",
			pub:   "2023-05-08",
			event: "event/paris-talks-2023-05-03",
			want:  []fact{{"E", kg.PredAttendee, "org/oecd"}},
		},
		{
			name:  "parties after ministers from",
			text:  "Foreign ministers from Germany and Poland met in Warsaw on May 2.",
			pub:   "2023-05-08",
			event: "event/warsaw-talks-2023-05-02",
			want:  []fact{{"E", kg.PredAttendee, "place/germany"}, {"E", kg.PredAttendee, "place/poland"}},
		},
		{
			// "met his counterpart" in the same sentence is the control.
			name:  "met resistance is no meeting",
			text:  "Olaf Scholz met resistance in Berlin on May 2, and Xi Jinping met his counterpart in Bali on May 3.",
			pub:   "2023-05-08",
			event: "event/bali-talks-2023-05-03",
			not:   "event/berlin-talks-2023-05-02",
		},
		{
			name:  "a press conference is no event",
			text:  "Olaf Scholz held a press conference in Berlin on May 2, and Xi Jinping met his counterpart in Bali on May 3.",
			pub:   "2023-05-08",
			event: "event/bali-talks-2023-05-03",
			not:   "event/berlin-conference-2023-05-02",
		},
		{
			name:  "met with criticism is no meeting",
			text:  "Chancellor Olaf Scholz's plan met with criticism in Berlin on May 2.",
			pub:   "2023-05-08",
			event: "",
		},
		{
			name:  "met a counterpart is a meeting",
			text:  "Xi Jinping met his counterpart in Bali on November 14.",
			pub:   "2022-11-20",
			event: "event/bali-talks-2022-11-14",
			want:  []fact{{"E", kg.PredAttendee, "person/xi-jinping"}},
		},
		{
			name:  "phone call between two people",
			text:  "On Tuesday, Chancellor Olaf Scholz had a phone call with President Emmanuel Macron.",
			pub:   "2023-06-08",
			event: "event/phone-call-between-emmanuel-macron-and-olaf-scholz-2023-06-06",
			want:  []fact{{"E", kg.PredAttendee, "person/olaf-scholz"}, {"E", kg.PredAttendee, "person/emmanuel-macron"}},
		},
		{
			name:  "an event that only dates the statement is no event",
			text:  "After a meeting of the Federal Reserve board, Jerome Powell said Wednesday that rates would rise.",
			pub:   "2023-06-16",
			event: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustExtract(t, tt.text, tt.pub)
			var events []string
			for _, e := range r.Entities {
				if e.Type == kg.Event {
					events = append(events, e.ID)
				}
			}
			if tt.event == "" {
				if len(events) != 0 {
					t.Errorf("unexpected events %q", events)
				}
				return
			}
			if tt.not != "" && entity(r, tt.not) != nil {
				t.Errorf("unwanted event %s; events %q", tt.not, events)
			}
			if e := entity(r, tt.event); e == nil || e.Name == "" {
				t.Fatalf("no named event %s; events %q, triples %+v", tt.event, events, r.Triples)
			}
			for _, f := range tt.want {
				f.s = tt.event
				if !hasFact(r, f) {
					t.Errorf("missing %v; got %+v", f, r.Triples)
				}
			}
		})
	}
}

func TestMoreRelations(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []fact
	}{
		{"shared country in coordinated titles", "The talks were led by French Foreign Minister Anne Dupont and Defence Minister Paul Mercier.",
			[]fact{{"person/paul-mercier", kg.PredRepresents, "place/france"}, {"person/paul-mercier", kg.PredJobTitle, "Defence Minister"}, {"person/anne-dupont", kg.PredRepresents, "place/france"}}},
		{"writes for an unknown outlet", "Sarah Lind is a science author who has written for Pacific Daily Review.",
			[]fact{{"person/sarah-lind", kg.PredWorksFor, "org/pacific-daily-review"}}},
		{"portfolio word between body and post", "EU Competition Commissioner Margrethe Vestager fined the company.",
			[]fact{{"person/margrethe-vestager", kg.PredJobTitle, "Competition Commissioner"}, {"person/margrethe-vestager", kg.PredRepresents, "org/european-union"}}},
		{"lower-case portfolio in apposition", "Dr. Michael Ryan, the WHO's emergencies chief, praised the staff.",
			[]fact{{"person/michael-ryan", kg.PredJobTitle, "Emergencies Chief"}, {"person/michael-ryan", kg.PredRepresents, "org/world-health-organization"}}},
		{"hyphenated given name", "Health Minister Jean-Jacques Mbungani said the country would remain vigilant.",
			[]fact{{"person/jean-jacques-mbungani", kg.PredJobTitle, "Health Minister"}}},
		{"ambassador to the body", "“We will not sign,” said Marie Dubois, France's ambassador to the African Union.",
			[]fact{{"person/marie-dubois", kg.PredJobTitle, "Ambassador"}, {"person/marie-dubois", kg.PredRepresents, "place/france"}}},
		{"surname that is a place name", "Bulgaria's Prime Minister Kayla Jordan met officials in Sofia. Jordan said: “We are ready to talk.”",
			[]fact{{"person/kayla-jordan", kg.PredRepresents, "place/bulgaria"}, {"person/kayla-jordan", kg.PredQuote, "We are ready to talk."}}},
		{"organisation of a place before a title", "Council of Europe Secretary General Priya Reyes said the court must act.",
			[]fact{{"person/priya-reyes", kg.PredRepresents, "org/council-of-europe"}, {"person/priya-reyes", kg.PredJobTitle, "Secretary General"}}},
		{"title used as a reference", "Presidential spokesman Dmitry Peskov spoke first. The Kremlin spokesman stressed that talks would continue.",
			[]fact{{"person/dmitry-peskov", kg.PredWorksFor, "org/kremlin"}}},
		{"title of a country before the name", "The president of France, Emmanuel Macron, arrived on Monday.",
			[]fact{{"person/emmanuel-macron", kg.PredJobTitle, "President"}, {"person/emmanuel-macron", kg.PredRepresents, "place/france"}}},
		{"ranked occupation is a post", "Mark Zandi, chief economist at Moody's Analytics, said growth would slow.",
			[]fact{{"person/mark-zandi", kg.PredJobTitle, "Chief Economist"}}},
		{"age in apposition", "Anne Roth, 54, chief executive of Siemens, spoke.",
			[]fact{{"person/anne-roth", kg.PredJobTitle, "Chief Executive"}, {"person/anne-roth", kg.PredRepresents, "org/siemens"}}},
		{"who is the", "Carlos Tavares, who is the new chief executive of Stellantis, spoke first.",
			[]fact{{"person/carlos-tavares", kg.PredJobTitle, "Chief Executive"}, {"person/carlos-tavares", kg.PredRepresents, "org/stellantis"}}},
		{"titled name of a place", "Sen. Bernie Sanders of Vermont introduced the bill.",
			[]fact{{"person/bernie-sanders", kg.PredJobTitle, "Senator"}, {"person/bernie-sanders", kg.PredRepresents, "place/vermont"}}},
		{"host body before an appositive name", "Ukraine's ambassador to the UN, Sergiy Kyslytsya, spoke first.",
			[]fact{{"person/sergiy-kyslytsya", kg.PredJobTitle, "Ambassador"}, {"person/sergiy-kyslytsya", kg.PredRepresents, "place/ukraine"}}},
		{"member of", "Sweden is now a full member of NATO, officials said.",
			[]fact{{"place/sweden", kg.PredMemberOf, "org/nato"}}},
		{"of which X is a member", "The talks were held at the Council of Europe, of which Ukraine is also a member.",
			[]fact{{"place/ukraine", kg.PredMemberOf, "org/council-of-europe"}}},
		{"unknown city in a state", "A federal judge in Portland, Oregon, blocked the merger.",
			[]fact{{"place/portland", kg.PredContainedIn, "place/oregon"}}},
		{"state in a country", "Floods hit New South Wales, Australia, overnight.",
			[]fact{{"place/new-south-wales", kg.PredContainedIn, "place/australia"}}},
		{"possessive region", "Shelling continued in Ukraine's Crimean peninsula overnight.",
			[]fact{{"place/crimea", kg.PredContainedIn, "place/ukraine"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustExtract(t, tt.text, "2023-05-10")
			for _, f := range tt.want {
				if !hasFact(r, f) {
					t.Errorf("missing %v; got %+v", f, r.Triples)
				}
			}
		})
	}
}

func TestHeadlineIsNotAnOrganisation(t *testing.T) {
	r := mustExtract(t, "Supreme Court Rules Against Trump Administration\n\nThe justices ruled 5-4 on Monday.", "2023-05-10")
	for _, m := range r.Mentions {
		if m.Type == kg.Org && m.Text != "Supreme Court" {
			t.Errorf("unwanted ORG %q", m.Text)
		}
	}
}
