package program

import (
	"bytes"
	"encoding/binary"
	"strings"
	"testing"

	"github.com/axonum/opml/mipsevm"
)

type phdr struct{ typ, off, vaddr, filesz, memsz, flags uint32 }

// buildELF writes a minimal static big-endian MIPS32 executable by hand:
// an ELF header, program headers, and the code. Tests corrupt it.
func buildELF(code []uint32, extra ...phdr) []byte {
	const base = 0x400000
	nph := 1 + len(extra)
	codeOff := uint32(52 + 32*nph)
	var b bytes.Buffer
	be := binary.BigEndian
	b.Write([]byte{0x7f, 'E', 'L', 'F', 1, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0})
	binary.Write(&b, be, []uint16{2, 8})                             // ET_EXEC, EM_MIPS
	binary.Write(&b, be, []uint32{1, base + codeOff, 52, 0, 0x1000}) // version, entry, phoff, shoff, flags
	binary.Write(&b, be, []uint16{52, 32, uint16(nph), 40, 0, 0})
	size := codeOff + uint32(4*len(code))
	binary.Write(&b, be, []uint32{1, 0, base, base, size, size, 5, 0x1000})
	for _, p := range extra {
		binary.Write(&b, be, []uint32{p.typ, p.off, p.vaddr, p.vaddr, p.filesz, p.memsz, p.flags, 0x1000})
	}
	for _, w := range code {
		binary.Write(&b, be, w)
	}
	return b.Bytes()
}

// li v0, 4246; li a0, 7; syscall
var exit7 = []uint32{0x24021096, 0x24040007, 0x0000000c}

func TestLoadRunsMinimalELF(t *testing.T) {
	s, err := Load(buildELF(exit7))
	if err != nil {
		t.Fatal(err)
	}
	vm := mipsevm.NewVM(s, nil, nil, nil)
	if err := vm.Run(100); err != nil {
		t.Fatal(err)
	}
	if !s.Exited || s.ExitCode != 7 || s.Step != 3 {
		t.Fatalf("exited %v code %d after %d steps", s.Exited, s.ExitCode, s.Step)
	}
	// argc, argv[0] = "guest", NULL, NULL envp, then auxv
	sp := s.Registers[29]
	if s.Memory.GetWord(sp) != 1 || string(s.Memory.ReadBytes(s.Memory.GetWord(sp+4), 6)) != "guest\x00" {
		t.Fatal("initial stack does not hold argc = 1 and argv[0] = \"guest\"")
	}
}

func TestLoadRejectsMalformed(t *testing.T) {
	good := buildELF(exit7)
	patch := func(off int, val ...byte) []byte {
		b := bytes.Clone(good)
		copy(b[off:], val)
		return b
	}
	u32 := func(v uint32) []byte { return binary.BigEndian.AppendUint32(nil, v) }
	cases := []struct {
		name  string
		image []byte
		want  string
	}{
		{"empty", nil, "not a readable ELF"},
		{"bad magic", patch(0, 'X'), "not a readable ELF"},
		{"64-bit", patch(4, 2), "64-bit"},
		{"little-endian", patch(5, 1), "big-endian"},
		{"wrong machine", patch(18, 0, 3), "machine"},
		{"shared object", patch(16, 0, 3), "ET_DYN"},
		{"relocatable", patch(16, 0, 1), "not an executable"},
		{"truncated", good[:len(good)-8], "outside the"},
		{"truncated header", good[:40], "not a readable ELF"},
		{"filesz > memsz", patch(52+20, u32(1)...), "exceeds memory size"},
		{"huge segment", patch(52+20, u32(0x7000_0000)...), "limit"},
		{"segment into the heap", buildELF(exit7, phdr{typ: 1, vaddr: 0x1fff_ff00, memsz: 0x200}), "heap"},
		{"entry outside", patch(24, u32(0x10)...), "entry point"},
		{"dynamic", buildELF(exit7, phdr{typ: 3}), "dynamically linked"},
		{"overlapping", buildELF(exit7, phdr{typ: 1, vaddr: 0x400010, memsz: 0x100}), "overlap"},
		{"no code", buildELF(nil, phdr{typ: 4}), "entry point"},
	}
	for _, c := range cases {
		_, err := Load(c.image)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one mentioning %q", c.name, err, c.want)
		}
	}
}

func FuzzLoad(f *testing.F) {
	f.Add(buildELF(exit7))
	f.Fuzz(func(t *testing.T, image []byte) {
		s, err := Load(image)
		if err == nil {
			mipsevm.NewVM(s, nil, nil, nil).Run(1000)
		}
	})
}
