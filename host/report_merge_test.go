package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/safehar/safehar/internal/hargen"
	"github.com/safehar/safehar/internal/sharedhars"
)

// sessionHAR carries credentials; two copies of it in different shards
// must count as the same credentials seen in two files.
const sessionHAR = `{"log": {"version": "1.2", "creator": {"name": "test", "version": "1"}, "entries": [
  {"startedDateTime": "2026-11-22T12:00:00Z", "time": 1,
   "request": {"method": "GET", "url": "https://api.example.com/x?access_token=hunter2secret&page=2",
     "httpVersion": "h2", "headers": [
       {"name": "authorization", "value": "Bearer abc123sessionvalue"},
       {"name": "cookie", "value": "sid=abc123sessionvalue"}],
     "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
   "response": {"status": 200, "statusText": "OK", "httpVersion": "h2", "headers": [
       {"name": "set-cookie", "value": "refresh=r3fr3shvalue; Max-Age=1800; Secure"}], "cookies": [],
     "content": {"size": 2, "mimeType": "application/json", "text": "{}"},
     "redirectURL": "", "headersSize": -1, "bodySize": 2},
   "cache": {}, "timings": {"send": 0, "wait": 1, "receive": 0}}]}}`

// TestReportMergeEqualsOneProcess: for 1 to more shards than files, the
// shards' verify --json reports merged by `report merge` are the report of
// one verify over the same folder, byte for byte, as JSON, text and HTML,
// with the same exit code; the folder holds the shared real HARs,
// generated ones, a gzip, an unreadable HAR, a file to ignore and one
// credential in two files.
func TestReportMergeEqualsOneProcess(t *testing.T) {
	dir := t.TempDir()
	store := filepath.Join(dir, "store")
	write := func(name string, b []byte) {
		p := filepath.Join(store, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range sharedhars.Files(t, sharedHARs) {
		b, _ := os.ReadFile(p)
		write("real/"+filepath.Base(p), b)
	}
	sample, _ := os.ReadFile("../testdata/sample.har")
	write("sample.har", sample)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(sample)
	zw.Close()
	write("tickets/1/sample.har.gz", gz.Bytes())
	write("tickets/2/session.har", []byte(sessionHAR))
	write("tickets/9/session-again.har", []byte(sessionHAR))
	write("tickets/3/broken.har", []byte(`{"log": {"entries": [{"request": {"url": "https://example.com/?token=secretsecret`))
	write("tickets/4/notes.txt", []byte("not a HAR"))
	for i := range 3 {
		var b bytes.Buffer
		hargen.Write(&b, hargen.Options{Size: 200 << 10, Seed: uint64(100 + i)})
		write(fmt.Sprintf("generated/%d.har", i), b.Bytes())
	}
	key := filepath.Join(dir, "key.txt")
	os.WriteFile(key, []byte("safehar-test-key-for-merging"), 0o600)
	common := []string{"--key-file", key, "--at", "2026-11-22T12:30:00Z"}

	runCLI := func(args ...string) (int, string, string) {
		var out, errb bytes.Buffer
		code := run(args, nil, &out, &errb)
		return code, out.String(), errb.String()
	}
	oneHTML := filepath.Join(dir, "one.html")
	wantCode, wantJSON, _ := runCLI(append(append([]string{"verify", "--json", "--html", oneHTML}, common...), store)...)
	_, wantText, _ := runCLI(append(append([]string{"verify"}, common...), store)...)
	if wantCode != 2 || !strings.Contains(wantJSON, "broken.har") || !strings.Contains(wantJSON, `"ignored": 1`) {
		t.Fatalf("the one-process report is not the case meant (exit %d):\n%.600s", wantCode, wantJSON)
	}
	wantHTML, _ := os.ReadFile(oneHTML)

	for _, n := range []int{1, 2, 3, 7, 40} {
		var shards []string
		for i := 1; i <= n; i++ {
			code, out, errs := runCLI(append(append([]string{"verify", "--json", "--shard", fmt.Sprintf("%d/%d", i, n)}, common...), store)...)
			if code == 2 && !strings.Contains(out, `"verdict": "unreadable"`) {
				t.Fatalf("shard %d/%d: exit 2: %s", i, n, errs)
			}
			p := filepath.Join(dir, fmt.Sprintf("shard-%d-of-%d.json", i, n))
			os.WriteFile(p, []byte(out), 0o600)
			shards = append(shards, p)
		}
		// Given in any order.
		shards[0], shards[n-1] = shards[n-1], shards[0]
		mergedHTML := filepath.Join(dir, fmt.Sprintf("merged-%d.html", n))
		code, gotJSON, errs := runCLI(append([]string{"report", "merge", "--json", "--html", mergedHTML}, shards...)...)
		if code != wantCode || gotJSON != wantJSON {
			t.Errorf("%d shards: merged JSON (exit %d, %d bytes) differs from one process's (exit %d, %d bytes); %s", n, code, len(gotJSON), wantCode, len(wantJSON), errs)
			if n == 2 {
				os.WriteFile("/tmp/merged.json", []byte(gotJSON), 0o644)
				os.WriteFile("/tmp/single.json", []byte(wantJSON), 0o644)
			}
		}
		_, gotText, _ := runCLI(append([]string{"report", "merge"}, shards...)...)
		if gotText != wantText {
			t.Errorf("%d shards: merged text differs:\n%s\nwant:\n%s", n, gotText, wantText)
		}
		if gotHTML, _ := os.ReadFile(mergedHTML); !bytes.Equal(gotHTML, wantHTML) {
			t.Errorf("%d shards: merged HTML differs (%d vs %d bytes)", n, len(gotHTML), len(wantHTML))
		}
	}
}

// TestReportMergeRefuses: a merge that would not be the whole scan fails.
func TestReportMergeRefuses(t *testing.T) {
	dir := t.TempDir()
	store := filepath.Join(dir, "store")
	os.MkdirAll(store, 0o755)
	for i := range 4 {
		os.WriteFile(filepath.Join(store, fmt.Sprintf("%d.har", i)), []byte(sessionHAR), 0o600)
	}
	key := filepath.Join(dir, "key.txt")
	os.WriteFile(key, []byte("safehar-test-key-for-merging"), 0o600)
	shard := func(spec, at string) string {
		var out bytes.Buffer
		run([]string{"verify", "--json", "--key-file", key, "--at", at, "--shard", spec, store}, nil, &out, io.Discard)
		p := filepath.Join(dir, strings.ReplaceAll(spec, "/", "-")+at+".json")
		os.WriteFile(p, out.Bytes(), 0o600)
		return p
	}
	a, b, c := shard("1/3", "2026-11-22"), shard("2/3", "2026-11-22"), shard("3/3", "2026-11-22")
	late := shard("3/3", "2026-11-23")
	var single bytes.Buffer
	run([]string{"verify", "--json", "--key-file", key, store}, nil, &single, io.Discard)
	singleFile := filepath.Join(dir, "single.json")
	os.WriteFile(singleFile, single.Bytes(), 0o600)
	for _, tc := range []struct {
		files []string
		says  string
	}{
		{[]string{a, b}, "shard 3/3 is missing"},
		{[]string{a, b, b, c}, "given twice"},
		{[]string{a, b, late}, "same --at"},
		{[]string{singleFile}, "not a shard's"},
		{[]string{filepath.Join(dir, "nope.json")}, "cannot read"},
	} {
		var errb bytes.Buffer
		code := run(append([]string{"report", "merge"}, tc.files...), nil, io.Discard, &errb)
		if code != 2 || !strings.Contains(errb.String(), tc.says) {
			t.Errorf("%v: exit %d, %q; want 2 saying %q", tc.files, code, errb.String(), tc.says)
		}
	}
	for _, bad := range []string{"0/3", "4/3", "3", "a/b", "1/0", "1/3x"} {
		var errb bytes.Buffer
		if code := run([]string{"verify", "--shard", bad, store}, nil, io.Discard, &errb); code != 2 || !strings.Contains(errb.String(), "is not I/N") {
			t.Errorf("--shard %s: exit %d, %q", bad, code, errb.String())
		}
	}
}

// TestShardForJobs: the flags an Indexed Job uses: a 0-based index, the
// report into a file, exit 0 when credentials are found; the merge of
// those files is the same as of 1-based shards on standard output.
func TestShardForJobs(t *testing.T) {
	dir := t.TempDir()
	store := filepath.Join(dir, "store")
	os.MkdirAll(store, 0o755)
	for i := range 5 {
		os.WriteFile(filepath.Join(store, fmt.Sprintf("%d.har", i)), []byte(sessionHAR), 0o600)
	}
	key := filepath.Join(dir, "key.txt")
	os.WriteFile(key, []byte("safehar-test-key-for-merging"), 0o600)
	var jobFiles, cliFiles []string
	for i := range 3 {
		p := filepath.Join(dir, fmt.Sprintf("job-%d.json", i))
		var errb bytes.Buffer
		code := run([]string{"verify", "--json", "--key-file", key, "--at", "2026-11-22", "--shard-base", "0", "--shard", fmt.Sprintf("%d/3", i),
			"-o", p, "--no-fail-on-findings", store}, nil, io.Discard, &errb)
		if code != 0 {
			t.Fatalf("job shard %d: exit %d: %s", i, code, errb.String())
		}
		jobFiles = append(jobFiles, p)
		var out bytes.Buffer
		if code := run([]string{"verify", "--json", "--key-file", key, "--at", "2026-11-22", "--shard", fmt.Sprintf("%d/3", i+1), store}, nil, &out, io.Discard); code != 1 {
			t.Fatalf("shard %d/3: exit %d, want 1 (credentials)", i+1, code)
		}
		p = filepath.Join(dir, fmt.Sprintf("cli-%d.json", i))
		os.WriteFile(p, out.Bytes(), 0o600)
		cliFiles = append(cliFiles, p)
		if got, _ := os.ReadFile(jobFiles[i]); !bytes.Equal(got, out.Bytes()) {
			t.Errorf("shard %d: -o wrote other bytes than standard output", i)
		}
	}
	var a, b bytes.Buffer
	ca := run(append([]string{"report", "merge", "--json"}, jobFiles...), nil, &a, io.Discard)
	cb := run(append([]string{"report", "merge", "--json"}, cliFiles...), nil, &b, io.Discard)
	if ca != 1 || cb != 1 || a.String() != b.String() || !strings.Contains(a.String(), `"files": 5`) {
		t.Errorf("merges: exit %d and %d, equal %v", ca, cb, a.String() == b.String())
	}
	var errb bytes.Buffer
	if code := run([]string{"verify", "--shard-base", "0", "--shard", "3/3", store}, nil, io.Discard, &errb); code != 2 || !strings.Contains(errb.String(), "0 ≤ I < N") {
		t.Errorf("--shard-base 0 --shard 3/3: exit %d, %q", code, errb.String())
	}
}
