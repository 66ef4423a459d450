// Generated from host/internal/contract by `go generate ./host/internal/contract`. DO NOT EDIT.
// The tables the extension shares with the host: kinds and their labels, error codes, managed settings.

// Every kind the host reports: {kind, label (plural, for counts), single}.
export const KINDS = Object.freeze([
  {
    "kind": "cookie",
    "label": "Cookies",
    "single": "Cookie"
  },
  {
    "kind": "authorization",
    "label": "Authorization headers",
    "single": "Authorization header"
  },
  {
    "kind": "token",
    "label": "Tokens",
    "single": "Token"
  },
  {
    "kind": "api-key",
    "label": "API keys",
    "single": "API key"
  },
  {
    "kind": "password",
    "label": "Passwords",
    "single": "Password"
  },
  {
    "kind": "secret",
    "label": "Secrets",
    "single": "Secret"
  },
  {
    "kind": "session",
    "label": "Session identifiers",
    "single": "Session identifier"
  },
  {
    "kind": "csrf",
    "label": "CSRF tokens",
    "single": "CSRF token"
  },
  {
    "kind": "oauth-code",
    "label": "OAuth codes",
    "single": "OAuth code"
  },
  {
    "kind": "signature",
    "label": "Signatures",
    "single": "Signature"
  },
  {
    "kind": "saml",
    "label": "SAML assertions",
    "single": "SAML assertion"
  },
  {
    "kind": "jwt",
    "label": "JSON Web Tokens",
    "single": "JSON Web Token"
  },
  {
    "kind": "private-key",
    "label": "Private keys",
    "single": "Private key"
  },
  {
    "kind": "cloud-key",
    "label": "Cloud credentials",
    "single": "Cloud credential"
  },
  {
    "kind": "personal",
    "label": "Personal data",
    "single": "Personal data"
  },
  {
    "kind": "url-password",
    "label": "Passwords in a URL",
    "single": "Password in a URL"
  },
  {
    "kind": "payment",
    "label": "Payment card numbers",
    "single": "Payment card number"
  },
  {
    "kind": "user-term",
    "label": "Terms you added",
    "single": "Term you added"
  }
]);

// Every error code the host sends (host/PROTOCOL.md).
export const ERROR_CODES = Object.freeze([
  "bad_frame",
  "frame_too_large",
  "bad_message",
  "unsupported_protocol",
  "not_allowed",
  "transfer_busy",
  "unknown_transfer",
  "out_of_order",
  "duplicate_end",
  "checksum_mismatch",
  "invalid_har",
  "disk_full",
  "write_failed",
  "policy_refused",
  "too_large",
  "reveal_failed",
  "idle_timeout",
  "term_refused",
  "staged_missing"
]);

// Every managed setting, in managed_schema.json order: {name, type}.
export const SETTINGS = Object.freeze([
  {
    "name": "hostName",
    "type": "string"
  },
  {
    "name": "outputDir",
    "type": "string"
  },
  {
    "name": "extraHeaders",
    "type": "array-of-string"
  },
  {
    "name": "extraParams",
    "type": "array-of-string"
  },
  {
    "name": "extraJsonKeys",
    "type": "array-of-string"
  },
  {
    "name": "extraPatterns",
    "type": "array-of-pattern"
  },
  {
    "name": "jwt",
    "type": "string"
  },
  {
    "name": "redactPersonalData",
    "type": "boolean"
  },
  {
    "name": "allowExportWithoutBodies",
    "type": "boolean"
  },
  {
    "name": "uploadHint",
    "type": "string"
  },
  {
    "name": "review",
    "type": "string"
  },
  {
    "name": "allowExtraTerms",
    "type": "boolean"
  }
]);

// The values of the review setting.
export const REVIEW = Object.freeze({
  "optional": "optional",
  "required": "required",
  "skip": "skip"
});

// The kind of the terms a user adds during the review.
export const KIND_USER_TERM = "user-term";
