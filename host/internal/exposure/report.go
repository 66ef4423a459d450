package exposure

import (
	"sort"
	"strings"
	"time"

	"github.com/safehar/safehar/sanitize"
)

// Verdict says whether a credential still worked at the report's time, as
// far as the credential itself tells:
//
//   - live: it carries an expiry (JWT exp, Set-Cookie Expires/Max-Age,
//     cookies[].expires, X-Amz-Expires, SAS se=…) that is after the time;
//   - expired: it carries an expiry at or before the time;
//   - unknown: it carries none (session cookies, API keys, passwords, opaque
//     tokens). Unknown is not "safe": such values often work until revoked.
type Verdict string

// The three verdicts.
const (
	Live    Verdict = "live"
	Expired Verdict = "expired"
	Unknown Verdict = "unknown"
)

func verdict(expires, at time.Time) Verdict {
	switch {
	case expires.IsZero():
		return Unknown
	case expires.After(at):
		return Live
	}
	return Expired
}

// Report is the exposure report of a scan.
type Report struct {
	At          time.Time     `json:"at"`
	Summary     Summary       `json:"summary"`
	Files       []*File       `json:"files"`
	Credentials []*Credential `json:"credentials"`
	Checklist   []*Group      `json:"checklist"`
	Skipped     []Skipped     `json:"skipped"`
	// Verdicts are one per scanned HAR and per unreadable input or member,
	// in input order.
	Verdicts []FileVerdict `json:"verdicts"`
	Stats    Stats         `json:"-"`
}

// Summary is the report's totals.
type Summary struct {
	Files       int      `json:"files"`       // HAR files scanned (zip members count one each)
	Exposing    int      `json:"exposing"`    // files holding at least one value
	Skipped     int      `json:"skipped"`     // inputs that could not be scanned
	Ignored     int      `json:"ignored"`     // other files met in folders and archives
	Entries     int      `json:"entries"`     // entries scanned
	Bytes       int64    `json:"bytes"`       // HAR bytes scanned (decompressed)
	Values      int      `json:"values"`      // secret values found (every occurrence)
	Credentials int      `json:"credentials"` // distinct values (by fingerprint)
	Live        int      `json:"live"`
	Expired     int      `json:"expired"`
	Unknown     int      `json:"unknown"`
	Hosts       []*Tally `json:"hosts"`
	Kinds       []*Tally `json:"kinds"`
	MaxHost     int      `json:"-"`
	MaxKind     int      `json:"-"`
}

// Tally counts distinct credentials under one host or kind.
type Tally struct {
	Name    string `json:"name"`
	Total   int    `json:"total"`
	Live    int    `json:"live"`
	Expired int    `json:"expired"`
	Unknown int    `json:"unknown"`
}

// File is one scanned HAR (a zip member counts as one).
type File struct {
	Name             string                `json:"file"`
	Entries          int                   `json:"entries"`
	Bytes            int64                 `json:"bytes"`
	Values           int                   `json:"values"`
	Residue          int                   `json:"residue,omitempty"` // of Values, found by their shape alone
	Counts           map[sanitize.Kind]int `json:"counts"`
	AlreadySanitized bool                  `json:"alreadySanitized,omitempty"`
	Live             int                   `json:"live"`
	Expired          int                   `json:"expired"`
	Unknown          int                   `json:"unknown"`
	Credentials      []*Seen               `json:"credentials"`
	// Findings are every value found, in document order (with
	// Options.KeepFindings only); FindingsDropped counts those past the
	// engine's limit.
	Findings        []sanitize.Finding `json:"-"`
	FindingsDropped int                `json:"findingsDropped,omitempty"`
}

// Clean reports whether the file holds no secret value.
func (f *File) Clean() bool { return f.Values == 0 }

// Seen is one credential as it appears in one file.
type Seen struct {
	*Credential `json:"-"`
	Fingerprint string        `json:"fingerprint"`
	Kind        sanitize.Kind `json:"kind"`
	Names       []string      `json:"names,omitempty"`
	Hosts       []string      `json:"hosts,omitempty"`
	FirstSeen   time.Time     `json:"firstSeen,omitzero"`
	LastSeen    time.Time     `json:"lastSeen,omitzero"`
	Occurrences int           `json:"occurrences"`
	// Expires and Verdict are the credential's, across all files.
	Expires time.Time `json:"expires,omitzero"`
	Verdict Verdict   `json:"verdict"`
}

