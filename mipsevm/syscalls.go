package mipsevm

import (
	"encoding/binary"
	"fmt"
	"math/bits"

	"github.com/axonum/opml/mipsevm/memory"
)

// Linux o32 syscall numbers the VM emulates, and one of its own.
const (
	SysExit           = 4001
	SysRead           = 4003
	SysWrite          = 4004
	SysOpen           = 4005
	SysClose          = 4006
	SysGetpid         = 4020
	SysBrk            = 4045
	SysFcntl          = 4055
	SysMmap           = 4090
	SysMmap2          = 4210 // mmap with the offset in pages: Go's syscall.Mmap
	SysMunmap         = 4091
	SysClone          = 4120
	SysUname          = 4122
	SysMprotect       = 4125
	SysSchedYield     = 4162
	SysNanosleep      = 4166
	SysPrctl          = 4192
	SysRtSigreturn    = 4193
	SysRtSigaction    = 4194
	SysRtSigprocmask  = 4195
	SysPread64        = 4200
	SysSigaltstack    = 4206
	SysMadvise        = 4218
	SysGettid         = 4222
	SysFutex          = 4238
	SysSchedGetaffin  = 4240
	SysExitGroup      = 4246
	SysSetTidAddress  = 4252
	SysClockGettime   = 4263
	SysTgkill         = 4266
	SysOpenat         = 4288
	SysSetRobustList  = 4309
	SysPrlimit64      = 4338
	SysGetrandom      = 4353
	SysClockGettime64 = 4403
	SysFutexTime64    = 4422
	SysEpollCtl       = 4249
	SysEpollWait      = 4250
	SysEpollPwait     = 4313
	SysEventfd2       = 4325
	SysEpollCreate1   = 4326
	SysMapCommitted   = 4900 // map_committed(addr, maxSize): not Linux, the VM's own
	SysCommittedRoot  = 4901 // committed_root(addr, size, out): not Linux, the VM's own
	// SysReadMore is a read that has copied v1 bytes and goes on: the VM
	// sets v0 to it when a read needs more than one step (see readStdin).
	SysReadMore = 4902
	// SysWriteMore is the same for a write to a pipe.
	SysWriteMore       = 4903
	SysDup             = 4041
	SysPipe            = 4042
	SysPipe2           = 4328
	errnoPerm          = 1
	errnoNoent         = 2
	errnoBadf          = 9
	errnoAgain         = 11
	errnoNomem         = 12
	errnoFault         = 14
	errnoInval         = 22
	errnoFbig          = 27
	errnoNosys         = 89
	futexWait          = 0
	futexWake          = 1
	futexWaitBitset    = 9
	futexWakeBitset    = 10
	madvDontneed       = 4
	maxLength          = 0xffff_f000 // the largest page-rounded length
	fcntlGetfd         = 1
	fcntlGetfl         = 3
	maxCommittedHeight = memory.TreeHeight - 1 // at most half the address space
)

