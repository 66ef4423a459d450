package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/safehar/safehar/host/internal/install"
)

// systemRoot prefixes every system path install, uninstall, doctor, the
// caller check and the system policy use. A release build always returns ""
// (the real system paths): only a build with the safehar_testhooks tag
// (testhooks.go), or the test binary itself, points it at a temporary root,
// so nothing in a user's environment can swap the administrator's policy or
// registrations for their own.
var systemRoot = func() string { return "" }

func init() {
	register(&command{name: "install", summary: "register the native-messaging host with browsers", run: runInstall})
	register(&command{name: "uninstall", summary: "remove the native-messaging host registration", run: runUninstall})
}

// stringList is a repeatable flag.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(v string) error { *l = append(*l, v); return nil }

// installFlags are the flags install and uninstall share.
type installFlags struct {
	browsers stringList
	system   bool
	ids      stringList
	dryRun   bool
}

func parseInstallFlags(name string, args []string, stderr io.Writer) (*installFlags, error) {
	f := &installFlags{}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Var(&f.browsers, "browser", "chrome, chromium, edge, brave, firefox or all (repeatable, comma list; default all)")
	fs.BoolVar(&f.system, "system", false, "for every user of this machine (needs root/admin) instead of only you")
	fs.Var(&f.ids, "extension-id", "extension id to allow (repeatable, comma list; default: the safehar extension's ids)")
	fs.BoolVar(&f.dryRun, "dry-run", false, "print what would be done and change nothing")
	fs.Usage = func() {
		what := "Registers safehar as the native-messaging host of the safehar extension"
		if name == "uninstall" {
			what = "Removes safehar's native-messaging host registration"
		}
		fmt.Fprintf(fs.Output(), "Usage: safehar %s [--browser NAME]... [--system] [--extension-id ID]... [--dry-run]\n\n%s\nfor you (or, with --system, for every user of this machine).\n\nFlags:\n", name, what)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	return f, nil
}

// installOptions returns where this machine's browsers look for the host,
// for the given flags (nil: all browsers, the project's ids).
func installOptions(f *installFlags) (install.Options, error) {
	o := install.Options{
		GOOS:     runtime.GOOS,
		Root:     systemRoot(),
		HostName: HostName,
	}
	o.Home, _ = os.UserHomeDir()
	if exe, err := os.Executable(); err == nil {
		if real, err := filepath.EvalSymlinks(exe); err == nil {
			exe = real
		}
		o.Binary = exe
	}
	if f == nil {
		f = &installFlags{}
	}
	o.System = f.system
	for _, b := range f.browsers {
		for name := range strings.SplitSeq(b, ",") {
			if name = strings.TrimSpace(strings.ToLower(name)); name != "" {
				o.Browsers = append(o.Browsers, name)
			}
		}
	}
	chrome, firefox, err := install.SplitIDs(f.ids)
	if err != nil {
		return o, err
	}
	if len(chrome) == 0 {
		chrome = []string{DefaultChromeExtensionID}
	}
	if len(firefox) == 0 {
		firefox = []string{FirefoxAddonID}
	}
	o.ChromeIDs, o.FirefoxIDs = chrome, firefox
	if o.GOOS == "windows" {
		if o.System {
			o.WindowsDir = filepath.Join(os.Getenv("ProgramData"), "safehar")
		} else if d, err := os.UserCacheDir(); err == nil { // %LocalAppData%
			o.WindowsDir = filepath.Join(d, "safehar")
		}
	}
	return o, nil
}

func runInstall(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	return installCommand("install", args, stdout, stderr)
}

func runUninstall(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	return installCommand("uninstall", args, stdout, stderr)
}

func installCommand(name string, args []string, stdout, stderr io.Writer) int {
	f, err := parseInstallFlags(name, args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "safehar %s: %v; run 'safehar %s -h' for the flags.\n", name, err, name)
		return 2
	}
	o, err := installOptions(f)
	if err != nil {
		fmt.Fprintf(stderr, "safehar %s: %v.\n", name, err)
		return 2
	}
	reg := install.OSRegistry()
	var acts []install.Action
	if name == "install" {
		acts, err = install.PlanInstall(o)
	} else {
		acts, err = install.PlanUninstall(o, reg)
	}
	if err != nil {
		fmt.Fprintf(stderr, "safehar %s: %v.\n", name, err)
		return 2
	}
	scope := "for you"
	if o.System {
		scope = "for every user"
	}
	switch {
	case len(acts) == 0:
		fmt.Fprintf(stdout, "safehar %s: nothing to do: the host is not registered %s for %s.\n", name, scope, browserList(o))
		return 0
	case f.dryRun:
		fmt.Fprintf(stdout, "safehar %s --dry-run: nothing changed; would, %s:\n", name, scope)
	default:
		if err := install.Apply(acts, reg); err != nil {
			hint := ""
			if errors.Is(err, fs.ErrPermission) && o.System {
				hint = " (system-wide changes need root or admin rights: run it with sudo or as administrator)"
			}
			fmt.Fprintf(stderr, "safehar %s: %v%s.\n", name, err, hint)
			return 2
		}
		fmt.Fprintf(stdout, "safehar %s: done, %s:\n", name, scope)
	}
	for _, a := range acts {
		fmt.Fprintf(stdout, "  %s\n", a)
	}
	if name == "install" {
		var callers []string
		for _, id := range o.ChromeIDs {
			callers = append(callers, "chrome-extension://"+id+"/")
		}
		callers = append(callers, o.FirefoxIDs...)
		fmt.Fprintf(stdout, "The host %s runs %s for %s.\n", HostName, o.Binary, strings.Join(callers, ", "))
		if !f.dryRun {
			fmt.Fprintln(stdout, "Restart the browser if the extension still says the host is missing; 'safehar doctor' shows what is registered.")
		}
	}
	return 0
}

func browserList(o install.Options) string {
	if len(o.Browsers) == 0 {
		return "any browser"
	}
	return strings.Join(o.Browsers, ", ")
}