// Credential is one distinct exposed value, across every file.
type Credential struct {
	Fingerprint string        `json:"fingerprint"`
	Kind        sanitize.Kind `json:"kind"`
	Rule        string        `json:"rule"`
	Names       []string      `json:"names,omitempty"`
	// Host is the host the value was sent to most often; Hosts all of them.
	Host      string    `json:"host"`
	Hosts     []string  `json:"hosts,omitempty"`
	FirstSeen time.Time `json:"firstSeen,omitzero"`
	LastSeen  time.Time `json:"lastSeen,omitzero"`
	// Expires is the latest expiry the value carries anywhere; zero when
	// none (verdict unknown).
	Expires     time.Time `json:"expires,omitzero"`
	Verdict     Verdict   `json:"verdict"`
	Privileged  bool      `json:"privileged"`
	Priority    int       `json:"priority"`
	Occurrences int       `json:"occurrences"`
	Files       []string  `json:"files"`

	hosts map[string]int
	names map[string]string // lower case → as first seen
}

// Name is the credential's names, joined.
func (c *Credential) Name() string { return strings.Join(c.Names, ", ") }

// Group is one line of the rotation checklist: the credentials of one kind
// sent to one host, with what to do about them.
type Group struct {
	Rank        int           `json:"rank"`
	Priority    int           `json:"priority"`
	Urgency     string        `json:"urgency"`
	Host        string        `json:"host"`
	Kind        sanitize.Kind `json:"kind"`
	Action      string        `json:"action"`
	Live        int           `json:"live"`
	Expired     int           `json:"expired"`
	Unknown     int           `json:"unknown"`
	Credentials []*Credential `json:"-"`
	Fingerprint []string      `json:"fingerprints"`
}

// kindOrder ranks kinds when one value was found under several (a JWT in
// an Authorization header and in a token response): the first wins.
var kindOrder = []sanitize.Kind{
	sanitize.KindPrivateKey, sanitize.KindCloudKey, sanitize.KindAPIKey, sanitize.KindSecret,
	sanitize.KindPassword, sanitize.KindURLPassword, sanitize.KindAuthorization, sanitize.KindJWT,
	sanitize.KindToken, sanitize.KindSAML, sanitize.KindOAuthCode, sanitize.KindSession,
	sanitize.KindCookie, sanitize.KindSignature, sanitize.KindCSRF, sanitize.KindPayment,
	sanitize.KindPersonal,
}

func kindRank(k sanitize.Kind) int {
	for i, x := range kindOrder {
		if x == k {
			return i
		}
	}
	return len(kindOrder)
}

// privilegedKinds are credentials that stand on their own (not tied to one
// user's browser session) and usually grant wide or machine access.
var privilegedKinds = map[sanitize.Kind]bool{
	sanitize.KindPrivateKey: true, sanitize.KindCloudKey: true, sanitize.KindAPIKey: true,
	sanitize.KindSecret: true, sanitize.KindPassword: true, sanitize.KindURLPassword: true,
}

// adminWords mark an administrative system in a host name or a
// header/cookie/parameter name.
var adminWords = []string{"admin", "console", "manage", "root", "sudo", "superuser", "iam", "backoffice", "internal"}

// privileged is the "admin" heuristic of the rotation checklist: a
// credential of a privileged kind, or one sent to a host (or under a name)
// that says admin, console, manage(ment), root, sudo, superuser, iam,
// backoffice or internal.
func privileged(c *Credential) bool {
	if privilegedKinds[c.Kind] {
		return true
	}
	for _, s := range append(append([]string{}, c.Hosts...), c.Names...) {
		s = strings.ToLower(s)
		for _, w := range adminWords {
			if containsWord(s, w) {
				return true
			}
		}
	}
	return false
}

// containsWord reports whether w appears in s at the start of a label or
// word (so "iam" matches "iam.example.com" and "my-iam" but not "liam").
func containsWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		if j == 0 || !isAlnum(s[j-1]) {
			return true
		}
		i = j + 1
	}
}

