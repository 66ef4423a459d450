package sanitize

import (
	"encoding/base64"
	"strings"
	"testing"
)

// TestMailMessage: a raw e-mail is read as headers and MIME parts: the
// token split by a quoted-printable soft line break, the password in a
// base64 HTML part, a display name and the sender's IP go; the message
// id, the DKIM signature and the server's address stay; the base64 part
// still decodes.
func TestMailMessage(t *testing.T) {
	const pw, tok = "Quill12!ledger", "Zx8kPq2mW9vR4tL7nB3cY6hJ1fD5gS0a"
	html := base64.StdEncoding.EncodeToString([]byte(`<p>Your temporary password: <b>` + pw + `</b></p>`))
	eml := "Received: from mail-sor-f41.google.com ([209.85.220.41])\r\n        by mx.example.com; Fri, 22 Nov 2026 02:14:51 -0800\r\n" +
		"DKIM-Signature: v=1; a=rsa-sha256; d=fenwick.example; s=google2026; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\r\n        b=dGhpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZQ==\r\n" +
		"X-Originating-IP: [198.51.100.23]\r\nFrom: Laila Moreau <l.moreau@fenwick.example>\r\nTo: it@fenwick.example\r\n" +
		"Message-ID: <CAF=yd-Lq8QKrEMwpl0t6Q3qvst@mail.gmail.com>\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/alternative;\r\n boundary=\"000000000000a1b2c3\"\r\n\r\n" +
		"--000000000000a1b2c3\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
		"Activate: https://accounts.fenwick.example/activate?uid=3D5521&token=3D=\r\n" + tok + "\r\n\r\n" +
		"--000000000000a1b2c3\r\nContent-Type: text/html; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + html + "\r\n--000000000000a1b2c3--\r\n"
	for _, mime := range []string{"message/rfc822", "text/plain", ""} {
		got := sanitizedResponse(t, "https://help.example/email.eml", mime, eml)
		for _, gone := range []string{tok, "198.51.100.23", "Laila Moreau", "l.moreau@fenwick.example"} {
			if strings.Contains(got, gone) {
				t.Errorf("%q: %s kept", mime, gone)
			}
		}
		for _, kept := range []string{"<CAF=yd-Lq8QKrEMwpl0t6Q3qvst@mail.gmail.com>", "s=google2026", "bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", "209.85.220.41"} {
			if !strings.Contains(got, kept) {
				t.Errorf("%q: %s lost", mime, kept)
			}
		}
		i := strings.Index(got, "base64\r\n\r\n")
		j := strings.Index(got, "\r\n--000000000000a1b2c3--")
		if i < 0 || j < i {
			t.Fatalf("%q: the base64 part is gone: %s", mime, got)
		}
		dec, err := base64.StdEncoding.DecodeString(strings.ReplaceAll(got[i+len("base64\r\n\r\n"):j], "\r\n", ""))
		if err != nil {
			t.Fatalf("%q: the base64 part does not decode: %v", mime, err)
		}
		if strings.Contains(string(dec), pw) || !strings.Contains(string(dec), "Your temporary password: <b>safehar-") {
			t.Errorf("%q: base64 part: %s", mime, dec)
		}
	}
}
