package main

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/xml"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// TestMakeDist runs "make dist" (docs/DEPLOY.md) into a temporary folder and
// checks every file it promises. It cross-compiles six binaries (about 30 s
// with a warm build cache, minutes with a cold one), so it runs only with
// SAFEHAR_TEST_DIST=1 and never with -short.
func TestMakeDist(t *testing.T) {
	if testing.Short() || os.Getenv("SAFEHAR_TEST_DIST") != "1" {
		t.Skip("set SAFEHAR_TEST_DIST=1 (and no -short) to run make dist")
	}
	for _, tool := range []string{"make", "zip", "dpkg-deb", "openssl", "chromium"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed", tool)
		}
	}
	dist := t.TempDir()
	cmd := exec.Command("make", "dist", "DIST="+dist)
	cmd.Dir = ".."
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("make dist: %v\n%s", err, out)
	}
	ver := Version
	extID := strings.TrimSpace(string(must(os.ReadFile("../extension/chrome-extension-id.txt"))))
	manifestJSON := must(os.ReadFile("../extension/manifest.json"))
	extVer := "0.1.0"
	if i := bytes.Index(manifestJSON, []byte(`"version": "`)); i >= 0 {
		rest := manifestJSON[i+len(`"version": "`):]
		extVer = string(rest[:bytes.IndexByte(rest, '"')])
	}

	// Binaries for every OS and architecture; the native one runs.
	for _, goos := range []string{"linux", "darwin", "windows"} {
		for _, arch := range []string{"amd64", "arm64"} {
			name := "safehar-" + ver + "-" + goos + "-" + arch
			if goos == "windows" {
				name += ".exe"
			}
			fi, err := os.Stat(filepath.Join(dist, name))
			if err != nil || fi.Size() < 1<<20 {
				t.Errorf("%s: %v", name, err)
			}
			if goos == runtime.GOOS && arch == runtime.GOARCH {
				out, err := exec.Command(filepath.Join(dist, name), "version").Output()
				if err != nil || strings.TrimSpace(string(out)) != "safehar "+ver {
					t.Errorf("%s version: %q %v", name, out, err)
				}
			}
		}
	}

	// The .deb: binary, templates, postinst registering the host for all users.
	for _, arch := range []string{"amd64", "arm64"} {
		deb := filepath.Join(dist, "safehar_"+ver+"_"+arch+".deb")
		list, err := exec.Command("dpkg-deb", "-c", deb).Output()
		if err != nil {
			t.Fatalf("%s: %v", deb, err)
		}
		for _, f := range []string{"./usr/bin/safehar", "./usr/share/safehar/policies/chrome-linux.json", "./usr/share/safehar/policies/safehar.admx", "./usr/share/doc/safehar/DEPLOY.md", "./usr/share/doc/safehar/copyright"} {
			if !strings.Contains(string(list), " "+f+"\n") {
				t.Errorf("%s lacks %s", deb, f)
			}
		}
		if !strings.Contains(string(list), "-rwxr-xr-x root/root") {
			t.Errorf("%s: files are not owned by root:\n%s", deb, list)
		}
		ctl, _ := exec.Command("dpkg-deb", "-f", deb, "Package", "Version", "Architecture").Output()
		if string(ctl) != "Package: safehar\nVersion: "+ver+"\nArchitecture: "+arch+"\n" {
			t.Errorf("%s control: %q", deb, ctl)
		}
		x := t.TempDir()
		if out, err := exec.Command("dpkg-deb", "-e", deb, x).CombinedOutput(); err != nil {
			t.Fatalf("%s", out)
		}
		if post := string(must(os.ReadFile(filepath.Join(x, "postinst")))); !strings.Contains(post, "/usr/bin/safehar install --system") {
			t.Errorf("postinst:\n%s", post)
		}
		if pre := string(must(os.ReadFile(filepath.Join(x, "prerm")))); !strings.Contains(pre, "/usr/bin/safehar uninstall --system") {
			t.Errorf("prerm:\n%s", pre)
		}
	}

	// The store .zip: exactly the shipped files.
	zr, err := zip.OpenReader(filepath.Join(dist, "safehar-extension-"+extVer+".zip"))
	if err != nil {
		t.Fatal(err)
	}
	checkExtensionZip(t, &zr.Reader, manifestJSON)
	zr.Close()

	// The .crx: a CRX3 whose id is the extension's, holding the same files.
	crx := must(os.ReadFile(filepath.Join(dist, "safehar-extension-"+extVer+".crx")))
	id, payload, err := parseCRX3(crx)
	if err != nil {
		t.Fatal(err)
	}
	if id != extID {
		t.Errorf("the .crx has id %s, want %s", id, extID)
	}
	cz, err := zip.NewReader(bytes.NewReader(payload), int64(len(payload)))
	if err != nil {
		t.Fatal(err)
	}
	checkExtensionZip(t, cz, manifestJSON)

	// update.xml points at the .crx.
	var upd struct {
		Apps []struct {
			AppID string `xml:"appid,attr"`
			Check struct {
				Codebase string `xml:"codebase,attr"`
				Version  string `xml:"version,attr"`
			} `xml:"updatecheck"`
		} `xml:"app"`
	}
	if err := xml.Unmarshal(must(os.ReadFile(filepath.Join(dist, "update.xml"))), &upd); err != nil {
		t.Fatal(err)
	}
	if len(upd.Apps) != 1 || upd.Apps[0].AppID != extID || upd.Apps[0].Check.Version != extVer ||
		upd.Apps[0].Check.Codebase != "file://"+dist+"/safehar-extension-"+extVer+".crx" {
		t.Errorf("update.xml: %+v", upd)
	}

	// SHA256SUMS covers every file.
	sums := string(must(os.ReadFile(filepath.Join(dist, "SHA256SUMS"))))
	entries, _ := os.ReadDir(dist)
	for _, e := range entries {
		if e.Name() == "SHA256SUMS" {
			continue
		}
		h := sha256.Sum256(must(os.ReadFile(filepath.Join(dist, e.Name()))))
		if !strings.Contains(sums, hex.EncodeToString(h[:])+"  "+e.Name()+"\n") {
			t.Errorf("SHA256SUMS lacks %s", e.Name())
		}
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func checkExtensionZip(t *testing.T, z *zip.Reader, manifestJSON []byte) {
	t.Helper()
	var names []string
	for _, f := range z.File {
		names = append(names, f.Name)
		if f.Name == "manifest.json" {
			r, _ := f.Open()
			var b bytes.Buffer
			b.ReadFrom(r)
			r.Close()
			if !bytes.Equal(b.Bytes(), manifestJSON) {
				t.Error("the packed manifest.json differs from extension/manifest.json")
			}
		}
		for _, bad := range []string{"test/", "node_modules/", "tools/", "package.json", ".pem"} {
			if strings.Contains(f.Name, bad) {
				t.Errorf("the package holds %s", f.Name)
			}
		}
	}
	for _, want := range []string{"manifest.json", "managed_schema.json", "devtools.html", "src/background.js", "icons/icon-128.png"} {
		if !slices.Contains(names, want) {
			t.Errorf("the package lacks %s (has %v)", want, names)
		}
	}
}

// parseCRX3 reads a CRX3 file: "Cr24", version 3, the header length, a
// CrxFileHeader protobuf, then the zip. It returns the extension id from
// the signed header data (crx_id: the first 16 bytes of the SHA-256 of the
// public key, written in the letters a-p).
func parseCRX3(b []byte) (string, []byte, error) {
	if len(b) < 12 || string(b[:4]) != "Cr24" || binary.LittleEndian.Uint32(b[4:]) != 3 {
		return "", nil, errors.New("not a CRX3 file")
	}
	n := int(binary.LittleEndian.Uint32(b[8:]))
	if 12+n > len(b) {
		return "", nil, errors.New("the CRX3 header is truncated")
	}
	signed := protoField(b[12:12+n], 10000) // signed_header_data
	crxID := protoField(signed, 1)          // SignedData.crx_id
	if len(crxID) != 16 {
		return "", nil, errors.New("the CRX3 header has no crx_id")
	}
	id := strings.Map(func(r rune) rune {
		if r <= '9' {
			return 'a' + (r - '0')
		}
		return 'a' + 10 + (r - 'a')
	}, hex.EncodeToString(crxID))
	return id, b[12+n:], nil
}

// protoField returns the first length-delimited field num of a protobuf
// message (nil if absent or malformed).
func protoField(b []byte, num uint64) []byte {
	for len(b) > 0 {
		key, k := binary.Uvarint(b)
		if k <= 0 {
			return nil
		}
		b = b[k:]
		switch key & 7 {
		case 0:
			_, k = binary.Uvarint(b)
			if k <= 0 {
				return nil
			}
			b = b[k:]
		case 2:
			l, k := binary.Uvarint(b)
			if k <= 0 || uint64(len(b)-k) < l {
				return nil
			}
			if key>>3 == num {
				return b[k : k+int(l)]
			}
			b = b[k+int(l):]
		default:
			return nil
		}
	}
	return nil
}
