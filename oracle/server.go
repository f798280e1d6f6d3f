package oracle

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"time"
)

// The data-availability API: anyone who must check a claim about a model
// needs its bytes, and fetches them from a server by address.
//
//	GET /models                          JSON list of {"address": "0x…", "size": n}
//	GET /models/{address}                the model's bytes (Range requests supported)
//	GET /models/{address}/blocks/{index}  one 64 KiB block with its proof, JSON
//	                                     (see Block): what answers a
//	                                     data-availability challenge on chain
//
// Every model served has been hashed and checked against its address.

// ServerOption configures NewServer.
type ServerOption func(*server)

// WithLogger logs failures to read models from the store (which clients see
// only as "internal error").
func WithLogger(log *slog.Logger) ServerOption {
	return func(s *server) { s.log = log }
}

type server struct {
	store *Store
	log   *slog.Logger
}

// NewServer returns the HTTP handler of the data-availability API over
// store.
func NewServer(store *Store, opts ...ServerOption) http.Handler {
	s := &server{store: store, log: slog.New(slog.DiscardHandler)}
	for _, o := range opts {
		o(s)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /models", s.list)
	mux.HandleFunc("GET /models/{address}", s.model)
	mux.HandleFunc("GET /models/{address}/blocks/{index}", s.block)
	return mux
}

func (s *server) list(w http.ResponseWriter, r *http.Request) {
	list, err := s.store.List()
	if err != nil {
		s.log.Error("list models", "err", err)
		http.Error(w, "internal error: cannot list models", http.StatusInternalServerError)
		return
	}
	body, err := json.Marshal(list)
	if err != nil {
		s.log.Error("list models", "err", err)
		http.Error(w, "internal error: cannot list models", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(append(body, '\n'))
}

// open opens the model the request's path names, or writes the error.
func (s *server) open(w http.ResponseWriter, r *http.Request) (*Model, bool) {
	addr, err := ParseAddress(r.PathValue("address"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return nil, false
	}
	m, err := s.store.Open(addr)
	if errors.Is(err, ErrNotFound) {
		http.Error(w, fmt.Sprintf("model %s not found", addr), http.StatusNotFound)
		return nil, false
	}
	if err != nil {
		s.log.Error("open model", "address", addr, "err", err)
		http.Error(w, fmt.Sprintf("internal error: model %s cannot be served", addr), http.StatusInternalServerError)
		return nil, false
	}
	return m, true
}

func (s *server) model(w http.ResponseWriter, r *http.Request) {
	m, ok := s.open(w, r)
	if !ok {
		return
	}
	addr := m.Address()
	h := w.Header()
	h.Set("Content-Type", "application/octet-stream")
	h.Set("ETag", `"`+addr.Hex()+`"`)
	h.Set("Cache-Control", "public, max-age=31536000, immutable") // content-addressed
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(m.Bytes()))
}

func (s *server) block(w http.ResponseWriter, r *http.Request) {
	index, err := strconv.ParseUint(r.PathValue("index"), 10, 64)
	if err != nil {
		http.Error(w, fmt.Sprintf("block index %q: want a decimal number", r.PathValue("index")), http.StatusBadRequest)
		return
	}
	m, ok := s.open(w, r)
	if !ok {
		return
	}
	b, err := m.Block(index)
	if err != nil {
		http.Error(w, err.Error(), http.StatusNotFound)
		return
	}
	body, err := json.Marshal(b)
	if err != nil {
		s.log.Error("encode block", "address", m.Address(), "index", index, "err", err)
		http.Error(w, "internal error: cannot encode the block", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Cache-Control", "public, max-age=31536000, immutable") // content-addressed
	w.Write(append(body, '\n'))
}
