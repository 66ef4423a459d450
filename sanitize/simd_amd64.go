//go:build !purego

package sanitize

import "golang.org/x/sys/cpu"

var haveAVX2 = cpu.X86.HasAVX2

//go:noescape
func pairBlockAVX2(p *byte, f *pairFilter) uint64

//go:noescape
func strBlockAVX2(p *byte, t *[64]byte, m *strMasks, n int)

// pairBlock returns the candidate trigger positions among p[0:64] (it
// reads p[0:66]).
func pairBlock(p []byte, f *pairFilter) uint64 {
	if haveAVX2 {
		_ = p[65]
		return pairBlockAVX2(&p[0], f)
	}
	return pairBlockGo(p, f)
}

// strBlock sets m to the masks of p[0:64].
func strBlock(p []byte, m *strMasks) {
	if haveAVX2 {
		_ = p[63]
		strBlockAVX2(&p[0], &escTables, m, 1)
		return
	}
	strBlockGo(p, m)
}

// strBlocks sets m to the masks of the four blocks of p[0:256].
func strBlocks(p []byte, m *[4]strMasks) {
	if haveAVX2 {
		_ = p[255]
		strBlockAVX2(&p[0], &escTables, &m[0], 4)
		return
	}
	for k := range m {
		strBlockGo(p[64*k:], &m[k])
	}
}
