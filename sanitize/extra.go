package sanitize

// Extra is what an administrator's policy adds to the built-in rules (see
// Rules.Extend). Names are matched like built-in ones: any case, with "-",
// "_" and "." ignored.
type Extra struct {
	Headers  []string      `json:"headers,omitempty"`  // header names
	Params   []string      `json:"params,omitempty"`   // query, form and HTML field names
	JSONKeys []string      `json:"jsonKeys,omitempty"` // JSON keys at any depth
	Patterns []PatternSpec `json:"patterns,omitempty"` // value patterns anywhere
}

// PatternSpec is a value pattern given by policy: a Go regular expression
// (RE2 syntax: linear time, no backreferences).
type PatternSpec struct {
	Name   string `json:"name"`
	Regexp string `json:"regexp"`
	Kind   Kind   `json:"kind,omitempty"`
}
