package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"debug/macho"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
)

// The package checks of TestMakeDist (policy_dist_test.go), one function
// per artifact.

// sshSigningKey makes a fresh ed25519 key, as a release manager's, and the
// allowed_signers file users verify SHA256SUMS.sig with.
func sshSigningKey(t *testing.T) (key, allowedSigners string) {
	t.Helper()
	dir := t.TempDir()
	key = filepath.Join(dir, "release")
	if out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "release@safehar.dev", "-f", key).CombinedOutput(); err != nil {
		t.Fatalf("ssh-keygen: %v\n%s", err, out)
	}
	pub := strings.Fields(string(must(os.ReadFile(key + ".pub"))))
	allowedSigners = filepath.Join(dir, "allowed_signers")
	if err := os.WriteFile(allowedSigners, []byte("release@safehar.dev "+pub[0]+" "+pub[1]+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return key, allowedSigners
}

// checkSignature verifies SHA256SUMS.sig as the README tells users to, and
// that a changed SHA256SUMS fails the same check.
func checkSignature(t *testing.T, dist, allowedSigners string) {
	t.Helper()
	verify := func(sums []byte) error {
		cmd := exec.Command("ssh-keygen", "-Y", "verify", "-f", allowedSigners, "-I", "release@safehar.dev", "-n", "file",
			"-s", filepath.Join(dist, "SHA256SUMS.sig"))
		cmd.Stdin = bytes.NewReader(sums)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Logf("ssh-keygen -Y verify: %s", out)
		}
		return err
	}
	sums := must(os.ReadFile(filepath.Join(dist, "SHA256SUMS")))
	if err := verify(sums); err != nil {
		t.Errorf("SHA256SUMS.sig does not verify: %v", err)
	}
	if err := verify(append(bytes.Clone(sums), "0000  extra\n"...)); err == nil {
		t.Error("a changed SHA256SUMS still verifies")
	}
}

// checkDebContents runs lintian (no error or warning may remain) and the
// binary the package holds.
func checkDebContents(t *testing.T, deb string) {
	t.Helper()
	if _, err := exec.LookPath("lintian"); err == nil {
		out, err := exec.Command("lintian", "--tag-display-limit", "0", deb).CombinedOutput()
		for _, l := range strings.Split(string(out), "\n") {
			if strings.HasPrefix(l, "E: ") || strings.HasPrefix(l, "W: ") {
				t.Errorf("lintian %s: %s", filepath.Base(deb), l)
			}
		}
		if err != nil {
			t.Errorf("lintian %s: %v\n%s", filepath.Base(deb), err, out)
		}
	} else {
		t.Log("lintian is not installed: the .deb was not linted")
	}
	x := t.TempDir()
	if out, err := exec.Command("dpkg-deb", "-x", deb, x).CombinedOutput(); err != nil {
		t.Fatalf("dpkg-deb -x: %v\n%s", err, out)
	}
	copyright := string(must(os.ReadFile(filepath.Join(x, "usr/share/doc/safehar/copyright"))))
	if !strings.Contains(copyright, "License: Apache-2.0") || !strings.Contains(copyright, "/usr/share/common-licenses/Apache-2.0") {
		t.Errorf("copyright:\n%s", copyright)
	}
	man := gunzip(t, filepath.Join(x, "usr/share/man/man1/safehar.1.gz"))
	for _, want := range []string{".TH SAFEHAR 1", ".SS sanitize", ".SS verify", ".SS doctor", "Usage: safehar install"} {
		if !strings.Contains(man, want) {
			t.Errorf("the man page lacks %q", want)
		}
	}
	changelog := gunzip(t, filepath.Join(x, "usr/share/doc/safehar/changelog.gz"))
	if !strings.HasPrefix(changelog, "safehar ("+Version+") ") {
		t.Errorf("changelog.gz does not start with this version:\n%s", changelog)
	}
	if strings.HasSuffix(deb, "_"+runtime.GOARCH+".deb") {
		out, err := exec.Command(filepath.Join(x, "usr/bin/safehar"), "version").Output()
		if err != nil || strings.TrimSpace(string(out)) != "safehar "+Version {
			t.Errorf("the packaged safehar version: %q %v", out, err)
		}
		checkDebInstall(t, deb)
	}
}

