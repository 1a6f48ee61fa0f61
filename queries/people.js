// people: every person in the graph with job titles and whom they represent.
// A person's type, name and facts are one quad each however many articles
// state them, so a row is a few index reads whether one article names the
// person or thousands.
g.V(C.person).in(P.type).unique().toArray(left()).forEach(function (p) {
  emit({ person: nameOf(p), jobTitle: vals(p, P.jobTitle, 3).map(lit), represents: names(vals(p, P.represents, 3)), id: p });
});
