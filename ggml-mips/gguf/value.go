package gguf

import (
	"fmt"
)

// KV is one metadata key/value pair. File.KV keeps them in file order.
type KV struct {
	Key   string
	Value Value
}

// Value is a GGUF metadata value. The zero Value is invalid. See the package
// documentation for the Go type held by each GGUF type. Slices held by a
// Value are shared, not copied: do not modify them after construction or
// after obtaining them from a parsed File.
type Value struct {
	v any
}

// Scalar constructors.

func Uint8(x uint8) Value     { return Value{x} }
func Int8(x int8) Value       { return Value{x} }
func Uint16(x uint16) Value   { return Value{x} }
func Int16(x int16) Value     { return Value{x} }
func Uint32(x uint32) Value   { return Value{x} }
func Int32(x int32) Value     { return Value{x} }
func Float32(x float32) Value { return Value{x} }
func Bool(x bool) Value       { return Value{x} }
func String(x string) Value   { return Value{x} }
func Uint64(x uint64) Value   { return Value{x} }
func Int64(x int64) Value     { return Value{x} }
func Float64(x float64) Value { return Value{x} }

// Elem is the set of Go element types an array Value can hold. Value stands
// for a nested array; each such element must itself be an array Value.
type Elem interface {
	uint8 | int8 | uint16 | int16 | uint32 | int32 | float32 | bool | string |
		uint64 | int64 | float64 | Value
}

// Array returns an array Value holding xs (not copied). A nil slice is
// stored as an empty one.
func Array[T Elem](xs []T) Value {
	if xs == nil {
		xs = []T{}
	}
	return Value{xs}
}

// ValueOf wraps x, which must be one of the Go types listed in the package
// documentation, checking nested arrays recursively.
func ValueOf(x any) (Value, error) {
	v := Value{x}
	if err := v.validate(0); err != nil {
		return Value{}, err
	}
	return v, nil
}

// Any returns the underlying Go value (nil for the zero Value).
func (v Value) Any() any { return v.v }

// Type returns the GGUF type of v, or TypeInvalid.
func (v Value) Type() ValueType {
	switch v.v.(type) {
	case uint8:
		return TypeUint8
	case int8:
		return TypeInt8
	case uint16:
		return TypeUint16
	case int16:
		return TypeInt16
	case uint32:
		return TypeUint32
	case int32:
		return TypeInt32
	case float32:
		return TypeFloat32
	case bool:
		return TypeBool
	case string:
		return TypeString
	case uint64:
		return TypeUint64
	case int64:
		return TypeInt64
	case float64:
		return TypeFloat64
	case []uint8, []int8, []uint16, []int16, []uint32, []int32, []float32,
		[]bool, []string, []uint64, []int64, []float64, []Value:
		return TypeArray
	}
	return TypeInvalid
}

// ElemType returns the element type of an array Value, or TypeInvalid if v
// is not an array.
func (v Value) ElemType() ValueType {
	switch v.v.(type) {
	case []uint8:
		return TypeUint8
	case []int8:
		return TypeInt8
	case []uint16:
		return TypeUint16
	case []int16:
		return TypeInt16
	case []uint32:
		return TypeUint32
	case []int32:
		return TypeInt32
	case []float32:
		return TypeFloat32
	case []bool:
		return TypeBool
	case []string:
		return TypeString
	case []uint64:
		return TypeUint64
	case []int64:
		return TypeInt64
	case []float64:
		return TypeFloat64
	case []Value:
		return TypeArray
	}
	return TypeInvalid
}

// Len returns the number of elements of an array Value, or -1 if v is not
// an array.
func (v Value) Len() int {
	switch x := v.v.(type) {
	case []uint8:
		return len(x)
	case []int8:
		return len(x)
	case []uint16:
		return len(x)
	case []int16:
		return len(x)
	case []uint32:
		return len(x)
	case []int32:
		return len(x)
	case []float32:
		return len(x)
	case []bool:
		return len(x)
	case []string:
		return len(x)
	case []uint64:
		return len(x)
	case []int64:
		return len(x)
	case []float64:
		return len(x)
	case []Value:
		return len(x)
	}
	return -1
}

// typeName describes v's type, e.g. "uint32" or "array[string]".
func (v Value) typeName() string {
	t := v.Type()
	if t != TypeArray {
		return t.String()
	}
	return "array[" + v.ElemType().String() + "]"
}

// String formats v for debugging.
func (v Value) String() string {
	if v.v == nil {
		return "<invalid>"
	}
	return fmt.Sprintf("%s(%v)", v.typeName(), v.v)
}

func (v Value) validate(depth int) error {
	if v.Type() == TypeInvalid {
		return fmt.Errorf("%w: unsupported Go type %T", ErrInvalidValueType, v.v)
	}
	nested, ok := v.v.([]Value)
	if !ok {
		return nil
	}
	if depth+1 >= maxArrayDepth {
		return fmt.Errorf("%w: arrays nested deeper than %d", ErrInvalidValue, maxArrayDepth)
	}
	for i, e := range nested {
		if e.Type() != TypeArray {
			return fmt.Errorf("%w: element %d of an array of arrays is %s, not an array", ErrInvalidValue, i, e.typeName())
		}
		if err := e.validate(depth + 1); err != nil {
			return fmt.Errorf("element %d: %w", i, err)
		}
	}
	return nil
}

