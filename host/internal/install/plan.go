package install

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"text/template"

	"github.com/safehar/safehar/manifest"
)

// Options says what to install or find, and where.
type Options struct {
	GOOS       string   // runtime.GOOS, or another for tests
	Home       string   // the user's home folder
	Root       string   // prefix for system folders ("" or "/" in production)
	System     bool     // system-wide (root/admin) instead of this user
	Browsers   []string // names from Browsers; empty means all
	HostName   string   // e.g. com.safehar.host
	Binary     string   // absolute path of the safehar binary
	ChromeIDs  []string // Chrome-family extension ids allowed
	FirefoxIDs []string // Firefox add-on ids allowed
	// WindowsDir is where the manifest files go on Windows (the registry
	// values point at them), e.g. %LOCALAPPDATA%\safehar or
	// %ProgramData%\safehar.
	WindowsDir string
}

// Op is what an Action does.
type Op string

// Operations.
const (
	WriteFile Op = "write"
	Remove    Op = "remove"
	SetKey    Op = "set-key"
	DeleteKey Op = "delete-key"
)

// Action is one step of an install or uninstall.
type Action struct {
	Op       Op
	Browsers []string // which browsers it serves
	Path     string   // file to write or remove; for SetKey, the value
	Key      string   // registry key (HKCU\… or HKLM\…)
	Content  []byte   // manifest for WriteFile
	// Keep is, for Remove, the folder whose empty subfolders on the way
	// to Path are removed with the file (the ones install made); it is
	// itself kept. "" removes only the file.
	Keep string
}

func (a Action) String() string {
	who := strings.Join(a.Browsers, ", ")
	switch a.Op {
	case WriteFile:
		return fmt.Sprintf("write %s (%s)", a.Path, who)
	case Remove:
		return fmt.Sprintf("remove %s (%s)", a.Path, who)
	case SetKey:
		return fmt.Sprintf("set registry key %s to %s (%s)", a.Key, a.Path, who)
	default:
		return fmt.Sprintf("delete registry key %s (%s)", a.Key, who)
	}
}

var (
	chromeID  = regexp.MustCompile(`^[a-p]{32}$`)
	firefoxID = regexp.MustCompile(`^(\{[0-9a-fA-F-]{36}\}|[A-Za-z0-9._+-]+@[A-Za-z0-9._-]+)$`)
)

// SplitIDs sorts extension ids into Chrome-family ids (32 letters a–p) and
// Firefox add-on ids (name@domain or {uuid}); comma lists are split.
func SplitIDs(ids []string) (chrome, firefox []string, err error) {
	for _, list := range ids {
		for id := range strings.SplitSeq(list, ",") {
			id = strings.TrimSpace(id)
			id = strings.TrimSuffix(strings.TrimPrefix(id, "chrome-extension://"), "/")
			switch {
			case id == "":
			case chromeID.MatchString(id):
				if !slices.Contains(chrome, id) {
					chrome = append(chrome, id)
				}
			case firefoxID.MatchString(id):
				if !slices.Contains(firefox, id) {
					firefox = append(firefox, id)
				}
			default:
				return nil, nil, fmt.Errorf("%q is neither a Chrome extension id (32 letters a-p) nor a Firefox add-on id (name@domain or {uuid})", id)
			}
		}
	}
	return chrome, firefox, nil
}

// selected returns the browsers o names.
func (o *Options) selected() ([]Browser, error) {
	if len(o.Browsers) == 0 || slices.Contains(o.Browsers, "all") {
		return Browsers, nil
	}
	var out []Browser
	for _, name := range o.Browsers {
		i := slices.IndexFunc(Browsers, func(b Browser) bool { return b.Name == name })
		if i < 0 {
			return nil, fmt.Errorf("unknown browser %q; use one of %s or all", name, strings.Join(BrowserNames(), ", "))
		}
		if !slices.ContainsFunc(out, func(b Browser) bool { return b.Name == name }) {
			out = append(out, Browsers[i])
		}
	}
	return out, nil
}

// location is one place a browser reads a manifest from.
type location struct {
	browser Browser
	path    string // manifest file
	key     string // Windows registry key, or ""
	keep    string // the shared folder above the browser's own (see Action.Keep)
}

