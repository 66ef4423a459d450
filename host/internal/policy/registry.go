package policy

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// RegKey is the part of a Windows registry key the policy reader uses. The
// real one is in registry_windows.go; tests use a fake.
type RegKey interface {
	// ValueNames and SubKeyNames list the key's values and subkeys.
	ValueNames() ([]string, error)
	SubKeyNames() ([]string, error)
	// Value returns a value: a string for REG_SZ and REG_EXPAND_SZ, a
	// uint64 for REG_DWORD and REG_QWORD, an error for other types.
	Value(name string) (any, error)
	// SubKey opens a subkey.
	SubKey(name string) (RegKey, error)
	Close() error
}

// registryMap reads HKLM\SOFTWARE\Policies\safehar the way Chrome reads
// its policies from the registry:
//
//   - strings (hostName, outputDir, jwt, uploadHint): REG_SZ values;
//   - booleans (redactPersonalData, allowExportWithoutBodies): REG_DWORD 0 or 1;
//   - name lists (extraHeaders, extraParams, extraJsonKeys): a subkey of
//     that name with REG_SZ values "1", "2", …, or a REG_SZ value holding a
//     JSON array;
//   - extraPatterns: a REG_SZ value holding a JSON array of objects, or a
//     subkey with REG_SZ values "1", "2", … each holding one JSON object.
func registryMap(k RegKey) (map[string]any, error) {
	m := map[string]any{}
	names, err := k.ValueNames()
	if err != nil {
		return nil, err
	}
	for _, n := range names {
		if n == "" {
			continue // the key's default value
		}
		v, err := k.Value(n)
		if err != nil {
			return nil, fmt.Errorf("value %s: %v", n, err)
		}
		m[n] = registryValue(n, v)
	}
	subs, err := k.SubKeyNames()
	if err != nil {
		return nil, err
	}
	for _, n := range subs {
		sk, err := k.SubKey(n)
		if err != nil {
			return nil, fmt.Errorf("subkey %s: %v", n, err)
		}
		list, err := registryList(n, sk)
		sk.Close()
		if err != nil {
			return nil, err
		}
		if _, dup := m[n]; dup {
			return nil, fmt.Errorf("%s is given both as a value and as a subkey", n)
		}
		m[n] = list
	}
	return m, nil
}

// registryValue converts one value to what the JSON policy would hold.
func registryValue(name string, v any) any {
	switch fieldType(name, true) {
	case typeBool:
		if n, ok := v.(uint64); ok && n <= 1 {
			return n == 1
		}
	case typeStrings, typePatterns:
		if s, ok := v.(string); ok && strings.HasPrefix(strings.TrimSpace(s), "[") {
			var x any
			if json.Unmarshal([]byte(s), &x) == nil {
				return x
			}
		}
	}
	if n, ok := v.(uint64); ok {
		return json.Number(strconv.FormatUint(n, 10))
	}
	return v // validation says what is wrong
}

// registryList reads a list subkey: values named 1, 2, … in order.
func registryList(name string, k RegKey) (any, error) {
	if fieldType(name, true) != typeStrings && fieldType(name, true) != typePatterns {
		return map[string]any{}, nil // an object where none belongs: validation refuses it
	}
	names, err := k.ValueNames()
	if err != nil {
		return nil, err
	}
	type item struct {
		i int
		v any
	}
	var items []item
	for _, n := range names {
		i, err := strconv.Atoi(n)
		if err != nil || i < 1 {
			return nil, fmt.Errorf(`%s\%s: list values must be named 1, 2, 3, …`, name, n)
		}
		v, err := k.Value(n)
		if err != nil {
			return nil, fmt.Errorf(`%s\%s: %v`, name, n, err)
		}
		if s, ok := v.(string); ok && fieldType(name, true) == typePatterns {
			var x any
			if json.Unmarshal([]byte(s), &x) == nil {
				v = x
			}
		}
		items = append(items, item{i, v})
	}
	slices.SortFunc(items, func(a, b item) int { return a.i - b.i })
	out := make([]any, len(items))
	for i, it := range items {
		out[i] = it.v
	}
	return out, nil
}

// FakeKey is an in-memory registry key for tests: values are string or
// uint64, subkeys *FakeKey.
type FakeKey struct {
	Values map[string]any
	Subs   map[string]*FakeKey
}

func (f *FakeKey) ValueNames() ([]string, error)  { return sortedKeys(f.Values), nil }
func (f *FakeKey) SubKeyNames() ([]string, error) { return sortedKeys(f.Subs), nil }
func (f *FakeKey) Value(name string) (any, error) {
	v, ok := f.Values[name]
	if !ok {
		return nil, fmt.Errorf("no value %s", name)
	}
	return v, nil
}
func (f *FakeKey) SubKey(name string) (RegKey, error) {
	s, ok := f.Subs[name]
	if !ok {
		return nil, fmt.Errorf("no subkey %s", name)
	}
	return s, nil
}
func (f *FakeKey) Close() error { return nil }

func sortedKeys[V any](m map[string]V) []string {
	var k []string
	for n := range m {
		k = append(k, n)
	}
	slices.Sort(k)
	return k
}

// FromRegistry validates a policy stored in registry key k (the layout of
// registryMap), as Load does on Windows.
func FromRegistry(k RegKey, env Env) (Policy, []error) {
	m, err := registryMap(k)
	if err != nil {
		return Policy{}, []error{ferr("", "cannot be read (%v)", err)}
	}
	return FromMap(m, env)
}
