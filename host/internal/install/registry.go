package install

import "errors"

// Registry is the part of the Windows registry install uses: the default
// value of keys under HKCU\ or HKLM\. The real one is in
// registry_windows.go; tests use a fake.
type Registry interface {
	// Get returns the key's default value, or an error wrapping
	// ErrNoKey when the key does not exist.
	Get(key string) (string, error)
	// Set creates the key if needed and sets its default value.
	Set(key, value string) error
	// Delete removes the key; a missing key is not an error.
	Delete(key string) error
}

// ErrNoKey means a registry key does not exist.
var ErrNoKey = errors.New("registry key not found")

// Fake is an in-memory Registry for tests and dry runs.
type Fake map[string]string

// Get returns the key's value.
func (f Fake) Get(key string) (string, error) {
	v, ok := f[key]
	if !ok {
		return "", ErrNoKey
	}
	return v, nil
}

// Set sets the key's value.
func (f Fake) Set(key, value string) error { f[key] = value; return nil }

// Delete removes the key.
func (f Fake) Delete(key string) error { delete(f, key); return nil }
