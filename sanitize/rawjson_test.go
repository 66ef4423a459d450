package sanitize

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/safehar/safehar/internal/hargen"
)

// bothPaths sanitizes in with the raw walk of JSON bodies and without it:
// the outputs and reports must be the same.
func bothPaths(t testing.TB, in []byte) (changed int) {
	t.Helper()
	run := func(raw bool) ([]byte, *Report, error) {
		noRawJSON = !raw
		defer func() { noRawJSON = false }()
		var out bytes.Buffer
		rep, err := New(nil, WithKey(testKey), WithExportID("x"), WithNow(func() time.Time { return time.Unix(1.8e9, 0) })).Sanitize(&out, bytes.NewReader(in))
		return out.Bytes(), rep, err
	}
	a, ra, ea := run(true)
	b, rb, eb := run(false)
	if (ea == nil) != (eb == nil) {
		t.Fatalf("raw walk error %v, decoding path error %v", ea, eb)
	}
	if ea != nil {
		return 0
	}
	if !bytes.Equal(a, b) {
		i := 0
		for i < len(a) && i < len(b) && a[i] == b[i] {
			i++
		}
		t.Fatalf("outputs differ at byte %d:\nraw walk: %.200q\ndecoding: %.200q", i, a[max(0, i-60):], b[max(0, i-60):])
	}
	if !reflect.DeepEqual(ra, rb) {
		t.Fatalf("reports differ:\nraw walk: %+v\ndecoding: %+v", ra, rb)
	}
	return ra.Redacted
}

// jsonHAR puts body in a HAR as a response body of the given type.
func jsonHAR(body, mime string) []byte {
	b, _ := json.Marshal(map[string]any{"log": map[string]any{"entries": []any{map[string]any{
		"response": map[string]any{"content": map[string]any{"mimeType": mime, "text": body}}}}}})
	return b
}

func TestRawJSONSameAsDecoding(t *testing.T) {
	pad := strings.Repeat(`{"id":"AbC123","n":12.5,"ok":true,"tags":["a","b"],"o":null}, `, 8)
	bodies := []string{
		`{"password":"hunter2hunter2","token":12345,"refresh_token":-7,"x":[` + pad + `1]}`,
		`{"data":[` + pad + `{"access_token":"ya29.a0AfH6SMBexampleexampleexample","url":"https://a.example/?code=abcdefgh12345678&state=x"}]}`,
		"{\n  \"session\": {\"a\": 1},\n  \"list\": [" + pad + "]\n}",
		`{"credentials":["a","b"],` + pad[:len(pad)-2] + `}`,
		`{"k\/ey":"v\/al ghp_0123456789abcdefghijklmnopqrstuvwxyzAB","pin":0,"cvv":"","note":"Bearer abcdefghijklmnop1234"}` + strings.Repeat(" ", 300),
		`{"a":"é \u00e9 \\ \"quoted\"","secret":"s3cr3t-value-1234"}` + strings.Repeat(" ", 300),
		`[` + pad + `{"embedded":"{\"password\":\"x1y2z3w4v5\"}"}]`,
		`{"bad": [1, 2,}` + pad,
		`{"trailing": 1} x` + pad,
		`   ` + pad,
		`{"jwt":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0IiwiZW1haWwiOiJhQGIuY29tIn0.c2lnbmF0dXJlc2lnbmF0dXJlc2ln","k":"v"}` + strings.Repeat(" ", 300),
		`{"api_key"  :  "AIzaSyA-exampleexampleexampleexample12", "nested": {"deeper": {"client_secret": "abc123def456ghi789"}}}` + pad,
	}
	// Bodies as they stand in the HAR, escaped: single escapes inside
	// values (\/ from some exporters, \t) are what the raw walk decodes.
	escaped := []string{
		`{\"k\/ey\":\"v\/al ghp_0123456789abcdefghijklmnopqrstuvwxyzAB\",\"u\":\"https:\/\/x.example\/?access_token=abcdefghijklmnop1234\"}`,
		`{\"pass\/word\":\"tab\there-s3cret\",\"n\":1,\"a\\\/b\":\"plain\"}`,
		`[\"Bearer\tabcdefghijklmnop1234\",\"x=1&token=abcdefghijkl12345678\"]`,
	}
	changed := 0
	for i, body := range escaped {
		body += strings.Repeat(" ", 300)
		t.Run(fmt.Sprintf("escaped %d", i), func(t *testing.T) {
			changed += bothPaths(t, []byte(`{"log":{"entries":[{"response":{"content":{"mimeType":"application/json","text":"`+body+`"}}}]}}`))
		})
	}
	for i, body := range bodies {
		for _, mime := range []string{"application/json", "text/plain", "application/x-www-form-urlencoded"} {
			t.Run(fmt.Sprintf("%d/%s", i, mime), func(t *testing.T) { changed += bothPaths(t, jsonHAR(body, mime)) })
		}
	}
	if changed < 20 {
		t.Fatalf("only %d redactions: the bodies do not exercise the secret paths", changed)
	}
}