// syscall emulates the syscall in v0. Results follow the o32 convention: v0
// is the result or errno, a3 is 1 on error and 0 on success.
func (vm *VM) syscall(pc, insn uint32) error {
	s := vm.state
	r := &s.Registers
	a0, a1, a2 := r[regA0], r[regA1], r[regA2]
	var v0, errno uint32
	yield := false
	switch r[regV0] {
	case SysExit:
		if s.ThreadCount() > 1 { // a thread ends; the process goes on
			s.Step++
			vm.resumeNext()
			return nil
		}
		fallthrough
	case SysExitGroup:
		s.Exited = true
		s.ExitCode = uint8(a0)
		s.Step++
		return nil

	case SysRead, SysReadMore:
		if r[regV0] == SysReadMore && a0 != FdStdin && a0 < FdFirst {
			errno = errnoBadf // only stdin and pipe reads take several steps
			break
		}
		done := uint32(0)
		if r[regV0] == SysReadMore {
			done = r[regV1]
		}
		if a0 >= FdFirst {
			n, e, st := vm.pipeRead(a0, a1, a2, done)
			if st != ioDone {
				return vm.goOn(SysReadMore, n, st)
			}
			v0, errno = n, e
			break
		}
		switch a0 {
		case FdStdin:
			n, more := vm.readStdin(a1, a2, done)
			if more {
				r[regV0], r[regV1] = SysReadMore, n
				s.Step++ // pc stays on the syscall: the next step goes on
				return nil
			}
			v0 = n
		case FdHintRead:
			v0 = a2 // the host acknowledges hints at once
		case FdPreimageRead:
			n, err := vm.readPreimage(a1, a2)
			if err != nil {
				return err
			}
			v0 = n
		case FdEventfd:
			errno = errnoAgain // never signalled
		default:
			errno = errnoBadf
		}

	case SysWrite, SysWriteMore:
		if a0 >= FdFirst {
			done := uint32(0)
			if r[regV0] == SysWriteMore {
				done = r[regV1]
			}
			n, e, st := vm.pipeWrite(a0, a1, a2, done)
			if st != ioDone {
				return vm.goOn(SysWriteMore, n, st)
			}
			v0, errno = n, e
			break
		}
		if r[regV0] == SysWriteMore {
			errno = errnoBadf
			break
		}
		switch a0 {
		case FdStdout:
			vm.mem.WriteTo(vm.stdout, a1, a2)
			v0 = a2
		case FdStderr:
			vm.mem.WriteTo(vm.stderr, a1, a2)
			v0 = a2
		case FdHintWrite:
			vm.writeHint(a1, a2)
			v0 = a2
		case FdPreimageWrite:
			v0 = vm.writePreimageKey(a1, a2)
		case FdEventfd:
			v0 = a2
		default:
			errno = errnoBadf
		}

	case SysMmap, SysMmap2: // the offset does not matter: every mapping is anonymous
		switch {
		case a1 == 0:
			errno = errnoInval
		case a1 > maxLength:
			errno = errnoNomem
		case a0 != 0: // a hint or MAP_FIXED: the range becomes fresh zeros
			rem, e := vm.zeroStep(a0, a1)
			if e == 0 && rem != 0 {
				return vm.restart(rem)
			}
			v0, errno = a0, e
		default:
			size := (a1 + PageSize - 1) &^ (PageSize - 1)
			if size > HeapLimit-s.Heap {
				errno = errnoNomem
			} else { // the bump allocator never hands out memory twice: it is zero
				v0 = s.Heap
				s.Heap += size
			}
		}

	case SysMadvise:
		if a2 == madvDontneed { // Linux zero-fills these pages; Go relies on it
			rem, e := vm.zeroStep(a0, a1)
			if e == 0 && rem != 0 {
				return vm.restart(rem)
			}
			errno = e
		}

	case SysBrk:
		brk, done := vm.brkStep(a0)
		if !done {
			s.Step++ // pc stays on the syscall: the next step goes on
			return nil
		}
		v0 = brk

	case SysClone:
		// Every clone is a thread sharing memory (flags are not consulted).
		// The child starts after the syscall on the stack it was given, with
		// 0 in v0, and runs when the parent next yields.
		child := s.current()
		child.ID = s.NextThreadID
		child.PC, child.NextPC = s.NextPC, s.NextPC+4
		child.Registers[regSP] = a1
		child.Registers[regV0], child.Registers[regA3] = 0, 0
		s.Todo.Push(child)
		v0 = s.NextThreadID
		s.NextThreadID++

	case SysFutex, SysFutexTime64:
		switch a1 & 0x7f { // without FUTEX_PRIVATE_FLAG and FUTEX_CLOCK_REALTIME
		case futexWait, futexWaitBitset:
			yield = true // woken at the thread's next turn
		case futexWake, futexWakeBitset:
			v0 = 0 // waiters re-check when they run
		default:
			errno = errnoNosys
		}

	case SysSchedYield, SysNanosleep:
		yield = true

	// Go's timers sleep in its network poller: epoll exists but never has
	// an event, so a wait with a timeout is a yield.
	case SysEpollCreate1:
		v0 = FdEpoll
	case SysEventfd2:
		v0 = FdEventfd
	case SysEpollCtl:
		errno = vm.epollCtl(a1, a2, r[regA3])
	case SysEpollWait, SysEpollPwait:
		v0, errno = vm.epollWait(a1, a2)
		yield = errno == 0 && v0 == 0 && r[regA3] != 0 // a wait with a timeout and nothing to report

	case SysPipe2, SysPipe:
		if r[regV0] == SysPipe2 && a0&3 != 0 {
			errno = errnoFault
			break
		}
		flags := uint32(0)
		if r[regV0] == SysPipe2 {
			flags = a1
		}
		rfd, wfd, e := vm.pipe2(flags)
		if e != 0 {
			errno = e
			break
		}
		if r[regV0] == SysPipe { // MIPS: the fds in v0 and v1
			r[regV1] = wfd
			v0 = rfd
			break
		}
		vm.store(a0, rfd)
		vm.store(a0+4, wfd)
	case SysDup:
		v0, errno = vm.dupPipeFd(a0, 0, false)

	case SysGetpid:
		v0 = 1
	case SysGettid:
		v0 = s.ThreadID
	case SysSetTidAddress:
		v0 = s.ThreadID

	case SysFcntl:
		switch {
		case a0 >= FdFirst:
			v0, errno = vm.fcntlPipe(a0, a1, a2)
		case a0 > FdEventfd:
			errno = errnoBadf
		case a1 == fcntlGetfl:
			v0 = fdAccessMode(a0)
		case a1 == fcntlGetfd:
			v0 = 0
		default:
			errno = errnoInval
		}

	case SysOpen, SysOpenat:
		errno = errnoNoent // there is no file system

	case SysClose:
		if a0 >= FdFirst {
			errno = vm.closePipeFd(a0)
		}

	case SysPread64:
		errno = errnoBadf

	case SysClockGettime:
		if a1&3 != 0 {
			errno = errnoFault
			break
		}
		sec, nsec := guestTime(s.Step)
		vm.store(a1, uint32(sec))
		vm.store(a1+4, nsec)

	case SysClockGettime64:
		if a1&3 != 0 {
			errno = errnoFault
			break
		}
		sec, nsec := guestTime(s.Step)
		vm.store(a1, uint32(sec>>32))
		vm.store(a1+4, uint32(sec))
		vm.store(a1+8, 0)
		vm.store(a1+12, nsec)

	case SysGetrandom:
		n := min(a1, 4-a0&3)
		if n > 0 {
			word := a0 &^ 3
			shift := (a0 & 3) * 8
			mask := uint32(0xffff_ffff) >> shift &^ (uint32(0xffff_ffff) >> (shift + 8*n))
			old := vm.load(word)
			vm.store(word, old&^mask|randomWord(s.Step)&mask)
		}
		v0 = n

	case SysMapCommitted:
		n, e, err := vm.mapCommitted(a0, a1)
		if err != nil {
			return err
		}
		v0, errno = n, e

	case SysCommittedRoot:
		errno = vm.committedRoot(a0, a1, a2)

	case SysSchedGetaffin, SysUname, SysMunmap, SysMprotect, SysPrctl,
		SysRtSigaction, SysRtSigprocmask, SysRtSigreturn, SysSigaltstack,
		SysTgkill, SysPrlimit64, SysSetRobustList:
		// Accepted and ignored: no signals, no resource limits, nothing
		// written back (sched_getaffinity's 0 bytes mean one CPU).
		v0 = 0

	default:
		errno = errnoNosys
	}
	if errno != 0 {
		r[regV0], r[regA3] = errno, 1
	} else {
		r[regV0], r[regA3] = v0, 0
	}
	vm.next()
	if yield {
		vm.switchThread()
	}
	return nil
}

