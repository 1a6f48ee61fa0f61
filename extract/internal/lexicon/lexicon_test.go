package lexicon

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestDefaultLoads(t *testing.T) {
	lx, err := Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	if len(lx.files) < 10 {
		t.Fatalf("%d files, want every list", len(lx.files))
	}
	for name, f := range lx.files {
		if f.Source == "" || len(f.Rows) == 0 {
			t.Errorf("%s: source %q, %d rows", name, f.Source, len(f.Rows))
		}
		// Every declared tag is carried by some entry: a tag nobody
		// carries is a list that was emptied by mistake.
		for _, tag := range f.Tags {
			if len(lx.Set(name, tag)) == 0 {
				t.Errorf("%s: no entry carries tag %q", name, tag)
			}
		}
	}
	if !lx.Set("titles.txt", "core")["minister"] || lx.Map("titles.txt", "abbrev", 2)["sen"] != "Senator" {
		t.Errorf("titles.txt lost minister or sen -> Senator")
	}
}

func TestLoadErrorsNameFileAndLine(t *testing.T) {
	good := "# source: test\n# columns: word | tags | full?\n# tags: a b\nx|a\n"
	tests := []struct {
		name, text, want string
	}{
		{"good", good, ""},
		{"too many fields", good + "y|a|Y|extra\n", "data/t.txt:5: 4 fields, want 2 to 3"},
		{"too few fields", good + "\ny\n", "data/t.txt:6: 1 fields, want 2 to 3"},
		{"undeclared tag", good + "y|a c\n", `data/t.txt:5: tag "c" is not declared`},
		{"duplicate", good + "x|b\n", `data/t.txt:5: "x" is already at line 4`},
		{"empty key", good + " |a\n", "data/t.txt:5: empty word"},
		{"no source", "# columns: word\nx\n", `data/t.txt:1: no "# source:" line`},
		{"no columns", "# source: test\nx\n", `data/t.txt:2: entry before the "# columns:" line`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lx, err := Load(fstest.MapFS{"t.txt": {Data: []byte(tt.text)}}, "data")
			if tt.want == "" {
				if err != nil {
					t.Fatalf("Load: %v", err)
				}
				if !lx.Set("t.txt", "a")["x"] {
					t.Fatalf("x lost")
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want one containing %q", err, tt.want)
			}
			// The good rows stay.
			if f := lx.File("t.txt"); strings.HasPrefix(tt.text, good) && len(f.Rows) != 1 {
				t.Errorf("%d rows kept, want the good one", len(f.Rows))
			}
		})
	}
}

func TestCheck(t *testing.T) {
	lx, err := Load(fstest.MapFS{"t.txt": {Data: []byte("# source: s\n# columns: word | tags\n# tags: a\nx|a\n")}}, "data")
	if err != nil {
		t.Fatal(err)
	}
	if err := lx.Check(map[string][]string{"t.txt": {"a", ""}}); err != nil {
		t.Errorf("Check of declared tag: %v", err)
	}
	if err := lx.Check(map[string][]string{"t.txt": {"b"}, "u.txt": nil}); err == nil ||
		!strings.Contains(err.Error(), `declares no tag "b"`) || !strings.Contains(err.Error(), "no file u.txt") {
		t.Errorf("Check: %v", err)
	}
}
