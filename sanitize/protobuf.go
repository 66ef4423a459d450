package sanitize

import (
	"bytes"
	"encoding/binary"
	"strings"
)

// Protocol Buffers messages (the wire format of gRPC, gRPC-Web and many
// binary websocket frames). A message has field numbers, not names, so its
// strings are judged as values of their own (the text scanners and the
// shape rule), and a pair spelled as data is read by position: a string
// field that names a secret (a setting's, a widget's or a secret's name,
// "PG_REPLICATION_PASSWORD") followed by a string or bytes field in the
// same message makes that field the secret. Redactions change lengths, so
// the message is rebuilt with its length prefixes (and the frames of
// gRPC-Web with theirs) written anew: the output still parses.

// maxProtoDepth bounds the nesting of messages walked.
const maxProtoDepth = 16

// protoField is one field of a message: its number, wire type, and where
// it is (the key at ks; for a length-delimited field its payload at
// ps:pe).
type protoField struct {
	num      uint64
	wire     byte
	ks       int
	ps, pe   int
	nested   bool // the payload parses as a message (and is not text)
	children []protoField
}

// protoParse parses b[s:e] as one message, whole; nested messages are
// recognised down to depth. It reports false for anything else.
func protoParse(b []byte, s, e, depth int) ([]protoField, bool) {
	var fields []protoField
	i := s
	for i < e {
		key, n := binary.Uvarint(b[i:e])
		if n <= 0 || key>>3 == 0 || key>>3 > 1<<29 {
			return nil, false
		}
		f := protoField{num: key >> 3, wire: byte(key & 7), ks: i}
		i += n
		switch f.wire {
		case 0:
			_, n := binary.Uvarint(b[i:e])
			if n <= 0 {
				return nil, false
			}
			i += n
		case 1:
			i += 8
		case 5:
			i += 4
		case 2:
			l, n := binary.Uvarint(b[i:e])
			if n <= 0 || l > uint64(e-i-n) {
				return nil, false
			}
			f.ps, f.pe = i+n, i+n+int(l)
			i = f.pe
			if depth > 0 && f.pe > f.ps && !printable(b[f.ps:f.pe], false) {
				if ch, ok := protoParse(b, f.ps, f.pe, depth-1); ok {
					f.nested, f.children = true, ch
				}
			}
		default:
			return nil, false
		}
		if i > e {
			return nil, false
		}
		fields = append(fields, f)
	}
	return fields, len(fields) > 0
}

// protoPairs redacts, in the message fields of b, each string or bytes
// field that follows a string field naming a secret.
func (x *run) protoPairs(b []byte, fields []protoField, ed *edits) {
	var named *Rule
	var name []byte
	for _, f := range fields {
		if f.wire != 2 {
			named = nil
			continue
		}
		if f.nested {
			x.protoPairs(b, f.children, ed)
			named = nil
			continue
		}
		v := b[f.ps:f.pe]
		if named != nil && len(v) > 0 && !ed.overlaps(f.ps, f.pe) && x.accepts(named, v) {
			saved := x.name
			x.name = name
			x.secret(b, f.ps, f.pe, named, named.Kind, false, ed)
			x.name = saved
			named = nil
			continue
		}
		named, name = nil, nil
		if len(v) >= 3 && len(v) <= 96 && printable(v, false) && bytes.IndexByte(v, ' ') < 0 {
			if r := x.protoName(v); r != nil {
				named, name = r, v
			}
		}
	}
}

// protoName is the rule a string field's text names as a setting's or
// widget's name: the whole, or its last part after a '-' or '/'
// (Streamlit's widget ids, $$ID-<hash>-warehouse_password).
func (x *run) protoName(v []byte) *Rule {
	if r := x.nameRule(v); r != nil {
		return r
	}
	if k := bytes.LastIndexAny(v, "-/"); k > 0 && len(v)-k > 3 {
		return x.nameRule(v[k+1:])
	}
	return nil
}

