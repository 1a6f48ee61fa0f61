package extract_test

import (
	"testing"

	"github.com/kg-project/kg"
)

// typesOf maps each surface form of r's mentions to the types it was given.
func typesOf(r *kg.Result) map[string]map[kg.EntityType]bool {
	out := map[string]map[kg.EntityType]bool{}
	for _, m := range r.Mentions {
		if out[m.Text] == nil {
			out[m.Text] = map[kg.EntityType]bool{}
		}
		out[m.Text][m.Type] = true
	}
	return out
}

type typed struct {
	text string
	typ  kg.EntityType
}

// checkTypes runs the text and checks that each want form has its type,
// and each not form lacks its type.
func checkTypes(t *testing.T, text string, want, not []typed) {
	t.Helper()
	got := typesOf(mustExtract(t, text, "2026-05-01"))
	for _, w := range want {
		if !got[w.text][w.typ] {
			t.Errorf("%q: want %s, got %v", w.text, w.typ, got[w.text])
		}
	}
	for _, w := range not {
		if got[w.text][w.typ] {
			t.Errorf("%q: must not be %s, got %v", w.text, w.typ, got[w.text])
		}
	}
}

func TestSportsTeams(t *testing.T) {
	t.Run("towns before scores in a results list are clubs", func(t *testing.T) {
		text := "RUGBY LEAGUE - WEEKEND RESULTS .\nMANCHESTER 2026-04-30\nResults of league matches played on Saturday ( home side first ) :\n" +
			"Leeds 24 Bradford 18\nHalifax 10 Warrington 31\nThe season ends next month after the cup final , the coach said ."
		checkTypes(t, text,
			[]typed{{"Leeds", kg.Org}, {"Bradford", kg.Org}, {"Halifax", kg.Org}, {"Warrington", kg.Org}, {"MANCHESTER", kg.GPE}},
			[]typed{{"Leeds", kg.GPE}, {"MANCHESTER", kg.Org}})
	})
	t.Run("a result verb between two counties, and the venue stays a place", func(t *testing.T) {
		text := "Cricket: county championship scores on the final day of the match .\n" +
			"Taunton : Essex beat Derbyshire by 40 runs after the innings closed .\nEssex 18 points , Derbyshire 3 .\nThe wickets fell quickly in Taunton ."
		checkTypes(t, text,
			[]typed{{"Essex", kg.Org}, {"Derbyshire", kg.Org}, {"Taunton", kg.GPE}},
			[]typed{{"Taunton", kg.Org}, {"Essex", kg.GPE}})
	})
	t.Run("national sides stay places", func(t *testing.T) {
		text := "Soccer: the coach named his squad for the league match and the cup final .\nScotland 2 Norway 1 in the qualifier , the striker scored twice ."
		checkTypes(t, text, []typed{{"Scotland", kg.GPE}, {"Norway", kg.GPE}}, []typed{{"Scotland", kg.Org}, {"Norway", kg.Org}})
	})
	t.Run("outside sport a town before a number is a town", func(t *testing.T) {
		text := "The council said Leeds 12 new homes were approved on Monday , and officials in Bradford agreed ."
		checkTypes(t, text, []typed{{"Bradford", kg.GPE}}, []typed{{"Leeds", kg.Org}, {"Bradford", kg.Org}})
	})
}

func TestSportsTablesAndListLines(t *testing.T) {
	t.Run("standings lines name clubs", func(t *testing.T) {
		text := "ICE HOCKEY - LEAGUE STANDINGS .\nStandings after the weekend games , the league said after the match ( won , lost , points ) :\n" +
			"HARTFORD 40 22 .645 -\nOTTAWA 38 25 .603 3\nThe season resumes on Tuesday , the coach said ."
		checkTypes(t, text, []typed{{"HARTFORD", kg.Org}, {"OTTAWA", kg.Org}}, []typed{{"OTTAWA", kg.GPE}})
	})
	t.Run("a two-word side prose reads as a person", func(t *testing.T) {
		text := "SOCCER - SCOTTISH RESULTS .\nResults of league matches played on Saturday , the coach said after the match :\nRoss County 1 Stenhouse Athletic 2\n"
		checkTypes(t, text, []typed{{"Ross County", kg.Org}}, []typed{{"Ross County", kg.Person}})
	})
	t.Run("names on a results line without closing punctuation are kept", func(t *testing.T) {
		text := "TENNIS - RESULTS FROM THE OPEN .\nResults from the open championships on Friday ( seeding in brackets ) :\n" +
			"Mirela Vantuko ( Romania ) beat Sanne Holmqvist ( Sweden ) 6-3 4-6 6-1\n"
		checkTypes(t, text, []typed{{"Mirela Vantuko", kg.Person}, {"Sanne Holmqvist", kg.Person}, {"Romania", kg.GPE}}, nil)
	})
	t.Run("control: a title-case headline is still no name", func(t *testing.T) {
		text := "Mirela Vantuko Wins Again Under The Lights\nThe match ended late on Friday ."
		checkTypes(t, text, nil, []typed{{"Mirela Vantuko Wins", kg.Person}, {"Lights", kg.Person}})
	})
}

