// Package manifest holds the templates of the native-messaging host
// manifests that "safehar install" writes: one for the Chrome family
// (allowed_origins) and one for Firefox (allowed_extensions). They are two
// files because Firefox rejects a manifest carrying both keys.
//
// The templates are text/template documents executed with a Data value; the
// "json" function quotes a value as JSON.
package manifest

import _ "embed"

// ChromeHost is the template for Chrome, Chromium, Edge and Brave.
//
//go:embed chrome-host.json.tmpl
var ChromeHost string

// FirefoxHost is the template for Firefox.
//
//go:embed firefox-host.json.tmpl
var FirefoxHost string

// Data is what the templates are executed with.
type Data struct {
	Name           string   // host name, e.g. com.safehar.host
	Description    string   // shown by some browsers
	Path           string   // absolute path of the safehar binary
	AllowedOrigins []string // Chrome family: chrome-extension://<id>/
	AllowedIDs     []string // Firefox: add-on ids
}
