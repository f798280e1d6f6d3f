package mipsevm

import (
	"bufio"
	"compress/gzip"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/axonum/opml/mipsevm/memory"
)

// Snapshots hold the whole state: registers, threads, every page, and the
// mapped regions by key (the host's oracle supplies their data again on
// load). Both formats end with the state hash, checked on load.

const snapshotMagic = "OPMLVMS1"

// SnapshotFormat names an encoding of a snapshot.
type SnapshotFormat string

const (
	FormatBinary SnapshotFormat = "bin"  // gzip-compressed binary (default)
	FormatJSON   SnapshotFormat = "json" // readable, pages in base64
)

// FormatForPath picks the format from a file name: .json is JSON, anything
// else binary.
func FormatForPath(path string) SnapshotFormat {
	if strings.HasSuffix(path, ".json") || strings.HasSuffix(path, ".json.gz") {
		return FormatJSON
	}
	return FormatBinary
}

type snapshotJSON struct {
	PreimageKey    string       `json:"preimageKey"`
	PreimageOffset uint32       `json:"preimageOffset"`
	PC             uint32       `json:"pc"`
	NextPC         uint32       `json:"nextPC"`
	LO             uint32       `json:"lo"`
	HI             uint32       `json:"hi"`
	Heap           uint32       `json:"heap"`
	ExitCode       uint8        `json:"exitCode"`
	Exited         bool         `json:"exited"`
	Step           uint64       `json:"step"`
	Registers      [32]uint32   `json:"registers"`
	ThreadID       uint32       `json:"threadID"`
	NextThreadID   uint32       `json:"nextThreadID"`
	Todo           []Thread     `json:"todo"`
	Done           []Thread     `json:"done"`
	LLReserved     bool         `json:"llReserved"`
	Regions        []regionJSON `json:"regions"`
	Pages          []pageJSON   `json:"pages"`
	Hash           string       `json:"hash"`
}

type regionJSON struct {
	Addr   uint32 `json:"addr"`
	Height int    `json:"height"`
	Key    string `json:"key"`
}

type pageJSON struct {
	Index uint32 `json:"index"`
	Data  string `json:"data"` // base64
}

// WriteSnapshot saves the state.
func WriteSnapshot(w io.Writer, s *State, format SnapshotFormat) error {
	switch format {
	case FormatJSON:
		return writeJSON(w, s)
	case FormatBinary, "":
		return writeBinary(w, s)
	}
	return fmt.Errorf("unknown snapshot format %q (want %q or %q)", format, FormatBinary, FormatJSON)
}

// SaveSnapshot writes the state to path atomically (via a temporary file).
func SaveSnapshot(path string, s *State, format SnapshotFormat) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("save snapshot: %w", err)
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	err = WriteSnapshot(bw, s, format)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("save snapshot %s: %w", path, err)
	}
	return nil
}

// LoadSnapshot reads a snapshot file in either format. oracle supplies the
// data of mapped regions and may be nil if there are none.
func LoadSnapshot(path string, oracle PreimageOracle) (*State, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load snapshot: %w", err)
	}
	defer f.Close()
	s, err := ReadSnapshot(bufio.NewReaderSize(f, 1<<20), oracle)
	if err != nil {
		return nil, fmt.Errorf("load snapshot %s: %w", path, err)
	}
	return s, nil
}

// ReadSnapshot reads a snapshot, detecting the format.
func ReadSnapshot(r io.Reader, oracle PreimageOracle) (*State, error) {
	br := bufio.NewReader(r)
	head, err := br.Peek(2)
	if err != nil {
		return nil, fmt.Errorf("empty or unreadable snapshot: %w", err)
	}
	if head[0] == 0x1f && head[1] == 0x8b {
		return readBinary(br, oracle)
	}
	return readJSON(br, oracle)
}

type binWriter struct {
	w   io.Writer
	err error
}

func (b *binWriter) put(v any) {
	if b.err == nil {
		b.err = binary.Write(b.w, binary.BigEndian, v)
	}
}

