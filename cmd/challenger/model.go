package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/axonum/opml/ggml-mips/models"
	"github.com/axonum/opml/ggml-mips/plan"
	"github.com/axonum/opml/oracle"
	"github.com/spf13/cobra"
)

func newModelCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "model",
		Short: "Add, list, verify and fetch models in the store; write random models",
		Long: `model manages the content-addressed model store (--store).

A model is a GGUF file the engine loads ("model add --raw" stores any
bytes); its address is computed from the bytes alone, so the same file has
the same address everywhere: the VM's committed key of the bytes (their
Merkle root and length, hashed, with byte 0 set to 0x03), and a 32-byte
value with another byte 0 names no model.
Adding a model that is already stored does nothing new. Each model is kept
as one read-only file, <store>/models/<address without 0x>.

"model random" writes a llama model with seeded random weights, of any
size up to 7B parameters and beyond (--params 1m|15m|110m|1b|7b, or an
explicit shape), streamed to disk in little memory: models to add, serve
and dispute without downloading a real one.`,
	}
	cmd.AddCommand(
		newModelAddCmd(a),
		newModelListCmd(a),
		newModelVerifyCmd(a),
		newModelFetchCmd(a),
		newModelRandomCmd(a),
		newModelRegisterCmd(a),
	)
	return cmd
}

