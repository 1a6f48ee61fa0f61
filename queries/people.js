// people: every person in the graph with job titles and whom they represent.
// The person registry lists each person once, with a copy of each distinct
// name, title and representation: a page of people is four reads whatever
// the number of articles. Persons registered before the copies existed are
// read from their per-article facts; stores written before the registry
// existed fall back to the (per-article) type quads.
var registry = "<urn:kg:registry/Person>", member = iri(KG + "member");
var R = { name: iri(KG + "registry/name"), jobTitle: iri(KG + "registry/jobTitle"), represents: iri(KG + "registry/represents") };
var persons = g.V(registry).out(member).toArray(left());
if (persons.length === 0) { persons = g.V(C.person).in(P.type).unique().toArray(left()); }
// copies reads pred of every node in list: up to max values each, in one
// path (a node listing more than max reads at most 8×max rows in all).
function copies(list, pred, max) {
  var out = {};
  if (list.length === 0) { return out; }
  g.V.apply(g, list).tag("n").out(pred).tagArray(8 * max * list.length).forEach(function (r) {
    var have = out[r.n] || (out[r.n] = []);
    if (have.length < max && have.indexOf(r.id) < 0) { have.push(r.id); }
  });
  return out;
}
var listed = copies(persons, R.name, 1), titles = copies(persons, R.jobTitle, 3), reps = copies(persons, R.represents, 3);
var orgs = [];
persons.forEach(function (p) { (reps[p] || []).forEach(function (o) { if (orgs.indexOf(o) < 0) { orgs.push(o); } }); });
var orgNames = copies(orgs, R.name, 1);
orgs.forEach(function (o) { if (orgNames[o]) { nameCache[o] = lit(orgNames[o][0]); } });
persons.forEach(function (p) {
  if (!listed[p]) { // no registry copies: read the per-article facts
    emit({ person: nameOf(p), jobTitle: some(p, P.jobTitle, 3).map(lit), represents: names(some(p, P.represents, 3)), id: p });
    return;
  }
  emit({ person: lit(listed[p][0]), jobTitle: (titles[p] || []).map(lit), represents: names(reps[p] || []), id: p });
});
