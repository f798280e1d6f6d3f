package onchain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// The model registry (contracts/src/ModelRegistry.sol, inherited by OpML;
// docs/dispute.md, "Models"): the models claims may name, with the largest
// input and output a claim on each may have, and the data-availability
// challenges that keep them available.

// ModelStatus mirrors ModelRegistry.ModelStatus.
type ModelStatus uint8

const (
	ModelNone        ModelStatus = iota // not registered
	ModelAvailable                      // registered, no data-availability challenge went unanswered
	ModelUnavailable                    // a data-availability challenge went unanswered: its claims are rejected
)

func (s ModelStatus) String() string {
	return [...]string{"not registered", "available", "unavailable", "status(?)"}[min(int(s), 3)]
}

// Limits are the largest input and output, in bytes, a claim on a model may
// have: what its registrant computed that the deployment's game can
// adjudicate.
type Limits struct {
	MaxInputBytes  uint64 `json:"maxInputBytes"`
	MaxOutputBytes uint64 `json:"maxOutputBytes"`
}

// Check says whether a claim with an input and an output of these lengths is
// within the limits, and if not why.
func (l Limits) Check(input, output int) error {
	if uint64(input) > l.MaxInputBytes {
		return fmt.Errorf("the input has %d bytes, a claim on this model at most %d (its registered maxInputBytes)", input, l.MaxInputBytes)
	}
	if uint64(output) > l.MaxOutputBytes {
		return fmt.Errorf("the output has %d bytes, a claim on this model at most %d (its registered maxOutputBytes)", output, l.MaxOutputBytes)
	}
	return nil
}

// Model is a model's registration.
type Model struct {
	Address         [32]byte
	Registrant      common.Address
	Status          ModelStatus
	Root            [32]byte // of the tree over its bytes
	Length          uint64   // bytes
	Limits          Limits
	RegisteredBlock uint64
	OpenDA          uint32 // data-availability challenges neither answered nor resolved
	LastAnsweredAt  uint64 // chain time of the last answer (0: none)
}

// Registered reports whether the model is registered (available or not).
func (m Model) Registered() bool { return m.Status != ModelNone }

// Blocks is the number of blocks a data-availability challenge can name:
// the model's 64 KiB blocks (oracle.BlockShape; ModelRegistry.BLOCK_HEIGHT
// is oracle.BlockHeight).
func (m Model) Blocks() uint64 { return oracle.BlockCount(m.Length) }

// ModelAddress is the address the registry gives the model with tree root
// root and length bytes (ModelRegistry.modelAddress, which must be
// oracle.ModelAddress: TestModelAddressMatchesOracle).
func (c *Client) ModelAddress(ctx context.Context, root [32]byte, length uint64) ([32]byte, error) {
	return call(ctx, c, c.opml, opmlABI.PackModelAddress(root, length), opmlABI.UnpackModelAddress)
}

// Model reads a model's registration (Status ModelNone if it has none).
func (c *Client) Model(ctx context.Context, model [32]byte) (Model, error) {
	v, err := call(ctx, c, c.opml, opmlABI.PackGetModel(model), opmlABI.UnpackGetModel)
	if err != nil {
		return Model{}, fmt.Errorf("model %x: %w", model, err)
	}
	return Model{Address: model, Registrant: v.Registrant, Status: ModelStatus(v.Status), Root: v.Root, Length: v.Length,
		Limits:          Limits{MaxInputBytes: v.MaxInputBytes, MaxOutputBytes: v.MaxOutputBytes},
		RegisteredBlock: v.RegisteredBlock, OpenDA: v.OpenDA, LastAnsweredAt: v.LastAnsweredAt}, nil
}

// ErrModelNotRegistered is wrapped by CheckModel's error for a model the
// deployment does not know.
var ErrModelNotRegistered = errors.New("model not registered")

