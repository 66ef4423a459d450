package sanitize

import (
	"unicode/utf16"
	"unicode/utf8"
)

// UTF-16 bodies: a legacy service (a SOAP endpoint that declares
// encoding="utf-16", a Windows client's JSON) sends text two bytes to the
// character, which every byte-level rule reads past. Such a body is
// transcoded to UTF-8, scanned like any body, and written back in UTF-16
// (its byte order and byte-order mark kept) when something in it was
// redacted.

// utf16Order returns the byte order of t when it is UTF-16 text: its
// byte-order mark, or, without one, NUL bytes in every other place of its
// first characters (ASCII text in UTF-16LE or BE). It returns 0 when t is
// not UTF-16, 'l' or 'b' otherwise, and the length of the mark.
func utf16Order(t []byte) (byte, int) {
	if len(t) < 8 || len(t)%2 != 0 {
		return 0, 0
	}
	switch {
	case t[0] == 0xff && t[1] == 0xfe:
		return 'l', 2
	case t[0] == 0xfe && t[1] == 0xff:
		return 'b', 2
	}
	n := min(len(t), 64)
	le, be := true, true
	for i := 0; i+1 < n; i += 2 {
		if t[i+1] != 0 || t[i] == 0 {
			le = false
		}
		if t[i] != 0 || t[i+1] == 0 {
			be = false
		}
	}
	switch {
	case le:
		return 'l', 0
	case be:
		return 'b', 0
	}
	return 0, 0
}

// utf16Body handles a body that utf16Order calls UTF-16; it reports false
// when t is not such a body.
func (x *run) utf16Body(t []byte, mime string, ed *edits) bool {
	order, bom := utf16Order(t)
	if order == 0 || x.lvl >= maxEmbed {
		return false
	}
	units := make([]uint16, 0, (len(t)-bom)/2)
	for i := bom; i+1 < len(t); i += 2 {
		if order == 'l' {
			units = append(units, uint16(t[i])|uint16(t[i+1])<<8)
		} else {
			units = append(units, uint16(t[i])<<8|uint16(t[i+1]))
		}
	}
	runes := utf16.Decode(units)
	plain := make([]byte, 0, len(runes))
	for _, r := range runes {
		plain = utf8.AppendRune(plain, r)
	}
	out, changed := x.bodyBelow(plain, mime)
	if !changed {
		return true
	}
	enc := append(make([]byte, 0, 2*len(out)+2), t[:bom]...)
	for _, u := range utf16.Encode([]rune(string(out))) {
		if order == 'l' {
			enc = append(enc, byte(u), byte(u>>8))
		} else {
			enc = append(enc, byte(u>>8), byte(u))
		}
	}
	ed.addText(0, len(t), enc) // (NUL bytes: escaped where the body is a JSON string)
	return true
}
