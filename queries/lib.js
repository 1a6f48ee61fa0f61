// Helpers shared by the canned queries; run before each of them, after
// `args` and LIMIT (the most rows to emit) are bound.
//
// The graph holds each fact once, unlabelled, however many articles state
// it, and an entity's type, name and alternate names once (VOCABULARY.md).
// What grows with the articles is the provenance labelled with them: an
// article's schema:mentions, the statement links (kg:statedIn) and the
// evidence nodes. Helpers that read provenance bound what they read
// (toArray(n)); helpers that read facts need not, but take at most max
// values so that a row stays short.
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
  sentence: iri(KG + "sentence"), rule: iri(KG + "rule"), isPartOf: iri(S + "isPartOf"),
  statement: iri(KG + "statement"), statedIn: iri(KG + "statedIn"), decade: iri(KG + "decade"), year: iri(KG + "year"), month: iri(KG + "month")
};
var C = { person: iri(S + "Person"), org: iri(S + "Organization"), place: iri(S + "Place"),
  event: iri(S + "Event"), article: iri(S + "NewsArticle") };
// (No `var` here: in the goja Cayley uses, redeclaring a global in a later
// program resets it, which silently unbound LIMIT.)
if (typeof LIMIT !== "number" || LIMIT <= 0) { LIMIT = 1000000; }

// nodes returns the entity IRIs a user's argument names: an IRI in <>, an
// entity id such as person/jens-stoltenberg, a canonical or alternate name
// (exactly, then in other capitalisations), else entities of which it is a
// whole word of the name ("Grushko"; this last step reads every entity).
function nodes(arg) {
  if (arg === undefined || arg === null || arg === "") { throw new Error("missing argument: an entity name"); }
  arg = String(arg);
  if (arg.charAt(0) === "<") { return [arg]; }
  if (/^(person|org|place|event)\//.test(arg)) { return ["<urn:kg:" + arg + ">"]; }
  var tries = [arg, titleCase(arg), arg.toUpperCase(), arg.charAt(0).toUpperCase() + arg.slice(1)];
  for (var i = 0; i < tries.length; i++) {
    if (i > 0 && tries[i] === arg) { continue; }
    var found = g.V(tries[i]).in([P.name, P.alias]).unique().toArray(50);
    if (found.length) { return found; }
  }
  if (!/^[\w .'-]+$/.test(arg)) { return []; }
  var re = new RegExp("(^|\\s)" + arg.replace(/[.]/g, "\\.") + "($|\\s)", "i");
  var out = [];
  [C.person, C.org, C.place].forEach(function (c) {
    g.V(c).in(P.type).unique().save(P.name, "name").forEach(function (r) {
      if (re.test(r.name) && out.indexOf(r.id) < 0 && out.length < 50) { out.push(r.id); }
    });
  });
  return out;
}
function titleCase(s) { return s.replace(/\w\S*/g, function (w) { return w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(); }); }

// one returns the first value of a node's predicate, or "".
function one(node, pred) { var v = g.V(node).out(pred).toValue(); return v === null || v === undefined ? "" : v; }
// vals returns up to max distinct values of a node's predicate (20 by
// default). A fact is one quad, so this reads at most max quads however
// many articles state them.
function vals(node, pred, max) { return g.V(node).out(pred).unique().toArray(max || 20); }
// some is vals, kept for queries written when facts were copied per article.
function some(node, pred, max) { return vals(node, pred, max); }
var nameCache = {};
// nameOf returns a node's canonical name (cached for the query's run).
function nameOf(n) {
  if (!(n in nameCache)) { nameCache[n] = isNode(n) ? (lit(one(n, P.name)) || n) : lit(n); }
  return nameCache[n];
}
function names(list) { return list.map(nameOf); }
function isNode(v) { return String(v).charAt(0) === "<"; }
// lit strips the N-Quads decoration off a value for display: the type of
// a typed literal, the brackets of an IRI (an article's schema:url).
function lit(v) {
  if (v === undefined || v === null) { return ""; }
  v = String(v);
  var m = /^"(.*)"\^\^<[^>]*>$/.exec(v) || /^<(.*)>$/.exec(v);
  return m ? m[1] : v;
}
// docId turns an article IRI back into the document id kg was given.
function docId(a) {
  var m = /^<urn:kg:article\/(.*)>$/.exec(String(a));
  return m ? decodeURIComponent(m[1]) : String(a);
}
// stmt computes the statement node of s-pname-o as graph.StatementIRI does:
// entity terms are "e/" + id, literals "l/" + text, escaped alike.
function esc(s) {
  return String(s).replace(/[^A-Za-z0-9\/-]+/g, function (c) {
    var out = ""; // every UTF-16 code unit, as Go's utf16.Encode sees them
    for (var i = 0; i < c.length; i++) { out += "_" + ("000" + c.charCodeAt(i).toString(16)).slice(-4); }
    return out;
  });
}
function stmtTerm(v) {
  var m = /^<urn:kg:(.*)>$/.exec(String(v));
  return m ? "e/" + esc(m[1]) : "l/" + esc(lit(v));
}
function stmt(s, pname, o) { return "<urn:kg:stmt/" + stmtTerm(s) + "/" + pname + "/" + stmtTerm(o) + ">"; }
// sources returns the ids of up to max articles that state s-pname-o: the
// statement node's kg:statedIn links, one per article (quotes have none:
// read their evidence nodes).
function sources(s, pname, o, max) { return g.V(stmt(s, pname, o)).out(P.statedIn).toArray(max || 10).map(docId); }
// emitted counts rows, so that a query stops at LIMIT.
var emitted = 0;
function emit(row) { if (emitted < LIMIT) { g.emit(row); emitted++; } return emitted < LIMIT; }
function left() { return Math.max(LIMIT - emitted, 0); }
