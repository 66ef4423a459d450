//go:build !windows

package install

// OSRegistry returns nil: there is no registry outside Windows.
func OSRegistry() Registry { return nil }
