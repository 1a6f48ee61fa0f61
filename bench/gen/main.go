// Command gen writes a synthetic news corpus (package synth) as JSON Lines,
// one {"id","title","url","published","text"} object a line, the input kg
// build reads:
//
//	go run ./bench/gen -seed 1 -n 10000 > corpus.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/kg-project/kg/synth"
)

func main() {
	seed := flag.Int64("seed", 1, "corpus seed: the same seed gives the same articles")
	n := flag.Int("n", 1000, "number of articles")
	flag.Parse()
	w := bufio.NewWriterSize(os.Stdout, 1<<16)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for doc := range synth.Generate(*seed, *n) {
		rec := map[string]string{"id": doc.ID, "title": doc.Title, "url": doc.URL,
			"published": doc.Published.Format("2006-01-02"), "text": doc.Text}
		if err := enc.Encode(rec); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
