package main

import (
	"fmt"
	"log/slog"
	"time"

	"github.com/axonum/opml/mipsevm"
)

// runner drives a VM, firing the actions of mipsvm run at the steps their
// patterns select. Between those steps the VM runs in one go, at full speed.
type runner struct {
	vm   *mipsevm.VM
	exec executor // runs vm fast between actions
	log  *slog.Logger

	stopAt, proofAt, snapshotAt, infoAt stepPattern
	proofFmt, snapshotFmt               string // with one %d for the step

	progress *progress // nil: no progress line

	lastInfo     time.Time
	lastInfoStep uint64
}

// run executes until the guest exits or stopAt fires. It reports whether it
// stopped at stopAt; errors are host errors.
//
// At each step the actions fire in this order: info line, snapshot, stop,
// proof (which executes the step with a witness). Nothing fires once the
// guest has exited.
func (r *runner) run() (stopped bool, err error) {
	s := r.vm.State()
	r.lastInfo, r.lastInfoStep = time.Now(), s.Step
	defer r.progress.clear()
	for !s.Exited {
		step := s.Step
		if r.infoAt.matches(step) {
			r.logInfo()
		}
		if r.snapshotAt.matches(step) {
			path := stepPath(r.snapshotFmt, step)
			if err := saveSnapshot(path, s, ""); err != nil {
				return false, err
			}
			r.log.Debug("saved snapshot", "step", step, "path", path)
		}
		if r.stopAt.matches(step) {
			return true, nil
		}
		if r.proofAt.matches(step) {
			if err := r.prove(); err != nil {
				return false, err
			}
			continue
		}
		if err := r.runUntilNextAction(step); err != nil {
			return false, fmt.Errorf("at step %d: %w", s.Step, err)
		}
		r.progress.update(s.Step)
	}
	return false, nil
}

// runUntilNextAction runs from step (whose actions are done) up to the next
// step at which a pattern fires, the progress line's next look at the clock,
// or the guest's exit, whichever comes first.
func (r *runner) runUntilNextAction(step uint64) error {
	if step == ^uint64(0) {
		return r.vm.Run(1)
	}
	target, ok := nextFiring(step+1, r.infoAt, r.snapshotAt, r.stopAt, r.proofAt)
	if r.progress != nil && (!ok || target-step > progressChunk) {
		target, ok = step+progressChunk, true
	}
	if !ok {
		return r.exec.Run(0)
	}
	return r.exec.Run(target - step)
}

// prove executes the current step with a witness and writes it out.
func (r *runner) prove() error {
	p, err := proveStep(r.vm)
	if err != nil {
		return err
	}
	path := stepPath(r.proofFmt, p.Step)
	if err := writeProof(p, path, nil); err != nil {
		return err
	}
	r.log.Debug("wrote proof", "step", p.Step, "path", path)
	return nil
}

// logInfo logs where the guest is and how fast it has been going since the
// previous info line.
func (r *runner) logInfo() {
	s := r.vm.State()
	now := time.Now()
	rate := 0.0
	if dt := now.Sub(r.lastInfo).Seconds(); dt > 0 {
		rate = float64(s.Step-r.lastInfoStep) / dt
	}
	r.lastInfo, r.lastInfoStep = now, s.Step
	insn := s.Memory.GetWord(s.PC)
	r.progress.clear()
	r.log.Info("info",
		"step", s.Step,
		"steps_per_sec", fmt.Sprintf("%.0f", rate),
		"pc", fmt.Sprintf("0x%08x", s.PC),
		"insn", fmt.Sprintf("%08x %s", insn, mipsevm.Disassemble(insn)),
		"mem_mib", fmt.Sprintf("%.1f", float64(s.Memory.UsedBytes())/(1<<20)),
		"threads", s.ThreadCount(),
	)
}
