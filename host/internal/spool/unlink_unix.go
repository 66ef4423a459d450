//go:build unix

package spool

import "os"

// unlinkOpen removes the name of a file that stays open; the data lives
// until the descriptor is closed.
func unlinkOpen(name string) bool { return os.Remove(name) == nil }
