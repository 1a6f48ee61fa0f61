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
// kg:year and kg:month links, then the undated ones), a page at a time:
// graph.DatedEvents and graph.UndatedEvents find a page's events through
// the indexes, and a Gizmo program writes their rows as the canned query
// does. A page ends with a cursor naming the calendar bucket (a month, or
// a year's events dated by the year alone) of its last event and how many
// of that bucket's events it has shown, so the next page starts there:
// the work of a request follows its page, not how far into the timeline
// it is.

// DefaultTimelinePage is how many events a timeline page lists when the
// request does not say.
const DefaultTimelinePage = 100

// timelineStart is the first year the canned timeline query walks, and
// this one.
const timelineStart = 1800

// datedRows are the timeline rows of the dated events args.events
// ({id, date}; graph.DatedEvents finds them), in that order.
const datedRows = `(args.events || []).forEach(function (r) {
  var e = r.id;
  emit({ date: r.date, event: nameOf(e), location: names(vals(e, P.location, 5)),
    attendees: names(vals(e, P.attendee, 20)), articles: g.V(e).in(P.mentions).toArray(10).map(docId), id: e });
});`

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
		evs, err := s.st.DatedEvents(ctx, cur.year, cur.month, cur.skip, limit+1, cur.from)
		if err != nil {
			writeError(w, http.StatusInternalServerError, fmt.Errorf("timeline: %w", err))
			return
		}
		if len(evs) > limit {
			evs, more = evs[:limit], true
		}
		if len(evs) > 0 {
			list := make([]map[string]any, len(evs))
			for i, e := range evs {
				list[i] = map[string]any{"id": "<" + string(e.IRI) + ">", "date": e.Date}
			}
			got, ok := s.queryRows(ctx, w, graph.Request{Prelude: queries.Lib, Text: datedRows, Args: map[string]any{"events": list}, Limit: len(list)}, false)
			if !ok {
				return
			}
			rows = got
			l := evs[len(evs)-1]
			next.year, next.month, next.skip = l.Year, l.Month, l.Skip
		}
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
