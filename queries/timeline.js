// timeline: events (meetings, talks, calls, summits) in date order, with place, attendees and sources.
var rows = [];
g.V(C.event).in(P.type).unique().toArray().forEach(function (e) {
  var dates = g.V(e).out(P.startDate).unique().toArray().map(lit).sort();
  rows.push({ date: dates.length ? dates[0] : "", event: one(e, P.name),
    location: names(g.V(e).out(P.location).unique().toArray()),
    attendees: names(g.V(e).out(P.attendee).unique().toArray()),
    articles: docIds(g.V(e).in(P.mentions).unique().toArray()), id: e });
});
rows.sort(function (a, b) { return a.date < b.date ? -1 : a.date > b.date ? 1 : (a.event < b.event ? -1 : 1); });
rows.forEach(function (r) { g.emit(r); });
