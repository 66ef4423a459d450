package serve

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/google/uuid"

	"github.com/safehar/safehar/host/internal/pipeline"
	"github.com/safehar/safehar/host/internal/spool"
	"github.com/safehar/safehar/sanitize"
)

// ReportHeader carries the sanitize report of a successful /v1/sanitize:
// compact JSON of counts per kind and location, never values.
const ReportHeader = "Safehar-Report"

// reportSummary is the JSON of ReportHeader.
type reportSummary struct {
	ExportID     string                `json:"exportId"`
	RulesVersion string                `json:"rulesVersion"`
	Entries      int                   `json:"entries"`
	Redacted     int                   `json:"redacted"`
	Residue      int                   `json:"residue,omitempty"`
	Counts       map[sanitize.Kind]int `json:"counts"`
	BytesIn      int64                 `json:"bytesIn"`
	BytesOut     int64                 `json:"bytesOut"`
}

// sanitize handles POST /v1/sanitize. When a receive lane is free
// (lanes.go) the body is read, gzip decoded: streamed into the sanitizer,
// under a CPU slot that is given up while the client's bytes are awaited
// (or, when Streams sanitizers are already streaming, copied whole into
// an encrypted spool first and sanitized from it). The detecting pass
// spools its output encrypted, and the echo pass writes the sanitized HAR
// into a second encrypted spool. Only a complete, successful result is
// sent: status 200, the report in ReportHeader, then the HAR. Any failure
// (the body's or the sanitizer's) is an error status with the CLI's
// sentence, never partial output.
func (s *Server) sanitize(w http.ResponseWriter, r *http.Request) {
	st := stats(r)
	u, body, ie := s.openBody(w, r)
	if ie != nil {
		st.in = u.received()
		writeError(w, ie.status, ie.code, ie.msg)
		return
	}
	exportID, err := uuid.NewV7()
	if err != nil {
		exportID = uuid.New()
	}
	// One goroutine per request: the service's requests use the cores,
	// and its memory bound counts one sanitizer's entries each.
	san, err := s.cfg.Export.Sanitizer(exportID.String(), sanitize.WithJobs(1))
	if err != nil {
		writeError(w, http.StatusInternalServerError, codeInternal,
			fmt.Sprintf("The service's policy cannot be applied (%v); the operator must fix it.", err))
		return
	}
	out, err := spool.New(s.cfg.SpoolDir)
	if err != nil {
		writeError(w, http.StatusInternalServerError, codeInternal, fmt.Sprintf("Cannot make an encrypted temporary file: %v.", pipeline.Cause(err)))
		return
	}
	defer out.Close()
	l := s.enterLane(r.Context())
	defer l.leave()
	var src *pipeline.Source
	select {
	case s.streams <- struct{}{}:
		defer func() { <-s.streams }()
		src = pipeline.NewSource(&laneReader{r: body, lane: l, cpu: s.cpu, min: streamRead}, "", "the upload", s.cfg.SpoolDir)
	default:
		in, ie := s.spoolUpload(u, body, l)
		if ie != nil {
			st.in = u.received()
			writeError(w, ie.status, ie.code, ie.msg)
			return
		}
		src = pipeline.NewSpooledSource(in, "the upload")
	}
	var rep *sanitize.Report
	s.work(func() { rep, err = pipeline.Sanitize(san, out, src) })
	l.leave()
	st.in = u.received()
	if err != nil {
		status, code, msg := classify(err)
		if u.err != nil { // the body's error, not the sanitizer's
			status, code, msg = u.err.status, u.err.code, u.err.msg
		} else {
			// Refused before its end: the rest is read (and dropped), so
			// a client still sending reads the status, not a reset.
			u.drain()
			st.in = u.received()
		}
		s.logf("sanitize: %d %s: %s", status, code, msg)
		writeError(w, status, code, msg)
		return
	}
	res, err := out.Reader()
	if err != nil {
		writeError(w, http.StatusInternalServerError, codeInternal, fmt.Sprintf("Cannot read back the sanitized copy: %v.", err))
		return
	}
	sum, _ := json.Marshal(reportSummary{ExportID: rep.ExportID, RulesVersion: rep.RulesVersion, Entries: rep.Entries,
		Redacted: rep.Redacted, Residue: rep.Residue, Counts: rep.Counts, BytesIn: rep.BytesIn, BytesOut: out.Size()})
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Content-Length", strconv.FormatInt(out.Size(), 10))
	h.Set("Content-Disposition", `attachment; filename="sanitized.har"`)
	h.Set("Cache-Control", "no-store")
	h.Set(ReportHeader, string(sum))
	w.WriteHeader(http.StatusOK)
	dw := &deadlineWriter{w: w, rc: http.NewResponseController(w), timeout: s.cfg.BodyTimeout}
	// Large writes, straight from the spool's decrypted reads: fewer
	// system calls and deadline moves than io.Copy's 32 KiB.
	_, err = io.CopyBuffer(dw, res, make([]byte, copyBuffer))
	st.out = dw.n
	st.counts = rep.Counts
	if err != nil {
		s.logf("sanitize: the client did not take the whole response: %v", err)
	}
}

