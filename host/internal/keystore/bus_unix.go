//go:build linux || freebsd || openbsd || netbsd || dragonfly

package keystore

import (
	"errors"
	"os"
	"path/filepath"
)

// sessionBus checks that a D-Bus session bus is there to reach the Secret
// Service. Without one, godbus would "autolaunch" a private bus and keyring
// daemon that outlive the host and hold a keyring nobody unlocked.
func sessionBus() error {
	if os.Getenv("DBUS_SESSION_BUS_ADDRESS") != "" {
		return nil
	}
	if d := os.Getenv("XDG_RUNTIME_DIR"); d != "" {
		if _, err := os.Stat(filepath.Join(d, "bus")); err == nil {
			return nil
		}
	}
	return errors.New("no D-Bus session bus for the Secret Service: DBUS_SESSION_BUS_ADDRESS is not set")
}
