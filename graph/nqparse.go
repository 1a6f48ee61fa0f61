package graph

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
)

// ParseNQuad parses one line of W3C N-Quads (https://www.w3.org/TR/n-quads/)
// strictly: a subject that is an IRI or a blank node, a predicate that is an
// IRI, an object, an optional graph label that is an IRI or a blank node,
// then ".", an optional comment and nothing else. IRIs must be absolute and
// the line valid UTF-8; escapes are decoded. (Cayley's own reader is lenient:
// it takes literal subjects and predicates, relative IRIs and bare words, and
// turns invalid UTF-8 into U+FFFD, so that what it reads may not be RDF.) The
// error says what is wrong and at which byte column (from 1).
func ParseNQuad(line string) (quad.Quad, error) {
	if !utf8.ValidString(line) {
		i := 0
		for i < len(line) {
			r, n := utf8.DecodeRuneInString(line[i:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			i += n
		}
		return quad.Quad{}, fmt.Errorf("column %d: invalid UTF-8 (byte 0x%02x)", i+1, line[i])
	}
	p := nqParser{s: line}
	var q quad.Quad
	var err error
	if q.Subject, err = p.term("subject", true, true, false); err != nil {
		return quad.Quad{}, err
	}
	if q.Predicate, err = p.term("predicate", true, false, false); err != nil {
		return quad.Quad{}, err
	}
	if q.Object, err = p.term("object", true, true, true); err != nil {
		return quad.Quad{}, err
	}
	p.space()
	if p.more() && p.peek() != '.' {
		if q.Label, err = p.term("graph label", true, true, false); err != nil {
			return quad.Quad{}, err
		}
		p.space()
	}
	if !p.more() || p.peek() != '.' {
		return quad.Quad{}, p.errorf("expected \".\" to end the statement")
	}
	p.i++
	p.space()
	if p.more() && p.peek() != '#' && p.peek() != '\n' && p.peek() != '\r' {
		return quad.Quad{}, p.errorf("unexpected %q after the statement", p.peek())
	}
	return q, nil
}

type nqParser struct {
	s string
	i int // byte offset
}

func (p *nqParser) more() bool { return p.i < len(p.s) }
func (p *nqParser) peek() byte { return p.s[p.i] }

func (p *nqParser) space() {
	for p.more() && (p.peek() == ' ' || p.peek() == '\t') {
		p.i++
	}
}

func (p *nqParser) errorf(format string, args ...any) error {
	return fmt.Errorf("column %d: %s", p.i+1, fmt.Sprintf(format, args...))
}

// term reads one term of the kinds allowed in its position.
func (p *nqParser) term(what string, iri, bnode, literal bool) (quad.Value, error) {
	p.space()
	if !p.more() || p.peek() == '#' {
		return nil, p.errorf("missing %s", what)
	}
	start := p.i
	switch c := p.peek(); {
	case c == '<':
		v, err := p.iri()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		if !iri {
			return nil, fmt.Errorf("column %d: the %s is an IRI", start+1, what)
		}
		return v, nil
	case c == '_':
		v, err := p.bnode()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		if !bnode {
			return nil, fmt.Errorf("column %d: the %s is a blank node (%s); it must be an IRI", start+1, what, v)
		}
		return v, nil
	case c == '"':
		v, err := p.literal()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		if !literal {
			must := "an IRI or a blank node"
			if !bnode {
				must = "an IRI"
			}
			return nil, fmt.Errorf("column %d: the %s is a literal (%s); it must be %s", start+1, what, v, must)
		}
		return v, nil
	}
	return nil, p.errorf("%s: expected <IRI>, _:blank or \"literal\", got %q", what, p.word())
}

// word is the text from the current position to the next space, for errors.
func (p *nqParser) word() string {
	end := p.i
	for end < len(p.s) && p.s[end] != ' ' && p.s[end] != '\t' && end-p.i < 40 {
		end++
	}
	return p.s[p.i:end]
}

// iri reads IRIREF: '<' ([^#x00-#x20<>"{}|^`\] | UCHAR)* '>', absolute.
func (p *nqParser) iri() (quad.IRI, error) {
	start := p.i
	p.i++ // '<'
	var b strings.Builder
	for {
		if !p.more() {
			return "", fmt.Errorf("column %d: IRI not closed with \">\"", start+1)
		}
		c := p.peek()
		switch {
		case c == '>':
			p.i++
			iri := b.String()
			if !absoluteIRI(iri) {
				return "", fmt.Errorf("column %d: IRI <%s> is relative: an IRI must start with a scheme (https:, urn:, …)", start+1, iri)
			}
			return quad.IRI(iri), nil
		case c == '\\':
			r, err := p.uchar("an IRI")
			if err != nil {
				return "", err
			}
			if r <= ' ' || strings.ContainsRune("<>\"{}|^`\\", r) {
				return "", fmt.Errorf("column %d: IRI holds %q, which an IRI may not contain", start+1, r)
			}
			b.WriteRune(r)
		case c <= ' ' || strings.IndexByte("<\"{}|^`", c) >= 0:
			return "", p.errorf("IRI holds %q, which an IRI may not contain", c)
		default:
			b.WriteByte(c)
			p.i++
		}
	}
}

// absoluteIRI reports whether s starts with a scheme: ALPHA *( ALPHA /
// DIGIT / "+" / "-" / "." ) ":".
func absoluteIRI(s string) bool {
	colon := strings.IndexByte(s, ':')
	if colon < 1 {
		return false
	}
	for i := 0; i < colon; i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		default:
			return false
		}
	}
	return true
}

