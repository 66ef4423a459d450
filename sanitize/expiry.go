package sanitize

import (
	"bytes"
	"strconv"
	"strings"
	"time"
)

// presignedExpiry returns when the signed URL whose query string holds
// t[at] stops working, read from the URL itself:
//
//   - AWS SigV4 presigned URLs: X-Amz-Date + X-Amz-Expires (seconds);
//   - Google Cloud Storage V4 signed URLs: X-Goog-Date + X-Goog-Expires;
//   - Azure shared access signatures: se= (signed expiry), with sig=;
//   - CloudFront signed URLs: Expires= (Unix seconds), with Signature=.
//
// It returns the zero time when the text around t[at] is not such a URL.
func presignedExpiry(t []byte, at int) time.Time {
	// The query string: back to its '?', forward to its end.
	qs := -1
	for k := at - 1; k >= 0 && at-k < 16<<10; k-- {
		c := t[k]
		if c == '?' {
			qs = k + 1
			break
		}
		if urlStop(c) || c == '#' {
			return time.Time{}
		}
	}
	if qs < 0 {
		return time.Time{}
	}
	qe := at
	for qe < len(t) && qe-at < 16<<10 && !urlStop(t[qe]) && t[qe] != '#' {
		qe++
	}
	var amzDate, amzExp, googDate, googExp, se, cfExp string
	var sig, cfSig bool
	for _, p := range bytes.Split(t[qs:qe], []byte{'&'}) {
		eq := bytes.IndexByte(p, '=')
		if eq <= 0 {
			continue
		}
		v := string(percentDecode(p[eq+1:]))
		switch strings.ToLower(string(p[:eq])) {
		case "x-amz-date":
			amzDate = v
		case "x-amz-expires":
			amzExp = v
		case "x-goog-date":
			googDate = v
		case "x-goog-expires":
			googExp = v
		case "se":
			se = v
		case "sig":
			sig = true
		case "expires":
			cfExp = v
		case "signature":
			cfSig = true
		}
	}
	switch {
	case amzDate != "" && amzExp != "":
		return afterSeconds(amzDate, amzExp)
	case googDate != "" && googExp != "":
		return afterSeconds(googDate, googExp)
	case se != "" && sig:
		for _, layout := range []string{time.RFC3339, "2006-01-02T15:04Z", "2006-01-02"} {
			if e, err := time.Parse(layout, strings.TrimSpace(se)); err == nil {
				return e.UTC()
			}
		}
	case cfExp != "" && cfSig:
		if n, err := strconv.ParseInt(cfExp, 10, 64); err == nil && n > 0 {
			return time.Unix(n, 0).UTC()
		}
	}
	return time.Time{}
}

// afterSeconds reads a SigV4 timestamp (20060102T150405Z) plus a lifetime
// in seconds.
func afterSeconds(date, secs string) time.Time {
	d, err := time.Parse("20060102T150405Z", date)
	if err != nil {
		return time.Time{}
	}
	n, err := strconv.ParseInt(secs, 10, 64)
	if err != nil || n < 0 {
		return time.Time{}
	}
	return d.Add(time.Duration(n) * time.Second).UTC()
}

// urlStop reports whether c cannot be part of a URL written in text.
func urlStop(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', '"', '\'', '<', '>', '\\', '`':
		return true
	}
	return false
}
