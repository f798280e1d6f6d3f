// Package gethdev builds and runs a real geth --dev node for tests that must
// meet the client the contracts will meet in production, not only the
// in-process chain of package devnet. The node listens on loopback only,
// has no peers, and its developer account is a key the test holds.
package gethdev

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

const gethPackage = "github.com/ethereum/go-ethereum/cmd/geth"

// Build returns the path of a geth binary at the go-ethereum version go.mod
// requires, building it the first time. The binary is cached as
// build/geth/geth-<version> under the module root (build/ is git-ignored),
// so it survives between test runs and `make clean` removes it.
//
// It is built by `go install github.com/ethereum/go-ethereum/cmd/geth@<version>`,
// which resolves geth's dependencies from go-ethereum's own go.mod: the binary
// is the released geth of that version, and this module's go.sum needs no
// entries for the parts of geth only the command uses. The first build takes
// minutes; a lock file beside the binary keeps concurrent test processes from
// building it twice, and the binary is renamed into place only when complete.
// ctx bounds the wait and the build.
func Build(ctx context.Context) (string, error) {
	root, version, err := gethVersion(ctx)
	if err != nil {
		return "", err
	}
	dir := filepath.Join(root, "build", "geth")
	path := filepath.Join(dir, "geth-"+version)
	if isExecutable(path) {
		return path, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("build geth: %w", err)
	}
	unlock, err := lock(ctx, path+".lock")
	if err != nil {
		return "", fmt.Errorf("build geth: %w", err)
	}
	defer unlock()
	if isExecutable(path) { // another process built it while we waited
		return path, nil
	}
	tmp, err := os.MkdirTemp(dir, "install-")
	if err != nil {
		return "", fmt.Errorf("build geth: %w", err)
	}
	defer os.RemoveAll(tmp)
	cmd := exec.CommandContext(ctx, "go", "install", gethPackage+"@"+version)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOBIN="+tmp)
	cmd.WaitDelay = 10 * time.Second // the compilers it started may hold the output pipe
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go install %s@%s: %w\n%s", gethPackage, version, err, tail(out, 4096))
	}
	if err := os.Rename(filepath.Join(tmp, "geth"), path); err != nil {
		return "", fmt.Errorf("build geth: %w", err)
	}
	return path, nil
}

// gethVersion returns the root of the module the working directory is in
// and the go-ethereum version it requires.
func gethVersion(ctx context.Context) (root, version string, err error) {
	gomod, err := goCommand(ctx, "", "env", "GOMOD")
	if err != nil {
		return "", "", err
	}
	if gomod == "" || gomod == os.DevNull {
		return "", "", errors.New("build geth: the working directory is not in a Go module")
	}
	root = filepath.Dir(gomod)
	out, err := goCommand(ctx, root, "list", "-m", "-f", "{{.Version}} {{with .Replace}}replaced{{end}}", "github.com/ethereum/go-ethereum")
	if err != nil {
		return "", "", err
	}
	version, replaced, _ := strings.Cut(out, " ")
	if replaced != "" {
		// go install pkg@version would build the upstream release, not
		// what this module compiles against.
		return "", "", fmt.Errorf("build geth: go.mod replaces go-ethereum %s; Build builds released versions only", version)
	}
	return root, version, nil
}

func goCommand(ctx context.Context, dir string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		if msg := bytes.TrimSpace(stderr.Bytes()); len(msg) > 0 {
			err = fmt.Errorf("%w: %s", err, msg)
		}
		return "", fmt.Errorf("go %s: %w", strings.Join(args, " "), err)
	}
	return strings.TrimSpace(string(out)), nil
}

func isExecutable(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.Mode().IsRegular() && info.Mode()&0o111 != 0
}

// lock takes an exclusive flock on path, polling so that ctx can end the
// wait. The kernel drops the lock if the process dies, so a crashed build
// never wedges the next one.
func lock(ctx context.Context, path string) (unlock func(), err error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return func() {
				syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
				f.Close()
			}, nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			f.Close()
			return nil, fmt.Errorf("lock %s: %w", path, err)
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, fmt.Errorf("wait for lock %s: %w", path, ctx.Err())
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// tail returns at most the last n bytes of b, for error messages.
func tail(b []byte, n int) []byte {
	if len(b) > n {
		return b[len(b)-n:]
	}
	return b
}
