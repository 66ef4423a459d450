package main

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"
	"github.com/safehar/safehar/host/internal/install"
	"github.com/safehar/safehar/host/internal/keystore"
	"github.com/safehar/safehar/host/internal/nm"
	"github.com/safehar/safehar/host/internal/outdir"
	"github.com/safehar/safehar/host/internal/policy"
	"github.com/safehar/safehar/host/internal/review"
	"github.com/safehar/safehar/host/internal/spool"
	"github.com/safehar/safehar/sanitize"
)

// ProtocolVersion is the native-messaging protocol this host speaks
// (host/PROTOCOL.md).
const ProtocolVersion = 1

// Limits of the native-messaging host.
const (
	// maxCapture bounds one export's text.
	maxCapture = 4 << 30
	// chunkSize is the chunk length suggested to the extension, in
	// characters: escaped, one character takes at most 6 bytes in a frame,
	// so a chunk always fits under the inbound cap.
	chunkSize = 1 << 20
	// reportBudget is how large a done reply may grow before the report's
	// findings are dropped (counts and locations stay).
	reportBudget = 256 << 10
)

func init() {
	register(&command{name: "native-messaging", summary: "serve the browser extension (started by the browser)", run: runNative})
}

// runNative serves one native-messaging port until the browser closes stdin.
func runNative(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	s := &session{
		out:      nm.NewWriter(stdout),
		log:      log.New(stderr, "safehar host: ", 0),
		keys:     keyStore(),
		closed:   map[string]bool{},
		saved:    map[string]string{},
		maxFrame: nm.DefaultMaxInbound,
		sys:      loadSystemPolicy(),
	}
	if err := s.sys.Err(); err != nil {
		s.log.Printf("%v; the strictest settings apply until it is fixed", err)
	}
	if ok, who := callerAllowed(args, s.sys.Source != ""); !ok {
		s.log.Printf("refusing caller %s", who)
		s.sendError("", nm.Errorf(nm.CodeNotAllowed, "This safehar host was not installed for %s; run 'safehar install --extension-id ID' to allow it.", who))
		return 1
	}
	stop := s.handleSignals()
	defer stop()
	return s.serve(stdin)
}

// callerAllowed checks the caller the browser names against the ids the
// installed manifests (and the project's defaults) allow. Under a system
// policy (managed) only manifests in the system folders count: a manifest
// in the user's own folders, or the one Firefox names on the command line
// when it is not a system one, adds no id (docs/DEPLOY.md).
func callerAllowed(args []string, managed bool) (bool, string) {
	o, _ := installOptions(nil)
	found, _ := install.Registered(o, install.OSRegistry())
	var manifests []*install.Manifest
	for _, f := range found {
		if f.Manifest != nil && f.Manifest.Name == HostName && (f.System || !managed) {
			manifests = append(manifests, f.Manifest)
		}
	}
	if origin := args[0]; strings.HasPrefix(origin, "chrome-extension://") {
		allowed := []string{"chrome-extension://" + DefaultChromeExtensionID + "/"}
		for _, m := range manifests {
			allowed = append(allowed, m.AllowedOrigins...)
		}
		return slices.Contains(allowed, origin), origin
	}
	if len(args) < 2 {
		return false, "an unknown caller"
	}
	id := args[1]
	allowed := []string{FirefoxAddonID}
	if !managed {
		if m, err := install.ReadManifest(args[0]); err == nil && m.Name == HostName {
			allowed = append(allowed, m.AllowedExtensions...)
		}
	}
	for _, m := range manifests {
		allowed = append(allowed, m.AllowedExtensions...)
	}
	return slices.Contains(allowed, id), "the add-on " + id
}

