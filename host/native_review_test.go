package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// reviewHAR is a small capture with secrets in several places and a
// customer name the rules cannot know.
const reviewHAR = `{"log":{"version":"1.2","creator":{"name":"t","version":"1"},"entries":[` +
	`{"startedDateTime":"2026-12-01T10:00:00.000Z","time":1,"request":{"method":"GET","url":"https://app.example.com/api/me?access_token=tok9f8e7d6c5b4a3928&page=2","httpVersion":"HTTP/2","headers":[{"name":"Cookie","value":"sid=9f8e7d6c5b4a39281706f5e4d3c2b1a0"}],"cookies":[{"name":"sid","value":"9f8e7d6c5b4a39281706f5e4d3c2b1a0"}],"queryString":[],"headersSize":-1,"bodySize":0},` +
	`"response":{"status":200,"statusText":"OK","httpVersion":"HTTP/2","headers":[],"cookies":[],"content":{"size":60,"mimeType":"application/json","text":"{\"customer\":\"Globex Corporation\",\"note\":\"for Globex Corporation\"}"},"redirectURL":"","headersSize":-1,"bodySize":-1},"cache":{},"timings":{"send":0,"wait":1,"receive":1}},` +
	`{"startedDateTime":"2026-12-01T10:00:01.000Z","time":1,"request":{"method":"POST","url":"https://login.example.com/token","httpVersion":"HTTP/2","headers":[{"name":"Authorization","value":"Bearer at-0123456789abcdef0123"}],"cookies":[],"queryString":[],"postData":{"mimeType":"application/json","text":"{\"password\":\"pw-Secret-123456\"}"},"headersSize":-1,"bodySize":30},` +
	`"response":{"status":200,"statusText":"OK","httpVersion":"HTTP/2","headers":[],"cookies":[],"content":{"size":2,"mimeType":"application/json","text":"{}"},"redirectURL":"","headersSize":-1,"bodySize":-1},"cache":{},"timings":{"send":0,"wait":1,"receive":1}}]}}`

// dirNames lists a folder's files.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

// TestNativeReview: a reviewed export waits sanitized in the temporary
// file, lists its findings by request without values, refuses a term the
// sanitizer cannot use and keeps the review, and saves with the user's
// terms redacted everywhere.
func TestNativeReview(t *testing.T) {
	p, _, out := policyHost(t, "")
	rev := p.exportWith(map[string]any{"site": "app.example.com", "review": true}, reviewHAR, 300)
	if rev["type"] != "review" || rev["required"] != false || rev["allowExtraTerms"] != true {
		t.Fatalf("end answered %v (stderr: %s)", rev, p.stderr)
	}
	id := rev["transfer"].(string)
	total := int(rev["findings"].(float64))
	if total < 5 {
		t.Fatalf("review of %v findings: %v", total, rev)
	}
	// Nothing saved yet: one sanitized temporary file, no raw value in it.
	names := dirNames(t, out)
	if len(names) != 1 || !strings.HasSuffix(names[0], ".part") {
		t.Fatalf("the output folder holds %v during the review", names)
	}
	tmp, _ := os.ReadFile(filepath.Join(out, names[0]))
	for _, secret := range []string{"9f8e7d6c5b4a39281706f5e4d3c2b1a0", "tok9f8e7d6c5b4a3928", "pw-Secret-123456", "at-0123456789abcdef0123"} {
		if strings.Contains(string(tmp), secret) {
			t.Fatalf("the temporary file holds %s", secret)
		}
	}
	p.send(map[string]any{"type": "findings", "transfer": id, "offset": 0})
	page := p.expect("findings")
	fs := page["findings"].([]any)
	if len(fs) != total || page["next"] != nil || int(page["total"].(float64)) != total {
		t.Fatalf("one page of %d findings expected: %v", total, page)
	}
	reqs := page["requests"].(map[string]any)
	r0 := reqs["0"].(map[string]any)
	if r0["method"] != "GET" || !strings.HasPrefix(r0["url"].(string), "https://app.example.com/api/me?access_token=safehar-") {
		t.Fatalf("request 0 is %v", r0)
	}
	if reqs["1"].(map[string]any)["method"] != "POST" {
		t.Fatalf("requests %v", reqs)
	}
	kinds := map[string]bool{}
	for _, f := range fs {
		m := f.(map[string]any)
		kinds[m["kind"].(string)] = true
		if m["fingerprint"] != nil || m["value"] != nil {
			t.Fatalf("a finding carries more than where and what: %v", m)
		}
	}
	if !kinds["cookie"] || !kinds["password"] {
		t.Fatalf("kinds %v", kinds)
	}
	// A term too short for the sanitizer: refused, the review goes on.
	p.send(map[string]any{"type": "save", "transfer": id, "extraTerms": []string{"Globex"}})
	e := p.expect("error", "term_refused")
	if e["transfer"] != id || !strings.Contains(e["message"].(string), `"Globex"`) {
		t.Fatalf("term_refused %v", e)
	}
	p.send(map[string]any{"type": "chunk", "transfer": id, "seq": 99, "data": "x"})
	p.expect("error", "bad_message")
	p.send(map[string]any{"type": "begin", "site": "x"})
	p.expect("error", "transfer_busy")
	p.send(map[string]any{"type": "save", "transfer": id, "extraTerms": []string{"Globex Corporation"}})
	done := p.expect("done")
	saved := readSaved(t, done)
	if strings.Contains(saved, "Globex Corporation") || !strings.Contains(saved, "safehar-user-term-") {
		t.Fatalf("the term is still in the saved file: %s", saved)
	}
	for _, secret := range []string{"9f8e7d6c5b4a39281706f5e4d3c2b1a0", "pw-Secret-123456"} {
		if strings.Contains(saved, secret) {
			t.Fatalf("the saved file holds %s", secret)
		}
	}
	counts := done["report"].(map[string]any)["counts"].(map[string]any)
	if counts["user-term"] != 2.0 || counts["cookie"] == nil {
		t.Fatalf("report counts %v", counts)
	}
	if got := dirNames(t, out); len(got) != 1 || !strings.HasSuffix(got[0], ".har") {
		t.Fatalf("the output folder holds %v after save", got)
	}
	// Re-sanitizing the saved file changes nothing.
	p.send(map[string]any{"type": "save", "transfer": id})
	p.expect("error", "unknown_transfer")
	if code := p.wait(); code != 0 {
		t.Fatalf("exit %d (stderr: %s)", code, p.stderr)
	}
}

