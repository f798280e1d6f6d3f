package oracle

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"
)

// serve starts the API over a store with the given models.
func serve(t *testing.T, models ...[]byte) (*Store, *httptest.Server) {
	t.Helper()
	s := newTestStore(t)
	for _, m := range models {
		if _, err := s.Add(m); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer(NewServer(s))
	t.Cleanup(srv.Close)
	return s, srv
}

func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func get(t *testing.T, url string, header ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequestWithContext(testContext(t), http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, body
}

func TestServer(t *testing.T) {
	data := randomBytes(30, 10_000)
	_, srv := serve(t, data, []byte("tiny"))
	addr := AddressOf(data)

	resp, body := get(t, srv.URL+"/models/"+addr.Hex())
	if resp.StatusCode != http.StatusOK || !bytes.Equal(body, data) {
		t.Fatalf("GET model: %s, %d bytes", resp.Status, len(body))
	}
	if cl := resp.Header.Get("Content-Length"); cl != strconv.Itoa(len(data)) {
		t.Errorf("Content-Length %q", cl)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "application/octet-stream" {
		t.Errorf("Content-Type %q", ct)
	}
	// Without the 0x, and a byte range.
	resp, body = get(t, srv.URL+"/models/"+addr.Hex()[2:], "Range", "bytes=100-199")
	if resp.StatusCode != http.StatusPartialContent || !bytes.Equal(body, data[100:200]) {
		t.Errorf("GET range: %s, %d bytes", resp.Status, len(body))
	}

	resp, body = get(t, srv.URL+"/models")
	var list []ModelInfo
	if err := json.Unmarshal(body, &list); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /models: %s %q: %v", resp.Status, body, err)
	}
	if len(list) != 2 || resp.Header.Get("Content-Type") != "application/json" {
		t.Errorf("GET /models = %+v", list)
	}
	for _, m := range list {
		if m.Address == addr && m.Size != uint64(len(data)) {
			t.Errorf("listed size %d", m.Size)
		}
	}
}

func TestServerErrors(t *testing.T) {
	_, srv := serve(t)
	tests := []struct {
		path   string
		status int
		body   string
	}{
		{"/models/" + AddressOf([]byte("x")).Hex(), http.StatusNotFound, "model " + AddressOf([]byte("x")).Hex() + " not found"},
		{"/models/0x1234", http.StatusBadRequest, "want 64 hex digits"},
		{"/models/" + strings.Repeat("zz", 32), http.StatusBadRequest, "invalid byte"},
		{"/models/0x00" + AddressOf([]byte("x")).Hex()[4:], http.StatusBadRequest, "not a model address"},
		{"/nothing", http.StatusNotFound, "404 page not found"},
	}
	for _, tt := range tests {
		resp, body := get(t, srv.URL+tt.path)
		if resp.StatusCode != tt.status || !strings.Contains(string(body), tt.body) {
			t.Errorf("GET %s: %s %q; want %d with %q", tt.path, resp.Status, body, tt.status, tt.body)
		}
		if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
			t.Errorf("GET %s: Content-Type %q", tt.path, ct)
		}
	}
	// An empty store lists [], not null.
	if _, body := get(t, srv.URL+"/models"); string(body) != "[]\n" {
		t.Errorf("empty list = %q", body)
	}
	resp, err := http.Post(srv.URL+"/models", "text/plain", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /models: %s", resp.Status)
	}
}

func TestServerCorruptModel(t *testing.T) {
	data := randomBytes(31, 500)
	s, srv := serve(t, data)
	corrupt(t, s, AddressOf(data))
	resp, body := get(t, srv.URL+"/models/"+AddressOf(data).Hex())
	if resp.StatusCode != http.StatusInternalServerError || strings.Contains(string(body), s.Dir()) {
		t.Fatalf("corrupt model: %s %q", resp.Status, body)
	}
}

func TestClient(t *testing.T) {
	data := randomBytes(32, 3*batchSize/2)
	_, srv := serve(t, data)
	addr := AddressOf(data)
	c := &Client{BaseURL: srv.URL + "/"}
	got, err := c.Fetch(testContext(t), addr)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("Fetch: %v", err)
	}
	list, err := c.List(testContext(t))
	if err != nil || len(list) != 1 || list[0] != (ModelInfo{addr, uint64(len(data))}) {
		t.Fatalf("List = %+v, %v", list, err)
	}

	dst := newTestStore(t)
	info, err := c.FetchInto(testContext(t), dst, addr)
	if err != nil || info != (ModelInfo{addr, uint64(len(data))}) {
		t.Fatalf("FetchInto = %+v, %v", info, err)
	}
	if m, err := dst.Open(addr); err != nil || !bytes.Equal(m.Bytes(), data) {
		t.Fatalf("fetched model: %v", err)
	}
	// Already there: no request (the server is gone).
	srv.Close()
	if _, err := c.FetchInto(testContext(t), dst, addr); err != nil {
		t.Fatalf("FetchInto of a stored model: %v", err)
	}

	unknown := AddressOf([]byte("unknown"))
	_, srv = serve(t)
	c.BaseURL = srv.URL
	if _, err := c.Fetch(testContext(t), unknown); err == nil || !strings.Contains(err.Error(), "404 Not Found") {
		t.Errorf("Fetch(unknown) error = %v", err)
	}
}

