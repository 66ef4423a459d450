package main

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// hostBin is the real safehar binary, built once by TestMain with the
// safehar_testhooks tag (so SAFEHAR_ROOT gives it a private system root),
// that the native-messaging tests start as a browser would.
var hostBin string

// buildM builds hostBin before the tests run and removes it after.
type buildM struct{ m *testing.M }

func (b buildM) Run() int {
	dir, err := os.MkdirTemp("", "safehar-host-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	defer os.RemoveAll(dir)
	hostBin = filepath.Join(dir, "safehar")
	if out, err := exec.Command("go", "build", "-tags", "safehar_testhooks", "-o", hostBin, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building the host: %v\n%s", err, out)
		return 2
	}
	return b.m.Run()
}

// TestMain makes this test binary double as the safehar command inside
// testscript scripts, and builds the real binary for the host tests.
func TestMain(m *testing.M) {
	testscript.Main(buildM{m}, map[string]func(){
		"safehar": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScript runs the CLI scripts in testdata/script.
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			// Keep scripts away from the real keyring, home and system.
			env.Setenv("HOME", filepath.Join(env.WorkDir, "home"))
			env.Setenv("SAFEHAR_ROOT", filepath.Join(env.WorkDir, "root"))
			env.Setenv("SAFEHAR_NO_KEYRING", "1")
			env.Setenv("DBUS_SESSION_BUS_ADDRESS", "")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exits": cmdExits, "mkgz": cmdMkgz, "mkzip": cmdMkzip, "samevalue": cmdSameValue, "audited": cmdAudited,
		},
	})
}

// cmdExits runs "exits N PROG ARGS...": PROG must exit with status N
// (exec only tells zero from non-zero; verify's 1 and 2 differ).
func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exits N program [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exits: %q is not a number", args[0])
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("exits: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with %d, want %d", args[1], got, want)
	}
}

// cmdAudited runs "audited LOG FILE": the last line of the JSON-lines
// audit log LOG names FILE (its base name) with FILE's SHA-256 and size.
func cmdAudited(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: audited LOG FILE")
	}
	lines := strings.Split(strings.TrimSpace(ts.ReadFile(args[0])), "\n")
	var r struct {
		File   string `json:"file"`
		SHA256 string `json:"sha256"`
		Bytes  int64  `json:"bytes"`
	}
	ts.Check(json.Unmarshal([]byte(lines[len(lines)-1]), &r))
	data, err := os.ReadFile(ts.MkAbs(args[1]))
	ts.Check(err)
	sum := sha256.Sum256(data)
	if r.File != filepath.Base(args[1]) || r.SHA256 != hex.EncodeToString(sum[:]) || r.Bytes != int64(len(data)) {
		ts.Fatalf("audited: the last line names %s (%s, %d bytes), not %s (%x, %d bytes)", r.File, r.SHA256, r.Bytes, args[1], sum, len(data))
	}
}

// cmdSameValue runs "samevalue N FILE REGEXP": REGEXP matches exactly N
// times in FILE, and its groups capture the same text each time (the first
// group that matched, of each match): one placeholder in several places.
func cmdSameValue(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: samevalue N FILE REGEXP")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("samevalue: %q is not a number", args[0])
	}
	re, err := regexp.Compile(args[2])
	ts.Check(err)
	ms := re.FindAllStringSubmatch(ts.ReadFile(args[1]), -1)
	if len(ms) != want {
		ts.Fatalf("samevalue: %d matches of %s in %s, want %d", len(ms), args[2], args[1], want)
	}
	var first string
	for i, m := range ms {
		v := ""
		for _, g := range m[1:] {
			if g != "" {
				v = g
				break
			}
		}
		if v == "" {
			ts.Fatalf("samevalue: match %q captured nothing", m[0])
		}
		if i == 0 {
			first = v
		} else if v != first {
			ts.Fatalf("samevalue: %q in one place, %q in another", first, v)
		}
	}
}

// cmdMkgz runs "mkgz [-cut N] OUT IN": OUT is IN gzip-compressed, with its
// last N bytes cut off (a damaged archive) when -cut is given.
func cmdMkgz(ts *testscript.TestScript, neg bool, args []string) {
	cut := 0
	if len(args) > 0 && args[0] == "-cut" {
		if len(args) < 2 {
			ts.Fatalf("usage: mkgz [-cut N] OUT IN")
		}
		n, err := strconv.Atoi(args[1])
		ts.Check(err)
		cut, args = n, args[2:]
	}
	if neg || len(args) != 2 {
		ts.Fatalf("usage: mkgz [-cut N] OUT IN")
	}
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	_, err := zw.Write([]byte(ts.ReadFile(args[1])))
	ts.Check(err)
	ts.Check(zw.Close())
	data := b.Bytes()
	data = data[:len(data)-min(cut, len(data))]
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), data, 0o644))
}

// cmdMkzip runs "mkzip [-badcrc] OUT NAME=FILE...": a zip archive of the
// files under the given member names (stored, not compressed); with
// -badcrc every member's CRC-32 is wrong (a damaged archive whose data is
// otherwise complete).
func cmdMkzip(ts *testscript.TestScript, neg bool, args []string) {
	badCRC := len(args) > 0 && args[0] == "-badcrc"
	if badCRC {
		args = args[1:]
	}
	if neg || len(args) < 1 {
		ts.Fatalf("usage: mkzip [-badcrc] OUT NAME=FILE...")
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, m := range args[1:] {
		name, file, ok := strings.Cut(m, "=")
		if !ok {
			ts.Fatalf("mkzip: %q is not NAME=FILE", m)
		}
		data, err := os.ReadFile(ts.MkAbs(file))
		ts.Check(err)
		crc := crc32.ChecksumIEEE(data)
		if badCRC {
			crc ^= 0xdeadbeef
		}
		w, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Store, CRC32: crc,
			CompressedSize64: uint64(len(data)), UncompressedSize64: uint64(len(data))})
		ts.Check(err)
		_, err = w.Write(data)
		ts.Check(err)
	}
	ts.Check(zw.Close())
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), b.Bytes(), 0o644))
}
