package exposure

import (
	"bytes"
	"context"
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

const chromium = "/usr/bin/chromium"

// screenshotPath is where SAFEHAR_UPDATE_SCREENSHOT=1 keeps the screenshot
// for the README.
const screenshotPath = "../../../docs/screenshots/exposure-report.png"

// TestHTMLSelfContained: the page has no external reference and no script.
func TestHTMLSelfContained(t *testing.T) {
	_, rep := scanFixtures(t)
	var b bytes.Buffer
	if err := WriteHTML(&b, rep, "safehar test"); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	checkSelfContained(t, page)
	for _, want := range []string{"11</b><span>distinct credentials", "6</b><span>live at the report time",
		"Credentials by kind", "Credentials by host", "<svg", "Rotation checklist", "console.example.com",
		fp(sessionID), "support-case-42.zip!/nested/d.har.gz", "gzip data is damaged"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page does not contain %q", want)
		}
	}
	// The summary comes before the charts, the charts before the details.
	if i, j, k := strings.Index(page, "distinct credentials"), strings.Index(page, "<svg"), strings.Index(page, "Per file"); !(i < j && j < k) {
		t.Errorf("sections out of order: summary %d, chart %d, per file %d", i, j, k)
	}
}

var externalRef = regexp.MustCompile(`(?i)(src|href|action|xlink:href|srcset|poster|data)\s*=\s*["']?\s*(https?:)?//`)

func checkSelfContained(t *testing.T, page string) {
	t.Helper()
	if m := externalRef.FindString(page); m != "" {
		t.Errorf("the page references something outside itself: %q", m)
	}
	for _, bad := range []string{"<script", "<link", "<iframe", "<img", "@import", "url("} {
		if strings.Contains(strings.ToLower(page), bad) {
			t.Errorf("the page contains %q", bad)
		}
	}
}

// TestHTMLInChromium opens the report in headless Chromium and keeps a
// screenshot of it.
func TestHTMLInChromium(t *testing.T) {
	if _, err := os.Stat(chromium); err != nil {
		t.Skipf("%s is absent (scripts/test.sh installs it with apt-get install chromium): skipping the browser check", chromium)
	}
	_, rep := scanFixtures(t)
	dir := t.TempDir()
	page := filepath.Join(dir, "exposure-report.html")
	f, err := os.Create(page)
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteHTML(f, rep, "safehar test"); err != nil {
		t.Fatal(err)
	}
	f.Close()
	shot := filepath.Join(dir, "exposure-report.png")
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--hide-scrollbars", "--user-data-dir="+filepath.Join(dir, "profile"),
		"--screenshot="+shot, "--window-size=1280,1600", "file://"+page)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("chromium: %v\n%s", err, out)
	}
	png, err := os.ReadFile(shot)
	if err != nil {
		t.Fatalf("no screenshot: %v\n%s", err, out)
	}
	if len(png) < 20<<10 || !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) || string(png[12:16]) != "IHDR" {
		t.Fatalf("the screenshot is not a non-trivial PNG (%d bytes)", len(png))
	}
	w, h := binary.BigEndian.Uint32(png[16:20]), binary.BigEndian.Uint32(png[20:24])
	if w != 1280 || h != 1600 {
		t.Errorf("screenshot is %dx%d, want 1280x1600", w, h)
	}
	if os.Getenv("SAFEHAR_UPDATE_SCREENSHOT") != "" {
		if err := os.MkdirAll(filepath.Dir(screenshotPath), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(screenshotPath, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("kept the screenshot at %s", screenshotPath)
	}
}
