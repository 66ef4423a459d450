//go:build linux

package sanitize

import (
	"bytes"
	"io"
	"runtime"
	"syscall"
	"testing"
	"time"
	"unsafe"
)

// threadCPU is the CPU time of the calling thread (the goroutine must be
// locked to it).
func threadCPU() time.Duration {
	const clockThreadCPUTime = 3 // CLOCK_THREAD_CPUTIME_ID
	var ts syscall.Timespec
	syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0)
	return time.Duration(ts.Nano())
}

// criticalPath measures, for run on GOMAXPROCS jobs, the CPU time of the
// stream (the goroutine that reads the input, commits the entries in order
// and writes the output: the part that does not run in parallel) and of
// the whole process. On a machine shared with others the wall clock says
// little; these say what a quiet one allows: a run cannot take less than
// the stream's time, nor less than the total over the cores (bound-ns/op,
// and its throughput bound-MB/s). Compare with cpu-ns/op of the -cpu 1
// run.
func criticalPath(b *testing.B, size int, run func() error) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.SetBytes(int64(size))
	var stream, total time.Duration
	for b.Loop() {
		t0, c0 := threadCPU(), cpuTime()
		if err := run(); err != nil {
			b.Fatal(err)
		}
		stream += threadCPU() - t0
		total += cpuTime() - c0
	}
	n := float64(b.N)
	bound := max(float64(stream), float64(total)/float64(runtime.GOMAXPROCS(0))) / n
	b.ReportMetric(float64(stream)/n, "stream-ns/op")
	b.ReportMetric(float64(total)/n, "cpu-ns/op")
	b.ReportMetric(bound, "bound-ns/op")
	b.ReportMetric(float64(size)/bound*1e3, "bound-MB/s")
}

// BenchmarkCriticalPathSpooled is criticalPath for SanitizeSpooled.
func BenchmarkCriticalPathSpooled(b *testing.B) {
	in := benchInput(b, 32<<20)
	s := New(nil, WithKey(testKey))
	var sp memSpool
	sp.Grow(len(in) + len(in)/8)
	criticalPath(b, len(in), func() error {
		sp.Reset()
		_, err := s.SanitizeSpooled(io.Discard, bytes.NewReader(in), &sp)
		return err
	})
}

// BenchmarkCriticalPathVerify is criticalPath for Verify.
func BenchmarkCriticalPathVerify(b *testing.B) {
	in := benchInput(b, 32<<20)
	s := New(nil, WithKey(testKey))
	criticalPath(b, len(in), func() error {
		_, err := s.Verify(bytes.NewReader(in))
		return err
	})
}
