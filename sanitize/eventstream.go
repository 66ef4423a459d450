package sanitize

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
		j, next := lineEnd(t, i)
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
	// orig maps an offset of the join to the original: the end of a line
	// (where its join "\n" is) is where the separator to the next line
	// ("\r\ndata: ") starts. An edit that crosses a join so covers the
	// separators in between, and its replacement (a placeholder, never a
	// line break) joins those data: lines into one: the event's data is
	// still the redacted join.
	k := 0
	orig := func(p int) int {
		for k+1 < len(off) && off[k+1] <= p {
			k++
		}
		return data[k].s + p - off[k]
	}
	for _, d := range sub.list { // sorted: orig only moves forward
		s := orig(d.start)
		ed.add(s, orig(d.end), d.repl)
	}
}
