// quotes PERSON: what a person was quoted as saying, with the article.
// A row is a quote and an article that reports it; an article that repeats
// a quote gives one row.
var seenQuote = {};
nodes(args.person).forEach(function (p) {
  g.V(p).in(P.factSubject).has(P.factPredicate, P.quote).toArray(left()).forEach(function (f) {
    var row = { person: nameOf(p), quote: lit(one(f, P.factObject)), article: docId(one(f, P.isPartOf)) };
    var key = p + "\u0000" + row.quote + "\u0000" + row.article;
    if (seenQuote[key]) { return; }
    seenQuote[key] = true;
    emit(row);
  });
});
