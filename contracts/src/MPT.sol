// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title MPT
/// @notice Reads a value out of a Merkle-Patricia trie root with a proof of
/// inclusion, as eth_getProof gives one for a storage slot: the trie nodes
/// on the key's path, root first, each the RLP a node hashes to. A node
/// whose RLP is shorter than 32 bytes is not listed: it is embedded in its
/// parent (go-ethereum's trie.Prove). Keys are 32 bytes (64 nibbles), as in
/// the state and storage tries (the key is keccak256 of the address or
/// slot), so a value is only ever in a leaf.
///
/// Everything is checked: each listed node hashes to the reference its
/// parent holds (the first to the root), embedded nodes are shorter than
/// 32 bytes, the RLP is canonical in its lengths and runs to each node's
/// end, the path's nibbles are the key's, the leaf ends the key, and no
/// node is left over. A proof of absence is refused like a wrong proof.
library MPT {
    error BadProof(string reason);

    /// @return value the leaf's value: the RLP of what is stored (for a
    /// storage slot, the RLP of the value's minimal big-endian bytes).
    function get(bytes32 root, bytes32 key, bytes[] calldata proof) internal pure returns (bytes calldata value) {
        value = msg.data[0:0];
        // root is the next listed node's hash; zero while the next node is
        // embedded in the current one (no node hashes to zero).
        bytes calldata node = msg.data[0:0];
        uint256 used = 0;
        uint256 nib = 0; // the key's nibbles consumed
        for (;;) {
            if (root != bytes32(0)) {
                if (used == proof.length) revert BadProof("proof ends before the leaf");
                node = proof[used++];
                if (keccak256(node) != root) revert BadProof("node does not hash to its reference");
            }
            bool leaf;
            uint256 a;
            uint256 b;
            (leaf, a, b, nib) = _walk(node, key, nib);
            if (leaf) {
                if (used != proof.length) revert BadProof("nodes after the leaf");
                return node[a:b];
            }
            root = _reference(node, a, b);
            if (root == bytes32(0)) {
                node = node[a:b];
            }
        }
    }

    /// Follows the key through one node from nibble nib: for a leaf, its
    /// value's payload [a, b); else the child reference's item [a, b), and
    /// the nibbles consumed after it.
    function _walk(bytes calldata node, bytes32 key, uint256 nib)
        private
        pure
        returns (bool leaf, uint256 a, uint256 b, uint256 nibAfter)
    {
        (uint256[18] memory starts, uint256 count) = _items(node);
        if (count == 17) {
            if (nib == 64) revert BadProof("key ends at a branch");
            uint256 k = _nibble(key, nib);
            return (false, starts[k], starts[k + 1], nib + 1);
        }
        if (count != 2) revert BadProof("node of neither 2 nor 17 items");
        (nibAfter, leaf) = _path(node, starts[0], key, nib);
        if (!leaf) {
            return (false, starts[1], starts[2], nibAfter);
        }
        if (nibAfter != 64) revert BadProof("leaf ends before the key");
        (bool l1, uint256 vp, uint256 vlen,) = _item(node, starts[1]);
        if (l1) revert BadProof("leaf value is a list");
        return (true, vp, vp + vlen, nibAfter);
    }

    /// The items of a node, one RLP list running to its end: item i is
    /// node[starts[i]:starts[i+1]].
    function _items(bytes calldata node) private pure returns (uint256[18] memory starts, uint256 count) {
        (bool isList, uint256 p, uint256 len, uint256 next) = _item(node, 0);
        if (!isList || next != node.length) revert BadProof("node is not one RLP list");
        uint256 end = p + len;
        while (p < end) {
            if (count == 17) revert BadProof("node of more than 17 items");
            starts[count++] = p;
            (,,, p) = _item(node, p);
        }
        if (p != end) revert BadProof("node items overrun the list");
        starts[count] = end;
    }

    /// Checks the hex-prefix path item at node[at:] against the key from
    /// nibble nib; returns the nibbles consumed after it and whether the
    /// node is a leaf.
    function _path(bytes calldata node, uint256 at, bytes32 key, uint256 nib)
        private
        pure
        returns (uint256 nibAfter, bool leaf)
    {
        (bool isList, uint256 pp, uint256 plen,) = _item(node, at);
        if (isList || plen == 0) revert BadProof("bad node path");
        uint8 first = uint8(node[pp]);
        uint8 flag = first >> 4;
        if (flag > 3) revert BadProof("bad node path flag");
        bool odd = (flag & 1) == 1;
        if (!odd && (first & 0x0f) != 0) revert BadProof("bad node path padding");
        uint256 n = 2 * (plen - 1) + (odd ? 1 : 0);
        if (nib + n > 64) revert BadProof("path longer than the key");
        leaf = flag >= 2;
        if (!leaf && n == 0) revert BadProof("empty extension");
        _match(node[pp:pp + plen], odd ? 1 : 2, n, key, nib);
        return (nib + n, leaf);
    }

    /// Checks that the n nibbles of path from nibble `from` (most
    /// significant first) are the key's from nibble nib.
    function _match(bytes calldata path, uint256 from, uint256 n, bytes32 key, uint256 nib) private pure {
        // The path's nibbles, left-aligned in a word (a path has at most
        // 33 bytes, the first holding the flag; n + from ≤ 66 nibbles).
        bytes32 got;
        if (path.length > 32) {
            if (path.length != 33) revert BadProof("path longer than the key");
            got = bytes32(path[1:33]);
            from -= 2;
        } else {
            got = bytes32(path);
        }
        // Compare n nibbles: got's from `from`, key's from `nib`.
        if (n == 0) return;
        uint256 shift = 256 - 4 * n;
        if ((uint256(got) << (4 * from)) >> shift != (uint256(key) << (4 * nib)) >> shift) {
            revert BadProof("path diverges from the key");
        }
    }

    /// A child reference, the item node[a:b]: an embedded node (a list
    /// shorter than 32 bytes, which is then the next node) or a 32-byte
    /// hash (the next node's).
    /// Returns the hash, or zero for an embedded node.
    function _reference(bytes calldata node, uint256 a, uint256 b) private pure returns (bytes32) {
        (bool isList, uint256 cp, uint256 clen,) = _item(node, a);
        if (isList) {
            if (b - a >= 32) revert BadProof("embedded node of 32 bytes or more");
            return bytes32(0);
        }
        if (clen == 32) {
            bytes32 h = bytes32(node[cp:cp + 32]);
            if (h == bytes32(0)) revert BadProof("zero child hash");
            return h;
        }
        if (clen == 0) revert BadProof("key not in the trie");
        revert BadProof("bad child reference");
    }

    /// Nibble i of key, most significant first.
    function _nibble(bytes32 key, uint256 i) private pure returns (uint256) {
        return (uint256(key) >> (252 - 4 * i)) & 0x0f;
    }

    /// The RLP item at d[p:]: whether it is a list, its payload's offset and
    /// length, and the offset after it. Lengths must be canonical and fit.
    function _item(bytes calldata d, uint256 p)
        private
        pure
        returns (bool isList, uint256 payload, uint256 len, uint256 next)
    {
        // Offsets and lengths are below 2^64 + 10: no overflow.
        unchecked {
            if (p >= d.length) revert BadProof("RLP item out of range");
            uint8 b = uint8(d[p]);
            if (b < 0x80) {
                return (false, p, 1, p + 1);
            }
            if (b < 0xb8 || (b >= 0xc0 && b < 0xf8)) {
                isList = b >= 0xc0;
                len = b - (isList ? 0xc0 : 0x80);
                payload = p + 1;
                if (!isList && len == 1) {
                    if (payload >= d.length || uint8(d[payload]) < 0x80) revert BadProof("non-canonical RLP byte");
                }
            } else {
                isList = b >= 0xf8;
                uint256 ll = b - (isList ? 0xf7 : 0xb7);
                if (p + 1 + ll > d.length) revert BadProof("RLP length out of range");
                if (uint8(d[p + 1]) == 0) revert BadProof("non-canonical RLP length");
                for (uint256 i = 0; i < ll; i++) {
                    len = (len << 8) | uint8(d[p + 1 + i]);
                }
                if (len < 56) revert BadProof("non-canonical RLP length");
                payload = p + 1 + ll;
            }
            next = payload + len;
            if (next > d.length) revert BadProof("RLP item overruns");
        }
    }
}
