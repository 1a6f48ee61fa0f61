// Command folios measures what graph.pageWrites is for: the cost of
// writing single pages into a file whose page cache holds large folios
// (as a write of many pages leaves it, on Linux 6.16+ with ext4) against
// one whose cache holds small ones (written a page at a time).
//
//	go run ./bench/folios -dir /tmp
//
// With -file, it instead samples pages of an existing file (a bolt store)
// and reports the share held in large folios; that reads /proc/self/pagemap
// and /proc/kpageflags, so it needs root.
//
//	sudo go run ./bench/folios -file /tmp/kg.db/indexes.bolt
package main

import (
	"encoding/binary"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"time"
	"unsafe"
)

func main() {
	dir := flag.String("dir", os.TempDir(), "directory for the scratch file (on the file system to measure)")
	size := flag.Int64("size", 1<<30, "scratch file size in bytes")
	writes := flag.Int("writes", 200000, "random single-page writes to time")
	file := flag.String("file", "", "sample this file's cached pages instead")
	flag.Parse()
	if *file != "" {
		if err := sample(*file); err != nil {
			fmt.Fprintln(os.Stderr, "folios:", err)
			os.Exit(1)
		}
		return
	}
	for _, chunk := range []int{os.Getpagesize(), 1 << 20} {
		if err := timeWrites(filepath.Join(*dir, "folios.scratch"), *size, chunk, *writes); err != nil {
			fmt.Fprintln(os.Stderr, "folios:", err)
			os.Exit(1)
		}
	}
}

// timeWrites fills a file with writes of chunk bytes, then times random
// single-page writes into it and the sync that follows.
func timeWrites(path string, size int64, chunk, n int) error {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	defer os.Remove(path)
	defer f.Close()
	buf := make([]byte, chunk)
	for off := int64(0); off < size; off += int64(chunk) {
		if _, err := f.WriteAt(buf, off); err != nil {
			return err
		}
	}
	if err := f.Sync(); err != nil {
		return err
	}
	page := os.Getpagesize()
	r := rand.New(rand.NewSource(1))
	start := time.Now()
	for range n {
		if _, err := f.WriteAt(buf[:page], r.Int63n(size/int64(page))*int64(page)); err != nil {
			return err
		}
	}
	d := time.Since(start)
	start = time.Now()
	if err := f.Sync(); err != nil {
		return err
	}
	fmt.Printf("file written %7d bytes at a time: %d random page writes %.2f µs each, then sync %v\n",
		chunk, n, float64(d.Nanoseconds())/float64(n)/1000, time.Since(start).Round(time.Millisecond))
	return nil
}

// sample maps path, touches 20,000 random pages and counts those whose
// page is part of a large folio (kpageflags COMPOUND_HEAD or COMPOUND_TAIL).
func sample(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	page := os.Getpagesize()
	if fi.Size() < int64(page) {
		return fmt.Errorf("%s: smaller than a page", path)
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, int(fi.Size()), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return err
	}
	defer syscall.Munmap(data)
	pm, err := os.Open("/proc/self/pagemap")
	if err != nil {
		return err
	}
	defer pm.Close()
	kf, err := os.Open("/proc/kpageflags")
	if err != nil {
		return err
	}
	defer kf.Close()
	base := uintptr(unsafe.Pointer(&data[0])) / uintptr(page)
	pages := len(data) / page
	var present, large int
	b := make([]byte, 8)
	for range 20000 {
		p := rand.Intn(pages)
		runtime.KeepAlive(data[p*page]) // read the page, faulting it in
		if _, err := pm.ReadAt(b, int64(base+uintptr(p))*8); err != nil {
			return err
		}
		e := binary.LittleEndian.Uint64(b)
		pfn := e & (1<<55 - 1)
		if e&(1<<63) == 0 || pfn == 0 {
			continue // not mapped, or the frame hidden (not root)
		}
		if _, err := kf.ReadAt(b, int64(pfn)*8); err != nil {
			return err
		}
		present++
		if binary.LittleEndian.Uint64(b)&(1<<15|1<<16) != 0 {
			large++
		}
	}
	if present == 0 {
		return fmt.Errorf("no page frames readable (run as root)")
	}
	fmt.Printf("%s: %d pages sampled, %d (%.1f %%) in large folios\n", path, present, large, 100*float64(large)/float64(present))
	return nil
}
