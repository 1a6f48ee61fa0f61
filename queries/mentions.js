// mentions ENTITY: the articles that mention an entity, with headline, date and address.
nodes(args.entity).forEach(function (n) {
  if (left() === 0) { return; }
  g.V(n).in(P.mentions).saveOpt(P.headline, "headline").saveOpt(P.published, "published").saveOpt(P.url, "url")
    .tagArray(left()).forEach(function (a) {
      emit({ entity: nameOf(n), article: docId(a.id), headline: lit(a.headline), published: lit(a.published), url: lit(a.url) });
    });
});
