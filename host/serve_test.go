//go:build !windows

package main

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/safehar/safehar/internal/hargen"
	"github.com/safehar/safehar/internal/sharedhars"
)

// sharedHARs is the shared folder of real HAR files (see its README.md).
const sharedHARs = "../../shared/hars"

// exportMarker matches the parts of the safehar marker that differ per
// export.
var exportMarker = regexp.MustCompile(`"exportId":"[0-9a-f-]{36}"|"sanitizedAt":"[^"]*"`)

// TestServeLikeTheCLI starts the real `safehar serve` (the command, its
// flags and its SIGTERM handling) on a loopback port and checks, for every
// real HAR in the shared folder and a generated corpus, that POST
// /v1/sanitize gives what `safehar sanitize --key-file` writes, byte for
// byte apart from the marker's export id and time, and that POST
// /v1/verify gives what `safehar verify --json --key-file` prints. Then
// SIGTERM stops it cleanly.
func TestServeLikeTheCLI(t *testing.T) {
	real := sharedhars.Files(t, sharedHARs) // without them: the generated corpus only
	dir := t.TempDir()
	files := append([]string{"../testdata/sample.har"}, real...)
	for i, size := range []int64{64 << 10, 1 << 20, 3 << 20} {
		p := filepath.Join(dir, fmt.Sprintf("generated-%d.har", i))
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := hargen.Write(f, hargen.Options{Size: size, Seed: uint64(i + 10)}); err != nil {
			t.Fatal(err)
		}
		f.Close()
		files = append(files, p)
	}
	keyFile := filepath.Join(dir, "key.hex")
	os.WriteFile(keyFile, []byte("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n"), 0o600)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	var serveErr bytes.Buffer
	done := make(chan int, 1)
	go func() {
		done <- run([]string{"serve", "--listen", addr, "--key-file", keyFile, "-q", "--spool-dir", t.TempDir()}, nil, io.Discard, &serveErr)
	}()
	base := "http://" + addr
	c := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}, Timeout: time.Minute}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if res, err := c.Get(base + "/healthz"); err == nil {
			res.Body.Close()
			break
		}
		select {
		case code := <-done:
			t.Fatalf("serve exited %d: %s", code, serveErr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatal("serve did not come up")
		}
	}
	const at = "2026-11-22T12:00:00Z"
	for _, file := range files {
		name := filepath.Base(file)
		in, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, name+".cli")
		var stderr bytes.Buffer
		if code := run([]string{"sanitize", "--key-file", keyFile, "-q", "-o", out, file}, nil, io.Discard, &stderr); code != 0 {
			t.Fatalf("%s: safehar sanitize exited %d: %s", name, code, stderr.String())
		}
		want, _ := os.ReadFile(out)
		res, err := c.Post(base+"/v1/sanitize", "application/json", bytes.NewReader(in))
		if err != nil {
			t.Fatal(err)
		}
		got, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 200 {
			t.Fatalf("%s: /v1/sanitize: %d %s", name, res.StatusCode, got)
		}
		if !bytes.Equal(exportMarker.ReplaceAll(got, nil), exportMarker.ReplaceAll(want, nil)) {
			t.Errorf("%s: /v1/sanitize differs from safehar sanitize (%d vs %d bytes)", name, len(got), len(want))
		}

		var vout bytes.Buffer
		stderr.Reset()
		code := run([]string{"verify", "--json", "--key-file", keyFile, "--at", at, "-"}, bytes.NewReader(in), &vout, &stderr)
		if code == 2 {
			t.Fatalf("%s: safehar verify exited 2: %s", name, stderr.String())
		}
		res, err = c.Post(base+"/v1/verify?at="+at, "application/json", bytes.NewReader(in))
		if err != nil {
			t.Fatal(err)
		}
		vgot, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 200 || !bytes.Equal(vgot, vout.Bytes()) {
			t.Errorf("%s: /v1/verify (%d, %d bytes) differs from safehar verify --json (exit %d, %d bytes)", name, res.StatusCode, len(vgot), code, vout.Len())
		}
		if clean := strings.Contains(vout.String(), `"clean": true`); clean != (code == 0) {
			t.Errorf("%s: verify exit %d but clean=%v", name, code, clean)
		}
	}

	syscall.Kill(os.Getpid(), syscall.SIGTERM)
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve exited %d after SIGTERM: %s", code, serveErr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop on SIGTERM")
	}
}
