package sanitize

import (
	"bytes"
	"net/url"
	"strings"
	"time"
)

// member is one member of an object whose meaning depends on its siblings.
type member struct {
	ks, ke int // key content (raw)
	vs, ve int // value (raw, including quotes for strings)
	str    bool
}

// walk finds the edits for the JSON value at t[i:] (after whitespace) in
// context c. rule, when set, marks every string inside as a secret of that
// rule (the value of a sensitive key). It returns the end of the value.
func (x *run) walk(t []byte, i int, c ctx, rule *Rule, ed *edits, depth int) (int, error) {
	i = skipWS(t, i)
	if i >= len(t) {
		return 0, errAt(i, "unexpected end of input")
	}
	if rule != nil && !inherits(rule) && (t[i] == '{' || t[i] == '[' && rule.Kind != KindPersonal) {
		rule = nil // (a list of names is names: "given": ["Ada", "M."])
	}
	switch t[i] {
	case '{':
		if depth >= x.maxDepth {
			return 0, tooDeep(i, x.maxDepth)
		}
		switch c {
		case cHeader, cCookie, cQueryItem, cParam, cPostData, cContent, cWSMessage:
			return x.siblings(t, i, c, ed, depth)
		}
		return x.object(t, i, c, rule, ed, depth)
	case '[':
		if depth >= x.maxDepth {
			return 0, tooDeep(i, x.maxDepth)
		}
		return x.array(t, i, c, rule, ed, depth)
	case '"':
		e, err := x.stringEnd(t, i+1)
		if err != nil {
			return 0, err
		}
		x.stringValue(t, i+1, e, c, rule, ed)
		return e + 1, nil
	default:
		end, err := skipScalar(t, i)
		if err == nil && rule == nil && c == cAny && end-i >= 13 && end-i <= 19 && isCard(t[i:end]) && !ed.overlaps(i, end) {
			// A card number written as a JSON number becomes 0.
			ed.add(i, end, []byte{'0'})
			x.found(x.rules.card, KindPayment, t[i:end])
		}
		if err == nil && rule != nil && zeroes(rule) && (t[i] == '-' || t[i] >= '1' && t[i] <= '9') {
			// A number under a secret key ("pin": 1234, "cvv": 123) becomes
			// 0: a number stays a number (it may sit inside an escaped
			// string, where quotes would need escaping), and 0 is left alone
			// when the output is sanitized again.
			if !ed.overlaps(i, end) {
				ed.add(i, end, []byte{'0'})
				x.found(rule, rule.Kind, t[i:end])
			}
		}
		return end, err
	}
}

func (x *run) object(t []byte, i int, c ctx, rule *Rule, ed *edits, depth int) (int, error) {
	// members' work, inline: objects are most of what is walked.
	i = skipWS(t, i+1)
	if i < len(t) && t[i] == '}' {
		return i + 1, nil
	}
	defer func(c bool) { x.inJWT = c }(x.inJWT)
	var d descriptor
	var gql map[string]*Rule // a GraphQL query's secret bindings
	varStart := -1           // where "variables" started, when before "query"
	rpcAuth := false         // a JSON-RPC call of a sign-in method ("method": "auth.login")
	var slots []string       // the names of a known RPC method's positional params (rpcSignatures)
	var names [4]int         // the strings of the plain "name" members (recordNameKey), and whether the object has an e-mail member (a person's record)
	nn, email := 0, false
	var accts [2]int // the strings of account-number members, and whether a routing number or bank code is beside them (a bank account)
	na, bank := 0, false
	var cols [][]byte // a query result's column names (tables.go), for its rows
	bound := false    // this member is the variables of a query seen before
	for {
		ks, ke, vs, err := x.memberStart(t, i)
		if err != nil {
			return 0, err
		}
		key := x.key(t[ks:ke])
		if c == cAny && claimsSubject(key, t, vs) {
			x.inJWT = true // an OIDC claims set (userinfo): the claims that follow are judged as a token's
		}
		if c == cAny && rule == nil && vs < len(t) {
			switch {
			case string(key) == "query" && t[vs] == '"':
				if qe, err := x.stringEnd(t, vs+1); err == nil && gqlQuery(t[vs+1:qe]) {
					x.withString(t, vs+1, qe, &edits{}, func(q []byte, _ *edits) { gql = x.gqlBindings(q) })
				}
			case string(key) == "variables" && gql != nil && (t[vs] == '{' || t[vs] == '"'):
				bound = true
			case string(key) == "variables" && (t[vs] == '{' || t[vs] == '"'):
				varStart = vs
			case string(key) == "method" && t[vs] == '"':
				if me, err := x.stringEnd(t, vs+1); err == nil {
					rpcAuth = rpcAuthMethod(t[vs+1 : me])
					slots = rpcParams(t[vs+1 : me])
				}
			case recordNameKey(key) && t[vs] == '"' && nn < len(names):
				names[nn] = vs
				nn++
			case emailKey(key) && (t[vs] == '"' || t[vs] == '['):
				email = true // an address, or a list of them (Pipedrive's [{label, value}])
			case bankKey(key):
				bank = true
			case t[vs] == '"' && na < len(accts) && x.accountKey(key):
				accts[na] = vs
				na++
			case t[vs] == '[' && columnsKey(key):
				cols = x.tableColumns(t, vs, depth)
			case t[vs] == '"' && typeKey(key):
				if te, err := x.stringEnd(t, vs+1); err == nil && personType(t[vs+1:te]) {
					email = true // {"__typename": "User", "name": …}, {"object": "customer"}: a person's record
				}
			}
		}
		if bound {
			// The query came first: its bindings apply as the variables
			// are walked.
			bound = false
			if t[vs] == '"' {
				if i = x.gqlStringVariables(t, vs, gql, ed, depth); i == 0 {
					i, err = x.member(t, key, vs, c, rule, &d, ed, depth)
				}
			} else {
				x.push(key, 0)
				i, err = x.gqlVariables(t, vs, gql, ed, depth+1)
				x.pop()
			}
		} else if cols != nil && t[vs] == '[' && rowsKey(key) {
			x.push(key, 0)
			i, err = x.tableRows(t, vs, cols, ed, depth+1)
			x.pop()
		} else if slots != nil && (string(key) == "params" || string(key) == "args") && t[vs] == '[' {
			x.push(key, 0)
			i, err = x.rpcArgs(t, vs, slots, ed, depth+1)
			x.pop()
		} else {
			doc := c == cAny && rule == nil && string(key) == "query" && t[vs] == '"'
			x.gqlDoc = doc // a GraphQL document's $variables and types are no values (accepts)
			i, err = x.member(t, key, vs, c, rule, &d, ed, depth)
			x.gqlDoc = false
			if err == nil && rpcAuth && string(key) == "params" && t[vs] == '[' {
				x.rpcPositional(t, vs, ed)
			}
			if err == nil && c == cAny && rule == nil && string(key) == "query" && t[vs] == '"' {
				// The document's literal arguments the text scan cannot
				// pair (gqlLiterals).
				if qe := i - 1; qe > vs && t[qe] == '"' && gqlDocument(t[vs+1:qe]) {
					x.withString(t, vs+1, qe, ed, x.gqlLiterals)
				}
			}
		}
		if err != nil {
			return 0, err
		}
		var done bool
		if i, done, err = afterValue(t, i, '}'); err != nil || done {
			if err == nil {
				x.applyDescriptor(t, &d, ed, depth)
				for k := 0; email && k < nn; k++ {
					x.recordName(t, names[k], ed)
				}
				for k := 0; bank && k < na; k++ {
					x.bankAccount(t, accts[k], ed)
				}
				if gql != nil && varStart >= 0 {
					// "variables" came first: walked again with the
					// bindings.
					ve, _ := skipValueMode(t, varStart, depth+1, x.maxDepth, false)
					if t[varStart] == '"' {
						if k := skipWS(t, varStart+1); k < len(t) && t[k] == '{' {
							ed.dropWithin(varStart, ve)
							if x.gqlStringVariables(t, varStart, gql, ed, depth) == 0 {
								var none descriptor // not JSON after all: walked as any value again
								_, err = x.member(t, []byte("variables"), varStart, c, rule, &none, ed, depth)
							}
						}
					} else {
						ed.dropWithin(varStart, ve)
						x.push([]byte("variables"), 0)
						_, err = x.gqlVariables(t, varStart, gql, ed, depth+1)
						x.pop()
					}
				}
			}
			return i, err
		}
	}
}