// CheckModel says whether OpML.submit takes a claim on model with an input
// and an output of these lengths, as far as the model is concerned: it must
// be registered (else an error wrapping ErrModelNotRegistered), available,
// and the lengths within its limits.
//
// A value whose byte 0 is not the committed key type names no model and
// needs no registration (OpML.namesModel): every claim on it loses its
// dispute, and the adapter posts a lying sequencer's malformed results so.
func (c *Client) CheckModel(ctx context.Context, model [32]byte, input, output int) error {
	if !oracle.Address(model).Valid() {
		return nil
	}
	m, err := c.Model(ctx, model)
	if err != nil {
		return err
	}
	switch m.Status {
	case ModelNone:
		return fmt.Errorf("model %x: %w in this deployment ('challenger model register' registers it)", model, ErrModelNotRegistered)
	case ModelUnavailable:
		return fmt.Errorf("model %x is unavailable: a data-availability challenge of it went unanswered, and claims on it are rejected", model)
	}
	if err := m.Limits.Check(input, output); err != nil {
		return fmt.Errorf("model %x: %w", model, err)
	}
	return nil
}

// RegisterModel registers the model with tree root root and length bytes,
// with the registration bond, and the limits of the claims on it. It
// refuses, without sending, limits of 0 and a model already registered.
func (c *Client) RegisterModel(ctx context.Context, root [32]byte, length uint64, l Limits) (*types.Receipt, error) {
	addr, err := c.ModelAddress(ctx, root, length)
	if err != nil {
		return nil, err
	}
	if l.MaxInputBytes == 0 || l.MaxOutputBytes == 0 {
		return nil, fmt.Errorf("register model %x: limits of 0 bytes (max input %d, max output %d)", addr, l.MaxInputBytes, l.MaxOutputBytes)
	}
	m, err := c.Model(ctx, addr)
	if err != nil {
		return nil, err
	}
	if m.Registered() {
		return nil, fmt.Errorf("register model %x: already registered by %s (%s)", addr, m.Registrant, m.Status)
	}
	return c.send(ctx, fmt.Sprintf("register model %x", addr[:4]), c.Addr.OpML,
		opmlABI.PackRegisterModel(root, length, l.MaxInputBytes, l.MaxOutputBytes), c.Config.RegistrationBond)
}

// DAStatus mirrors ModelRegistry.DAStatus.
type DAStatus uint8

const (
	DANone     DAStatus = iota
	DAOpen              // waiting for the block, until Deadline
	DAAnswered          // the block was posted
	DAExpired           // nobody posted it in time: the model is unavailable
)

func (s DAStatus) String() string {
	return [...]string{"none", "open", "answered", "expired", "status(?)"}[min(int(s), 4)]
}

// DAChallenge is a data-availability challenge of one block of a model.
type DAChallenge struct {
	ID         uint64
	Model      [32]byte
	Index      uint64 // the block
	Challenger common.Address
	Status     DAStatus
	Responder  common.Address // who posted the block
	Deadline   uint64         // answers are taken while the chain's time is before it
}

// DAChallengeCount is the number of data-availability challenges opened.
func (c *Client) DAChallengeCount(ctx context.Context) (uint64, error) {
	n, err := call(ctx, c, c.opml, opmlABI.PackDaChallengeCount(), opmlABI.UnpackDaChallengeCount)
	if err != nil {
		return 0, err
	}
	return n.Uint64(), nil
}

// DAChallenge reads data-availability challenge id.
func (c *Client) DAChallenge(ctx context.Context, id uint64) (DAChallenge, error) {
	v, err := call(ctx, c, c.opml, opmlABI.PackGetDAChallenge(new(big.Int).SetUint64(id)), opmlABI.UnpackGetDAChallenge)
	if err != nil {
		return DAChallenge{}, fmt.Errorf("data-availability challenge %d: %w", id, err)
	}
	return DAChallenge{ID: id, Model: v.Model, Index: v.Index, Challenger: v.Challenger, Status: DAStatus(v.Status),
		Responder: v.Responder, Deadline: v.Deadline}, nil
}

