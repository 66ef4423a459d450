package policy

import (
	"slices"

	"github.com/safehar/safehar/sanitize"
)

// Built-in defaults, when no policy sets a value.
const (
	DefaultJWT                      = JWTKeepClaims
	DefaultRedactPersonalData       = true
	DefaultAllowExportWithoutBodies = true
	DefaultReview                   = ReviewOptional
	DefaultAllowExtraTerms          = true
)

func ptr(b bool) *bool { return &b }

// Strictest returns p with the settings that decide how much is redacted
// or allowed set to their strictest values: JWTs dropped whole, personal
// data redacted, exports without response bodies refused. It is what
// applies when a policy does not validate: its valid parts (extra names,
// patterns, folder, hint) are kept, but nothing it meant to loosen is.
func Strictest(p Policy) Policy {
	p.JWT = JWTDrop
	p.RedactPersonalData = ptr(true)
	p.AllowExportWithoutBodies = ptr(false)
	return p
}

// Effective returns p with every unset setting at its built-in default.
func Effective(p Policy) Policy {
	if p.JWT == "" {
		p.JWT = DefaultJWT
	}
	if p.RedactPersonalData == nil {
		p.RedactPersonalData = ptr(DefaultRedactPersonalData)
	}
	if p.AllowExportWithoutBodies == nil {
		p.AllowExportWithoutBodies = ptr(DefaultAllowExportWithoutBodies)
	}
	if p.Review == "" {
		p.Review = DefaultReview
	}
	if p.AllowExtraTerms == nil {
		p.AllowExtraTerms = ptr(DefaultAllowExtraTerms)
	}
	return p
}

// Merge returns the policy the host enforces: the system policy (at the
// built-in defaults where it sets nothing) tightened by the extension's.
//
//   - extra headers, parameters, JSON keys and patterns: the union;
//   - jwt: "drop" if either says so;
//   - redactPersonalData: true if either says so (the extension cannot turn
//     it off when the system policy does not);
//   - allowExportWithoutBodies: false if either says so;
//   - outputDir, hostName, uploadHint, review, allowExtraTerms: the system
//     policy's when set, else the extension's (the administrator's choices
//     about the user interface, not about how much is redacted; terms a user
//     adds only ever redact more).
//
// The extension can only make the result stricter, never looser.
func Merge(system, ext Policy) Policy {
	if system.Review == "" {
		system.Review = ext.Review
	}
	if system.AllowExtraTerms == nil {
		system.AllowExtraTerms = ext.AllowExtraTerms
	}
	p := Effective(system)
	if ext.JWT == JWTDrop {
		p.JWT = JWTDrop
	}
	if ext.RedactPersonalData != nil && *ext.RedactPersonalData {
		p.RedactPersonalData = ptr(true)
	}
	if ext.AllowExportWithoutBodies != nil && !*ext.AllowExportWithoutBodies {
		p.AllowExportWithoutBodies = ptr(false)
	}
	p.ExtraHeaders = union(system.ExtraHeaders, ext.ExtraHeaders)
	p.ExtraParams = union(system.ExtraParams, ext.ExtraParams)
	p.ExtraJSONKeys = union(system.ExtraJSONKeys, ext.ExtraJSONKeys)
	p.ExtraPatterns = slices.Clone(system.ExtraPatterns)
	for _, x := range ext.ExtraPatterns {
		if slices.Contains(p.ExtraPatterns, x) {
			continue
		}
		if slices.ContainsFunc(p.ExtraPatterns, func(q Pattern) bool { return q.Name == x.Name }) {
			x.Name = "extension." + x.Name // both apply
		}
		p.ExtraPatterns = append(p.ExtraPatterns, x)
	}
	if p.OutputDir == "" {
		p.OutputDir = ext.OutputDir
	}
	if p.HostName == "" {
		p.HostName = ext.HostName
	}
	if p.UploadHint == "" {
		p.UploadHint = ext.UploadHint
	}
	return p
}

func union(a, b []string) []string {
	out := slices.Clone(a)
	for _, s := range b {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// Rules returns the built-in rules extended with p's extra names and
// patterns. Policies from Parse always extend cleanly; an error means p was
// built by hand.
func Rules(p Policy) (*sanitize.Rules, error) {
	x := sanitize.Extra{Headers: p.ExtraHeaders, Params: p.ExtraParams, JSONKeys: p.ExtraJSONKeys}
	for _, pat := range p.ExtraPatterns {
		x.Patterns = append(x.Patterns, sanitize.PatternSpec{Name: pat.Name, Regexp: pat.Regexp, Kind: sanitize.Kind(pat.Kind)})
	}
	if len(x.Headers)+len(x.Params)+len(x.JSONKeys)+len(x.Patterns) == 0 {
		return sanitize.DefaultRules(), nil
	}
	return sanitize.DefaultRules().Extend(x)
}

// Options returns the sanitizer options p asks for (JWT handling and
// personal data), at the defaults where p sets nothing.
func Options(p Policy) []sanitize.Option {
	p = Effective(p)
	return []sanitize.Option{
		sanitize.WithJWT(sanitize.JWTMode(p.JWT)),
		sanitize.WithKeepPersonal(!*p.RedactPersonalData),
	}
}

// Sanitizer returns the rules and options for p together.
func Sanitizer(p Policy) (*sanitize.Rules, []sanitize.Option, error) {
	r, err := Rules(p)
	if err != nil {
		return nil, nil, err
	}
	return r, Options(p), nil
}
