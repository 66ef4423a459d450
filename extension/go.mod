// This go.mod keeps extension/ (and the Go files some npm packages ship in
// node_modules) out of the safehar Go module: ./... stops here.
module safehar.invalid/extension

go 1.26
