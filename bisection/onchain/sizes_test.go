package onchain_test

import (
	"bytes"
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/contracts/bindings"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// TestDeploySizesAndBonds: Deploy refuses zero bonds and size bounds out
// of range before sending anything; a deployment's bounds (the defaults
// when left 0) are read back by Connect; Submit refuses an input or output
// over them without sending, and the contract refuses the same claim with
// its reason.
func TestDeploySizesAndBonds(t *testing.T) {
	keys := devnet.DevKeys(1)
	net, err := devnet.New(devnet.Config{Alloc: devnet.FundedAlloc(keys, new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether)))})
	if err != nil {
		t.Fatal(err)
	}
	defer net.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	s, err := onchain.NewSender(ctx, net.Client(), keys[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Poll = 5 * time.Millisecond
	ok := onchain.DeployParams{Game: game.Params{Arity: 2, Depth: 3}, ChallengeWindow: 60, Clock: 60,
		ClaimBond: big.NewInt(1000), ChallengeBond: big.NewInt(100)}
	for _, tc := range []struct {
		name   string
		change func(*onchain.DeployParams)
		want   string
	}{
		{"zero claim bond", func(p *onchain.DeployParams) { p.ClaimBond = new(big.Int) }, "claim bond 0 wei: it must be positive"},
		{"no claim bond", func(p *onchain.DeployParams) { p.ClaimBond = nil }, "claim bond <nil> wei: it must be positive"},
		{"zero challenge bond", func(p *onchain.DeployParams) { p.ChallengeBond = new(big.Int) }, "challenge bond 0 wei: it must be positive"},
		{"negative challenge bond", func(p *onchain.DeployParams) { p.ChallengeBond = big.NewInt(-1) }, "challenge bond -1 wei"},
		{"input past the ceiling", func(p *onchain.DeployParams) { p.MaxInputBytes = onchain.MaxInputBytesLimit + 1 }, "max input bytes 65537: want 1 to 65536"},
		{"output past the ceiling", func(p *onchain.DeployParams) { p.MaxOutputBytes = onchain.MaxOutputBytesLimit + 1 }, "max output bytes 8193: want 1 to 8192"},
	} {
		p := ok
		tc.change(&p)
		if _, _, err := onchain.Deploy(ctx, s, p); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want an error with %q", tc.name, err, tc.want)
		}
	}
	from := crypto.PubkeyToAddress(keys[0].PublicKey)
	if n, err := net.Client().NonceAt(ctx, from, nil); err != nil || n != 0 {
		t.Fatalf("nonce %d (%v) after refused deployments, want 0: something was sent", n, err)
	}

	addrs, _, err := onchain.Deploy(ctx, s, ok)
	if err != nil {
		t.Fatal(err)
	}
	c, err := onchain.Connect(ctx, net.Client(), addrs, s, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Config.MaxInputBytes != onchain.DefaultMaxInputBytes || c.Config.MaxOutputBytes != onchain.DefaultMaxOutputBytes {
		t.Fatalf("default sizes read back as %d, %d", c.Config.MaxInputBytes, c.Config.MaxOutputBytes)
	}

	small := ok
	small.MaxInputBytes, small.MaxOutputBytes = 100, 10
	if addrs, _, err = onchain.Deploy(ctx, s, small); err != nil {
		t.Fatal(err)
	}
	if c, err = onchain.Connect(ctx, net.Client(), addrs, s, nil); err != nil {
		t.Fatal(err)
	}
	if c.Config.MaxInputBytes != 100 || c.Config.MaxOutputBytes != 10 {
		t.Fatalf("sizes read back as %d, %d, want 100, 10", c.Config.MaxInputBytes, c.Config.MaxOutputBytes)
	}
	input, output := bytes.Repeat([]byte{1}, 101), bytes.Repeat([]byte{2}, 11)
	model := registerTestModel(t, ctx, c, "sizes")
	sent, err := net.Client().NonceAt(ctx, from, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		in, out []byte
		want    string
	}{
		{input, output[:10], "the input has 101 bytes, the deployment accepts at most 100 (maxInputBytes)"},
		{input[:100], output, "the output has 11 bytes, the deployment accepts at most 10 (maxOutputBytes)"},
	} {
		if _, _, err := c.Submit(ctx, model, tc.in, tc.out); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("submit of %d and %d bytes: %v, want an error with %q", len(tc.in), len(tc.out), err, tc.want)
		}
	}
	if n, err := net.Client().NonceAt(ctx, from, nil); err != nil || n != sent {
		t.Fatalf("nonce %d (%v) after refused submits, want %d: something was sent", n, err, sent)
	}
	// The contract refuses them too, whoever asks.
	opml := bindings.NewOpML()
	for _, tc := range []struct {
		in, out []byte
		want    string
	}{
		{input, output[:10], "OpML: input longer than maxInputBytes"},
		{input[:100], output, "OpML: output longer than maxOutputBytes"},
	} {
		_, err := s.Send(ctx, "submit", &addrs.OpML, opml.PackSubmit(model, tc.in, tc.out), c.Config.ClaimBond)
		if got := onchain.RevertReason(err); got != tc.want {
			t.Errorf("raw submit of %d and %d bytes: %v, want the revert %q", len(tc.in), len(tc.out), err, tc.want)
		}
	}
	if _, _, err := c.Submit(ctx, model, input[:100], output[:10]); err != nil {
		t.Fatalf("submit at the bounds: %v", err)
	}
}
