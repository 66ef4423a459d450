// Package sanitize redacts secrets from HAR (HTTP Archive) documents in one
// streaming pass.
//
// A Sanitizer reads a HAR from an io.Reader and writes the same document to an
// io.Writer with every credential value replaced by a keyed placeholder.
// Everything it does not redact is copied byte for byte, so unknown and
// "_"-prefixed fields from any exporter survive untouched. Memory stays flat
// as documents grow: only one JSON string (bounded by Options.MaxString) and
// the small objects whose meaning depends on their siblings (a header's name
// and value, a body's mimeType and text) are held at a time.
//
//	s := sanitize.New(sanitize.DefaultRules(), sanitize.Options{Key: key})
//	report, err := s.Sanitize(w, r)
//
// The package does no I/O of its own beyond the reader and writer it is given.
package sanitize
