//go:build !purego

#include "textflag.h"

// BROADCAST fills the vector Y with the byte c.
#define BROADCAST(c, X, Y) \
	MOVL $c, AX \
	VMOVQ AX, X \
	VPBROADCASTB X, Y

// LOOKUP ands into Y6 the buckets the table T gives the nibbles in I.
#define LOOKUP(I, T) \
	VPSHUFB I, T, Y7 \
	VPAND   Y7, Y6, Y6

// MLOOKUP is LOOKUP with the table at off(DI).
#define MLOOKUP(I, off) \
	VMOVDQU off(DI), Y7 \
	LOOKUP(I, Y7)

// NIBBLES splits the bytes of Y into their low nibbles (in Y) and high
// nibbles (in H); Y15 = 0x0f…
#define NIBBLES(Y, H) \
	VPSRLW  $4, Y, H \
	VPAND   Y15, H, H \
	VPAND   Y15, Y, Y

// PAIRHALF computes the candidate bits of 32 positions at off(SI) into the
// 32-bit register R (T is scratch): Teddy's nibble lookups for the first,
// second and third byte, in plane 0 (tables in Y8-Y13) and plane 1
// (tables at 192(DI)); a position is a candidate unless both planes give
// no bucket. Y14 = 0.
#define PAIRHALF(off, R, T) \
	VMOVDQU off(SI), Y0 \
	VMOVDQU off+1(SI), Y1 \
	VMOVDQU off+2(SI), Y2 \
	NIBBLES(Y0, Y3) \
	NIBBLES(Y1, Y4) \
	NIBBLES(Y2, Y5) \
	VPSHUFB Y0, Y8, Y6 \
	LOOKUP(Y3, Y9) \
	LOOKUP(Y1, Y10) \
	LOOKUP(Y4, Y11) \
	LOOKUP(Y2, Y12) \
	LOOKUP(Y5, Y13) \
	VPCMPEQB Y14, Y6, Y6 \
	VPMOVMSKB Y6, R \
	VMOVDQU 192(DI), Y7 \
	VPSHUFB Y0, Y7, Y6 \
	MLOOKUP(Y3, 224) \
	MLOOKUP(Y1, 256) \
	MLOOKUP(Y4, 288) \
	MLOOKUP(Y2, 320) \
	MLOOKUP(Y5, 352) \
	VPCMPEQB Y14, Y6, Y6 \
	VPMOVMSKB Y6, T \
	ANDL    T, R \
	NOTL    R

// func pairBlocksAVX2(p *byte, f *pairFilter, m *uint64, n int)
// Sets m[0:n] to the candidates of the n 64-byte blocks at p (reads
// p[0:64n+2]).
TEXT ·pairBlocksAVX2(SB), NOSPLIT, $0-32
	MOVQ p+0(FP), SI
	MOVQ f+8(FP), DI
	MOVQ m+16(FP), DX
	VMOVDQU 0(DI), Y8
	VMOVDQU 32(DI), Y9
	VMOVDQU 64(DI), Y10
	VMOVDQU 96(DI), Y11
	VMOVDQU 128(DI), Y12
	VMOVDQU 160(DI), Y13
	BROADCAST(0x0f, X15, Y15)
	VPXOR   Y14, Y14, Y14
	MOVQ n+24(FP), CX
	TESTQ CX, CX
	JZ pdone
ploop:
	PAIRHALF(0, AX, BX)
	PAIRHALF(32, R8, R9)
	SHLQ    $32, R8
	ORQ     R8, AX
	MOVQ    AX, 0(DX)
	ADDQ    $64, SI
	ADDQ    $8, DX
	DECQ    CX
	JNZ     ploop
pdone:
	VZEROUPPER
	RET

// STRHALF sets the masks of the 32 bytes at off(SI): quotes in Q,
// backslashes in B, special bytes (control or non-ASCII) in S, valid
// escape characters (" \ / b f n r t u: a nibble lookup in Y11 and Y12,
// Y13 = 0x0f…, Y14 = 0) in E, and 'u' in U.
#define STRHALF(off, Q, B, S, E, U, T) \
	VMOVDQU off(SI), Y0 \
	VPCMPEQB Y8, Y0, Y1 \
	VPMOVMSKB Y1, Q \
	VPCMPEQB Y9, Y0, Y2 \
	VPMOVMSKB Y2, B \
	VPMINUB Y10, Y0, Y3 \
	VPCMPEQB Y3, Y0, Y3 \
	VPMOVMSKB Y3, S \
	VPMOVMSKB Y0, T \
	ORL T, S \
	VPAND Y13, Y0, Y1 \
	VPSRLW $4, Y0, Y2 \
	VPAND Y13, Y2, Y2 \
	VPSHUFB Y1, Y11, Y1 \
	VPSHUFB Y2, Y12, Y2 \
	VPAND Y1, Y2, Y1 \
	VPCMPEQB Y14, Y1, Y1 \
	VPMOVMSKB Y1, E \
	NOTL E \
	VPCMPEQB Y15, Y0, Y2 \
	VPMOVMSKB Y2, U

