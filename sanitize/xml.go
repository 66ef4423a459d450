package sanitize

import "bytes"

// XML bodies (SOAP, WS-Security, SAML, RSS, configuration files) are read
// by a small tokenizer of their own: it keeps the byte offsets of every
// element's text and attribute value, which is what edits need (and what
// encoding/xml does not give). Each element with text only (no child
// elements) is a name/value pair, its local name the name
// (<wsse:Password> is Password); each attribute is one too. Descriptor
// shapes pair a value with the name another attribute gives:
// <Attribute Name="password"><AttributeValue>S</AttributeValue></Attribute>
// and <input name="password" value="S"/>. Any other text is scanned for
// credential formats. Entities are left as they are (placeholders need no
// escaping). A document that does not parse is left to the text scanner.

// xmlElem is an open element.
type xmlElem struct {
	name    []byte // qualified name
	local   []byte // without its prefix
	content int    // where its content starts
	child   bool   // it has child elements (or comments): its text is not a value
	desc    []byte // its Name (or key) attribute, for descriptor children
	id      []byte // its id attribute (HTML's <code id="playback-id">): an identifier's name keeps its text
	saml    bool   // a SAML <Attribute>: its values are claims about the subject
}

// xmlAttr is an attribute: name t[ns:ne], value t[vs:ve].
type xmlAttr struct {
	ns, ne, vs, ve int
}

type xmlScan struct {
	x     *run
	t     []byte
	ed    *edits
	st    []xmlElem
	attrs []xmlAttr
	// lastKey is the text of the last <key> element, naming the value
	// that follows it.
	lastKey []byte
}

// xmlBody scans the XML document t. It reports false, having changed
// nothing, when t is not well-formed enough to be read as XML.
func (x *run) xmlBody(t []byte, ed *edits) bool {
	m := x.mark(ed)
	p := &xmlScan{x: x, t: t, ed: ed}
	if !p.document() {
		x.rollback(ed, m)
		return false
	}
	x.commit()
	return true
}

func (p *xmlScan) document() bool {
	t := p.t
	i := skipLead(t, false)
	if i >= len(t) || t[i] != '<' {
		return false
	}
	for i < len(t) {
		lt := bytes.IndexByte(t[i:], '<')
		if lt < 0 {
			lt = len(t) - i
		}
		lt += i
		if len(p.st) == 0 {
			if !allSpace(t[i:lt]) {
				return false // text outside the root element
			}
		} else if top := &p.st[len(p.st)-1]; top.child {
			p.text(i, lt) // mixed content
		}
		if lt == len(t) {
			break
		}
		var ok bool
		if i, ok = p.markup(lt); !ok {
			return false
		}
	}
	return len(p.st) == 0
}

// markup handles the markup at t[i] ('<') and returns where it ends.
func (p *xmlScan) markup(i int) (int, bool) {
	t := p.t
	switch {
	case hasPrefixAt(t, i, "<!--"):
		end := bytes.Index(t[i+4:], []byte("-->"))
		if end < 0 {
			return 0, false
		}
		p.notSimple(i)
		return i + 4 + end + 3, true
	case hasPrefixAt(t, i, "<![CDATA["):
		end := bytes.Index(t[i+9:], []byte("]]>"))
		if end < 0 || len(p.st) == 0 {
			return 0, false
		}
		if p.st[len(p.st)-1].child {
			p.text(i+9, i+9+end)
		}
		return i + 9 + end + 3, true
	case hasPrefixAt(t, i, "<?"):
		end := bytes.Index(t[i+2:], []byte("?>"))
		if end < 0 {
			return 0, false
		}
		p.notSimple(i)
		return i + 2 + end + 2, true
	case hasPrefixAt(t, i, "<!"):
		// <!DOCTYPE …>, with an internal subset in brackets.
		depth := 0
		for k := i + 2; k < len(t); k++ {
			switch t[k] {
			case '[':
				depth++
			case ']':
				depth--
			case '>':
				if depth <= 0 {
					return k + 1, true
				}
			}
		}
		return 0, false
	case hasPrefixAt(t, i, "</"):
		return p.endTag(i)
	}
	return p.startTag(i)
}

