package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"

	"github.com/safehar/safehar/host/internal/pipeline"
	"github.com/safehar/safehar/host/internal/serve"
	"github.com/safehar/safehar/sanitize"
)

func init() {
	register(&command{name: "serve", summary: "sanitize and verify uploaded HAR files over HTTP", run: runServe})
}

const serveHelp = `Usage: safehar serve --listen ADDR [--admin-listen ADDR] [--key-file FILE] [--token-file FILE]
                     [--max-body MIB] [--max-concurrent N] [--tls-cert FILE --tls-key FILE] [options]

An HTTP service for support portals: put it in front of the attachment store
and sanitize every HAR before it is stored, or verify and reject.

  POST /v1/sanitize   body: a HAR (application/json, optionally Content-Encoding:
                      gzip); 200 with the sanitized HAR, the report (counts per
                      kind, never values) in the Safehar-Report header
  POST /v1/verify     the same body; 200 with verify --json's JSON ("clean" true
                      or false); ?at=RFC3339 and ?strict=1 as verify's flags
  GET  /              a page to drop a HAR and download the sanitized copy
  GET  /healthz, /readyz, /metrics (Prometheus text format): on --admin-listen
                      when given, else on --listen

Errors are JSON {"error": {"code": "...", "message": "..."}}: 400 malformed or
not a HAR, 401 no or wrong token, 405 not POST, 408 a stalled upload, 413 over
--max-body, 415 another content type or encoding (or a zip archive), 503 with
Retry-After over --max-concurrent. A failed sanitize never sends partial output.

The placeholder key comes from --key-file (the format of verify --key-file;
mount it from a Kubernetes Secret so every replica, and safehar sanitize
--key-file, gives the same placeholders) or the OS keyring. The administrator's
system policy applies as it does to sanitize. SIGTERM or SIGINT stops taking
connections, turns /readyz to 503 and finishes the requests in flight (up to
--shutdown-timeout).

Options:
`

