// Package outdir decides where the host saves sanitized captures and saves
// them atomically: the bytes go to a private temporary file in the output
// folder, which is fsynced and renamed into place only when complete, and
// removed on any failure. Nothing half-written is ever left under a final
// name.
package outdir

import (
	"bufio"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// EnvOutputDir overrides the default output folder.
const EnvOutputDir = "SAFEHAR_OUTPUT_DIR"

// Subdir is the folder created inside the user's Downloads folder.
const Subdir = "safehar"

// Resolve returns the output folder: the admin policy's folder when set,
// else $SAFEHAR_OUTPUT_DIR, else <Downloads>/safehar. It never takes a path
// from a message.
func Resolve(policyDir string, getenv func(string) string) (string, error) {
	if policyDir != "" {
		return abs(policyDir)
	}
	if d := getenv(EnvOutputDir); d != "" {
		return abs(d)
	}
	dl, err := Downloads(getenv)
	if err != nil {
		return "", err
	}
	return filepath.Join(dl, Subdir), nil
}

func abs(p string) (string, error) {
	if strings.HasPrefix(p, "~"+string(filepath.Separator)) || p == "~" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		p = filepath.Join(home, p[1:])
	}
	return filepath.Abs(p)
}

// Downloads returns the user's Downloads folder: XDG_DOWNLOAD_DIR (from the
// environment or ~/.config/user-dirs.dirs) on Linux and the BSDs, the known
// folder on Windows, ~/Downloads otherwise.
func Downloads(getenv func(string) string) (string, error) {
	if d := platformDownloads(); d != "" {
		return d, nil
	}
	home, err := os.UserHomeDir()
	if err != nil || home == "" {
		return "", fmt.Errorf("cannot find your home folder; set %s to the folder for saved captures", EnvOutputDir)
	}
	if d := xdgDownloads(home, getenv); d != "" {
		return d, nil
	}
	return filepath.Join(home, "Downloads"), nil
}

// xdgDownloads reads XDG_DOWNLOAD_DIR as xdg-user-dirs defines it.
func xdgDownloads(home string, getenv func(string) string) string {
	if d := getenv("XDG_DOWNLOAD_DIR"); filepath.IsAbs(d) {
		return d
	}
	cfg := getenv("XDG_CONFIG_HOME")
	if !filepath.IsAbs(cfg) {
		cfg = filepath.Join(home, ".config")
	}
	f, err := os.Open(filepath.Join(cfg, "user-dirs.dirs"))
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		v, ok := strings.CutPrefix(line, "XDG_DOWNLOAD_DIR=")
		if !ok {
			continue
		}
		v = strings.Trim(v, `"`)
		switch {
		case v == "$HOME" || v == "$HOME/":
			return "" // xdg-user-dirs' way of saying "disabled"
		case strings.HasPrefix(v, "$HOME/"):
			return filepath.Join(home, v[len("$HOME/"):])
		case filepath.IsAbs(v):
			return v
		}
	}
	return ""
}

// FileName returns the name of a saved capture: the site's host name made
// safe, the local time, and the last six hex digits of the export id (the
// random end of a uuid v7), e.g. example.com-20261122-101500-3f9a1c.har.
func FileName(site string, t time.Time, exportID string) string {
	id := strings.ReplaceAll(exportID, "-", "")
	if len(id) > 6 {
		id = id[len(id)-6:]
	}
	return fmt.Sprintf("%s-%s-%s.har", SafeHost(site), t.Format("20060102-150405"), SafeHost(id))
}

// SafeHost turns what the extension says is the site into a host name made
// of a-z, 0-9, '.' and '-' only, at most 63 characters, never starting with a
// dot or dash; "capture" when nothing is left. A URL gives its host.
func SafeHost(site string) string {
	if strings.Contains(site, "://") {
		if u, err := url.Parse(site); err == nil {
			site = u.Hostname()
		}
	}
	var b strings.Builder
	for _, r := range strings.ToLower(site) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '.', r == '-':
			b.WriteRune(r)
		default:
			b.WriteByte('-')
		}
		if b.Len() >= 63 {
			break
		}
	}
	s := strings.Trim(b.String(), ".-")
	for strings.Contains(s, "..") {
		s = strings.ReplaceAll(s, "..", ".")
	}
	if s == "" {
		return "capture"
	}
	return s
}

// TempPattern is the name pattern of files being written; doctor and tests
// know a file matching it is never a finished capture.
const TempPattern = ".safehar-*.part"

