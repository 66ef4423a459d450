package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/safehar/safehar/host/internal/nm"
)

// The tests here start the real safehar binary (hostBin, built by TestMain)
// as a browser does and speak the protocol over its stdin and stdout.

const (
	chromeOrigin = "chrome-extension://" + DefaultChromeExtensionID + "/"
	// plantedCookie is a secret every generated capture carries.
	plantedCookie = "sid=9f8e7d6c5b4a39281706f5e4d3c2b1a0"
)

// port is a running host and the browser's end of its pipes.
type port struct {
	t      testing.TB
	cmd    *exec.Cmd
	in     io.WriteCloser
	frames chan []byte
	stderr *bytes.Buffer
	outDir string
	exited chan struct{}
}

// hostEnv is the environment of a host under test: a private home, system
// root and output folder, and the D-Bus session if there is one.
func hostEnv(t testing.TB, outDir string, extra ...string) []string {
	home := t.TempDir()
	env := []string{
		"HOME=" + home,
		"PATH=" + os.Getenv("PATH"),
		"SAFEHAR_ROOT=" + filepath.Join(home, "root"),
		"SAFEHAR_OUTPUT_DIR=" + outDir,
	}
	for _, k := range []string{"DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR"} {
		if v := os.Getenv(k); v != "" {
			env = append(env, k+"="+v)
		}
	}
	return append(env, extra...)
}

// startHost starts the host with args (a Chrome launch by default).
func startHost(t testing.TB, env []string, args ...string) *port {
	t.Helper()
	if len(args) == 0 {
		args = []string{chromeOrigin}
	}
	p := &port{t: t, stderr: &bytes.Buffer{}, frames: make(chan []byte, 16), exited: make(chan struct{})}
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "SAFEHAR_OUTPUT_DIR="); ok {
			p.outDir = v
		}
	}
	p.cmd = exec.Command(hostBin, args...)
	p.cmd.Env = env
	p.cmd.Dir = filepath.Dir(hostBin) // as browsers do
	p.cmd.Stderr = p.stderr
	var err error
	if p.in, err = p.cmd.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	out, err := p.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		r := bufio.NewReader(out)
		for {
			f, err := nm.ReadFrame(r, nm.MaxOutbound, nil)
			if err != nil {
				close(p.frames)
				return
			}
			p.frames <- f
		}
	}()
	t.Cleanup(func() {
		p.in.Close()
		select {
		case <-p.exited:
		default:
			p.cmd.Process.Kill()
			p.cmd.Wait()
		}
	})
	return p
}

func (p *port) sendRaw(b []byte) {
	p.t.Helper()
	if _, err := p.in.Write(b); err != nil {
		p.t.Fatalf("writing to the host: %v (stderr: %s)", err, p.stderr)
	}
}

func (p *port) send(msg map[string]any) {
	p.t.Helper()
	b, err := json.Marshal(msg)
	if err != nil {
		p.t.Fatal(err)
	}
	p.sendRaw(nm.AppendFrame(nil, b))
}

// recv returns the next reply, decoded.
func (p *port) recv() map[string]any {
	p.t.Helper()
	select {
	case f, ok := <-p.frames:
		if !ok {
			p.t.Fatalf("the host closed stdout (stderr: %s)", p.stderr)
		}
		var m map[string]any
		if err := json.Unmarshal(f, &m); err != nil {
			p.t.Fatalf("reply %q is not JSON: %v", f, err)
		}
		return m
	case <-time.After(60 * time.Second):
		p.t.Fatalf("no reply within 60s (stderr: %s)", p.stderr)
		return nil
	}
}

// expect returns the next reply, which must have type typ (and for an
// error, code).
func (p *port) expect(typ string, code ...string) map[string]any {
	p.t.Helper()
	m := p.recv()
	if m["type"] != typ || (len(code) > 0 && m["code"] != code[0]) {
		p.t.Fatalf("got %v, want a %s %v (stderr: %s)", m, typ, code, p.stderr)
	}
	return m
}

// wait closes stdin and returns the exit code.
func (p *port) wait() int {
	p.t.Helper()
	p.in.Close()
	done := make(chan error, 1)
	go func() { done <- p.cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		p.t.Fatalf("the host did not exit (stderr: %s)", p.stderr)
	}
	close(p.exited)
	return p.cmd.ProcessState.ExitCode()
}

// export sends text as one export and returns the reply to end.
func (p *port) export(site, text string, chunk int) map[string]any {
	p.t.Helper()
	return p.exportWith(map[string]any{"site": site}, text, chunk)
}

