package web

import "context"

// RunningQueries is how many queries hold a slot, for tests.
func (s *Server) RunningQueries() int {
	s.guard.mu.Lock()
	defer s.guard.mu.Unlock()
	return len(s.guard.running)
}

// SetStatsHook has fn called with the stats scan's context before the
// scan ("scan") and after it, with its error ("done"), for tests.
func (s *Server) SetStatsHook(fn func(stage string, ctx context.Context, err error)) {
	s.stats.hook = fn
}

// IndexBuilds is how many times the entity index was built in full.
func (s *Server) IndexBuilds() int64 { return s.index.builds.Load() }

// IndexReady waits until the entity index is current, building it if need
// be, for tests.
func (s *Server) IndexReady(ctx context.Context) error {
	_, err := s.index.get(ctx)
	return err
}

// IndexFrom is where the current entity index read the entities ("state"
// or "graph"), "" when there is none.
func (s *Server) IndexFrom(ctx context.Context) string {
	if snap := s.index.current(ctx); snap != nil {
		return snap.from
	}
	return ""
}
