package nativehost

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/safehar/safehar/host/internal/nm"
	"github.com/safehar/safehar/host/internal/policy"
	"github.com/safehar/safehar/sanitize"
)

// The tests here run a Session in-process: a fake browser writes
// native-messaging frames into the session's stdin over an io.Pipe and
// reads its replies from another.

// plantedCookie is the secret every test capture carries.
const plantedCookie = "q7Vx9LmZ2kTa4RbN8cWdE3fG"

// testHAR is a small capture holding plantedCookie three ways.
const testHAR = `{"log":{"version":"1.2","creator":{"name":"test","version":"1"},"entries":[` +
	`{"startedDateTime":"2026-11-22T10:00:00Z","time":1,"request":{"method":"GET","url":"https://app.example.com/home?access_token=` + plantedCookie + `","httpVersion":"h2",` +
	`"headers":[{"name":"cookie","value":"sid=` + plantedCookie + `; theme=dark"},{"name":"Authorization","value":"Bearer ` + plantedCookie + `"}],` +
	`"queryString":[],"cookies":[{"name":"sid","value":"` + plantedCookie + `"}],"headersSize":-1,"bodySize":0},` +
	`"response":{"status":200,"statusText":"OK","httpVersion":"h2","headers":[],"cookies":[],"content":{"size":14,"mimeType":"text/plain","text":"Bücher café ok"},"redirectURL":"","headersSize":-1,"bodySize":14},` +
	`"cache":{},"timings":{"send":0,"wait":1,"receive":0}}]}}` + "\n"

// syncBuffer is a log both the session and the test touch.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// browser is the fake browser's end of a session's pipes.
type browser struct {
	t      *testing.T
	s      *Session
	in     *io.PipeWriter
	frames chan []byte
	exit   chan int
	logs   *syncBuffer
	outDir string
	// audited lists the files the Audit seam saw.
	mu       sync.Mutex
	audited  []string
	revealed []string
	// raw holds every reply frame received, in order.
	raw [][]byte
}

// testConfig is a session's configuration in a test: an output folder of
// its own, no keyring, every transfer id from a counter.
func (b *browser) testConfig() Config {
	n := 0
	return Config{
		Version: "9.9.9-test",
		Caller:  func() (bool, string) { return true, "chrome-extension://test/" },
		Getenv:  func(k string) string { return map[string]string{"SAFEHAR_OUTPUT_DIR": b.outDir}[k] },
		Key:     func() ([]byte, string) { return bytes.Repeat([]byte{7}, 32), "" },
		NewID:   func() (string, error) { n++; return fmt.Sprintf("0190d7a0-0000-7000-8000-%012d", n), nil },
		Audit: func(_ policy.Policy, _, path string, _ *sanitize.Report, _ func(...any)) error {
			b.mu.Lock()
			b.audited = append(b.audited, path)
			b.mu.Unlock()
			return nil
		},
		Reveal: func(path string) error {
			b.mu.Lock()
			b.revealed = append(b.revealed, path)
			b.mu.Unlock()
			return nil
		},
	}
}

// start runs a session whose configuration edit may change, and returns
// the browser talking to it. The test fails if the session is still
// running at its end.
func start(t *testing.T, edit func(*Config)) *browser {
	t.Helper()
	b := &browser{t: t, frames: make(chan []byte, 64), exit: make(chan int, 1), logs: &syncBuffer{}, outDir: t.TempDir()}
	cfg := b.testConfig()
	if edit != nil {
		edit(&cfg)
	}
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	cfg.Out = outW
	cfg.Log = log.New(b.logs, "safehar host: ", 0)
	b.in = inW
	b.s = New(cfg)
	go func() {
		code := b.s.Run(inR)
		inR.Close()
		outW.Close()
		b.exit <- code
	}()
	go func() {
		defer close(b.frames)
		for {
			f, err := nm.ReadFrame(outR, nm.MaxOutbound, nil)
			if err != nil {
				return
			}
			b.frames <- f
		}
	}()
	t.Cleanup(func() {
		inW.Close()
		select {
		case <-b.exit:
		case <-time.After(30 * time.Second):
			t.Error("the session did not end after stdin closed")
		}
	})
	return b
}

// sendRaw writes bytes to the session's stdin.
func (b *browser) sendRaw(p []byte) {
	b.t.Helper()
	if _, err := b.in.Write(p); err != nil {
		b.t.Fatalf("writing to the session: %v (log: %s)", err, b.logs)
	}
}

