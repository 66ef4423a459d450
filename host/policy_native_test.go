package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// policyHAR carries a value only the policy's extra header rule redacts, a
// value only the extension's extra JSON key rule redacts, and a JWT.
const policyJWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwiaXNzIjoiaHR0cHM6Ly9pZHAuZXhhbXBsZS5jb20ifQ.c2lnbmF0dXJlc2lnbmF0dXJlc2ln"

const policyHAR = `{"log": {"version": "1.2", "creator": {"name": "t", "version": "1"}, "entries": [{"startedDateTime": "2026-11-22T10:00:00Z", "time": 1,
	"request": {"method": "GET", "url": "https://example.com/", "httpVersion": "HTTP/1.1", "cookies": [], "queryString": [],
	"headers": [{"name": "X-Acme-Tenant", "value": "tenant-plain-value-1"}, {"name": "X-Other", "value": "` + policyJWT + `"}], "headersSize": -1, "bodySize": 0},
	"response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "cookies": [], "headers": [], "redirectURL": "", "headersSize": -1, "bodySize": 0,
	"content": {"size": 0, "mimeType": "application/json", "text": "{\"acmeRef\": \"ref-plain-value-2\"}"}}, "cache": {}, "timings": {"send": 0, "wait": 0, "receive": 0}}]}}`

