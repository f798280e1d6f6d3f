package agent

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"strconv"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/oracle"
)

// Model availability (docs/dispute.md, "Models"). A claim names a
// registered model; an agent that cannot check a claim because it does not
// have the model fetches it from its data-availability servers, and failing
// that gets it block by block through the chain: it reads the blocks
// already posted and opens a data-availability challenge for each missing
// one, which the registrant (or anyone) must answer by posting the block,
// or lose the model: then every unsettled claim on it is rejected. Once it
// has every block, it puts the model together, stores it, and checks the
// claim as any other (its window stays open while the challenges are, and
// for a window after the last answer). Each pass it also answers the open
// challenges of models it has, and resolves those nobody answered in time.

// DefaultMaxOpenDA is the most data-availability challenges of one model
// an agent keeps open at once unless told otherwise: each costs a bond,
// lost if the block is posted.
const DefaultMaxOpenDA = 16

// daState is what the agent remembers of data-availability challenges
// between passes; none of it matters after a restart. Agent.daMu guards
// it: the pass over the challenges and the claims' checks (which open
// challenges for the blocks of a model they need) run at once.
type daState struct {
	closed map[uint64]bool              // challenges answered or resolved, by id
	open   map[[32]byte]map[uint64]bool // blocks under an open challenge, by model (rebuilt each pass)
}

func newDAState() daState {
	return daState{closed: map[uint64]bool{}, open: map[[32]byte]map[uint64]bool{}}
}

// daPass goes over the open data-availability challenges: it answers those
// of models the agent has (the responder is credited the challenger's
// bond) and resolves those whose window is over (the model becomes
// unavailable).
func (a *Agent) daPass(ctx context.Context, now uint64) error {
	n, err := a.c.DAChallengeCount(ctx)
	if err != nil {
		return err
	}
	open := map[[32]byte]map[uint64]bool{}
	var errs []error
	for id := range n {
		if a.daClosed(id) {
			continue
		}
		ch, err := a.c.DAChallenge(ctx, id)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if ch.Status != onchain.DAOpen {
			a.closeDA(id)
			continue
		}
		if err := a.actOnDA(ctx, ch, now, open); err != nil {
			errs = append(errs, fmt.Errorf("data-availability challenge %d: %w", id, err))
		}
	}
	a.daMu.Lock()
	a.da.open = open
	a.daMu.Unlock()
	return errors.Join(errs...)
}

func (a *Agent) daClosed(id uint64) bool {
	a.daMu.Lock()
	defer a.daMu.Unlock()
	return a.da.closed[id]
}

func (a *Agent) closeDA(id uint64) {
	a.daMu.Lock()
	defer a.daMu.Unlock()
	a.da.closed[id] = true
}

// daClient sends the data-availability transactions in a scope of their
// own (an unconfirmed one holds up no game).
func (a *Agent) daClient() *onchain.Client { return a.c.Scoped("data availability") }

// actOnDA answers or resolves one open data-availability challenge, if the
// agent can; otherwise it notes the block as under challenge in open.
func (a *Agent) actOnDA(ctx context.Context, ch onchain.DAChallenge, now uint64, open map[[32]byte]map[uint64]bool) error {
	addr := oracle.Address(ch.Model)
	switch {
	case now >= ch.Deadline:
		r, err := a.daClient().ResolveDA(ctx, ch.ID)
		if onchain.RevertReason(err) == "ModelRegistry: challenge not open" {
			return nil // resolved by someone else first
		}
		if err != nil {
			return err
		}
		a.closeDA(ch.ID)
		a.log.Warn("data-availability challenge unanswered: the model is unavailable, and claims on it are rejected",
			"challenge", ch.ID, "model", addr, "block", ch.Index, "gas", r.GasUsed)
		return nil
	case a.cfg.Store.Has(addr):
		m, err := a.cfg.Store.Open(addr)
		if err != nil {
			return err
		}
		b, err := m.Block(ch.Index)
		if err != nil {
			return err
		}
		r, err := a.daClient().RespondDA(ctx, ch.ID, b.Data, b.Proof)
		if onchain.RevertReason(err) == "ModelRegistry: challenge not open" {
			return nil // answered by someone else first
		}
		if err != nil {
			return err
		}
		a.closeDA(ch.ID)
		a.log.Info("data-availability challenge answered: block posted", "challenge", ch.ID, "model", addr, "block", ch.Index,
			"bytes", len(b.Data), "gas", r.GasUsed)
		return nil
	}
	if open[ch.Model] == nil {
		open[ch.Model] = map[uint64]bool{}
	}
	open[ch.Model][ch.Index] = true
	return nil
}

