package extract

import (
	"regexp"
	"strings"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/extract/internal/dates"
)

var (
	formerWords  = lexSet("titles.txt", "former") // "former", "ex", "then"
	headsVerbs   = lexSet("verbs.txt", "heads")   // "X, who heads Y"
	editsVerbs   = lexSet("verbs.txt", "edits")   // "X, who edits Y's Z"
	appointVerbs = lexSet("verbs.txt", "appoint") // "X was named CEO of Y"
)

// titleRules read titles and affiliations around each person's name.
var titleRules = concatRules(
	personRule(premodifier,
		&Rule{Name: RuleTitlePremod, Predicates: []string{kg.PredJobTitle, kg.PredRepresents, kg.PredMemberOf, kg.PredWorksFor, kg.PredFounder},
			Doc: `a title and its body or country before a name: "NATO Secretary General Jens Stoltenberg", "the foreign ministers, X of Poland and Y of Hungary", "the three foreign ministers of X of Poland, Y of Hungary and Z of Slovakia"`,
			Examples: []Example{
				{Text: "At the ceremony, the three foreign ministers of Ana Ruiz of Spain, Tom Reed of Ireland and Jan Novak of Slovakia signed. The ministers of Poland and Hungary watched.",
					Must: []Fact{{"person/ana-ruiz", kg.PredJobTitle, "Foreign Minister"}, {"person/ana-ruiz", kg.PredRepresents, "place/spain"},
						{"person/tom-reed", kg.PredRepresents, "place/ireland"}, {"person/jan-novak", kg.PredJobTitle, "Foreign Minister"}},
					MustNot: []Fact{{"person/ana-ruiz", kg.PredRepresents, "place/ireland"}}},
				{Text: "Cabinet Secretary Tom Reed met U.S. Treasury Secretary Ann Lee and NATO Secretary General Omar Haddad.",
					Must: []Fact{{"person/ann-lee", kg.PredJobTitle, "Treasury Secretary"}, {"person/ann-lee", kg.PredRepresents, "place/united-states"},
						{"person/tom-reed", kg.PredJobTitle, "Cabinet Secretary"}, {"person/omar-haddad", kg.PredRepresents, "org/nato"}},
					MustNot: []Fact{{"person/ann-lee", kg.PredRepresents, "org/treasury"}, {"person/ann-lee", kg.PredJobTitle, "Secretary"}}},
				{Text: "Police spokesman Capt. Rod Beer said so. Air Force Lieutenant Colonel Eileen Collins agreed, as did Attorney General Ann Lee. Sgt. Tom Reed, a spokesman for the Camden Police Department, did not. Colonel Collins flew. Air Chief Marshal Jim Poe landed.",
					Must: []Fact{{"person/rod-beer", kg.PredJobTitle, "Spokesman"}, {"person/eileen-collins", kg.PredJobTitle, "Lieutenant Colonel"},
						{"person/eileen-collins", kg.PredRepresents, "org/air-force"}, {"person/ann-lee", kg.PredJobTitle, "Attorney General"}, {"person/jim-poe", kg.PredJobTitle, "Chief Marshal"}},
					MustNot: []Fact{{"person/rod-beer", kg.PredJobTitle, "Spokesman Captain"}, {"person/eileen-collins", kg.PredJobTitle, "Force Lieutenant Colonel"},
						{"person/ann-lee", kg.PredJobTitle, "Attorney"}, {"person/tom-reed", kg.PredJobTitle, "Sergeant"}, {"person/eileen-collins", kg.PredJobTitle, "Colonel"}}},
				{Text: "Treasurer Peter Corlett voted no.",
					Must: []Fact{{"person/peter-corlett", kg.PredJobTitle, "Treasurer"}}},
				{Text: "Halvex retained attorney Ann Lee, and U.S. Attorney Tom Reed and District Attorney Sara Vick objected. Attorney Jim Poe said they would appeal.",
					Must:    []Fact{{"person/tom-reed", kg.PredJobTitle, "Attorney"}, {"person/sara-vick", kg.PredJobTitle, "District Attorney"}},
					MustNot: []Fact{{"person/ann-lee", kg.PredJobTitle, ""}, {"person/jim-poe", kg.PredJobTitle, ""}}},
				{Text: "Justices Ana Ruiz and Tom Reed agreed, and Senators Ann Lee, Omar Haddad and Li Wen voted no, as did Analysts Mei Lin and Dan Navon.",
					Must: []Fact{{"person/ana-ruiz", kg.PredJobTitle, "Justice"}, {"person/tom-reed", kg.PredJobTitle, "Justice"},
						{"person/ann-lee", kg.PredJobTitle, "Senator"}, {"person/omar-haddad", kg.PredJobTitle, "Senator"}, {"person/li-wen", kg.PredJobTitle, "Senator"}},
					MustNot: []Fact{{"person/mei-lin", kg.PredJobTitle, ""}, {"person/dan-navon", kg.PredJobTitle, ""}}},
				{Text: "The three foreign ministers, Bronek Wiatr of Poland, Laszlo Kertesz of Hungary and Jiri Novak of the Czech Republic, signed. " +
					"Foreign Ministers Ana Silva of Portugal and Pedro Ruiz of Spain spoke. The winners, Ann Lee and Tom Reed, left.",
					Must: []Fact{{"person/bronek-wiatr", kg.PredJobTitle, "Foreign Minister"}, {"person/bronek-wiatr", kg.PredRepresents, "place/poland"},
						{"person/jiri-novak", kg.PredRepresents, "place/czech-republic"}, {"person/ana-silva", kg.PredRepresents, "place/portugal"},
						{"person/pedro-ruiz", kg.PredJobTitle, "Foreign Minister"}, {"person/pedro-ruiz", kg.PredRepresents, "place/spain"}},
					MustNot: []Fact{{"person/ann-lee", kg.PredJobTitle, ""}, {"person/ana-silva", kg.PredRepresents, "place/spain"}}},
				{Text: "Goldman Sachs analyst Ann Lee said prices would fall, and Russian lawyer Tom Reed agreed.",
					Must:    []Fact{{"person/ann-lee", kg.PredWorksFor, "org/goldman-sachs"}},
					MustNot: []Fact{{"person/ann-lee", kg.PredJobTitle, "Analyst"}, {"person/tom-reed", kg.PredRepresents, "place/russia"}, {"person/tom-reed", kg.PredJobTitle, "Lawyer"}}},
				{Text: "Tourism Minister Ann Lee met political adviser Tom Reed. Meanwhile Minister Omar Haddad spoke in Cairo, and Commission President Ana Ruiz replied.",
					Must: []Fact{{"person/ann-lee", kg.PredJobTitle, "Tourism Minister"}, {"person/tom-reed", kg.PredJobTitle, "Political Adviser"},
						{"person/omar-haddad", kg.PredJobTitle, "Minister"}, {"person/ana-ruiz", kg.PredJobTitle, "President"}},
					MustNot: []Fact{{"person/omar-haddad", kg.PredJobTitle, "Meanwhile Minister"}, {"person/ana-ruiz", kg.PredJobTitle, "Commission President"}}},
				{Text: "Kremlin chief of staff Anton Vaino agreed, and the staff of the ministry met Ann Lee.",
					Must:    []Fact{{"person/anton-vaino", kg.PredJobTitle, "Chief of Staff"}},
					MustNot: []Fact{{"person/ann-lee", kg.PredJobTitle, ""}}},
				{Text: "WHO Director-General Tedros Adhanom Ghebreyesus warned of a new wave.",
					Must: []Fact{
						{"person/tedros-adhanom-ghebreyesus", kg.PredJobTitle, "Director General"},
						{"person/tedros-adhanom-ghebreyesus", kg.PredRepresents, "org/world-health-organization"},
					},
					MustNot: []Fact{{"person/tedros-adhanom-ghebreyesus", kg.PredWorksFor, "org/world-health-organization"}, {"person/tedros-adhanom-ghebreyesus", kg.PredMemberOf, "org/world-health-organization"}}},
				{Text: "Labour MP Ann Lowe spoke first. Later, Labour Party leader Tom Reed replied.",
					Must:    []Fact{{"person/ann-lowe", kg.PredMemberOf, "org/labour-party"}, {"person/tom-reed", kg.PredRepresents, "org/labour-party"}},
					MustNot: []Fact{{"person/ann-lowe", kg.PredRepresents, "org/labour-party"}, {"person/tom-reed", kg.PredMemberOf, "org/labour-party"}}},
				{Text: "The talks were opened by Turkish Foreign Minister Mevlut Cavusoglu in Antalya.",
					Must: []Fact{{"person/mevlut-cavusoglu", kg.PredJobTitle, "Foreign Minister"}, {"person/mevlut-cavusoglu", kg.PredRepresents, "place/turkey"}}},
				{Text: "Pentagon spokesman John Kirby declined to comment.",
					Must:    []Fact{{"person/john-kirby", kg.PredWorksFor, "org/pentagon"}, {"person/john-kirby", kg.PredJobTitle, "Spokesman"}},
					MustNot: []Fact{{"person/john-kirby", kg.PredMemberOf, "org/pentagon"}}},
				{Text: "The talks were led by French Foreign Minister Anne Dupont and Defence Minister Paul Mercier.",
					Must: []Fact{{"person/paul-mercier", kg.PredRepresents, "place/france"}, {"person/paul-mercier", kg.PredJobTitle, "Defence Minister"}}},
				{Text: "Sen. Bernie Sanders of Vermont introduced the bill.",
					Must: []Fact{{"person/bernie-sanders", kg.PredJobTitle, "Senator"}, {"person/bernie-sanders", kg.PredRepresents, "place/vermont"}}},
				{Text: "The Danish naval officer Karl Holm met Danish Foreign Minister Lars Berg.",
					Must:    []Fact{{"person/karl-holm", kg.PredJobTitle, "Naval Officer"}, {"person/lars-berg", kg.PredRepresents, "place/denmark"}},
					MustNot: []Fact{{"person/karl-holm", kg.PredRepresents, "place/denmark"}}},
				{Text: "The Brazilian film director Ana Costa met Brazilian Foreign Minister Paulo Lima.",
					Must:    []Fact{{"person/paulo-lima", kg.PredJobTitle, "Foreign Minister"}, {"person/paulo-lima", kg.PredRepresents, "place/brazil"}},
					MustNot: []Fact{{"person/ana-costa", kg.PredRepresents, "place/brazil"}, {"person/ana-costa", kg.PredJobTitle, ""}}},
				{Text: "Former German chancellor Angela Merkel met German Chancellor Olaf Scholz.",
					Must:    []Fact{{"person/olaf-scholz", kg.PredJobTitle, "Chancellor"}, {"person/olaf-scholz", kg.PredRepresents, "place/germany"}},
					MustNot: []Fact{{"person/angela-merkel", kg.PredJobTitle, ""}, {"person/angela-merkel", kg.PredRepresents, ""}}},
				{Text: "His side won when fellow Chelsea striker Tom Reed scored.",
					Must:    []Fact{{"person/tom-reed", kg.PredJobTitle, "Striker"}},
					MustNot: []Fact{{"person/tom-reed", kg.PredJobTitle, "Fellow Striker"}}},
				{Text: "The film, by director Ann Lowe and Chelsea striker Tom Reed, opened in Paris.",
					Must:    []Fact{{"person/tom-reed", kg.PredJobTitle, "Striker"}},
					MustNot: []Fact{{"person/ann-lowe", kg.PredJobTitle, "Director"}}},
				{Text: "But Clear Water Action director Mark Ruiz said the law was flawed.",
					Must: []Fact{{"person/mark-ruiz", kg.PredJobTitle, "Director"}}},
				{Text: "Princess Anne Berg of Sweden met Foreign Minister Paul Ek.",
					Must:    []Fact{{"person/paul-ek", kg.PredJobTitle, "Foreign Minister"}},
					MustNot: []Fact{{"person/anne-berg", kg.PredJobTitle, ""}, {"person/anne-berg", kg.PredRepresents, "place/sweden"}, {"person/paul-ek", kg.PredRepresents, "place/sweden"}}},
				{Text: "She won her Supreme Court case against Gov Tom Reed.",
					Must:    []Fact{{"person/tom-reed", kg.PredJobTitle, "Governor"}},
					MustNot: []Fact{{"person/tom-reed", kg.PredRepresents, "org/supreme-court"}}},
				{Text: "Tory shadow health secretary Jane Marsh criticised the plan.",
					Must: []Fact{{"person/jane-marsh", kg.PredJobTitle, "Shadow Health Secretary"}}},
				{Text: "Former sprinter and BBC pundit Ann Lowe said the race was fair.",
					Must: []Fact{{"person/ann-lowe", kg.PredJobTitle, "Pundit"}, {"person/ann-lowe", kg.PredWorksFor, "org/bbc"}}},
			}},
		&Rule{Name: RulePossessive, Predicates: []string{kg.PredRepresents, kg.PredMemberOf, kg.PredWorksFor},
			Doc: `a body's possessive before a name: "Al Jazeera's Natacha Butler"`,
			Examples: []Example{
				{Text: "Reuters' reporter aside, the BBC's Lyse Doucet was the first to arrive.",
					Must:    []Fact{{"person/lyse-doucet", kg.PredWorksFor, "org/bbc"}},
					MustNot: []Fact{{"person/lyse-doucet", kg.PredMemberOf, "org/bbc"}}},
				{Text: "The BBC's Lyse Doucet said Halvex Corp.'s Tarnby Foods unit was sold.",
					Must:    []Fact{{"person/lyse-doucet", kg.PredWorksFor, "org/bbc"}},
					MustNot: []Fact{{"person/tarnby-foods", kg.PredWorksFor, ""}, {"org/tarnby-foods", kg.PredWorksFor, ""}}},
				{Text: "The BBC's Lyse Doucet said Halvex is owned by Toronto's Marwick family.",
					Must:    []Fact{{"person/lyse-doucet", kg.PredWorksFor, "org/bbc"}},
					MustNot: []Fact{{"person/marwick", kg.PredRepresents, "place/toronto"}}},
			}},
	),
	personRule(appointed,
		&Rule{Name: RuleAppointed, Predicates: []string{kg.PredJobTitle, kg.PredRepresents, kg.PredMemberOf, kg.PredWorksFor, kg.PredFounder},
			Doc: `appointments: "X was named chief executive of Y on Monday", "Y hired X as its coach", "X joined Y as chief economist", "X succeeded Z as chairman of Y", "X was named chairman of Y. X, 52, will succeed Z" (Z holds the post until then), "X and Z were named vice chairmen", "Y named X chief executive", "the Y board appointed X as", "X became / took over as / serves as chairman of Y"`,
			Examples: []Example{
				{Text: "Anne Roth was appointed chief executive of Siemens on Monday.",
					Must: []Fact{{"person/anne-roth", kg.PredJobTitle, "Chief Executive"}, {"person/anne-roth", kg.PredRepresents, "org/siemens"}}},
				{Text: "Microsoft hired Tom Hale as its chief financial officer last year.",
					Must: []Fact{{"person/tom-hale", kg.PredJobTitle, "Chief Financial Officer"}, {"person/tom-hale", kg.PredWorksFor, "org/microsoft"}}},
				{Text: "Ruth Ames joined Goldman Sachs as chief economist in 2019.",
					Must: []Fact{{"person/ruth-ames", kg.PredJobTitle, "Chief Economist"}, {"person/ruth-ames", kg.PredWorksFor, "org/goldman-sachs"}}},
				{Text: "Ann Lee was named chief executive of Halvex Corp. Ms. Lee, 52 years old, will succeed Tom Reed Feb. 1. Jim Hall was named president of Orvik Inc. He succeeded Dan Roe.",
					Must:    []Fact{{"person/tom-reed", kg.PredJobTitle, "Chief Executive"}, {"person/tom-reed", kg.PredRepresents, "org/halvex"}},
					MustNot: []Fact{{"person/dan-roe", kg.PredJobTitle, ""}, {"person/dan-roe", kg.PredRepresents, ""}}},
				{Text: "Tom Hale succeeded Ann Lee as chief executive of Siemens. Later Mark Ruiz will succeed Paul Kerr as chairman of Barclays.",
					Must:    []Fact{{"person/tom-hale", kg.PredJobTitle, "Chief Executive"}, {"person/tom-hale", kg.PredRepresents, "org/siemens"}, {"person/paul-kerr", kg.PredJobTitle, "Chairman"}, {"person/paul-kerr", kg.PredRepresents, "org/barclays"}},
					MustNot: []Fact{{"person/ann-lee", kg.PredJobTitle, ""}, {"person/mark-ruiz", kg.PredJobTitle, ""}}},
				{Text: "Ann Lee, 54, treasurer, and Tom Hale, 58, who runs the funds group, were named vice chairmen of Halvex Corp. Paul Kerr said Mark Ruiz met them.",
					Must:    []Fact{{"person/ann-lee", kg.PredJobTitle, "Vice Chairman"}, {"person/tom-hale", kg.PredJobTitle, "Vice Chairman"}, {"person/tom-hale", kg.PredRepresents, "org/halvex"}},
					MustNot: []Fact{{"person/paul-kerr", kg.PredJobTitle, ""}, {"person/mark-ruiz", kg.PredJobTitle, ""}}},
				{Text: "Ostara Bank named Ruth Ames chief economist. Tom Hale became chairman of Siemens in 2020, and Ann Lee became angry.",
					Must:    []Fact{{"person/ruth-ames", kg.PredJobTitle, "Chief Economist"}, {"person/tom-hale", kg.PredJobTitle, "Chairman"}, {"person/tom-hale", kg.PredRepresents, "org/siemens"}},
					MustNot: []Fact{{"person/ann-lee", kg.PredJobTitle, ""}}},
				{Text: "Ruth Ames, 45, was named president of the unit on Monday.",
					Must: []Fact{{"person/ruth-ames", kg.PredJobTitle, "President"}}},
				{Text: "Tom Hale was named chief executive of Siemens, and Ann Lee was named in the report.",
					Must:    []Fact{{"person/tom-hale", kg.PredJobTitle, "Chief Executive"}},
					MustNot: []Fact{{"person/ann-lee", kg.PredJobTitle, ""}}},
			}},
	),
	personRule(apposition,
		&Rule{Name: RuleHeads, Predicates: []string{kg.PredRepresents, kg.PredMemberOf, kg.PredWorksFor, kg.PredFounder},
			Doc: `"X, who heads/leads/chairs/runs Y", "X, who has led Y"; "X, who founded Y": Y's founder (schema:founder); "X, who edits Y's Z": X works for Y`,
			Examples: []Example{
				{Text: "Mark Potter, who edits the Halden Law Center's Intelligence Report, wrote the study. Ann Lee, who edits films, agreed.",
					Must:    []Fact{{"person/mark-potter", kg.PredWorksFor, "org/halden-law-center"}},
					MustNot: []Fact{{"person/mark-potter", kg.PredRepresents, ""}, {"person/ann-lee", kg.PredWorksFor, ""}}},
				{Text: "Anna Keller, who heads the European Space Agency, praised the launch.",
					Must: []Fact{{"person/anna-keller", kg.PredRepresents, "org/european-space-agency"}}},
				{Text: "Oskar Lind, who has led Brakstad since 2015, said costs were too high. Ann Lee, who has led calls for reform, agreed.",
					Must:    []Fact{{"person/oskar-lind", kg.PredRepresents, "org/brakstad"}},
					MustNot: []Fact{{"person/ann-lee", kg.PredRepresents, ""}}},
				{Text: "Oskar Lind, who also runs Brakstad, said costs were too high.",
					Must: []Fact{{"person/oskar-lind", kg.PredRepresents, "org/brakstad"}}},
				{Text: "Oskar Lind, who founded Brakstad Corp. in 1990, said costs were too high.",
					Must:    []Fact{{"org/brakstad", kg.PredFounder, "person/oskar-lind"}},
					MustNot: []Fact{{"person/oskar-lind", kg.PredRepresents, ""}}},
			}},
		&Rule{Name: RuleApposition, Predicates: []string{kg.PredJobTitle, kg.PredRepresents, kg.PredMemberOf, kg.PredWorksFor, kg.PredFormerJobTitle, kg.PredFounder},
			Doc: `a title after a name: "Alexander Fomin, Russia's deputy defence minister", "X is the CEO of Y", "X, a director of the company" (a company's director sits on its board: memberOf); a former one when the clause says its holder left it ("X, chief executive of Y, resigned") or the post says so ("X, a director of Y and former head of Z"); "X, founder of Y" makes X Y's founder (schema:founder), no title`,
			Examples: []Example{
				{Text: "Sgt. Tom Reed, a spokesman for the Camden Police Department, declined to comment.",
					Must:    []Fact{{"person/tom-reed", kg.PredJobTitle, "Spokesman"}, {"person/tom-reed", kg.PredWorksFor, "org/camden-police-department"}},
					MustNot: []Fact{{"person/tom-reed", kg.PredJobTitle, "Sergeant"}}},
				{Text: "Lawrence Wechsler, a lawyer for the White House secretary, Betty Currie, spoke. Ann Lee, chairman of Halvex Corp., agreed.",
					Must:    []Fact{{"person/ann-lee", kg.PredRepresents, "org/halvex"}},
					MustNot: []Fact{{"person/lawrence-wechsler", kg.PredJobTitle, ""}, {"person/lawrence-wechsler", kg.PredRepresents, ""}}},
				{Text: "Jan Yell, the chairwoman of the White House's Council of Economic Advisers, spoke. Tom Reed, president of Halvex Corp.'s Orvik Systems unit, agreed, " +
					"and Mike Swale, president of Halvex's North America division, did not.",
					Must: []Fact{{"person/jan-yell", kg.PredRepresents, "org/council-of-economic-advisers"}, {"person/tom-reed", kg.PredRepresents, "org/orvik-systems"},
						{"person/mike-swale", kg.PredWorksFor, "org/halvex"}},
					MustNot: []Fact{{"person/jan-yell", kg.PredRepresents, "org/white-house"}, {"person/tom-reed", kg.PredRepresents, "org/halvex"},
						{"person/mike-swale", kg.PredRepresents, ""}}},
				{Text: "The Federal Bureau of Investigation (FBI) agreed. \"No,\" said Rob Wall, FBI director for the Miami district. Ann Lee, the UN envoy for Cyprus, said so.",
					Must:    []Fact{{"person/rob-wall", kg.PredJobTitle, "Director"}, {"person/rob-wall", kg.PredWorksFor, "org/fbi"}, {"person/ann-lee", kg.PredRepresents, "org/united-nations"}},
					MustNot: []Fact{{"person/rob-wall", kg.PredRepresents, "place/miami"}, {"person/ann-lee", kg.PredRepresents, "place/cyprus"}}},
				{Text: "The family is split, said Dan Ferro, a Cuban-American political scientist at Florida International University. Tom Reed, a Russian economist, did not agree.",
					Must:    []Fact{{"person/dan-ferro", kg.PredWorksFor, "org/florida-international-university"}},
					MustNot: []Fact{{"person/dan-ferro", kg.PredRepresents, ""}, {"person/tom-reed", kg.PredRepresents, ""}}},
				{Text: "Tom Reed, founder of Halvex Corp., resigned as chief executive last year. Ann Lee, chairman of Orvik Inc., stepped down as chief executive, and Jim Hall, chairman of Kessvor Inc., resigned on Monday.",
					Must:    []Fact{{"org/halvex", kg.PredFounder, "person/tom-reed"}, {"person/ann-lee", kg.PredJobTitle, "Chairman"}, {"person/jim-hall", kg.PredFormerJobTitle, "Chairman"}},
					MustNot: []Fact{{"person/tom-reed", kg.PredFormerJobTitle, "Founder"}, {"person/tom-reed", kg.PredJobTitle, "Founder"}, {"person/ann-lee", kg.PredFormerJobTitle, "Chairman"}, {"person/jim-hall", kg.PredJobTitle, ""}}},
				{Text: "Halvex Corp. said Neal Ortt, vice president, marketing, and Dan Roe, its vice president for finance, agreed. Ann Lee, currently vice president finance, will succeed Tom Reed, vice president for Europe.",
					Must: []Fact{{"person/neal-ortt", kg.PredJobTitle, "Vice President, Marketing"}, {"person/dan-roe", kg.PredJobTitle, "Vice President for Finance"},
						{"person/ann-lee", kg.PredJobTitle, "Vice President Finance"}, {"person/tom-reed", kg.PredJobTitle, "Vice President"}},
					MustNot: []Fact{{"person/neal-ortt", kg.PredJobTitle, "Vice President"}, {"person/tom-reed", kg.PredJobTitle, "Vice President for Europe"}}},
				{Text: "Tom Reed, Halvex Corp.'s director of marketing, agreed. Jim Poe, Intel's vice president for sales, agreed too. Li Wen, director of Kessvor Co.'s advanced systems development, " +
					"and Sara Vick, an immigration law professor at the University of Miami, disagreed. \"It works,\" said Dan Roe, Intel's director for the 486 chip. Ann Lee, a director of Kessvor Co., agreed.",
					Must: []Fact{{"person/tom-reed", kg.PredJobTitle, "Director of Marketing"}, {"person/tom-reed", kg.PredWorksFor, "org/halvex"},
						{"person/jim-poe", kg.PredJobTitle, "Vice President for Sales"}, {"person/jim-poe", kg.PredWorksFor, "org/intel"},
						{"person/li-wen", kg.PredJobTitle, "Director"}, {"person/li-wen", kg.PredWorksFor, "org/kessvor"},
						{"person/sara-vick", kg.PredJobTitle, "Professor"}, {"person/sara-vick", kg.PredWorksFor, "org/university-of-miami"},
						{"person/dan-roe", kg.PredJobTitle, "Director"}, {"person/dan-roe", kg.PredWorksFor, "org/intel"}, {"person/ann-lee", kg.PredMemberOf, "org/kessvor"}},
					MustNot: []Fact{{"person/li-wen", kg.PredMemberOf, "org/kessvor"}, {"person/tom-reed", kg.PredRepresents, "org/halvex"}, {"person/sara-vick", kg.PredJobTitle, "Law Professor"}}},
				{Text: "The Pentagon awarded Halvex Corp. a contract. Pentagon officials said it was big. Ann Lee, a director of the company, said so. Tom Reed, chairman and former chief executive of Orvik, agreed.",
					Must:    []Fact{{"person/ann-lee", kg.PredMemberOf, "org/halvex"}, {"person/tom-reed", kg.PredRepresents, "org/orvik"}, {"person/tom-reed", kg.PredFormerJobTitle, "Chief Executive"}},
					MustNot: []Fact{{"person/ann-lee", kg.PredRepresents, "org/pentagon"}, {"person/ann-lee", kg.PredMemberOf, "org/pentagon"}}},
				{Text: "\"Demand is strong,\" said Peter Lang, a Commerzbank economist. Ann Lee, a Deutsche Bank economist who covers autos, agreed, and Tom Reed, a Russian economist, did not. Jim Hall, a Tesla analyst, and Dan Roe, a Republican strategist, disagreed.",
					Must:    []Fact{{"person/peter-lang", kg.PredWorksFor, "org/commerzbank"}, {"person/ann-lee", kg.PredWorksFor, "org/deutsche-bank"}},
					MustNot: []Fact{{"person/tom-reed", kg.PredRepresents, ""}, {"person/tom-reed", kg.PredWorksFor, ""}, {"person/peter-lang", kg.PredJobTitle, ""}, {"person/jim-hall", kg.PredWorksFor, ""}, {"person/dan-roe", kg.PredWorksFor, ""}}},
				{Text: "Halvex Corp. hired Orvik Securities Inc. Ann Lee, a director of the company and former head of the Kestrel Publishing Group, will advise it. Tom Reed, director of the Wildlife Trust, agreed.",
					Must: []Fact{{"person/ann-lee", kg.PredJobTitle, "Director"}, {"person/ann-lee", kg.PredMemberOf, "org/halvex"}, {"person/ann-lee", kg.PredFormerJobTitle, "Head"},
						{"person/tom-reed", kg.PredRepresents, "org/wildlife-trust"}},
					MustNot: []Fact{{"person/ann-lee", kg.PredRepresents, ""}, {"person/ann-lee", kg.PredMemberOf, "org/orvik-securities"}, {"person/tom-reed", kg.PredMemberOf, ""}}},
				{Text: "Ann Lee, wife of Tom Reed and chairman of Halvex, agreed. Bo Li, son of Jim Hall, left.",
					Must:    []Fact{{"person/ann-lee", kg.PredJobTitle, "Chairman"}, {"person/ann-lee", kg.PredRepresents, "org/halvex"}},
					MustNot: []Fact{{"person/bo-li", kg.PredJobTitle, ""}, {"person/tom-reed", kg.PredRepresents, ""}}},
				{Text: "\"We stay,\" said Ann Lee, the science minister. Tom Reed, the key witness, spoke.",
					Must:    []Fact{{"person/ann-lee", kg.PredJobTitle, "Science Minister"}},
					MustNot: []Fact{{"person/tom-reed", kg.PredJobTitle, ""}}},
				{Text: "Rafael Grossi, Argentina's ambassador to Austria, arrived late.",
					Must:    []Fact{{"person/rafael-grossi", kg.PredJobTitle, "Ambassador"}, {"person/rafael-grossi", kg.PredRepresents, "place/argentina"}},
					MustNot: []Fact{{"person/rafael-grossi", kg.PredRepresents, "place/austria"}}},
				{Text: "Satya Nadella, chief executive of Microsoft, said the deal would close soon.",
					Must:    []Fact{{"person/satya-nadella", kg.PredJobTitle, "Chief Executive"}, {"person/satya-nadella", kg.PredRepresents, "org/microsoft"}},
					MustNot: []Fact{{"person/satya-nadella", kg.PredMemberOf, "org/microsoft"}}},
				{Text: "Lee Gelernt, a lawyer with the American Civil Liberties Union, said the rule was unlawful.",
					Must:    []Fact{{"person/lee-gelernt", kg.PredWorksFor, "org/american-civil-liberties-union"}},
					MustNot: []Fact{{"person/lee-gelernt", kg.PredJobTitle, "Lawyer"}}},
				{Text: "Mark Rutte, a former Dutch prime minister, met Satya Nadella, chief executive of Microsoft.",
					Must:    []Fact{{"person/satya-nadella", kg.PredJobTitle, "Chief Executive"}},
					MustNot: []Fact{{"person/mark-rutte", kg.PredJobTitle, ""}, {"person/mark-rutte", kg.PredRepresents, "place/netherlands"}}},
				{Text: "Jane Doe is a technology author, and Satya Nadella is the chief executive of Microsoft.",
					Must:    []Fact{{"person/satya-nadella", kg.PredJobTitle, "Chief Executive"}},
					MustNot: []Fact{{"person/jane-doe", kg.PredJobTitle, ""}}},
				{Text: "Paul Kerr, a senior fellow at the Brookings Institution, and Ann Lee, an analyst at Goldman Sachs, disagreed.",
					Must:    []Fact{{"person/paul-kerr", kg.PredJobTitle, "Fellow"}, {"person/paul-kerr", kg.PredWorksFor, "org/brookings-institution"}, {"person/ann-lee", kg.PredWorksFor, "org/goldman-sachs"}},
					MustNot: []Fact{{"person/ann-lee", kg.PredJobTitle, "Analyst"}}},
				{Text: "Tom Reed, a lawyer from London, and Ann Lee, deputy foreign minister of Japan, spoke.",
					Must:    []Fact{{"person/ann-lee", kg.PredRepresents, "place/japan"}},
					MustNot: []Fact{{"person/tom-reed", kg.PredRepresents, "place/london"}}},
				{Text: "Ann Lowe, head of research at Bank of America in New York, and Tom Reed, the Liberal Democrats' foreign affairs spokesman, agreed.",
					Must: []Fact{{"person/ann-lowe", kg.PredWorksFor, "org/bank-of-america"}, {"person/tom-reed", kg.PredJobTitle, "Foreign Affairs Spokesman"}, {"person/tom-reed", kg.PredWorksFor, "org/liberal-democrats"}}},
				{Text: "Tom Reed, an economist at the International Monetary Fund, and Ann Lee, an author, disagreed.",
					Must:    []Fact{{"person/tom-reed", kg.PredWorksFor, "org/international-monetary-fund"}},
					MustNot: []Fact{{"person/tom-reed", kg.PredJobTitle, ""}, {"person/ann-lee", kg.PredJobTitle, ""}}},
				{Text: "Ann Lowe, chief executive of the drinks firm Halvex Group, said prices would rise. Ann Lee, an analyst at the consultancy Pellucid, agreed.",
					Must: []Fact{{"person/ann-lowe", kg.PredRepresents, "org/halvex"}, {"person/ann-lee", kg.PredWorksFor, "org/pellucid"}}},
				{Text: "Visas for the group — including Tom Reed, Halvex Group chairman — were approved. Ann Lee, chief investment officer of Morvan Bank, agreed.",
					Must:    []Fact{{"person/tom-reed", kg.PredJobTitle, "Chairman"}, {"person/tom-reed", kg.PredRepresents, "org/halvex"}, {"person/ann-lee", kg.PredJobTitle, "Chief Investment Officer"}},
					MustNot: []Fact{{"person/ann-lee", kg.PredJobTitle, "Chief"}}},
				{Text: "Anne Roth, 54, chief executive of Siemens, spoke.",
					Must: []Fact{{"person/anne-roth", kg.PredJobTitle, "Chief Executive"}, {"person/anne-roth", kg.PredRepresents, "org/siemens"}}},
				{Text: "Anne Roth, 54, chief executive of Siemens, resigned. Pierre Lortie, chairman and chief executive, has stepped down, and Tom Reed, chairman of Barclays, would resign.",
					Must: []Fact{{"person/anne-roth", kg.PredFormerJobTitle, "Chief Executive"}, {"person/pierre-lortie", kg.PredFormerJobTitle, "Chairman"}, {"person/pierre-lortie", kg.PredFormerJobTitle, "Chief Executive"},
						{"person/tom-reed", kg.PredJobTitle, "Chairman"}},
					MustNot: []Fact{{"person/anne-roth", kg.PredJobTitle, "Chief Executive"}, {"person/anne-roth", kg.PredRepresents, "org/siemens"}, {"person/pierre-lortie", kg.PredJobTitle, ""}}},
				{Text: "Carla Munt spoke. \"It was bad,\" said Josh Veld, Munt's campaign manager. Amy Roe, the campaign spokesman for Munt, agreed.",
					Must:    []Fact{{"person/josh-veld", kg.PredJobTitle, "Campaign Manager"}, {"person/amy-roe", kg.PredJobTitle, "Campaign Spokesman"}},
					MustNot: []Fact{{"person/josh-veld", kg.PredRepresents, "person/carla-munt"}, {"person/amy-roe", kg.PredWorksFor, "person/carla-munt"}}},
				{Text: "The advert, said Kelli Dorn, the executive director of the Ohio branch of Lumen, is meant to shock. Ann Lee, the director of the film in which it runs, smiled.",
					Must:    []Fact{{"person/kelli-dorn", kg.PredJobTitle, "Executive Director"}},
					MustNot: []Fact{{"person/kelli-dorn", kg.PredJobTitle, "Executive Director State"}, {"person/ann-lee", kg.PredJobTitle, ""}}},
				{Text: "Paul Lego, president and chief operating officer of Halvex Corp., spoke, and Joan Bly, chairman and John Roe said no.",
					Must:    []Fact{{"person/paul-lego", kg.PredJobTitle, "President"}, {"person/paul-lego", kg.PredJobTitle, "Chief Operating Officer"}, {"person/paul-lego", kg.PredRepresents, "org/halvex"}},
					MustNot: []Fact{{"person/joan-bly", kg.PredJobTitle, "John Roe"}, {"person/john-roe", kg.PredJobTitle, ""}}},
			}},
	),
	personRule(fromOrg,
		&Rule{Name: RuleFromOrg, Predicates: []string{kg.PredWorksFor, kg.PredMemberOf},
			Doc: `an organisation right after a name or two names joined by "and": "Simon Hale, from Barclays, said", "said Ann Lee of Goldman Sachs", "X and Y of First Boston"`,
			Examples: []Example{
				{Text: "\"The sale came too late,\" Simon Hale, from Barclays, told Reuters.",
					Must: []Fact{{"person/simon-hale", kg.PredWorksFor, "org/barclays"}}},
				{Text: "Prices will rise, said Ann Lee of Goldman Sachs. Tom Reed, of London, disagreed.",
					Must:    []Fact{{"person/ann-lee", kg.PredWorksFor, "org/goldman-sachs"}},
					MustNot: []Fact{{"person/tom-reed", kg.PredWorksFor, "place/london"}, {"person/tom-reed", kg.PredRepresents, "place/london"}}},
				{Text: "The seat went to Ravi Nair of the Bharatiya Janata Party.",
					Must:    []Fact{{"person/ravi-nair", kg.PredMemberOf, "org/bharatiya-janata-party"}},
					MustNot: []Fact{{"person/ravi-nair", kg.PredWorksFor, "org/bharatiya-janata-party"}}},
				{Text: "New directors include Jon Harlow and Mark Adley of Brandt Partners, and Ann Lee.",
					Must:    []Fact{{"person/jon-harlow", kg.PredWorksFor, "org/brandt-partners"}, {"person/mark-adley", kg.PredWorksFor, "org/brandt-partners"}},
					MustNot: []Fact{{"person/ann-lee", kg.PredWorksFor, ""}}},
				{Text: "Tom Reed flew in. He was met by Reed and Joan Brown Campbell of the Halden Foundation.",
					Must:    []Fact{{"person/joan-brown-campbell", kg.PredWorksFor, "org/halden-foundation"}},
					MustNot: []Fact{{"person/tom-reed", kg.PredWorksFor, ""}}},
			}},
	),
	personRule(partyState,
		&Rule{Name: RulePartyState, Predicates: []string{kg.PredMemberOf, kg.PredRepresents, kg.PredJobTitle},
			Doc: `US lawmakers' party and state: "Sen. Joe Manchin, D-W.Va.", "Rep. Chip Roy (R-Texas)", "X, a Texas Republican", "X, a Republican from Texas", "X, the Democratic governor of Ohio"`,
			Examples: []Example{
				{Text: "The boy played with a puppy, a gift from Rep. Lincoln Daza, R-Fla.\nThe dog barked. Sen. Ann Lee, D-Ohio. The dog ran. Rep. Tom Reed, R-W.Va., agreed.",
					Must: []Fact{{"person/lincoln-daza", kg.PredRepresents, "place/florida"}, {"person/lincoln-daza", kg.PredMemberOf, "org/republican-party"},
						{"person/ann-lee", kg.PredRepresents, "place/ohio"}, {"person/tom-reed", kg.PredRepresents, "place/west-virginia"}}},
				{Text: "Dana Whitfield, the Democratic governor of Ohio, and Carl Boone, a Republican from Texas, spoke. Ann Dee, a Republican from Leeds, agreed.",
					Must: []Fact{{"person/dana-whitfield", kg.PredMemberOf, "org/democratic-party"}, {"person/dana-whitfield", kg.PredRepresents, "place/ohio"}, {"person/dana-whitfield", kg.PredJobTitle, "Governor"},
						{"person/carl-boone", kg.PredMemberOf, "org/republican-party"}, {"person/carl-boone", kg.PredRepresents, "place/texas"}},
					MustNot: []Fact{{"person/ann-dee", kg.PredRepresents, ""}, {"person/ann-dee", kg.PredMemberOf, ""}}},
				{Text: "Sen. Dana Whitfield, D-W.Va., opposed the bill.",
					Must: []Fact{{"person/dana-whitfield", kg.PredMemberOf, "org/democratic-party"}, {"person/dana-whitfield", kg.PredRepresents, "place/west-virginia"}}},
				{Text: "Rep. Carl Boone (R-Texas) voted against it.",
					Must: []Fact{{"person/carl-boone", kg.PredMemberOf, "org/republican-party"}, {"person/carl-boone", kg.PredRepresents, "place/texas"}}},
				{Text: "The amendment came from Mark Ellis, a Ohio Republican, and Ann Dee, a D-Day veteran.",
					Must:    []Fact{{"person/mark-ellis", kg.PredMemberOf, "org/republican-party"}, {"person/mark-ellis", kg.PredRepresents, "place/ohio"}},
					MustNot: []Fact{{"person/ann-dee", kg.PredMemberOf, "org/democratic-party"}}},
			}},
	),
	personRule(titleApposition,
		&Rule{Name: RuleTitleBefore, Predicates: []string{kg.PredJobTitle, kg.PredRepresents, kg.PredMemberOf, kg.PredWorksFor, kg.PredFormerJobTitle, kg.PredFounder},
			Doc: `a title before an appositive name: "the bloc's secretary general, Jens Stoltenberg", "a new chief executive officer, X"; a former one when the clause says its holder left it ("Y's chief financial officer, X, resigned and its chairman, Z, ...": Z heads Y)`,
			Examples: []Example{
				{Text: "FIFA met in Zurich. FIFA officials and UEFA delegates argued. The organisation's president, Gianni Infantino, spoke last.",
					Must: []Fact{{"person/gianni-infantino", kg.PredJobTitle, "President"}, {"person/gianni-infantino", kg.PredRepresents, "org/fifa"}}},
				{Text: "In 1988 the group brought in a new chief executive officer, Richard Gillan, who cut costs.",
					Must: []Fact{{"person/richard-gillan", kg.PredJobTitle, "Chief Executive Officer"}}},
				{Text: "Patting the children on the head, Ana Ruiz smiled, and the chairman, Tom Reed, waved.",
					Must:    []Fact{{"person/tom-reed", kg.PredJobTitle, "Chairman"}},
					MustNot: []Fact{{"person/ana-ruiz", kg.PredJobTitle, ""}}},
				{Text: "The president of France, Emmanuel Macron, arrived on Monday.",
					Must: []Fact{{"person/emmanuel-macron", kg.PredJobTitle, "President"}, {"person/emmanuel-macron", kg.PredRepresents, "place/france"}}},
				{Text: "The nominees are Kings And Queen, Anna Berg for Two Rivers, and the president of France, Emmanuel Macron.",
					Must:    []Fact{{"person/emmanuel-macron", kg.PredJobTitle, "President"}},
					MustNot: []Fact{{"person/anna-berg", kg.PredJobTitle, "Queen"}}},
				{Text: "NATO Secretary General Jens Stoltenberg arrived. His deputy, Mircea Geoana, and his lawyer, Ann Lee, followed.",
					Must:    []Fact{{"person/mircea-geoana", kg.PredJobTitle, "Deputy Secretary General"}, {"person/mircea-geoana", kg.PredRepresents, "org/nato"}},
					MustNot: []Fact{{"person/ann-lee", kg.PredJobTitle, ""}, {"person/ann-lee", kg.PredRepresents, ""}}},
				{Text: "Barclays said its chairman, Paul Kerr, would resign. Tom Reed said its director, Ann Lee, agreed.",
					Must:    []Fact{{"person/paul-kerr", kg.PredJobTitle, "Chairman"}, {"person/paul-kerr", kg.PredRepresents, "org/barclays"}},
					MustNot: []Fact{{"person/ann-lee", kg.PredRepresents, "org/barclays"}}},
				{Text: "Orvik Inc.'s chairman, Jim Hall, dismissed the report, and Kessvor Corp.'s chief executive, Dan Roe, was dismissed.",
					Must:    []Fact{{"person/jim-hall", kg.PredJobTitle, "Chairman"}, {"person/jim-hall", kg.PredRepresents, "org/orvik"}, {"person/dan-roe", kg.PredFormerJobTitle, "Chief Executive"}},
					MustNot: []Fact{{"person/jim-hall", kg.PredFormerJobTitle, ""}, {"person/dan-roe", kg.PredJobTitle, ""}}},
				{Text: "Halvex Corp.'s chief operating officer, Raj Patel, left in March. Orvik Inc.'s chairman, Jim Hall, left on Monday for Asia.",
					Must:    []Fact{{"person/raj-patel", kg.PredFormerJobTitle, "Chief Operating Officer"}, {"person/jim-hall", kg.PredJobTitle, "Chairman"}},
					MustNot: []Fact{{"person/raj-patel", kg.PredJobTitle, ""}, {"person/jim-hall", kg.PredFormerJobTitle, ""}}},
				{Text: "Halvex Corp.'s chief financial officer, Tom Reed, resigned and its chairman, Ann Lee, is stepping in, the company said.",
					Must:    []Fact{{"person/tom-reed", kg.PredFormerJobTitle, "Chief Financial Officer"}, {"person/ann-lee", kg.PredJobTitle, "Chairman"}, {"person/ann-lee", kg.PredRepresents, "org/halvex"}},
					MustNot: []Fact{{"person/tom-reed", kg.PredJobTitle, ""}, {"person/tom-reed", kg.PredWorksFor, ""}}},
				{Text: "Shell said profits rose. Shell spokesman Ian Pike said so, and Shell's Tom Lowe agreed. The strike was called by the union's leader, Frank Hale, and the company's chairman, Ann Roe, regretted it.",
					Must:    []Fact{{"person/frank-hale", kg.PredJobTitle, "Leader"}, {"person/ann-roe", kg.PredJobTitle, "Chairman"}},
					MustNot: []Fact{{"person/frank-hale", kg.PredRepresents, "org/shell"}}},
				{Text: "Ukraine's ambassador to the UN, Sergiy Kyslytsya, spoke first.",
					Must:    []Fact{{"person/sergiy-kyslytsya", kg.PredJobTitle, "Ambassador"}, {"person/sergiy-kyslytsya", kg.PredRepresents, "place/ukraine"}},
					MustNot: []Fact{{"person/sergiy-kyslytsya", kg.PredRepresents, "org/united-nations"}}},
			}},
	),
	personRule(studentAt,
		&Rule{Name: RuleStudentAt, Predicates: []string{kg.PredMemberOf},
			Doc: `students: "X, a graduate student studying at Cornell University", "X, who is studying at Y", "Harvard University student X"`,
			Examples: []Example{
				{Text: "Mei Lin, a graduate student from Singapore studying at Cornell University, wrote the software.",
					Must: []Fact{{"person/mei-lin", kg.PredMemberOf, "org/cornell-university"}}},
				{Text: "Yale University student Tom Reed won the prize.",
					Must: []Fact{{"person/tom-reed", kg.PredMemberOf, "org/yale-university"}}},
				{Text: "Mei Lin, a former student at Cornell University, and Tom Reed, a student at Yale University, spoke.",
					Must:    []Fact{{"person/tom-reed", kg.PredMemberOf, "org/yale-university"}},
					MustNot: []Fact{{"person/mei-lin", kg.PredMemberOf, "org/cornell-university"}}},
			}},
	),
	personRule(formerTitle,
		&Rule{Name: RuleFormerTitle, Predicates: []string{kg.PredFormerJobTitle},
			Doc: `a former office, never a current title: "Former German chancellor Angela Merkel", "X, a former Dutch prime minister", "ex-Barclays chief executive X", "then-Prime Minister X", "onetime", "the late Pope X", "X stepped down as chief executive", "X served as chief executive of Y", "X was Prime Minister of Y from 1990 to 1996"`,
			Examples: []Example{
				{Text: "Former German chancellor Angela Merkel met German Chancellor Olaf Scholz.",
					Must:    []Fact{{"person/angela-merkel", kg.PredFormerJobTitle, "Chancellor"}},
					MustNot: []Fact{{"person/angela-merkel", kg.PredJobTitle, ""}, {"person/olaf-scholz", kg.PredFormerJobTitle, ""}, {"person/german", kg.PredFormerJobTitle, ""}}},
				{Text: "Former Soviet leader Mikhail Gorbachev and former Yugoslav president Ante Markovic spoke.",
					Must:    []Fact{{"person/mikhail-gorbachev", kg.PredFormerJobTitle, "Leader"}, {"person/ante-markovic", kg.PredFormerJobTitle, "President"}},
					MustNot: []Fact{{"person/mikhail-gorbachev", kg.PredJobTitle, ""}, {"person/ante-markovic", kg.PredJobTitle, ""}}},
				{Text: "Mark Rutte, a former Dutch prime minister, met Satya Nadella, chief executive of Microsoft.",
					Must:    []Fact{{"person/mark-rutte", kg.PredFormerJobTitle, "Prime Minister"}},
					MustNot: []Fact{{"person/mark-rutte", kg.PredJobTitle, ""}, {"person/satya-nadella", kg.PredFormerJobTitle, ""}}},
				{Text: "Ex-Barclays chief executive Tom Reed and then-Prime Minister Ann Lowe spoke. Onetime Labour leader Neil Kinnock agreed.",
					Must:    []Fact{{"person/tom-reed", kg.PredFormerJobTitle, "Chief Executive"}, {"person/ann-lowe", kg.PredFormerJobTitle, "Prime Minister"}, {"person/neil-kinnock", kg.PredFormerJobTitle, "Leader"}},
					MustNot: []Fact{{"person/tom-reed", kg.PredJobTitle, ""}, {"person/ann-lowe", kg.PredJobTitle, ""}, {"person/neil-kinnock", kg.PredJobTitle, ""}, {"person/neil-kinnock", kg.PredRepresents, ""}}},
				{Text: "Russia was represented by the former Russian ambassador to NATO and Deputy Foreign Minister Ann Lowe.",
					Must:    []Fact{{"person/ann-lowe", kg.PredFormerJobTitle, "Ambassador"}},
					MustNot: []Fact{{"person/ann-lowe", kg.PredFormerJobTitle, "Deputy Foreign Minister"}}},
				{Text: "Tom Reed stepped down as chief executive of Siemens. Mei Lin, who resigned as chairman of Barclays in May, and Ann Lowe, who will step down as chairman of Nomura, spoke.",
					Must:    []Fact{{"person/tom-reed", kg.PredFormerJobTitle, "Chief Executive"}, {"person/mei-lin", kg.PredFormerJobTitle, "Chairman"}},
					MustNot: []Fact{{"person/ann-lowe", kg.PredFormerJobTitle, ""}, {"person/tom-reed", kg.PredJobTitle, ""}, {"person/mei-lin", kg.PredRepresents, ""}}},
				{Text: "Tom Reed, who was formerly chief executive of Siemens, and Ann Lowe, who is chairman of Barclays, spoke.",
					Must:    []Fact{{"person/tom-reed", kg.PredFormerJobTitle, "Chief Executive"}},
					MustNot: []Fact{{"person/ann-lowe", kg.PredFormerJobTitle, ""}, {"person/tom-reed", kg.PredJobTitle, ""}}},
				// "outgoing" is still in office: a current title.
				{Text: "The late Pope John Paul II met outgoing President Tom Reed.",
					Must:    []Fact{{"person/john-paul-ii", kg.PredFormerJobTitle, "Pope"}},
					MustNot: []Fact{{"person/john-paul-ii", kg.PredJobTitle, ""}, {"person/tom-reed", kg.PredFormerJobTitle, ""}}},
			}},
	),
	personRule(companyHead,
		&Rule{Name: RuleCompanyHead, Predicates: []string{kg.PredRepresents, kg.PredWorksFor},
			Doc: `a company title with no company beside it, "chief executive X said", in a story about one company: X heads that company (a staff officer, "chief financial officer", works for it)`,
			Examples: []Example{
				{Text: "Shares in the drinks firm Halvex Group fell. Halvex Group blamed the weather, and chief executive Ann Lowe said prices would rise.",
					Must: []Fact{{"person/ann-lowe", kg.PredRepresents, "org/halvex"}}},
				{Text: "Shares in the drinks firm Halvex Group fell. Halvex Group blamed the weather. Chief executive Ann Lowe said prices would rise, and Siemens chairman Tom Reed agreed.",
					Must:    []Fact{{"person/ann-lowe", kg.PredRepresents, "org/halvex"}},
					MustNot: []Fact{{"person/tom-reed", kg.PredRepresents, "org/halvex"}}},
				{Text: "Halvex Group expects margins to rise. Ann Lowe, chairman and chief executive officer, said Halvex Group would sell two units.",
					Must: []Fact{{"person/ann-lowe", kg.PredRepresents, "org/halvex"}}},
				{Text: "Halvex Group expects margins to rise. \"Costs fell,\" said Tom Reed, chief financial officer. Halvex Group will sell two units.",
					Must:    []Fact{{"person/tom-reed", kg.PredWorksFor, "org/halvex"}},
					MustNot: []Fact{{"person/tom-reed", kg.PredRepresents, ""}}},
			}},
	),
)

