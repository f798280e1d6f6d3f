// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// The part of PreimageOracle.sol that MIPS.step uses.
interface IPreimageOracle {
    function readPreimage(bytes32 key, uint256 offset) external view returns (bytes32 dat, uint256 datLen);
    function committedData(bytes32 key) external view returns (bytes32 root, uint64 length);
}

/// @title MIPS
/// @notice The one-step verifier: executes one step of the opML MIPS32 VM
/// exactly as the Go VM (mipsevm) does and returns the post-state hash.
///
/// Read it side by side with mipsevm/exec.go, syscalls.go and threads.go: the
/// functions below carry the Go names (step, exec, branch, jump, next,
/// setNext, fault, syscall, zeroStep, mapCommitted, committedRoot,
/// readPreimage, writePreimageKey, switchThread, resumeNext, fetch, load,
/// store, readNode, storeLeaf) and follow the Go code's order,
/// in particular the order of memory accesses, which is the order of the
/// proofs in the witness (mipsevm/witness.go).
///
/// The state is the 299-byte packed state of docs/design.md ("State"). It is
/// copied to memory once and updated in place, so hashing the post-state is
/// one keccak256 over the same buffer.
///
/// The proof is Witness.ProofData (the instruction fetch's leaf proof, then one
/// proof per memory access; a node proof for a mapping or zero-filling step
/// and for the node committed_root reads)
/// followed, on a step that resumes a waiting thread, by Witness.ThreadProof
/// (148-byte context ‖ 32-byte root below it). It must be used up exactly.
contract MIPS {
    IPreimageOracle public immutable oracle;

    constructor(IPreimageOracle _oracle) {
        oracle = _oracle;
    }

    // ---------------------------------------------------------------------
    // Constants (mipsevm/state.go, layout.go, syscalls.go, memory/memory.go)
    // ---------------------------------------------------------------------

    uint256 internal constant STATE_SIZE = 299;
    // Offsets in the packed state (state.go: offMemRoot ... offLLReserved).
    uint256 internal constant OFF_MEM_ROOT = 0;
    uint256 internal constant OFF_PREIMAGE_KEY = 32;
    uint256 internal constant OFF_PREIMAGE_OFFSET = 64;
    uint256 internal constant OFF_PC = 68;
    uint256 internal constant OFF_NEXT_PC = 72;
    uint256 internal constant OFF_LO = 76;
    uint256 internal constant OFF_HI = 80;
    uint256 internal constant OFF_HEAP = 84;
    uint256 internal constant OFF_EXIT_CODE = 88;
    uint256 internal constant OFF_EXITED = 89;
    uint256 internal constant OFF_STEP = 90;
    uint256 internal constant OFF_REGISTERS = 98;
    uint256 internal constant OFF_THREAD_ID = 226;
    uint256 internal constant OFF_NEXT_THREAD_ID = 230;
    uint256 internal constant OFF_TODO_ROOT = 234;
    uint256 internal constant OFF_DONE_ROOT = 266;
    uint256 internal constant OFF_LL_RESERVED = 298;

    // Thread contexts (threads.go: ThreadContextSize) and the thread proof.
    uint256 internal constant THREAD_CONTEXT_SIZE = 148;
    uint256 internal constant THREAD_PROOF_SIZE = 148 + 32;

    // Memory tree (memory.go).
    uint256 internal constant LEAF_SHIFT = 5;
    uint256 internal constant TREE_HEIGHT = 27;
    uint256 internal constant PAGE_SIZE = 4096;
    uint256 internal constant MAX_COMMITTED_HEIGHT = 26; // TreeHeight - 1

    // Address space and determinism (layout.go).
    uint32 internal constant HEAP_LIMIT = 0x40000000;
    uint32 internal constant PROGRAM_BREAK = 0x40000000;
    uint32 internal constant BRK_LIMIT = 0x60000000;
    uint32 internal constant BRK_WORD = 0xf0000000; // KernelBase + 0
    uint32 internal constant STDIN_LEN_WORD = 0xf0000004; // KernelBase + 4
    uint32 internal constant STDIN_OFF_WORD = 0xf0000008; // KernelBase + 8
    uint32 internal constant STDIN_BASE = 0xf1000000;
    uint256 internal constant STDIN_MAX_SIZE = 0x0f000000;
    // The fd table and pipes (layout.go, pipes.go).
    uint32 internal constant FD_FIRST = 9;
    uint32 internal constant MAX_FDS = 256;
    uint32 internal constant MAX_PIPES = 128;
    uint32 internal constant FD_BITMAP = 0xf0000020;
    uint32 internal constant READY_BITMAP = 0xf0000040;
    uint32 internal constant PIPE_BITMAP = 0xf0000060;
    uint32 internal constant FD_SLOTS = 0xf0001000;
    uint32 internal constant PIPE_SLOTS = 0xf0003000;
    uint32 internal constant PIPE_BUFS = 0xf0800000;
    uint32 internal constant PIPE_SIZE = 0x10000;
    // Fd slot and pipe record fields (byte offsets in their leaves), flags.
    uint256 internal constant SLOT_FLAGS = 0;
    uint256 internal constant SLOT_PIPE = 4;
    uint256 internal constant SLOT_EVENTS = 8;
    uint256 internal constant SLOT_PENDING = 12;
    uint256 internal constant SLOT_DATA = 16;
    uint32 internal constant KIND_MASK = 3;
    uint32 internal constant KIND_READ_END = 1;
    uint32 internal constant KIND_WRITE_END = 2;
    uint32 internal constant SLOT_NONBLOCK = 0x80;
    uint32 internal constant SLOT_CLOEXEC = 0x100;
    uint32 internal constant SLOT_EPOLL = 0x200;
    uint256 internal constant PIPE_READ_COUNT = 0;
    uint256 internal constant PIPE_WRITE_COUNT = 4;
    uint256 internal constant PIPE_READERS = 8;
    uint256 internal constant PIPE_WRITERS = 12;
    uint256 internal constant PIPE_READ_EPOLL = 16;
    uint256 internal constant PIPE_WRITE_EPOLL = 20;
    uint32 internal constant O_NONBLOCK = 0x80;
    uint32 internal constant O_CLOEXEC = 0x80000;
    uint32 internal constant FD_CLOEXEC = 1;
    uint32 internal constant FCNTL_DUPFD = 0;
    uint32 internal constant FCNTL_SETFD = 2;
    uint32 internal constant FCNTL_SETFL = 4;
    uint32 internal constant FCNTL_DUPFD_CLOEXEC = 1030;
    uint32 internal constant EPOLL_CTL_ADD = 1;
    uint32 internal constant EPOLL_CTL_DEL = 2;
    uint32 internal constant EPOLL_CTL_MOD = 3;
    uint32 internal constant EPOLL_IN = 0x1;
    uint32 internal constant EPOLL_OUT = 0x4;
    uint32 internal constant EPOLL_ERR = 0x8;
    uint32 internal constant EPOLL_HUP = 0x10;
    uint256 internal constant IO_DONE = 0;
    uint256 internal constant IO_MORE = 1;
    uint256 internal constant IO_BLOCK = 2;
    uint256 internal constant MAX_BITMAP_BITS = 256;
    uint32 internal constant CODE_START = 0x00010000;
    uint32 internal constant CODE_LIMIT = 0x20000000;
    uint64 internal constant TIME_SLICE = 1 << 17;
    uint64 internal constant NANOS_PER_STEP = 10;
    uint64 internal constant RANDOM_SEED = 0x6f704d4c41786f6e;

    uint8 internal constant FAULT_EXIT_CODE = 0xff;

    // Registers (exec.go).
    uint256 internal constant REG_V0 = 2;
    uint256 internal constant REG_V1 = 3;
    uint256 internal constant REG_A0 = 4;
    uint256 internal constant REG_A1 = 5;
    uint256 internal constant REG_A2 = 6;
    uint256 internal constant REG_A3 = 7;
    uint256 internal constant REG_SP = 29;
    uint256 internal constant REG_RA = 31;

    // File descriptors (layout.go).
    uint32 internal constant FD_STDIN = 0;
    uint32 internal constant FD_STDOUT = 1;
    uint32 internal constant FD_STDERR = 2;
    uint32 internal constant FD_HINT_READ = 3;
    uint32 internal constant FD_HINT_WRITE = 4;
    uint32 internal constant FD_PREIMAGE_READ = 5;
    uint32 internal constant FD_PREIMAGE_WRITE = 6;
    uint32 internal constant FD_EPOLL = 7;
    uint32 internal constant FD_EVENTFD = 8;

    // Syscall numbers (syscalls.go).
    uint32 internal constant SYS_EXIT = 4001;
    uint32 internal constant SYS_READ = 4003;
    uint32 internal constant SYS_WRITE = 4004;
    uint32 internal constant SYS_OPEN = 4005;
    uint32 internal constant SYS_CLOSE = 4006;
    uint32 internal constant SYS_GETPID = 4020;
    uint32 internal constant SYS_BRK = 4045;
    uint32 internal constant SYS_FCNTL = 4055;
    uint32 internal constant SYS_MMAP = 4090;
    uint32 internal constant SYS_MMAP2 = 4210;
    uint32 internal constant SYS_MUNMAP = 4091;
    uint32 internal constant SYS_CLONE = 4120;
    uint32 internal constant SYS_UNAME = 4122;
    uint32 internal constant SYS_MPROTECT = 4125;
    uint32 internal constant SYS_SCHED_YIELD = 4162;
    uint32 internal constant SYS_NANOSLEEP = 4166;
    uint32 internal constant SYS_PRCTL = 4192;
    uint32 internal constant SYS_RT_SIGRETURN = 4193;
    uint32 internal constant SYS_RT_SIGACTION = 4194;
    uint32 internal constant SYS_RT_SIGPROCMASK = 4195;
    uint32 internal constant SYS_PREAD64 = 4200;
    uint32 internal constant SYS_SIGALTSTACK = 4206;
    uint32 internal constant SYS_MADVISE = 4218;
    uint32 internal constant SYS_GETTID = 4222;
    uint32 internal constant SYS_FUTEX = 4238;
    uint32 internal constant SYS_SCHED_GETAFFIN = 4240;
    uint32 internal constant SYS_EXIT_GROUP = 4246;
    uint32 internal constant SYS_EPOLL_CTL = 4249;
    uint32 internal constant SYS_EPOLL_WAIT = 4250;
    uint32 internal constant SYS_SET_TID_ADDRESS = 4252;
    uint32 internal constant SYS_CLOCK_GETTIME = 4263;
    uint32 internal constant SYS_TGKILL = 4266;
    uint32 internal constant SYS_OPENAT = 4288;
    uint32 internal constant SYS_SET_ROBUST_LIST = 4309;
    uint32 internal constant SYS_EPOLL_PWAIT = 4313;
    uint32 internal constant SYS_EVENTFD2 = 4325;
    uint32 internal constant SYS_EPOLL_CREATE1 = 4326;
    uint32 internal constant SYS_PRLIMIT64 = 4338;
    uint32 internal constant SYS_GETRANDOM = 4353;
    uint32 internal constant SYS_CLOCK_GETTIME64 = 4403;
    uint32 internal constant SYS_FUTEX_TIME64 = 4422;
    uint32 internal constant SYS_MAP_COMMITTED = 4900;
    uint32 internal constant SYS_COMMITTED_ROOT = 4901;
    uint32 internal constant SYS_READ_MORE = 4902;
    uint32 internal constant SYS_WRITE_MORE = 4903;
    uint32 internal constant SYS_DUP = 4041;
    uint32 internal constant SYS_PIPE = 4042;
    uint32 internal constant SYS_PIPE2 = 4328;

    uint32 internal constant ERRNO_NOENT = 2;
    uint32 internal constant ERRNO_EXIST = 17;
    uint32 internal constant ERRNO_NFILE = 23;
    uint32 internal constant ERRNO_MFILE = 24;
    uint32 internal constant ERRNO_PIPE = 32;
    uint32 internal constant ERRNO_BADF = 9;
    uint32 internal constant ERRNO_AGAIN = 11;
    uint32 internal constant ERRNO_NOMEM = 12;
    uint32 internal constant ERRNO_FAULT = 14;
    uint32 internal constant ERRNO_INVAL = 22;
    uint32 internal constant ERRNO_FBIG = 27;
    uint32 internal constant ERRNO_NOSYS = 89;

    uint32 internal constant FUTEX_WAIT = 0;
    uint32 internal constant FUTEX_WAKE = 1;
    uint32 internal constant FUTEX_WAIT_BITSET = 9;
    uint32 internal constant FUTEX_WAKE_BITSET = 10;
    uint32 internal constant MADV_DONTNEED = 4;
    uint32 internal constant MAX_LENGTH = 0xfffff000;
    uint32 internal constant FCNTL_GETFD = 1;
    uint32 internal constant FCNTL_GETFL = 3;

    uint8 internal constant KEY_TYPE_LOCAL = 1;
    uint8 internal constant KEY_TYPE_COMMITTED = 3;

    /// The step being executed: mipsevm.VM's fields that matter on chain.
    struct VM {
        uint256 st; // memory address of the packed state, updated in place
        uint256 proofAt; // calldata offset of the next unread proof byte
        uint256 proofEnd; // calldata offset just past the proof
        bool switched; // this step has switched threads (vm.switched)
        // The last load's address and proof, reused by a store to the same
        // word right after it (witness.go: lastLoad, hasLastLoad).
        bool hasLastLoad;
        uint32 lastLoad;
        uint256 lastLoadProof;
        bytes32 localContext;
    }

    // ---------------------------------------------------------------------
    // Entry point
    // ---------------------------------------------------------------------

    /// @notice Executes one step from the packed pre-state and returns the
    /// post-state hash. Reverts on an invalid witness.
    /// @param stateData the packed pre-state (299 bytes)
    /// @param proof Witness.ProofData, then Witness.ThreadProof if any
    /// @param localContext namespaces local preimage keys: a local key is read
    ///        as PreimageOracle.localizeKey(key, msg.sender, localContext)
    function step(bytes calldata stateData, bytes calldata proof, bytes32 localContext)
        external
        view
        returns (bytes32 postStateHash)
    {
        require(stateData.length == STATE_SIZE, "MIPS: state must be 299 bytes");
        VM memory vm;
        uint256 st;
        assembly {
            st := mload(0x40)
            mstore(0x40, add(st, 352))
            calldatacopy(st, stateData.offset, STATE_SIZE)
            mstore(add(st, STATE_SIZE), 0) // clean bytes after the state
        }
        // state.go: HashPacked rejects flag bytes other than 0 and 1.
        require(_u8(st, OFF_EXITED) <= 1 && _u8(st, OFF_LL_RESERVED) <= 1, "MIPS: flag byte is not 0 or 1");
        vm.st = st;
        uint256 proofAt;
        assembly {
            proofAt := proof.offset
        }
        vm.proofAt = proofAt;
        vm.proofEnd = proofAt + proof.length;
        vm.localContext = localContext;

        _step(vm);

        require(vm.proofAt == vm.proofEnd, "MIPS: unused proof data");
        return _hash(st);
    }

    /// @notice The hash of a packed state (mipsevm.HashPacked): what a
    /// dispute game compares with the agreed pre-state hash before a step.
    /// Reverts on a state MIPS.step would reject.
    function stateHash(bytes calldata stateData) external pure returns (bytes32) {
        require(stateData.length == STATE_SIZE, "MIPS: state must be 299 bytes");
        uint256 st;
        assembly {
            st := mload(0x40)
            mstore(0x40, add(st, 352))
            calldatacopy(st, stateData.offset, STATE_SIZE)
        }
        require(_u8(st, OFF_EXITED) <= 1 && _u8(st, OFF_LL_RESERVED) <= 1, "MIPS: flag byte is not 0 or 1");
        return _hash(st);
    }

    /// state.go: HashPacked. keccak256 of the packed state with the first byte
    /// replaced by the status (0 valid, 1 invalid, 2 panic, 3 unfinished).
    function _hash(uint256 st) internal pure returns (bytes32 h) {
        uint256 status = 3;
        if (_u8(st, OFF_EXITED) == 1) {
            uint256 code = _u8(st, OFF_EXIT_CODE);
            status = code == 0 ? 0 : (code == 1 ? 1 : 2);
        }
        assembly {
            h := or(and(keccak256(st, STATE_SIZE), not(shl(248, 0xff))), shl(248, status))
        }
    }

    // ---------------------------------------------------------------------
    // exec.go: step, exec
    // ---------------------------------------------------------------------

    /// exec.go: step. A step on an exited state changes nothing.
    function _step(VM memory vm) internal view {
        uint256 st = vm.st;
        if (_u8(st, OFF_EXITED) != 0) {
            return;
        }
        vm.switched = false;
        _exec(vm);
        if (_u64(st, OFF_STEP) & (TIME_SLICE - 1) == 0 && !vm.switched && _u8(st, OFF_EXITED) == 0) {
            _switchThread(vm);
        }
    }

    /// exec.go: exec. Executes the instruction at pc.
    function _exec(VM memory vm) internal view {
        uint256 st = vm.st;
        uint32 pc = _u32(st, OFF_PC);
        uint32 insn = _fetch(vm, pc);
        if (pc & 3 != 0 || pc < CODE_START || pc >= CODE_LIMIT) {
            _fault(st); // jump outside memory
            return;
        }
        uint32 op = insn >> 26;
        uint32 rs = (insn >> 21) & 31;
        uint32 rt = (insn >> 16) & 31;
        if (op == 0) {
            _execSpecial(vm, pc, insn, rs, rt);
        } else if (op == 1) {
            _execRegimm(vm, pc, insn, rs, rt);
        } else if (op == 2 || op == 3) {
            // j, jal
            uint32 target = (_u32(st, OFF_NEXT_PC) & 0xf0000000) | ((insn & 0x03ffffff) << 2);
            _jump(st, pc, target, op == 3 ? uint32(REG_RA) : 0);
        } else if ((op >= 4 && op <= 7) || (op >= 20 && op <= 23)) {
            // beq bne blez bgtz and their -likely forms
            uint32 a = _reg(st, rs);
            uint32 b = _reg(st, rt);
            bool taken;
            uint32 kind = op & 3;
            if (kind == 0) {
                taken = a == b;
            } else if (kind == 1) {
                taken = a != b;
            } else if (kind == 2) {
                taken = int32(a) <= 0;
            } else {
                taken = int32(a) > 0;
            }
            _branch(st, pc, insn, taken, false, op >= 20);
        } else if (op >= 8 && op <= 15) {
            _execImmediate(st, insn, op, rs, rt);
        } else if (op == 28) {
            _execSpecial2(st, insn, rs, rt);
        } else if ((op >= 32 && op <= 38) || op == 48) {
            _execLoad(vm, insn, op, rs, rt);
        } else if ((op >= 40 && op <= 43) || op == 46 || op == 56) {
            _execStore(vm, insn, op, rs, rt);
        } else if (op == 51) {
            _next(st); // pref: a hint, nothing to do
        } else {
            _fault(st); // invalid
        }
    }

    /// exec.go: exec, case 0 (SPECIAL).
    function _execSpecial(VM memory vm, uint32 pc, uint32 insn, uint32 rs, uint32 rt) internal view {
        uint256 st = vm.st;
        uint32 rd = (insn >> 11) & 31;
        uint32 sa = (insn >> 6) & 31;
        uint32 a = _reg(st, rs);
        uint32 b = _reg(st, rt);
        uint32 fn = insn & 63;
        uint32 v;
        unchecked {
            if (fn == 0x00) {
                v = b << sa; // sll
            } else if (fn == 0x02) {
                // srl (rs = 1 would be MIPS32r2 rotr)
                if (rs != 0) {
                    _fault(st);
                    return;
                }
                v = b >> sa;
            } else if (fn == 0x03) {
                v = uint32(int32(b) >> sa); // sra
            } else if (fn == 0x04) {
                v = b << (a & 31); // sllv
            } else if (fn == 0x06) {
                // srlv (sa = 1 would be MIPS32r2 rotrv)
                if (sa != 0) {
                    _fault(st);
                    return;
                }
                v = b >> (a & 31);
            } else if (fn == 0x07) {
                v = uint32(int32(b) >> (a & 31)); // srav
            } else if (fn == 0x08) {
                _jump(st, pc, a, 0); // jr
                return;
            } else if (fn == 0x09) {
                _jump(st, pc, a, rd); // jalr
                return;
            } else if (fn == 0x0a) {
                // movz
                if (b != 0) {
                    _next(st);
                    return;
                }
                v = a;
            } else if (fn == 0x0b) {
                // movn
                if (b == 0) {
                    _next(st);
                    return;
                }
                v = a;
            } else if (fn == 0x0c) {
                _syscall(vm); // syscall
                return;
            } else if (fn == 0x0d) {
                _fault(st); // break
                return;
            } else if (fn == 0x0f) {
                _next(st); // sync: one hart, nothing to order
                return;
            } else if (fn == 0x10) {
                v = _u32(st, OFF_HI); // mfhi
            } else if (fn == 0x11) {
                _setU32(st, OFF_HI, a); // mthi
                _next(st);
                return;
            } else if (fn == 0x12) {
                v = _u32(st, OFF_LO); // mflo
            } else if (fn == 0x13) {
                _setU32(st, OFF_LO, a); // mtlo
                _next(st);
                return;
            } else if (fn == 0x18) {
                // mult
                uint64 p = uint64(int64(int32(a)) * int64(int32(b)));
                _setU32(st, OFF_HI, uint32(p >> 32));
                _setU32(st, OFF_LO, uint32(p));
                _next(st);
                return;
            } else if (fn == 0x19) {
                // multu
                uint64 p = uint64(a) * uint64(b);
                _setU32(st, OFF_HI, uint32(p >> 32));
                _setU32(st, OFF_LO, uint32(p));
                _next(st);
                return;
            } else if (fn == 0x1a) {
                // div: a zero divisor, or MinInt32 / -1, divides by 1 (as qemu does)
                int32 d = int32(b);
                if (d == 0 || (int32(a) == type(int32).min && d == -1)) {
                    d = 1;
                }
                _setU32(st, OFF_LO, uint32(int32(a) / d));
                _setU32(st, OFF_HI, uint32(int32(a) % d));
                _next(st);
                return;
            } else if (fn == 0x1b) {
                // divu
                uint32 d = b;
                if (d == 0) {
                    d = 1;
                }
                _setU32(st, OFF_LO, a / d);
                _setU32(st, OFF_HI, a % d);
                _next(st);
                return;
            } else if (fn == 0x20) {
                // add
                v = a + b;
                if (((a ^ v) & (b ^ v)) >> 31 != 0) {
                    _fault(st); // integer overflow in add
                    return;
                }
            } else if (fn == 0x21) {
                v = a + b; // addu
            } else if (fn == 0x22) {
                // sub
                v = a - b;
                if (((a ^ b) & (a ^ v)) >> 31 != 0) {
                    _fault(st); // integer overflow in sub
                    return;
                }
            } else if (fn == 0x23) {
                v = a - b; // subu
            } else if (fn == 0x24) {
                v = a & b; // and
            } else if (fn == 0x25) {
                v = a | b; // or
            } else if (fn == 0x26) {
                v = a ^ b; // xor
            } else if (fn == 0x27) {
                v = ~(a | b); // nor
            } else if (fn == 0x2a) {
                v = int32(a) < int32(b) ? 1 : 0; // slt
            } else if (fn == 0x2b) {
                v = a < b ? 1 : 0; // sltu
            } else if (fn == 0x30 || fn == 0x31 || fn == 0x32 || fn == 0x33 || fn == 0x34 || fn == 0x36) {
                // tge tgeu tlt tltu teq tne
                if (_trapTaken(fn, a, b)) {
                    _fault(st); // trap
                    return;
                }
                _next(st);
                return;
            } else {
                _fault(st); // invalid
                return;
            }
        }
        if (rd != 0) {
            _setReg(st, rd, v);
        }
        _next(st);
    }

    /// exec.go: exec, case 1 (REGIMM).
    function _execRegimm(VM memory vm, uint32 pc, uint32 insn, uint32 rs, uint32 rt) internal pure {
        uint256 st = vm.st;
        int32 a = int32(_reg(st, rs));
        if (rt == 0x00) {
            _branch(st, pc, insn, a < 0, false, false); // bltz
        } else if (rt == 0x01) {
            _branch(st, pc, insn, a >= 0, false, false); // bgez
        } else if (rt == 0x02) {
            _branch(st, pc, insn, a < 0, false, true); // bltzl
        } else if (rt == 0x03) {
            _branch(st, pc, insn, a >= 0, false, true); // bgezl
        } else if (rt == 0x08 || rt == 0x09 || rt == 0x0a || rt == 0x0b || rt == 0x0c || rt == 0x0e) {
            // tgei tgeiu tlti tltiu teqi tnei
            if (_trapTaken(rt + 0x28, uint32(a), _signExtend16(insn))) {
                _fault(st); // trap
                return;
            }
            _next(st);
        } else if (rt == 0x10) {
            _branch(st, pc, insn, a < 0, true, false); // bltzal
        } else if (rt == 0x11) {
            _branch(st, pc, insn, a >= 0, true, false); // bgezal
        } else if (rt == 0x12) {
            _branch(st, pc, insn, a < 0, true, true); // bltzall
        } else if (rt == 0x13) {
            _branch(st, pc, insn, a >= 0, true, true); // bgezall
        } else {
            _fault(st); // invalid
        }
    }

    /// exec.go: exec, cases 8..15 (immediate ALU ops and lui).
    function _execImmediate(uint256 st, uint32 insn, uint32 op, uint32 rs, uint32 rt) internal pure {
        uint32 a = _reg(st, rs);
        uint32 v;
        unchecked {
            if (op == 8) {
                // addi
                uint32 b = _signExtend16(insn);
                v = a + b;
                if (((a ^ v) & (b ^ v)) >> 31 != 0) {
                    _fault(st); // integer overflow in addi
                    return;
                }
            } else if (op == 9) {
                v = a + _signExtend16(insn); // addiu
            } else if (op == 10) {
                v = int32(a) < int32(_signExtend16(insn)) ? 1 : 0; // slti
            } else if (op == 11) {
                v = a < _signExtend16(insn) ? 1 : 0; // sltiu
            } else if (op == 12) {
                v = a & (insn & 0xffff); // andi
            } else if (op == 13) {
                v = a | (insn & 0xffff); // ori
            } else if (op == 14) {
                v = a ^ (insn & 0xffff); // xori
            } else {
                v = insn << 16; // lui
            }
        }
        _setNext(st, rt, v);
    }

    /// exec.go: exec, case 28 (SPECIAL2).
    function _execSpecial2(uint256 st, uint32 insn, uint32 rs, uint32 rt) internal pure {
        uint32 rd = (insn >> 11) & 31;
        uint32 a = _reg(st, rs);
        uint32 b = _reg(st, rt);
        uint64 acc = (uint64(_u32(st, OFF_HI)) << 32) | uint64(_u32(st, OFF_LO));
        uint32 fn = insn & 63;
        unchecked {
            if (fn == 0x00) {
                acc += uint64(int64(int32(a)) * int64(int32(b))); // madd
            } else if (fn == 0x01) {
                acc += uint64(a) * uint64(b); // maddu
            } else if (fn == 0x02) {
                _setNext(st, rd, a * b); // mul: the low 32 bits of int32(a) * int32(b)
                return;
            } else if (fn == 0x04) {
                acc -= uint64(int64(int32(a)) * int64(int32(b))); // msub
            } else if (fn == 0x05) {
                acc -= uint64(a) * uint64(b); // msubu
            } else if (fn == 0x20) {
                _setNext(st, rd, _leadingZeros32(a)); // clz
                return;
            } else if (fn == 0x21) {
                _setNext(st, rd, _leadingZeros32(~a)); // clo
                return;
            } else {
                _fault(st); // invalid
                return;
            }
        }
        _setU32(st, OFF_HI, uint32(acc >> 32));
        _setU32(st, OFF_LO, uint32(acc));
        _next(st);
    }

    /// exec.go: exec, cases 32..38, 48 (lb lh lwl lw lbu lhu lwr ll).
    function _execLoad(VM memory vm, uint32 insn, uint32 op, uint32 rs, uint32 rt) internal pure {
        uint256 st = vm.st;
        uint32 addr;
        unchecked {
            addr = _reg(st, rs) + _signExtend16(insn);
        }
        if (((op == 33 || op == 37) && addr & 1 != 0) || ((op == 35 || op == 48) && addr & 3 != 0)) {
            _fault(st); // unaligned load
            return;
        }
        uint32 w = _load(vm, addr & ~uint32(3));
        uint32 shift = (addr & 3) * 8;
        uint32 v;
        unchecked {
            if (op == 32) {
                v = uint32(int32(int8(uint8(w >> (24 - shift))))); // lb
            } else if (op == 33) {
                v = uint32(int32(int16(uint16(w >> (16 - shift))))); // lh
            } else if (op == 34) {
                v = (w << shift) | (_reg(st, rt) & ((uint32(1) << shift) - 1)); // lwl
            } else if (op == 35) {
                v = w; // lw
            } else if (op == 48) {
                v = w; // ll
                _setU8(st, OFF_LL_RESERVED, 1);
            } else if (op == 36) {
                v = (w >> (24 - shift)) & 0xff; // lbu
            } else if (op == 37) {
                v = (w >> (16 - shift)) & 0xffff; // lhu
            } else {
                // lwr
                uint32 r = 24 - shift;
                v = (w >> r) | (_reg(st, rt) & ~(uint32(0xffffffff) >> r));
            }
        }
        _setNext(st, rt, v);
    }

    /// exec.go: exec, cases 40..43, 46, 56 (sb sh swl sw swr sc).
    function _execStore(VM memory vm, uint32 insn, uint32 op, uint32 rs, uint32 rt) internal pure {
        uint256 st = vm.st;
        uint32 addr;
        unchecked {
            addr = _reg(st, rs) + _signExtend16(insn);
        }
        if ((op == 41 && addr & 1 != 0) || ((op == 43 || op == 56) && addr & 3 != 0)) {
            _fault(st); // unaligned store
            return;
        }
        uint32 word = addr & ~uint32(3);
        uint32 shift = (addr & 3) * 8;
        uint32 v = _reg(st, rt);
        uint32 w;
        unchecked {
            if (op == 40) {
                // sb
                uint32 s = 24 - shift;
                w = (_load(vm, word) & ~(uint32(0xff) << s)) | ((v & 0xff) << s);
            } else if (op == 41) {
                // sh
                uint32 s = 16 - shift;
                w = (_load(vm, word) & ~(uint32(0xffff) << s)) | ((v & 0xffff) << s);
            } else if (op == 42) {
                w = (_load(vm, word) & ~(uint32(0xffffffff) >> shift)) | (v >> shift); // swl
            } else if (op == 43 || op == 56) {
                w = v; // sw, sc
            } else {
                // swr
                uint32 s = 24 - shift;
                w = (_load(vm, word) & ~(uint32(0xffffffff) << s)) | (v << s);
            }
        }
        if (op == 56) {
            // sc: fails if the thread was switched out since its ll
            bool ok = _u8(st, OFF_LL_RESERVED) == 1;
            _setU8(st, OFF_LL_RESERVED, 0);
            if (!ok) {
                _setNext(st, rt, 0);
                return;
            }
            _store(vm, word, w);
            _setNext(st, rt, 1);
            return;
        }
        _store(vm, word, w);
        _next(st);
    }

    /// exec.go: trapTaken. fn is the SPECIAL function code (0x30..0x36).
    function _trapTaken(uint32 fn, uint32 a, uint32 b) internal pure returns (bool) {
        if (fn == 0x30) return int32(a) >= int32(b); // tge
        if (fn == 0x31) return a >= b; // tgeu
        if (fn == 0x32) return int32(a) < int32(b); // tlt
        if (fn == 0x33) return a < b; // tltu
        if (fn == 0x34) return a == b; // teq
        if (fn == 0x36) return a != b; // tne
        return false;
    }

    /// exec.go: next. Advances past a non-branch instruction.
    function _next(uint256 st) internal pure {
        unchecked {
            uint32 nextPC = _u32(st, OFF_NEXT_PC);
            _setU32(st, OFF_PC, nextPC);
            _setU32(st, OFF_NEXT_PC, nextPC + 4);
            _setU64(st, OFF_STEP, _u64(st, OFF_STEP) + 1);
        }
    }

    /// exec.go: setNext. Writes a register (not r0) and advances.
    function _setNext(uint256 st, uint32 reg, uint32 v) internal pure {
        if (reg != 0) {
            _setReg(st, reg, v);
        }
        _next(st);
    }

    /// exec.go: branch. The delay slot runs next, and is skipped when a
    /// -likely branch is not taken.
    function _branch(uint256 st, uint32 pc, uint32 insn, bool taken, bool link, bool likely) internal pure {
        unchecked {
            uint32 nextPC = _u32(st, OFF_NEXT_PC);
            if (nextPC != pc + 4) {
                _fault(st); // branch in a delay slot
                return;
            }
            if (link) {
                _setReg(st, REG_RA, pc + 8);
            }
            if (taken) {
                _setU32(st, OFF_PC, nextPC);
                _setU32(st, OFF_NEXT_PC, nextPC + (_signExtend16(insn) << 2));
            } else if (likely) {
                _setU32(st, OFF_PC, nextPC + 4);
                _setU32(st, OFF_NEXT_PC, nextPC + 8);
            } else {
                _setU32(st, OFF_PC, nextPC);
                _setU32(st, OFF_NEXT_PC, nextPC + 4);
            }
            _setU64(st, OFF_STEP, _u64(st, OFF_STEP) + 1);
        }
    }

    /// exec.go: jump. j/jal/jr/jalr; link is the register to receive pc+8
    /// (0: none).
    function _jump(uint256 st, uint32 pc, uint32 target, uint32 link) internal pure {
        unchecked {
            uint32 nextPC = _u32(st, OFF_NEXT_PC);
            if (nextPC != pc + 4) {
                _fault(st); // jump in a delay slot
                return;
            }
            if (link != 0) {
                _setReg(st, link, pc + 8);
            }
            _setU32(st, OFF_PC, nextPC);
            _setU32(st, OFF_NEXT_PC, target);
            _setU64(st, OFF_STEP, _u64(st, OFF_STEP) + 1);
        }
    }

    /// vm.go: fault. exited = 1, exit code 0xff, step + 1, pc unchanged.
    function _fault(uint256 st) internal pure {
        _setU8(st, OFF_EXITED, 1);
        _setU8(st, OFF_EXIT_CODE, FAULT_EXIT_CODE);
        unchecked {
            _setU64(st, OFF_STEP, _u64(st, OFF_STEP) + 1);
        }
    }

    function _signExtend16(uint32 v) internal pure returns (uint32) {
        return uint32(int32(int16(uint16(v))));
    }

    /// bits.LeadingZeros32.
    function _leadingZeros32(uint32 x) internal pure returns (uint32 n) {
        if (x == 0) return 32;
        if (x & 0xffff0000 == 0) {
            n += 16;
            x <<= 16;
        }
        if (x & 0xff000000 == 0) {
            n += 8;
            x <<= 8;
        }
        if (x & 0xf0000000 == 0) {
            n += 4;
            x <<= 4;
        }
        if (x & 0xc0000000 == 0) {
            n += 2;
            x <<= 2;
        }
        if (x & 0x80000000 == 0) {
            n += 1;
        }
    }

    // ---------------------------------------------------------------------
    // syscalls.go: syscall
    // ---------------------------------------------------------------------

    /// syscalls.go: syscall. Emulates the syscall in v0; v0 is the result or
    /// errno, a3 is 1 on error and 0 on success.
    function _syscall(VM memory vm) internal view {
        uint256 st = vm.st;
        uint32 num = _reg(st, REG_V0);
        uint32 a0 = _reg(st, REG_A0);
        uint32 a1 = _reg(st, REG_A1);
        uint32 a2 = _reg(st, REG_A2);
        uint32 v0;
        uint32 errno;
        bool yield;

        if (num == SYS_EXIT || num == SYS_EXIT_GROUP) {
            if (num == SYS_EXIT && _threadCountAboveOne(st)) {
                // a thread ends; the process goes on
                _incStep(st);
                _resumeNext(vm);
                return;
            }
            _setU8(st, OFF_EXITED, 1);
            _setU8(st, OFF_EXIT_CODE, uint8(a0));
            _incStep(st);
            return;
        } else if ((num == SYS_READ || num == SYS_READ_MORE || num == SYS_WRITE || num == SYS_WRITE_MORE) && a0 >= FD_FIRST) {
            bool ended;
            (ended, v0, errno) = _pipeIO(vm, num, a0, a1, a2);
            if (ended) {
                return;
            }
        } else if (num == SYS_WRITE_MORE) {
            errno = ERRNO_BADF;
        } else if (num == SYS_READ || num == SYS_READ_MORE) {
            if (num == SYS_READ_MORE && a0 != FD_STDIN) {
                errno = ERRNO_BADF; // only stdin and pipe reads take several steps
            } else if (a0 == FD_STDIN) {
                uint32 done = num == SYS_READ_MORE ? _reg(st, REG_V1) : 0;
                (uint32 n, bool more) = _readStdin(vm, a1, a2, done);
                if (more) {
                    _setReg(st, REG_V0, SYS_READ_MORE);
                    _setReg(st, REG_V1, n);
                    _incStep(st); // pc stays on the syscall: the next step goes on
                    return;
                }
                v0 = n;
            } else if (a0 == FD_HINT_READ) {
                v0 = a2; // the host acknowledges hints at once
            } else if (a0 == FD_PREIMAGE_READ) {
                v0 = _readPreimage(vm, a1, a2);
            } else if (a0 == FD_EVENTFD) {
                errno = ERRNO_AGAIN; // never signalled
            } else {
                errno = ERRNO_BADF;
            }
        } else if (num == SYS_WRITE) {
            if (a0 == FD_STDOUT || a0 == FD_STDERR || a0 == FD_HINT_WRITE || a0 == FD_EVENTFD) {
                v0 = a2; // output and hints do not touch the state
            } else if (a0 == FD_PREIMAGE_WRITE) {
                v0 = _writePreimageKey(vm, a1, a2);
            } else {
                errno = ERRNO_BADF;
            }
        } else if (num == SYS_MMAP || num == SYS_MMAP2) {
            if (a1 == 0) {
                errno = ERRNO_INVAL;
            } else if (a1 > MAX_LENGTH) {
                errno = ERRNO_NOMEM;
            } else if (a0 != 0) {
                // a hint or MAP_FIXED: the range becomes fresh zeros
                (uint32 rem, uint32 e) = _zeroStep(vm, a0, a1);
                if (e == 0 && rem != 0) {
                    _restart(st, rem);
                    return;
                }
                (v0, errno) = (a0, e);
            } else {
                uint32 heap = _u32(st, OFF_HEAP);
                uint32 size = uint32((uint256(a1) + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1));
                unchecked {
                    // uint32 arithmetic wraps, as in Go
                    if (size > HEAP_LIMIT - heap) {
                        errno = ERRNO_NOMEM;
                    } else {
                        // the bump allocator never hands out memory twice: it is zero
                        v0 = heap;
                        _setU32(st, OFF_HEAP, heap + size);
                    }
                }
            }
        } else if (num == SYS_MADVISE) {
            if (a2 == MADV_DONTNEED) {
                // Linux zero-fills these pages; Go relies on it
                (uint32 rem, uint32 e) = _zeroStep(vm, a0, a1);
                if (e == 0 && rem != 0) {
                    _restart(st, rem);
                    return;
                }
                errno = e;
            }
        } else if (num == SYS_BRK) {
            bool done;
            (v0, done) = _brkStep(vm, a0);
            if (!done) {
                _incStep(st); // pc stays on the syscall: the next step goes on
                return;
            }
        } else if (num == SYS_CLONE) {
            v0 = _clone(st, a1);
        } else if (num == SYS_FUTEX || num == SYS_FUTEX_TIME64) {
            uint32 futexOp = a1 & 0x7f; // without FUTEX_PRIVATE_FLAG and FUTEX_CLOCK_REALTIME
            if (futexOp == FUTEX_WAIT || futexOp == FUTEX_WAIT_BITSET) {
                yield = true; // woken at the thread's next turn
            } else if (futexOp == FUTEX_WAKE || futexOp == FUTEX_WAKE_BITSET) {
                v0 = 0; // waiters re-check when they run
            } else {
                errno = ERRNO_NOSYS;
            }
        } else if (num == SYS_SCHED_YIELD || num == SYS_NANOSLEEP) {
            yield = true;
        } else if (num == SYS_EPOLL_CREATE1) {
            v0 = FD_EPOLL;
        } else if (num == SYS_EVENTFD2) {
            v0 = FD_EVENTFD;
        } else if (num == SYS_EPOLL_CTL) {
            errno = _epollCtl(vm, a1, a2, _reg(st, REG_A3));
        } else if (num == SYS_EPOLL_WAIT || num == SYS_EPOLL_PWAIT) {
            (v0, errno) = _epollWait(vm, a1, a2);
            yield = errno == 0 && v0 == 0 && _reg(st, REG_A3) != 0; // a wait with a timeout and nothing to report
        } else if (num == SYS_PIPE2 || num == SYS_PIPE) {
            (v0, errno) = _pipeSyscall(vm, num, a0, a1);
        } else if (num == SYS_DUP) {
            (v0, errno) = _dupPipeFd(vm, a0, 0, false);
        } else if (num == SYS_GETPID) {
            v0 = 1;
        } else if (num == SYS_GETTID || num == SYS_SET_TID_ADDRESS) {
            v0 = _u32(st, OFF_THREAD_ID);
        } else if (num == SYS_FCNTL) {
            if (a0 >= FD_FIRST) {
                (v0, errno) = _fcntlPipe(vm, a0, a1, a2);
            } else if (a0 > FD_EVENTFD) {
                errno = ERRNO_BADF;
            } else if (a1 == FCNTL_GETFL) {
                v0 = _fdAccessMode(a0);
            } else if (a1 == FCNTL_GETFD) {
                v0 = 0;
            } else {
                errno = ERRNO_INVAL;
            }
        } else if (num == SYS_OPEN || num == SYS_OPENAT) {
            errno = ERRNO_NOENT; // there is no file system
        } else if (num == SYS_CLOSE) {
            if (a0 >= FD_FIRST) {
                errno = _closePipeFd(vm, a0);
            }
        } else if (num == SYS_PREAD64) {
            errno = ERRNO_BADF;
        } else if (num == SYS_CLOCK_GETTIME || num == SYS_CLOCK_GETTIME64) {
            errno = _clockGettime(vm, num, a1);
        } else if (num == SYS_GETRANDOM) {
            v0 = _getrandom(vm, a0, a1);
        } else if (num == SYS_MAP_COMMITTED) {
            (v0, errno) = _mapCommitted(vm, a0, a1);
        } else if (num == SYS_COMMITTED_ROOT) {
            errno = _committedRoot(vm, a0, a1, a2);
        } else if (
            num == SYS_SCHED_GETAFFIN || num == SYS_UNAME || num == SYS_MUNMAP || num == SYS_MPROTECT
                || num == SYS_PRCTL || num == SYS_RT_SIGACTION || num == SYS_RT_SIGPROCMASK || num == SYS_RT_SIGRETURN
                || num == SYS_SIGALTSTACK || num == SYS_TGKILL || num == SYS_PRLIMIT64 || num == SYS_SET_ROBUST_LIST
        ) {
            // Accepted and ignored.
            v0 = 0;
        } else {
            errno = ERRNO_NOSYS;
        }
        if (errno != 0) {
            _setReg(st, REG_V0, errno);
            _setReg(st, REG_A3, 1);
        } else {
            _setReg(st, REG_V0, v0);
            _setReg(st, REG_A3, 0);
        }
        _next(st);
        if (yield) {
            _switchThread(vm);
        }
    }

    /// syscalls.go: syscall, case SysClone. The child starts after the
    /// syscall on the stack it was given, with 0 in v0 and a3; it is pushed on
    /// Todo. Returns the child's id.
    function _clone(uint256 st, uint32 sp) internal pure returns (uint32 id) {
        id = _u32(st, OFF_NEXT_THREAD_ID);
        uint32 nextPC = _u32(st, OFF_NEXT_PC);
        uint256 ctx = _contextOf(st);
        unchecked {
            _setCtx32(ctx, 0, id);
            _setCtx32(ctx, 4, nextPC); // pc
            _setCtx32(ctx, 8, nextPC + 4); // nextPC
            _setCtx32(ctx, 20 + 4 * REG_SP, sp);
            _setCtx32(ctx, 20 + 4 * REG_V0, 0);
            _setCtx32(ctx, 20 + 4 * REG_A3, 0);
            _setB32(st, OFF_TODO_ROOT, _pushRoot(_b32(st, OFF_TODO_ROOT), ctx));
            _setU32(st, OFF_NEXT_THREAD_ID, id + 1);
        }
    }

    /// syscalls.go: fdAccessMode.
    function _fdAccessMode(uint32 fd) internal pure returns (uint32) {
        if (fd == FD_STDOUT || fd == FD_STDERR || fd == FD_HINT_WRITE || fd == FD_PREIMAGE_WRITE || fd == FD_EVENTFD) {
            return 1; // O_WRONLY
        }
        return 0; // O_RDONLY
    }

    /// syscalls.go: syscall, cases SysClockGettime and SysClockGettime64.
    /// Returns the errno.
    function _clockGettime(VM memory vm, uint32 num, uint32 a1) internal pure returns (uint32) {
        if (a1 & 3 != 0) {
            return ERRNO_FAULT;
        }
        (uint64 sec, uint32 nsec) = _guestTime(_u64(vm.st, OFF_STEP));
        unchecked {
            if (num == SYS_CLOCK_GETTIME) {
                _store(vm, a1, uint32(sec));
                _store(vm, a1 + 4, nsec);
            } else {
                _store(vm, a1, uint32(sec >> 32));
                _store(vm, a1 + 4, uint32(sec));
                _store(vm, a1 + 8, 0);
                _store(vm, a1 + 12, nsec);
            }
        }
        return 0;
    }

    /// syscalls.go: syscall, case SysGetrandom. Writes up to 4 bytes, to the
    /// end of the word at a0; returns the count.
    function _getrandom(VM memory vm, uint32 a0, uint32 a1) internal pure returns (uint32 n) {
        n = 4 - (a0 & 3);
        if (a1 < n) {
            n = a1;
        }
        if (n > 0) {
            uint32 word = a0 & ~uint32(3);
            uint32 shift = (a0 & 3) * 8;
            uint32 mask = (uint32(0xffffffff) >> shift) & ~(uint32(0xffffffff) >> (shift + 8 * n));
            uint32 old = _load(vm, word);
            _store(vm, word, (old & ~mask) | (_randomWord(_u64(vm.st, OFF_STEP)) & mask));
        }
    }

    /// syscalls.go: guestTime. The clock before executing the given step.
    function _guestTime(uint64 stepNum) internal pure returns (uint64 sec, uint32 nsec) {
        unchecked {
            uint64 ns = stepNum * NANOS_PER_STEP;
            return (ns / 1e9, uint32(ns % 1e9));
        }
    }

    /// syscalls.go: randomWord. splitmix64 of seed + step, truncated.
    function _randomWord(uint64 stepNum) internal pure returns (uint32) {
        unchecked {
            uint64 z = RANDOM_SEED + stepNum + 0x9e3779b97f4a7c15;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
            z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
            return uint32(z ^ (z >> 31));
        }
    }

    /// syscalls.go: writePreimageKey. Shifts up to 4 bytes (to the end of
    /// the word at addr) into the preimage key, and restarts reading at 0.
    function _writePreimageKey(VM memory vm, uint32 addr, uint32 count) internal pure returns (uint32 n) {
        uint256 st = vm.st;
        n = 4 - (addr & 3);
        if (count < n) {
            n = count;
        }
        uint32 word = _load(vm, addr & ~uint32(3));
        uint256 src = (uint256(word) >> (8 * (4 - (addr & 3) - n))) & ((uint256(1) << (8 * n)) - 1);
        uint256 key = (uint256(_b32(st, OFF_PREIMAGE_KEY)) << (8 * n)) | src;
        _setB32(st, OFF_PREIMAGE_KEY, bytes32(key));
        _setU32(st, OFF_PREIMAGE_OFFSET, 0);
    }

    /// syscalls.go: readPreimage. Copies up to 4 bytes (to the end of the
    /// word at addr) of the length-prefixed preimage of the current key, from
    /// the current offset. A local key is localized with the caller and the
    /// local context (PreimageOracle.localizeKey).
    function _readPreimage(VM memory vm, uint32 addr, uint32 count) internal view returns (uint32 n) {
        uint256 st = vm.st;
        bytes32 key = _b32(st, OFF_PREIMAGE_KEY);
        if (uint8(key[0]) == KEY_TYPE_LOCAL) {
            key = _localizeKey(key, msg.sender, vm.localContext);
        }
        uint32 off = _u32(st, OFF_PREIMAGE_OFFSET);
        (bytes32 dat, uint256 datLen) = oracle.readPreimage(key, off);
        // datLen is 0 at or past the end of the length-prefixed value.
        n = 4 - (addr & 3);
        if (count < n) {
            n = count;
        }
        if (datLen < n) {
            n = uint32(datLen);
        }
        if (n == 0) {
            return 0;
        }
        uint32 word = addr & ~uint32(3);
        uint32 a = addr & 3;
        uint32 mask = uint32((uint256(0xffffffff) >> (8 * a)) & ~(uint256(0xffffffff) >> (8 * (a + n))));
        uint32 src = uint32(uint256(dat) >> 224) >> (8 * a);
        uint32 old = _load(vm, word);
        _store(vm, word, (old & ~mask) | (src & mask));
        unchecked {
            _setU32(st, OFF_PREIMAGE_OFFSET, off + n);
        }
    }

    /// PreimageOracle.localizeKey: keccak256(key ‖ who ‖ localContext) with
    /// the first byte replaced by 1.
    function _localizeKey(bytes32 key, address who, bytes32 localContext) internal pure returns (bytes32 localized) {
        assembly {
            let ptr := mload(0x40)
            mstore(ptr, key)
            mstore(add(ptr, 0x20), who)
            mstore(add(ptr, 0x40), localContext)
            localized := or(and(keccak256(ptr, 0x60), not(shl(248, 0xff))), shl(248, KEY_TYPE_LOCAL))
        }
    }

    /// syscalls.go: mapCommitted. Maps the committed data of the current
    /// preimage key at addr, as the root of the subtree there. Returns the data
    /// length, or an errno.
    function _mapCommitted(VM memory vm, uint32 addr, uint32 maxSize) internal view returns (uint32, uint32) {
        bytes32 key = _b32(vm.st, OFF_PREIMAGE_KEY);
        if (uint8(key[0]) != KEY_TYPE_COMMITTED) {
            return (0, ERRNO_INVAL);
        }
        (bytes32 root, uint64 length) = oracle.committedData(key);
        uint256 h = _naturalHeight(length);
        uint256 size = uint256(32) << h;
        if (h > MAX_COMMITTED_HEIGHT || size > maxSize) {
            return (0, ERRNO_FBIG);
        }
        if (uint256(addr) & (size - 1) != 0) {
            return (0, ERRNO_INVAL);
        }
        _replaceNode(vm, addr, h, root);
        return (uint32(length), 0);
    }

    /// syscalls.go: committedRoot. Writes at out the root of the memory tree's
    /// node covering [addr, addr+size): the committed-data root of those
    /// bytes. size must be 32 << h with h <= 26, addr a multiple of size and
    /// out of 32; else EINVAL and nothing changes. The root is read (node
    /// proof of height h at addr) before the write (leaf proof at out).
    /// Returns the errno.
    function _committedRoot(VM memory vm, uint32 addr, uint32 size, uint32 out) internal pure returns (uint32) {
        if (
            size < 32 || uint256(size) > uint256(32) << MAX_COMMITTED_HEIGHT || size & (size - 1) != 0
                || addr & (size - 1) != 0 || out & 31 != 0
        ) {
            return ERRNO_INVAL;
        }
        uint256 h = _log2(size) - LEAF_SHIFT;
        bytes32 root = _readNode(vm, addr, h);
        _storeLeaf(vm, out, root);
        return 0;
    }

    /// memory.NaturalHeight: the height of the smallest tree that holds n bytes.
    function _naturalHeight(uint256 n) internal pure returns (uint256 h) {
        uint256 leaves = (n + 31) >> LEAF_SHIFT;
        if (leaves <= 1) {
            return 0;
        }
        for (uint256 x = leaves - 1; x != 0; x >>= 1) {
            h++;
        }
    }

    /// syscalls.go: zeroStep. Zeroes one block of the page-rounded range
    /// [addr, addr+length): the largest aligned power-of-two block that ends
    /// where the range ends. Returns the length still to zero, or an errno.
    function _zeroStep(VM memory vm, uint32 addr, uint32 length) internal pure returns (uint32, uint32) {
        if (addr & (PAGE_SIZE - 1) != 0 || length > MAX_LENGTH) {
            return (0, ERRNO_INVAL);
        }
        uint256 n = (uint256(length) + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
        uint256 end = uint256(addr) + n;
        if (n == 0) {
            return (0, 0);
        }
        if (end > 1 << 32) {
            return (0, ERRNO_INVAL);
        }
        uint256 size = end & (~end + 1); // the end's alignment
        while (size > n) {
            size >>= 1;
        }
        uint256 h = _log2(size) - LEAF_SHIFT;
        _replaceNode(vm, uint32(end - size), h, _zeroHash(h));
        return (uint32(n - size), 0);
    }

    /// syscalls.go: readStdin. One step of read(0, buf, count) with done
    /// bytes copied already: copies the next stdin bytes, up to the end of
    /// the destination's word. Returns the bytes done and whether the read
    /// goes on.
    function _readStdin(VM memory vm, uint32 buf, uint32 count, uint32 done) internal pure returns (uint32, bool) {
        uint32 length = _load(vm, STDIN_LEN_WORD);
        uint32 off = _load(vm, STDIN_OFF_WORD);
        if (uint256(length) > STDIN_MAX_SIZE || off >= length) {
            return (done, false);
        }
        unchecked {
            // uint32 arithmetic wraps, as in Go
            uint32 total = count - done; // what is left to copy
            if (length - off < total) {
                total = length - off;
            }
            if (total == 0) {
                return (done, false);
            }
            uint32 dst = buf + done;
            uint32 k = 4 - (dst & 3);
            if (total < k) {
                k = total;
            }
            _copyBytes(vm, STDIN_BASE + off, dst, k);
            _store(vm, STDIN_OFF_WORD, off + k);
            return (done + k, k < total);
        }
    }

    /// syscalls.go: readStdin's copy of k bytes (1 to 4, to the end of the
    /// destination's word) from src to dst: loads of the one or two source
    /// words and of the destination word, then its store.
    function _copyBytes(VM memory vm, uint32 src, uint32 dst, uint32 k) internal pure {
        unchecked {
            uint256 b = uint256(_load(vm, src & ~uint32(3))) << 32; // 8 source bytes, big-endian
            if ((src & 3) + k > 4) {
                b |= _load(vm, (src & ~uint32(3)) + 4);
            }
            uint256 ones = (uint256(1) << (8 * k)) - 1;
            uint256 val = (b >> (8 * (8 - (src & 3) - k))) & ones;
            uint256 shift = 8 * (4 - (dst & 3) - k);
            uint32 word = dst & ~uint32(3);
            uint32 old = _load(vm, word);
            _store(vm, word, uint32((uint256(old) & ~(ones << shift)) | (val << shift)));
        }
    }

    /// syscalls.go: brkStep. Moves the program break towards want, one
    /// step's worth: outside [PROGRAM_BREAK, BRK_LIMIT] nothing changes;
    /// shrinking is one step; growing zeroes [break, want) from the bottom,
    /// the rest of the break's leaf or one aligned block per step, storing
    /// the new break each time. Returns the break and whether this was the
    /// last step.
    function _brkStep(VM memory vm, uint32 want) internal pure returns (uint32, bool) {
        uint32 cur;
        unchecked {
            cur = PROGRAM_BREAK + _load(vm, BRK_WORD); // uint32 arithmetic wraps, as in Go
        }
        if (cur < PROGRAM_BREAK || cur > BRK_LIMIT) {
            cur = PROGRAM_BREAK; // a break the guest overwrote
        }
        if (want < PROGRAM_BREAK || want > BRK_LIMIT) {
            return (cur, true);
        }
        if (want <= cur) {
            _store(vm, BRK_WORD, want - PROGRAM_BREAK);
            return (want, true);
        }
        uint32 next;
        if (cur & 31 != 0) {
            // the rest of the break's leaf
            uint32 addr = cur & ~uint32(31);
            bytes32 leaf = _readNode(vm, addr, 0);
            leaf &= bytes32(~(type(uint256).max >> (8 * (cur - addr))));
            _storeLeaf(vm, addr, leaf);
            next = addr + 32;
        } else {
            uint256 end = (uint256(want) + 31) & ~uint256(31);
            uint256 size = uint256(cur) & (~uint256(cur) + 1); // the break's alignment
            while (size > end - cur) {
                size >>= 1;
            }
            uint256 h = _log2(size) - LEAF_SHIFT;
            _replaceNode(vm, cur, h, _zeroHash(h));
            next = cur + uint32(size);
        }
        if (next >= want) {
            _store(vm, BRK_WORD, want - PROGRAM_BREAK);
            return (want, true);
        }
        _store(vm, BRK_WORD, next - PROGRAM_BREAK);
        return (next, false);
    }

    /// syscalls.go: restart. Ends a step in the middle of a syscall that
    /// takes several steps: a1 holds the length still to do and pc stays on
    /// the syscall.
    function _restart(uint256 st, uint32 remaining) internal pure {
        _setReg(st, REG_A1, remaining);
        _incStep(st);
    }

    function _incStep(uint256 st) internal pure {
        unchecked {
            _setU64(st, OFF_STEP, _u64(st, OFF_STEP) + 1);
        }
    }

    /// log2 of a power of two.
    function _log2(uint256 x) internal pure returns (uint256 r) {
        while (x > 1) {
            x >>= 1;
            r++;
        }
    }

    /// memory.ZeroHash: the root of an all-zero subtree of height h.
    function _zeroHash(uint256 h) internal pure returns (bytes32 z) {
        assembly {
            for { let i := 0 } lt(i, h) { i := add(i, 1) } {
                mstore(0, z)
                mstore(32, z)
                z := keccak256(0, 64)
            }
        }
    }

    // ---------------------------------------------------------------------
    // pipes.go: the fd table, pipes and epoll readiness in the kernel area
    // ---------------------------------------------------------------------

    /// syscalls.go: syscall, cases SysRead/SysReadMore and
    /// SysWrite/SysWriteMore on a pipe fd, with goOn. Returns whether the
    /// step ended there (it goes on or waits), else the result.
    function _pipeIO(VM memory vm, uint32 num, uint32 fd, uint32 buf, uint32 count)
        internal
        pure
        returns (bool, uint32, uint32)
    {
        uint256 st = vm.st;
        bool isRead = num == SYS_READ || num == SYS_READ_MORE;
        uint32 done = (num == SYS_READ_MORE || num == SYS_WRITE_MORE) ? _reg(st, REG_V1) : 0;
        (uint32 n, uint32 errno, uint256 io) =
            isRead ? _pipeRead(vm, fd, buf, count, done) : _pipeWrite(vm, fd, buf, count, done);
        if (io == IO_DONE) {
            return (false, n, errno);
        }
        // goOn: pc stays, v0 is the continuing syscall, v1 the bytes done
        _setReg(st, REG_V0, isRead ? SYS_READ_MORE : SYS_WRITE_MORE);
        _setReg(st, REG_V1, n);
        _incStep(st);
        if (io == IO_BLOCK) {
            _switchThread(vm);
        }
        return (true, 0, 0);
    }

    /// syscalls.go: syscall, cases SysPipe2 and SysPipe.
    function _pipeSyscall(VM memory vm, uint32 num, uint32 a0, uint32 a1) internal pure returns (uint32, uint32) {
        if (num == SYS_PIPE2 && a0 & 3 != 0) {
            return (0, ERRNO_FAULT);
        }
        (uint32 rfd, uint32 wfd, uint32 errno) = _pipe2(vm, num == SYS_PIPE2 ? a1 : 0);
        if (errno != 0) {
            return (0, errno);
        }
        if (num == SYS_PIPE) {
            _setReg(vm.st, REG_V1, wfd); // MIPS: the fds in v0 and v1
            return (rfd, 0);
        }
        _store(vm, a0, rfd);
        unchecked {
            _store(vm, a0 + 4, wfd);
        }
        return (0, 0);
    }

    function _fdSlot(uint32 fd) internal pure returns (uint32) {
        unchecked {
            return FD_SLOTS + fd * 32;
        }
    }

    function _pipeSlot(uint32 p) internal pure returns (uint32) {
        unchecked {
            return PIPE_SLOTS + p * 32;
        }
    }

    function _pipeBuf(uint32 p) internal pure returns (uint32) {
        unchecked {
            return PIPE_BUFS + p * PIPE_SIZE;
        }
    }

    function _leafU32(bytes32 l, uint256 off) internal pure returns (uint32) {
        return uint32(uint256(l) >> (224 - 8 * off));
    }

    function _setLeafU32(bytes32 l, uint256 off, uint32 v) internal pure returns (bytes32) {
        uint256 sh = 224 - 8 * off;
        return bytes32((uint256(l) & ~(uint256(0xffffffff) << sh)) | (uint256(v) << sh));
    }

    function _leafBit(bytes32 l, uint256 i) internal pure returns (bool) {
        return (uint256(l) >> (255 - i)) & 1 == 1;
    }

    function _setLeafBit(bytes32 l, uint256 i, bool on) internal pure returns (bytes32) {
        uint256 bit = uint256(1) << (255 - i);
        return on ? bytes32(uint256(l) | bit) : bytes32(uint256(l) & ~bit);
    }

    /// pipes.go: lowestClear. The lowest clear bit in [from, limit), or limit.
    function _lowestClear(bytes32 l, uint32 from, uint32 limit) internal pure returns (uint32) {
        for (uint32 i = from; i < limit; i++) {
            if (!_leafBit(l, i)) {
                return i;
            }
        }
        return limit;
    }

    /// pipes.go: lowestSet. The lowest set bit, or 256: bit i is the
    /// (255 - i)th of the word, so this counts its leading zeros.
    function _lowestSet(bytes32 l) internal pure returns (uint32 n) {
        uint256 x = uint256(l);
        if (x == 0) {
            return uint32(MAX_BITMAP_BITS);
        }
        for (uint256 sh = 128; sh > 0; sh >>= 1) {
            if (x >> (256 - sh) == 0) {
                n += uint32(sh);
                x <<= sh;
            }
        }
    }

    /// pipes.go: setBitmap.
    function _setBitmap(VM memory vm, uint32 addr, uint32 i, bool on) internal pure {
        bytes32 l = _readNode(vm, addr, 0);
        _storeLeaf(vm, addr, _setLeafBit(l, i, on));
    }

    /// pipes.go: pipeFdSlot.
    function _pipeFdSlot(VM memory vm, uint32 fd) internal pure returns (bytes32 slot, bool ok) {
        if (fd < FD_FIRST || fd >= MAX_FDS) {
            return (slot, false);
        }
        slot = _readNode(vm, _fdSlot(fd), 0);
        return (slot, _leafU32(slot, SLOT_FLAGS) & KIND_MASK != 0);
    }

    /// pipes.go: pipeEnd.
    function _pipeEnd(VM memory vm, uint32 fd) internal pure returns (uint32 flags, uint32 p) {
        (bytes32 slot,) = _pipeFdSlot(vm, fd);
        return (_leafU32(slot, SLOT_FLAGS), _leafU32(slot, SLOT_PIPE));
    }

    /// pipes.go: pipe2.
    function _pipe2(VM memory vm, uint32 flags) internal pure returns (uint32 rfd, uint32 wfd, uint32) {
        if (flags & ~(O_NONBLOCK | O_CLOEXEC) != 0) {
            return (0, 0, ERRNO_INVAL);
        }
        bytes32 fds = _readNode(vm, FD_BITMAP, 0);
        rfd = _lowestClear(fds, FD_FIRST, MAX_FDS);
        if (rfd == MAX_FDS) {
            return (0, 0, ERRNO_MFILE);
        }
        fds = _setLeafBit(fds, rfd, true);
        wfd = _lowestClear(fds, FD_FIRST, MAX_FDS);
        if (wfd == MAX_FDS) {
            return (0, 0, ERRNO_MFILE);
        }
        fds = _setLeafBit(fds, wfd, true);
        bytes32 pipes = _readNode(vm, PIPE_BITMAP, 0);
        uint32 p = _lowestClear(pipes, 0, MAX_PIPES);
        if (p == MAX_PIPES) {
            return (0, 0, ERRNO_NFILE);
        }
        _storeLeaf(vm, FD_BITMAP, fds);
        _storeLeaf(vm, PIPE_BITMAP, _setLeafBit(pipes, p, true));
        bytes32 rec = _setLeafU32(_setLeafU32(bytes32(0), PIPE_READERS, 1), PIPE_WRITERS, 1);
        _storeLeaf(vm, _pipeSlot(p), rec);
        uint32 common = flags & O_NONBLOCK; // = SLOT_NONBLOCK
        if (flags & O_CLOEXEC != 0) {
            common |= SLOT_CLOEXEC;
        }
        bytes32 slot = _setLeafU32(bytes32(0), SLOT_PIPE, p);
        _storeLeaf(vm, _fdSlot(rfd), _setLeafU32(slot, SLOT_FLAGS, common | KIND_READ_END));
        _storeLeaf(vm, _fdSlot(wfd), _setLeafU32(slot, SLOT_FLAGS, common | KIND_WRITE_END));
        return (rfd, wfd, 0);
    }

    /// pipes.go: endOffsets.
    function _endOffsets(uint32 kind) internal pure returns (uint256 count, uint256 epoll) {
        if (kind == KIND_READ_END) {
            return (PIPE_READERS, PIPE_READ_EPOLL);
        }
        return (PIPE_WRITERS, PIPE_WRITE_EPOLL);
    }

    /// pipes.go: closePipeFd.
    function _closePipeFd(VM memory vm, uint32 fd) internal pure returns (uint32) {
        (bytes32 slot, bool ok) = _pipeFdSlot(vm, fd);
        if (!ok) {
            return ERRNO_BADF;
        }
        uint32 flags = _leafU32(slot, SLOT_FLAGS);
        uint32 p = _leafU32(slot, SLOT_PIPE);
        _storeLeaf(vm, _fdSlot(fd), bytes32(0));
        _setBitmap(vm, FD_BITMAP, fd, false);
        if (flags & SLOT_EPOLL != 0) {
            _setBitmap(vm, READY_BITMAP, fd, false);
        }
        uint32 kind = flags & KIND_MASK;
        (uint256 countOff, uint256 epollOff) = _endOffsets(kind);
        bytes32 rec = _readNode(vm, _pipeSlot(p), 0);
        uint32 left;
        unchecked {
            left = _leafU32(rec, countOff) - 1;
        }
        rec = _setLeafU32(rec, countOff, left);
        if (_leafU32(rec, epollOff) == fd + 1) {
            rec = _setLeafU32(rec, epollOff, 0);
        }
        _storeLeaf(vm, _pipeSlot(p), rec);
        if (left != 0) {
            return 0;
        }
        if (_leafU32(rec, PIPE_READERS) == 0 && _leafU32(rec, PIPE_WRITERS) == 0) {
            if (p < MAX_PIPES) {
                _setBitmap(vm, PIPE_BITMAP, p, false);
            }
        } else if (kind == KIND_WRITE_END) {
            _notify(vm, _leafU32(rec, PIPE_READ_EPOLL), EPOLL_HUP);
        } else {
            _notify(vm, _leafU32(rec, PIPE_WRITE_EPOLL), EPOLL_ERR);
        }
        return 0;
    }

    /// pipes.go: dupPipeFd.
    function _dupPipeFd(VM memory vm, uint32 fd, uint32 minFd, bool cloexec) internal pure returns (uint32, uint32) {
        (bytes32 slot, bool ok) = _pipeFdSlot(vm, fd);
        if (!ok) {
            return (0, ERRNO_BADF);
        }
        if (minFd >= MAX_FDS) {
            return (0, ERRNO_INVAL);
        }
        bytes32 fds = _readNode(vm, FD_BITMAP, 0);
        uint32 nfd = _lowestClear(fds, minFd > FD_FIRST ? minFd : FD_FIRST, MAX_FDS);
        if (nfd == MAX_FDS) {
            return (0, ERRNO_MFILE);
        }
        _storeLeaf(vm, FD_BITMAP, _setLeafBit(fds, nfd, true));
        uint32 flags = _leafU32(slot, SLOT_FLAGS);
        uint32 p = _leafU32(slot, SLOT_PIPE);
        uint32 nflags = flags & (KIND_MASK | SLOT_NONBLOCK);
        if (cloexec) {
            nflags |= SLOT_CLOEXEC;
        }
        _storeLeaf(vm, _fdSlot(nfd), _setLeafU32(_setLeafU32(bytes32(0), SLOT_FLAGS, nflags), SLOT_PIPE, p));
        (uint256 countOff,) = _endOffsets(flags & KIND_MASK);
        bytes32 rec = _readNode(vm, _pipeSlot(p), 0);
        unchecked {
            rec = _setLeafU32(rec, countOff, _leafU32(rec, countOff) + 1);
        }
        _storeLeaf(vm, _pipeSlot(p), rec);
        return (nfd, 0);
    }

    /// pipes.go: fcntlPipe.
    function _fcntlPipe(VM memory vm, uint32 fd, uint32 cmd, uint32 arg) internal pure returns (uint32, uint32) {
        (bytes32 slot, bool ok) = _pipeFdSlot(vm, fd);
        if (!ok) {
            return (0, ERRNO_BADF);
        }
        uint32 flags = _leafU32(slot, SLOT_FLAGS);
        if (cmd == FCNTL_GETFD) {
            return (flags & SLOT_CLOEXEC != 0 ? FD_CLOEXEC : 0, 0);
        } else if (cmd == FCNTL_GETFL) {
            return ((flags & SLOT_NONBLOCK) | ((flags & KIND_MASK) >> 1), 0); // O_RDONLY 0, O_WRONLY 1
        } else if (cmd == FCNTL_SETFD) {
            flags &= ~SLOT_CLOEXEC;
            if (arg & FD_CLOEXEC != 0) {
                flags |= SLOT_CLOEXEC;
            }
        } else if (cmd == FCNTL_SETFL) {
            flags = (flags & ~SLOT_NONBLOCK) | (arg & O_NONBLOCK);
        } else if (cmd == FCNTL_DUPFD || cmd == FCNTL_DUPFD_CLOEXEC) {
            return _dupPipeFd(vm, fd, arg, cmd == FCNTL_DUPFD_CLOEXEC);
        } else {
            return (0, ERRNO_INVAL);
        }
        _storeLeaf(vm, _fdSlot(fd), _setLeafU32(slot, SLOT_FLAGS, flags));
        return (0, 0);
    }

    /// pipes.go: pipeRead.
    function _pipeRead(VM memory vm, uint32 fd, uint32 buf, uint32 count, uint32 done)
        internal
        pure
        returns (uint32, uint32, uint256)
    {
        unchecked {
            return _pipeReadAt(vm, fd, buf + done, count - done, done);
        }
    }

    /// pipes.go: pipeRead, into dst = buf + done with want = count - done
    /// bytes left to read.
    function _pipeReadAt(VM memory vm, uint32 fd, uint32 dst, uint32 want, uint32 done)
        internal
        pure
        returns (uint32, uint32, uint256)
    {
        (uint32 flags, uint32 p) = _pipeEnd(vm, fd);
        if (flags & KIND_MASK != KIND_READ_END) {
            return (0, ERRNO_BADF, IO_DONE);
        }
        bytes32 rec = _readNode(vm, _pipeSlot(p), 0);
        uint32 avail = _pipeUsed(rec);
        if (want == 0 || avail == 0) {
            if (done > 0 || want == 0) {
                return (done, 0, IO_DONE);
            } else if (_leafU32(rec, PIPE_WRITERS) == 0) {
                return (0, 0, IO_DONE); // end of file
            } else if (flags & SLOT_NONBLOCK != 0) {
                return (0, ERRNO_AGAIN, IO_DONE);
            }
            return (0, 0, IO_BLOCK);
        }
        uint32 k;
        (k, rec) = _pipeCopyOut(vm, p, rec, dst, want);
        unchecked {
            if (k < want && k < avail) {
                return (done + k, 0, IO_MORE);
            }
            _notify(vm, _leafU32(rec, PIPE_WRITE_EPOLL), EPOLL_OUT); // the writer has room
            return (done + k, 0, IO_DONE);
        }
    }

    /// pipes.go: pipeUsed. The bytes in the pipe's ring.
    function _pipeUsed(bytes32 rec) internal pure returns (uint32) {
        unchecked {
            return _leafU32(rec, PIPE_WRITE_COUNT) - _leafU32(rec, PIPE_READ_COUNT);
        }
    }

    /// pipes.go: pipeCopyOut. Copies up to want bytes (and the bytes in the
    /// pipe) from the ring to dst, to the end of dst's word and of the ring;
    /// returns the count and the record, stored with the new read count.
    function _pipeCopyOut(VM memory vm, uint32 p, bytes32 rec, uint32 dst, uint32 want)
        internal
        pure
        returns (uint32 k, bytes32)
    {
        uint32 rc = _leafU32(rec, PIPE_READ_COUNT);
        unchecked {
            uint32 src = _pipeBuf(p) + rc % PIPE_SIZE;
            k = _min32(_min32(want, _pipeUsed(rec)), _min32(4 - (dst & 3), _pipeBuf(p) + PIPE_SIZE - src));
            _copyBytes(vm, src, dst, k);
            rec = _setLeafU32(rec, PIPE_READ_COUNT, rc + k);
        }
        _storeLeaf(vm, _pipeSlot(p), rec);
        return (k, rec);
    }

    /// pipes.go: pipeWrite.
    function _pipeWrite(VM memory vm, uint32 fd, uint32 buf, uint32 count, uint32 done)
        internal
        pure
        returns (uint32, uint32, uint256)
    {
        unchecked {
            return _pipeWriteAt(vm, fd, buf + done, count - done, done);
        }
    }

    /// pipes.go: pipeWrite, from src = buf + done with want = count - done
    /// bytes left to write.
    function _pipeWriteAt(VM memory vm, uint32 fd, uint32 src, uint32 want, uint32 done)
        internal
        pure
        returns (uint32, uint32, uint256)
    {
        (uint32 flags, uint32 p) = _pipeEnd(vm, fd);
        if (flags & KIND_MASK != KIND_WRITE_END) {
            return (0, ERRNO_BADF, IO_DONE);
        }
        bytes32 rec = _readNode(vm, _pipeSlot(p), 0);
        if (_leafU32(rec, PIPE_READERS) == 0) {
            if (done > 0) {
                return (done, 0, IO_DONE);
            }
            return (0, ERRNO_PIPE, IO_DONE);
        }
        if (want == 0 || _pipeSpace(rec) == 0) {
            return _pipeWriteStuck(vm, flags, rec, want, done);
        }
        uint32 k;
        (k, rec) = _pipeCopyIn(vm, p, rec, src, want);
        unchecked {
            if (k < want) {
                return (done + k, 0, IO_MORE); // a full pipe is found by the next step
            }
            _notify(vm, _leafU32(rec, PIPE_READ_EPOLL), EPOLL_IN);
            return (done + k, 0, IO_DONE);
        }
    }

    /// pipes.go: pipeSpace. The room left in the pipe's ring.
    function _pipeSpace(bytes32 rec) internal pure returns (uint32) {
        unchecked {
            return PIPE_SIZE - (_leafU32(rec, PIPE_WRITE_COUNT) - _leafU32(rec, PIPE_READ_COUNT));
        }
    }

    /// pipes.go: pipeWriteStuck. A write with nothing to do (want 0) or no
    /// room: done, waiting, a short count, or EAGAIN.
    function _pipeWriteStuck(VM memory vm, uint32 flags, bytes32 rec, uint32 want, uint32 done)
        internal
        pure
        returns (uint32, uint32, uint256)
    {
        if (want == 0) {
            return (done, 0, IO_DONE);
        } else if (flags & SLOT_NONBLOCK == 0) {
            if (done > 0) {
                _notify(vm, _leafU32(rec, PIPE_READ_EPOLL), EPOLL_IN);
            }
            return (done, 0, IO_BLOCK);
        } else if (done > 0) {
            _notify(vm, _leafU32(rec, PIPE_READ_EPOLL), EPOLL_IN);
            return (done, 0, IO_DONE);
        }
        return (0, ERRNO_AGAIN, IO_DONE);
    }

    /// pipes.go: pipeCopyIn. Copies up to want bytes (and the room left)
    /// from src into the pipe's ring, to the end of the ring's word; returns
    /// the count and the record, stored with the new write count.
    function _pipeCopyIn(VM memory vm, uint32 p, bytes32 rec, uint32 src, uint32 want)
        internal
        pure
        returns (uint32 k, bytes32)
    {
        uint32 wc = _leafU32(rec, PIPE_WRITE_COUNT);
        unchecked {
            uint32 dst = _pipeBuf(p) + wc % PIPE_SIZE;
            k = _min32(_min32(want, _pipeSpace(rec)), 4 - (dst & 3));
            _copyBytes(vm, src, dst, k);
            rec = _setLeafU32(rec, PIPE_WRITE_COUNT, wc + k);
        }
        _storeLeaf(vm, _pipeSlot(p), rec);
        return (k, rec);
    }

    function _min32(uint32 a, uint32 b) internal pure returns (uint32) {
        return a < b ? a : b;
    }

    /// pipes.go: notify.
    function _notify(VM memory vm, uint32 fdPlus1, uint32 events) internal pure {
        uint32 fd;
        unchecked {
            fd = fdPlus1 - 1;
        }
        if (fdPlus1 == 0 || fd >= MAX_FDS) {
            return;
        }
        bytes32 slot = _readNode(vm, _fdSlot(fd), 0);
        uint32 ev = events & (_leafU32(slot, SLOT_EVENTS) | EPOLL_ERR | EPOLL_HUP);
        if (ev == 0) {
            return;
        }
        _storeLeaf(vm, _fdSlot(fd), _setLeafU32(slot, SLOT_PENDING, _leafU32(slot, SLOT_PENDING) | ev));
        _setBitmap(vm, READY_BITMAP, fd, true);
    }

    /// pipes.go: readiness.
    function _readiness(uint32 kind, bytes32 rec) internal pure returns (uint32 ev) {
        uint32 used;
        unchecked {
            used = _leafU32(rec, PIPE_WRITE_COUNT) - _leafU32(rec, PIPE_READ_COUNT);
        }
        if (kind == KIND_READ_END) {
            if (used != 0) {
                ev |= EPOLL_IN;
            }
            if (_leafU32(rec, PIPE_WRITERS) == 0) {
                ev |= EPOLL_HUP;
            }
            return ev;
        }
        if (used < PIPE_SIZE) {
            ev |= EPOLL_OUT;
        }
        if (_leafU32(rec, PIPE_READERS) == 0) {
            ev |= EPOLL_ERR;
        }
    }

    /// pipes.go: epollCtl.
    function _epollCtl(VM memory vm, uint32 op, uint32 fd, uint32 evPtr) internal pure returns (uint32) {
        if (fd < FD_FIRST) {
            return 0;
        }
        if (op != EPOLL_CTL_ADD && op != EPOLL_CTL_DEL && op != EPOLL_CTL_MOD) {
            return ERRNO_INVAL;
        }
        (bytes32 slot, bool ok) = _pipeFdSlot(vm, fd);
        if (!ok) {
            return ERRNO_BADF;
        }
        uint32 flags = _leafU32(slot, SLOT_FLAGS);
        bool registered = flags & SLOT_EPOLL != 0;
        if (op == EPOLL_CTL_ADD && registered) {
            return ERRNO_EXIST;
        } else if (op != EPOLL_CTL_ADD && !registered) {
            return ERRNO_NOENT;
        } else if (op != EPOLL_CTL_DEL && evPtr & 3 != 0) {
            return ERRNO_FAULT;
        }
        uint32 p = _leafU32(slot, SLOT_PIPE);
        bytes32 rec = _readNode(vm, _pipeSlot(p), 0);
        uint32 pending;
        (slot, rec, pending) = _epollUpdate(vm, op, fd, evPtr, slot, rec);
        _storeLeaf(vm, _fdSlot(fd), slot);
        _storeLeaf(vm, _pipeSlot(p), rec);
        _setBitmap(vm, READY_BITMAP, fd, pending != 0);
        return 0;
    }

    /// pipes.go: epollCtl, the new slot and pipe record (the event's words
    /// are loaded here, for ADD and MOD).
    function _epollUpdate(VM memory vm, uint32 op, uint32 fd, uint32 evPtr, bytes32 slot, bytes32 rec)
        internal
        pure
        returns (bytes32, bytes32, uint32 pending)
    {
        uint32 flags = _leafU32(slot, SLOT_FLAGS);
        (, uint256 epollOff) = _endOffsets(flags & KIND_MASK);
        if (op == EPOLL_CTL_DEL) {
            slot = _setLeafU32(slot, SLOT_FLAGS, flags & ~SLOT_EPOLL);
            slot = _setLeafU32(slot, SLOT_EVENTS, 0);
            slot = _setLeafU32(slot, SLOT_PENDING, 0);
            slot = _setLeafU32(slot, SLOT_DATA, 0);
            slot = _setLeafU32(slot, SLOT_DATA + 4, 0);
            if (_leafU32(rec, epollOff) == fd + 1) {
                rec = _setLeafU32(rec, epollOff, 0);
            }
            return (slot, rec, 0);
        }
        uint32 events = _load(vm, evPtr);
        pending = _readiness(flags & KIND_MASK, rec) & (events | EPOLL_ERR | EPOLL_HUP);
        slot = _setLeafU32(slot, SLOT_FLAGS, flags | SLOT_EPOLL);
        slot = _setLeafU32(slot, SLOT_EVENTS, events);
        slot = _setLeafU32(slot, SLOT_PENDING, pending);
        unchecked {
            slot = _setLeafU32(slot, SLOT_DATA, _load(vm, evPtr + 8));
            slot = _setLeafU32(slot, SLOT_DATA + 4, _load(vm, evPtr + 12));
        }
        return (slot, _setLeafU32(rec, epollOff, fd + 1), pending);
    }

    /// pipes.go: epollWait. Reports the lowest ready fd's pending events.
    function _epollWait(VM memory vm, uint32 events, uint32 maxEvents) internal pure returns (uint32, uint32) {
        if (int32(maxEvents) <= 0) {
            return (0, ERRNO_INVAL);
        }
        bytes32 ready = _readNode(vm, READY_BITMAP, 0);
        uint32 fd = _lowestSet(ready);
        if (fd == MAX_BITMAP_BITS) {
            return (0, 0);
        }
        if (events & 3 != 0) {
            return (0, ERRNO_FAULT);
        }
        bytes32 slot = _readNode(vm, _fdSlot(fd), 0);
        uint32 ev = _leafU32(slot, SLOT_PENDING) & (_leafU32(slot, SLOT_EVENTS) | EPOLL_ERR | EPOLL_HUP);
        _storeLeaf(vm, _fdSlot(fd), _setLeafU32(slot, SLOT_PENDING, 0));
        _setBitmap(vm, READY_BITMAP, fd, false);
        if (ev == 0) {
            return (0, 0);
        }
        _store(vm, events, ev);
        unchecked {
            _store(vm, events + 8, _leafU32(slot, SLOT_DATA));
            _store(vm, events + 12, _leafU32(slot, SLOT_DATA + 4));
        }
        return (1, 0);
    }

    // ---------------------------------------------------------------------
    // threads.go
    // ---------------------------------------------------------------------

    /// ThreadCount() > 1: some thread is waiting.
    function _threadCountAboveOne(uint256 st) internal pure returns (bool) {
        return _b32(st, OFF_TODO_ROOT) != bytes32(0) || _b32(st, OFF_DONE_ROOT) != bytes32(0);
    }

    /// threads.go: switchThread. Parks the running thread (already advanced)
    /// on Done and resumes the next one. With no other thread it does nothing.
    function _switchThread(VM memory vm) internal pure {
        uint256 st = vm.st;
        if (!_threadCountAboveOne(st)) {
            return;
        }
        _setB32(st, OFF_DONE_ROOT, _pushRoot(_b32(st, OFF_DONE_ROOT), _contextOf(st)));
        _resumeNext(vm);
    }

    /// threads.go: resumeNext. Pops the next thread into the running slot,
    /// trading the stacks when Todo is empty. The popped context and the root
    /// below it are the thread proof, checked against Todo's root.
    function _resumeNext(VM memory vm) internal pure {
        uint256 st = vm.st;
        vm.switched = true;
        bytes32 todo = _b32(st, OFF_TODO_ROOT);
        if (todo == bytes32(0)) {
            todo = _b32(st, OFF_DONE_ROOT);
            _setB32(st, OFF_DONE_ROOT, bytes32(0));
        }
        uint256 p = vm.proofAt;
        require(p + THREAD_PROOF_SIZE <= vm.proofEnd, "MIPS: thread proof too short");
        vm.proofAt = p + THREAD_PROOF_SIZE;
        bytes32 root;
        bytes32 below;
        assembly {
            let ptr := mload(0x40)
            calldatacopy(ptr, p, THREAD_CONTEXT_SIZE)
            mstore(0, keccak256(ptr, THREAD_CONTEXT_SIZE))
            below := calldataload(add(p, THREAD_CONTEXT_SIZE))
            mstore(32, below)
            root := keccak256(0, 64)
        }
        require(root == todo, "MIPS: bad thread proof");
        _setB32(st, OFF_TODO_ROOT, below);
        // state.go: resume. id, pc, nextPC, LO, HI, registers.
        assembly {
            let w := calldataload(p)
            let cur := mload(add(st, OFF_THREAD_ID))
            mstore(
                add(st, OFF_THREAD_ID),
                or(and(cur, shr(32, not(0))), and(w, shl(224, 0xffffffff)))
            )
            calldatacopy(add(st, OFF_PC), add(p, 4), 16)
            calldatacopy(add(st, OFF_REGISTERS), add(p, 20), 128)
        }
        _setU8(st, OFF_LL_RESERVED, 0);
    }

    /// state.go: current, then Thread.Encode: the running thread's 148-byte
    /// context (id, pc, nextPC, LO, HI, registers) in fresh memory.
    function _contextOf(uint256 st) internal pure returns (uint256 ctx) {
        assembly {
            ctx := mload(0x40)
            mstore(0x40, add(ctx, 192))
            mstore(ctx, shl(224, shr(224, mload(add(st, OFF_THREAD_ID)))))
            mcopy(add(ctx, 4), add(st, OFF_PC), 16)
            mcopy(add(ctx, 20), add(st, OFF_REGISTERS), 128)
        }
    }

    function _setCtx32(uint256 ctx, uint256 off, uint32 v) internal pure {
        _setU32(ctx, off, v);
    }

    /// threads.go: StackRoot. keccak256(keccak256(context) ‖ below).
    function _pushRoot(bytes32 below, uint256 ctx) internal pure returns (bytes32 root) {
        assembly {
            mstore(0, keccak256(ctx, THREAD_CONTEXT_SIZE))
            mstore(32, below)
            root := keccak256(0, 64)
        }
    }

    // ---------------------------------------------------------------------
    // vm.go: fetch, load, store; witness.go: proof order
    // ---------------------------------------------------------------------

    /// vm.go: fetch. The leaf proof of pc's word comes first in every
    /// witness, even when pc is then found to be invalid.
    function _fetch(VM memory vm, uint32 pc) internal pure returns (uint32 insn) {
        uint32 addr = pc & ~uint32(3);
        uint256 p = _memProof(vm, addr, 0);
        insn = _wordOf(p, addr);
    }

    /// vm.go: load. Reads the aligned word at addr; its proof may be reused
    /// by a store to the same word right after (witness.go: addLoadProof).
    function _load(VM memory vm, uint32 addr) internal pure returns (uint32) {
        uint256 p = _memProof(vm, addr, 0);
        vm.hasLastLoad = true;
        vm.lastLoad = addr;
        vm.lastLoadProof = p;
        return _wordOf(p, addr);
    }

    /// vm.go: store. Writes the aligned word at addr (witness.go:
    /// addStoreProof: reuses the proof of a load of the same word just
    /// before, else takes the next proof).
    function _store(VM memory vm, uint32 addr, uint32 v) internal pure {
        uint256 p;
        if (vm.hasLastLoad && vm.lastLoad == addr) {
            vm.hasLastLoad = false;
            p = vm.lastLoadProof;
        } else {
            p = _memProof(vm, addr, 0);
        }
        bytes32 leaf;
        assembly {
            let shift := sub(224, shl(3, and(addr, 28)))
            // (v's bits above 32 may be dirty: Solidity cleans small types lazily)
            leaf := or(and(calldataload(p), not(shl(shift, 0xffffffff))), shl(shift, and(v, 0xffffffff)))
        }
        _setB32(vm.st, OFF_MEM_ROOT, _rootWith(p + 32, addr, 0, leaf));
    }

    /// vm.go: readNode. Reads the node of height h covering addr (the root of
    /// the aligned block of 32 << h bytes there) from the next proof, a node
    /// proof checked against the memory root.
    function _readNode(VM memory vm, uint32 addr, uint256 h) internal pure returns (bytes32 node) {
        uint256 p = _memProof(vm, addr, h);
        assembly {
            node := calldataload(p)
        }
    }

    /// vm.go: storeLeaf. Writes the 32-byte leaf at addr (32-byte aligned)
    /// with the next proof, a leaf proof (never a load's, reused).
    function _storeLeaf(VM memory vm, uint32 addr, bytes32 leaf) internal pure {
        _replaceNode(vm, addr, 0, leaf);
    }

    /// Replaces the node of height h covering addr (a mapping or zero-filling
    /// step; witness.go: addMemProof with a height).
    function _replaceNode(VM memory vm, uint32 addr, uint256 h, bytes32 node) internal pure {
        uint256 p = _memProof(vm, addr, h);
        _setB32(vm.st, OFF_MEM_ROOT, _rootWith(p + 32, addr, h, node));
    }

    /// Takes the next proof, of the node of height h covering addr (the node,
    /// then its 27 - h siblings from the bottom up), and checks it against the
    /// memory root. Returns its calldata offset. (witness.go: addMemProof.)
    function _memProof(VM memory vm, uint32 addr, uint256 h) internal pure returns (uint256 p) {
        p = vm.proofAt;
        uint256 len = (TREE_HEIGHT - h + 1) * 32;
        require(p + len <= vm.proofEnd, "MIPS: memory proof too short");
        vm.proofAt = p + len;
        vm.hasLastLoad = false;
        bytes32 node;
        assembly {
            node := calldataload(p)
        }
        require(_rootWith(p + 32, addr, h, node) == _b32(vm.st, OFF_MEM_ROOT), "MIPS: bad memory proof");
    }

    /// The root implied by siblings at calldata offset sibs (27 - h words) for
    /// the node of height h covering addr, set to node
    /// (memory.RootFromProof).
    function _rootWith(uint256 sibs, uint32 addr, uint256 h, bytes32 node) internal pure returns (bytes32 r) {
        assembly {
            let path := shr(add(h, LEAF_SHIFT), addr)
            r := node
            for { let end := add(sibs, shl(5, sub(TREE_HEIGHT, h))) } lt(sibs, end) { sibs := add(sibs, 32) } {
                let b := shl(5, and(path, 1)) // 0: r is the left child, 32: the right
                mstore(b, r)
                mstore(xor(b, 32), calldataload(sibs))
                r := keccak256(0, 64)
                path := shr(1, path)
            }
        }
    }

    /// The aligned word at addr in the leaf at calldata offset p.
    function _wordOf(uint256 p, uint32 addr) internal pure returns (uint32 w) {
        assembly {
            w := and(shr(sub(224, shl(3, and(addr, 28))), calldataload(p)), 0xffffffff)
        }
    }

    // ---------------------------------------------------------------------
    // Packed-state fields, read and written in place (big-endian)
    // ---------------------------------------------------------------------

    function _u8(uint256 st, uint256 off) internal pure returns (uint8 v) {
        assembly {
            v := shr(248, mload(add(st, off)))
        }
    }

    function _setU8(uint256 st, uint256 off, uint8 v) internal pure {
        assembly {
            mstore8(add(st, off), v)
        }
    }

    function _u32(uint256 st, uint256 off) internal pure returns (uint32 v) {
        assembly {
            v := shr(224, mload(add(st, off)))
        }
    }

    function _setU32(uint256 st, uint256 off, uint32 v) internal pure {
        assembly {
            let ptr := add(st, off)
            mstore(ptr, or(and(mload(ptr), shr(32, not(0))), shl(224, v)))
        }
    }

    function _u64(uint256 st, uint256 off) internal pure returns (uint64 v) {
        assembly {
            v := shr(192, mload(add(st, off)))
        }
    }

    function _setU64(uint256 st, uint256 off, uint64 v) internal pure {
        assembly {
            let ptr := add(st, off)
            mstore(ptr, or(and(mload(ptr), shr(64, not(0))), shl(192, v)))
        }
    }

    function _b32(uint256 st, uint256 off) internal pure returns (bytes32 v) {
        assembly {
            v := mload(add(st, off))
        }
    }

    function _setB32(uint256 st, uint256 off, bytes32 v) internal pure {
        assembly {
            mstore(add(st, off), v)
        }
    }

    function _reg(uint256 st, uint256 i) internal pure returns (uint32) {
        return _u32(st, OFF_REGISTERS + 4 * i);
    }

    function _setReg(uint256 st, uint256 i, uint32 v) internal pure {
        _setU32(st, OFF_REGISTERS + 4 * i, v);
    }
}
