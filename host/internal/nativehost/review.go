package nativehost

import (
	"errors"
	"path/filepath"
	"time"

	"github.com/safehar/safehar/host/internal/nm"
	"github.com/safehar/safehar/host/internal/outdir"
	"github.com/safehar/safehar/host/internal/policy"
	"github.com/safehar/safehar/host/internal/review"
	"github.com/safehar/safehar/host/internal/spool"
	"github.com/safehar/safehar/sanitize"
)

// The review before saving (host/PROTOCOL.md, "Review before saving"):
// after end the sanitized capture waits in the temporary file (never raw),
// the extension pages through the findings (findings), then sends save
// (with the user's extra terms, applied by sanitizing the sanitized file
// again with them as literal rules) or discard (the temporary file is
// removed).

// wantsReview decides at begin whether the transfer is reviewed: the
// policy's review setting, and the extension's request where it is optional.
func wantsReview(eff policy.Policy, asked bool) bool {
	switch policy.Effective(eff).Review {
	case policy.ReviewRequired:
		return true
	case policy.ReviewSkip:
		return false
	}
	return asked
}

// idleFor is how long the open transfer may wait for its next message.
func (s *Session) idleFor() time.Duration {
	if s.cur != nil && s.cur.reviewing {
		return s.cfg.ReviewIdleTimeout
	}
	return s.cfg.IdleTimeout
}

// enterReview answers end for a transfer in review.
func (s *Session) enterReview(req string, t *transfer, rep *sanitize.Report) {
	if rep == nil {
		rep = &sanitize.Report{}
	}
	t.reviewing = true
	t.report = rep
	eff := policy.Effective(s.effective())
	summary := *rep
	summary.Findings = nil
	s.send(req, ReviewReply{
		Transfer:        t.id,
		Findings:        len(rep.Findings),
		FindingsDropped: rep.FindingsDropped,
		Report:          &summary,
		Required:        eff.Review == policy.ReviewRequired,
		AllowExtraTerms: *eff.AllowExtraTerms,
		Keyring:         keyring(t.keyNote),
	})
	s.log.Printf("export %s sanitized (%d values); waiting for the user's review", t.id, rep.Redacted)
}

// sending returns the open transfer m names if it still takes chunks and
// end, or answers m and returns nil: after end, a transfer in review
// refuses a chunk (bad_message) and a second end (duplicate_end).
func (s *Session) sending(m *nm.Message) *transfer {
	t := s.open(m)
	if t == nil || !t.reviewing {
		return t
	}
	code := nm.CodeBadMessage
	if m.Type == "end" {
		code = nm.CodeDuplicateEnd
	}
	s.sendError(m.Req, &nm.Error{Code: code, Transfer: t.id, Message: "This export has ended and waits for its review; send save or discard."})
	return nil
}

// inReview returns the open transfer m names if it is in review, or
// answers m and returns nil.
func (s *Session) inReview(m *nm.Message) *transfer {
	t := s.open(m)
	if t == nil {
		return nil
	}
	if !t.reviewing {
		s.sendError(m.Req, &nm.Error{Code: nm.CodeBadMessage, Transfer: t.id,
			Message: "This export is not waiting for a review; send end first."})
		return nil
	}
	return t
}

// findings answers one page of the findings from m.Offset.
func (s *Session) findings(m *nm.Message) {
	t := s.inReview(m)
	if t == nil {
		return
	}
	if t.requests == nil {
		// The sanitized output names the requests (method, URL); read once.
		reqs, err := review.Requests(t.file.Reader(), review.Entries(t.report.Findings))
		if err != nil {
			s.log.Printf("cannot read the requests back from the sanitized file: %v", err)
			reqs = map[int]review.Request{}
		}
		t.requests = reqs
	}
	off := int(min(m.Offset, int64(len(t.report.Findings))))
	s.send(m.Req, FindingsReply{t.id, review.PageAt(t.report.Findings, t.requests, off, findingsBudget)})
}

