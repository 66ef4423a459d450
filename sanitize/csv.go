package sanitize

import "bytes"

// CSV bodies (text/csv: an admin console's export, a file in an upload):
// the header row names the columns, and each cell is judged as the value
// of its column's name, as a JSON member would be (a Last Name column is
// a person's name, a login_password column a password); what no name
// takes is scanned as text.

// maxCSVColumns bounds the columns read from a header row.
const maxCSVColumns = 256

// csv scans t as CSV; it reports false when t has no header row.
func (x *run) csv(t []byte, ed *edits) bool {
	he, next := lineEnd(t, 0)
	if he > 0 && t[he-1] == '\r' {
		he--
	}
	head := t[:he]
	if len(head) == 0 || len(head) > 16<<10 {
		return false
	}
	sep := byte(',')
	for _, c := range []byte{';', '\t', '|'} {
		if bytes.Count(head, []byte{c}) > bytes.Count(head, []byte{sep}) {
			sep = c
		}
	}
	var cols [][]byte
	csvCells(head, sep, func(s, e int) {
		if len(cols) < maxCSVColumns {
			cols = append(cols, bytes.TrimSpace(head[s:e]))
		}
	})
	if len(cols) < 2 || len(cols) == maxCSVColumns {
		return false
	}
	saved := x.name
	defer func() { x.name = saved }()
	for i := next; i < len(t); {
		le, n := lineEnd(t, i)
		if le > i && t[le-1] == '\r' {
			le--
		}
		k := 0
		csvCells(t[i:le], sep, func(s, e int) {
			s, e = s+i, e+i
			if e > s && k < len(cols) && len(cols[k]) > 0 && !ed.overlaps(s, e) {
				if !x.pair(InJSONKey, cols[k], t, s, e, false, ed) && !x.shapeValue(cols[k], t, s, e, false, ed) {
					x.sub(t, s, e, ed, x.scanString)
				}
			}
			k++
		})
		i = n
	}
	return true
}

// csvCells calls cell with the span of each cell of the line l (a quoted
// cell without its quotes).
func csvCells(l []byte, sep byte, cell func(s, e int)) {
	for i := 0; i <= len(l); {
		if i < len(l) && l[i] == '"' {
			j := i + 1
			for j < len(l) && !(l[j] == '"' && (j+1 == len(l) || l[j+1] != '"')) {
				if l[j] == '"' {
					j++ // a doubled quote
				}
				j++
			}
			cell(i+1, min(j, len(l)))
			i = j + 1
			for i < len(l) && l[i] != sep {
				i++
			}
			i++
			continue
		}
		j := i
		for j < len(l) && l[j] != sep {
			j++
		}
		cell(i, j)
		i = j + 1
	}
}
