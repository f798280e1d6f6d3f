// Package memory is the merkleized memory of the MIPS VM: a sparse 4 GiB
// address space in 4 KiB pages, committed to by a binary Merkle tree of
// height 27 over 32-byte leaves. Pages cache their inner nodes and only the
// paths of changed leaves are re-hashed, so a root after a long run costs
// work proportional to what the run touched. Regions of the tree can be
// replaced in one operation by the root of committed data (see MapCommitted),
// which is how the VM maps a model of any size in a constant number of steps.
package memory
