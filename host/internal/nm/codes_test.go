package nm

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestErrorCodesDocumented: the error codes are one list, kept in step in
// three places: the Code constants here, the table of host/PROTOCOL.md and
// the extension's messages (extension/src/errors.js).
func TestErrorCodesDocumented(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "reply.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	ast.Inspect(f, func(n ast.Node) bool {
		if v, ok := n.(*ast.ValueSpec); ok && strings.HasPrefix(v.Names[0].Name, "Code") {
			if lit, ok := v.Values[0].(*ast.BasicLit); ok {
				s, _ := strconv.Unquote(lit.Value)
				codes = append(codes, s)
			}
		}
		return true
	})
	proto, err := os.ReadFile("../../PROTOCOL.md")
	if err != nil {
		t.Fatal(err)
	}
	js, err := os.ReadFile("../../../extension/src/errors.js")
	if err != nil {
		t.Fatal(err)
	}
	table := string(proto[strings.Index(string(proto), "## Error codes"):])
	var documented []string
	for _, m := range regexp.MustCompile("(?m)^\\| `([a-z_]+)` \\|").FindAllStringSubmatch(table, -1) {
		documented = append(documented, m[1])
	}
	if !slices.Equal(codes, Codes) {
		t.Errorf("Codes is %v, the constants %v", Codes, codes)
	}
	if len(codes) < 10 {
		t.Fatalf("found only %d codes in reply.go", len(codes))
	}
	for _, c := range codes {
		if !slices.Contains(documented, c) {
			t.Errorf("%s is not in the error code table of host/PROTOCOL.md", c)
		}
		if !regexp.MustCompile(`(?m)^\s+` + c + `: \{`).Match(js) {
			t.Errorf("%s has no message in extension/src/errors.js", c)
		}
	}
	for _, c := range documented {
		if !slices.Contains(codes, c) {
			t.Errorf("host/PROTOCOL.md documents %s, which the host never sends", c)
		}
	}
}
