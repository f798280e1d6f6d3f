// Package program turns a static big-endian MIPS32 ELF executable into the
// VM's initial state: segments in memory, a Linux-style initial stack
// (argc, argv, envp, auxv) and registers at the entry point.
package program

import (
	"bytes"
	"debug/elf"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/axonum/opml/mipsevm"
)

// MaxSegmentSize bounds one segment's size in memory; anything larger is
// taken for a malformed file rather than allocated.
const MaxSegmentSize = 256 << 20

// LoadFile reads and loads the ELF executable at path.
func LoadFile(path string, args ...string) (*mipsevm.State, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load elf: %w", err)
	}
	s, err := Load(data, args...)
	if err != nil {
		return nil, fmt.Errorf("load elf %s: %w", path, err)
	}
	return s, nil
}

// LoadProcessFile reads the ELF executable at path and loads it as a
// process (LoadProcess).
func LoadProcessFile(path string, p Process) (*mipsevm.State, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load elf: %w", err)
	}
	s, err := LoadProcess(data, p)
	if err != nil {
		return nil, fmt.Errorf("load elf %s: %w", path, err)
	}
	return s, nil
}

type segment struct {
	vaddr, memsz uint64
	data         []byte
}

// Load builds the initial state from an ELF image. args become the guest's
// argv (default: a single "guest"); the environment is empty.
func Load(image []byte, args ...string) (*mipsevm.State, error) {
	return LoadWithEnv(image, args, nil)
}

// LoadWithEnv is Load with an environment ("KEY=value" strings), for
// example GODEBUG for a Go guest.
func LoadWithEnv(image []byte, args, env []string) (*mipsevm.State, error) {
	return LoadProcess(image, Process{Args: args, Env: env})
}

// Process is what a process starts with besides its executable: all of it
// is in the initial state, so the state hash commits to it.
type Process struct {
	Args  []string // argv (default: a single "guest")
	Env   []string // the environment, "KEY=value" strings
	Stdin []byte   // standard input, read through fd 0 (default: empty)
}

// MaxArgsSize bounds argv and the environment together (strings and
// pointers), as Linux bounds them by a quarter of the stack limit.
const MaxArgsSize = 1 << 20

// LoadProcess builds the initial state from an ELF image and a process's
// arguments, environment and stdin. With no arguments, environment or
// stdin it is the state Load gives.
func LoadProcess(image []byte, p Process) (*mipsevm.State, error) {
	args, env := p.Args, p.Env
	if uint64(len(p.Stdin)) > mipsevm.StdinMaxSize {
		return nil, fmt.Errorf("stdin is %d bytes, more than the %d the VM holds", len(p.Stdin), mipsevm.StdinMaxSize)
	}
	// The identification bytes first: debug/elf would misread the rest.
	if len(image) >= 6 && string(image[:4]) == elf.ELFMAG {
		if elf.Class(image[elf.EI_CLASS]) == elf.ELFCLASS64 {
			return nil, fmt.Errorf("64-bit executable; the VM runs 32-bit MIPS")
		}
		if elf.Data(image[elf.EI_DATA]) == elf.ELFDATA2LSB {
			return nil, fmt.Errorf("little-endian executable; the VM is big-endian (mips, not mipsel)")
		}
	}
	f, err := elf.NewFile(bytes.NewReader(image))
	if err != nil {
		return nil, fmt.Errorf("not a readable ELF file: %w", err)
	}
	defer f.Close()
	if err := checkHeader(f); err != nil {
		return nil, err
	}
	var segs []segment
	for i, p := range f.Progs {
		switch p.Type {
		case elf.PT_INTERP, elf.PT_DYNAMIC:
			return nil, fmt.Errorf("dynamically linked executable (has %s); build with -static", p.Type)
		case elf.PT_LOAD:
		default:
			continue
		}
		if p.Filesz > p.Memsz {
			return nil, fmt.Errorf("segment %d: file size %#x exceeds memory size %#x", i, p.Filesz, p.Memsz)
		}
		if p.Memsz > MaxSegmentSize {
			return nil, fmt.Errorf("segment %d: %#x bytes is larger than the %#x-byte limit", i, p.Memsz, MaxSegmentSize)
		}
		if p.Vaddr < uint64(mipsevm.CodeStart) {
			return nil, fmt.Errorf("segment %d starts at %#x, below %#x where nothing may be mapped", i, p.Vaddr, mipsevm.CodeStart)
		}
		if p.Vaddr+p.Memsz > uint64(mipsevm.HeapStart) {
			return nil, fmt.Errorf("segment %d [%#x, %#x) reaches past %#x, where the heap starts", i, p.Vaddr, p.Vaddr+p.Memsz, mipsevm.HeapStart)
		}
		if p.Off+p.Filesz > uint64(len(image)) || p.Off+p.Filesz < p.Off {
			return nil, fmt.Errorf("segment %d: file range [%#x, %#x) is outside the %d-byte file (truncated?)", i, p.Off, p.Off+p.Filesz, len(image))
		}
		data := make([]byte, p.Filesz)
		if _, err := io.ReadFull(p.Open(), data); err != nil {
			return nil, fmt.Errorf("segment %d: read: %w", i, err)
		}
		segs = append(segs, segment{vaddr: p.Vaddr, memsz: p.Memsz, data: data})
	}
	if len(segs) == 0 {
		return nil, fmt.Errorf("no loadable segments")
	}
	sort.Slice(segs, func(i, j int) bool { return segs[i].vaddr < segs[j].vaddr })
	for i := 1; i < len(segs); i++ {
		if prev := segs[i-1]; prev.vaddr+prev.memsz > segs[i].vaddr {
			return nil, fmt.Errorf("segments overlap: [%#x, %#x) and [%#x, %#x)", prev.vaddr, prev.vaddr+prev.memsz, segs[i].vaddr, segs[i].vaddr+segs[i].memsz)
		}
	}
	entry := f.Entry
	inside := false
	for _, sg := range segs {
		if entry >= sg.vaddr && entry < sg.vaddr+sg.memsz {
			inside = true
		}
	}
	if !inside || entry&3 != 0 {
		return nil, fmt.Errorf("entry point %#x is not an aligned address inside a loaded segment", entry)
	}

	s := mipsevm.NewState(uint32(entry))
	for _, sg := range segs {
		// Bytes past the file size are zero, which memory already is.
		s.Memory.SetBytes(uint32(sg.vaddr), sg.data)
	}
	if len(args) == 0 {
		args = []string{"guest"}
	}
	if err := setupStack(s, args, env); err != nil {
		return nil, err
	}
	if len(p.Stdin) > 0 { // in the kernel area, where fd 0's reads take it from
		s.Memory.SetBytes(mipsevm.StdinBase, p.Stdin)
		s.Memory.SetWord(mipsevm.StdinLenWord, uint32(len(p.Stdin)))
	}
	return s, nil
}

