package web

import (
	"context"
	"fmt"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/queries"
)

// The console's timeline lists the events as the canned timeline query
// does (dated ones in date order, walking the calendar through the
// kg:decade, kg:year and kg:month links, then the undated ones), a page at
// a time. A page ends with a cursor naming the calendar bucket (a month,
// or a year's events dated by the year alone) of its last event and how
// many of that bucket's events it has shown, so the next page starts there:
// the work of a request follows its page, not how far into the timeline
// it is.

// DefaultTimelinePage is how many events a timeline page lists when the
// request does not say.
const DefaultTimelinePage = 100

// timelineStart is the first year the canned timeline query walks.
const timelineStart = 1800

// datedEvents emits the dated events from bucket (args.y, args.m) on,
// skipping the first args.skip of that bucket; month 13 is the year's
// events dated by the year alone, which follow its months. An event is in
// the bucket of its earliest date. Each row carries "pos", the cursor
// after it. args.from filters as the canned query's FROM does.
const datedEvents = `var from = String(args.from || ""), y0 = +args.y, m0 = +args.m, skip = +args.skip || 0;
function typed(v, t) { return '"' + v + '"^^<http://www.w3.org/2001/XMLSchema#' + t + '>'; }
function pad(n) { return n < 10 ? "0" + n : "" + n; }
function has(pred, value) { return g.V(value).in(pred).toValue() !== null; }
function bucket(list, y, m) {
  var key = m === 13 ? "" + y : y + "-" + pad(m), rows = [];
  list.forEach(function (e, i) {
    var dates = vals(e, P.startDate, 5).map(lit).sort();
    if (!dates.length) { return; }
    var d = dates[0], b = d.length >= 7 && d.charAt(4) === "-" ? d.slice(0, 7) : d.slice(0, 4);
    if (b === key && d >= from) { rows.push([d, i, e]); }
  });
  rows.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]; });
  for (var i = (y === y0 && m === m0 ? skip : 0); i < rows.length && left() > 0; i++) {
    var e = rows[i][2];
    emit({ date: rows[i][0], event: nameOf(e), location: names(vals(e, P.location, 5)),
      attendees: names(vals(e, P.attendee, 20)), articles: g.V(e).in(P.mentions).toArray(10).map(docId), id: e,
      pos: y + ":" + m + ":" + (i + 1) });
  }
}
var lastYear = new Date().getFullYear() + 10;
for (var dec = y0 - y0 % 10; dec <= lastYear && left() > 0; dec += 10) {
  if (!has(P.decade, typed("" + dec, "gYear"))) { continue; }
  for (var y = Math.max(dec, y0); y < dec + 10 && left() > 0; y++) {
    if (!has(P.year, typed("" + y, "gYear"))) { continue; }
    for (var m = (y === y0 ? m0 : 1); m <= 12 && left() > 0; m++) {
      bucket(g.V(typed(y + "-" + pad(m), "gYearMonth")).in(P.month).unique().toArray(), y, m);
    }
    if (left() > 0) { bucket(g.V(typed("" + y, "gYear")).in(P.year).unique().toArray(), y, 13); }
  }
}`

// undatedRows are the timeline rows of the undated events args.ids
// (graph.UndatedEvents finds them), in that order.
const undatedRows = `(args.ids || []).forEach(function (e) {
  emit({ date: "", event: nameOf(e), location: names(vals(e, P.location, 5)),
    attendees: names(vals(e, P.attendee, 20)), articles: g.V(e).in(P.mentions).toArray(10).map(docId), id: e });
});`

// timelineCursor is where a timeline page starts: in the dated events,
// the skip-th event of bucket (year, month) shown with FROM; in the
// undated ones, the skip-th event of the store's index of events
// (graph.UndatedEvents). tail says whether the undated events follow the
// dated ones (no FROM).
type timelineCursor struct {
	undated     bool
	year, month int
	skip        int
	from        string
	tail        bool
}

func (c timelineCursor) String() string {
	if c.undated {
		return "u:" + strconv.Itoa(c.skip)
	}
	t := ""
	if c.tail {
		t = "u"
	}
	return fmt.Sprintf("d:%d:%d:%d:%s:%s", c.year, c.month, c.skip, c.from, t)
}

var fromForm = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// startCursor is the cursor of a timeline's first page from FROM.
func startCursor(from string) (timelineCursor, error) {
	if from == "" {
		return timelineCursor{year: timelineStart, month: 1, tail: true}, nil
	}
	if !fromForm.MatchString(from) {
		return timelineCursor{}, fmt.Errorf("from: want YYYY, YYYY-MM or YYYY-MM-DD, got %q", from)
	}
	c := timelineCursor{from: from, month: 1}
	c.year, _ = strconv.Atoi(from[:4])
	if len(from) >= 7 {
		c.month, _ = strconv.Atoi(from[5:7])
	}
	if c.month < 1 || c.month > 12 {
		return timelineCursor{}, fmt.Errorf("from: no month %q", from)
	}
	return c, nil
}

