package mipsevm

// Pipes, the fd table and epoll readiness, kept in the kernel area (see
// layout.go) so that every step that uses them is proven with ordinary
// memory proofs. Records are 32-byte leaves, read with readNode and written
// with storeLeaf; a 256-bit leaf is a bitmap whose bit i is byte i/8's bit
// 7 - i%8. MIPS.sol mirrors this file function by function.

// Fd slot fields (byte offsets in the slot's leaf) and flag bits.
const (
	slotFlags   = 0  // kind | slotNonblock | slotCloexec | slotEpoll
	slotPipe    = 4  // the pipe's id
	slotEvents  = 8  // the epoll events asked for
	slotPending = 12 // epoll events that happened and were not reported
	slotData    = 16 // the epoll data, 8 bytes

	kindMask     = 3
	kindReadEnd  = 1
	kindWriteEnd = 2
	slotNonblock = 0x80 // = O_NONBLOCK on MIPS, as F_GETFL reports it
	slotCloexec  = 0x100
	slotEpoll    = 0x200 // registered with epoll
)

// Pipe record fields.
const (
	pipeReadCount  = 0  // bytes read since the pipe was made (mod 2^32)
	pipeWriteCount = 4  // bytes written
	pipeReaders    = 8  // open fds of the read end
	pipeWriters    = 12 // open fds of the write end
	pipeReadEpoll  = 16 // 1 + the read end's fd registered with epoll, or 0
	pipeWriteEpoll = 20 // 1 + the write end's fd registered with epoll, or 0
)

// Linux (MIPS) flags and epoll constants.
const (
	oNonblock     = 0x80
	oCloexec      = 0x80000
	fdCloexec     = 1
	fcntlDupfd    = 0
	fcntlSetfd    = 2
	fcntlSetfl    = 4
	fcntlDupfdCx  = 1030
	epollCtlAdd   = 1
	epollCtlDel   = 2
	epollCtlMod   = 3
	epollIn       = 0x1
	epollOut      = 0x4
	epollErr      = 0x8
	epollHup      = 0x10
	errnoExist    = 17
	errnoNfile    = 23
	errnoMfile    = 24
	errnoPipe     = 32
	ioDone        = 0 // the syscall returns
	ioMore        = 1 // it copied and goes on: pc stays, v1 = bytes done
	ioBlock       = 2 // it must wait: pc stays, the thread yields
	maxBitmapBits = 256
)

func fdSlot(fd uint32) uint32  { return FdSlots + fd*32 }
func pipeSlot(p uint32) uint32 { return PipeSlots + p*32 }
func pipeBuf(p uint32) uint32  { return PipeBufs + p*PipeSize }

func leafU32(l *[32]byte, off int) uint32 {
	return uint32(l[off])<<24 | uint32(l[off+1])<<16 | uint32(l[off+2])<<8 | uint32(l[off+3])
}

func setLeafU32(l *[32]byte, off int, v uint32) {
	l[off], l[off+1], l[off+2], l[off+3] = byte(v>>24), byte(v>>16), byte(v>>8), byte(v)
}

func leafBit(l *[32]byte, i uint32) bool { return l[i/8]&(0x80>>(i%8)) != 0 }

func setLeafBit(l *[32]byte, i uint32, on bool) {
	if on {
		l[i/8] |= 0x80 >> (i % 8)
	} else {
		l[i/8] &^= 0x80 >> (i % 8)
	}
}

// lowestClear is the lowest clear bit in [from, limit), or limit.
func lowestClear(l *[32]byte, from, limit uint32) uint32 {
	for i := from; i < limit; i++ {
		if !leafBit(l, i) {
			return i
		}
	}
	return limit
}

// lowestSet is the lowest set bit, or maxBitmapBits.
func lowestSet(l *[32]byte) uint32 {
	for i := uint32(0); i < maxBitmapBits; i++ {
		if leafBit(l, i) {
			return i
		}
	}
	return maxBitmapBits
}

// setBitmap sets or clears bit i of the bitmap leaf at addr (i < 256).
func (vm *VM) setBitmap(addr, i uint32, on bool) {
	l := vm.readNode(addr, 0)
	setLeafBit(&l, i, on)
	vm.storeLeaf(addr, l)
}