// TestNativeReviewDiscard: discard, and a port closed during the review,
// leave the output folder empty.
func TestNativeReviewDiscard(t *testing.T) {
	p, _, out := policyHost(t, "")
	id := p.exportWith(map[string]any{"site": "a", "review": true}, reviewHAR, 1<<20)["transfer"].(string)
	p.send(map[string]any{"type": "discard", "transfer": id})
	if d := p.expect("discarded"); d["transfer"] != id {
		t.Fatalf("discarded %v", d)
	}
	if names := dirNames(t, out); len(names) != 0 {
		t.Fatalf("after discard the folder holds %v", names)
	}
	p.send(map[string]any{"type": "save", "transfer": id})
	p.expect("error", "unknown_transfer")
	if r := p.exportWith(map[string]any{"site": "a", "review": true}, reviewHAR, 1<<20); r["type"] != "review" {
		t.Fatalf("second export %v", r)
	}
	if code := p.wait(); code != 0 { // the browser closed the port mid-review
		t.Fatalf("exit %d", code)
	}
	if names := dirNames(t, out); len(names) != 0 {
		t.Fatalf("after the port closed the folder holds %v", names)
	}
}

// TestNativeReviewPolicy: the policy's review setting decides over the
// extension's wish; allowExtraTerms false refuses terms.
func TestNativeReviewPolicy(t *testing.T) {
	for _, tt := range []struct {
		policy string
		asked  bool
		want   string
	}{
		{``, false, "done"},
		{`{"review":"required"}`, false, "review"},
		{`{"review":"skip"}`, true, "done"},
		{`{"review":"optional"}`, true, "review"},
	} {
		p, _, _ := policyHost(t, tt.policy)
		r := p.exportWith(map[string]any{"site": "a", "review": tt.asked}, reviewHAR, 1<<20)
		if r["type"] != tt.want {
			t.Errorf("policy %s, review asked %v: end answered %v", tt.policy, tt.asked, r)
		}
		p.wait()
	}
	p, _, out := policyHost(t, `{"review":"required","allowExtraTerms":false}`)
	p.send(map[string]any{"type": "hello", "protocol": 1})
	eff := p.expect("hello")["policy"].(map[string]any)["effective"].(map[string]any)
	if eff["review"] != "required" || eff["allowExtraTerms"] != false {
		t.Fatalf("effective policy %v", eff)
	}
	r := p.exportWith(map[string]any{"site": "a"}, reviewHAR, 1<<20)
	if r["required"] != true || r["allowExtraTerms"] != false {
		t.Fatalf("review %v", r)
	}
	p.send(map[string]any{"type": "save", "transfer": r["transfer"], "extraTerms": []string{"Globex Corporation"}})
	p.expect("error", "term_refused")
	p.send(map[string]any{"type": "save", "transfer": r["transfer"]})
	if saved := readSaved(t, p.expect("done")); !strings.Contains(saved, "Globex Corporation") {
		t.Fatal("saved without the terms, the customer name stays")
	}
	p.wait()
	checkOutDir(t, out, 1)
}

