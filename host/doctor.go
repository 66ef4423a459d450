package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/safehar/safehar/host/internal/install"
	"github.com/safehar/safehar/host/internal/keystore"
	"github.com/safehar/safehar/host/internal/outdir"
	"github.com/safehar/safehar/host/internal/policy"
	"github.com/safehar/safehar/sanitize"
)

func init() {
	register(&command{name: "doctor", summary: "check the registrations, the keyring and the policy; exit 0 only when all is well", run: runDoctor})
}

const doctorHelp = `Usage: safehar doctor [--json]

Checks this machine: where the native host is registered for each browser
(and which registration the browser will actually use), whether that points
at this binary, whether the keyring works, the output folder, the policy in
effect, and browsers installed as Snap or Flatpak (which cannot start a
native host by default).

Exit status: 0 when the host is registered for at least one browser, every
registration a browser uses points at this binary, and the policy is valid;
1 when a problem was found (each is listed); 2 on a usage error.
--json prints one JSON object for fleet checks (see docs/DEPLOY.md).
`

// keyStore is the keyring the host and doctor use; SAFEHAR_NO_KEYRING
// turns it off (headless runs, tests).
func keyStore() *keystore.Store {
	if os.Getenv("SAFEHAR_NO_KEYRING") != "" {
		return &keystore.Store{Backend: noKeyring{}}
	}
	return keystore.New()
}

// doctorReport is what doctor finds; --json prints it as it is.
type doctorReport struct {
	OK         bool            `json:"ok"`
	Problems   []string        `json:"problems"`
	Version    string          `json:"version"`
	Protocol   int             `json:"protocol"`
	Rules      string          `json:"rules"`
	Binary     string          `json:"binary"`
	Browsers   []doctorBrowser `json:"browsers"`
	Keyring    doctorKeyring   `json:"keyring"`
	OutputDir  string          `json:"outputDir,omitempty"`
	OutputErr  string          `json:"outputDirError,omitempty"`
	Policy     doctorPolicy    `json:"policy"`
	Registered int             `json:"registeredBrowsers"`
}

// doctorBrowser is one browser: its registrations in the order the browser
// looks, and which one it uses.
type doctorBrowser struct {
	Name string `json:"name"`
	// UserLevelHosts is false when the browser's managed policy turns
	// user-level hosts off (NativeMessagingUserLevelHosts), so only the
	// system registrations count.
	UserLevelHosts bool                 `json:"userLevelHosts"`
	Registrations  []doctorRegistration `json:"registrations"`
	// Uses is the index in Registrations of the one the browser will use,
	// -1 for none.
	Uses int `json:"uses"`
	// OK: the registration used points at this binary and allows an
	// extension.
	OK bool `json:"ok"`
	// Sandboxed lists Snap or Flatpak installs of this browser.
	Sandboxed []doctorSandbox `json:"sandboxed,omitempty"`
}

type doctorRegistration struct {
	Scope  string `json:"scope"` // user or system
	Path   string `json:"path"`  // the manifest file
	Key    string `json:"registryKey,omitempty"`
	Status string `json:"status"` // registered, absent, unreadable, other-host
	Error  string `json:"error,omitempty"`
	// HostPath is the binary the manifest names (resolved against the
	// manifest's folder when relative, as Windows allows).
	HostPath     string   `json:"hostPath,omitempty"`
	IsThisBinary bool     `json:"isThisBinary"`
	HostExists   bool     `json:"hostExists"`
	Allowed      []string `json:"allowed,omitempty"`
	Problems     []string `json:"problems,omitempty"`
}

type doctorSandbox struct {
	Kind   string `json:"kind"` // snap or flatpak
	Where  string `json:"where"`
	Advice string `json:"advice"`
}

type doctorKeyring struct {
	OK   bool   `json:"ok"`
	Note string `json:"note"`
}

type doctorPolicy struct {
	Source  string   `json:"source,omitempty"` // "" when there is none
	Valid   bool     `json:"valid"`
	Error   string   `json:"error,omitempty"`
	Summary []string `json:"summary"`
}

