// people: every person in the graph with job titles and whom they represent.
g.V(C.person).in(P.type).unique().toArray(left()).forEach(function (p) {
  emit({ person: nameOf(p), jobTitle: some(p, P.jobTitle, 5).map(lit), represents: names(some(p, P.represents, 5)), id: p });
});