func gunzip(t *testing.T, path string) string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return string(b)
}

// checkRPMs lists each .rpm's files, scripts and header with rpm itself.
func checkRPMs(t *testing.T, dist, ver, extID string) {
	t.Helper()
	if _, err := exec.LookPath("rpm"); err != nil {
		t.Log("rpm is not installed: the .rpm files were not inspected")
		return
	}
	for _, arch := range []string{"x86_64", "aarch64"} {
		p := filepath.Join(dist, "safehar-"+ver+"-1."+arch+".rpm")
		files, err := exec.Command("rpm", "-qlp", p).Output()
		if err != nil {
			t.Fatalf("rpm -qlp %s: %v", p, err)
		}
		for _, f := range []string{"/usr/bin/safehar", "/usr/share/safehar/policies/chrome-linux.json", "/usr/share/man/man1/safehar.1.gz",
			"/usr/share/licenses/safehar/LICENSE", "/usr/share/doc/safehar/DEPLOY.md"} {
			if !strings.Contains(string(files), f+"\n") {
				t.Errorf("%s lacks %s:\n%s", filepath.Base(p), f, files)
			}
		}
		hdr, _ := exec.Command("rpm", "-qp", "--qf", "%{NAME} %{VERSION} %{ARCH} %{LICENSE}", p).Output()
		if string(hdr) != "safehar "+ver+" "+arch+" Apache-2.0" {
			t.Errorf("%s header: %q", filepath.Base(p), hdr)
		}
		scripts, _ := exec.Command("rpm", "-qp", "--scripts", p).Output()
		if !strings.Contains(string(scripts), "safehar install --system --extension-id "+extID) ||
			!strings.Contains(string(scripts), "safehar uninstall --system") {
			t.Errorf("%s scripts:\n%s", filepath.Base(p), scripts)
		}
	}
}

