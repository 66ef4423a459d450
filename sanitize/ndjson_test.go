package sanitize

import (
	"encoding/json"
	"strings"
	"testing"
)

// ndjsonShape checks that each line of a sanitized NDJSON body is JSON.
func ndjsonShape(t *testing.T, body string) {
	t.Helper()
	for _, line := range strings.Split(body, "\n") {
		line = strings.Trim(line, "\r\x1e ")
		if line != "" && !json.Valid([]byte(line)) {
			t.Errorf("line is no longer JSON: %q", line)
		}
	}
}

func TestNDJSONCarrier(t *testing.T) {
	cases := []carrierCase{
		{
			name: "ndjson logs",
			mime: "application/x-ndjson",
			body: `{"ts":"2026-11-22T10:15:00Z","level":"info","msg":"login ok","user":"bob","request_id":"5f3c1a2b-9d8e"}` + "\n" +
				`{"ts":"2026-11-22T10:15:01Z","level":"debug","msg":"issued","refresh_token":"PLANTndRefresh1","headers":{"Authorization":"Bearer PLANTndBearer2abcdef"}}` + "\n" +
				`{"ts":"2026-11-22T10:15:02Z","level":"warn","msg":"config","config":"{\"password\":\"PLANTndInnerPw3\"}"}` + "\n",
			secrets:  []string{"PLANTndRefresh1", "PLANTndBearer2abcdef", "PLANTndInnerPw3"},
			decoys:   []string{`{"ts":"2026-11-22T10:15:00Z","level":"info","msg":"login ok","user":"bob","request_id":"5f3c1a2b-9d8e"}` + "\n", `"Bearer `, "2026-11-22T10:15:02Z"},
			validate: ndjsonShape,
		},
		{
			name:     "json lines sniffed under application/json, crlf",
			mime:     "application/json",
			body:     "{\"event\":\"a\",\"api_key\":\"PLANTjlKey4\"}\r\n{\"event\":\"b\",\"count\":2}\r\n\r\n{\"event\":\"c\",\"secret\":\"PLANTjlSecret5\"}",
			secrets:  []string{"PLANTjlKey4", "PLANTjlSecret5"},
			decoys:   []string{"{\"event\":\"b\",\"count\":2}\r\n\r\n{\"event\":\"c\",\"secret\":\""},
			validate: ndjsonShape,
		},
		{
			name:     "json text sequence",
			mime:     "application/json-seq",
			body:     "\x1e{\"id\":1,\"token\":\"PLANTseqTok6\"}\n\x1e{\"id\":2,\"note\":\"plain\"}\n",
			secrets:  []string{"PLANTseqTok6"},
			decoys:   []string{"\x1e{\"id\":2,\"note\":\"plain\"}\n"},
			validate: ndjsonShape,
		},
		{
			name:    "a line that is not json is scanned as text",
			mime:    "application/jsonl",
			body:    "{\"a\":1}\nnot json: password=PLANTjlText7pw&x=1 ghp_PLANTjlGh0123456789abcdefghijklmnopqrs\n{\"b\":2}\n",
			secrets: []string{"PLANTjlGh0123456789abcdefghijklmnopqrs"},
			decoys:  []string{"{\"a\":1}\nnot json: ", "\n{\"b\":2}\n"},
		},
		{
			name:     "base64 ndjson response",
			mime:     "application/x-ndjson",
			base64:   true,
			body:     "{\"k\":\"v\",\"access_token\":\"PLANTb64Nd8\"}\n{\"k\":\"w\"}\n",
			secrets:  []string{"PLANTb64Nd8"},
			decoys:   []string{"{\"k\":\"w\"}\n"},
			validate: ndjsonShape,
		},
	}
	runCarrierCases(t, cases)
}
