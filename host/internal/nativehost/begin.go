package nativehost

import (
	"crypto/sha256"
	"time"

	"github.com/google/uuid"
	"github.com/safehar/safehar/host/internal/nm"
	"github.com/safehar/safehar/host/internal/outdir"
	"github.com/safehar/safehar/host/internal/policy"
	"github.com/safehar/safehar/host/internal/spool"
	"github.com/safehar/safehar/sanitize"
)

// begin opens a transfer: the effective policy must allow the export, and
// the output file and the spool are made in the output folder before the
// extension is told it may send chunks.
func (s *Session) begin(m *nm.Message) {
	if s.cur != nil {
		s.sendError(m.Req, &nm.Error{Code: nm.CodeTransferBusy, Transfer: s.cur.id,
			Message: "Another export is still in progress; wait for it to finish or cancel it."})
		return
	}
	if m.Size > s.cfg.MaxCapture {
		s.sendError(m.Req, nm.Errorf(nm.CodeTooLarge, "The capture is %d bytes, above the host's %d-byte limit; export fewer requests.", m.Size, s.cfg.MaxCapture))
		return
	}
	if m.Has(nm.FieldCapture) && !validStageID(m.Capture) {
		s.sendError(m.Req, nm.Errorf(nm.CodeBadMessage, "\"capture\" must be 1 to %d letters, digits or . _ : -; see host/PROTOCOL.md.", maxStageID))
		return
	}
	if m.Has(nm.FieldPolicy) {
		s.setExtensionPolicy(m.Policy)
	}
	eff := s.effective()
	if m.Has(nm.FieldBodies) && !m.Bodies && !*eff.AllowExportWithoutBodies {
		s.sendError(m.Req, nm.Errorf(nm.CodePolicyRefused, "Your administrator's policy does not allow exports without response bodies, so nothing was saved; export again with bodies included."))
		return
	}
	rules, popts, err := policy.Sanitizer(eff)
	if err != nil {
		s.sendError(m.Req, nm.Errorf(nm.CodePolicyRefused, "The administrator's policy cannot be applied (%v), so nothing was saved; ask your IT team to fix it.", err))
		return
	}
	dir, err := outdir.Resolve(eff.OutputDir, s.cfg.Getenv)
	if err != nil {
		s.sendError(m.Req, nm.Errorf(nm.CodeWriteFailed, "%v.", err))
		return
	}
	// The policy's folder was checked when the policy was read; links may
	// have changed since, so it is checked again now, and outdir keeps
	// the folder it opens from here to the rename.
	if eff.OutputDir != "" {
		if _, err := policy.CheckOutputDir(eff.OutputDir, s.cfg.PolicyEnv); err != nil {
			s.sendError(m.Req, nm.Errorf(nm.CodePolicyRefused, "The output folder is not allowed any more (%v), so nothing was saved; ask your IT team to check the policy's outputDir.", err))
			return
		}
	}
	id, err := s.cfg.NewID()
	if err != nil {
		s.sendError(m.Req, nm.Errorf(nm.CodeWriteFailed, "Cannot make an export id: %v.", err))
		return
	}
	key := s.exportKey()
	f, err := outdir.Create(dir)
	if err != nil {
		s.sendError(m.Req, writeError(err, dir))
		return
	}
	// The sanitizer reads the port's bytes once (SanitizeSpooled); its
	// first pass's output waits for the echo pass in a spool encrypted
	// under a key held only in memory, next to the output.
	sp, err := spool.New(dir)
	if err != nil {
		f.Abort()
		s.sendError(m.Req, writeError(err, dir))
		return
	}
	s.setTemp(f)
	t := &transfer{
		id:      id,
		site:    m.Site,
		capture: m.Capture,
		started: time.Now(),
		keyNote: s.keyNote,
		key:     key,
		review:  wantsReview(eff, m.Has(nm.FieldReview) && m.Review),
		file:    f,
		sink:    &errWriter{w: f},
		spool:   sp,
		spoolw:  &errWriter{w: sp},
		chunks:  make(chan []byte, 1),
		free:    make(chan []byte, 2),
		wdone:   make(chan error, 1),
		result:  make(chan sanitizeResult, 1),
		hash:    sha256.New(),
	}
	t.start(sanitize.New(rules, append(popts,
		sanitize.WithKey(key),
		sanitize.WithTool("safehar", s.cfg.Version),
		sanitize.WithExportID(t.id))...), s.staged.opener(m.Capture))
	s.cur = t
	s.send(m.Req, ReadyReply{Transfer: t.id, ChunkSize: ChunkSize})
}

// newUUID is a transfer id: a uuid v7 (time-ordered).
func newUUID() (string, error) {
	id, err := uuid.NewV7()
	if err != nil {
		return "", err
	}
	return id.String(), nil
}