// pipeFdSlot reads fd's slot; ok is false for an fd that is not an open
// pipe end (0..FdFirst-1 are the VM's fixed fds, handled elsewhere).
func (vm *VM) pipeFdSlot(fd uint32) (slot [32]byte, ok bool) {
	if fd < FdFirst || fd >= MaxFds {
		return slot, false
	}
	slot = vm.readNode(fdSlot(fd), 0)
	return slot, leafU32(&slot, slotFlags)&kindMask != 0
}

// pipeEnd is fd's slot's flags and pipe id (zero for an fd that is not a
// pipe end, whose kind is then 0).
func (vm *VM) pipeEnd(fd uint32) (flags, p uint32) {
	slot, _ := vm.pipeFdSlot(fd)
	return leafU32(&slot, slotFlags), leafU32(&slot, slotPipe)
}

// pipe2 makes a pipe: the lowest free pipe id, the two lowest free fds
// (read end, write end), flags O_NONBLOCK and O_CLOEXEC on both.
func (vm *VM) pipe2(flags uint32) (rfd, wfd, errno uint32) {
	if flags&^(oNonblock|oCloexec) != 0 {
		return 0, 0, errnoInval
	}
	fds := vm.readNode(FdBitmap, 0)
	rfd = lowestClear(&fds, FdFirst, MaxFds)
	if rfd == MaxFds {
		return 0, 0, errnoMfile
	}
	setLeafBit(&fds, rfd, true)
	wfd = lowestClear(&fds, FdFirst, MaxFds)
	if wfd == MaxFds {
		return 0, 0, errnoMfile
	}
	setLeafBit(&fds, wfd, true)
	pipes := vm.readNode(PipeBitmap, 0)
	p := lowestClear(&pipes, 0, MaxPipes)
	if p == MaxPipes {
		return 0, 0, errnoNfile
	}
	setLeafBit(&pipes, p, true)
	vm.storeLeaf(FdBitmap, fds)
	vm.storeLeaf(PipeBitmap, pipes)
	var rec [32]byte
	setLeafU32(&rec, pipeReaders, 1)
	setLeafU32(&rec, pipeWriters, 1)
	vm.storeLeaf(pipeSlot(p), rec)
	common := flags & oNonblock // = slotNonblock
	if flags&oCloexec != 0 {
		common |= slotCloexec
	}
	var slot [32]byte
	setLeafU32(&slot, slotPipe, p)
	setLeafU32(&slot, slotFlags, common|kindReadEnd)
	vm.storeLeaf(fdSlot(rfd), slot)
	setLeafU32(&slot, slotFlags, common|kindWriteEnd)
	vm.storeLeaf(fdSlot(wfd), slot)
	return rfd, wfd, 0
}

// endOffsets are the pipe record's fields for the end kind: its count of
// open fds, its epoll fd.
func endOffsets(kind uint32) (count, epoll int) {
	if kind == kindReadEnd {
		return pipeReaders, pipeReadEpoll
	}
	return pipeWriters, pipeWriteEpoll
}

// closePipeFd closes a pipe end's fd: it frees the fd, drops its epoll
// registration, and when the end's last fd goes, tells the other end
// (EPOLLHUP to a reader, EPOLLERR to a writer) or frees the pipe.
func (vm *VM) closePipeFd(fd uint32) (errno uint32) {
	slot, ok := vm.pipeFdSlot(fd)
	if !ok {
		return errnoBadf
	}
	flags, p := leafU32(&slot, slotFlags), leafU32(&slot, slotPipe)
	vm.storeLeaf(fdSlot(fd), [32]byte{})
	vm.setBitmap(FdBitmap, fd, false)
	if flags&slotEpoll != 0 {
		vm.setBitmap(ReadyBitmap, fd, false)
	}
	kind := flags & kindMask
	countOff, epollOff := endOffsets(kind)
	rec := vm.readNode(pipeSlot(p), 0)
	left := leafU32(&rec, countOff) - 1
	setLeafU32(&rec, countOff, left)
	if leafU32(&rec, epollOff) == fd+1 {
		setLeafU32(&rec, epollOff, 0)
	}
	vm.storeLeaf(pipeSlot(p), rec)
	if left != 0 {
		return 0
	}
	switch {
	case leafU32(&rec, pipeReaders) == 0 && leafU32(&rec, pipeWriters) == 0:
		if p < MaxPipes {
			vm.setBitmap(PipeBitmap, p, false)
		}
	case kind == kindWriteEnd:
		vm.notify(leafU32(&rec, pipeReadEpoll), epollHup)
	default:
		vm.notify(leafU32(&rec, pipeWriteEpoll), epollErr)
	}
	return 0
}

