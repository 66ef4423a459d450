package nativehost

import (
	"github.com/safehar/safehar/host/internal/nm"
	"github.com/safehar/safehar/host/internal/outdir"
	"github.com/safehar/safehar/host/internal/policy"
	"github.com/safehar/safehar/sanitize"
)

// hello answers the extension's greeting: the protocol must match, and a
// policy it carries applies to later exports on the port.
func (s *Session) hello(m *nm.Message) {
	if m.Has(nm.FieldProtocol) && m.Protocol != ProtocolVersion {
		s.sendError(m.Req, nm.Errorf(nm.CodeUnsupportedProtocol, "The extension speaks protocol %d but this host speaks %d; update safehar and the extension to the same release.", m.Protocol, ProtocolVersion))
		return
	}
	if m.Has(nm.FieldPolicy) {
		s.setExtensionPolicy(m.Policy)
	}
	s.status(m)
}

// status answers with the host's state: version, keyring, output folder
// and the policy in effect.
func (s *Session) status(m *nm.Message) {
	s.loadKey()
	eff := s.effective()
	dir, err := outdir.Resolve(eff.OutputDir, s.cfg.Getenv)
	if err != nil {
		dir = ""
	}
	rules := sanitize.DefaultRules().Version
	if r, err := policy.Rules(eff); err == nil {
		rules = r.Version
	}
	s.send(m.Req, HelloReply{
		Protocol:     ProtocolVersion,
		Host:         s.cfg.Version,
		RulesVersion: rules,
		Keyring:      keyring(s.keyNote),
		OutputDir:    dir,
		Policy:       s.policyReport(eff),
	})
}

// policyReport is the "policy" object of the hello reply
// (host/PROTOCOL.md).
func (s *Session) policyReport(eff policy.Policy) PolicyReport {
	src := s.cfg.System.Source
	if src == "" {
		src = "none"
	}
	r := PolicyReport{Source: src, Enforced: true, Extension: s.extSent, Effective: policy.Effective(eff)}
	if err := s.cfg.System.Err(); err != nil {
		r.Errors = append(r.Errors, err.Error())
	}
	if s.extErr != nil {
		r.Errors = append(r.Errors, s.extErr.Error())
	}
	return r
}
