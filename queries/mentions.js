// mentions ENTITY: the articles that mention an entity, with headline, date and address.
nodes(args.entity).forEach(function (n) {
  g.V(n).in(P.mentions).toArray(left()).forEach(function (a) {
    emit({ entity: nameOf(n), article: docId(a), headline: lit(one(a, P.headline)), published: lit(one(a, P.published)),
      url: lit(one(a, P.url)) });
  });
});