func runDoctor(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("doctor", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(fs.Output(), doctorHelp) }
	asJSON := fs.Bool("json", false, "print the report as one JSON object")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "safehar doctor: unexpected argument %q; it takes only --json.\n", fs.Arg(0))
		return 2
	}
	o, err := installOptions(nil)
	if err != nil {
		fmt.Fprintf(stderr, "safehar doctor: %v.\n", err)
		return 2
	}
	rep, err := diagnose(o)
	if err != nil {
		fmt.Fprintf(stderr, "safehar doctor: %v.\n", err)
		return 2
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return 2
		}
	} else {
		printDoctor(stdout, rep)
	}
	if !rep.OK {
		return 1
	}
	return 0
}

// diagnose fills a report for the machine o describes.
func diagnose(o install.Options) (*doctorReport, error) {
	rep := &doctorReport{Version: Version, Protocol: ProtocolVersion, Rules: sanitize.DefaultRules().Version, Binary: o.Binary,
		Problems: []string{}}
	found, err := install.Registered(o, install.OSRegistry())
	if err != nil {
		return nil, err
	}
	for _, b := range install.Browsers {
		db := doctorBrowser{Name: b.Name, UserLevelHosts: userLevelHostsAllowed(o, b), Uses: -1, Registrations: []doctorRegistration{}}
		for _, f := range found { // Registered lists the user locations first, in the browser's order
			if f.Browser != b.Name {
				continue
			}
			r := checkRegistration(f, o, b.Kind == install.FirefoxFamily)
			if db.Uses < 0 && r.Status == "registered" && (f.System || db.UserLevelHosts) {
				db.Uses = len(db.Registrations)
			}
			db.Registrations = append(db.Registrations, r)
		}
		if db.Uses >= 0 {
			used := db.Registrations[db.Uses]
			db.OK = len(used.Problems) == 0
			if db.OK {
				rep.Registered++
			} else {
				rep.Problems = append(rep.Problems, fmt.Sprintf("%s uses %s, which %s", b.Name, used.Path, strings.Join(used.Problems, " and ")))
			}
		}
		for _, r := range db.Registrations {
			if r.Status == "unreadable" || r.Status == "other-host" {
				rep.Problems = append(rep.Problems, fmt.Sprintf("%s: %s is %s (%s)", b.Name, r.Path, r.Status, r.Error))
			}
		}
		db.Sandboxed = sandboxedBrowsers(o, b.Name)
		rep.Browsers = append(rep.Browsers, db)
	}
	if rep.Registered == 0 {
		rep.Problems = append(rep.Problems, "the host is not registered (pointing at this binary) for any browser: run 'safehar install' (or 'sudo safehar install --system')")
	}

	switch key, err := keyStore().Peek(context.Background()); {
	case err == nil && len(key) == keystore.KeySize:
		rep.Keyring = doctorKeyring{OK: true, Note: "the pseudonym key is there"}
	case errors.Is(err, keystore.ErrNotFound):
		rep.Keyring = doctorKeyring{OK: true, Note: "no pseudonym key yet; the first export makes one"}
	default:
		rep.Keyring = doctorKeyring{Note: fmt.Sprintf("not usable (%v); every export will use a one-time key, so placeholders will not match across files", err)}
	}
	pol := loadSystemPolicy()
	if dir, err := outdir.Resolve(pol.Policy.OutputDir, os.Getenv); err != nil {
		rep.OutputErr = err.Error()
		rep.Problems = append(rep.Problems, "no output folder: "+err.Error())
	} else {
		rep.OutputDir = dir
	}
	rep.Policy = doctorPolicy{Source: pol.Source, Valid: pol.Err() == nil, Summary: policySummary(pol.Policy)}
	if err := pol.Err(); err != nil {
		rep.Policy.Error = err.Error()
		rep.Problems = append(rep.Problems, err.Error())
	} else if _, err := policy.Rules(pol.Policy); err != nil {
		rep.Policy.Valid = false
		rep.Policy.Error = fmt.Sprintf("cannot be applied: %v", err)
		rep.Problems = append(rep.Problems, "the policy "+rep.Policy.Error)
	}
	rep.OK = len(rep.Problems) == 0
	return rep, nil
}

