//go:build !linux

package graph

// residentFileBytes is not measured outside Linux: the mapping is left to
// the kernel.
func residentFileBytes() (int64, bool) { return 0, false }

func dropPages(addr, n uintptr) error { return nil }
