package sanitize

import "encoding/binary"

// MQTT over WebSocket (IoT dashboards, brokers' web consoles): a binary
// frame that is an MQTT CONNECT packet carries the password as a
// length-prefixed field of its payload. The field is redacted and the
// packet's lengths written again, so the frame stays a valid packet.

// mqttVarint reads an MQTT variable byte integer at b[i:].
func mqttVarint(b []byte, i int) (v, n int, ok bool) {
	for n < 4 && i+n < len(b) {
		c := b[i+n]
		v |= int(c&0x7f) << (7 * n)
		n++
		if c&0x80 == 0 {
			return v, n, true
		}
	}
	return 0, 0, false
}

func mqttAppendVarint(out []byte, v int) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v > 0 {
			c |= 0x80
		}
		out = append(out, c)
		if v == 0 {
			return out
		}
	}
}

// mqttConnect redacts the password of the MQTT CONNECT packet b (whole
// frame). It reports whether b is such a packet.
func (x *run) mqttConnect(b []byte, ed *edits) bool {
	if len(b) < 14 || b[0] != 0x10 {
		return false
	}
	rem, vn, ok := mqttVarint(b, 1)
	if !ok || 1+vn+rem != len(b) {
		return false
	}
	i := 1 + vn
	field := func() (int, int, bool) { // a length-prefixed field at b[i:]
		if i+2 > len(b) {
			return 0, 0, false
		}
		l := int(binary.BigEndian.Uint16(b[i:]))
		s := i + 2
		if s+l > len(b) {
			return 0, 0, false
		}
		i = s + l
		return s, s + l, true
	}
	ps, pe, ok := field()
	if !ok || string(b[ps:pe]) != "MQTT" && string(b[ps:pe]) != "MQIsdp" || i+4 > len(b) {
		return false
	}
	level, flags := b[i], b[i+1]
	i += 4 // level, flags, keep alive
	props := func() bool {
		if level < 5 {
			return true
		}
		l, n, ok := mqttVarint(b, i)
		i += n + l
		return ok && i <= len(b)
	}
	if !props() {
		return false
	}
	if _, _, ok := field(); !ok { // client id
		return false
	}
	if flags&0x04 != 0 { // will: properties, topic, payload
		if !props() {
			return false
		}
		if _, _, ok := field(); !ok {
			return false
		}
		if _, _, ok := field(); !ok {
			return false
		}
	}
	if flags&0x80 != 0 {
		if _, _, ok := field(); !ok { // user name
			return false
		}
	}
	if flags&0x40 == 0 {
		return true
	}
	ws, we, ok := field()
	if !ok || we == ws || i != len(b) || ed.overlaps(ws, we) {
		return true
	}
	r := x.lookup(InJSONKey, []byte("password"))
	if r == nil {
		return true
	}
	var sub edits
	x.name = []byte("password")
	x.secret(b, ws, we, r, r.Kind, false, &sub)
	x.name = nil
	if len(sub.list) != 1 {
		return true
	}
	repl := sub.list[0].repl
	if len(repl) > 0xffff {
		return true
	}
	// The new lengths: the field's, and the packet's remaining length.
	var fl [2]byte
	binary.BigEndian.PutUint16(fl[:], uint16(len(repl)))
	ed.add(1, 1+vn, mqttAppendVarint(nil, rem-(we-ws)+len(repl)))
	ed.add(ws-2, ws, fl[:])
	ed.add(ws, we, repl)
	return true
}
