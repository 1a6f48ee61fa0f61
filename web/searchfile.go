package web

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/kg-project/kg/graph"
)

// The search file lets a console that has just started answer searches
// before its entity index is built (reading every entity takes seconds on
// a large store: 4.3 s at 100k articles). kg build and kg remove write it
// beside a bolt or LevelDB store (WriteSearchFile) from the same snapshot
// the console would build, with the store's graph.NamesStamp; the server
// maps it and searches it in place while the stamp is still the store's
// (nothing has changed an entity's names or classes since), and uses its
// own index once that is built. It is a cache: deleting it loses nothing.
//
// Layout (integers little-endian):
//
//	magic     [8]byte  "kgsrch01"
//	stamp     uint32 length, then the stamp's bytes
//	n, na, nw uint32   entities, alternate-name entries, word entries
//	ents      [n+1]uint64  offset in blob of each entity's record, then the blob's length
//	aliases   [na]{ent, idx uint32}   sorted by (lower-case alias, ent)
//	words     [nw]{ent, str, off uint32}  sorted by (word, ent)
//	blob      the records, in the snapshot's list order
//
// A record is uvarint-prefixed strings: the name in lower case, the ID, the
// name, the type, then a uvarint count of alternate names and each as
// (name, name in lower case). A word entry names the word that starts at
// byte off of the entity's lower-case name (str 0) or of its alternate
// name str-1 and runs to the next character that is not a letter or digit.
const searchFileName = "search.idx"

var searchMagic = []byte("kgsrch01")

// WriteSearchFile writes the search file of a bolt or LevelDB store, when
// its state describes its entities (graph.Store.KeptEntities) and the file
// there is not current already; it does nothing for other stores. It
// writes a temporary file and renames it, so a reader sees the old file
// or the new one.
func WriteSearchFile(ctx context.Context, st *graph.Store) error {
	dir := st.Dir()
	if dir == "" {
		return nil
	}
	stamp, ok, err := st.NamesStamp(ctx, true)
	if err != nil || !ok {
		return err
	}
	path := filepath.Join(dir, searchFileName)
	if f, err := openSearchFile(path); err == nil {
		current := f.stamp == stamp
		f.close()
		if current {
			return nil
		}
	}
	// The entities as buildSnapshot lists them from the state, without
	// the maps a server's snapshot keeps; the trimmer bounds the store's
	// pages the scan maps.
	done := st.Bulk()
	defer done()
	// (KeptEntities gives each entity once: one state key each.)
	var list []*entity
	kept, err := st.KeptEntities(ctx, func(info graph.EntityInfo) { list = append(list, entityOf(info)) })
	if err != nil || !kept {
		return err // !kept: written meanwhile by another path; no stamp describes it
	}
	sortEntities(list)
	// A write that began during the scan changed the stamp: the file
	// would say it is current when it is not.
	if now, ok, err := st.NamesStamp(ctx, false); err != nil || !ok || now != stamp {
		return err
	}
	return writeSearchFile(path, &snapshot{list: list}, stamp)
}

func writeSearchFile(path string, snap *snapshot, stamp string) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), searchFileName+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after the rename there is nothing there
	if err := encodeSearchFile(tmp, snap, stamp); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", tmp.Name(), err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// aliasEntry and wordEntry are the search file's sorted entries.
type aliasEntry struct{ ent, idx uint32 }
type wordEntry struct{ ent, str, off uint32 }

