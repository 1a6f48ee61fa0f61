package tagger

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/jdkato/prose/v2"
)

// maxent labels tokens the way prose's named-entity classifier does
// (prose v2.0.0, extract.go: entityExtracter.classify), with the same
// model, read from the assets prose embeds.
//
// It is our own code instead of prose's for speed alone. For every token,
// prose's loop joins a "feature-value-label" string for each of 17
// features and 13 labels and looks each up in a map of 150k keys, and
// compiles two regular expressions (shape); that was 60% of kg's
// extraction time and half of its allocations, and the collector's share
// kept two workers from running twice as fast as one. Here the weights
// are indexed by "feature-value", so a token costs 17 lookups and few
// allocations (its feature strings; sharedTokens has prose tokenize each
// distinct word once more). The labels are prose's: the tests compare
// them with prose's own on every token of the seed articles, a synthetic
// corpus and odd text. prose v2 is archived, so the change cannot go
// upstream; its tokenizer and tagger are still used as they are.
type maxent struct {
	labels  []string
	weights map[string][]labelWeight // "feature-value" -> its weight for each label that has one
	basic   map[string]bool          // the en-wordlist feature's words (words.gob: the same 850 as prose's enWordList, which is unexported)
}

// labelWeight is one feature-value's weight for labels[label].
type labelWeight struct {
	label int
	w     float64
}

// maxentFeatures is prose's featureOrder: per label, weights are summed in
// this order, so the sums are the same floating-point numbers as prose's.
var maxentFeatures = [...]string{
	"bias", "en-wordlist", "nextpos", "nextword", "pos", "pos+prevtag",
	"prefix3", "prevpos", "prevtag", "prevword", "shape", "shape+prevtag",
	"suffix3", "word", "word+nextpos", "word.lower", "wordlen"}

// loadMaxent reads prose's Maxent model from its embedded assets.
func loadMaxent() (*maxent, error) {
	var (
		mapping map[string]int // "feature-value-label" -> weight index
		weights []float64
		labels  []string
		words   []string
	)
	for _, a := range []struct {
		name string
		v    any
	}{{"mapping", &mapping}, {"weights", &weights}, {"labels", &labels}, {"words", &words}} {
		b, err := prose.Asset("model/Maxent/" + a.name + ".gob")
		if err == nil {
			err = gob.NewDecoder(bytes.NewReader(b)).Decode(a.v)
		}
		if err != nil {
			return nil, fmt.Errorf("load prose's Maxent %s: %w: %v", a.name, ErrProse, err)
		}
	}
	m := &maxent{labels: labels, weights: map[string][]labelWeight{}, basic: map[string]bool{}}
	for key, id := range mapping {
		if id < 0 || id >= len(weights) {
			return nil, fmt.Errorf("load prose's Maxent: %w: weight %d of %q out of range", ErrProse, id, key)
		}
		// A key may end in more than one label's name ("…-I-PERSON" and a
		// label "PERSON"): file it under every reading, as prose's lookup
		// of feature-value-label would find it under each.
		for l, label := range labels {
			if fv, ok := strings.CutSuffix(key, "-"+label); ok {
				m.weights[fv] = append(m.weights[fv], labelWeight{l, weights[id]})
			}
		}
	}
	for _, w := range words {
		m.basic[w] = true
	}
	return m, nil
}

// label sets the Label of every token of text as prose does: classify,
// then shareLabels.
func (m *maxent) label(text string, toks []prose.Token) {
	m.classify(toks)
	shareLabels(text, toks)
}

// classify labels each token as prose's classify does: left to right,
// each token's features include the labels of those before it.
func (m *maxent) classify(toks []prose.Token) {
	var feats [len(maxentFeatures)]string
	history := make([]string, 0, len(toks))
	scores := make([]float64, len(m.labels))
	var key []byte
	for i := range toks {
		m.features(&feats, toks, i, history)
		clear(scores)
		for f, name := range maxentFeatures {
			key = append(append(append(key[:0], name...), '-'), feats[f]...)
			for _, lw := range m.weights[string(key)] {
				scores[lw.label] += lw.w
			}
		}
		// prose takes the first maximum in a map's random order, so a tie
		// (two labels' sums exactly equal: not seen with its weights)
		// cannot be reproduced; here the first in the model's order wins.
		best, top := "", math.Inf(-1)
		for l, s := range scores {
			if s > top {
				best, top = m.labels[l], s
			}
		}
		toks[i].Label = best
		history = append(history, simplePOS(best))
	}
}

// shareLabels gives each token the label of the last token prose's
// tokenizer made the same *Token (sharedTokens): prose's classifier
// writes each label to the shared token, so the last write is what its
// caller reads.
func shareLabels(text string, toks []prose.Token) {
	for i, j := range sharedTokens(text, toks) {
		if j > i {
			toks[i].Label = toks[j].Label
		}
	}
}