// needModel gets a claim's model the agent does not have into its store:
// from a data-availability server, or else from the blocks posted on chain,
// opening data-availability challenges for the missing ones. It reports
// whether the model is now stored (and the claim can be checked), and logs
// what it did otherwise.
func (a *Agent) needModel(ctx context.Context, cl onchain.Claim) bool {
	addr := oracle.Address(cl.Model)
	if a.cfg.Store.Has(addr) {
		return false // stored, yet not found: not a missing model
	}
	if err := a.obtainModel(ctx, cl.Model); err != nil {
		a.log.Warn("cannot check claim: its model is not available yet", "claim", cl.ID, "model", addr, "err", err)
		return false
	}
	return true
}

// obtainModel is needModel's work; nil once the model is in the store.
// One model is obtained at a time: two claims on one model would fetch it,
// challenge its blocks and put it together twice.
func (a *Agent) obtainModel(ctx context.Context, model [32]byte) error {
	a.modelMu.Lock()
	defer a.modelMu.Unlock()
	addr := oracle.Address(model)
	if a.cfg.Store.Has(addr) {
		return nil
	}
	for _, s := range a.cfg.DA {
		_, err := s.FetchInto(ctx, a.cfg.Store, addr)
		if err == nil {
			a.log.Info("model fetched from a data-availability server", "model", addr, "server", s.BaseURL)
			return nil
		}
		a.log.Debug("model not fetched", "model", addr, "server", s.BaseURL, "err", err)
	}
	reg, err := a.c.Model(ctx, model)
	if err != nil {
		return err
	}
	switch reg.Status {
	case onchain.ModelNone:
		return fmt.Errorf("model %s is not registered", addr)
	case onchain.ModelUnavailable:
		return fmt.Errorf("model %s is unavailable: claims on it are rejected", addr)
	}
	dir := filepath.Join(a.cfg.CacheDir, "blocks", hex.EncodeToString(model[:]))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	blocks := reg.Blocks()
	var missing, opened uint64
	a.daMu.Lock()
	open := maps.Clone(a.da.open[model])
	a.daMu.Unlock()
	for i := range blocks {
		path := filepath.Join(dir, strconv.FormatUint(i, 10))
		if _, err := os.Stat(path); err == nil {
			continue
		}
		data, err := a.block(ctx, addr, i)
		if err != nil {
			return err
		}
		if data != nil {
			if err := writeFileAtomic(path, data); err != nil {
				return err
			}
			continue
		}
		missing++
		if open[i] || uint64(len(open))+opened >= uint64(a.maxOpenDA()) {
			continue
		}
		ch, r, err := a.daClient().OpenDAChallenge(ctx, model, i)
		if reason := onchain.RevertReason(err); reason == "ModelRegistry: block already challenged" || reason == "ModelRegistry: block already posted" {
			continue // someone else was first: the next pass sees it
		}
		if err != nil {
			return err
		}
		opened++
		a.log.Info("data-availability challenge opened: the model's block is nowhere to be had", "model", addr, "block", i,
			"challenge", ch.ID, "answer by", ch.Deadline, "gas", r.GasUsed)
	}
	if missing > 0 {
		return fmt.Errorf("%d of its %d blocks missing; %d data-availability challenges of them opened now, %d open before",
			missing, blocks, opened, len(open))
	}
	if err := a.assemble(dir, addr, blocks); err != nil {
		return err
	}
	a.log.Info("model put together from its blocks and stored", "model", addr, "bytes", reg.Length, "blocks", blocks)
	return nil
}

