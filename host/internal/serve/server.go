// Package serve is safehar's HTTP service for support portals: it
// sanitizes or verifies uploaded HAR files with the export pipeline
// (host/internal/pipeline) before they are stored, with bearer-token auth,
// body and concurrency limits, read and write deadlines, Prometheus
// metrics, health and readiness probes, a page for people at /, and a
// graceful shutdown that finishes the requests in flight.
package serve

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"log"
	"net"
	"net/http"
	"runtime"
	"sync/atomic"
	"time"

	"github.com/safehar/safehar/host/internal/pipeline"
)

// Config is the service's configuration (safehar serve's flags).
type Config struct {
	// Export is the policy, key and tool every sanitize uses.
	Export pipeline.Export
	// Token, when set, must come as "Authorization: Bearer TOKEN" on the
	// API routes (/v1/...).
	Token string
	// MaxBody is the largest HAR accepted, in bytes, after gzip decoding.
	MaxBody int64
	// MaxConcurrent is how many sanitize or verify requests run at once;
	// more get 503 with Retry-After.
	MaxConcurrent int
	// SpoolDir is where the encrypted spools go ("" for os.TempDir()).
	SpoolDir string
	// BodyTimeout is the longest wait for the next bytes of a request body
	// (408 after it) and for the client to take the next bytes of a
	// response.
	BodyTimeout time.Duration
	// ReadHeaderTimeout and IdleTimeout are the http.Server's.
	ReadHeaderTimeout time.Duration
	IdleTimeout       time.Duration
	// ShutdownTimeout bounds the wait for requests in flight on shutdown.
	ShutdownTimeout time.Duration
	// Lanes is how many uploads are read at once (lanes.go; 0: twice
	// GOMAXPROCS), and LaneHold how long in all one may keep the service
	// waiting for its bytes before it gives its lane up (0:
	// DefaultLaneHold).
	Lanes    int
	LaneHold time.Duration
	// Streams is how many sanitize uploads may be streamed into their
	// sanitizer at once (0: twice Lanes); more are spooled whole first.
	// It bounds the sanitizers alive at once when clients are slow.
	Streams int
	// Log receives one line per notable event (nil: discarded).
	Log *log.Logger
}

// Defaults for the zero values of Config.
const (
	DefaultMaxBody           = 256 << 20
	DefaultMaxConcurrent     = 16
	DefaultBodyTimeout       = 30 * time.Second
	DefaultReadHeaderTimeout = 10 * time.Second
	DefaultIdleTimeout       = 120 * time.Second
	DefaultShutdownTimeout   = 30 * time.Second
)

// Server is the service. Its handlers are safe for concurrent use.
type Server struct {
	cfg     Config
	slots   chan struct{} // --max-concurrent admissions
	cpu     chan struct{} // GOMAXPROCS CPU-bound passes at once
	lanes   chan struct{} // uploads being read (lanes.go)
	streams chan struct{} // uploads being streamed into their sanitizer
	metrics *metrics
	ready   atomic.Bool
}

// New returns a server for cfg, zero values replaced by the defaults.
func New(cfg Config) *Server {
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.MaxConcurrent <= 0 {
		cfg.MaxConcurrent = DefaultMaxConcurrent
	}
	if cfg.BodyTimeout <= 0 {
		cfg.BodyTimeout = DefaultBodyTimeout
	}
	if cfg.ReadHeaderTimeout <= 0 {
		cfg.ReadHeaderTimeout = DefaultReadHeaderTimeout
	}
	if cfg.IdleTimeout <= 0 {
		cfg.IdleTimeout = DefaultIdleTimeout
	}
	if cfg.ShutdownTimeout <= 0 {
		cfg.ShutdownTimeout = DefaultShutdownTimeout
	}
	if cfg.Lanes <= 0 {
		cfg.Lanes = 2 * runtime.GOMAXPROCS(0)
	}
	if cfg.LaneHold <= 0 {
		cfg.LaneHold = DefaultLaneHold
	}
	if cfg.Streams <= 0 {
		cfg.Streams = 2 * cfg.Lanes
	}
	s := &Server{cfg: cfg, slots: make(chan struct{}, cfg.MaxConcurrent), cpu: make(chan struct{}, runtime.GOMAXPROCS(0)),
		lanes: make(chan struct{}, cfg.Lanes), streams: make(chan struct{}, cfg.Streams), metrics: newMetrics()}
	s.ready.Store(true)
	return s
}