// uchar reads \uXXXX or \UXXXXXXXX at the current position, in an IRI
// or a literal (where).
func (p *nqParser) uchar(where string) (rune, error) {
	start := p.i
	if p.i+1 >= len(p.s) || (p.s[p.i+1] != 'u' && p.s[p.i+1] != 'U') {
		return 0, fmt.Errorf("column %d: invalid escape in %s", start+1, where)
	}
	n := 4
	if p.s[p.i+1] == 'U' {
		n = 8
	}
	if p.i+2+n > len(p.s) {
		return 0, fmt.Errorf("column %d: truncated \\%c escape", start+1, p.s[p.i+1])
	}
	hex := p.s[p.i+2 : p.i+2+n]
	v, err := strconv.ParseUint(hex, 16, 32)
	if err != nil || strings.ContainsAny(hex, "+-") {
		return 0, fmt.Errorf("column %d: invalid \\%c escape %q", start+1, p.s[p.i+1], hex)
	}
	r := rune(v)
	if !utf8.ValidRune(r) {
		return 0, fmt.Errorf("column %d: escape \\%c%s is not a Unicode character", start+1, p.s[p.i+1], hex)
	}
	p.i += 2 + n
	return r, nil
}

// bnode reads BLANK_NODE_LABEL: '_:' (PN_CHARS_U | [0-9]) ((PN_CHARS | '.')* PN_CHARS)?
func (p *nqParser) bnode() (quad.BNode, error) {
	start := p.i
	if !strings.HasPrefix(p.s[p.i:], "_:") {
		return "", p.errorf("expected \"_:\" to start a blank node")
	}
	p.i += 2
	first := true
	labelStart := p.i
	for p.more() {
		r, n := utf8.DecodeRuneInString(p.s[p.i:])
		ok := pnCharsU(r) || r >= '0' && r <= '9'
		if !first {
			ok = pnChars(r) || r == '.'
		}
		if !ok {
			break
		}
		first = false
		p.i += n
	}
	// A label may not end with '.': it is the statement's end.
	for p.i > labelStart && p.s[p.i-1] == '.' {
		p.i--
	}
	if p.i == labelStart {
		return "", fmt.Errorf("column %d: empty or invalid blank node label", start+1)
	}
	return quad.BNode(p.s[labelStart:p.i]), nil
}

func pnCharsBase(r rune) bool {
	switch {
	case r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z',
		r >= 0xC0 && r <= 0xD6, r >= 0xD8 && r <= 0xF6, r >= 0xF8 && r <= 0x2FF,
		r >= 0x370 && r <= 0x37D, r >= 0x37F && r <= 0x1FFF, r >= 0x200C && r <= 0x200D,
		r >= 0x2070 && r <= 0x218F, r >= 0x2C00 && r <= 0x2FEF, r >= 0x3001 && r <= 0xD7FF,
		r >= 0xF900 && r <= 0xFDCF, r >= 0xFDF0 && r <= 0xFFFD, r >= 0x10000 && r <= 0xEFFFF:
		return true
	}
	return false
}

func pnCharsU(r rune) bool { return pnCharsBase(r) || r == '_' || r == ':' }

func pnChars(r rune) bool {
	return pnCharsU(r) || r == '-' || r >= '0' && r <= '9' || r == 0xB7 ||
		r >= 0x300 && r <= 0x36F || r >= 0x203F && r <= 0x2040
}

// literal reads STRING_LITERAL_QUOTE ('^^' IRIREF | LANGTAG)?.
func (p *nqParser) literal() (quad.Value, error) {
	start := p.i
	p.i++ // '"'
	var b strings.Builder
	closed := false
	for p.more() && !closed {
		c := p.peek()
		switch c {
		case '"':
			p.i++
			closed = true
		case '\n', '\r':
			return nil, p.errorf("line break inside a literal (write \\n)")
		case '\\':
			if p.i+1 >= len(p.s) {
				return nil, p.errorf("truncated escape")
			}
			if e := strings.IndexByte("tbnrf\"'\\", p.s[p.i+1]); e >= 0 {
				b.WriteByte("\t\b\n\r\f\"'\\"[e])
				p.i += 2
				continue
			}
			r, err := p.uchar("a literal")
			if err != nil {
				return nil, err
			}
			b.WriteRune(r)
		default:
			b.WriteByte(c)
			p.i++
		}
	}
	if !closed {
		return nil, fmt.Errorf("column %d: literal not closed with '\"'", start+1)
	}
	text := quad.String(b.String())
	switch {
	case strings.HasPrefix(p.s[p.i:], "^^"):
		p.i += 2
		if !p.more() || p.peek() != '<' {
			return nil, p.errorf("expected <datatype IRI> after ^^")
		}
		t, err := p.iri()
		if err != nil {
			return nil, fmt.Errorf("datatype: %w", err)
		}
		return quad.TypedString{Value: text, Type: t}, nil
	case p.more() && p.peek() == '@':
		p.i++
		tagStart := p.i
		for p.more() && isAlpha(p.peek()) {
			p.i++
		}
		if p.i == tagStart {
			return nil, p.errorf("empty language tag")
		}
		for p.more() && p.peek() == '-' {
			p.i++
			sub := p.i
			for p.more() && (isAlpha(p.peek()) || p.peek() >= '0' && p.peek() <= '9') {
				p.i++
			}
			if p.i == sub {
				return nil, p.errorf("empty language subtag")
			}
		}
		return quad.LangString{Value: text, Lang: p.s[tagStart:p.i]}, nil
	}
	return text, nil
}

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
