package sanitize

import "bytes"

// Values known by how they start, looked at only there (no prefilter
// trigger, no cost elsewhere): a vCard or an iCalendar (header lines, in
// CardDAV's address-data or a JSON field), an eSIM activation code
// (LPA:1$<SM-DP+>$<matching id>) and OpenWrt UCI configuration text
// (config wifi-iface …, option key '…').

// valueStart handles the value t when what starts at t[i] (after
// whitespace) says what it is; it reports whether it did.
func (x *run) valueStart(t []byte, i int, ed *edits) bool {
	switch t[i] {
	case 'B':
		if propertyLines(t[i:]) {
			x.sub(t, i, len(t), ed, x.headerLines)
			return true
		}
	case 'L':
		if r := x.rules.lpa; r != nil && hasPrefixAt(t, i, "LPA:1$") {
			return x.lpaCode(t, i, r, ed)
		}
	case 'c', 'p':
		if r := x.rules.uci; r != nil && (hasPrefixAt(t, i, "config ") || hasPrefixAt(t, i, "package ")) {
			x.uciConfig(t, i, r, ed)
			return true
		}
	}
	return false
}

// lpaCode redacts the matching id of the activation code at t[i:]
// (LPA:1$<SM-DP+ address>$<matching id>[$<OID>$<confirmation flag>]).
func (x *run) lpaCode(t []byte, i int, r *Rule, ed *edits) bool {
	s := i + len("LPA:1$")
	d := bytes.IndexByte(t[s:], '$')
	if d <= 0 {
		return false
	}
	ms := s + d + 1
	me := ms
	for me < len(t) && (isWordByte(t[me]) || t[me] == '-') {
		me++
	}
	if me-ms < 8 || ed.overlaps(ms, me) {
		return false
	}
	x.secret(t, ms, me, r, r.Kind, false, ed)
	return true
}

// uciConfig judges the option and list lines of UCI configuration text
// t[i:]: option <name> <value>, the value quoted '…' or "…" or bare; the
// name by the word classifier. Other lines are scanned as text.
func (x *run) uciConfig(t []byte, i int, r *Rule, ed *edits) {
	for i < len(t) {
		j, next := lineEnd(t, i)
		line := bytes.TrimLeft(t[i:j], " \t")
		ls := j - len(line)
		kw := 0
		switch {
		case bytes.HasPrefix(line, []byte("option ")):
			kw = len("option ")
		case bytes.HasPrefix(line, []byte("list ")):
			kw = len("list ")
		}
		if kw == 0 {
			if j > i {
				x.sub(t, i, j, ed, x.uciText) // (not scanString: a config line would start the same again)
			}
			i = next
			continue
		}
		ns := ls + kw
		ne := ns
		for ne < j && t[ne] != ' ' && t[ne] != '\t' {
			ne++
		}
		vs := ne
		for vs < j && (t[vs] == ' ' || t[vs] == '\t') {
			vs++
		}
		ve := j
		for ve > vs && (t[ve-1] == ' ' || t[ve-1] == '\t' || t[ve-1] == '\r') {
			ve--
		}
		if ve-vs >= 2 && (t[vs] == '\'' || t[vs] == '"') && t[ve-1] == t[vs] {
			vs, ve = vs+1, ve-1
		}
		if vs < ve && ne > ns && !x.pair(InParam, t[ns:ne], t, vs, ve, false, ed) {
			x.sub(t, vs, ve, ed, x.uciText)
		}
		i = next
	}
}

// uciText scans a line or a value of UCI text as text.
func (x *run) uciText(t []byte, ed *edits) { x.scanText(t, ed, false) }
