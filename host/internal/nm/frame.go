// Package nm implements safehar's native-messaging protocol on the wire: the
// length-prefixed frames browsers exchange with a host over stdin and stdout,
// a strict and fast decoder for the extension's messages, and the builders
// for the host's replies. The protocol itself is described in
// host/PROTOCOL.md.
package nm

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sync"
)

// MaxOutbound is the size every host → browser message must stay under:
// Chrome and Firefox close the port on a larger one.
const MaxOutbound = 1 << 20

// DefaultMaxInbound is the host's cap on one browser → host frame.
const DefaultMaxInbound = 8 << 20

// ErrTruncated means the stream ended inside a frame.
var ErrTruncated = errors.New("the stream ended in the middle of a frame")

// ErrReplyTooLarge means a reply would exceed MaxOutbound.
var ErrReplyTooLarge = errors.New("reply too large for native messaging")

// FrameTooLargeError reports a length prefix above the inbound cap.
type FrameTooLargeError struct {
	Size uint32 // the length prefix read
	Max  int    // the cap
}

func (e *FrameTooLargeError) Error() string {
	return fmt.Sprintf("a frame of %d bytes exceeds the %d-byte limit", e.Size, e.Max)
}

// ReadFrame reads one frame from r: a 4-byte length in native byte order and
// that many bytes. It reuses buf when it is large enough. It returns io.EOF
// when r ends cleanly between frames, ErrTruncated when it ends inside one,
// and a *FrameTooLargeError (before reading the body) when the length is
// above max.
func ReadFrame(r io.Reader, max int, buf []byte) ([]byte, error) {
	var hdr [4]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		if err == io.ErrUnexpectedEOF {
			return nil, ErrTruncated
		}
		return nil, err
	}
	size := binary.NativeEndian.Uint32(hdr[:])
	if uint64(size) > uint64(max) {
		return nil, &FrameTooLargeError{Size: size, Max: max}
	}
	if cap(buf) < int(size) {
		buf = make([]byte, size)
	}
	buf = buf[:size]
	if _, err := io.ReadFull(r, buf); err != nil {
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return nil, ErrTruncated
		}
		return nil, err
	}
	return buf, nil
}

// AppendFrame appends msg to dst as one frame.
func AppendFrame(dst, msg []byte) []byte {
	dst = binary.NativeEndian.AppendUint32(dst, uint32(len(msg)))
	return append(dst, msg...)
}

// Writer writes frames to the browser. It refuses any message of MaxOutbound
// bytes or more, and is safe for concurrent use: each frame goes out in one
// Write.
type Writer struct {
	mu  sync.Mutex
	w   io.Writer
	buf []byte
}

// NewWriter returns a Writer on w (the host's stdout).
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

// Write sends msg as one frame.
func (w *Writer) Write(msg []byte) error {
	if len(msg) >= MaxOutbound {
		return ErrReplyTooLarge
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf = AppendFrame(w.buf[:0], msg)
	_, err := w.w.Write(w.buf)
	return err
}
