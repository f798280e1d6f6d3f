package agent

// TraceMemory is what the agent's traces hold now and the most they held
// at once (as measured between moves), for tests of the budget.
func (a *Agent) TraceMemory() (now, peak int64, evicted int) {
	st := a.traces.stats()
	return st.bytes, st.peak, st.evicted
}
