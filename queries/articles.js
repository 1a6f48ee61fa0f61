// articles: every article in the graph with headline, date, address and how many entities it mentions.
g.V(C.article).in(P.type).toArray(left()).forEach(function (a) {
  emit({ article: docId(a), headline: lit(one(a, P.headline)), published: lit(one(a, P.published)), url: lit(one(a, P.url)),
    entities: g.V(a).out(P.mentions).count() });
});
