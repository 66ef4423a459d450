//go:build !windows

package outdir

func platformDownloads() string { return "" }
