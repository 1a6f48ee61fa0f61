package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/web"
)

// TestLatency times the console's endpoints (stats, search, timeline,
// entity page, neighbors) on a large store and logs p50, p95 and the
// slowest request of each. It runs only when $KG_LATENCY_DB names a bolt
// store built by kg build, e.g.:
//
//	go run ./bench/gen -seed 1 -n 4000 > /tmp/c4k.jsonl
//	go run ./cmd/kg build -q --db /tmp/w4k.db /tmp/c4k.jsonl
//	KG_LATENCY_DB=/tmp/w4k.db go test ./web/ -run Latency -v
//
// Requests are sent one at a time. The entities are the most mentioned
// ones the search finds for common names plus a random sample.
//
// First, as a user who starts kg serve and asks at once: the store is
// opened and a server started afresh for each of search, entity page,
// timeline, undated timeline page and stats, and the first request of
// that kind is timed ("first"); then, on one more fresh server, how long
// the entity index takes to be ready after start ("index ready"). The warm
// figures (p50, p95, max) follow, on one server.
func TestLatency(t *testing.T) {
	db := os.Getenv("KG_LATENCY_DB")
	if db == "" {
		t.Skip("set KG_LATENCY_DB to a bolt store to time the console's endpoints")
	}
	open := func() *graph.Store {
		st, err := graph.OpenReadOnly(context.Background(), graph.Bolt, db)
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	// The first stats request may scan the store, for longer than the
	// default timeout on a busy machine.
	cfg := web.Config{Timeout: 10 * time.Minute}
	// firstGets starts a server as kg serve does (Serve: the entity index
	// is built in the background from the start) and times the given
	// requests at once, one after another.
	firstGets := func(paths ...string) ([]time.Duration, string) {
		t.Helper()
		st := open()
		defer st.Close()
		srv, err := web.New(st, cfg)
		if err != nil {
			t.Fatal(err)
		}
		base, stop := startServe(t, srv)
		defer stop()
		var ds []time.Duration
		var body string
		for _, path := range paths {
			start := time.Now()
			r := do(t, "GET", base+path, "")
			ds = append(ds, time.Since(start))
			if r.status != 200 {
				t.Fatalf("GET %s: %d %.300s", path, r.status, r.body)
			}
			body = r.body
		}
		return ds, body
	}
	firstGet := func(path string) (time.Duration, string) {
		ds, body := firstGets(path)
		return ds[0], body
	}
	// Searches as a user types them right after start, before the index is
	// built (answered from the search file kg build writes, if any).
	var early []string
	for _, q := range []string{"r", "ru", "rus", "russ", "j", "je", "jen", "ma", "minister", "x", "a", "nato"} {
		early = append(early, "/api/kg/search?limit=8&q="+url.QueryEscape(q))
	}
	earlySearch, _ := firstGets(early...)
	_, err := os.Stat(filepath.Join(db, "search.idx"))
	t.Logf("search file: %v", err == nil)
	first := map[string]time.Duration{}
	var body string
	first["search"], _ = firstGet("/api/kg/search?limit=8&q=a")
	first["entity"], body = firstGet("/api/kg/search?limit=1&q=Russia") // an ID for the entity page
	var found struct {
		Result []struct{ ID string } `json:"result"`
	}
	if err := json.Unmarshal([]byte(body), &found); err != nil || len(found.Result) == 0 {
		t.Fatalf("search Russia: %v %.300s", err, body)
	}
	first["entity"], _ = firstGet("/api/kg/entity?id=" + url.QueryEscape(found.Result[0].ID))
	first["timeline"], _ = firstGet("/api/kg/timeline")
	first["timeline undated"], _ = firstGet("/api/kg/timeline?cursor=u:0")
	first["stats"], _ = firstGet("/api/kg/stats")
	var ready time.Duration
	{
		st := open()
		start := time.Now()
		srv, err := web.New(st, cfg)
		if err != nil {
			t.Fatal(err)
		}
		if err := srv.IndexReady(context.Background()); err != nil {
			t.Fatal(err)
		}
		ready = time.Since(start)
		st.Close()
	}

	st := open()
	t.Cleanup(func() { st.Close() })
	base := MustServe(t, st, cfg)
	get := func(path string) (time.Duration, string) {
		t.Helper()
		start := time.Now()
		r := do(t, "GET", base+path, "")
		d := time.Since(start)
		if r.status != 200 {
			t.Fatalf("GET %s: %d %.300s", path, r.status, r.body)
		}
		return d, r.body
	}
	get("/api/kg/stats")
	get("/api/kg/search?q=a")

	// Entities: popular names first, then a random sample of what the
	// search finds for each letter.
	var ids []string
	seen := map[string]bool{}
	add := func(body string, max int) {
		var res struct {
			Result []struct{ ID string } `json:"result"`
		}
		if err := json.Unmarshal([]byte(body), &res); err != nil {
			t.Fatal(err)
		}
		for _, e := range res.Result {
			if max == 0 {
				break
			}
			if !seen[e.ID] {
				seen[e.ID] = true
				ids = append(ids, e.ID)
				max--
			}
		}
	}
	for _, name := range []string{"Russia", "United States", "China", "Japan", "India", "NATO", "United Nations", "European Union"} {
		_, body := get("/api/kg/search?limit=1&q=" + url.QueryEscape(name))
		add(body, 1)
	}
	popular := len(ids)
	rng := rand.New(rand.NewPCG(1, 2))
	var pool []string
	for c := 'a'; c <= 'z'; c++ {
		_, body := get("/api/kg/search?limit=50&q=" + string(c))
		before := len(ids)
		add(body, 50)
		pool = append(pool, ids[before:]...)
		ids = ids[:before]
	}
	rng.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	ids = append(ids, pool[:min(len(pool), 40)]...)
	t.Logf("store %s; %d entities timed (%d popular)", db, len(ids), popular)

	times := map[string][]time.Duration{}
	for range 20 {
		d, _ := get("/api/kg/stats")
		times["stats"] = append(times["stats"], d)
	}
	for _, q := range []string{"ru", "jen", "sec", "minister", "un", "a", "ma", "deputy", "nato", "kennedy", "x", "green"} {
		d, _ := get("/api/kg/search?limit=8&q=" + url.QueryEscape(q))
		times["search"] = append(times["search"], d)
	}
	for range 5 {
		d, body := get("/api/kg/timeline")
		times["timeline"] = append(times["timeline"], d)
		var page struct {
			Next string `json:"next"`
		}
		json.Unmarshal([]byte(body), &page)
		for i := 0; i < 3 && page.Next != ""; i++ {
			d, body := get("/api/kg/timeline?cursor=" + url.QueryEscape(page.Next))
			times["timeline next"] = append(times["timeline next"], d)
			if os.Getenv("KG_LATENCY_VERBOSE") != "" {
				t.Logf("timeline cursor %s: %s", page.Next, d)
			}
			page.Next = ""
			json.Unmarshal([]byte(body), &page)
		}
	}
	for range 5 {
		d, _ := get("/api/kg/timeline?cursor=u:0") // the undated events, last
		times["timeline undated"] = append(times["timeline undated"], d)
	}
	for i, id := range ids {
		d, _ := get("/api/kg/entity?id=" + url.QueryEscape(id))
		times["entity"] = append(times["entity"], d)
		if i < popular {
			times["entity (popular)"] = append(times["entity (popular)"], d)
		}
		d, _ = get("/api/kg/neighbors?id=" + url.QueryEscape(id))
		times["neighbors"] = append(times["neighbors"], d)
		if i < popular {
			times["neighbors (popular)"] = append(times["neighbors (popular)"], d)
		}
	}
	for _, k := range []string{"search", "entity", "timeline", "timeline undated", "stats"} {
		t.Logf("%-20s first after start %8s", k, first[k].Round(time.Millisecond))
	}
	t.Logf("%-20s after start %8s", "index ready", ready.Round(time.Millisecond))
	t.Logf("%-20s %s", "search at start", summary(earlySearch))
	var keys []string
	for k := range times {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		t.Logf("%-20s %s", k, summary(times[k]))
	}
}

func summary(ds []time.Duration) string {
	s := slices.Clone(ds)
	slices.Sort(s)
	q := func(p float64) time.Duration { return s[min(len(s)-1, int(p*float64(len(s))))] }
	r := func(d time.Duration) string {
		return strings.TrimSpace(fmt.Sprintf("%8s", d.Round(100*time.Microsecond)))
	}
	return fmt.Sprintf("n=%-3d p50 %-8s p95 %-8s max %s", len(s), r(q(0.50)), r(q(0.95)), r(s[len(s)-1]))
}
