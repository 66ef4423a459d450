package sanitize

import (
	"encoding/json"
	"testing"
)

// sanitizedResponse sanitizes a one-entry HAR whose response to url has
// body as its text (of type mime) and returns the response text after.
func sanitizedResponse(t *testing.T, url, mime, body string) string {
	t.Helper()
	raw, _ := json.Marshal(map[string]any{"request": map[string]any{"method": "GET", "url": url, "headers": []any{}, "cookies": []any{}},
		"response": map[string]any{"status": 200, "headers": []any{}, "cookies": []any{}, "content": map[string]any{"mimeType": mime, "text": body}}})
	out, _ := sanitizeBytes(t, harOf([]json.RawMessage{raw}))
	var h struct {
		Log struct {
			Entries []struct {
				Response struct{ Content struct{ Text string } }
			}
		}
	}
	if err := json.Unmarshal(out, &h); err != nil {
		t.Fatal(err)
	}
	return h.Log.Entries[0].Response.Content.Text
}
