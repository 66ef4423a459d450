package main

// The native-messaging host's name and the extension ids it trusts by
// default. install writes manifests that allow these ids (plus any given with
// --extension-id), and the host refuses callers that no installed manifest
// allowed.
const (
	// HostName is the native-messaging host name the extension connects to.
	HostName = "com.safehar.host"

	// DefaultChromeExtensionID is the fixed id of the safehar extension in
	// Chrome, Chromium, Edge and Brave (derived from the "key" in the
	// extension's manifest; extension/chrome-extension-id.txt).
	DefaultChromeExtensionID = "oeijdebfoiapblnlonffjcfcabgimmig"

	// FirefoxAddonID is the safehar add-on id in Firefox
	// (browser_specific_settings.gecko.id).
	FirefoxAddonID = "safehar@safehar.dev"
)
