package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestDeployFlags: every flag the Dockerfile and the Kubernetes manifests
// in deploy/ pass is one the command documents in its --help, and the
// example Secret's key is refused as it is.
func TestDeployFlags(t *testing.T) {
	help := map[string]string{}
	for _, cmd := range []string{"serve", "verify"} {
		var out, errb bytes.Buffer
		run([]string{cmd, "--help"}, nil, &out, &errb)
		help[cmd] = out.String() + errb.String()
	}
	files, _ := filepath.Glob("../deploy/*.yaml")
	files = append(files, "../Dockerfile")
	if len(files) < 7 {
		t.Fatalf("deploy/ has %d manifests", len(files)-1)
	}
	flagRe := regexp.MustCompile(`"?--?([a-z][a-z0-9-]*)(=|"|\s|$)`)
	checked := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		cmd := "serve"
		if strings.Contains(string(b), "- verify") {
			cmd = "verify"
		}
		for _, line := range strings.Split(string(b), "\n") {
			l := strings.TrimSpace(line)
			if !strings.HasPrefix(l, "- -") && !strings.HasPrefix(l, "CMD") {
				continue
			}
			for _, m := range flagRe.FindAllStringSubmatch(l, -1) {
				checked++
				if !strings.Contains(help[cmd], "  -"+m[1]+" ") && !strings.Contains(help[cmd], "  -"+m[1]+"\n") && !strings.Contains(help[cmd], "  -"+m[1]+"\t") {
					t.Errorf("%s: safehar %s has no flag -%s", f, cmd, m[1])
				}
			}
		}
	}
	if checked < 15 {
		t.Errorf("only %d flags found in the manifests", checked)
	}
	secret, _ := os.ReadFile("../deploy/secret.yaml")
	m := regexp.MustCompile(`(?m)^  key: (.*)$`).FindSubmatch(secret)
	if m == nil {
		t.Fatal("deploy/secret.yaml has no key")
	}
	keyFile := filepath.Join(t.TempDir(), "key")
	os.WriteFile(keyFile, m[1], 0o600)
	var errb bytes.Buffer
	if code := run([]string{"serve", "--listen", "127.0.0.1:0", "--key-file", keyFile}, nil, io.Discard, &errb); code != 2 || !strings.Contains(errb.String(), "example placeholder") {
		t.Errorf("serve with the example key: exit %d, %q", code, errb.String())
	}
}
