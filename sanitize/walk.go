package sanitize

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// ctx says what a JSON value is in a HAR, so the walker knows which rules
// apply to it. Anything not named here is cAny: generic JSON, where key
// rules and the free-text scan apply.
type ctx uint8

const (
	cAny ctx = iota
	cRoot
	cLog
	cEntries
	cEntry
	cRequest
	cResponse
	cHeaders
	cHeader
	cCookies
	cCookie
	cQuery
	cQueryItem
	cPostData
	cParams
	cParam
	cContent
	cWSMessages
	cWSMessage
	cURL    // a string holding a URL
	cMarker // log._safehar: our own marker; its counts are not secrets
)

// child returns the context of the member named key inside an object of
// context c.
func child(c ctx, key []byte) ctx {
	switch c {
	case cMarker:
		return cMarker
	case cRoot:
		if string(key) == "log" {
			return cLog
		}
	case cLog:
		if string(key) == "entries" {
			return cEntries
		}
	case cEntry:
		switch string(key) {
		case "request":
			return cRequest
		case "response":
			return cResponse
		case "_webSocketMessages":
			return cWSMessages
		}
	case cRequest:
		switch string(key) {
		case "url":
			return cURL
		case "headers":
			return cHeaders
		case "cookies":
			return cCookies
		case "queryString":
			return cQuery
		case "postData":
			return cPostData
		}
	case cResponse:
		switch string(key) {
		case "headers":
			return cHeaders
		case "cookies":
			return cCookies
		case "content":
			return cContent
		case "redirectURL":
			return cURL
		}
	case cPostData:
		if string(key) == "params" {
			return cParams
		}
	}
	return cAny
}

// element returns the context of the elements of an array of context c.
func element(c ctx) ctx {
	switch c {
	case cMarker:
		return cMarker
	case cEntries:
		return cEntry
	case cHeaders:
		return cHeader
	case cCookies:
		return cCookie
	case cQuery:
		return cQueryItem
	case cParams:
		return cParam
	case cWSMessages:
		return cWSMessage
	}
	return cAny
}

// syntaxError is a JSON syntax problem at an offset of the text walked;
// deep marks nesting past the limit.
type syntaxError struct {
	off  int
	msg  string
	deep bool
}

func tooDeep(off, max int) error {
	return &syntaxError{off, fmt.Sprintf("nesting deeper than %d levels", max), true}
}

func (e *syntaxError) Error() string { return fmt.Sprintf("%s at byte %d", e.msg, e.off) }

func errAt(off int, format string, a ...any) error {
	return &syntaxError{off: off, msg: fmt.Sprintf(format, a...)}
}

