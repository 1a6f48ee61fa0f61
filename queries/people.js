// people: every person in the graph with job titles and whom they represent.
g.V(C.person).in(P.type).unique().toArray(left()).forEach(function (p) {
  emit({ person: nameOf(p), jobTitle: vals(p, P.jobTitle, 10).map(lit), represents: names(vals(p, P.represents, 10)), id: p });
});
