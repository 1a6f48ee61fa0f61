package extract

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/kg-project/kg/extract/internal/lexicon"
)

// lx is the lexicon compiled into the binary (internal/lexicon/data); the
// word lists below are read from it once, when the package is initialised.
// lexErr says what is wrong with it, naming the file and line; New returns
// it, so no Extractor runs on a broken lexicon.
var lx, lexErr = loadLexicon()

var lexProblems []error // lists the code asks for and the lexicon lacks

func loadLexicon() (*lexicon.Lexicon, error) {
	l, err := lexicon.Default()
	if l == nil {
		l = new(lexicon.Lexicon)
	}
	return l, err
}

// lexiconErr is lexErr with the lists the code asks for and the lexicon
// lacks (a tag no file declares would leave a list silently empty).
func lexiconErr() error {
	return errors.Join(append([]error{lexErr}, lexProblems...)...)
}

// lexSet is the set of words of file that carry tag.
func lexSet(file, tag string) map[string]bool {
	if err := lx.Check(map[string][]string{file: {tag}}); err != nil {
		lexProblems = append(lexProblems, err)
	}
	return lx.Set(file, tag)
}

// lexMap maps the words of file that carry tag to their third field.
func lexMap(file, tag string) map[string]string {
	lexSet(file, tag)
	return lx.Map(file, tag, 2)
}

// lexInts maps the words of file that carry tag to their third field, a number.
func lexInts(file, tag string) map[string]int {
	out := map[string]int{}
	f := lx.File(file)
	for k, v := range lexMap(file, tag) {
		n, err := strconv.Atoi(v)
		if err != nil {
			line := 0
			for _, r := range f.Rows {
				if r.Fields[0] == k {
					line = r.Line
				}
			}
			lexProblems = append(lexProblems, fmt.Errorf("data/%s:%d: %q is not a number", file, line, v))
			continue
		}
		out[k] = n
	}
	return out
}

// lexKeys is lexSet as a sorted list.
func lexKeys(file, tag string) []string {
	return sortedKeys(lexSet(file, tag))
}

// corporatePhrases are titles, or parts of one, that make their holder a
// company executive ("chief executive").
var corporatePhrases = lexKeys("titles.txt", "corporate-phrase")