// RuleFormerTitle states offices their holders no longer hold.
const RuleFormerTitle = "former-title"

// formerTitle: "Former German chancellor Angela Merkel", "Mark Rutte, a
// former Dutch prime minister,", "ex-Barclays chief executive X", "then-Prime
// Minister X", "the late Pope X": a title read as a former office (chain
// drops it as a current one) is the person's kg:formerJobTitle; the
// country or body it names is not stated, since the tie is past too. rs is
// former-title.
func formerTitle(a *analysis, m *ment, _ *titleState, rs []*Rule) {
	toks := a.toks
	sent := a.sentOf[m.t0]
	start := a.beforeHonorific(m.t0)
	title, _, stop, _, former := a.chainFull(start, -1, sent)
	// "the former Russian ambassador to NATO and Deputy Foreign Minister X":
	// a former office coordinated with the current one.
	if !former && len(title) > 0 && stop > 0 && a.sentOf[stop] == sent && toks[stop].Text == "and" {
		title, _, _, _, former = a.chainFull(stop-1, -1, sent)
	}
	if former {
		if jt := a.cleanTitle(withoutFormer(title)); jt != "" {
			a.add(m.id, kg.PredFormerJobTitle, kg.Term{Literal: jt}, a.evidence(m.t0, m.t1, rs[0]))
		}
	}
	a.leftOffice(m, rs[0])
	// "X, a former Dutch prime minister,"
	i := m.t1
	if i+1 >= len(toks) || a.sentOf[i+1] != sent || toks[i].Text != "," {
		return
	}
	i++
	// "X, who was formerly chief executive of Y,", "X, who was once".
	was := false
	if i+2 < len(toks) && toks[i].Norm == "who" && (toks[i+1].Norm == "was" || toks[i+1].Norm == "is") && onceWords[toks[i+2].Norm] {
		i, was = i+3, true
	}
	for i < len(toks) && (toks[i].Norm == "the" || toks[i].Norm == "a" || toks[i].Norm == "an" || tenure[toks[i].Norm]) {
		i++
	}
	title, _, stop, _, former = a.chainFull(i, 1, sent)
	if !former && !was {
		return
	}
	// "the campaign spokesman for Spitzer,", "an adviser to Obama,": a
	// post in a person's service.
	if p := a.at(stop); p != nil && p.typ == kg.Person && stop > 0 && (toks[stop-1].Norm == "for" || toks[stop-1].Norm == "to") {
		stop = p.t1
	}
	if stop < len(toks) && a.sentOf[stop] == sent {
		s := toks[stop]
		if !(s.Text == "," || s.Text == "." || s.Text == ";" || s.Text == ":" || s.Text == ")" || speechVerbs[s.Norm] || isCloseQuote(s.Text) || s.Norm == "and" || s.Norm == "who") {
			return
		}
	}
	if jt := a.cleanTitle(withoutFormer(title)); jt != "" {
		a.add(m.id, kg.PredFormerJobTitle, kg.Term{Literal: jt}, a.evidence(m.t0, min(stop, a.sents[sent].T1), rs[0]))
	}
}

