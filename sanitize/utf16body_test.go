package sanitize

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf16"
)

func encodeUTF16(s string, big, bom bool) []byte {
	var out []byte
	if bom {
		if big {
			out = append(out, 0xfe, 0xff)
		} else {
			out = append(out, 0xff, 0xfe)
		}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if big {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// TestUTF16Bodies: a body in UTF-16 (either byte order, with or without a
// byte-order mark, as text or base64) is scanned as text and written back
// in the same encoding.
func TestUTF16Bodies(t *testing.T) {
	const secret = "Zx8kPq2mW9vR4tL7nB3cY6hJ1fD5gS0aQe"
	for _, tc := range []struct {
		name          string
		mime, body    string
		big, bom, b64 bool
	}{
		{"json-le-text", "application/json; charset=utf-16le", `{"user":"ops","apiSecret":"` + secret + `","client":"LegacyHR 7.3"}`, false, false, false},
		{"json-be-bom-b64", "application/json; charset=utf-16", `{"apiSecret":"` + secret + `","v":"é"}`, true, true, true},
		{"soap-le-bom-b64", "text/xml; charset=utf-16", `<?xml version="1.0" encoding="utf-16"?><s:Envelope xmlns:s="x"><s:Body><LogonResponse><SessionTicket>` + secret + `</SessionTicket><ServerVersion>10.2.7</ServerVersion></LogonResponse></s:Body></s:Envelope>`, false, true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			raw := encodeUTF16(tc.body, tc.big, tc.bom)
			out, _ := sanitizeBytes(t, carrierHAR(t, tc.mime, string(raw), tc.b64))
			_, resp := bodies(t, out)
			got := []byte(resp) // (bodies decodes a base64 body)
			order, bom := utf16Order(got)
			if order == 0 || (order == 'b') != tc.big || (bom == 2) != tc.bom {
				t.Fatalf("the body is not UTF-16 in its byte order any more: %q", got)
			}
			units := make([]uint16, 0, len(got)/2)
			for i := bom; i+1 < len(got); i += 2 {
				if tc.big {
					units = append(units, uint16(got[i])<<8|uint16(got[i+1]))
				} else {
					units = append(units, uint16(got[i])|uint16(got[i+1])<<8)
				}
			}
			text := string(utf16.Decode(units))
			if strings.Contains(text, secret) || bytes.Contains(out, []byte(secret)) {
				t.Fatalf("secret survived: %s", text)
			}
			if !strings.Contains(text, placeholderPrefix) {
				t.Fatalf("no placeholder in %s", text)
			}
		})
	}
}