// dupPipeFd gives a pipe end a new fd, the lowest free one at or above
// min, sharing the end (not its epoll registration); cloexec sets
// FD_CLOEXEC on it.
func (vm *VM) dupPipeFd(fd, min uint32, cloexec bool) (nfd, errno uint32) {
	slot, ok := vm.pipeFdSlot(fd)
	if !ok {
		return 0, errnoBadf
	}
	if min >= MaxFds {
		return 0, errnoInval
	}
	fds := vm.readNode(FdBitmap, 0)
	nfd = lowestClear(&fds, max(min, FdFirst), MaxFds)
	if nfd == MaxFds {
		return 0, errnoMfile
	}
	setLeafBit(&fds, nfd, true)
	vm.storeLeaf(FdBitmap, fds)
	flags, p := leafU32(&slot, slotFlags), leafU32(&slot, slotPipe)
	var ns [32]byte
	nflags := flags & (kindMask | slotNonblock)
	if cloexec {
		nflags |= slotCloexec
	}
	setLeafU32(&ns, slotFlags, nflags)
	setLeafU32(&ns, slotPipe, p)
	vm.storeLeaf(fdSlot(nfd), ns)
	countOff, _ := endOffsets(flags & kindMask)
	rec := vm.readNode(pipeSlot(p), 0)
	setLeafU32(&rec, countOff, leafU32(&rec, countOff)+1)
	vm.storeLeaf(pipeSlot(p), rec)
	return nfd, 0
}

// fcntlPipe is fcntl on a pipe end's fd.
func (vm *VM) fcntlPipe(fd, cmd, arg uint32) (v0, errno uint32) {
	slot, ok := vm.pipeFdSlot(fd)
	if !ok {
		return 0, errnoBadf
	}
	flags := leafU32(&slot, slotFlags)
	switch cmd {
	case fcntlGetfd:
		if flags&slotCloexec != 0 {
			return fdCloexec, 0
		}
		return 0, 0
	case fcntlGetfl:
		return flags&slotNonblock | (flags&kindMask)>>1, 0 // O_RDONLY 0, O_WRONLY 1
	case fcntlSetfd:
		flags &^= slotCloexec
		if arg&fdCloexec != 0 {
			flags |= slotCloexec
		}
	case fcntlSetfl:
		flags = flags&^slotNonblock | arg&oNonblock
	case fcntlDupfd, fcntlDupfdCx:
		return vm.dupPipeFd(fd, arg, cmd == fcntlDupfdCx)
	default:
		return 0, errnoInval
	}
	setLeafU32(&slot, slotFlags, flags)
	vm.storeLeaf(fdSlot(fd), slot)
	return 0, 0
}

// pipeRead is one step of read(fd, buf, count) on a pipe's read end with
// done bytes copied by earlier steps: it copies up to the end of the
// destination's word (and of the pipe's ring). A read returns min(count,
// bytes in the pipe) when there are some; 0 at end of file (no writers);
// EAGAIN on an empty pipe in non-blocking mode; and waits otherwise.
func (vm *VM) pipeRead(fd, buf, count, done uint32) (n, errno uint32, st int) {
	flags, p := vm.pipeEnd(fd)
	if flags&kindMask != kindReadEnd {
		return 0, errnoBadf, ioDone
	}
	rec := vm.readNode(pipeSlot(p), 0)
	avail := pipeUsed(&rec)
	want := count - done
	if want == 0 || avail == 0 {
		switch {
		case done > 0 || want == 0:
			return done, 0, ioDone
		case leafU32(&rec, pipeWriters) == 0:
			return 0, 0, ioDone // end of file
		case flags&slotNonblock != 0:
			return 0, errnoAgain, ioDone
		}
		return 0, 0, ioBlock
	}
	k := vm.pipeCopyOut(p, &rec, buf+done, want)
	if k < want && k < avail {
		return done + k, 0, ioMore
	}
	vm.notify(leafU32(&rec, pipeWriteEpoll), epollOut) // the writer has room
	return done + k, 0, ioDone
}

