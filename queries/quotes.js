// quotes PERSON: what a person was quoted as saying, with the article.
nodes(args.person).forEach(function (p) {
  g.V(p).in(P.factSubject).has(P.factPredicate, P.quote).unique().toArray().forEach(function (f) {
    g.emit({ person: one(p, P.name), quote: lit(one(f, P.factObject)), article: lit(one(one(f, P.isPartOf), P.docId)) });
  });
});
