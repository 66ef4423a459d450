package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"runtime"
	"slices"
	"strings"

	"github.com/safehar/safehar/host/internal/policy"
	"github.com/safehar/safehar/manifest"
)

func init() {
	register(&command{name: "policy", summary: "print a managed-deployment policy template, filled in", run: runPolicy})
}

// Default update URLs: the stores'.
var defaultUpdateURL = map[string]string{
	"chrome":   "https://clients2.google.com/service/update2/crx",
	"chromium": "https://clients2.google.com/service/update2/crx",
	"brave":    "https://clients2.google.com/service/update2/crx",
	"edge":     "https://edge.microsoft.com/extensionwebstorebase/v1/crx",
	"firefox":  "https://addons.mozilla.org/firefox/downloads/latest/safehar/latest.xpi",
}

var (
	chromeIDRE  = regexp.MustCompile(`^[a-p]{32}$`)
	firefoxIDRE = regexp.MustCompile(`^([A-Za-z0-9._+-]+@[A-Za-z0-9.-]+|\{[0-9a-fA-F-]{36}\})$`)
)

const policyUsage = `Usage:
  safehar policy --browser chrome|chromium|brave|edge|firefox --os linux|windows|macos
                 [--extension-id ID] [--update-url URL] [--host-name NAME] [--setting KEY=VALUE]...
  safehar policy --host-policy --os linux|windows|macos [--setting KEY=VALUE]...
  safehar policy --list

Prints a ready-to-use policy (JSON, .reg or .mobileconfig) that force-installs
the extension, allows only the safehar native host, turns off user-level hosts
and sets the extension's managed settings; --host-policy prints the host's own
system policy instead. Where to put it is printed on standard error.
--extension-id defaults to the safehar extension's id (Chrome family:
` + DefaultChromeExtensionID + `; Firefox: ` + FirefoxAddonID + `); --update-url to
the browser's store; give your own for a self-hosted .crx (update.xml) or .xpi.

Settings (extension/managed_schema.json): hostName, outputDir, uploadHint,
jwt (keep-claims|drop), redactPersonalData and allowExportWithoutBodies
(true|false), extraHeaders, extraParams and extraJsonKeys (comma list or JSON
array; repeatable), extraPatterns (JSON array of {"name","regexp","kind"}).
`

func runPolicy(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("policy", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	browser := fs.String("browser", "", "")
	goos := fs.String("os", osName(runtime.GOOS), "")
	id := fs.String("extension-id", "", "")
	updateURL := fs.String("update-url", "", "")
	hostName := fs.String("host-name", HostName, "")
	hostPolicy := fs.Bool("host-policy", false, "")
	list := fs.Bool("list", false, "")
	var settings stringList
	fs.Var(&settings, "setting", "")
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "safehar policy: "+format+"\n", a...)
		return 2
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, policyUsage)
			return 0
		}
		return fail("%v; run 'safehar policy -h' for the flags.", err)
	}
	if fs.NArg() > 0 {
		return fail("unexpected argument %q; run 'safehar policy -h' for the flags.", fs.Arg(0))
	}
	if *list {
		for _, t := range manifest.PolicyTemplates {
			b, o := t.Browser, t.OS
			if b == "" {
				b = "(host policy)"
			}
			if o == "" {
				o = "any"
			}
			fmt.Fprintf(stdout, "%-14s %-8s %-28s %s\n", b, o, t.File, t.Where)
		}
		return 0
	}
	*browser = strings.ToLower(*browser)
	switch {
	case *hostPolicy && *browser != "":
		return fail("give either --browser or --host-policy, not both.")
	case !*hostPolicy && *browser == "":
		return fail("say which browser with --browser chrome|chromium|brave|edge|firefox (or --host-policy for the host's own policy).")
	}
	switch *goos = strings.ToLower(*goos); *goos {
	case "darwin", "mac":
		*goos = "macos"
	case "linux", "windows", "macos":
	default:
		return fail("--os must be linux, windows or macos, not %q.", *goos)
	}
	tmpl, err := manifest.FindPolicyTemplate(*browser, *goos)
	if err != nil {
		return fail("%v.", err)
	}
	v := manifest.PolicyValues{HostName: *hostName}
	if !*hostPolicy {
		v.ExtensionID = *id
		switch {
		case *browser == "firefox" && v.ExtensionID == "":
			v.ExtensionID = FirefoxAddonID
		case *browser == "firefox" && !firefoxIDRE.MatchString(v.ExtensionID):
			return fail("%q is not a Firefox add-on id (like %s).", v.ExtensionID, FirefoxAddonID)
		case *browser != "firefox" && v.ExtensionID == "":
			v.ExtensionID = DefaultChromeExtensionID
		case *browser != "firefox" && !chromeIDRE.MatchString(v.ExtensionID):
			return fail("%q is not a Chrome extension id (32 letters a-p).", v.ExtensionID)
		}
		if !policyHostNameRE.MatchString(v.HostName) {
			return fail("%q is not a native-messaging host name (like %s).", v.HostName, HostName)
		}
		v.UpdateURL = *updateURL
		if v.UpdateURL == "" {
			v.UpdateURL = defaultUpdateURL[*browser]
		}
		if u, err := url.Parse(v.UpdateURL); err != nil || (u.Scheme != "https" && u.Scheme != "http" && u.Scheme != "file") || (u.Host == "" && u.Scheme != "file") {
			return fail("--update-url %q must be an https:, http: or file: URL.", v.UpdateURL)
		}
	}
	v.Settings, err = policySettings(settings, *hostPolicy, v.HostName)
	if err != nil {
		return fail("%v.", err)
	}
	out, err := manifest.RenderPolicy(tmpl.File, v)
	if err != nil {
		return fail("%v.", err)
	}
	fmt.Fprint(stdout, out)
	fmt.Fprintf(stderr, "safehar policy: this is %s: %s.\n", tmpl.File, tmpl.Where)
	return 0
}

