// Package sanitize redacts secrets from HAR (HTTP Archive) documents in one
// streaming pass.
//
// A Sanitizer reads a HAR from an io.Reader and writes the same document to an
// io.Writer with every credential value replaced by a keyed placeholder
// ("safehar-cookie-3aeeee526f2dc6be"). Everything it does not redact is
// copied byte for byte, so unknown and "_"-prefixed fields from any exporter
// survive untouched. Memory stays flat as documents grow: the top of the
// document (the root, log and log.entries) is streamed, and one entry at a
// time is held in memory, bounded by WithMaxString. With WithJobs (by
// default one per core) a few entries per core are in flight at once, and
// the output is the same byte for byte (parallel.go).
//
//	s := sanitize.New(sanitize.DefaultRules(), sanitize.WithKey(key))
//	report, err := s.Sanitize(w, r)
//
// What is redacted is decided by Rules: one table (see DefaultRules and
// table.go) of header, parameter and JSON-key names and of credential
// formats, each with a kind and a reason, which a policy can extend with
// Rules.Extend. Verify runs the same detectors without writing, for a
// support portal that must refuse unsanitized uploads.
//
// The package does no I/O of its own beyond the reader and writer it is given.
package sanitize