func encodeSearchFile(w io.Writer, snap *snapshot, stamp string) error {
	n := len(snap.list)
	if n >= 1<<31 {
		return errors.New("too many entities")
	}
	list := snap.list
	// Each record's size first, so that the offsets can precede the
	// records, which are then written as they are encoded.
	strLen := func(s string) uint64 { return uint64(uvarintLen(uint64(len(s))) + len(s)) }
	offs := make([]uint64, 0, n+1)
	var aliases []aliasEntry
	var words []wordEntry
	var size uint64
	for i, e := range list {
		offs = append(offs, size)
		size += strLen(e.low) + strLen(e.ID) + strLen(e.Name) + strLen(e.Type) + uint64(uvarintLen(uint64(len(e.Aliases))))
		for j, a := range e.Aliases {
			size += strLen(a) + strLen(e.lowAka[j])
			aliases = append(aliases, aliasEntry{uint32(i), uint32(j)})
		}
		for str, low := range append([]string{e.low}, e.lowAka...) {
			for _, off := range wordStarts(low) {
				words = append(words, wordEntry{uint32(i), uint32(str), uint32(off)})
			}
		}
	}
	offs = append(offs, size)
	str := func(ent, s uint32) string {
		if s == 0 {
			return list[ent].low
		}
		return list[ent].lowAka[s-1]
	}
	slices.SortFunc(aliases, func(a, b aliasEntry) int {
		if c := strings.Compare(list[a.ent].lowAka[a.idx], list[b.ent].lowAka[b.idx]); c != 0 {
			return c
		}
		return int(a.ent) - int(b.ent)
	})
	slices.SortFunc(words, func(a, b wordEntry) int {
		if c := strings.Compare(word(str(a.ent, a.str), a.off), word(str(b.ent, b.str), b.off)); c != 0 {
			return c
		}
		return int(a.ent) - int(b.ent)
	})
	bw := &errWriter{w: bufio.NewWriterSize(w, 1<<16)}
	bw.write(searchMagic)
	bw.u32(uint32(len(stamp)))
	bw.write([]byte(stamp))
	bw.u32(uint32(n))
	bw.u32(uint32(len(aliases)))
	bw.u32(uint32(len(words)))
	var buf []byte
	for _, o := range offs {
		bw.write(binary.LittleEndian.AppendUint64(buf[:0], o))
	}
	for _, a := range aliases {
		buf = binary.LittleEndian.AppendUint32(buf[:0], a.ent)
		bw.write(binary.LittleEndian.AppendUint32(buf, a.idx))
	}
	for _, wd := range words {
		buf = binary.LittleEndian.AppendUint32(buf[:0], wd.ent)
		buf = binary.LittleEndian.AppendUint32(buf, wd.str)
		bw.write(binary.LittleEndian.AppendUint32(buf, wd.off))
	}
	put := func(b []byte, s string) []byte {
		return append(binary.AppendUvarint(b, uint64(len(s))), s...)
	}
	for _, e := range list {
		buf = put(put(put(put(buf[:0], e.low), e.ID), e.Name), e.Type)
		buf = binary.AppendUvarint(buf, uint64(len(e.Aliases)))
		for j, a := range e.Aliases {
			buf = put(put(buf, a), e.lowAka[j])
		}
		bw.write(buf)
	}
	if bw.err == nil {
		bw.err = bw.w.(*bufio.Writer).Flush()
	}
	return bw.err
}

func uvarintLen(v uint64) int {
	n := 1
	for v >= 0x80 {
		v >>= 7
		n++
	}
	return n
}

type errWriter struct {
	w   io.Writer
	err error
}

func (w *errWriter) write(b []byte) {
	if w.err == nil {
		_, w.err = w.w.Write(b)
	}
}

func (w *errWriter) u32(v uint32) { w.write(binary.LittleEndian.AppendUint32(nil, v)) }

// wordStarts lists the byte offsets at which the words of s start, as
// strings.FieldsFunc(s, notWordRune) splits it (finish).
func wordStarts(s string) []int {
	var out []int
	in := false
	for i, r := range s {
		w := !notWordRune(r)
		if w && !in {
			out = append(out, i)
		}
		in = w
	}
	return out
}

// word is the word of s that starts at byte off.
func word(s string, off uint32) string {
	s = s[off:]
	if i := strings.IndexFunc(s, notWordRune); i >= 0 {
		return s[:i]
	}
	return s
}

// searchFile is a search file, mapped.
type searchFile struct {
	data    []byte
	unmap   func() error
	stamp   string
	n       int
	ents    []byte // (n+1) × 8
	aliases []byte // na × 8
	words   []byte // nw × 12
	blob    []byte
}

var errBadSearchFile = errors.New("not a search file, or a damaged one")