// TestNativeReveal: Show in folder says revealed only when the file
// manager's launcher did not fail, and names the file when it did.
func TestNativeReveal(t *testing.T) {
	for _, tt := range []struct {
		script string
		want   string
	}{
		{"#!/bin/sh\nexit 0\n", "revealed"},
		{"#!/bin/sh\necho 'xdg-open: no method available for opening' >&2\nexit 3\n", "error"},
	} {
		bin := t.TempDir()
		if err := os.WriteFile(filepath.Join(bin, "xdg-open"), []byte(tt.script), 0o755); err != nil {
			t.Fatal(err)
		}
		out := t.TempDir()
		env := hostEnv(t, out, "SAFEHAR_NO_KEYRING=1")
		for i, kv := range env {
			if strings.HasPrefix(kv, "PATH=") {
				env[i] = "PATH=" + bin + ":" + strings.TrimPrefix(kv, "PATH=")
			}
		}
		p := startHost(t, env)
		done := p.export("a", reviewHAR, 1<<20)
		p.send(map[string]any{"type": "reveal", "transfer": done["transfer"]})
		r := p.recv()
		if r["type"] != tt.want {
			t.Fatalf("xdg-open %q: reveal answered %v", tt.script, r)
		}
		if tt.want == "error" && (r["code"] != "reveal_failed" || !strings.Contains(r["message"].(string), done["path"].(string))) {
			t.Fatalf("reveal_failed %v", r)
		}
		p.wait()
	}
}

// TestNativeReviewManyFindings: 10,000 findings come in pages under the
// outbound limit, every one once, each page naming its requests.
func TestNativeReviewManyFindings(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"log":{"version":"1.2","creator":{"name":"t","version":"1"},"entries":[`)
	const entries = 2500
	for i := range entries {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `{"startedDateTime":"2026-12-01T10:00:00.000Z","time":1,"request":{"method":"GET","url":"https://app%d.example.com/api/items/%d?access_token=tok%016x","httpVersion":"HTTP/2","headers":[{"name":"Cookie","value":"sid=%032x"},{"name":"Authorization","value":"Bearer at-%020x"}],"cookies":[{"name":"sid","value":"%032x"}],"queryString":[],"headersSize":-1,"bodySize":0},"response":{"status":200,"statusText":"OK","httpVersion":"HTTP/2","headers":[],"cookies":[],"content":{"size":0,"mimeType":"text/plain","text":""},"redirectURL":"","headersSize":-1,"bodySize":-1},"cache":{},"timings":{"send":0,"wait":1,"receive":1}}`,
			i%7, i, i+1, i+7, i+11, i+7)
	}
	b.WriteString(`]}}`)
	p, _, out := policyHost(t, "")
	rev := p.exportWith(map[string]any{"site": "a", "review": true}, b.String(), 1<<20)
	total := int(rev["findings"].(float64))
	if rev["type"] != "review" || total < 10_000 {
		t.Fatalf("review of %v findings", rev["findings"])
	}
	seen, pages := 0, 0
	entriesSeen := map[string]bool{}
	for off := 0.0; ; pages++ {
		p.send(map[string]any{"type": "findings", "transfer": rev["transfer"], "offset": off})
		frame := <-p.frames
		if len(frame) >= 1<<20 {
			t.Fatalf("a findings reply of %d bytes", len(frame))
		}
		var page map[string]any
		if err := json.Unmarshal(frame, &page); err != nil || page["type"] != "findings" {
			t.Fatalf("page %s: %v", frame[:min(200, len(frame))], err)
		}
		reqs := page["requests"].(map[string]any)
		for _, f := range page["findings"].([]any) {
			e := fmt.Sprint(f.(map[string]any)["entry"])
			if reqs[e] == nil {
				t.Fatalf("entry %s is not in its page's requests", e)
			}
			entriesSeen[e] = true
			seen++
		}
		next, ok := page["next"].(float64)
		if !ok {
			break
		}
		off = next
	}
	if seen != total || pages < 2 || len(entriesSeen) != entries {
		t.Fatalf("%d of %d findings over %d pages, %d entries", seen, total, pages+1, len(entriesSeen))
	}
	p.send(map[string]any{"type": "discard", "transfer": rev["transfer"]})
	p.expect("discarded")
	p.wait()
	if names := dirNames(t, out); len(names) != 0 {
		t.Fatalf("left %v", names)
	}
	t.Logf("%d findings in %d pages", total, pages+1)
}
