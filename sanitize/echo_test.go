package sanitize

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"math/rand/v2"
	"net/url"
	"strings"
	"testing"
)

// echoDoc is a HAR whose first entry holds text (a response body of type
// mime) and whose second entry names v as a session cookie: the first pass
// meets v in the first entry before it knows it.
func echoDoc(t *testing.T, mime, text, v string) []byte {
	t.Helper()
	entry := func(url, mime, text string, cookies []any) map[string]any {
		return map[string]any{"startedDateTime": "2026-12-01T10:00:00Z",
			"request": map[string]any{"method": "GET", "url": url, "headers": []any{}, "cookies": cookies},
			"response": map[string]any{"status": 200, "headers": []any{}, "cookies": []any{},
				"content": map[string]any{"mimeType": mime, "text": text}}}
	}
	doc := map[string]any{"log": map[string]any{"version": "1.2", "entries": []any{
		entry("https://app.example.com/a", mime, text, []any{}),
		entry("https://app.example.com/b", "text/plain", "ok", []any{map[string]any{"name": "sid", "value": v}})}}}
	in, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// TestEchoPass: a secret the first pass learns late is replaced where it
// appeared earlier, in each form the echo pass looks for, and the
// marker's counts include what the echo pass replaced.
func TestEchoPass(t *testing.T) {
	const v = "alphabravocharliedeltaecho42"  // no shape or format gives it away
	const short = "a8Fk2Lp9"                  // as long as a remembered value gets
	const w = "alpha/bravo~charlie=deltaecho" // "/" and "=" have encodings
	cases := []struct {
		name, mime, text string
		gone             []string // must not survive
		kept             []string // must survive
		cookie           string   // the cookie value, v when empty
	}{
		{"json id", "application/json", `{"id":"` + v + `","n":1}`, []string{v}, []string{`"n":1`}, ""},
		{"url path", "text/html", `<a href="/activate/` + v + `/done">go</a>`, []string{v}, []string{"/activate/", "/done"}, ""},
		{"query value", "text/html", `<img src="/p?w0=` + v + `&w=1">`, []string{v}, []string{"&w=1"}, ""},
		{"prose token", "text/plain", "session " + v + " opened", []string{v}, []string{"session ", " opened"}, ""},
		{"escaped slashes", "application/json", `{"u":"see ` + w + `"}`, []string{`alpha\\/bravo`}, []string{"see "}, w},
		{"percent form", "text/html", `<a href="/r?t=` + url.QueryEscape(w) + `&x=1">`, []string{url.QueryEscape(w)}, []string{"&x=1"}, w},
		{"base64 form", "text/plain", "blob " + base64.StdEncoding.EncodeToString([]byte(v)) + " end", []string{base64.StdEncoding.EncodeToString([]byte(v))}, nil, ""},
		{"nested json", "application/json", `{"state":"{\"sid\":\"x\",\"copy\":\"` + v + `\"}"}`, []string{v}, []string{`copy`}, ""},
		{"dotted part", "text/plain", "file build." + v + ".tar", []string{v}, []string{"file build.", ".tar"}, ""},
		{"a phrase in a message", "application/json", `{"message":"'Apricot Ledger 1999' must not contain spaces"}`, []string{"Apricot Ledger 1999"}, []string{"must not contain spaces"}, "Apricot Ledger 1999"},
		{"inside a longer token", "text/plain", "x" + v + "y", nil, []string{"x" + v + "y"}, ""},
		{"a short password in prose", "application/json", `{"Message":"login Raptor26~pixel","n":2}`, []string{"Raptor26~pixel"}, []string{"login ", `"n":2`}, "Raptor26~pixel"},
		{"a short word in prose stays", "application/json", `{"Message":"deploy alphabravo now"}`, nil, []string{"alphabravo"}, "alphabravo"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cookie := c.cookie
			if cookie == "" {
				cookie = v
			}
			in := echoDoc(t, c.mime, c.text, cookie)
			if c.name == "escaped slashes" {
				// As exporters that escape '/' write it.
				in = bytes.ReplaceAll(in, []byte("/bravo"), []byte(`\/bravo`))
			}
			out, rep := sanitizeTwice(t, in)
			if !json.Valid(out) {
				t.Fatalf("output is not JSON:\n%s", out)
			}
			var doc struct {
				Log struct {
					Entries []struct {
						Response struct {
							Content struct{ Text string }
						}
					}
					Marker struct {
						Redacted int            `json:"redacted"`
						Counts   map[string]int `json:"counts"`
					} `json:"_safehar"`
				}
			}
			if err := json.Unmarshal(out, &doc); err != nil {
				t.Fatal(err)
			}
			text := doc.Log.Entries[0].Response.Content.Text
			for _, g := range c.gone {
				if strings.Contains(text, g) || bytes.Contains(out, []byte(g)) {
					t.Errorf("%q survived in %q", g, text)
				}
			}
			for _, k := range c.kept {
				if !strings.Contains(text, k) {
					t.Errorf("%q lost from %q", k, text)
				}
			}
			if doc.Log.Marker.Redacted != rep.Redacted {
				t.Errorf("marker says %d redacted, the report %d", doc.Log.Marker.Redacted, rep.Redacted)
			}
			for k, n := range rep.Counts {
				if doc.Log.Marker.Counts[string(k)] != n {
					t.Errorf("marker counts %s=%d, report %d", k, doc.Log.Marker.Counts[string(k)], n)
				}
			}
			if len(c.gone) > 0 {
				var echo *Finding
				for i, f := range rep.Findings {
					if f.Rule == "known.echo" && f.Entry == 0 {
						echo = &rep.Findings[i]
					}
				}
				if echo == nil {
					t.Fatalf("no known.echo finding in entry 0: %+v", rep.Findings)
				}
				if echo.Path != "/log/entries/0" {
					t.Errorf("echo path %q", echo.Path)
				}
				if rep.Findings[0].Entry != 0 {
					t.Errorf("findings not in entry order: %+v", rep.Findings)
				}
			}
			// Idempotent: the output sanitizes to itself.
			again, _ := sanitizeTwice(t, out)
			if !bytes.Equal(stripMarkerTime(again), stripMarkerTime(out)) {
				t.Errorf("not idempotent:\n%s\n%s", out, again)
			}
		})
	}
	// A value as short as a remembered one is replaced whole, not as a
	// word of prose.
	in := echoDoc(t, "application/json", `{"a":"`+short+`","b":"the `+short+` word"}`, short)
	out, _ := sanitizeTwice(t, in)
	if bytes.Count(out, []byte(short)) != 1 {
		t.Errorf("a short known value: want only the prose one kept:\n%s", out)
	}
}