// checkRegistration says what one manifest location holds.
func checkRegistration(f install.Found, o install.Options, firefox bool) doctorRegistration {
	r := doctorRegistration{Scope: "user", Path: f.Path, Key: f.Key}
	if f.System {
		r.Scope = "system"
	}
	if f.Err != nil {
		if errors.Is(f.Err, fs.ErrNotExist) || errors.Is(f.Err, install.ErrNoKey) {
			r.Status = "absent"
			return r
		}
		r.Status, r.Error = "unreadable", f.Err.Error()
		return r
	}
	m := f.Manifest
	if m.Name != HostName {
		r.Status, r.Error = "other-host", fmt.Sprintf("a manifest for %q, not %q", m.Name, HostName)
		return r
	}
	r.Status = "registered"
	r.HostPath = m.Path
	if !filepath.IsAbs(m.Path) && o.GOOS == "windows" {
		r.HostPath = filepath.Join(filepath.Dir(f.Path), m.Path)
	}
	_, err := os.Stat(r.HostPath)
	r.HostExists = err == nil
	r.IsThisBinary = r.HostPath == o.Binary || sameFile(r.HostPath, o.Binary)
	switch {
	case !r.HostExists:
		r.Problems = append(r.Problems, "points at "+m.Path+", which does not exist")
	case !r.IsThisBinary:
		r.Problems = append(r.Problems, "points at another binary, "+m.Path)
	}
	r.Allowed = m.AllowedOrigins
	if firefox {
		r.Allowed = m.AllowedExtensions
		if len(m.AllowedOrigins) > 0 {
			r.Problems = append(r.Problems, "has allowed_origins, which Firefox rejects")
		}
	}
	if len(r.Allowed) == 0 {
		r.Problems = append(r.Problems, "allows no extension")
	}
	return r
}

// chromePolicyDirs are the Linux managed-policy folders of the Chrome
// family, where NativeMessagingUserLevelHosts may be set.
var chromePolicyDirs = map[string][]string{
	"chrome":   {"/etc/opt/chrome/policies/managed"},
	"chromium": {"/etc/chromium/policies/managed"},
	"edge":     {"/etc/opt/edge/policies/managed"},
	"brave":    {"/etc/brave/policies/managed"},
}

// userLevelHostsAllowed reports whether a browser reads user-level
// manifests: not when its Linux managed policy sets
// NativeMessagingUserLevelHosts to false. (Windows and macOS policies are
// not read here: they are assumed to allow them.)
func userLevelHostsAllowed(o install.Options, b install.Browser) bool {
	if o.GOOS != "linux" {
		return true
	}
	for _, d := range chromePolicyDirs[b.Name] {
		files, _ := filepath.Glob(filepath.Join(o.Root, d, "*.json"))
		for _, p := range files {
			var pol struct {
				UserLevel *bool `json:"NativeMessagingUserLevelHosts"`
			}
			if b, err := os.ReadFile(p); err == nil && json.Unmarshal(b, &pol) == nil && pol.UserLevel != nil && !*pol.UserLevel {
				return false
			}
		}
	}
	return true
}

// sandboxes are where Snap and Flatpak install each browser on Linux.
var sandboxes = map[string][]struct{ kind, path string }{
	"chromium": {{"snap", "/snap/chromium"}, {"flatpak", "org.chromium.Chromium"}},
	"chrome":   {{"flatpak", "com.google.Chrome"}},
	"edge":     {{"flatpak", "com.microsoft.Edge"}},
	"brave":    {{"snap", "/snap/brave"}, {"flatpak", "com.brave.Browser"}},
	"firefox":  {{"snap", "/snap/firefox"}, {"flatpak", "org.mozilla.firefox"}},
}

