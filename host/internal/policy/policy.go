// Package policy reads, validates and merges the administrator's policy for
// safehar: the host's own system policy (a file, a managed-preferences plist
// or registry values, depending on the OS) and the managed settings the
// extension passes in its hello and begin messages.
//
// Both have the same shape, described by extension/managed_schema.json
// (which Chrome also checks the extension's managed storage against). The
// host enforces the strictest of the two: the extension can tighten what the
// system policy says, never loosen it, so a tampered extension cannot weaken
// redaction. A policy that does not validate is reported and the strictest
// settings apply (see Strictest); its valid parts still apply, so a mistake
// in one field never drops the extra names the administrator listed.
package policy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/safehar/safehar/sanitize"
)

// JWT handling values.
const (
	JWTKeepClaims = string(sanitize.JWTKeepClaims) // "keep-claims", the default
	JWTDrop       = string(sanitize.JWTDrop)       // "drop"
)

// Policy is what an administrator sets. A zero field (empty string, nil
// slice, nil bool) is not set. The JSON names are the managed_schema's.
type Policy struct {
	// HostName is the native-messaging host the extension connects to.
	// The host only reports it.
	HostName string `json:"hostName,omitempty"`
	// OutputDir is where captures are saved: absolute or starting with
	// "~/", and inside the user's home folder.
	OutputDir string `json:"outputDir,omitempty"`
	// ExtraHeaders, ExtraParams and ExtraJSONKeys are names whose values are
	// redacted on top of the built-in rules.
	ExtraHeaders  []string `json:"extraHeaders,omitempty"`
	ExtraParams   []string `json:"extraParams,omitempty"`
	ExtraJSONKeys []string `json:"extraJsonKeys,omitempty"`
	// ExtraPatterns are value patterns redacted wherever they occur.
	ExtraPatterns []Pattern `json:"extraPatterns,omitempty"`
	// JWT is "keep-claims" (the default) or "drop".
	JWT string `json:"jwt,omitempty"`
	// RedactPersonalData pseudonymises email addresses, names and phone
	// numbers (default true).
	RedactPersonalData *bool `json:"redactPersonalData,omitempty"`
	// AllowExportWithoutBodies allows captures without response bodies
	// (default true).
	AllowExportWithoutBodies *bool `json:"allowExportWithoutBodies,omitempty"`
	// UploadHint is shown by the extension after an export.
	UploadHint string `json:"uploadHint,omitempty"`
	// Review says whether the user reviews what was found before the file
	// is saved: "optional" (the default: the extension asks), "skip" or
	// "required".
	Review string `json:"review,omitempty"`
	// AllowExtraTerms lets the user add terms to remove during the review
	// (default true).
	AllowExtraTerms *bool `json:"allowExtraTerms,omitempty"`
	// AuditLog is a JSON-lines file every export and CLI sanitize appends
	// one line to (host/internal/audit); absolute or "~/". Only the system
	// policy may set it: it is not in the extension's managed schema.
	AuditLog string `json:"auditLog,omitempty"`
}

// Pattern is a value pattern: a Go (RE2) regular expression.
type Pattern struct {
	Name   string `json:"name"`
	Regexp string `json:"regexp"`
	Kind   string `json:"kind,omitempty"`
}

// Kinds of field, as in the managed_schema.
const (
	typeString   = "string"
	typeBool     = "boolean"
	typeStrings  = "array-of-string"
	typePatterns = "array-of-pattern"
)

// Fields lists every policy key and its type ("string", "boolean",
// "array-of-string", "array-of-pattern"), in schema order.
var Fields = []struct{ Name, Type string }{
	{"hostName", typeString},
	{"outputDir", typeString},
	{"extraHeaders", typeStrings},
	{"extraParams", typeStrings},
	{"extraJsonKeys", typeStrings},
	{"extraPatterns", typePatterns},
	{"jwt", typeString},
	{"redactPersonalData", typeBool},
	{"allowExportWithoutBodies", typeBool},
	{"uploadHint", typeString},
	{"review", typeString},
	{"allowExtraTerms", typeBool},
}

