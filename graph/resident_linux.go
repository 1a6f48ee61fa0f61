package graph

import (
	"bytes"
	"os"
	"strconv"
	"syscall"
)

// residentFileBytes is the process's resident file-backed and shared
// memory (the third field of /proc/self/statm, in pages).
func residentFileBytes() (int64, bool) {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, false
	}
	f := bytes.Fields(b)
	if len(f) < 3 {
		return 0, false
	}
	pages, err := strconv.ParseInt(string(f[2]), 10, 64)
	if err != nil {
		return 0, false
	}
	return pages * int64(os.Getpagesize()), true
}

// dropPages advises the kernel that the mapped range [addr, addr+n) is not
// needed: for bolt's read-only shared file mapping, the pages leave the
// resident set and stay in the page cache. (A raw syscall keeps the
// address a uintptr, as bolt.Info gives it.)
func dropPages(addr, n uintptr) error {
	if n == 0 {
		return nil
	}
	if _, _, errno := syscall.Syscall(syscall.SYS_MADVISE, addr, n, syscall.MADV_DONTNEED); errno != 0 {
		return errno
	}
	return nil
}
