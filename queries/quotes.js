// quotes PERSON: what a person was quoted as saying, with the article.
nodes(args.person).forEach(function (p) {
  if (left() === 0) { return; }
  g.V(p).in(P.factSubject).has(P.factPredicate, P.quote).save(P.factObject, "q").save(P.isPartOf, "a")
    .tagArray(left()).forEach(function (f) {
      emit({ person: nameOf(p), quote: lit(f.q), article: docId(f.a) });
    });
});
