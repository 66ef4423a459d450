package exposure

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/safehar/safehar/sanitize"
)

// TextOptions shape the terminal report.
type TextOptions struct {
	// Locations lists every finding (entry, kind, JSON pointer, rule) under
	// each file; it needs Options.KeepFindings.
	Locations bool
	// Totals prints the totals, the credentials across files and the
	// skipped inputs (the command does when there is more than one input).
	Totals bool
}

// WriteText writes the report as text for a terminal: per file, then the
// totals, then the rotation checklist.
func WriteText(w io.Writer, rep *Report, o TextOptions) error {
	bw := bufio.NewWriter(w) // thousands of short lines: one write each otherwise
	ew := &errWriter{w: bw}
	for _, f := range rep.Files {
		if f.Clean() {
			fmt.Fprintf(ew, "%s: clean (%d entries)\n", f.Name, f.Entries)
			continue
		}
		fmt.Fprintf(ew, "%s: NOT SANITIZED: %s\n", f.Name, countsPhrase(f))
		fmt.Fprintf(ew, "  %d %s: %s\n", len(f.Credentials), plural("credential", len(f.Credentials)), verdictPhrase(f.Live, f.Expired, f.Unknown))
		credTable(ew, rep.At, seenRows(f.Credentials), false)
		if o.Locations {
			for _, x := range f.Findings {
				fmt.Fprintf(ew, "  entry %d  %-14s %s  (%s)\n", x.Entry, x.Kind, x.Path, x.Rule)
			}
			if f.FindingsDropped > 0 {
				fmt.Fprintf(ew, "  … and %d more\n", f.FindingsDropped)
			}
		}
	}
	sm := rep.Summary
	if o.Totals {
		fmt.Fprintf(ew, "\nExposure at %s: %d %s scanned", rep.At.Format(time.RFC3339), sm.Files, plural("file", sm.Files))
		if sm.Skipped > 0 {
			fmt.Fprintf(ew, ", %d skipped", sm.Skipped)
		}
		if sm.Ignored > 0 {
			fmt.Fprintf(ew, ", %d other %s ignored", sm.Ignored, plural("file", sm.Ignored))
		}
		fmt.Fprintf(ew, "; %d %s exposing credentials (%s of HAR)\n", sm.Exposing, plural("file", sm.Exposing), humanBytes(sm.Bytes))
		fmt.Fprintf(ew, "  %d distinct %s: %s\n", sm.Credentials, plural("credential", sm.Credentials), verdictPhrase(sm.Live, sm.Expired, sm.Unknown))
		if len(sm.Hosts) > 0 {
			fmt.Fprintf(ew, "  hosts: %s\n", tallyPhrase(sm.Hosts))
			fmt.Fprintf(ew, "  kinds: %s\n", tallyPhrase(sm.Kinds))
		}
		if len(rep.Credentials) > 0 && len(rep.Files) > 1 {
			fmt.Fprintf(ew, "\nCredentials across all files:\n")
			credTable(ew, rep.At, rep.Credentials, true)
		}
	}
	if len(rep.Checklist) > 0 {
		fmt.Fprintf(ew, "\nRotation checklist (live privileged credentials first, expired last):\n")
		for _, g := range rep.Checklist {
			fmt.Fprintf(ew, "%3d. [%s] %s — %s: %s\n", g.Rank, g.Urgency, g.Host, g.Kind, verdictPhrase(g.Live, g.Expired, g.Unknown))
			fmt.Fprintf(ew, "     %s\n", g.Action)
			for i, c := range g.Credentials {
				if i == 10 {
					fmt.Fprintf(ew, "     … and %d more\n", len(g.Credentials)-10)
					break
				}
				fmt.Fprintf(ew, "     - %s %s  %s  %s\n", c.Fingerprint, orDash(c.Name()), expiryPhrase(c, rep.At), filesPhrase(len(c.Files)))
			}
		}
	}
	if o.Totals && len(rep.Skipped) > 0 {
		fmt.Fprintf(ew, "\nSkipped (not scanned):\n")
		for _, s := range rep.Skipped {
			fmt.Fprintf(ew, "  %s: %s\n", s.File, s.Reason)
		}
	}
	if ew.err != nil {
		return ew.err
	}
	return bw.Flush()
}