func openSearchFile(path string) (*searchFile, error) {
	data, unmap, err := mapFile(path)
	if err != nil {
		return nil, err
	}
	f, err := parseSearchFile(data)
	if err != nil {
		unmap()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	f.unmap = unmap
	return f, nil
}

func parseSearchFile(data []byte) (*searchFile, error) {
	f := &searchFile{data: data}
	rest := data
	take := func(k int) []byte {
		if k < 0 || len(rest) < k {
			rest = nil
			return nil
		}
		b := rest[:k]
		rest = rest[k:]
		return b
	}
	u32 := func() int {
		b := take(4)
		if b == nil {
			return -1
		}
		return int(binary.LittleEndian.Uint32(b))
	}
	if m := take(len(searchMagic)); !bytes.Equal(m, searchMagic) {
		return nil, errBadSearchFile
	}
	f.stamp = string(take(u32()))
	n, na, nw := u32(), u32(), u32()
	if rest == nil || n < 0 || na < 0 || nw < 0 {
		return nil, errBadSearchFile
	}
	f.n = n
	f.ents = take(8 * (n + 1))
	f.aliases = take(8 * na)
	f.words = take(12 * nw)
	if rest == nil {
		return nil, errBadSearchFile
	}
	f.blob = rest
	if uint64(len(rest)) != f.off(n) {
		return nil, errBadSearchFile
	}
	for i := 0; i < n; i++ {
		if f.off(i) > f.off(i+1) {
			return nil, errBadSearchFile
		}
	}
	return f, nil
}

func (f *searchFile) close() {
	if f.unmap != nil {
		_ = f.unmap()
		f.unmap = nil
	}
}

func (f *searchFile) off(i int) uint64 { return binary.LittleEndian.Uint64(f.ents[8*i:]) }

// record reads entity i's record; a damaged one reads as empty strings.
type record struct {
	b []byte
}

func (r *record) str() string {
	l, k := binary.Uvarint(r.b)
	if k <= 0 || uint64(len(r.b)-k) < l {
		r.b = nil
		return ""
	}
	s := string(r.b[k : k+int(l)])
	r.b = r.b[k+int(l):]
	return s
}

func (r *record) count() int {
	l, k := binary.Uvarint(r.b)
	if k <= 0 || l > uint64(len(r.b)) {
		r.b = nil
		return 0
	}
	r.b = r.b[k:]
	return int(l)
}

func (f *searchFile) rec(i int) *record { return &record{b: f.blob[f.off(i):f.off(i+1)]} }

// low is entity i's name in lower case.
func (f *searchFile) low(i int) string { return f.rec(i).str() }

// entity reads entity i as the snapshot has it.
func (f *searchFile) entity(i int) *entity {
	r := f.rec(i)
	e := &entity{low: r.str(), ID: r.str(), Name: r.str(), Type: r.str()}
	e.IRI = graph.EntityIRI(e.ID)
	for k := r.count(); k > 0 && r.b != nil; k-- {
		e.Aliases = append(e.Aliases, r.str())
		e.lowAka = append(e.lowAka, r.str())
	}
	return e
}

// lowAlias is alternate name idx of entity ent, in lower case.
func (f *searchFile) lowAlias(ent, idx int) string {
	r := f.rec(ent)
	r.str()
	r.str()
	r.str()
	r.str()
	k := r.count()
	if idx >= k {
		return ""
	}
	for j := 0; j < idx; j++ {
		r.str()
		r.str()
	}
	r.str()
	return r.str()
}

func (f *searchFile) alias(j int) (ent, idx int) {
	b := f.aliases[8*j:]
	return int(binary.LittleEndian.Uint32(b)), int(binary.LittleEndian.Uint32(b[4:]))
}

func (f *searchFile) word(j int) (ent int, w string) {
	b := f.words[12*j:]
	ent = int(binary.LittleEndian.Uint32(b))
	str, off := int(binary.LittleEndian.Uint32(b[4:])), binary.LittleEndian.Uint32(b[8:])
	var s string
	if str == 0 {
		s = f.low(ent)
	} else {
		s = f.lowAlias(ent, str-1)
	}
	if int(off) > len(s) {
		return ent, ""
	}
	return ent, word(s, off)
}

// search is snapshot.search, on the file: the same matches in the same
// order. The entities are in the snapshot's list order, so each rank's
// first matches in list order are the ones with the lowest positions.
func (f *searchFile) search(q string, limit int) []match {
	q = strings.ToLower(strings.TrimSpace(q))
	if q == "" || limit <= 0 {
		return nil
	}
	var out []match
	// Names: equal to q, then starting with it, in list order.
	var exact, prefix []match
	for i := sort.Search(f.n, func(i int) bool { return f.low(i) >= q }); i < f.n; i++ {
		low := f.low(i)
		if !strings.HasPrefix(low, q) || len(prefix) >= limit {
			break
		}
		if low == q {
			if len(exact) < limit {
				exact = append(exact, match{e: f.entity(i), rank: 0})
			}
		} else {
			prefix = append(prefix, match{e: f.entity(i), rank: 1})
		}
	}
	out = append(append(out, exact...), prefix...)
	// Alternate names: the first of an entity's alternate names (in its
	// order) that starts with q.
	na := len(f.aliases) / 8
	first := map[int]int{}
	for j := sort.Search(na, func(j int) bool { e, k := f.alias(j); return f.lowAlias(e, k) >= q }); j < na; j++ {
		e, k := f.alias(j)
		if !strings.HasPrefix(f.lowAlias(e, k), q) {
			break
		}
		if strings.HasPrefix(f.low(e), q) {
			continue
		}
		if was, ok := first[e]; !ok || k < was {
			first[e] = k
		}
	}
	ents := make([]int, 0, len(first))
	for e := range first {
		ents = append(ents, e)
	}
	sort.Ints(ents)
	for _, e := range ents[:min(limit, len(ents))] {
		ent := f.entity(e)
		out = append(out, match{e: ent, rank: 2, alias: ent.Aliases[first[e]]})
	}
	// Words of either, for entities not matched above.
	nw := len(f.words) / 12
	var cands []int
	for j := sort.Search(nw, func(j int) bool { _, w := f.word(j); return w >= q }); j < nw; j++ {
		e, w := f.word(j)
		if !strings.HasPrefix(w, q) {
			break
		}
		cands = append(cands, e)
	}
	slices.Sort(cands)
	cands = slices.Compact(cands)
	found := 0
	for _, e := range cands {
		if found >= limit {
			break
		}
		if _, ok := first[e]; ok || strings.HasPrefix(f.low(e), q) {
			continue
		}
		out = append(out, match{e: f.entity(e), rank: 3})
		found++
	}
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}