func writeBinary(w io.Writer, s *State) error {
	zw := gzip.NewWriter(w)
	b := &binWriter{w: zw}
	b.put([]byte(snapshotMagic))
	b.put(s.PreimageKey)
	b.put([]uint32{s.PreimageOffset, s.PC, s.NextPC, s.LO, s.HI, s.Heap})
	b.put(s.ExitCode)
	b.put(s.Exited)
	b.put(s.Step)
	b.put(s.Registers)
	b.put([]uint32{s.ThreadID, s.NextThreadID})
	b.put(s.LLReserved)
	for _, ts := range []*ThreadStack{&s.Todo, &s.Done} {
		b.put(uint32(ts.Len()))
		for _, t := range ts.Threads() {
			b.put(t.Encode())
		}
	}
	regions := s.Memory.Regions()
	b.put(uint32(len(regions)))
	for _, r := range regions {
		b.put(r.Addr)
		b.put(uint8(r.Height))
		b.put(r.Key)
	}
	var pages uint32
	s.Memory.ForEachPage(func(uint32, *[memory.PageSize]byte) { pages++ })
	b.put(pages)
	s.Memory.ForEachPage(func(idx uint32, data *[memory.PageSize]byte) {
		b.put(idx)
		b.put(data[:])
	})
	b.put(s.Hash())
	if b.err != nil {
		return b.err
	}
	return zw.Close()
}

var errTruncated = errors.New("snapshot is truncated or corrupt")

func readBinary(r io.Reader, oracle PreimageOracle) (*State, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("binary snapshot: %w", err)
	}
	get := func(v any) {
		if err == nil {
			if e := binary.Read(zr, binary.BigEndian, v); e != nil {
				err = fmt.Errorf("%w: %v", errTruncated, e)
			}
		}
	}
	magic := make([]byte, len(snapshotMagic))
	get(magic)
	if err == nil && string(magic) != snapshotMagic {
		return nil, fmt.Errorf("not a VM snapshot (magic %q)", magic)
	}
	s := &State{Memory: memory.New()}
	var scal [6]uint32
	get(&s.PreimageKey)
	get(&scal)
	s.PreimageOffset, s.PC, s.NextPC, s.LO, s.HI, s.Heap = scal[0], scal[1], scal[2], scal[3], scal[4], scal[5]
	get(&s.ExitCode)
	get(&s.Exited)
	get(&s.Step)
	get(&s.Registers)
	var ids [2]uint32
	get(&ids)
	s.ThreadID, s.NextThreadID = ids[0], ids[1]
	get(&s.LLReserved)
	for _, ts := range []*ThreadStack{&s.Todo, &s.Done} {
		var n uint32
		get(&n)
		for i := uint32(0); i < n && err == nil; i++ {
			buf := make([]byte, ThreadContextSize)
			get(buf)
			t, _ := DecodeThread(buf)
			ts.Push(t)
		}
	}
	var nRegions uint32
	get(&nRegions)
	for i := uint32(0); i < nRegions && err == nil; i++ {
		var addr uint32
		var height uint8
		var key [32]byte
		get(&addr)
		get(&height)
		get(&key)
		if err == nil {
			err = mapRegion(s.Memory, oracle, addr, int(height), key)
		}
	}
	var nPages uint32
	get(&nPages)
	var page [memory.PageSize]byte
	for i := uint32(0); i < nPages && err == nil; i++ {
		var idx uint32
		get(&idx)
		get(page[:])
		if err == nil {
			s.Memory.SetPage(idx, &page)
		}
	}
	var hash [32]byte
	get(&hash)
	if err != nil {
		return nil, err
	}
	// Read to the end so gzip checks its CRC and length trailer.
	if n, e := io.Copy(io.Discard, zr); e != nil || n != 0 {
		return nil, fmt.Errorf("%w: %d bytes after the state hash (%v)", errTruncated, n, e)
	}
	return s, checkHash(s, hash)
}

