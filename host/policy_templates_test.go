package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/safehar/safehar/host/internal/policy"
	"github.com/safehar/safehar/manifest"
)

// Real policy names the templates may use, per browser family. A template
// using any other name is a typo the browser would ignore.
var (
	chromePolicyNames = []string{"ExtensionInstallForcelist", "ExtensionSettings", "NativeMessagingBlocklist",
		"NativeMessagingAllowlist", "NativeMessagingUserLevelHosts", "DeveloperToolsAvailability", "3rdparty"}
	chromeExtensionSettings = []string{"installation_mode", "update_url", "toolbar_pin"}
	firefoxPolicyNames      = []string{"ExtensionSettings", "3rdparty"}
	firefoxExtensionSetting = []string{"installation_mode", "install_url"}
	payloadKeys             = []string{"PayloadType", "PayloadIdentifier", "PayloadUUID", "PayloadVersion", "PayloadDisplayName",
		"PayloadDescription", "PayloadOrganization", "PayloadScope", "PayloadContent", "PayloadEnabled", "PayloadRemovalDisallowed"}
)

const (
	tmplChromeID  = "abcdefghijklmnopabcdefghijklmnop"
	tmplUpdateURL = "https://updates.example.com/safehar/update.xml?a=1&b=2"
	tmplHint      = `Attach it to <ticket> & say "hi" \ done`
	tmplHostName  = "com.example.safehar"
)

// tmplArgs are the --setting flags every template is rendered with: every
// setting, with characters each format must escape.
var tmplArgs = []string{
	"--setting", "outputDir=~/Support/HAR",
	"--setting", "extraHeaders=X-Acme-Tenant, X-B",
	"--setting", "extraParams=tenant_sig",
	"--setting", `extraJsonKeys=["internalRef"]`,
	"--setting", `extraPatterns=[{"name": "acme", "regexp": "acme_[A-Za-z0-9]{16}", "kind": "api-key"}, {"name": "quoted", "regexp": "q\"\\d{8}<x>"}]`,
	"--setting", "jwt=drop",
	"--setting", "redactPersonalData=true",
	"--setting", "allowExportWithoutBodies=false",
	"--setting", "uploadHint=" + tmplHint,
}

// tmplSettings are tmplArgs as the renderer takes them, written out
// independently of the CLI.
func tmplSettings(hostName string) []manifest.Setting {
	var s []manifest.Setting
	if hostName != "" {
		s = append(s, manifest.Setting{Key: "hostName", Value: hostName})
	}
	return append(s,
		manifest.Setting{Key: "outputDir", Value: "~/Support/HAR"},
		manifest.Setting{Key: "extraHeaders", Value: []string{"X-Acme-Tenant", "X-B"}},
		manifest.Setting{Key: "extraParams", Value: []string{"tenant_sig"}},
		manifest.Setting{Key: "extraJsonKeys", Value: []string{"internalRef"}},
		manifest.Setting{Key: "extraPatterns", Value: []manifest.Pattern{{Name: "acme", Regexp: "acme_[A-Za-z0-9]{16}", Kind: "api-key"}, {Name: "quoted", Regexp: `q"\d{8}<x>`}}},
		manifest.Setting{Key: "jwt", Value: "drop"},
		manifest.Setting{Key: "redactPersonalData", Value: true},
		manifest.Setting{Key: "allowExportWithoutBodies", Value: false},
		manifest.Setting{Key: "uploadHint", Value: tmplHint},
	)
}

