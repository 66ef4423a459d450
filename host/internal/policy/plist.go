package policy

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf16"
)

// parsePlistPolicy reads a managed-preferences plist (XML or binary) and
// validates its keys. Keys that configuration profiles add (Payload…,
// PayloadContent, mcx_…) are skipped.
func parsePlistPolicy(data []byte, env Env) (Policy, []error) {
	if len(data) > MaxPolicySize {
		return Policy{}, []error{ferr("", "the policy is %d bytes, above the %d-byte limit", len(data), MaxPolicySize)}
	}
	v, err := ParsePlist(data)
	if err != nil {
		return Policy{}, []error{ferr("", "is not a valid property list: %v", err)}
	}
	m, ok := v.(map[string]any)
	if !ok {
		return Policy{}, []error{ferr("", "the property list must hold a dictionary, not %s", typeName(v))}
	}
	for k := range m {
		if strings.HasPrefix(k, "Payload") || strings.HasPrefix(k, "mcx_") {
			delete(m, k)
		}
	}
	return FromMap(m, env)
}

// ParsePlist parses an XML or binary ("bplist00") property list into
// map[string]any, []any, string, bool, json.Number (integers and reals),
// []byte (data) and string (dates, as written).
func ParsePlist(data []byte) (any, error) {
	if bytes.HasPrefix(data, []byte("bplist00")) {
		return parseBinaryPlist(data)
	}
	return parseXMLPlist(data)
}

// --- XML ---------------------------------------------------------------

func parseXMLPlist(data []byte) (any, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	for {
		tok, err := d.Token()
		if err != nil {
			if err == io.EOF {
				return nil, errors.New("no <plist> element")
			}
			return nil, err
		}
		if se, ok := tok.(xml.StartElement); ok {
			if se.Name.Local != "plist" {
				return nil, fmt.Errorf("the root element is <%s>, not <plist>", se.Name.Local)
			}
			v, end, err := xmlValue(d, 0)
			if err != nil {
				return nil, err
			}
			if end {
				return nil, errors.New("<plist> is empty")
			}
			if _, end, err := xmlValue(d, 0); err != nil || !end {
				return nil, errors.New("<plist> must hold exactly one value")
			}
			for {
				tok, err := d.Token()
				if err == io.EOF {
					return v, nil
				}
				if err != nil {
					return nil, err
				}
				switch t := tok.(type) {
				case xml.CharData:
					if len(bytes.TrimSpace(t)) > 0 {
						return nil, errors.New("text after </plist>")
					}
				case xml.StartElement:
					return nil, errors.New("an element after </plist>")
				}
			}
		}
	}
}

// xmlValue reads the next value element; end is true when the enclosing
// element ends instead.
func xmlValue(d *xml.Decoder, depth int) (v any, end bool, err error) {
	if depth > 64 {
		return nil, false, errors.New("nested more than 64 levels deep")
	}
	for {
		tok, err := d.Token()
		if err != nil {
			return nil, false, err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return nil, true, nil
		case xml.CharData:
			if len(bytes.TrimSpace(t)) > 0 {
				return nil, false, fmt.Errorf("unexpected text %q", bytes.TrimSpace(t))
			}
		case xml.StartElement:
			return xmlElement(d, t, depth)
		}
	}
}