// liar serves body for every model.
func liar(t *testing.T, body []byte, chunked bool) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if chunked {
			w.Write(body[:len(body)/2])
			w.(http.Flusher).Flush()
			w.Write(body[len(body)/2:])
			return
		}
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		w.Write(body)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestClientRejectsWrongBytes(t *testing.T) {
	want := AddressOf([]byte("the real model"))
	srv := liar(t, []byte("something else"), false)
	c := &Client{BaseURL: srv.URL}
	if _, err := c.Fetch(testContext(t), want); !errors.Is(err, ErrMismatch) || !strings.Contains(err.Error(), AddressOf([]byte("something else")).Hex()) {
		t.Fatalf("Fetch of wrong bytes: %v", err)
	}
	dst := newTestStore(t)
	if _, err := c.FetchInto(testContext(t), dst, want); !errors.Is(err, ErrMismatch) {
		t.Fatalf("FetchInto of wrong bytes: %v", err)
	}
	if names := storeFiles(t, dst); len(names) != 0 {
		t.Fatalf("wrong bytes left in the store: %v", names)
	}
	// An alias of the address is refused before anything is asked.
	alias := AddressOf([]byte("something else"))
	alias[0] = 0x81
	if _, err := c.Fetch(testContext(t), alias); !errors.Is(err, ErrNotModelAddress) {
		t.Fatalf("Fetch of an alias: %v", err)
	}
	if _, err := c.FetchInto(testContext(t), dst, alias); !errors.Is(err, ErrNotModelAddress) {
		t.Fatalf("FetchInto of an alias: %v", err)
	}
}

func TestClientMaxSize(t *testing.T) {
	body := randomBytes(33, 10_000)
	addr := AddressOf(body)
	for _, chunked := range []bool{false, true} {
		c := &Client{BaseURL: liar(t, body, chunked).URL, MaxSize: 9_999}
		if _, err := c.Fetch(testContext(t), addr); !errors.Is(err, ErrTooLarge) {
			t.Errorf("chunked=%t: Fetch of 10000 bytes with limit 9999: %v", chunked, err)
		}
		dst := newTestStore(t)
		if _, err := c.FetchInto(testContext(t), dst, addr); !errors.Is(err, ErrTooLarge) || len(storeFiles(t, dst)) != 0 {
			t.Errorf("chunked=%t: FetchInto of 10000 bytes with limit 9999: %v", chunked, err)
		}
		c.MaxSize = 10_000
		if got, err := c.Fetch(testContext(t), addr); err != nil || !bytes.Equal(got, body) {
			t.Errorf("chunked=%t: Fetch at the limit: %v", chunked, err)
		}
	}
}

func TestClientBadURL(t *testing.T) {
	for _, u := range []string{"", "127.0.0.1:7645", "ftp://host", "http://"} {
		c := &Client{BaseURL: u}
		if _, err := c.Fetch(testContext(t), AddressOf(nil)); err == nil || !strings.Contains(err.Error(), "want http://") {
			t.Errorf("BaseURL %q: %v", u, err)
		}
	}
}

func TestClientTimeout(t *testing.T) {
	block := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-block:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(block)
	ctx, cancel := context.WithTimeout(t.Context(), 100*time.Millisecond)
	defer cancel()
	c := &Client{BaseURL: srv.URL}
	if _, err := c.Fetch(ctx, AddressOf(nil)); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Fetch from a stalled server: %v", err)
	}
}
