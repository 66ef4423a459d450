//go:build !windows

package policy

import (
	"fmt"
	"io/fs"
)

// openOSRegistry: there is no registry outside Windows.
func openOSRegistry() (RegKey, error) {
	return nil, fmt.Errorf("no registry on this system: %w", fs.ErrNotExist)
}
