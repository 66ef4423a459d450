package nativehost

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/iotest"
)

// mapOpener serves bodies from a map; ids ending in "=b64" are base64.
func mapOpener(bodies map[string]string) stagedOpener {
	return func(id string) (io.Reader, bool, error) {
		b, ok := bodies[id]
		if !ok {
			return nil, false, fmt.Errorf("%w: body %q", errStagedMissing, id)
		}
		return strings.NewReader(b), strings.HasSuffix(id, "b64"), nil
	}
}

// splitReader returns its data in the sizes given, then the rest.
type splitReader struct {
	data  []byte
	sizes []int
}

func (r *splitReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	k := len(r.data)
	if len(r.sizes) > 0 {
		k = max(1, min(r.sizes[0], k))
		r.sizes = r.sizes[1:]
	}
	n := copy(p, r.data[:k])
	r.data = r.data[n:]
	return n, nil
}

func splice(t testing.TB, in string, sizes []int, bodies map[string]string) (string, error) {
	t.Helper()
	s := newSplicer(&splitReader{[]byte(in), sizes}, mapOpener(bodies))
	var out bytes.Buffer
	_, err := io.Copy(&out, iotest.OneByteReader(s))
	if err == nil {
		return out.String(), nil
	}
	if s.missing == nil && errors.Is(err, errStagedMissing) {
		t.Errorf("the splicer failed with %v but did not record it as missing", err)
	}
	return out.String(), err
}

func TestSplice(t *testing.T) {
	bodies := map[string]string{
		"b1":      "plain",
		"q":       `he said "hi" \ back` + "\n\t\r\x01\x1f",
		"u":       "Bücher café 😀 \u2028",
		"e":       "",
		"img-b64": "iVBORw0KGgo=",
	}
	for _, c := range []struct {
		name, in, want string
		missing        bool
	}{
		{"no reference", `{"a":"b"}`, `{"a":"b"}`, false},
		{"one", `{"content":{"size":5,"_safeharStaged":"b1"}}`, `{"content":{"size":5,"text":"plain"}}`, false},
		{"escaped", `{"_safeharStaged":"q"}`, `{"text":"he said \"hi\" \\ back\n\t\r\u0001\u001f"}`, false},
		{"utf-8", `{"_safeharStaged":"u"}`, `{"text":"Bücher café 😀 ` + "\u2028" + `"}`, false},
		{"empty body", `{"_safeharStaged":"e"}`, `{"text":""}`, false},
		{"base64", `{"mimeType":"image/png","_safeharStaged":"img-b64"}`, `{"mimeType":"image/png","text":"iVBORw0KGgo=","encoding":"base64"}`, false},
		{"two, the same body", `[{"_safeharStaged":"b1"},{"_safeharStaged":"b1"}]`, `[{"text":"plain"},{"text":"plain"}]`, false},
		// Page content can only hold the marker escaped: it passes through.
		{"escaped marker in a string", `{"text":"\"_safeharStaged\":\"b1\""}`, `{"text":"\"_safeharStaged\":\"b1\""}`, false},
		{"marker with spaces is not one", `{"_safeharStaged" : "b1"}`, `{"_safeharStaged" : "b1"}`, false},
		{"partial marker at the end", `{"a":"b"}"_safeharStag`, `{"a":"b"}"_safeharStag`, false},
		{"unknown id", `{"_safeharStaged":"nope"}`, ``, true},
		{"reference cut at the end", `{"_safeharStaged":"b1`, ``, true},
		{"id too long", `{"_safeharStaged":"` + strings.Repeat("a", maxStageID+1) + `"}`, ``, true},
	} {
		for _, sizes := range [][]int{nil, {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, {3, 7, 2, 19, 5}} {
			got, err := splice(t, c.in, sizes, bodies)
			if c.missing {
				if !errors.Is(err, errStagedMissing) {
					t.Errorf("%s (reads %v): err = %v, want staged missing", c.name, sizes, err)
				}
				if strings.Contains(got, "_safeharStaged\":\"nope") {
					t.Errorf("%s: the reference went through: %q", c.name, got)
				}
				continue
			}
			if err != nil || got != c.want {
				t.Errorf("%s (reads %v) = %q, %v; want %q", c.name, sizes, got, err, c.want)
			}
		}
	}
}

// A large body crosses the splicer's buffers.
func TestSpliceLarge(t *testing.T) {
	big := strings.Repeat(`x"\`+"\n", 3*spliceBuffer/4+17)
	in := strings.Repeat(`{"_safeharStaged":"big"},`, 3) + strings.Repeat("y", 2*spliceBuffer)
	want := strings.Repeat(`{"text":"`+strings.Repeat(`x\"\\\n`, 3*spliceBuffer/4+17)+`"},`, 3) + strings.Repeat("y", 2*spliceBuffer)
	s := newSplicer(strings.NewReader(in), mapOpener(map[string]string{"big": big}))
	got, err := io.ReadAll(s)
	if err != nil || string(got) != want {
		t.Fatalf("large splice: %d bytes, %v; want %d bytes", len(got), err, len(want))
	}
}

// FuzzSplice: for any bodies and any split of the input across reads, the
// output is the document with the bodies inlined, as encoding/json would
// write them.
func FuzzSplice(f *testing.F) {
	f.Add([]byte(`a"b\c`), []byte("\x00\x1f\u2028é"), uint64(1), uint8(3))
	f.Add([]byte(""), []byte(`"_safeharStaged":"b0"`), uint64(7), uint8(1))
	f.Add([]byte(strings.Repeat("z", 300)), []byte("😀"), uint64(42), uint8(17))
	f.Fuzz(func(t *testing.T, b0, b1 []byte, seed uint64, maxRead uint8) {
		bodies := map[string]string{"b0": strings.ToValidUTF8(string(b0), "\uFFFD"), "b1": strings.ToValidUTF8(string(b1), "\uFFFD")}
		rng := rand.New(rand.NewPCG(seed, seed>>1))
		// A document: entries with staged and inline contents, the inline
		// text holding the bodies (their marker escaped by encoding/json).
		type content struct {
			Text   *string `json:"text,omitempty"`
			Staged string  `json:"_safeharStaged,omitempty"`
		}
		var staged, inlined []content
		for i := 0; i < 1+rng.IntN(6); i++ {
			id := fmt.Sprintf("b%d", rng.IntN(2))
			body := bodies[id]
			if rng.IntN(3) == 0 {
				staged = append(staged, content{Text: &body})
			} else {
				staged = append(staged, content{Staged: id})
			}
			inlined = append(inlined, content{Text: &body})
		}
		in, _ := json.Marshal(staged)
		want, _ := json.Marshal(inlined)
		// encoding/json escapes <, >, & and U+2028/9; the splicer need not.
		var wantV, gotV any
		if err := json.Unmarshal(want, &wantV); err != nil {
			t.Fatal(err)
		}
		var sizes []int
		for range 64 {
			sizes = append(sizes, 1+rng.IntN(int(maxRead)+1))
		}
		got, err := splice(t, string(in), sizes, bodies)
		if err != nil {
			t.Fatalf("splice(%s): %v", in, err)
		}
		if err := json.Unmarshal([]byte(got), &gotV); err != nil {
			t.Fatalf("splice(%s) = %q, not JSON: %v", in, got, err)
		}
		if fmt.Sprint(gotV) != fmt.Sprint(wantV) {
			t.Fatalf("splice(%s) = %s, want %s", in, got, want)
		}
	})
}
