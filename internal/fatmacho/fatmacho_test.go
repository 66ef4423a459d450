package fatmacho

import (
	"bytes"
	"debug/macho"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestMerge builds a tiny program for darwin/amd64 and darwin/arm64, merges
// them and reads the result back with debug/macho: both slices, at 16 KiB
// boundaries, byte for byte the inputs.
func TestMerge(t *testing.T) {
	if testing.Short() {
		t.Skip("cross-compiles two binaries")
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "main.go")
	if err := os.WriteFile(src, []byte("package main\nfunc main() {}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var thin [][]byte
	for _, arch := range []string{"amd64", "arm64"} {
		out := filepath.Join(dir, arch)
		cmd := exec.Command("go", "build", "-o", out, src)
		cmd.Env = append(os.Environ(), "GOOS=darwin", "GOARCH="+arch, "CGO_ENABLED=0")
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go build: %v\n%s", err, b)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		thin = append(thin, b)
	}
	var fat bytes.Buffer
	if err := Merge(&fat, thin...); err != nil {
		t.Fatal(err)
	}
	ff, err := macho.NewFatFile(bytes.NewReader(fat.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	want := []macho.Cpu{macho.CpuAmd64, macho.CpuArm64}
	if len(ff.Arches) != 2 {
		t.Fatalf("%d slices, want 2", len(ff.Arches))
	}
	for i, a := range ff.Arches {
		if a.Cpu != want[i] || a.Offset%(1<<align) != 0 || a.Align != align {
			t.Errorf("slice %d: cpu %s offset %d align %d", i, a.Cpu, a.Offset, a.Align)
		}
		if !bytes.Equal(fat.Bytes()[a.Offset:a.Offset+a.Size], thin[i]) {
			t.Errorf("slice %d differs from its input", i)
		}
	}

	for _, tt := range []struct {
		name   string
		slices [][]byte
	}{
		{"none", nil},
		{"same cpu twice", [][]byte{thin[0], thin[0]}},
		{"not Mach-O", [][]byte{[]byte("#!/bin/sh\n")}},
	} {
		if err := Merge(&bytes.Buffer{}, tt.slices...); err == nil {
			t.Errorf("%s: no error", tt.name)
		}
	}
}
