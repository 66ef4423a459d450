package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/safehar/safehar/host/internal/audit"
)

// TestNativeAudit: an export through the real host writes one audit line
// to the system log (a local datagram socket standing in for /dev/log)
// and one to the file the system policy names, each with the saved file's
// name and SHA-256, the site's host name and the counts, never a value.
// When the policy's file cannot be written the export is refused and the
// saved file removed.
func TestNativeAudit(t *testing.T) {
	sock := filepath.Join(t.TempDir(), "log.sock")
	conn, err := net.ListenUnixgram("unixgram", &net.UnixAddr{Name: sock, Net: "unixgram"})
	if err != nil {
		t.Skipf("no unix datagram sockets here: %v", err)
	}
	defer conn.Close()
	out := t.TempDir()
	env := hostEnv(t, out, "SAFEHAR_NO_KEYRING=1", "SAFEHAR_TEST_AUDIT_SYSLOG="+sock)
	home := strings.TrimPrefix(env[0], "HOME=")
	logFile := filepath.Join(t.TempDir(), "audit", "safehar.jsonl")
	writePolicy := func(p string) {
		dir := filepath.Join(home, "root/etc/safehar")
		os.MkdirAll(dir, 0o755)
		if err := os.WriteFile(filepath.Join(dir, "policy.json"), []byte(p), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	writePolicy(`{"auditLog": "` + logFile + `"}`)

	p := startHost(t, env)
	p.send(map[string]any{"type": "hello", "protocol": 1, "extension": "0.1.0", "req": "h1"})
	p.expect("hello")
	text := smallHAR(64 << 10)
	done := p.export("https://App.Example.COM:8443/login", text, 32<<10)
	if done["type"] != "done" {
		t.Fatalf("got %v (stderr: %s)", done, p.stderr)
	}
	saved := done["path"].(string)
	sum := sha256.Sum256(must(os.ReadFile(saved)))

	conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	buf := make([]byte, 64<<10)
	n, err := conn.Read(buf)
	if err != nil {
		t.Fatalf("no syslog message: %v (stderr: %s)", err, p.stderr)
	}
	msg := string(buf[:n])
	fileLines := strings.Split(strings.TrimSpace(string(must(os.ReadFile(logFile)))), "\n")
	if len(fileLines) != 1 {
		t.Fatalf("the audit file has %d lines, want 1", len(fileLines))
	}
	for where, line := range map[string]string{"syslog": msg[strings.Index(msg, "{"):], "file": fileLines[0]} {
		var r audit.Record
		if err := json.Unmarshal([]byte(strings.TrimSpace(line)), &r); err != nil {
			t.Fatalf("%s: %v: %q", where, err, line)
		}
		if r.Event != "export" || r.Site != "app.example.com" || r.File != filepath.Base(saved) || r.SHA256 != hex.EncodeToString(sum[:]) ||
			r.Counts["cookie"] == 0 || r.Redacted == 0 || r.Rules == "" || r.ExportID != done["transfer"] || r.Tool != "safehar "+Version {
			t.Errorf("%s audit line: %s", where, line)
		}
		if strings.Contains(line, plantedCookie) || strings.Contains(line, "/login") {
			t.Errorf("%s audit line holds a value of the capture: %s", where, line)
		}
	}
	p.send(map[string]any{"type": "bye"})
	p.wait()

	// The policy's file cannot be written (its folder is a file): no export.
	blocker := filepath.Join(t.TempDir(), "not-a-folder")
	os.WriteFile(blocker, nil, 0o644)
	writePolicy(`{"auditLog": "` + filepath.Join(blocker, "audit.jsonl") + `"}`)
	out2 := t.TempDir()
	env2 := append(hostEnv(t, out2, "SAFEHAR_NO_KEYRING=1"), "HOME="+home, "SAFEHAR_ROOT="+filepath.Join(home, "root"))
	p = startHost(t, env2)
	p.send(map[string]any{"type": "hello", "protocol": 1, "extension": "0.1.0", "req": "h1"})
	p.expect("hello")
	got := p.export("https://app.example.com/", text, 32<<10)
	if got["type"] != "error" || got["code"] != "write_failed" || !strings.Contains(got["message"].(string), "audit log") {
		t.Fatalf("with an unwritable audit log: %v", got)
	}
	checkOutDir(t, out2, 0)
}
