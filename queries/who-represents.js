// who-represents ENTITY: the people who represent a country or organisation, with their titles and sources.
var targets = nodes(args.entity);
targets.forEach(function (t) {
  g.V(t).in(P.represents).unique().toArray().forEach(function (p) {
    g.emit({ person: one(p, P.name), represents: one(t, P.name),
      jobTitle: g.V(p).out(P.jobTitle).unique().toArray().map(lit),
      articles: docIds(sources(p, P.represents, t)), id: p });
  });
});