// strict walks check strings fully (UTF-8, control characters, escapes);
// the HAR itself is walked strictly, embedded bodies leniently (a body
// that is not valid JSON is scanned as text instead).
func skipWS(t []byte, i int) int {
	for i < len(t) {
		switch t[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// stringEnd returns the index of the closing quote of the string whose
// content starts at i, checking that the content is valid JSON string
// text: no raw control characters, valid UTF-8, valid escapes.
func stringEnd(t []byte, i int) (int, error) {
	j, err := stringEndLenient(t, i)
	if err != nil {
		return 0, err
	}
	return j, checkString(t[i:j], i)
}

// stringEndLenient finds the closing quote without validating the
// content (for JSON embedded in a string that was already validated).
func stringEndLenient(t []byte, i int) (int, error) {
	start := i
	for {
		j := bytes.IndexByte(t[i:], '"')
		if j < 0 {
			return 0, errAt(len(t), "unterminated string")
		}
		j += i
		k := j - 1
		for k >= start && t[k] == '\\' {
			k--
		}
		if (j-1-k)%2 == 0 {
			return j, nil
		}
		i = j + 1
	}
}

// checkString validates raw string content.
func checkString(s []byte, off int) error {
	ascii := true
	for i := 0; i < len(s); i++ {
		// Fast path: skip 8 plain bytes (no control, non-ASCII or backslash)
		// at a time.
		for i+8 <= len(s) {
			w := binary.LittleEndian.Uint64(s[i:])
			const lo, hi = 0x0101010101010101, 0x8080808080808080
			bs := w ^ (lo * '\\')
			if (w|((w-lo*0x20)&^w)|((bs-lo)&^bs))&hi != 0 {
				break
			}
			i += 8
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < 0x20 {
			return errAt(off+i, "control character in a string")
		}
		if c >= 0x80 {
			ascii = false
		}
		if c == '\\' {
			if i+1 >= len(s) {
				return errAt(off+i, "bad escape")
			}
			switch s[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i++
			case 'u':
				v, ok := hex4(s, i+2)
				if !ok {
					return errAt(off+i, "bad \\u escape")
				}
				if v >= 0xD800 && v < 0xE000 {
					if v >= 0xDC00 || i+12 > len(s) || s[i+6] != '\\' || s[i+7] != 'u' {
						return errAt(off+i, "lone surrogate \\u%04x", v)
					}
					w, ok := hex4(s, i+8)
					if !ok || w < 0xDC00 || w >= 0xE000 {
						return errAt(off+i, "lone surrogate \\u%04x", v)
					}
					i += 6
				}
				i += 5
			default:
				return errAt(off+i, "bad escape")
			}
		}
	}
	if !ascii && !utf8.Valid(s) {
		return errAt(off, "invalid UTF-8 in a string")
	}
	return nil
}

// skipValue returns the end of the JSON value at t[i:] (after whitespace),
// validating it, without looking inside strings for secrets.
func skipValue(t []byte, i, depth, maxDepth int) (int, error) {
	return skipValueMode(t, i, depth, maxDepth, true)
}

// skipValueMode is skipValue, validating strings only when strict.
func skipValueMode(t []byte, i, depth, maxDepth int, strict bool) (int, error) {
	end := stringEnd
	if !strict {
		end = stringEndLenient
	}
	i = skipWS(t, i)
	if i >= len(t) {
		return 0, errAt(i, "unexpected end of input")
	}
	switch c := t[i]; c {
	case '"':
		e, err := end(t, i+1)
		return e + 1, err
	case '{', '[':
		if depth >= maxDepth {
			return 0, tooDeep(i, maxDepth)
		}
		close := byte('}')
		if c == '[' {
			close = ']'
		}
		i = skipWS(t, i+1)
		if i < len(t) && t[i] == close {
			return i + 1, nil
		}
		for {
			var err error
			if c == '{' {
				i = skipWS(t, i)
				if i >= len(t) || t[i] != '"' {
					return 0, errAt(i, "expected a string key")
				}
				if i, err = end(t, i+1); err != nil {
					return 0, err
				}
				i = skipWS(t, i+1)
				if i >= len(t) || t[i] != ':' {
					return 0, errAt(i, "expected ':'")
				}
				i++
			}
			if i, err = skipValueMode(t, i, depth+1, maxDepth, strict); err != nil {
				return 0, err
			}
			var done bool
			if i, done, err = afterValue(t, i, close); err != nil || done {
				return i, err
			}
		}
	default:
		return skipScalar(t, i)
	}
}

// afterValue reads what follows a member or element: ',' (more to come:
// done is false, i is past it) or the closing bracket (done, i past it).
func afterValue(t []byte, i int, close byte) (int, bool, error) {
	i = skipWS(t, i)
	switch {
	case i >= len(t):
		return 0, false, errAt(i, "unexpected end of input")
	case t[i] == ',':
		return i + 1, false, nil
	case t[i] == close:
		return i + 1, true, nil
	}
	return 0, false, errAt(i, "expected ',' or '%c'", close)
}

// skipScalar validates a number or literal at t[i:].
func skipScalar(t []byte, i int) (int, error) {
	for _, lit := range [...]string{"true", "false", "null"} {
		if hasPrefixAt(t, i, lit) {
			return i + len(lit), nil
		}
	}
	j := i
	if j < len(t) && t[j] == '-' {
		j++
	}
	digits := func() int {
		k := j
		for j < len(t) && t[j] >= '0' && t[j] <= '9' {
			j++
		}
		return j - k
	}
	if j < len(t) && t[j] == '0' {
		j++
	} else if digits() == 0 {
		return 0, errAt(i, "unexpected character %s", quoteByte(t, i))
	}
	if j < len(t) && t[j] == '.' {
		j++
		if digits() == 0 {
			return 0, errAt(j, "bad number")
		}
	}
	if j < len(t) && (t[j] == 'e' || t[j] == 'E') {
		j++
		if j < len(t) && (t[j] == '+' || t[j] == '-') {
			j++
		}
		if digits() == 0 {
			return 0, errAt(j, "bad number")
		}
	}
	return j, nil
}

func quoteByte(t []byte, i int) string {
	if i >= len(t) {
		return "end of input"
	}
	r, _ := utf8.DecodeRune(t[i:])
	return strconv.QuoteRune(r)
}
