//go:build !windows && !plan9

package audit

func syslogAt(sock string) Sink { return Syslog{Network: "unixgram", Addr: sock} }