// sharedTokens returns, for each token of text, the last token that prose
// v2.0.0's tokenizer made the same *Token. It splits the text into
// segments where white space starts or ends, caches the tokens of each
// segment but the final one, and gives a repeated segment (a word) the
// cached pointers again, so that prose's classifier, writing a label to
// each token in turn, leaves every occurrence of a word with the label of
// the last. This repeats its split into words (tokenize.go) and
// has prose tokenize each distinct word alone to count its tokens (its
// rules drop some words, such as "'suing"); nil if the counts do not add
// up to toks.
func sharedTokens(text string, toks []prose.Token) []int {
	clean := proseQuotes.Replace(text)
	var words []string
	start, white := 0, false
	for i, r := range clean {
		if i == 0 {
			white = unicode.IsSpace(r)
		}
		if unicode.IsSpace(r) != white {
			if start < i {
				words = append(words, clean[start:i])
			}
			start = i
			if r == ' ' {
				start++
			}
			white = !white
		}
	}
	cached := len(words) // the final segment (the last word, or white space after it) is split afresh
	if start < len(clean) {
		words = append(words, clean[start:])
	}
	counts := map[string]int{}   // tokens in a word
	starts := map[string][]int{} // a cached word's first token, in each occurrence
	last := make([]int, len(toks))
	k := 0
	for w, word := range words {
		n, ok := counts[word]
		if !ok {
			n = proseTokenCount(word)
			counts[word] = n
		}
		if n < 0 || k+n > len(toks) {
			return nil
		}
		for i := k; i < k+n; i++ {
			last[i] = i
		}
		if w < cached && n > 0 {
			starts[word] = append(starts[word], k)
		}
		k += n
	}
	if k != len(toks) {
		return nil
	}
	for word, at := range starts {
		end := at[len(at)-1]
		for _, s := range at {
			for d := range counts[word] {
				last[s+d] = end + d
			}
		}
	}
	return last
}

// proseTokenCount is how many tokens prose makes of a word (no white
// space in it).
func proseTokenCount(word string) int {
	if strings.TrimSpace(word) == "" {
		return 0
	}
	doc, err := newProseDocument(word, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		return -1 // sharedTokens gives up
	}
	return len(doc.Tokens())
}

// features fills feats, in maxentFeatures' order, as prose's extract does
// for token i (including its quirks: byte lengths and affixes, and no
// previous shape for the second token).
func (m *maxent) features(feats *[len(maxentFeatures)]string, toks []prose.Token, i int, history []string) {
	word := toks[i].Text
	lower := strings.ToLower(word)
	prevTag, prevWord, prevPOS, prevShape := "None", "None", "None", "None"
	if i > 0 {
		prevWord = strings.ToLower(toks[i-1].Text)
		prevPOS = toks[i-1].Tag
		prevTag = history[i-1]
	}
	if i > 1 {
		prevShape = wordShape(toks[i-1].Text)
	}
	nextWord, nextPOS := "None", "None"
	if i < len(toks)-1 {
		nextWord = strings.ToLower(toks[i+1].Text)
		nextPOS = strings.ToLower(toks[i+1].Tag)
	}
	basic := "False"
	if m.basic[word] {
		basic = "True"
	}
	pos := toks[i].Tag
	*feats = [...]string{
		"True",              // bias
		basic,               // en-wordlist
		nextPOS,             // nextpos
		nextWord,            // nextword
		pos,                 // pos
		pos + "+" + prevTag, // pos+prevtag
		strings.ToLower(word[:min(len(word), 3)]), // prefix3
		prevPOS,                   // prevpos
		prevTag,                   // prevtag
		prevWord,                  // prevword
		wordShape(word),           // shape
		prevShape + "+" + prevTag, // shape+prevtag
		strings.ToLower(word[len(word)-min(len(word), 3):]), // suffix3
		word,                    // word
		lower + "+" + nextPOS,   // word+nextpos
		lower,                   // word.lower
		strconv.Itoa(len(word)), // wordlen
	}
}

// proseWordEnd and proseNonWordEnd are prose's shape tests, compiled once.
var (
	proseNonWordEnd = regexp.MustCompile(`\W+$`)
	proseWordEnd    = regexp.MustCompile(`\w+$`)
)

// wordShape is prose's shape feature.
func wordShape(word string) string {
	if _, err := strconv.ParseFloat(word, 64); err == nil {
		return "number"
	}
	if proseNonWordEnd.MatchString(word) {
		return "punct"
	}
	if proseWordEnd.MatchString(word) {
		switch {
		case strings.ToLower(word) == word:
			return "downcase"
		//lint:ignore SA1019 prose's feature is defined by the deprecated Title
		case strings.Title(word) == word:
			return "upcase"
		default:
			return "mixedcase"
		}
	}
	return "other"
}

// simplePOS is prose's history entry for a label (the name is prose's,
// though it is given IOB labels): "B" for "B-PERSON", "O" for "O".
func simplePOS(label string) string {
	if strings.HasPrefix(label, "V") {
		return "v"
	}
	first, _, _ := strings.Cut(label, "-")
	return first
}
