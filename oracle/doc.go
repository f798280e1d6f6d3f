// Package oracle holds the committed data (ML models) that the VM maps with
// map_committed: model addresses, the Merkle tree and proofs over a model's
// bytes, a content-addressed store on disk, an HTTP data-availability server
// and client, and Host, the host side of the VM's preimage oracle.
//
// A model's address is the VM's committed key of its bytes:
// keccak256(root ‖ uint64be(length)) with byte 0 set to 3, root being the
// root of the memory-shaped tree over them (see docs/oracle.md); a 32-byte
// value with another byte 0 names no model.
package oracle
