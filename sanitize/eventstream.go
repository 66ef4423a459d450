package sanitize

import "bytes"

// Server-sent events (text/event-stream): events are separated by blank
// lines; the data: lines of one event, joined by "\n", are its data, often
// JSON (LLM and realtime APIs stream tokens so). The data is scanned as a
// string; id:, event: and retry: fields stay; comments and unknown lines
// are scanned as text.

// sseData is the payload t[s:e] of one data: line.
type sseData struct{ s, e int }

// eventStream scans the event stream t.
func (x *run) eventStream(t []byte, ed *edits) {
	var data []sseData
	for i := 0; i < len(t); {
		j := bytes.IndexByte(t[i:], '\n')
		next := len(t)
		if j >= 0 {
			j += i
			next = j + 1
		} else {
			j = len(t)
		}
		le := j
		if le > i && t[le-1] == '\r' {
			le--
		}
		line := t[i:le]
		switch {
		case len(line) == 0:
			x.sseEvent(t, data, ed) // a blank line ends the event
			data = data[:0]
		case hasPrefixAt(line, 0, "data:"):
			s := i + len("data:")
			if s < le && t[s] == ' ' {
				s++
			}
			data = append(data, sseData{s, le})
		case string(line) == "data":
			data = append(data, sseData{le, le})
		case hasPrefixAt(line, 0, "id:"), hasPrefixAt(line, 0, "event:"), hasPrefixAt(line, 0, "retry:"):
			// Fields that stay.
		default:
			x.sub(t, i, le, ed, x.scanString)
		}
		i = next
	}
	x.sseEvent(t, data, ed) // the last event may lack its blank line
}

// sseEvent scans the data of one event, given by its data: lines.
func (x *run) sseEvent(t []byte, data []sseData, ed *edits) {
	switch len(data) {
	case 0:
		return
	case 1:
		if d := data[0]; d.e > d.s {
			x.sub(t, d.s, d.e, ed, x.scanString)
		}
		return
	}
	// Several lines: scan their join, and map its edits back to each line.
	// join[k] starts at off[k] in the join; the "\n" before it is no byte
	// of the original.
	n := len(data) - 1
	for _, d := range data {
		n += d.e - d.s
	}
	join := make([]byte, 0, n)
	off := make([]int, len(data))
	for k, d := range data {
		if k > 0 {
			join = append(join, '\n')
		}
		off[k] = len(join)
		join = append(join, t[d.s:d.e]...)
	}
	var sub edits
	x.scanString(join, &sub)
	if len(sub.list) == 0 {
		return
	}
	sub.normalize()
	// line returns the line holding join[p] (a join "\n" belongs to the
	// line after it, so an edit that ends just before one stays in its line).
	line := func(p int) int {
		k := len(off) - 1
		for k > 0 && off[k]-1 > p {
			k--
		}
		return k
	}
	crosses := false
	for _, d := range sub.list {
		if d.end > d.start && line(d.start) != line(d.end-1) || d.start > 0 && off[line(d.start)] > d.start {
			crosses = true
			break
		}
	}
	if !crosses {
		for _, d := range sub.list {
			k := line(d.start)
			base := data[k].s - off[k]
			ed.add(base+d.start, base+d.end, d.repl)
		}
		return
	}
	// An edit crosses a line join: the event's whole data is replaced by
	// its redacted join, written back on data: lines with the original
	// separators where the joins survive (the joins inside an edit are
	// gone).
	var out []byte
	pos, li := 0, 0
	for _, d := range sub.list {
		out, li = x.sseCopy(out, t, join, data, off, pos, d.start, li)
		out = append(out, d.repl...)
		pos = d.end
		for li+1 < len(off) && off[li+1]-1 < pos {
			li++
		}
	}
	out, _ = x.sseCopy(out, t, join, data, off, pos, len(join), li)
	ed.add(data[0].s, data[len(data)-1].e, out)
}

// sseCopy appends join[a:b] to out, writing each join "\n" in it as the
// original separator between the two lines ("\r\ndata: "). li is the line
// holding join[a]; it returns the line holding join[b].
func (x *run) sseCopy(out, t, join []byte, data []sseData, off []int, a, b, li int) ([]byte, int) {
	for a < b {
		if li+1 < len(off) && off[li+1]-1 < b {
			nl := off[li+1] - 1
			out = append(out, join[a:nl]...)
			sep := t[data[li].e:data[li+1].s]
			if bytes.Count(sep, []byte{'\n'}) > 1 {
				// Other lines between the two (a comment, an id): this
				// edit replaces the edits found in them, so scan them again.
				var sub edits
				x.scanString(sep, &sub)
				sub.normalize()
				sep = apply(sep, sub.list)
			}
			out = append(out, sep...)
			a = nl + 1
			li++
			continue
		}
		out = append(out, join[a:b]...)
		a = b
	}
	return out, li
}