func runServe(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), serveHelp)
		fs.PrintDefaults()
	}
	listen := fs.String("listen", "", "serve the API and the page on `ADDR` (host:port, e.g. 127.0.0.1:8080); required")
	adminListen := fs.String("admin-listen", "", "serve /healthz, /readyz and /metrics on `ADDR` instead, without auth")
	keyFile := fs.String("key-file", "", "placeholder key `FILE` (16+ bytes, or hex), the same for every replica; default the OS keyring's key")
	tokenFile := fs.String("token-file", "", "require \"Authorization: Bearer TOKEN\" on /v1/ routes, TOKEN read from `FILE`")
	maxBody := fs.Int64("max-body", serve.DefaultMaxBody>>20, "largest HAR accepted in `MiB` (after gzip decoding); larger gets 413")
	maxConcurrent := fs.Int("max-concurrent", serve.DefaultMaxConcurrent, "sanitize and verify requests at once at most (`N`); more get 503 with Retry-After")
	tlsCert := fs.String("tls-cert", "", "serve HTTPS with the certificate chain in `FILE` (PEM), with --tls-key")
	tlsKey := fs.String("tls-key", "", "the private key `FILE` (PEM) of --tls-cert")
	spoolDir := fs.String("spool-dir", "", "`DIR` for the encrypted temporary copies of uploads (default the system's temporary folder)")
	bodyTimeout := fs.Duration("body-timeout", serve.DefaultBodyTimeout, "longest wait for the next bytes of an upload (408 after it) or for the client to take the response")
	headerTimeout := fs.Duration("read-header-timeout", serve.DefaultReadHeaderTimeout, "longest wait for a request's headers")
	idleTimeout := fs.Duration("idle-timeout", serve.DefaultIdleTimeout, "how long an idle keep-alive connection stays open")
	shutdownTimeout := fs.Duration("shutdown-timeout", serve.DefaultShutdownTimeout, "on SIGTERM, how long requests in flight may take to finish")
	maxString := fs.Int("max-string", sanitize.DefaultMaxString>>20, "largest single string (a body) in a HAR, in `MiB`")
	memLimit := fs.Int64("memory-limit", 160, "soft memory limit of the Go runtime in `MiB` (GOMEMLIMIT overrides it)")
	quiet := fs.Bool("q", false, "no log lines on standard error")
	for _, a := range args {
		if a == "-h" || a == "-help" || a == "--help" {
			fs.SetOutput(stdout) // asked for: the help is the output
		}
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "safehar serve: "+format+"\n", a...)
		return 2
	}
	if fs.NArg() > 0 {
		return fail("unexpected argument %q; every setting is a flag (see safehar serve --help).", fs.Arg(0))
	}
	if *listen == "" {
		return fail("give the address to listen on, e.g. --listen 127.0.0.1:8080.")
	}
	if (*tlsCert == "") != (*tlsKey == "") {
		return fail("--tls-cert and --tls-key go together; give both or neither.")
	}
	if *maxBody <= 0 || *maxConcurrent <= 0 || *maxString <= 0 {
		return fail("--max-body, --max-concurrent and --max-string must be positive.")
	}
	// Many requests at once: the CLI's GOGC 400 (main) would let each
	// one's garbage pile up; the default 100 keeps the peak flat.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(100)
	}
	if os.Getenv("GOMEMLIMIT") == "" && *memLimit > 0 {
		debug.SetMemoryLimit(*memLimit << 20)
	}
	var logger *log.Logger
	if !*quiet {
		logger = log.New(stderr, "safehar serve: ", log.LstdFlags|log.LUTC)
	}
	key, note, err := exportKey(*keyFile)
	if err != nil {
		return fail("%v", err)
	}
	if note != "" {
		fmt.Fprintf(stderr, "safehar serve: warning: %s Give --key-file for the same placeholders on every replica.\n", note)
	}
	token := ""
	if *tokenFile != "" {
		b, err := os.ReadFile(*tokenFile)
		if err != nil {
			return fail("cannot read the token file: %s", sentence(err))
		}
		token = strings.TrimSpace(string(b))
		if strings.HasPrefix(token, "REPLACE-WITH") {
			return fail("the token file %s still holds the example placeholder (deploy/secret.yaml); put a long random token in it.", *tokenFile)
		}
		if len(token) < 16 {
			return fail("the token in %s is shorter than 16 characters; put a long random token in it.", *tokenFile)
		}
	}
	pol := loadSystemPolicy()
	if err := pol.Err(); err != nil {
		fmt.Fprintf(stderr, "safehar: warning: %v; the strictest settings apply until it is fixed.\n", err)
	}
	exp := pipeline.Export{Policy: pol.Policy, Key: key, Tool: "safehar", ToolVersion: Version, MaxString: *maxString << 20}
	if _, err := exp.Sanitizer(""); err != nil {
		return fail("the administrator's policy cannot be applied (%v); ask your IT team to fix it.", err)
	}
	srv := serve.New(serve.Config{Export: exp, Token: token, MaxBody: *maxBody << 20, MaxConcurrent: *maxConcurrent,
		SpoolDir: *spoolDir, BodyTimeout: *bodyTimeout, ReadHeaderTimeout: *headerTimeout, IdleTimeout: *idleTimeout,
		ShutdownTimeout: *shutdownTimeout, Log: logger})
	ln, err := net.Listen("tcp", *listen)
	if err != nil {
		return fail("cannot listen on %s: %v.", *listen, pipeline.Cause(err))
	}
	l := serve.Listeners{API: ln, TLSCert: *tlsCert, TLSKey: *tlsKey}
	if *adminListen != "" {
		if l.Admin, err = net.Listen("tcp", *adminListen); err != nil {
			ln.Close()
			return fail("cannot listen on %s: %v.", *adminListen, pipeline.Cause(err))
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	scheme := "http"
	if *tlsCert != "" {
		scheme = "https"
	}
	if logger != nil {
		logger.Printf("listening on %s://%s (auth %s, max body %d MiB, max concurrent %d)", scheme, ln.Addr(), onOff(token != ""), *maxBody, *maxConcurrent)
		if l.Admin != nil {
			logger.Printf("probes and metrics on http://%s", l.Admin.Addr())
		}
	}
	if err := srv.Serve(ctx, l); err != nil {
		return fail("%v", err)
	}
	if logger != nil {
		logger.Printf("stopped")
	}
	return 0
}

func onOff(b bool) string {
	if b {
		return "on"
	}
	return "off"
}
