// Package sharedhars finds, for tests, the real HAR files of the shared
// folder beside the repository (shared/hars, see its README.md).
package sharedhars

import (
	"os"
	"path/filepath"
	"testing"
)

// Files returns the *.har files in dir. When there are none it fails the
// test under CI=true (CI must have the shared folder) and returns nil
// otherwise, for the caller to skip or go on without them.
func Files(tb testing.TB, dir string) []string {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.har"))
	if len(files) == 0 {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("no real HAR files in %s: under CI=true the shared folder must be there", dir)
		}
		tb.Logf("no real HAR files in %s (the shared folder beside the repository is absent)", dir)
	}
	return files
}