func mapRegion(m *memory.Memory, oracle PreimageOracle, addr uint32, height int, key [32]byte) error {
	if key == ([32]byte{}) { // zeros punched into committed data
		return m.Zero(addr, height)
	}
	if oracle == nil {
		oracle = noOracle{}
	}
	data, err := oracle.GetCommitted(key)
	if err != nil {
		return fmt.Errorf("snapshot maps committed data %x at %#x: %w", key, addr, err)
	}
	if data.Height() != height {
		return fmt.Errorf("snapshot maps committed data %x with height %d, the oracle's has %d", key, height, data.Height())
	}
	return m.MapCommitted(addr, key, data)
}

func checkHash(s *State, want [32]byte) error {
	if got := s.Hash(); got != want {
		return fmt.Errorf("%w: state hash %x, snapshot says %x", errTruncated, got, want)
	}
	return nil
}

func writeJSON(w io.Writer, s *State) error {
	j := snapshotJSON{
		PreimageKey: fmt.Sprintf("%x", s.PreimageKey), PreimageOffset: s.PreimageOffset,
		PC: s.PC, NextPC: s.NextPC, LO: s.LO, HI: s.HI, Heap: s.Heap,
		ExitCode: s.ExitCode, Exited: s.Exited, Step: s.Step, Registers: s.Registers,
		ThreadID: s.ThreadID, NextThreadID: s.NextThreadID,
		Todo: s.Todo.Threads(), Done: s.Done.Threads(), LLReserved: s.LLReserved,
		Regions: []regionJSON{}, Pages: []pageJSON{},
	}
	for _, r := range s.Memory.Regions() {
		j.Regions = append(j.Regions, regionJSON{Addr: r.Addr, Height: r.Height, Key: fmt.Sprintf("%x", r.Key)})
	}
	s.Memory.ForEachPage(func(idx uint32, data *[memory.PageSize]byte) {
		j.Pages = append(j.Pages, pageJSON{Index: idx, Data: base64.StdEncoding.EncodeToString(data[:])})
	})
	j.Hash = fmt.Sprintf("%x", s.Hash())
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	return enc.Encode(&j)
}

func readJSON(r io.Reader, oracle PreimageOracle) (*State, error) {
	var j snapshotJSON
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return nil, fmt.Errorf("JSON snapshot: %w", err)
	}
	s := &State{Memory: memory.New(), PreimageOffset: j.PreimageOffset, PC: j.PC, NextPC: j.NextPC,
		LO: j.LO, HI: j.HI, Heap: j.Heap, ExitCode: j.ExitCode, Exited: j.Exited, Step: j.Step,
		Registers: j.Registers, ThreadID: j.ThreadID, NextThreadID: j.NextThreadID, LLReserved: j.LLReserved}
	if err := parseHex32(j.PreimageKey, &s.PreimageKey); err != nil {
		return nil, fmt.Errorf("JSON snapshot: preimageKey: %w", err)
	}
	for _, t := range j.Todo {
		s.Todo.Push(t)
	}
	for _, t := range j.Done {
		s.Done.Push(t)
	}
	for _, rg := range j.Regions {
		var key [32]byte
		if err := parseHex32(rg.Key, &key); err != nil {
			return nil, fmt.Errorf("JSON snapshot: region key: %w", err)
		}
		if err := mapRegion(s.Memory, oracle, rg.Addr, rg.Height, key); err != nil {
			return nil, err
		}
	}
	for _, p := range j.Pages {
		data, err := base64.StdEncoding.DecodeString(p.Data)
		if err != nil || len(data) != memory.PageSize {
			return nil, fmt.Errorf("JSON snapshot: page %#x: not %d bytes of base64", p.Index, memory.PageSize)
		}
		s.Memory.SetPage(p.Index, (*[memory.PageSize]byte)(data))
	}
	var hash [32]byte
	if err := parseHex32(j.Hash, &hash); err != nil {
		return nil, fmt.Errorf("JSON snapshot: hash: %w", err)
	}
	return s, checkHash(s, hash)
}

func parseHex32(s string, out *[32]byte) error {
	s = strings.TrimPrefix(s, "0x")
	var b []byte
	if _, err := fmt.Sscanf(s, "%x", &b); err != nil || len(b) != 32 {
		return fmt.Errorf("%q is not 32 bytes of hex", s)
	}
	copy(out[:], b)
	return nil
}
