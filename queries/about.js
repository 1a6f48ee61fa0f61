// about ENTITY: everything known about an entity, each fact with its source article and evidence sentence.
function facts(n, dir) {
  return g.V(n).in(dir).save(P.factSubject, "s").save(P.factPredicate, "p").save(P.factObject, "o")
    .save(P.isPartOf, "a").saveOpt(P.sentence, "sentence").saveOpt(P.rule, "rule").tagArray(left());
}
nodes(args.entity).forEach(function (n) {
  [P.factSubject, P.factObject].forEach(function (dir) {
    if (left() === 0) { return; }
    facts(n, dir).forEach(function (f) {
      emit({ subject: nameOf(f.s), predicate: String(f.p).replace(/^<.*[\/#]([^\/#]+)>$/, "$1"),
        object: nameOf(f.o), article: docId(f.a), sentence: lit(f.sentence), rule: lit(f.rule) });
    });
  });
});
