// Package hargen writes synthetic, body-heavy HAR files of a chosen size
// for benchmarks and load tests: realistic headers (cookies, bearer
// tokens), and bodies of JavaScript, HTML, JSON (with tokens), CSS and
// base64 images. Output is deterministic for a given seed.
package hargen

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
)

// Options shape the generated file.
type Options struct {
	Size    int64  // approximate total size in bytes
	Seed    uint64 // PRNG seed
	MaxBody int    // largest body in bytes (default 512 KiB)
	Entries int    // if > 0, exactly this many entries (Size then bounds bodies)
}

// Write writes a HAR of about o.Size bytes to w and returns the number of
// entries.
func Write(w io.Writer, o Options) (int, error) {
	if o.MaxBody <= 0 {
		o.MaxBody = 512 << 10
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	r := rand.New(rand.NewPCG(o.Seed, 0x5afe4a2))
	g := &gen{r: r}
	fmt.Fprint(bw, `{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"pages":[{"startedDateTime":"2026-11-22T10:00:00.000Z","id":"page_1","title":"https://app.example.com/","pageTimings":{"onContentLoad":120,"onLoad":340}}],"entries":[`)
	var written int64
	n := 0
	for {
		if o.Entries > 0 && n >= o.Entries {
			break
		}
		if o.Entries <= 0 && written >= o.Size {
			break
		}
		if n > 0 {
			bw.WriteByte(',')
		}
		maxBody := o.MaxBody
		if o.Entries > 0 {
			maxBody = int(min(int64(o.MaxBody), 2*o.Size/int64(o.Entries)))
		}
		// As browsers write it (JSON.stringify): < > & stay as they are.
		var eb bytes.Buffer
		enc := json.NewEncoder(&eb)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(g.entry(n, maxBody)); err != nil {
			return n, err
		}
		b := bytes.TrimSuffix(eb.Bytes(), []byte("\n"))
		bw.Write(b)
		written += int64(len(b)) + 1
		n++
	}
	fmt.Fprint(bw, `]}}`+"\n")
	return n, bw.Flush()
}

type gen struct {
	r *rand.Rand
}

const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

func (g *gen) token(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alnum[g.r.IntN(len(alnum))]
	}
	return string(b)
}

var words = strings.Fields(`the of and to in is you that it he was for on are as with his they at be this have from or one had by word but not what all were we when your can said there use an each which she do how their if will up other about out many then them these so some her would make like him into time has look two more write go see number no way could people my than first water been call who oil its now find long down day did get come made may part user account settings dashboard order invoice payment customer product search results loading error retry cancel`)

func (g *gen) words(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[g.r.IntN(len(words))])
	}
	return b.String()
}

func (g *gen) js(size int) string {
	var b strings.Builder
	for b.Len() < size {
		name := g.token(6)
		fmt.Fprintf(&b, `function %s(e,t){var n=e.%s||{};if(t&&n.key==="%s"){return n.value}for(var r=0;r<t.length;r++){n[t[r]]=e[r]}return fetch("/api/v1/%s?page="+r+"&sort=desc").then(function(o){return o.json()})};`,
			name, g.token(4), g.token(5), strings.ToLower(g.token(8)))
		fmt.Fprintf(&b, `var %s={"label":"%s","enabled":!0,"count":%d};`, g.token(3), g.words(6), g.r.IntN(1000))
	}
	return b.String()
}

func (g *gen) html(size int) string {
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="csrf-token" content="` + g.token(40) + `"><title>Dashboard – café ünïcödé</title></head><body>`)
	for b.Len() < size {
		fmt.Fprintf(&b, `<div class="row item-%d"><a href="/items/%d?ref=nav&amp;utm_source=app">%s</a><p>%s — “naïve” façade</p></div>`+"\n",
			g.r.IntN(100), g.r.IntN(100000), g.words(4), g.words(20))
	}
	b.WriteString(`</body></html>`)
	return b.String()
}

func (g *gen) jsonBody(size int) string {
	var b strings.Builder
	b.WriteString(`{"data":[`)
	for i := 0; b.Len() < size; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"id":"%s","type":"order","attributes":{"title":"%s","amount":%d.%02d,"currency":"EUR","created_at":"2026-11-22T10:%02d:00Z","tags":["a","b","c"],"owner":{"id":%d,"display":"%s"}}}`,
			g.token(12), g.words(5), g.r.IntN(10000), g.r.IntN(100), g.r.IntN(60), g.r.IntN(100000), g.words(2))
	}
	fmt.Fprintf(&b, `],"meta":{"next_page_token":"%s","request_id":"%s"}}`, g.token(24), g.token(32))
	return b.String()
}