func seenRows(list []*Seen) []*Credential {
	out := make([]*Credential, len(list))
	for i, s := range list {
		c := *s.Credential
		c.Names, c.Hosts, c.FirstSeen, c.LastSeen, c.Occurrences = s.Names, s.Hosts, s.FirstSeen, s.LastSeen, s.Occurrences
		out[i] = &c
	}
	return out
}

func credTable(w io.Writer, at time.Time, creds []*Credential, files bool) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	hdr := "  VERDICT\tEXPIRES\tKIND\tHOST\tNAME\tFIRST SEEN\tLAST SEEN\tFINGERPRINT\tSEEN"
	if files {
		hdr += "\tFILES"
	}
	fmt.Fprintln(tw, hdr)
	for _, c := range creds {
		exp := "-"
		if !c.Expires.IsZero() {
			exp = c.Expires.Format("2006-01-02T15:04Z") + " (" + relative(c.Expires, at) + ")"
		}
		host := c.Hosts[0]
		if len(c.Hosts) > 1 {
			host += fmt.Sprintf(" +%d", len(c.Hosts)-1)
		}
		row := fmt.Sprintf("  %s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d×", c.Verdict, exp, c.Kind, host, orDash(clip(c.Name(), 40)),
			stamp(c.FirstSeen), stamp(c.LastSeen), c.Fingerprint, c.Occurrences)
		if files {
			row += fmt.Sprintf("\t%d", len(c.Files))
		}
		fmt.Fprintln(tw, row)
	}
	tw.Flush()
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.Format("2006-01-02T15:04Z")
}

// relative says how far t is from at: "in 3d", "2y ago".
func relative(t, at time.Time) string {
	d := t.Sub(at)
	suffix, prefix := "", "in "
	if d <= 0 {
		d, suffix, prefix = -d, " ago", ""
	}
	var s string
	switch {
	case d < time.Minute:
		s = fmt.Sprintf("%ds", int(d.Seconds()))
	case d < time.Hour:
		s = fmt.Sprintf("%dm", int(d.Minutes()))
	case d < 48*time.Hour:
		s = fmt.Sprintf("%dh", int(d.Hours()))
	case d < 2*365*24*time.Hour:
		s = fmt.Sprintf("%dd", int(d.Hours()/24))
	default:
		s = fmt.Sprintf("%dy", int(d.Hours()/24/365))
	}
	return prefix + s + suffix
}

func expiryPhrase(c *Credential, at time.Time) string {
	switch c.Verdict {
	case Live:
		return "live until " + stamp(c.Expires) + " (" + relative(c.Expires, at) + ")"
	case Expired:
		return "expired " + stamp(c.Expires) + " (" + relative(c.Expires, at) + ")"
	}
	return "no expiry known"
}

func filesPhrase(n int) string {
	if n == 1 {
		return "in 1 file"
	}
	return fmt.Sprintf("in %d files", n)
}

func verdictPhrase(live, expired, unknown int) string {
	return fmt.Sprintf("%d live, %d expired, %d unknown expiry", live, expired, unknown)
}

func tallyPhrase(ts []*Tally) string {
	parts := make([]string, 0, len(ts))
	for i, t := range ts {
		if i == 12 {
			parts = append(parts, fmt.Sprintf("… %d more", len(ts)-12))
			break
		}
		p := fmt.Sprintf("%s %d", t.Name, t.Total)
		if t.Live > 0 {
			p += fmt.Sprintf(" (%d live)", t.Live)
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, ", ")
}

// countsPhrase is verify's historical summary: "4 values in 1 entries: 2
// cookies, 1 authorization, 1 token".
func countsPhrase(f *File) string {
	return fmt.Sprintf("%d %s in %d entries: %s", f.Values, plural("value", f.Values), f.Entries, sanitize.FormatCounts(f.Counts))
}

var plural = sanitize.Plural

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n-1] + "…"
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f kB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}
