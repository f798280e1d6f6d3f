package contracts_test

import (
	"math/rand/v2"
	"testing"

	"github.com/axonum/opml/mipsevm"
)

// Linux's numbers for the calls below (MIPS).
const (
	oNonblock    = 0x80
	oCloexec     = 0x80000
	epollCtlAdd  = 1
	epollCtlDel  = 2
	epollCtlMod  = 3
	fcntlDupfdCx = 1030
)

// pipeCall runs one syscall to its end (its restarted steps included),
// every step checked on chain. A call that would wait (a blocking read of
// an empty pipe, a blocking write to a full one, with no other thread)
// is abandoned after its first waiting step: the harness moves pc on.
func pipeCall(t *testing.T, c *chain, s *mipsevm.State, vmach *mipsevm.VM, num, a0, a1, a2, a3 uint32) (v0, a3out uint32) {
	t.Helper()
	s.PC, s.NextPC = codeAddr, codeAddr+4
	s.Registers[2], s.Registers[4], s.Registers[5], s.Registers[6], s.Registers[7] = num, a0, a1, a2, a3
	for i := 0; s.PC == codeAddr; i++ {
		before := s.Registers[3]
		c.checkStep(t, vmach)
		if s.PC == codeAddr && (s.Registers[2] == mipsevm.SysReadMore || s.Registers[2] == mipsevm.SysWriteMore) && s.Registers[3] == before && i > 0 {
			return ^uint32(0), ^uint32(0) // waiting
		}
		if i > 100_000 {
			t.Fatalf("syscall %d did not end", num)
		}
	}
	return s.Registers[2], s.Registers[7]
}

