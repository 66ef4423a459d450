// Command hargen writes a synthetic body-heavy HAR file for benchmarks:
//
//	go run ./internal/hargen/cmd/hargen -size 200 > big.har
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/safehar/safehar/internal/hargen"
)

func main() {
	size := flag.Int64("size", 200, "approximate size in MB")
	seed := flag.Uint64("seed", 1, "random seed")
	entries := flag.Int("entries", 0, "exact number of entries (0: as many as the size needs)")
	flag.Parse()
	n, err := hargen.Write(os.Stdout, hargen.Options{Size: *size << 20, Seed: *seed, Entries: *entries})
	if err != nil {
		fmt.Fprintln(os.Stderr, "hargen:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "hargen: %d entries\n", n)
}
