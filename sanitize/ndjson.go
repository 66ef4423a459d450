package sanitize

import "bytes"

// NDJSON, JSON Lines and JSON text sequences (application/x-ndjson,
// application/jsonl, application/json-seq): one JSON document a line
// (json-seq puts a record separator, 0x1E, before each; SignalR's JSON
// protocol one after each). Each record is scanned as a string of its own:
// as JSON when it is, else as text.
func (x *run) ndjson(t []byte, ed *edits) {
	for i := 0; i < len(t); {
		j, next := recordEnd(t, i)
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

// recordEnd returns the end of the record starting at t[i] (its '\n' or
// record separator, or len(t)) and where the next record starts.
func recordEnd(t []byte, i int) (end, next int) {
	j := bytes.IndexByte(t[i:], '\n')
	if k := bytes.IndexByte(t[i:], 0x1e); k >= 0 && (j < 0 || k < j) {
		j = k
	}
	if j < 0 {
		return len(t), len(t)
	}
	return i + j, i + j + 1
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
