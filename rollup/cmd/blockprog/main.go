// Command blockprog is the rollup's Geth-side fault-proof program, built
// for the MIPS VM (GOOS=linux GOARCH=mips GOMIPS=softfloat; `make
// blockprog`). It re-executes one L2 block with go-ethereum's block
// processing, reading the claim (local data), the block's attributes, the
// parent header and the parent state through the VM's preimage oracle,
// builds the block by the rule (rollup.Build), and exits 0 if the block's
// output root, folded with the inference keys it read
// (rollup.ClaimedWord), is the claimed word, 1 if it is another, and with
// another code if the block cannot be executed (package rollup/blockprog
// has the local keys, hints and exit codes). It writes the 32 bytes of the
// output root it computed to stdout.
package main

import (
	"os"

	"github.com/axonum/opml/claim/protocol"
	"github.com/axonum/opml/oracle/guest"
	"github.com/axonum/opml/oracle/guest/hint"
	"github.com/axonum/opml/rollup/blockprog"
	"github.com/ethereum/go-ethereum/common"
)

func main() {
	r := blockprog.Run(vmOracle{}, os.Stderr)
	if r.Block != nil {
		// The computed output root, for hosts comparing runs; the exit
		// status is the verdict.
		os.Stdout.Write(r.Root[:])
	}
	os.Exit(r.Code)
}

// vmOracle is the VM's preimage oracle. The VM's host answers a key it
// cannot serve by stopping the run, so errors here are for bad lengths.
type vmOracle struct{}

// Hint drops a failed hint: hints only help the host, and a host that
// needed one fails the read that follows.
func (vmOracle) Hint(h string)                  { _ = hint.Send([]byte(h)) }
func (vmOracle) Local(i uint64) ([]byte, error) { return guest.Local(i) }
func (vmOracle) Keccak256(hash common.Hash) ([]byte, error) {
	return guest.Keccak256(hash)
}

// Inference reads an inference key as it is: its byte 0 is already the
// key type.
func (vmOracle) Inference(key common.Hash) ([]byte, error) { return guest.Preimage(key) }

// Model maps the model where the claim program maps its own, the part of
// the code area nothing else uses. One model is mapped at a time; the
// program keeps what it needs of a model (its shape and plans), not its
// bytes, so mapping another over it is fine.
func (vmOracle) Model(addr [32]byte) ([]byte, error) {
	return guest.MapCommitted(addr, protocol.ModelBase, protocol.ModelMaxSize)
}
