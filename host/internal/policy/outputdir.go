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
	if env.Home == "" {
		return dir, nil // templates: the user is not known
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
	if env.EvalSymlinks != nil {
		realHome, err := env.EvalSymlinks(home)
		if err != nil {
			realHome = home
		}
		if real, ok := resolveExisting(p, env.EvalSymlinks); ok && !within(realHome, real) && !within(home, real) {
			return "", fmt.Errorf("%q leads through a symbolic link to %s, outside the user's home folder %s", dir, real, home)
		}
	}
	return p, nil
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
