package sanitize

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Kind names what sort of secret a value was. Placeholders carry it.
type Kind string

// Report says what a run found or redacted. It never holds a secret value.
type Report struct {
	Tool         string `json:"tool,omitempty"`
	ToolVersion  string `json:"toolVersion,omitempty"`
	RulesVersion string `json:"rulesVersion"`
	ExportID     string `json:"exportId,omitempty"`
	Entries      int    `json:"entries"`
	Redacted     int    `json:"redacted"`
	// Residue counts the findings that are residue (Finding.Residue).
	Residue   int            `json:"residue,omitempty"`
	Counts    map[Kind]int   `json:"counts"`
	Locations map[string]int `json:"locations"`
	// Findings lists each value found, in document order. Sanitize fills it
	// too; callers that only want counts may ignore it.
	Findings []Finding `json:"findings,omitempty"`
	// FindingsDropped counts findings left out of Findings (past 100,000);
	// they are in the counts.
	FindingsDropped int `json:"findingsDropped,omitempty"`
	// Sanitized is true when the input already carried the safehar marker.
	Sanitized bool `json:"alreadySanitized,omitempty"`
	// BytesIn and BytesOut count the document's bytes.
	BytesIn  int64 `json:"bytesIn"`
	BytesOut int64 `json:"bytesOut,omitempty"`

	known  knownSet // the secrets found, for the echo pass (echo.go)
	marker markerAt // where the marker was written
	// entryAt is the output offset of each entry (the first maxEntryAt),
	// entriesEnd that of the entries' end: the echo pass names entries.
	entryAt    []int64
	entriesEnd int64
	// cuts are output offsets between values, about echoSegment apart:
	// the echo pass works on the pieces between them (segments.go).
	cuts []int64
}

// Secrets is how many values were found by name or format, not counting
// residue (values found by their shape alone).
func (r *Report) Secrets() int { return r.Redacted - r.Residue }

// Clean reports whether nothing was found.
func (r *Report) Clean() bool { return r.Redacted == 0 }

// Finding is one secret value: where it was and what kind, never the value.
type Finding struct {
	// Entry is the index in log.entries, or -1 outside the entries.
	Entry int `json:"entry"`
	// Path is the JSON pointer of the string that held the value, with a
	// suffix naming the part inside it when the value was embedded, e.g.
	// "/log/entries/3/request/headers/2/value".
	Path string `json:"path"`
	Kind Kind   `json:"kind"`
	// Rule is the id of the rule that matched (see Rules).
	Rule string `json:"rule"`
	// Name is the header, cookie, parameter or JSON key name when there was one.
	Name string `json:"name,omitempty"`
	// Host is the host of the entry's request URL.
	Host string `json:"host,omitempty"`
	// Time is the entry's startedDateTime as written in the file.
	Time string `json:"time,omitempty"`
	// Expires is when the credential says it expires (JWT exp, cookie
	// Expires/Max-Age, X-Amz-Expires, SAS se=); zero when unknown.
	Expires time.Time `json:"expires,omitzero"`
	// Fingerprint is a short keyed hash of the value: equal values on the
	// same key give equal fingerprints; it cannot be turned back into the value.
	Fingerprint string `json:"fingerprint"`
	// Residue marks a value found by its shape alone (rule shape.*), in
	// a place nothing names: suspicious rather than certain. Sanitize
	// redacts it like any finding; verify counts it only when strict.
	Residue bool `json:"residue,omitempty"`
}

func (r *Report) add(f Finding) {
	r.Redacted++
	if f.Residue {
		r.Residue++
	}
	if r.Counts == nil {
		r.Counts = map[Kind]int{}
	}
	r.Counts[f.Kind]++
	if r.Locations == nil {
		r.Locations = map[string]int{}
	}
	r.Locations[location(f.Path)]++
	r.Findings = append(r.Findings, f)
}

// location names where in an entry a value was, for the report's totals:
// "/log/entries/3/request/headers/2/value" → "request.headers".
func location(path string) string {
	parts := splitPointer(path)
	if len(parts) >= 3 && parts[0] == "log" && parts[1] == "entries" {
		parts = parts[3:]
	} else if len(parts) >= 1 && parts[0] == "log" {
		parts = parts[1:]
	}
	out := ""
	for _, p := range parts {
		if p == "" || (p[0] >= '0' && p[0] <= '9') || p == "value" || p == "text" {
			break
		}
		if out != "" {
			out += "."
		}
		out += p
		if len(out) > 40 {
			break
		}
	}
	if out == "" {
		return "other"
	}
	return out
}

func splitPointer(p string) []string {
	var parts []string
	start := 1
	for i := 1; i <= len(p); i++ {
		if i == len(p) || p[i] == '/' {
			if start <= i {
				parts = append(parts, p[start:i])
			}
			start = i + 1
		}
	}
	return parts
}

// FormatCounts renders counts per kind for people, most frequent first:
// "2 cookies, 1 authorization, 1 token".
func FormatCounts(counts map[Kind]int) string {
	kinds := make([]Kind, 0, len(counts))
	for k := range counts {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool {
		if counts[kinds[i]] != counts[kinds[j]] {
			return counts[kinds[i]] > counts[kinds[j]]
		}
		return kinds[i] < kinds[j]
	})
	parts := make([]string, len(kinds))
	for i, k := range kinds {
		parts[i] = fmt.Sprintf("%d %s", counts[k], Plural(string(k), counts[k]))
	}
	return strings.Join(parts, ", ")
}

// Plural is w for one, w+"s" otherwise.
func Plural(w string, n int) string {
	if n == 1 {
		return w
	}
	return w + "s"
}
