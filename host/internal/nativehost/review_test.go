package nativehost

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/safehar/safehar/host/internal/nm"
)

// reviewed sends testHAR with review asked and returns the review reply.
func (b *browser) reviewed() map[string]any {
	b.t.Helper()
	id := b.begin(map[string]any{"review": true})
	seq := b.chunks(id, strings.Replace(testHAR, "Bücher café ok", "for Globex Corporation", 1), 100)
	b.send(map[string]any{"type": "end", "transfer": id, "seq": seq})
	return b.expect("review")
}

// TestReview: a reviewed export waits in its temporary file past the
// ordinary idle timeout, pages its findings, keeps its review on a refused
// term, and saves with the term redacted.
func TestReview(t *testing.T) {
	b := start(t, func(c *Config) { c.IdleTimeout = 100 * time.Millisecond })
	r := b.reviewed()
	id := r["transfer"].(string)
	if r["required"] != false || r["allowExtraTerms"] != true || r["findings"].(float64) < 4 {
		t.Fatalf("review %v", r)
	}
	if _, ok := r["report"].(map[string]any)["findings"]; ok {
		t.Fatal("the review reply carries the findings; they come in pages")
	}
	time.Sleep(300 * time.Millisecond) // past IdleTimeout: a review waits for the user
	b.send(map[string]any{"type": "findings", "transfer": id, "offset": 0})
	page := b.expect("findings")
	if len(page["findings"].([]any)) != int(r["findings"].(float64)) || page["requests"].(map[string]any)["0"].(map[string]any)["method"] != "GET" {
		t.Fatalf("page %v", page)
	}
	b.send(map[string]any{"type": "end", "transfer": id, "seq": 99})
	b.expect("error", nm.CodeDuplicateEnd)
	b.send(map[string]any{"type": "save", "transfer": id, "extraTerms": []string{"Globex"}})
	b.expect("error", nm.CodeTermRefused)
	b.send(map[string]any{"type": "save", "transfer": id, "extraTerms": []string{"Globex Corporation"}})
	d := b.expect("done")
	if d["report"].(map[string]any)["counts"].(map[string]any)["user-term"] != 1.0 {
		t.Fatalf("done %v", d["report"])
	}
	files := b.saved()
	data, _ := os.ReadFile(files[0])
	if len(files) != 1 || strings.Contains(string(data), "Globex Corporation") {
		t.Fatalf("saved %v: %s", files, data)
	}
}

// TestReviewDiscardAndIdle: discard and a review left alone past
// ReviewIdleTimeout leave nothing; a findings before end is refused.
func TestReviewDiscardAndIdle(t *testing.T) {
	b := start(t, func(c *Config) { c.ReviewIdleTimeout = 200 * time.Millisecond })
	id := b.begin(map[string]any{"review": true})
	b.send(map[string]any{"type": "findings", "transfer": id})
	b.expect("error", nm.CodeBadMessage)
	b.send(map[string]any{"type": "cancel", "transfer": id})
	b.expect("cancelled")
	id = b.reviewed()["transfer"].(string)
	b.send(map[string]any{"type": "discard", "transfer": id})
	b.expect("discarded")
	if got := b.saved(); len(got) != 0 {
		t.Fatalf("left %v", got)
	}
	id = b.reviewed()["transfer"].(string)
	e := b.expect("error", nm.CodeIdleTimeout)
	if e["transfer"] != id {
		t.Fatalf("idle_timeout %v", e)
	}
	if entries, _ := os.ReadDir(b.outDir); len(entries) != 0 {
		t.Fatalf("left %v", entries)
	}
}
