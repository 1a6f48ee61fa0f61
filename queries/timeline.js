// timeline: events (meetings, talks, calls, summits) in date order, with place, attendees and sources.
// Dated events come first, oldest first, then undated ones.
var dated = g.V().out(P.startDate).unique().order().toArray();
var seen = {};
function row(e, date) {
  if (seen[e]) { return true; }
  seen[e] = true;
  return emit({ date: date, event: nameOf(e), location: names(vals(e, P.location, 5)),
    attendees: names(vals(e, P.attendee, 20)), articles: g.V(e).in(P.mentions).toArray(10).map(docId), id: e });
}
for (var i = 0; i < dated.length && left() > 0; i++) {
  var evs = g.V(dated[i]).in(P.startDate).unique().toArray(left());
  for (var j = 0; j < evs.length; j++) { if (!row(evs[j], lit(dated[i]))) { break; } }
}
if (left() > 0) {
  g.V(C.event).in(P.type).unique().toArray().forEach(function (e) {
    if (left() > 0 && !seen[e] && one(e, P.startDate) === "") { row(e, ""); }
  });
}
