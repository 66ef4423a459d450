package contract

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// JS returns extension/src/contract.js: the tables of this package as
// JavaScript module exports.
func JS() []byte {
	var b bytes.Buffer
	b.WriteString("// Generated from host/internal/contract by `go generate ./host/internal/contract`. DO NOT EDIT.\n")
	b.WriteString("// The tables the extension shares with the host: kinds and their labels, error codes, managed settings.\n\n")
	section := func(comment, name string, v any) {
		j, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			panic(err) // plain tables: cannot fail
		}
		fmt.Fprintf(&b, "// %s\nexport const %s = Object.freeze(%s);\n\n", comment, name, j)
	}
	section("Every kind the host reports: {kind, label (plural, for counts), single}.", "KINDS", Kinds)
	section("Every error code the host sends (host/PROTOCOL.md).", "ERROR_CODES", ErrorCodes)
	section("Every managed setting, in managed_schema.json order: {name, type}.", "SETTINGS", Settings())
	section("The values of the review setting.", "REVIEW", map[string]string{"optional": ReviewOptional, "skip": ReviewSkip, "required": ReviewRequired})
	fmt.Fprintf(&b, "// The kind of the terms a user adds during the review.\nexport const KIND_USER_TERM = %q;\n", KindUserTerm)
	return b.Bytes()
}
