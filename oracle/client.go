package oracle

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// DefaultMaxSize is the largest model a Client accepts unless told
// otherwise: 2 GiB, the largest data map_committed can map (height 26).
const DefaultMaxSize = 2 << 30

// defaultHTTP is the client used when Client.HTTP is nil.
var defaultHTTP = NewHTTPClient(30 * time.Minute)

// NewHTTPClient returns an HTTP client that bounds every stage of a
// request: connecting (10 s), the TLS handshake (10 s), waiting for the
// response headers (30 s), and the whole transfer (timeout, which must
// allow for the largest model on the slowest link expected).
func NewHTTPClient(timeout time.Duration) *http.Client {
	return &http.Client{
		Timeout: timeout,
		Transport: &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			DialContext:           (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
			TLSHandshakeTimeout:   10 * time.Second,
			ResponseHeaderTimeout: 30 * time.Second,
			IdleConnTimeout:       90 * time.Second,
			MaxIdleConns:          10,
		},
	}
}

// Client fetches models from a data-availability server (see NewServer) and
// checks that what it receives hashes to the address it asked for.
type Client struct {
	// BaseURL is the server's root, such as "http://127.0.0.1:7645".
	BaseURL string
	// HTTP is the client used; nil means NewHTTPClient(30 * time.Minute).
	HTTP *http.Client
	// MaxSize is the largest model accepted, in bytes; 0 means
	// DefaultMaxSize.
	MaxSize int64
}

// ErrTooLarge is returned when a server sends more than the size limit.
var ErrTooLarge = errors.New("model larger than the size limit")

// Fetch downloads the model at addr and returns its bytes, checked against
// addr (an error wrapping ErrMismatch when they differ).
func (c *Client) Fetch(ctx context.Context, addr Address) ([]byte, error) {
	if err := addr.Check(); err != nil {
		return nil, fmt.Errorf("fetch model: %w", err)
	}
	body, err := c.get(ctx, "/models/"+addr.Hex())
	if err != nil {
		return nil, fmt.Errorf("fetch model %s: %w", addr, err)
	}
	defer body.Close()
	data, err := io.ReadAll(body)
	if err != nil {
		return nil, fmt.Errorf("fetch model %s from %s: %w", addr, c.BaseURL, err)
	}
	if got := AddressOf(data); got != addr {
		return nil, fmt.Errorf("fetch model %s from %s: %w: received %d bytes with address %s", addr, c.BaseURL, ErrMismatch, len(data), got)
	}
	return data, nil
}

// FetchInto downloads the model at addr into store, unless it is there
// already, streaming it to disk: memory use does not grow with its size.
// Data that does not hash to addr is not stored.
func (c *Client) FetchInto(ctx context.Context, store *Store, addr Address) (ModelInfo, error) {
	if err := addr.Check(); err != nil {
		return ModelInfo{}, fmt.Errorf("fetch model: %w", err)
	}
	if store.Has(addr) {
		return store.Info(addr)
	}
	body, err := c.get(ctx, "/models/"+addr.Hex())
	if err != nil {
		return ModelInfo{}, fmt.Errorf("fetch model %s: %w", addr, err)
	}
	defer body.Close()
	if _, err := store.add(body, &addr); err != nil {
		return ModelInfo{}, fmt.Errorf("fetch model %s from %s: %w", addr, c.BaseURL, err)
	}
	return store.Info(addr)
}

// FetchBlock downloads block index of the model at addr with its proof and
// checks it against addr (an error wrapping ErrBadProof when it leads
// elsewhere).
func (c *Client) FetchBlock(ctx context.Context, addr Address, index uint64) (Block, error) {
	body, err := c.get(ctx, fmt.Sprintf("/models/%s/blocks/%d", addr.Hex(), index))
	if err != nil {
		return Block{}, fmt.Errorf("fetch block %d of model %s: %w", index, addr, err)
	}
	defer body.Close()
	var b Block
	if err := json.NewDecoder(body).Decode(&b); err != nil {
		return Block{}, fmt.Errorf("fetch block %d of model %s from %s: %w", index, addr, c.BaseURL, err)
	}
	if b.Model != addr || b.Index != index {
		return Block{}, fmt.Errorf("fetch block %d of model %s from %s: the server sent block %d of model %s", index, addr, c.BaseURL, b.Index, b.Model)
	}
	if err := b.Verify(); err != nil {
		return Block{}, fmt.Errorf("fetch from %s: %w", c.BaseURL, err)
	}
	return b, nil
}

// List asks the server which models it has.
func (c *Client) List(ctx context.Context) ([]ModelInfo, error) {
	body, err := c.get(ctx, "/models")
	if err != nil {
		return nil, fmt.Errorf("list models: %w", err)
	}
	defer body.Close()
	var list []ModelInfo
	if err := json.NewDecoder(body).Decode(&list); err != nil {
		return nil, fmt.Errorf("list models at %s: %w", c.BaseURL, err)
	}
	return list, nil
}

// get sends GET BaseURL+path and returns the body of a 200 response, cut
// off with ErrTooLarge past the size limit.
func (c *Client) get(ctx context.Context, path string) (io.ReadCloser, error) {
	base, err := url.Parse(c.BaseURL)
	if err != nil || (base.Scheme != "http" && base.Scheme != "https") || base.Host == "" {
		return nil, fmt.Errorf("server URL %q: want http://HOST[:PORT] or https://HOST[:PORT]", c.BaseURL)
	}
	u := strings.TrimRight(c.BaseURL, "/") + path
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	hc := c.HTTP
	if hc == nil {
		hc = defaultHTTP
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		resp.Body.Close()
		return nil, fmt.Errorf("GET %s: %s: %s", u, resp.Status, strings.TrimSpace(string(msg)))
	}
	limit := c.MaxSize
	if limit <= 0 {
		limit = DefaultMaxSize
	}
	if resp.ContentLength > limit {
		resp.Body.Close()
		return nil, fmt.Errorf("GET %s: %w: %d bytes, limit %d", u, ErrTooLarge, resp.ContentLength, limit)
	}
	return &limitReader{rc: resp.Body, left: limit, limit: limit}, nil
}

// limitReader fails with ErrTooLarge, rather than stopping quietly, when
// more than limit bytes arrive.
type limitReader struct {
	rc          io.ReadCloser
	left, limit int64
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.left < 0 {
		return 0, fmt.Errorf("%w (%d bytes)", ErrTooLarge, l.limit)
	}
	if int64(len(p)) > l.left+1 {
		p = p[:l.left+1]
	}
	n, err := l.rc.Read(p)
	l.left -= int64(n)
	if l.left < 0 {
		return 0, fmt.Errorf("%w (%d bytes)", ErrTooLarge, l.limit)
	}
	return n, err
}

func (l *limitReader) Close() error { return l.rc.Close() }
