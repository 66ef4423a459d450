package exposure

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/safehar/safehar/internal/hargen"
	"github.com/safehar/safehar/sanitize"
)

func scanFixtures(t *testing.T) (string, *Report) {
	t.Helper()
	dir := t.TempDir()
	writeFixtures(t, dir)
	rep, err := Scan([]string{dir}, Options{Key: testKey, At: testAt, KeepFindings: true})
	if err != nil {
		t.Fatal(err)
	}
	return dir, rep
}

// TestFixtures checks counts, hosts, fingerprints and verdicts over a
// folder of generated HARs (plain, gzip, zip) at a fixed time.
func TestFixtures(t *testing.T) {
	dir, rep := scanFixtures(t)

	var files []string
	for _, f := range rep.Files {
		files = append(files, rel(dir, f.Name))
	}
	wantFiles := []string{"a.har", "clean.har", "sub/b.har.gz", "support-case-42.zip!/c.har", "support-case-42.zip!/nested/d.har.gz"}
	if !slices.Equal(files, wantFiles) {
		t.Errorf("files scanned:\n got %q\nwant %q", files, wantFiles)
	}
	skipped := map[string]string{}
	for _, s := range rep.Skipped {
		skipped[rel(dir, s.File)] = s.Reason
	}
	for name, reason := range map[string]string{"bad.har.gz": "gzip data is damaged", "broken.har": "truncated", "other.zip": "holds no HAR file"} {
		if !strings.Contains(skipped[name], reason) {
			t.Errorf("skipped[%s] = %q, want it to say %q", name, skipped[name], reason)
		}
	}
	if len(rep.Skipped) != 3 {
		t.Errorf("skipped %d inputs, want 3: %v", len(rep.Skipped), rep.Skipped)
	}
	sm := rep.Summary
	if sm.Files != 5 || sm.Exposing != 4 || sm.Ignored != 3 || sm.Credentials != 11 || sm.Live != 6 || sm.Expired != 3 || sm.Unknown != 2 {
		t.Errorf("summary = files %d exposing %d ignored %d credentials %d live %d expired %d unknown %d; want 5 4 3 11 6 3 2",
			sm.Files, sm.Exposing, sm.Ignored, sm.Credentials, sm.Live, sm.Expired, sm.Unknown)
	}

	if len(rep.Credentials) != len(wantCreds) {
		t.Fatalf("%d credentials, want %d", len(rep.Credentials), len(wantCreds))
	}
	for i, w := range wantCreds {
		c := rep.Credentials[i]
		var cf []string
		for _, f := range c.Files {
			cf = append(cf, rel(dir, f))
		}
		got := want{c.Fingerprint, string(c.Kind), c.Host, c.Name(), c.Verdict, c.Expires, cf, c.Privileged}
		if fmtWant(got) != fmtWant(w) || !slices.Equal(cf, w.files) || got.priv != w.priv {
			t.Errorf("credential %d:\n got %s files %q privileged %v\nwant %s files %q privileged %v", i, fmtWant(got), cf, got.priv, fmtWant(w), w.files, w.priv)
		}
	}

	// The checklist: live privileged first, grouped by host and kind,
	// expired last.
	var groups []string
	for _, g := range rep.Checklist {
		groups = append(groups, g.Urgency+" "+g.Host+" "+string(g.Kind))
	}
	wantGroups := []string{
		"now console.example.com authorization",
		"now api.example.com authorization",
		"now app.example.com cookie",
		"now examplebucket.s3.amazonaws.com signature",
		"soon admin.example.com api-key",
		"confirm acct.blob.core.windows.net signature",
	}
	if !slices.Equal(groups, wantGroups) {
		t.Errorf("checklist:\n got %q\nwant %q", groups, wantGroups)
	}

	// Per file: the session cookie is in 4 files; a.har holds 5 credentials.
	a := rep.Files[0]
	if len(a.Credentials) != 5 || a.Live != 4 || a.Unknown != 1 || a.Expired != 0 {
		t.Errorf("a.har: %d credentials (%d live, %d unknown, %d expired), want 5 (4, 1, 0)", len(a.Credentials), a.Live, a.Unknown, a.Expired)
	}
	if !rep.Files[1].Clean() {
		t.Errorf("clean.har is not clean")
	}
}

// TestNoSecretInOutput checks that no value reaches any rendering.
func TestNoSecretInOutput(t *testing.T) {
	_, rep := scanFixtures(t)
	var out bytes.Buffer
	if err := WriteText(&out, rep, TextOptions{Locations: true, Totals: true}); err != nil {
		t.Fatal(err)
	}
	if err := WriteHTML(&out, rep, "safehar test"); err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(rep)
	out.Write(b)
	for _, secret := range []string{jwtLive, jwtExpired, jwtConsole, sessionID, refreshVal, oldVal, rememberVal, apiKey, amzSig, sasSig, "AKIAIOSFODNN7EXAMPLE"} {
		if bytes.Contains(out.Bytes(), []byte(secret)) {
			t.Errorf("a secret value reached the output: %.20s…", secret)
		}
	}
}