func TestRawJSONSameOnCorpora(t *testing.T) {
	in, _ := buildCorpus(t)
	bothPaths(t, in)
	var gen bytes.Buffer
	if _, err := hargen.Write(&gen, hargen.Options{Size: 4 << 20, Seed: 9}); err != nil {
		t.Fatal(err)
	}
	if bothPaths(t, gen.Bytes()) == 0 {
		t.Fatal("nothing redacted in the generated HAR")
	}
	files, _ := filepath.Glob(filepath.Join(sharedHARs, "*.har"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(f), func(t *testing.T) { bothPaths(t, b) })
	}
}

// FuzzRawJSON: a JSON body gives the same output by either path. escaped
// puts the body in the HAR as it is (it is then the string's escaped
// content, and may well make the HAR invalid: both paths must agree on
// that too).
func FuzzRawJSON(f *testing.F) {
	f.Add(`{"password":"hunter2hunter2","n":[1,2,{"token":5}]}`, uint8(0), false)
	f.Add("{\n \"a\": \"b\",\n \"secret\": \"x y z 1 2 3\"\n}", uint8(1), false)
	f.Add(`{\"k\/ey\":\"v\/al\tghp_0123456789abcdefghijklmnopqrstuvwxyzAB\",\"token\":-1}`, uint8(2), true)
	f.Fuzz(func(t *testing.T, body string, padding uint8, escaped bool) {
		body += strings.Repeat(" ", 256+int(padding)) // a long string: the reader checks it
		if escaped {
			bothPaths(t, []byte(`{"log":{"entries":[{"response":{"content":{"mimeType":"application/json","text":"`+body+`"}}}]}}`))
			return
		}
		bothPaths(t, jsonHAR(body, "application/json"))
	})
}

// chunkReader returns at most n bytes per Read, so long strings are found
// across many refills of the reader's buffer.
type chunkReader struct {
	b []byte
	n int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.b) == 0 {
		return 0, io.EOF
	}
	k := copy(p[:min(len(p), r.n)], r.b)
	r.b = r.b[k:]
	return k, nil
}

// The reader's quote masks of each long string mark exactly its quotes,
// however the input arrives.
func TestQuoteBits(t *testing.T) {
	var doc bytes.Buffer
	doc.WriteString("[")
	rnd := rand.New(rand.NewPCG(7, 7))
	for k := 0; k < 40; k++ {
		if k > 0 {
			doc.WriteString(", ")
		}
		unit := `{\"a\":\"b\\\\\"c\", \"n\": [1, 2]}, `
		doc.WriteString(`"` + strings.Repeat(unit, 1+rnd.IntN(3000)) + unit[:[]int{0, 1, 3, 4, 6, 7}[rnd.IntN(6)]] + `"`)
	}
	doc.WriteString("]")
	for _, chunk := range []int{1 << 20, 4096, 1000, 77} {
		rd := newReader(&chunkReader{doc.Bytes(), chunk}, 1<<30)
		v, err := rd.captureValue(100)
		if err != nil {
			t.Fatal(err)
		}
		if len(rd.strs) < 30 {
			t.Fatalf("chunk %d: %d long strings", chunk, len(rd.strs))
		}
		for _, sp := range rd.strs {
			content := v[sp.start:sp.end]
			bm := rd.qbits[sp.qlo:sp.qhi]
			if want := (len(content) + 63) / 64; len(bm) != want && len(bm) != want+1 {
				t.Fatalf("chunk %d: %d mask words for %d bytes", chunk, len(bm), len(content))
			}
			for i := 0; i < len(bm)*64; i++ {
				marked := bm[i/64]&(1<<(i%64)) != 0
				if marked != (i < len(content) && content[i] == '"') {
					t.Fatalf("chunk %d: byte %d of a %d-byte string: marked %v", chunk, i, len(content), marked)
				}
			}
		}
	}
}