// Review values (Policy.Review).
const (
	ReviewOptional = "optional"
	ReviewSkip     = "skip"
	ReviewRequired = "required"
)

// SystemFields are the settings only the system policy may set.
var SystemFields = []struct{ Name, Type string }{
	{"auditLog", typeString},
}

func fieldType(name string, system bool) string {
	for _, f := range Fields {
		if f.Name == name {
			return f.Type
		}
	}
	for _, f := range SystemFields {
		if f.Name == name && system {
			return f.Type
		}
	}
	return ""
}

// Limits on a policy, so a hostile one cannot make the host slow.
const (
	MaxNames      = 256 // per list
	MaxNameLen    = 256 // per name
	MaxPatterns   = sanitize.MaxPatterns
	MaxRegexpLen  = 1024 // per pattern
	MaxHintLen    = 1000
	MaxOutputDir  = 4096
	MaxPolicySize = 1 << 20 // bytes of a policy file or message
)

// Env is what validation needs to know about the user the host runs for.
type Env struct {
	// Home is the user's home folder. outputDir must be inside it. Empty:
	// only the syntax of outputDir is checked (templates).
	Home string
	// EvalSymlinks resolves a path (filepath.EvalSymlinks); nil: none.
	EvalSymlinks func(string) (string, error)
	// System is true for the administrator's system policy, which may
	// also set SystemFields; the extension's settings may not.
	System bool
}

// FieldError is one problem with one policy key.
type FieldError struct {
	Key string // policy key, "" for the whole document
	Msg string
}

func (e *FieldError) Error() string {
	if e.Key == "" {
		return e.Msg
	}
	return fmt.Sprintf("%s: %s", e.Key, e.Msg)
}

func ferr(key, format string, a ...any) error {
	return &FieldError{Key: key, Msg: fmt.Sprintf(format, a...)}
}

// Parse validates a policy given as JSON. It returns the valid parts and
// every problem found; when there are problems the caller applies
// Strictest (Load and FromMessage do).
func Parse(data []byte, env Env) (Policy, []error) {
	if len(data) > MaxPolicySize {
		return Policy{}, []error{ferr("", "the policy is %d bytes, above the %d-byte limit", len(data), MaxPolicySize)}
	}
	if !utf8.Valid(data) {
		return Policy{}, []error{ferr("", "the policy is not UTF-8 text")}
	}
	if err := checkDuplicates(data); err != nil {
		return Policy{}, []error{ferr("", "the policy is not valid JSON: %v", err)}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return Policy{}, []error{ferr("", "the policy is not valid JSON: %v", err)}
	}
	if _, err := dec.Token(); err != io.EOF {
		return Policy{}, []error{ferr("", "the policy has data after its JSON object")}
	}
	m, ok := v.(map[string]any)
	if !ok {
		return Policy{}, []error{ferr("", "the policy must be a JSON object, not %s", typeName(v))}
	}
	return FromMap(m, env)
}

// checkDuplicates refuses a JSON text with a key given twice in an object
// (which value wins would depend on the reader).
func checkDuplicates(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	type frame struct {
		obj   bool
		keys  map[string]bool
		isKey bool
	}
	var stack []*frame
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		var top *frame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{', '[':
				if top != nil && top.obj {
					top.isKey = true
				}
				stack = append(stack, &frame{obj: t == '{', keys: map[string]bool{}, isKey: true})
				if len(stack) > 64 {
					return errors.New("nested more than 64 levels deep")
				}
			default:
				stack = stack[:len(stack)-1]
			}
			continue
		case string:
			if top != nil && top.obj && top.isKey {
				if top.keys[t] {
					return fmt.Errorf("the key %q appears twice", t)
				}
				top.keys[t] = true
				top.isKey = false
				continue
			}
		}
		if top != nil && top.obj {
			top.isKey = true
		}
	}
}

