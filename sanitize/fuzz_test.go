package sanitize

import (
	"bytes"
	"encoding/json"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzSanitize checks, on any input: no panic; output only for valid JSON,
// and then valid JSON; byte identity outside redacted strings; idempotence.
func FuzzSanitize(f *testing.F) {
	in, _ := buildCorpus(f)
	f.Add(in)
	f.Add([]byte(`{"log":{"entries":[]}}`))
	f.Add([]byte(`{"log":{"entries":[{"request":{"headers":[{"name":"Cookie","value":"a=b"}]}}]}}`))
	f.Add([]byte("\xef\xbb\xbf{\"log\":{\"entries\":[{\"_x\":\"\\ud83d\\ude00\"}]}}"))
	for _, name := range []string{"mitmproxy__postdata.har", "mitmproxy__flows_websocket.har", "mitmproxy__chrome.har"} {
		if b, err := os.ReadFile(filepath.Join(sharedHARs, name)); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		var out bytes.Buffer
		s := New(nil, WithKey(testKey), WithMaxString(1<<20), WithMaxDepth(64))
		rep, err := s.Sanitize(&out, bytes.NewReader(in))
		body := bytes.TrimPrefix(in, []byte("\xef\xbb\xbf"))
		if err != nil {
			return
		}
		if !json.Valid(body) {
			t.Fatalf("accepted invalid JSON %.300q", in)
		}
		o := bytes.TrimPrefix(out.Bytes(), []byte("\xef\xbb\xbf"))
		if !json.Valid(o) {
			t.Fatalf("output is not valid JSON: %.300q", o)
		}
		checkSameOutsideRedactions(t, body, stripMarker(o))
		// With the echo pass, as the safehar command sanitizes.
		var spooled bytes.Buffer
		if _, err := s.SanitizeSpooled(&spooled, bytes.NewReader(in), &memSpool{}); err != nil {
			t.Fatalf("SanitizeSpooled failed where Sanitize did not: %v", err)
		}
		so := bytes.TrimPrefix(spooled.Bytes(), []byte("\xef\xbb\xbf"))
		if !json.Valid(so) {
			t.Fatalf("spooled output is not valid JSON: %.300q", so)
		}
		checkSameOutsideRedactions(t, body, stripMarker(so))
		var again bytes.Buffer
		if _, err := s.Sanitize(&again, bytes.NewReader(out.Bytes())); err != nil {
			t.Fatalf("re-sanitizing failed: %v", err)
		}
		if !bytes.Equal(again.Bytes(), out.Bytes()) {
			t.Fatalf("not idempotent (%d findings first): %.300q -> %.300q", rep.Redacted, out.Bytes(), again.Bytes())
		}
	})
}

// FuzzPlantedFormats puts fuzzed text around known secrets in several places of a
// HAR and checks that none of them survives.
func FuzzPlantedFormats(f *testing.F) {
	f.Add("", "")
	f.Add("password=", "&x=1")
	f.Add(`{"a":"`, `"}`)
	f.Add("--b\r\ncontent-disposition: form-data; name=\"x\"\r\n", "\r\n--b--")
	f.Add("<input name=\"SAMLResponse\" value=\"", "\">")
	f.Fuzz(func(t *testing.T, pre, post string) {
		secrets := []string{
			"ghp_0123456789abcdefghijklmnopqrstuvwxyzAB",
			"AKIAFUZZ1234567890AB",
			"xoxb-123456789012-fuzzfuzzfuzz",
			testJWT(`{"sub":"x","email":"fuzz@example.com"}`),
		}
		text := pre + "\n" + strings.Join(secrets, "\n") + "\n" + post
		doc := map[string]any{"log": map[string]any{"entries": []any{map[string]any{
			"request": map[string]any{
				"url":      "https://example.com/?q=" + pre + "&access_token=PLANTfuzzURL",
				"headers":  []any{hdr("Authorization", "Bearer PLANTfuzzHeader"), hdr("X-Note", text)},
				"postData": map[string]any{"mimeType": "text/plain", "text": text},
			},
			"response":           map[string]any{"content": map[string]any{"mimeType": "text/html", "text": text}},
			"_webSocketMessages": []any{map[string]any{"type": "send", "opcode": 1, "data": text}},
		}}}}
		in, err := json.Marshal(doc)
		if err != nil {
			return
		}
		out, _ := sanitizeBytes(t, in)
		views := decodedViews(out)
		for _, s := range append(secrets[:3], "PLANTfuzzURL", "PLANTfuzzHeader", testJWTSig) {
			if strings.Contains(views, s) {
				t.Fatalf("%q survived with pre=%q post=%q", s, pre, post)
			}
		}
	})
}

// checkSameOutsideRedactions compares two JSON documents token by token:
// everything but strings must be byte-identical (whitespace included), and
// a string may differ only by holding placeholders.
func checkSameOutsideRedactions(t *testing.T, in, out []byte) {
	t.Helper()
	sa, ta := splitStrings(in)
	sb, tb := splitStrings(out)
	if !bytes.Equal(sa, sb) {
		t.Fatalf("structure differs outside strings:\n in %.300q\nout %.300q", sa, sb)
	}
	if len(ta) != len(tb) {
		t.Fatalf("string count differs: %d vs %d", len(ta), len(tb))
	}
	for i := range ta {
		if !bytes.Equal(ta[i], tb[i]) && !strings.Contains(decodedViews([]byte(`"`+string(tb[i])+`"`)), placeholderPrefix) && !holdsPseudoIP(tb[i]) {
			t.Fatalf("string changed without a placeholder: %q -> %q", ta[i], tb[i])
		}
	}
}

// holdsPseudoIP reports whether s holds an address of the pseudonym ranges
// (personal.go): a personal IP replaced, keeping its shape.
func holdsPseudoIP(s []byte) bool {
	for _, f := range strings.FieldsFunc(string(s), func(r rune) bool { return !(r == '.' || r == ':' || isHex(byte(r))) }) {
		if a, err := netip.ParseAddr(f); err == nil && pseudoIP(a) {
			return true
		}
	}
	return false
}

// splitStrings returns the document with string contents removed, and the
// string contents (raw) in order.
func splitStrings(doc []byte) ([]byte, [][]byte) {
	var skel []byte
	var strs [][]byte
	for i := 0; i < len(doc); i++ {
		c := doc[i]
		skel = append(skel, c)
		if c != '"' {
			continue
		}
		j := i + 1
		for j < len(doc) && doc[j] != '"' {
			if doc[j] == '\\' {
				j++
			}
			j++
		}
		strs = append(strs, doc[i+1:j])
		skel = append(skel, '"')
		i = j
	}
	return skel, strs
}