// exportWith is export with more fields in begin.
func (p *port) exportWith(begin map[string]any, text string, chunk int) map[string]any {
	p.t.Helper()
	msg := map[string]any{"type": "begin", "size": len(text)}
	for k, v := range begin {
		msg[k] = v
	}
	p.send(msg)
	id := p.expect("ready")["transfer"].(string)
	seq := 0
	for len(text) > 0 {
		n := min(chunk, len(text))
		for n < len(text) && !utf8.RuneStart(text[n]) {
			n++
		}
		p.send(map[string]any{"type": "chunk", "transfer": id, "seq": seq, "data": text[:n]})
		p.expect("progress")
		text = text[n:]
		seq++
	}
	p.send(map[string]any{"type": "end", "transfer": id, "seq": seq})
	return p.recv()
}

// smallHAR is a capture with a planted cookie, an access token and text that
// needs escaping.
func smallHAR(n int) string {
	var b strings.Builder
	genHAR(&b, n)
	return b.String()
}

// genHAR writes a HAR whose entries carry plantedCookie, a bearer token and
// a body of roughly 40 KB (HTML, JSON and non-ASCII text) until it wrote
// size bytes. It returns the number of entries.
func genHAR(w io.Writer, size int) int {
	bw := bufio.NewWriterSize(w, 1<<20)
	rng := rand.New(rand.NewPCG(1, 2))
	written := 0
	put := func(s string) { bw.WriteString(s); written += len(s) }
	put(`{"log":{"version":"1.2","creator":{"name":"safehar-test","version":"1"},"pages":[],"entries":[`)
	var body strings.Builder
	for i := 0; i < 400; i++ {
		fmt.Fprintf(&body, `<div class=\"row\" data-id=\"%d\"><p>Bücher &amp; naïve café — item %d</p><script>var cfg = {\"page\": %d};</script></div>\n`, i, i, i)
	}
	html := body.String()
	n := 0
	for written < size || n == 0 {
		if n > 0 {
			put(",")
		}
		fmt.Fprintf(bw, `{"startedDateTime":"2026-11-22T10:15:%02d.000Z","time":%d,"request":{"method":"POST","url":"https://api.example.com/v1/items/%d?page=%d&access_token=tok%016x","httpVersion":"HTTP/2","headers":[{"name":"cookie","value":"%s; theme=dark"},{"name":"Authorization","value":"Bearer at-%016x"},{"name":"traceparent","value":"00-%032x-%016x-01"}],"cookies":[{"name":"sid","value":"%s"}],"queryString":[],"postData":{"mimeType":"application/json","text":"{\"query\":\"items\",\"password\":\"pw-%08x\"}"},"headersSize":-1,"bodySize":42},"response":{"status":200,"statusText":"OK","httpVersion":"HTTP/2","headers":[{"name":"content-type","value":"text/html; charset=utf-8"}],"cookies":[],"content":{"size":%d,"mimeType":"text/html","text":"%s"},"redirectURL":"","headersSize":-1,"bodySize":-1},"cache":{},"timings":{"send":0,"wait":%d,"receive":1}}`,
			n%60, n, n, n, rng.Uint64(), plantedCookie, rng.Uint64(), rng.Uint64(), rng.Uint64(), strings.TrimPrefix(plantedCookie, "sid="), rng.Uint32(), len(html), html, n%100)
		written += 1200 + len(html)
		n++
	}
	put(`]}}`)
	bw.Flush()
	return n
}

// checkOutDir checks that dir holds only complete, sanitized captures, want
// of them, and returns their paths.
func checkOutDir(t *testing.T, dir string, want int) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	var files []string
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		if !strings.HasSuffix(e.Name(), ".har") || strings.HasPrefix(e.Name(), ".") {
			t.Errorf("the output folder holds %s, which is not a saved capture", e.Name())
			continue
		}
		fi, _ := e.Info()
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %v, want 0600", e.Name(), fi.Mode().Perm())
		}
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		// Stream the check: the file may be 200 MB.
		dec := json.NewDecoder(f)
		var tok json.Token
		for err == nil {
			tok, err = dec.Token()
			if s, ok := tok.(string); ok && strings.Contains(s, strings.TrimPrefix(plantedCookie, "sid=")) {
				t.Errorf("%s still holds the planted cookie", e.Name())
				break
			}
		}
		f.Close()
		if err != io.EOF {
			t.Errorf("%s is not complete JSON: %v", e.Name(), err)
		}
		files = append(files, p)
	}
	if len(files) != want {
		t.Errorf("the output folder holds %d captures, want %d", len(files), want)
	}
	return files
}