// familyWords after a surname name its family: "the Pritzker family".
var familyWords = map[string]bool{"family": true, "families": true, "clan": true}

// founding are the verbs of "X, who founded Y": Y's founder, no office.
var founding = map[string]bool{"founded": true, "co-founded": true, "cofounded": true}

// unitWords name a part of a company: "Philip Morris's Miller Brewing
// unit".
var unitWords = map[string]bool{"unit": true, "units": true, "division": true, "subsidiary": true, "arm": true, "brand": true, "affiliate": true}

// firedVerbs say a holder left office only in the passive: "was fired".
var firedVerbs = map[string]bool{"ousted": true, "sacked": true, "fired": true, "removed": true, "dismissed": true}

// leaveVerbs, after a name, end the office named after "as": "X stepped
// down as chief executive of Y", "X, who resigned as chairman,". Only past
// forms: "X will step down as chief executive" still holds the post.
var leaveVerbs = map[string]bool{"resigned": true, "quit": true, "retired": true, "stepped": true, "ousted": true, "sacked": true, "fired": true, "removed": true, "dismissed": true}

// leftAfter reports a clause at token i that says its subject has left
// the office jt: "resigned", "has quit", "stepped down", "was ousted",
// "resigned as expected", "resigned as chairman" when jt is chairman. Only
// past forms: "would resign" is still to come. When the clause names
// another post left ("X, founder of Y, resigned as chief executive"), it
// returns false and that post.
func (a *analysis) leftAfter(i, sent int, jt string) (bool, string) {
	left, other := a.leftAfterAs(i, sent)
	if other != "" && !strings.EqualFold(other, jt) {
		return false, other
	}
	return left, ""
}

// leftAfterAs is leftAfter for any post: whether the clause at token i
// says its subject has left, and the post named after "as", if any.
func (a *analysis) leftAfterAs(i, sent int) (bool, string) {
	toks := a.toks
	in := func(k int) bool { return k >= 0 && k < len(toks) && a.sentOf[k] == sent }
	passive := false
	for in(i) && (toks[i].Norm == "has" || toks[i].Norm == "had" || toks[i].Norm == "was" || toks[i].Norm == "been" || toks[i].Norm == "abruptly" || toks[i].Norm == "suddenly") {
		passive = passive || toks[i].Norm == "was" || toks[i].Norm == "been"
		i++
	}
	// "X, its chief operating officer, left in March": "left in" a month or
	// a year that ends the clause ("left for Paris", "left on Monday" are
	// journeys).
	if in(i+2) && toks[i].Norm == "left" && toks[i+1].Norm == "in" {
		d := a.dateAt[i+2]
		if d < 0 || a.dates[d].Kind == dates.KindWeekday || a.dates[d].Kind == dates.KindFull {
			return false, ""
		}
		e := a.dates[d].t1 // "left in March for Asia" is a journey
		return e >= len(toks) || !in(e) || toks[e].Text == "." || toks[e].Text == ",", ""
	}
	if !in(i) || !leaveVerbs[toks[i].Norm] {
		return false, ""
	}
	// "X, its chairman, dismissed the report": the one who was fired,
	// dismissed or ousted is named by the passive.
	if firedVerbs[toks[i].Norm] && !passive {
		return false, ""
	}
	if toks[i].Norm == "stepped" {
		if !in(i+1) || toks[i+1].Norm != "down" {
			return false, ""
		}
		i++
	}
	// "resigned as chief executive": the post left; "resigned as
	// expected" names none.
	if in(i+1) && toks[i+1].Norm == "as" {
		var words []string
		for k := i + 2; in(k) && a.g.titles[toks[k].Norm] && !capitalised(toks[k].Text); k++ {
			words = append(words, toks[k].Text)
		}
		return true, a.cleanTitle(words)
	}
	return true, ""
}

// leftOffice: "X stepped down as chief executive of Siemens", "X, who
// resigned as chairman of Barclays in May,", "X was ousted as prime
// minister": the office is a former one. r is former-title.
func (a *analysis) leftOffice(m *ment, r *Rule) {
	toks := a.toks
	sent := a.sentOf[m.t0]
	in := func(k int) bool { return k >= 0 && k < len(toks) && a.sentOf[k] == sent }
	i := m.t1
	if in(i+1) && toks[i].Text == "," && toks[i+1].Norm == "who" {
		i += 2
	}
	// "X was Prime Minister of Norway from 1990 to 1996": a post of a
	// tenure that has ended.
	if in(i+1) && toks[i].Norm == "was" {
		k := i + 1
		for in(k) && (toks[k].Norm == "the" || toks[k].Norm == "a" || toks[k].Norm == "an") {
			k++
		}
		if title, _, stop, _, _ := a.chainFull(k, 1, sent); len(title) > 0 && a.endedTenure(stop, sent) {
			if jt := a.cleanTitle(withoutFormer(title)); jt != "" {
				a.add(m.id, kg.PredFormerJobTitle, kg.Term{Literal: jt}, a.evidence(m.t0, min(stop, a.sents[sent].T1), r))
			}
			return
		}
	}
	perfect := false
	for in(i) && (toks[i].Norm == "has" || toks[i].Norm == "had" || toks[i].Norm == "was" || toks[i].Norm == "been") {
		perfect = perfect || toks[i].Norm == "has"
		i++
	}
	// "X served as Prime Minister of Norway" (not "X has served as"):
	// a post held once.
	served := !perfect && in(i+2) && toks[i].Norm == "served" && toks[i+1].Norm == "as"
	if !in(i+1) || !leaveVerbs[toks[i].Norm] && !served {
		return
	}
	i++
	if toks[i-1].Norm == "stepped" {
		if toks[i].Norm != "down" {
			return
		}
		i++
	}
	if !in(i+1) || toks[i].Norm != "as" {
		return
	}
	i++
	for in(i) && (toks[i].Norm == "the" || toks[i].Norm == "a" || toks[i].Norm == "an" || toks[i].Norm == "its") {
		i++
	}
	title, _, stop, _, _ := a.chainFull(i, 1, sent)
	if jt := a.cleanTitle(withoutFormer(title)); jt != "" {
		a.add(m.id, kg.PredFormerJobTitle, kg.Term{Literal: jt}, a.evidence(m.t0, min(stop, a.sents[sent].T1), r))
	}
}

// onceWords after "who was" make the office after them a former one.
var onceWords = map[string]bool{"formerly": true, "previously": true, "once": true}

// withoutFormer drops the words that make a title former ("Ex", "Then").
func withoutFormer(title []string) []string {
	var out []string
	for _, w := range title {
		if !formerWords[strings.ToLower(w)] {
			out = append(out, w)
		}
	}
	return out
}

// studentWords make a person one of a university's or school's students.
var studentWords = lexSet("ties.txt", "student")

// studentAt: "X, a graduate student from Hong Kong studying at Cornell
// University", "X, who is studying at Y", "Harvard University student X": a
// student is a member of the university or school; rs is student-at.
func studentAt(a *analysis, m *ment, _ *titleState, rs []*Rule) {
	toks := a.toks
	sent := a.sentOf[m.t0]
	in := func(k int) bool { return k >= 0 && k < len(toks) && a.sentOf[k] == sent }
	// "Cornell University student X"
	if k := m.t0 - 1; in(k-1) && studentWords[toks[k].Norm] && toks[k].Norm != "studying" && toks[k].Norm != "studies" {
		if o := a.at(k - 1); o != nil && o.typ == kg.Org && o.t1 == k {
			a.add(m.id, kg.PredMemberOf, kg.Term{Entity: o.id}, a.evidence(o.t0, m.t1, rs[0]))
		}
		return
	}
	i := m.t1
	if !in(i) || toks[i].Text != "," {
		return
	}
	student := false
	for k := i + 1; in(k) && k < i+14; k++ {
		t := toks[k]
		if t.Text == "," || t.Text == ";" || t.Text == "." || t.Text == "(" {
			return
		}
		if studentWords[t.Norm] {
			student = true
			continue
		}
		if o := a.at(k); o != nil {
			if o.typ == kg.Person {
				return
			}
			k = o.t1 - 1
			continue
		}
		if student && (t.Norm == "at" || t.Norm == "of") {
			j := k + 1
			if in(j) && toks[j].Norm == "the" {
				j++
			}
			if o := a.at(j); o != nil && o.t0 == j && o.typ == kg.Org {
				a.add(m.id, kg.PredMemberOf, kg.Term{Entity: o.id}, a.evidence(m.t0, o.t1, rs[0]))
			}
			return
		}
		// Only the words of a description: "a graduate student from".
		if capitalised(t.Text) || !isWordAt(t.Text, 0) || formerWords[t.Norm] {
			return
		}
	}
}

