package exposure

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/safehar/safehar/internal/sharedhars"
	"github.com/safehar/safehar/sanitize"
)

// realHARs is the shared folder of real HAR files (see its README.md).
const realHARs = "../../../../shared/hars"

// TestRealHARs: every credential the real files carry is listed with its
// host and file, and only a credential with evidence of validity at the
// report time (an expiry after it) is called live.
func TestRealHARs(t *testing.T) {
	paths := sharedhars.Files(t, realHARs)
	if len(paths) == 0 {
		t.Skip("skipping")
	}
	for _, at := range []time.Time{
		time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC), // the project's "now"
		time.Date(2023, 7, 25, 13, 0, 0, 0, time.UTC), // the day mitmproxy's chrome.har was captured
	} {
		rep, err := Scan([]string{realHARs}, Options{Key: testKey, At: at})
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Skipped) != 0 || rep.Summary.Files != len(paths) {
			t.Fatalf("at %v: scanned %d of %d files; skipped %v", at, rep.Summary.Files, len(paths), rep.Skipped)
		}
		creds := map[string]*Credential{}
		for _, c := range rep.Credentials {
			creds[c.Fingerprint] = c
		}
		// The engine's findings, file by file, against the report.
		s := sanitize.New(nil, sanitize.WithKey(testKey))
		want := 0
		seen := map[string]bool{}
		for _, p := range paths {
			f, err := os.Open(p)
			if err != nil {
				t.Fatal(err)
			}
			r, err := s.Verify(f)
			f.Close()
			if err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			for _, x := range r.Findings {
				c := creds[x.Fingerprint]
				if c == nil {
					t.Errorf("%s: %s %s (%s) is not in the report", filepath.Base(p), x.Kind, x.Name, x.Path)
					continue
				}
				if x.Host != "" && !contains(c.Hosts, x.Host) {
					t.Errorf("%s: %s %s: host %s not listed (%v)", filepath.Base(p), x.Kind, x.Name, x.Host, c.Hosts)
				}
				if !contains(c.Files, filepath.Join(realHARs, filepath.Base(p))) {
					t.Errorf("%s: %s %s: file not listed (%v)", filepath.Base(p), x.Kind, x.Name, c.Files)
				}
				if !seen[x.Fingerprint] {
					seen[x.Fingerprint] = true
					want++
				}
			}
		}
		if len(rep.Credentials) != want {
			t.Errorf("at %v: %d credentials in the report, the engine found %d distinct values", at, len(rep.Credentials), want)
		}
		live := 0
		for _, c := range rep.Credentials {
			switch {
			case c.Host == "" || c.Host == noHost:
				t.Errorf("%s %s has no host", c.Kind, c.Name())
			case c.Verdict == Live && !c.Expires.After(at):
				t.Errorf("%s %s on %s is called live without an expiry after %v", c.Kind, c.Name(), c.Host, at)
			case c.Verdict == Expired && (c.Expires.IsZero() || c.Expires.After(at)):
				t.Errorf("%s %s on %s is called expired with expiry %v", c.Kind, c.Name(), c.Host, c.Expires)
			case c.Verdict == Unknown && !c.Expires.IsZero():
				t.Errorf("%s %s on %s is unknown with expiry %v", c.Kind, c.Name(), c.Host, c.Expires)
			}
			if c.Verdict == Live {
				live++
			}
		}
		t.Logf("at %s: %d files, %d credentials: %d live, %d expired, %d unknown", at.Format(time.DateOnly),
			rep.Summary.Files, len(rep.Credentials), rep.Summary.Live, rep.Summary.Expired, rep.Summary.Unknown)

		byName := func(host, name string) *Credential {
			for _, c := range rep.Credentials {
				if c.Host == host && contains(c.Names, name) {
					return c
				}
			}
			t.Fatalf("no credential %s on %s", name, host)
			return nil
		}
		if at.Year() == 2026 {
			// Nothing in these 2010–2023 captures is live in 2026.
			if live != 0 {
				t.Errorf("%d credentials called live in 2026", live)
			}
			if c := byName("dm.demdex.net", "DexLifeCycle"); c.Verdict != Expired {
				t.Errorf("demdex DexLifeCycle (Set-Cookie Expires 2021) is %s", c.Verdict)
			}
		} else {
			// On the capture day Google's session cookies (cookies[].expires) were live.
			if c := byName("www.google.com", "SID"); c.Verdict != Live {
				t.Errorf("Google SID on its capture day is %s", c.Verdict)
			}
		}
		// No expiry anywhere: unknown, whatever the time.
		if c := byName("slack.com", "d"); c.Verdict != Unknown {
			t.Errorf("Slack d cookie is %s", c.Verdict)
		}
		if c := byName("clients4.google.com", "authorization"); c.Verdict != Unknown || c.Kind != sanitize.KindAuthorization {
			t.Errorf("Bearer ya29 token is %s %s", c.Kind, c.Verdict)
		}
	}
}