// session is one port: a browser talking to this process.
type session struct {
	out      *nm.Writer
	log      *log.Logger
	keys     *keystore.Store
	maxFrame int

	keyLoaded bool
	key       []byte // nil when the keyring failed
	keyNote   string // why, for the user

	// sys is the system policy, read at start; ext the extension's managed
	// settings from the last hello or begin that carried a policy. What
	// applies is policy.Merge(sys, ext): the extension can only tighten.
	sys     policy.Result
	ext     policy.Policy
	extSent bool
	extErr  error

	cur    *transfer
	closed map[string]bool   // finished transfers (done, cancelled, aborted)
	saved  map[string]string // done transfer → saved file, for reveal

	mu  sync.Mutex
	tmp *outdir.File // temporary file being written, for the signal handler
}

// transfer is one export streaming through the sanitizer.
type transfer struct {
	id      string
	site    string
	next    int64 // next expected seq
	bytes   int64 // received so far
	started time.Time
	keyNote string

	file   *outdir.File
	sink   *errWriter
	spool  *spool.Spool // the first pass's output, encrypted, for the echo pass
	spoolw *errWriter   // writes to it
	pw     *io.PipeWriter
	chunks chan []byte // to the pipe writer
	free   chan []byte // buffers back from the pipe writer
	wdone  chan error  // the pipe writer's result
	result chan sanitizeResult
	res    *sanitizeResult // once received
	hash   hash.Hash       // of the text, computed by the pipe writer

	writerDone bool
	werr       error

	key       []byte // the placeholder key, for a second pass with the user's terms
	review    bool   // the user reviews the findings before the file is saved
	reviewing bool   // sanitized, in the temporary file, waiting for save or discard
	report    *sanitize.Report
	requests  map[int]review.Request // read back from the sanitized file for the review
}

type sanitizeResult struct {
	report *sanitize.Report
	err    error
}

// errWriter remembers the first write error, to tell a full disk from a
// document the sanitizer refused.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	n, err := e.w.Write(p)
	if err != nil && e.err == nil {
		e.err = err
	}
	return n, err
}

var errCancelled = errors.New("export cancelled")

func (s *session) send(typ, req string, payload any) {
	msg, err := nm.Reply(typ, req, payload)
	if err == nil {
		err = s.out.Write(msg)
	}
	if errors.Is(err, nm.ErrReplyTooLarge) {
		// The browser still gets an answer: a short error, echoing nothing.
		s.log.Printf("the %s reply is above the %d-byte limit; a short error goes instead", typ, nm.MaxOutbound)
		if msg, err = nm.Reply("error", "", nm.Errorf(nm.CodeBadMessage, "The host's %s reply would be above the %d-byte limit of a message, so it was not sent; update safehar and the extension to the same release.", typ, nm.MaxOutbound)); err == nil {
			err = s.out.Write(msg)
		}
	}
	if err != nil {
		s.log.Printf("cannot send %s reply: %v", typ, err)
	}
}

func (s *session) sendError(req string, e *nm.Error) {
	s.log.Printf("error %s: %s", e.Code, e.Message)
	s.send("error", req, e)
}

// idleTimeout is how long an open transfer may wait for its next message
// before the host aborts it (host/PROTOCOL.md); tests shorten it.
var idleTimeout = func() time.Duration { return 2 * time.Minute }

// readResult is one frame read from stdin, or why none could be.
type readResult struct {
	frame []byte
	err   error
}

// readFrames reads frames from stdin one at a time: the next read starts
// when serve is done with the previous frame (its buffer is reused).
func (s *session) readFrames(stdin io.Reader, out chan<- readResult, next <-chan bool) {
	var buf []byte
	for {
		frame, err := nm.ReadFrame(stdin, s.maxFrame, buf)
		if cap(frame) > cap(buf) {
			buf = frame
		}
		out <- readResult{frame, err}
		if err != nil || !<-next {
			return
		}
	}
}