func isAlnum(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// priority orders the checklist: 1 live and privileged, 2 live, 3 unknown
// and privileged, 4 unknown, 5 expired.
func priority(v Verdict, priv bool) int {
	switch {
	case v == Live && priv:
		return 1
	case v == Live:
		return 2
	case v == Unknown && priv:
		return 3
	case v == Unknown:
		return 4
	}
	return 5
}

var urgency = map[int]string{1: "now", 2: "now", 3: "soon", 4: "soon", 5: "confirm"}

// parseTime reads an entry's startedDateTime.
func parseTime(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999Z0700", "2006-01-02T15:04:05.999999999"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}

const noHost = "(no host)"

// build aggregates the scanned files.
func build(scans []*fileScan, skipped []Skipped, ignored int, o Options) *Report {
	rep := &Report{At: o.At, Skipped: skipped}
	if rep.Skipped == nil {
		rep.Skipped = []Skipped{}
	}
	creds := map[string]*Credential{}
	var order []*Credential
	for _, sc := range scans {
		r := sc.rep
		f := &File{Name: sc.name, Entries: r.Entries, Bytes: r.BytesIn, Values: r.Redacted, Residue: r.Residue, Counts: r.Counts,
			AlreadySanitized: r.Sanitized, FindingsDropped: r.FindingsDropped, Credentials: []*Seen{}}
		if o.KeepFindings {
			f.Findings = r.Findings
		}
		seen := map[string]*Seen{}
		for i := range r.Findings {
			x := &r.Findings[i]
			c := creds[x.Fingerprint]
			if c == nil {
				c = &Credential{Fingerprint: x.Fingerprint, Kind: x.Kind, Rule: x.Rule, hosts: map[string]int{}, names: map[string]string{}}
				creds[x.Fingerprint] = c
				order = append(order, c)
			}
			if kindRank(x.Kind) < kindRank(c.Kind) {
				c.Kind, c.Rule = x.Kind, x.Rule
			}
			host := x.Host
			if host == "" {
				host = noHost
			}
			c.hosts[host]++
			if x.Name != "" {
				if ln := strings.ToLower(x.Name); c.names[ln] == "" {
					c.names[ln] = x.Name
				}
			}
			if x.Expires.After(c.Expires) {
				c.Expires = x.Expires
			}
			c.Occurrences++
			t := parseTime(x.Time)
			widen(&c.FirstSeen, &c.LastSeen, t)
			s := seen[x.Fingerprint]
			if s == nil {
				s = &Seen{Credential: c, Fingerprint: x.Fingerprint}
				seen[x.Fingerprint] = s
				f.Credentials = append(f.Credentials, s)
				c.Files = append(c.Files, f.Name)
			}
			s.Occurrences++
			if x.Name != "" && !containsFold(s.Names, x.Name) {
				s.Names = append(s.Names, x.Name)
			}
			if !contains(s.Hosts, host) {
				s.Hosts = append(s.Hosts, host)
			}
			widen(&s.FirstSeen, &s.LastSeen, t)
		}
		rep.Files = append(rep.Files, f)
	}
	if rep.Files == nil {
		rep.Files = []*File{}
	}

	sm := &rep.Summary
	sm.Files, sm.Skipped, sm.Ignored = len(rep.Files), len(skipped), ignored
	hosts, kinds := map[string]*Tally{}, map[string]*Tally{}
	for _, c := range order {
		for _, ln := range sortedKeys(c.names) {
			c.Names = append(c.Names, c.names[ln])
		}
		c.Hosts = sortedKeys(c.hosts)
		c.Host = c.Hosts[0]
		for _, h := range c.Hosts {
			if c.hosts[h] > c.hosts[c.Host] {
				c.Host = h
			}
		}
		c.Verdict = verdict(c.Expires, o.At)
		c.Privileged = privileged(c)
		c.Priority = priority(c.Verdict, c.Privileged)
		for _, h := range c.Hosts {
			count(hosts, h, c.Verdict)
		}
		count(kinds, string(c.Kind), c.Verdict)
		switch c.Verdict {
		case Live:
			sm.Live++
		case Expired:
			sm.Expired++
		default:
			sm.Unknown++
		}
	}
	sm.Credentials = len(order)
	for _, f := range rep.Files {
		sm.Entries += f.Entries
		sm.Bytes += f.Bytes
		sm.Values += f.Values
		if !f.Clean() {
			sm.Exposing++
		}
		for _, s := range f.Credentials {
			s.Kind, s.Expires, s.Verdict = s.Credential.Kind, s.Credential.Expires, s.Credential.Verdict
			sort.Slice(s.Names, func(i, j int) bool { return strings.ToLower(s.Names[i]) < strings.ToLower(s.Names[j]) })
			sort.Strings(s.Hosts)
			switch s.Verdict {
			case Live:
				f.Live++
			case Expired:
				f.Expired++
			default:
				f.Unknown++
			}
		}
		sort.SliceStable(f.Credentials, func(i, j int) bool { return less(f.Credentials[i].Credential, f.Credentials[j].Credential) })
	}
	sm.Hosts, sm.MaxHost = tallies(hosts)
	sm.Kinds, sm.MaxKind = tallies(kinds)

	rep.Credentials = order
	sort.SliceStable(rep.Credentials, func(i, j int) bool { return less(rep.Credentials[i], rep.Credentials[j]) })
	if rep.Credentials == nil {
		rep.Credentials = []*Credential{}
	}
	rep.Checklist = checklist(rep.Credentials)
	return rep
}

// less orders credentials: most urgent first, then by host, kind, name.
func less(a, b *Credential) bool {
	if a.Priority != b.Priority {
		return a.Priority < b.Priority
	}
	if a.Host != b.Host {
		return a.Host < b.Host
	}
	if a.Kind != b.Kind {
		return kindRank(a.Kind) < kindRank(b.Kind)
	}
	if an, bn := a.Name(), b.Name(); an != bn {
		return an < bn
	}
	return a.Fingerprint < b.Fingerprint
}

func widen(first, last *time.Time, t time.Time) {
	if t.IsZero() {
		return
	}
	if first.IsZero() || t.Before(*first) {
		*first = t
	}
	if t.After(*last) {
		*last = t
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func count(m map[string]*Tally, name string, v Verdict) {
	t := m[name]
	if t == nil {
		t = &Tally{Name: name}
		m[name] = t
	}
	t.Total++
	switch v {
	case Live:
		t.Live++
	case Expired:
		t.Expired++
	default:
		t.Unknown++
	}
}

// tallies sorts by count (most first), then name.
func tallies(m map[string]*Tally) ([]*Tally, int) {
	out := make([]*Tally, 0, len(m))
	most := 0
	for _, t := range m {
		out = append(out, t)
		most = max(most, t.Total)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Live != out[j].Live {
			return out[i].Live > out[j].Live
		}
		if out[i].Total != out[j].Total {
			return out[i].Total > out[j].Total
		}
		return out[i].Name < out[j].Name
	})
	return out, most
}

// checklist groups the credentials (already in priority order) by host and
// kind; a group ranks with its most urgent credential.
func checklist(creds []*Credential) []*Group {
	groups := map[[2]string]*Group{}
	var out []*Group
	for _, c := range creds {
		k := [2]string{c.Host, string(c.Kind)}
		g := groups[k]
		if g == nil {
			g = &Group{Host: c.Host, Kind: c.Kind, Priority: c.Priority}
			groups[k] = g
			out = append(out, g)
		}
		g.Priority = min(g.Priority, c.Priority)
		g.Credentials = append(g.Credentials, c)
		g.Fingerprint = append(g.Fingerprint, c.Fingerprint)
		switch c.Verdict {
		case Live:
			g.Live++
		case Expired:
			g.Expired++
		default:
			g.Unknown++
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Priority != out[j].Priority {
			return out[i].Priority < out[j].Priority
		}
		if out[i].Host != out[j].Host {
			return out[i].Host < out[j].Host
		}
		return kindRank(out[i].Kind) < kindRank(out[j].Kind)
	})
	for i, g := range out {
		g.Rank = i + 1
		g.Urgency = urgency[g.Priority]
		g.Action = action(g)
	}
	if out == nil {
		out = []*Group{}
	}
	return out
}

// action says what to do about a group's credentials.
func action(g *Group) string {
	if g.Live == 0 && g.Unknown == 0 {
		return "Expired: nothing to rotate; confirm the service rejects expired values (replays of an expired value must fail)."
	}
	var what string
	switch g.Kind {
	case sanitize.KindPrivateKey:
		what = "Replace the key pair, revoke its certificate and remove the old public key wherever it is trusted."
	case sanitize.KindCloudKey:
		what = "Deactivate the access key in the cloud console (IAM), issue a new one, and review its use in the audit log (CloudTrail)."
	case sanitize.KindAPIKey:
		what = "Revoke the API key and issue a new one; check the provider's usage log for calls you did not make."
	case sanitize.KindSecret:
		what = "Rotate the shared secret (client secret, webhook secret, connection string) and update every service that uses it."
	case sanitize.KindPassword, sanitize.KindURLPassword:
		what = "Reset the password, and end the account's sessions."
	case sanitize.KindAuthorization, sanitize.KindJWT, sanitize.KindToken:
		what = "Revoke the token (or the OAuth grant / refresh token behind it) and end the user's sessions; a bearer token works until it expires."
	case sanitize.KindSAML:
		what = "End the sessions the SAML assertion opened; confirm the service provider rejects replayed assertions."
	case sanitize.KindOAuthCode:
		what = "Confirm the authorization code was redeemed (codes are single-use); otherwise revoke the grant."
	case sanitize.KindSession, sanitize.KindCookie:
		what = "End these sessions on the server (sign the user out everywhere) so the cookies stop working; tracking cookies need no action."
	case sanitize.KindSignature:
		what = "A signed URL works until it expires: if live, revoke the signing credential (or delete/move the object)."
	case sanitize.KindCSRF:
		what = "Anti-forgery tokens die with their session: end the session."
	case sanitize.KindPayment:
		what = "Have the card reissued."
	case sanitize.KindPersonal:
		what = "Personal data, not a credential: nothing to rotate; assess it for privacy notification."
	default:
		what = "Revoke or rotate the value."
	}
	if g.Live == 0 {
		what += " The values carry no expiry: assume they still work until revoked."
	}
	return what
}
