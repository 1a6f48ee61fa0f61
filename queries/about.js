// about ENTITY: everything known about an entity, each fact with its source article and evidence sentence.
// A row is one source: one evidence node, which records an article, the
// sentence and the rule a fact was read with; a fact stated by three
// articles has three rows (kg explain groups them). An evidence node names
// the statements it gave (kg:statement); a quotation's, and those of
// stores written before that, name the triple (kg:subject, kg:object). A
// row reached twice (a fact between two entities the name resolves to, or
// an entity with itself) is one row.
var seenRow = {};
function row(s, pname, o, ev) {
  var k = ev + " " + s + " " + pname + " " + o;
  if (seenRow[k]) { return; }
  seenRow[k] = true;
  emit({ subject: nameOf(s), predicate: pname, object: nameOf(o), article: docId(one(ev, P.isPartOf)),
    sentence: lit(one(ev, P.sentence)), rule: lit(one(ev, P.rule)) });
}
function predName(p) { return String(p).replace(/^<.*[\/#]([^\/#]+)>$/, "$1"); }
// The predicates of facts with statements (VOCABULARY.md); quotations have
// none.
var factPreds = [P.jobTitle, iri(KG + "formerJobTitle"), P.memberOf, P.worksFor, P.represents, P.location,
  P.startDate, P.attendee, P.containedIn, iri(S + "eventStatus"), iri(S + "sameAs"), iri(S + "latitude"), iri(S + "longitude")];
nodes(args.entity).forEach(function (n) {
  // Facts through their statements' evidence.
  [["out", "s"], ["in", "o"]].forEach(function (side) {
    factPreds.forEach(function (p) {
      if (left() === 0) { return; }
      var pname = predName(p);
      var ends = side[0] === "out" ? g.V(n).out(p).toArray(left()) : g.V(n).in(p).toArray(left());
      ends.forEach(function (m) {
        var s = side[1] === "s" ? n : m, o = side[1] === "s" ? m : n;
        if (left() === 0) { return; }
        g.V(stmt(s, pname, o)).in(P.statement).toArray(left()).forEach(function (ev) { row(s, pname, o, ev); });
      });
    });
  });
  // Quotations (and every fact of a store written before statements had
  // evidence): evidence nodes that name the triple.
  [[P.factSubject, "s"], [P.factObject, "o"]].forEach(function (side) {
    if (left() === 0) { return; }
    g.V(n).in(side[0]).toArray(left()).forEach(function (f) {
      var s = side[1] === "s" ? n : one(f, P.factSubject), o = side[1] === "o" ? n : one(f, P.factObject);
      row(s, predName(one(f, P.factPredicate)), o, f);
    });
  });
});
