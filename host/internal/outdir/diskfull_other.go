//go:build !windows

package outdir

func isDiskFullPlatform(error) bool { return false }
