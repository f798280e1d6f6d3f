// Package oracle holds the committed data (ML models) that the VM maps with
// map_committed: model addresses, the Merkle tree and proofs over a model's
// bytes, a content-addressed store on disk, an HTTP data-availability server
// and client, and Host, the host side of the VM's preimage oracle.
//
// A model's address is keccak256(root ‖ uint64be(length)), root being the
// root of the memory-shaped tree over its bytes (see docs/oracle.md).
package oracle
