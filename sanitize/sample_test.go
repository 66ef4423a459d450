package sanitize

import (
	"os"
	"strings"
	"testing"
)

// The bundled sample (testdata/sample.har, used by the README's first
// command) holds a login flow's credentials; none may survive.
func TestBundledSample(t *testing.T) {
	in, err := os.ReadFile("../testdata/sample.har")
	if err != nil {
		t.Fatal(err)
	}
	out, rep := sanitizeBytes(t, in)
	views := decodedViews(out)
	for _, s := range []string{"102Xk9QeL7aZtY3vR8mWqPn5sJ", "Correct-Horse-9", "20111sXzM2Yq8Lp4Kd7Rv1Nc0Ba9",
		"DI0pMq7rT2uV", "Qz8pL2mV7rXk", "xYz9SecretValue77", "rT0-8QvW2mXk5Lp9Nz3Yb7Cd", "00QCjAl4MlV",
		"AT-7hJ2kL9mN4pQ", "ak_live_5fGh8Jk2Lm9Np3Qr", "Csrf-9vT4xQ2pL7mK", "AIzaSyExampleKey0123456789abcdefghijklm",
		"example-signature", "Dana Admin"} {
		if strings.Contains(views, s) {
			t.Errorf("%s survived", s)
		}
	}
	for _, keep := range []string{"4f1c2b7a-93de-4a51-b0c6-2f8e1d9a7c35", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
		`W/\"3a5f0c2d9b7e\"`, `\"token_type\": \"Bearer\"`, "SSWS safehar-authorization-", "Quarterly report"} {
		if !strings.Contains(string(out), keep) {
			t.Errorf("%s lost", keep)
		}
	}
	if rep.Entries != 4 {
		t.Errorf("entries = %d", rep.Entries)
	}
}
