package sanitize

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// bodyHAR carries text as a response body: plain text, or a JSON
// document holding it under an innocuous name.
func bodyHAR(t *testing.T, text string, asJSON bool) []byte {
	t.Helper()
	mime, body := "text/plain", "deploy log: "+text+" (end)"
	if asJSON {
		b, _ := json.Marshal(map[string]any{"message": "deploy failed with " + text + " (end)", "n": 1})
		mime, body = "application/json", string(b)
	}
	doc := map[string]any{"log": map[string]any{"version": "1.2", "entries": []any{map[string]any{
		"request":  map[string]any{"method": "GET", "url": "https://example.com/", "headers": []any{hdr("Accept", "*/*")}},
		"response": map[string]any{"status": 200, "content": map[string]any{"mimeType": mime, "text": body}}}}}}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestGitleaksRules plants each converted rule's generated true positive
// in a text and a JSON body (it must be redacted) and its near miss, the
// prefix with a too-short tail (it must stay).
func TestGitleaksRules(t *testing.T) {
	if len(gitleaksRules) < 50 {
		t.Fatalf("only %d gitleaks rules", len(gitleaksRules))
	}
	for _, r := range gitleaksRules {
		t.Run(strings.TrimPrefix(r.ID, "gitleaks.")+"/"+r.Prefix, func(t *testing.T) {
			if r.Where != InValue || !strings.HasPrefix(r.ID, "gitleaks.") || !strings.HasSuffix(r.Reason, "(gitleaks "+gitleaksVersion+")") {
				t.Fatalf("malformed rule %+v", r)
			}
			re := regexp.MustCompile(`^(?:` + r.Pattern + `)`)
			if len(r.Examples) != 1 || len(r.Ignores) != 1 {
				t.Fatal("want one example and one near miss")
			}
			ex, miss := r.Examples[0], r.Ignores[0]
			if !strings.HasPrefix(ex, r.Prefix) || !strings.HasPrefix(miss, r.Prefix) || !re.MatchString(ex+" ") || re.MatchString(miss+" ") {
				t.Fatalf("example %q / near miss %q do not fit the pattern", ex, miss)
			}
			for _, asJSON := range []bool{false, true} {
				out, rep := sanitizeBytes(t, bodyHAR(t, ex, asJSON))
				if v := decodedViews(out); strings.Contains(v, ex) || strings.Contains(v, ex[len(ex)-8:]) || rep.Counts[r.Kind] == 0 {
					t.Errorf("json=%v: %q not redacted as %s: %v", asJSON, ex, r.Kind, rep.Findings)
				}
				out, rep = sanitizeBytes(t, bodyHAR(t, miss, asJSON))
				if !strings.Contains(decodedViews(out), miss) || rep.Redacted > 0 {
					t.Errorf("json=%v: near miss %q redacted: %v", asJSON, miss, rep.Findings)
				}
			}
		})
	}
}

// TestGitleaksGroupAndEntropy: only the secret group is replaced (the
// delimiter after it stays), and a match below the rule's entropy is not
// a secret.
func TestGitleaksGroupAndEntropy(t *testing.T) {
	var secret string
	for _, r := range gitleaksRules {
		if r.Group > 0 && strings.Contains(r.Pattern, `\\[nr]|$)`) {
			secret = r.Examples[0]
			break
		}
	}
	if secret == "" {
		t.Fatal("no rule with a secret group and a delimiter")
	}
	out, rep := sanitizeBytes(t, bodyHAR(t, "x="+secret+";y=1", false))
	if bytes.Contains(out, []byte(secret)) || !bytes.Contains(out, []byte(";y=1 (end)")) || rep.Redacted != 1 {
		t.Errorf("group redaction: %s %v", out, rep.Findings)
	}
	low := "A3TAAAAAAAAAAAAAAAAA" // gitleaks aws-access-token shape, entropy < 3
	if entropy([]byte(low)) >= 3 {
		t.Fatal("test value not low-entropy")
	}
	out, rep = sanitizeBytes(t, bodyHAR(t, low, false))
	if !bytes.Contains(out, []byte(low)) || rep.Redacted > 0 {
		t.Errorf("low-entropy %q redacted: %v", low, rep.Findings)
	}
	if h := entropy([]byte("ab")); h != 1 {
		t.Errorf("entropy(ab) = %v", h)
	}
}

// TestGitleaksGenerated: the generator is deterministic and the checked-in
// table is what it writes (run `go generate ./sanitize` after changing it).
func TestGitleaksGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the generator")
	}
	if err := exec.Command("go", "mod", "download", "github.com/zricethezav/gitleaks/v8@"+gitleaksVersion).Run(); err != nil {
		t.Skipf("gitleaks %s not available: %v", gitleaksVersion, err)
	}
	want, err := os.ReadFile("table_gitleaks.go")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for i := range 2 {
		out := filepath.Join(dir, "table.go")
		cmd := exec.Command("go", "run", "./internal/gitleaksgen", "-version", gitleaksVersion, "-o", out)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("generator: %v\n%s", err, b)
		}
		got, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("run %d: generated table differs from table_gitleaks.go; run go generate ./sanitize", i+1)
		}
	}
}
