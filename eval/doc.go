// Package eval scores kg's extraction against hand-made gold annotations
// (testdata/gold, format and annotation guidelines in its README.md).
//
// LoadGold reads the gold files; Evaluate scores kg.Results from the hybrid
// extractor and EvaluateMentions a mention-only baseline; Report.WriteTable
// prints the scores, a baseline beside them.
//
// # Documents
//
// A result belongs to the gold file named like the base name of its
// Document.ID without extension. Results without gold are ignored and gold
// without a result is not scored; both are listed in the Report.
//
// # Entities
//
// Each document is scored as a set of distinct entities, per type PERSON, ORG,
// GPE and LOC. A system entity's surface forms are its Name and Aliases (for a
// mention-only system each distinct mention text of a type is one entity, so
// "Stoltenberg" and "Jens Stoltenberg" are two, and one is a false positive).
// It matches a gold entity of the same type when one of its forms equals the
// gold name or a gold alias after normalisation: case folded, curly quotes and
// dashes made plain, dots dropped ("U.S." == "US"), whitespace collapsed and a
// leading "the " removed. Types are strict: a system GPE "Europe" does not
// match a gold LOC "Europe" and counts as a false positive GPE and a missed
// LOC. Matching is one to one and maximal: each gold entity matches at most one
// system entity and vice versa, so a system that splits an entity in two is
// charged a false positive. "entities (all names)" is the micro average over
// the four types.
//
// # Dates
//
// DATE compares the distinct normalised values of the system's DATE mentions
// with the distinct gold date values, per document. A time part is dropped
// ("2022-01-12T00:00:00Z" == "2022-01-12"); mentions without a value are not
// scored. DATE is kept out of "entities (all names)".
//
// # Facts
//
// Facts are normalised (subject, predicate, object) tuples compared as sets
// per document and predicate, for the predicates in Predicates; triples with
// other predicates (name, quote, ...) are ignored. A term that is a system
// entity becomes the canonical name of the gold entity it matched, else its
// own name; a literal is normalised like a name, then hyphens and underscores
// become spaces and "defense" becomes "defence", so "Secretary-General" ==
// "secretary general" and an entity "Brussels" == a literal "Brussels". A
// date literal loses its time part.
//
// System events are kg.Entity values of Type kg.Event; their location and
// startDate come from the system's own triples. Each is paired with at most
// one gold event, greedily by score, best first: 4 for the same startDate, 2
// for the same location, plus the Jaccard overlap of the content words of the
// names (0 to 1). So the same date and place beats the same date, which beats
// the same place, which beats name overlap alone. A startDate or location
// that both sides state and that differs rules a pair out. An event term
// becomes its gold event; an unpaired system event stays its own and its facts
// are false positives. Precision, recall and F1 are micro averages per
// predicate and over all facts.
package eval
