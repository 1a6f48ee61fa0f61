package graph

import (
	"os"
	"reflect"
	"unsafe"

	"github.com/boltdb/bolt"
)

// writeAt is how bolt writes its file: (*os.File).WriteAt.
type writeAt = func(b []byte, off int64) (int, error)

// pageWrites makes a bolt store write its file at most one memory page per
// write call. bolt writes each node it spills with one call, and a node
// larger than a page (an article's staged result, the free-page list) is
// one write of several pages. Linux's page cache (ext4 since 6.16) keeps
// such a write as one large folio, and every later write of a single page
// into it, once bolt reuses the freed pages, works on the whole folio: on
// this project's machine a 4 KiB write into cached large folios took
// 13.8 µs against 2.3 µs into small ones, and 11 % of a 100k-article
// store's cached pages were in large folios (BENCHMARKS.md). Written a
// page at a time, the cache holds small folios only.
//
// It reports whether it could: bolt (v1.3.1, archived upstream, so the
// field does not change) keeps its write function in an unexported field,
// set when the file opens, which this wraps.
func pageWrites(db *bolt.DB) bool {
	page := os.Getpagesize()
	return swapWriteAt(db, func(orig writeAt) writeAt {
		return func(b []byte, off int64) (int, error) {
			n := 0
			for len(b) > 0 {
				c := min(len(b), page)
				m, err := orig(b[:c], off)
				n += m
				if err != nil {
					return n, err
				}
				b, off = b[c:], off+int64(c)
			}
			return n, nil
		}
	})
}

// swapWriteAt replaces db's write function by wrap of it, reporting false
// (and changing nothing) where bolt's struct is not the one expected.
func swapWriteAt(db *bolt.DB, wrap func(writeAt) writeAt) bool {
	ops := reflect.ValueOf(db).Elem().FieldByName("ops")
	if !ops.IsValid() || ops.Kind() != reflect.Struct {
		return false
	}
	w := ops.FieldByName("writeAt")
	if !w.IsValid() || w.Type() != reflect.TypeFor[writeAt]() {
		return false
	}
	f := reflect.NewAt(w.Type(), unsafe.Pointer(w.UnsafeAddr())).Elem()
	orig, ok := f.Interface().(writeAt)
	if !ok || orig == nil {
		return false
	}
	f.Set(reflect.ValueOf(wrap(orig)))
	return true
}