func TestCricketScorecard(t *testing.T) {
	text := "CRICKET - COUNTY SCORES .\nClose of play scores in county championship matches on Friday , the wickets fell fast :\n" +
		"Bramley Green : Wessexshire 214 ( R. Tallon 84 ; K. Oduya 4-55 ) , Dorminster 108-3 .\n" +
		"Tallon 21-4-60-2\n"
	checkTypes(t, text,
		[]typed{{"Wessexshire", kg.Org}, {"Dorminster", kg.Org}, {"R. Tallon", kg.Person}, {"K. Oduya", kg.Person}, {"Bramley Green", kg.GPE}},
		[]typed{{"Bramley Green", kg.Person}, {"Tallon", kg.Org}, {"R. Tallon", kg.Org}})
}

func TestInitialNames(t *testing.T) {
	checkTypes(t, "Lawyers for J. Okonkwo said the trial of T.K. Marsh would open, and that talks between N. Korea and Japan went on.",
		[]typed{{"J. Okonkwo", kg.Person}},
		[]typed{{"N. Korea", kg.Person}})
}

func TestProseNameRepairs(t *testing.T) {
	t.Run("sentence-initial conjunction is no part of a name", func(t *testing.T) {
		checkTypes(t, "The jury met in Paris and voted twice. But Corentin Mabille disagreed with the verdict.",
			[]typed{{"Corentin Mabille", kg.Person}}, []typed{{"But Corentin Mabille", kg.Person}})
	})
	t.Run("demonyms are no places", func(t *testing.T) {
		checkTypes(t, "Savings fell as Italians spent more, officials in Italy said. Inmates in Scottish prisons may smoke, he said in Glasgow.",
			[]typed{{"Italy", kg.GPE}, {"Glasgow", kg.GPE}}, []typed{{"Italians", kg.GPE}, {"Scottish", kg.GPE}})
	})
	t.Run("awards and buildings are no persons", func(t *testing.T) {
		checkTypes(t, "Marguerite Oyelaran won the Silver Globe on Sunday, then spoke at the Halvard Theatre, Marguerite Oyelaran said.",
			[]typed{{"Marguerite Oyelaran", kg.Person}}, []typed{{"Silver Globe", kg.Person}, {"Halvard Theatre", kg.Person}})
	})
}

func TestOrganisationSuffixes(t *testing.T) {
	checkTypes(t, "Shares of Halvorsen Systems rose after Brekke Capital and Lindqvist Partners agreed a deal, Tarrow United said. Halvorsen said profits rose.",
		[]typed{{"Halvorsen Systems", kg.Org}, {"Brekke Capital", kg.Org}, {"Lindqvist Partners", kg.Org}, {"Tarrow United", kg.Org}, {"Halvorsen", kg.Org}},
		[]typed{{"Shares of Halvorsen Systems", kg.Org}, {"Brekke Capital and Lindqvist Partners", kg.Org}, {"Halvorsen Systems", kg.Person}, {"Halvorsen", kg.Person}})
}

func TestTitleWordAsSurname(t *testing.T) {
	checkTypes(t, "Officials in London said that John Major would visit Dublin, and Major General Tomas Reyes agreed.",
		[]typed{{"John Major", kg.Person}, {"Tomas Reyes", kg.Person}},
		[]typed{{"Major General Tomas Reyes", kg.Person}})
	// Control: a title before a name still introduces that name.
	checkTypes(t, "Officials said that Captain Ruth Adeyemi would visit Dublin.",
		[]typed{{"Ruth Adeyemi", kg.Person}}, []typed{{"Captain Ruth Adeyemi", kg.Person}})
}

