// Package review is what the host needs for the review before saving: the
// findings of a sanitized capture in pages that fit a native message, the
// method and (sanitized) URL of the requests they are in, read back from
// the sanitized output, and the user's extra terms as literal rules. It
// never handles a secret value: findings name where and what kind, and the
// output it reads is already sanitized.
package review

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode"

	"github.com/go-json-experiment/json/jsontext"
	"github.com/safehar/safehar/sanitize"
)

// Finding is one finding as the extension lists it: never the value, nor
// its fingerprint.
type Finding struct {
	Entry int    `json:"entry"`
	Path  string `json:"path"`
	Kind  string `json:"kind"`
	Name  string `json:"name,omitempty"`
	Host  string `json:"host,omitempty"`
}

// Request is the method and sanitized URL of one entry.
type Request struct {
	Method string `json:"method"`
	URL    string `json:"url"`
}

// Page is one findings reply: the findings from Offset, the requests they
// are in, and Next, the offset of the next page (0 on the last page).
type Page struct {
	Offset   int             `json:"offset"`
	Findings []Finding       `json:"findings"`
	Requests map[int]Request `json:"requests"`
	Next     int             `json:"next,omitempty"`
	Total    int             `json:"total"`
}

// MaxURL bounds a URL in a page: a longer one is cut (the extension shows
// the host and path only).
const MaxURL = 2048

// PageAt returns the page of findings from offset whose JSON stays under
// budget bytes (at least one finding per page).
func PageAt(findings []sanitize.Finding, requests map[int]Request, offset, budget int) Page {
	p := Page{Offset: offset, Findings: []Finding{}, Requests: map[int]Request{}, Total: len(findings)}
	size := 200
	for i := offset; i < len(findings); i++ {
		f := findings[i]
		item := Finding{Entry: f.Entry, Path: f.Path, Kind: string(f.Kind), Name: f.Name, Host: f.Host}
		n := len(item.Path) + len(item.Kind) + len(item.Name) + len(item.Host) + 64
		r, known := requests[f.Entry]
		_, listed := p.Requests[f.Entry]
		if known && !listed {
			n += len(r.Method) + len(r.URL) + 40
		}
		if len(p.Findings) > 0 && size+n > budget {
			p.Next = i
			return p
		}
		size += n
		p.Findings = append(p.Findings, item)
		if known && !listed {
			p.Requests[f.Entry] = r
		}
	}
	return p
}

// Entries returns the entries findings name.
func Entries(findings []sanitize.Finding) map[int]bool {
	want := map[int]bool{}
	for _, f := range findings {
		if f.Entry >= 0 {
			want[f.Entry] = true
		}
	}
	return want
}

// Requests reads a sanitized HAR and returns the method and URL of the
// entries in want, walking log.entries and skipping everything else.
func Requests(r io.Reader, want map[int]bool) (map[int]Request, error) {
	out := map[int]Request{}
	if len(want) == 0 {
		return out, nil
	}
	dec := jsontext.NewDecoder(r, jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true))
	if err := enter(dec, '{'); err != nil {
		return nil, err
	}
	for dec.PeekKind() == '"' {
		name, err := dec.ReadToken()
		if err != nil {
			return nil, err
		}
		if name.String() != "log" || dec.PeekKind() != '{' {
			if err := dec.SkipValue(); err != nil {
				return nil, err
			}
			continue
		}
		dec.ReadToken() // {
		for dec.PeekKind() == '"' {
			key, err := dec.ReadToken()
			if err != nil {
				return nil, err
			}
			if key.String() != "entries" || dec.PeekKind() != '[' {
				if err := dec.SkipValue(); err != nil {
					return nil, err
				}
				continue
			}
			return out, entries(dec, want, out)
		}
		return out, nil
	}
	return out, nil
}

func enter(dec *jsontext.Decoder, kind jsontext.Kind) error {
	tok, err := dec.ReadToken()
	if err != nil {
		return err
	}
	if tok.Kind() != kind {
		return fmt.Errorf("expected %v, found %v", kind, tok.Kind())
	}
	return nil
}

func entries(dec *jsontext.Decoder, want map[int]bool, out map[int]Request) error {
	dec.ReadToken() // [
	for n := 0; dec.PeekKind() != ']'; n++ {
		if !want[n] || dec.PeekKind() != '{' {
			if err := dec.SkipValue(); err != nil {
				return err
			}
			continue
		}
		var e struct {
			Request Request `json:"request"`
		}
		raw, err := dec.ReadValue()
		if err != nil {
			return err
		}
		if err := json.Unmarshal(raw, &e); err == nil {
			if len(e.Request.URL) > MaxURL {
				e.Request.URL = strings.ToValidUTF8(e.Request.URL[:MaxURL], "")
			}
			if len(e.Request.Method) > 32 {
				e.Request.Method = e.Request.Method[:32]
			}
			out[n] = e.Request
		}
		if len(out) == len(want) {
			return nil
		}
	}
	return nil
}

// KindUserTerm is the kind of a user's extra term (contract.KindUserTerm).
const KindUserTerm sanitize.Kind = "user-term"

// ErrTerm is wrapped by TermRules' errors about the terms themselves.
var ErrTerm = errors.New("term refused")

// TermRules returns base extended with the user's terms as literal value
// patterns of kind user-term: each is redacted wherever it occurs, like a
// secret, with the same placeholders. A term the sanitizer refuses (too
// short, or matching ordinary text) is an error naming it.
func TermRules(base *sanitize.Rules, terms []string) (*sanitize.Rules, error) {
	var x sanitize.Extra
	for i, t := range terms {
		t = strings.TrimSpace(t)
		if t == "" || strings.IndexFunc(t, unicode.IsControl) >= 0 {
			return nil, fmt.Errorf("%w: term %d is empty or has control characters", ErrTerm, i+1)
		}
		x.Patterns = append(x.Patterns, sanitize.PatternSpec{Name: fmt.Sprintf("user-term-%d", i+1), Regexp: regexp.QuoteMeta(t), Kind: KindUserTerm})
	}
	r, err := base.Extend(x)
	if err != nil {
		msg := err.Error()
		// The sanitizer names patterns "user-term-N": say which term.
		for i, t := range terms {
			msg = strings.ReplaceAll(msg, fmt.Sprintf("%q", fmt.Sprintf("user-term-%d", i+1)), fmt.Sprintf("%q", strings.TrimSpace(t)))
		}
		msg = strings.ReplaceAll(msg, "the policy pattern", "the term")
		msg = strings.ReplaceAll(msg, "; fix it in the policy", "")
		return nil, fmt.Errorf("%w: %s", ErrTerm, msg)
	}
	return r, nil
}