// companyHead: "chief executive Peter Brabeck-Letmathe confirmed" in a
// story about Nestle. A person whose mention gave a company title (chief
// executive, chairman, founder ...) and tied them to no body heads the
// organisation the story is about: the one organisation mentioned most, at
// least twice, that is not a body of members or an outlet. The evidence
// spans from that organisation's last mention before the person (else its
// first after) to the person's sentence. rs is company-head.
func companyHead(a *analysis, m *ment, _ *titleState, rs []*Rule) {
	sent := a.sentOf[m.t0]
	titled, post := false, ""
	for k := len(a.triples) - 1; k >= 0; k-- {
		t := a.triples[k]
		if t.Subject.Entity != m.id || t.Evidence.Start > a.toks[m.t0].Start || t.Evidence.End < a.toks[m.t1-1].End {
			break
		}
		switch t.Predicate {
		case kg.PredJobTitle:
			// "chairman and chief executive officer": one corporate post
			// of the two is enough.
			if isCorporateTitle(t.Object.Literal) && a.sentOf[m.t0] == sent && (!titled || isStaffOfficerTitle(post)) {
				titled, post = true, t.Object.Literal
			}
		case kg.PredRepresents, kg.PredWorksFor, kg.PredMemberOf:
			return
		}
	}
	if !titled {
		return
	}
	id, _ := a.dominantOrg()
	if id == "" || a.memberBodyName(id) {
		return
	}
	n, last, first := 0, -1, -1
	for _, o := range a.ments {
		if o.id != id {
			continue
		}
		n++
		if o.t0 < m.t0 {
			last = o.t0
		} else if first < 0 {
			first = o.t0
		}
	}
	if n < 2 {
		return
	}
	k := last
	if k < 0 {
		k = first
	}
	// A staff officer ("chief financial officer") works for it.
	a.affiliate(m.id, affiliation{id: id, typ: kg.Org}, tieOf(post, false), a.evidence(k, m.t1, rs[0]))
}

// memberBodyName reports whether an organisation's name ends in a word of
// bodies made of members (a party, council, club): not a company.
func (a *analysis) memberBodyName(id string) bool {
	e := a.ents[id]
	if e == nil {
		return true
	}
	f := strings.Fields(strings.ToLower(e.Name))
	if len(f) == 0 {
		return true
	}
	last := f[len(f)-1]
	return memberBodies[last] || partyPlurals[last] || clubHeads[last]
}

// nobleRanks are ranks of nobility, no office by themselves.
var nobleRanks = lexSet("ties.txt", "rank")

// coreTitles are words that are a title by themselves; a title must end
// in one ("Deputy Foreign Minister", not "Foreign").
var coreTitles = lexSet("titles.txt", "core")

// tenure words before a title in an apposition say nothing of the post.
var tenure = lexSet("titles.txt", "tenure")

// occupations name a post only after a rank ("chief economist").
var occupations = lexSet("titles.txt", "occupation")

// titleAbbrev spells out abbreviated titles.
var titleAbbrev = lexMap("titles.txt", "abbrev")

// titleNoise are title words that describe tenure, not the post.
var titleNoise = lexSet("titles.txt", "noise")

// portfolioWords name a portfolio before a post though common_words.txt
// lacks them: "Tourism Minister".
var portfolioWords = lexSet("titles.txt", "portfolio")

// fieldPosts take a field after "of": "head of equity research".
var fieldPosts = lexSet("titles.txt", "field")

// chain reads title words and affiliations walking from token i in
// direction dir (-1 back, +1 forward). It stops at the first token that is
// neither and returns the index where it stopped.
func (a *analysis) chain(i, dir int, sent int) (title []string, affs []affiliation, stop int, possessive bool) {
	title, affs, stop, possessive, former := a.chainFull(i, dir, sent)
	// A former office is not a current title or affiliation.
	if former {
		title, affs = nil, nil
	}
	return title, affs, stop, possessive
}

// chainFull is chain that also reports whether the title read is a former
// office ("former", "ex-", "then-", "onetime", "the late" before it); its
// title keeps the words that say so.
func (a *analysis) chainFull(i, dir int, sent int) (title []string, affs []affiliation, stop int, possessive, former bool) {
	defer func() {
		// "the late Pope John Paul II": the office of someone who has died.
		if dir < 0 && stop >= 1 && stop < len(a.toks) && a.toks[stop].Norm == "late" && a.toks[stop-1].Norm == "the" && len(title) > 0 {
			former = true
		}
	}()
	toks := a.toks
	prepAff := false // forward, a body read after "of", "for", "at" or "with"
	for i >= 0 && i < len(toks) && a.sentOf[i] == sent {
		t := toks[i]
		// "Halden Securities Inc. analyst X": the dot of the legal form
		// that ends the firm's name.
		if dir < 0 && t.Text == "." && i > 0 && t.Start == toks[i-1].End && legalForms[toks[i-1].Norm] && a.at(i-1) != nil {
			i--
			continue
		}
		// "Former German chancellor X": a lone demonym the names took for a
		// person is still a nationality.
		if m := a.at(i); m != nil && !(m.typ == kg.Person && m.t1-m.t0 == 1 && capitalised(t.Text) && a.g.demonymCountry(t.Norm) != nil) {
			if m.typ != kg.Org && m.typ != kg.GPE && m.typ != kg.Loc {
				break
			}
			// "Treasury Secretary X", "U.S. Treasury Secretary X": a body
			// named by one common noun before a minister's or secretary's
			// post is the post's portfolio, not a body the holder stands for.
			if dir < 0 && a.portfolioBody(m, title) {
				title = append([]string{t.Text}, title...)
				i--
				continue
			}
			// Backwards, "ambassador to the UN": the host, not the one represented.
			if dir < 0 && len(title) == 0 {
				j := m.t0 - 1
				if j >= 0 && toks[j].Norm == "the" {
					j--
				}
				if j >= 1 && toks[j].Norm == "to" && a.g.titles[toks[j-1].Norm] {
					i = j - 1
					continue
				}
			}
			// "chairman of New York-based Halvex": the firm's home before
			// its name is none of the holder's bodies.
			if e := a.basedHomeEnd(m); dir > 0 && e > 0 {
				i = e
				continue
			}
			affs = append(affs, a.affOf(m))
			if dir < 0 {
				i = m.t0 - 1
			} else {
				if p := m.t0 - 1; p > 0 && len(title) > 0 {
					if toks[p].Norm == "the" {
						p--
					}
					prepAff = toks[p].Norm == "for" || toks[p].Norm == "of" || toks[p].Norm == "at" || toks[p].Norm == "with"
				}
				i = m.t1
				if i+1 < len(toks) && toks[i].Text == "." && legalForms[toks[i-1].Norm] && toks[i+1].Norm == "'s" {
					i++ // "Halvex Corp.'s director"
				}
				// "the Liberal Democrats' foreign affairs spokesman"
				if i < len(toks) && (toks[i].Norm == "'s" || (toks[i].Text == "'" || toks[i].Text == "’") && toks[i].Start == toks[i-1].End) {
					i++
					// "head of Cuba's National Assembly", "chairman of
					// Russia's Gazprom": the country says whose the body
					// is; its head represents the body.
					if n := a.at(i); n != nil && n.t0 == i && n.typ == kg.Org && (m.typ == kg.GPE || m.typ == kg.Org) {
						affs = affs[:len(affs)-1]
					}
				}
			}
			continue
		}
		if c := a.g.demonymCountry(t.Norm); c != nil && capitalised(t.Text) {
			affs = append(affs, affiliation{id: a.ensure(c), typ: kg.GPE, demonym: true})
			i += dir
			continue
		}
		// "Barclays' chief executive": the bare apostrophe after an s.
		bare := (t.Text == "'" || t.Text == "’") && i > 0 && t.Start == toks[i-1].End && strings.HasSuffix(toks[i-1].Norm, "s")
		if (t.Norm == "'s" || bare) && dir < 0 {
			p := i - 1
			if p >= 1 && toks[p].Text == "." && legalForms[toks[p-1].Norm] {
				p-- // "Halvex Corp.'s chairman"
			}
			if m := a.at(p); m != nil && (m.typ == kg.Org || m.typ == kg.GPE) {
				possessive = true
				affs = append(affs, a.affOf(m))
				i = m.t0 - 1
				continue
			}
			break
		}
		if (a.g.titles[t.Norm] || a.chiefOfStaff(i)) && a.dateAt[i] < 0 {
			// "a lawyer for the White House secretary, Betty Currie": a
			// post after the body of the post read is the body's own.
			if prepAff && dir > 0 && !capitalised(t.Text) {
				break
			}
			if formerWords[t.Norm] {
				former = true
			}
			if !titleNoise[t.Norm] {
				w := t.Text
				if full := titleAbbrev[t.Norm]; full != "" {
					w = full
				}
				if dir < 0 {
					title = append([]string{w}, title...)
				} else {
					title = append(title, w)
				}
			}
			i += dir
			continue
		}
		// "Plaid Cymru's local government spokesman": up to three
		// lower-case portfolio words between a body's possessive and the post.
		if dir < 0 && len(title) > 0 && a.dateAt[i] < 0 && !capitalised(t.Text) && isWordAt(t.Text, 0) && !determiners[t.Norm] && a.at(i) == nil {
			j := i
			for j > i-3 && j >= 0 && !capitalised(toks[j].Text) && isWordAt(toks[j].Text, 0) && !determiners[toks[j].Norm] && !a.possessivePronoun(j) && toks[j].Norm != "'s" && !a.g.titles[toks[j].Norm] && !glueWords[toks[j].Norm] && !verbLike(toks[j].Norm) && a.sentOf[j] == sent {
				j--
			}
			if j >= 0 && j < i && a.sentOf[j] == sent && (toks[j].Norm == "'s" || a.g.demonymCountry(toks[j].Norm) != nil || (a.at(j) != nil && a.at(j).typ != kg.Person)) {
				var words []string
				for k := j + 1; k <= i; k++ {
					words = append(words, toks[k].Text)
				}
				title = append(words, title...)
				i = j
				continue
			}
		}
		// "EU Competition Commissioner", "the WHO's emergencies chief": one
		// portfolio word between the body and the post.
		if a.dateAt[i] < 0 && isWordAt(t.Text, 0) && !a.g.nonEnt[t.Norm] && a.at(i) == nil && portfolioSlot(a, i, dir, title) {
			if dir < 0 {
				title = append([]string{t.Text}, title...)
			} else {
				title = append(title, t.Text)
			}
			i += dir
			continue
		}
		// "Science Minister X", "political adviser X": a portfolio word
		// opening the title.
		if dir < 0 && len(title) > 0 && a.dateAt[i] < 0 && a.at(i) == nil && portfolioOpener(a, i, title[0]) {
			title = append([]string{t.Text}, title...)
			i--
			continue
		}
		// "Second Prime Minister Hun Sen", "Third Deputy Chairman": an
		// ordinal opening the title ("First" is a title word).
		if dir < 0 && len(title) > 0 && (t.Text == "Second" || t.Text == "Third") && a.dateAt[i] < 0 && a.at(i) == nil {
			title = append([]string{t.Text}, title...)
			i--
			continue
		}
		// "Sen. Elizabeth Warren": the dot of an abbreviated title.
		if t.Text == "." && dir < 0 && i > 0 && titleAbbrev[toks[i-1].Norm] != "" && toks[i-1].End == t.Start {
			i--
			continue
		}
		// "special agent in charge of X", "agent-in-charge": the phrase is
		// part of the post.
		if dir > 0 && len(title) > 0 {
			if t.Norm == "in" && i+1 < len(toks) && toks[i+1].Norm == "charge" {
				title = append(title, "in", "charge")
				i += 2
				continue
			}
			if t.Text == "-" && i+3 < len(toks) && toks[i+1].Norm == "in" && toks[i+2].Text == "-" && toks[i+3].Norm == "charge" {
				title = append(title, "in", "charge")
				i += 4
				continue
			}
		}
		// "a spokesman for Prime Minister X": backwards, a post after
		// "for" is the person's, the one before it another's ("Minister
		// for Foreign Affairs" names a portfolio).
		if last := ""; dir < 0 && t.Norm == "for" && len(title) > 0 {
			last = strings.ToLower(title[len(title)-1])
			if coreTitles[last] && last != "affairs" && last != "state" {
				break
			}
		}
		// "Secretary of State", "Secretary-General", "Minister for Foreign Affairs"
		if t.Norm == "of" || t.Norm == "for" || t.Norm == "-" {
			nxt := i + dir
			// Backwards, "the president of France" has its body read first.
			titleNext := nxt >= 0 && nxt < len(toks) && (a.g.titles[toks[nxt].Norm] || a.chiefOfStaff(nxt))
			if nxt >= 0 && nxt < len(toks) && (titleNext || (dir > 0 && (a.at(nxt) != nil || toks[nxt].Norm == "the"))) && (len(title) > 0 || (dir < 0 && len(affs) > 0 && t.Norm != "-")) {
				if t.Norm != "-" && (titleNext || dir > 0 && t.Norm == "for") {
					if dir < 0 {
						title = append([]string{t.Norm}, title...)
					} else if titleNext {
						title = append(title, t.Norm)
					}
				}
				i = nxt
				continue
			}
		}
		// "ambassador to Austria": the host, not the one represented.
		if t.Norm == "to" && len(title) > 0 && dir > 0 {
			j := i + 1
			if j < len(toks) && toks[j].Norm == "the" {
				j++
			}
			if m := a.at(j); m != nil && m.typ != kg.Person {
				i = m.t1
				continue
			}
		}
		if t.Norm == "the" && dir > 0 && i+1 < len(toks) && a.at(i+1) != nil {
			i++
			continue
		}
		// "director of marketing and sales": two of the firm's functions.
		if dir > 0 && t.Norm == "and" && len(title) > 1 && firmFunctions[strings.ToLower(title[len(title)-1])] && strings.EqualFold(title[len(title)-2], "of") &&
			i+1 < len(toks) && firmFunctions[toks[i+1].Norm] && !capitalised(toks[i+1].Text) {
			title = append(title, "and", toks[i+1].Text)
			i += 2
			continue
		}
		break
	}
	return title, affs, i, possessive, former
}

// appositionEnd finds the comma that closes an apposition running on from
// token k, within a dozen tokens of the sentence and before any verb
// ("... of the New York State affiliate of Naral, is"), or returns -1.
func (a *analysis) appositionEnd(k, sent int) int {
	toks := a.toks
	for j := k; j < len(toks) && j < k+12 && a.sentOf[j] == sent; j++ {
		switch t := toks[j]; {
		case t.Text == ",":
			return j
		case t.Text == ";" || t.Text == "(" || speechVerbs[t.Norm] || verbLike(t.Norm) || glueWords[t.Norm] && t.Norm != "of" && t.Norm != "and" && t.Norm != "in" && t.Norm != "at" && t.Norm != "for" && t.Norm != "on" && t.Norm != "to" && t.Norm != "with" && t.Norm != "by":
			return -1
		}
	}
	return -1
}

// chiefOfStaff reports the "staff" of "chief of staff", a post though
// "staff" alone is none.
func (a *analysis) chiefOfStaff(i int) bool {
	return i >= 2 && a.toks[i].Norm == "staff" && a.toks[i-1].Norm == "of" && a.toks[i-2].Norm == "chief"
}

// rankTitles are military and police ranks.
var rankTitles = lexSet("titles.txt", "rank")

// royalRanks are ranks of birth that stand between a post and a name.
var royalRanks = map[string]bool{"prince": true, "princess": true, "sheikh": true, "sheik": true, "emir": true, "king": true, "queen": true}

// cleanTitle normalises a job title and checks that it names a post.
func (a *analysis) cleanTitle(words []string) string {
	var out []string
	for _, w := range words {
		if w == "of" || w == "for" {
			if len(out) == 0 {
				continue
			}
		}
		out = append(out, strings.Split(w, "-")...)
	}
	// "Deputy Secretary of State for Foreign Affairs": the portfolio after
	// "for" is not part of the canonical title; a vice president's
	// function is ("vice president for finance").
	for k, w := range out {
		if k > 0 && w == "for" {
			if k+2 == len(out) && vicePresidency(out[:k]) && firmFunctions[strings.ToLower(out[k+1])] {
				return titleCase(out)
			}
			out = out[:k]
			break
		}
	}
	// "vice president finance": the function after the post.
	if n := len(out); n > 2 && firmFunctions[strings.ToLower(out[n-1])] && vicePresidency(out[:n-1]) {
		return titleCase(out)
	}
	// "director of marketing", "head of sales and marketing": a post and
	// the firm's functions it runs.
	for k, w := range out {
		if k > 0 && w == "of" && k+1 < len(out) {
			if post := a.cleanTitle(out[:k]); post != "" && fieldPosts[strings.ToLower(out[k-1])] && firmFunctionPhrase(out[k+1:]) {
				return post + " of " + titleCase(out[k+1:])
			}
			break
		}
	}
	for len(out) > 0 && (out[len(out)-1] == "of" || out[len(out)-1] == "for") {
		out = out[:len(out)-1]
	}
	// "fellow striker X": a companion, not a post ("senior fellow" is one).
	if len(out) > 1 && strings.ToLower(out[0]) == "fellow" {
		out = out[1:]
	}
	// "Prime Minister Prince Norodom Ranariddh", "Foreign Minister Sheikh
	// X": a rank of birth after the post is no part of it ("Crown Prince"
	// is a post).
	if n := len(out); n > 1 && royalRanks[strings.ToLower(out[n-1])] && coreTitles[strings.ToLower(out[n-2])] {
		out = out[:n-1]
	}
	if len(out) == 0 {
		return ""
	}
	// "police spokesman Capt. Rod Beer": a rank after a post is the
	// holder's, the post the title ("Attorney General", "Secretary
	// General" are posts: "General" after a post is part of it).
	if r := len(out); r > 1 && rankTitles[strings.ToLower(out[r-1])] {
		for r > 0 && rankTitles[strings.ToLower(out[r-1])] {
			r--
		}
		// ("Air Chief Marshal", "Vice Admiral": a rank's own modifier.)
		if r > 0 && !strings.EqualFold(out[r], "general") && !rankWords[strings.ToLower(out[r-1])] {
			if post := a.cleanTitle(out[:r]); post != "" {
				return post
			}
		}
	}
	// "Special Agent in Charge", "officer in charge": the post is the words
	// before the phrase, with a rank or a core word.
	if n := len(out); n > 2 && strings.EqualFold(out[n-2], "in") && strings.EqualFold(out[n-1], "charge") {
		if rest := a.cleanTitle(out[:n-2]); rest != "" || n > 3 && occupations[strings.ToLower(out[n-3])] {
			return titleCase(out)
		}
		return ""
	}
	// The post is named by its last core word: "Secretary of State" ends
	// in "State" and "Deputy Foreign Minister" in "Minister".
	core := false
	for _, w := range out {
		if coreTitles[strings.ToLower(w)] && strings.ToLower(w) != "state" && strings.ToLower(w) != "affairs" {
			core = true
		}
	}
	last := strings.ToLower(out[len(out)-1])
	// An occupation is a post only with a rank before it: "chief
	// economist", not "a technology author".
	chiefStaff := strings.HasSuffix(strings.ToLower(strings.Join(out, " ")), "chief of staff")
	if !chiefStaff && (!core || !(coreTitles[last] || (occupations[last] && len(out) > 1))) {
		return ""
	}
	// "Princess Emma", "Sheikh Fattelal": a rank of nobility alone is no
	// office (a post named with one, "Crown Prince", keeps its other word).
	if nobility := true; nobility {
		for _, w := range out {
			if !nobleRanks[strings.ToLower(w)] {
				nobility = false
				break
			}
		}
		if nobility {
			return ""
		}
	}
	return titleCase(out)
}

// firmFunctions are a company's functions that follow a vice president's
// post: "vice president for finance", "vice president, marketing".
var firmFunctions = map[string]bool{"finance": true, "marketing": true, "sales": true, "operations": true, "research": true, "administration": true,
	"communications": true, "planning": true, "development": true, "engineering": true, "manufacturing": true, "strategy": true, "personnel": true,
	"technology": true, "treasury": true, "accounting": true, "production": true, "legal": true}

// maxChargeWords is how many words a post's for-phrase may take before
// the sentence ends ("for the 486 chip", "for the Miami district office"):
// more is a clause of its own.
const maxChargeWords = 7

// firmFunctionPhrase reports words that name a firm's functions only:
// "marketing", "sales and marketing" ("and" between two of them).
func firmFunctionPhrase(words []string) bool {
	for k, w := range words {
		w = strings.ToLower(w)
		if !firmFunctions[w] && !(w == "and" && k > 0 && k+1 < len(words)) {
			return false
		}
	}
	return len(words) > 0
}

// vicePresidency reports whether title words end in "vice president".
func vicePresidency(words []string) bool {
	n := len(words)
	return n >= 2 && strings.EqualFold(words[n-1], "president") && strings.EqualFold(words[n-2], "vice")
}

// bareProfession reports whether a title names an occupation and no post:
// a profession ("director", "lawyer", "film director") with no rank among
// its words. With no body named beside it, "director Mike Leigh" or "a
// lawyer" is what the person does, not an office held (a post needs a body:
// "a lawyer with the ACLU", "director of Fair Trials Abroad").
func (a *analysis) bareProfession(title string) bool {
	f := strings.Fields(strings.ToLower(title))
	if len(f) == 0 || !professions[f[len(f)-1]] {
		return false
	}
	for _, w := range f[:len(f)-1] {
		if a.g.titles[w] {
			return false
		}
	}
	return true
}

