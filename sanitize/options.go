package sanitize

import "time"

// JWTMode says what happens to a JSON Web Token that is found.
type JWTMode string

const (
	// JWTKeepClaims keeps the token's header and claims readable (with personal
	// claims pseudonymised) and replaces the signature, so the token can never
	// be replayed. This is the default.
	JWTKeepClaims JWTMode = "keep-claims"
	// JWTDrop replaces the whole token with a placeholder.
	JWTDrop JWTMode = "drop"
)

// Option configures a Sanitizer (see New).
type Option func(*options)

// WithKey sets the HMAC key for placeholders (at least 16 bytes). The same key
// gives the same placeholder for the same secret across documents. Without a
// key a Sanitizer draws a random one per run.
func WithKey(key []byte) Option { return func(o *options) { o.Key = append([]byte(nil), key...) } }

// WithJWT chooses how tokens are rewritten (default JWTKeepClaims).
func WithJWT(m JWTMode) Option { return func(o *options) { o.JWT = m } }

// WithKeepPersonal turns pseudonymisation of personal data off (keep=true) or on.
func WithKeepPersonal(keep bool) Option { return func(o *options) { o.KeepPersonal = keep } }

// WithMaxString bounds one JSON string in bytes (default DefaultMaxString).
func WithMaxString(n int) Option { return func(o *options) { o.MaxString = n } }

// WithMaxDepth bounds JSON nesting (default DefaultMaxDepth).
func WithMaxDepth(n int) Option { return func(o *options) { o.MaxDepth = n } }

// WithTool records the producing tool and its version in the marker field.
func WithTool(name, version string) Option {
	return func(o *options) { o.Tool, o.ToolVersion = name, version }
}

// WithExportID records an export id (the host passes a uuid v7).
func WithExportID(id string) Option { return func(o *options) { o.ExportID = id } }

// WithNow sets the clock used for the marker's timestamp.
func WithNow(now func() time.Time) Option { return func(o *options) { o.Now = now } }

// WithJobs sets how many entries are sanitized at once (default, or 0:
// runtime.GOMAXPROCS, at most 8). The output is the same byte for byte
// whatever the number.
func WithJobs(n int) Option { return func(o *options) { o.Jobs = n } }

// options is a Sanitizer's configuration.
type options struct {
	// Key is the HMAC key for placeholders. The same key gives the same
	// placeholder for the same secret across documents. It never appears in
	// output. At least 16 bytes; shorter keys are rejected by New.
	Key []byte

	// JWT chooses how tokens are rewritten (default JWTKeepClaims).
	JWT JWTMode

	// KeepPersonal turns off pseudonymisation of personal data (email
	// addresses, names and phone numbers in JWT claims and JSON bodies).
	// Off by default: personal data is pseudonymised.
	KeepPersonal bool

	// MaxString bounds the size of one JSON string (a body, say) in bytes.
	// A longer string fails the run with ErrTooLarge rather than using
	// unbounded memory. Zero means DefaultMaxString.
	MaxString int

	// MaxDepth bounds JSON nesting. Zero means DefaultMaxDepth.
	MaxDepth int

	// Tool and ToolVersion are recorded in the log marker field.
	Tool, ToolVersion string

	// ExportID is recorded in the log marker; empty means none is written.
	// The host passes a uuid v7.
	ExportID string

	// Now stamps the marker; nil means time.Now.
	Now func() time.Time

	// Jobs is how many entries are sanitized at once; 0 means
	// runtime.GOMAXPROCS(0) (at most 8), 1 the one-core pass.
	Jobs int
}

// Defaults for Options.
const (
	DefaultMaxString = 64 << 20
	DefaultMaxDepth  = 512
)

// MarkerField is the field under "log" that records that, how and by what a
// document was sanitized.
const MarkerField = "_safehar"