func checkHeader(f *elf.File) error {
	switch {
	case f.Class != elf.ELFCLASS32:
		return fmt.Errorf("%s executable; the VM runs 32-bit MIPS", f.Class)
	case f.Data != elf.ELFDATA2MSB:
		return fmt.Errorf("%s executable; the VM is big-endian (mips, not mipsel)", f.Data)
	case f.Machine != elf.EM_MIPS:
		return fmt.Errorf("machine %s; the VM runs MIPS (EM_MIPS)", f.Machine)
	case f.Type == elf.ET_DYN:
		return fmt.Errorf("position-independent or shared object (ET_DYN); build a static executable")
	case f.Type != elf.ET_EXEC:
		return fmt.Errorf("ELF type %s is not an executable", f.Type)
	}
	return nil
}

// Auxiliary vector tags the guest may read.
const (
	atNull   = 0
	atPagesz = 6
	atRandom = 25
)

// setupStack writes the Linux initial process stack: argc, argv pointers,
// the environment, and an auxv with the page size and 16 fixed
// "random" bytes (Go's runtime seeds itself from AT_RANDOM). The strings
// (argv's, then the environment's, then the random bytes) sit in the page
// below StackTop, or in as many pages as they need; the words (argc, argv,
// envp, auxv) start at sp, a page or more further down, 4 KiB aligned.
func setupStack(s *mipsevm.State, args, env []string) error {
	var strs []byte
	var argv, envp []uint32
	strSize := 16 // the random bytes
	for _, a := range append(append([]string(nil), args...), env...) {
		strSize += len(a) + 1
	}
	if size := strSize + 4*(len(args)+len(env)); size > MaxArgsSize {
		return fmt.Errorf("arguments and environment too long: %d bytes with their pointers, more than %d", size, MaxArgsSize)
	}
	strBase := mipsevm.StackTop - max(0x1000, alignPage(uint32(strSize)))
	for _, a := range args {
		argv = append(argv, strBase+uint32(len(strs)))
		strs = append(strs, a...)
		strs = append(strs, 0)
	}
	for _, e := range env {
		envp = append(envp, strBase+uint32(len(strs)))
		strs = append(strs, e...)
		strs = append(strs, 0)
	}
	random := strBase + uint32(len(strs))
	for i := 0; i < 16; i++ {
		strs = append(strs, byte(0xa0+i))
	}
	s.Memory.SetBytes(strBase, strs)

	words := []uint32{uint32(len(args))}
	words = append(words, argv...)
	words = append(words, 0) // end of argv
	words = append(words, envp...)
	words = append(words, 0) // end of envp
	words = append(words, atPagesz, mipsevm.PageSize, atRandom, random, atNull, 0)
	sp := strBase - max(0x1000, alignPage(uint32(4*len(words))))
	for i, w := range words {
		s.Memory.SetWord(sp+uint32(4*i), w)
	}
	s.Registers[29] = sp
	return nil
}

func alignPage(n uint32) uint32 { return (n + mipsevm.PageSize - 1) &^ (mipsevm.PageSize - 1) }