// sharedDirs are the folders browsers' manifest folders sit in: uninstall
// removes the empty folders below them, never them.
var sharedDirs = []string{"/etc/opt", "/etc", "/usr/lib64", "/usr/lib", "/Library/Application Support", "/Library",
	".config", "Library/Application Support"}

// keepDir returns base joined with the longest shared folder d is in.
func keepDir(base, d string) string {
	for _, s := range sharedDirs {
		if strings.HasPrefix(d, s+"/") {
			return filepath.Join(base, filepath.FromSlash(s))
		}
	}
	return base
}

// locations lists where the manifests of the selected browsers go.
func (o *Options) locations(system bool) ([]location, error) {
	bs, err := o.selected()
	if err != nil {
		return nil, err
	}
	file := o.HostName + ".json"
	var out []location
	for _, b := range bs {
		var dirs []string
		switch o.GOOS {
		case "windows":
			dir := o.WindowsDir
			if dir == "" {
				return nil, errors.New("no folder for the manifest files on Windows")
			}
			hive := `HKCU\`
			if system {
				hive = `HKLM\`
			}
			out = append(out, location{
				browser: b,
				path:    filepath.Join(dir, o.HostName+"."+b.Kind.String()+".json"),
				key:     hive + b.WindowsKey + `\` + o.HostName,
				keep:    filepath.Dir(dir),
			})
			continue
		case "darwin":
			dirs = b.DarwinUser
			if system {
				dirs = b.DarwinSystem
			}
		default:
			dirs = b.LinuxUser
			if system {
				dirs = b.LinuxSystem
			}
		}
		for _, d := range dirs {
			var p, keep string
			if system {
				if strings.Contains(d, "/lib64/") && !isDir(filepath.Join(o.Root, filepath.Dir(filepath.Dir(d)))) {
					continue // only where the distribution uses lib64 for Firefox
				}
				p = filepath.Join(o.Root, filepath.FromSlash(d), file)
				keep = keepDir(o.Root, d)
				if o.Root == "" {
					keep = keepDir("/", d)
				}
			} else {
				if o.Home == "" {
					return nil, errors.New("cannot find your home folder (HOME is not set)")
				}
				p = filepath.Join(o.Home, filepath.FromSlash(d), file)
				keep = keepDir(o.Home, d)
			}
			out = append(out, location{browser: b, path: p, keep: keep})
		}
	}
	return out, nil
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

// Render returns the manifest for a browser family.
func (o *Options) Render(k Kind) ([]byte, error) {
	src := manifest.ChromeHost
	if k == FirefoxFamily {
		src = manifest.FirefoxHost
	}
	t, err := template.New("manifest").Funcs(template.FuncMap{
		"json": func(v any) (string, error) {
			b, err := json.Marshal(v)
			return string(b), err
		},
	}).Parse(src)
	if err != nil {
		return nil, err
	}
	d := manifest.Data{
		Name:        o.HostName,
		Description: "safehar: sanitize HAR captures before they leave your machine",
		Path:        o.Binary,
	}
	for _, id := range o.ChromeIDs {
		d.AllowedOrigins = append(d.AllowedOrigins, "chrome-extension://"+id+"/")
	}
	d.AllowedIDs = o.FirefoxIDs
	if d.AllowedOrigins == nil {
		d.AllowedOrigins = []string{}
	}
	if d.AllowedIDs == nil {
		d.AllowedIDs = []string{}
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, d); err != nil {
		return nil, err
	}
	if !json.Valid(buf.Bytes()) {
		return nil, errors.New("manifest template produced invalid JSON")
	}
	return buf.Bytes(), nil
}

// PlanInstall lists the actions that register the host.
func PlanInstall(o Options) ([]Action, error) {
	if !filepath.IsAbs(o.Binary) {
		return nil, fmt.Errorf("the binary path %q is not absolute", o.Binary)
	}
	locs, err := o.locations(o.System)
	if err != nil {
		return nil, err
	}
	var out []Action
	for _, l := range locs {
		content, err := o.Render(l.browser.Kind)
		if err != nil {
			return nil, err
		}
		out = merge(out, Action{Op: WriteFile, Browsers: []string{l.browser.Name}, Path: l.path, Content: content})
		if l.key != "" {
			out = merge(out, Action{Op: SetKey, Browsers: []string{l.browser.Name}, Key: l.key, Path: l.path})
		}
	}
	return out, nil
}

// PlanUninstall lists the actions that unregister the host: the manifests
// and keys that exist and name this host.
func PlanUninstall(o Options, reg Registry) ([]Action, error) {
	locs, err := o.locations(o.System)
	if err != nil {
		return nil, err
	}
	var out []Action
	for _, l := range locs {
		if l.key != "" && reg != nil {
			if _, err := reg.Get(l.key); err == nil {
				out = merge(out, Action{Op: DeleteKey, Browsers: []string{l.browser.Name}, Key: l.key})
			}
		}
		if m, err := ReadManifest(l.path); err == nil && m.Name == o.HostName {
			out = merge(out, Action{Op: Remove, Browsers: []string{l.browser.Name}, Path: l.path, Keep: l.keep})
		}
	}
	return out, nil
}

// merge adds a to acts, or names a's browser on an identical action already
// there (Brave shares Chrome's folders).
func merge(acts []Action, a Action) []Action {
	for i := range acts {
		if acts[i].Op == a.Op && acts[i].Path == a.Path && acts[i].Key == a.Key {
			acts[i].Browsers = append(acts[i].Browsers, a.Browsers...)
			return acts
		}
	}
	return append(acts, a)
}

// Apply carries out actions in order. Files are written atomically (temp
// file and rename) with mode 0644 so the browser can read them; removing a
// file that is already gone is not an error.
func Apply(acts []Action, reg Registry) error {
	for _, a := range acts {
		var err error
		switch a.Op {
		case WriteFile:
			err = writeFile(a.Path, a.Content)
		case Remove:
			err = os.Remove(a.Path)
			if errors.Is(err, fs.ErrNotExist) {
				err = nil
			}
			if err == nil {
				pruneEmpty(filepath.Dir(a.Path), a.Keep)
			}
		case SetKey, DeleteKey:
			if reg == nil {
				err = errors.New("no registry on this system")
			} else if a.Op == SetKey {
				err = reg.Set(a.Key, a.Path)
			} else {
				err = reg.Delete(a.Key)
			}
		}
		if err != nil {
			return fmt.Errorf("cannot %s: %w", a, err)
		}
	}
	return nil
}

// pruneEmpty removes dir and its parents while they are empty, up to (not
// including) keep; nothing when dir is not below keep.
func pruneEmpty(dir, keep string) {
	if keep == "" {
		return
	}
	keep = filepath.Clean(keep)
	for d := filepath.Clean(dir); strings.HasPrefix(d, keep+string(filepath.Separator)); d = filepath.Dir(d) {
		if os.Remove(d) != nil { // not empty, or not ours to remove
			return
		}
	}
}

func writeFile(path string, content []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, ".safehar-manifest-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	_, err = f.Write(content)
	if err == nil {
		err = f.Chmod(0o644)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// Manifest is the part of a host manifest doctor and the host look at.
type Manifest struct {
	Name              string   `json:"name"`
	Path              string   `json:"path"`
	Type              string   `json:"type"`
	AllowedOrigins    []string `json:"allowed_origins"`
	AllowedExtensions []string `json:"allowed_extensions"`
}

// ReadManifest reads and parses a host manifest.
func ReadManifest(path string) (*Manifest, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%s is not valid JSON: %w", path, err)
	}
	return &m, nil
}

// Found is one registration found by Registered.
type Found struct {
	Browser  string
	System   bool
	Path     string // manifest file
	Key      string // Windows registry key, when there is one
	Manifest *Manifest
	Err      error // the manifest could not be read (Manifest is nil)
}

// Registered lists, for the selected browsers, every user and system
// location and what is registered there (Manifest nil and Err
// fs.ErrNotExist when nothing is).
func Registered(o Options, reg Registry) ([]Found, error) {
	var out []Found
	for _, system := range []bool{false, true} {
		locs, err := o.locations(system)
		if err != nil {
			return nil, err
		}
		for _, l := range locs {
			f := Found{Browser: l.browser.Name, System: system, Path: l.path, Key: l.key}
			if l.key != "" {
				if reg == nil {
					f.Err = errors.New("no registry on this system")
					out = append(out, f)
					continue
				}
				v, err := reg.Get(l.key)
				if err != nil {
					f.Err = err
					out = append(out, f)
					continue
				}
				f.Path = v
			}
			f.Manifest, f.Err = ReadManifest(f.Path)
			out = append(out, f)
		}
	}
	return out, nil
}
