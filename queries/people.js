// people: every person in the graph with job titles and whom they represent.
// The person registry lists each person once, with a copy of each distinct
// name, title and representation: a row is three short index reads however
// many articles name the person. Stores whose registry is not complete
// (no format marker: written by an older kg, opened only for reading since)
// are read from the per-article facts instead.
var registry = "<urn:kg:registry/Person>", member = iri(KG + "member");
var R = { name: iri(KG + "registry/name"), jobTitle: iri(KG + "registry/jobTitle"), represents: iri(KG + "registry/represents") };
var complete = g.V("<urn:kg:registry>").out(iri(KG + "registryFormat")).toValue() !== null;
var persons = g.V(registry).out(member).toArray(left());
if (persons.length === 0) { persons = g.V(C.person).in(P.type).unique().toArray(left()); }
// copy reads up to max registry copies of pred for node. (One path per node
// and predicate: a path over many nodes, or over several predicates, makes
// Cayley scan every quad of the predicates, as the stores have no index led
// by the predicate.)
function copy(node, pred, max) { return g.V(node).out(pred).toArray(max); }
persons.forEach(function (p) {
  if (!complete) {
    emit({ person: nameOf(p), jobTitle: some(p, P.jobTitle, 3).map(lit), represents: names(some(p, P.represents, 3)), id: p });
    return;
  }
  var reps = copy(p, R.represents, 3);
  reps.forEach(function (o) {
    if (!(o in nameCache)) { var n = g.V(o).out(R.name).toValue(); nameCache[o] = n ? lit(n) : nameOf(o); }
  });
  emit({ person: lit(copy(p, R.name, 1)[0]) || nameOf(p), jobTitle: copy(p, R.jobTitle, 3).map(lit), represents: names(reps), id: p });
});
