package sanitize

import (
	"bytes"
	"strconv"
)

// GWT-RPC requests (text/x-gwt-rpc: older enterprise web apps) are a
// '|'-separated list: version, flags, the size of a string table, the
// table (module base URL, policy strong name, service interface, method,
// then type signatures and string arguments), then indices into it. A
// sign-in method's string arguments that look like passwords are one
// (LoginService.login(user, password)).

// gwtRPC scans the GWT-RPC request t. It reports false when t is not one.
func (x *run) gwtRPC(t []byte, ed *edits) bool {
	f := bytes.Split(t, []byte{'|'})
	if len(f) < 8 {
		return false
	}
	n, err := strconv.Atoi(string(f[2]))
	if err != nil || n < 4 || 3+n > len(f) {
		return false
	}
	table := f[3 : 3+n]
	if !rpcAuthMethod(table[3]) {
		x.scanString(t, ed)
		return true
	}
	r := x.lookup(InJSONKey, []byte("password"))
	off := 0
	for k, s := range f {
		if k >= 3+4 && k < 3+n && r != nil && passwordLooking(s) && bytes.IndexByte(s, '/') < 0 && !ed.overlaps(off, off+len(s)) {
			x.secret(t, off, off+len(s), r, r.Kind, false, ed)
		}
		off += len(s) + 1
	}
	return true
}