// save saves a reviewed transfer, with the user's extra terms applied.
func (s *Session) save(m *nm.Message) {
	t := s.inReview(m)
	if t == nil {
		return
	}
	rep := t.report
	if len(m.ExtraTerms) > 0 {
		eff := policy.Effective(s.effective())
		if !*eff.AllowExtraTerms {
			s.sendError(m.Req, &nm.Error{Code: nm.CodeTermRefused, Transfer: t.id,
				Message: "Your administrator's policy does not allow adding terms; save without them or discard."})
			return
		}
		more, e := s.applyTerms(t, eff, m.ExtraTerms)
		if e != nil {
			if e.Code == nm.CodeTermRefused {
				e.Transfer = t.id
				s.sendError(m.Req, e)
				return
			}
			s.fail(m.Req, e)
			return
		}
		rep = mergeTermReport(rep, more)
	}
	s.saveFile(m.Req, t, rep)
}

// applyTerms sanitizes the transfer's sanitized output again, with the
// user's terms as literal rules, into a new temporary file that replaces
// the first one. A refused term leaves the transfer in review.
func (s *Session) applyTerms(t *transfer, eff policy.Policy, terms []string) (*sanitize.Report, *nm.Error) {
	base, opts, err := policy.Sanitizer(eff)
	if err != nil {
		return nil, nm.Errorf(nm.CodePolicyRefused, "The administrator's policy cannot be applied (%v), so nothing was saved; ask your IT team to fix it.", err)
	}
	rules, err := review.TermRules(base, terms)
	if err != nil {
		return nil, nm.Errorf(nm.CodeTermRefused, "%s; change or remove it, then save again.", err)
	}
	dir := filepath.Dir(t.file.Name())
	f, err := outdir.Create(dir)
	if err != nil {
		return nil, writeError(err, dir)
	}
	sp, err := spool.New(dir)
	if err != nil {
		f.Abort()
		return nil, writeError(err, dir)
	}
	defer sp.Close()
	sink, spw := &errWriter{w: f}, &errWriter{w: sp}
	san := sanitize.New(rules, append(opts, sanitize.WithKey(t.key), sanitize.WithTool("safehar", s.cfg.Version), sanitize.WithExportID(t.id))...)
	rep, err := san.SanitizeSpooled(sink, t.file.Reader(), spooled{spw, sp})
	if err != nil {
		f.Abort()
		switch {
		case sink.err != nil:
			return nil, writeError(sink.err, dir)
		case spw.err != nil:
			return nil, writeError(spw.err, dir)
		}
		return nil, nm.Errorf(nm.CodeInvalidHAR, "The sanitized capture could not be read again to remove your terms (%v), so nothing was saved; export again.", err)
	}
	t.file.Abort() // the first sanitized file; the new one replaces it
	t.file = f
	s.setTemp(f)
	return rep, nil
}

// mergeTermReport adds the user-term findings of the second pass to the
// first pass's report (the second pass finds nothing else: sanitizing a
// sanitized file changes nothing but the terms).
func mergeTermReport(first, second *sanitize.Report) *sanitize.Report {
	out := *first
	out.Counts = map[sanitize.Kind]int{}
	for k, n := range first.Counts {
		out.Counts[k] = n
	}
	out.Locations = map[string]int{}
	for k, n := range first.Locations {
		out.Locations[k] = n
	}
	out.Findings = append([]sanitize.Finding(nil), first.Findings...)
	for _, f := range second.Findings {
		if f.Kind != review.KindUserTerm {
			continue
		}
		out.Redacted++
		out.Counts[f.Kind]++
		out.Findings = append(out.Findings, f)
	}
	for loc, n := range second.Locations { // the second pass finds only the terms
		out.Locations[loc] += n
	}
	out.BytesOut = second.BytesOut
	return &out
}

var errDiscarded = errors.New("export discarded")

// discard drops a reviewed transfer: its temporary file is removed.
func (s *Session) discard(m *nm.Message) {
	t := s.inReview(m)
	if t == nil {
		return
	}
	s.abort(errDiscarded)
	s.log.Printf("export %s discarded by the user; nothing was saved", t.id)
	s.send(m.Req, DiscardedReply{Transfer: t.id})
}
