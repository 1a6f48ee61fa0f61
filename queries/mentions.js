// mentions ENTITY: the articles that mention an entity, with headline, date and address.
nodes(args.entity).forEach(function (n) {
  g.V(n).in(P.mentions).unique().toArray().forEach(function (a) {
    g.emit({ entity: one(n, P.name), article: lit(one(a, P.docId)), headline: lit(one(a, P.headline)),
      published: lit(one(a, P.published)), url: lit(one(a, P.url)) });
  });
});
