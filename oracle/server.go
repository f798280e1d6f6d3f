package oracle

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"
)

// The data-availability API: anyone who must check a claim about a model
// needs its bytes, and fetches them from a server by address.
//
//	GET /models            JSON list of {"address": "0x…", "size": n}
//	GET /models/{address}  the model's bytes (Range requests supported)
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

func (s *server) model(w http.ResponseWriter, r *http.Request) {
	addr, err := ParseAddress(r.PathValue("address"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	m, err := s.store.Open(addr)
	if errors.Is(err, ErrNotFound) {
		http.Error(w, fmt.Sprintf("model %s not found", addr), http.StatusNotFound)
		return
	}
	if err != nil {
		s.log.Error("open model", "address", addr, "err", err)
		http.Error(w, fmt.Sprintf("internal error: model %s cannot be served", addr), http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/octet-stream")
	h.Set("ETag", `"`+addr.Hex()+`"`)
	h.Set("Cache-Control", "public, max-age=31536000, immutable") // content-addressed
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(m.Bytes()))
}
