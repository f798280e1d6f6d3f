// Command inference is the program the fraud-proof VM runs in an opML
// dispute. Built with GOOS=linux GOARCH=mips GOMIPS=softfloat (see the
// Makefile's `inference` target), it checks one claim:
//
//  1. reads the claim's local data through the preimage oracle: local key 1
//     the model address, 2 the keccak256 of the input, 3 the keccak256 of the
//     claimed output (32 bytes each);
//  2. maps the model by its address, which is its committed key, at
//     0x1000_0000 with the VM's O(1) map_committed syscall (up to 256 MiB),
//     and reads the input as a keccak256 preimage; an address whose byte 0
//     is not the committed key type names no model, and the program exits
//     with protocol.ExitNotModel before reading anything else;
//  3. runs the inference with the same engine code the chain runs natively
//     (package models), writes the output bytes to stdout;
//  4. exits 0 if keccak256(output) equals the claimed hash, 1 if not.
//
// Local keys, the mapping address and the exit codes are defined in package
// claim/protocol; the Go runtime itself exits with 2 on a panic.
package main

import (
	"bytes"
	"fmt"
	"os"

	"github.com/axonum/opml/claim/protocol"
	"github.com/axonum/opml/ggml-mips/models"
	"github.com/axonum/opml/oracle/guest"
	"golang.org/x/crypto/sha3"
)

func main() { os.Exit(run()) }

func run() int {
	modelAddr, err := local32(protocol.LocalModel)
	if err != nil {
		return fail(protocol.ExitClaimData, err)
	}
	inputHash, err := local32(protocol.LocalInputHash)
	if err != nil {
		return fail(protocol.ExitClaimData, err)
	}
	claimed, err := local32(protocol.LocalOutputHash)
	if err != nil {
		return fail(protocol.ExitClaimData, err)
	}
	if modelAddr[0] != guest.KeyTypeCommitted {
		return fail(protocol.ExitNotModel, fmt.Errorf("model address %x names no model: byte 0 is %d, not the committed key type %d", modelAddr, modelAddr[0], guest.KeyTypeCommitted))
	}
	model, err := guest.MapCommitted(modelAddr, protocol.ModelBase, protocol.ModelMaxSize)
	if err != nil {
		return fail(protocol.ExitModelUnavailable, err)
	}
	input, err := guest.Keccak256(inputHash)
	if err != nil {
		return fail(protocol.ExitInputUnavailable, err)
	}
	m, _, err := models.Load(model)
	if err != nil {
		return fail(protocol.ExitModelMalformed, err)
	}
	out, err := m.Infer(input)
	if err != nil {
		return fail(protocol.ExitInputMalformed, err)
	}
	os.Stdout.Write(out)
	var h [32]byte
	k := sha3.NewLegacyKeccak256()
	k.Write(out)
	k.Sum(h[:0])
	if !bytes.Equal(h[:], claimed[:]) {
		fmt.Fprintf(os.Stderr, "inference: output hash %x, claimed %x\n", h, claimed)
		return protocol.ExitMismatch
	}
	return protocol.ExitMatch
}

func local32(i uint64) ([32]byte, error) {
	var out [32]byte
	v, err := guest.Local(i)
	if err != nil {
		return out, err
	}
	if len(v) != 32 {
		return out, fmt.Errorf("local datum %d has %d bytes, want 32", i, len(v))
	}
	copy(out[:], v)
	return out, nil
}

func fail(code int, err error) int {
	fmt.Fprintf(os.Stderr, "inference: %v\n", err)
	return code
}