// protoRebuild applies the edits list (sorted, absolute offsets) to the
// message fields (of b[s:e]) and writes every length prefix anew. It
// reports false when an edit does not fall inside one field's payload.
func protoRebuild(b []byte, s, e int, fields []protoField, list []edit) ([]byte, bool) {
	out := make([]byte, 0, e-s+64)
	k, pos := 0, s
	for _, f := range fields {
		if f.wire != 2 {
			continue // copied with what comes before the next length-delimited field
		}
		if k < len(list) && list[k].start < f.ps {
			return nil, false // an edit in a key, a length prefix or a number
		}
		j := k
		for j < len(list) && list[j].start < f.pe {
			if list[j].end > f.pe {
				return nil, false
			}
			j++
		}
		sub := list[k:j]
		k = j
		payload := b[f.ps:f.pe]
		switch {
		case len(sub) > 0 && f.nested:
			p, ok := protoRebuild(b, f.ps, f.pe, f.children, sub)
			if !ok {
				return nil, false
			}
			payload = p
		case len(sub) > 0:
			payload = apply(b[f.ps:f.pe], shift(sub, -f.ps))
		}
		out = append(out, b[pos:f.ks]...)
		key, _ := binary.Uvarint(b[f.ks:f.ps])
		out = binary.AppendUvarint(out, key)
		out = binary.AppendUvarint(out, uint64(len(payload)))
		out = append(out, payload...)
		pos = f.pe
	}
	if k < len(list) {
		return nil, false
	}
	return append(out, b[pos:e]...), true
}

// shift moves the edits by d bytes.
func shift(list []edit, d int) []edit {
	out := make([]edit, len(list))
	for i, e := range list {
		e.start += d
		e.end += d
		out[i] = e
	}
	return out
}

// protobuf scans a message (the whole of b): its text as binary text, its
// strings by their shape, its pairs by position. It returns b with the
// redactions and the length prefixes rewritten, or nil when nothing was
// redacted.
func (x *run) protobuf(b []byte, fields []protoField) []byte {
	var sub edits
	x.binaryScan(b, &sub)
	x.protoPairs(b, fields, &sub)
	if len(sub.list) == 0 {
		return nil
	}
	sub.normalize()
	if out, ok := protoRebuild(b, 0, len(b), fields, sub.list); ok {
		return out
	}
	return apply(b, sub.list) // an edit across fields: the secret goes, the framing with it
}

// grpcWebFrames scans the gRPC-Web frames of b (a flag byte, a 4-byte
// length, the payload: a message, or the trailers as header text), each
// message as protobuf, and returns b rebuilt with its frames' lengths, or
// nil when nothing was redacted. It reports false when b is not frames.
func (x *run) grpcWebFrames(b []byte) ([]byte, bool) {
	type frame struct{ s, e int }
	var frames []frame
	for i := 0; i < len(b); {
		if i+5 > len(b) {
			return nil, false
		}
		n := int(binary.BigEndian.Uint32(b[i+1 : i+5]))
		if n > len(b)-i-5 {
			return nil, false
		}
		frames = append(frames, frame{i + 5, i + 5 + n})
		i += 5 + n
	}
	if len(frames) == 0 {
		return nil, false
	}
	var out []byte
	changed := false
	for _, f := range frames {
		flag := b[f.s-5]
		p := b[f.s:f.e]
		var np []byte
		if flag&0x81 == 0 {
			if fields, ok := protoParse(p, 0, len(p), maxProtoDepth); ok {
				np = x.protobuf(p, fields)
			} else {
				np = x.binaryText(p)
			}
		} else if flag&1 == 0 {
			np = x.binaryText(p) // the trailers (grpc-status, grpc-message)
		}
		if np != nil {
			changed = true
		} else {
			np = p
		}
		out = append(out, flag)
		out = binary.BigEndian.AppendUint32(out, uint32(len(np)))
		out = append(out, np...)
	}
	if !changed {
		return nil, true
	}
	return out, true
}

// binaryScan scans b as binary text: credential formats, and its strings
// by their shape as in free text (a message names no field).
func (x *run) binaryScan(b []byte, ed *edits) {
	x.scanText(b, ed, true)
	if x.rules.shape != nil {
		x.proseTokens(b, ed)
	}
}

// binaryText scans b as binary text and returns it redacted, or nil.
func (x *run) binaryText(b []byte) []byte {
	var sub edits
	x.binaryScan(b, &sub)
	if len(sub.list) == 0 {
		return nil
	}
	sub.normalize()
	return apply(b, sub.list)
}

// protobufBytes scans dec, a binary body or frame, when it is gRPC frames
// (a grpc mime type) or one Protocol Buffers message, and returns it
// rebuilt (nil when nothing was redacted). It reports false when dec is
// neither.
func (x *run) protobufBytes(dec []byte, mime string) ([]byte, bool) {
	if strings.HasPrefix(strings.ToLower(mime), "application/grpc") {
		if out, ok := x.grpcWebFrames(dec); ok {
			return out, true
		}
	}
	if len(dec) < 2 || printable(dec, false) {
		return nil, false
	}
	fields, ok := protoParse(dec, 0, len(dec), maxProtoDepth)
	if !ok {
		return nil, false
	}
	return x.protobuf(dec, fields), true
}