func fdAccessMode(fd uint32) uint32 {
	switch fd {
	case FdStdout, FdStderr, FdHintWrite, FdPreimageWrite, FdEventfd:
		return 1 // O_WRONLY
	}
	return 0 // O_RDONLY
}

// guestTime is the clock the guest sees before executing the given step.
func guestTime(step uint64) (sec uint64, nsec uint32) {
	ns := step * NanosPerStep
	return ns / 1e9, uint32(ns % 1e9)
}

// randomWord is the getrandom output at a step: splitmix64 of seed + step.
func randomWord(step uint64) uint32 {
	z := RandomSeed + step + 0x9e3779b97f4a7c15
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return uint32(z ^ z>>31)
}

// writePreimageKey shifts up to 4 bytes (to the end of the word at addr)
// into the preimage key, and restarts reading at offset 0.
func (vm *VM) writePreimageKey(addr, count uint32) uint32 {
	s := vm.state
	n := min(count, 4-addr&3)
	word := vm.load(addr &^ 3)
	var b [4]byte
	binary.BigEndian.PutUint32(b[:], word)
	src := b[addr&3 : addr&3+n]
	copy(s.PreimageKey[:], s.PreimageKey[n:])
	copy(s.PreimageKey[32-n:], src)
	s.PreimageOffset = 0
	return n
}

