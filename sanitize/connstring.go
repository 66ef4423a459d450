package sanitize

import "bytes"

// Connection strings (ADO.NET, Azure Storage and Service Bus, ODBC):
// "Server=db;Database=PolicyDB;User ID=app;Password=S". Under a secret
// name (connectionString, DB_CONNECTION) the value is judged member by
// member, so the server and database support needs stay: a member whose
// name the classifier calls secret (Password, AccountKey,
// SharedAccessKey) is redacted by its rule, and so is any other member
// whose value looks machine-generated.

// connKeys are member names that mark a value as a connection string; at
// least one must be there, so a password with '=' and ';' in it is never
// read as one.
var connKeys = map[string]bool{"server": true, "data source": true, "datasource": true, "host": true, "hostname": true,
	"database": true, "initial catalog": true, "endpoint": true, "accountname": true, "defaultendpointsprotocol": true,
	"endpointsuffix": true, "blobendpoint": true, "provider": true, "driver": true, "dsn": true, "port": true, "address": true,
	"addr": true, "network address": true, "ingestionendpoint": true, "instrumentationkey": true, "applicationid": true,
	"integrated security": true, "trusted_connection": true, "encrypt": true, "sslmode": true, "dbname": true}

// connMember is one Name=Value member of a connection string: t[ns:ne]
// the name, t[vs:ve] the value (without its quotes).
type connMember struct{ ns, ne, vs, ve int }

// connMembers splits t[s:e] into its members when it is a connection
// string: two or more Name=Value members separated by ';', names of
// letters, digits, spaces, '_' and '.', one of them in connKeys.
func connMembers(t []byte, s, e int, into []connMember) []connMember {
	known := false
	for k := s; k < e; {
		j := k + bytes.IndexByte(t[k:e], ';')
		if j < k {
			j = e
		}
		eq := bytes.IndexByte(t[k:j], '=')
		if eq < 0 {
			if len(bytes.TrimSpace(t[k:j])) == 0 {
				k = j + 1
				continue // a trailing or doubled ';'
			}
			return nil
		}
		vs := k + eq + 1
		for vs < j && t[vs] == ' ' {
			vs++
		}
		ve := j
		if vs < e && (t[vs] == '\'' || t[vs] == '"') {
			// A quoted value may hold ';' (Password='a;b').
			c := bytes.IndexByte(t[vs+1:e], t[vs])
			if c < 0 {
				return nil
			}
			vs, ve = vs+1, vs+1+c
			if j = ve + 1; j < e && t[j] != ';' {
				return nil
			}
		}
		ns, ne := k, k+eq
		for ns < ne && t[ns] == ' ' {
			ns++
		}
		if ne-ns < 2 || ne-ns > 40 {
			return nil
		}
		var lb [40]byte
		for i, c := range t[ns:ne] {
			if !(isWordByte(c) || c == ' ' || c == '.') {
				return nil
			}
			lb[i] = c | 0x20
		}
		known = known || connKeys[string(bytes.TrimSpace(lb[:ne-ns]))]
		into = append(into, connMember{ns, ne, vs, ve})
		k = j + 1
	}
	if len(into) < 2 || !known {
		return nil
	}
	return into
}

// connString redacts the secret members of t[s:e], a connection string
// under rule, and reports whether it was one.
func (x *run) connString(t []byte, s, e int, rule *Rule, ed *edits) bool {
	var buf [12]connMember
	ms := connMembers(t, s, e, buf[:0])
	if ms == nil {
		return false
	}
	for _, m := range ms {
		vs, ve := m.vs, m.ve
		if ve <= vs || x.pair(InParam, t[m.ns:m.ne], t, vs, ve, false, ed) {
			continue
		}
		if v := t[vs:ve]; !trivial(v) && (randomLooking(v) || machineGenerated(v, true)) {
			x.secret(t, vs, ve, rule, rule.Kind, false, ed)
		}
	}
	return true
}
