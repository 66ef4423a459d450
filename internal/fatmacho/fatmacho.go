// Package fatmacho merges thin 64-bit Mach-O executables (darwin/amd64 and
// darwin/arm64) into one universal ("fat") binary, as Apple's lipo
// -create does, so a macOS release can be built on Linux, where lipo is
// not available. debug/macho.NewFatFile reads the result back.
package fatmacho

import (
	"bytes"
	"debug/macho"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// align is the alignment of each slice: 2^14 (16 KiB), the arm64 page
// size, which lipo uses for both architectures.
const align = 14

// Merge writes the universal binary made of the thin Mach-O files in
// slices, in the order given. Each must be a 64-bit Mach-O of a different
// CPU.
func Merge(w io.Writer, slices ...[]byte) error {
	if len(slices) == 0 {
		return errors.New("no Mach-O files to merge")
	}
	type arch struct {
		cpu, sub uint32
		data     []byte
		off      uint32
	}
	var archs []arch
	off := uint32(8 + 20*len(slices))
	for i, b := range slices {
		f, err := macho.NewFile(bytes.NewReader(b))
		if err != nil {
			return fmt.Errorf("file %d: %w", i+1, err)
		}
		if f.Magic != macho.Magic64 {
			return fmt.Errorf("file %d is not a 64-bit Mach-O", i+1)
		}
		for _, a := range archs {
			if a.cpu == uint32(f.Cpu) {
				return fmt.Errorf("file %d: a second %s slice", i+1, f.Cpu)
			}
		}
		off = (off + 1<<align - 1) &^ (1<<align - 1)
		if uint64(off)+uint64(len(b)) > 1<<32-1 {
			return errors.New("the universal binary would be larger than 4 GiB")
		}
		archs = append(archs, arch{cpu: uint32(f.Cpu), sub: f.SubCpu, data: b, off: off})
		off += uint32(len(b))
	}
	var hdr bytes.Buffer
	be := binary.BigEndian
	hdr.Write(be.AppendUint32(nil, macho.MagicFat))
	hdr.Write(be.AppendUint32(nil, uint32(len(archs))))
	for _, a := range archs {
		for _, v := range []uint32{a.cpu, a.sub, a.off, uint32(len(a.data)), align} {
			hdr.Write(be.AppendUint32(nil, v))
		}
	}
	pos := uint32(hdr.Len())
	if _, err := w.Write(hdr.Bytes()); err != nil {
		return err
	}
	for _, a := range archs {
		if _, err := w.Write(make([]byte, a.off-pos)); err != nil {
			return err
		}
		if _, err := w.Write(a.data); err != nil {
			return err
		}
		pos = a.off + uint32(len(a.data))
	}
	return nil
}
