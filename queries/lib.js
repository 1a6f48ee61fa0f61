// Helpers shared by the canned queries; run before each of them.
var S = "http://schema.org/";
var KG = "urn:kg:vocab#";
function iri(s) { return "<" + s + ">"; }
var P = {
  type: "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>",
  name: iri(S + "name"), alias: iri(S + "alternateName"),
  jobTitle: iri(S + "jobTitle"), memberOf: iri(S + "memberOf"), worksFor: iri(S + "worksFor"),
  represents: iri(KG + "represents"), quote: iri(KG + "quote"),
  location: iri(S + "location"), startDate: iri(S + "startDate"), attendee: iri(S + "attendee"),
  containedIn: iri(S + "containedInPlace"), mentions: iri(S + "mentions"),
  headline: iri(S + "headline"), published: iri(S + "datePublished"), url: iri(S + "url"),
  docId: iri(KG + "docId"),
  factSubject: iri(KG + "subject"), factPredicate: iri(KG + "predicate"), factObject: iri(KG + "object"),
  sentence: iri(KG + "sentence"), rule: iri(KG + "rule"), isPartOf: iri(S + "isPartOf")
};
var C = { person: iri(S + "Person"), org: iri(S + "Organization"), place: iri(S + "Place"),
  event: iri(S + "Event"), article: iri(S + "NewsArticle") };

// nodes returns the entity IRIs a user's argument names: an IRI in <>, an
// entity id such as person/jens-stoltenberg, a canonical name or an
// alternate name (exact first, then ignoring case).
function nodes(arg) {
  if (arg === undefined || arg === null || arg === "") { throw new Error("missing argument: an entity name"); }
  arg = String(arg);
  if (arg.charAt(0) === "<") { return [arg]; }
  if (/^(person|org|place|event)\//.test(arg)) { return ["<urn:kg:" + arg + ">"]; }
  var found = g.V(arg).in([P.name, P.alias]).unique().toArray();
  if (found.length === 0) {
    var lower = arg.toLowerCase();
    var alt = [arg.charAt(0).toUpperCase() + arg.slice(1), arg.toUpperCase(), titleCase(arg)];
    for (var i = 0; i < alt.length && found.length === 0; i++) {
      if (alt[i] !== arg) { found = g.V(alt[i]).in([P.name, P.alias]).unique().toArray(); }
    }
  }
  if (found.length === 0 && /^[\w .'-]+$/.test(arg)) {
    // A part of a name ("Grushko", "Stoltenberg"): whole words, any case.
    var re = new RegExp("(^|\\s)" + arg.replace(/[.]/g, "\\.") + "($|\\s)", "i");
    found = g.V().has(P.type, C.person).unique().toArray().concat(g.V().has(P.type, C.org).unique().toArray())
      .concat(g.V().has(P.type, C.place).unique().toArray())
      .filter(function (n) { return re.test(lit(one(n, P.name))); });
  }
  return found;
}
function titleCase(s) { return s.replace(/\w\S*/g, function (w) { return w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(); }); }
// one returns the first value of a node's predicate, or "".
function one(node, pred) { var v = g.V(node).out(pred).toArray(); return v.length ? v[0] : ""; }
function names(list) { var out = []; for (var i = 0; i < list.length; i++) { out.push(one(list[i], P.name) || list[i]); } return out; }
// lit strips the N-Quads decoration off a value for display.
function lit(v) {
  if (v === undefined || v === null) { return ""; }
  v = String(v);
  var m = /^"(.*)"\^\^<[^>]*>$/.exec(v);
  if (m) { return m[1]; }
  return v;
}
// articles returns the IRIs of the articles that state subject-pred-object.
function sources(s, p, o) {
  return g.V(s).in(P.factSubject).has(P.factPredicate, p).has(P.factObject, o).out(P.isPartOf).unique().toArray();
}
function docIds(arts) { var out = []; for (var i = 0; i < arts.length; i++) { out.push(lit(one(arts[i], P.docId))); } return out; }
