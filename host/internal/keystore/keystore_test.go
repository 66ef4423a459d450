package keystore

import (
	"bytes"
	"context"
	"errors"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

// memory is a fake keyring.
type memory struct {
	mu      sync.Mutex
	secrets map[string]string
	block   chan struct{} // when set, every call waits on it
	fail    error
}

func (m *memory) Get(service, user string) (string, error) {
	if m.block != nil {
		<-m.block
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail != nil {
		return "", m.fail
	}
	s, ok := m.secrets[service+"/"+user]
	if !ok {
		return "", ErrNotFound
	}
	return s, nil
}

func (m *memory) Set(service, user, secret string) error {
	if m.block != nil {
		<-m.block
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail != nil {
		return m.fail
	}
	if m.secrets == nil {
		m.secrets = map[string]string{}
	}
	m.secrets[service+"/"+user] = secret
	return nil
}

func TestKey(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name     string
		backend  *memory
		wantErr  string
		wantNote string
	}{
		{name: "created on first use", backend: &memory{}},
		{name: "read when present", backend: &memory{secrets: map[string]string{Service + "/" + User: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="}}},
		{name: "corrupt entry", backend: &memory{secrets: map[string]string{Service + "/" + User: "not base64!"}},
			wantErr: "not a 32-byte base64 key", wantNote: "one-time key"},
		{name: "no keyring", backend: &memory{fail: errors.New("no D-Bus session")},
			wantErr: "no D-Bus session", wantNote: "no D-Bus session"},
		{name: "locked keyring blocks", backend: &memory{block: make(chan struct{})},
			wantErr: "did not answer within", wantNote: "is it locked?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &Store{Backend: tt.backend, Timeout: 100 * time.Millisecond}
			start := time.Now()
			k1, err := s.Key(ctx)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
				}
				key, note := Load(ctx, s)
				if len(key) != KeySize || !strings.Contains(note, tt.wantNote) {
					t.Fatalf("Load gave a %d-byte key and note %q", len(key), note)
				}
				if time.Since(start) > 2*time.Second {
					t.Fatalf("took %s despite the deadline", time.Since(start))
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			k2, note := Load(ctx, s)
			if len(k1) != KeySize || !bytes.Equal(k1, k2) || note != "" {
				t.Fatalf("keys %x and %x (note %q), want the same %d bytes", k1, k2, note, KeySize)
			}
		})
	}
}

func TestPeekDoesNotCreate(t *testing.T) {
	m := &memory{}
	if _, err := (&Store{Backend: m}).Peek(context.Background()); !errors.Is(err, ErrNotFound) {
		t.Fatalf("error %v, want ErrNotFound", err)
	}
	if len(m.secrets) != 0 {
		t.Fatal("Peek stored a key")
	}
}

// TestOSKeyring talks to the real Secret Service: scripts/test.sh runs the
// tests under dbus-run-session with an unlocked gnome-keyring. (A dead D-Bus
// address is tested on the host process in host/native_test.go: godbus keeps
// one session connection per process, so it cannot be tested here.)
func TestOSKeyring(t *testing.T) {
	if os.Getenv("DBUS_SESSION_BUS_ADDRESS") == "" {
		t.Skip("no D-Bus session (DBUS_SESSION_BUS_ADDRESS is empty): run scripts/test.sh, which starts gnome-keyring under dbus-run-session")
	}
	ctx := context.Background()
	k1, err := New().Key(ctx)
	if err != nil {
		t.Fatalf("the Secret Service on DBUS_SESSION_BUS_ADDRESS does not work: %v", err)
	}
	k2, err := New().Key(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(k1, k2) || len(k1) != KeySize {
		t.Fatalf("two reads gave different keys")
	}
}