// serve reads messages until stdin ends or the stream breaks. A transfer
// that receives nothing for idleTimeout is aborted.
func (s *session) serve(stdin io.Reader) int {
	var m nm.Message
	frames, next := make(chan readResult), make(chan bool)
	go s.readFrames(stdin, frames, next)
	defer close(next)
	idle := time.NewTimer(s.idleFor())
	defer idle.Stop()
	for {
		var r readResult
		select {
		case r = <-frames:
		case <-idle.C:
			if s.cur != nil {
				s.idleAbort()
			}
			idle.Reset(s.idleFor())
			continue
		}
		if r.err != nil {
			return s.readFailed(r.err)
		}
		err := nm.Decode(r.frame, &m)
		var syn *nm.SyntaxError
		if errors.As(err, &syn) {
			s.fatal(nm.Errorf(nm.CodeBadFrame, "The host received a message that is not a JSON object (%v); reconnect and export again.", syn))
			return 1
		}
		if err == nil {
			s.handle(&m)
		} else {
			s.sendError(m.Req, nm.Errorf(nm.CodeBadMessage, "The %q message has a bad field: %v.", m.Type, err))
		}
		next <- true
		idle.Reset(s.idleFor())
	}
}

// idleFor is how long the open transfer may wait for its next message.
func (s *session) idleFor() time.Duration {
	if s.cur != nil && s.cur.reviewing {
		return reviewIdleTimeout()
	}
	return idleTimeout()
}

// idleAbort ends a transfer whose extension stopped sending: its temporary
// file and spool go, and the extension, if it is still there, is told.
func (s *session) idleAbort() {
	d := s.idleFor()
	s.log.Printf("export %s received nothing for %v; it was stopped and nothing was saved", s.cur.id, d)
	s.fail("", nm.Errorf(nm.CodeIdleTimeout, "The export received nothing from the browser for %v, so the host stopped it and nothing was saved; export again.", d))
}

// readFailed ends the session after a frame could not be read.
func (s *session) readFailed(err error) int {
	var big *nm.FrameTooLargeError
	switch {
	case errors.Is(err, io.EOF):
		if s.cur != nil {
			s.log.Printf("the browser closed the port during export %s; nothing was saved", s.cur.id)
			s.abort(errors.New("port closed"))
		}
		return 0
	case errors.As(err, &big):
		s.fatal(nm.Errorf(nm.CodeFrameTooLarge, "The host received a %d-byte message, above its %d-byte limit; send the capture in smaller chunks.", big.Size, big.Max))
	case errors.Is(err, nm.ErrTruncated):
		s.fatal(nm.Errorf(nm.CodeBadFrame, "The connection ended in the middle of a message; nothing was saved, export again."))
	default:
		s.fatal(nm.Errorf(nm.CodeBadFrame, "The host could not read from the browser (%v); export again.", err))
	}
	return 1
}

// fatal aborts any transfer and sends a last error; the caller exits.
func (s *session) fatal(e *nm.Error) {
	if s.cur != nil {
		e.Transfer = s.cur.id
		s.abort(errors.New(e.Code))
	}
	s.sendError("", e)
}

func (s *session) handle(m *nm.Message) {
	switch m.Type {
	case "hello":
		if m.Has(nm.FieldProtocol) && m.Protocol != ProtocolVersion {
			s.sendError(m.Req, nm.Errorf(nm.CodeUnsupportedProtocol, "The extension speaks protocol %d but this host speaks %d; update safehar and the extension to the same release.", m.Protocol, ProtocolVersion))
			return
		}
		if m.Has(nm.FieldPolicy) {
			s.setExtensionPolicy(m.Policy)
		}
		s.hello(m.Req)
	case "status":
		s.hello(m.Req)
	case "begin":
		s.begin(m)
	case "chunk":
		s.chunk(m)
	case "end":
		s.end(m)
	case "cancel":
		s.cancel(m)
	case "reveal":
		s.reveal(m)
	case "findings":
		s.findings(m)
	case "save":
		s.saveReviewed(m)
	case "discard":
		s.discard(m)
	case "":
		s.sendError(m.Req, nm.Errorf(nm.CodeBadMessage, "A message has no \"type\"; see host/PROTOCOL.md."))
	default:
		s.sendError(m.Req, nm.Errorf(nm.CodeBadMessage, "Unknown message type %q; update safehar and the extension to the same release.", m.Type))
	}
}

