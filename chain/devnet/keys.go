package devnet

import (
	"crypto/ecdsa"
	"encoding/binary"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// keySeed is hashed with a key's index to give the dev keys. Anyone can
// derive them: they are for test chains only, never for value.
const keySeed = "opml chain/devnet insecure test key"

// DevKeys returns the first n deterministic test keys: the same n keys in
// every process, so a test can fund them in a genesis and a failure can be
// replayed. They are INSECURE (derived from a public seed); use them on test
// chains only.
func DevKeys(n int) []*ecdsa.PrivateKey {
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		keys[i] = devKey(uint64(i))
	}
	return keys
}

// devKey hashes the seed, the index and an attempt counter until the hash is
// a valid secp256k1 scalar, which the first attempt is but for odds of about
// 2^-128.
func devKey(index uint64) *ecdsa.PrivateKey {
	var buf [16]byte
	binary.BigEndian.PutUint64(buf[:8], index)
	for attempt := uint64(0); ; attempt++ {
		binary.BigEndian.PutUint64(buf[8:], attempt)
		if key, err := crypto.ToECDSA(crypto.Keccak256([]byte(keySeed), buf[:])); err == nil {
			return key
		}
	}
}

// FundedAlloc returns a genesis allocation giving each key's address wei.
func FundedAlloc(keys []*ecdsa.PrivateKey, wei *big.Int) types.GenesisAlloc {
	alloc := make(types.GenesisAlloc, len(keys))
	for _, key := range keys {
		alloc[crypto.PubkeyToAddress(key.PublicKey)] = types.Account{Balance: new(big.Int).Set(wei)}
	}
	return alloc
}