// notSimple marks the open element (if any) as having more than text: its
// content so far is scanned as text.
func (p *xmlScan) notSimple(i int) {
	if len(p.st) == 0 {
		return
	}
	top := &p.st[len(p.st)-1]
	if !top.child {
		top.child = true
		p.text(top.content, i)
	}
}

func (p *xmlScan) endTag(i int) (int, bool) {
	t := p.t
	j := i + 2
	for j < len(t) && xmlNameByte(t[j]) {
		j++
	}
	name := t[i+2 : j]
	for j < len(t) && isSpace(t[j]) {
		j++
	}
	if j >= len(t) || t[j] != '>' || len(p.st) == 0 {
		return 0, false
	}
	el := p.st[len(p.st)-1]
	if !bytes.Equal(el.name, name) {
		return 0, false
	}
	p.st = p.st[:len(p.st)-1]
	if el.child {
		p.lastKey = nil // a key names a value among its siblings only
	}
	if !el.child {
		var parent *xmlElem
		if len(p.st) > 0 {
			parent = &p.st[len(p.st)-1]
		}
		p.value(&el, parent, el.content, i)
	}
	return j + 1, true
}

func (p *xmlScan) startTag(i int) (int, bool) {
	t := p.t
	j := i + 1
	for j < len(t) && xmlNameByte(t[j]) {
		j++
	}
	if j == i+1 || t[i+1] == '-' || t[i+1] == '.' || t[i+1] >= '0' && t[i+1] <= '9' {
		return 0, false
	}
	el := xmlElem{name: t[i+1 : j], local: localName(t[i+1 : j])}
	p.attrs = p.attrs[:0]
	closed := false
	for {
		k := j
		for j < len(t) && isSpace(t[j]) {
			j++
		}
		if j >= len(t) {
			return 0, false
		}
		if t[j] == '>' {
			j++
			break
		}
		if t[j] == '/' && j+1 < len(t) && t[j+1] == '>' {
			j += 2
			closed = true
			break
		}
		if j == k {
			return 0, false // attributes are separated by whitespace
		}
		ns := j
		for j < len(t) && xmlNameByte(t[j]) {
			j++
		}
		ne := j
		for j < len(t) && isSpace(t[j]) {
			j++
		}
		if ne == ns || j >= len(t) || t[j] != '=' {
			return 0, false
		}
		j++
		for j < len(t) && isSpace(t[j]) {
			j++
		}
		if j >= len(t) || t[j] != '"' && t[j] != '\'' {
			return 0, false
		}
		q := bytes.IndexByte(t[j+1:], t[j])
		if q < 0 {
			return 0, false
		}
		p.attrs = append(p.attrs, xmlAttr{ns, ne, j + 1, j + 1 + q})
		j += 1 + q + 1
	}
	p.notSimple(i) // the parent has a child
	p.attributes(&el)
	if !closed {
		el.content = j
		p.st = append(p.st, el)
	}
	return j, true
}