func xmlElement(d *xml.Decoder, se xml.StartElement, depth int) (any, bool, error) {
	switch se.Name.Local {
	case "dict":
		m := map[string]any{}
		for {
			k, end, err := xmlValue(d, depth+1)
			if err != nil {
				return nil, false, err
			}
			if end {
				return m, false, nil
			}
			key, ok := k.(plistKey)
			if !ok {
				return nil, false, errors.New("a <dict> entry does not start with <key>")
			}
			v, end, err := xmlValue(d, depth+1)
			if err != nil {
				return nil, false, err
			}
			if end {
				return nil, false, fmt.Errorf("the key %q has no value", key)
			}
			if _, ok := v.(plistKey); ok {
				return nil, false, fmt.Errorf("the key %q is followed by another <key>", key)
			}
			if _, dup := m[string(key)]; dup {
				return nil, false, fmt.Errorf("the key %q appears twice", key)
			}
			m[string(key)] = v
		}
	case "array":
		a := []any{}
		for {
			v, end, err := xmlValue(d, depth+1)
			if err != nil {
				return nil, false, err
			}
			if end {
				return a, false, nil
			}
			if _, ok := v.(plistKey); ok {
				return nil, false, errors.New("<key> inside an <array>")
			}
			a = append(a, v)
		}
	case "true", "false":
		if err := d.Skip(); err != nil {
			return nil, false, err
		}
		return se.Name.Local == "true", false, nil
	case "key", "string", "integer", "real", "date", "data":
		var s string
		if err := d.DecodeElement(&s, &se); err != nil {
			return nil, false, err
		}
		switch se.Name.Local {
		case "key":
			return plistKey(s), false, nil
		case "integer":
			if _, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64); err != nil {
				return nil, false, fmt.Errorf("<integer>%s</integer> is not a whole number", s)
			}
			return json.Number(strings.TrimSpace(s)), false, nil
		case "real":
			if _, err := strconv.ParseFloat(strings.TrimSpace(s), 64); err != nil {
				return nil, false, fmt.Errorf("<real>%s</real> is not a number", s)
			}
			return json.Number(strings.TrimSpace(s)), false, nil
		case "data":
			return []byte(s), false, nil
		}
		return s, false, nil
	}
	return nil, false, fmt.Errorf("<%s> is not a property-list element", se.Name.Local)
}

type plistKey string

// --- binary ------------------------------------------------------------

type bplist struct {
	data     []byte
	offsets  []uint64
	refSize  int
	visiting map[uint64]bool
}

func parseBinaryPlist(data []byte) (any, error) {
	if len(data) < 8+32 {
		return nil, errors.New("a binary property list is too short")
	}
	tr := data[len(data)-32:]
	offSize, refSize := int(tr[6]), int(tr[7])
	n := binary.BigEndian.Uint64(tr[8:])
	top := binary.BigEndian.Uint64(tr[16:])
	tableAt := binary.BigEndian.Uint64(tr[24:])
	if offSize < 1 || offSize > 8 || refSize < 1 || refSize > 8 || n == 0 || n > uint64(len(data)) ||
		top >= n || tableAt < 8 || tableAt > uint64(len(data)-32) || (uint64(len(data)-32)-tableAt)/uint64(offSize) < n {
		return nil, errors.New("the binary property list's trailer is damaged")
	}
	b := &bplist{data: data, refSize: refSize, visiting: map[uint64]bool{}}
	for i := uint64(0); i < n; i++ {
		at := tableAt + i*uint64(offSize)
		off := readUint(data[at : at+uint64(offSize)])
		if off < 8 || off >= tableAt {
			return nil, errors.New("the binary property list's offset table is damaged")
		}
		b.offsets = append(b.offsets, off)
	}
	return b.object(top, 0)
}

func readUint(b []byte) uint64 {
	var v uint64
	for _, c := range b {
		v = v<<8 | uint64(c)
	}
	return v
}

var errBplist = errors.New("the binary property list is damaged")