// TestPipesOnChain: random sequences of pipe2, pipe, write, read, close,
// dup, fcntl, epoll_ctl and epoll_pwait on pipes (buffers at every
// alignment, rings near their wrap and near 2^32 counts, full pipes,
// closed ends, bad fds), every step checked on chain against the Go VM.
func TestPipesOnChain(t *testing.T) {
	c := newChain(t)
	for seed := uint64(1); seed <= 6; seed++ {
		rng := rand.New(rand.NewPCG(seed, 9))
		s, vmach := newVM(nil, syscallInsn, addiuT0)
		data := make([]byte, 512)
		for i := range data {
			data[i] = byte(rng.Uint32())
		}
		s.Memory.SetBytes(0x5000, data)
		var fds []uint32
		pickFd := func() uint32 {
			if len(fds) == 0 || rng.IntN(10) == 0 {
				return []uint32{9, 10, 200, 255, 256, 3}[rng.IntN(6)]
			}
			return fds[rng.IntN(len(fds))]
		}
		calls := 0
		for calls < 120 {
			calls++
			switch op := rng.IntN(12); op {
			case 0, 1:
				flags := []uint32{0, oNonblock, oCloexec, oNonblock | oCloexec, 0x1}[rng.IntN(5)]
				if rng.IntN(4) == 0 {
					v0, e := pipeCall(t, c, s, vmach, mipsevm.SysPipe, 0, 0, 0, 0)
					if e == 0 {
						fds = append(fds, v0, s.Registers[3])
					}
					continue
				}
				if _, e := pipeCall(t, c, s, vmach, mipsevm.SysPipe2, 0x6000+4*rng.Uint32N(3), flags, 0, 0); e == 0 {
					fds = append(fds, s.Memory.GetWord(0x6000), s.Memory.GetWord(0x6004))
				}
				if rng.IntN(3) == 0 { // the new pipe's counts near a wrap
					p := rng.Uint32N(4)
					base := []uint32{65530, 0xffff_fffa}[rng.IntN(2)]
					rec := mipsevm.PipeSlots + 32*p
					if s.Memory.GetWord(rec+4) == 0 {
						s.Memory.SetWord(rec, base)
						s.Memory.SetWord(rec+4, base)
					}
				}
			case 2, 3, 4:
				pipeCall(t, c, s, vmach, mipsevm.SysWrite, pickFd(), 0x5000+rng.Uint32N(16), rng.Uint32N(120), 0)
			case 5, 6:
				pipeCall(t, c, s, vmach, mipsevm.SysRead, pickFd(), 0x7000+rng.Uint32N(16), rng.Uint32N(120), 0)
			case 7:
				pipeCall(t, c, s, vmach, mipsevm.SysClose, pickFd(), 0, 0, 0)
			case 8:
				if rng.IntN(2) == 0 {
					if v0, e := pipeCall(t, c, s, vmach, mipsevm.SysDup, pickFd(), 0, 0, 0); e == 0 {
						fds = append(fds, v0)
					}
				} else if v0, e := pipeCall(t, c, s, vmach, mipsevm.SysFcntl, pickFd(), fcntlDupfdCx, rng.Uint32N(40), 0); e == 0 {
					fds = append(fds, v0)
				}
			case 9:
				cmd := []uint32{1, 2, 3, 4, 99}[rng.IntN(5)]
				pipeCall(t, c, s, vmach, mipsevm.SysFcntl, pickFd(), cmd, []uint32{0, 1, oNonblock, 0xffff_ffff}[rng.IntN(4)], 0)
			case 10:
				s.Memory.SetWord(0x6100, []uint32{1, 4, 1 | 4 | 0x2000 | 1<<31, 0}[rng.IntN(4)])
				s.Memory.SetWord(0x6108, rng.Uint32())
				s.Memory.SetWord(0x610c, rng.Uint32())
				op := []uint32{epollCtlAdd, epollCtlAdd, epollCtlMod, epollCtlDel, 7}[rng.IntN(5)]
				pipeCall(t, c, s, vmach, mipsevm.SysEpollCtl, mipsevm.FdEpoll, op, pickFd(), []uint32{0x6100, 0x6102}[rng.IntN(2)])
			default:
				pipeCall(t, c, s, vmach, mipsevm.SysEpollPwait, mipsevm.FdEpoll, 0x6200+[]uint32{0, 0, 2}[rng.IntN(3)], []uint32{128, 1, 0}[rng.IntN(3)], rng.Uint32N(2))
			}
		}
		// Fill a non-blocking pipe: a short write, then EAGAIN; drain it a
		// little, room again (EPOLLOUT reported).
		if _, e := pipeCall(t, c, s, vmach, mipsevm.SysPipe2, 0x6000, oNonblock, 0, 0); e != 0 {
			continue
		}
		r, w := s.Memory.GetWord(0x6000), s.Memory.GetWord(0x6004)
		s.Memory.SetWord(0x6100, 1|4|1<<31)
		pipeCall(t, c, s, vmach, mipsevm.SysEpollCtl, mipsevm.FdEpoll, epollCtlAdd, w, 0x6100)
		if seed == 1 {
			n, e := pipeCall(t, c, s, vmach, mipsevm.SysWrite, w, 0x10000, 70000, 0)
			if e != 0 || n != mipsevm.PipeSize {
				t.Fatalf("write to an empty pipe: %d (a3 %d), want %d", n, e, mipsevm.PipeSize)
			}
			if v, e := pipeCall(t, c, s, vmach, mipsevm.SysWrite, w, 0x10000, 10, 0); e != 1 || v != 11 {
				t.Fatalf("write to a full non-blocking pipe: v0 %d a3 %d, want EAGAIN", v, e)
			}
			pipeCall(t, c, s, vmach, mipsevm.SysRead, r, 0x7001, 7, 0)
			pipeCall(t, c, s, vmach, mipsevm.SysEpollPwait, mipsevm.FdEpoll, 0x6200, 128, 0)
			pipeCall(t, c, s, vmach, mipsevm.SysClose, r, 0, 0, 0)
			if v, e := pipeCall(t, c, s, vmach, mipsevm.SysWrite, w, 0x10000, 10, 0); e != 1 || v != 32 {
				t.Fatalf("write with no reader: v0 %d a3 %d, want EPIPE", v, e)
			}
		}
	}
}
