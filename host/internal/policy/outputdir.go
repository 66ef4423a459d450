package policy

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// CheckOutputDir validates an outputDir setting and returns it expanded:
// it must be absolute or start with "~/" (the user's home), and, when
// env.Home is known, lie inside the user's home folder, also after
// resolving symbolic links of the part that exists. A policy cannot send
// captures to another user's folder, a system folder or a network share
// outside the home folder.
func CheckOutputDir(dir string, env Env) (string, error) {
	if dir == "" || len(dir) > MaxOutputDir || hasControl(dir) {
		return "", fmt.Errorf("must be a folder path of 1 to %d characters without control characters", MaxOutputDir)
	}
	rest, tilde := cutTilde(dir)
	if !tilde && !isAbs(dir) {
		return "", fmt.Errorf("%q is not an absolute path; give a full path or one starting with ~/ (the user's home folder)", dir)
	}
	if tilde {
		if err := checkBelowHome(rest); err != nil {
			return "", fmt.Errorf("%q %v", dir, err)
		}
	}
	if env.Home == "" {
		// Templates: the user is not known, and a full path can be inside
		// the home folder of one user only.
		if !tilde {
			return "", fmt.Errorf("%q is a full path, which is inside the home folder of one user at most; give a folder starting with ~/ (each user's home folder), such as ~/Downloads/safehar", dir)
		}
		return dir, nil
	}
	home := filepath.Clean(env.Home)
	p := dir
	if tilde {
		p = filepath.Join(home, rest)
	}
	if !filepath.IsAbs(p) {
		return "", fmt.Errorf("%q is not an absolute path on this system", dir)
	}
	p = filepath.Clean(p)
	if !within(home, p) {
		return "", fmt.Errorf("%q is outside the user's home folder %s; choose a folder inside it, such as ~/Downloads/safehar", dir, home)
	}
	if rel, _ := filepath.Rel(home, p); checkBelowHome(rel) != nil {
		return "", fmt.Errorf("%q %v", dir, checkBelowHome(rel))
	}
	if env.EvalSymlinks != nil {
		realHome, err := env.EvalSymlinks(home)
		if err != nil {
			realHome = home
		}
		real, ok := resolveExisting(p, env.EvalSymlinks)
		if !ok {
			return "", fmt.Errorf("%q cannot be resolved", dir)
		}
		base := realHome
		if !within(realHome, real) {
			base = home
		}
		if !within(base, real) {
			return "", fmt.Errorf("%q leads through a symbolic link to %s, outside the user's home folder %s", dir, real, home)
		}
		if rel, _ := filepath.Rel(base, real); checkBelowHome(rel) != nil {
			return "", fmt.Errorf("%q leads through a symbolic link to %s, which %v", dir, real, strings.TrimPrefix(checkBelowHome(rel).Error(), "is "))
		}
	}
	return p, nil
}

// checkBelowHome applies the rules for the part of an output folder below
// the home folder (docs/DEPLOY.md): not the home folder itself, no hidden
// folder (.config/autostart, .ssh, .local/bin: programs read and run what
// is there), and not the folders of settings and start-up items on macOS
// (Library) and Windows (AppData).
func checkBelowHome(rel string) error {
	rel = strings.ReplaceAll(rel, `\`, "/")
	var parts []string
	for _, c := range strings.Split(rel, "/") {
		if c != "" && c != "." {
			parts = append(parts, c)
		}
	}
	if len(parts) == 0 {
		return errors.New("is the home folder itself; choose a folder inside it, such as ~/Downloads/safehar")
	}
	for i, c := range parts {
		switch {
		case c == "..":
			return errors.New("goes up with \"..\", outside the user's home folder; choose a folder inside it, such as ~/Downloads/safehar")
		case strings.HasPrefix(c, "."):
			return fmt.Errorf("is inside the hidden folder %s, where programs keep settings and start-up items; choose a visible folder, such as ~/Downloads/safehar", c)
		case i == 0 && (strings.EqualFold(c, "Library") || strings.EqualFold(c, "AppData")):
			return fmt.Errorf("is inside ~/%s, where programs keep settings and start-up items; choose a folder such as ~/Downloads/safehar", c)
		}
	}
	return nil
}

// cutTilde reports whether dir starts with "~/" (or "~\", or is "~") and
// returns what follows.
func cutTilde(dir string) (string, bool) {
	if dir == "~" {
		return "", true
	}
	if strings.HasPrefix(dir, "~/") || strings.HasPrefix(dir, `~\`) {
		return dir[2:], true
	}
	return "", false
}

// isAbs accepts absolute paths of any OS, so a template written on Linux
// for Windows machines validates.
func isAbs(p string) bool {
	if strings.HasPrefix(p, "/") || strings.HasPrefix(p, `\\`) {
		return true
	}
	return len(p) >= 3 && (p[1] == ':') && (p[2] == '\\' || p[2] == '/') &&
		((p[0] >= 'A' && p[0] <= 'Z') || (p[0] >= 'a' && p[0] <= 'z'))
}

func within(root, p string) bool {
	rel, err := filepath.Rel(root, p)
	if err != nil {
		return false
	}
	return rel == "." || (rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel))
}

// resolveExisting resolves the symbolic links of the longest existing
// prefix of p and appends the rest.
func resolveExisting(p string, eval func(string) (string, error)) (string, bool) {
	rest := ""
	for cur := p; ; {
		real, err := eval(cur)
		if err == nil {
			return filepath.Join(real, rest), true
		}
		if !errors.Is(err, os.ErrNotExist) {
			return "", false
		}
		parent := filepath.Dir(cur)
		if parent == cur {
			return "", false
		}
		rest = filepath.Join(filepath.Base(cur), rest)
		cur = parent
	}
}
