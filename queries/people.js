// people: every person in the graph with job titles and whom they represent.
// The person registry lists each person once; stores written before it
// existed fall back to the (per-article) type quads.
var registry = "<urn:kg:registry/Person>", member = iri(KG + "member");
var persons = g.V(registry).out(member).toArray(left());
if (persons.length === 0) { persons = g.V(C.person).in(P.type).unique().toArray(left()); }
persons.forEach(function (p) {
  emit({ person: nameOf(p), jobTitle: some(p, P.jobTitle, 3).map(lit), represents: names(some(p, P.represents, 3)), id: p });
});
