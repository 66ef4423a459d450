package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/google/uuid"
	"golang.org/x/term"

	"github.com/safehar/safehar/host/internal/keystore"
)

// pseudonymKey returns this install's placeholder key from the OS keyring,
// or a per-run random key and a note saying so.
func pseudonymKey() ([]byte, string) {
	if os.Getenv("SAFEHAR_NO_KEYRING") != "" {
		return keystore.Load(context.Background(), &keystore.Store{Backend: noKeyring{}})
	}
	return keystore.Load(context.Background(), keystore.New())
}

// exportKey is the placeholder key: the key file's when one is named
// (keystore.ReadFile), else this install's keyring key, else a per-run
// random key and a note saying so.
func exportKey(keyFile string) ([]byte, string, error) {
	if keyFile != "" {
		key, err := keystore.ReadFile(keyFile)
		return key, "", err
	}
	key, note := pseudonymKey()
	return key, note, nil
}

// newExportID returns a uuid v7 (time-ordered) for an export.
func newExportID() string {
	id, err := uuid.NewV7()
	if err != nil {
		return uuid.NewString()
	}
	return id.String()
}

// progress reports how far a large input has been read, on a terminal only.
type progress struct {
	r       io.Reader
	w       io.Writer
	name    string // what the line shows
	input   string // the input's name
	total   int64
	n       int64
	last    time.Time
	enabled bool
	shown   bool
}

const progressMin = 8 << 20

func newProgress(w io.Writer, r io.Reader, name string, quiet bool) *progress {
	p := &progress{r: r, w: w, name: name, input: name}
	if quiet {
		return p
	}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.enabled = true
		if in, ok := r.(*os.File); ok {
			if fi, err := in.Stat(); err == nil && fi.Mode().IsRegular() {
				p.total = fi.Size()
			}
		}
	}
	return p
}

func (p *progress) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	p.n += int64(n)
	if p.enabled && p.n >= progressMin && time.Since(p.last) > 200*time.Millisecond {
		p.last = time.Now()
		p.shown = true
		if p.total > 0 {
			fmt.Fprintf(p.w, "\rsafehar: %s: %d%% (%d of %d MB)", p.name, p.n*100/p.total, p.n>>20, p.total>>20)
		} else {
			fmt.Fprintf(p.w, "\rsafehar: %s: %d MB", p.name, p.n>>20)
		}
	}
	return n, err
}

// wrap shows the input's one read (pipeline.Source.Wrap): 0 to 100%.
func (p *progress) wrap(r io.Reader, size int64) io.Reader {
	p.r, p.n, p.total = r, 0, size
	p.name = p.input
	return p
}

func (p *progress) done() {
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

// noKeyring is the keyring backend when SAFEHAR_NO_KEYRING is set.
type noKeyring struct{}

func (noKeyring) Get(string, string) (string, error) {
	return "", fmt.Errorf("SAFEHAR_NO_KEYRING is set")
}
func (noKeyring) Set(string, string, string) error { return fmt.Errorf("SAFEHAR_NO_KEYRING is set") }

// helpFor returns the command whose help "help CMD", "CMD -h" or
// "CMD --help" asks for, or nil.
func helpFor(args []string) *command {
	if len(args) != 2 {
		return nil
	}
	name := args[1]
	if args[0] != "help" {
		if args[1] != "-h" && args[1] != "--help" {
			return nil
		}
		name = args[0]
	}
	if c := commands[name]; c != nil && c.name != "native-messaging" {
		return c
	}
	return nil
}

// commandHelp prints a command's full help on standard output and exits 0,
// whichever stream the command's own flag parsing writes it to.
func commandHelp(c *command, stdout io.Writer) int {
	c.run([]string{"--help"}, strings.NewReader(""), stdout, stdout)
	return 0
}

// terminalHint prints one line when a command would read a HAR from a
// terminal (standard input not redirected), so it does not seem to hang.
func terminalHint(cmd string, stdin io.Reader, stderr io.Writer) {
	if f, ok := stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		fmt.Fprintf(stderr, "safehar %s: reading a HAR from the terminal: paste it and press Ctrl-D (Ctrl-Z, Enter on Windows), or give a file: safehar %s FILE\n", cmd, cmd)
	}
}
