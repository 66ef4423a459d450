// Command gen writes extension/src/contract.js from package contract.
package main

import (
	"flag"
	"log"
	"os"

	"github.com/safehar/safehar/host/internal/contract"
)

func main() {
	out := flag.String("o", "contract.js", "the file to write")
	flag.Parse()
	if err := os.WriteFile(*out, contract.JS(), 0o644); err != nil {
		log.Fatal(err)
	}
}
