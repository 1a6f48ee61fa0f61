// about ENTITY: everything known about an entity, each fact with its source article and evidence sentence.
nodes(args.entity).forEach(function (n) {
  [[P.factSubject, "s"], [P.factObject, "o"]].forEach(function (side) {
    if (left() === 0) { return; }
    g.V(n).in(side[0]).toArray(left()).forEach(function (f) {
      var s = side[1] === "s" ? n : one(f, P.factSubject), o = side[1] === "o" ? n : one(f, P.factObject);
      emit({ subject: nameOf(s), predicate: String(one(f, P.factPredicate)).replace(/^<.*[\/#]([^\/#]+)>$/, "$1"),
        object: nameOf(o), article: docId(one(f, P.isPartOf)), sentence: lit(one(f, P.sentence)), rule: lit(one(f, P.rule)) });
    });
  });
});
