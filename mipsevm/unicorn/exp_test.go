package unicorn

import (
	"encoding/binary"
	"testing"
	"time"

	uc "github.com/unicorn-engine/unicorn/bindings/go/unicorn"
)

func words(ws ...uint32) []byte {
	b := make([]byte, 4*len(ws))
	for i, w := range ws {
		binary.BigEndian.PutUint32(b[4*i:], w)
	}
	return b
}

func TestExpKseg(t *testing.T) {
	mu, err := uc.NewUnicorn(uc.ARCH_MIPS, uc.MODE_MIPS32|uc.MODE_BIG_ENDIAN)
	if err != nil {
		t.Fatal(err)
	}
	mu.MemMap(0x10000, 0x1000)
	mu.MemMap(0x1000, 0x1000)
	mu.MemMap(0x80001000, 0x1000)
	mu.MemMap(0xc0001000, 0x1000)
	mu.MemWrite(0x1000, words(0x11111111))
	mu.MemWrite(0x80001000, words(0x22222222))
	mu.MemWrite(0xc0001000, words(0x33333333))
	// lui t0,0x8000 ; lw t1,0x1000(t0); lui t0,0xc000; lw t2,0x1000(t0); nop
	mu.MemWrite(0x10000, words(0x3c088000, 0x8d091000, 0x3c08c000, 0x8d0a1000, 0))
	err = mu.Start(0x10000, 0x10010)
	t1, _ := mu.RegRead(uc.MIPS_REG_T1)
	t2, _ := mu.RegRead(uc.MIPS_REG_T2)
	st, _ := mu.RegRead(uc.MIPS_REG_CP0_STATUS)
	t.Logf("err %v t1 %x t2 %x status %x", err, t1, t2, st)
}

func TestExpSpeed(t *testing.T) {
	for _, hook := range []bool{false, true} {
		mu, _ := uc.NewUnicorn(uc.ARCH_MIPS, uc.MODE_MIPS32|uc.MODE_BIG_ENDIAN)
		mu.MemMap(0x10000, 0x1000)
		// li t0, 50M ; loop: addiu t0,t0,-1; addu t1,t1,t0; bne t0,zero,loop; xor t2,t2,t1 ; nop
		mu.MemWrite(0x10000, words(0x3c0802fa, 0x3508f080, 0x2508ffff, 0x01284821, 0x1500fffd, 0x01495026, 0))
		var opts uc.UcOptions
		if hook {
			opts.Count = 1 << 40
		}
		start := time.Now()
		err := mu.StartWithOptions(0x10000, 0x10018, &opts)
		el := time.Since(start)
		t.Logf("hook %v err %v: %.0f M insn/s", hook, err, 4*50e6/el.Seconds()/1e6)
	}
}