func (g *gen) css(size int) string {
	var b strings.Builder
	for b.Len() < size {
		fmt.Fprintf(&b, ".c-%s{display:flex;margin:0 %dpx;color:#%06x;background:url(/img/%s.png)}\n", g.token(5), g.r.IntN(40), g.r.IntN(1<<24), g.token(8))
	}
	return b.String()
}

func (g *gen) image(size int) string {
	raw := make([]byte, size*3/4)
	for i := range raw {
		raw[i] = byte(g.r.Uint32())
	}
	copy(raw, "\x89PNG\r\n\x1a\n")
	return base64.StdEncoding.EncodeToString(raw)
}

func hdr(name, value string) map[string]any { return map[string]any{"name": name, "value": value} }

func (g *gen) entry(n, maxBody int) map[string]any {
	size := 1024 + g.r.IntN(max(1, maxBody-1024))
	var mime, text, encoding string
	switch k := g.r.IntN(20); {
	case k < 7:
		mime, text = "application/javascript", g.js(size)
	case k < 11:
		mime, text = "text/html; charset=utf-8", g.html(size)
	case k < 15:
		mime, text = "application/json", g.jsonBody(size)
	case k < 17:
		mime, text = "text/css", g.css(size)
	default:
		mime, text, encoding = "image/png", g.image(size), "base64"
	}
	path := fmt.Sprintf("/api/v1/%s/%d", strings.ToLower(g.token(6)), n)
	content := map[string]any{"size": len(text), "mimeType": mime, "text": text}
	if encoding != "" {
		content["encoding"] = encoding
	}
	req := map[string]any{
		"method": "GET", "url": "https://app.example.com" + path + "?page=2&_=" + fmt.Sprint(1700000000000+n), "httpVersion": "h2",
		"headers": []any{
			hdr(":authority", "app.example.com"), hdr(":method", "GET"), hdr(":path", path),
			hdr("accept", "application/json, text/plain, */*"), hdr("accept-language", "en-US,en;q=0.9"),
			hdr("authorization", "Bearer "+g.token(64)),
			hdr("cookie", "session="+g.token(32)+"; _ga=GA1.2."+fmt.Sprint(g.r.IntN(1e9))+"; theme=dark"),
			hdr("user-agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36"),
			hdr("x-request-id", g.token(32)), hdr("traceparent", "00-"+strings.ToLower(g.token(32))+"-"+strings.ToLower(g.token(16))+"-01"),
		},
		"queryString": []any{map[string]any{"name": "page", "value": "2"}},
		"cookies":     []any{map[string]any{"name": "session", "value": g.token(32), "path": "/", "httpOnly": true, "secure": true}},
		"headersSize": -1, "bodySize": 0,
	}
	if n%10 == 0 {
		body := fmt.Sprintf(`{"username":"user%d","password":"%s","remember":true}`, n, g.token(16))
		req["method"] = "POST"
		req["postData"] = map[string]any{"mimeType": "application/json", "text": body}
	}
	return map[string]any{
		"startedDateTime": fmt.Sprintf("2026-11-22T10:%02d:%02d.%03dZ", n/3600%60, n/60%60, n%1000),
		"time":            g.r.Float64() * 300, "_resourceType": "fetch", "_priority": "High",
		"request": req,
		"response": map[string]any{
			"status": 200, "statusText": "", "httpVersion": "h2",
			"headers": []any{hdr("content-type", mime), hdr("etag", `W/"`+g.token(20)+`"`), hdr("cache-control", "private, max-age=0"),
				hdr("set-cookie", "session="+g.token(32)+"; Path=/; Secure; HttpOnly; SameSite=Lax")},
			"cookies": []any{}, "content": content, "redirectURL": "", "headersSize": -1, "bodySize": len(text), "_transferSize": len(text) / 3,
		},
		"cache": map[string]any{}, "timings": map[string]any{"blocked": 1.2, "dns": -1, "ssl": -1, "connect": -1, "send": 0.2, "wait": 40.1, "receive": 3.3},
	}
}