// pipeWrite is one step of write(fd, buf, count) on a pipe's write end
// with done bytes copied: it copies up to the end of the ring's word. A
// write with no reader left fails with EPIPE (no SIGPIPE: there are no
// signals); a full pipe makes a non-blocking write return what it wrote
// (EAGAIN if nothing) and a blocking one wait until a reader makes room.
func (vm *VM) pipeWrite(fd, buf, count, done uint32) (n, errno uint32, st int) {
	flags, p := vm.pipeEnd(fd)
	if flags&kindMask != kindWriteEnd {
		return 0, errnoBadf, ioDone
	}
	rec := vm.readNode(pipeSlot(p), 0)
	if leafU32(&rec, pipeReaders) == 0 {
		if done > 0 {
			return done, 0, ioDone
		}
		return 0, errnoPipe, ioDone
	}
	want := count - done
	if want == 0 || pipeSpace(&rec) == 0 {
		return vm.pipeWriteStuck(flags, &rec, want, done)
	}
	k := vm.pipeCopyIn(p, &rec, buf+done, want)
	if k < want {
		return done + k, 0, ioMore // a full pipe is found by the next step
	}
	vm.notify(leafU32(&rec, pipeReadEpoll), epollIn)
	return done + k, 0, ioDone
}

// pipeWriteStuck ends a write with nothing to do (want 0) or no room:
// done; a blocking write waits; a non-blocking one returns what it wrote,
// or EAGAIN. A reader is told of what was written before.
func (vm *VM) pipeWriteStuck(flags uint32, rec *[32]byte, want, done uint32) (n, errno uint32, st int) {
	switch {
	case want == 0:
		return done, 0, ioDone
	case flags&slotNonblock == 0:
		if done > 0 {
			vm.notify(leafU32(rec, pipeReadEpoll), epollIn)
		}
		return done, 0, ioBlock
	case done > 0:
		vm.notify(leafU32(rec, pipeReadEpoll), epollIn)
		return done, 0, ioDone
	}
	return 0, errnoAgain, ioDone
}

// pipeUsed is the bytes in the pipe's ring.
func pipeUsed(rec *[32]byte) uint32 {
	return leafU32(rec, pipeWriteCount) - leafU32(rec, pipeReadCount)
}

// pipeCopyOut copies up to want bytes (and the bytes in the pipe) from the
// ring to dst, to the end of dst's word and of the ring, and stores the
// record with the new read count.
func (vm *VM) pipeCopyOut(p uint32, rec *[32]byte, dst, want uint32) (k uint32) {
	rc := leafU32(rec, pipeReadCount)
	src := pipeBuf(p) + rc%PipeSize
	k = min(want, pipeUsed(rec), 4-dst&3, pipeBuf(p)+PipeSize-src)
	vm.copyBytes(src, dst, k)
	setLeafU32(rec, pipeReadCount, rc+k)
	vm.storeLeaf(pipeSlot(p), *rec)
	return k
}

// pipeSpace is the room left in the pipe's ring.
func pipeSpace(rec *[32]byte) uint32 {
	return PipeSize - (leafU32(rec, pipeWriteCount) - leafU32(rec, pipeReadCount))
}

// pipeCopyIn copies up to want bytes (and the room left) from src into the
// pipe's ring, to the end of the ring's word, and stores the record with
// the new write count.
func (vm *VM) pipeCopyIn(p uint32, rec *[32]byte, src, want uint32) (k uint32) {
	wc := leafU32(rec, pipeWriteCount)
	dst := pipeBuf(p) + wc%PipeSize
	k = min(want, pipeSpace(rec), 4-dst&3)
	vm.copyBytes(src, dst, k)
	setLeafU32(rec, pipeWriteCount, wc+k)
	vm.storeLeaf(pipeSlot(p), *rec)
	return k
}

// notify makes events pending on a pipe end's epoll-registered fd (fdPlus1
// - 1; 0: none) if it asked for them (EPOLLERR and EPOLLHUP always), and
// marks the fd ready: what edge-triggered epoll reports at the next wait.
func (vm *VM) notify(fdPlus1, events uint32) {
	fd := fdPlus1 - 1
	if fdPlus1 == 0 || fd >= MaxFds {
		return
	}
	slot := vm.readNode(fdSlot(fd), 0)
	ev := events & (leafU32(&slot, slotEvents) | epollErr | epollHup)
	if ev == 0 {
		return
	}
	setLeafU32(&slot, slotPending, leafU32(&slot, slotPending)|ev)
	vm.storeLeaf(fdSlot(fd), slot)
	vm.setBitmap(ReadyBitmap, fd, true)
}

