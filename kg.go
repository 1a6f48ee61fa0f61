package kg

import "time"

// EntityType is the coarse class of a named entity or value mention.
type EntityType string

// The entity types kg recognises. GPE is a geo-political entity (country,
// city, state); LOC a place that is not one (a sea, a region).
const (
	Person EntityType = "PERSON"
	Org    EntityType = "ORG"
	GPE    EntityType = "GPE"
	Loc    EntityType = "LOC"
	Date   EntityType = "DATE"
	Event  EntityType = "EVENT"
)

// Document is one news article as read from its source.
type Document struct {
	ID        string    `json:"id"`                 // stable identifier: path relative to the input root, or the JSONL "id"
	Title     string    `json:"title,omitempty"`    // headline
	URL       string    `json:"url,omitempty"`      // where it was published, when known
	Published time.Time `json:"published,omitzero"` // publication date, zero when unknown
	// PublishedDefault is the date to assume when neither the input
	// (Published) nor a dateline in the text states one: kg build
	// --published. The input's own date wins, then a dateline, then this.
	PublishedDefault time.Time `json:"-"`
	Text             string    `json:"text"`             // body, UTF-8
	Source           string    `json:"source,omitempty"` // file it was read from, for messages
}

// Mention is one occurrence of an entity in a document's text.
type Mention struct {
	Text  string     `json:"text"`            // surface form as written
	Type  EntityType `json:"type"`            // class
	Start int        `json:"start"`           // byte offset into Document.Text
	End   int        `json:"end"`             // byte offset just past the mention
	ID    string     `json:"id,omitempty"`    // canonical entity key, see Entity.ID
	Value string     `json:"value,omitempty"` // normalised value: ISO 8601 date for DATE
}

// Entity is a canonical entity: every mention that refers to it shares its ID.
type Entity struct {
	// ID is a type-qualified canonical key such as "person/jens-stoltenberg".
	// An event's ID is derived from its name, date and place, so that the
	// same event reported by several articles is one entity.
	ID      string     `json:"id"`
	Type    EntityType `json:"type"`              // class
	Name    string     `json:"name"`              // canonical name
	Aliases []string   `json:"aliases,omitempty"` // every other surface form seen
	Country bool       `json:"country,omitempty"` // GPE that is a sovereign country
	City    bool       `json:"city,omitempty"`    // GPE that is a city
}

// Term is the subject or object of a Triple: an entity reference or a literal.
type Term struct {
	Entity   string `json:"entity,omitempty"`   // Entity.ID when the term is an entity
	Literal  string `json:"literal,omitempty"`  // text when the term is a literal
	Datatype string `json:"datatype,omitempty"` // XSD datatype of a literal ("date"), empty for a plain string
}

// Evidence says where a fact was read and which rule read it.
type Evidence struct {
	Sentence string `json:"sentence"` // the sentence that states the fact
	Start    int    `json:"start"`    // byte offset of the sentence in the text
	End      int    `json:"end"`      // byte offset just past the sentence
	Rule     string `json:"rule"`     // name of the extraction rule
	// Dataset names the dataset that states a background fact
	// (Result.Background: "geonames", "iso3166-2"); such a fact has no
	// sentence and no rule.
	Dataset string `json:"dataset,omitempty"`
}

// Triple is one extracted fact in the graph vocabulary (see VOCABULARY.md).
type Triple struct {
	Subject   Term     `json:"subject"`
	Predicate string   `json:"predicate"` // short name: "jobTitle", "represents", "memberOf", "location", ...
	Object    Term     `json:"object"`
	Evidence  Evidence `json:"evidence"`
}

// Predicates of how a fact holds (VOCABULARY.md, "Event status" and
// "Former titles").
const (
	// PredEventStatus is schema:eventStatus: an event stated as still to
	// come, called off or put off. Its object is a Term with Datatype "iri"
	// whose Literal is the schema.org EventStatusType member's IRI.
	PredEventStatus = "eventStatus"
	// PredFormerJobTitle is kg:formerJobTitle: a title the person held and
	// no longer holds ("former German chancellor Angela Merkel"), never
	// stated as jobTitle (kg vocabulary).
	PredFormerJobTitle = "formerJobTitle"
)

// Predicates in the graph vocabulary. All but Represents and Quote are
// schema.org properties.
const (
	PredJobTitle    = "jobTitle"
	PredMemberOf    = "memberOf"
	PredRepresents  = "represents"
	PredLocation    = "location"
	PredStartDate   = "startDate"
	PredAttendee    = "attendee"
	PredContainedIn = "containedInPlace"
	PredName        = "name"
	PredQuote       = "quote" // person -> quotation literal (kg vocabulary)
	PredWorksFor    = "worksFor"
	PredFounder     = "founder" // organisation -> the person who founded it (schema:founder)
	// Background geography (Result.Background): a place's identifier in
	// its dataset (an IRI, as a literal) and its coordinates
	// (xsd:decimal literals).
	PredSameAs    = "sameAs"
	PredLatitude  = "latitude"
	PredLongitude = "longitude"
)

// Result is everything extracted from one document.
type Result struct {
	Doc *Document `json:"-"`
	// Published is the publication date used to resolve relative dates: the
	// document's own, else one read from a dateline in its text; zero if none.
	Published time.Time `json:"published,omitzero"`
	Mentions  []Mention `json:"entities"`
	Entities  []Entity  `json:"canonical"` // includes events (Type Event), one per real event
	Triples   []Triple  `json:"triples"`
	// Background are facts a maintained geographic dataset, not the text,
	// states about places the document mentions: their country, their
	// identifier in the dataset, their coordinates (VOCABULARY.md,
	// "Background geography"). Evidence.Dataset names the dataset; the
	// graph labels them with it, never with the article.
	Background []Triple `json:"background,omitempty"`
}
