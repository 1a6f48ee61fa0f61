package queries_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/queries"
)

func TestEveryQueryHasAHeader(t *testing.T) {
	qs := queries.List()
	if len(qs) < 5 {
		t.Fatalf("%d canned queries", len(qs))
	}
	for _, q := range qs {
		if q.Description == "" || !strings.HasPrefix(q.Text, "// "+q.Name) {
			t.Errorf("%s: header missing or wrong", q.Name)
		}
	}
}

func TestArgs(t *testing.T) {
	tests := []struct {
		name  string
		query string
		vals  []string
		want  map[string]any
		err   bool
	}{
		{"one required", "who-represents", []string{"Russia"}, map[string]any{"entity": "Russia"}, false},
		{"missing required", "who-represents", nil, nil, true},
		{"too many", "who-represents", []string{"a", "b"}, nil, true},
		{"optional given", "timeline", []string{"2022-01"}, map[string]any{"from": "2022-01"}, false},
		{"optional left out", "timeline", nil, map[string]any{"from": ""}, false},
		{"none", "people", nil, map[string]any{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q, ok := queries.Get(tc.query)
			if !ok {
				t.Fatalf("no query %s", tc.query)
			}
			got, err := q.Args(tc.vals)
			if (err != nil) != tc.err {
				t.Fatalf("err %v", err)
			}
			for k, v := range tc.want {
				if got[k] != v {
					t.Errorf("%s = %v, want %v", k, got[k], v)
				}
			}
			if err == nil && len(got) != len(tc.want) {
				t.Errorf("args %v, want %v", got, tc.want)
			}
		})
	}
	q, _ := queries.Get("timeline")
	if u := q.Usage(); u != "timeline [FROM]" {
		t.Errorf("usage %q", u)
	}
}

// TestLimitReachesTheQueries checks that the row limit a query runs with is
// what the helper library sees as LIMIT, so that queries bound their own
// work by it (a redeclaration in the library once reset it to "none", and
// every canned query then read as if unbounded).
func TestLimitReachesTheQueries(t *testing.T) {
	st := graph.OpenMemory()
	defer st.Close()
	for _, limit := range []int{0, 1, 7} {
		out, err := st.Run(context.Background(), graph.Request{Prelude: queries.Lib, Text: "g.emit({limit: LIMIT, left: left()})", Limit: limit})
		if err != nil {
			t.Fatal(err)
		}
		want := limit
		if limit == 0 {
			want = 1000000 // the library's "no limit"
		}
		row, _ := out[0].(map[string]any)
		if len(out) != 1 || fmt.Sprint(row["limit"]) != fmt.Sprint(want) || fmt.Sprint(row["left"]) != fmt.Sprint(want) {
			t.Errorf("limit %d: query saw %v, want LIMIT and left() = %d", limit, out, want)
		}
	}
}