// send writes msg as one frame.
func (b *browser) send(msg map[string]any) {
	b.t.Helper()
	p, err := json.Marshal(msg)
	if err != nil {
		b.t.Fatal(err)
	}
	b.sendRaw(nm.AppendFrame(nil, p))
}

// recvRaw returns the next reply frame.
func (b *browser) recvRaw() []byte {
	b.t.Helper()
	select {
	case f, ok := <-b.frames:
		if !ok {
			b.t.Fatalf("the session closed stdout (log: %s)", b.logs)
		}
		b.raw = append(b.raw, f)
		return f
	case <-time.After(30 * time.Second):
		b.t.Fatalf("no reply within 30s (log: %s)", b.logs)
		return nil
	}
}

// recv returns the next reply, decoded.
func (b *browser) recv() map[string]any {
	b.t.Helper()
	f := b.recvRaw()
	var m map[string]any
	if err := json.Unmarshal(f, &m); err != nil {
		b.t.Fatalf("reply %q is not JSON: %v", f, err)
	}
	return m
}

// expect returns the next reply, which must have type typ (and for an
// error, code).
func (b *browser) expect(typ string, code ...string) map[string]any {
	b.t.Helper()
	m := b.recv()
	if m["type"] != typ || (len(code) > 0 && m["code"] != code[0]) {
		b.t.Fatalf("got %v, want a %s %v (log: %s)", m, typ, code, b.logs)
	}
	return m
}

// close closes stdin and returns the session's exit status.
func (b *browser) close() int {
	b.t.Helper()
	b.in.Close()
	return b.wait()
}

// wait returns the session's exit status once it ended by itself.
func (b *browser) wait() int {
	b.t.Helper()
	select {
	case code := <-b.exit:
		b.exit <- code // for Cleanup
		return code
	case <-time.After(30 * time.Second):
		b.t.Fatalf("the session did not end (log: %s)", b.logs)
		return -1
	}
}

// begin opens a transfer and returns its id.
func (b *browser) begin(extra map[string]any) string {
	b.t.Helper()
	msg := map[string]any{"type": "begin", "site": "app.example.com"}
	for k, v := range extra {
		msg[k] = v
	}
	b.send(msg)
	return b.expect("ready")["transfer"].(string)
}

// chunks sends text in chunks of n bytes (at rune starts) and returns the
// number sent.
func (b *browser) chunks(id, text string, n int) int {
	b.t.Helper()
	seq := 0
	for len(text) > 0 {
		k := min(n, len(text))
		for k < len(text) && text[k]&0xC0 == 0x80 {
			k++
		}
		b.send(map[string]any{"type": "chunk", "transfer": id, "seq": seq, "data": text[:k]})
		p := b.expect("progress")
		if p["seq"] != float64(seq) || p["transfer"] != id {
			b.t.Fatalf("progress %v for chunk %d of %s", p, seq, id)
		}
		text = text[k:]
		seq++
	}
	return seq
}

// export sends text as one export and returns the reply to end.
func (b *browser) export(text string) map[string]any {
	b.t.Helper()
	id := b.begin(nil)
	seq := b.chunks(id, text, 100)
	b.send(map[string]any{"type": "end", "transfer": id, "seq": seq})
	return b.recv()
}

// saved returns the files in the output folder, failing on anything that
// is not a complete sanitized capture (a temporary file, a spool).
func (b *browser) saved() []string {
	b.t.Helper()
	entries, err := os.ReadDir(b.outDir)
	if err != nil {
		b.t.Fatal(err)
	}
	var files []string
	for _, e := range entries {
		p := filepath.Join(b.outDir, e.Name())
		if !strings.HasSuffix(e.Name(), ".har") || strings.HasPrefix(e.Name(), ".") {
			b.t.Errorf("the output folder holds %s, which is not a saved capture", e.Name())
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			b.t.Fatal(err)
		}
		if bytes.Contains(data, []byte(plantedCookie)) {
			b.t.Errorf("%s holds the planted secret", e.Name())
		}
		if !json.Valid(data) {
			b.t.Errorf("%s is not complete JSON", e.Name())
		}
		files = append(files, p)
	}
	return files
}

// seen returns a copy of what a seam recorded (audited or revealed).
func (b *browser) seen(list *[]string) []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), *list...)
}
