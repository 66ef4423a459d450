package sanitize

import "bytes"

// Pairs spelled as data in urlencoded forms: fields that describe a
// name/value pair with fields of their own, as admin consoles and
// query-style APIs post them:
//   - indexed descriptors: fields[1][name]=sftp_password&fields[1][value]=S;
//   - AWS Query parameters: Parameters.member.1.ParameterKey=DbPassword&
//     Parameters.member.1.ParameterValue=S;
//   - a flat pair: key=adyen.api.password&val=S;
//   - a Django formset's: settings-2-name=LABEL_SIGNING_KEY&settings-2-value=S;
//   - a bracketed path whose generic last segment is named by the one
//     before it: groups[smtp][fields][password][value]=S.
// The pair's name is judged by the one classifier, as a JSON descriptor's.

// maxFormPairFields bounds the fields a form's pairs are looked for in
// (descriptor forms are settings pages, not uploads).
const maxFormPairFields = 512

// formField is one name=value field of a form: the name decoded, the
// value's span raw.
type formField struct {
	prefix, last []byte // the decoded name up to its last segment, and that segment
	before       []byte // the segment before the last, of a bracketed name
	vs, ve       int
}

// formPairs redacts the values of the pairs spelled as data among the
// fields of the form t.
func (x *run) formPairs(t []byte, ed *edits) {
	if bytes.IndexByte(t, '&') < 0 {
		return
	}
	var fields []formField
	for k := 0; k < len(t) && len(fields) < maxFormPairFields; {
		j := k
		for j < len(t) && t[j] != '&' {
			j++
		}
		if eq := bytes.IndexByte(t[k:j], '='); eq > 0 {
			if f, ok := splitFormName(percentDecode(t[k : k+eq])); ok {
				f.vs, f.ve = k+eq+1, j
				fields = append(fields, f)
			}
		}
		k = j + 1
	}
	x.shortLogin(t, fields, ed)
	for i, f := range fields {
		if f.ve <= f.vs || !descriptorValue(f.last) || ed.overlaps(f.vs, f.ve) {
			continue
		}
		// The name is the nearest name field beside it: before it (a
		// repeated name=N&value=V, Jenkins' build parameters), or after.
		var name []byte
		if k := nearestName(fields, i); k >= 0 {
			name = percentDecode(t[fields[k].vs:fields[k].ve])
		}
		if name == nil {
			name = f.before // groups[smtp][fields][password][value]
		}
		if len(name) == 0 || len(name) > maxDescName {
			continue
		}
		if r := x.nameRule(name); r != nil && x.accepts(r, percentDecode(t[f.vs:f.ve])) {
			x.formatNamed(name, t, f.vs, f.ve, r, true, ed)
		}
	}
}

// splitFormName splits a field's decoded name at its last segment: a
// bracketed name's last [segment] (the one before it kept too), or a
// dotted name's last .segment; a plain name is its own last segment.
func splitFormName(n []byte) (formField, bool) {
	if len(n) == 0 || len(n) > 256 {
		return formField{}, false
	}
	if n[len(n)-1] == ']' {
		o := bytes.LastIndexByte(n, '[')
		if o <= 0 {
			return formField{}, false
		}
		f := formField{prefix: n[:o], last: n[o+1 : len(n)-1]}
		if p := f.prefix; len(p) > 0 && p[len(p)-1] == ']' {
			if b := bytes.LastIndexByte(p, '['); b >= 0 {
				f.before = p[b+1 : len(p)-1]
			}
		}
		return f, true
	}
	if d := bytes.LastIndexByte(n, '.'); d > 0 && d < len(n)-1 {
		return formField{prefix: n[:d], last: n[d+1:]}, true
	}
	if d := bytes.LastIndexByte(n, '-'); d > 2 && d < len(n)-1 && isDigit(n[d-1]) {
		// a Django formset's field: settings-2-name, settings-2-value
		if k := bytes.LastIndexByte(n[:d], '-'); k > 0 && everyByte(n[k+1:d], isDigit) {
			return formField{prefix: n[:d], last: n[d+1:]}, true
		}
	}
	return formField{last: n}, true
}

// nearestName returns the index of the name field closest to the value
// field i with the same prefix (before it first at the same distance), or
// -1.
func nearestName(fields []formField, i int) int {
	isName := func(k int) bool {
		g := fields[k]
		return bytes.Equal(g.prefix, fields[i].prefix) && descriptorName(g.last) && !descriptorValue(g.last)
	}
	for d := 1; d < len(fields); d++ {
		if i-d >= 0 && isName(i-d) {
			return i - d
		}
		if i+d < len(fields) && isName(i+d) {
			return i + d
		}
	}
	return -1
}

// shortLogin redacts the p field of a sign-in form written with one-letter
// names (u=ops&p=S, an app's or a router's login): beside a u (or user,
// username, login, email) field, p is the password.
func (x *run) shortLogin(t []byte, fields []formField, ed *edits) {
	pi, user := -1, false
	for i, f := range fields {
		if f.prefix != nil {
			continue
		}
		switch string(f.last) {
		case "p", "pw":
			pi = i
		case "u", "user", "username", "login", "email", "usr":
			user = true
		}
	}
	if pi < 0 || !user || len(fields) > 8 {
		return
	}
	f := fields[pi]
	if r := x.lookup(InParam, []byte("password")); r != nil && f.ve > f.vs && !ed.overlaps(f.vs, f.ve) && x.accepts(r, percentDecode(t[f.vs:f.ve])) {
		x.formatNamed([]byte("p"), t, f.vs, f.ve, r, true, ed)
	}
}
