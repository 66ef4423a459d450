//go:build !windows && !plan9

package audit

import "log/syslog"

// Syslog sends lines to the system logger with the tag "safehar" at
// LOG_INFO in the LOG_USER facility, as user programs do.
// Network and Addr name the socket ("" for the local system logger:
// /dev/log, /var/run/syslog or /var/run/log).
type Syslog struct {
	Network, Addr string
}

// Write sends one line.
func (s Syslog) Write(line []byte) error {
	w, err := syslog.Dial(s.Network, s.Addr, syslog.LOG_INFO|syslog.LOG_USER, "safehar")
	if err != nil {
		return err
	}
	defer w.Close()
	return w.Info(string(line))
}

// SystemSink is the system log of this OS.
func SystemSink() Sink { return Syslog{} }