// member walks the value at t[vs] of the member key of an object of
// context c (rule: the object's own, inherited), noting what a pair
// spelled as data needs in d. It returns the end of the value.
func (x *run) member(t, key []byte, vs int, c ctx, rule *Rule, d *descriptor, ed *edits, depth int) (int, error) {
	cc := child(c, key)
	r := rule
	if r != nil && (x.rules.describesKey(key) || x.rules.identifier(key) && identifierValue(t, vs)) {
		// Inside a secret's container, a member that describes it
		// ("type", "name", "token_uri") keeps its value, and so does an
		// identifier name with a UUID or a number ("uuid", "node_id").
		r = nil
	}
	if r != nil && cc == cAny && shapeFormat(r) {
		// Inside an object under an address's or a phone's name (Magento's
		// "address": {"firstname": …}), a member's own name decides when
		// it has one: the container's format changes only its own shape.
		if own := x.memberRule(key, t, vs); own != nil {
			r = own
		}
	}
	if r != nil && vs < len(t) && t[vs] == '"' {
		if ve, err := x.stringEnd(t, vs+1); err == nil && x.secretName(t[vs+1:ve]) {
			// A value that is itself a secret's name (the header an
			// API key goes in: "X-API-Key") names the secret.
			r = nil
		}
	}
	if cc == cAny && r == nil && x.reply != nil && vs < len(t) && (t[vs] == '"' || t[vs] == '[' && stringsArray(t, vs)) && payloadKey(key) && x.memberRule(key, t, vs) == nil {
		r = x.reply // {"response": ["S", …]} from POST …/bypass_codes
	}
	if cc == cAny && r == nil {
		r = x.memberRule(key, t, vs)
		if (r == nil || r.Weak) && c == cAny && vs < len(t) && t[vs] == '"' {
			switch {
			case d.rule == nil && descriptorName(key):
				if ve, err := x.stringEnd(t, vs+1); err == nil && idName(key, t[vs+1:ve]) {
					d.rule = x.nameRule(t[vs+1 : ve])
					if d.rule != nil {
						d.name = x.key(t[vs+1 : ve])
					}
				}
			case d.rule == nil && questionKey(key):
				// A security question beside its answer ({"question": "Name
				// of your first pet?", "answer": S}): the answer is a password.
				if ve, err := x.stringEnd(t, vs+1); err == nil && ve > vs+2 && t[ve-1] == '?' {
					d.rule = x.lookup(InJSONKey, []byte("security_answer"))
					d.name = key
				}
			case d.ve == 0 && descriptorValue(key):
				if ve, err := x.stringEnd(t, vs+1); err == nil {
					d.vs, d.ve, d.key = vs, ve+1, key
				}
			case d.tve == 0 && string(key) == "text":
				if ve, err := x.stringEnd(t, vs+1); err == nil {
					d.tvs, d.tve = vs, ve+1
				}
			}
		}
	}
	savedName := x.name
	if r != nil && r != rule {
		x.name = key
	}
	x.push(key, 0)
	if c == cEntry && string(key) == "startedDateTime" && vs < len(t) && t[vs] == '"' {
		if ve, err := stringEndLenient(t, vs+1); err == nil {
			x.entryTime = string(t[vs+1 : ve])
		}
	}
	if vs < len(t) && t[vs] == 't' && cc == cAny && c == cAny && d.rule == nil && bytes.HasPrefix(t[vs:], []byte("true")) && secretFlag(key) {
		// A flag says the object's value is secret ({"secure": true,
		// "value": S}, {"masked": true, "key": …, "value": S}).
		d.rule, d.name = x.lookup(InJSONKey, []byte("secret")), key
	}
	x.inner.rule = nil
	end, err := x.walk(t, vs, cc, r, ed, depth+1)
	if err == nil && cc == cAny && c == cAny && d.ve == 0 && vs < len(t) && t[vs] == '[' && (descriptorValue(key) || string(key) == "values") && stringsArray(t, vs) {
		d.vs, d.ve, d.key = vs, end, key // {"name": "Firmware Password", "values": [S]} (Jamf)
	}
	if x.inner.rule != nil {
		if err == nil && cc == cAny && r == nil && d.rule == nil && vs < len(t) && t[vs] == '{' && nestedDescriptor(key) {
			d.rule, d.name, d.nested = x.inner.rule, x.inner.name, true
		}
		x.inner.rule = nil
	}
	x.pop()
	x.name = savedName
	return end, err
}

