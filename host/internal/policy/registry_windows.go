package policy

import (
	"errors"
	"fmt"
	"io/fs"

	"golang.org/x/sys/windows/registry"
)

// openOSRegistry opens HKLM\SOFTWARE\Policies\safehar for reading.
func openOSRegistry() (RegKey, error) {
	k, err := registry.OpenKey(registry.LOCAL_MACHINE, WindowsKey, registry.READ)
	if errors.Is(err, registry.ErrNotExist) {
		return nil, fmt.Errorf("%w", fs.ErrNotExist)
	}
	if err != nil {
		return nil, err
	}
	return winKey{k}, nil
}

type winKey struct{ k registry.Key }

func (w winKey) ValueNames() ([]string, error)  { return w.k.ReadValueNames(-1) }
func (w winKey) SubKeyNames() ([]string, error) { return w.k.ReadSubKeyNames(-1) }
func (w winKey) Close() error                   { return w.k.Close() }

func (w winKey) Value(name string) (any, error) {
	_, typ, err := w.k.GetValue(name, nil)
	if err != nil && !errors.Is(err, registry.ErrShortBuffer) {
		return nil, err
	}
	switch typ {
	case registry.SZ, registry.EXPAND_SZ:
		s, _, err := w.k.GetStringValue(name)
		return s, err
	case registry.DWORD, registry.QWORD:
		n, _, err := w.k.GetIntegerValue(name)
		return n, err
	}
	return nil, fmt.Errorf("has registry type %d; use REG_SZ or REG_DWORD", typ)
}

func (w winKey) SubKey(name string) (RegKey, error) {
	k, err := registry.OpenKey(w.k, name, registry.READ)
	if err != nil {
		return nil, err
	}
	return winKey{k}, nil
}
