package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/axonum/opml/oracle"
)

// syncBuffer is a bytes.Buffer safe to write from the server's goroutines.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestDAServe(t *testing.T) {
	store := t.TempDir()
	data := []byte("served model")
	path := writeFile(t, "m.bin", data)
	mustRun(t, "model", "add", "--raw", "--store", store, path)
	addr := oracle.AddressOf(data)

	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	listening := make(chan net.Addr, 1)
	a := &app{onListen: func(addr net.Addr) { listening <- addr }}
	var stdout, stderr syncBuffer
	exited := make(chan int, 1)
	go func() {
		exited <- execute(ctx, a, []string{"da", "serve", "--store", store, "--listen", "127.0.0.1:0"}, &stdout, &stderr)
	}()
	var base string
	select {
	case addr := <-listening:
		base = "http://" + addr.String()
	case code := <-exited:
		t.Fatalf("da serve exited with %d before listening:\n%s", code, stderr.String())
	case <-ctx.Done():
		t.Fatal("da serve did not start listening")
	}

	c := &oracle.Client{BaseURL: base}
	got, err := c.Fetch(ctx, addr)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("fetch from da serve: %q, %v", got, err)
	}
	resp, err := http.Get(base + "/models")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	var list []oracle.ModelInfo
	if err := json.Unmarshal(body, &list); err != nil || len(list) != 1 || list[0].Address != addr {
		t.Fatalf("GET /models = %s (%v)", body, err)
	}

	cancel() // as SIGINT would
	select {
	case code := <-exited:
		if code != 0 {
			t.Fatalf("da serve exited with %d:\n%s", code, stderr.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("da serve did not shut down")
	}
	logs := stderr.String()
	for _, want := range []string{"serving models", "path=/models/" + addr.Hex(), "status=200", "shutting down"} {
		if !strings.Contains(logs, want) {
			t.Errorf("logs lack %q:\n%s", want, logs)
		}
	}
	if strings.Contains(logs, "non-loopback") {
		t.Errorf("warned about a loopback address:\n%s", logs)
	}
}

func TestDAServeListenError(t *testing.T) {
	r := run(t, "da", "serve", "--store", t.TempDir(), "--listen", "no-port")
	if r.code != 1 || !strings.Contains(r.stderr, "da serve: listen tcp") {
		t.Fatalf("bad --listen: %+v", r)
	}
	// 192.0.2.1 (TEST-NET-1) is no local address: the warning comes, then
	// the bind fails, so nothing listens beyond loopback.
	r = run(t, "da", "serve", "--store", t.TempDir(), "--listen", "192.0.2.1:0")
	if r.code != 1 || !strings.Contains(r.stderr, "level=WARN msg=\"listening on a non-loopback address") {
		t.Fatalf("non-loopback --listen: %+v", r)
	}
}

func TestIsLoopback(t *testing.T) {
	tests := []struct {
		listen string
		want   bool
	}{
		{"127.0.0.1:7645", true},
		{"127.1.2.3:0", true},
		{"[::1]:7645", true},
		{"localhost:7645", true},
		{":7645", false},
		{"0.0.0.0:7645", false},
		{"[::]:7645", false},
		{"192.168.1.5:7645", false},
		{"example.org:80", false},
		{"no-port", false},
	}
	for _, tt := range tests {
		if got := isLoopback(tt.listen); got != tt.want {
			t.Errorf("isLoopback(%q) = %t, want %t", tt.listen, got, tt.want)
		}
	}
}
