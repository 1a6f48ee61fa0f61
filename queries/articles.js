// articles: every article in the graph with headline, date, address and how many entities it mentions.
g.V(C.article).in(P.type).saveOpt(P.headline, "headline").saveOpt(P.published, "published").saveOpt(P.url, "url")
  .tagArray(left()).forEach(function (a) {
    emit({ article: docId(a.id), headline: lit(a.headline), published: lit(a.published), url: lit(a.url),
      entities: g.V(a.id).out(P.mentions).count() });
  });
