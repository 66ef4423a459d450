//go:build !amd64 || purego

package sanitize

const haveAVX2 = false

// pairBlock returns the candidate pair starts among p[0:64] (it reads
// p[0:65]).
func pairBlock(p []byte, f *pairFilter) uint64 { return pairBlockGo(p, f) }

// strBlock returns the quotes, backslashes and special bytes (controls,
// non-ASCII) among p[0:64].
func strBlock(p []byte) (quote, bslash, special uint64) { return strBlockGo(p) }
