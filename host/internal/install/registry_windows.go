package install

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/sys/windows/registry"
)

// OSRegistry returns the Windows registry.
func OSRegistry() Registry { return winRegistry{} }

type winRegistry struct{}

func split(key string) (registry.Key, string, error) {
	hive, path, ok := strings.Cut(key, `\`)
	switch {
	case !ok:
	case hive == "HKCU":
		return registry.CURRENT_USER, path, nil
	case hive == "HKLM":
		return registry.LOCAL_MACHINE, path, nil
	}
	return 0, "", fmt.Errorf("unsupported registry key %q", key)
}

func (winRegistry) Get(key string) (string, error) {
	root, path, err := split(key)
	if err != nil {
		return "", err
	}
	k, err := registry.OpenKey(root, path, registry.QUERY_VALUE)
	if errors.Is(err, registry.ErrNotExist) {
		return "", ErrNoKey
	}
	if err != nil {
		return "", err
	}
	defer k.Close()
	v, _, err := k.GetStringValue("")
	if errors.Is(err, registry.ErrNotExist) {
		return "", ErrNoKey
	}
	return v, err
}

func (winRegistry) Set(key, value string) error {
	root, path, err := split(key)
	if err != nil {
		return err
	}
	k, _, err := registry.CreateKey(root, path, registry.SET_VALUE)
	if err != nil {
		return err
	}
	defer k.Close()
	return k.SetStringValue("", value)
}

func (winRegistry) Delete(key string) error {
	root, path, err := split(key)
	if err != nil {
		return err
	}
	err = registry.DeleteKey(root, path)
	if errors.Is(err, registry.ErrNotExist) {
		return nil
	}
	return err
}