func (b *bplist) object(ref uint64, depth int) (any, error) {
	if ref >= uint64(len(b.offsets)) || depth > 64 || b.visiting[ref] {
		return nil, errBplist
	}
	b.visiting[ref] = true
	defer delete(b.visiting, ref)
	off := b.offsets[ref]
	marker := b.data[off]
	hi, lo := marker>>4, int(marker&0x0f)
	pos := off + 1
	switch hi {
	case 0x0:
		switch marker {
		case 0x08:
			return false, nil
		case 0x09:
			return true, nil
		}
		return nil, fmt.Errorf("unsupported binary plist marker 0x%02x", marker)
	case 0x1: // integer, 2^lo bytes
		size := uint64(1) << lo
		if lo > 3 || pos+size > uint64(len(b.data)) {
			return nil, errBplist
		}
		v := readUint(b.data[pos : pos+size])
		if size == 8 {
			return json.Number(strconv.FormatInt(int64(v), 10)), nil
		}
		return json.Number(strconv.FormatUint(v, 10)), nil
	case 0x2: // real
		size := uint64(1) << lo
		if pos+size > uint64(len(b.data)) || (size != 4 && size != 8) {
			return nil, errBplist
		}
		var f float64
		if size == 4 {
			f = float64(math.Float32frombits(uint32(readUint(b.data[pos : pos+4]))))
		} else {
			f = math.Float64frombits(readUint(b.data[pos : pos+8]))
		}
		return json.Number(strconv.FormatFloat(f, 'g', -1, 64)), nil
	case 0x3: // date
		return "date", nil
	}
	count, pos, err := b.count(lo, pos)
	if err != nil {
		return nil, err
	}
	switch hi {
	case 0x4: // data
		if pos+count > uint64(len(b.data)) {
			return nil, errBplist
		}
		return append([]byte(nil), b.data[pos:pos+count]...), nil
	case 0x5: // ASCII string
		if pos+count > uint64(len(b.data)) {
			return nil, errBplist
		}
		return string(b.data[pos : pos+count]), nil
	case 0x6: // UTF-16BE string
		if pos+2*count > uint64(len(b.data)) {
			return nil, errBplist
		}
		u := make([]uint16, count)
		for i := range u {
			u[i] = binary.BigEndian.Uint16(b.data[pos+2*uint64(i):])
		}
		return string(utf16.Decode(u)), nil
	case 0xA: // array
		refs, err := b.refs(pos, count)
		if err != nil {
			return nil, err
		}
		a := make([]any, 0, len(refs))
		for _, r := range refs {
			v, err := b.object(r, depth+1)
			if err != nil {
				return nil, err
			}
			a = append(a, v)
		}
		return a, nil
	case 0xD: // dict: count key refs, then count value refs
		refs, err := b.refs(pos, 2*count)
		if err != nil {
			return nil, err
		}
		m := map[string]any{}
		for i := uint64(0); i < count; i++ {
			k, err := b.object(refs[i], depth+1)
			if err != nil {
				return nil, err
			}
			ks, ok := k.(string)
			if !ok {
				return nil, errors.New("a binary plist dictionary key is not a string")
			}
			v, err := b.object(refs[count+i], depth+1)
			if err != nil {
				return nil, err
			}
			if _, dup := m[ks]; dup {
				return nil, fmt.Errorf("the key %q appears twice", ks)
			}
			m[ks] = v
		}
		return m, nil
	}
	return nil, fmt.Errorf("unsupported binary plist marker 0x%02x", marker)
}

// count reads an object's length: lo, or an integer object after it.
func (b *bplist) count(lo int, pos uint64) (uint64, uint64, error) {
	if lo != 0xf {
		return uint64(lo), pos, nil
	}
	if pos >= uint64(len(b.data)) || b.data[pos]>>4 != 0x1 {
		return 0, 0, errBplist
	}
	size := uint64(1) << (b.data[pos] & 0xf)
	if size > 8 || pos+1+size > uint64(len(b.data)) {
		return 0, 0, errBplist
	}
	n := readUint(b.data[pos+1 : pos+1+size])
	if n > uint64(len(b.data)) {
		return 0, 0, errBplist
	}
	return n, pos + 1 + size, nil
}

func (b *bplist) refs(pos, n uint64) ([]uint64, error) {
	size := uint64(b.refSize)
	if n > uint64(len(b.data)) || pos+n*size > uint64(len(b.data)) {
		return nil, errBplist
	}
	out := make([]uint64, n)
	for i := range out {
		at := pos + uint64(i)*size
		out[i] = readUint(b.data[at : at+size])
	}
	return out, nil
}
