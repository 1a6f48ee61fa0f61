package cli

import (
	"runtime/debug"
	"strings"
	"testing"
)

func TestClean(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain text", "Jens Stoltenberg, “NATO” — Brussels", "Jens Stoltenberg, “NATO” — Brussels"},
		{"tab and newline kept", "a\tb\nc", "a\tb\nc"},
		{"replacement character kept", "caf\uFFFD", "caf\uFFFD"},
		{"ESC sequence", "x\x1b[2Jy", `x\x1b[2Jy`},
		{"OSC title with BEL", "\x1b]0;owned\x07", `\x1b]0;owned\x07`},
		{"carriage return", "safe\rEVIL", `safe\x0dEVIL`},
		{"NUL and DEL", "\x00\x7f", `\x00\x7f`},
		{"C1 CSI", "a\u009b31mb", `a\u009b31mb`},
		{"C1 range ends", "\u0080\u009f\u00a0", `\u0080\u009f` + "\u00a0"},
		{"invalid UTF-8", "a\xffb", `a\xffb`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := clean(tc.in); got != tc.want {
				t.Errorf("clean(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if got := clean(clean(tc.in)); got != tc.want {
				t.Errorf("clean is not idempotent on %q: %q", tc.in, got)
			}
		})
	}
}

func TestRedact(t *testing.T) {
	tests := []struct{ in, want string }{
		{"postgres://kg:s3cret@db.example:5432/kg?sslmode=disable", "postgres://kg:***@db.example:5432/kg?sslmode=disable"},
		{`open postgres store "postgresql://kg:p%40ss@h/db": dial tcp`, `open postgres store "postgresql://kg:***@h/db": dial tcp`},
		{"postgres://kg@h/db?sslmode=disable&password=s3cret&x=1", "postgres://kg@h/db?sslmode=disable&password=***&x=1"},
		{"host=h user=kg password=s3cret dbname=kg", "host=h user=kg password=*** dbname=kg"},
		{"host=h password='s 3cret' dbname=kg", "host=h password=*** dbname=kg"},
		// Nothing to hide: unchanged.
		{"postgres://kg@h:5432/db", "postgres://kg@h:5432/db"},
		{"kg.db", "kg.db"},
		{"leveldb:/data/kg", "leveldb:/data/kg"},
		{"https://example.com:8443/a@b", "https://example.com:8443/a@b"},
	}
	for _, tc := range tests {
		if got := redact(tc.in); got != tc.want {
			t.Errorf("redact(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSuggest(t *testing.T) {
	commands := []string{"build", "extract", "query", "explain", "export", "import", "stats", "remove", "eval", "serve"}
	tests := []struct {
		typed string
		want  string
	}{
		{"biuld", "build"},
		{"qeury", "query"},
		{"exprot", "export"},
		{"stat", "stats"},
		{"BUILD", "build"},
		{"expl", "explain"},              // a prefix
		{"ex", "extract explain export"}, // all it can be
		{"x", ""},
		{"frobnicate", ""},
	}
	for _, tc := range tests {
		if got := strings.Join(suggest(tc.typed, commands), " "); got != tc.want {
			t.Errorf("suggest(%q) = %q, want %q", tc.typed, got, tc.want)
		}
	}
}

func TestVersionOf(t *testing.T) {
	v := versionOf(&debug.BuildInfo{
		Main: debug.Module{Path: "github.com/kg-project/kg", Version: "v1.4.0"},
		Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123456789abcdef0123456789abcdef01234567"},
			{Key: "vcs.time", Value: "2026-12-01T12:00:00Z"},
			{Key: "vcs.modified", Value: "true"},
		},
	})
	if s := v.String(); !strings.HasPrefix(s, "v1.4.0 (commit 0123456789ab (modified), extraction rules ") {
		t.Errorf("version line %q", s)
	}
	if v.Revision != "0123456789abcdef0123456789abcdef01234567" || !v.Modified || v.Time != "2026-12-01T12:00:00Z" {
		t.Errorf("version %+v", v)
	}
	// go build in a clone without VCS stamping, or go run.
	v = versionOf(&debug.BuildInfo{Main: debug.Module{Version: "(devel)"}})
	if s := v.String(); !strings.HasPrefix(s, "devel (extraction rules ") {
		t.Errorf("devel version line %q", s)
	}
	if v := versionOf(nil); v.Version != "devel" {
		t.Errorf("no build info: %+v", v)
	}
}
