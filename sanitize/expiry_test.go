package sanitize

import (
	"strings"
	"testing"
	"time"
)

func TestPresignedExpiry(t *testing.T) {
	for _, c := range []struct {
		url  string
		want string
	}{
		{"https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20261122%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261122T100000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=0123456789abcdef0123456789abcdef", "2026-11-22T11:00:00Z"},
		{"https://storage.googleapis.com/b/o?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=sa%40p.iam.gserviceaccount.com%2F20261122%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20261122T100000Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=0123456789abcdef0123", "2026-11-22T10:15:00Z"},
		{"https://acct.blob.core.windows.net/c/b.txt?sv=2022-11-02&se=2026-11-23T08%3A30%3A00Z&sr=b&sp=r&sig=c2lnbmF0dXJlMDEyMzQ1Njc4OQ", "2026-11-23T08:30:00Z"},
		{"https://acct.blob.core.windows.net/c/b.txt?sv=2022-11-02&se=2026-11-23&sr=b&sp=r&sig=c2lnbmF0dXJlMDEyMzQ1Njc4OQ", "2026-11-23T00:00:00Z"},
		{"https://d111111abcdef8.cloudfront.net/i.jpg?Expires=1795456800&Signature=abcDEF0123456789abcdef~&Key-Pair-Id=K2JCJMDEHXQW5F", "2026-11-23T18:00:00Z"},
		{"https://api.example.com/x?access_token=abcdef0123456789", ""},
	} {
		s := New(nil, WithKey([]byte("0123456789abcdef0123")))
		doc := `{"log":{"entries":[{"startedDateTime":"2026-11-22T10:00:00Z","request":{"method":"GET","url":"` + c.url + `","headers":[],"queryString":[],"cookies":[]},"response":{"status":200,"headers":[],"cookies":[],"content":{"size":0,"mimeType":"text/plain"}}}]}}`
		rep, err := s.Verify(strings.NewReader(doc))
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Findings) == 0 {
			t.Errorf("%s: nothing found", c.url)
			continue
		}
		for _, f := range rep.Findings {
			got := ""
			if !f.Expires.IsZero() {
				got = f.Expires.Format(time.RFC3339)
			}
			if got != c.want {
				t.Errorf("%s: %s (%s) expires %q, want %q", c.url, f.Name, f.Rule, got, c.want)
			}
		}
	}
}
