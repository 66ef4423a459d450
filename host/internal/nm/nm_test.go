package nm

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

func frame(s string) []byte { return AppendFrame(nil, []byte(s)) }

func TestReadFrame(t *testing.T) {
	huge := binary.NativeEndian.AppendUint32(nil, 0xFFFFFFFF)
	tests := []struct {
		name    string
		in      []byte
		want    string
		wantErr error
	}{
		{"one frame", frame(`{"type":"hello"}`), `{"type":"hello"}`, nil},
		{"empty stream", nil, "", io.EOF},
		{"short header", []byte{3, 0}, "", ErrTruncated},
		{"short body", frame(`{"type":"hello"}`)[:10], "", ErrTruncated},
		{"header only", binary.NativeEndian.AppendUint32(nil, 5), "", ErrTruncated},
		{"4 GB prefix", huge, "", &FrameTooLargeError{}},
		{"one over the cap", binary.NativeEndian.AppendUint32(nil, 1025), "", &FrameTooLargeError{}},
		{"zero length", binary.NativeEndian.AppendUint32(nil, 0), "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadFrame(bytes.NewReader(tt.in), 1024, nil)
			var tooLarge *FrameTooLargeError
			switch {
			case tt.wantErr == nil && err != nil:
				t.Fatalf("error %v", err)
			case errors.As(tt.wantErr, &tooLarge):
				if !errors.As(err, &tooLarge) {
					t.Fatalf("error %v, want a FrameTooLargeError", err)
				}
			case tt.wantErr != nil && err != tt.wantErr:
				t.Fatalf("error %v, want %v", err, tt.wantErr)
			}
			if string(got) != tt.want {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestWriterRefusesLargeReplies(t *testing.T) {
	var out bytes.Buffer
	w := NewWriter(&out)
	if err := w.Write(bytes.Repeat([]byte("a"), MaxOutbound)); err != ErrReplyTooLarge {
		t.Fatalf("error %v, want ErrReplyTooLarge", err)
	}
	if out.Len() != 0 {
		t.Fatalf("wrote %d bytes of a refused reply", out.Len())
	}
	if err := w.Write([]byte(`{}`)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), frame(`{}`)) {
		t.Fatalf("wrote %q", out.Bytes())
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   Message
		syntax bool // *SyntaxError expected
		field  bool // *FieldError expected
	}{
		{name: "hello", in: `{"type":"hello","protocol":1,"extension":"1.2.3","req":"r1"}`,
			want: Message{Type: "hello", Protocol: 1, Extension: "1.2.3", Req: "r1"}},
		{name: "chunk with escapes", in: `{"type":"chunk","transfer":"t","seq":2,"data":"{\"a\":\"\u003Cb\u00e9\n\ud83d\ude00\"}"}`,
			want: Message{Type: "chunk", Transfer: "t", Seq: 2, Data: []byte("{\"a\":\"<bé\n😀\"}")}},
		{name: "lone surrogate", in: `{"type":"chunk","data":"a\ud800b"}`,
			want: Message{Type: "chunk", Data: []byte("a\uFFFDb")}},
		{name: "unknown fields skipped", in: ` {"x":[1,{"y":null},true,-0.5e3],"type":"status"} `, want: Message{Type: "status"}},
		{name: "policy kept raw", in: `{"type":"begin","site":"example.com","policy":{"a":[1]}}`,
			want: Message{Type: "begin", Site: "example.com", Policy: []byte(`{"a":[1]}`)}},
		{name: "bodies false", in: `{"type":"begin","bodies":false}`, want: Message{Type: "begin"}},
		{name: "bodies true", in: `{"type":"begin","bodies":true}`, want: Message{Type: "begin", Bodies: true}},
		{name: "bodies is a string", in: `{"type":"begin","bodies":"false"}`, field: true},
		{name: "bodies truex", in: `{"type":"begin","bodies":truex}`, syntax: true},
		{name: "review true", in: `{"type":"begin","review":true}`, want: Message{Type: "begin", Review: true}},
		{name: "review is a number", in: `{"type":"begin","review":1}`, field: true},
		{name: "findings offset", in: `{"type":"findings","transfer":"t","offset":400}`, want: Message{Type: "findings", Transfer: "t", Offset: 400}},
		{name: "save with terms", in: `{"type":"save","transfer":"t","extraTerms":["acme-corp-4711", "intranet.acme.local"]}`,
			want: Message{Type: "save", Transfer: "t", ExtraTerms: []string{"acme-corp-4711", "intranet.acme.local"}}},
		{name: "save with no terms", in: `{"type":"save","extraTerms":[ ]}`, want: Message{Type: "save"}},
		{name: "terms not strings", in: `{"type":"save","extraTerms":["a",1]}`, field: true},
		{name: "terms not an array", in: `{"type":"save","extraTerms":"a"}`, field: true},
		{name: "term too long", in: `{"type":"save","extraTerms":["` + strings.Repeat("x", MaxTermLen+1) + `"]}`, field: true},
		{name: "too many terms", in: `{"type":"save","extraTerms":[` + strings.Repeat(`"abcdefgh",`, MaxTerms) + `"abcdefgh"]}`, field: true},
		{name: "terms truncated", in: `{"type":"save","extraTerms":["a"`, syntax: true},
		{name: "array", in: `[1]`, syntax: true},
		{name: "not json", in: `hello`, syntax: true},
		{name: "empty", in: ``, syntax: true},
		{name: "trailing data", in: `{"type":"a"}{}`, syntax: true},
		{name: "truncated string", in: `{"type":"a`, syntax: true},
		{name: "bad escape", in: `{"type":"\x"}`, syntax: true},
		{name: "control char", in: "{\"type\":\"a\x01\"}", syntax: true},
		{name: "not utf-8", in: "{\"type\":\"\xff\"}", syntax: true},
		{name: "deep", in: `{"x":` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + `}`, syntax: true},
		{name: "seq is a string", in: `{"type":"chunk","seq":"1"}`, field: true},
		{name: "seq negative", in: `{"type":"chunk","seq":-1}`, field: true},
		{name: "seq fractional", in: `{"type":"chunk","seq":1.5}`, field: true},
		{name: "type is a number", in: `{"type":1}`, field: true},
		{name: "duplicate key", in: `{"type":"a","type":"b"}`, field: true},
		{name: "field error then syntax error", in: `{"type":1,"x":}`, syntax: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m Message
			err := Decode([]byte(tt.in), &m)
			var se *SyntaxError
			var fe *FieldError
			switch {
			case tt.syntax:
				if !errors.As(err, &se) {
					t.Fatalf("error %v, want a SyntaxError", err)
				}
				return
			case tt.field:
				if !errors.As(err, &fe) {
					t.Fatalf("error %v, want a FieldError", err)
				}
				return
			case err != nil:
				t.Fatal(err)
			}
			m.has = 0
			if m.Data == nil && tt.want.Data == nil {
				m.Data = nil
			}
			if string(m.Data) != string(tt.want.Data) || string(m.Policy) != string(tt.want.Policy) {
				t.Fatalf("data %q policy %q, want %q %q", m.Data, m.Policy, tt.want.Data, tt.want.Policy)
			}
			m.Data, m.Policy, tt.want.Data, tt.want.Policy = nil, nil, nil, nil
			if !reflect.DeepEqual(m, tt.want) {
				t.Fatalf("got %+v, want %+v", m, tt.want)
			}
		})
	}
}

func TestReplyAndTrim(t *testing.T) {
	msg, err := Reply("progress", "r\"1", struct {
		Seq int `json:"seq"`
	}{3})
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(msg, &got); err != nil {
		t.Fatal(err)
	}
	if got["type"] != "progress" || got["req"] != "r\"1" || got["seq"] != 3.0 {
		t.Fatalf("got %s", msg)
	}
	big, _ := Reply("done", "", map[string]any{"report": map[string]any{"counts": 1, "findings": strings.Repeat("x", 5000)}})
	trimmed, err := Trim(big, 1000, "report.findings")
	if err != nil {
		t.Fatal(err)
	}
	if len(trimmed) >= 1000 || !json.Valid(trimmed) || !strings.Contains(string(trimmed), `"trimmed":["report.findings"]`) {
		t.Fatalf("trimmed to %s", trimmed)
	}
	if _, err := Trim(big, 10, "report.findings"); err != ErrReplyTooLarge {
		t.Fatalf("error %v, want ErrReplyTooLarge", err)
	}
}

// referenceMessage is what json v2 (case-sensitive, strict about
// duplicate names, like Decode) makes of a frame, for comparison. Lone
// surrogates become U+FFFD in both.
type referenceMessage struct {
	Type      string         `json:"type"`
	Req       string         `json:"req"`
	Protocol  int64          `json:"protocol"`
	Extension string         `json:"extension"`
	Policy    jsontext.Value `json:"policy"`
	Site      string         `json:"site"`
	Size      int64          `json:"size"`
	Transfer  string         `json:"transfer"`
	Seq       int64          `json:"seq"`
	Data      string         `json:"data"`
	SHA256    string         `json:"sha256"`
	Bodies    *bool          `json:"bodies"`
}

// FuzzDecode feeds arbitrary byte streams through the frame reader and the
// message decoder: neither may panic, and every message the decoder accepts
// must mean the same to json v2.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		`{"type":"hello","protocol":1,"extension":"0.1.0","req":"a"}`,
		`{"type":"begin","site":"example.com","size":123,"policy":{"bodies":false}}`,
		`{"type":"chunk","transfer":"0193ab00-0000-7000-8000-000000000000","seq":0,"data":"{\"log\":{\"entries\":[]}}"}`,
		`{"type":"chunk","seq":1,"data":"\u003Cscript\u003E \ud83d\ude00 \ud800 \\ \/ \b\f\n\r\t"}`,
		`{"type":"end","transfer":"t","seq":2,"sha256":"00"}`,
		`{"type":"begin","site":"a","bodies":false}`,
		`{"type":"cancel","transfer":"t"}`,
		`{"type":"chunk","seq":"1"}`,
		`{"type":"a","type":"b"}`,
		`[{"type":1}]`,
		`{"x":[[[[{"y":-1.5E+3}]]]],"type":null}`,
		"{\"type\":\"\xff\"}",
		``,
	} {
		f.Add(frame(s))
	}
	f.Add(binary.NativeEndian.AppendUint32(nil, 0xFFFFFFFF))
	f.Add([]byte{10, 0, 0, 0, '{'})
	f.Fuzz(func(t *testing.T, stream []byte) {
		r := bytes.NewReader(stream)
		var m Message
		for {
			fr, err := ReadFrame(r, 1<<16, nil)
			if err != nil {
				return
			}
			err = Decode(fr, &m)
			var se *SyntaxError
			var fe *FieldError
			if err != nil && !errors.As(err, &se) && !errors.As(err, &fe) {
				t.Fatalf("Decode returned %T %v", err, err)
			}
			if err != nil {
				continue
			}
			var ref referenceMessage
			if jerr := jsonv2.Unmarshal(fr, &ref, jsontext.AllowInvalidUTF8(true)); jerr != nil {
				t.Fatalf("Decode accepted %q that json v2 rejects: %v", fr, jerr)
			}
			if ref.Type != m.Type || ref.Req != m.Req || ref.Protocol != m.Protocol ||
				ref.Extension != m.Extension || ref.Site != m.Site || ref.Size != m.Size ||
				ref.Transfer != m.Transfer || ref.Seq != m.Seq || ref.Data != string(m.Data) ||
				ref.SHA256 != m.SHA256 {
				t.Fatalf("Decode(%q) = %+v, json v2 says %+v", fr, m, ref)
			}
			if m.Has(FieldBodies) != (ref.Bodies != nil) || (ref.Bodies != nil && *ref.Bodies != m.Bodies) {
				t.Fatalf("bodies %v (given %v), json v2 says %v", m.Bodies, m.Has(FieldBodies), ref.Bodies)
			}
			if m.Has(FieldPolicy) && !bytes.Equal(ref.Policy, m.Policy) {
				t.Fatalf("policy %q, json v2 says %q", m.Policy, ref.Policy)
			}
		}
	})
}

