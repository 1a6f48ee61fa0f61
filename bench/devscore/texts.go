package main

import (
	"crypto/md5"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// texts writes the TimeML documents named by ids (file names without .tml,
// found under dir) as plain text for annotators, out/<id>.txt, and as one
// JSON Lines file, out/articles.jsonl, with each document's creation time as
// its publication date, the way a feed gives it. It prints each text's md5 so
// that a layout script can check it.
func texts(dir, out string, ids []string) error {
	paths := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".tml") {
			paths[strings.TrimSuffix(d.Name(), ".tml")] = p
		}
		return err
	})
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	var lines []byte
	for _, id := range ids {
		p, ok := paths[id]
		if !ok {
			return fmt.Errorf("%s: no %s.tml there", dir, id)
		}
		d, err := readTimeML(p)
		if err != nil {
			return err
		}
		text := strings.TrimSpace(d.text) + "\n"
		if err := os.WriteFile(filepath.Join(out, id+".txt"), []byte(text), 0o644); err != nil {
			return err
		}
		rec := map[string]string{"id": id, "text": text}
		if !d.dct.IsZero() {
			rec["published"] = d.dct.Format("2006-01-02")
		}
		line, err := json.Marshal(rec)
		if err != nil {
			return err
		}
		lines = append(append(lines, line...), '\n')
		fmt.Printf("%s %x\n", id, md5.Sum([]byte(text)))
	}
	return os.WriteFile(filepath.Join(out, "articles.jsonl"), lines, 0o644)
}