var placeholderRE = regexp.MustCompile(`sid=(safehar-cookie-[0-9a-f]+)`)

func TestNativeExport(t *testing.T) {
	out := t.TempDir()
	p := startHost(t, hostEnv(t, out, "SAFEHAR_NO_KEYRING=1"))
	p.send(map[string]any{"type": "hello", "protocol": 1, "extension": "0.1.0", "req": "h1"})
	h := p.expect("hello")
	if h["req"] != "h1" || h["protocol"] != 1.0 || h["host"] != Version || h["outputDir"] != out {
		t.Fatalf("hello reply %v", h)
	}
	text := smallHAR(200 << 10)
	done := p.export("https://Example.COM:8443/login", text, 64<<10)
	if done["type"] != "done" {
		t.Fatalf("got %v (stderr: %s)", done, p.stderr)
	}
	path := done["path"].(string)
	if filepath.Dir(path) != out || !regexp.MustCompile(`^example\.com-\d{8}-\d{6}-[0-9a-f]{6}\.har$`).MatchString(done["file"].(string)) {
		t.Fatalf("saved as %s", path)
	}
	rep := done["report"].(map[string]any)
	if rep["redacted"].(float64) == 0 || rep["counts"].(map[string]any)["cookie"] == nil {
		t.Fatalf("report %v", rep)
	}
	if !strings.Contains(done["keyring"].(string), "one-time key") {
		t.Fatalf("keyring note %q", done["keyring"])
	}
	if code := p.wait(); code != 0 {
		t.Fatalf("exit %d (stderr: %s)", code, p.stderr)
	}
	checkOutDir(t, out, 1)
}