func typeName(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "a boolean"
	case json.Number, float64, int, int64, uint64:
		return "a number"
	case string:
		return "a string"
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

var (
	hostNameRE    = regexp.MustCompile(`^[a-z0-9_]+(\.[a-z0-9_]+)*$`)
	patternNameRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`)
	kindRE        = regexp.MustCompile(`^[a-z][a-z0-9-]{0,31}$`)
)

// FromMap validates a policy decoded from JSON, a plist or the registry
// (strings, booleans, []any and map[string]any).
func FromMap(m map[string]any, env Env) (Policy, []error) {
	var p Policy
	var errs []error
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		v := m[k]
		t := fieldType(k, env.System)
		if t == "" && fieldType(k, true) != "" {
			errs = append(errs, ferr(k, "can be set only in the system policy"))
			continue
		}
		if t == "" {
			errs = append(errs, ferr(k, "is not a safehar policy setting (the settings are %s)", fieldNames()))
			continue
		}
		switch t {
		case typeBool:
			b, ok := v.(bool)
			if !ok {
				errs = append(errs, ferr(k, "must be true or false, not %s", typeName(v)))
				continue
			}
			switch k {
			case "redactPersonalData":
				p.RedactPersonalData = &b
			case "allowExportWithoutBodies":
				p.AllowExportWithoutBodies = &b
			case "allowExtraTerms":
				p.AllowExtraTerms = &b
			}
		case typeString:
			s, ok := v.(string)
			if !ok {
				errs = append(errs, ferr(k, "must be a string, not %s", typeName(v)))
				continue
			}
			if err := setString(&p, k, s, env); err != nil {
				errs = append(errs, err)
			}
		case typeStrings:
			names, es := stringList(k, v)
			errs = append(errs, es...)
			switch k {
			case "extraHeaders":
				p.ExtraHeaders = names
			case "extraParams":
				p.ExtraParams = names
			case "extraJsonKeys":
				p.ExtraJSONKeys = names
			}
		case typePatterns:
			pats, es := patternList(k, v)
			errs = append(errs, es...)
			p.ExtraPatterns = pats
		}
	}
	return p, errs
}

func fieldNames() string {
	var n []string
	for _, f := range Fields {
		n = append(n, f.Name)
	}
	return strings.Join(n, ", ")
}

func hasControl(s string) bool {
	return strings.IndexFunc(s, unicode.IsControl) >= 0
}

func setString(p *Policy, k, s string, env Env) error {
	switch k {
	case "hostName":
		if len(s) > 200 || !hostNameRE.MatchString(s) {
			return ferr(k, "%q is not a native-messaging host name (lower-case letters, digits, '_' and '.', like com.safehar.host)", s)
		}
		p.HostName = s
	case "outputDir":
		dir, err := CheckOutputDir(s, env)
		if err != nil {
			return ferr(k, "%v", err)
		}
		p.OutputDir = dir
	case "auditLog":
		path, err := checkAuditLog(s, env)
		if err != nil {
			return ferr(k, "%v", err)
		}
		p.AuditLog = path
	case "jwt":
		if s != JWTKeepClaims && s != JWTDrop {
			return ferr(k, "must be %q or %q, not %q", JWTKeepClaims, JWTDrop, s)
		}
		p.JWT = s
	case "review":
		if s != ReviewOptional && s != ReviewSkip && s != ReviewRequired {
			return ferr(k, "must be %q, %q or %q, not %q", ReviewOptional, ReviewSkip, ReviewRequired, s)
		}
		p.Review = s
	case "uploadHint":
		if len(s) > MaxHintLen || strings.ContainsAny(s, "\x00\r") || strings.IndexFunc(s, func(r rune) bool { return r != '\n' && unicode.IsControl(r) }) >= 0 {
			return ferr(k, "must be at most %d characters of text without control characters", MaxHintLen)
		}
		p.UploadHint = s
	}
	return nil
}

// stringList validates a list of names, keeping the valid ones.
func stringList(k string, v any) ([]string, []error) {
	arr, ok := v.([]any)
	if !ok {
		return nil, []error{ferr(k, "must be an array of names, not %s", typeName(v))}
	}
	if len(arr) > MaxNames {
		return nil, []error{ferr(k, "has %d names, above the limit of %d", len(arr), MaxNames)}
	}
	var out []string
	var index []int
	var errs []error
	for i, x := range arr {
		s, ok := x.(string)
		if !ok {
			errs = append(errs, ferr(k, "item %d must be a string, not %s", i, typeName(x)))
			continue
		}
		if err := checkName(k, s); err != nil {
			errs = append(errs, ferr(k, "item %d: %v", i, err))
			continue
		}
		if !slices.Contains(out, s) {
			out = append(out, s)
			index = append(index, i)
		}
	}
	out, es := extendCheck(k, out, index, func(n []string) sanitize.Extra { return namesExtra(k, n) })
	return out, append(errs, es...)
}

func checkName(k, s string) error {
	if len(s) == 0 || len(s) > MaxNameLen || hasControl(s) {
		return fmt.Errorf("%q must be 1 to %d characters without control characters", s, MaxNameLen)
	}
	if strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
		return fmt.Errorf("%q has no letters or digits", s)
	}
	if k == "extraHeaders" {
		for _, c := range []byte(s) {
			if c <= ' ' || c >= 0x7f || strings.IndexByte(`"(),/:;<=>?@[\]{}`, c) >= 0 {
				return fmt.Errorf("%q is not an HTTP header name", s)
			}
		}
	}
	return nil
}

