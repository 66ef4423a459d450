//go:build !amd64 || purego

package sanitize

const haveAVX2 = false

// pairBlocks sets m[k] to the candidate trigger positions among
// p[64k:64k+64] (it reads p[0:64len(m)+2]).
func pairBlocks(p []byte, f *pairFilter, m []uint64) { pairBlocksGo(p, f, m) }

// strBlock sets m to the masks of p[0:64].
func strBlock(p []byte, m *strMasks) { strBlockGo(p, m) }

// strBlocks sets m to the masks of the four blocks of p[0:256].
func strBlocks(p []byte, m *[4]strMasks) { strBlocksGo(p, m) }

// base64Fast decodes nothing here: the standard library does it all.
func base64Fast(dst, src []byte) int { return 0 }

// classBlocks sets m[k] to the masks of the block p[64k:64k+64], for every
// whole block of p.
func classBlocks(p []byte, t *classTables, m []classMasks) { classBlocksGo(p, t, m) }