// readiness is what a pipe end is ready for now.
func readiness(kind uint32, rec *[32]byte) uint32 {
	used := pipeUsed(rec)
	var ev uint32
	if kind == kindReadEnd {
		if used != 0 {
			ev |= epollIn
		}
		if leafU32(rec, pipeWriters) == 0 {
			ev |= epollHup
		}
		return ev
	}
	if used < PipeSize {
		ev |= epollOut
	}
	if leafU32(rec, pipeReaders) == 0 {
		ev |= epollErr
	}
	return ev
}

// epollCtl registers, changes or removes a pipe end's fd in the (one)
// epoll set. Registering, or changing, makes what the end is ready for
// pending at once, as Linux reports an edge-triggered fd's state once.
// The VM's fixed fds (the eventfd) are accepted and never reported.
func (vm *VM) epollCtl(op, fd, event uint32) (errno uint32) {
	if fd < FdFirst {
		return 0
	}
	if op != epollCtlAdd && op != epollCtlDel && op != epollCtlMod {
		return errnoInval
	}
	slot, ok := vm.pipeFdSlot(fd)
	if !ok {
		return errnoBadf
	}
	flags := leafU32(&slot, slotFlags)
	registered := flags&slotEpoll != 0
	switch {
	case op == epollCtlAdd && registered:
		return errnoExist
	case op != epollCtlAdd && !registered:
		return errnoNoent
	case op != epollCtlDel && event&3 != 0:
		return errnoFault
	}
	kind, p := flags&kindMask, leafU32(&slot, slotPipe)
	_, epollOff := endOffsets(kind)
	rec := vm.readNode(pipeSlot(p), 0)
	var pending uint32
	if op == epollCtlDel {
		setLeafU32(&slot, slotFlags, flags&^slotEpoll)
		setLeafU32(&slot, slotEvents, 0)
		setLeafU32(&slot, slotPending, 0)
		setLeafU32(&slot, slotData, 0)
		setLeafU32(&slot, slotData+4, 0)
		if leafU32(&rec, epollOff) == fd+1 {
			setLeafU32(&rec, epollOff, 0)
		}
	} else {
		events := vm.load(event)
		pending = readiness(kind, &rec) & (events | epollErr | epollHup)
		setLeafU32(&slot, slotFlags, flags|slotEpoll)
		setLeafU32(&slot, slotEvents, events)
		setLeafU32(&slot, slotPending, pending)
		setLeafU32(&slot, slotData, vm.load(event+8))
		setLeafU32(&slot, slotData+4, vm.load(event+12))
		setLeafU32(&rec, epollOff, fd+1)
	}
	vm.storeLeaf(fdSlot(fd), slot)
	vm.storeLeaf(pipeSlot(p), rec)
	vm.setBitmap(ReadyBitmap, fd, pending != 0)
	return 0
}

// epollWait reports the lowest ready fd's pending events, one event per
// call (Linux reports up to maxevents; the others stay pending for the
// next wait, which Go's netpoller makes at once), and returns the count.
func (vm *VM) epollWait(events, maxEvents uint32) (n, errno uint32) {
	if int32(maxEvents) <= 0 {
		return 0, errnoInval
	}
	ready := vm.readNode(ReadyBitmap, 0)
	fd := lowestSet(&ready)
	if fd == maxBitmapBits {
		return 0, 0
	}
	if events&3 != 0 {
		return 0, errnoFault
	}
	slot := vm.readNode(fdSlot(fd), 0)
	ev := leafU32(&slot, slotPending) & (leafU32(&slot, slotEvents) | epollErr | epollHup)
	setLeafU32(&slot, slotPending, 0)
	vm.storeLeaf(fdSlot(fd), slot)
	vm.setBitmap(ReadyBitmap, fd, false)
	if ev == 0 {
		return 0, 0
	}
	vm.store(events, ev)
	vm.store(events+8, leafU32(&slot, slotData))
	vm.store(events+12, leafU32(&slot, slotData+4))
	return 1, 0
}