// block is block i of a model: as posted on chain, or from a
// data-availability server (verified); nil if neither has it.
func (a *Agent) block(ctx context.Context, addr oracle.Address, i uint64) ([]byte, error) {
	data, posted, err := a.c.PostedBlock(ctx, [32]byte(addr), i)
	if err != nil || posted {
		return data, err // the contract checked it against the model's root
	}
	for _, s := range a.cfg.DA {
		if b, err := s.FetchBlock(ctx, addr, i); err == nil {
			return b.Data, nil
		}
	}
	return nil, nil
}

// assemble stores the model whose blocks are the files 0 … blocks−1 of dir
// and removes them; blocks that do not make up the model are removed too,
// to be read again.
func (a *Agent) assemble(dir string, addr oracle.Address, blocks uint64) error {
	got, err := a.cfg.Store.AddReader(&blockFiles{dir: dir, n: blocks})
	if err == nil && got != addr {
		err = fmt.Errorf("the blocks make up model %s, not %s", got, addr)
	}
	if err != nil {
		return errors.Join(err, os.RemoveAll(dir))
	}
	return os.RemoveAll(dir)
}

// blockFiles reads the files 0 … n−1 of dir one after the other, opening
// one at a time (a model of GiBs has tens of thousands of blocks).
type blockFiles struct {
	dir  string
	n, i uint64
	f    *os.File
}

func (b *blockFiles) Read(p []byte) (int, error) {
	for {
		if b.f == nil {
			if b.i == b.n {
				return 0, io.EOF
			}
			f, err := os.Open(filepath.Join(b.dir, strconv.FormatUint(b.i, 10)))
			if err != nil {
				return 0, err
			}
			b.f, b.i = f, b.i+1
		}
		n, err := b.f.Read(p)
		if err == io.EOF {
			b.f.Close()
			b.f = nil
			if n == 0 {
				continue
			}
			err = nil
		}
		return n, err
	}
}

func (a *Agent) maxOpenDA() int {
	if a.cfg.MaxOpenDA > 0 {
		return a.cfg.MaxOpenDA
	}
	return DefaultMaxOpenDA
}

// modelRejected handles a claim rejected because its model became
// unavailable (true), else it does nothing (false): with a stake in it,
// the agent records its open challenges (their challengers win, whatever
// their games) and settles it once it can.
func (a *Agent) modelRejected(ctx context.Context, cl onchain.Claim, chs []onchain.Challenge, stake bool) (bool, error) {
	if cl.Status != onchain.ClaimRejected || cl.Settled {
		return false, nil
	}
	m, err := a.c.Model(ctx, cl.Model)
	if err != nil || m.Status != onchain.ModelUnavailable {
		return err != nil, err
	}
	if !stake {
		return true, nil
	}
	for _, ch := range chs {
		if ch.Resolved {
			continue
		}
		r, err := a.claimClient(cl.ID).ResolveChallenge(ctx, ch.ID)
		if onchain.RevertReason(err) == "OpML: challenge already resolved" {
			continue
		}
		if err != nil {
			return true, err
		}
		a.log.Info("challenge recorded: the claim's model is unavailable, so its challenger wins", "claim", cl.ID,
			"challenge", ch.ID, "gas", r.GasUsed)
	}
	if m.OpenDA > 0 {
		return true, nil // settling waits for them; daPass resolves them
	}
	open, err := a.c.Challengeable(ctx, cl.ID)
	if err != nil || open {
		return true, err
	}
	return true, a.settle(ctx, cl)
}

// challengeable reports whether a claim can still be challenged: in its
// window, or while its model's data is being challenged (OpML.challengeable).
func (a *Agent) challengeable(ctx context.Context, cl onchain.Claim, now uint64) (bool, error) {
	if now < cl.SubmittedAt+a.c.Config.ChallengeWindow {
		return true, nil
	}
	return a.c.Challengeable(ctx, cl.ID)
}

// writeFileAtomic writes data to path through a temporary file and a
// rename, so that a crash leaves no partial block.
func writeFileAtomic(path string, data []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