// func strBlockAVX2(p *byte, t *[64]byte, m *strMasks, n int)
// Sets m[0:n] to the masks of the n 64-byte blocks at p (reads p[0:64n]);
// t holds the escape lookup (low nibbles, high nibbles).
TEXT ·strBlockAVX2(SB), NOSPLIT, $0-32
	MOVQ p+0(FP), SI
	MOVQ t+8(FP), DI
	MOVQ m+16(FP), DX
	BROADCAST(0x22, X8, Y8)
	BROADCAST(0x5c, X9, Y9)
	BROADCAST(0x1f, X10, Y10)
	BROADCAST(0x0f, X13, Y13)
	BROADCAST(0x75, X15, Y15)
	VMOVDQU 0(DI), Y11
	VMOVDQU 32(DI), Y12
	VPXOR Y14, Y14, Y14
	MOVQ n+24(FP), DI
loop:
	STRHALF(0, R8, R9, R10, R11, R12, AX)
	STRHALF(32, BX, CX, R13, R14, R15, AX)
	SHLQ $32, BX
	ORQ BX, R8
	SHLQ $32, CX
	ORQ CX, R9
	SHLQ $32, R13
	ORQ R13, R10
	SHLQ $32, R14
	ORQ R14, R11
	SHLQ $32, R15
	ORQ R15, R12
	MOVQ R8, 0(DX)
	MOVQ R9, 8(DX)
	MOVQ R10, 16(DX)
	MOVQ R11, 24(DX)
	MOVQ R12, 32(DX)
	ADDQ $64, SI
	ADDQ $40, DX
	DECQ DI
	JNZ loop
	VZEROUPPER
	RET

// Base64 decoding, after Muła and Lemire, "Faster Base64 Encoding and
// Decoding Using AVX2 Instructions" (2018): 32 characters in, 24 bytes
// out per step; a step with any byte outside the standard alphabet stops
// the loop (padding, line breaks, errors: the caller finishes).

DATA b64lutlo<>+0(SB)/8, $0x1111111111111115
DATA b64lutlo<>+8(SB)/8, $0x1a1b1b1b1a131111
DATA b64lutlo<>+16(SB)/8, $0x1111111111111115
DATA b64lutlo<>+24(SB)/8, $0x1a1b1b1b1a131111
GLOBL b64lutlo<>(SB), RODATA|NOPTR, $32

DATA b64luthi<>+0(SB)/8, $0x0804080402011010
DATA b64luthi<>+8(SB)/8, $0x1010101010101010
DATA b64luthi<>+16(SB)/8, $0x0804080402011010
DATA b64luthi<>+24(SB)/8, $0x1010101010101010
GLOBL b64luthi<>(SB), RODATA|NOPTR, $32

DATA b64lutroll<>+0(SB)/8, $0xb9b9bfbf04131000
DATA b64lutroll<>+8(SB)/8, $0x0000000000000000
DATA b64lutroll<>+16(SB)/8, $0xb9b9bfbf04131000
DATA b64lutroll<>+24(SB)/8, $0x0000000000000000
GLOBL b64lutroll<>(SB), RODATA|NOPTR, $32

DATA b64shuf<>+0(SB)/8, $0x090a040506000102
DATA b64shuf<>+8(SB)/8, $0xffffffff0c0d0e08
DATA b64shuf<>+16(SB)/8, $0x090a040506000102
DATA b64shuf<>+24(SB)/8, $0xffffffff0c0d0e08
GLOBL b64shuf<>(SB), RODATA|NOPTR, $32

DATA b64perm<>+0(SB)/8, $0x0000000100000000
DATA b64perm<>+8(SB)/8, $0x0000000400000002
DATA b64perm<>+16(SB)/8, $0x0000000600000005
DATA b64perm<>+24(SB)/8, $0x0000000000000000
GLOBL b64perm<>(SB), RODATA|NOPTR, $32