// sandboxedBrowsers finds Snap and Flatpak installs of a browser, which
// cannot start a host outside their sandbox (Snap Firefox only through the
// desktop portal), and says what to do.
func sandboxedBrowsers(o install.Options, browser string) []doctorSandbox {
	if o.GOOS != "linux" {
		return nil
	}
	var out []doctorSandbox
	for _, s := range sandboxes[browser] {
		var places []string
		if s.kind == "snap" {
			places = []string{filepath.Join(o.Root, s.path)}
		} else {
			places = []string{filepath.Join(o.Root, "/var/lib/flatpak/app", s.path)}
			if o.Home != "" {
				places = append(places, filepath.Join(o.Home, ".local/share/flatpak/app", s.path))
			}
		}
		for _, p := range places {
			if !isDir(p) {
				continue
			}
			advice := "this " + s.kind + " build cannot start native hosts outside its sandbox: install " + browser +
				" from your distribution's or the vendor's .deb/.rpm and use that one with safehar"
			if browser == "firefox" && s.kind == "snap" {
				advice = "Snap Firefox starts native hosts only through the desktop portal (xdg-desktop-portal 1.17 or later, with its WebExtensions portal); if the extension says the helper is missing, use Firefox from Mozilla's .deb or your distribution's package"
			}
			out = append(out, doctorSandbox{Kind: s.kind, Where: p, Advice: advice})
		}
	}
	return out
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

// printDoctor writes the report for a person.
func printDoctor(w io.Writer, rep *doctorReport) {
	fmt.Fprintf(w, "safehar %s (protocol %d, rules %s)\nbinary: %s\n", rep.Version, rep.Protocol, rep.Rules, rep.Binary)
	for _, b := range rep.Browsers {
		fmt.Fprintf(w, "%s:\n", b.Name)
		for i, r := range b.Registrations {
			where := r.Path
			if r.Key != "" {
				where = r.Key
			}
			var text string
			switch r.Status {
			case "absent":
				text = "not registered"
			case "unreadable", "other-host":
				text = r.Status + " (" + r.Error + ")"
			default:
				var notes []string
				if r.IsThisBinary {
					notes = append(notes, "points at this binary")
				}
				notes = append(notes, r.Problems...)
				if len(r.Allowed) > 0 {
					notes = append(notes, "allows "+strings.Join(r.Allowed, ", "))
				}
				text = "registered, " + strings.Join(notes, ", ")
				switch {
				case i == b.Uses:
					text += " [used]"
				case r.Scope == "user" && !b.UserLevelHosts:
					text += " [ignored: the browser's policy turns user-level hosts off]"
				default:
					text += " [not used: an earlier registration wins]"
				}
			}
			fmt.Fprintf(w, "  %-6s %s: %s\n", r.Scope, where, text)
		}
		for _, s := range b.Sandboxed {
			fmt.Fprintf(w, "  %s %s: %s\n", s.kind(), s.Where, s.Advice)
		}
	}
	if rep.Keyring.OK {
		fmt.Fprintf(w, "keyring: ok (%s)\n", rep.Keyring.Note)
	} else {
		fmt.Fprintf(w, "keyring: %s\n", rep.Keyring.Note)
	}
	if rep.OutputErr != "" {
		fmt.Fprintf(w, "output folder: none (%s)\n", rep.OutputErr)
	} else {
		fmt.Fprintf(w, "output folder: %s\n", rep.OutputDir)
	}
	switch {
	case rep.Policy.Source == "":
		fmt.Fprintln(w, "policy: no system policy; the built-in defaults apply:")
	case !rep.Policy.Valid:
		fmt.Fprintf(w, "policy: %s\npolicy: until it is fixed the strictest settings apply:\n", rep.Policy.Error)
	default:
		fmt.Fprintf(w, "policy: %s (valid, enforced):\n", rep.Policy.Source)
	}
	for _, l := range rep.Policy.Summary {
		fmt.Fprintf(w, "  %s\n", l)
	}
	if rep.OK {
		fmt.Fprintf(w, "verdict: ok: registered for %d %s, pointing at this binary; the policy is valid.\n", rep.Registered, sanitize.Plural("browser", rep.Registered))
		return
	}
	fmt.Fprintf(w, "verdict: %d %s found:\n", len(rep.Problems), sanitize.Plural("problem", len(rep.Problems)))
	for _, p := range rep.Problems {
		fmt.Fprintf(w, "  - %s\n", p)
	}
	fmt.Fprintln(w, "Run 'safehar install' (with sudo and --system for every user) to fix registrations, and fix the policy if it is invalid.")
}

func (s doctorSandbox) kind() string {
	if s.Kind == "snap" {
		return "Snap"
	}
	return "Flatpak"
}

func sameFile(a, b string) bool {
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(filepath.Clean(b))
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}