// TestNativeProtocolErrors plays one conversation per case and checks each
// reply and what is left in the output folder.
func TestNativeProtocolErrors(t *testing.T) {
	text := smallHAR(8 << 10)
	begin := func(p *port) string {
		p.send(map[string]any{"type": "begin", "site": "example.com"})
		return p.expect("ready")["transfer"].(string)
	}
	chunk := func(p *port, id string, seq int, data string) {
		p.send(map[string]any{"type": "chunk", "transfer": id, "seq": seq, "data": data})
	}
	tests := []struct {
		name     string
		args     []string
		play     func(t *testing.T, p *port)
		exit     int
		captures int
	}{
		{name: "chunks out of order", play: func(t *testing.T, p *port) {
			id := begin(p)
			chunk(p, id, 0, text[:100])
			p.expect("progress")
			chunk(p, id, 2, text[100:200])
			if e := p.expect("error", "out_of_order"); e["transfer"] != id {
				t.Errorf("error %v names no transfer", e)
			}
			chunk(p, id, 1, text[100:200])
			p.expect("error", "unknown_transfer")
			p.send(map[string]any{"type": "status"})
			p.expect("hello")
		}},
		{name: "end with the wrong count", play: func(t *testing.T, p *port) {
			id := begin(p)
			chunk(p, id, 0, text)
			p.expect("progress")
			p.send(map[string]any{"type": "end", "transfer": id, "seq": 3})
			p.expect("error", "out_of_order")
		}},
		{name: "duplicate final frame", captures: 1, play: func(t *testing.T, p *port) {
			id := begin(p)
			chunk(p, id, 0, text)
			p.expect("progress")
			p.send(map[string]any{"type": "end", "transfer": id, "seq": 1})
			p.expect("done")
			p.send(map[string]any{"type": "end", "transfer": id, "seq": 1})
			p.expect("error", "duplicate_end")
		}},
		{name: "length prefix of 4 GB", exit: 1, play: func(t *testing.T, p *port) {
			begin(p)
			p.sendRaw(binary.NativeEndian.AppendUint32(nil, 0xFFFFFFFF))
			p.expect("error", "frame_too_large")
		}},
		{name: "truncated frame", exit: 1, play: func(t *testing.T, p *port) {
			id := begin(p)
			chunk(p, id, 0, text[:100])
			p.expect("progress")
			p.sendRaw(nm.AppendFrame(nil, []byte(`{"type":"chunk","transfer":"`+id+`","seq":1,"data":"abc"}`))[:30])
			p.in.Close()
			p.expect("error", "bad_frame")
		}},
		{name: "invalid JSON", exit: 1, play: func(t *testing.T, p *port) {
			id := begin(p)
			chunk(p, id, 0, text[:100])
			p.expect("progress")
			p.sendRaw(nm.AppendFrame(nil, []byte(`{"type":"chunk",`)))
			if e := p.expect("error", "bad_frame"); e["transfer"] != id {
				t.Errorf("error %v names no transfer", e)
			}
		}},
		{name: "cancel mid-transfer", play: func(t *testing.T, p *port) {
			id := begin(p)
			chunk(p, id, 0, text[:len(text)/2])
			p.expect("progress")
			p.send(map[string]any{"type": "cancel", "transfer": id, "req": "c"})
			if c := p.expect("cancelled"); c["transfer"] != id || c["req"] != "c" {
				t.Errorf("cancelled reply %v", c)
			}
			chunk(p, id, 1, text[len(text)/2:])
			p.expect("error", "unknown_transfer")
			p.send(map[string]any{"type": "end", "transfer": id, "seq": 2})
			p.expect("error", "duplicate_end")
		}},
		{name: "stdin closed mid-transfer", play: func(t *testing.T, p *port) {
			id := begin(p)
			chunk(p, id, 0, text[:len(text)/2])
			p.expect("progress")
		}},
		{name: "two exports on one port", captures: 2, play: func(t *testing.T, p *port) {
			for _, site := range []string{"a.example", "b.example"} {
				if d := p.export(site, text, 1000); d["type"] != "done" {
					t.Errorf("export of %s: %v", site, d)
				}
			}
		}},
		{name: "begin while busy", play: func(t *testing.T, p *port) {
			id := begin(p)
			p.send(map[string]any{"type": "begin", "site": "other.example"})
			if e := p.expect("error", "transfer_busy"); e["transfer"] != id {
				t.Errorf("error %v", e)
			}
		}},
		{name: "not a HAR", play: func(t *testing.T, p *port) {
			id := begin(p)
			chunk(p, id, 0, `{"hello": "world"`)
			p.expect("progress")
			p.send(map[string]any{"type": "end", "transfer": id, "seq": 1})
			p.expect("error", "invalid_har")
		}},
		{name: "checksum mismatch", play: func(t *testing.T, p *port) {
			id := begin(p)
			chunk(p, id, 0, text)
			p.expect("progress")
			sum := sha256.Sum256([]byte(text + " "))
			p.send(map[string]any{"type": "end", "transfer": id, "seq": 1, "sha256": hex.EncodeToString(sum[:])})
			p.expect("error", "checksum_mismatch")
		}},
		{name: "checksum match", captures: 1, play: func(t *testing.T, p *port) {
			id := begin(p)
			chunk(p, id, 0, text)
			p.expect("progress")
			sum := sha256.Sum256([]byte(text))
			p.send(map[string]any{"type": "end", "transfer": id, "seq": 1, "sha256": hex.EncodeToString(sum[:])})
			p.expect("done")
		}},
		{name: "bad and unknown messages", play: func(t *testing.T, p *port) {
			p.send(map[string]any{"type": "chunk", "transfer": "x", "seq": "1"})
			p.expect("error", "bad_message")
			p.send(map[string]any{"type": "fly"})
			p.expect("error", "bad_message")
			p.send(map[string]any{"type": "hello", "protocol": 2})
			p.expect("error", "unsupported_protocol")
			p.send(map[string]any{"type": "reveal", "transfer": "x"})
			p.expect("error", "unknown_transfer")
			p.send(map[string]any{"type": "status"})
			p.expect("hello")
		}},
		{name: "caller not allowed", args: []string{"chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/"}, exit: 1, play: func(t *testing.T, p *port) {
			p.expect("error", "not_allowed")
		}},
		{name: "firefox launch", args: []string{"/nonexistent/com.safehar.host.json", FirefoxAddonID}, captures: 1, play: func(t *testing.T, p *port) {
			p.send(map[string]any{"type": "hello", "protocol": 1})
			p.expect("hello")
			if d := p.export("ff.example", text, 4096); d["type"] != "done" {
				t.Errorf("export: %v", d)
			}
		}},
		{name: "firefox caller not allowed", args: []string{"/nonexistent/com.safehar.host.json", "evil@example.com"}, exit: 1, play: func(t *testing.T, p *port) {
			p.expect("error", "not_allowed")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := t.TempDir()
			p := startHost(t, hostEnv(t, out, "SAFEHAR_NO_KEYRING=1"), tt.args...)
			p.t = t
			tt.play(t, p)
			if code := p.wait(); code != tt.exit {
				t.Errorf("exit status %d, want %d (stderr: %s)", code, tt.exit, p.stderr)
			}
			checkOutDir(t, out, tt.captures)
		})
	}
}
