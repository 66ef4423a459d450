package outdir

import (
	"errors"
	"syscall"
)

// IsDiskFull reports whether err means the disk (or the user's quota) is
// full.
func IsDiskFull(err error) bool {
	if errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT) {
		return true
	}
	return isDiskFullPlatform(err)
}
