// timeline [FROM]: events (meetings, talks, calls, summits) in date order from FROM (a year, YYYY-MM or YYYY-MM-DD; default: the earliest), with place, attendees and sources; undated events last.
// The calendar is walked year by year and month by month through the
// kg:year and kg:month links, so the cost follows the rows shown, not the
// number of events in the graph.
var from = String(args.from || "");
if (from !== "" && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(from)) { throw new Error("FROM must be YYYY, YYYY-MM or YYYY-MM-DD, got " + from); }
var seen = {};
function row(e, date) {
  if (seen[e]) { return; }
  seen[e] = true;
  emit({ date: date, event: nameOf(e), location: names(vals(e, P.location, 5)),
    attendees: names(vals(e, P.attendee, 20)), articles: g.V(e).in(P.mentions).toArray(10).map(docId), id: e });
}
function typed(v, t) { return '"' + v + '"^^<http://www.w3.org/2001/XMLSchema#' + t + '>'; }
function pad(n) { return n < 10 ? "0" + n : "" + n; }
var y0 = from ? +from.slice(0, 4) : 1800, m0 = from.length >= 7 ? +from.slice(5, 7) : 1;
var lastYear = new Date().getFullYear() + 10;
for (var y = y0; y <= lastYear && left() > 0; y++) {
  if (g.V(typed("" + y, "gYear")).in(P.year).toValue() === null) { continue; }
  var events = [];
  for (var m = (y === y0 ? m0 : 1); m <= 12; m++) {
    g.V(typed(y + "-" + pad(m), "gYearMonth")).in(P.month).unique().toArray().forEach(function (e) { events.push(e); });
  }
  // Events dated by year only come after that year's dated months.
  g.V(typed("" + y, "gYear")).in(P.year).unique().toArray().forEach(function (e) { events.push(e); });
  var rows = [];
  events.forEach(function (e) {
    if (seen[e]) { return; }
    var dates = vals(e, P.startDate, 5).map(lit).sort();
    var d = dates.length ? dates[0] : "" + y;
    if (d >= from) { rows.push([d, e]); }
  });
  rows.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; });
  for (var i = 0; i < rows.length && left() > 0; i++) { row(rows[i][1], rows[i][0]); }
}
if (left() > 0 && from === "") {
  g.V(C.event).in(P.type).unique().forEach(function (r) {
    if (left() > 0 && !seen[r.id] && one(r.id, P.startDate) === "") { row(r.id, ""); }
  });
}
