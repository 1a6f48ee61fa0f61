// quotes PERSON: what a person was quoted as saying, with the article.
nodes(args.person).forEach(function (p) {
  g.V(p).in(P.factSubject).has(P.factPredicate, P.quote).toArray(left()).forEach(function (f) {
    emit({ person: nameOf(p), quote: lit(one(f, P.factObject)), article: docId(one(f, P.isPartOf)) });
  });
});
