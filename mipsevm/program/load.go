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
// "random" bytes (Go's runtime seeds itself from AT_RANDOM).
func setupStack(s *mipsevm.State, args, env []string) error {
	var strs []byte
	strBase := mipsevm.StackTop - 0x1000
	var argv, envp []uint32
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
	if len(strs) > 0x1000 {
		return fmt.Errorf("arguments and environment too long: %d bytes", len(strs))
	}
	s.Memory.SetBytes(strBase, strs)

	words := []uint32{uint32(len(args))}
	words = append(words, argv...)
	words = append(words, 0) // end of argv
	words = append(words, envp...)
	words = append(words, 0) // end of envp
	words = append(words, atPagesz, mipsevm.PageSize, atRandom, random, atNull, 0)
	sp := strBase - 0x1000
	for i, w := range words {
		s.Memory.SetWord(sp+uint32(4*i), w)
	}
	s.Registers[29] = sp
	return nil
}
