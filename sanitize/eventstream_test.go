package sanitize

import (
	"encoding/json"
	"strings"
	"testing"
)

// sseShape checks that every event of a sanitized stream still has its
// data: lines and that one-line JSON data still parses.
func sseShape(t *testing.T, body string) {
	t.Helper()
	for _, line := range strings.Split(body, "\n") {
		line = strings.TrimSuffix(line, "\r")
		if d, ok := strings.CutPrefix(line, "data: "); ok && strings.HasPrefix(d, "{") && strings.HasSuffix(d, "}") && !json.Valid([]byte(d)) {
			t.Errorf("data line is no longer JSON: %s", line)
		}
		if line != "" && !strings.Contains(line, ":") && line != "data" {
			t.Errorf("line without a field: %q", line)
		}
	}
}

func TestEventStreamCarrier(t *testing.T) {
	jwt := testJWT(`{"iss":"https://realtime.example.com","sub":"sess-9","exp":1893456000}`)
	cases := []carrierCase{
		{
			name: "llm stream with tokens in json data",
			mime: "text/event-stream; charset=utf-8",
			body: "event: session.created\nid: evt_0001\ndata: {\"type\":\"session.created\",\"session\":{\"id\":\"sess_8f14e45f\",\"client_secret\":{\"value\":\"PLANTephemeralKey1\",\"expires_at\":1893456000}}}\n\n" +
				"event: response.delta\ndata: {\"type\":\"delta\",\"text\":\"The token is in your settings page.\"}\n\n" +
				": keep-alive\n\n" +
				"data: {\"token\": \"PLANTsseTok2\", \"model\": \"gpt-x-mini\"}\n\n" +
				"retry: 3000\ndata: [DONE]\n\n",
			secrets: []string{"PLANTephemeralKey1", "PLANTsseTok2"},
			decoys: []string{"event: session.created\nid: evt_0001\n", "The token is in your settings page.", ": keep-alive",
				"\"model\": \"gpt-x-mini\"", "retry: 3000\ndata: [DONE]\n\n"},
			validate: sseShape,
		},
		{
			name: "multi-line data joined into json",
			mime: "text/event-stream",
			body: "id: 7\r\nevent: auth\r\ndata: {\"type\": \"auth\",\r\ndata:  \"access_token\": \"PLANTmultiLineTok3\",\r\ndata: \"user\": \"u-1842\"}\r\n\r\n" +
				"data: plain text line one\ndata: " + jwt + "\n\n",
			secrets: []string{"PLANTmultiLineTok3", testJWTSig},
			decoys:  []string{"id: 7\r\nevent: auth\r\ndata: {\"type\": \"auth\",\r\ndata:  \"access_token\": \"", "\",\r\ndata: \"user\": \"u-1842\"}\r\n\r\n", "data: plain text line one\ndata: eyJ"},
		},
		{
			name:    "a secret across data lines replaces the event's data",
			mime:    "text/event-stream",
			body:    "event: key\ndata: -----BEGIN PRIVATE KEY-----\ndata: MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\ndata: PLANTsseKeyBody4abcdefghijklmnop\n: between\ndata: -----END PRIVATE KEY-----\n\nevent: next\ndata: {\"ok\":true}\n\n",
			secrets: []string{"PLANTsseKeyBody4", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"},
			decoys:  []string{"event: key\ndata: -----BEGIN PRIVATE KEY-----\ndata: ", "-----END PRIVATE KEY-----\n\nevent: next\ndata: {\"ok\":true}\n\n"},
		},
		{
			name: "sniffed stream without its mime type",
			mime: "text/plain",
			body: "data: {\"apiKey\": \"PLANTsniffedSseKey5\", \"seq\": 1}\n\ndata: {\"seq\": 2, \"status\": \"done\"}\n\n" +
				"data: {\"password\":\ndata: \"PLANTsniffedSplit6\"}\n\n",
			secrets:  []string{"PLANTsniffedSseKey5", "PLANTsniffedSplit6"},
			decoys:   []string{"\"seq\": 1}\n\ndata: {\"seq\": 2, \"status\": \"done\"}\n\n"},
			validate: sseShape,
		},
	}
	runCarrierCases(t, cases)
}
