package nativehost

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/safehar/safehar/host/internal/nm"
	"github.com/safehar/safehar/host/internal/policy"
)

// tenantHAR carries a value only a policy's extra header makes secret.
const tenantHAR = `{"log":{"version":"1.2","creator":{"name":"t","version":"1"},"entries":[{"startedDateTime":"2026-11-22T10:00:00Z","time":1,` +
	`"request":{"method":"GET","url":"https://app.example.com/","httpVersion":"h2","headers":[{"name":"X-Acme-Tenant","value":"tenant-visible-value"}],"queryString":[],"cookies":[],"headersSize":-1,"bodySize":0},` +
	`"response":{"status":200,"statusText":"OK","httpVersion":"h2","headers":[],"cookies":[],"content":{"size":0,"mimeType":"text/plain","text":""},"redirectURL":"","headersSize":-1,"bodySize":0},"cache":{},"timings":{"send":0,"wait":1,"receive":0}}]}}`

// TestExtensionPolicy: the extension's policy tightens what the system's
// allows (an extra header is redacted), a broken one still applies its
// valid parts at the strictest settings and is reported, and a begin
// without a policy keeps hello's.
func TestExtensionPolicy(t *testing.T) {
	b := start(t, nil)
	if d := b.export(tenantHAR); !strings.Contains(readFile(t, d), "tenant-visible-value") {
		t.Fatal("without a policy the tenant header is redacted; the test proves nothing")
	}
	b.send(map[string]any{"type": "hello", "policy": map[string]any{"extraHeaders": []string{"X-Acme-Tenant"}, "jwt": "keep"}})
	h := b.expect("hello")
	pol := h["policy"].(map[string]any)
	eff := pol["effective"].(map[string]any)
	if pol["extension"] != true || eff["jwt"] != "drop" || eff["allowExportWithoutBodies"] != false {
		t.Errorf("a broken extension policy did not go to the strictest settings: %v", pol)
	}
	if errs, _ := pol["errors"].([]any); len(errs) != 1 || !strings.Contains(errs[0].(string), "jwt") {
		t.Errorf("errors = %v", pol["errors"])
	}
	if !strings.HasSuffix(h["rulesVersion"].(string), "+policy") {
		t.Errorf("rulesVersion %v does not say the policy adds rules", h["rulesVersion"])
	}
	if d := b.export(tenantHAR); strings.Contains(readFile(t, d), "tenant-visible-value") {
		t.Error("the extension policy's extra header was not redacted")
	}
	// Bodies now must be included.
	b.send(map[string]any{"type": "begin", "bodies": false})
	b.expect("error", nm.CodePolicyRefused)
}

// TestSystemPolicy: the system policy's problems are logged and reported,
// its output folder is used, and a folder that became a link out of the
// home folder is refused at begin.
func TestSystemPolicy(t *testing.T) {
	home := t.TempDir()
	dir := filepath.Join(home, "Support")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	sys := policy.Result{Source: "/etc/safehar/policy.json", Policy: policy.Policy{OutputDir: dir}, Errors: []error{errors.New("jwt: must be \"keep-claims\" or \"drop\"")}}
	b := start(t, func(c *Config) {
		c.System = sys
		c.PolicyEnv = policy.Env{Home: home, EvalSymlinks: filepath.EvalSymlinks}
	})
	b.send(map[string]any{"type": "hello"})
	h := b.expect("hello")
	pol := h["policy"].(map[string]any)
	if h["outputDir"] != dir || pol["source"] != sys.Source || len(pol["errors"].([]any)) != 1 {
		t.Errorf("hello = %v", h)
	}
	if !strings.Contains(b.logs.String(), "the strictest settings apply until it is fixed") {
		t.Errorf("the system policy's problem is not logged: %s", b.logs)
	}
	d := b.export(testHAR)
	if filepath.Dir(d["path"].(string)) != dir {
		t.Errorf("saved to %v, want %s", d["path"], dir)
	}
	// The folder is replaced by a link out of the home folder.
	if err := os.Rename(dir, dir+".old"); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(t.TempDir(), dir); err != nil {
		t.Fatal(err)
	}
	b.send(map[string]any{"type": "begin"})
	b.expect("error", nm.CodePolicyRefused)
}

// readFile returns the text of the file a done reply names.
func readFile(t *testing.T, done map[string]any) string {
	t.Helper()
	p, ok := done["path"].(string)
	if !ok {
		t.Fatalf("not a done reply: %v", done)
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestWireFormat: every reply is the JSON the host wrote before its
// replies were typed, byte for byte: the fields in the order of their
// names (as encoding/json writes a map), then "type", then "req".
func TestWireFormat(t *testing.T) {
	b := start(t, nil)
	b.send(map[string]any{"type": "hello", "req": "1", "policy": map[string]any{"extraHeaders": []string{"X-A"}, "jwt": "keep"}})
	b.recv()
	id := b.begin(map[string]any{"req": "2"})
	n := b.chunks(id, testHAR, 500)
	b.send(map[string]any{"type": "end", "transfer": id, "seq": n, "req": "3"})
	b.expect("done")
	b.send(map[string]any{"type": "reveal", "transfer": id})
	b.expect("revealed")
	id = b.begin(nil)
	b.send(map[string]any{"type": "cancel", "transfer": id, "req": "<&>"})
	b.expect("cancelled")
	b.send(map[string]any{"type": "nope", "req": "4"})
	b.expect("error")
	seen := map[string]bool{}
	for _, f := range b.raw {
		var fields map[string]json.RawMessage
		if err := json.Unmarshal(f, &fields); err != nil {
			t.Fatal(err)
		}
		var typ, req string
		json.Unmarshal(fields["type"], &typ)
		json.Unmarshal(fields["req"], &req)
		seen[typ] = true
		delete(fields, "type")
		delete(fields, "req")
		want, err := nm.Reply(typ, req, fields)
		if err != nil {
			t.Fatal(err)
		}
		if string(f) != string(want) {
			t.Errorf("%s reply:\n got %s\nwant %s", typ, f, want)
		}
	}
	if len(seen) != 7 {
		t.Errorf("replies of types %v checked, want all seven", seen)
	}
}
