package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/safehar/safehar/host/internal/install"
	"github.com/safehar/safehar/host/internal/keystore"
	"github.com/safehar/safehar/host/internal/outdir"
	"github.com/safehar/safehar/host/internal/policy"
	"github.com/safehar/safehar/sanitize"
)

func init() {
	register(&command{name: "doctor", summary: "show what is registered where, the keyring and the policy in effect", run: runDoctor})
}

// keyStore is the keyring the host and doctor use; SAFEHAR_NO_KEYRING
// turns it off (headless runs, tests).
func keyStore() *keystore.Store {
	if os.Getenv("SAFEHAR_NO_KEYRING") != "" {
		return &keystore.Store{Backend: noKeyring{}}
	}
	return keystore.New()
}

func runDoctor(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] != "-h" && args[0] != "--help" {
		fmt.Fprintf(stderr, "safehar doctor: unexpected argument %q; it takes none.\n", args[0])
		return 2
	}
	if len(args) > 0 {
		fmt.Fprintln(stdout, "Usage: safehar doctor\nShows what is registered where, whether the keyring works, and the policy in effect.")
		return 0
	}
	o, err := installOptions(nil)
	if err != nil {
		fmt.Fprintf(stderr, "safehar doctor: %v.\n", err)
		return 2
	}
	fmt.Fprintf(stdout, "safehar %s (protocol %d, rules %s)\nbinary: %s\n", Version, ProtocolVersion, sanitize.DefaultRules().Version, o.Binary)
	found, err := install.Registered(o, install.OSRegistry())
	if err != nil {
		fmt.Fprintf(stderr, "safehar doctor: %v.\n", err)
		return 2
	}
	problems := 0
	registered := 0
	for _, b := range install.Browsers {
		fmt.Fprintf(stdout, "%s:\n", b.Name)
		for _, f := range found {
			if f.Browser != b.Name {
				continue
			}
			scope := "user  "
			if f.System {
				scope = "system"
			}
			where := f.Path
			if f.Key != "" {
				where = f.Key
			}
			fmt.Fprintf(stdout, "  %s %s: %s\n", scope, where, describe(f, o, &problems, &registered))
		}
	}
	if registered == 0 {
		fmt.Fprintln(stdout, "The host is not registered for any browser: run 'safehar install'.")
	}

	switch key, err := keyStore().Peek(context.Background()); {
	case err == nil && len(key) == keystore.KeySize:
		fmt.Fprintln(stdout, "keyring: ok (the pseudonym key is there)")
	case errors.Is(err, keystore.ErrNotFound):
		fmt.Fprintln(stdout, "keyring: ok (no pseudonym key yet; the first export makes one)")
	default:
		fmt.Fprintf(stdout, "keyring: not usable (%v); every export will use a one-time key, so placeholders will not match across files\n", err)
	}
	pol := loadSystemPolicy()
	if dir, err := outdir.Resolve(pol.Policy.OutputDir, os.Getenv); err != nil {
		fmt.Fprintf(stdout, "output folder: none (%v)\n", err)
		problems++
	} else {
		fmt.Fprintf(stdout, "output folder: %s\n", dir)
	}
	switch {
	case pol.Source == "":
		fmt.Fprintln(stdout, "policy: no system policy; the built-in defaults apply:")
	case pol.Err() != nil:
		problems++
		fmt.Fprintf(stdout, "policy: %v\npolicy: until it is fixed the strictest settings apply:\n", pol.Err())
	default:
		fmt.Fprintf(stdout, "policy: %s (valid, enforced):\n", pol.Source)
	}
	for _, l := range policySummary(pol.Policy) {
		fmt.Fprintf(stdout, "  %s\n", l)
	}
	if _, err := policy.Rules(pol.Policy); err != nil {
		problems++
		fmt.Fprintf(stdout, "policy: cannot be applied (%v)\n", err)
	}
	if problems > 0 {
		fmt.Fprintf(stdout, "%d problem(s) found: run 'safehar install' (with --system for system-wide entries) to fix registrations, and fix the policy if it is invalid.\n", problems)
	}
	return 0
}

// describe says what a registration is, counting problems.
func describe(f install.Found, o install.Options, problems, registered *int) string {
	if f.Err != nil {
		if errors.Is(f.Err, fs.ErrNotExist) || errors.Is(f.Err, install.ErrNoKey) {
			return "not registered"
		}
		*problems++
		return fmt.Sprintf("unreadable (%v)", f.Err)
	}
	m := f.Manifest
	if m.Name != HostName {
		*problems++
		return fmt.Sprintf("a manifest for %q, not %q", m.Name, HostName)
	}
	*registered++
	var notes []string
	switch {
	case m.Path == o.Binary:
		notes = append(notes, "points at this binary")
	case sameFile(m.Path, o.Binary):
		notes = append(notes, "points at this binary (through "+m.Path+")")
	default:
		if _, err := os.Stat(m.Path); err != nil {
			*problems++
			notes = append(notes, "points at "+m.Path+", which does not exist")
		} else {
			notes = append(notes, "points at another binary, "+m.Path)
		}
	}
	firefox := slices.ContainsFunc(install.Browsers, func(b install.Browser) bool {
		return b.Name == f.Browser && b.Kind == install.FirefoxFamily
	})
	allowed := m.AllowedOrigins
	if firefox {
		allowed = m.AllowedExtensions
		if len(m.AllowedOrigins) > 0 {
			*problems++
			notes = append(notes, "has allowed_origins, which Firefox rejects")
		}
	}
	if len(allowed) == 0 {
		*problems++
		notes = append(notes, "allows no extension")
	} else {
		notes = append(notes, "allows "+strings.Join(allowed, ", "))
	}
	return "registered, " + strings.Join(notes, ", ")
}

func sameFile(a, b string) bool {
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(filepath.Clean(b))
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}