// policyHost starts a host whose system policy file holds sysPolicy ("" for
// none) and returns it with its home folder.
func policyHost(t *testing.T, sysPolicy string) (*port, string, string) {
	out := t.TempDir()
	env := hostEnv(t, out, "SAFEHAR_NO_KEYRING=1")
	var home string
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "HOME="); ok {
			home = v
		}
	}
	if sysPolicy != "" {
		dir := filepath.Join(home, "root/etc/safehar")
		os.MkdirAll(dir, 0o755)
		if err := os.WriteFile(filepath.Join(dir, "policy.json"), []byte(sysPolicy), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return startHost(t, env), home, out
}

func readSaved(t *testing.T, done map[string]any) string {
	t.Helper()
	if done["type"] != "done" {
		t.Fatalf("got %v", done)
	}
	b, err := os.ReadFile(done["path"].(string))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestNativeSystemPolicy: the system policy's extra header is redacted, its
// folder used, its "no exports without bodies" enforced, and an extension
// cannot loosen it.
func TestNativeSystemPolicy(t *testing.T) {
	p, home, _ := policyHost(t, `{"extraHeaders": ["X-Acme-Tenant"], "outputDir": "~/Support/HAR", "jwt": "drop", "allowExportWithoutBodies": false}`)
	// The extension asks for weaker settings and adds a JSON key.
	p.send(map[string]any{"type": "hello", "protocol": 1, "req": "h", "policy": map[string]any{
		"jwt": "keep-claims", "redactPersonalData": false, "allowExportWithoutBodies": true, "extraJsonKeys": []string{"acmeRef"},
		"outputDir": "~/Elsewhere",
	}})
	h := p.expect("hello")
	want := filepath.Join(home, "Support/HAR")
	if h["outputDir"] != want {
		t.Fatalf("outputDir %v, want %s", h["outputDir"], want)
	}
	pol := h["policy"].(map[string]any)
	eff := pol["effective"].(map[string]any)
	if !strings.HasSuffix(pol["source"].(string), "/etc/safehar/policy.json") || pol["enforced"] != true || pol["errors"] != nil ||
		eff["jwt"] != "drop" || eff["redactPersonalData"] != true || eff["allowExportWithoutBodies"] != false ||
		len(eff["extraHeaders"].([]any)) != 1 || len(eff["extraJsonKeys"].([]any)) != 1 || eff["outputDir"] != want {
		t.Fatalf("policy %v", pol)
	}
	if !strings.HasSuffix(h["rulesVersion"].(string), "+policy") {
		t.Fatalf("rulesVersion %v", h["rulesVersion"])
	}

	// Exports without bodies are refused; nothing is saved.
	p.send(map[string]any{"type": "begin", "site": "example.com", "bodies": false, "req": "b"})
	e := p.expect("error", "policy_refused")
	if !strings.Contains(e["message"].(string), "does not allow exports without response bodies") || e["req"] != "b" {
		t.Fatalf("%v", e)
	}

	text := readSaved(t, p.export("example.com", policyHAR, 1<<20))
	for _, leak := range []string{"tenant-plain-value-1", "ref-plain-value-2", "eyJzdWIiOiIxMjM0NTY3ODkwIiwiaXNzIjoiaHR0cHM6Ly9pZHAuZXhhbXBsZS5jb20ifQ"} {
		if strings.Contains(text, leak) {
			t.Errorf("%s survived", leak)
		}
	}
	if p.wait() != 0 {
		t.Fatalf("stderr: %s", p.stderr)
	}
	checkOutDir(t, want, 1)
}

// TestNativeExtensionPolicy: without a system policy, the extension's
// managed settings tighten the defaults; a hostile one is reported and the
// strictest settings apply.
func TestNativeExtensionPolicy(t *testing.T) {
	p, _, out := policyHost(t, "")
	p.send(map[string]any{"type": "hello", "protocol": 1, "policy": map[string]any{"extraHeaders": []string{"X-Acme-Tenant"}}})
	pol := p.expect("hello")["policy"].(map[string]any)
	if pol["source"] != "none" || pol["extension"] != true || pol["effective"].(map[string]any)["jwt"] != "keep-claims" {
		t.Fatalf("%v", pol)
	}
	text := readSaved(t, p.export("example.com", policyHAR, 1<<20))
	if strings.Contains(text, "tenant-plain-value-1") || !strings.Contains(text, "ref-plain-value-2") {
		t.Fatalf("extension policy not applied:\n%s", text)
	}

	// A hostile policy in begin: an output folder outside the home folder
	// and a pattern that matches everything. The export goes on, with the
	// strictest settings, to the usual folder.
	p.send(map[string]any{"type": "begin", "site": "example.com", "bodies": false, "policy": map[string]any{
		"outputDir": "/etc", "extraPatterns": []map[string]any{{"name": "all", "regexp": ".*"}}, "extraHeaders": []string{"X-Acme-Tenant"}}})
	e := p.expect("error", "policy_refused")
	if !strings.Contains(e["message"].(string), "without response bodies") {
		t.Fatalf("%v", e)
	}
	p.send(map[string]any{"type": "status"})
	pol = p.expect("hello")["policy"].(map[string]any)
	errs, _ := pol["errors"].([]any)
	if len(errs) != 1 || !strings.Contains(errs[0].(string), "outputDir: \"/etc\" is outside the user's home folder") ||
		!strings.Contains(errs[0].(string), `the policy pattern "all" matches ordinary text`) {
		t.Fatalf("errors %v", pol["errors"])
	}
	text = readSaved(t, p.export("example.com", policyHAR, 1<<20))
	if strings.Contains(text, "tenant-plain-value-1") || strings.Contains(text, "eyJzdWIiOiIxMjM0NTY3ODkwIiwiaXNzIjoiaHR0cHM6Ly9pZHAuZXhhbXBsZS5jb20ifQ") {
		t.Fatalf("strictest settings not applied:\n%s", text)
	}
	if p.wait() != 0 {
		t.Fatalf("stderr: %s", p.stderr)
	}
	checkOutDir(t, out, 2)
}

// TestNativeBadSystemPolicy: an invalid system policy file is reported and
// the strictest settings apply; its valid extra names still do.
func TestNativeBadSystemPolicy(t *testing.T) {
	p, _, _ := policyHost(t, `{"extraHeaders": ["X-Acme-Tenant"], "redactPersonalData": "no", "jwt": "keep-claims"}`)
	p.send(map[string]any{"type": "hello", "protocol": 1})
	pol := p.expect("hello")["policy"].(map[string]any)
	eff := pol["effective"].(map[string]any)
	if errs, _ := pol["errors"].([]any); len(errs) != 1 || !strings.Contains(errs[0].(string), "redactPersonalData: must be true or false, not a string") ||
		eff["jwt"] != "drop" || eff["redactPersonalData"] != true || eff["allowExportWithoutBodies"] != false {
		t.Fatalf("%v", pol)
	}
	text := readSaved(t, p.export("example.com", policyHAR, 1<<20))
	if strings.Contains(text, "tenant-plain-value-1") || strings.Contains(text, "eyJzdWIiOiIxMjM0NTY3ODkwIiwiaXNzIjoiaHR0cHM6Ly9pZHAuZXhhbXBsZS5jb20ifQ") {
		t.Fatalf("not strict:\n%s", text)
	}
	if p.wait() != 0 {
		t.Fatalf("stderr: %s", p.stderr)
	}
	if !strings.Contains(p.stderr.String(), "policy.json is invalid") {
		t.Fatalf("stderr: %s", p.stderr)
	}
}

// TestNativePolicyFolderRules: an output folder from the extension's
// policy outside the documented rules (a hidden folder whose files programs
// run at login) is refused and reported; the export goes to the usual
// folder, never there.
func TestNativePolicyFolderRules(t *testing.T) {
	p, home, out := policyHost(t, "")
	autostart := filepath.Join(home, ".config", "autostart")
	p.send(map[string]any{"type": "hello", "protocol": 1, "policy": map[string]any{"outputDir": "~/.config/autostart"}})
	h := p.expect("hello")
	errs, _ := h["policy"].(map[string]any)["errors"].([]any)
	if h["outputDir"] != out || len(errs) != 1 || !strings.Contains(errs[0].(string), "hidden folder .config") {
		t.Fatalf("hello %v", h)
	}
	readSaved(t, p.export("example.com", policyHAR, 1<<20))
	if entries, _ := os.ReadDir(autostart); len(entries) != 0 {
		t.Fatalf("%s holds %v", autostart, entries)
	}
	if p.wait() != 0 {
		t.Fatalf("stderr: %s", p.stderr)
	}
	checkOutDir(t, out, 1)
}