func newModelAddCmd(a *app) *cobra.Command {
	var raw bool
	cmd := &cobra.Command{
		Use:   "add [--raw] FILE...",
		Short: "Copy models into the store and print their addresses",
		Long: `add copies each FILE into the store, under its model address, and prints one
line per file:

  <address>  <size in bytes>  <file>

Each FILE must be a model this engine loads: a GGUF file whose header
parses (within the size the dispute's node program reads) and whose
general.architecture (` + strings.Join(models.Architectures, ", ") + `) accepts its metadata
and tensors' names, types and shapes. Only the header is read for this
check; a file that fails it is refused with the reason, and nothing of it
is stored. --raw stores the files as they are, unchecked (data other than
models, or a model for a later engine).

The copy is written to a temporary file, flushed to disk and renamed, so the
store never holds a partial model. A file is read once, as a stream: adding
a model of several GiB needs little memory. add stops at the first file it
cannot read or refuses.`,
		Example: `  challenger model add model.gguf
  challenger model add --store ./models a.gguf b.gguf
  challenger model add --raw data.bin`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, files []string) error {
			st, err := a.store()
			if err != nil {
				return err
			}
			for _, f := range files {
				start := time.Now()
				addr, arch, err := addModelFile(st, f, raw)
				if err != nil {
					return err
				}
				info, err := st.Info(addr)
				if err != nil {
					return err
				}
				a.log.Debug("added model", "file", f, "address", addr, "architecture", arch, "size", info.Size, "took", time.Since(start))
				fmt.Fprintf(cmd.OutOrStdout(), "%s  %d  %s\n", addr, info.Size, f)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&raw, "raw", false, "store the files as they are, without checking that they are models the engine loads")
	return cmd
}

// addModelFile stores the file at path and returns its address and, unless
// raw, its architecture, after checking that the engine loads it (see
// checkModel). The file is opened once: what is checked is what is stored.
func addModelFile(st *oracle.Store, path string, raw bool) (oracle.Address, string, error) {
	f, err := os.Open(path)
	if err != nil {
		return oracle.Address{}, "", fmt.Errorf("add model: %w", err)
	}
	defer f.Close()
	var arch string
	if !raw {
		fi, err := f.Stat()
		if err != nil {
			return oracle.Address{}, "", fmt.Errorf("add model: %w", err)
		}
		if arch, err = checkModel(f, fi.Size()); err != nil {
			return oracle.Address{}, "", fmt.Errorf("add model %s: not a model this engine loads: %w (--raw stores it anyway)", path, err)
		}
	}
	addr, err := st.AddReader(f) // from offset 0: checkModel reads with ReadAt
	if err != nil {
		return oracle.Address{}, "", fmt.Errorf("add model from %s: %w", path, err)
	}
	return addr, arch, nil
}

// checkModel reads a model's GGUF header through r (the file has size
// bytes) as the node program does (plan.ReadHeader, with its header limit)
// and loads its layout: the architecture's metadata and its tensors'
// names, types and shapes, without their data. It returns the
// architecture.
func checkModel(r io.ReaderAt, size int64) (string, error) {
	h, err := plan.ReadHeader(r, size)
	if err != nil {
		return "", err
	}
	_, arch, err := models.LoadLayout(h)
	return arch, err
}

func newModelListCmd(a *app) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the models in the store",
		Long: `list prints one line per stored model, sorted by address:

  <address>  <size in bytes>

With --json it prints a JSON array of {"address": "0x...", "size": N}
instead (the same as GET /models of "challenger da serve"). list does not
re-hash the models; "challenger model verify" does.`,
		Example: `  challenger model list
  challenger model list --json | jq -r '.[].address'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := a.store()
			if err != nil {
				return err
			}
			list, err := st.List()
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				b, err := json.MarshalIndent(list, "", "  ")
				if err != nil {
					return err
				}
				_, err = fmt.Fprintf(out, "%s\n", b)
				return err
			}
			if len(list) == 0 {
				fmt.Fprintf(cmd.ErrOrStderr(), "no models in %s (add one with: challenger model add FILE)\n", st.Dir())
			}
			for _, m := range list {
				fmt.Fprintf(out, "%s  %d\n", m.Address, m.Size)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array of {address, size}")
	return cmd
}

func newModelVerifyCmd(a *app) *cobra.Command {
	var all bool
	cmd := &cobra.Command{
		Use:   "verify (ADDRESS... | --all)",
		Short: "Re-hash stored models and check them against their addresses",
		Long: `verify reads each stored model back from disk, recomputes its address and
prints one line per model:

  ok      <address>  <size in bytes>
  FAILED  <address>  <what is wrong>

A model fails when its file is missing, unreadable, or its bytes no longer
hash to its address (disk corruption, or someone edited the file). Delete a
damaged file and add or fetch the model again. Exits with status 1 if any
model failed.`,
		Example: `  challenger model verify 0x5a1f...
  challenger model verify --all`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if all == (len(args) > 0) {
				return fmt.Errorf("give model addresses or --all, not both or neither\nrun '%s --help' for usage", cmd.CommandPath())
			}
			addrs, err := parseAddresses(args)
			if err != nil {
				return err
			}
			st, err := a.store()
			if err != nil {
				return err
			}
			if all {
				list, err := st.List()
				if err != nil {
					return err
				}
				for _, m := range list {
					addrs = append(addrs, m.Address)
				}
			}
			out, failed := cmd.OutOrStdout(), 0
			for _, addr := range addrs {
				info, err := st.Verify(addr)
				if err != nil {
					failed++
					fmt.Fprintf(out, "FAILED  %s  %v\n", addr, err)
					continue
				}
				fmt.Fprintf(out, "ok      %s  %d\n", addr, info.Size)
			}
			if failed > 0 {
				return fmt.Errorf("%d of %d models failed verification", failed, len(addrs))
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&all, "all", false, "verify every model in the store")
	return cmd
}

func newModelFetchCmd(a *app) *cobra.Command {
	var (
		from    string
		maxSize int64
		timeout time.Duration
	)
	cmd := &cobra.Command{
		Use:   "fetch --from URL ADDRESS...",
		Short: "Download models from a data-availability server into the store",
		Long: `fetch downloads each model from the server at --from (one running
"challenger da serve", or any server of the same HTTP API) into the store
and prints one line per model:

  <address>  <size in bytes>  <URL>

What arrives is hashed as it is written; bytes that do not hash to the
address asked for are discarded with an error, so a server cannot slip in
another model. Models already in the store are not downloaded again.`,
		Example: `  challenger model fetch --from http://127.0.0.1:7645 0x5a1f...
  challenger model fetch --from https://models.example.org --max-size 4000000000 0x5a1f...`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if timeout <= 0 {
				return fmt.Errorf("--timeout must be positive, got %v", timeout)
			}
			addrs, err := parseAddresses(args)
			if err != nil {
				return err
			}
			st, err := a.store()
			if err != nil {
				return err
			}
			c := &oracle.Client{BaseURL: from, HTTP: oracle.NewHTTPClient(timeout), MaxSize: maxSize}
			for _, addr := range addrs {
				ctx, cancel := context.WithTimeout(cmd.Context(), timeout)
				start := time.Now()
				info, err := c.FetchInto(ctx, st, addr)
				cancel()
				if err != nil {
					return err
				}
				a.log.Debug("fetched model", "address", addr, "size", info.Size, "took", time.Since(start))
				fmt.Fprintf(cmd.OutOrStdout(), "%s  %d  %s\n", addr, info.Size, from)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&from, "from", "", "`URL` of the server, such as http://127.0.0.1:7645 (required)")
	cmd.Flags().Int64Var(&maxSize, "max-size", oracle.DefaultMaxSize, "refuse models larger than `BYTES`")
	cmd.Flags().DurationVar(&timeout, "timeout", 30*time.Minute, "give up on a model after `DURATION`")
	cmd.MarkFlagRequired("from")
	return cmd
}

// parseAddresses parses model addresses given as arguments.
func parseAddresses(args []string) ([]oracle.Address, error) {
	addrs := make([]oracle.Address, 0, len(args))
	for _, s := range args {
		addr, err := oracle.ParseAddress(s)
		if err != nil {
			return nil, err
		}
		addrs = append(addrs, addr)
	}
	return addrs, nil
}