// attributes pairs each attribute of el with its value, and a value or
// content attribute with the element's name or key attribute.
func (p *xmlScan) attributes(el *xmlElem) {
	t, x := p.t, p.x
	for _, a := range p.attrs {
		switch n := localName(t[a.ns:a.ne]); {
		case bytes.EqualFold(n, []byte("name")) || bytes.EqualFold(n, []byte("key")):
			if el.desc == nil || bytes.EqualFold(n, []byte("name")) {
				el.desc = t[a.vs:a.ve]
			}
		case string(n) == "id":
			el.id = t[a.vs:a.ve]
		}
	}
	el.saml = el.desc != nil && string(el.local) == "Attribute"
	for _, a := range p.attrs {
		name := t[a.ns:a.ne]
		if string(name) == "xmlns" || hasPrefixAt(name, 0, "xmlns:") || a.ve == a.vs {
			continue // namespaces
		}
		local := localName(name)
		if el.desc != nil && (bytes.EqualFold(local, []byte("value")) || bytes.EqualFold(local, []byte("content"))) &&
			x.pair(InJSONKey, el.desc, t, a.vs, a.ve, false, p.ed) {
			continue
		}
		if x.pair(InJSONKey, local, t, a.vs, a.ve, false, p.ed) {
			continue
		}
		// An attribute's value is a value, as an element's text is: the
		// shape rule and card numbers apply (<Card Number="…">).
		if !p.ed.overlaps(a.vs, a.ve) && x.shapeValue(local, t, a.vs, a.ve, false, p.ed) {
			continue
		}
		p.text(a.vs, a.ve)
	}
}

// value handles the text of el, an element without children, at
// t[s:e]: a secret by the element's name (or its descriptor parent's),
// else text to scan.
func (p *xmlScan) value(el, parent *xmlElem, s, e int) {
	t, x := p.t, p.x
	for s < e && isSpace(t[s]) {
		s++
	}
	for e > s && isSpace(t[e-1]) {
		e--
	}
	if s == e {
		return
	}
	if hasPrefixAt(t, s, "<![CDATA[") && bytes.HasSuffix(t[s:e], []byte("]]>")) &&
		bytes.Index(t[s+9:e], []byte("]]>")) == e-s-12 {
		// One CDATA section: its content is the value.
		s, e = s+9, e-3
		if s == e {
			return
		}
	}
	personal := !x.opt.KeepPersonal
	// A key element names its next sibling's value (a property list:
	// <key>Password</key><string>S</string>; <Name>AdminPassword</Name>
	// <Value>S</Value>; XML-RPC <name>password</name><value><string>S).
	named := p.lastKey
	p.lastKey = nil
	isKey := string(el.local) == "key" || (descriptorName(el.local) || descriptorSuffix(el.local, "name") || descriptorSuffix(el.local, "key")) &&
		!x.strongName(InJSONKey, el.local) && x.nameRule(t[s:e]) != nil // (not <apiKey>S</apiKey>: a secret's own name)
	switch {
	case isKey:
		p.lastKey = t[s:e]
	case named != nil && !valueElement(el.local) && !descriptorName(el.local):
		p.lastKey = named // a sibling that describes the pair comes between (SAP PI: <Name>pwd</Name><Namespace>…</Namespace><Value>S</Value>)
	case named != nil && x.pair(InJSONKey, named, t, s, e, false, p.ed):
		return
	}
	// An element's own name or key attribute names its text
	// (<entry key="db.password">S</entry>).
	if el.desc != nil && x.pair(InJSONKey, el.desc, t, s, e, false, p.ed) {
		return
	}
	if parent != nil && parent.desc != nil && (string(el.local) == "AttributeValue" || bytes.EqualFold(el.local, []byte("value"))) {
		if x.pair(InJSONKey, parent.desc, t, s, e, false, p.ed) {
			return
		}
		if parent.saml && personal && x.pair(InJWTClaim, lastSegment(parent.desc), t, s, e, false, p.ed) {
			return
		}
	}
	if x.pair(InJSONKey, el.local, t, s, e, false, p.ed) {
		return
	}
	if parent != nil && parent.desc == nil && genericValue(el.local) && x.pair(InJSONKey, parent.local, t, s, e, false, p.ed) {
		return // the parent names its value child (Unattend.xml: <AdministratorPassword><Value>S</Value>)
	}
	if personal && string(el.local) == "NameID" && x.pair(InJWTClaim, el.local, t, s, e, false, p.ed) {
		return
	}
	if p.rpcParam() && passwordLooking(t[s:e]) && !p.ed.overlaps(s, e) {
		// An XML-RPC call passes its credentials by position
		// (wp.getUsersBlogs(user, password), Odoo execute_kw(db, uid,
		// password, …)): a parameter string that looks like a password is one.
		if r := x.lookup(InJSONKey, []byte("password")); r != nil {
			x.secret(t, s, e, r, r.Kind, false, p.ed)
			return
		}
	}
	// An element's text is its value, as a JSON member's is: the shape
	// rule and card numbers apply (<Acct>4…</Acct>).
	vs, ve := s, e
	for vs < ve && isSpace(t[vs]) {
		vs++
	}
	for ve > vs && isSpace(t[ve-1]) {
		ve--
	}
	if ve > vs && el.id != nil && x.rules.identifier(el.id) {
		return // <code id="live-stream-id">…</code>: an identifier support needs
	}
	if ve > vs && !p.ed.overlaps(vs, ve) && x.shapeValue(el.local, t, vs, ve, false, p.ed) {
		return
	}
	if ve > vs && x.rules.identifier(el.local) && bytes.IndexByte(t[vs:ve], ' ') < 0 && bytes.IndexByte(t[vs:ve], '@') < 0 {
		return // one token an identifier's or a certificate's name holds (ds:X509Certificate); an e-mail in it is still found (<UserId>AROA…:a@b.example)
	}
	if hasPrefixAt(t, vs, "&lt;") && x.lvl < maxEmbed {
		// An XML document escaped into the text (a SOAP fault's detail
		// echoing the request, an OTA message's payload): read decoded,
		// edits mapped back through the references.
		done := false
		x.inLayer(htmlMap(t[vs:ve]), vs, p.ed, func(dec []byte, sub *edits) { done = x.xmlBody(dec, sub) })
		if done {
			return
		}
	}
	p.text(s, e)
}

