//go:build !purego

package sanitize

import "golang.org/x/sys/cpu"

var haveAVX2 = cpu.X86.HasAVX2

//go:noescape
func pairBlocksAVX2(p *byte, f *pairFilter, m *uint64, n int)

//go:noescape
func strBlockAVX2(p *byte, t *[64]byte, m *strMasks, n int)

// pairBlocks sets m[k] to the candidate trigger positions among
// p[64k:64k+64] (it reads p[0:64len(m)+2]).
func pairBlocks(p []byte, f *pairFilter, m []uint64) {
	if len(m) == 0 {
		return
	}
	if haveAVX2 {
		_ = p[64*len(m)+1]
		pairBlocksAVX2(&p[0], f, &m[0], len(m))
		return
	}
	pairBlocksGo(p, f, m)
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
	strBlocksGo(p, m)
}

//go:noescape
func base64AVX2(dst, src *byte, n int) int

// base64Fast decodes the longest prefix of src it can, 32 characters of
// the standard alphabet (no padding, no line breaks) at a time, into dst
// (which needs 8 bytes of room past the output). It returns the characters
// consumed; the caller decodes the rest.
func base64Fast(dst, src []byte) int {
	if !haveAVX2 || len(src) < 32 || len(dst) < len(src)/4*3+8 {
		return 0
	}
	return base64AVX2(&dst[0], &src[0], len(src))
}

//go:noescape
func classBlocksAVX2(p *byte, t *classTables, m *classMasks, n int)

// classBlocks sets m[k] to the masks of the block p[64k:64k+64], for every
// whole block of p (len(m) ≥ len(p)/64).
func classBlocks(p []byte, t *classTables, m []classMasks) {
	n := len(p) / 64
	if n == 0 {
		return
	}
	if haveAVX2 {
		_ = m[n-1]
		classBlocksAVX2(&p[0], t, &m[0], n)
		return
	}
	classBlocksGo(p, t, m)
}