func parseTimelineCursor(v string) (timelineCursor, error) {
	bad := fmt.Errorf("cursor: %q is not one this server gave (use the \"next\" of a timeline page)", v)
	parts := strings.Split(v, ":")
	num := func(s string) int {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return -1
		}
		return n
	}
	switch {
	case len(parts) == 2 && parts[0] == "u" && num(parts[1]) >= 0:
		return timelineCursor{undated: true, skip: num(parts[1])}, nil
	case len(parts) == 6 && parts[0] == "d" && (parts[4] == "" || fromForm.MatchString(parts[4])) && (parts[5] == "" || parts[5] == "u"):
		c := timelineCursor{year: num(parts[1]), month: num(parts[2]), skip: num(parts[3]), from: parts[4], tail: parts[5] == "u"}
		if c.year >= 0 && c.month >= 1 && c.month <= 13 && c.skip >= 0 {
			return c, nil
		}
	}
	return timelineCursor{}, bad
}

// after is the cursor after a dated row, from its "pos", which it drops.
func (c timelineCursor) after(row any) (timelineCursor, bool) {
	m, _ := row.(map[string]any)
	pos, _ := m["pos"].(string)
	delete(m, "pos")
	parts := strings.Split(pos, ":")
	if len(parts) != 3 {
		return c, false
	}
	next := c
	var err1, err2, err3 error
	next.year, err1 = strconv.Atoi(parts[0])
	next.month, err2 = strconv.Atoi(parts[1])
	next.skip, err3 = strconv.Atoi(parts[2])
	return next, err1 == nil && err2 == nil && err3 == nil
}

// serveTimeline answers GET /api/kg/timeline[?from=FROM][&limit=N] with
// the events in date order, undated ones last (without FROM), limit
// (default 100) at a time: {"result": [...], "truncated": true, "next":
// CURSOR} when more follow, which ?cursor=CURSOR fetches.
func (s *Server) serveTimeline(w http.ResponseWriter, r *http.Request) {
	vals := r.URL.Query()
	limit := min(DefaultTimelinePage, s.cfg.Limit)
	if v := vals.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n <= 0 {
			writeError(w, http.StatusBadRequest, fmt.Errorf("limit: want a positive number, got %q", v))
			return
		}
		limit = min(n, s.cfg.Limit)
	}
	cur, err := startCursor(vals.Get("from"))
	if v := vals.Get("cursor"); v != "" {
		cur, err = parseTimelineCursor(v)
	}
	if err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	start := time.Now()
	rows := []any{}
	more := false
	next := cur
	if !cur.undated {
		args := map[string]any{"y": cur.year, "m": cur.month, "skip": cur.skip, "from": cur.from}
		got, ok := s.queryRows(ctx, w, graph.Request{Prelude: queries.Lib, Text: datedEvents, Args: args, Limit: limit + 1}, false)
		if !ok {
			return
		}
		if len(got) > limit {
			got, more = got[:limit], true
		}
		for _, row := range got {
			next, _ = next.after(row)
		}
		rows = got
		if !more && cur.tail {
			cur = timelineCursor{undated: true} // the undated events follow
		}
	}
	if cur.undated {
		want := limit - len(rows)
		ids, pos, err := s.st.UndatedEvents(ctx, cur.skip, max(want, 1))
		if err != nil {
			writeError(w, http.StatusInternalServerError, fmt.Errorf("timeline: %w", err))
			return
		}
		next = cur
		switch {
		case want == 0:
			more = len(ids) > 0 // the next page starts where this one would have
		case pos >= 0:
			more, next.skip = true, pos
		}
		if want > 0 && len(ids) > 0 {
			list := make([]string, len(ids))
			for i, id := range ids {
				list[i] = "<" + string(id) + ">"
			}
			got, ok := s.queryRows(ctx, w, graph.Request{Prelude: queries.Lib, Text: undatedRows, Args: map[string]any{"ids": list}, Limit: len(list)}, false)
			if !ok {
				return
			}
			rows = append(rows, got...)
		}
	}
	answer := map[string]any{"result": rows, "truncated": more, "limit": limit, "elapsed_ms": time.Since(start).Milliseconds()}
	if more {
		answer["next"] = next.String()
	}
	s.writeRows(w, answer)
}
