package main

import (
	"os"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// echoHAR is a capture whose session cookie's value is first a JSON "id"
// in an earlier response body, before any entry shows it is a secret.
const echoHAR = `{"log":{"version":"1.2","creator":{"name":"t","version":"1"},"entries":[
{"startedDateTime":"2026-11-22T10:00:00Z","time":1,"request":{"method":"POST","url":"https://app.example.com/api/session","httpVersion":"h2","headers":[],"queryString":[],"cookies":[],"headersSize":-1,"bodySize":0},"response":{"status":200,"statusText":"OK","httpVersion":"h2","headers":[],"cookies":[],"content":{"size":40,"mimeType":"application/json","text":"{\"id\":\"q7Vx9LmZ2kTa4RbN8cWd\",\"user\":\"ann\"}"},"redirectURL":"","headersSize":-1,"bodySize":40},"cache":{},"timings":{"send":0,"wait":1,"receive":0}},
{"startedDateTime":"2026-11-22T10:00:01Z","time":1,"request":{"method":"GET","url":"https://app.example.com/home","httpVersion":"h2","headers":[{"name":"cookie","value":"session=q7Vx9LmZ2kTa4RbN8cWd; theme=dark"}],"queryString":[],"cookies":[],"headersSize":-1,"bodySize":0},"response":{"status":200,"statusText":"OK","httpVersion":"h2","headers":[],"cookies":[],"content":{"size":2,"mimeType":"application/json","text":"{}"},"redirectURL":"","headersSize":-1,"bodySize":2},"cache":{},"timings":{"send":0,"wait":1,"receive":0}}]}}
`

// TestNativeSecretBeforeItsEntry: the host sanitizes with an echo pass (the
// capture read from the port once, the first pass's output kept in an
// encrypted spool), so a
// secret is redacted even where it appears before the entry that shows it
// is one, with the same placeholder, and nothing but the capture is left.
func TestNativeSecretBeforeItsEntry(t *testing.T) {
	out := t.TempDir()
	p := startHost(t, hostEnv(t, out, "SAFEHAR_NO_KEYRING=1"))
	done := p.export("app.example.com", echoHAR, 300) // several chunks
	if done["type"] != "done" {
		t.Fatalf("got %v (stderr: %s)", done, p.stderr)
	}
	b, err := os.ReadFile(done["path"].(string))
	if err != nil {
		t.Fatal(err)
	}
	saved := string(b)
	if strings.Contains(saved, "q7Vx9LmZ2kTa4RbN8cWd") {
		t.Errorf("the saved capture still holds the cookie's value:\n%s", saved)
	}
	id := regexp.MustCompile(`\\"id\\":\\"(safehar-cookie-[0-9a-f]{16})\\"`).FindStringSubmatch(saved)
	cookie := regexp.MustCompile(`session=(safehar-cookie-[0-9a-f]{16});`).FindStringSubmatch(saved)
	if id == nil || cookie == nil || id[1] != cookie[1] {
		t.Errorf("want one placeholder in the body's id and the cookie, got %q and %q:\n%s", id, cookie, saved)
	}
	if !strings.Contains(saved, `\"user\":\"ann\"`) {
		t.Errorf("the body lost its other fields:\n%s", saved)
	}
	if code := p.wait(); code != 0 {
		t.Fatalf("exit %d (stderr: %s)", code, p.stderr)
	}
	checkOutDir(t, out, 1) // no spool nor temporary file left
}

// openSpools counts the spool files the host holds open (Linux only:
// their names are gone, /proc still shows them).
func openSpools(t *testing.T, p *port) int {
	t.Helper()
	dir := "/proc/" + strconv.Itoa(p.cmd.Process.Pid) + "/fd"
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range ents {
		if l, err := os.Readlink(dir + "/" + e.Name()); err == nil && strings.Contains(l, ".safehar-spool-") {
			if !strings.HasSuffix(l, "(deleted)") {
				t.Errorf("the spool %s still has a name", l)
			}
			n++
		}
	}
	return n
}

// TestNativeSpoolClosed: the spool exists (nameless) during an export and
// is closed when it is cancelled, fails or ends.
func TestNativeSpoolClosed(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads /proc")
	}
	out := t.TempDir()
	p := startHost(t, hostEnv(t, out, "SAFEHAR_NO_KEYRING=1"))
	for _, how := range []string{"cancel", "fail", "end"} {
		p.send(map[string]any{"type": "begin", "site": "a.example", "size": len(echoHAR)})
		id := p.expect("ready")["transfer"].(string)
		data := echoHAR[:200]
		if how == "fail" {
			data = "[1,2,3]"
		}
		p.send(map[string]any{"type": "chunk", "transfer": id, "seq": 0, "data": data})
		p.expect("progress")
		if how != "fail" {
			if n := openSpools(t, p); n != 1 {
				t.Fatalf("%s: %d spools open during the export, want 1", how, n)
			}
		}
		switch how {
		case "cancel":
			p.send(map[string]any{"type": "cancel", "transfer": id})
			p.expect("cancelled")
		case "fail":
			p.send(map[string]any{"type": "end", "transfer": id, "seq": 1})
			p.expect("error", "invalid_har")
		case "end":
			p.send(map[string]any{"type": "chunk", "transfer": id, "seq": 1, "data": echoHAR[200:]})
			p.expect("progress")
			p.send(map[string]any{"type": "end", "transfer": id, "seq": 2})
			p.expect("done")
		}
		if n := openSpools(t, p); n != 0 {
			t.Errorf("%s: %d spools still open", how, n)
		}
	}
	if code := p.wait(); code != 0 {
		t.Fatalf("exit %d (stderr: %s)", code, p.stderr)
	}
	checkOutDir(t, out, 1)
}
