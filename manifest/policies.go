package manifest

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"regexp"
	"strings"

	"github.com/google/uuid"
)

// Policies holds the managed-deployment templates in policies/ (see
// policies/README.md). "safehar policy" prints them filled in.
//
//go:embed policies
var Policies embed.FS

// PolicyTemplate is one template and what it is for.
type PolicyTemplate struct {
	Browser string // chrome, chromium, brave, edge, firefox; "" for the host's own policy
	OS      string // linux, windows, macos; "" for any
	File    string // under policies/
	Where   string // where an administrator puts the result
}

// PolicyTemplates lists the templates "safehar policy" knows.
var PolicyTemplates = []PolicyTemplate{
	{"chrome", "linux", "chrome-linux.json", "save it as /etc/opt/chrome/policies/managed/safehar.json"},
	{"chromium", "linux", "chromium-linux.json", "save it as /etc/chromium/policies/managed/safehar.json"},
	{"brave", "linux", "chromium-linux.json", "save it as /etc/brave/policies/managed/safehar.json"},
	{"edge", "linux", "edge-linux.json", "save it as /etc/opt/edge/policies/managed/safehar.json"},
	{"chrome", "windows", "chrome-windows.reg", `save it as chrome-windows.reg and run "reg import chrome-windows.reg" as administrator (HKLM\SOFTWARE\Policies\Google\Chrome)`},
	{"edge", "windows", "edge-windows.reg", `save it as edge-windows.reg and run "reg import edge-windows.reg" as administrator (HKLM\SOFTWARE\Policies\Microsoft\Edge)`},
	{"chrome", "macos", "chrome-macos.mobileconfig", "save it as a .mobileconfig and install it with your MDM"},
	{"edge", "macos", "edge-macos.mobileconfig", "save it as a .mobileconfig and install it with your MDM"},
	{"firefox", "", "firefox-policies.json", "save it as /etc/firefox/policies/policies.json (Linux), <Firefox install folder>\\distribution\\policies.json (Windows) or Firefox.app/Contents/Resources/distribution/policies.json (macOS), merged with any policies already there"},
	{"", "linux", "safehar-linux.json", "save it as /etc/safehar/policy.json"},
	{"", "windows", "safehar-windows.reg", `save it as safehar-windows.reg and run "reg import safehar-windows.reg" as administrator (HKLM\SOFTWARE\Policies\safehar), or set the same values with Group Policy and safehar.admx`},
	{"", "macos", "safehar-macos.mobileconfig", "save it as a .mobileconfig and install it with your MDM (macOS writes it to /Library/Managed Preferences/dev.safehar.host.plist)"},
}

// FindPolicyTemplate returns the template for browser ("" for the host's
// own policy) on goos.
func FindPolicyTemplate(browser, goos string) (PolicyTemplate, error) {
	for _, t := range PolicyTemplates {
		if t.Browser == browser && (t.OS == goos || t.OS == "") {
			return t, nil
		}
	}
	var have []string
	for _, t := range PolicyTemplates {
		if t.Browser == browser {
			have = append(have, t.OS)
		}
	}
	if len(have) == 0 {
		return PolicyTemplate{}, fmt.Errorf("there is no policy template for the browser %q; use chrome, chromium, brave, edge or firefox", browser)
	}
	return PolicyTemplate{}, fmt.Errorf("there is no %s policy template for %q (there is for %s); adapt the Chrome one with %s's policy key or preference domain", browser, goos, strings.Join(have, ", "), browser)
}

// Setting is one managed setting: Value is a string, a bool, a []string or
// a []Pattern (extraPatterns).
type Setting struct {
	Key   string
	Value any
}

// Pattern is one extraPatterns item.
type Pattern struct {
	Name   string `json:"name"`
	Regexp string `json:"regexp"`
	Kind   string `json:"kind,omitempty"`
}

// PolicyValues fill a template's placeholders.
type PolicyValues struct {
	ExtensionID string    // {{EXTENSION_ID}}
	UpdateURL   string    // {{UPDATE_URL}}
	HostName    string    // {{HOST_NAME}}
	Settings    []Setting // {{MANAGED_SETTINGS}}, in this order
}

// ProfileUUID returns the stable UUID n of a configuration profile: the
// same values give the same UUIDs, so a re-generated profile replaces the
// installed one instead of adding a second.
func ProfileUUID(file, extensionID string, n int) string {
	return strings.ToUpper(uuid.NewSHA1(uuid.NameSpaceURL, fmt.Appendf(nil, "https://safehar.dev/policy/%s/%s/%d", file, extensionID, n)).String())
}

var placeholderRE = regexp.MustCompile(`\{\{[A-Z0-9_]+\}\}`)

