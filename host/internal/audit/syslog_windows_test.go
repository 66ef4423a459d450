package audit

func syslogAt(string) Sink { return nil }