// OpenDAChallenge challenges the availability of block index of a model,
// with the data-availability bond.
func (c *Client) OpenDAChallenge(ctx context.Context, model [32]byte, index uint64) (DAChallenge, *types.Receipt, error) {
	r, err := c.send(ctx, fmt.Sprintf("challenge block %d of model %x", index, model[:4]), c.Addr.OpML,
		opmlABI.PackOpenDAChallenge(model, index), c.Config.DABond)
	if err != nil {
		return DAChallenge{}, r, err
	}
	for _, l := range r.Logs {
		if e, err := opmlABI.UnpackDAChallengeOpenedEvent(l); err == nil {
			return DAChallenge{ID: e.DaChallengeId.Uint64(), Model: model, Index: index, Challenger: e.Challenger,
				Status: DAOpen, Deadline: e.Deadline}, r, nil
		}
	}
	return DAChallenge{}, r, errors.New("data-availability challenge: no DAChallengeOpened event in the receipt")
}

// RespondDA answers a data-availability challenge with the block's bytes
// and its proof (the siblings of the block's subtree root up to the model's
// root's children: oracle.Model.BlockProof).
func (c *Client) RespondDA(ctx context.Context, id uint64, data []byte, proof [][32]byte) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("answer data-availability challenge %d", id), c.Addr.OpML,
		opmlABI.PackRespondDA(new(big.Int).SetUint64(id), data, proof), nil)
}

// ResolveDA resolves a data-availability challenge nobody answered in time:
// its model becomes unavailable.
func (c *Client) ResolveDA(ctx context.Context, id uint64) (*types.Receipt, error) {
	return c.send(ctx, fmt.Sprintf("resolve data-availability challenge %d", id), c.Addr.OpML,
		opmlABI.PackResolveDA(new(big.Int).SetUint64(id)), nil)
}

// PostedBlock reads block index of a model from the BlockPosted event of the
// answer that posted it (0 bytes and false if it was never posted). The
// contract checked the bytes against the model's root before emitting them.
func (c *Client) PostedBlock(ctx context.Context, model [32]byte, index uint64) ([]byte, bool, error) {
	num, err := call(ctx, c, c.opml, opmlABI.PackPostedIn(model, new(big.Int).SetUint64(index)), opmlABI.UnpackPostedIn)
	if err != nil {
		return nil, false, fmt.Errorf("block %d of model %x: %w", index, model, err)
	}
	if num == 0 {
		return nil, false, nil
	}
	ev := opmlABI.GetABI().Events["BlockPosted"]
	block := new(big.Int).SetUint64(num)
	q := ethereum.FilterQuery{
		FromBlock: block,
		ToBlock:   block,
		Addresses: []common.Address{c.Addr.OpML},
		Topics:    [][]common.Hash{{ev.ID}, nil, {common.Hash(model)}, {common.BigToHash(new(big.Int).SetUint64(index))}},
	}
	var logs []types.Log
	err = c.retry.Do(ctx, c.log, "eth_getLogs", func() (err error) {
		logs, err = c.b.FilterLogs(ctx, q)
		return err
	})
	if err != nil {
		return nil, false, fmt.Errorf("block %d of model %x: %w", index, model, err)
	}
	for i := range logs {
		if e, err := opmlABI.UnpackBlockPostedEvent(&logs[i]); err == nil {
			return e.Data, true, nil
		}
	}
	return nil, false, fmt.Errorf("block %d of model %x: no BlockPosted event in block %d, where it was posted (is the node pruning logs?)",
		index, model, num)
}

// Challengeable reports whether an unsettled claim can still be challenged
// (OpML.challengeable): within its window, or while its model's data is
// being challenged and a window after the last answer. A claim settles only
// once it is not.
func (c *Client) Challengeable(ctx context.Context, claimID uint64) (bool, error) {
	return call(ctx, c, c.opml, opmlABI.PackChallengeable(new(big.Int).SetUint64(claimID)), opmlABI.UnpackChallengeable)
}