// wantPolicy is what every template's managed settings must read back as.
func wantPolicy(t *testing.T, hostName string) string {
	f := false
	tr := true
	p := policy.Policy{HostName: hostName, OutputDir: "~/Support/HAR", ExtraHeaders: []string{"X-Acme-Tenant", "X-B"},
		ExtraParams: []string{"tenant_sig"}, ExtraJSONKeys: []string{"internalRef"},
		ExtraPatterns: []policy.Pattern{{Name: "acme", Regexp: "acme_[A-Za-z0-9]{16}", Kind: "api-key"}, {Name: "quoted", Regexp: `q"\d{8}<x>`}},
		JWT:           "drop", RedactPersonalData: &tr, AllowExportWithoutBodies: &f, UploadHint: tmplHint}
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func checkPolicy(t *testing.T, where string, p policy.Policy, errs []error, hostName string) {
	t.Helper()
	if len(errs) > 0 {
		t.Fatalf("%s: the managed settings do not validate: %v", where, errs)
	}
	got, _ := json.Marshal(p)
	if want := wantPolicy(t, hostName); string(got) != want {
		t.Fatalf("%s: managed settings read back as\n%s\nwant\n%s", where, got, want)
	}
}

// TestPolicyTemplates renders every template through "safehar policy",
// checks that the output equals the template filled with the same values,
// keeps every literal part of the template, parses in its format, uses only
// real policy names, and that its managed settings read back (through the
// host's own JSON, plist and registry readers) as the settings given.
func TestPolicyTemplates(t *testing.T) {
	for _, tmpl := range manifest.PolicyTemplates {
		name := tmpl.Browser
		if name == "" {
			name = "host"
		}
		osName := tmpl.OS
		if osName == "" {
			osName = "any"
		}
		t.Run(name+"-"+osName, func(t *testing.T) {
			goos := tmpl.OS
			if goos == "" {
				goos = "linux"
			}
			args := []string{"policy", "--os", goos}
			v := manifest.PolicyValues{HostName: HostName}
			hostName := ""
			switch tmpl.Browser {
			case "":
				args = append(args, "--host-policy")
			case "firefox":
				// The default host name is not a setting nobody asked for.
				args = append(args, "--browser", "firefox", "--update-url", tmplUpdateURL)
				v.ExtensionID, v.UpdateURL = FirefoxAddonID, tmplUpdateURL
			default:
				args = append(args, "--browser", tmpl.Browser, "--extension-id", tmplChromeID, "--update-url", tmplUpdateURL, "--host-name", tmplHostName)
				v.ExtensionID, v.UpdateURL, v.HostName, hostName = tmplChromeID, tmplUpdateURL, tmplHostName, tmplHostName
			}
			v.Settings = tmplSettings(hostName)
			var stdout, stderr bytes.Buffer
			if code := run(append(args, tmplArgs...), nil, &stdout, &stderr); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			if !strings.Contains(stderr.String(), tmpl.File) {
				t.Errorf("stderr does not name the template: %s", stderr.String())
			}
			want, err := manifest.RenderPolicy(tmpl.File, v)
			if err != nil {
				t.Fatal(err)
			}
			out := stdout.String()
			if out != want {
				t.Fatalf("safehar policy printed\n%s\nwant\n%s", out, want)
			}
			checkLiterals(t, tmpl.File, out)
			switch {
			case strings.HasSuffix(tmpl.File, ".json"):
				checkJSONTemplate(t, tmpl, out, hostName)
			case strings.HasSuffix(tmpl.File, ".reg"):
				checkRegTemplate(t, tmpl, out, hostName)
			default:
				checkPlistTemplate(t, tmpl, out, hostName)
			}
		})
	}
}

// checkLiterals: every part of the template between placeholders is in the
// output, in order.
func checkLiterals(t *testing.T, file, out string) {
	t.Helper()
	raw, err := fs.ReadFile(manifest.Policies, "policies/"+file)
	if err != nil {
		t.Fatal(err)
	}
	out = strings.ReplaceAll(out, "\r\n", "\n")
	pos := 0
	for _, lit := range regexp.MustCompile(`\{\{[A-Z0-9_]+\}\}`).Split(string(raw), -1) {
		i := strings.Index(out[pos:], lit)
		if i < 0 {
			t.Fatalf("the output lost the template text %q", lit)
		}
		pos += i + len(lit)
	}
	if strings.Contains(out, "{{") {
		t.Fatalf("a placeholder is left in the output")
	}
}

func onlyNames(t *testing.T, where string, m map[string]any, allowed []string) {
	t.Helper()
	for k := range m {
		if !slices.Contains(allowed, k) {
			t.Errorf("%s: %q is not a real policy name (allowed: %v)", where, k, allowed)
		}
	}
}

func checkJSONTemplate(t *testing.T, tmpl manifest.PolicyTemplate, out, hostName string) {
	dec := json.NewDecoder(strings.NewReader(out))
	var doc map[string]any
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if dec.More() {
		t.Fatal("data after the JSON object")
	}
	settings := func(m map[string]any) []byte {
		b, _ := json.Marshal(m)
		return b
	}
	switch tmpl.Browser {
	case "":
		p, errs := policy.Parse([]byte(out), policy.Env{})
		checkPolicy(t, tmpl.File, p, errs, hostName)
	case "firefox":
		onlyNames(t, "top level", doc, []string{"policies"})
		pol := doc["policies"].(map[string]any)
		onlyNames(t, "policies", pol, firefoxPolicyNames)
		es := pol["ExtensionSettings"].(map[string]any)[FirefoxAddonID].(map[string]any)
		onlyNames(t, "ExtensionSettings", es, firefoxExtensionSetting)
		if es["installation_mode"] != "force_installed" || es["install_url"] != tmplUpdateURL {
			t.Errorf("ExtensionSettings %v", es)
		}
		third := pol["3rdparty"].(map[string]any)
		onlyNames(t, "3rdparty", third, []string{"Extensions"})
		p, errs := policy.Parse(settings(third["Extensions"].(map[string]any)[FirefoxAddonID].(map[string]any)), policy.Env{})
		checkPolicy(t, tmpl.File, p, errs, hostName)
	default:
		onlyNames(t, "top level", doc, chromePolicyNames)
		if fl := doc["ExtensionInstallForcelist"].([]any); len(fl) != 1 || fl[0] != tmplChromeID+";"+tmplUpdateURL {
			t.Errorf("ExtensionInstallForcelist %v", fl)
		}
		es := doc["ExtensionSettings"].(map[string]any)[tmplChromeID].(map[string]any)
		onlyNames(t, "ExtensionSettings", es, chromeExtensionSettings)
		if es["installation_mode"] != "force_installed" || es["update_url"] != tmplUpdateURL {
			t.Errorf("ExtensionSettings %v", es)
		}
		checkNativeMessaging(t, doc)
		third := doc["3rdparty"].(map[string]any)
		onlyNames(t, "3rdparty", third, []string{"extensions"})
		p, errs := policy.Parse(settings(third["extensions"].(map[string]any)[tmplChromeID].(map[string]any)), policy.Env{})
		checkPolicy(t, tmpl.File, p, errs, hostName)
	}
}

func checkNativeMessaging(t *testing.T, doc map[string]any) {
	t.Helper()
	if b, _ := json.Marshal(doc["NativeMessagingBlocklist"]); string(b) != `["*"]` {
		t.Errorf("NativeMessagingBlocklist %s", b)
	}
	if b, _ := json.Marshal(doc["NativeMessagingAllowlist"]); string(b) != `["`+tmplHostName+`"]` {
		t.Errorf("NativeMessagingAllowlist %s", b)
	}
	if doc["NativeMessagingUserLevelHosts"] != false {
		t.Errorf("NativeMessagingUserLevelHosts %v", doc["NativeMessagingUserLevelHosts"])
	}
}

// parseReg checks the grammar of a .reg file (regedit's version 5 format
// as written by the templates) and returns its keys as fake registry keys.
func parseReg(t *testing.T, text string) map[string]*policy.FakeKey {
	t.Helper()
	if strings.Contains(strings.ReplaceAll(text, "\r\n", ""), "\n") || !strings.HasSuffix(text, "\r\n") {
		t.Fatal("a .reg file must use CRLF line ends throughout")
	}
	lines := strings.Split(strings.TrimSuffix(text, "\r\n"), "\r\n")
	if lines[0] != "Windows Registry Editor Version 5.00" || lines[1] != "" {
		t.Fatalf("the first line is %q", lines[0])
	}
	keyRE := regexp.MustCompile(`^\[HKEY_LOCAL_MACHINE\\((?:[^\\\[\]]+\\)*[^\\\[\]]+)\]$`)
	strRE := regexp.MustCompile(`^"((?:[^"\\]|\\.)+)"="((?:[^"\\]|\\.)*)"$`)
	dwordRE := regexp.MustCompile(`^"((?:[^"\\]|\\.)+)"=dword:([0-9a-f]{8})$`)
	unescape := func(s string) string { return strings.NewReplacer(`\\`, `\`, `\"`, `"`).Replace(s) }
	keys := map[string]*policy.FakeKey{}
	var cur *policy.FakeKey
	for i, l := range lines[2:] {
		switch {
		case l == "" || strings.HasPrefix(l, ";"):
		case keyRE.MatchString(l):
			path := keyRE.FindStringSubmatch(l)[1]
			if keys[path] == nil {
				keys[path] = &policy.FakeKey{Values: map[string]any{}, Subs: map[string]*policy.FakeKey{}}
			}
			cur = keys[path]
		case cur == nil:
			t.Fatalf("line %d: a value before any [key]: %q", i+3, l)
		case strRE.MatchString(l):
			m := strRE.FindStringSubmatch(l)
			cur.Values[unescape(m[1])] = unescape(m[2])
		case dwordRE.MatchString(l):
			m := dwordRE.FindStringSubmatch(l)
			n, _ := strconv.ParseUint(m[2], 16, 32)
			cur.Values[unescape(m[1])] = n
		default:
			t.Fatalf("line %d is not a .reg key, value or comment: %q", i+3, l)
		}
	}
	// Link subkeys to their parents.
	for path, k := range keys {
		if i := strings.LastIndex(path, `\`); i > 0 {
			if parent := keys[path[:i]]; parent != nil {
				parent.Subs[path[i+1:]] = k
			}
		}
	}
	return keys
}

func checkRegTemplate(t *testing.T, tmpl manifest.PolicyTemplate, out, hostName string) {
	keys := parseReg(t, out)
	if tmpl.Browser == "" {
		k := keys[`SOFTWARE\Policies\safehar`]
		if k == nil {
			t.Fatalf("no HKLM\\%s key", policy.WindowsKey)
		}
		p, errs := policy.FromRegistry(k, policy.Env{})
		checkPolicy(t, tmpl.File, p, errs, hostName)
		return
	}
	root := map[string]string{"chrome": `SOFTWARE\Policies\Google\Chrome`, "edge": `SOFTWARE\Policies\Microsoft\Edge`}[tmpl.Browser]
	for path, k := range keys {
		rel, ok := strings.CutPrefix(path, root)
		if !ok {
			t.Fatalf("the key %s is not under %s", path, root)
		}
		name, _, _ := strings.Cut(strings.TrimPrefix(rel, `\`), `\`)
		if name != "" && !slices.Contains(chromePolicyNames, name) {
			t.Errorf("%q is not a real policy name", name)
		}
		if rel == "" {
			for v := range k.Values {
				if !slices.Contains(chromePolicyNames, v) {
					t.Errorf("%q is not a real policy name", v)
				}
			}
		}
	}
	doc := map[string]any{
		"NativeMessagingBlocklist":      []any{keys[root+`\NativeMessagingBlocklist`].Values["1"]},
		"NativeMessagingAllowlist":      []any{keys[root+`\NativeMessagingAllowlist`].Values["1"]},
		"NativeMessagingUserLevelHosts": keys[root].Values["NativeMessagingUserLevelHosts"] == uint64(1),
	}
	checkNativeMessaging(t, doc)
	if fl := keys[root+`\ExtensionInstallForcelist`].Values["1"]; fl != tmplChromeID+";"+tmplUpdateURL {
		t.Errorf("ExtensionInstallForcelist %v", fl)
	}
	k := keys[root+`\3rdparty\extensions\`+tmplChromeID+`\policy`]
	if k == nil {
		t.Fatal("no 3rdparty policy key")
	}
	p, errs := policy.FromRegistry(k, policy.Env{})
	checkPolicy(t, tmpl.File, p, errs, hostName)
}

func checkPlistTemplate(t *testing.T, tmpl manifest.PolicyTemplate, out, hostName string) {
	if !strings.HasPrefix(out, `<?xml version="1.0" encoding="UTF-8"?>`+"\n<!DOCTYPE plist") {
		t.Fatal("a .mobileconfig must start with the XML declaration and the plist DOCTYPE")
	}
	// Well-formed XML as a whole (comments included), then a plist.
	d := xml.NewDecoder(strings.NewReader(out))
	d.Strict = true
	for {
		_, err := d.Token()
		if err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("not well-formed XML: %v", err)
			}
			break
		}
	}
	v, err := policy.ParsePlist([]byte(out))
	if err != nil {
		t.Fatalf("not a plist: %v", err)
	}
	top := v.(map[string]any)
	onlyNames(t, "profile", top, payloadKeys)
	uuids := map[string]bool{}
	checkPayload := func(m map[string]any) {
		for _, k := range []string{"PayloadType", "PayloadIdentifier", "PayloadUUID", "PayloadVersion", "PayloadDisplayName"} {
			if m[k] == nil {
				t.Errorf("a payload lacks %s", k)
			}
		}
		u, _ := m["PayloadUUID"].(string)
		if _, err := uuid.Parse(u); err != nil || uuids[u] {
			t.Errorf("PayloadUUID %q is not a fresh UUID", u)
		}
		uuids[u] = true
	}
	checkPayload(top)
	if top["PayloadType"] != "Configuration" || top["PayloadScope"] != "System" {
		t.Errorf("profile %v", top)
	}
	domain := map[string]string{"chrome": "com.google.Chrome", "edge": "com.microsoft.Edge", "": policy.MacDomain}[tmpl.Browser]
	settingsSeen := false
	for _, x := range top["PayloadContent"].([]any) {
		m := x.(map[string]any)
		checkPayload(m)
		settings := map[string]any{}
		for k, v := range m {
			if !strings.HasPrefix(k, "Payload") {
				settings[k] = v
			}
		}
		switch m["PayloadType"] {
		case domain + ".extensions." + tmplChromeID, policy.MacDomain:
			p, errs := policy.FromMap(settings, policy.Env{})
			checkPolicy(t, tmpl.File, p, errs, hostName)
			settingsSeen = true
		case domain:
			onlyNames(t, domain, settings, chromePolicyNames)
			checkNativeMessaging(t, settings)
			if fl := settings["ExtensionInstallForcelist"].([]any); len(fl) != 1 || fl[0] != tmplChromeID+";"+tmplUpdateURL {
				t.Errorf("ExtensionInstallForcelist %v", fl)
			}
			es := settings["ExtensionSettings"].(map[string]any)[tmplChromeID].(map[string]any)
			onlyNames(t, "ExtensionSettings", es, chromeExtensionSettings)
		default:
			t.Errorf("unexpected payload type %v", m["PayloadType"])
		}
	}
	if !settingsSeen {
		t.Error("no payload carries the managed settings")
	}
}

// TestADMX checks safehar.admx and its en-US strings: well-formed, every
// policy setting there with the registry layout the host reads, and every
// string and presentation it refers to defined.
func TestADMX(t *testing.T) {
	type elem struct {
		XMLName     xml.Name
		ID          string `xml:"id,attr"`
		Key         string `xml:"key,attr"`
		ValueName   string `xml:"valueName,attr"`
		ValuePrefix string `xml:"valuePrefix,attr"`
	}
	type pol struct {
		Name         string `xml:"name,attr"`
		Class        string `xml:"class,attr"`
		Key          string `xml:"key,attr"`
		ValueName    string `xml:"valueName,attr"`
		DisplayName  string `xml:"displayName,attr"`
		ExplainText  string `xml:"explainText,attr"`
		Presentation string `xml:"presentation,attr"`
		Elements     struct {
			Items []elem `xml:",any"`
		} `xml:"elements"`
	}
	var admx struct {
		Policies []pol `xml:"policies>policy"`
	}
	var adml struct {
		Strings []struct {
			ID string `xml:"id,attr"`
		} `xml:"resources>stringTable>string"`
		Presentations []struct {
			ID string `xml:"id,attr"`
		} `xml:"resources>presentationTable>presentation"`
	}
	for file, v := range map[string]any{"policies/safehar.admx": &admx, "policies/en-US/safehar.adml": &adml} {
		b, err := fs.ReadFile(manifest.Policies, file)
		if err != nil {
			t.Fatal(err)
		}
		d := xml.NewDecoder(bytes.NewReader(b))
		d.Strict = true
		if err := d.Decode(v); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
	}
	strs := map[string]bool{}
	for _, s := range adml.Strings {
		strs[s.ID] = true
	}
	pres := map[string]bool{}
	for _, p := range adml.Presentations {
		pres[p.ID] = true
	}
	ref := func(s, kind string, set map[string]bool) {
		if id, ok := strings.CutPrefix(s, "$("+kind+"."); ok && !set[strings.TrimSuffix(id, ")")] {
			t.Errorf("%s refers to a missing %s", s, kind)
		}
	}
	seen := map[string]bool{}
	key := `Software\Policies\safehar`
	if !strings.EqualFold(key, policy.WindowsKey) {
		t.Fatalf("the ADMX key %s is not the host's %s", key, policy.WindowsKey)
	}
	for _, p := range admx.Policies {
		ref(p.DisplayName, "string", strs)
		ref(p.ExplainText, "string", strs)
		ref(p.Presentation, "presentation", pres)
		if p.Class != "Machine" || p.Key != key {
			t.Errorf("%s: class %s key %s", p.Name, p.Class, p.Key)
		}
		typ := ""
		for _, f := range policy.Fields {
			if f.Name == p.Name {
				typ = f.Type
			}
		}
		seen[p.Name] = true
		switch typ {
		case "":
			t.Errorf("%s is not a policy setting", p.Name)
		case "boolean":
			if p.ValueName != p.Name {
				t.Errorf("%s: valueName %s", p.Name, p.ValueName)
			}
		case "array-of-string":
			if len(p.Elements.Items) != 1 || p.Elements.Items[0].XMLName.Local != "list" || p.Elements.Items[0].Key != key+`\`+p.Name || p.Elements.Items[0].ValuePrefix != "" {
				t.Errorf("%s: %+v", p.Name, p.Elements.Items)
			}
		default:
			if len(p.Elements.Items) != 1 || p.Elements.Items[0].ValueName != p.Name {
				t.Errorf("%s: %+v", p.Name, p.Elements.Items)
			}
		}
	}
	for _, f := range policy.Fields {
		if !seen[f.Name] {
			t.Errorf("safehar.admx lacks %s", f.Name)
		}
	}
}

// TestPolicyCommandErrors: bad flags and hostile settings are refused with a
// clear message and exit code 2.
func TestPolicyCommandErrors(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--os", "linux"}, "say which browser"},
		{[]string{"--browser", "chrome", "--os", "linux"}, ""},
		{[]string{"--browser", "chrome", "--os", "linux", "--extension-id", "xyz"}, "not a Chrome extension id"},
		{[]string{"--browser", "opera", "--os", "linux", "--extension-id", tmplChromeID}, `no policy template for the browser "opera"`},
		{[]string{"--browser", "chromium", "--os", "windows", "--extension-id", tmplChromeID}, "no chromium policy template"},
		{[]string{"--browser", "chrome", "--os", "beos", "--extension-id", tmplChromeID}, "--os must be"},
		{[]string{"--host-policy", "--os", "linux", "--setting", "outputDir=/etc/x"}, "is a full path"},
		{[]string{"--host-policy", "--os", "linux", "--setting", "outputDir=/home/ana/HAR"}, "is a full path"},
		{[]string{"--host-policy", "--os", "linux", "--setting", "outputDir=~/.config/autostart"}, "hidden folder .config"},
		{[]string{"--host-policy", "--os", "macos", "--setting", "outputDir=~/Library/LaunchAgents"}, "inside ~/Library"},
		{[]string{"--host-policy", "--os", "windows", "--setting", `outputDir=~\AppData\Roaming\x`}, "inside ~/AppData"},
		{[]string{"--host-policy", "--os", "linux", "--setting", "outputDir=~"}, "the home folder itself"},
		{[]string{"--host-policy", "--os", "linux", "--setting", "outputDir=~/../x"}, "outside the user's home folder"},
		{[]string{"--host-policy", "--os", "linux", "--setting", "outputDir=~/Support/HAR"}, ""},
		{[]string{"--host-policy", "--os", "linux", "--setting", "outputDir=relative"}, "not an absolute path"},
		{[]string{"--host-policy", "--os", "linux", "--setting", "jwt=keep"}, `jwt: must be "keep-claims" or "drop"`},
		{[]string{"--host-policy", "--os", "linux", "--setting", "redactPersonalData=no"}, "must be true or false"},
		{[]string{"--host-policy", "--os", "linux", "--setting", "color=blue"}, `"color" is not a setting`},
		{[]string{"--host-policy", "--os", "linux", "--setting", `extraPatterns={"name":"all","regexp":".*"}`}, "matches ordinary text"},
		{[]string{"--host-policy", "--os", "linux", "--setting", `extraPatterns={"name":"evil","regexp":"(a+)+b"}`}, "repeats a repetition"},
		{[]string{"--browser", "firefox", "--update-url", "ftp://x/y.xpi"}, "must be an https:"},
	} {
		var stdout, stderr bytes.Buffer
		code := run(append([]string{"policy"}, tt.args...), nil, &stdout, &stderr)
		if tt.want == "" {
			if code != 0 {
				t.Errorf("%v: exit %d: %s", tt.args, code, stderr.String())
			}
			continue
		}
		if code != 2 || !strings.Contains(stderr.String(), tt.want) || stdout.Len() != 0 {
			t.Errorf("%v: exit %d, stderr %q, want %q", tt.args, code, stderr.String(), tt.want)
		}
		if n := strings.Count(stderr.String(), "\n"); n != 1 {
			t.Errorf("%v: %d lines on stderr", tt.args, n)
		}
	}
}

// TestPolicyCommandAsHost: "safehar policy" validates with the host's own
// function, for a user not known yet: every outputDir it accepts, the host
// accepts for any user (a symbolic link a user makes in their home is
// checked by the host alone), and it writes only the settings asked for.
func TestPolicyCommandAsHost(t *testing.T) {
	home := t.TempDir()
	env := policy.Env{Home: home, EvalSymlinks: filepath.EvalSymlinks}
	for _, dir := range []string{"~/Support/HAR", "~/Downloads/safehar", home + "/HAR", "/etc", "~/.config/autostart",
		"~/.ssh", "~/Library/LaunchAgents", "~", "~/a/../../b", "~/x/.hidden/y"} {
		var stdout, stderr bytes.Buffer
		cli := run([]string{"policy", "--host-policy", "--os", "linux", "--setting", "outputDir=" + dir}, nil, &stdout, &stderr) == 0
		_, errs := policy.FromMap(map[string]any{"outputDir": dir}, env)
		if cli && len(errs) > 0 {
			t.Errorf("outputDir %q: safehar policy accepts it, the host refuses it: %v", dir, errs)
		}
		if cli {
			var got map[string]any
			if err := json.Unmarshal(stdout.Bytes(), &got); err != nil || len(got) != 1 || got["outputDir"] != dir {
				t.Errorf("outputDir %q: the policy is %s, want that setting alone", dir, stdout.String())
			}
		}
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"policy", "--browser", "chrome", "--os", "linux", "--setting", "jwt=drop"}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var doc struct {
		ThirdParty struct {
			Extensions map[string]map[string]any `json:"extensions"`
		} `json:"3rdparty"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if got := doc.ThirdParty.Extensions[DefaultChromeExtensionID]; len(got) != 1 || got["jwt"] != "drop" {
		t.Errorf("managed settings %v, want jwt alone", got)
	}
}

// TestPolicyCommandEverySetting: every setting of the schema can be given
// with --setting and reaches the template (none is dropped on the way).
func TestPolicyCommandEverySetting(t *testing.T) {
	sample := map[string]string{
		"hostName": "com.acme.safehar", "outputDir": "~/Support/HAR", "jwt": "drop", "uploadHint": "Attach it.",
		"review": "required", "extraHeaders": "X-Acme-Tenant", "extraParams": "tenant_sig", "extraJsonKeys": "internalToken",
		"extraPatterns": `{"name":"acme","regexp":"acme_[A-Za-z0-9]{32}"}`,
	}
	for _, f := range policy.Fields {
		v, ok := sample[f.Name]
		if !ok && f.Type == "boolean" {
			v, ok = "false", true
		}
		if !ok {
			t.Fatalf("no sample value for %s", f.Name)
		}
		var stdout, stderr bytes.Buffer
		if code := run([]string{"policy", "--host-policy", "--os", "linux", "--setting", f.Name + "=" + v}, nil, &stdout, &stderr); code != 0 {
			t.Fatalf("%s=%s: exit %d: %s", f.Name, v, code, stderr.String())
		}
		if !strings.Contains(stdout.String(), `"`+f.Name+`"`) {
			t.Errorf("%s=%s is not in the template: %s", f.Name, v, stdout.String())
		}
	}
}