// occupationOnly reports whether a title read with the affiliations affs
// (its chain stopped at token stop) names what the person does and no post:
// a bare profession with no body beside it but a nationality, and no
// possessor ("Indian film director X", but not "the charity's director X").
func (a *analysis) occupationOnly(jt string, affs []affiliation, stop int) bool {
	for _, af := range affs {
		if !nationalityOnly(jt, af) {
			return false
		}
	}
	return !a.possessed(stop) && !a.unknownBody(stop) && a.bareProfession(jt)
}

// unknownBody reports whether token i, right before a title, ends a name
// that is no organisation or place the names found: "Fair Trials Abroad
// director X" has a body, though the names missed it or took it for a
// person.
func (a *analysis) unknownBody(i int) bool {
	if i < 0 || i >= len(a.toks) {
		return false
	}
	t := a.toks[i]
	s := a.sents[a.sentOf[i]]
	return capitalised(t.Text) && (i > s.T0 || a.at(i) != nil) && !determiners[t.Norm] && !a.g.titles[t.Norm]
}

// itsOrg resolves "its" at token i ("Barclays said its chairman, Paul
// Kerr,"): the last organisation named before it in its sentence, else the
// organisation that opens the sentence before; nil if i is no "its".
func (a *analysis) itsOrg(i int) *ment {
	if i < 0 || i >= len(a.toks) || a.toks[i].Norm != "its" {
		return nil
	}
	si := a.sentOf[i]
	for k := i - 1; k >= a.sents[si].T0; k-- {
		if m := a.at(k); m != nil {
			if m.typ == kg.Org {
				return m
			}
			// "Y's chief financial officer, X, resigned and its chairman":
			// a person in apposition is no antecedent of "its".
			if m.typ == kg.Person && !(m.t0 > 0 && a.toks[m.t0-1].Text == "," && m.t1 < len(a.toks) && a.toks[m.t1].Text == ",") {
				return nil
			}
			k = m.t0
		}
	}
	if si > 0 {
		s := a.sents[si-1]
		for k := s.T0; k < s.T1 && k < s.T0+3; k++ {
			if m := a.at(k); m != nil {
				if m.typ == kg.Org {
					return m
				}
				return nil
			}
		}
	}
	return nil
}

// possessed reports whether token i ends a possessor ("the charity's",
// "the athletes'"): a title owned by someone is a post held for them.
func (a *analysis) possessed(i int) bool {
	return i >= 0 && i < len(a.toks) && (a.toks[i].Norm == "'s" || a.toks[i].Text == "'" || a.toks[i].Text == "’")
}

// beforeHonorific is the token before a name starting at t0, past an
// honorific between them ("Federal Reserve chairman Mr Greenspan", "Mr.").
func (a *analysis) beforeHonorific(t0 int) int {
	toks := a.toks
	start := t0 - 1
	if start >= 0 && toks[start].Text == "." && start > 0 && a.g.honorifics[toks[start-1].Norm] {
		start--
	}
	if start >= 0 && a.g.honorifics[toks[start].Norm] {
		start--
	}
	return start
}

// premodifier: titles and affiliations written before a name; rs are
// title-premodifier and possessive.
func premodifier(a *analysis, m *ment, st *titleState, rs []*Rule) {
	toks := a.toks
	sent := a.sentOf[m.t0]
	start := a.beforeHonorific(m.t0)
	title, affs, stop, possessive := a.chain(start, -1, sent)
	// "by (President) Kennedy", "(Vice President) Al Gore": a post an
	// editor put in brackets before the name.
	if start >= 2 && toks[start].Text == ")" && a.sentOf[start] == sent {
		t2, a2, s2, p2 := a.chain(start-1, -1, sent)
		if len(t2) > 0 && s2 >= 0 && toks[s2].Text == "(" {
			title, affs, stop, possessive = t2, a2, s2, p2
		}
	}
	jt := a.cleanTitle(title)
	// "retained attorney Martin Levin": what a lawyer does is no post and
	// gives no title ("U.S. Attorney X", "District Attorney Y",
	// "Attorney X" capitalised are posts, but not at a sentence's start,
	// where every word is: "Attorney Kendall Coffey said").
	if len(title) == 1 && len(affs) == 0 && (title[0] == "attorney" || title[0] == "Attorney" && stop+1 < len(toks) && isSentenceStart(a, stop+1)) {
		jt = ""
	}
	// "Barclays Chairman and Chief Executive Sir Paul Kerr": the body
	// before the first of two posts holds both.
	if jt != "" && len(affs) == 0 && stop >= 2 && toks[stop].Text == "and" && a.sentOf[stop] == sent {
		title2, affs2, stop2, poss2 := a.chain(stop-1, -1, sent)
		if a.cleanTitle(title2) != "" && len(affs2) > 0 {
			affs, stop, possessive = affs2, stop2, poss2
		}
	}
	// "Justices Sandra Day O'Connor and Anthony Kennedy": a plural post
	// before persons named together is each one's.
	if jt == "" && (len(title) == 0 || a.pluralTitleWord(title[len(title)-1])) && !possessive {
		if pt, k := a.pluralTitleBefore(m); pt != "" {
			ev := a.evidence(k, m.t1, rs[0])
			a.setTitle(st, m.id, pt, ev)
			// "... Pedro Ruiz of Spain": each one's body after the name.
			if j := m.t1 + 1; j+1 < len(toks) && toks[m.t1].Norm == "of" && a.sameSent(m.t0, j) {
				if toks[j].Norm == "the" {
					j++
				}
				if o := a.at(j); o != nil && o.t0 == j && (o.typ == kg.Org || o.typ == kg.GPE) {
					a.affiliate(m.id, a.affOf(o), tieOf(pt, false), ev)
				}
			}
			return
		}
	}
	// "Merrill Lynch food analyst X": an occupation is no post, but the
	// firm before it employs its holder.
	if jt == "" && !possessive && len(title) > 0 && occupations[strings.ToLower(title[len(title)-1])] {
		for _, af := range affs {
			if af.typ == kg.Org && !af.demonym {
				a.affiliate(m.id, af, tieEmployee, a.evidence(m.t0, m.t1, rs[0]))
			}
		}
		return
	}
	if jt == "" && !possessive {
		return
	}
	// "RJR Nabisco Inc.'s Del Monte foods unit": a part of the firm, no
	// person in it.
	if jt == "" && possessive {
		for k := m.t1; k < len(toks) && k < m.t1+3 && !capitalised(toks[k].Text) && isWordAt(toks[k].Text, 0); k++ {
			if unitWords[toks[k].Norm] {
				return
			}
		}
	}
	// "Toronto's Thomson family": a family of the place, no post in it.
	if jt == "" && m.t1 < len(toks) && familyWords[toks[m.t1].Norm] {
		return
	}
	// "His lawyer Ann Lee", "her coach": a tie to a person, not a post.
	if stop >= 0 && a.sentOf[stop] == sent && a.possessivePronoun(stop) && len(affs) == 0 {
		return
	}
	rule := rs[0]
	if jt == "" {
		rule = rs[1]
	}
	if jt != "" && len(affs) == 0 {
		affs = a.sharedCountry(st, stop)
	}
	if jt != "" {
		st.countries[m] = countries(affs)
	}
	// "Sen. Bernie Sanders of Vermont", "Judge Ann Lee of the Supreme Court".
	end := m.t1
	if jt != "" && m.t1+1 < len(toks) && toks[m.t1].Norm == "of" {
		j := m.t1 + 1
		if toks[j].Norm == "the" && j+1 < len(toks) {
			j++
		}
		if o := a.at(j); o != nil && o.t0 == j && (o.typ == kg.Org || o.typ == kg.GPE) {
			affs = append(affs, a.affOf(o))
			end = o.t1
		}
	}
	from := m.t0
	if jt != "" && len(affs) == 0 {
		if o := a.itsOrg(stop); o != nil {
			affs, from = append(affs, a.affOf(o)), min(o.t0, m.t0)
		}
	}
	if a.occupationOnly(jt, affs, stop) {
		return
	}
	ev := a.evidence(from, end, rule)
	if jt != "" {
		a.setTitle(st, m.id, jt, ev)
	}
	for _, af := range affs {
		if !nationalityOnly(jt, af) {
			a.affiliate(m.id, af, tieOf(jt, false), ev)
		}
	}
}

// spacedDash reports a dash set off by spaces at token k, which closes a
// phrase as a comma does: "including X, Cuban National Assembly president
// — that", "— X, chief executive of Y —" (AP copy of the 1990s writes "_").
func (a *analysis) spacedDash(k int) bool {
	toks := a.toks
	if k <= 0 || k >= len(toks) {
		return false
	}
	switch toks[k].Text {
	case "\u2014", "\u2013", "-", "_":
		return toks[k].Start > toks[k-1].End && (k+1 >= len(toks) || toks[k+1].Start > toks[k].End)
	}
	return false
}

// pluralTitleBefore returns the post a plural title names before person m
// among persons named together ("Justices Sandra Day O'Connor and Anthony
// Kennedy", "Foreign Ministers Ana Silva of Portugal and Pedro Ruiz of
// Spain", "the three foreign ministers, X of Poland, Y of Hungary and Z of
// the Czech Republic"), and the index of the title's first word.
func (a *analysis) pluralTitleBefore(m *ment) (string, int) {
	toks := a.toks
	k := m.t0
	n := 1
	for k >= 2 {
		sep := toks[k-1]
		if sep.Norm != "and" && sep.Text != "," {
			break
		}
		e := k - 1
		if sep.Norm == "and" && e >= 1 && toks[e-1].Text == "," {
			e--
		}
		p := a.at(e - 1)
		if p != nil && p.typ != kg.Person && p.t1 == e {
			// "X of Poland, Y of Hungary": past the earlier one's of-phrase.
			j := p.t0 - 1
			if j >= 0 && toks[j].Norm == "the" {
				j--
			}
			if j >= 1 && toks[j].Norm == "of" && (p.typ == kg.GPE || p.typ == kg.Org) {
				e = j
				p = a.at(j - 1)
			}
		}
		if p == nil || p.typ != kg.Person || p.t1 != e || !a.sameSent(p.t0, m.t0) {
			break
		}
		k = p.t0
		n++
	}
	if k < 1 || !a.sameSent(k-1, m.t0) {
		return "", 0
	}
	// "the three foreign ministers, X, Y and Z": the persons in apposition
	// (also "the three foreign ministers of X of Poland, Y of ...").
	j := k - 1
	sep := (toks[j].Text == "," || toks[j].Norm == "of") && (n >= 2 || a.personNext(m)) && j >= 1
	if sep {
		j--
	}
	t := toks[j]
	one, ok := strings.CutSuffix(t.Norm, "s")
	if !ok || !coreTitles[one] || a.g.honorifics[one] || !capitalised(t.Text) && !sep {
		return "", 0
	}
	words := []string{one}
	i := j
	for i >= 1 && len(words) < 4 && a.g.titles[toks[i-1].Norm] && !coreTitles[toks[i-1].Norm] && a.sameSent(i-1, j) && capitalised(toks[i-1].Text) == capitalised(t.Text) {
		i--
		words = append([]string{toks[i].Norm}, words...)
	}
	if sep && !(i >= 1 && (toks[i-1].Norm == "the" || numberWords[toks[i-1].Norm] > 0) || i >= 2 && numberWords[toks[i-1].Norm] > 0 && toks[i-2].Norm == "the") {
		return "", 0
	}
	return a.cleanTitle(words), i
}

// pluralTitleWord reports a plural of a core title ("Ministers").
func (a *analysis) pluralTitleWord(w string) bool {
	one, ok := strings.CutSuffix(strings.ToLower(w), "s")
	return ok && coreTitles[one] && !a.g.honorifics[one]
}

// personNext reports whether another person follows person m in a list
// ("X of Poland, Y of Hungary and Z", "X and Y").
func (a *analysis) personNext(m *ment) bool {
	toks := a.toks
	k := m.t1
	if k+1 < len(toks) && toks[k].Norm == "of" {
		j := k + 1
		if toks[j].Norm == "the" {
			j++
		}
		if o := a.at(j); o != nil && o.t0 == j && (o.typ == kg.Org || o.typ == kg.GPE) {
			k = o.t1
		}
	}
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	if k < len(toks) && toks[k].Norm == "and" {
		k++
	}
	p := a.at(k)
	return k > m.t1 && p != nil && p.typ == kg.Person && p.t0 == k && a.sameSent(m.t0, k)
}

// sharedCountry: in "Russian Foreign Minister X and Defence Minister Y",
// Y's title shares X's country. stop is where Y's title chain ended.
func (a *analysis) sharedCountry(st *titleState, stop int) []affiliation {
	toks := a.toks
	if stop < 1 || stop >= len(toks) || (toks[stop].Norm != "and" && toks[stop].Text != ",") {
		return nil
	}
	if p := a.at(stop - 1); p != nil && p.typ == kg.Person {
		return st.countries[p]
	}
	return nil
}

func countries(affs []affiliation) []affiliation {
	var out []affiliation
	for _, af := range affs {
		if af.typ == kg.GPE {
			out = append(out, af)
		}
	}
	return out
}

func (a *analysis) setTitle(st *titleState, person, title string, ev kg.Evidence) {
	a.add(person, kg.PredJobTitle, kg.Term{Literal: title}, ev)
	if _, ok := st.first[person]; !ok {
		st.first[person] = title
	}
}

// appointAdverbs may stand between a person and the verb of the post:
// "X also was named", "X was recently appointed".
var appointAdverbs = map[string]bool{"also": true, "now": true, "later": true, "recently": true, "subsequently": true, "since": true}

// appointed: "X was named chief executive of Y on Monday", "Y hired X as
// its coach", "X joined Y as chief economist"; rs is appointed.
func appointed(a *analysis, m *ment, st *titleState, rs []*Rule) {
	toks := a.toks
	sent := a.sentOf[m.t0]
	in := func(k int) bool { return k >= 0 && k < len(toks) && a.sentOf[k] == sent }
	var body *ment
	i := m.t1
	holder := m // the person who holds the post read
	joint := false
	switch {
	// "X succeeded Y as chief executive": X holds it; "X will succeed Y as
	// chief executive": Y holds it until then.
	case in(a.pastAge(i)+3) && a.succession(a.pastAge(i)) > 0:
		i = a.pastAge(i)
		k := a.succession(i)
		y := a.at(k)
		if !in(y.t1+1) || toks[y.t1].Norm != "as" {
			// "X was named chairman of Y. X will succeed Z": Z holds the
			// posts X was named to until then.
			if toks[i].Norm == "will" || toks[i].Norm == "is" {
				a.predecessorPosts(m, y, rs[0])
			}
			return
		}
		if toks[i].Norm == "will" || toks[i].Norm == "is" || toks[i].Norm == "was" {
			holder = y
		}
		i = y.t1 + 1
	// "Y hired X as its coach", "Y has named X as"
	// "Y named X chief executive", "the Y board appointed X as", "Y said
	// it had appointed X as"
	case in(m.t0-2) && appointVerbs[toks[m.t0-1].Norm] && in(m.t1+1) && (toks[m.t1].Norm == "as" || a.g.titles[toks[m.t1].Norm] && !capitalised(toks[m.t1].Text)):
		k := m.t0 - 2
		if toks[k].Norm == "has" || toks[k].Norm == "have" || toks[k].Norm == "had" {
			k--
		}
		if in(k) && boardWords[toks[k].Norm] {
			k--
		}
		if in(k) && toks[k].Norm == "it" {
			// the company that opens the sentence
			k = a.sents[sent].T0
			if toks[k].Norm == "the" {
				k++
			}
		}
		if body = a.at(k); body == nil || body.typ != kg.Org {
			return
		}
		i = m.t1
		if toks[i].Norm == "as" {
			i++
		}
	// "X joined Y as chief economist"
	case in(i+3) && (toks[i].Norm == "joined" || toks[i].Norm == "joins"):
		k := i + 1
		if toks[k].Norm == "the" {
			k++
		}
		if body = a.at(k); body == nil || body.typ != kg.Org || body.t0 != k || !in(body.t1+1) || toks[body.t1].Norm != "as" {
			return
		}
		i = body.t1 + 1
	// "X became chief executive of Y", "X will take over as chairman",
	// "X serves as"
	case a.becomeAt(i) > 0:
		i = a.becomeAt(i)
	// "X was named chief executive of Y", "X has been appointed as"
	default:
		// "X, 48, was named": the age between commas.
		if in(i+2) && toks[i].Text == "," && isDigitByte(toks[i+1].Text[0]) && toks[i+2].Text == "," {
			i += 3
		}
		// "X, 54, treasurer, and Y, 58, were named vice chairmen": each
		// of the joint subjects holds the post.
		if k := a.jointSubjectVerb(m); k > 0 {
			i, joint = k, true
		}
		// "X also was named", "X was also named"
		if in(i) && appointAdverbs[toks[i].Norm] {
			i++
		}
		if in(i+1) && (toks[i].Norm == "has" || toks[i].Norm == "have") && toks[i+1].Norm == "been" {
			i += 2
		} else if in(i) && (toks[i].Norm == "was" || toks[i].Norm == "is" || toks[i].Norm == "were") {
			i++
		} else {
			return
		}
		if in(i) && appointAdverbs[toks[i].Norm] {
			i++
		}
		if !in(i+1) || !appointVerbs[toks[i].Norm] {
			return
		}
		i++
		if toks[i].Norm == "as" {
			i++
		}
	}
	for in(i) && (toks[i].Norm == "the" || toks[i].Norm == "a" || toks[i].Norm == "an" || toks[i].Norm == "its" || toks[i].Norm == "their" || toks[i].Norm == "new") {
		i++
	}
	title, affs, stop, _ := a.chain(i, 1, sent)
	if joint {
		// "were named vice chairmen of Acme": the post in the singular.
		if words, e := a.pluralTitle(i, sent); words != nil {
			title, affs, stop = words, nil, e
		}
	}
	jt := a.cleanTitle(title)
	if jt == "" {
		return
	}
	// "named chairman and chief executive of Acme": both posts, in the
	// body named after the second, tied by the higher.
	var jt2 string
	tieTitle := jt
	if len(affs) == 0 && in(stop+1) && toks[stop].Text == "and" {
		title2, affs2, stop2, _ := a.chain(stop+1, 1, sent)
		if t2 := a.cleanTitle(title2); t2 != "" && t2 != jt {
			jt2, affs, stop, tieTitle = t2, affs2, stop2, jt+" and "+t2
		}
	}
	// "chief executive of Siemens", "chief economist at Nomura"
	if len(affs) == 0 && in(stop+1) && (toks[stop].Norm == "of" || toks[stop].Norm == "at" || toks[stop].Norm == "for") {
		k := stop + 1
		if toks[k].Norm == "the" {
			k++
		}
		if o := a.at(k); o != nil && o.t0 == k && (o.typ == kg.Org || o.typ == kg.GPE) {
			af := a.affOf(o)
			af.employ = toks[stop].Norm == "at"
			affs = append(affs, af)
			stop = o.t1
		}
	}
	// "was named president of the unit": a body the text names by a noun
	// only gives the post alone.
	// (The chain stops at the article.)
	if len(affs) == 0 && in(stop+1) && stop > 0 && (toks[stop].Norm == "the" || toks[stop].Norm == "its") && (toks[stop-1].Norm == "of" || toks[stop-1].Norm == "at") {
		stop--
	}
	if len(affs) == 0 && in(stop+2) && (toks[stop].Norm == "of" || toks[stop].Norm == "at") && (toks[stop+1].Norm == "the" || toks[stop+1].Norm == "its") {
		k := stop + 2
		for in(k) && k < stop+5 && !capitalised(toks[k].Text) && isWordAt(toks[k].Text, 0) && a.g.common[toks[k].Norm] && !glueWords[toks[k].Norm] && a.dateAt[k] < 0 {
			k++
		}
		if k > stop+2 {
			stop = k
		}
	}
	if in(stop) {
		s := toks[stop]
		if !(s.Text == "," || s.Text == "." || s.Text == ";" || s.Text == ":" || s.Text == ")" || s.Norm == "and" || s.Norm == "on" || s.Norm == "in" || s.Norm == "last" || s.Norm == "this" || s.Norm == "after" || s.Norm == "effective" || s.Norm == "from" || s.Norm == "since" || s.Norm == "earlier" || a.dateAt[stop] >= 0) {
			return
		}
	}
	if body != nil {
		affs = append(affs, a.affOf(body))
	}
	ev := a.evidence(m.t0, stop, rs[0])
	a.setTitle(st, holder.id, jt, ev)
	if jt2 != "" {
		a.setTitle(st, holder.id, jt2, ev)
	}
	for _, af := range affs {
		if !nationalityOnly(jt, af) {
			a.affiliate(holder.id, af, tieOf(tieTitle, af.employ), ev)
		}
	}
}

