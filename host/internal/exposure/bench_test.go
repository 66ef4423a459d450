package exposure

import (
	"os"
	"testing"
)

// BenchmarkScan scans the folder named by SAFEHAR_BENCH_DIR (for example
// the one scripts/bench-exposure.sh fills with BENCH_DIR set).
func BenchmarkScan(b *testing.B) {
	dir := os.Getenv("SAFEHAR_BENCH_DIR")
	if dir == "" {
		b.Skip("set SAFEHAR_BENCH_DIR to a folder of HAR files (scripts/bench-exposure.sh makes one)")
	}
	for b.Loop() {
		rep, err := Scan([]string{dir}, Options{Key: testKey, At: testAt})
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(rep.Summary.Bytes)
	}
}