// valueElement reports whether an element may hold the value a key
// sibling names: a generic value element, a property list's value types, a
// descriptor's value (defaultValue, propValue).
func valueElement(local []byte) bool {
	switch string(local) {
	case "string", "data", "integer", "real", "date", "base64", "i4", "int", "double", "boolean":
		return true
	}
	return genericValue(local) || descriptorValue(local)
}

// genericValue reports whether an element's local name says only that it
// holds a value (Value, value, string), so that its parent names it.
func genericValue(local []byte) bool {
	return bytes.EqualFold(local, []byte("value")) || string(local) == "string"
}

// text scans t[s:e] as free text.
func (p *xmlScan) text(s, e int) {
	t := p.t
	for s < e && isSpace(t[s]) {
		s++
	}
	if s == e || p.x.quiet(t[s:e]) {
		return
	}
	p.x.sub(t, s, e, p.ed, p.x.scanString)
}

// localName drops a qualified name's prefix: wsse:Password is Password.
func localName(n []byte) []byte {
	if c := bytes.LastIndexByte(n, ':'); c >= 0 {
		return n[c+1:]
	}
	return n
}

// lastSegment is the last word of a URI-like attribute name:
// http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress is
// emailaddress.
func lastSegment(n []byte) []byte {
	if c := bytes.LastIndexAny(n, "/:#"); c >= 0 && c+1 < len(n) {
		return n[c+1:]
	}
	return n
}

func xmlNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '_' || c == ':' || c == '-' || c == '.' || c >= 0x80
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

func allSpace(b []byte) bool {
	for _, c := range b {
		if !isSpace(c) {
			return false
		}
	}
	return true
}

// rpcParam reports whether the open element is a positional parameter of
// an XML-RPC call: inside <methodCall><params><param>, not inside a
// <struct> (whose members have names of their own).
func (p *xmlScan) rpcParam() bool {
	if len(p.st) < 3 || string(p.st[0].local) != "methodCall" {
		return false
	}
	param := false
	for _, el := range p.st[1:] {
		switch string(el.local) {
		case "param":
			param = true
		case "struct":
			return false
		}
	}
	return param
}