// verify handles POST /v1/verify: the JSON of verify --json for the body,
// status 200 with "clean" true or false; a body that cannot be read as a
// HAR is an error status with the reason.
func (s *Server) verify(w http.ResponseWriter, r *http.Request) {
	st := stats(r)
	q := r.URL.Query()
	at := time.Now().UTC()
	if v := q.Get("at"); v != "" {
		t, err := time.Parse(time.RFC3339, v)
		if err != nil {
			writeError(w, http.StatusBadRequest, codeMalformed, fmt.Sprintf("The at parameter %q is not an RFC 3339 time such as 2026-11-22T10:00:00Z.", v))
			return
		}
		at = t.UTC()
	}
	strict := q.Get("strict") == "1" || q.Get("strict") == "true"
	in, u, l, ie := s.receive(w, r)
	defer l.leave()
	st.in = u.received()
	if ie != nil {
		writeError(w, ie.status, ie.code, ie.msg)
		return
	}
	defer in.Close()
	body, err := in.Reader()
	if err != nil {
		writeError(w, http.StatusInternalServerError, codeInternal, fmt.Sprintf("Cannot read back the encrypted copy of the upload: %v.", err))
		return
	}
	var v *pipeline.Verification
	s.work(func() {
		v, err = pipeline.Verify([]string{"-"}, pipeline.VerifyOptions{Policy: s.cfg.Export.Policy, Key: s.cfg.Export.Key, At: at,
			Stdin: body, Strict: strict, KeepFindings: true, ToolVersion: s.cfg.Export.ToolVersion, Jobs: 1})
	})
	l.leave()
	if err != nil {
		status, code, msg := classify(err)
		writeError(w, status, code, msg)
		return
	}
	if v.Verdict == pipeline.VerdictUnverified {
		msg := "Nothing was found to verify in the upload."
		if sk := v.Report.Skipped; len(sk) > 0 {
			msg = "Not verified: " + sk[0].Reason
		}
		writeError(w, http.StatusBadRequest, codeNotVerified, msg)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	dw := &deadlineWriter{w: w, rc: http.NewResponseController(w), timeout: s.cfg.BodyTimeout}
	enc := json.NewEncoder(dw)
	enc.SetIndent("", "  ")
	enc.Encode(v.Result(true))
	st.out = dw.n
}

// receive copies the upload whole, gzip decoded, into an encrypted spool
// (for verify), before any CPU-bound work: a slow client holds its
// connection and its --max-concurrent slot, never a CPU slot. The copy
// starts when a receive lane is free (lanes.go); the caller leaves the
// lane after its CPU work. On error nothing is kept.
func (s *Server) receive(w http.ResponseWriter, r *http.Request) (*spool.Spool, *upload, *lane, *inputError) {
	u, body, ie := s.openBody(w, r)
	if ie != nil {
		return nil, u, nil, ie
	}
	l := s.enterLane(r.Context())
	sp, ie := s.spoolUpload(u, body, l)
	return sp, u, l, ie
}

// spoolUpload copies the upload's body whole into a new encrypted spool,
// its waits counted against the lane l. On error nothing is kept.
func (s *Server) spoolUpload(u *upload, body io.Reader, l *lane) (*spool.Spool, *inputError) {
	sp, err := spool.New(s.cfg.SpoolDir)
	if err != nil {
		return nil, &inputError{http.StatusInternalServerError, codeInternal, fmt.Sprintf("Cannot make an encrypted temporary file: %v.", pipeline.Cause(err))}
	}
	// Large reads: fewer system calls and deadline moves per upload.
	if _, err := io.CopyBuffer(spoolOnly{sp}, &laneReader{r: body, lane: l}, make([]byte, copyBuffer)); err != nil {
		sp.Close()
		if u.err != nil {
			return nil, u.err
		}
		status, code, msg := classify(err)
		if status == http.StatusInternalServerError {
			msg = fmt.Sprintf("Cannot write the encrypted copy of the upload: %v.", pipeline.Cause(err))
		}
		return nil, &inputError{status, code, msg}
	}
	return sp, nil
}

// openBody checks the request's content type and encoding and refuses a
// zip archive; it returns the decoded body to read, or the error to send.
func (s *Server) openBody(w http.ResponseWriter, r *http.Request) (*upload, io.Reader, *inputError) {
	u, ie := s.openUpload(w, r)
	if ie != nil {
		return u, nil, ie
	}
	body, ie := u.refuseZip()
	return u, body, ie
}

// work runs f holding one of GOMAXPROCS CPU slots: the CPU-bound passes of
// the requests admitted run a few at a time, so each keeps its caches and
// the memory in use stays that of a few sanitizers, however many uploads
// are being received.
func (s *Server) work(f func()) {
	s.cpu <- struct{}{}
	defer func() { <-s.cpu }()
	f()
}

// copyBuffer is the size of the reads of an upload into its spool and of
// the writes of a response.
const copyBuffer = 256 << 10

// spoolOnly hides the spool's other methods from io.CopyBuffer, so the
// buffer given is the one used.
type spoolOnly struct{ sp *spool.Spool }

func (w spoolOnly) Write(p []byte) (int, error) { return w.sp.Write(p) }
