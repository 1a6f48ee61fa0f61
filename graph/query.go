package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
)

// ErrQuery wraps errors raised by a Gizmo query itself (syntax errors,
// exceptions thrown by the script), as opposed to store failures.
var ErrQuery = errors.New("query error")

// Query runs a Gizmo (JavaScript) query and returns at most limit results
// (no bound when limit <= 0), each a JSON-ready value: a map of tag to value
// for g.V()...all(), or whatever the script passed to g.emit.
//
// args are bound to the global variable `args` before the query runs, as
// data: they are JSON-encoded into a separate program and never spliced into
// the query text. The limit is bound as LIMIT (0 for none), so that a query
// can stop its own work there. The query is stopped when ctx is done; the error then
// wraps ctx.Err().
func (s *Store) Query(ctx context.Context, text string, args map[string]any, limit int) ([]any, error) {
	return s.Run(ctx, Request{Text: text, Args: args, Limit: limit})
}

// Request is a Gizmo query with its arguments, a limit on results (none
// when <= 0) and an optional prelude program run first in the same session,
// such as the canned queries' helper library.
type Request struct {
	Prelude string
	Text    string
	Args    map[string]any
	Limit   int
}

// Run runs a Request; see Query.
func (s *Store) Run(ctx context.Context, req Request) ([]any, error) {
	sess := gizmo.NewSession(s.QueryStore())
	args := req.Args
	if args == nil {
		args = map[string]any{}
	}
	js, err := json.Marshal(args)
	if err != nil {
		return nil, fmt.Errorf("encode query arguments: %w", err)
	}
	// JSON is a subset of JavaScript expressions (json.Marshal escapes U+2028
	// and U+2029), so this program can only define data.
	bind := fmt.Sprintf("var args = %s; var LIMIT = %d;", js, max(req.Limit, 0))
	if _, err := run(ctx, sess, bind, 0); err != nil {
		return nil, fmt.Errorf("bind query arguments: %w", err)
	}
	if req.Prelude != "" {
		if _, err := run(ctx, sess, req.Prelude, 0); err != nil {
			return nil, fmt.Errorf("query prelude: %w", err)
		}
	}
	return run(ctx, sess, req.Text, req.Limit)
}

// run runs one program in the session and returns its results. It returns
// only once the script has stopped: a script cut short (limit reached,
// ctx done) still runs on its own goroutine until the interrupt reaches it,
// and closing the store under it would crash the process.
func run(ctx context.Context, sess *gizmo.Session, text string, limit int) ([]any, error) {
	it, err := sess.Execute(ctx, text, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrQuery, err)
	}
	out := []any{}
	for it.Next(ctx) {
		if r := it.Result(); r != nil {
			out = append(out, r)
		}
		if limit > 0 && len(out) >= limit {
			// Close interrupts the script; the session is not reused after.
			it.Close()
			drain(it)
			return out, nil
		}
	}
	if ctx.Err() != nil {
		drain(it) // Next saw ctx done and interrupted the script
	}
	// A finished script is not closed: Close would leave a pending interrupt
	// in the session's VM and abort the next program run in it.
	if err := it.Err(); err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return out, fmt.Errorf("query stopped: %w", ctxErr)
		}
		return out, fmt.Errorf("%w: %v", ErrQuery, err)
	}
	return out, nil
}

// drain waits until an interrupted script's goroutine has ended, by reading
// what it still sends: its sends fail once interrupted, so this is short.
func drain(it query.Iterator) {
	for it.Next(context.Background()) {
	}
}