func namesExtra(k string, names []string) sanitize.Extra {
	switch k {
	case "extraHeaders":
		return sanitize.Extra{Headers: names}
	case "extraParams":
		return sanitize.Extra{Params: names}
	}
	return sanitize.Extra{JSONKeys: names}
}

func patternsExtra(pats []Pattern) sanitize.Extra {
	var x sanitize.Extra
	for _, p := range pats {
		x.Patterns = append(x.Patterns, sanitize.PatternSpec{Name: p.Name, Regexp: p.Regexp})
	}
	return x
}

// maxItemChecks bounds how many items of one list are compiled one by one
// to find which of them Rules.Extend refuses (each check compiles the whole
// rule table), so a hostile policy cannot make loading slow.
const maxItemChecks = 8

// extendCheck gives Rules.Extend the last word on a list: all items at
// once, and when that fails, item by item to name the bad ones (at most
// maxItemChecks; the rest are dropped unchecked).
func extendCheck[T any](k string, items []T, index []int, extra func([]T) sanitize.Extra) ([]T, []error) {
	if len(items) == 0 {
		return items, nil
	}
	if _, err := sanitize.DefaultRules().Extend(extra(items)); err == nil {
		return items, nil
	}
	var ok []T
	var errs []error
	for i, it := range items {
		if i == maxItemChecks {
			errs = append(errs, ferr(k, "items %d and later were not checked after %d problems; fix the ones above", index[i], maxItemChecks))
			break
		}
		// With the items kept so far: limits on all of them together
		// (the patterns' total program size) hold too.
		if _, err := sanitize.DefaultRules().Extend(extra(append(slices.Clip(ok), it))); err != nil {
			errs = append(errs, ferr(k, "item %d: %v", index[i], err))
			continue
		}
		ok = append(ok, it)
	}
	return ok, errs
}

// patternList validates extraPatterns, keeping the valid ones.
func patternList(k string, v any) ([]Pattern, []error) {
	arr, ok := v.([]any)
	if !ok {
		return nil, []error{ferr(k, "must be an array of {name, regexp, kind} objects, not %s", typeName(v))}
	}
	if len(arr) > MaxPatterns {
		return nil, []error{ferr(k, "has %d patterns, above the limit of %d", len(arr), MaxPatterns)}
	}
	var out []Pattern
	var index []int
	var errs []error
	for i, x := range arr {
		o, ok := x.(map[string]any)
		if !ok {
			errs = append(errs, ferr(k, "item %d must be an object with name, regexp and kind, not %s", i, typeName(x)))
			continue
		}
		p, err := pattern(o)
		if err != nil {
			errs = append(errs, ferr(k, "item %d: %v", i, err))
			continue
		}
		if !slices.ContainsFunc(out, func(q Pattern) bool { return q.Name == p.Name }) {
			out = append(out, p)
			index = append(index, i)
		} else if !slices.Contains(out, p) {
			errs = append(errs, ferr(k, "item %d: the name %q is used by another pattern", i, p.Name))
		}
	}
	out, es := extendCheck(k, out, index, patternsExtra)
	return out, append(errs, es...)
}

