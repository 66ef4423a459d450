package serve

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/safehar/safehar/host/internal/pipeline"
	"github.com/safehar/safehar/sanitize"
)

// The error codes of {"error": {"code": ...}} (docs/SERVE.md).
const (
	codeNotFound     = "not_found"
	codeMethod       = "method_not_allowed"
	codeUnauthorized = "unauthorized"
	codeBusy         = "busy"
	codeMediaType    = "unsupported_media_type"
	codeTooLarge     = "too_large"
	codeTimeout      = "timeout"
	codeEmpty        = "empty"
	codeMalformed    = "malformed"
	codeNotHAR       = "not_har"
	codeNotVerified  = "not_verified"
	codeInternal     = "internal"
)

// errorBody is the JSON of every error response.
type errorBody struct {
	Error errorDetail `json:"error"`
}

type errorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// writeError sends an error response: status, code and one sentence.
func writeError(w http.ResponseWriter, status int, code, msg string) {
	h := w.Header()
	h.Del("Content-Length")
	h.Set("Content-Type", "application/json")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(errorBody{errorDetail{Code: code, Message: msg}})
}

// inputError is a request body that could not be taken: its status and
// code, and the sentence for the client.
type inputError struct {
	status int
	code   string
	msg    string
}

func (e *inputError) Error() string { return e.msg }

// classify maps an error of reading or sanitizing an upload to a status,
// a code and the sentence the CLI would print.
func classify(err error) (int, string, string) {
	var ie *inputError
	if errors.As(err, &ie) {
		return ie.status, ie.code, ie.msg
	}
	msg := pipeline.Sentence(err)
	switch {
	case errors.Is(err, sanitize.ErrEmpty):
		return http.StatusBadRequest, codeEmpty, msg
	case errors.Is(err, sanitize.ErrSyntax):
		return http.StatusBadRequest, codeMalformed, msg
	case errors.Is(err, sanitize.ErrNotHAR):
		return http.StatusBadRequest, codeNotHAR, msg
	case errors.Is(err, sanitize.ErrTooLarge):
		return http.StatusRequestEntityTooLarge, codeTooLarge, msg
	}
	return http.StatusInternalServerError, codeInternal, msg
}