// checkMSI reads the .msi's tables with msiinfo: a per-machine x64 package
// installing safehar.exe and the two manifests in Program Files, with an
// HKLM key for each browser, and manifests that allow the extension.
func checkMSI(t *testing.T, msi, ver, extID string) {
	t.Helper()
	table := func(name string) [][]string {
		out, err := exec.Command("msiinfo", "export", msi, name).Output()
		if err != nil {
			t.Fatalf("msiinfo export %s: %v", name, err)
		}
		var rows [][]string
		for i, l := range strings.Split(strings.TrimRight(string(out), "\r\n"), "\n") {
			if i >= 3 { // column names, types, table name
				rows = append(rows, strings.Split(strings.TrimRight(l, "\r"), "\t"))
			}
		}
		return rows
	}
	props := map[string]string{}
	for _, r := range table("Property") {
		props[r[0]] = r[1]
	}
	if props["ALLUSERS"] != "1" || props["ProductVersion"] != ver || props["ProductName"] != "safehar" || props["UpgradeCode"] == "" {
		t.Errorf("msi properties: %v", props)
	}
	dirs := map[string][]string{}
	for _, r := range table("Directory") {
		dirs[r[0]] = r
	}
	if d := dirs["INSTALLDIR"]; len(d) < 3 || d[1] != "ProgramFiles64Folder" || d[2] != "safehar" {
		t.Errorf("msi INSTALLDIR: %v", d)
	}
	files := map[string]bool{}
	for _, r := range table("File") {
		files[r[2]] = true // FileName
	}
	for _, f := range []string{"safehar.exe", "com.safehar.host.chrome.json", "com.safehar.host.firefox.json"} {
		if !files[f] {
			t.Errorf("msi File table lacks %s: %v", f, files)
		}
	}
	for _, r := range table("Component") {
		if len(r) < 4 || r[3] != "256" && r[3] != "260" { // msidbComponentAttributes64bit
			t.Errorf("msi component %v is not 64-bit", r)
		}
	}
	keys := map[string]string{}
	for _, r := range table("Registry") {
		if r[1] != "2" { // HKLM
			t.Errorf("msi registry row outside HKLM: %v", r)
		}
		keys[r[2]] = r[4]
	}
	for _, k := range []string{`Google\Chrome`, `Chromium`, `Microsoft\Edge`, `BraveSoftware\Brave-Browser`, `Mozilla`} {
		want := "[INSTALLDIR]com.safehar.host.chrome.json"
		if k == "Mozilla" {
			want = "[INSTALLDIR]com.safehar.host.firefox.json"
		}
		if v := keys[`SOFTWARE\`+k+`\NativeMessagingHosts\com.safehar.host`]; v != want {
			t.Errorf(`msi HKLM\SOFTWARE\%s\NativeMessagingHosts\com.safehar.host = %q, want %q`, k, v, want)
		}
	}
	if out, err := exec.Command("msiinfo", "suminfo", msi).Output(); err != nil || !strings.Contains(string(out), "Template: x64;1033") {
		t.Errorf("msi summary: %v\n%s", err, out)
	}
	if _, err := exec.LookPath("msiextract"); err != nil {
		return
	}
	x := t.TempDir()
	if out, err := exec.Command("msiextract", "-C", x, msi).CombinedOutput(); err != nil {
		t.Fatalf("msiextract: %v\n%s", err, out)
	}
	var found int
	filepath.Walk(x, func(p string, fi os.FileInfo, err error) error {
		if err != nil || !strings.HasPrefix(fi.Name(), "com.safehar.host.") {
			return nil
		}
		found++
		var m struct {
			Name, Path string
			Origins    []string `json:"allowed_origins"`
			Extensions []string `json:"allowed_extensions"`
		}
		if err := json.Unmarshal(must(os.ReadFile(p)), &m); err != nil {
			t.Errorf("%s: %v", fi.Name(), err)
		}
		firefox := strings.Contains(fi.Name(), "firefox")
		if m.Name != HostName || m.Path != "safehar.exe" ||
			firefox && (len(m.Extensions) != 1 || m.Extensions[0] != FirefoxAddonID || m.Origins != nil) ||
			!firefox && (len(m.Origins) != 1 || m.Origins[0] != "chrome-extension://"+extID+"/" || m.Extensions != nil) {
			t.Errorf("msi %s: %+v", fi.Name(), m)
		}
		return nil
	})
	if found != 2 {
		t.Errorf("msiextract: %d host manifests, want 2", found)
	}
}

// checkMacOS opens the .tar.gz: a universal binary with both slices, the
// licence, and install steps that say it is unsigned.
func checkMacOS(t *testing.T, tgz, ver string) {
	t.Helper()
	f, err := os.Open(tgz)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(zr)
	got := map[string][]byte{}
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if h.Uid != 0 || h.Gid != 0 {
			t.Errorf("%s is owned by %d:%d", h.Name, h.Uid, h.Gid)
		}
		got[h.Name] = must(io.ReadAll(tr))
	}
	dir := "safehar-" + ver + "-macos/"
	ff, err := macho.NewFatFile(bytes.NewReader(got[dir+"safehar"]))
	if err != nil {
		t.Fatalf("%ssafehar is not a universal binary: %v", dir, err)
	}
	if len(ff.Arches) != 2 || ff.Arches[0].Cpu != macho.CpuAmd64 || ff.Arches[1].Cpu != macho.CpuArm64 {
		t.Errorf("universal binary slices: %+v", ff.Arches)
	}
	if !bytes.Equal(got[dir+"LICENSE"], must(os.ReadFile("../LICENSE"))) {
		t.Error("the macOS archive's LICENSE differs from LICENSE")
	}
	if s := string(got[dir+"INSTALL.txt"]); !strings.Contains(s, "NOT signed or notarised") || !strings.Contains(s, "safehar install --system") {
		t.Errorf("INSTALL.txt:\n%s", s)
	}
}

var keyLine = regexp.MustCompile(`(?m)^  "key": ".*",\n`)

// checkExtensionPackages: the store zip and the .xpi have no "key", the
// self-hosting zip keeps the fixed id's, the .xpi has no service worker
// entry and was linted clean.
func checkExtensionPackages(t *testing.T, dist, extVer string, manifestJSON []byte, makeOut string) {
	t.Helper()
	noKey := keyLine.ReplaceAll(manifestJSON, nil)
	if bytes.Equal(noKey, manifestJSON) {
		t.Fatal("extension/manifest.json has no key line")
	}
	firefox := regexp.MustCompile(`(?m)^    "service_worker": .*\n`).ReplaceAll(noKey, nil)
	for _, p := range []struct {
		file     string
		manifest []byte
	}{
		{"safehar-extension-" + extVer + "-store.zip", noKey},
		{"safehar-extension-" + extVer + "-selfhost.zip", manifestJSON},
		{"safehar-extension-" + extVer + ".xpi", firefox},
	} {
		zr, err := zip.OpenReader(filepath.Join(dist, p.file))
		if err != nil {
			t.Fatal(err)
		}
		checkExtensionZip(t, &zr.Reader, p.manifest)
		zr.Close()
	}
	if _, err := os.Stat("../extension/node_modules/.bin/web-ext"); err == nil && !strings.Contains(makeOut, "web-ext lint: the .xpi is clean") {
		t.Errorf("make dist did not lint the .xpi clean:\n%s", makeOut)
	}
}

// checkDebInstall installs the .deb for real with dpkg, in a private mount
// namespace whose /usr, /etc and /var are overlays (nothing reaches the
// machine): the postinst registers the host for every browser, doctor's
// verdict is ok, and dpkg -r removes the binary, every registration and
// every folder the install made. Skipped without root or unshare.
func checkDebInstall(t *testing.T, deb string) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Log("not root: the .deb was inspected, not installed")
		return
	}
	if _, err := exec.LookPath("unshare"); err != nil {
		t.Log("no unshare: the .deb was inspected, not installed")
		return
	}
	w := t.TempDir()
	script := `set -e
for d in usr etc var; do
	mkdir -p "$W/$d/up" "$W/$d/wk"
	mount -t overlay safehar-deb -o "lowerdir=/$d,upperdir=$W/$d/up,workdir=$W/$d/wk" "/$d"
done
dirs() { find /etc /usr -xdev -type d 2>/dev/null | sort; }
dirs > "$W/before"
dpkg -i "$DEB" > /dev/null
[ -x /usr/bin/safehar ] && echo "installed: /usr/bin/safehar"
for f in /etc/opt/chrome/native-messaging-hosts /etc/chromium/native-messaging-hosts /etc/opt/edge/native-messaging-hosts /usr/lib/mozilla/native-messaging-hosts; do
	grep -q '"path": "/usr/bin/safehar"' "$f/com.safehar.host.json" && echo "registered: $f"
done
rc=0; HOME="$W/home" SAFEHAR_NO_KEYRING=1 /usr/bin/safehar doctor > "$W/doctor.txt" || rc=$?
echo "doctor: $rc"
dpkg -r safehar > /dev/null
[ ! -e /usr/bin/safehar ] && echo "removed: /usr/bin/safehar"
dirs > "$W/after"
diff "$W/before" "$W/after" && echo "no folder left"
`
	cmd := exec.Command("unshare", "--mount", "--propagation", "private", "sh", "-c", script)
	cmd.Env = []string{"PATH=/usr/sbin:/usr/bin:/sbin:/bin", "W=" + w, "DEB=" + deb}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("installing %s in a mount namespace: %v\n%s", filepath.Base(deb), err, out)
	}
	for _, want := range []string{"installed: /usr/bin/safehar", "registered: /etc/opt/chrome/native-messaging-hosts",
		"registered: /etc/chromium/native-messaging-hosts", "registered: /etc/opt/edge/native-messaging-hosts",
		"registered: /usr/lib/mozilla/native-messaging-hosts", "doctor: 0", "removed: /usr/bin/safehar", "no folder left"} {
		if !strings.Contains(string(out), want+"\n") {
			t.Errorf("dpkg -i / dpkg -r %s: no %q in:\n%s\ndoctor:\n%s", filepath.Base(deb), want, out, must(os.ReadFile(filepath.Join(w, "doctor.txt"))))
		}
	}
}
