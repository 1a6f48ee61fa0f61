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
//     "Reporting by ...") yield only news-outlet mentions; title-case
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
//     names embedded from data/, each file naming its source); organisation
//     names ending in a head noun ("... Council", "Ministry of ...",
//     "... Inc"); names after titles, before title appositions and after
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
//     relabelled as organisations. Every other surface form is an alias.
//  6. Relation rules (each triple's Evidence names its rule, see the Rule
//     constants): titles and affiliations before a name, in appositions
//     and before an appositive name; possessives; "who heads"; delegations
//     "headed by"; "was represented ... by"; "works for"; membership;
//     "City, Country" and "Country's region" containment; quotations with
//     their speakers (names, pronouns, "the Secretary-General said").
//     Officials represent their body and are members of it; employees
//     (spokesmen, journalists, "a lawyer with ...") work for it; a person
//     qualified by a country represents it. Former offices are ignored.
//  7. Events: meetings, talks, consultations, negotiations, summits,
//     conferences and phone calls, with the nearest date and place of
//     their clause, the body they belong to, and attendees (parties named
//     by "between", "with", delegations, compounds such as "Russian-American
//     talks", and people placed in the event). Mentions of one event in a
//     document are merged; "the meeting" refers back to an event named
//     before. An event is named after its body, else its place, else its
//     parties, and keyed event/<slug of name>-<date> (or -<place> without
//     a date), so that reports of the same event share one ID.
//
// Canonicalize then links entities across the documents of a corpus.
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
// 2022" or "Ru-Main, 14.01.2022"; it becomes Result.Published), else a date
// written with its weekday ("Sunday, January 16"), whose year is the latest
// one, not after the current year, in which that day falls on that weekday.
// A day and month without a year take the year that puts them nearest the
// reference date; weekdays resolve to the latest such day on or before it
// (the next one for future tense or "next"). With no reference at all, a
// day and month keep no year ("--01-16") and bare weekdays, bare months and
// relative dates are left out rather than guessed.
package extract
