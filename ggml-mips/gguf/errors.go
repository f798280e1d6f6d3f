package gguf

import (
	"errors"
	"fmt"
)

// Sentinel errors. Errors returned by this package wrap one of these, so
// callers can test for a class of problem with errors.Is.
var (
	ErrBadMagic              = errors.New("bad magic (not a GGUF file)")
	ErrUnsupportedVersion    = errors.New("unsupported GGUF version")
	ErrTruncated             = errors.New("unexpected end of file")
	ErrTooLarge              = errors.New("count or length exceeds the file size")
	ErrInvalidValueType      = errors.New("invalid metadata value type")
	ErrInvalidValue          = errors.New("invalid metadata value")
	ErrInvalidAlignment      = errors.New("invalid general.alignment")
	ErrDuplicate             = errors.New("duplicate name")
	ErrInvalidName           = errors.New("invalid tensor name")
	ErrUnsupportedTensorType = errors.New("unsupported tensor type")
	ErrInvalidShape          = errors.New("invalid tensor shape")
	ErrInvalidOffset         = errors.New("invalid tensor data offset")
	ErrKeyNotFound           = errors.New("metadata key not found")
	ErrWrongType             = errors.New("metadata value has a different type")
	ErrTensorNotFound        = errors.New("tensor not found")
)

// FormatError describes a problem found while decoding a GGUF file.
type FormatError struct {
	Offset int64  // byte offset in the file where the offending field starts
	Where  string // what was being decoded, e.g. `metadata key "general.name"` or `tensor "output.weight"`
	Err    error  // one of the Err* sentinels
	Detail string // human-readable specifics
}

func (e *FormatError) Error() string {
	s := "gguf: "
	if e.Where != "" {
		s += e.Where + ": "
	}
	s += fmt.Sprintf("at offset %d: %v", e.Offset, e.Err)
	if e.Detail != "" {
		s += ": " + e.Detail
	}
	return s
}

func (e *FormatError) Unwrap() error { return e.Err }

// writeError builds the error returned by Write for invalid input.
func writeError(where string, sentinel error, format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	if where != "" {
		return fmt.Errorf("gguf: write: %s: %w: %s", where, sentinel, msg)
	}
	return fmt.Errorf("gguf: write: %w: %s", sentinel, msg)
}
