package eval

import "testing"

func TestDocID(t *testing.T) {
	for _, c := range []struct{ id, want string }{
		{"testdata/articles/000_a8a9.txt", "000_a8a9"},
		{`C:\news\story.html`, "story"},
		{"feed.jsonl", "feed"},
		{"APW19980213.1310", "APW19980213.1310"},
		{"ABC19980108.1830.0711", "ABC19980108.1830.0711"},
		{"notes/v2.1.md", "v2.1"},
		{"stdin-3f2a", "stdin-3f2a"},
	} {
		if got := docID(c.id); got != c.want {
			t.Errorf("docID(%q) = %q, want %q", c.id, got, c.want)
		}
	}
}