// members parses the object at t[i] ('{'), calling value for each member
// with its key's content t[ks:ke] and the start of its value; value returns
// the end of the value. Keys of the HAR itself are validated.
func (x *run) members(t []byte, i int, value func(ks, ke, vs int) (int, error)) (int, error) {
	i = skipWS(t, i+1)
	if i < len(t) && t[i] == '}' {
		return i + 1, nil
	}
	for {
		ks, ke, vs, err := x.memberStart(t, i)
		if err != nil {
			return 0, err
		}
		if i, err = value(ks, ke, vs); err != nil {
			return 0, err
		}
		var done bool
		if i, done, err = afterValue(t, i, '}'); err != nil || done {
			return i, err
		}
	}
}

// memberStart parses a member's key and colon at t[i:] (after
// whitespace): it returns the key's content t[ks:ke] and where the value
// starts. Keys of the HAR itself are validated.
func (x *run) memberStart(t []byte, i int) (ks, ke, vs int, err error) {
	i = skipWS(t, i)
	if i >= len(t) || t[i] != '"' {
		return 0, 0, 0, errAt(i, "expected a string key")
	}
	if ke, err = x.stringEnd(t, i+1); err != nil {
		return 0, 0, 0, err
	}
	if err := x.checkKey(t[i+1:ke], i+1); err != nil {
		return 0, 0, 0, err
	}
	ks = i + 1
	i = skipWS(t, ke+1)
	if i >= len(t) || t[i] != ':' {
		return 0, 0, 0, errAt(i, "expected ':'")
	}
	return ks, ke, skipWS(t, i+1), nil
}

// stringEnd finds a string's end. Strings of the HAR itself are validated
// where they are decoded (withString) or, for keys, by checkKey.
func (x *run) stringEnd(t []byte, i int) (int, error) {
	if sp, ok := x.span(i); ok {
		return sp.end, nil
	}
	return stringEndLenient(t, i)
}

