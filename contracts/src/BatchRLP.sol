// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title BatchRLP
/// @notice Reads the rollup's batches (docs/rollup.md, "Batches on L1") from
/// calldata: the RLP list [number, parent hash, attributes] of one L2 block,
/// the attributes rollup.Attributes' RLP. OutputOracle.batchInputs reads the
/// outer list (`inputs`); BatchInbox.post reads the attributes too
/// (`attributes`), with the rules of go-ethereum's RLP decoder, so that every
/// batch the inbox commits is one that rollup/batch.Decode and
/// rollup.DecodeAttributes accept, and the other way round.
///
/// The decoder's rules, as applied here: sizes in canonical form (a string
/// or list under 56 bytes has the short header; a long header's length has
/// no leading zero byte and is at least 56); a one-byte string below 0x80
/// is that byte, not 0x81 ‖ byte; integers have no leading zero byte (zero
/// is the empty string, never 0x00); fixed-size byte arrays (address,
/// hash) have exactly their size; a struct's list has exactly its fields;
/// every item lies within its list and each list is used up exactly.
library BatchRLP {
    /// The batch is not one derivation can read (the reason names the
    /// first rule broken).
    error BadBatch(string reason);

    /// rollup/batch.MaxBytes: a larger batch is refused before decoding.
    uint256 internal constant MAX_BYTES = 8 << 20;
    /// rollup.MaxTransactions: the most transactions, and the most
    /// deposits, one block's attributes may carry.
    uint256 internal constant MAX_ITEMS = 1 << 16;

    /// The parent hash of a batch of L2 block `number`, and the offset of its
    /// attributes list, which runs to the end of the batch. Exactly
    /// OutputOracle.batchInputs' walk.
    function inputs(bytes calldata batch, uint64 number)
        internal
        pure
        returns (bytes32 parentHash, uint256 attributesAt)
    {
        (uint256 p, uint256 len) = listHeader(batch, 0);
        if (p + len != batch.length) revert BadBatch("list length");
        // number: a canonical RLP integer of at most 8 bytes.
        if (p >= batch.length) revert BadBatch("truncated");
        uint8 b = uint8(batch[p]);
        uint256 n;
        if (b < 0x80) {
            if (b == 0) revert BadBatch("non-canonical number");
            n = b;
            p += 1;
        } else {
            uint256 l = b - 0x80;
            if (l > 8 || p + 1 + l > batch.length) revert BadBatch("number");
            if (l == 1 && uint8(batch[p + 1]) < 0x80) revert BadBatch("non-canonical number");
            if (l > 0 && batch[p + 1] == 0) revert BadBatch("non-canonical number");
            for (uint256 i = 0; i < l; i++) {
                n = (n << 8) | uint8(batch[p + 1 + i]);
            }
            p += 1 + l;
        }
        if (n != number) revert BadBatch("another block number");
        // parent hash: a 32-byte string.
        if (p + 33 > batch.length || uint8(batch[p]) != 0xa0) revert BadBatch("parent hash");
        parentHash = bytes32(batch[p + 1:p + 33]);
        p += 33;
        // attributes: one list, to the end.
        (uint256 q, uint256 alen) = listHeader(batch, p);
        if (q + alen != batch.length) revert BadBatch("attributes");
        attributesAt = p;
    }

    /// The payload offset and length of the RLP list whose header is at p.
    function listHeader(bytes calldata data, uint256 p) internal pure returns (uint256, uint256) {
        if (p >= data.length) revert BadBatch("truncated");
        uint8 b = uint8(data[p]);
        if (b < 0xc0) revert BadBatch("not a list");
        if (b <= 0xf7) {
            return (p + 1, b - 0xc0);
        }
        uint256 ll = b - 0xf7;
        if (ll > 4 || p + 1 + ll > data.length || data[p + 1] == 0) revert BadBatch("list header");
        uint256 len;
        for (uint256 i = 0; i < ll; i++) {
            len = (len << 8) | uint8(data[p + 1 + i]);
        }
        if (len <= 55) revert BadBatch("non-canonical list header");
        return (p + 1 + ll, len);
    }

    // The attributes' fields, named in BadBatch's reason.
    uint256 private constant TIMESTAMP = 0;
    uint256 private constant COINBASE = 1;
    uint256 private constant GAS_LIMIT = 2;
    uint256 private constant PREV_RANDAO = 3;
    uint256 private constant BEACON_ROOT = 4;
    uint256 private constant EXTRA = 5;
    uint256 private constant TRANSACTIONS = 6;
    uint256 private constant TRANSACTION = 7;
    uint256 private constant DEPOSITS = 8;
    uint256 private constant DEPOSIT = 9;
    uint256 private constant DEPOSIT_INDEX = 10;
    uint256 private constant DEPOSIT_RECIPIENT = 11;
    uint256 private constant DEPOSIT_VALUE = 12;
    uint256 private constant DEPOSIT_HASH = 13;

    /// Reads the attributes list at `at` (from `inputs`) as
    /// rollup.DecodeAttributes decodes it: [timestamp, coinbase, gas limit,
    /// prevRandao, parent beacon root, extra, [transaction...],
    /// [[index, recipient, value]...], deposit hash], at most MAX_ITEMS
    /// transactions and deposits. It returns how many deposits the list
    /// has, the running hash chained from `hashBefore` over them
    /// (keccak256(h ‖ recipient ‖ value ‖ index), Bridge.deposit's step),
    /// and the deposit hash the attributes claim (their last field).
    function attributes(bytes calldata batch, uint256 at, bytes32 hashBefore)
        internal
        pure
        returns (uint256 deposits, bytes32 chained, bytes32 claimed)
    {
        if (batch.length > MAX_BYTES) revert BadBatch("too large");
        (uint256 p, uint256 len) = listHeader(batch, at);
        uint256 end = p + len;
        (, p) = _uint(batch, p, end, 8, TIMESTAMP);
        p = _fixed(batch, p, end, 20, COINBASE);
        (, p) = _uint(batch, p, end, 8, GAS_LIMIT);
        p = _fixed(batch, p, end, 32, PREV_RANDAO);
        p = _fixed(batch, p, end, 32, BEACON_ROOT);
        p = _string(batch, p, end, EXTRA);
        p = _transactions(batch, p, end);
        (p, deposits, chained) = _deposits(batch, p, end, hashBefore);
        p = _fixed(batch, p, end, 32, DEPOSIT_HASH);
        claimed = bytes32(batch[p - 32:p]);
        if (p != end) revert BadBatch("attributes: too many fields");
    }

    /// The transactions list at p: byte strings (what they hold is the
    /// rule's business: rollup.Build drops one that does not decode).
    /// Returns the offset after it. The loop is _string's checks in
    /// assembly, since it runs once per transaction.
    function _transactions(bytes calldata batch, uint256 p, uint256 end) private pure returns (uint256) {
        (uint256 q, uint256 len) = _list(batch, p, end, TRANSACTIONS);
        uint256 listEnd = q + len;
        uint256 count;
        uint256 err;
        assembly ("memory-safe") {
            let base := batch.offset
            for {} lt(q, listEnd) {} {
                let w := calldataload(add(base, q))
                let b := byte(0, w)
                count := add(count, 1)
                if lt(b, 0x80) {
                    q := add(q, 1)
                    continue
                }
                if iszero(lt(b, 0xc0)) {
                    err := 1 // a list
                    break
                }
                let short := sub(b, 0x80)
                if lt(short, 56) {
                    q := add(q, add(1, short))
                    if gt(q, listEnd) {
                        err := 2
                        break
                    }
                    if and(eq(short, 1), lt(byte(1, w), 0x80)) {
                        err := 3 // one byte below 0x80 as 0x81 ‖ byte
                        break
                    }
                    continue
                }
                let ll := sub(short, 55)
                if or(gt(ll, 4), or(gt(add(add(q, 1), ll), listEnd), iszero(byte(1, w)))) {
                    err := 4
                    break
                }
                let l := shr(sub(256, mul(8, ll)), shl(8, w))
                if lt(l, 56) {
                    err := 3
                    break
                }
                q := add(add(q, add(1, ll)), l)
                if gt(q, listEnd) {
                    err := 2
                    break
                }
            }
        }
        if (err != 0) {
            _bad(
                TRANSACTION,
                err == 1
                    ? ": a list, not a string"
                    : err == 2 ? ": overruns its list" : err == 3 ? ": non-canonical size" : ": size"
            );
        }
        if (count > MAX_ITEMS) revert BadBatch("too many transactions");
        return listEnd;
    }

    /// The deposits list at p, chained from h as the bridge chains them.
    /// Returns the offset after it, the number of deposits and the hash
    /// after them.
    function _deposits(bytes calldata batch, uint256 p, uint256 end, bytes32 h)
        private
        pure
        returns (uint256, uint256 count, bytes32)
    {
        (uint256 q, uint256 len) = _list(batch, p, end, DEPOSITS);
        uint256 listEnd = q + len;
        while (q < listEnd) {
            (q, h) = _deposit(batch, q, listEnd, h);
            count++;
        }
        if (count > MAX_ITEMS) revert BadBatch("too many deposits");
        return (listEnd, count, h);
    }

    /// One deposit [index, recipient, value] at p, chained onto h. Returns
    /// the offset after it and the new hash.
    function _deposit(bytes calldata batch, uint256 p, uint256 end, bytes32 h)
        private
        pure
        returns (uint256, bytes32)
    {
        (uint256 q, uint256 len) = _list(batch, p, end, DEPOSIT);
        end = q + len;
        uint256 index;
        (index, q) = _uint(batch, q, end, 8, DEPOSIT_INDEX);
        uint256 r = q;
        q = _fixed(batch, q, end, 20, DEPOSIT_RECIPIENT);
        bytes20 recipient = bytes20(batch[r + 1:r + 21]);
        uint256 value;
        (value, q) = _uint(batch, q, end, 32, DEPOSIT_VALUE);
        if (q != end) revert BadBatch("deposit: too many fields");
        return (end, _chain(h, recipient, value, uint64(index)));
    }

    /// keccak256(h ‖ recipient (20 bytes) ‖ value (32 bytes) ‖ index (8
    /// bytes)): abi.encodePacked(h, recipient, value, index), in scratch
    /// memory past the free memory pointer (nothing allocated per deposit).
    function _chain(bytes32 h, bytes20 recipient, uint256 value, uint64 index) private pure returns (bytes32 r) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, h)
            mstore(add(m, 32), recipient)
            mstore(add(m, 52), value)
            mstore(add(m, 84), shl(192, index))
            r := keccak256(m, 92)
        }
    }

    /// The header of the item at p, which must lie within end (at most the
    /// batch's length: callers pass the end of an enclosing list): its
    /// payload's offset and length, and whether it is a list. A byte below
    /// 0x80 is its own payload (one byte at p). In assembly, with calldata
    /// read a word at a time: this runs once per field, transaction and
    /// deposit, and Solidity's checked slices cost several times more.
    function _header(bytes calldata d, uint256 p, uint256 end, uint256 field)
        private
        pure
        returns (uint256 q, uint256 len, bool list)
    {
        if (p >= end) _bad(field, ": missing");
        uint256 at;
        assembly ("memory-safe") {
            at := add(d.offset, p)
        }
        uint256 hl;
        uint256 err;
        (hl, len, list, err) = _decodeHeader(at, end - p);
        if (err != 0) _bad(field, err == 1 ? ": size" : err == 2 ? ": non-canonical size" : ": overruns its list");
        q = p + hl;
    }

    /// The header at calldata offset `at` with `room` bytes (at least one)
    /// left in its list: its length (0 for a byte below 0x80, its own
    /// payload), its payload's length, whether it is a list, and an error
    /// (1: a bad long size, 2: a long size under 56, 3: past the room).
    function _decodeHeader(uint256 at, uint256 room)
        private
        pure
        returns (uint256 hl, uint256 len, bool list, uint256 err)
    {
        assembly ("memory-safe") {
            let w := calldataload(at)
            let b := byte(0, w)
            switch lt(b, 0x80)
            case 1 { len := 1 }
            default {
                list := iszero(lt(b, 0xc0))
                let short := sub(b, add(0x80, mul(list, 0x40)))
                switch lt(short, 56)
                case 1 {
                    hl := 1
                    len := short
                }
                default {
                    // a long header: ll length bytes after b, big-endian,
                    // the first not zero
                    let ll := sub(short, 55)
                    hl := add(1, ll)
                    switch or(gt(ll, 4), or(gt(hl, room), iszero(byte(1, w))))
                    case 1 { err := 1 }
                    default {
                        len := shr(sub(256, mul(8, ll)), shl(8, w))
                        if lt(len, 56) { err := 2 }
                    }
                }
            }
            if iszero(err) { if gt(add(hl, len), room) { err := 3 } }
        }
    }

    /// The byte of d at i (i < d.length).
    function _at(bytes calldata d, uint256 i) private pure returns (uint256 b) {
        assembly ("memory-safe") {
            b := byte(0, calldataload(add(d.offset, i)))
        }
    }

    /// A byte string (any length, canonical); returns the offset after it.
    function _string(bytes calldata d, uint256 p, uint256 end, uint256 field) private pure returns (uint256) {
        (uint256 q, uint256 len, bool list) = _header(d, p, end, field);
        if (list) _bad(field, ": a list, not a string");
        if (len == 1 && q != p && _at(d, q) < 0x80) _bad(field, ": non-canonical size");
        return q + len;
    }

    /// A list; returns its payload's offset and length.
    function _list(bytes calldata d, uint256 p, uint256 end, uint256 field)
        private
        pure
        returns (uint256 q, uint256 len)
    {
        bool list;
        (q, len, list) = _header(d, p, end, field);
        if (!list) _bad(field, ": not a list");
    }

    /// A string of exactly size bytes (an address or a hash: 1 < size <
    /// 56, so its header is the one byte 0x80 + size); returns the offset
    /// after it.
    function _fixed(bytes calldata d, uint256 p, uint256 end, uint256 size, uint256 field)
        private
        pure
        returns (uint256)
    {
        if (p >= end) _bad(field, ": missing");
        if (p + 1 + size > end || _at(d, p) != 0x80 + size) _bad(field, ": not a string of its size");
        return p + 1 + size;
    }

    /// A canonical integer of at most maxBytes bytes; returns its value and
    /// the offset after it.
    function _uint(bytes calldata d, uint256 p, uint256 end, uint256 maxBytes, uint256 field)
        private
        pure
        returns (uint256 v, uint256)
    {
        (uint256 q, uint256 len, bool list) = _header(d, p, end, field);
        if (list) _bad(field, ": a list, not an integer");
        if (q == p) {
            // a single byte below 0x80 is its own value; zero is 0x80
            v = _at(d, p);
            if (v == 0) _bad(field, ": non-canonical integer");
            return (v, p + 1);
        }
        if (len > maxBytes) _bad(field, ": integer too large");
        if (len > 0) {
            assembly ("memory-safe") {
                v := shr(sub(256, mul(8, len)), calldataload(add(d.offset, q)))
            }
            if (_at(d, q) == 0 || (len == 1 && v < 0x80)) _bad(field, ": non-canonical integer");
        }
        return (v, q + len);
    }

    function _bad(uint256 field, string memory what) private pure {
        string[14] memory names = [
            "timestamp",
            "coinbase",
            "gas limit",
            "prevRandao",
            "parent beacon root",
            "extra data",
            "transactions",
            "transaction",
            "deposits",
            "deposit",
            "deposit index",
            "deposit recipient",
            "deposit value",
            "deposit hash"
        ];
        revert BadBatch(string.concat(names[field], what));
    }
}