// readPreimage copies up to 4 bytes (to the end of the word at addr) of the
// length-prefixed preimage of the current key, from the current offset.
func (vm *VM) readPreimage(addr, count uint32) (uint32, error) {
	s := vm.state
	if vm.preimage == nil || vm.preimageKey != s.PreimageKey {
		value, err := vm.oracle.GetPreimage(s.PreimageKey)
		if err != nil {
			return 0, fmt.Errorf("preimage oracle: key %x: %w", s.PreimageKey, err)
		}
		buf := make([]byte, 8+len(value))
		binary.BigEndian.PutUint64(buf, uint64(len(value)))
		copy(buf[8:], value)
		vm.preimageKey, vm.preimage = s.PreimageKey, buf
	}
	if vm.proving {
		vm.witness.addPreimage(s.PreimageKey, vm.preimage[8:], s.PreimageOffset)
	}
	off := uint64(s.PreimageOffset)
	if off >= uint64(len(vm.preimage)) {
		return 0, nil
	}
	n := min(count, 4-addr&3, uint32(min(uint64(len(vm.preimage))-off, 4)))
	if n == 0 {
		return 0, nil
	}
	word := addr &^ 3
	var b [4]byte
	binary.BigEndian.PutUint32(b[:], vm.load(word))
	copy(b[addr&3:addr&3+n], vm.preimage[off:])
	vm.store(word, binary.BigEndian.Uint32(b[:]))
	s.PreimageOffset += n
	return n, nil
}

// writeHint collects hint bytes; a hint is a 4-byte big-endian length and
// that many bytes. Hints only inform the host; they are not part of the state.
func (vm *VM) writeHint(addr, count uint32) {
	vm.hint = append(vm.hint, vm.mem.ReadBytes(addr, count)...)
	for len(vm.hint) >= 4 {
		n := binary.BigEndian.Uint32(vm.hint)
		if uint64(len(vm.hint)) < 4+uint64(n) {
			break
		}
		vm.oracle.Hint(vm.hint[4 : 4+n])
		vm.hint = vm.hint[4+n:]
	}
}

// mapCommitted maps the committed data of the current preimage key at addr,
// as the root of the subtree there. maxSize is the room the guest reserved:
// the data's tree must fit it and addr must be aligned to the tree's size.
// It returns the data length, or an errno.
func (vm *VM) mapCommitted(addr, maxSize uint32) (length, errno uint32, err error) {
	s := vm.state
	key := s.PreimageKey
	if KeyType(key[0]) != KeyTypeCommitted {
		return 0, errnoInval, nil
	}
	data, err := vm.oracle.GetCommitted(key)
	if err != nil {
		return 0, 0, fmt.Errorf("preimage oracle: committed data %x: %w", key, err)
	}
	if CommittedKey(data.Root(), data.Len()) != key {
		return 0, 0, fmt.Errorf("preimage oracle: committed data for %x has root %x and length %d, which do not match the key", key, data.Root(), data.Len())
	}
	h := memory.NaturalHeight(data.Len())
	if h != data.Height() {
		return 0, 0, fmt.Errorf("preimage oracle: committed data for %x has tree height %d, want %d", key, data.Height(), h)
	}
	size := uint64(memory.LeafSize) << h
	if h > maxCommittedHeight || size > uint64(maxSize) {
		return 0, errnoFbig, nil
	}
	if uint64(addr)&(size-1) != 0 {
		return 0, errnoInval, nil
	}
	if vm.proving {
		vm.witness.addMemProof(vm.mem, addr, h)
	}
	if err := vm.mem.MapCommitted(addr, key, data); err != nil {
		return 0, 0, err // unreachable: alignment and height were checked
	}
	vm.codeIdx, vm.codePage = ^uint32(0), nil
	return uint32(data.Len()), 0, nil
}

