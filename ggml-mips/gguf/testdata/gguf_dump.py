#!/usr/bin/env python3
"""Independent minimal GGUF reader used by the Go tests (standard library only).

Usage: gguf_dump.py FILE
Prints a canonical text description of FILE (see describe() in gguf_test.go)
and exits non-zero if the file violates the layout rules checked here.
"""
import hashlib
import struct
import sys

SCALARS = {  # type id -> (name, struct format)
    0: ("uint8", "<B"), 1: ("int8", "<b"), 2: ("uint16", "<H"), 3: ("int16", "<h"),
    4: ("uint32", "<I"), 5: ("int32", "<i"), 6: ("float32", "<I"), 7: ("bool", "<B"),
    10: ("uint64", "<Q"), 11: ("int64", "<q"), 12: ("float64", "<Q"),
}
NAMES = {k: v[0] for k, v in SCALARS.items()}
NAMES[8] = "string"
NAMES[9] = "array"
# ggml type id -> (values per block, bytes per block)
BLOCKS = {0: (1, 4), 1: (1, 2), 2: (32, 18), 8: (32, 34)}


class Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, n):
        if self.pos + n > len(self.data):
            raise SystemExit("truncated at %d" % self.pos)
        b = self.data[self.pos:self.pos + n]
        self.pos += n
        return b

    def unpack(self, fmt):
        return struct.unpack(fmt, self.read(struct.calcsize(fmt)))[0]

    def string(self):
        return self.read(self.unpack("<Q"))


def fmt_value(r, t):
    if t == 8:
        return "s:" + r.string().hex()
    if t == 9:
        et = r.unpack("<I")
        n = r.unpack("<Q")
        items = [fmt_value(r, et) for _ in range(n)]
        return "array[%s] [%s]" % (NAMES[et], ",".join(items))
    name, f = SCALARS[t]
    v = r.unpack(f)
    if name == "float32":
        return "0x%08x" % v
    if name == "float64":
        return "0x%016x" % v
    if name == "bool":
        if v not in (0, 1):
            raise SystemExit("bad bool")
        return "true" if v else "false"
    return str(v)


def main():
    data = open(sys.argv[1], "rb").read()
    r = Reader(data)
    if r.read(4) != b"GGUF":
        raise SystemExit("bad magic")
    version = r.unpack("<I")
    n_tensors = r.unpack("<Q")
    n_kv = r.unpack("<Q")
    out = ["version %d" % version]
    align = 32
    for _ in range(n_kv):
        key = r.string()
        t = r.unpack("<I")
        start = r.pos
        val = fmt_value(r, t)
        if key == b"general.alignment":
            if t != 4:
                raise SystemExit("general.alignment must be uint32")
            align = struct.unpack("<I", data[start:start + 4])[0]
        tname = NAMES[t]
        if t == 9:
            tname = val.split(" ", 1)[0]
            val = val.split(" ", 1)[1]
        out.append("kv %s %s %s" % (key.hex(), tname, val))
    infos = []
    for _ in range(n_tensors):
        name = r.string()
        n_dims = r.unpack("<I")
        dims = [r.unpack("<Q") for _ in range(n_dims)]
        ttype = r.unpack("<I")
        off = r.unpack("<Q")
        infos.append((name, dims, ttype, off))
    data_start = (r.pos + align - 1) // align * align
    if any(data[r.pos:data_start]):
        raise SystemExit("non-zero padding before data section")
    expect = 0
    for name, dims, ttype, off in infos:
        if off != expect:
            raise SystemExit("tensor %r at offset %d, expected %d" % (name, off, expect))
        per_block, block_bytes = BLOCKS[ttype]
        n = 1
        for d in dims:
            n *= d
        size = n // per_block * block_bytes
        a = data_start + off
        blob = data[a:a + size]
        if len(blob) != size:
            raise SystemExit("tensor data truncated")
        padded = (size + align - 1) // align * align
        if any(data[a + size:a + padded]):
            raise SystemExit("non-zero tensor padding")
        expect = off + padded
        out.append("tensor %s type=%d dims=%s offset=%d sha256=%s" % (
            name.hex(), ttype, ",".join(str(d) for d in dims), off, hashlib.sha256(blob).hexdigest()))
    if len(data) != data_start + expect:
        raise SystemExit("file is %d bytes, expected %d" % (len(data), data_start + expect))
    out.append("alignment %d" % align)
    print("\n".join(out))


if __name__ == "__main__":
    main()
