package synth

import "strings"

// The pools are written out rather than read from extract's gazetteers:
// synth must not depend on the code it measures. Countries, cities and
// organisations are ones kg's gazetteers know; people are made up.
var (
	firstNames = strings.Fields(`James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth
		William Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Lisa Matthew Nancy
		Anthony Sandra Mark Ashley Steven Emily Paul Donna Andrew Michelle Joshua Carol Kenneth Amanda
		Kevin Melissa Brian Deborah George Stephanie Timothy Rebecca Ronald Laura Jason Helen Edward Sharon
		Jeffrey Cynthia Ryan Kathleen Jacob Amy Gary Angela Nicholas Anna Eric Ruth Jonathan Brenda
		Stephen Pamela Larry Nicole Justin Katherine Scott Virginia Brandon Catherine Benjamin Christine
		Samuel Samantha Gregory Debra Alexander Janet Patrick Rachel Frank Carolyn Raymond Emma Jack Maria
		Dennis Heather Jerry Diane Tyler Julie Aaron Joyce Henry Evelyn Adam Victoria Douglas Kelly Nathan
		Christina Peter Lauren Zachary Joan Kyle Olivia Walter Judith Harold Megan Jeremy Andrea Ethan Cheryl
		Carl Hannah Keith Jacqueline Roger Martha Gerald Gloria Christian Teresa Terry Sara Sean Janice
		Arthur Marie Austin Julia Noah Grace Lawrence Judy Jesse Theresa Joe Madison Bryan Beverly Billy
		Denise Jordan Marilyn Albert Amber Dylan Danielle Bruce Rose Willie Brittany Gabriel Diana Alan
		Abigail Juan Natalie Logan Jane Wayne Lori Ralph Alexis Roy Tiffany Eugene Kayla Randy Alexandra
		Vincent Kathryn Russell Jacqueline Louis Mia Philip Olga Sergei Dmitry Ivan Anatoly Yuri Elena
		Natalia Tatiana Pierre Jean Marc Sophie Claire Hans Klaus Jurgen Ingrid Sven Lars Henrik Astrid
		Giovanni Marco Luca Giulia Francesca Carlos Javier Miguel Lucia Pablo Ahmed Omar Fatima Leila
		Hassan Kenji Hiroshi Yuki Wei Li Mei Jun Ravi Priya Arjun Anil Kofi Amara Chidi Ngozi Tariq`)

	lastNames = strings.Fields(`Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez
		Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White
		Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill
		Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans
		Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez
		Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks
		Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long
		Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes
		Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin
		Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford
		Castro Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen
		Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder
		Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren
		Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant
		Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott
		Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins
		Hoffman Johnston Matthews Pena Richards Contreras Willis Carpenter Lawrence Sandoval Guerrero George
		Chapman Rios Estrada Ortega Watkins Greene Nunez Wheeler Valdez Harper Burke Larson Santiago Maldonado
		Morrison Franklin Carlson Austin Dominguez Carr Lawson Jacobs Obrien Lynch Singh Vega Bishop Montgomery
		Oliver Jensen Harvey Williamson Gilbert Dean Sims Espinoza Howell Li Wong Reid Hanson Le McCoy
		Petrov Ivanov Sidorov Volkov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novak Dubois Moreau
		Laurent Lefebvre Bernard Muller Schneider Fischer Weber Becker Schulz Rossi Russo Ferrari Esposito
		Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Lindqvist Johansson Nilsson Eriksson
		Larsen Haugen Okafor Mensah Boateng Adeyemi Tanaka Suzuki Takahashi Watanabe Yamamoto Nakamura Wang
		Zhang Liu Yang Huang Zhao Kumar Sharma Gupta Reddy Khan Rahman Hussein Haddad Nasser Yilmaz Kaya`)

	countries = strings.Fields(`Russia Ukraine Germany France Italy Spain Poland Canada Japan China India
		Brazil Mexico Turkey Egypt Israel Iran Iraq Syria Norway Sweden Finland Denmark Estonia Latvia
		Lithuania Belarus Georgia Armenia Azerbaijan Kazakhstan Hungary Romania Bulgaria Greece Serbia Croatia
		Austria Switzerland Belgium Netherlands Portugal Ireland Australia Argentina Chile Colombia Peru
		Nigeria Kenya Ethiopia Pakistan Indonesia Vietnam Thailand Malaysia Philippines Qatar Jordan Lebanon
		Morocco Algeria Tunisia Moldova Slovakia Slovenia`)

	demonyms = map[string]string{"Russia": "Russian", "Ukraine": "Ukrainian", "Germany": "German", "France": "French",
		"Italy": "Italian", "Spain": "Spanish", "Poland": "Polish", "Canada": "Canadian", "Japan": "Japanese",
		"China": "Chinese", "India": "Indian", "Brazil": "Brazilian", "Turkey": "Turkish", "Norway": "Norwegian",
		"Sweden": "Swedish", "Finland": "Finnish", "Georgia": "Georgian", "Hungary": "Hungarian", "Greece": "Greek"}

	cities = strings.Fields(`Brussels Geneva Vienna Paris Berlin London Moscow Kyiv Warsaw Rome Madrid
		Washington Beijing Tokyo Ankara Istanbul Helsinki Stockholm Oslo Copenhagen Riga Vilnius Tallinn
		Minsk Tbilisi Yerevan Baku Astana Budapest Bucharest Sofia Athens Belgrade Zagreb Prague Bern Zurich
		Davos Munich Hamburg Milan Barcelona Lisbon Dublin Ottawa Toronto Sydney Canberra Cairo Doha Amman
		Beirut Delhi Mumbai Jakarta Hanoi Bangkok Manila Nairobi Lagos Sochi`)

	orgs = []string{"NATO", "OSCE", "the European Union", "the United Nations", "the UN Security Council",
		"the World Health Organization", "the International Monetary Fund", "the World Bank",
		"the World Trade Organization", "the International Atomic Energy Agency", "the African Union",
		"ASEAN", "the Council of Europe", "the European Commission", "OPEC", "Interpol"}

	titles = []string{"Foreign Minister", "Deputy Foreign Minister", "Prime Minister", "President",
		"Defence Minister", "Finance Minister", "Interior Minister", "Economy Minister", "Health Minister",
		"Vice President", "Ambassador", "Deputy Prime Minister", "Justice Minister", "Energy Minister"}

	adjectives = []string{"constructive", "difficult", "frank", "productive", "useful", "tense", "open", "substantive"}
	stances    = []string{"ready", "willing", "determined", "prepared", "unwilling", "reluctant"}
	topics     = []string{"arms control", "energy security", "trade barriers", "the grain deal",
		"sanctions relief", "nuclear safety", "migration", "the security guarantees", "climate finance",
		"the ceasefire", "cyber security", "debt relief", "border disputes", "the pipeline project"}
	subjects = []string{"the talks", "the delegation", "the alliance", "officials", "the government",
		"diplomats", "the ministry", "negotiators", "the two sides", "observers"}
	verbs = []string{"discussed", "rejected", "welcomed", "raised concerns about", "focused on",
		"made progress on", "postponed a decision on", "called for talks on"}
	openers = []string{"meanwhile,", "earlier,", "according to the statement,", "in a separate development,",
		"on the same day,", "analysts said", "at the same time,", "in recent weeks,"}
)
