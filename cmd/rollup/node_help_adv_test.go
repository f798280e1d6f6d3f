package main

import (
	"strings"
	"testing"
)

// TestAdvNodeHelpOpML: 'rollup node --help' says what the embedded L1's
// opML is: the default two-phase deployment, whose claims the node's
// agent defends with the node program (--node-program), not the
// single-phase one 'rollup demo' deploys over the claim-checking program.
func TestAdvNodeHelpOpML(t *testing.T) {
	r := run(t, "node", "--help")
	if r.code != 0 {
		t.Fatalf("node --help: exit %d: %s", r.code, r.stderr)
	}
	help := strings.Join(strings.Fields(r.stdout), " ")
	if strings.Contains(help, "opML and the rollup's contracts are deployed on it (as 'rollup demo' does)") {
		t.Errorf("the help says the embedded opML is deployed as 'rollup demo' does (single-phase, the claim program); it is the default two-phase deployment:\n%s", r.stdout)
	}
	if !strings.Contains(help, "make inference builds the node program") {
		t.Errorf("the --store example does not name the node program the embedded deployment's claims are defended with:\n%s", r.stdout)
	}
}