func (s *session) hello(req string) {
	s.loadKey()
	keyring := "ok"
	if s.keyNote != "" {
		keyring = s.keyNote
	}
	eff := s.effective()
	dir, err := outdir.Resolve(eff.OutputDir, os.Getenv)
	if err != nil {
		dir = ""
	}
	rules := sanitize.DefaultRules().Version
	if r, err := policy.Rules(eff); err == nil {
		rules = r.Version
	}
	s.send("hello", req, map[string]any{
		"protocol":     ProtocolVersion,
		"host":         Version,
		"rulesVersion": rules,
		"keyring":      keyring,
		"outputDir":    dir,
		"policy":       policyReport(s.sys, s.extSent, s.extErr, eff),
	})
}

// setExtensionPolicy takes the managed settings the extension sent. An
// invalid policy is logged and reported in hello; its valid parts apply,
// with the strictest JWT, personal-data and bodies settings.
func (s *session) setExtensionPolicy(raw []byte) {
	p, err := policy.FromMessage(raw, policyEnv())
	if err != nil {
		s.log.Printf("%v; the strictest settings apply", err)
	}
	s.ext, s.extErr, s.extSent = p, err, true
}

// effective is the policy the host enforces now.
func (s *session) effective() policy.Policy {
	return policy.Merge(s.sys.Policy, s.ext)
}

// loadKey reads the pseudonym key from the keyring once per process.
func (s *session) loadKey() {
	if s.keyLoaded {
		return
	}
	s.keyLoaded = true
	key, note := keystore.Load(context.Background(), s.keys)
	if note != "" {
		s.log.Print(note)
		s.keyNote = note
		return
	}
	s.key = key
}

// exportKey returns the key for one export: the keyring's, or a fresh
// random one when the keyring cannot be used.
func (s *session) exportKey() []byte {
	s.loadKey()
	if s.key != nil {
		return s.key
	}
	k := make([]byte, keystore.KeySize)
	rand.Read(k)
	return k
}

