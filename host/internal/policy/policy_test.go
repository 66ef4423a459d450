package policy

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/safehar/safehar/sanitize"
)

// TestSchemaMatchesPolicy checks that the extension's managed_schema and the
// host's Policy describe the same settings with the same types.
func TestSchemaMatchesPolicy(t *testing.T) {
	data, err := os.ReadFile("../../../extension/managed_schema.json")
	if err != nil {
		t.Fatal(err)
	}
	type prop struct {
		Type       string          `json:"type"`
		Title      string          `json:"title"`
		Items      *prop           `json:"items"`
		Properties map[string]prop `json:"properties"`
		Enum       []string        `json:"enum"`
	}
	var schema prop
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&schema); err != nil {
		t.Fatal(err)
	}
	if schema.Type != "object" {
		t.Fatalf("the schema's top-level type is %q, Chrome needs object", schema.Type)
	}
	schemaType := func(p prop) string {
		switch {
		case p.Type == "array" && p.Items != nil && p.Items.Type == "string":
			return typeStrings
		case p.Type == "array" && p.Items != nil && p.Items.Type == "object":
			var names []string
			for n, ip := range p.Items.Properties {
				if ip.Type != "string" {
					t.Errorf("pattern field %s has type %s, want string", n, ip.Type)
				}
				names = append(names, n)
			}
			slices.Sort(names)
			if !slices.Equal(names, []string{"kind", "name", "regexp"}) {
				t.Errorf("pattern fields %v, want kind, name, regexp", names)
			}
			return typePatterns
		}
		return p.Type
	}
	// Fields (what validation knows) == schema.
	seen := map[string]bool{}
	for _, f := range Fields {
		p, ok := schema.Properties[f.Name]
		if !ok {
			t.Errorf("the schema lacks %s", f.Name)
			continue
		}
		seen[f.Name] = true
		if got := schemaType(p); got != f.Type {
			t.Errorf("%s: schema type %s, host type %s", f.Name, got, f.Type)
		}
		if p.Title == "" {
			t.Errorf("%s has no title", f.Name)
		}
	}
	for n := range schema.Properties {
		if !seen[n] {
			t.Errorf("the schema has %s, which the host does not know", n)
		}
	}
	if e := schema.Properties["jwt"].Enum; !slices.Equal(e, []string{JWTKeepClaims, JWTDrop}) {
		t.Errorf("jwt enum %v", e)
	}
	// Policy struct (what the host stores and reports) == Fields, then
	// SystemFields (not in the extension's schema).
	all := append(slices.Clone(Fields), SystemFields...)
	for _, f := range SystemFields {
		if _, ok := schema.Properties[f.Name]; ok {
			t.Errorf("the extension's schema has the system-only %s", f.Name)
		}
	}
	rt := reflect.TypeFor[Policy]()
	if rt.NumField() != len(all) {
		t.Fatalf("Policy has %d fields, the schema and the system-only settings %d", rt.NumField(), len(all))
	}
	for i := range rt.NumField() {
		sf := rt.Field(i)
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		want := map[reflect.Type]string{
			reflect.TypeFor[string]():    typeString,
			reflect.TypeFor[*bool]():     typeBool,
			reflect.TypeFor[[]string]():  typeStrings,
			reflect.TypeFor[[]Pattern](): typePatterns,
		}[sf.Type]
		if all[i].Name != name || all[i].Type != want {
			t.Errorf("Policy field %s is %s %s, field %d is %s %s", sf.Name, name, want, i, all[i].Name, all[i].Type)
		}
	}
}

func env(t *testing.T) Env {
	home := t.TempDir()
	return Env{Home: home, EvalSymlinks: filepath.EvalSymlinks}
}

