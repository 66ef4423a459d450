package sanitize

import "bytes"

// NDJSON, JSON Lines and JSON text sequences (application/x-ndjson,
// application/jsonl, application/json-seq): one JSON document a line
// (json-seq puts a record separator, 0x1E, before each). Each line is
// scanned as a string of its own: as JSON when it is, else as text.
func (x *run) ndjson(t []byte, ed *edits) {
	for i := 0; i < len(t); {
		j, next := lineEnd(t, i)
		s, e := i, j
		for s < e && (t[s] == 0x1e || isSpace(t[s])) {
			s++
		}
		for e > s && isSpace(t[e-1]) {
			e--
		}
		if e > s {
			x.sub(t, s, e, ed, x.scanString)
		}
		i = next
	}
}

// lineEnd returns the end of the line starting at t[i] (its '\n', or
// len(t)) and where the next line starts.
func lineEnd(t []byte, i int) (end, next int) {
	j := bytes.IndexByte(t[i:], '\n')
	if j < 0 {
		return len(t), len(t)
	}
	return i + j, i + j + 1
}
