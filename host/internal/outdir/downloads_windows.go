package outdir

import "golang.org/x/sys/windows"

func platformDownloads() string {
	d, err := windows.KnownFolderPath(windows.FOLDERID_Downloads, 0)
	if err != nil {
		return ""
	}
	return d
}
