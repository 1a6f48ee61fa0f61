// people: every person in the graph with job titles and whom they represent.
// The person registry lists each person once, with a copy of each distinct
// name, title and representation: a row is three short index reads however
// many articles name the person. Persons registered before the copies
// existed are read from their per-article facts; stores written before the
// registry existed fall back to the (per-article) type quads.
var registry = "<urn:kg:registry/Person>", member = iri(KG + "member");
var R = { name: iri(KG + "registry/name"), jobTitle: iri(KG + "registry/jobTitle"), represents: iri(KG + "registry/represents") };
var persons = g.V(registry).out(member).toArray(left());
if (persons.length === 0) { persons = g.V(C.person).in(P.type).unique().toArray(left()); }
// copies reads up to max values of each of preds for every node in list,
// one path per node and predicate (a path over the whole list, or over
// several predicates, makes Cayley scan every quad of the predicates: the
// stores have no index led by the predicate).
function copies(list, preds, max) {
  var out = {};
  list.forEach(function (n) {
    var row = out[n] = {};
    preds.forEach(function (pred) {
      row[pred] = g.V(n).out(pred).toArray(max);
    });
  });
  return out;
}
var info = copies(persons, [R.name, R.jobTitle, R.represents], 3);
persons.forEach(function (p) {
  var c = info[p];
  if (c[R.name].length === 0) { // no registry copies: read the per-article facts
    emit({ person: nameOf(p), jobTitle: some(p, P.jobTitle, 3).map(lit), represents: names(some(p, P.represents, 3)), id: p });
    return;
  }
  (c[R.represents] || []).forEach(function (o) {
    if (!(o in nameCache)) { var n = g.V(o).out(R.name).toValue(); if (n) { nameCache[o] = lit(n); } }
  });
  emit({ person: lit(c[R.name][0]), jobTitle: (c[R.jobTitle] || []).map(lit), represents: names(c[R.represents] || []), id: p });
});