// committedRoot writes at out the root of the memory tree's node covering
// [addr, addr+size): the committed-data root of those bytes. size must be
// 32 << h with h ≤ maxCommittedHeight, addr a multiple of size and out of 32;
// else it returns EINVAL and changes nothing. The root is read before the
// write (out may lie inside the block). Witness: a node proof of height h
// at addr, then the leaf proof of the write.
func (vm *VM) committedRoot(addr, size, out uint32) (errno uint32) {
	if size < memory.LeafSize || size > memory.LeafSize<<maxCommittedHeight || size&(size-1) != 0 ||
		addr&(size-1) != 0 || out&(memory.LeafSize-1) != 0 {
		return errnoInval
	}
	h := bits.TrailingZeros32(size) - memory.LeafShift
	root := vm.readNode(addr, h)
	vm.storeLeaf(out, root)
	return 0
}

// zeroStep zeroes one block of the page-rounded range [addr, addr+length):
// the largest aligned power-of-two block that ends where the range ends. It
// returns the length still to zero (0: done) or an errno. A range is thus
// zeroed in at most 2 × 20 steps, each with one node proof.
func (vm *VM) zeroStep(addr, length uint32) (remaining, errno uint32) {
	if addr&(PageSize-1) != 0 || length > maxLength {
		return 0, errnoInval
	}
	n := uint64(length+PageSize-1) &^ (PageSize - 1)
	end := uint64(addr) + n
	if n == 0 {
		return 0, 0
	}
	if end > 1<<32 {
		return 0, errnoInval
	}
	size := end & -end // the end's alignment
	for size > n {
		size >>= 1
	}
	h := bits.TrailingZeros64(size) - memory.LeafShift
	block := uint32(end - size)
	if vm.proving {
		vm.witness.addMemProof(vm.mem, block, h)
	}
	if err := vm.mem.Zero(block, h); err != nil {
		panic(err) // unreachable: the block is aligned pages by construction
	}
	vm.codeIdx, vm.codePage = ^uint32(0), nil
	return uint32(n - size), 0
}

// readStdin is one step of read(0, buf, count) with done bytes already
// copied by earlier steps: it copies the next bytes of stdin, up to the end
// of the destination's word, and reports the bytes done and whether the
// read goes on (more). A read returns min(count, bytes left) in all, as
// Linux does for a file, in one step per destination word; while it goes
// on, pc stays on the syscall with v0 = SysReadMore and v1 = done (o32
// syscalls clobber v1), so a0..a2 keep their values. A length or offset
// the guest overwrote (length above StdinMaxSize, offset past it) reads
// as end of file. Witness: loads of the length and the offset, of the one
// or two source words, of the destination word, then the stores of the
// destination word (reusing its load's proof) and of the offset.
func (vm *VM) readStdin(buf, count, done uint32) (n uint32, more bool) {
	length, off := vm.load(StdinLenWord), vm.load(StdinOffWord)
	if uint64(length) > StdinMaxSize || off >= length {
		return done, false
	}
	total := min(count-done, length-off) // what is left to copy
	if total == 0 {
		return done, false
	}
	dst := buf + done
	k := min(total, 4-dst&3)
	vm.copyBytes(StdinBase+off, dst, k)
	vm.store(StdinOffWord, off+k)
	return done + k, k < total
}