// stripMarkerTime blanks the marker's time.
func stripMarkerTime(b []byte) []byte {
	i := bytes.Index(b, []byte(`"sanitizedAt":"`))
	if i < 0 {
		return b
	}
	j := bytes.IndexByte(b[i+15:], '"')
	return append(append([]byte(nil), b[:i]...), b[i+15+j:]...)
}

// TestEchoSegments: the echo pass gives the same output whatever the
// size of the segments it splits the spool into (cuts between values,
// tokens and strings on either side) and however many workers find their
// echoes.
func TestEchoSegments(t *testing.T) {
	const v = "Zx81LmQp0Rt6Vw3Yk5Nh2Bc7"
	text := strings.Repeat(`<p class="x">`+v+` \u0022 \/`+v+`</p>`, 50)
	var entries []json.RawMessage
	for range 20 {
		entries = append(entries, harEntries(t, echoDoc(t, "text/html", text, v))...)
	}
	in := harOf(entries)
	want := runJobs(t, in, 1)
	if bytes.Contains(want.spooled, []byte(v)) {
		t.Fatal("the secret survives the echo pass")
	}
	defer func(n int64) { echoSegment = n }(echoSegment)
	for _, n := range []int64{1, 2, 64, 1000, 4096} {
		echoSegment = n
		for _, jobs := range []int{1, 3} {
			got := runJobs(t, in, jobs)
			if len(strings.Fields(strings.Trim(got.cuts, "[]"))) < len(entries)/2 {
				t.Errorf("segments of %d bytes: only the cuts %s", n, got.cuts)
			}
			if !bytes.Equal(got.spooled, want.spooled) || got.spooledRep != want.spooledRep {
				t.Errorf("segments of %d bytes, %d jobs: another output or report", n, jobs)
			}
		}
	}
}

// TestMaskedStringEnd checks the mask reading of a string's end against the
// byte loop on random JSON-like text: quotes, backslashes and block edges.
func TestMaskedStringEnd(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	alphabet := []byte(`ab"\ x/`)
	for range 3000 {
		b := make([]byte, 1+rng.IntN(300))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		nb := (len(b) + 63) / 64
		m := make([]classMasks, nb+1)
		classBlocks(b, echoTables, m)
		if r := len(b) % 64; r > 0 {
			var pad [64]byte
			copy(pad[:], b[len(b)-r:])
			classBlocks(pad[:], echoTables, m[nb-1:nb])
		}
		for i := range b {
			for _, limit := range []int{1, 8, 63, 64, 65, 200} {
				want := max(shortStringEnd(b, i, limit), -1)
				if got := maskedStringEnd(m, b, i, limit); got != want {
					t.Fatalf("%q at %d limit %d: %d, want %d", b, i, limit, got, want)
				}
			}
		}
	}
}