func (s *session) begin(m *nm.Message) {
	if s.cur != nil {
		s.sendError(m.Req, &nm.Error{Code: nm.CodeTransferBusy, Transfer: s.cur.id,
			Message: "Another export is still in progress; wait for it to finish or cancel it."})
		return
	}
	if m.Size > maxCapture {
		s.sendError(m.Req, nm.Errorf(nm.CodeTooLarge, "The capture is %d bytes, above the host's %d-byte limit; export fewer requests.", m.Size, int64(maxCapture)))
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
	dir, err := outdir.Resolve(eff.OutputDir, os.Getenv)
	if err != nil {
		s.sendError(m.Req, nm.Errorf(nm.CodeWriteFailed, "%v.", err))
		return
	}
	// The policy's folder was checked when the policy was read; links may
	// have changed since, so it is checked again now, and outdir keeps
	// the folder it opens from here to the rename.
	if eff.OutputDir != "" {
		if _, err := policy.CheckOutputDir(eff.OutputDir, policyEnv()); err != nil {
			s.sendError(m.Req, nm.Errorf(nm.CodePolicyRefused, "The output folder is not allowed any more (%v), so nothing was saved; ask your IT team to check the policy's outputDir.", err))
			return
		}
	}
	id, err := uuid.NewV7()
	if err != nil {
		s.sendError(m.Req, nm.Errorf(nm.CodeWriteFailed, "Cannot make an export id: %v.", err))
		return
	}
	key := s.exportKey()
	f, err := outdir.Create(dir)
	if err != nil {
		s.sendError(m.Req, s.writeError(err, dir))
		return
	}
	// The sanitizer reads the port's bytes once (SanitizeSpooled); its
	// first pass's output waits for the echo pass in a spool encrypted
	// under a key held only in memory, next to the output.
	sp, err := spool.New(dir)
	if err != nil {
		f.Abort()
		s.sendError(m.Req, s.writeError(err, dir))
		return
	}
	s.setTemp(f)
	t := &transfer{
		id:      id.String(),
		site:    m.Site,
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
	t.free <- nil
	t.free <- nil
	pr, pw := io.Pipe()
	t.pw = pw
	san := sanitize.New(rules, append(popts,
		sanitize.WithKey(key),
		sanitize.WithTool("safehar", Version),
		sanitize.WithExportID(t.id))...)
	go func() {
		rep, err := san.SanitizeSpooled(t.sink, pr, spooled{t.spoolw, t.spool})
		if err == nil {
			err = drainWhitespace(pr)
		}
		pr.CloseWithError(err) // unblocks the pipe writer on error
		t.spool.Close()        // on every path: done, failed, cancelled, port closed
		t.result <- sanitizeResult{rep, err}
	}()
	go func() {
		var werr error
		for data := range t.chunks {
			if werr == nil {
				t.hash.Write(data)
				_, werr = pw.Write(data)
			}
			t.free <- data
		}
		if werr == nil {
			pw.Close()
		}
		t.wdone <- werr
	}()
	s.cur = t
	s.send("ready", m.Req, map[string]any{"transfer": t.id, "chunkSize": chunkSize})
}

// drainWhitespace reads what follows the HAR document: only whitespace may.
func drainWhitespace(r io.Reader) error {
	buf := make([]byte, 4096)
	for {
		n, err := r.Read(buf)
		for _, c := range buf[:n] {
			if c != ' ' && c != '\n' && c != '\r' && c != '\t' {
				return errors.New("there is data after the end of the HAR document")
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// failed returns the sanitizer's error if it already stopped with one.
func (t *transfer) failed() error {
	if t.res == nil {
		select {
		case r := <-t.result:
			t.res = &r
		default:
			return nil
		}
	}
	if t.res.err != nil {
		return t.res.err
	}
	return nil
}

// finishWriter tells the pipe writer no more chunks come and returns its
// result. It may be called more than once.
func (t *transfer) finishWriter() error {
	if !t.writerDone {
		close(t.chunks)
		t.werr = <-t.wdone
		t.writerDone = true
	}
	return t.werr
}

// wait returns the sanitizer's result, waiting for it.
func (t *transfer) wait() sanitizeResult {
	if t.res == nil {
		r := <-t.result
		t.res = &r
	}
	return *t.res
}

// unknown answers a message naming a transfer that is not open.
func (s *session) unknown(m *nm.Message) {
	if m.Type == "end" && s.closed[m.Transfer] {
		s.sendError(m.Req, &nm.Error{Code: nm.CodeDuplicateEnd, Transfer: m.Transfer,
			Message: "This export is already finished; start a new one to export again."})
		return
	}
	s.sendError(m.Req, &nm.Error{Code: nm.CodeUnknownTransfer, Transfer: m.Transfer,
		Message: "No export with this id is in progress; start a new export."})
}

func (s *session) chunk(m *nm.Message) {
	t := s.cur
	if t == nil || m.Transfer != t.id {
		s.unknown(m)
		return
	}
	if t.reviewing {
		s.sendError(m.Req, &nm.Error{Code: nm.CodeBadMessage, Transfer: t.id, Message: "This export is waiting for its review; send save or discard."})
		return
	}
	if !m.Has(nm.FieldSeq) || !m.Has(nm.FieldData) {
		s.sendError(m.Req, &nm.Error{Code: nm.CodeBadMessage, Transfer: t.id, Message: "A chunk needs \"seq\" and \"data\"; see host/PROTOCOL.md."})
		return
	}
	if m.Seq != t.next {
		s.fail(m.Req, &nm.Error{Code: nm.CodeOutOfOrder,
			Message: fmt.Sprintf("Chunk %d arrived when chunk %d was expected, so the export was stopped; export again.", m.Seq, t.next)})
		return
	}
	if err := t.failed(); err != nil {
		s.fail(m.Req, s.sanitizeError(err, t))
		return
	}
	t.bytes += int64(len(m.Data))
	if t.bytes > maxCapture {
		s.fail(m.Req, nm.Errorf(nm.CodeTooLarge, "The capture grew past the host's %d-byte limit, so the export was stopped; export fewer requests.", int64(maxCapture)))
		return
	}
	t.next++
	// Hand the chunk to the pipe writer and take a free buffer back for the
	// next frame's data: two chunks at most are in flight.
	buf := <-t.free
	t.chunks <- m.Data
	m.Data = buf[:0]
	s.send("progress", m.Req, map[string]any{"transfer": t.id, "seq": m.Seq, "bytes": t.bytes})
}

func (s *session) end(m *nm.Message) {
	t := s.cur
	if t == nil || m.Transfer != t.id {
		s.unknown(m)
		return
	}
	if t.reviewing {
		s.sendError(m.Req, &nm.Error{Code: nm.CodeDuplicateEnd, Transfer: t.id, Message: "This export has ended and waits for its review; send save or discard."})
		return
	}
	if !m.Has(nm.FieldSeq) || m.Seq != t.next {
		s.fail(m.Req, &nm.Error{Code: nm.CodeOutOfOrder,
			Message: fmt.Sprintf("The export ended after %d chunks but the host received %d, so it was stopped; export again.", m.Seq, t.next)})
		return
	}
	werr := t.finishWriter()
	// The chunk buffers are not needed for the echo pass.
	for len(t.free) > 0 {
		<-t.free
	}
	m.Data = nil
	res := t.wait()
	err := res.err
	if err == nil {
		err = werr
	}
	if err != nil {
		s.fail(m.Req, s.sanitizeError(err, t))
		return
	}
	if m.SHA256 != "" && !strings.EqualFold(m.SHA256, hex.EncodeToString(t.hash.Sum(nil))) {
		s.fail(m.Req, nm.Errorf(nm.CodeChecksumMismatch, "The capture arrived damaged (its SHA-256 does not match), so nothing was saved; export again."))
		return
	}
	if t.review {
		s.enterReview(m.Req, t, res.report)
		return
	}
	s.saveFile(m.Req, t, res.report)
}

// saveFile renames the sanitized temporary file into place, records it in
// the audit log and sends done with the report.
func (s *session) saveFile(req string, t *transfer, rep *sanitize.Report) {
	name := outdir.FileName(t.site, t.started, t.id)
	path, err := t.file.Commit(name)
	s.setTemp(nil)
	if err != nil {
		s.fail(req, s.writeError(err, filepath.Dir(t.file.Name())))
		return
	}
	if err := auditSaved(s.effective(), t.site, path, rep, s.log.Print); err != nil { // removes the file on error
		s.fail(req, nm.Errorf(nm.CodeWriteFailed, "%v, so the file was not kept (the administrator's policy requires it); ask your IT team.", err))
		return
	}
	s.cur = nil
	s.closed[t.id] = true
	s.saved[t.id] = path
	if rep == nil {
		rep = &sanitize.Report{}
	}
	msg, err := nm.Reply("done", req, map[string]any{
		"transfer":  t.id,
		"path":      path,
		"file":      filepath.Base(path),
		"bytes":     rep.BytesOut,
		"elapsedMs": time.Since(t.started).Milliseconds(),
		"report":    rep,
		"keyring":   keyringField(t.keyNote),
	})
	if err == nil {
		msg, err = nm.Trim(msg, reportBudget, "report.findings", "report.locations")
	}
	if err == nil {
		err = s.out.Write(msg)
	}
	if err != nil {
		s.log.Printf("cannot send the done reply for %s: %v", path, err)
	}
	s.log.Printf("saved %s (%d entries, %d values redacted)", path, rep.Entries, rep.Redacted)
}

func (s *session) cancel(m *nm.Message) {
	t := s.cur
	if t == nil || m.Transfer != t.id {
		s.unknown(m)
		return
	}
	s.abort(errCancelled)
	s.send("cancelled", m.Req, map[string]any{"transfer": t.id})
}

// fail aborts the current transfer and reports e for it.
func (s *session) fail(req string, e *nm.Error) {
	e.Transfer = s.cur.id
	s.abort(errors.New(e.Code))
	s.sendError(req, e)
}

// abort stops the current transfer and removes its temporary file.
func (s *session) abort(why error) {
	t := s.cur
	if t == nil {
		return
	}
	s.cur = nil
	s.closed[t.id] = true
	t.pw.CloseWithError(why)
	t.finishWriter()
	t.wait()
	t.file.Abort()
	s.setTemp(nil)
}

// sanitizeError turns a failed run into an error reply.
func (s *session) sanitizeError(err error, t *transfer) *nm.Error {
	if t.sink.err != nil {
		return s.writeError(t.sink.err, filepath.Dir(t.file.Name()))
	}
	if t.spoolw.err != nil {
		return s.writeError(t.spoolw.err, filepath.Dir(t.file.Name()))
	}
	return nm.Errorf(nm.CodeInvalidHAR, "The capture is not a HAR document safehar can read (%v), so nothing was saved; export again from the Network panel.", err)
}

// writeError turns a failure to write in dir into an error reply.
func (s *session) writeError(err error, dir string) *nm.Error {
	if outdir.IsDiskFull(err) {
		return nm.Errorf(nm.CodeDiskFull, "The disk holding %s is full, so nothing was saved; free some space and export again.", dir)
	}
	return nm.Errorf(nm.CodeWriteFailed, "Cannot save to %s (%v), so nothing was saved; check the folder or set %s.", dir, err, outdir.EnvOutputDir)
}

func (s *session) reveal(m *nm.Message) {
	path, ok := s.saved[m.Transfer]
	if !ok {
		s.sendError(m.Req, &nm.Error{Code: nm.CodeUnknownTransfer, Transfer: m.Transfer,
			Message: "No file was saved for this export in this session."})
		return
	}
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "darwin":
		cmd = exec.Command("open", "-R", path)
	case "windows":
		cmd = exec.Command("explorer", "/select,", path)
	default:
		cmd = exec.Command("xdg-open", filepath.Dir(path))
	}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = nil, nil, nil // never the port
	if err := launchFileManager(cmd); err != nil {
		s.sendError(m.Req, &nm.Error{Code: nm.CodeRevealFailed, Transfer: m.Transfer,
			Message: fmt.Sprintf("Cannot open the file manager (%v); the file is %s.", err, path)})
		return
	}
	s.send("revealed", m.Req, map[string]any{"transfer": m.Transfer, "path": path})
}

// setTemp records the temporary file being written, for the signal handler.
func (s *session) setTemp(f *outdir.File) {
	s.mu.Lock()
	s.tmp = f
	s.mu.Unlock()
}

// removeTemp removes the temporary file being written, if any, from the
// folder it was made in (wherever that folder is now).
func (s *session) removeTemp() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.tmp != nil {
		s.tmp.RemoveTemp()
		s.tmp = nil
	}
}

// spooled is a transfer's spool as SanitizeSpooled uses it: written
// through the errWriter that keeps its first error, read back from the
// spool.
type spooled struct {
	w  io.Writer
	sp *spool.Spool
}

func (s spooled) Write(p []byte) (int, error) { return s.w.Write(p) }
func (s spooled) Reader() (io.Reader, error)  { return s.sp.Reader() }