func pattern(o map[string]any) (Pattern, error) {
	var p Pattern
	for key, v := range o {
		s, ok := v.(string)
		switch key {
		case "name", "regexp", "kind":
			if !ok {
				return p, fmt.Errorf("%s must be a string, not %s", key, typeName(v))
			}
		default:
			return p, fmt.Errorf("%q is not a pattern field (name, regexp, kind)", key)
		}
		switch key {
		case "name":
			p.Name = s
		case "regexp":
			p.Regexp = s
		case "kind":
			p.Kind = s
		}
	}
	if !patternNameRE.MatchString(p.Name) {
		return p, fmt.Errorf("the pattern name %q must be 1 to 64 letters, digits, '.', '_' or '-'", p.Name)
	}
	if p.Kind != "" && !kindRE.MatchString(p.Kind) {
		return p, fmt.Errorf("the pattern %q has kind %q; a kind is lower-case letters, digits and '-', like %q", p.Name, p.Kind, sanitize.KindSecret)
	}
	if err := CheckRegexp(p.Name, p.Regexp); err != nil {
		return p, err
	}
	return p, nil
}

// CheckRegexp refuses a pattern that is too long, does not compile in Go's
// RE2 syntax (backreferences and look-arounds, the features that make
// backtracking engines take exponential time, do not), or nests unbounded
// repetitions like (a+)+ (exponential in backtracking engines, which the
// extension's may be). Whether it matches ordinary text is sanitize's check,
// which Parse applies through Rules.Extend.
func CheckRegexp(name, re string) error {
	if re == "" {
		return fmt.Errorf("the pattern %q has no regexp", name)
	}
	if len(re) > MaxRegexpLen {
		return fmt.Errorf("the pattern %q is %d characters, above the limit of %d", name, len(re), MaxRegexpLen)
	}
	tree, err := syntax.Parse(re, syntax.Perl)
	if err != nil {
		return fmt.Errorf("the pattern %q is not a valid RE2 regular expression (%v); safehar does not support backreferences or look-arounds", name, err)
	}
	if nestedRepeat(tree, false) {
		return fmt.Errorf("the pattern %q repeats a repetition (like (a+)+), which takes exponential time in backtracking regex engines; rewrite it without nested + or *", name)
	}
	if _, err := regexp.Compile(re); err != nil {
		return fmt.Errorf("the pattern %q is not a valid RE2 regular expression (%v)", name, err)
	}
	return nil
}

func nestedRepeat(re *syntax.Regexp, inside bool) bool {
	unbounded := re.Op == syntax.OpStar || re.Op == syntax.OpPlus || (re.Op == syntax.OpRepeat && re.Max == -1)
	if unbounded && inside {
		return true
	}
	for _, s := range re.Sub {
		if nestedRepeat(s, inside || unbounded || (re.Op == syntax.OpRepeat && re.Max > 1)) {
			return true
		}
	}
	return false
}

// checkAuditLog validates an auditLog setting: a file path, absolute or
// starting with "~/" (the user's home folder), returned expanded.
func checkAuditLog(path string, env Env) (string, error) {
	if path == "" || len(path) > MaxOutputDir || hasControl(path) {
		return "", fmt.Errorf("must be a file path of 1 to %d characters without control characters", MaxOutputDir)
	}
	if rest, ok := strings.CutPrefix(path, "~/"); ok {
		if env.Home == "" {
			return path, nil // a template: only the syntax is checked
		}
		path = filepath.Join(env.Home, rest)
	}
	if !filepath.IsAbs(path) {
		return "", fmt.Errorf("%q is not an absolute path (or one starting with ~/)", path)
	}
	if strings.HasSuffix(path, "/") || strings.HasSuffix(path, `\`) {
		return "", fmt.Errorf("%q names a folder; name the file to append to", path)
	}
	return filepath.Clean(path), nil
}
