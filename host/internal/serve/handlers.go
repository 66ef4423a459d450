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

// sanitize handles POST /v1/sanitize. The body goes through the encrypted
// spool (pass 1 collects the secrets), the sanitized HAR into a second
// encrypted spool (pass 2), and only a complete, successful result is
// sent: status 200, the report in ReportHeader, then the HAR. Any failure
// is an error status with the CLI's sentence, never partial output.
func (s *Server) sanitize(w http.ResponseWriter, r *http.Request) {
	st := stats(r)
	u, ie := s.openUpload(w, r)
	if ie != nil {
		writeError(w, ie.status, ie.code, ie.msg)
		return
	}
	body, ie := u.refuseZip()
	if ie != nil {
		writeError(w, ie.status, ie.code, ie.msg)
		return
	}
	defer func() { st.in = u.raw.n }()
	exportID, err := uuid.NewV7()
	if err != nil {
		exportID = uuid.New()
	}
	san, err := s.cfg.Export.Sanitizer(exportID.String())
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
	src := pipeline.NewSource(body, "", "the upload", s.cfg.SpoolDir)
	rep, err := pipeline.Sanitize(san, out, src)
	if err != nil {
		if u.err != nil {
			err = u.err
		}
		status, code, msg := classify(err)
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
	_, err = io.Copy(dw, res)
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
	u, ie := s.openUpload(w, r)
	if ie != nil {
		writeError(w, ie.status, ie.code, ie.msg)
		return
	}
	body, ie := u.refuseZip()
	if ie != nil {
		writeError(w, ie.status, ie.code, ie.msg)
		return
	}
	defer func() { st.in = u.raw.n }()
	v, err := pipeline.Verify([]string{"-"}, pipeline.VerifyOptions{Policy: s.cfg.Export.Policy, Key: s.cfg.Export.Key, At: at,
		Stdin: body, Strict: strict, KeepFindings: true, ToolVersion: s.cfg.Export.ToolVersion})
	if err == nil && u.err != nil {
		err = u.err
	}
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