// RenderPolicy fills the template file with v. Values are escaped for the
// file's format (JSON, .reg or plist XML); .reg files get CRLF line ends.
func RenderPolicy(file string, v PolicyValues) (string, error) {
	b, err := fs.ReadFile(Policies, "policies/"+file)
	if err != nil {
		return "", err
	}
	text := string(b)
	format := formatOf(file)
	simple := map[string]string{
		"{{EXTENSION_ID}}":   v.ExtensionID,
		"{{UPDATE_URL}}":     v.UpdateURL,
		"{{HOST_NAME}}":      v.HostName,
		"{{PROFILE_UUID}}":   ProfileUUID(file, v.ExtensionID, 0),
		"{{PAYLOAD_UUID_1}}": ProfileUUID(file, v.ExtensionID, 1),
		"{{PAYLOAD_UUID_2}}": ProfileUUID(file, v.ExtensionID, 2),
	}
	var out strings.Builder
	lines := strings.SplitAfter(text, "\n")
	regKey := ""
	for _, line := range lines {
		line = placeholderRE.ReplaceAllStringFunc(line, func(p string) string {
			if p == "{{MANAGED_SETTINGS}}" {
				return p
			}
			val, ok := simple[p]
			if !ok {
				err = fmt.Errorf("%s: unknown placeholder %s", file, p)
				return p
			}
			return escape(format, val)
		})
		if format == "reg" && strings.HasPrefix(line, "[") {
			regKey = strings.TrimSpace(line)
			regKey = regKey[1 : len(regKey)-1]
		}
		if i := strings.Index(line, "{{MANAGED_SETTINGS}}"); i >= 0 {
			indent := line[:len(line)-len(strings.TrimLeft(line, " "))]
			var block string
			switch format {
			case "json":
				block = renderJSON(v.Settings, indent)
			case "plist":
				block = renderPlist(v.Settings, indent)
			case "reg":
				block = renderReg(v.Settings, regKey)
			}
			line = line[:i] + block + line[i+len("{{MANAGED_SETTINGS}}"):]
		}
		out.WriteString(line)
	}
	if err != nil {
		return "", err
	}
	s := out.String()
	if format == "reg" {
		s = strings.ReplaceAll(s, "\n", "\r\n")
	}
	return s, nil
}

func formatOf(file string) string {
	switch {
	case strings.HasSuffix(file, ".json"):
		return "json"
	case strings.HasSuffix(file, ".reg"):
		return "reg"
	}
	return "plist"
}

func escape(format, s string) string {
	switch format {
	case "json":
		b := marshal(s, "")
		return b[1 : len(b)-1]
	case "reg":
		return regString(s)
	}
	return xmlEscape(s)
}

func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;").Replace(s)
}

// regString escapes s for a "…" value in a .reg file.
func regString(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s)
}

// renderJSON writes the settings as a JSON object whose inner lines are
// indented by indent plus two spaces.
func renderJSON(settings []Setting, indent string) string {
	if len(settings) == 0 {
		return "{}"
	}
	var b strings.Builder
	b.WriteString("{\n")
	for i, s := range settings {
		v := marshal(s.Value, indent+"  ")
		if list, ok := s.Value.([]string); ok { // names on one line
			var parts []string
			for _, x := range list {
				parts = append(parts, marshal(x, ""))
			}
			v = "[" + strings.Join(parts, ", ") + "]"
		}
		k := marshal(s.Key, "")
		fmt.Fprintf(&b, "%s  %s: %s", indent, k, v)
		if i < len(settings)-1 {
			b.WriteString(",")
		}
		b.WriteString("\n")
	}
	b.WriteString(indent + "}")
	return b.String()
}

// marshal writes v as JSON without HTML escaping, indented with prefix.
func marshal(v any, prefix string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	enc.Encode(v)
	return strings.TrimSuffix(b.String(), "\n")
}

// renderPlist writes the settings as <key>/value pairs, the first without
// indent (the template's line has it).
func renderPlist(settings []Setting, indent string) string {
	var lines []string
	for _, s := range settings {
		lines = append(lines, "<key>"+xmlEscape(s.Key)+"</key>")
		switch v := s.Value.(type) {
		case bool:
			lines = append(lines, map[bool]string{true: "<true/>", false: "<false/>"}[v])
		case string:
			lines = append(lines, "<string>"+xmlEscape(v)+"</string>")
		case []string:
			lines = append(lines, "<array>")
			for _, x := range v {
				lines = append(lines, "  <string>"+xmlEscape(x)+"</string>")
			}
			lines = append(lines, "</array>")
		case []Pattern:
			lines = append(lines, "<array>")
			for _, p := range v {
				lines = append(lines, "  <dict>")
				for _, kv := range [][2]string{{"name", p.Name}, {"regexp", p.Regexp}, {"kind", p.Kind}} {
					if kv[1] != "" {
						lines = append(lines, "    <key>"+kv[0]+"</key>", "    <string>"+xmlEscape(kv[1])+"</string>")
					}
				}
				lines = append(lines, "  </dict>")
			}
			lines = append(lines, "</array>")
		}
	}
	return strings.Join(lines, "\n"+indent)
}

// renderReg writes the settings as values of key, then one subkey per
// name list with values "1", "2", … (the way Chrome reads list policies).
func renderReg(settings []Setting, key string) string {
	var vals, subs []string
	for _, s := range settings {
		name := `"` + regString(s.Key) + `"`
		switch v := s.Value.(type) {
		case bool:
			d := 0
			if v {
				d = 1
			}
			vals = append(vals, fmt.Sprintf("%s=dword:%08x", name, d))
		case string:
			vals = append(vals, fmt.Sprintf(`%s="%s"`, name, regString(v)))
		case []string:
			sub := []string{"", "[" + key + `\` + s.Key + "]"}
			for i, x := range v {
				sub = append(sub, fmt.Sprintf(`"%d"="%s"`, i+1, regString(x)))
			}
			subs = append(subs, sub...)
		case []Pattern:
			var b bytes.Buffer
			enc := json.NewEncoder(&b)
			enc.SetEscapeHTML(false)
			enc.Encode(v)
			vals = append(vals, fmt.Sprintf(`%s="%s"`, name, regString(strings.TrimSpace(b.String()))))
		}
	}
	return strings.Join(append(vals, subs...), "\n")
}