// Handler serves every route: the API, the page and, when withAdmin, the
// probes and metrics too (no separate admin address).
func (s *Server) Handler(withAdmin bool) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/v1/sanitize", s.api(routeSanitize, s.sanitize))
	mux.Handle("/v1/verify", s.api(routeVerify, s.verify))
	mux.Handle("/v1/", s.observe(routeOther, func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, codeNotFound, "There is no such API route; use POST /v1/sanitize or POST /v1/verify.")
	}))
	pageRoutes(mux, s)
	if withAdmin {
		s.adminRoutes(mux)
	}
	return mux
}

// AdminHandler serves /healthz, /readyz and /metrics alone, for a
// separate admin address.
func (s *Server) AdminHandler() http.Handler {
	mux := http.NewServeMux()
	s.adminRoutes(mux)
	return mux
}

func (s *Server) adminRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if !s.ready.Load() {
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintln(w, "shutting down")
			return
		}
		fmt.Fprintln(w, "ready")
	})
	mux.HandleFunc("GET /metrics", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		s.metrics.write(w, len(s.slots))
	})
}

// api wraps an API handler: POST only, the token when one is set, a
// concurrency slot (503 when none is free), and the metrics.
func (s *Server) api(route string, h http.HandlerFunc) http.Handler {
	return s.observe(route, func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			writeError(w, http.StatusMethodNotAllowed, codeMethod, "Use POST with the HAR as the request body.")
			return
		}
		if s.cfg.Token != "" && !s.authorized(r) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="safehar"`)
			writeError(w, http.StatusUnauthorized, codeUnauthorized, "A valid bearer token is needed: send the header Authorization: Bearer TOKEN.")
			return
		}
		select {
		case s.slots <- struct{}{}:
			defer func() { <-s.slots }()
		default:
			w.Header().Set("Retry-After", "1")
			writeError(w, http.StatusServiceUnavailable, codeBusy,
				fmt.Sprintf("The service is busy (%d requests at once at most); retry after a second.", s.cfg.MaxConcurrent))
			return
		}
		h(w, r)
	})
}

// authorized compares the bearer token in constant time.
func (s *Server) authorized(r *http.Request) bool {
	const prefix = "Bearer "
	h := r.Header.Get("Authorization")
	if len(h) <= len(prefix) || !equalFold(h[:len(prefix)], prefix) {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(h[len(prefix):]), []byte(s.cfg.Token)) == 1
}

func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i]|0x20, b[i]|0x20
		if x != y {
			return false
		}
	}
	return true
}

// Listeners are where the service listens: the API (and page) and, when
// Admin is set, the probes and metrics apart.
type Listeners struct {
	API   net.Listener
	Admin net.Listener // nil: the probes and metrics are on API
	// TLSCert and TLSKey, when set, serve the API with TLS.
	TLSCert, TLSKey string
}

// Serve serves until ctx is done, then stops accepting connections, turns
// /readyz to 503, and waits up to ShutdownTimeout for the requests in
// flight to finish. It returns nil after a clean shutdown.
func (s *Server) Serve(ctx context.Context, l Listeners) error {
	api := s.httpServer(s.Handler(l.Admin == nil))
	servers := []*http.Server{api}
	errc := make(chan error, 2)
	go func() {
		if l.TLSCert != "" {
			errc <- api.ServeTLS(l.API, l.TLSCert, l.TLSKey)
		} else {
			errc <- api.Serve(l.API)
		}
	}()
	if l.Admin != nil {
		admin := s.httpServer(s.AdminHandler())
		servers = append(servers, admin)
		go func() { errc <- admin.Serve(l.Admin) }()
	}
	var err error
	select {
	case <-ctx.Done():
	case err = <-errc:
	}
	s.ready.Store(false)
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
	defer cancel()
	for _, srv := range servers {
		if serr := srv.Shutdown(sctx); serr != nil && err == nil {
			err = fmt.Errorf("requests still in flight after %s were cut off: %w", s.cfg.ShutdownTimeout, serr)
			srv.Close()
		}
	}
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}

func (s *Server) httpServer(h http.Handler) *http.Server {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: s.cfg.ReadHeaderTimeout,
		IdleTimeout:       s.cfg.IdleTimeout,
		MaxHeaderBytes:    64 << 10,
	}
	if s.cfg.Log != nil {
		srv.ErrorLog = s.cfg.Log
	} else {
		srv.ErrorLog = log.New(discard{}, "", 0)
	}
	return srv
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func (s *Server) logf(format string, a ...any) {
	if s.cfg.Log != nil {
		s.cfg.Log.Printf(format, a...)
	}
}

// inFlight is the number of requests being served now.
func (s *Server) inFlight() int64 {
	s.metrics.mu.Lock()
	defer s.metrics.mu.Unlock()
	return s.metrics.inFlight
}
