package policy

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// System policy locations.
const (
	// LinuxFile is the system policy on Linux and other Unix systems.
	LinuxFile = "/etc/safehar/policy.json"
	// MacDomain is the managed-preferences domain on macOS: a configuration
	// profile with PayloadType dev.safehar.host lands in MacFile.
	MacDomain = "dev.safehar.host"
	MacFile   = "/Library/Managed Preferences/" + MacDomain + ".plist"
	// WindowsKey is the registry key on Windows (HKEY_LOCAL_MACHINE).
	WindowsKey = `SOFTWARE\Policies\safehar`
)

// Result is a system policy as loaded.
type Result struct {
	// Source says where the policy was read: a file path or a registry
	// key; empty when there is no system policy.
	Source string
	// Policy is what applies: the valid settings, with Strictest applied
	// when there were Errors.
	Policy Policy
	// Errors lists every problem; the policy file should be fixed.
	Errors []error
}

// Err returns the problems as one error, or nil.
func (r Result) Err() error {
	if len(r.Errors) == 0 {
		return nil
	}
	return &InvalidError{Source: r.Source, Errs: r.Errors}
}

// InvalidError says a policy did not validate.
type InvalidError struct {
	Source string
	Errs   []error
}

func (e *InvalidError) Error() string {
	var b strings.Builder
	src := e.Source
	if src == "" {
		src = "the policy"
	}
	fmt.Fprintf(&b, "%s is invalid: ", src)
	for i, err := range e.Errs {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(err.Error())
	}
	return b.String()
}

// Loader reads the system policy of one machine.
type Loader struct {
	// GOOS selects the place: "darwin" reads MacFile, "windows" the
	// registry, anything else LinuxFile.
	GOOS string
	// Root prefixes file paths (a temporary root, in test builds only).
	Root string
	// Env validates outputDir.
	Env Env
	// OpenRegistry opens HKLM\WindowsKey; nil means the OS registry.
	// It returns an error wrapping fs.ErrNotExist when the key is absent.
	OpenRegistry func() (RegKey, error)
}

// Load reads and validates the system policy. A missing policy is not an
// error (Source is empty); an unreadable or invalid one gives Errors and
// the strictest settings.
func (l Loader) Load() Result {
	l.Env.System = true // the system-only settings (auditLog) are allowed here
	switch l.GOOS {
	case "windows":
		return l.loadRegistry()
	case "darwin":
		return l.loadFile(filepath.Join(l.Root, MacFile), parsePlistPolicy)
	default:
		return l.loadFile(filepath.Join(l.Root, LinuxFile), Parse)
	}
}

func (l Loader) loadFile(path string, parse func([]byte, Env) (Policy, []error)) Result {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Result{}
	}
	r := Result{Source: path}
	var data []byte
	if err == nil {
		data, err = io.ReadAll(io.LimitReader(f, MaxPolicySize+1))
		f.Close()
	}
	if err != nil {
		r.Errors = []error{ferr("", "cannot be read (%v)", unwrapPath(err))}
		r.Policy = Strictest(Policy{})
		return r
	}
	p, errs := parse(data, l.Env)
	return finish(r, p, errs)
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func finish(r Result, p Policy, errs []error) Result {
	r.Policy, r.Errors = p, errs
	if len(errs) > 0 {
		r.Policy = Strictest(p)
	}
	return r
}

func (l Loader) loadRegistry() Result {
	open := l.OpenRegistry
	if open == nil {
		open = openOSRegistry
	}
	k, err := open()
	if errors.Is(err, fs.ErrNotExist) {
		return Result{}
	}
	r := Result{Source: `HKLM\` + WindowsKey}
	if err != nil {
		r.Errors = []error{ferr("", "cannot be read (%v)", err)}
		r.Policy = Strictest(Policy{})
		return r
	}
	defer k.Close()
	m, err := registryMap(k)
	if err != nil {
		r.Errors = []error{ferr("", "cannot be read (%v)", err)}
		r.Policy = Strictest(Policy{})
		return r
	}
	p, errs := FromMap(m, l.Env)
	return finish(r, p, errs)
}

// FromMessage validates the policy object the extension sent in hello or
// begin (raw JSON). Problems give the strictest settings for what the
// extension asked, with its valid parts kept.
func FromMessage(raw []byte, env Env) (Policy, error) {
	if len(raw) == 0 {
		return Policy{}, nil
	}
	p, errs := Parse(raw, env)
	if len(errs) > 0 {
		return Strictest(p), &InvalidError{Source: "the extension's managed settings", Errs: errs}
	}
	return p, nil
}