func BenchmarkDecodeChunk(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.WriteString(`{"name":"Content-Type","value":"text/html"},{"text":"<p class=\"x\">héllo</p>\n","size":1234},`)
	}
	fr, _ := json.Marshal(map[string]any{"type": "chunk", "transfer": "t", "seq": 3, "data": sb.String()})
	b.SetBytes(int64(len(fr)))
	var m Message
	for b.Loop() {
		if err := Decode(fr, &m); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDecodeLimits: fields a reply echoes are refused, and not kept, above
// their limits.
func TestDecodeLimits(t *testing.T) {
	for _, tt := range []struct {
		frame string
		field string
	}{
		{`{"type":"status","req":"` + strings.Repeat("r", MaxIDLen+1) + `"}`, "req"},
		{`{"type":"` + strings.Repeat("t", MaxTypeLen+1) + `"}`, "type"},
		{`{"type":"cancel","transfer":"` + strings.Repeat("x", MaxIDLen+1) + `"}`, "transfer"},
		{`{"type":"end","transfer":"x","seq":1,"sha256":"` + strings.Repeat("0", MaxIDLen+1) + `"}`, "sha256"},
	} {
		var m Message
		err := Decode([]byte(tt.frame), &m)
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != tt.field || len(m.Req)+len(m.Transfer)+len(m.SHA256) > MaxIDLen || len(m.Type) > MaxTypeLen {
			t.Errorf("%.60s: error %v, message %+v", tt.frame, err, m)
		}
	}
	var m Message
	if err := Decode([]byte(`{"type":"status","req":"`+strings.Repeat("r", MaxIDLen)+`"}`), &m); err != nil || len(m.Req) != MaxIDLen {
		t.Errorf("a req of %d bytes: %v", MaxIDLen, err)
	}
}
