// Package nativehost is the native-messaging session of the safehar host:
// one port, a browser talking to this process over stdin and stdout in
// length-prefixed JSON frames (host/PROTOCOL.md). It reads the frames,
// hands each message to its handler (one file per message: hello.go,
// begin.go, chunk.go, end.go, cancel.go, reveal.go, stage.go; the table
// is in dispatch.go), streams an export's chunks through the sanitizer into
// an atomic file, inlining the response bodies staged before it
// (splice.go), and answers with typed replies (replies.go).
//
// Everything that belongs to the binary (the system policy, the keyring,
// the audit log, where the output goes, how the file manager starts) comes
// in through Config, so the session runs the same under a browser and
// in-process in a test.
package nativehost

import (
	"crypto/rand"
	"errors"
	"io"
	"log"
	"sync"
	"time"

	"github.com/safehar/safehar/host/internal/keystore"
	"github.com/safehar/safehar/host/internal/nm"
	"github.com/safehar/safehar/host/internal/outdir"
	"github.com/safehar/safehar/host/internal/policy"
	"github.com/safehar/safehar/sanitize"
)

// ProtocolVersion is the native-messaging protocol this host speaks
// (host/PROTOCOL.md).
const ProtocolVersion = 1

// Limits of the native-messaging host.
const (
	// MaxCapture bounds one export's text.
	MaxCapture = 4 << 30
	// ChunkSize is the chunk length suggested to the extension, in
	// characters: escaped, one character takes at most 6 bytes in a frame,
	// so a chunk always fits under the inbound cap.
	ChunkSize = 1 << 20
	// reportBudget is how large a done reply may grow before the report's
	// findings are dropped (counts and locations stay).
	reportBudget = 256 << 10
	// DefaultIdleTimeout is how long an open transfer may wait for its next
	// message before the host aborts it.
	DefaultIdleTimeout = 2 * time.Minute
	// DefaultReviewIdleTimeout is how long a transfer in review waits for
	// the user's save or discard.
	DefaultReviewIdleTimeout = 30 * time.Minute
	// findingsBudget is how large a findings reply may grow.
	findingsBudget = 512 << 10
)

// Config is what the binary gives a session: its replies' writer and log,
// and every decision that depends on the machine.
type Config struct {
	// Out receives the reply frames (the process's stdout).
	Out io.Writer
	// Log receives the host's log lines (stderr).
	Log *log.Logger
	// Version is the host's release, in hello and in the saved files'
	// marker.
	Version string

	// Caller says whether the browser's caller (its origin or add-on id)
	// may use this host, and names it. A nil Caller refuses every caller.
	Caller func() (ok bool, who string)
	// System is the administrator's system policy, read at start.
	System policy.Result
	// PolicyEnv is what policy validation knows of the user.
	PolicyEnv policy.Env
	// Getenv reads the environment (the output folder's variables).
	Getenv func(string) string
	// Key loads the placeholder key from the keyring: the key, or nil and
	// one sentence saying why it cannot be used. It is called at most once.
	Key func() (key []byte, note string)
	// Audit writes the audit line of a saved file; on error the file has
	// been removed and the export fails. Nil writes none.
	Audit func(pol policy.Policy, site, path string, rep *sanitize.Report, warn func(...any)) error
	// Reveal shows a saved file in the file manager (OpenFileManager
	// unless set).
	Reveal func(path string) error
	// NewID returns a new transfer id (a uuid v7 unless set).
	NewID func() (string, error)

	// IdleTimeout aborts a transfer that receives nothing for so long
	// (DefaultIdleTimeout when 0).
	IdleTimeout time.Duration
	// ReviewIdleTimeout aborts a transfer left in review for so long
	// (DefaultReviewIdleTimeout when 0).
	ReviewIdleTimeout time.Duration
	// MaxFrame is the inbound frame cap (nm.DefaultMaxInbound when 0).
	MaxFrame int
	// MaxCapture bounds one export's text (MaxCapture when 0).
	MaxCapture int64
	// MaxStagedCapture, MaxStaged and MaxStagedBodies bound the staged
	// bodies (stage.go; the constants of the same names when 0).
	MaxStagedCapture int64
	MaxStaged        int64
	MaxStagedBodies  int
}

// Session is one port: a browser talking to this process.
type Session struct {
	cfg Config
	out *nm.Writer
	log *log.Logger

	keyLoaded bool
	key       []byte // nil when the keyring failed
	keyNote   string // why, for the user

	// ext is the extension's managed settings from the last hello or begin
	// that carried a policy. What applies is policy.Merge(cfg.System.Policy,
	// ext): the extension can only tighten.
	ext     policy.Policy
	extSent bool
	extErr  error

	cur    *transfer
	closed map[string]bool   // finished transfers (done, cancelled, aborted)
	saved  map[string]string // done transfer → saved file, for reveal

	// staged holds the response bodies staged on this port, until they
	// are unstaged or the port closes.
	staged stageStore

	mu  sync.Mutex
	tmp *outdir.File // temporary file being written, for the signal handler
}

