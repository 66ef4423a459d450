package sanitize

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

// deepReader yields {"log":{"entries":[ followed by n '[' without end,
// without holding them in memory.
type repeatReader struct {
	prefix []byte
	b      byte
	n      int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if len(r.prefix) > 0 {
		n := copy(p, r.prefix)
		r.prefix = r.prefix[n:]
		return n, nil
	}
	if r.n == 0 {
		return 0, io.EOF
	}
	n := min(len(p), r.n)
	for i := range p[:n] {
		p[i] = r.b
	}
	r.n -= n
	return n, nil
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name string
		in   io.Reader
		want error
		msg  string
	}{
		{"empty", strings.NewReader(""), ErrEmpty, "empty"},
		{"whitespace", strings.NewReader("  \n"), ErrEmpty, "whitespace"},
		{"malformed", strings.NewReader(`{"log": {"entries": [}`), ErrSyntax, "not valid JSON"},
		{"truncated", strings.NewReader(`{"log": {"entries": [{"request": {"url": "https://a`), ErrSyntax, "truncated"},
		{"truncated between entries", strings.NewReader(`{"log": {"entries": [{}, `), ErrSyntax, "truncated"},
		{"not a HAR: array", strings.NewReader(`[1,2,3]`), ErrNotHAR, "not a HAR"},
		{"not a HAR: object", strings.NewReader(`{"name": "package.json"}`), ErrNotHAR, "not a HAR"},
		{"not a HAR: no entries", strings.NewReader(`{"log": {"version": "1.2"}}`), ErrNotHAR, "not a HAR"},
		{"invalid UTF-8", strings.NewReader("{\"log\": {\"entries\": [{\"x\": \"\xff\xfe\"}]}}"), ErrSyntax, "UTF-8"},
		{"lone surrogate", strings.NewReader(`{"log": {"entries": [{"x": "\ud800"}]}}`), ErrSyntax, "surrogate"},
		{"control character", strings.NewReader("{\"log\": {\"entries\": [{\"x\": \"a\x01b\"}]}}"), ErrSyntax, "control"},
		// Keys of the root and log objects are copied through, so they are
		// checked like every other string.
		{"bad escape in a root key", strings.NewReader(`{"lo\g": 1, "log": {"entries": []}}`), ErrSyntax, "escape"},
		{"bad escape in a log key", strings.NewReader(`{"log": {"a\qb": 1, "entries": []}}`), ErrSyntax, "escape"},
		{"control character in a log key", strings.NewReader("{\"log\": {\"a\x01\": 1, \"entries\": []}}"), ErrSyntax, "control"},
		{"invalid UTF-8 in a root key", strings.NewReader("{\"\xff\": 1, \"log\": {\"entries\": []}}"), ErrSyntax, "UTF-8"},
		{"lone surrogate in a log key", strings.NewReader(`{"log": {"\udc00": 1, "entries": []}}`), ErrSyntax, "surrogate"},
		{"trailing garbage", strings.NewReader(`{"log": {"entries": []}} x`), ErrSyntax, "after the end"},
		{"100 MB string", &repeatReader{prefix: []byte(`{"log": {"entries": [{"response": {"content": {"text": "`), b: 'a', n: 100 << 20}, ErrTooLarge, "MiB limit"},
		{"nesting 100,000 deep", &repeatReader{prefix: []byte(`{"log": {"entries": [`), b: '[', n: 100000}, ErrTooLarge, "nests deeper"},
		{"nesting 100,000 deep outside entries", &repeatReader{prefix: []byte(`{"log": {"x": `), b: '{', n: 100000}, ErrTooLarge, "nests deeper"},
		// Long strings are checked by the reader's block scanner, each kind
		// of flaw deep inside a body, and in a header value.
		{"long: invalid UTF-8", longBody("\xc3("), ErrSyntax, "UTF-8"},
		{"long: lone surrogate", longBody(`\ud83d x`), ErrSyntax, "surrogate"},
		{"long: low surrogate first", longBody(`\ude00\ud83d`), ErrSyntax, "surrogate"},
		{"long: bad escape", longBody(`\x41`), ErrSyntax, "escape"},
		{"long: control character", longBody("\x1f"), ErrSyntax, "control"},
		{"long: in a header", strings.NewReader(`{"log": {"entries": [{"request": {"headers": [{"name": "X", "value": "` + strings.Repeat("v", 500) + "\x01" + `"}]}}]}}`), ErrSyntax, "control"},
		{"bad number", strings.NewReader(`{"log": {"entries": [{"time": 01}]}}`), ErrSyntax, "not valid JSON"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			_, err := New(nil, WithKey(testKey), WithMaxString(32<<20)).Sanitize(&out, tc.in)
			if err == nil {
				t.Fatal("no error")
			}
			if !errors.Is(err, tc.want) {
				t.Errorf("error %v is not %v", err, tc.want)
			}
			if !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("error %q does not say %q", err, tc.msg)
			}
			if strings.Count(err.Error(), "\n") > 0 {
				t.Errorf("error is more than one line: %q", err)
			}
		})
	}
}

func TestShortKeyRefused(t *testing.T) {
	_, err := New(nil, WithKey([]byte("short"))).Sanitize(io.Discard, strings.NewReader(`{"log":{"entries":[]}}`))
	if !errors.Is(err, ErrKey) {
		t.Fatalf("err = %v", err)
	}
}

// A document with no secrets comes out byte for byte, plus the marker.
func TestCleanDocumentUnchanged(t *testing.T) {
	in := "\xef\xbb\xbf{\n \"log\" : {\"version\":\"1.1\", \"entries\" : [ {\"request\":{\"url\":\"https://example.com/a?b=c&d=\\u0065\"},\"_x\":[1, 2.5e3, true, null, \"caf\\u00e9 \\/ ok\"]} ]\t}\n}\n"
	out, rep := sanitizeBytes(t, []byte(in))
	if rep.Redacted != 0 {
		t.Fatalf("redacted %v", rep.Findings)
	}
	got := string(stripMarker(out))
	want := in
	if got != want {
		t.Errorf("output differs:\n got %q\nwant %q", got, want)
	}
}

// longBody is a HAR whose response body holds flaw after 700 bytes of
// script with escapes.
func longBody(flaw string) io.Reader {
	text := strings.Repeat(`var a=\"x\";\n`, 50) + flaw + strings.Repeat("y", 300)
	return strings.NewReader(`{"log": {"entries": [{"response": {"content": {"mimeType": "text/javascript", "text": "` + text + `"}}}]}}`)
}
