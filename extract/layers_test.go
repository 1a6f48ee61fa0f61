package extract_test

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// layers lists, for each package under internal/, the kg packages it may
// import: only those below it, so that no import runs back up. Only
// internal/tagger imports prose.
var layers = map[string][]string{
	"lexicon": nil,
	"text":    nil,
	"tagger":  nil,
	"dates":   {"text"},
}

func TestLayers(t *testing.T) {
	const mod = "github.com/kg-project/kg"
	dirs, err := filepath.Glob("internal/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no internal packages: %v", err)
	}
	check := func(dir, name string, allowed []string, prose bool) {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			ast, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, im := range ast.Imports {
				p, _ := strconv.Unquote(im.Path.Value)
				switch {
				case strings.HasPrefix(p, "github.com/jdkato/prose") && !prose:
					t.Errorf("%s imports %s: only internal/tagger uses prose", f, p)
				case strings.HasPrefix(p, mod+"/extract/internal/"):
					if below := strings.TrimPrefix(p, mod+"/extract/internal/"); name != "extract" && !slices.Contains(allowed, below) {
						t.Errorf("%s imports %s, which is not below %s", f, p, name)
					}
				case (p == mod || strings.HasPrefix(p, mod+"/")) && name != "extract":
					t.Errorf("%s imports %s: internal packages import nothing of kg above them", f, p)
				}
			}
		}
	}
	for _, dir := range dirs {
		name := filepath.Base(dir)
		allowed, ok := layers[name]
		if !ok {
			t.Errorf("internal/%s has no place in layers", name)
		}
		check(dir, name, allowed, name == "tagger")
	}
	check(".", "extract", nil, false)
}