// func base64AVX2(dst, src *byte, n int) int
// Decodes whole 32-character steps of src[0:n] into dst (which must have
// room for 8 bytes past the output) and returns the characters consumed.
TEXT ·base64AVX2(SB), NOSPLIT, $0-32
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX
	VMOVDQU b64lutlo<>(SB), Y8
	VMOVDQU b64luthi<>(SB), Y9
	VMOVDQU b64lutroll<>(SB), Y10
	VMOVDQU b64shuf<>(SB), Y11
	VMOVDQU b64perm<>(SB), Y12
	BROADCAST(0x2f, X13, Y13)
	MOVL $0x01400140, BX
	VMOVQ BX, X14
	VPBROADCASTD X14, Y14
	MOVL $0x00011000, BX
	VMOVQ BX, X15
	VPBROADCASTD X15, Y15
	XORQ AX, AX // BROADCAST used AX
b64loop:
	LEAQ 32(AX), BX
	CMPQ BX, CX
	JGT b64done
	VMOVDQU (SI)(AX*1), Y0
	VPSRLD $4, Y0, Y1
	VPAND Y13, Y0, Y2
	VPSHUFB Y2, Y8, Y2
	VPCMPEQB Y13, Y0, Y3
	VPAND Y13, Y1, Y1
	VPSHUFB Y1, Y9, Y4
	VPADDB Y3, Y1, Y1
	VPSHUFB Y1, Y10, Y1
	VPTEST Y4, Y2
	JNE b64done
	VPADDB Y1, Y0, Y0
	VPMADDUBSW Y14, Y0, Y0
	VPMADDWD Y15, Y0, Y0
	VPSHUFB Y11, Y0, Y0
	VPERMD Y0, Y12, Y0
	VMOVDQU Y0, (DI)
	ADDQ $24, DI
	MOVQ BX, AX
	JMP b64loop
b64done:
	VZEROUPPER
	MOVQ AX, ret+24(FP)
	RET

// CLASSHALF sets the masks of the 32 bytes at off(SI): bytes whose class
// (the nibble lookup in Y8, Y9; Y12 = 0x0f…, Y13 = 0) meets the bits of Y10
// in A, meets those of Y11 in B, quotes (Y14) in Q and backslashes (Y15)
// in K.
#define CLASSHALF(off, A, B, Q, K) \
	VMOVDQU off(SI), Y0 \
	VPAND Y12, Y0, Y1 \
	VPSRLW $4, Y0, Y2 \
	VPAND Y12, Y2, Y2 \
	VPSHUFB Y1, Y8, Y1 \
	VPSHUFB Y2, Y9, Y2 \
	VPAND Y1, Y2, Y1 \
	VPAND Y10, Y1, Y3 \
	VPCMPEQB Y13, Y3, Y3 \
	VPMOVMSKB Y3, A \
	NOTL A \
	VPAND Y11, Y1, Y3 \
	VPCMPEQB Y13, Y3, Y3 \
	VPMOVMSKB Y3, B \
	NOTL B \
	VPCMPEQB Y14, Y0, Y3 \
	VPMOVMSKB Y3, Q \
	VPCMPEQB Y15, Y0, Y3 \
	VPMOVMSKB Y3, K

// func classBlocksAVX2(p *byte, t *classTables, m *classMasks, n int)
// Sets m[0:n] to the masks of the n 64-byte blocks at p (reads p[0:64n]).
TEXT ·classBlocksAVX2(SB), NOSPLIT, $0-32
	MOVQ p+0(FP), SI
	MOVQ t+8(FP), DI
	MOVQ m+16(FP), DX
	VMOVDQU 0(DI), Y8
	VMOVDQU 32(DI), Y9
	VMOVDQU 64(DI), Y10
	VMOVDQU 96(DI), Y11
	BROADCAST(0x0f, X12, Y12)
	VPXOR Y13, Y13, Y13
	BROADCAST(0x22, X14, Y14)
	BROADCAST(0x5c, X15, Y15)
	MOVQ n+24(FP), DI
	TESTQ DI, DI
	JZ cdone
cloop:
	CLASSHALF(0, R8, R9, R10, R11)
	CLASSHALF(32, BX, CX, R12, R13)
	SHLQ $32, BX
	ORQ BX, R8
	SHLQ $32, CX
	ORQ CX, R9
	SHLQ $32, R12
	ORQ R12, R10
	SHLQ $32, R13
	ORQ R13, R11
	MOVQ R8, 0(DX)
	MOVQ R9, 8(DX)
	MOVQ R10, 16(DX)
	MOVQ R11, 24(DX)
	ADDQ $64, SI
	ADDQ $32, DX
	DECQ DI
	JNZ cloop
cdone:
	VZEROUPPER
	RET
