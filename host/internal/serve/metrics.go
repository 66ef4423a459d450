package serve

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/safehar/safehar/sanitize"
)

// The routes as the metrics label them.
const (
	routeSanitize = "/v1/sanitize"
	routeVerify   = "/v1/verify"
	routePage     = "/"
	routeOther    = "other"
)

// durationBuckets are the upper bounds (seconds) of the request duration
// histogram: from a small HAR on loopback to a large upload.
var durationBuckets = []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120}

// metrics are the service's counters, written in the Prometheus text
// exposition format (version 0.0.4) by write. The format is small enough
// to write here; prometheus/client_golang would bring a dozen modules.
type metrics struct {
	mu        sync.Mutex
	requests  map[[2]string]uint64 // route, status code
	bytesIn   map[string]uint64    // route
	bytesOut  map[string]uint64    // route
	redacted  map[sanitize.Kind]uint64
	durations map[string]*histogram // route
	inFlight  int64
	start     time.Time
}

type histogram struct {
	counts []uint64 // per bucket, not cumulative
	sum    float64
	n      uint64
}

func newMetrics() *metrics {
	return &metrics{requests: map[[2]string]uint64{}, bytesIn: map[string]uint64{}, bytesOut: map[string]uint64{},
		redacted: map[sanitize.Kind]uint64{}, durations: map[string]*histogram{}, start: time.Now()}
}

// requestStats is what a handler tells the metrics about its request.
type requestStats struct {
	in, out int64
	counts  map[sanitize.Kind]int
}

type statsKey struct{}

// stats returns the request's stats to fill in.
func stats(r *http.Request) *requestStats {
	if st, ok := r.Context().Value(statsKey{}).(*requestStats); ok {
		return st
	}
	return &requestStats{}
}

// statusWriter remembers the status sent.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(p []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(p)
}

// Unwrap lets http.ResponseController reach the connection.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// observe counts a route's requests, bytes, redactions and durations.
func (s *Server) observe(route string, h http.HandlerFunc) http.Handler {
	m := s.metrics
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t0 := time.Now()
		st := &requestStats{}
		sw := &statusWriter{ResponseWriter: w}
		m.mu.Lock()
		m.inFlight++
		m.mu.Unlock()
		defer func() {
			d := time.Since(t0).Seconds()
			if sw.status == 0 {
				sw.status = http.StatusOK
			}
			m.mu.Lock()
			defer m.mu.Unlock()
			m.inFlight--
			m.requests[[2]string{route, strconv.Itoa(sw.status)}]++
			m.bytesIn[route] += uint64(st.in)
			m.bytesOut[route] += uint64(st.out)
			for k, n := range st.counts {
				m.redacted[k] += uint64(n)
			}
			hg := m.durations[route]
			if hg == nil {
				hg = &histogram{counts: make([]uint64, len(durationBuckets))}
				m.durations[route] = hg
			}
			for i, b := range durationBuckets {
				if d <= b {
					hg.counts[i]++
					break
				}
			}
			hg.sum += d
			hg.n++
		}()
		h(sw, r.WithContext(context.WithValue(r.Context(), statsKey{}, st)))
	})
}

// write writes every metric in the text format, in a stable order.
func (m *metrics) write(w io.Writer, busy int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var b strings.Builder
	family := func(name, typ, help string) {
		fmt.Fprintf(&b, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, typ)
	}
	family("safehar_requests_total", "counter", "HTTP requests by route and status code.")
	keys := make([][2]string, 0, len(m.requests))
	for k := range m.requests {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	for _, k := range keys {
		fmt.Fprintf(&b, "safehar_requests_total{route=%s,code=%s} %d\n", label(k[0]), label(k[1]), m.requests[k])
	}
	byRoute := func(name, help string, v map[string]uint64) {
		family(name, "counter", help)
		for _, r := range sortedKeys(v) {
			fmt.Fprintf(&b, "%s{route=%s} %d\n", name, label(r), v[r])
		}
	}
	byRoute("safehar_received_bytes_total", "Request body bytes received, as sent (before gzip decoding).", m.bytesIn)
	byRoute("safehar_sent_bytes_total", "Response body bytes sent by the API routes.", m.bytesOut)
	family("safehar_redactions_total", "counter", "Values redacted by /v1/sanitize, by kind.")
	kinds := make([]string, 0, len(m.redacted))
	for k := range m.redacted {
		kinds = append(kinds, string(k))
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		fmt.Fprintf(&b, "safehar_redactions_total{kind=%s} %d\n", label(k), m.redacted[sanitize.Kind(k)])
	}
	family("safehar_request_duration_seconds", "histogram", "Time from the request's arrival to the end of the response.")
	routes := make([]string, 0, len(m.durations))
	for r := range m.durations {
		routes = append(routes, r)
	}
	sort.Strings(routes)
	for _, r := range routes {
		hg := m.durations[r]
		var cum uint64
		for i, ub := range durationBuckets {
			cum += hg.counts[i]
			fmt.Fprintf(&b, "safehar_request_duration_seconds_bucket{route=%s,le=\"%s\"} %d\n", label(r), strconv.FormatFloat(ub, 'g', -1, 64), cum)
		}
		fmt.Fprintf(&b, "safehar_request_duration_seconds_bucket{route=%s,le=\"+Inf\"} %d\n", label(r), hg.n)
		fmt.Fprintf(&b, "safehar_request_duration_seconds_sum{route=%s} %s\n", label(r), strconv.FormatFloat(hg.sum, 'g', -1, 64))
		fmt.Fprintf(&b, "safehar_request_duration_seconds_count{route=%s} %d\n", label(r), hg.n)
	}
	family("safehar_requests_in_flight", "gauge", "Requests being served now, on every route.")
	fmt.Fprintf(&b, "safehar_requests_in_flight %d\n", m.inFlight)
	family("safehar_busy_slots", "gauge", "Sanitize and verify requests holding one of the --max-concurrent slots.")
	fmt.Fprintf(&b, "safehar_busy_slots %d\n", busy)
	family("safehar_uptime_seconds", "gauge", "Seconds since the service started.")
	fmt.Fprintf(&b, "safehar_uptime_seconds %s\n", strconv.FormatFloat(time.Since(m.start).Seconds(), 'f', 3, 64))
	io.WriteString(w, b.String())
}

// label quotes a label value as the text format wants: backslash, double
// quote and newline escaped.
func label(v string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(v) + `"`
}

func sortedKeys(m map[string]uint64) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