func TestParseValid(t *testing.T) {
	e := env(t)
	p, errs := Parse([]byte(`{
		"hostName": "com.safehar.host",
		"outputDir": "~/Support/HAR",
		"extraHeaders": ["X-Tenant-Secret", "X-Tenant-Secret"],
		"extraParams": ["tenant_sig"],
		"extraJsonKeys": ["internalToken"],
		"extraPatterns": [{"name": "acme", "regexp": "acme_[A-Za-z0-9]{16}", "kind": "api-key"}],
		"jwt": "drop",
		"redactPersonalData": true,
		"allowExportWithoutBodies": false,
		"uploadHint": "Attach the file to your ticket."
	}`), e)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if p.OutputDir != filepath.Join(e.Home, "Support/HAR") || len(p.ExtraHeaders) != 1 || p.JWT != JWTDrop ||
		!*p.RedactPersonalData || *p.AllowExportWithoutBodies || p.ExtraPatterns[0].Kind != "api-key" {
		t.Fatalf("%+v", p)
	}
}

// TestHostilePolicies: every bad policy is refused with a message naming
// the setting, and the result is never weaker than the defaults.
func TestHostilePolicies(t *testing.T) {
	e := env(t)
	outside := t.TempDir()
	os.Symlink(outside, filepath.Join(e.Home, "link"))
	for _, tt := range []struct{ name, policy, want string }{
		{"not json", `{"jwt": `, "not valid JSON"},
		{"array", `[]`, "must be a JSON object"},
		{"trailing", `{} {}`, "data after"},
		{"duplicate key", `{"jwt": "drop", "jwt": "keep-claims"}`, `"jwt" appears twice`},
		{"unknown key", `{"extraHeader": ["X-A"]}`, "extraHeader: is not a safehar policy setting"},
		{"bool as string", `{"redactPersonalData": "false"}`, "redactPersonalData: must be true or false, not a string"},
		{"bool as number", `{"allowExportWithoutBodies": 1}`, "must be true or false, not a number"},
		{"list as string", `{"extraHeaders": "X-A"}`, "extraHeaders: must be an array of names, not a string"},
		{"list of numbers", `{"extraParams": [1]}`, "item 0 must be a string, not a number"},
		{"empty name", `{"extraJsonKeys": [""]}`, "must be 1 to 256 characters"},
		{"punctuation name", `{"extraJsonKeys": ["--"]}`, "no letters or digits"},
		{"bad header", `{"extraHeaders": ["X A"]}`, "not an HTTP header name"},
		{"jwt value", `{"jwt": "keep"}`, `jwt: must be "keep-claims" or "drop"`},
		{"host name", `{"hostName": "../../evil"}`, "not a native-messaging host name"},
		{"relative dir", `{"outputDir": "captures"}`, "not an absolute path"},
		{"outside home", `{"outputDir": "/etc/cron.d"}`, "outside the user's home folder"},
		{"dot-dot", `{"outputDir": "~/../../tmp"}`, "outside the user's home folder"},
		{"symlink out", `{"outputDir": "~/link/har"}`, "symbolic link"},
		{"catastrophic", `{"extraPatterns": [{"name": "evil", "regexp": "(x+x+)+y"}]}`, "repeats a repetition"},
		{"catastrophic 2", `{"extraPatterns": [{"name": "evil", "regexp": "^(a|aa)+$"}]}`, "matches ordinary text"},
		{"backreference", `{"extraPatterns": [{"name": "evil", "regexp": "(a)\\1"}]}`, "not a valid RE2"},
		{"lookahead", `{"extraPatterns": [{"name": "evil", "regexp": "(?=a)b"}]}`, "not a valid RE2"},
		{"match all", `{"extraPatterns": [{"name": "all", "regexp": ".*"}]}`, "matches ordinary text"},
		{"match any char", `{"extraPatterns": [{"name": "all", "regexp": "[\\s\\S]"}]}`, "matches ordinary text"},
		{"huge repeat", `{"extraPatterns": [{"name": "big", "regexp": "x{1001}"}]}`, "not a valid RE2"},
		{"no name", `{"extraPatterns": [{"regexp": "acme_[a-z]{9}"}]}`, "pattern name"},
		{"bad kind", `{"extraPatterns": [{"name": "a", "regexp": "acme_[a-z]{9}", "kind": "a b/c"}]}`, "has kind"},
		{"pattern field", `{"extraPatterns": [{"name": "a", "regexp": "acme_[a-z]{9}", "flags": "i"}]}`, "not a pattern field"},
		{"pattern string", `{"extraPatterns": ["acme_[a-z]{9}"]}`, "must be an object"},
		{"hint control", `{"uploadHint": "a\u0007b"}`, "control characters"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p, errs := Parse([]byte(tt.policy), e)
			if len(errs) == 0 {
				t.Fatalf("accepted: %+v", p)
			}
			msg := (&InvalidError{Errs: errs}).Error()
			if !strings.Contains(msg, tt.want) {
				t.Fatalf("error %q, want it to say %q", msg, tt.want)
			}
			// What applies is the strictest.
			s := Merge(Strictest(p), Policy{})
			if s.JWT != JWTDrop || !*s.RedactPersonalData || *s.AllowExportWithoutBodies {
				t.Fatalf("not strictest: %+v", s)
			}
		})
	}
}

