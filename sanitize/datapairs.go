package sanitize

import (
	"bytes"
	"strings"
)

// Pairs spelled as data: a JSON object that describes a name/value pair
// with members of its own ({"name": "password", "value": S}, {"key":
// "Authorization", "value": S}, {"type": "password", "value": S}, form-field
// descriptors in sign-in JSON), and a two-element array [name, value]
// ([["password", S]], header tuples). The pair's name is judged by the one
// classifier like any other name, and the value redacted under its rule.

// descriptorName reports whether a member key names the pair an object
// describes.
func descriptorName(key []byte) bool {
	switch string(key) {
	case "name", "key", "type", "field", "fieldName", "field_name", "ref", "param", "parameter", "header", "headerName",
		"label", "attribute", "attr", "property", "prop", "k", "inputName", "input_name", "Name", "Key", "Type", "Field",
		"target", "selector", // a session-replay record: {"type": "input", "target": "#password", "value": S}
		"medium",    // a third-party id: {"medium": "email", "address": S} (Matrix)
		"path",      // a JSON Patch or SCIM PatchOp operation: {"op": "replace", "path": "/smtp/password", "value": S}
		"typ",       // a claim of an App Service principal: {"typ": "name", "val": S}
		"id", "_id", // a credential input: {"id": "password", "value": S} (Plaid Link); a setting: {"_id": "SMTP_Password", "value": S} (Rocket.Chat)
		"n",                                                           // an item to submit: {"n": "P1_PASSWORD", "v": S} (Oracle APEX)
		"setting",                                                     // a device's setting: {"setting": "printerSharedSecret", "value": S}
		"node",                                                        // a setting by its path: {"node": "Minecraft.Server.RconPassword", "value": S} (AMP)
		"variable", "env", "var", "env_variable", "envVar", "env_var", // an environment variable: {"env_variable": "RCON_PASS", "server_value": S} (Pterodactyl)
		"style", "mode", "inputType", "input_type", "controlType", "fieldType", "field_type", "widget", // an input's kind: {"type": "Input.Text", "style": "Password", "value": S} (Adaptive Cards)
		"system": // a FHIR identifier: {"system": "http://hl7.org/fhir/sid/us-ssn", "value": S}, named by its URI's last segment
		return true
	}
	if n := len(key); n >= 5 {
		switch key[n-1] { // (a byte first: this runs for every member)
		case 'e':
			return descriptorSuffix(key, "name")
		case 'y':
			return descriptorSuffix(key, "key")
		case 'l':
			return descriptorSuffix(key, "label") // DocuSign's tabs: {"tabLabel": "SSN", "value": S}
		}
	}
	return false
}

// idName reports whether v, the value of a descriptor's name member key,
// may name a field: under an id or n ({"id": "password"}, {"n":
// "P101_PASSWORD"}) only a name written in one case is one, as random ids
// are not ("zzKRstcpMglf"); other members ("name", "key") name anything.
func idName(key, v []byte) bool {
	if string(key) != "id" && string(key) != "_id" && string(key) != "n" {
		return true
	}
	lower, upper := false, false
	for _, c := range v {
		switch {
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= 'A' && c <= 'Z':
			upper = true
		case c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.':
		default:
			return false
		}
	}
	return !(lower && upper)
}

// valueType reports whether v, the third element of a [name, value, type]
// triple, names a value's type (xsd:string, boolean).
func valueType(v []byte) bool {
	if bytes.HasPrefix(v, []byte("xsd:")) || bytes.HasPrefix(v, []byte("xs:")) {
		return true
	}
	switch strings.ToLower(string(v)) {
	case "string", "int", "integer", "boolean", "bool", "number", "unsignedint", "datetime", "base64", "varchar", "text", "nullable(string)", "lowcardinality(string)":
		return true
	}
	return false
}

// headerNameLike reports whether v is written as an HTTP header's name
// (Content-Type, X-Requested-With, Accept): the second element of a list
// of header names, not a value.
func headerNameLike(v []byte) bool {
	if len(v) < 2 || len(v) > 40 {
		return false
	}
	word := true // at a word's start
	for _, c := range v {
		switch {
		case c == '-':
			if word {
				return false
			}
			word = true
		case word && c >= 'A' && c <= 'Z':
			word = false
		case !word && c >= 'a' && c <= 'z':
		default:
			return false
		}
	}
	return !word
}

// descriptorValue reports whether a member key holds the value of the pair
// an object describes.
func descriptorValue(key []byte) bool {
	switch string(key) {
	case "value", "val", "v", "content", "data", "secret", "answer", "input", "Value", "defaultValue", "default", "address", "response", "Answer":
		return true
	}
	if len(key) >= 7 && key[0] == 'v' && key[5] >= 'A' && key[5] <= 'Z' && string(key[:5]) == "value" {
		// FHIR's value[x]: {"name": "password", "valueString": S}; not
		// valueFrom (an ECS secret's ARN: a reference)
		switch string(key[5:]) {
		case "String", "Code", "Markdown", "Base64Binary", "Integer", "Decimal", "Uri", "Url", "Id", "Oid", "Uuid":
			return true
		}
	}
	return len(key) >= 7 && key[len(key)-1] == 'e' && descriptorSuffix(key, "value")
}

// descriptorSuffix reports whether key is a word and the descriptor word
// w (name, key, value) after it, camelCase, snake_case or run together in
// lower case: parameterName, ParameterKey, parameter_value, propname
// (Maximo's propname/propvalue, Dynamics' schemaname/defaultvalue).
func descriptorSuffix(key []byte, w string) bool {
	n := len(key) - len(w)
	if n < 2 || n > 32 {
		return false
	}
	for k, c := range []byte(w) {
		d := key[n+k]
		if k == 0 {
			if !(d == c-32 || d == c && (key[n-1] == '_' || key[n-1] == '-' || lowerWord(key[:n]))) {
				return false
			}
			continue
		}
		if d != c {
			return false
		}
	}
	return true
}