// TestVerdictAt: the same files judged at another time.
func TestVerdictAt(t *testing.T) {
	dir := t.TempDir()
	writeFixtures(t, dir)
	rep, err := Scan([]string{dir}, Options{Key: testKey, At: testAt.AddDate(1, 0, 0)})
	if err != nil {
		t.Fatal(err)
	}
	if sm := rep.Summary; sm.Live != 0 || sm.Expired != 9 || sm.Unknown != 2 {
		t.Errorf("a year later: %d live, %d expired, %d unknown; want 0, 9, 2", sm.Live, sm.Expired, sm.Unknown)
	}
}

// TestParallel scans generated files with two workers and with one: both
// cores are used and the report is the same, in the same order.
func TestParallel(t *testing.T) {
	if runtime.NumCPU() < 2 {
		t.Skip("needs two cores")
	}
	dir := t.TempDir()
	for i := range 8 {
		f, err := os.Create(filepath.Join(dir, "gen-"+string(rune('a'+i))+".har"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := hargen.Write(f, hargen.Options{Size: 1 << 20, Seed: uint64(i + 1)}); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	render := func(workers int) (string, *Report) {
		rep, err := Scan([]string{dir}, Options{Key: testKey, At: testAt, Workers: workers, KeepFindings: true})
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(rep)
		if err != nil {
			t.Fatal(err)
		}
		return string(b), rep
	}
	one, r1 := render(1)
	two, r2 := render(2)
	if one != two {
		t.Errorf("the report with 2 workers differs from the one with 1")
	}
	if r1.Stats.PeakParallel != 1 || r2.Stats.PeakParallel != 2 {
		t.Errorf("peak parallel scans: %d with 1 worker, %d with 2; want 1 and 2", r1.Stats.PeakParallel, r2.Stats.PeakParallel)
	}
	if r2.Summary.Files != 8 || r2.Summary.Credentials == 0 {
		t.Errorf("scanned %d files, %d credentials", r2.Summary.Files, r2.Summary.Credentials)
	}
}

// TestStdinAndErrors covers "-" and inputs that are not there.
func TestStdinAndErrors(t *testing.T) {
	rep, err := Scan([]string{"-", "/nonexistent/x.har"}, Options{Key: testKey, At: testAt,
		Stdin: bytes.NewReader(gz(t, har(t, entry{time: "2026-11-22T07:00:00Z", url: "https://x.example.com/?access_token=abcdef123456"})))})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Files) != 1 || rep.Files[0].Name != "standard input" || rep.Summary.Credentials != 1 {
		t.Errorf("stdin: %+v", rep.Summary)
	}
	if len(rep.Skipped) != 1 || !strings.Contains(rep.Skipped[0].Reason, "does not exist") {
		t.Errorf("skipped: %v", rep.Skipped)
	}
	if _, err := Scan(nil, Options{Key: []byte("short")}); err == nil {
		t.Errorf("a short key was accepted")
	}
}

// TestKindOrder: every sanitize kind has a rank and an action.
func TestKindOrder(t *testing.T) {
	for _, k := range []sanitize.Kind{sanitize.KindCookie, sanitize.KindAuthorization, sanitize.KindToken, sanitize.KindAPIKey,
		sanitize.KindPassword, sanitize.KindSecret, sanitize.KindSession, sanitize.KindCSRF, sanitize.KindOAuthCode,
		sanitize.KindSignature, sanitize.KindSAML, sanitize.KindJWT, sanitize.KindPrivateKey, sanitize.KindCloudKey,
		sanitize.KindPersonal, sanitize.KindURLPassword, sanitize.KindPayment} {
		if kindRank(k) == len(kindOrder) {
			t.Errorf("kind %s has no rank", k)
		}
		if a := action(&Group{Kind: k, Live: 1}); strings.HasPrefix(a, "Revoke or rotate the value") {
			t.Errorf("kind %s has no action", k)
		}
	}
	for s, want := range map[string]bool{"iam.example.com": true, "my-admin": true, "liam.example.com": false, "console.aws.amazon.com": true, "app.example.com": false} {
		if got := privileged(&Credential{Kind: sanitize.KindCookie, Hosts: []string{s}}); got != want {
			t.Errorf("privileged(%s) = %v, want %v", s, got, want)
		}
	}
}
