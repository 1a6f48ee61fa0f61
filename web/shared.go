package web

import (
	"context"
	"sync"
)

// shared runs one computation at a time for any number of callers: a
// caller that comes while it runs waits for its result instead of starting
// another. The computation runs on its own context, cancelled when every
// caller waiting for it has left (their contexts are done), so that work
// nobody waits for stops.
type shared[T any] struct {
	mu  sync.Mutex
	cur *flight[T]
	// wg, when set, counts the computations running: one whose callers
	// have all left goes on until it sees its context cancelled, and the
	// server waits for it before its store may be closed.
	wg *sync.WaitGroup
}

type flight[T any] struct {
	done    chan struct{}
	val     T
	err     error
	waiters int
	cancel  context.CancelFunc
}

// do returns the result of fn, run now or already running. It returns
// ctx.Err() when ctx is done first.
func (s *shared[T]) do(ctx context.Context, fn func(context.Context) (T, error)) (T, error) {
	s.mu.Lock()
	f := s.cur
	if f == nil {
		fctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
		f = &flight[T]{done: make(chan struct{}), cancel: cancel}
		s.cur = f
		if s.wg != nil {
			s.wg.Add(1)
		}
		go func() {
			if s.wg != nil {
				defer s.wg.Done()
			}
			defer cancel()
			v, err := fn(fctx)
			s.mu.Lock()
			f.val, f.err = v, err
			if s.cur == f {
				s.cur = nil
			}
			s.mu.Unlock()
			close(f.done)
		}()
	}
	f.waiters++
	s.mu.Unlock()
	select {
	case <-f.done:
		return f.val, f.err
	case <-ctx.Done():
		s.mu.Lock()
		if f.waiters--; f.waiters == 0 {
			f.cancel()
			if s.cur == f {
				s.cur = nil // the next caller starts afresh
			}
		}
		s.mu.Unlock()
		var zero T
		return zero, ctx.Err()
	}
}

// forget detaches a running computation: callers from now on start a new
// one (those waiting for it still get its result).
func (s *shared[T]) forget() {
	s.mu.Lock()
	s.cur = nil
	s.mu.Unlock()
}
