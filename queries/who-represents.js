// who-represents ENTITY: the people who represent a country or organisation, with their titles and sources.
nodes(args.entity).forEach(function (t) {
  g.V(t).in(P.represents).unique().toArray(left()).forEach(function (p) {
    emit({ person: nameOf(p), represents: nameOf(t), jobTitle: vals(p, P.jobTitle, 5).map(lit),
      articles: sources(p, "represents", t, 10), id: p });
  });
});
