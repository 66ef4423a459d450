package audit

import (
	"bufio"
	"encoding/json"
	"errors"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

func record() *Record {
	return &Record{Time: time.Date(2026, 12, 1, 10, 0, 0, 123456789, time.FixedZone("x", 3600)), Event: "export",
		Site: "app.example.com", Entries: 3, Redacted: 2, Counts: map[string]int{"cookie": 1, "bearer-token": 1},
		Rules: "2026.12.1", ExportID: "0193-abc", Tool: "safehar 0.1.0"}
}

// TestFileSink: two records, two JSON lines appended, with every field and
// the hash of the saved file; a file sink that cannot write is an error.
func TestFileSink(t *testing.T) {
	dir := t.TempDir()
	saved := filepath.Join(dir, "out", "app.example.com-20261201-100000-abc123.har")
	os.MkdirAll(filepath.Dir(saved), 0o755)
	os.WriteFile(saved, []byte("hello\n"), 0o600)
	logPath := filepath.Join(dir, "log", "audit.jsonl")
	l := &Log{File: File{Path: logPath}}
	for range 2 {
		r := record()
		if err := r.HashFile(saved); err != nil {
			t.Fatal(err)
		}
		if warn, err := l.Write(r); warn != nil || err != nil {
			t.Fatalf("Write: %v %v", warn, err)
		}
	}
	f, err := os.Open(logPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		var got Record
		if err := json.Unmarshal(sc.Bytes(), &got); err != nil {
			t.Fatalf("line %d: %v", n, err)
		}
		if got.File != filepath.Base(saved) || got.Bytes != 6 ||
			got.SHA256 != "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03" ||
			got.Counts["cookie"] != 1 || got.Site != "app.example.com" || got.Rules != "2026.12.1" || got.ExportID != "0193-abc" ||
			!got.Time.Equal(time.Date(2026, 12, 1, 9, 0, 0, 123000000, time.UTC)) {
			t.Errorf("line %d: %s", n, sc.Bytes())
		}
	}
	if n != 2 {
		t.Fatalf("%d lines, want 2", n)
	}
	if runtime.GOOS != "windows" {
		if fi, _ := os.Stat(logPath); fi.Mode().Perm() != 0o640 {
			t.Errorf("the audit file has mode %v", fi.Mode().Perm())
		}
	}

	// A folder where the file should be: an error, not silence.
	bad := &Log{File: File{Path: filepath.Join(dir, "out")}}
	if _, err := bad.Write(record()); err == nil || !strings.Contains(err.Error(), "cannot append to the audit log") {
		t.Errorf("Write to a folder: %v", err)
	}
}

type failing struct{}

func (failing) Write([]byte) error { return errors.New("no syslog here") }

// TestSystemFailureIsAWarning: a system log that is not there warns; the
// file line is still written.
func TestSystemFailureIsAWarning(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.jsonl")
	warn, err := (&Log{System: failing{}, File: File{Path: p}}).Write(record())
	if err != nil || warn == nil || !strings.Contains(warn.Error(), "no syslog here") {
		t.Fatalf("warning %v, error %v", warn, err)
	}
	if b, _ := os.ReadFile(p); !strings.Contains(string(b), `"exportId":"0193-abc"`) {
		t.Errorf("file: %s", b)
	}
}

// TestSyslogSink sends a record to a syslog server on a local datagram
// socket, as /dev/log is, and reads the message it got: the tag, the
// priority (user.info) and the JSON line.
func TestSyslogSink(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no syslog on Windows")
	}
	sock := filepath.Join(t.TempDir(), "log.sock")
	conn, err := net.ListenUnixgram("unixgram", &net.UnixAddr{Name: sock, Net: "unixgram"})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := (&Log{System: syslogAt(sock)}).Write(record()); err != nil {
		t.Fatal(err)
	}
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	buf := make([]byte, 64<<10)
	n, err := conn.Read(buf)
	if err != nil {
		t.Fatal(err)
	}
	msg := string(buf[:n])
	// <14>: facility user (1) * 8 + severity info (6).
	if !strings.HasPrefix(msg, "<14>") || !strings.Contains(msg, " safehar[") {
		t.Errorf("syslog message: %q", msg)
	}
	i := strings.Index(msg, "{")
	var got Record
	if i < 0 || json.Unmarshal([]byte(strings.TrimSpace(msg[i:])), &got) != nil || got.ExportID != "0193-abc" || got.Counts["bearer-token"] != 1 {
		t.Errorf("syslog message does not end with the record: %q", msg)
	}
}