// A mistake in one setting keeps the valid settings: the administrator's
// extra names still apply.
func TestInvalidKeepsValidParts(t *testing.T) {
	e := env(t)
	dir := filepath.Join(t.TempDir(), "etc/safehar")
	os.MkdirAll(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "policy.json"), []byte(`{"extraHeaders": ["X-Tenant-Secret", 7], "redactPersonalData": false, "jwt": "keep-claims"}`), 0o644)
	r := Loader{GOOS: "linux", Root: filepath.Dir(filepath.Dir(dir)), Env: e}.Load()
	if r.Err() == nil || !strings.Contains(r.Err().Error(), "policy.json is invalid: extraHeaders: item 1 must be a string") {
		t.Fatalf("err %v", r.Err())
	}
	if !slices.Equal(r.Policy.ExtraHeaders, []string{"X-Tenant-Secret"}) || r.Policy.JWT != JWTDrop || !*r.Policy.RedactPersonalData {
		t.Fatalf("%+v", r.Policy)
	}
}

func TestLoadLinux(t *testing.T) {
	e := env(t)
	root := t.TempDir()
	l := Loader{GOOS: "linux", Root: root, Env: e}
	if r := l.Load(); r.Source != "" || r.Err() != nil {
		t.Fatalf("no file: %+v", r)
	}
	os.MkdirAll(filepath.Join(root, "etc/safehar"), 0o755)
	path := filepath.Join(root, LinuxFile)
	os.WriteFile(path, []byte(`{"extraHeaders": ["X-Tenant-Secret"]}`), 0o644)
	r := l.Load()
	if r.Source != path || r.Err() != nil || r.Policy.ExtraHeaders[0] != "X-Tenant-Secret" || r.Policy.JWT != "" {
		t.Fatalf("%+v", r)
	}
	os.WriteFile(path, []byte(`{"jwt": `), 0o644)
	if r := l.Load(); r.Err() == nil || r.Policy.JWT != JWTDrop {
		t.Fatalf("%+v", r)
	}
	os.Remove(path)
	os.Mkdir(path, 0o755) // unreadable as a file
	if r := l.Load(); r.Err() == nil || !strings.Contains(r.Err().Error(), "cannot be read") || r.Policy.JWT != JWTDrop {
		t.Fatalf("%+v", r)
	}
}

const xmlPlist = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>PayloadUUID</key><string>x</string>
	<key>extraHeaders</key><array><string>X-Tenant-Secret</string></array>
	<key>extraPatterns</key><array><dict>
		<key>name</key><string>acme</string>
		<key>regexp</key><string>acme_[A-Za-z0-9]{16}</string>
		<key>kind</key><string>api-key</string>
	</dict></array>
	<key>jwt</key><string>drop</string>
	<key>redactPersonalData</key><true/>
	<key>allowExportWithoutBodies</key><false/>
	<key>uploadHint</key><string>Attach it to your ticket – thanks</string>
