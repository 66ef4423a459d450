package sanitize

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// TestRPCSignatures checks each entry of rpcSignatures: its example call,
// as a request body, loses its secret argument and keeps the method.
func TestRPCSignatures(t *testing.T) {
	for _, sig := range rpcSignatures {
		t.Run(sig.Methods[0], func(t *testing.T) {
			if sig.Reason == "" || sig.Example == "" || sig.Secret == "" || !strings.Contains(sig.Example, sig.Secret) {
				t.Fatalf("entry needs a reason and an example holding its secret: %+v", sig)
			}
			in := rpcHAR(t, sig.Example)
			out, _ := sanitizeTwice(t, in)
			if bytes.Contains(out, []byte(sig.Secret)) {
				t.Errorf("secret %q survives in\n%s", sig.Secret, out)
			}
			if !bytes.Contains(out, []byte(sig.Methods[0])) {
				t.Errorf("method %q lost", sig.Methods[0])
			}
		})
	}
}

// rpcHAR is a HAR of one POST whose body is the JSON-RPC call body.
func rpcHAR(t *testing.T, body string) []byte {
	t.Helper()
	q, err := json.Marshal(body)
	if err != nil {
		t.Fatal(err)
	}
	return []byte(`{"log":{"version":"1.2","creator":{"name":"t","version":"1"},"entries":[{"startedDateTime":"2026-01-01T00:00:00Z","time":1,` +
		`"request":{"method":"POST","url":"https://node.example/rpc","httpVersion":"HTTP/1.1","headers":[],"cookies":[],"queryString":[],"headersSize":-1,"bodySize":-1,"postData":{"mimeType":"application/json","text":` + string(q) + `}},` +
		`"response":{"status":200,"statusText":"OK","httpVersion":"HTTP/1.1","headers":[],"cookies":[],"content":{"size":0,"mimeType":""},"redirectURL":"","headersSize":-1,"bodySize":-1},"cache":{},"timings":{"send":0,"wait":0,"receive":0}}]}}`)
}