// span returns the reader's span of the HAR string whose content starts at
// t[s], if it is a long one.
func (x *run) span(s int) (span, bool) {
	if x.lvl != 0 {
		return span{}, false
	}
	lo, hi := 0, len(x.strs)
	for lo < hi {
		m := (lo + hi) / 2
		if x.strs[m].start < s {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(x.strs) && x.strs[lo].start == s {
		return x.strs[lo], true
	}
	return span{}, false
}

// checked reports whether the reader found the HAR string whose content
// starts at t[s] valid, as decodeStrict would, so it needs no second check.
func (x *run) checked(s int) bool {
	sp, ok := x.span(s)
	return ok && sp.valid
}

// checkKey validates a key (or a member not otherwise decoded) of the HAR.
func (x *run) checkKey(raw []byte, off int) error {
	if x.lvl > 0 {
		return nil
	}
	return checkString(raw, off)
}

// key returns the decoded key (most keys have no escapes: no copy).
func (x *run) key(raw []byte) []byte {
	if bytes.IndexByte(raw, '\\') < 0 {
		return raw
	}
	var js jsonString
	if !decodeJSONString(raw, &js) {
		return raw
	}
	return append([]byte(nil), js.dec...)
}

// keyRule is the rule for a JSON key: a secret name, or, inside a JWT's
// claims, a personal claim.
func (x *run) keyRule(key []byte) *Rule {
	if x.inJWT && !x.opt.KeepPersonal {
		if r := x.lookup(InJWTClaim, key); r != nil {
			return r
		}
	}
	return x.lookup(InJSONKey, key)
}

// memberRule is the rule of the member key whose value starts at t[vs]:
// its own name's, or its generic name's joined to its object's
// (parentJoined) unless the value is itself a secret's name.
func (x *run) memberRule(key, t []byte, vs int) *Rule {
	if r := x.keyRule(key); r != nil {
		return r
	}
	r := x.parentJoined(key)
	if r == nil {
		r = x.personName(key)
	}
	if r != nil && vs < len(t) && t[vs] == '"' {
		if ve, err := x.stringEnd(t, vs+1); err == nil && x.secretName(t[vs+1:ve]) {
			return nil
		}
	}
	return r
}

// genericChild reports whether a member name (lower case) says nothing by itself and
// take their meaning from the object they are in: {"session": {"id": S}}
// is a session id, {"api": {"key": S}} an API key.
func genericChild(lower []byte) bool {
	switch string(lower) {
	case "id", "value", "val", "key", "code", "string", "data", "raw", "number", "no", "nr":
		return true
	}
	return false
}

// parentJoined judges a generic member name joined to the name of the
// object it is in (one array level between them allowed): only a strong
// secret name that way counts.
func (x *run) parentJoined(key []byte) *Rule {
	if len(key) < 2 || len(key) > 6 {
		return nil
	}
	var lk [6]byte
	if !genericChild(lowerASCII(lk[:0], key)) {
		return nil
	}
	p := len(x.path) - 1
	if p >= 0 && len(x.path[p].key) == len(key) && len(key) > 0 && &x.path[p].key[0] == &key[0] {
		p-- // the member itself, already on the path
	}
	if p >= 0 && x.path[p].key == nil {
		p-- // an array's element
	}
	if p < 0 || len(x.path[p].key) == 0 || len(x.path[p].key) > 64 {
		return nil
	}
	x.joined = append(append(append(x.joined[:0], x.path[p].key...), '_'), key...)
	if r := x.lookup(InJSONKey, x.joined); r != nil && (!r.Weak || r == x.rules.words.handleRule) && (r.Kind != KindPersonal || r.Format == FormatWhole && !x.personalOff()) && r.Check != CheckNotCount {
		return r // (a token's "id", Keystone's {"token": {"id": S}}: the handle rule keeps a UUID or a number; a document's number: {"passport": {"number": S}})
	}
	return nil
}

// personParents are the objects whose plain "name" member is a person's
// name: {"user": {"name": …}}, a customer or contact record.
var personParents = map[string]bool{"user": true, "users": true, "customer": true, "customers": true, "person": true, "people": true,
	"contact": true, "contacts": true, "member": true, "members": true, "employee": true, "owner": true, "author": true, "profile": true,
	"buyer": true, "sender": true, "recipient": true, "assignee": true, "reporter": true, "requester": true, "submitter": true,
	"patient": true, "student": true, "subscriber": true, "account_holder": true, "cardholder": true, "billing_details": true,
	"shipping": true, "billing": true, "actor": true, "viewer": true, "me": true, "current_user": true, "currentuser": true,
	"traits": true, "identity": true, "identify": true, "owners": true, "holder": true, "holders": true, "passenger": true,
	"passengers": true, "guest": true, "guests": true, "worker": true, "workers": true, "card": true, "credit_card": true, "creditcard": true,
	"bank_account": true, "payment_method": true, "technician": true, "courier": true, "driver": true, "rider": true, "traveler": true,
	"traveller": true, "travelers": true, "travellers": true, "visitor": true, "attendee": true, "attendees": true, "applicant": true,
	"candidate": true, "caller": true, "beneficiary": true, "policyholder": true, "insured": true, "tenant_contact": true,
	"shipping_address": true, "billing_address": true, "shippingaddress": true, "billingaddress": true, "delivery_address": true, "deliveryaddress": true}

// personName returns the personal-name rule for a "name" member of a
// person's object, a part of a structured person name, or a street line
// of a postal address; else nil.
func (x *run) personName(key []byte) *Rule {
	if len(key) < 4 || len(key) > 14 || x.opt.KeepPersonal {
		return nil
	}
	var lk [14]byte
	kb := lowerASCII(lk[:0], key) // (no allocation: this runs for most members)
	nameChild, addressChild := nameParts[string(kb)], addressLines[string(kb)]
	if !nameChild && !addressChild && string(kb) != "name" && string(kb) != "names" {
		return nil
	}
	k := string(kb)
	p := len(x.path) - 1
	if p >= 0 && len(x.path[p].key) == len(key) && &x.path[p].key[0] == &key[0] {
		p--
	}
	if p >= 0 && x.path[p].key == nil {
		p--
	}
	if p < 0 {
		return nil
	}
	parent := strings.ToLower(string(x.path[p].key))
	switch {
	case nameChild && (parent == "name" || parent == "names" || strings.HasSuffix(parent, "name") && x.personalName(x.path[p].key)):
		// a structured name: FHIR's HumanName {"text": …, "family": …, "given": […]},
		// SCIM's {"name": {"formatted": …}}, {"Name": {"First": …, "Last": …}}
	case addressChild && (strings.HasSuffix(parent, "address") || strings.HasSuffix(parent, "addr")) && postalParent(parent):
		// a postal address's street lines: FHIR's address.line[], {"homeAddress": {"street": …}}
	case (k == "name" || k == "names") && personParents[parent]:
	default:
		return nil
	}
	return x.lookup(InJSONKey, []byte("full_name"))
}

// personalName reports whether a name is a person's name field's
// (legalName, fullName; not deviceName).
func (x *run) personalName(key []byte) bool {
	r := x.lookup(InJSONKey, key)
	return r != nil && r.Format == FormatPersonal
}

// postalParent reports whether an object named …address holds a postal
// address, not a network or mail one (ipAddress, macAddress, emailAddress).
func postalParent(parent string) bool {
	if strings.Contains(parent, "mail") {
		return false
	}
	for _, w := range []string{"ip", "mac", "wallet", "server", "remote", "client", "host", "bind", "listen"} {
		if strings.HasPrefix(parent, w) || strings.Contains(parent, "_"+w) {
			return false
		}
	}
	return true
}

// nameParts are the members of a structured person name.
var nameParts = map[string]bool{"family": true, "given": true, "text": true, "first": true, "last": true, "middle": true,
	"formatted": true, "full": true, "firstname": true, "lastname": true, "middlename": true}

// addressLines are the members of a postal address that hold its street.
var addressLines = map[string]bool{"line": true, "lines": true, "line1": true, "line2": true, "line3": true, "street": true,
	"street1": true, "street2": true, "address1": true, "address2": true, "streetaddress": true, "street_address": true,
	"housenumber": true, "house_number": true, "address_line1": true, "address_line2": true}

// recordNameKey reports whether a member key may hold the name of the
// record it is in: a person's, when the record also has an e-mail member
// (recordName).
func recordNameKey(key []byte) bool {
	switch string(key) {
	case "name", "Name", "descriptor", "title_name", "fullname":
		return true
	}
	return false
}

// bankKey reports whether a member key holds what names a bank beside an
// account's number: a routing number, sort code, BSB, bank code, BIC.
func bankKey(key []byte) bool {
	switch string(key) {
	case "routingNumber", "routing_number", "RoutingNumber", "abaRoutingNumber", "aba_routing_number", "aba", "routing",
		"sortCode", "sort_code", "SortCode", "sortcode", "bsb", "bsbNumber", "bsb_number", "transitNumber", "transit_number",
		"institutionNumber", "institution_number", "bankCode", "bank_code", "BankCode", "blz", "BLZ", "bic", "BIC", "swift",
		"swiftCode", "swift_code", "SWIFT", "bicSwift", "bankName", "bank_name", "BankName":
		return true
	}
	return false
}

// accountKey reports whether a member key names an account's number
// (the word.account-number rule's words).
func (x *run) accountKey(key []byte) bool {
	if len(key) < 6 || len(key) > 40 || x.rules.account == nil || !x.rules.keys.mayKey(key) {
		return false // (the name filter first: this runs for every string member)
	}
	var lk [40]byte
	k := lowerASCII(lk[:0], key)
	if !bytes.Contains(k, []byte("acc")) && !bytes.Contains(k, []byte("konto")) && !bytes.Contains(k, []byte("compte")) && !bytes.Contains(k, []byte("cuenta")) && !bytes.Contains(k, []byte("conto")) {
		return false
	}
	return x.lookup(InJSONKey, key) == x.rules.account
}

// bankAccount redacts the account number (its string at t[vs]) of an
// object that names its bank: {"accountNumber": "000123456789",
// "routingNumber": "110000000"}. Alone, an account number may be a
// carrier's or a shop's (a FedEx account), and stays.
func (x *run) bankAccount(t []byte, vs int, ed *edits) {
	ve, err := x.stringEnd(t, vs+1)
	if err != nil || ve <= vs+1 || ed.overlaps(vs+1, ve) {
		return
	}
	x.bankRecord = true
	x.stringValue(t, vs+1, ve, cAny, x.rules.account, ed)
	x.bankRecord = false
}

// typeKey reports whether a member key holds the type of the object it is
// in: GraphQL's __typename, Stripe's object, OData's @odata.type, FHIR's
// resourceType, JSON-LD's @type.
func typeKey(key []byte) bool {
	switch string(key) {
	case "__typename", "object", "@odata.type", "odata.type", "resourceType", "@type", "_type", "objectType", "object_type", "entityType", "entity_type", "record_type", "recordType":
		return true
	}
	return false
}

// personType reports whether v, an object's type, names a person: its last
// part (after '.', '#', '/' or ':') is one of personParents, in any case
// ("User", "#microsoft.graph.user", "Patient", "customer", "schema:Person").
func personType(v []byte) bool {
	if len(v) > 80 {
		return false
	}
	if k := bytes.LastIndexAny(v, ".#/:"); k >= 0 {
		v = v[k+1:]
	}
	if len(v) < 2 || len(v) > 24 {
		return false
	}
	var lk [24]byte
	return personParents[string(lowerASCII(lk[:0], v))]
}

// emailKey reports whether a member key holds an e-mail address: email,
// Email, emailAddress, primaryWorkEmail, personal_email.
func emailKey(key []byte) bool {
	n := len(key)
	if n < 5 || n > 40 {
		return false
	}
	if key[n-1]|0x20 == 's' {
		return n >= 12 && bytes.EqualFold(key[n-12:], []byte("emailaddress")) || n >= 13 && bytes.EqualFold(key[n-13:], []byte("email_address"))
	}
	return key[n-1]|0x20 == 'l' && bytes.EqualFold(key[n-5:], []byte("email"))
}

// secretName reports whether v, a string value, is a name: two or more
// words of letters joined by '-' or '_' that the classifier reads as a
// secret's name (X-API-Key, access_token), not a value.
func (x *run) secretName(v []byte) bool {
	if len(v) < 4 || len(v) > 64 || !bytes.ContainsAny(v, "-_") {
		return false
	}
	for _, c := range v {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '_') {
			return false
		}
	}
	_, verdict := x.rules.words.classify(v)
	return verdict == namesSecret
}

// claimsSubject reports whether the member key: t[vs] is an OIDC subject
// ("sub" with a string value): the object is a claims set, as a userinfo
// response or an introspection result is, and its personal claims (name,
// nickname, email) are the user's.
func claimsSubject(key, t []byte, vs int) bool {
	return string(key) == "sub" && vs < len(t) && (t[vs] == '"' || t[vs] == '\\' && vs+1 < len(t) && t[vs+1] == '"') // (\" in the raw walk)
}

// zeroes reports whether a number under rule's name is a secret (it
// becomes 0): not under a weak name, nor under a personal format that
// rewrites only what has its shape (an e-mail, a phone, an IP), nor
// under a plural that counts (prompt_tokens: 12).
func zeroes(rule *Rule) bool {
	switch rule.Format {
	case FormatEmail, FormatPhone, FormatIP:
		return false
	}
	return !rule.Weak && rule.Check != CheckNotCount
}

// gqlStringVariables walks variables sent as a JSON string ("variables":
// "{\"p\": \"S\"}", as some clients and proxies write them) with a
// query's bindings: the string at t[vs:] (its opening quote). It reports
// where the string ends, or 0 when it holds no JSON object (the caller
// walks it as any value).
func (x *run) gqlStringVariables(t []byte, vs int, gql map[string]*Rule, ed *edits, depth int) int {
	qe, err := x.stringEnd(t, vs+1)
	if err != nil {
		return 0
	}
	ok := false
	x.withString(t, vs+1, qe, ed, func(dec []byte, sub *edits) {
		j := skipWS(dec, 0)
		if j >= len(dec) || dec[j] != '{' {
			return
		}
		m := x.mark(sub)
		x.push([]byte("variables"), 0)
		end, err := x.gqlVariables(dec, j, gql, sub, depth+1)
		x.pop()
		if err != nil || skipWS(dec, end) != len(dec) {
			x.rollback(sub, m)
			return
		}
		x.commit()
		ok = true
	})
	if !ok {
		return 0
	}
	return qe + 1
}

// questionKey reports whether a member key holds a security question.
func questionKey(key []byte) bool {
	switch string(key) {
	case "question", "Question", "securityQuestion", "security_question", "questionText", "prompt":
		return true
	}
	return false
}

// shapeFormat reports whether rule is a personal format that changes only
// what has its shape (an e-mail address, a phone number, an IP address).
func shapeFormat(rule *Rule) bool {
	switch rule.Format {
	case FormatEmail, FormatPhone, FormatIP:
		return true
	}
	return false
}

// inherits reports whether a container under rule's key is secret as a
// whole: every string inside it is redacted. Weak word rules and word
// rules with a format (a cookie header, an authorization value) are not:
// the container is walked, and its own names decide.
func inherits(rule *Rule) bool {
	if rule == nil || rule.Words == nil {
		return true
	}
	if rule.Format == FormatWhole || shapeFormat(rule) {
		// The personal formats change only what has their shape.
		return !rule.Weak
	}
	return false
}

// ruleValue handles the decoded value dec of a string under rule's name:
// redacted when the rule accepts it, else scanned like any string.
func (x *run) ruleValue(dec []byte, rule *Rule, pct bool, ed *edits) {
	if x.accepts(rule, dec) {
		x.format(dec, 0, len(dec), rule, pct, ed)
		return
	}
	if len(dec) >= 13 && len(dec) <= 23 && x.cardValue(dec, 0, len(dec), ed) {
		return // a card number under a name that does not take it (an Apple Pay token's applicationPrimaryAccountNumber)
	}
	saved := x.name
	x.name = nil
	x.scanString(dec, ed)
	x.name = saved
}

// shapeValue applies the value-shape rule (shape.go) to the value v, a
// value of the member or field name, and redacts it when it looks like a
// generated credential. It reports whether it did.
func (x *run) shapeValue(name, t []byte, s, e int, pct bool, ed *edits) bool {
	if e-s >= 13 && e-s <= 23 && x.cardValue(t, s, e, ed) {
		return true
	}
	if k := track2Sep(t[s:e]); k > 0 && x.cardValue(t, s, s+k, ed) {
		return true // track 2 equivalent data: PAN=YYMM… (EMV tag 57 writes D)
	}
	if x.compactIBAN(t, s, e, ed) {
		return true // an IBAN with no name (a table's cell, a list)
	}
	sr := x.rules.shape
	if sr == nil || e-s < shapeMin {
		return false
	}
	v := t[s:e]
	if pct && bytes.IndexByte(v, '%') >= 0 {
		v = percentDecode(v) // judged decoded: %7B%22… is encoded JSON, not a token
	}
	return x.shapeJudged(name, v, t, s, e, pct, ed)
}

// shapeJudged redacts t[s:e] by the shape rule when v, its value as
// judged (decoded), looks generated and its name does not mark an
// identifier.
func (x *run) shapeJudged(name, v, t []byte, s, e int, pct bool, ed *edits) bool {
	sr := x.rules.shape
	if !randomLooking(v) || x.rules.identifier(name) || x.publicJWK(name) || jwkMember(name) && jwkNear(t, s, e) {
		return false
	}
	saved := x.name
	x.name = name
	x.secret(t, s, e, sr, sr.Kind, pct, ed)
	x.name = saved
	return true
}

// publicJWK reports whether name is a public member of a JSON Web Key
// (RFC 7517/7518: the RSA modulus n and exponent e, the EC point x and
// y, the certificate chain and thumbprints) in a key set or a key: public
// key material, which support needs to check signatures. The private
// members (d, p, q, dp, dq, qi, k) stay under the shape rule.
func (x *run) publicJWK(name []byte) bool {
	if !jwkMember(name) {
		return false
	}
	for _, s := range x.path {
		switch strings.ToLower(string(s.key)) {
		case "keys", "jwk", "jwks", "publicjwk", "public_jwk", "cnf":
			return true
		}
	}
	return false
}

// nearestKey is the name of the value being walked: the innermost key of
// the path (an array element takes its array's).
func (x *run) nearestKey() []byte {
	for i := len(x.path) - 1; i >= 0; i-- {
		if x.path[i].key != nil {
			return x.path[i].key
		}
	}
	return nil
}

func (x *run) array(t []byte, i int, c ctx, rule *Rule, ed *edits, depth int) (int, error) {
	i = skipWS(t, i+1)
	if i < len(t) && t[i] == ']' {
		return i + 1, nil
	}
	ec := element(c)
	// A two-element array [name, value] is a pair spelled as data, and so
	// is [name, value, type] (TR-069's parameterValues: [path, S, "xsd:string"]).
	var d descriptor
	for n := 0; ; n++ {
		x.push(nil, n)
		var err error
		if ec == cEntry {
			i, err = x.entryValue(t, i, n, ed, depth+1)
		} else {
			vs := skipWS(t, i)
			i, err = x.walk(t, i, ec, rule, ed, depth+1)
			if err == nil && ec == cAny && rule == nil && n < 2 && vs < len(t) && t[vs] == '"' {
				if n == 0 {
					if d.rule = x.nameRule(t[vs+1 : i-1]); d.rule != nil {
						d.name = x.key(t[vs+1 : i-1])
					}
				} else if d.rule != nil && !headerNameLike(t[vs+1:i-1]) {
					d.vs, d.ve, d.key = vs, i, d.name
				} else {
					d.rule = nil // a list of names: ["Authorization", "Content-Type"]
				}
			}
			if n == 2 && !(err == nil && vs < len(t) && t[vs] == '"' && i-1 > vs && valueType(t[vs+1:i-1])) {
				d.rule = nil // a pair has two elements, or a third that is its value's type (a row [name, value, "String", …])
			}
		}
		x.pop()
		if err != nil {
			return 0, err
		}
		var done bool
		if i, done, err = afterValue(t, i, ']'); err != nil || done {
			if err == nil {
				x.applyDescriptor(t, &d, ed, depth)
			}
			return i, err
		}
	}
}

// entryValue walks one element of log.entries and stamps its findings with
// the entry's host and time.
func (x *run) entryValue(t []byte, i, n int, ed *edits, depth int) (int, error) {
	x.entry, x.entryStart, x.entryHost, x.entryTime, x.endpoint = n, len(x.rep.Findings), "", "", nil
	x.rep.Entries++
	end, err := x.walk(t, i, cEntry, nil, ed, depth)
	for k := x.entryStart; k < len(x.rep.Findings); k++ {
		f := &x.rep.Findings[k]
		if f.Host == "" {
			f.Host = x.entryHost
		}
		if f.Time == "" {
			f.Time = x.entryTime
		}
	}
	x.entry = -1
	return end, err
}

// stringValue handles a string whose content is t[s:e].
func (x *run) stringValue(t []byte, s, e int, c ctx, rule *Rule, ed *edits) {
	if rule != nil {
		x.withString(t, s, e, ed, func(dec []byte, ed *edits) { x.ruleValue(dec, rule, false, ed) })
		return
	}
	if e == s {
		return
	}
	if c == cAny && bytes.IndexByte(t[s:e], '\\') >= 0 {
		// One decoding away (PHP's and Laravel's https:\/\/…, \u
		// escapes): judged on its text, as an unescaped one is.
		x.withString(t, s, e, ed, x.decodedValue)
		return
	}
	if c == cAny && e-s >= 13 && x.shapeValue(x.nearestKey(), t, s, e, false, ed) {
		return
	}
	if c == cAny && e-s > 12 && isURL(t[s:e]) {
		// A URL held in a JSON value: its path is judged too.
		x.withString(t, s, e, ed, func(dec []byte, ed *edits) {
			x.url = true
			x.scanString(dec, ed)
			x.url = false
			x.urlPath(dec, ed)
		})
		return
	}
	if c == cURL {
		host := x.entryHost == "" && len(x.path) >= 2 && string(x.path[len(x.path)-1].key) == "url"
		x.withString(t, s, e, ed, func(dec []byte, ed *edits) {
			if host {
				if u, err := url.Parse(string(dec)); err == nil {
					x.entryHost = u.Hostname()
					x.endpoint = x.endpointRule(u.EscapedPath())
				}
			}
			x.url = true
			x.scanString(dec, ed)
			x.url = false
			x.urlPath(dec, ed)
		})
		return
	}
	if raw := t[s:e]; bytes.IndexByte(raw, '\\') < 0 && (x.lvl > 0 || validRun(raw, 0) < 0) {
		// No escapes, and valid: the raw text is the decoded text.
		if x.knownValue(t, s, e, ed) {
			return
		}
		if x.quiet(raw) {
			return
		}
		x.lvl++
		x.sub(t, s, e, ed, x.scanString)
		x.lvl--
		return
	}
	x.withString(t, s, e, ed, x.scanString)
}

// siblings handles an object whose values are read in the light of its
// other members: a header's name, a body's mimeType and encoding.
func (x *run) siblings(t []byte, i int, c ctx, ed *edits, depth int) (int, error) {
	start := len(x.mem)
	defer func() { x.mem = x.mem[:start] }()
	j, err := x.members(t, i, func(ks, ke, vs int) (int, error) {
		m := member{ks: ks, ke: ke, vs: vs}
		if vs >= len(t) {
			return 0, errAt(vs, "unexpected end of input")
		}
		if t[vs] == '"' {
			e, err := x.stringEnd(t, vs+1)
			if err != nil {
				return 0, err
			}
			m.ve, m.str = e+1, true
		} else {
			var err error
			if m.ve, err = skipValueMode(t, vs, depth+1, x.maxDepth, false); err != nil {
				return 0, err
			}
		}
		x.mem = append(x.mem, m)
		return m.ve, nil
	})
	if err != nil {
		return 0, err
	}
	mem := x.mem[start:]
	get := func(name string) []byte {
		for _, m := range mem {
			if m.str && string(x.key(t[m.ks:m.ke])) == name {
				return x.key(t[m.vs+1 : m.ve-1])
			}
		}
		return nil
	}
	name := get("name")
	mime := string(get("mimeType"))
	base64 := string(get("encoding")) == "base64"
	if c == cWSMessage {
		for _, m := range mem {
			if string(t[m.ks:m.ke]) == "opcode" && string(bytes.TrimSpace(t[m.vs:m.ve])) == "2" {
				base64 = true
			}
		}
	}
	savedName := x.name
	defer func() { x.name = savedName; x.expires = time.Time{} }()
	for _, m := range mem {
		key := x.key(t[m.ks:m.ke])
		x.push(key, 0)
		x.name = nil
		handled := false
		if m.str {
			s, e := m.vs+1, m.ve-1
			handled = true
			switch {
			case c == cHeader && string(key) == "value":
				x.name = name
				x.withString(t, s, e, ed, func(dec []byte, ed *edits) {
					if !x.pair(InHeader, name, dec, 0, len(dec), false, ed) && !x.shapeValue(name, dec, 0, len(dec), false, ed) {
						if bytes.EqualFold(name, []byte("sec-websocket-protocol")) {
							x.wsProtocols(dec, ed)
							return
						}
						x.url = urlHeader(name)
						x.scanString(dec, ed)
						if x.url {
							x.url = false
							x.urlPath(dec, ed)
						}
					}
				})
			case c == cCookie && string(key) == "value":
				x.name = name
				x.expires = cookieFieldExpiry(get("expires"))
				x.withString(t, s, e, ed, func(dec []byte, ed *edits) {
					x.secret(dec, 0, len(dec), x.rules.cookie, x.rules.cookie.Kind, true, ed)
				})
				x.expires = time.Time{}
			case (c == cQueryItem || c == cParam) && string(key) == "value":
				x.name = name
				x.withString(t, s, e, ed, func(dec []byte, ed *edits) { x.paramValue(dec, name, ed) })
			case (c == cPostData || c == cContent) && string(key) == "text",
				c == cWSMessage && string(key) == "data":
				x.reply = nil
				if c == cContent {
					x.reply = x.endpoint // a response to …/backup_codes: its generic members are the codes (endpoint.go)
				}
				err := x.bodyString(t, s, e, mime, base64, ed)
				x.reply = nil
				if err != nil {
					x.pop()
					return 0, err
				}
			case c == cCookie && string(key) == "name" && len(get("value")) == 0 && machineGenerated(t[s:e], false):
				// A cookie without '=' (Set-Cookie: S; Path=/) parsed by
				// the exporter as a name with no value: the name is the
				// value.
				x.withString(t, s, e, ed, func(dec []byte, ed *edits) {
					x.secret(dec, 0, len(dec), x.rules.cookie, x.rules.cookie.Kind, true, ed)
				})
			case c == cParam && string(key) == "name" && bodyInName(t[s:e]):
				// A whole body stored as a parameter's name (Fiddler,
				// Charles): scanned as a body.
				x.withString(t, s, e, ed, func(dec []byte, ed *edits) { x.body(dec, "", false, ed) })
			case string(key) == "name" && c != cContent && c != cPostData:
				// Names stay.
				if err := x.checkKey(t[s:e], s); err != nil {
					x.pop()
					return 0, err
				}
			default:
				handled = false
			}
		}
		if !handled {
			cc := child(c, key)
			var r *Rule
			if cc == cAny {
				r = x.keyRule(key)
				if r != nil {
					x.name = key
				}
			}
			if _, err := x.walk(t, m.vs, cc, r, ed, depth+1); err != nil {
				x.pop()
				return 0, err
			}
		}
		x.pop()
	}
	return j, nil
}

// urlHeader reports whether a header's value is a URL (its path is
// judged by urlPath).
func urlHeader(name []byte) bool {
	switch string(bytes.ToLower(name)) {
	case "referer", "location", "content-location", "origin", "link", ":path":
		return true
	}
	return false
}

// bodyInName reports whether a postData parameter's name holds a body
// rather than a name: it is long, or has form or JSON syntax in it.
func bodyInName(raw []byte) bool {
	return len(raw) > 64 || bytes.ContainsAny(raw, "=&{[:")
}

func cookieFieldExpiry(v []byte) time.Time {
	if len(v) == 0 {
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339Nano, string(v))
	if err != nil {
		return time.Time{}
	}
	return t.UTC()
}

// bodyString scans a body held in the JSON string t[s:e]. Text bodies
// (scripts, HTML, CSS, plain text: most of a capture's bytes) are scanned
// in their escaped form, without decoding them: edits then need no mapping.
// JSON, multipart and base64 bodies are decoded first.
func (x *run) bodyString(t []byte, s, e int, mime string, isBase64 bool, ed *edits) error {
	raw := t[s:e]
	if !isBase64 && x.rawJSON(t, s, e, mime, ed) {
		return nil
	}
	if isBase64 || bytes.IndexByte(raw, '\\') < 0 || rawNeedsDecoding(raw, mime) {
		x.withString(t, s, e, ed, func(dec []byte, ed *edits) {
			x.prose = !isBase64 || !isBinaryMime(mime)
			x.body(dec, mime, isBase64, ed)
			x.prose = false
		})
		return nil
	}
	if x.lvl == 0 && !x.checked(s) {
		if bad := validateEscaped(raw); bad >= 0 {
			return stringError(raw, bad, s)
		}
	}
	x.lvl++
	x.raw = true
	x.prose = true
	defer func() { x.prose = false }()
	x.sub(t, s, e, ed, func(sub []byte, ed *edits) {
		if strings.Contains(strings.ToLower(mime), "x-www-form-urlencoded") || looksLikeForm(sub) {
			x.form = true
			x.formPairs(sub, ed)
		}
		x.scanText(sub, ed, false)
		x.form = false
	})
	x.raw = false
	x.lvl--
	return nil
}

// rawNeedsDecoding reports whether a body must be decoded to be scanned:
// JSON (walked as JSON), multipart (split on real line breaks) and the
// carriers of carrier.go (XML, event streams, NDJSON).
func rawNeedsDecoding(raw []byte, mime string) bool {
	i := skipWS(raw, 0)
	if i < len(raw) && (raw[i] == '{' || raw[i] == '[') {
		return true
	}
	lm := strings.ToLower(mime)
	return strings.Contains(lm, "json") || strings.HasPrefix(lm, "multipart/") || bytes.HasPrefix(raw, []byte("--")) ||
		sniffCarrier(mime, raw, true) != carrierNone || mailMime(mime) || rawMailStart(raw) ||
		// A \u escape: Go and .NET write & < > + ' so (x=1\u0026password=S),
		// Python every letter outside ASCII; scanned raw, the text would
		// not have the '&' or the tag or the letter it holds. Scanned
		// decoded, every byte is itself.
		bytes.Contains(raw, []byte(`\u`))
}

// validateEscaped checks raw string content as decodeStrict does, without
// building the decoded text: no control characters, valid UTF-8, valid
// escapes. It returns the offset of the first problem or -1.
func validateEscaped(raw []byte) int {
	if bad := validRun(raw, 0); bad >= 0 {
		return bad
	}
	for i := 0; ; {
		j := bytes.IndexByte(raw[i:], '\\')
		if j < 0 {
			return -1
		}
		i += j
		if i+1 >= len(raw) {
			return i
		}
		switch raw[i+1] {
		case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			i += 2
		case 'u':
			v, ok := hex4(raw, i+2)
			if !ok {
				return i
			}
			if v >= 0xD800 && v < 0xE000 {
				w, ok := hex4(raw, i+8)
				if v >= 0xDC00 || !ok || raw[i+6] != '\\' || raw[i+7] != 'u' || w < 0xDC00 || w >= 0xE000 {
					return i
				}
				i += 6
			}
			i += 6
		default:
			return i
		}
	}
}

// rpcAuthMethod reports whether a JSON-RPC method name is a sign-in's
// (auth.login, user.authenticate, Session.logon, signIn).
func rpcAuthMethod(m []byte) bool {
	for _, w := range splitWords(m) {
		switch w {
		case "login", "logon", "signin", "auth", "authenticate", "authorize", "password", "passwd":
			return true
		case "sign":
			if bytes.Contains(bytes.ToLower(m), []byte("signin")) || bytes.Contains(bytes.ToLower(m), []byte("sign_in")) {
				return true
			}
		}
	}
	return false
}

// identifierValue reports whether the value at t[vs] is a number or a
// string holding a UUID: what an identifier name's value is, never a
// credential by itself.
func identifierValue(t []byte, vs int) bool {
	if vs >= len(t) {
		return false
	}
	if c := t[vs]; c == '-' || c >= '0' && c <= '9' {
		return true
	}
	if t[vs] != '"' {
		return false
	}
	ve, err := stringEndLenient(t, vs+1)
	return err == nil && isUUID(t[vs+1:ve])
}

// decodedValue is stringValue for the decoded text v of a JSON string
// value without a rule: a generated credential by its shape, a URL by its
// path, a known secret, else free text.
func (x *run) decodedValue(v []byte, ed *edits) {
	switch {
	case len(v) >= 13 && x.shapeValue(x.nearestKey(), v, 0, len(v), false, ed):
	case len(v) > 12 && isURL(v):
		x.url = true
		x.scanString(v, ed)
		x.url = false
		x.urlPath(v, ed)
	case x.knownValue(v, 0, len(v), ed) || x.quiet(v):
	default:
		x.scanString(v, ed)
	}
}

// rpcArgs walks the positional params array at t[i] of a method whose
// signature is known (rpcSignatures): each argument is judged as the
// value of a member named by its slot.
func (x *run) rpcArgs(t []byte, i int, slots []string, ed *edits, depth int) (int, error) {
	i = skipWS(t, i+1)
	if i < len(t) && t[i] == ']' {
		return i + 1, nil
	}
	for n := 0; ; n++ {
		vs := skipWS(t, i)
		var r *Rule
		savedName := x.name
		if n < len(slots) && slots[n] != "" {
			name := []byte(slots[n])
			if r = x.memberRule(name, t, vs); r != nil {
				x.name = name
			}
		}
		x.push(nil, n)
		var err error
		i, err = x.walk(t, vs, cAny, r, ed, depth+1)
		x.pop()
		x.name = savedName
		if err != nil {
			return 0, err
		}
		var done bool
		if i, done, err = afterValue(t, i, ']'); err != nil || done {
			return i, err
		}
	}
}

// rpcPositional redacts the strings of the positional params array at
// t[i] of a sign-in call that look like passwords (auth.login ["S"]).
func (x *run) rpcPositional(t []byte, i int, ed *edits) {
	r := x.lookup(InJSONKey, []byte("password"))
	if r == nil {
		return
	}
	for i = skipWS(t, i+1); i < len(t) && t[i] == '"'; {
		e, err := x.stringEnd(t, i+1)
		if err != nil {
			return
		}
		if v := t[i+1 : e]; passwordLooking(v) && !ed.overlaps(i+1, e) && bytes.IndexByte(v, '@') < 0 {
			x.secret(t, i+1, e, r, r.Kind, false, ed)
		}
		i = skipWS(t, e+1)
		if i >= len(t) || t[i] != ',' {
			return
		}
		i = skipWS(t, i+1)
	}
}

// jwkMember reports whether name is a public member of a JSON Web Key.
func jwkMember(name []byte) bool {
	switch string(name) {
	case "n", "e", "x", "y", "x5c", "x5t", "x5t#S256":
		return true
	}
	return false
}

// jwkNear reports whether the value t[s:e] stands in a JSON Web Key on its
// own (not in a key set): a "kty" member close by, before or after it.
func jwkNear(t []byte, s, e int) bool {
	w := t[max(0, s-1024):min(len(t), e+1024)]
	return bytes.Contains(w, []byte(`"kty"`)) || bytes.Contains(w, []byte(`\"kty\"`))
}

// recordName pseudonymises the plain "name" member (its string at t[vs])
// of an object that also has an e-mail member: a person's record (a
// customer, a contact), whose name is the person's.
func (x *run) recordName(t []byte, vs int, ed *edits) {
	if x.opt.KeepPersonal {
		return
	}
	ve, err := x.stringEnd(t, vs+1)
	if err != nil {
		return
	}
	if r := x.recordNameRule(t, vs+1, ve, ed); r != nil {
		x.personal(t, vs+1, ve, r, false, ed)
	}
}

// recordNameRule is the rule for t[s:e], the name of a person's record,
// when it is to be pseudonymised: not empty, not redacted yet, not an
// e-mail address (which its own member carries); nil otherwise.
func (x *run) recordNameRule(t []byte, s, e int, ed *edits) *Rule {
	if x.opt.KeepPersonal || e <= s || ed.overlaps(s, e) || bytes.IndexByte(t[s:e], '@') >= 0 {
		return nil
	}
	return x.lookup(InJSONKey, []byte("full_name"))
}