// endedTenure reports a phrase of an ended tenure at token k: "until
// 2013", "from 1990 to 2001", "between 1990 and 2001".
func (a *analysis) endedTenure(k, sent int) bool {
	toks := a.toks
	if k+1 >= len(toks) || a.sentOf[k+1] != sent || a.dateAt[k+1] < 0 {
		return false
	}
	switch toks[k].Norm {
	case "until", "till":
		return true
	case "from", "between":
		// the date after the first one: "from 1990 to 2001"
		e := a.dates[a.dateAt[k+1]].t1
		return e+1 < len(toks) && (toks[e].Norm == "to" || toks[e].Norm == "until" || toks[e].Norm == "and") && a.dateAt[e+1] >= 0
	}
	return false
}

// headsParticiples are the participles of heads verbs that only "has"
// makes current: "who has chaired Y" heads it, "who chaired Y" did.
var headsParticiples = map[string]bool{"run": true, "chaired": true, "managed": true, "directed": true}

// boardWords stand between a company and the verb of an appointment it
// makes: "the Halvex board appointed X".
var boardWords = map[string]bool{"board": true, "directors": true, "shareholders": true}

// becomeAt reads a verb of taking up a post at token i, after a person
// ("became", "took over as", "serves as"), maybe after the person's age
// between commas, and returns the token after it, else -1 ("will take
// over as" is a post not yet held).
func (a *analysis) becomeAt(i int) int {
	toks := a.toks
	if i+2 < len(toks) && toks[i].Text == "," && isDigitByte(toks[i+1].Text[0]) && toks[i+2].Text == "," {
		i += 3
	}
	// ("will take over as": not yet the post's holder.)
	if i < len(toks) && appointAdverbs[toks[i].Norm] {
		i++
	}
	if i+1 >= len(toks) || a.sentOf[i+1] != a.sentOf[i] {
		return -1
	}
	switch n := toks[i].Norm; {
	case n == "became" || n == "becomes" || n == "become":
		return i + 1
	case (n == "took" || n == "takes" || n == "take") && toks[i+1].Norm == "over" && i+2 < len(toks) && toks[i+2].Norm == "as":
		return i + 3
	case n == "serves" && toks[i+1].Norm == "as":
		return i + 2
	case n == "has" && toks[i+1].Norm == "served" && i+2 < len(toks) && toks[i+2].Norm == "as":
		return i + 3 // "has served as chief executive since 2015"
	}
	return -1
}

// jointSubjectVerb returns the token of "were" in "X and Y were named
// ..." when person m is one of the subjects joined by "and" that open the
// sentence (each maybe with its age and post between commas: "X, 54,
// treasurer, and Y, 58, who runs Z, were named"), else -1.
func (a *analysis) jointSubjectVerb(m *ment) int {
	toks := a.toks
	sent := a.sentOf[m.t0]
	s0 := a.sents[sent].T0
	joined := false
	// m opens the sentence, or follows "and" after a subject that does.
	if m.t0 != s0 {
		// "X, Y and Z": a comma joins a subject that follows another.
		listed := m.t0 >= 2 && toks[m.t0-1].Text == "," && a.at(m.t0-2) != nil && a.at(m.t0-2).typ == kg.Person
		if m.t0 == 0 || toks[m.t0-1].Norm != "and" && !listed {
			return -1
		}
		first := a.at(s0)
		if first == nil || first.typ != kg.Person {
			return -1
		}
		joined = true
	}
	inWho := false // inside "who runs Z," of one subject
	for j := m.t1; j < len(toks) && j < m.t1+40 && a.sentOf[j] == sent; j++ {
		n := toks[j].Norm
		if speechVerbs[n] || n == ";" || n == ":" {
			return -1
		}
		switch {
		case n == "who" || n == "which":
			// "thanked X and Y, who were named": the relative clause's.
			if j+1 < len(toks) && toks[j+1].Norm == "were" {
				return -1
			}
			inWho = true
			continue
		case n == ",":
			inWho = false
		case !inWho && n != "were" && (pastVerbs[n] || verbLike(n) && (!strings.HasSuffix(n, "ed") || a.at(j-1) != nil && a.at(j-1).typ == kg.Person)):
			// "X thanked Y and Z, who ...": X is no joint subject (a word
			// in -ed counts only right after a person: "a retired banker"
			// is an apposition's).
			return -1
		}
		if n == "and" {
			if p := a.at(j + 1); p != nil && p.t0 == j+1 && p.typ == kg.Person {
				joined = true
			}
			continue
		}
		if n == "were" {
			v := j + 1
			if v < len(toks) && appointAdverbs[toks[v].Norm] {
				v++
			}
			if joined && v < len(toks) && appointVerbs[toks[v].Norm] {
				return j
			}
			return -1
		}
	}
	return -1
}

// pluralTitle reads a post named in the plural at token i ("vice
// chairmen", "senior vice presidents", "directors") and returns its words
// in the singular and the token after them; nil when its last word is no
// plural of a core title.
func (a *analysis) pluralTitle(i, sent int) ([]string, int) {
	toks := a.toks
	var words []string
	for k := i; k < len(toks) && k < i+5 && a.sentOf[k] == sent; k++ {
		n := toks[k].Norm
		if a.g.titles[n] && !coreTitles[n] {
			words = append(words, toks[k].Text)
			continue
		}
		if sg := singular(n); sg != n && coreTitles[sg] {
			return append(words, sg), k + 1
		}
		return nil, 0
	}
	return nil, 0
}

// singular returns the singular of a plural noun of people: "chairmen",
// "deputies", "directors"; w itself when it ends in none of those.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "men"):
		return strings.TrimSuffix(w, "men") + "man"
	case strings.HasSuffix(w, "ies"):
		return strings.TrimSuffix(w, "ies") + "y"
	}
	return strings.TrimSuffix(w, "s")
}

// memberOfAnd reads "(Party) member of Y and" at token i and returns the
// token after "and", or i.
func (a *analysis) memberOfAnd(i, sent int) int {
	toks := a.toks
	k := i
	if p := a.at(k); p != nil && p.typ == kg.Org && p.t0 == k {
		k = p.t1
	} else if k < len(toks) && capitalised(toks[k].Text) {
		k++
	}
	if k+2 >= len(toks) || toks[k].Norm != "member" || toks[k+1].Norm != "of" {
		return i
	}
	k += 2
	if toks[k].Norm == "the" {
		k++
	}
	o := a.at(k)
	if o == nil || o.typ != kg.Org || o.t0 != k || o.t1+1 >= len(toks) || toks[o.t1].Norm != "and" || a.sentOf[o.t1+1] != sent {
		return i
	}
	return o.t1 + 1
}

// pastAge returns the token after a person's age set off by commas at
// token i (", 52," or ", 52 years old,"), else i.
func (a *analysis) pastAge(i int) int {
	toks := a.toks
	if i+2 >= len(toks) || toks[i].Text != "," || !isDigitByte(toks[i+1].Text[0]) || a.sentOf[i+2] != a.sentOf[i] {
		return i
	}
	k := i + 2
	if k+2 < len(toks) && toks[k].Norm == "years" && toks[k+1].Norm == "old" {
		k += 2
	}
	if k+1 < len(toks) && toks[k].Text == "," {
		return k + 1
	}
	return i
}

// predecessorPosts: "H. Marshall Schwarz was named chairman and chief
// executive officer of U.S. Trust Corp. ... Mr. Schwarz will succeed
// Daniel P. Davison": the one to be succeeded holds, until then, the posts
// the successor was named to in an earlier sentence, in the same bodies.
// The evidence runs from that sentence to this one.
func (a *analysis) predecessorPosts(x, y *ment, r *Rule) {
	toks := a.toks
	sent := a.sentOf[x.t0]
	// Z ends the clause, maybe with a date: "will succeed Tom Reed Feb.
	// 1", not "... on the board of Orvik".
	e := y.t1
	if e < len(toks) && a.dateAt[e] >= 0 {
		e = a.dates[a.dateAt[e]].t1
	}
	if e < len(toks) && a.sentOf[e] == sent && toks[e].Text != "," && toks[e].Text != "." {
		return
	}
	// Only the appointment of the sentence just before.
	if sent == 0 {
		return
	}
	prev := a.sents[sent-1]
	var named []kg.Triple
	for _, t := range a.triples {
		if t.Subject.Entity == x.id && t.Evidence.Rule == RuleAppointed && t.Evidence.Start >= prev.Start && t.Evidence.End <= a.sents[sent].Start &&
			(t.Predicate == kg.PredJobTitle || t.Predicate == kg.PredRepresents || t.Predicate == kg.PredWorksFor) {
			named = append(named, t)
		}
	}
	for _, t := range named {
		ev := t.Evidence
		ev.End, ev.Sentence, ev.Rule = a.sents[sent].End, a.text[ev.Start:a.sents[sent].End], r.Name
		a.add(y.id, t.Predicate, t.Object, ev)
	}
}

// succession reads "succeeded Y", "replaced Y", "will succeed Y", "is to
// replace Y", "was set to succeed Y" at token i and returns the token where
// the person Y starts, or -1.
func (a *analysis) succession(i int) int {
	toks := a.toks
	k := i
	switch toks[k].Norm {
	case "will":
		k++
	case "is", "was":
		k++
		if k < len(toks) && (toks[k].Norm == "set" || toks[k].Norm == "due") {
			k++
		}
		if k >= len(toks) || toks[k].Norm != "to" {
			return -1
		}
		k++
	}
	if k+1 >= len(toks) || a.sentOf[k] != a.sentOf[i] {
		return -1
	}
	n := toks[k].Norm
	future := k > i
	if !(future && (n == "succeed" || n == "replace")) && !(!future && (n == "succeeded" || n == "replaced" || n == "succeeds" || n == "replaces")) {
		return -1
	}
	if y := a.at(k + 1); y != nil && y.t0 == k+1 && y.typ == kg.Person {
		return k + 1
	}
	return -1
}