// copyBytes copies k bytes (1 to 4, to the end of the destination's word)
// from src to dst: loads of the one or two source words and of the
// destination word, then its store.
func (vm *VM) copyBytes(src, dst, k uint32) {
	var b [8]byte
	binary.BigEndian.PutUint32(b[:4], vm.load(src&^3))
	if src&3+k > 4 {
		binary.BigEndian.PutUint32(b[4:], vm.load(src&^3+4))
	}
	var d [4]byte
	binary.BigEndian.PutUint32(d[:], vm.load(dst&^3))
	copy(d[dst&3:dst&3+k], b[src&3:src&3+k])
	vm.store(dst&^3, binary.BigEndian.Uint32(d[:]))
}

// brkStep moves the program break towards want, one step's worth. The break
// is ProgramBreak plus the word at BrkWord (taken as ProgramBreak when the
// guest has overwritten it with something out of range). Linux semantics:
// brk(x) outside [ProgramBreak, BrkLimit] (brk(0) included)
// changes nothing and returns the break; shrinking sets it at once; growing
// gives zeroed memory. The bytes [break, want) are zeroed from the bottom,
// one block per step: the rest of the leaf the break is in, or the largest
// aligned power-of-two block at the break that stays below want rounded up
// to a leaf (bytes past want in its last leaf are zeroed too: they are above
// the break). Each such step stores the new break; until it reaches want pc
// stays on the syscall, as Linux restarts an interrupted syscall, with a0
// still holding want. done reports the last step, whose result is brk.
// Witness: the break's load proof, the zeroed block's proof (or the leaf's
// two), the break's store proof.
func (vm *VM) brkStep(want uint32) (brk uint32, done bool) {
	cur := ProgramBreak + vm.load(BrkWord)
	if cur < ProgramBreak || cur > BrkLimit {
		cur = ProgramBreak // a break the guest overwrote
	}
	if want < ProgramBreak || want > BrkLimit {
		return cur, true
	}
	if want <= cur {
		vm.store(BrkWord, want-ProgramBreak)
		return want, true
	}
	var next uint32
	if cur&(memory.LeafSize-1) != 0 { // the rest of the break's leaf
		addr := cur &^ (memory.LeafSize - 1)
		leaf := vm.readNode(addr, 0)
		clear(leaf[cur-addr:])
		vm.storeLeaf(addr, leaf)
		next = addr + memory.LeafSize
	} else {
		end := (want + memory.LeafSize - 1) &^ (memory.LeafSize - 1)
		size := cur & -cur // the break's alignment; cur >= ProgramBreak, so not 0
		for size > end-cur {
			size >>= 1
		}
		vm.zeroBlock(cur, bits.TrailingZeros32(size)-memory.LeafShift)
		next = cur + size
	}
	if next >= want {
		vm.store(BrkWord, want-ProgramBreak)
		return want, true
	}
	vm.store(BrkWord, next-ProgramBreak)
	return next, false
}

// zeroBlock zeroes the aligned block of height h at addr (witness: its node
// proof; on chain the node becomes the zero hash of its height).
func (vm *VM) zeroBlock(addr uint32, h int) {
	if vm.proving {
		vm.witness.addMemProof(vm.mem, addr, h)
	}
	if h < memory.PageHeight {
		vm.mem.SetBytes(addr, make([]byte, memory.LeafSize<<h))
		return
	}
	if err := vm.mem.Zero(addr, h); err != nil {
		panic(err) // unreachable: callers pass aligned blocks
	}
	vm.codeIdx, vm.codePage = ^uint32(0), nil
}

// goOn ends a step of a read or write that goes on (st ioMore) or waits
// (ioBlock: the thread yields): pc stays on the syscall, v0 becomes the
// continuing syscall's number and v1 the bytes done.
func (vm *VM) goOn(num, done uint32, st int) error {
	s := vm.state
	s.Registers[regV0], s.Registers[regV1] = num, done
	s.Step++
	if st == ioBlock {
		vm.switchThread()
	}
	return nil
}

// restart ends a step in the middle of a syscall that takes several steps:
// a1 holds the length still to do and pc stays on the syscall, so the next
// step continues it (as Linux restarts an interrupted syscall).
func (vm *VM) restart(remaining uint32) error {
	s := vm.state
	s.Registers[regA1] = remaining
	s.Step++
	return nil
}
