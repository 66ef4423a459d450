//go:build !unix

package spool

// unlinkOpen cannot remove an open file here (Windows): Close removes it.
func unlinkOpen(string) bool { return false }