// apposition: "X, Russia's deputy defence minister," / "X is the CEO of Y."
// and "X, who heads Y"; rs are who-heads and apposition.
func apposition(a *analysis, m *ment, st *titleState, rs []*Rule) {
	toks := a.toks
	i := m.t1
	sent := a.sentOf[m.t0]
	if i >= len(toks) || a.sentOf[i] != sent {
		return
	}
	// "Louis Gerstner Jr., chairman of ...": the dot of the suffix.
	if toks[i].Text == "." && toks[i].Start == toks[i-1].End && nameSuffixes[toks[i-1].Text] && i+1 < len(toks) && a.sentOf[i+1] == sent {
		i++
	}
	switch {
	case toks[i].Text == ",":
		i++
		// "John Smith, 54, chief executive of ..."
		if i+1 < len(toks) && isDigitByte(toks[i].Text[0]) && toks[i+1].Text == "," {
			i += 2
		}
	case toks[i].Norm == "is" || toks[i].Norm == "was":
		i++
	default:
		return
	}
	// "X, who is the chief executive of Y,"
	if i+1 < len(toks) && toks[i].Norm == "who" && (toks[i+1].Norm == "is" || toks[i+1].Norm == "was" || toks[i+1].Norm == "serves") {
		i += 2
		if i < len(toks) && toks[i].Norm == "as" {
			i++
		}
	}
	if i < len(toks) && toks[i].Norm == "who" && i+1 < len(toks) {
		v := i + 1
		if ledAdverbs[toks[v].Norm] && v+1 < len(toks) {
			v++ // "who also runs"
		}
		perfect := toks[v].Norm == "has" && v+1 < len(toks) && (headsVerbs[toks[v+1].Norm] || headsParticiples[toks[v+1].Norm])
		if perfect {
			v++ // "who has led Y since 2019", "who has chaired Y"
		}
		if headsVerbs[toks[v].Norm] || perfect {
			j := v + 1
			if j < len(toks) && toks[j].Norm == "the" {
				j++
			}
			// "X, who led Y until 2013,": a post that has ended ("who
			// leads Y until June" still holds it).
			past := strings.HasSuffix(toks[v].Norm, "ed") || toks[v].Norm == "led"
			if o := a.at(j); o != nil && o.typ == kg.Org && !(past && a.endedTenure(o.t1, sent)) {
				if founding[toks[v].Norm] {
					// "X, who founded Y": Y's founder, no office held.
					a.add(o.id, kg.PredFounder, kg.Term{Entity: m.id}, a.evidence(m.t0, o.t1, rs[0]))
				} else {
					a.affiliate(m.id, a.affOf(o), tieOfficial, a.evidence(m.t0, o.t1, rs[0]))
				}
			}
		}
		// "Mark Potach, who edits the Southern Poverty Law Center's
		// Intelligence Report": an editor works for the publisher.
		if editsVerbs[toks[v].Norm] {
			j := v + 1
			if j < len(toks) && toks[j].Norm == "the" {
				j++
			}
			if o := a.at(j); o != nil && o.t0 == j && o.typ == kg.Org && a.sentOf[j] == sent {
				a.affiliate(m.id, a.affOf(o), tieEmployee, a.evidence(m.t0, o.t1, rs[0]))
			}
		}
		return
	}
	for i < len(toks) && (toks[i].Norm == "the" || toks[i].Norm == "a" || toks[i].Norm == "an" || tenure[toks[i].Norm] ||
		toks[i].Norm == "currently" || toks[i].Norm == "now" || toks[i].Norm == "still") {
		i++ // "X, currently vice president finance,"
	}
	// "Raul Castro, younger brother of President Fidel Castro and head of
	// Cuba's Revolutionary Armed Forces": past a kinship to a person.
	if k := a.kinshipAnd(i, sent); k > i {
		i = k
		for i < len(toks) && (toks[i].Norm == "the" || toks[i].Norm == "a" || toks[i].Norm == "an") {
			i++
		}
	}
	// "X, a Conservative member of Parliament and chairman of Y": the seat
	// is member-of's; the post after it is read here.
	if k := a.memberOfAnd(i, sent); k > i {
		i = k
		for i < len(toks) && (toks[i].Norm == "the" || toks[i].Norm == "a" || toks[i].Norm == "an") {
			i++
		}
	}
	// "Josh Isay, Schumer's campaign manager,": a post in a person's
	// service names no body.
	// "X, the company's chief executive,": the firm the text refers to
	// (firm-staff ties the post to it).
	if i+2 < len(toks) && i > 0 && toks[i-1].Norm == "the" && orgNouns[toks[i].Norm] && !capitalised(toks[i].Text) && toks[i+1].Norm == "'s" && a.g.titles[toks[i+2].Norm] {
		i += 2
	}
	// "the science minister", "Schumer's campaign manager": a post whose
	// one lower-case portfolio word needs no body after it.
	definite := i > 0 && toks[i-1].Norm == "the"
	if p := a.at(i); p != nil && p.typ == kg.Person && p.id != m.id && p.t1+2 < len(toks) && toks[p.t1].Norm == "'s" &&
		(a.g.titles[toks[p.t1+1].Norm] || coreTitles[toks[p.t1+2].Norm] && a.g.common[toks[p.t1+1].Norm]) {
		i, definite = p.t1+1, true
	}
	// "a Cuban-American political scientist at X": a nationality before
	// the field and the occupation says nothing of the post.
	if k := a.demonymCompoundEnd(i); k > i && a.occupationAtAhead(k, sent) {
		i = k
	}
	// "a market strategist at X", "an oil analyst with Y": the field
	// before an occupation; "studio general manager for X": the post's.
	lead := ""
	for j := i; j < i+2 && j+1 < len(toks) && a.sentOf[j+1] == sent && !capitalised(toks[j].Text) && isWordAt(toks[j].Text, 0) &&
		!a.g.titles[toks[j].Norm] && !determiners[toks[j].Norm] && !glueWords[toks[j].Norm] && !verbLike(toks[j].Norm) && !formerWords[toks[j].Norm] && a.at(j) == nil; j++ {
		if strings.HasSuffix(toks[j].Norm, "ly") {
			break // "who was formerly chief executive"
		}
		if occupations[toks[j+1].Norm] {
			i = j + 1
			break
		}
		// "studio general manager for X": a core post, its employer named
		// after it ("political adviser Uzi Arad" is another's post).
		// "an immigration law professor at X": a field of two words
		// describes the post, which is the core word's.
		if j == i+1 && coreTitles[toks[j+1].Norm] && !capitalised(toks[j+1].Text) && a.g.common[toks[i].Norm] && a.g.common[toks[j].Norm] {
			if k := j + 2; k < len(toks) && a.sentOf[k] == sent && (toks[k].Norm == "at" || toks[k].Norm == "with") {
				i = j + 1
			}
			break
		}
		if j == i && coreTitles[toks[j+1].Norm] && !capitalised(toks[j+1].Text) {
			k := j + 1
			for k < len(toks) && a.g.titles[toks[k].Norm] && !capitalised(toks[k].Text) {
				k++
			}
			if k < len(toks) && a.sentOf[k] == sent && (toks[k].Norm == "at" || toks[k].Norm == "with" || toks[k].Norm == "for" || toks[k].Norm == "of") {
				i, lead = j+1, toks[j].Norm
			}
			// "Michael Eitan, the science minister,": the apposition ends
			// with the post.
			if definite && a.g.common[toks[j].Norm] && portfolioNoun(toks[j].Norm) &&
				(k >= len(toks) || a.sentOf[k] != sent || toks[k].Text == "," || toks[k].Text == "." || toks[k].Norm == "and" || toks[k].Norm == "who") {
				i, lead = j+1, toks[j].Norm
			}
			break
		}
	}
	title, affs, stop, _ := a.chain(i, 1, sent)
	affs, stop = a.pastOffice(affs, stop, sent)
	// "president of Halvex Corp.'s Orvik Systems unit,": the unit's noun
	// after its name.
	if len(affs) > 0 && stop < len(toks) && a.sentOf[stop] == sent && unitWords[toks[stop].Norm] {
		if p := a.at(stop - 1); p != nil && p.id == affs[len(affs)-1].id {
			stop++
			// "president of Compaq's North America division": a firm's
			// part named by its region; the post is one in the firm.
			if n := len(affs); n >= 2 && p.typ != kg.Org && affs[n-2].typ == kg.Org && p.t0 > 0 && toks[p.t0-1].Norm == "'s" {
				affs = affs[:n-1]
				affs[n-2].employ = true
			}
		}
	}
	// "director of Hewlett-Packard Co.'s advanced systems development": a
	// post over a part of the body works for the body.
	if n := len(affs); n > 0 && len(title) > 0 && fieldPosts[strings.ToLower(title[len(title)-1])] && stop >= 1 && stop+1 < len(toks) {
		p := stop
		if toks[p].Text == "." && legalForms[toks[p-1].Norm] && toks[p+1].Norm == "'s" {
			p += 2 // "Hewlett-Packard Co.'s"
		}
		if p < len(toks) && a.sentOf[p] == sent && (toks[p-1].Norm == "'s" || toks[p-1].Text == "'" || toks[p-1].Text == "’") && isWordAt(toks[p].Text, 0) && !capitalised(toks[p].Text) && toks[p].Norm != "board" {
			k := p
			for k < len(toks) && k < p+5 && a.sentOf[k] == sent && isWordAt(toks[k].Text, 0) && !capitalised(toks[k].Text) && !speechVerbs[toks[k].Norm] && !notPortfolio[toks[k].Norm] {
				k++
			}
			if k < len(toks) && a.sentOf[k] == sent && (toks[k].Text == "," || toks[k].Text == ".") {
				affs[n-1].employ = true
				stop = k
			}
		}
	}
	// "a director of the company": the body under discussion.
	if len(title) > 0 && len(affs) == 0 && stop >= 1 && stop+1 < len(toks) && toks[stop-1].Norm == "of" && toks[stop].Norm == "the" &&
		genericBodies[toks[stop+1].Norm] && a.sentOf[stop+1] == sent && !(stop+2 < len(toks) && toks[stop+2].Norm == "'s") {
		id, typ := a.dominantOrg()
		if id != "" && !a.nounFits(toks[stop+1].Norm, id) {
			id = ""
		}
		if id == "" {
			// Else the first company the story names, its subject.
			for _, o := range a.ments {
				if o.t1 <= m.t0 && o.typ == kg.Org && a.isCompany(o.id) {
					id, typ = o.id, o.typ
					break
				}
			}
		}
		if id != "" {
			affs, stop = append(affs, affiliation{id: id, typ: typ}), stop+2
		}
	}
	var field []string
	// "head of equity research at Deutsche Bank": the field is part of the post.
	if len(title) > 0 && stop+2 < len(toks) && toks[stop].Norm == "of" && fieldPosts[strings.ToLower(title[len(title)-1])] {
		k := stop + 1
		// "Professor of Transplant Surgery at X": a field may be capitalised,
		// in common words.
		for k < len(toks) && k < stop+4 && (!capitalised(toks[k].Text) || a.g.common[toks[k].Norm] && a.at(k) == nil) && isWordAt(toks[k].Text, 0) && !determiners[toks[k].Norm] && toks[k].Norm != "at" && toks[k].Norm != "for" && toks[k].Norm != "with" && a.sentOf[k] == sent {
			k++
		}
		if k > stop+1 && k < len(toks) && (toks[k].Norm == "at" || toks[k].Norm == "for" || toks[k].Norm == "with" || toks[k].Text == "," || toks[k].Text == ".") {
			for j := stop + 1; j < k; j++ {
				field = append(field, toks[j].Text)
			}
			stop = k
		}
	}
	jt := a.cleanTitle(title)
	// "Neal Litvack, a Fidelity vice president, marketing, said": the
	// function set off by commas.
	if vicePresidency(strings.Fields(jt)) && stop+2 < len(toks) && toks[stop].Text == "," && firmFunctions[toks[stop+1].Norm] && a.sentOf[stop+2] == sent {
		if n := toks[stop+2]; n.Text == "," || n.Text == "." || n.Norm == "with" || speechVerbs[n.Norm] {
			jt += ", " + titleCase([]string{toks[stop+1].Text})
			stop += 2
		}
	}
	if lead != "" && jt != "" {
		jt = titleCase([]string{lead}) + " " + jt
	}
	// "John Marous, chairman and chief executive officer,": a second post
	// coordinated with the first is held too.
	var jt2 string
	var affs2 []affiliation
	tieTitle := jt
	if jt != "" && stop+2 < len(toks) && toks[stop].Norm == "and" && a.sentOf[stop+1] == sent {
		// "finance director and a Reuters board director"
		k2 := stop + 1
		if toks[k2].Norm == "a" || toks[k2].Norm == "an" || toks[k2].Norm == "the" {
			k2++
		}
		title2, a2, stop2, _, former2 := a.chainFull(k2, 1, sent)
		if former2 {
			// "a director of the company and former head of Y": the post
			// left is a former one, Y no body of the person's now.
			if t2 := a.cleanTitle(withoutFormer(title2)); t2 != "" {
				a.add(m.id, kg.PredFormerJobTitle, kg.Term{Literal: t2}, a.evidence(m.t0, stop2, rs[1]))
				stop = stop2
				// "chairman and former chief executive of Y": the body is
				// the first post's too.
				if len(affs) == 0 {
					affs = a2
				}
			}
			title2, a2 = nil, nil
		}
		if t2 := a.cleanTitle(title2); t2 != "" && t2 != jt {
			jt2, stop = t2, stop2
			// "chairman and chief executive of Y": both posts are held in
			// Y, tied by the higher; "chief investment officer of Y and
			// manager of Z": each in its own body.
			if len(affs) == 0 {
				affs, tieTitle = a2, jt+" and "+jt2
			} else {
				affs2 = a2
			}
		}
	}
	// "Gregory Craig, attorney for the boy's father": a client's lawyer,
	// an occupation ("U.S. Attorney", "District Attorney" are posts).
	if strings.EqualFold(jt, "attorney") {
		k := i
		for k < len(toks) && a.g.titles[toks[k].Norm] {
			k++
		}
		if k < len(toks) && toks[k].Norm == "for" {
			return
		}
	}
	if jt == "" {
		// "Tom Reed, an economist at the IMF,": an occupation is no post,
		// but it says whom the person works for.
		// "Israel's top official for Lebanon affairs": "affairs" is the
		// portfolio's.
		if len(title) > 1 && strings.EqualFold(title[len(title)-1], "affairs") && occupations[strings.ToLower(title[len(title)-2])] {
			title = title[:len(title)-1]
		}
		if len(title) > 0 && occupations[strings.ToLower(title[len(title)-1])] {
			// "Uri Lubrani, Israel's top official for Lebanon affairs": the
			// body or country before it is whom the person serves.
			// (A place after "for" is the portfolio's: the first body only.)
			if p := a.at(i); len(affs) > 0 && p != nil && p.id == affs[0].id && p.t1 < len(toks) && (toks[p.t1].Norm == "'s" || toks[p.t1].Text == "'" || toks[p.t1].Text == "’") &&
				(stop < len(toks) && toks[stop].Text == "," || a.appositionEnd(stop, sent) > 0) {
				ev := a.evidence(m.t0, stop, rs[1])
				if af := affs[0]; af.typ == kg.GPE {
					a.add(m.id, kg.PredRepresents, kg.Term{Entity: af.id}, ev)
				} else if af.typ == kg.Org {
					a.add(m.id, kg.PredWorksFor, kg.Term{Entity: af.id}, ev)
				}
				return
			}
			// "Peter Lang, a Commerzbank economist,": the firm before the
			// occupation employs the person ("a Tesla analyst" covers it,
			// "a Republican strategist" serves a party).
			if p := a.at(i); len(affs) == 1 && p != nil && p.id == affs[0].id && p.typ == kg.Org && p.t1 < len(toks) && staffOccupations[strings.ToLower(title[len(title)-1])] && !a.namedBodyOfMembers(p.id) &&
				(stop < len(toks) && (toks[stop].Text == "," || toks[stop].Text == "." || toks[stop].Norm == "who") || a.appositionEnd(stop, sent) > 0) {
				a.add(m.id, kg.PredWorksFor, kg.Term{Entity: p.id}, a.evidence(m.t0, stop, rs[1]))
				return
			}
			a.occupationAt(m, stop, rs[1])
		}
		return
	}
	if len(field) > 0 {
		jt += " of " + strings.Join(field, " ")
		// "Halvex's head of sales and marketing": a post over the firm's
		// functions works for it.
		if firmFunctionPhrase(field) && jt2 == "" {
			tieTitle = jt
		}
	}
	// "chief executive of the drinks firm Halvex Group": the chain stopped
	// at the noun that introduces the firm.
	if stop > i && stop < len(toks) && a.sentOf[stop] == sent {
		if p := toks[stop-1].Norm; p == "of" || p == "at" || p == "with" || p == "for" || p == "from" {
			j := stop
			if toks[j].Norm == "the" {
				j++
			}
			if j2 := a.afterOrgNoun(j, sent); j2 != j {
				af := a.affOf(a.at(j2))
				af.employ = p != "of" && p != "for"
				affs = append(affs, af)
				stop = a.at(j2).t1
			}
		}
	}
	// "a professor of planetary science at MIT", "a lawyer with the ACLU".
	for k, n := stop, 0; k+1 < len(toks) && n < 6 && a.sentOf[k] == sent; k, n = k+1, n+1 {
		p := toks[k].Norm
		// "a director of the company and former head of Y": Y is the
		// other post's, which is a former one.
		if formerWords[p] {
			break
		}
		if p == "at" || p == "with" || p == "of" || p == "for" || p == "from" {
			j := k + 1
			if j < len(toks) && toks[j].Norm == "the" {
				j++
			}
			// "for games giant Electronic Arts", "at the drinks firm X".
			j = a.afterOrgNoun(j, sent)
			if m := a.at(j); m != nil && (m.typ == kg.Org || m.typ == kg.GPE) {
				af := a.affOf(m)
				af.employ = p != "of" && p != "for"
				// "a vice president at Texas", "a lawyer from London": where
				// the person works or comes from, not a country represented.
				if !(m.typ == kg.GPE && af.employ) {
					affs = append(affs, af)
				}
				stop = m.t1
				break
			}
		}
		if capitalised(toks[k].Text) || !isWordAt(toks[k].Text, 0) {
			break
		}
	}
	// "chief economist at Moody's Analytics,": an unknown employer.
	if stop < len(toks) && (toks[stop].Norm == "at" || toks[stop].Norm == "with" || toks[stop].Norm == "of" || toks[stop].Norm == "from") {
		k := stop + 1
		if k < len(toks) && toks[k].Norm == "the" {
			k++
		}
		k0 := k
		for k < len(toks) && a.sentOf[k] == sent && (capitalised(toks[k].Text) || toks[k].Norm == "'s" || toks[k].Text == "&" || toks[k].Text == "-") {
			k++
		}
		if k > k0 {
			stop = k
		}
	}
	// "Electronic Arts (EA) in Europe": the body's acronym in brackets.
	if len(affs) > 0 && stop+2 < len(toks) && toks[stop].Text == "(" && toks[stop+2].Text == ")" && allCaps(toks[stop+1].Text) && a.sentOf[stop+2] == sent {
		stop += 3
	}
	// "head of currency strategy at Bank of America in New York,", "leader
	// of the Liberal Democrats in the assembly,": a phrase of place closes
	// the apposition.
	if len(affs) > 0 && stop+1 < len(toks) && toks[stop].Norm == "in" && a.sentOf[stop] == sent {
		// "in Britain's House of Commons".
		k := stop + 1
		for n := 0; k < len(toks) && n < 6 && a.sentOf[k] == sent && (isWordAt(toks[k].Text, 0) || toks[k].Norm == "'s" && n > 0); n++ {
			k++
		}
		if k < len(toks) && a.sentOf[k] == sent && (toks[k].Text == "," || toks[k].Text == "." || toks[k].Text == ":") {
			stop = k
		}
	}
	// "chief executive of Halvex since 2019,": the tenure closes the
	// apposition.
	if len(affs) > 0 && stop+1 < len(toks) && toks[stop].Norm == "since" && a.dateAt[stop+1] >= 0 {
		stop = a.dates[a.dateAt[stop+1]].t1
	}
	// "Minister for Regional Development,": skip the portfolio.
	if stop < len(toks) && toks[stop].Norm == "for" {
		k := stop + 1
		for k < len(toks) && a.sentOf[k] == sent && (capitalised(toks[k].Text) || toks[k].Norm == "and" || toks[k].Norm == "of") {
			k++
		}
		if k > stop+1 {
			stop = k
		}
	}
	// "Jim Poe, Intel's vice president for sales,", "Intel's director for
	// the 486 chip,": after the firm's possessive, a for-phrase names the
	// post's function or charge, and the firm stays the employer.
	// The chain reads past "for the" ("director for the 486 chip"): step
	// back to the "for" that opens the charge.
	if stop > 0 && stop < len(toks) && toks[stop].Norm == "the" && toks[stop-1].Norm == "for" {
		stop--
	}
	// "Robert Wallis, INS director for the Miami district,": the firm or
	// agency before the post, too; the place of the charge is no body.
	if p := a.at(i); len(affs) >= 1 && p != nil && p.id == affs[0].id && p.typ == kg.Org && p.t1 < len(toks) {
		k := p.t1
		if toks[k].Norm == "'s" {
			k++
		}
		for k < len(toks) && a.g.titles[toks[k].Norm] && !capitalised(toks[k].Text) {
			k++
		}
		if k > p.t1 && k+1 < len(toks) && toks[k].Norm == "for" && k <= stop && a.sentOf[k] == sent {
			affs, stop = affs[:1], k
		}
	}
	if p := a.at(i); len(affs) == 1 && p != nil && p.id == affs[0].id && p.typ == kg.Org && p.t1 < len(toks) &&
		stop+1 < len(toks) && toks[stop].Norm == "for" && a.sentOf[stop] == sent {
		if vicePresidency(strings.Fields(jt)) && firmFunctions[toks[stop+1].Norm] {
			jt += " for " + titleCase([]string{toks[stop+1].Text})
		}
		end := a.appositionEnd(stop, sent)
		// "said Bill Rash, Intel's director for the 486 chip.": the
		// apposition may end the sentence.
		if e := a.sents[sent].T1 - 1; end < 0 && toks[e].Text == "." && e-stop <= maxChargeWords {
			end = e
			for k := stop; k < e; k++ {
				if verbLike(toks[k].Norm) || speechVerbs[toks[k].Norm] || isCloseQuote(toks[k].Text) {
					end = -1
				}
			}
		}
		if end > 0 {
			stop = end
			// A director's or an officer's charge is part of the body; an
			// envoy's ("the UN envoy for Cyprus") is the body's errand.
			if f := strings.Fields(strings.ToLower(jt)); len(f) > 0 && (fieldPosts[f[len(f)-1]] || isStaffOfficerTitle(jt) || vicePresidency(strings.Fields(jt))) {
				affs[0].employ = true
			}
		}
	}
	if stop < len(toks) && a.sentOf[stop] == sent {
		s := toks[stop]
		if !(s.Text == "," || s.Text == "." || s.Text == ";" || s.Text == ":" || s.Text == ")" || speechVerbs[s.Norm] || isCloseQuote(s.Text) || s.Norm == "and" || a.spacedDash(stop)) {
			// "Kelli Conlin, the executive director of the New York
			// State affiliate of Naral,": the apposition runs on past the
			// body read; the post is still hers, the body may not be.
			if isWordAt(s.Text, 0) {
				// Only the post's own words: "... director of the New York
				// State affiliate" is no "Director State".
				var words []string
				for k := i; k < len(toks) && (a.g.titles[toks[k].Norm] || a.chiefOfStaff(k)) && !capitalised(toks[k].Text); k++ {
					words = append(words, toks[k].Text)
				}
				if jt0 := a.cleanTitle(words); jt0 != "" && !a.occupationOnly(jt0, nil, -1) {
					// "said X, spokeswoman for the committee appointed in
					// May to ...": after "said" the apposition is sure.
					end := a.appositionEnd(stop, sent)
					if end < 0 && m.t0 > 0 && speechVerbs[toks[m.t0-1].Norm] && toks[m.t1].Text == "," {
						end = stop
					}
					if end > 0 {
						a.setTitle(st, m.id, jt0, a.evidence(m.t0, end, rs[1]))
					}
				}
			}
			return
		}
	}
	if a.occupationOnly(jt, affs, -1) {
		return
	}
	ev := a.evidence(m.t0, stop, rs[1])
	// "X, chairman and chief executive of Y, resigned.": posts just left
	// are former ones, and the body's tie is past too.
	comma := stop
	if comma+1 < len(toks) && toks[comma].Text == "." && toks[comma+1].Text == "," {
		comma++ // "of Acme Corp., resigned"
	}
	left, other := false, ""
	if comma+1 < len(toks) && toks[comma].Text == "," {
		left, other = a.leftAfter(comma+1, sent, jt)
	}
	if other != "" {
		// "X, founder of Y, resigned as chief executive": that post is
		// the former one; the apposition's stays.
		a.add(m.id, kg.PredFormerJobTitle, kg.Term{Literal: other}, a.evidence(m.t0, a.sents[sent].T1, rs[1]))
	}
	if left {
		a.add(m.id, kg.PredFormerJobTitle, kg.Term{Literal: jt}, ev)
		if jt2 != "" {
			a.add(m.id, kg.PredFormerJobTitle, kg.Term{Literal: jt2}, ev)
		}
		return
	}
	a.setTitle(st, m.id, jt, ev)
	if jt2 != "" {
		a.setTitle(st, m.id, jt2, ev)
	}
	for _, af := range affs {
		if !nationalityOnly(jt, af) {
			a.affiliate(m.id, af, tieOf(tieTitle, af.employ), ev)
		}
	}
	for _, af := range affs2 {
		if !nationalityOnly(jt2, af) {
			a.affiliate(m.id, af, tieOf(jt2, af.employ), ev)
		}
	}
}

// officeWords name a part of a body that stands for it in a post: "a
// spokesman for the FBI office in Buffalo".
var officeWords = map[string]bool{"office": true, "offices": true, "bureau": true, "branch": true, "headquarters": true, "field": true}

// pastOffice reads on past a body's office after a post's body at stop:
// "for the FBI office in Buffalo", "of the FBI's Buffalo office". The post is
// held in the body; the office's place is no body of its own.
func (a *analysis) pastOffice(affs []affiliation, stop, sent int) ([]affiliation, int) {
	toks := a.toks
	if len(affs) == 0 || stop <= 0 || stop >= len(toks) || a.sentOf[stop] != sent {
		return affs, stop
	}
	possessive := func(j int) bool {
		return j >= 1 && (toks[j].Norm == "'s" || toks[j].Text == "'" || toks[j].Text == "’")
	}
	k := stop
	body := a.at(stop - 1)
	// The office's place: "Buffalo office", "New York bureau", which the
	// chain may have read as a body.
	var place *ment
	if body != nil && (body.typ == kg.GPE || body.typ == kg.Loc) && possessive(body.t0-1) {
		place, body = body, a.at(body.t0-2)
	} else {
		if body == nil && possessive(stop-1) {
			body = a.at(stop - 2)
		}
		if p := a.at(k); p != nil && p.t0 == k && (p.typ == kg.GPE || p.typ == kg.Loc) {
			place, k = p, p.t1
		} else {
			// A place the recogniser left unnamed: "the FBI's Buffalo office".
			for j := k; j < len(toks) && j < stop+2 && capitalised(toks[j].Text) && a.at(j) == nil && a.sentOf[j] == sent; j++ {
				if j+1 < len(toks) && officeWords[toks[j+1].Norm] {
					k = j + 1
				}
			}
		}
	}
	in := func(m *ment) bool {
		for _, af := range affs {
			if af.id == m.id {
				return true
			}
		}
		return false
	}
	if body == nil || body.typ != kg.Org || !in(body) {
		return affs, stop
	}
	n := k
	for n < len(toks) && n < k+2 && officeWords[toks[n].Norm] && a.sentOf[n] == sent {
		n++
	}
	if n == k {
		return affs, stop
	}
	if place != nil {
		var kept []affiliation
		for _, af := range affs {
			if af.id != place.id {
				kept = append(kept, af)
			}
		}
		affs = kept
	}
	// "... office in Buffalo": the place closes it.
	if n+1 < len(toks) && toks[n].Norm == "in" {
		if p := a.at(n + 1); p != nil && p.t0 == n+1 && (p.typ == kg.GPE || p.typ == kg.Loc) {
			n = p.t1
		}
	}
	return affs, n
}

// dealerNouns introduce a firm already read as one after a post's "at" or
// "with" ("an analyst with securities dealer X"); they name no firm by
// themselves, so the recogniser does not read them.
var dealerNouns = map[string]bool{"dealer": true, "brokerage": true, "broker": true, "underwriter": true}

// afterOrgNoun skips a common noun that introduces a firm's name at token
// j, with up to two lower-case words before it ("games giant Electronic
// Arts", "drinks firm X"), when a name follows: it returns where the name
// starts, or j.
func (a *analysis) afterOrgNoun(j, sent int) int {
	toks := a.toks
	// "with Toronto securities dealer X": the firm's place first.
	if p := a.at(j); p != nil && p.t0 == j && p.typ == kg.GPE && p.t1 < len(toks) && a.sentOf[p.t1] == sent {
		if k := a.afterOrgNoun(p.t1, sent); k != p.t1 {
			return k
		}
		return j
	}
	for k := j; k < len(toks) && k < j+3 && a.sentOf[k] == sent && isWordAt(toks[k].Text, 0) && !capitalised(toks[k].Text); k++ {
		if orgNouns[toks[k].Norm] || dealerNouns[toks[k].Norm] {
			if o := a.at(k + 1); o != nil && o.typ == kg.Org && o.t0 == k+1 {
				return k + 1
			}
			return j
		}
		if determiners[toks[k].Norm] || glueWords[toks[k].Norm] || verbLike(toks[k].Norm) {
			return j
		}
	}
	return j
}

// occupationAt: an occupation ended at token stop is followed by "at/with/
// for ORG" and the apposition closes: the person works for ORG.
func (a *analysis) occupationAt(m *ment, stop int, r *Rule) {
	toks := a.toks
	sent := a.sentOf[m.t0]
	// "an analyst and broker with X": two occupations, one employer.
	if stop+2 < len(toks) && toks[stop].Norm == "and" && occupations[toks[stop+1].Norm] {
		stop += 2
	}
	if stop+1 >= len(toks) || a.sentOf[stop] != sent {
		return
	}
	if p := toks[stop].Norm; p != "at" && p != "with" && p != "for" {
		return
	}
	j := stop + 1
	if toks[j].Norm == "the" {
		j++
	}
	j = a.afterOrgNoun(j, sent) // "an economist at investment bank X"
	// "an analyst at Tokyo-based X": past the firm's home.
	if p := a.at(j); p != nil && p.t0 == j {
		j = max(j, a.basedHomeEnd(p))
	}
	o := a.at(j)
	if o == nil || o.t0 != j || o.typ != kg.Org {
		return
	}
	e := o.t1
	// "a trader at Halvex Partners in Frankfurt,": the office's town.
	if e+1 < len(toks) && toks[e].Norm == "in" {
		if p := a.at(e + 1); p != nil && p.typ == kg.GPE && p.t0 == e+1 {
			e = p.t1
		}
	}
	if e < len(toks) && a.sentOf[e] == sent {
		s := toks[e]
		if !(s.Text == "," || s.Text == "." || s.Text == ";" || s.Text == ":" || s.Text == ")" || speechVerbs[s.Norm] || isCloseQuote(s.Text)) {
			return
		}
	}
	a.add(m.id, kg.PredWorksFor, kg.Term{Entity: o.id}, a.evidence(m.t0, o.t1, r))
}

// fromOrg: "Simon Hale, from Barclays, said", "said Ann Lee of Goldman
// Sachs": an organisation right after a name, closing the phrase, is the
// person's employer, or the party or body the person is a member of
// ("Ann Lee of the Green Party"); rs is from-org.
func fromOrg(a *analysis, m *ment, _ *titleState, rs []*Rule) {
	toks := a.toks
	sent := a.sentOf[m.t0]
	i := m.t1
	// "John Harrison and Mark Adley of First Boston": both, named alike
	// in full ("by Craig and Joan Campbell of the council" is hers).
	if i+1 < len(toks) && toks[i].Norm == "and" && m.t1-m.t0 >= 2 {
		if p := a.at(i + 1); p != nil && p.t0 == i+1 && p.typ == kg.Person && p.id != m.id && a.sentOf[p.t0] == sent && p.t1-p.t0 >= 2 {
			i = p.t1
		}
	}
	if i < len(toks) && toks[i].Text == "," {
		i++
	}
	if i+1 >= len(toks) || a.sentOf[i] != sent {
		return
	}
	if p := toks[i].Norm; p != "from" && p != "of" && p != "at" && p != "with" {
		return
	}
	i++
	if toks[i].Norm == "the" {
		i++
	}
	// "of the Miami-based Cuban-American National Foundation"
	if p := a.at(i); p != nil && p.t0 == i {
		i = max(i, a.basedHomeEnd(p))
	}
	o := a.at(i)
	if o == nil || o.t0 != i || o.typ != kg.Org {
		return
	}
	if e := o.t1; e < len(toks) && a.sentOf[e] == sent {
		s := toks[e]
		if !(s.Text == "," || s.Text == "." || s.Text == ";" || s.Text == ":" || s.Text == ")" || speechVerbs[s.Norm] || s.Norm == "told" || isCloseQuote(s.Text)) {
			return
		}
	}
	// "Chief Constable Ann Lee of Thames Valley Police": the post before
	// the name tied her already.
	for _, t := range a.triples {
		if t.Subject.Entity == m.id && t.Object.Entity == o.id && (t.Predicate == kg.PredRepresents || t.Predicate == kg.PredMemberOf || t.Predicate == kg.PredWorksFor) {
			return
		}
	}
	pred := kg.PredWorksFor
	if e := a.ents[o.id]; e == nil {
		return
	} else if f := strings.Fields(strings.ToLower(e.Name)); len(f) > 0 && (memberBodies[f[len(f)-1]] || partyPlurals[f[len(f)-1]]) {
		pred = kg.PredMemberOf
	}
	a.add(m.id, pred, kg.Term{Entity: o.id}, a.evidence(m.t0, o.t1, rs[0]))
}