func TestPlacesTheTextCallsPlaces(t *testing.T) {
	t.Run("a name the sentence calls a kind of place", func(t *testing.T) {
		text := "Corvale is a small farming village in the hills above the lake. The Tessel is a river in the north of the province. " +
			"Brandmoor Field is a regional airport in the valley. Walters is a lawyer in Boston who spoke on Monday."
		checkTypes(t, text,
			[]typed{{"Corvale", kg.GPE}, {"Tessel", kg.Loc}, {"Brandmoor Field", kg.GPE}},
			[]typed{{"Walters", kg.GPE}, {"Tessel", kg.GPE}})
		checkTypes(t, "Corvale is a village in the hills. Pixwell is an online community of photographers.", []typed{{"Corvale", kg.GPE}}, []typed{{"Pixwell", kg.GPE}})
	})
	t.Run("an apposition after a preposition or a verb", func(t *testing.T) {
		text := "The convoy stopped near Oslavin, a village in the mountains, and Peters, a driver in the convoy, said it was late."
		checkTypes(t, text, []typed{{"Oslavin", kg.GPE}}, []typed{{"Peters", kg.GPE}})
		text = "The convoy reached Dravik, a small town in the valley, where Mason, a town councillor in the valley, met it."
		checkTypes(t, text, []typed{{"Dravik", kg.GPE}}, []typed{{"Mason", kg.GPE}})
	})
	t.Run("a name ending in its kind of division or river", func(t *testing.T) {
		text := "Floods hit Harlan County and the banks of the Tessel River on Sunday, and the Harlan County Hospital took in patients."
		checkTypes(t, text,
			[]typed{{"Harlan County", kg.GPE}, {"Tessel River", kg.Loc}},
			[]typed{{"Harlan County Hospital", kg.GPE}})
	})
	t.Run("sites and features named by their kind", func(t *testing.T) {
		text := "Protesters filled Tarvek Square and marched past the Olsted Mansion towards Mount Harrow. Marta Church said the choir sang on Linden Street."
		checkTypes(t, text,
			[]typed{{"Tarvek Square", kg.Loc}, {"Olsted Mansion", kg.Loc}, {"Mount Harrow", kg.Loc}, {"Linden Street", kg.Loc}},
			[]typed{{"Marta Church", kg.Loc}})
		checkTypes(t, "The Methodist Church in Corvale opened a school near the Olsted Mansion.", []typed{{"Olsted Mansion", kg.Loc}}, []typed{{"Methodist Church", kg.Loc}})
		checkTypes(t, "Marta Haden Church starred in the film. But Harlan County voted no.", []typed{{"Harlan County", kg.GPE}}, []typed{{"Marta Haden Church", kg.Loc}, {"But Harlan County", kg.GPE}})
		checkTypes(t, "Yukos spokesman Mike Lake said the sale was illegal, and the boat crossed Lake Verna.", []typed{{"Lake Verna", kg.Loc}}, []typed{{"Mike Lake", kg.Loc}})
	})
	t.Run("a name after the town of, and hyphenated division names", func(t *testing.T) {
		text := "The mill stood in the town of Brackwell, in the Upper-Teller District. The church of St Aldric was full."
		checkTypes(t, text,
			[]typed{{"Brackwell", kg.GPE}, {"Upper-Teller District", kg.GPE}},
			[]typed{{"St Aldric", kg.GPE}, {"Teller District", kg.GPE}})
		checkTypes(t, "Lenders knew the true state of Corbana's finances. The mill stood in the town of Brackwell.", []typed{{"Brackwell", kg.GPE}}, []typed{{"Corbana", kg.GPE}})
	})
	t.Run("particles inside a place's name and a division before of", func(t *testing.T) {
		text := "Ponte di Varro is a small town in the Corvessa Province of Italy. Anna di Varro said the bridge was old."
		checkTypes(t, text,
			[]typed{{"Ponte di Varro", kg.GPE}, {"Corvessa Province", kg.GPE}},
			[]typed{{"Anna di Varro", kg.GPE}})
	})
	t.Run("place prefixes and a town's station", func(t *testing.T) {
		text := "Troops left Fort Harrow for Cape Verrin. The train stopped at Lyon's Kent Station."
		checkTypes(t, text,
			[]typed{{"Fort Harrow", kg.GPE}, {"Cape Verrin", kg.Loc}, {"Kent Station", kg.Loc}},
			[]typed{{"Kent Station", kg.Person}})
		checkTypes(t, "Kent Station said he was tired after the race.", []typed{{"Kent Station", kg.Person}}, []typed{{"Kent Station", kg.Loc}})
	})
}
