package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg"
	"github.com/kg-project/kg/graph"
)

// The console's timeline lists the events as the canned timeline query
// does (dated ones in date order, walking the calendar through the
// kg:year and kg:month links, then the undated ones), a page at a time:
// graph.DatedEvents and graph.UndatedEvents find a page's events through
// the indexes, and their rows are written as the canned query writes them. A page ends with a cursor naming the calendar bucket (a month, or
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

// rowsOf writes the timeline rows of events (IRIs with their dates) as
// the canned timeline query does: name, up to 5 locations and 20
// attendees by name, up to 10 articles by document ID; or writes an error
// and returns false.
func (s *Server) rowsOf(ctx context.Context, w http.ResponseWriter, iris []quad.IRI, dates []string) ([]any, bool) {
	nm := s.index.names(ctx)
	fields := []struct {
		key  string
		pred quad.IRI
		max  int
	}{{"location", graph.Predicate(kg.PredLocation), 5}, {"attendees", graph.Predicate(kg.PredAttendee), 20}}
	// Each event's locations and attendees, then the names of all of them
	// at once.
	objects := make([][][]quad.Value, len(iris))
	named := make([]quad.Value, 0, len(iris))
	for i, iri := range iris {
		named = append(named, iri)
		objects[i] = make([][]quad.Value, len(fields))
		for j, f := range fields {
			vals, err := s.st.Objects(ctx, iri, f.pred, f.max)
			if err != nil {
				writeError(w, http.StatusInternalServerError, fmt.Errorf("timeline: %w", err))
				return nil, false
			}
			objects[i][j] = vals
			named = append(named, vals...)
		}
	}
	nm.loadValues(named)
	name := func(v quad.Value) string {
		if e := nm.entity(iriOf(v)); e != nil {
			return e.Name
		}
		if iri, ok := v.(quad.IRI); ok {
			return "<" + string(iri) + ">"
		}
		return graph.Literal(v)
	}
	rows := make([]any, 0, len(iris))
	for i, iri := range iris {
		row := map[string]any{"date": dates[i], "event": name(iri), "id": "<" + string(iri) + ">"}
		for j, f := range fields {
			names := make([]string, len(objects[i][j]))
			for k, v := range objects[i][j] {
				names[k] = name(v)
			}
			row[f.key] = names
		}
		arts, err := s.st.MentionedIn(ctx, iri, 10)
		if err != nil {
			writeError(w, http.StatusInternalServerError, fmt.Errorf("timeline: %w", err))
			return nil, false
		}
		ids := make([]string, len(arts))
		for j, a := range arts {
			ids[j] = string(a)
			if id, err := url.PathUnescape(strings.TrimPrefix(string(a), graph.ArticleNS)); err == nil {
				ids[j] = id
			}
		}
		row["articles"] = ids
		rows = append(rows, row)
	}
	if nm.err != nil {
		writeError(w, http.StatusInternalServerError, fmt.Errorf("timeline: %w", nm.err))
		return nil, false
	}
	return rows, true
}

// timelineCursor is where a timeline page starts: in the dated events,
// the skip-th event of bucket (year, month) shown with FROM; in the
// undated ones, from the skip-th event of the store's index of events
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
			iris, dates := make([]quad.IRI, len(evs)), make([]string, len(evs))
			for i, e := range evs {
				iris[i], dates[i] = e.IRI, e.Date
			}
			got, ok := s.rowsOf(ctx, w, iris, dates)
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
		// The undated events, from a position in the store's index of
		// events (graph.UndatedEvents): with no room left on the page,
		// just whether one follows.
		want := limit - len(rows)
		list, pos, err := s.st.UndatedEvents(ctx, cur.skip, want)
		if err != nil {
			writeError(w, http.StatusInternalServerError, fmt.Errorf("timeline: %w", err))
			return
		}
		next, more = cur, pos >= 0
		if more {
			next.skip = pos
		}
		if len(list) > 0 {
			got, ok := s.rowsOf(ctx, w, list, make([]string, len(list)))
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
