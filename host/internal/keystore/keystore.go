// Package keystore keeps safehar's pseudonym key: the secret that makes the
// same credential get the same placeholder in every export on one install.
// The key lives in the OS keyring (Secret Service, macOS Keychain, Windows
// Credential Manager) through go-keyring, and every keyring call runs under a
// deadline, because a locked keyring can block forever on an unlock prompt.
package keystore

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/zalando/go-keyring"
)

// Where the key is kept in the keyring.
const (
	Service = "safehar"
	User    = "pseudonym-key"
)

// KeySize is the length of the pseudonym key in bytes.
const KeySize = 32

// DefaultTimeout bounds each keyring call.
const DefaultTimeout = 5 * time.Second

// ErrNotFound means the keyring holds no key yet.
var ErrNotFound = keyring.ErrNotFound

// Backend is a keyring: go-keyring in production, a fake in tests.
type Backend interface {
	Get(service, user string) (string, error)
	Set(service, user, secret string) error
}

// OS is the operating system's keyring through go-keyring.
type OS struct{}

// Get reads a secret.
func (OS) Get(service, user string) (string, error) {
	if err := sessionBus(); err != nil {
		return "", err
	}
	return keyring.Get(service, user)
}

// Set stores a secret.
func (OS) Set(service, user, secret string) error {
	if err := sessionBus(); err != nil {
		return err
	}
	return keyring.Set(service, user, secret)
}

// Store reads and creates the pseudonym key in a Backend, giving up on any
// call that takes longer than Timeout.
type Store struct {
	Backend Backend
	Timeout time.Duration // DefaultTimeout when zero
}

// New returns a Store on the OS keyring.
func New() *Store { return &Store{Backend: OS{}} }

// TimeoutError means the keyring did not answer in time (typically a locked
// keyring waiting on an unlock prompt nobody sees).
type TimeoutError struct{ After time.Duration }

func (e *TimeoutError) Error() string {
	return fmt.Sprintf("the OS keyring did not answer within %s (is it locked?)", e.After)
}

// call runs f with the store's deadline. A call that times out keeps running
// in the background; its result is dropped.
func (s *Store) call(ctx context.Context, f func() error) error {
	timeout := s.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- f() }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return &TimeoutError{timeout}
		}
		return ctx.Err()
	}
}

// Peek returns the stored key without creating one: ErrNotFound when there
// is none yet. doctor uses it to check the keyring without changing it.
func (s *Store) Peek(ctx context.Context) ([]byte, error) {
	var enc string
	err := s.call(ctx, func() (err error) {
		enc, err = s.Backend.Get(Service, User)
		return err
	})
	if err != nil {
		return nil, err
	}
	return decode(enc)
}

// Key returns the pseudonym key, creating and storing a random one on first
// use. Two processes creating it at once end up with the same key: after
// storing, the key is read back and the stored one wins.
func (s *Store) Key(ctx context.Context) ([]byte, error) {
	key, err := s.Peek(ctx)
	if !errors.Is(err, ErrNotFound) {
		return key, err
	}
	fresh := make([]byte, KeySize)
	if _, err := rand.Read(fresh); err != nil {
		return nil, err
	}
	err = s.call(ctx, func() error {
		return s.Backend.Set(Service, User, base64.StdEncoding.EncodeToString(fresh))
	})
	if err != nil {
		return nil, err
	}
	return s.Peek(ctx)
}

func decode(enc string) ([]byte, error) {
	key, err := base64.StdEncoding.DecodeString(enc)
	if err != nil || len(key) != KeySize {
		return nil, fmt.Errorf("the keyring entry %s/%s is not a %d-byte base64 key; delete it to have a new one made", Service, User, KeySize)
	}
	return key, nil
}

// Load returns the key to use for one export and, when the keyring could not
// be used, a note for the user. It never fails: without a keyring the key is
// random for this export only, so placeholders stay consistent within the
// file but not across files.
func Load(ctx context.Context, s *Store) (key []byte, note string) {
	key, err := s.Key(ctx)
	if err == nil {
		return key, ""
	}
	key = make([]byte, KeySize)
	if _, rerr := rand.Read(key); rerr != nil {
		panic(rerr) // crypto/rand never fails on supported platforms
	}
	return key, fmt.Sprintf("The OS keyring could not be used (%v), so this export used a one-time key: its placeholders will not match those of other exports.", err)
}

// ReadFile reads a key file (verify --key-file, sanitize --key-file, serve
// --key-file, a mounted Kubernetes Secret): hex when the trimmed content
// reads as at least 16 bytes of hex, else the trimmed bytes themselves, at
// least 16 of them. The same file gives the same key on every machine, so
// placeholders and fingerprints match across machines and replicas.
func ReadFile(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("cannot read the key file: %s: %v", path, err)
	}
	s := strings.TrimSpace(string(b))
	if strings.HasPrefix(s, "REPLACE-WITH") {
		return nil, fmt.Errorf("the key file %s still holds the example placeholder (deploy/secret.yaml); put at least 16 random bytes (or 32 hex digits) in it", path)
	}
	if k, err := hex.DecodeString(s); err == nil && len(k) >= 16 {
		return k, nil
	}
	if len(s) < 16 {
		return nil, fmt.Errorf("the key file %s holds fewer than 16 bytes; put at least 16 random bytes (or 32 hex digits) in it", path)
	}
	return []byte(s), nil
}
