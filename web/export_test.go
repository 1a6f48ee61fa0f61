package web

// RunningQueries is how many queries hold a slot, for tests.
func (s *Server) RunningQueries() int {
	s.guard.mu.Lock()
	defer s.guard.mu.Unlock()
	return len(s.guard.running)
}