var policyHostNameRE = regexp.MustCompile(`^[a-z0-9_]+(\.[a-z0-9_]+)*$`)

func osName(goos string) string {
	if goos == "darwin" {
		return "macos"
	}
	return goos
}

// policySettings turns --setting KEY=VALUE flags into validated managed
// settings in schema order: only the settings asked for (and, in the
// extension's template, hostName when --host-name names another host),
// validated by the function the host validates its policy with
// (policy.FromMap) for a user not known yet, so a setting the host would
// refuse on some machine is refused here.
func policySettings(flags []string, host bool, hostName string) ([]manifest.Setting, error) {
	m := map[string]any{}
	fields := policy.Fields
	if host { // the host policy may also name the audit log
		fields = append(slices.Clone(fields), policy.SystemFields...)
	}
	if !host && hostName != HostName {
		m["hostName"] = hostName
	}
	for _, f := range flags {
		k, val, ok := strings.Cut(f, "=")
		if !ok {
			return nil, fmt.Errorf("--setting %q must be KEY=VALUE", f)
		}
		typ := ""
		for _, x := range fields {
			if x.Name == k {
				typ = x.Type
			}
		}
		switch typ {
		case "":
			var names []string
			for _, x := range fields {
				names = append(names, x.Name)
			}
			return nil, fmt.Errorf("%q is not a setting; the settings are %s", k, strings.Join(names, ", "))
		case "string":
			m[k] = val
		case "boolean":
			switch val {
			case "true":
				m[k] = true
			case "false":
				m[k] = false
			default:
				return nil, fmt.Errorf("%s must be true or false, not %q", k, val)
			}
		case "array-of-string":
			var items []any
			if strings.HasPrefix(strings.TrimSpace(val), "[") {
				if err := json.Unmarshal([]byte(val), &items); err != nil {
					return nil, fmt.Errorf("%s: %q is not a JSON array (%v)", k, val, err)
				}
			} else {
				for s := range strings.SplitSeq(val, ",") {
					if s = strings.TrimSpace(s); s != "" {
						items = append(items, s)
					}
				}
			}
			prev, _ := m[k].([]any)
			m[k] = append(prev, items...)
		case "array-of-pattern":
			var items []any
			val = strings.TrimSpace(val)
			if !strings.HasPrefix(val, "[") {
				val = "[" + val + "]"
			}
			if err := json.Unmarshal([]byte(val), &items); err != nil {
				return nil, fmt.Errorf(`%s must be JSON like [{"name": "acme", "regexp": "acme_[A-Za-z0-9]{32}", "kind": "api-key"}] (%v)`, k, err)
			}
			prev, _ := m[k].([]any)
			m[k] = append(prev, items...)
		}
	}
	p, errs := policy.FromMap(m, policy.Env{System: host})
	if len(errs) > 0 {
		return nil, &policy.InvalidError{Source: "the settings", Errs: errs}
	}
	var out []manifest.Setting
	add := func(k string, v any) { out = append(out, manifest.Setting{Key: k, Value: v}) }
	for _, f := range fields {
		if _, set := m[f.Name]; !set {
			continue
		}
		switch f.Name {
		case "hostName":
			add(f.Name, p.HostName)
		case "outputDir":
			add(f.Name, p.OutputDir)
		case "extraHeaders":
			add(f.Name, p.ExtraHeaders)
		case "extraParams":
			add(f.Name, p.ExtraParams)
		case "extraJsonKeys":
			add(f.Name, p.ExtraJSONKeys)
		case "extraPatterns":
			var pats []manifest.Pattern
			for _, x := range p.ExtraPatterns {
				pats = append(pats, manifest.Pattern{Name: x.Name, Regexp: x.Regexp, Kind: x.Kind})
			}
			add(f.Name, pats)
		case "jwt":
			add(f.Name, p.JWT)
		case "redactPersonalData":
			add(f.Name, *p.RedactPersonalData)
		case "allowExportWithoutBodies":
			add(f.Name, *p.AllowExportWithoutBodies)
		case "uploadHint":
			add(f.Name, p.UploadHint)
		case "review":
			add(f.Name, p.Review)
		case "allowExtraTerms":
			add(f.Name, *p.AllowExtraTerms)
		case "auditLog":
			add(f.Name, p.AuditLog)
		default: // a new setting must say how it is written
			return nil, fmt.Errorf("the setting %s cannot be written into a template yet", f.Name)
		}
	}
	return out, nil
}