</dict>
</plist>`

// binPlist is the same dictionary written by Python's plistlib as a
// binary plist (what cfprefsd usually writes to Managed Preferences).
const binPlist = `YnBsaXN0MDDXAQIDBAUGBwgJCgwUFRZbUGF5bG9hZFVVSURfEBhhbGxvd0V4cG9ydFdpdGhvdXRCb2RpZXNcZXh0cmFIZWFkZXJzXWV4dHJhUGF0dGVybnNTand0XxAScmVkYWN0UGVyc29uYWxEYXRhWnVwbG9hZEhpbnRReAihC18QD1gtVGVuYW50LVNlY3JldKEN0w4PEBESE1RraW5kVG5hbWVWcmVnZXhwV2FwaS1rZXlUYWNtZV8QFGFjbWVfW0EtWmEtejAtOV17MTZ9VGRyb3AJbxAhAEEAdAB0AGEAYwBoACAAaQB0ACAAdABvACAAeQBvAHUAcgAgAHQAaQBjAGsAZQB0ACAgEwAgAHQAaABhAG4AawBzAAgAFwAjAD4ASwBZAF0AcgB9AH8AgACCAJQAlgCdAKIApwCuALYAuwDSANcA2AAAAAAAAAIBAAAAAAAAABcAAAAAAAAAAAAAAAAAAAEd`

func TestLoadMacOS(t *testing.T) {
	bin, _ := base64.StdEncoding.DecodeString(binPlist)
	for name, data := range map[string][]byte{"xml": []byte(xmlPlist), "binary": bin} {
		t.Run(name, func(t *testing.T) {
			root := t.TempDir()
			path := filepath.Join(root, MacFile)
			os.MkdirAll(filepath.Dir(path), 0o755)
			os.WriteFile(path, data, 0o644)
			r := Loader{GOOS: "darwin", Root: root, Env: env(t)}.Load()
			if r.Err() != nil {
				t.Fatal(r.Err())
			}
			p := r.Policy
			if r.Source != path || p.ExtraHeaders[0] != "X-Tenant-Secret" || p.JWT != JWTDrop || *p.AllowExportWithoutBodies ||
				p.ExtraPatterns[0] != (Pattern{"acme", "acme_[A-Za-z0-9]{16}", "api-key"}) || p.UploadHint != "Attach it to your ticket – thanks" {
				t.Fatalf("%+v", p)
			}
		})
	}
	for _, bad := range []string{"<plist><dict><key>jwt</key></dict></plist>", "<plist><dict><string>x</string></dict></plist>",
		"bplist00garbage-that-is-long-enough-to-have-a-trailer-but-is-not-one", "<plist><dict><key>jwt</key><integer>1</integer></dict></plist>"} {
		if _, errs := parsePlistPolicy([]byte(bad), Env{}); len(errs) == 0 {
			t.Errorf("accepted %q", bad)
		}
	}
}

func TestLoadWindows(t *testing.T) {
	key := &FakeKey{
		Values: map[string]any{
			"jwt":                      "drop",
			"redactPersonalData":       uint64(1),
			"allowExportWithoutBodies": uint64(0),
			"extraPatterns":            `[{"name": "acme", "regexp": "acme_[A-Za-z0-9]{16}"}]`,
			"extraParams":              `["tenant_sig"]`,
		},
		Subs: map[string]*FakeKey{
			"extraHeaders": {Values: map[string]any{"2": "X-Two", "1": "X-One", "10": "X-Ten"}},
		},
	}
	l := Loader{GOOS: "windows", Env: env(t), OpenRegistry: func() (RegKey, error) { return key, nil }}
	r := l.Load()
	if r.Err() != nil {
		t.Fatal(r.Err())
	}
	p := r.Policy
	if r.Source != `HKLM\SOFTWARE\Policies\safehar` || !slices.Equal(p.ExtraHeaders, []string{"X-One", "X-Two", "X-Ten"}) ||
		p.ExtraParams[0] != "tenant_sig" || p.JWT != JWTDrop || !*p.RedactPersonalData || *p.AllowExportWithoutBodies || p.ExtraPatterns[0].Name != "acme" {
		t.Fatalf("%+v", p)
	}
	key.Values["redactPersonalData"] = uint64(7)
	if r := l.Load(); r.Err() == nil || !strings.Contains(r.Err().Error(), "redactPersonalData: must be true or false") {
		t.Fatalf("%v", r.Err())
	}
	// No key: no policy.
	if r := (Loader{GOOS: "windows"}).Load(); r.Source != "" {
		t.Fatalf("%+v", r)
	}
}

func TestMerge(t *testing.T) {
	f, tr := false, true
	sys := Policy{OutputDir: "/home/u/sys", ExtraHeaders: []string{"X-A"}, RedactPersonalData: &f,
		ExtraPatterns: []Pattern{{"p", "acme_[a-z]{9}", ""}}}
	ext := Policy{OutputDir: "/home/u/ext", ExtraHeaders: []string{"X-A", "X-B"}, JWT: JWTDrop, AllowExportWithoutBodies: &f,
		ExtraPatterns: []Pattern{{"p", "beta_[a-z]{9}", ""}}, UploadHint: "hint"}
	m := Merge(sys, ext)
	if m.OutputDir != "/home/u/sys" || !slices.Equal(m.ExtraHeaders, []string{"X-A", "X-B"}) || m.JWT != JWTDrop ||
		*m.RedactPersonalData || *m.AllowExportWithoutBodies || m.UploadHint != "hint" || len(m.ExtraPatterns) != 2 ||
		m.ExtraPatterns[1].Name != "extension.p" {
		t.Fatalf("%+v", m)
	}
	// The extension cannot loosen: personal data off, keep-claims, bodies
	// allowed are ignored against a strict system policy or the defaults.
	m = Merge(Policy{JWT: JWTDrop, AllowExportWithoutBodies: &f}, Policy{JWT: JWTKeepClaims, RedactPersonalData: &f, AllowExportWithoutBodies: &tr})
	if m.JWT != JWTDrop || !*m.RedactPersonalData || *m.AllowExportWithoutBodies {
		t.Fatalf("%+v", m)
	}
	m = Merge(Policy{}, Policy{RedactPersonalData: &f})
	if !*m.RedactPersonalData || m.JWT != JWTKeepClaims || !*m.AllowExportWithoutBodies {
		t.Fatalf("%+v", m)
	}
	m = Merge(Policy{}, Policy{OutputDir: "/home/u/ext", RedactPersonalData: &tr})
	if m.OutputDir != "/home/u/ext" || !*m.RedactPersonalData {
		t.Fatalf("%+v", m)
	}
}

func TestFromMessage(t *testing.T) {
	e := env(t)
	if p, err := FromMessage(nil, e); err != nil || p.JWT != "" {
		t.Fatal(p, err)
	}
	p, err := FromMessage([]byte(`{"outputDir": "/etc", "extraHeaders": ["X-B"]}`), e)
	if err == nil || !strings.Contains(err.Error(), "the extension's managed settings is invalid: outputDir:") ||
		p.OutputDir != "" || p.ExtraHeaders[0] != "X-B" || p.JWT != JWTDrop {
		t.Fatal(p, err)
	}
}

// TestPolicyRedacts sanitizes a small HAR with a policy: the extra header
// and pattern are redacted and jwt "drop" replaces a whole token.
func TestPolicyRedacts(t *testing.T) {
	p, errs := Parse([]byte(`{"extraHeaders": ["X-Acme-Tenant"], "extraJsonKeys": ["internalRef"],
		"extraPatterns": [{"name": "acme", "regexp": "acme_[A-Za-z0-9]{16}", "kind": "api-key"}], "jwt": "drop"}`), Env{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	jwt := "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwiaXNzIjoiaHR0cHM6Ly9pZHAuZXhhbXBsZS5jb20ifQ.c2lnbmF0dXJlc2lnbmF0dXJlc2ln"
	har := `{"log": {"version": "1.2", "creator": {"name": "t", "version": "1"}, "entries": [{"startedDateTime": "2026-11-22T10:00:00Z", "time": 1,
	"request": {"method": "GET", "url": "https://example.com/?q=acme_ABCDEFGHIJKLMNOP", "httpVersion": "HTTP/1.1", "cookies": [], "queryString": [],
	"headers": [{"name": "X-Acme-Tenant", "value": "tenant-plain-value-1"}, {"name": "X-Other", "value": "` + jwt + `"}], "headersSize": -1, "bodySize": 0},
	"response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "cookies": [], "headers": [], "redirectURL": "", "headersSize": -1, "bodySize": 0,
	"content": {"size": 0, "mimeType": "application/json", "text": "{\"internalRef\": \"ref-plain-value-2\"}"}}, "cache": {}, "timings": {"send": 0, "wait": 0, "receive": 0}}]}}`
	rules, opts, err := Sanitizer(p)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if _, err := sanitize.New(rules, opts...).Sanitize(&out, strings.NewReader(har)); err != nil {
		t.Fatal(err)
	}
	for _, leak := range []string{"tenant-plain-value-1", "ref-plain-value-2", "acme_ABCDEFGHIJKLMNOP", "eyJzdWIiOiIxMjM0NTY3ODkwIiwiaXNzIjoiaHR0cHM6Ly9pZHAuZXhhbXBsZS5jb20ifQ"} {
		if strings.Contains(out.String(), leak) {
			t.Errorf("%s survived:\n%s", leak, out.String())
		}
	}
	if !strings.Contains(out.String(), "safehar-api-key-") {
		t.Errorf("no api-key placeholder:\n%s", out.String())
	}
	// Without the policy the extra header is kept (the test is meaningful).
	out.Reset()
	sanitize.New(sanitize.DefaultRules()).Sanitize(&out, strings.NewReader(har))
	if !strings.Contains(out.String(), "tenant-plain-value-1") {
		t.Fatal("the built-in rules already redact X-Acme-Tenant; pick another name")
	}
}

// TestAuditLogSystemOnly: the system policy may name an audit log (expanded
// and checked); the extension's settings may not.
func TestAuditLogSystemOnly(t *testing.T) {
	e := env(t)
	sys := e
	sys.System = true
	for _, tt := range []struct {
		json string
		env  Env
		want string // AuditLog, or "" with an error
		err  string
	}{
		{`{"auditLog": "/var/log/safehar/audit.jsonl"}`, sys, "/var/log/safehar/audit.jsonl", ""},
		{`{"auditLog": "~/safehar-audit.jsonl"}`, sys, filepath.Join(e.Home, "safehar-audit.jsonl"), ""},
		{`{"auditLog": "relative.jsonl"}`, sys, "", "auditLog: \"relative.jsonl\" is not an absolute path"},
		{`{"auditLog": "/var/log/safehar/"}`, sys, "", "names a folder"},
		{`{"auditLog": true}`, sys, "", "auditLog: must be a string"},
		{`{"auditLog": "/var/log/safehar/audit.jsonl"}`, e, "", "auditLog: can be set only in the system policy"},
	} {
		p, errs := Parse([]byte(tt.json), tt.env)
		if p.AuditLog != tt.want {
			t.Errorf("%s: AuditLog %q, want %q", tt.json, p.AuditLog, tt.want)
		}
		if tt.err == "" && len(errs) > 0 || tt.err != "" && (len(errs) != 1 || !strings.Contains(errs[0].Error(), tt.err)) {
			t.Errorf("%s: errors %v, want %q", tt.json, errs, tt.err)
		}
	}
}
