package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/safehar/safehar/host/internal/policy"
)

// policyEnv is what policy validation knows of the user the host runs for.
func policyEnv() policy.Env {
	home, _ := os.UserHomeDir()
	return policy.Env{Home: home, EvalSymlinks: filepath.EvalSymlinks}
}

// loadSystemPolicy reads the administrator's system policy from the
// per-OS place (under systemRoot in test builds): /etc/safehar/policy.json,
// /Library/Managed Preferences/dev.safehar.host.plist, or
// HKLM\SOFTWARE\Policies\safehar.
func loadSystemPolicy() policy.Result {
	return policy.Loader{GOOS: runtime.GOOS, Root: systemRoot(), Env: policyEnv()}.Load()
}

// policySummary describes the effective policy in a few words for humans.
func policySummary(p policy.Policy) []string {
	p = policy.Effective(p)
	var lines []string
	jwt := "JWTs keep their claims (signature replaced)"
	if p.JWT == policy.JWTDrop {
		jwt = "JWTs are replaced whole"
	}
	lines = append(lines, jwt)
	if *p.RedactPersonalData {
		lines = append(lines, "personal data is pseudonymised")
	} else {
		lines = append(lines, "personal data is kept")
	}
	if *p.AllowExportWithoutBodies {
		lines = append(lines, "exports without response bodies are allowed")
	} else {
		lines = append(lines, "exports without response bodies are refused")
	}
	list := func(what string, names []string) {
		if len(names) > 0 {
			lines = append(lines, fmt.Sprintf("extra %s redacted: %s", what, strings.Join(names, ", ")))
		}
	}
	list("headers", p.ExtraHeaders)
	list("parameters", p.ExtraParams)
	list("JSON keys", p.ExtraJSONKeys)
	var pats []string
	for _, x := range p.ExtraPatterns {
		pats = append(pats, x.Name)
	}
	list("patterns", pats)
	if p.OutputDir != "" {
		lines = append(lines, "output folder: "+p.OutputDir)
	}
	if p.HostName != "" {
		lines = append(lines, "host name: "+p.HostName)
	}
	if p.UploadHint != "" {
		lines = append(lines, "upload hint: "+p.UploadHint)
	}
	return lines
}