// maxDescName bounds a descriptor's name: longer strings are not names.
const maxDescName = 64

// descriptor holds what an object walk learnt of a pair spelled as data.
type descriptor struct {
	rule     *Rule
	name     []byte
	vs, ve   int // the value member's value (raw, quotes included); ve 0: none
	key      []byte
	tvs, tve int  // a "text" member's value: the value when the name came from a nested object
	nested   bool // the name came from a nested object
}

// nestedDescriptor reports whether a member key holds an object that
// names its parent's value: a form answer's field ({"field": {"ref":
// "vpn_password"}, "text": S}, Typeform), a board item's column
// , an
// OCPP 2.0.1 variable ({"variable": {"name": "BasicAuthPassword"},
// "attributeValue": S}).
func nestedDescriptor(key []byte) bool {
	switch string(key) {
	case "field", "variable", "column", "attribute", "property", "parameter", "param", "question", "setting", "definition", "input":
		return true
	}
	return false
}

// nameRule returns the rule for a pair's name spelled as a string value
// s (raw content), or nil.
func (x *run) nameRule(s []byte) *Rule {
	if bytes.HasPrefix(s, []byte("http://")) || bytes.HasPrefix(s, []byte("https://")) || bytes.HasPrefix(s, []byte("urn:")) {
		s = lastSegment(s) // a naming URI (a FHIR identifier's system, a claim type): its last segment names the value
	} else if k := bytes.LastIndexByte(s, '/'); k >= 0 && k < len(s)-1 && len(s) <= 256 && bytes.IndexByte(s, ' ') < 0 {
		s = s[k+1:] // a setting's path (Segment's /config/secretKey, an OMA-URI's …/Users/kiosk01/Password): its last segment names the value
	}
	if d := bytes.LastIndexByte(s, '.'); d > 0 && d < len(s)-1 && bytes.IndexByte(s, ' ') < 0 {
		// A dotted path (TR-069's Device.WiFi.AccessPoint.1.Security.KeyPassphrase,
		// a setting's adyen.api.password): its last segment names the value.
		if r := x.nameRule(s[d+1:]); r != nil {
			return r
		}
		if len(s) > maxDescName {
			return nil
		}
	}
	if len(s) == 0 || len(s) > maxDescName || !x.rules.keys.mayKey(s) || machineGenerated(s, false) {
		return nil
	}
	name := x.key(s)
	if r := x.lookup(InJSONKey, name); r != nil {
		return r
	}
	if !x.opt.KeepPersonal {
		// A claim spelled as data ({"typ": "name", "val": S}): the
		// claim names of tokens apply (name, email, upn).
		return x.lookup(InJWTClaim, name)
	}
	return nil
}

// applyDescriptor redacts the value of a pair spelled as data, replacing
// whatever was found inside it before.
func (x *run) applyDescriptor(t []byte, d *descriptor, ed *edits, depth int) {
	if d.ve == 0 && d.rule != nil {
		// Nothing holds the value here: the object may name its
		// parent's (nestedDescriptor).
		x.inner.rule, x.inner.name = d.rule, d.name
	}
	if d.rule != nil && d.ve == 0 && d.nested && d.tve != 0 {
		d.vs, d.ve, d.key = d.tvs, d.tve, []byte("text")
	}
	if d.rule != nil && d.ve != 0 && t[d.vs] == '[' {
		// An array of values: each element under the pair's rule.
		ed.dropWithin(d.vs, d.ve)
		saved := x.name
		x.name = d.name
		x.push(d.key, 0)
		_, err := x.walk(t, d.vs, cAny, d.rule, ed, depth+1)
		x.pop()
		x.name = saved
		if err != nil && x.err == nil {
			x.err = err
		}
		return
	}
	if d.rule == nil || d.ve == 0 || t[d.vs] != '"' {
		return
	}
	if x.secretName(t[d.vs+1 : d.ve-1]) {
		return // the value names a secret too: ["authorization_code", "refresh_token"] lists grant types
	}
	ed.dropWithin(d.vs, d.ve)
	saved := x.name
	x.name = d.name
	x.push(d.key, 0)
	x.stringValue(t, d.vs+1, d.ve-1, cAny, d.rule, ed)
	x.pop()
	x.name = saved
}

// secretFlag reports whether a member key, set to true, says the object
// it is in holds a secret value: Datadog's {"secure": true, "value": S},
// GitLab's {"masked": true, "value": S}, Terraform's {"sensitive": true}.
// (Not hidden or protected: a hidden form field or a protected branch's
// variable is no secret for that.)
func secretFlag(key []byte) bool {
	switch string(key) {
	case "secure", "secret", "sensitive", "isSecret", "is_secret", "isSensitive", "is_sensitive", "masked", "isMasked", "is_masked",
		"secured", "isSecure", "is_secure", "isPassword", "is_password", "password":
		return true
	}
	return false
}

// stringsArray reports whether the array at t[i] ('[') starts with a
// string (an array of values, not of objects).
func stringsArray(t []byte, i int) bool {
	k := skipWS(t, i+1)
	return k < len(t) && t[k] == '"'
}

// lowerWord reports whether w is lower-case letters only.
func lowerWord(w []byte) bool {
	return len(w) > 0 && everyByte(w, func(c byte) bool { return c >= 'a' && c <= 'z' })
}
