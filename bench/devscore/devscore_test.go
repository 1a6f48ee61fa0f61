package main

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestDetokenize(t *testing.T) {
	tests := []struct {
		name   string
		tokens []string
		want   string
	}{
		{"punctuation hugs", []string{"Lindqvist", ",", "who", "left", ",", "said", "so", "."}, "Lindqvist, who left, said so."},
		{"clitics", []string{"Hale", "'s", "firm", "does", "n't", "care"}, "Hale's firm doesn't care"},
		{"quotes and brackets", []string{"He", "said", `"`, "no", `"`, "(", "twice", ")"}, `He said "no" (twice)`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, offs := detokenize(tc.tokens)
			if got != tc.want {
				t.Fatalf("detokenize = %q, want %q", got, tc.want)
			}
			for i, o := range offs {
				if got[o[0]:o[1]] != tc.tokens[i] {
					t.Errorf("token %d at %v = %q, want %q", i, o, got[o[0]:o[1]], tc.tokens[i])
				}
			}
		})
	}
}

func TestReadCoNLL(t *testing.T) {
	docs, err := readCoNLL("testdata/mini.conll")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("got %d documents, want 2", len(docs))
	}
	got := map[string][]string{}
	for typ, fs := range docs[0].gold {
		for _, f := range fs {
			got[typ] = append(got[typ], f)
		}
	}
	for _, fs := range got {
		slices.Sort(fs)
	}
	want := map[string][]string{"LOC": {"Bergen", "OSLO"}, "PER": {"Maria Lindqvist", "Peter Hale"}, "ORG": {"Nordvik Bank"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("gold forms = %v, want %v", got, want)
	}
	if len(docs[0].sents) != 3 || len(docs[1].sents) != 1 {
		t.Errorf("sentences = %d, %d; want 3, 1", len(docs[0].sents), len(docs[1].sents))
	}
}

func TestIOBSpans(t *testing.T) {
	// IOB1: B- splits two adjacent names of one type; IOB2 starts with B-.
	got := iobSpans([]string{"I-PER", "I-PER", "B-PER", "O", "B-ORG", "I-ORG", "I-LOC"})
	want := []span{{0, 2, "PER"}, {2, 3, "PER"}, {4, 6, "ORG"}, {6, 7, "LOC"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("iobSpans = %v, want %v", got, want)
	}
}

func TestReadTimeML(t *testing.T) {
	d, err := readTimeML("testdata/mini.tml")
	if err != nil {
		t.Fatal(err)
	}
	if d.dct.Format("2006-01-02") != "2003-04-01" {
		t.Errorf("creation time = %v", d.dct)
	}
	if len(d.timexes) != 3 {
		t.Fatalf("got %d timexes, want 3", len(d.timexes))
	}
	for _, tx := range d.timexes {
		if d.text[tx.start:tx.end] != tx.text {
			t.Errorf("timex %q at [%d,%d) reads %q", tx.text, tx.start, tx.end, d.text[tx.start:tx.end])
		}
	}
	if tx := d.timexes[2]; tx.text != "June" || tx.value != "2003-06" || tx.typ != "DATE" {
		t.Errorf("third timex = %+v", tx)
	}
	if !strings.Contains(d.text, "two hours & agreed") {
		t.Errorf("entities not decoded in %q", d.text)
	}
}

func TestCompareForms(t *testing.T) {
	gold := map[string]string{"a": "A", "b": "B", "c": "C"}
	sys := map[string]string{"a": "A", "d": "D"}
	if got, want := compareForms(gold, sys), (counts{tp: 1, fp: 1, fn: 2}); got != want {
		t.Errorf("compareForms = %+v, want %+v", got, want)
	}
}

func TestReadTimeMLTimeCreation(t *testing.T) {
	// A creation time given as a TIME still dates the document.
	d, err := readTimeML("testdata/timedct.tml")
	if err != nil {
		t.Fatal(err)
	}
	if got := d.dct.Format("2006-01-02"); got != "2003-04-01" {
		t.Errorf("creation time = %s, want 2003-04-01", got)
	}
}
