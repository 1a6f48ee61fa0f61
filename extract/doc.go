// Package extract turns a news article into entity mentions, canonical
// entities and triples for kg's knowledge graph. It knows nothing of the
// graph store; package graph converts its kg.Result values.
//
// # Pipeline
//
// New loads prose v2's model once (prose would otherwise reload it for
// every document) and the gazetteers; Extract then runs, per document:
//
//  1. Tokens, sentences and lines with byte offsets. Boilerplate lines
//     ("Source: ...", "Picture: ...", "Leave a Reply", "Related Posts",
//     "Reporting by ...") yield only news-outlet mentions, but for the
//     names of credit lines and bylines ("Reporting by X and Y in Z;
//     Editing by W", "By X and Y Associated Press"); title-case
//     headlines yield no prose entities.
//  2. prose's tagger, once, without its sentence segmenter (ours keeps
//     offsets, and skipping prose's makes the hybrid cheaper than prose
//     alone). prose panics on internal errors; the panic becomes ErrProse.
//  3. Dates: day-month forms, numeric dates, month-year, years after a
//     preposition, bare months, weekdays and relative expressions, each
//     with an ISO 8601 value resolved against the reference date (below).
//  4. Entity candidates, longest first, lists and patterns before prose:
//     gazetteers (countries, capitals and the states of federal countries
//     from github.com/pariz/gountries; curated cities, territories,
//     regions, demonyms, organisations, news outlets, titles and given
//     names from the lexicon, each file naming its source), a listed
//     company with a second name after it ("Sony Ericsson"), "Air" before
//     a listed place ("Air France"); a US state as AP abbreviates it and
//     the town before it ("Irvine, Calif.", "Concord, N.H."); organisation
//     names ending in a head noun ("... Council", "Ministry of ...",
//     "... Inc") or opening with a foreign one ("Banco de Portugal",
//     "Parti Socialiste"); a demonym or place before a body noun ("Scottish
//     Executive", "U.S. Treasury"), but no event's name ("Game Developers
//     Conference", "G20 Summit", and an acronym defined for one); names after titles, before title appositions and after
//     common given names; employers after "works/writes for"; acronyms
//     after "the". prose contributes persons (filtered: a word written in
//     lower case elsewhere in the text, a title or boilerplate word is no
//     name; a word after "the"/"its" is a thing), places only after a
//     locative preposition, and organisations only as acronyms.
//  5. In-document canonicalisation: titles and honorifics stripped;
//     surnames and first names linked to the one full name they abbreviate;
//     acronyms defined in parentheses and short company names linked to
//     their long forms; hyphenated bodies ("Russia-NATO Council",
//     "RF-NATO Council") spelled in a fixed order of canonical names;
//     one-word "persons" that behave like companies ("Kroger CEO ...")
//     relabelled as organisations; a GeoNames town the syntax calls a
//     place once is that place wherever else the text names it.
//     Every other surface form is an alias.
//  6. Relation rules (each triple's Evidence names its rule; see Rules
//     below): titles and affiliations before a name, in appositions
//     and before an appositive name; possessives; "who heads"; delegations
//     "headed by"; "was represented ... by"; "works for"; membership;
//     "City, Country" and "Country's region" containment; quotations with
//     their speakers (names, pronouns, "the Secretary-General said").
//     Officials represent their body and are members of it; employees
//     (spokesmen, journalists, "a lawyer with ...") work for it; a person
//     qualified by a country represents it. Former offices ("former",
//     "ex-", "then-", "the late") are no current title or tie: they are
//     stated as kg:formerJobTitle (rule former-title).
//  7. Events: meetings, talks, consultations, negotiations, summits,
//     conferences and phone calls, with the nearest date and place of
//     their clause, the body they belong to, and attendees (parties named
//     by "between", "with", delegations, compounds such as "Russian-American
//     talks", and people placed in the event). Mentions of one event in a
//     document are merged; "the meeting" refers back to an event named
//     before. An event is named after its body, else its place, else its
//     parties, and keyed event/<slug of name>-<date> (or -<place> without
//     a date), so that reports of the same event share one ID. A clause
//     that negates the event ("did not meet", "refused to attend", "denied
//     that ... had talks", "no meeting took place") names none; one that
//     states it as still to come, called off or put off gives it a
//     schema:eventStatus (rule event-status), read by internal/dates.Mood
//     from the clause that governs the trigger, as Future reads tense.
//
// Canonicalize then links entities across the documents of a corpus.
//
// # Rules
//
// A relation rule is one record in one ordered registry (rules.go): its
// name, which every triple it makes carries in Evidence.Rule; its stage;
// the predicates it may emit; a one-line doc; examples, sentences with
// the facts they must and must not give; and the function that reads it.
// Stages run in order (titles, relations, places, quotes, events); the
// titles stage runs once per person mention and hands on the titles it
// read, as a typed value, to the later stages. Rules that share one
// reading of the text (the three quotation rules) are declared together
// and get their records in the order declared. Rules returns the records,
// kg extract --rules prints this table, and TestRuleTables keeps the
// table here and in README.md equal to the registry:
//
// Begin rule table (generated by TestRuleTables; do not edit).
//
//	RULE                  STAGE      PREDICATES                                                    READS
//	title-premodifier     titles     jobTitle,represents,memberOf,worksFor,founder                 a title and its body or country before a name: "NATO Secretary General Jens Stoltenberg", "the foreign ministers, X of Poland and Y of Hungary", "the three foreign ministers of X of Poland, Y of Hungary and Z of Slovakia"
//	possessive            titles     represents,memberOf,worksFor                                  a body's possessive before a name: "Al Jazeera's Natacha Butler"
//	appointed             titles     jobTitle,represents,memberOf,worksFor,founder                 appointments: "X was named chief executive of Y on Monday", "Y hired X as its coach", "X joined Y as chief economist", "X succeeded Z as chairman of Y", "X was named chairman of Y. X, 52, will succeed Z" (Z holds the post until then), "X and Z were named vice chairmen", "Y named X chief executive", "the Y board appointed X as", "X became / took over as / serves as chairman of Y"
//	who-heads             titles     represents,memberOf,worksFor,founder                          "X, who heads/leads/chairs/runs Y", "X, who has led Y"; "X, who founded Y": Y's founder (schema:founder); "X, who edits Y's Z": X works for Y
//	apposition            titles     jobTitle,represents,memberOf,worksFor,formerJobTitle,founder  a title after a name: "Alexander Fomin, Russia's deputy defence minister", "X is the CEO of Y", "X, a director of the company" (a company's director sits on its board: memberOf); a former one when the clause says its holder left it ("X, chief executive of Y, resigned") or the post says so ("X, a director of Y and former head of Z"); "X, founder of Y" makes X Y's founder (schema:founder), no title
//	from-org              titles     worksFor,memberOf                                             an organisation right after a name or two names joined by "and": "Simon Hale, from Barclays, said", "said Ann Lee of Goldman Sachs", "X and Y of First Boston"
//	party-state           titles     memberOf,represents,jobTitle                                  US lawmakers' party and state: "Sen. Joe Manchin, D-W.Va.", "Rep. Chip Roy (R-Texas)", "X, a Texas Republican", "X, a Republican from Texas", "X, the Democratic governor of Ohio"
//	title-apposition      titles     jobTitle,represents,memberOf,worksFor,formerJobTitle,founder  a title before an appositive name: "the bloc's secretary general, Jens Stoltenberg", "a new chief executive officer, X"; a former one when the clause says its holder left it ("Y's chief financial officer, X, resigned and its chairman, Z, ...": Z heads Y)
//	student-at            titles     memberOf                                                      students: "X, a graduate student studying at Cornell University", "X, who is studying at Y", "Harvard University student X"
//	former-title          titles     formerJobTitle                                                a former office, never a current title: "Former German chancellor Angela Merkel", "X, a former Dutch prime minister", "ex-Barclays chief executive X", "then-Prime Minister X", "onetime", "the late Pope X", "X stepped down as chief executive", "X served as chief executive of Y", "X was Prime Minister of Y from 1990 to 1996"
//	company-head          titles     represents,worksFor                                           a company title with no company beside it, "chief executive X said", in a story about one company: X heads that company (a staff officer, "chief financial officer", works for it)
//	delegation-headed-by  relations  represents                                                    "the Russian delegation was headed by X"
//	represented-by        relations  represents                                                    "Russia was represented at the talks by X"
//	works-for             relations  worksFor                                                      "X has written for Y", "she works for Y", "X has worked at Volkswagen for 20 years"
//	plays-for             relations  memberOf                                                      "X plays for Y", "a footballer who played for Serie A club Y": a player is a member of the team
//	member-of             relations  memberOf                                                      "X is a member of Y", "Y, of which X is a member", "X and Y today became full-fledged members of Z" (countries and bodies), "X, a Labour member of Parliament" (the party too), "her Birchfield Harriers team mate X"
//	joined                relations  memberOf                                                      a country that joined a body: "Finland joined NATO in April", "Poland, Hungary and the Czech Republic on Friday formally joined NATO", "Poland acceded to the EU"; an accession stated as done: "Hungary's accession to NATO has brought", "Croatia's entry into the EU in 2013", "celebrations marked X's entry into NATO" (none when the sentence leaves it to come or in doubt: "would", "its bid", "blocked", "stalled")
//	sign-off              relations  worksFor                                                      a broadcast reporter's sign-off, a sentence of its own: "Steve Hurst, CNN, the State Department.", "Jim Teple, VOA News, Washington."
//	members-named         relations  memberOf                                                      a body's members named after it: "NATO members Poland and Romania", "EU member states Hungary, Slovakia and Austria"
//	board-member          relations  memberOf                                                      a company's board members: "Halvex board member Tom Reed", "X, a board member of Y", "X, a member of the Y board", "new board members include A and B" (the firm the sentence names, else the board the story named last, else the company the story names most); joining: "X and Y were named to join Z's 10-member board", "X was elected to the board of directors of Z", "X joined the Z board"
//	bench                 relations  memberOf,represents                                           "Justice X", "Judge Y" in a story of one court: a judge sits on its bench (memberOf), its chief justice heads it (represents)
//	firm-staff            relations  worksFor,represents                                           "says X, a vice president", "said Y, a spokeswoman", "Chairman Z said", "X was named chief investment officer" with no body: the one organisation named in that sentence or the one before, else the company the story names most
//	title-reference       relations  represents,memberOf,worksFor,jobTitle                         "the Kremlin spokesman said": a body's title without a name ties the one holder of that title to the body; "met Kenya's trade minister ... Trade Minister Joseph Kimotho": a country's post in lower case is the one of the holder of that whole title; "Foreign Minister X met his Chinese counterpart, Wang Yi": Wang Yi represents China and holds X's post
//	city-comma-country    places     containedInPlace                                              "Vienna, Austria", "Portland, Oregon", "Syracuse, New York", "O'Connell Bridge, Dublin"
//	place-in-place        places     containedInPlace                                              "Donetsk in eastern Ukraine", "Kharkiv, in eastern Ukraine,", "Vancouver in British Columbia": a town or region in a larger place (never a town in a country the lists put it outside); "Konak Square in Izmir": a named site in a town; "Lake Nokomis in Minneapolis, Minnesota": every place of the chain; "the Kotayk Province of Armenia"
//	place-kind            places     containedInPlace                                              "X is a village in Y", "X, a port city in southern Y", "X is a census-designated place in Y County, Z, United States" (every place of the chain), "X, the Polish port city", "X, the Lithuanian capital,"
//	division-of           places     containedInPlace                                              "the Donetsk region of eastern Ukraine", "the Kandahar province of Afghanistan"
//	country-kind-of       places     containedInPlace                                              "the Russian city of Kursk", "the U.S. state of Ohio", "the U.S. states of Ohio and Iowa"
//	headquarters          places     location                                                      where an organisation is based: "the London-based lender Barclays", "ORG, headquartered in Z", "ORG is a company based in Z, Y", "shares of ORG fell after the Oslo-based company cut its forecast" (the one organisation the sentence named)
//	and-other             places     containedInPlace,memberOf                                     a list closed by "and other" and the larger place's or body's own: "Guam, Puerto Rico and other U.S. possessions" (in the place), "Poland, Hungary and other NATO members" (members of the body)
//	place-possessive      places     containedInPlace                                              "Ukraine's Crimean peninsula", "Spain's Catalonia", "Russia's capital Moscow"
//	quote-then-speaker    quotes     quote                                                         a quotation then its speaker: "“...,” X said", "“...,” said X"
//	speaker-then-quote    quotes     quote                                                         a speaker then the quotation: "X said: “...”"
//	quote-continued       quotes     quote                                                         a quotation right after an attributed one continues it: "“...,” X said. “...”"
//	event                 events     location,startDate,attendee                                   meetings, talks, summits, conferences, phone calls and visits ("X visited Beijing", "his visit to Kyiv") with their date, place and attendees (one named attendee is enough when the text names whom they met by a noun: "met with the family's lawyer"), one per partner of "meetings with A and B" or "separate talks with A and B"; "the leaders of A, B and C met", "talks with his Jordanian counterpart"; none from a clause that negates them ("did not meet", "refused to attend")
//	event-status          events     eventStatus                                                   an event stated as still to come ("will meet", "plans to visit", "is scheduled to hold talks", a date after publication), called off or put off: schema:eventStatus
//
// End rule table.
//
// # Adding a rule
//
// A rule lives in one file, rule_<family>.go, with its record and examples;
// its declaration goes at its place in registry (rules.go). Its words go in
// the lexicon (internal/lexicon/data, one tagged entry a line) and are read
// with lexSet(file, tag). What a rule reads: a.toks (tokens with Text, Norm,
// Start, End), a.sentOf (token -> sentence), a.sents, a.ments and a.at(i)
// (the entity mention covering token i), a.dateAt; what it writes:
// a.add(subject, predicate, object, a.evidence(t0, t1, rule)), or
// a.affiliate(person, affiliation, tie, evidence) for the represents /
// memberOf / worksFor choice. For instance:
//
//	// rule_headquarters.go
//	var hqRules = docRule(StagePlaces, headquarters,
//		&Rule{Name: "headquartered-in", Predicates: []string{kg.PredLocation},
//			Doc: `"ORG, headquartered in CITY"`,
//			Examples: []Example{{Text: "The World Bank, headquartered in Washington, cut 200 jobs.",
//				Must: []Fact{{"org/world-bank", kg.PredLocation, "place/washington"}}}}})
//
//	// verbs.txt: "headquarters" added to its "# tags:" line, and the entries
//	// "headquartered|headquarters" and "based|headquarters".
//	var hqVerbs = lexSet("verbs.txt", "headquarters")
//
//	func headquarters(a *analysis, _ *established, rs []*Rule) {
//		for _, m := range a.ments { // ORG , headquartered in PLACE
//			k := m.t1
//			if m.typ != kg.Org || k+3 >= len(a.toks) || a.toks[k].Text != "," ||
//				!hqVerbs[a.toks[k+1].Norm] || a.toks[k+2].Norm != "in" {
//				continue
//			}
//			if o := a.at(k + 3); o != nil && o.typ == kg.GPE {
//				a.add(m.id, kg.PredLocation, kg.Term{Entity: o.id}, a.evidence(m.t0, o.t1, rs[0]))
//			}
//		}
//	}
//
// Put hqRules after placeRules in registry and run go test ./extract/
// -run TestRuleTables -update to regenerate the rule tables; then
// TestRuleExamples checks that every Must fact is stated by the new rule
// and no MustNot fact by any rule (this example passes it), and
// TestRuleRecords that every rule fires and every MustNot example has a
// Must fact in the same text, so that it cannot pass by finding nothing.
//
// # Layout
//
// Each package imports only the ones below it (TestLayers checks it):
//
//	extract                 Extractor, Canonicalize, Rules; NER (ner.go, cues.go), canonical
//	  │                     entities (canon.go, corpus.go), gazetteers (gazetteer.go), the rule
//	  │                     registry (rules.go) and the rules (rule_*.go, helpers in relations.go)
//	  ├── internal/dates    date expressions and their values
//	  │     └── internal/text
//	  ├── internal/text     tokens and sentences with byte offsets, string helpers
//	  ├── internal/lexicon  every word list (data/*.txt) and its loader
//	  └── internal/tagger   prose's tagger and kg's copy of its classifier; the only user of prose
//
// # IDs
//
// Entity IDs are type-qualified slugs: person/jens-stoltenberg, org/nato,
// place/russia (GPE and LOC alike), event/nato-russia-council-meeting-2022-01-12.
//
// # Dates
//
// The reference date is the document's Published date, else a dateline in
// the text (a short line holding a full date, such as "Thu. Jan 20th,
// 2022" or "Ru-Main, 14.01.2022", or a wire dateline such as "AMSTERDAM,
// March 4, 2024 (Reuters) -" or "By Jane Doe | March 8, 2023"; it becomes
// Result.Published), else a date
// written with its weekday ("Sunday, January 16"), whose year is the latest
// one, not after the current year, in which that day falls on that weekday.
// A day and month without a year take the year that puts them nearest the
// reference date; weekdays resolve to the latest such day on or before it
// (the next one for future tense or "next"). With no reference at all, a
// day and month keep no year ("--01-16") and bare weekdays, bare months and
// relative dates are left out rather than guessed.
//
// Tense is read from the clause that governs the date (internal/dates.Future):
// "officials said Friday they will appeal" is a past Friday, "Friday's vote
// will decide" a coming one; a "will" inside a quotation counts only for
// dates inside it. Quarters take TimeML values ("the third quarter" is
// "2021-Q3", the latest such quarter on or before the reference in past
// tense); "the quarter" is the quarter last named, "a year earlier" and "the
// year-ago quarter" the year before the date or quarter they follow.
// Seasons resolve to their year ("this summer" is "2021"), weekends to
// "2021-W05-WE", US holidays by their rule. Quarter and weekend values are
// no xsd calendar form: the graph stores them as plain literals
// (graph.DateValue). Deliberately not dates: decades ("the 1990s") and
// TimeML's PRESENT_REF, PAST_REF and FUTURE_REF ("now", "recently", "the
// future"), which give no day or period an event starts on.
package extract
