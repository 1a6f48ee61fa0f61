// Package extract turns a news article into entity mentions, canonical
// entities and triples for kg's knowledge graph.
//
// The pipeline is hybrid. prose v2 tags the text once with a model loaded
// once by New; its PERSON and ORGANIZATION spans are corrected and
// filtered (NATO is an organisation, not a place; capitalised common
// words, headlines and boilerplate such as "Source: ..." or "Leave a
// Reply" are not entities). Around it sit gazetteers (countries and
// capitals from github.com/pariz/gountries; curated cities, demonyms,
// organisations, news outlets and title words embedded from data/),
// patterns for organisation names ("... Council", "Ministry of ...",
// "Long Form (ACRONYM)") and for names after titles, and a date
// recogniser that resolves relative dates against the publication date.
//
// Mentions are then canonicalised inside the document (titles stripped,
// surnames linked to full names, acronyms to long forms, variant
// spellings of one body to one ID) and rule-based relation extraction
// reads job titles, affiliations, representation, quotations, places and
// events, each triple carrying the sentence and the rule that produced it.
// Canonicalize links entities across the documents of a corpus.
//
// Entity IDs are type-qualified slugs: person/jens-stoltenberg, org/nato,
// place/russia (GPE and LOC alike), event/<name>-<yyyy-mm-dd>.
//
// Dates without a year take the year that puts them nearest the reference
// date: the publication date, else a dateline in the text, else a date
// written with its weekday ("Sunday, January 16"), whose year is the
// latest one, not after the current year, in which that day falls on that
// weekday. With no reference at all, a day and month keep no year
// ("--01-16") and bare weekdays or relative dates are not resolved.
package extract