// As returns v's underlying value as a T (for example uint32, string or
// []float32) and whether v holds exactly that type.
func As[T any](v Value) (T, bool) {
	x, ok := v.v.(T)
	return x, ok
}

// Get looks up key in f's metadata and returns it as a T. It fails with
// ErrKeyNotFound or ErrWrongType (naming both types) otherwise.
func Get[T any](f *File, key string) (T, error) {
	var zero T
	v, ok := f.Lookup(key)
	if !ok {
		return zero, fmt.Errorf("gguf: key %q: %w", key, ErrKeyNotFound)
	}
	x, ok := v.v.(T)
	if !ok {
		return zero, fmt.Errorf("gguf: key %q: %w: it is %s, want %s", key, ErrWrongType, v.typeName(), Value{zero}.typeName())
	}
	return x, nil
}

// Lookup returns the value of key and whether it is present.
func (f *File) Lookup(key string) (Value, bool) {
	if i, ok := f.keyIndex[key]; ok {
		if i < 0 {
			return Value{}, false // skipped by ReadSkipping
		}
		return f.KV[i].Value, true
	}
	// f may have been built or edited by hand; fall back to a scan.
	for _, kv := range f.KV {
		if kv.Key == key {
			return kv.Value, true
		}
	}
	return Value{}, false
}

func (f *File) GetUint8(key string) (uint8, error)     { return Get[uint8](f, key) }
func (f *File) GetInt8(key string) (int8, error)       { return Get[int8](f, key) }
func (f *File) GetUint16(key string) (uint16, error)   { return Get[uint16](f, key) }
func (f *File) GetInt16(key string) (int16, error)     { return Get[int16](f, key) }
func (f *File) GetUint32(key string) (uint32, error)   { return Get[uint32](f, key) }
func (f *File) GetInt32(key string) (int32, error)     { return Get[int32](f, key) }
func (f *File) GetFloat32(key string) (float32, error) { return Get[float32](f, key) }
func (f *File) GetBool(key string) (bool, error)       { return Get[bool](f, key) }
func (f *File) GetString(key string) (string, error)   { return Get[string](f, key) }
func (f *File) GetUint64(key string) (uint64, error)   { return Get[uint64](f, key) }
func (f *File) GetInt64(key string) (int64, error)     { return Get[int64](f, key) }
func (f *File) GetFloat64(key string) (float64, error) { return Get[float64](f, key) }

// GetStrings returns an array-of-string value (shared, do not modify).
func (f *File) GetStrings(key string) ([]string, error) { return Get[[]string](f, key) }

// GetFloat32s returns an array-of-float32 value (shared, do not modify).
func (f *File) GetFloat32s(key string) ([]float32, error) { return Get[[]float32](f, key) }

// GetInt32s returns an array-of-int32 value (shared, do not modify).
func (f *File) GetInt32s(key string) ([]int32, error) { return Get[[]int32](f, key) }

// GetUint32s returns an array-of-uint32 value (shared, do not modify).
func (f *File) GetUint32s(key string) ([]uint32, error) { return Get[[]uint32](f, key) }

// GetArray returns any array value: a slice of the element type, or []Value
// for an array of arrays.
func (f *File) GetArray(key string) (Value, error) {
	v, ok := f.Lookup(key)
	if !ok {
		return Value{}, fmt.Errorf("gguf: key %q: %w", key, ErrKeyNotFound)
	}
	if v.Type() != TypeArray {
		return Value{}, fmt.Errorf("gguf: key %q: %w: it is %s, want an array", key, ErrWrongType, v.typeName())
	}
	return v, nil
}

// GetUint returns an integer value of any integer type (uint8 ... int64) as a
// uint64, failing for negative values. Converters disagree on whether
// counts such as context lengths are uint32 or uint64; this accepts both.
func (f *File) GetUint(key string) (uint64, error) {
	v, ok := f.Lookup(key)
	if !ok {
		return 0, fmt.Errorf("gguf: key %q: %w", key, ErrKeyNotFound)
	}
	var s int64
	switch x := v.v.(type) {
	case uint8:
		return uint64(x), nil
	case uint16:
		return uint64(x), nil
	case uint32:
		return uint64(x), nil
	case uint64:
		return x, nil
	case int8:
		s = int64(x)
	case int16:
		s = int64(x)
	case int32:
		s = int64(x)
	case int64:
		s = x
	default:
		return 0, fmt.Errorf("gguf: key %q: %w: it is %s, want an integer", key, ErrWrongType, v.typeName())
	}
	if s < 0 {
		return 0, fmt.Errorf("gguf: key %q: %w: negative value %d", key, ErrInvalidValue, s)
	}
	return uint64(s), nil
}
