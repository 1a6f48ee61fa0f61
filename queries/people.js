// people: every person in the graph with job titles and whom they represent.
g.V(C.person).in(P.type).unique().toArray().forEach(function (p) {
  g.emit({ person: one(p, P.name), jobTitle: g.V(p).out(P.jobTitle).unique().toArray().map(lit),
    represents: names(g.V(p).out(P.represents).unique().toArray()),
    articles: g.V(p).in(P.mentions).count() });
});