// New returns the session cfg describes; Run serves it.
func New(cfg Config) *Session {
	if cfg.Log == nil {
		cfg.Log = log.New(io.Discard, "", 0)
	}
	if cfg.IdleTimeout <= 0 {
		cfg.IdleTimeout = DefaultIdleTimeout
	}
	if cfg.ReviewIdleTimeout <= 0 {
		cfg.ReviewIdleTimeout = DefaultReviewIdleTimeout
	}
	if cfg.MaxFrame <= 0 {
		cfg.MaxFrame = nm.DefaultMaxInbound
	}
	if cfg.MaxCapture <= 0 {
		cfg.MaxCapture = MaxCapture
	}
	orDefault(&cfg.MaxStagedCapture, MaxStagedCapture)
	orDefault(&cfg.MaxStaged, MaxStaged)
	orDefault(&cfg.MaxStagedBodies, MaxStagedBodies)
	if cfg.Reveal == nil {
		cfg.Reveal = OpenFileManager
	}
	if cfg.NewID == nil {
		cfg.NewID = newUUID
	}
	if cfg.Getenv == nil {
		cfg.Getenv = func(string) string { return "" }
	}
	if cfg.Key == nil {
		cfg.Key = func() ([]byte, string) { return nil, "no keyring is configured, so this export uses a one-time key" }
	}
	return &Session{
		cfg:    cfg,
		out:    nm.NewWriter(cfg.Out),
		log:    cfg.Log,
		closed: map[string]bool{},
		saved:  map[string]string{},
	}
}

// orDefault sets *p to d when it is not above 0.
func orDefault[T int | int64](p *T, d T) {
	if *p <= 0 {
		*p = d
	}
}

// Run checks the caller and serves the port until stdin ends or the
// stream breaks; it returns the process's exit status.
func (s *Session) Run(stdin io.Reader) int {
	if err := s.cfg.System.Err(); err != nil {
		s.log.Printf("%v; the strictest settings apply until it is fixed", err)
	}
	ok, who := false, "an unknown caller"
	if s.cfg.Caller != nil {
		ok, who = s.cfg.Caller()
	}
	if !ok {
		s.log.Printf("refusing caller %s", who)
		s.sendError("", nm.Errorf(nm.CodeNotAllowed, "This safehar host was not installed for %s; run 'safehar install --extension-id ID' to allow it.", who))
		return 1
	}
	return s.serve(stdin)
}

// effective is the policy the host enforces now.
func (s *Session) effective() policy.Policy {
	return policy.Merge(s.cfg.System.Policy, s.ext)
}

// setExtensionPolicy takes the managed settings the extension sent. An
// invalid policy is logged and reported in hello; its valid parts apply,
// with the strictest JWT, personal-data and bodies settings.
func (s *Session) setExtensionPolicy(raw []byte) {
	p, err := policy.FromMessage(raw, s.cfg.PolicyEnv)
	if err != nil {
		s.log.Printf("%v; the strictest settings apply", err)
	}
	s.ext, s.extErr, s.extSent = p, err, true
}

// loadKey reads the pseudonym key from the keyring once per process.
func (s *Session) loadKey() {
	if s.keyLoaded {
		return
	}
	s.keyLoaded = true
	key, note := s.cfg.Key()
	if note != "" {
		s.log.Print(note)
		s.keyNote = note
		return
	}
	s.key = key
}

// exportKey returns the key for one export: the keyring's, or a fresh
// random one when the keyring cannot be used.
func (s *Session) exportKey() []byte {
	s.loadKey()
	if s.key != nil {
		return s.key
	}
	k := make([]byte, keystore.KeySize)
	rand.Read(k)
	return k
}

// keyring is the keyring field of hello and done: "ok" or the note.
func keyring(note string) string {
	if note != "" {
		return note
	}
	return "ok"
}

// setTemp records the temporary file being written, for the signal handler.
func (s *Session) setTemp(f *outdir.File) {
	s.mu.Lock()
	s.tmp = f
	s.mu.Unlock()
}

// RemoveTemp removes the temporary file being written, if any, from the
// folder it was made in (wherever that folder is now). It is safe to call
// from another goroutine (a signal handler).
func (s *Session) RemoveTemp() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.tmp != nil {
		s.tmp.RemoveTemp()
		s.tmp = nil
	}
}

var errCancelled = errors.New("export cancelled")
