package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/axonum/opml/mipsevm/program"
	"github.com/spf13/pflag"
)

// processFlags are the guest process's arguments, environment and stdin:
// part of the initial state (step 0), so the state hash commits to them.
type processFlags struct {
	argv0 string
	env   []string
	stdin string
}

// defaultArgv0 is argv[0] when the loader is given no arguments.
const defaultArgv0 = "guest"

func (p *processFlags) register(fl *pflag.FlagSet) {
	fl.StringVar(&p.argv0, "argv0", defaultArgv0, "the guest's argv[0] (`NAME`); the arguments after -- follow it")
	fl.StringArrayVar(&p.env, "env", nil, "add `KEY=VALUE` to the guest's environment (repeatable, in order)")
	fl.StringVar(&p.stdin, "stdin", "", "the guest reads `FILE` as its standard input (default: empty)")
}

// given reports whether any process flag or argument was set.
func (p *processFlags) given(fl *pflag.FlagSet, args []string) bool {
	return len(args) > 0 || fl.Changed("argv0") || fl.Changed("env") || fl.Changed("stdin")
}

// process builds the loader's Process: argv = argv0 then args.
func (p *processFlags) process(args []string) (program.Process, error) {
	proc := program.Process{Args: append([]string{p.argv0}, args...), Env: p.env}
	for _, e := range p.env {
		if !strings.Contains(e, "=") {
			return proc, fmt.Errorf("--env %q: want KEY=VALUE", e)
		}
	}
	if p.stdin != "" {
		data, err := os.ReadFile(p.stdin)
		if err != nil {
			return proc, fmt.Errorf("--stdin: %w", err)
		}
		proc.Stdin = data
	}
	return proc, nil
}
