// Command fatmacho writes a universal macOS binary from thin ones:
//
//	fatmacho -o OUT IN...
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"

	"github.com/safehar/safehar/internal/fatmacho"
)

func main() {
	out := flag.String("o", "", "the universal binary to write")
	flag.Parse()
	if *out == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: fatmacho -o OUT IN...")
		os.Exit(2)
	}
	var slices [][]byte
	for _, p := range flag.Args() {
		b, err := os.ReadFile(p)
		if err != nil {
			fmt.Fprintln(os.Stderr, "fatmacho:", err)
			os.Exit(1)
		}
		slices = append(slices, b)
	}
	var buf bytes.Buffer
	if err := fatmacho.Merge(&buf, slices...); err != nil {
		fmt.Fprintln(os.Stderr, "fatmacho:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "fatmacho:", err)
		os.Exit(1)
	}
}
