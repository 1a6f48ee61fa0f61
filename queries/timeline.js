// timeline [FROM]: events (meetings, talks, calls, summits) in date order from FROM (a year, YYYY-MM or YYYY-MM-DD; default: the earliest), with place, attendees and sources; undated events last.
// The calendar is walked decade, year and month through the kg:decade,
// kg:year and kg:month links, so the cost follows the rows shown rather
// than the number of events in the graph.
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
function has(pred, value) { return g.V(value).in(pred).toValue() !== null; }
// emitDated emits the events among list dated on or after from, in date order.
function emitDated(list, fallback) {
  var rows = [];
  list.forEach(function (e) {
    if (seen[e]) { return; }
    var dates = vals(e, P.startDate, 5).map(lit).sort();
    var d = dates.length ? dates[0] : fallback;
    if (d >= from) { rows.push([d, e]); }
  });
  rows.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; });
  for (var i = 0; i < rows.length && left() > 0; i++) { row(rows[i][1], rows[i][0]); }
}
var y0 = from ? +from.slice(0, 4) : 1800, m0 = from.length >= 7 ? +from.slice(5, 7) : 1;
var lastYear = new Date().getFullYear() + 10;
for (var dec = y0 - y0 % 10; dec <= lastYear && left() > 0; dec += 10) {
  if (!has(P.decade, typed("" + dec, "gYear"))) { continue; }
  for (var y = Math.max(dec, y0); y < dec + 10 && left() > 0; y++) {
    if (!has(P.year, typed("" + y, "gYear"))) { continue; }
    for (var m = (y === y0 ? m0 : 1); m <= 12 && left() > 0; m++) {
      emitDated(g.V(typed(y + "-" + pad(m), "gYearMonth")).in(P.month).unique().toArray(), "");
    }
    // Events dated by the year alone follow its months.
    if (left() > 0) { emitDated(g.V(typed("" + y, "gYear")).in(P.year).unique().toArray(), "" + y); }
  }
}
if (left() > 0 && from === "") {
  g.V(C.event).in(P.type).unique().forEach(function (r) {
    if (left() > 0 && !seen[r.id] && one(r.id, P.startDate) === "") { row(r.id, ""); }
  });
}
