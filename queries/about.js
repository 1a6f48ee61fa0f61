// about ENTITY: everything known about an entity, each fact with its source article and evidence sentence.
// A row is one source: one evidence node, which records an article, the
// sentence and the rule a fact was read with; a fact stated by three
// articles has three rows (kg explain groups them). An evidence node
// reached twice (a fact between two entities the name resolves to, or an
// entity with itself) is one row.
var seenFact = {};
nodes(args.entity).forEach(function (n) {
  [[P.factSubject, "s"], [P.factObject, "o"]].forEach(function (side) {
    if (left() === 0) { return; }
    g.V(n).in(side[0]).toArray(left()).forEach(function (f) {
      if (seenFact[f]) { return; }
      seenFact[f] = true;
      var s = side[1] === "s" ? n : one(f, P.factSubject), o = side[1] === "o" ? n : one(f, P.factObject);
      emit({ subject: nameOf(s), predicate: String(one(f, P.factPredicate)).replace(/^<.*[\/#]([^\/#]+)>$/, "$1"),
        object: nameOf(o), article: docId(one(f, P.isPartOf)), sentence: lit(one(f, P.sentence)), rule: lit(one(f, P.rule)) });
    });
  });
});
