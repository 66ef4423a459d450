// Package install registers the safehar native-messaging host with browsers:
// it plans and applies the writing of host manifests into each browser's
// user or system folder (Linux, macOS) or the manifest files plus registry
// keys (Windows), and finds what is registered for doctor and for the host's
// own check of its caller. Every path is computed from Options, so tests run
// it against a temporary home, a temporary root for system folders and a
// fake registry.
package install

// Kind is the family of a browser's manifest format.
type Kind int

// Manifest families.
const (
	ChromeFamily  Kind = iota // allowed_origins
	FirefoxFamily             // allowed_extensions
)

func (k Kind) String() string {
	if k == FirefoxFamily {
		return "firefox"
	}
	return "chrome"
}

// Browser says where one browser looks for host manifests. Linux and macOS
// user folders are relative to the home folder; system folders are absolute
// (and prefixed with Options.Root). Windows keys are under HKCU or HKLM.
type Browser struct {
	Name         string
	Kind         Kind
	LinuxUser    []string
	LinuxSystem  []string
	DarwinUser   []string
	DarwinSystem []string
	WindowsKey   string // …\NativeMessagingHosts, without the hive
}

// Browsers lists the supported browsers (design.md §3).
var Browsers = []Browser{
	{
		Name:         "chrome",
		LinuxUser:    []string{".config/google-chrome/NativeMessagingHosts"},
		LinuxSystem:  []string{"/etc/opt/chrome/native-messaging-hosts"},
		DarwinUser:   []string{"Library/Application Support/Google/Chrome/NativeMessagingHosts"},
		DarwinSystem: []string{"/Library/Google/Chrome/NativeMessagingHosts"},
		WindowsKey:   `SOFTWARE\Google\Chrome\NativeMessagingHosts`,
	},
	{
		Name:         "chromium",
		LinuxUser:    []string{".config/chromium/NativeMessagingHosts"},
		LinuxSystem:  []string{"/etc/chromium/native-messaging-hosts"},
		DarwinUser:   []string{"Library/Application Support/Chromium/NativeMessagingHosts"},
		DarwinSystem: []string{"/Library/Application Support/Chromium/NativeMessagingHosts"},
		WindowsKey:   `SOFTWARE\Chromium\NativeMessagingHosts`,
	},
	{
		Name:         "edge",
		LinuxUser:    []string{".config/microsoft-edge/NativeMessagingHosts"},
		LinuxSystem:  []string{"/etc/opt/edge/native-messaging-hosts"},
		DarwinUser:   []string{"Library/Application Support/Microsoft Edge/NativeMessagingHosts"},
		DarwinSystem: []string{"/Library/Microsoft/Edge/NativeMessagingHosts"},
		WindowsKey:   `SOFTWARE\Microsoft\Edge\NativeMessagingHosts`,
	},
	{
		// Brave reads its own user folder and Chrome's folders and key.
		Name:         "brave",
		LinuxUser:    []string{".config/BraveSoftware/Brave-Browser/NativeMessagingHosts", ".config/google-chrome/NativeMessagingHosts"},
		LinuxSystem:  []string{"/etc/opt/chrome/native-messaging-hosts"},
		DarwinUser:   []string{"Library/Application Support/Google/Chrome/NativeMessagingHosts"},
		DarwinSystem: []string{"/Library/Google/Chrome/NativeMessagingHosts"},
		WindowsKey:   `SOFTWARE\Google\Chrome\NativeMessagingHosts`,
	},
	{
		Name:         "firefox",
		Kind:         FirefoxFamily,
		LinuxUser:    []string{".mozilla/native-messaging-hosts"},
		LinuxSystem:  []string{"/usr/lib/mozilla/native-messaging-hosts", "/usr/lib64/mozilla/native-messaging-hosts"},
		DarwinUser:   []string{"Library/Application Support/Mozilla/NativeMessagingHosts"},
		DarwinSystem: []string{"/Library/Application Support/Mozilla/NativeMessagingHosts"},
		WindowsKey:   `SOFTWARE\Mozilla\NativeMessagingHosts`,
	},
}

// BrowserNames are the values --browser accepts besides "all".
func BrowserNames() []string {
	var names []string
	for _, b := range Browsers {
		names = append(names, b.Name)
	}
	return names
}