var (
	usStates = lexMap("usstates.txt", "us-state") // "W.Va." -> "West Virginia"
	// partyLetter reads "D-W.Va.", "R-Texas", "I-Vt." after a name.
	partyLetter  = regexp.MustCompile(`^([DRI])-([A-Z][A-Za-z]*\.?(?: ?[A-Z][A-Za-z]*\.?)?)`)
	partyNames   = map[string]string{"D": "Democratic Party", "R": "Republican Party", "democrat": "Democratic Party", "republican": "Republican Party", "democratic": "Democratic Party"}
	usStateNames = func() map[string]bool {
		out := map[string]bool{}
		for _, v := range usStates {
			out[v] = true
		}
		return out
	}()
)

// stateOffices are the posts whose holder represents a US state: "X, the
// Democratic governor of Ohio", "a Republican congressman from Texas".
var stateOffices = map[string]bool{"senator": true, "congressman": true, "congresswoman": true, "representative": true, "governor": true,
	"lawmaker": true, "legislator": true, "state": true, "lieutenant": true, "attorney": true, "general": true, "us": true}

// partyState: "Sen. Joe Manchin, D-W.Va.", "Rep. Chip Roy (R-Texas)" and
// "X, a Texas Republican": a US lawmaker is a member of the party and
// represents the state; rs is party-state.
func partyState(a *analysis, m *ment, _ *titleState, rs []*Rule) {
	toks := a.toks
	sent := a.sentOf[m.t0]
	i := m.t1
	if i+1 >= len(toks) || a.sentOf[i+1] != sent || (toks[i].Text != "," && toks[i].Text != "(") {
		return
	}
	party, state, end := "", "", i+1
	if g := partyLetter.FindStringSubmatch(a.text[toks[i+1].Start:]); g != nil {
		st := g[2]
		// "R-Fla. The black Labrador": the state's one word, when its
		// two do not name one.
		if first, _, two := strings.Cut(st, " "); two && usStates[st] == "" && usStates[strings.TrimSuffix(st, ".")] == "" {
			st = first
		}
		if usStates[st] == "" {
			st = strings.TrimSuffix(st, ".")
		}
		used := len(g[1]) + 1 + len(st)
		rest := a.text[toks[i+1].Start+used:]
		if usStates[st] == "" || !(rest == "" || strings.ContainsAny(rest[:1], ",);. \n\t\r")) {
			return
		}
		party, state = partyNames[g[1]], usStates[st]
		for end < len(toks) && toks[end].End <= toks[i+1].Start+used {
			end++
		}
	} else {
		// "X, a Texas Republican"
		j := i + 1
		if toks[j].Norm != "a" && toks[j].Norm != "the" {
			return
		}
		// "X, a Republican from Texas", "X, the Democratic governor of
		// Ohio": the party, maybe a post, then the state.
		if p := partyNames[toks[min(j+1, len(toks)-1)].Norm]; j+1 < len(toks) && p != "" && capitalised(toks[j+1].Text) {
			k := j + 2
			var title []string
			// Only a lawmaker's or governor's post: "a Democratic lawyer
			// from Ohio" represents no state.
			for k < len(toks) && k < j+5 && a.g.titles[toks[k].Norm] && !capitalised(toks[k].Text) {
				title = append(title, toks[k].Text)
				k++
			}
			if k+1 >= len(toks) || toks[k].Norm != "from" && !(toks[k].Norm == "of" && len(title) > 0) {
				return
			}
			for _, w := range title {
				if !stateOffices[strings.ToLower(w)] {
					return
				}
			}
			o := a.at(k + 1)
			if o == nil || o.t0 != k+1 || a.ents[o.id] == nil || !usStateNames[a.ents[o.id].Name] {
				return
			}
			party, state, end = p, a.ents[o.id].Name, o.t1
			if jt := a.cleanTitle(title); jt != "" {
				a.add(m.id, kg.PredJobTitle, kg.Term{Literal: jt}, a.evidence(m.t0, end, rs[0]))
			}
		} else {
			o := a.at(j + 1)
			if o == nil || o.t0 != j+1 || o.t1 >= len(toks) || a.ents[o.id] == nil || !usStateNames[a.ents[o.id].Name] {
				return
			}
			p := partyNames[toks[o.t1].Norm]
			if p == "" || !capitalised(toks[o.t1].Text) {
				return
			}
			party, state, end = p, a.ents[o.id].Name, o.t1+1
		}
	}
	ev := a.evidence(m.t0, end, rs[0])
	if in := a.g.lookupName(state); in != nil {
		a.add(m.id, kg.PredRepresents, kg.Term{Entity: a.ensure(in)}, ev)
	}
	if in := a.g.lookupName(party); party != "" && in != nil {
		a.add(m.id, kg.PredMemberOf, kg.Term{Entity: a.ensure(in)}, ev)
	}
}

// titleApposition: "the bloc's secretary general, Jens Stoltenberg"; rs is
// title-apposition.
func titleApposition(a *analysis, m *ment, st *titleState, rs []*Rule) {
	toks := a.toks
	i := m.t0 - 1
	if i < 1 || toks[i].Text != "," || a.sentOf[i] != a.sentOf[m.t0] {
		return
	}
	title, affs, stop, _ := a.chain(i-1, -1, a.sentOf[m.t0])
	// "His deputy, Mircea Geoana,": the deputy of the person "his" stands for.
	if len(title) == 1 && strings.ToLower(title[0]) == "deputy" && stop >= 0 && (toks[stop].Norm == "his" || toks[stop].Norm == "her") {
		a.deputyOf(m, stop, st, rs[0])
		return
	}
	jt := a.cleanTitle(title)
	if jt == "" {
		return
	}
	// "brought in a new chief executive officer, X": past the tenure word.
	for stop > 0 && tenure[toks[stop].Norm] && a.sentOf[stop] == a.sentOf[m.t0] && !a.possessivePronoun(stop) && toks[stop].Norm != "its" && toks[stop].Norm != "their" {
		stop--
	}
	if stop >= 0 && a.sentOf[stop] == a.sentOf[m.t0] {
		s := toks[stop].Norm
		if !(s == "the" || s == "'s" || s == "," || s == "by" || s == "a" || s == "its" || s == "his" || s == "her" || s == "their" || s == "and" || s == "with") {
			return
		}
		// "Kings And Queen, Ann Lee": a title-cased name of a work, not a post.
		if s == "and" && toks[stop].Text != "and" {
			return
		}
		// "Patting the kids on the head, Castro said": a bare word after a
		// preposition of place is no post.
		if (s == "the" || s == "a") && stop > 0 && spatialPreps[toks[stop-1].Norm] && len(title) == 1 && len(affs) == 0 {
			return
		}
	}
	if stop >= 0 && a.sentOf[stop] == a.sentOf[m.t0] && a.possessivePronoun(stop) && len(affs) == 0 {
		return
	}
	if len(affs) == 0 {
		affs = a.sharedCountry(st, stop)
	}
	if stop >= 1 && toks[stop].Norm == "'s" && len(affs) == 0 && genericBodies[toks[stop-1].Norm] {
		// "the organization's secretary general": the body under discussion.
		if id, typ := a.dominantOrg(); id != "" && a.nounFits(toks[stop-1].Norm, id) {
			affs = append(affs, affiliation{id: id, typ: typ})
		}
	}
	from := m.t0
	if len(affs) == 0 {
		if o := a.itsOrg(stop); o != nil {
			affs, from = append(affs, a.affOf(o)), min(o.t0, m.t0)
		}
	}
	if a.occupationOnly(jt, affs, stop) {
		return
	}
	ev := a.evidence(from, m.t1, rs[0])
	// "Y's chief financial officer, X, resigned": a post just left.
	if m.t1+1 < len(toks) && toks[m.t1].Text == "," {
		left, other := a.leftAfter(m.t1+1, a.sentOf[m.t0], jt)
		if other != "" {
			a.add(m.id, kg.PredFormerJobTitle, kg.Term{Literal: other}, a.evidence(m.t0, a.sents[a.sentOf[m.t0]].T1, rs[0]))
		}
		if left {
			a.add(m.id, kg.PredFormerJobTitle, kg.Term{Literal: jt}, ev)
			return
		}
	}
	a.setTitle(st, m.id, jt, ev)
	for _, af := range affs {
		if !nationalityOnly(jt, af) {
			a.affiliate(m.id, af, tieOf(jt, af.employ), ev)
		}
	}
}

// staffOccupations are occupations held on a firm's staff: "a Commerzbank
// economist", "a Boeing engineer".
var staffOccupations = map[string]bool{"economist": true, "engineer": true, "scientist": true, "researcher": true, "lawyer": true, "official": true,
	"employee": true, "worker": true, "executive": true, "trader": true, "pilot": true, "technician": true, "designer": true, "programmer": true}

// nounFits reports whether a body's noun can refer back to organisation
// id: "the union", "the party", "the council" to a body whose name holds
// the word; "the company" to any but a body of the lists (the Pentagon)
// or one whose name holds a union's, a party's or a ministry's head; "the club", "the bank" to one whose name
// holds it or that is no company; "the organization" to any.
func (a *analysis) nounFits(noun, id string) bool {
	name := ""
	if e := a.ents[id]; e != nil {
		name = strings.ToLower(e.Name)
	}
	switch noun {
	case "company", "firm", "retailer", "carmaker", "airline", "giant", "studio":
		for _, w := range strings.Fields(name) {
			if bodyHeadsNoCompany[w] {
				return false
			}
		}
		// The lists' bodies (the Pentagon, NATO) are no companies.
		for _, m := range a.ments {
			if m.id == id && m.in != nil && !m.in.outlet {
				return a.isCompany(id)
			}
		}
		return true
	case "organization", "organisation", "group", "alliance", "bloc", "body", "network":
		return true
	case "union", "party", "council", "committee", "court", "commission", "agency", "federation", "league":
		return strings.Contains(name, noun) // "the union's leader" is a union's
	}
	return strings.Contains(name, noun) || !a.isCompany(id) // "Chelsea ... the club's manager"
}

// bodyHeadsNoCompany end the names of bodies no company is: "the
// company" never refers back to them.
var bodyHeadsNoCompany = map[string]bool{"union": true, "party": true, "council": true, "committee": true, "ministry": true, "commission": true, "office": true,
	"court": true, "assembly": true, "parliament": true, "senate": true, "department": true, "agency": true, "government": true}

// spatialPreps are prepositions of place, before a noun that is then no
// post: "on the head", "at the top", "in the chair".
var spatialPreps = map[string]bool{"on": true, "in": true, "into": true, "onto": true, "over": true, "under": true, "across": true, "through": true, "at": true}

// deputyOf: "NATO Secretary General Jens Stoltenberg ... His deputy,
// Mircea Geoana,": the person the pronoun at token k stands for has a title
// read before; the deputy holds "Deputy" and that title, and represents
// what the holder represents. The evidence runs from the holder's mention.
func (a *analysis) deputyOf(m *ment, k int, st *titleState, r *Rule) {
	id, at := a.pronounPerson(k)
	if id == "" || id == m.id {
		return
	}
	t := st.first[id]
	if t == "" || strings.HasPrefix(strings.ToLower(t), "deputy") {
		return
	}
	ev := a.evidence(at, m.t1, r)
	a.setTitle(st, m.id, "Deputy "+t, ev)
	for _, tr := range a.triples {
		if tr.Subject.Entity == id && tr.Predicate == kg.PredRepresents && tr.Object.Entity != "" {
			a.add(m.id, kg.PredRepresents, tr.Object, ev)
		}
	}
}

// portfolioSlot reports whether token i, walking in direction dir with the
// title words read so far, is a single portfolio word: backwards, it sits
// between a body (or demonym) and the post; forwards, it is a lower-case
// word right before a core title word.
func portfolioSlot(a *analysis, i, dir int, title []string) bool {
	toks := a.toks
	if dir < 0 {
		j := i - 1
		if j < 0 || len(title) == 0 || !capitalised(toks[i].Text) {
			return false
		}
		if toks[j].Norm == "'s" {
			j--
		}
		m := a.at(j)
		return (m != nil && (m.typ == kg.Org || m.typ == kg.GPE)) || a.g.demonymCountry(toks[j].Norm) != nil
	}
	n := i + 1
	return len(title) == 0 && !capitalised(toks[i].Text) && n < len(toks) && coreTitles[toks[n].Norm] &&
		i > 0 && (toks[i-1].Norm == "'s" || a.at(i-1) != nil)
}

// portfolioOpener reports a word at token i that names the portfolio of
// the core title next to it: a capitalised common noun before a capitalised
// post ("Science Minister", "Housing Secretary", "Tourism Minister"), or a
// lower-case relational adjective ("political adviser", "diplomatic
// correspondent"). Clause words ("Meanwhile", "When", "met") are none, nor
// the head of a body, which the post belongs to ("Commission President").
func portfolioOpener(a *analysis, i int, next string) bool {
	t := a.toks[i]
	n := t.Norm
	if !coreTitles[normWord(next)] || !isWordAt(t.Text, 0) || allCaps(t.Text) || glueWords[n] || determiners[n] || verbLike(n) ||
		sentenceOpeners[n] || (orgHeads[n] && !portfolioPost(next)) || compass[n] || calendarWords[n] || titleNoise[n] || a.g.nonEnt[n] || a.g.demonymCountry(n) != nil || a.possessivePronoun(i) {
		return false
	}
	if capitalised(t.Text) {
		return capitalised(next) && (a.g.common[n] || portfolioWords[n] || orgHeads[n]) && !strings.HasSuffix(n, "ly")
	}
	return len(n) > 5 && (strings.HasSuffix(n, "al") || strings.HasSuffix(n, "ic")) || n == "military"
}

// verbLike reports a word that is a verb of the clause rather than a
// portfolio: "Sweden met Foreign Minister X", "Russia accused Defence
// Minister Y", "Kyiv thanked".
func verbLike(w string) bool {
	return speechVerbs[w] || verbTriggers[w] || appointVerbs[w] || headsVerbs[w] || notPortfolio[w] || (len(w) > 4 && strings.HasSuffix(w, "ed"))
}

// notPortfolio are common verbs and prepositions that come between a
// subject and a title ("Sweden met", "a court case against Gov X").
var notPortfolio = map[string]bool{"met": true, "told": true, "became": true, "becomes": true, "become": true, "remains": true, "remained": true, "serves": true, "urged": true, "thanked": true, "sent": true, "has": true, "had": true, "is": true, "was": true, "will": true, "would": true, "says": true, "said": true,
	"against": true, "with": true, "by": true, "on": true, "in": true, "at": true, "from": true, "to": true, "over": true, "after": true, "before": true, "about": true, "into": true, "during": true, "like": true, "than": true, "as": true}

// glueWords are never part of a portfolio.
var glueWords = lexSet("grammar.txt", "glue")

// portfolioNoun reports a lower-case word that may name a post's
// portfolio ("the science minister", "the party chairman"): no adjective
// of time, rank or judgement ("the late president", "the previous
// minister", "the wrong president") by its ending or in notPortfolioAdj.
func portfolioNoun(w string) bool {
	if notPortfolioAdj[w] || tenure[w] || formerWords[w] || titleNoise[w] {
		return false
	}
	for _, suf := range []string{"ing", "ed", "ous", "ful", "ive", "able", "ible", "ent", "ant", "less", "est", "ly"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// notPortfolioAdj are adjectives before a post that name no portfolio.
var notPortfolioAdj = map[string]bool{"late": true, "wrong": true, "right": true, "then": true, "past": true, "new": true, "old": true, "next": true,
	"last": true, "first": true, "same": true, "other": true, "only": true, "real": true, "true": true, "top": true, "key": true, "main": true, "big": true,
	"great": true, "good": true, "bad": true, "young": true, "little": true, "long": true, "sole": true, "very": true, "own": true, "future": true, "outgoing": true}

// basedHomeEnd returns the token after "-based" when place m, maybe with
// its state after a comma, is a firm's home before its name ("New
// York-based", "Orlando, Fla.-based"), else 0.
func (a *analysis) basedHomeEnd(m *ment) int {
	toks := a.toks
	if m == nil || m.typ != kg.GPE {
		return 0
	}
	e := m.t1
	if e+1 < len(toks) && toks[e].Text == "," {
		if st := a.at(e + 1); st != nil && st.t0 == e+1 && st.typ == kg.GPE {
			e = st.t1
		}
	}
	if e > 0 && e+1 < len(toks) && toks[e].Text == "-" && toks[e].Start == toks[e-1].End && toks[e+1].Norm == "based" {
		return e + 2
	}
	return 0
}

// kinAdjectives may come before a kinship word: "younger brother of".
var kinAdjectives = map[string]bool{"younger": true, "older": true, "elder": true, "youngest": true, "eldest": true, "oldest": true, "only": true, "late": true}

// kinshipAnd returns the token after "and" when a kinship to a named
// person opens the apposition at token i and a post follows ("younger
// brother of President Fidel Castro and head of ..."), else i.
func (a *analysis) kinshipAnd(i, sent int) int {
	toks := a.toks
	k := i
	if k < len(toks) && kinAdjectives[toks[k].Norm] {
		k++
	}
	if k+2 >= len(toks) || !kinWords[toks[k].Norm] || toks[k+1].Norm != "of" || a.sentOf[k+2] != sent {
		return i
	}
	// The relative: a person named after "of", past titles before the name.
	j := k + 2
	for j < len(toks) && j < k+6 && a.at(j) == nil && a.g.titles[toks[j].Norm] {
		j++
	}
	p := a.at(j)
	if p == nil || p.t0 != j || p.typ != kg.Person || p.t1+1 >= len(toks) || toks[p.t1].Norm != "and" || a.sentOf[p.t1+1] != sent {
		return i
	}
	return p.t1 + 1
}

// portfolioBody reports an organisation mention m, one capitalised common
// noun ("Treasury", "Cabinet"), right before the post "Secretary" or
// "Minister" that opens title: the body names the post's portfolio
// ("Treasury Secretary", "Cabinet Secretary"), as "Commerce Secretary" does.
func (a *analysis) portfolioBody(m *ment, title []string) bool {
	if m.typ != kg.Org || m.t1-m.t0 != 1 || len(title) == 0 || m.t1 >= len(a.toks) || a.toks[m.t1].Text != title[0] {
		return false
	}
	if w := normWord(title[0]); w != "secretary" && w != "minister" || !capitalised(title[0]) {
		return false
	}
	t := a.toks[m.t0]
	return capitalised(t.Text) && !allCaps(t.Text) && (a.g.common[t.Norm] || peopleBodies[t.Norm] || orgHeads[t.Norm])
}

// portfolioPost reports a capitalised "Secretary" or "Minister", whose
// body word before it names the portfolio ("Party Secretary", "Cabinet
// Minister"), as other heads name the body they lead ("Commission
// President").
func portfolioPost(w string) bool {
	n := normWord(w)
	return capitalised(w) && (n == "secretary" || n == "minister")
}

// demonymCompoundEnd returns the token after a capitalised demonym at i,
// or after a hyphenated pair of them ("Cuban-American"), else i.
func (a *analysis) demonymCompoundEnd(i int) int {
	toks := a.toks
	if i >= len(toks) || !capitalised(toks[i].Text) || a.g.demonymCountry(toks[i].Norm) == nil || a.at(i) != nil {
		return i
	}
	k := i + 1
	if k+1 < len(toks) && toks[k].Text == "-" && toks[k].Start == toks[k-1].End && capitalised(toks[k+1].Text) && a.g.demonymCountry(toks[k+1].Norm) != nil {
		k += 2
	}
	return k
}

// occupationAtAhead reports an occupation ("political scientist",
// "economist") in lower case from token k, up to two field words before
// it, followed by "at" or "with" and its employer: not a post a
// nationality before it would qualify ("the Egyptian ambassador").
func (a *analysis) occupationAtAhead(k, sent int) bool {
	toks := a.toks
	for j := k; j < k+3 && j+1 < len(toks) && a.sentOf[j+1] == sent && isWordAt(toks[j].Text, 0) && !capitalised(toks[j].Text); j++ {
		if occupations[toks[j].Norm] {
			return toks[j+1].Norm == "at" || toks[j+1].Norm == "with"
		}
	}
	return false
}