// File is a capture being saved. The output folder is opened once, at
// Create, and the temporary file is made, renamed and removed through that
// open folder (os.Root: openat-style calls that never follow a link out of
// it), so a folder swapped for a symbolic link while the capture is
// written cannot send it elsewhere.
type File struct {
	f    *os.File
	dir  string
	root *os.Root
	at   os.FileInfo // the folder as opened
	tmp  string      // the temporary file's name in it
	done bool

	written, flushed int64 // bytes written, and handed to writeback
}

// ErrFolderMoved means the output folder was moved or replaced (by a
// symbolic link, say) between Create and the rename: nothing is saved.
var ErrFolderMoved = errors.New("the output folder was moved or replaced while the capture was saved")

// Create makes the output folder (0700) if needed, opens it and a new
// temporary file (0600) in it.
func Create(dir string) (*File, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	at, err := root.Stat(".")
	if err != nil {
		root.Close()
		return nil, err
	}
	for range 100 {
		var b [8]byte
		rand.Read(b[:])
		tmp := strings.Replace(TempPattern, "*", hex.EncodeToString(b[:]), 1)
		f, err := root.OpenFile(tmp, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			root.Close()
			return nil, err
		}
		return &File{f: f, dir: dir, root: root, at: at, tmp: tmp}, nil
	}
	root.Close()
	return nil, fmt.Errorf("cannot make a temporary file in %s", dir)
}

// writebackChunk is how much written data is handed to the disk at a time
// while the file is being written, so the final fsync waits for little.
const writebackChunk = 8 << 20

// Write writes to the temporary file.
func (f *File) Write(p []byte) (int, error) {
	n, err := f.f.Write(p)
	f.written += int64(n)
	if f.written-f.flushed >= writebackChunk {
		startWriteback(f.f, f.flushed, f.written-f.flushed)
		f.flushed = f.written
	}
	return n, err
}

// Name is the temporary file's path.
func (f *File) Name() string { return filepath.Join(f.dir, f.tmp) }

// Commit flushes the file to disk and renames it to name in the output
// folder. It refuses to replace an existing file. On error the temporary
// file is removed.
func (f *File) Commit(name string) (string, error) {
	return f.commit(name, false)
}

// Replace is Commit for a file the user named: an existing file of that
// name is replaced (atomically: readers see the old or the new file).
func (f *File) Replace(name string) (string, error) {
	return f.commit(name, true)
}

func (f *File) commit(name string, replace bool) (string, error) {
	if f.done {
		return "", errors.New("outdir: file already committed or aborted")
	}
	final := filepath.Join(f.dir, name)
	if filepath.Dir(final) != filepath.Clean(f.dir) {
		f.Abort()
		return "", fmt.Errorf("outdir: %q is not a plain file name", name)
	}
	err := f.f.Sync()
	if cerr := f.f.Close(); err == nil {
		err = cerr
	}
	// The folder's path must still lead to the folder opened at Create:
	// the rename goes through the open folder in any case, and the check
	// makes a swapped folder an error rather than a file saved in a
	// folder the path no longer names.
	if err == nil {
		if cur, serr := os.Stat(f.dir); serr != nil || !os.SameFile(cur, f.at) {
			err = fmt.Errorf("%w (%s)", ErrFolderMoved, f.dir)
		}
	}
	if err == nil && !replace {
		if _, serr := f.root.Lstat(name); serr == nil {
			err = fmt.Errorf("%s already exists", final)
		}
	}
	if err == nil {
		err = f.root.Rename(f.tmp, name)
	}
	f.done = true
	if err != nil {
		f.root.Remove(f.tmp) // from where it is, wherever the folder went
		f.root.Close()
		return "", err
	}
	f.syncDir()
	f.root.Close()
	return final, nil
}

// Abort closes and removes the temporary file. It is safe to call after
// Commit, and more than once.
func (f *File) Abort() {
	if f.done {
		return
	}
	f.done = true
	f.f.Close()
	f.root.Remove(f.tmp)
	f.root.Close()
}

// RemoveTemp removes the temporary file from the folder it was made in,
// wherever that folder is now, leaving the rest to Abort. A signal handler
// may call it while the file is being written.
func (f *File) RemoveTemp() { f.root.Remove(f.tmp) }

// syncDir makes the rename durable where the platform allows it.
func (f *File) syncDir() {
	d, err := f.root.Open(".")
	if err != nil {
		return
	}
	d.Sync() // fails harmlessly on Windows
	d.Close()
}
