package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/axonum/opml/oracle"
	"github.com/spf13/cobra"
)

// defaultListen is loopback: serving models to the world is a decision.
const defaultListen = "127.0.0.1:7645"

// shutdownGrace is how long "da serve" lets requests in flight finish.
const shutdownGrace = 10 * time.Second

func newDACmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "da",
		Short: "Make models available to other parties over HTTP",
		Long: `da (data availability) serves the store's models over HTTP, so that anyone
who must check a claim about a model can fetch its bytes by address. The
fetching side is "challenger model fetch", which re-hashes what it gets.

On chain, anyone may challenge the availability of one 64 KiB block of a
registered model ("da challenge"); unless the block is posted in time the
model is unavailable and the claims on it are rejected ("da list" shows the
challenges; "challenger run" answers those of the models in its store).`,
	}
	cmd.AddCommand(newDAServeCmd(a), newDAChallengeCmd(a), newDAListCmd(a))
	return cmd
}

func newDAServeCmd(a *app) *cobra.Command {
	listen := defaultListen
	cmd := &cobra.Command{
		Use:   "serve [--listen HOST:PORT]",
		Short: "Serve the store's models over HTTP until interrupted",
		Long: `serve answers, until SIGINT (Ctrl-C) or SIGTERM:

  GET /models            JSON array of {"address": "0x...", "size": N}
  GET /models/ADDRESS    the model's bytes (404 if unknown, 400 if ADDRESS
                         is not 64 hex digits); byte ranges are supported
  GET /models/ADDRESS/blocks/N
                         block N (64 KiB) of the model with its Merkle proof,
                         JSON {model, length, index, data, proof}: what
                         answers a data-availability challenge on chain

Every model is re-hashed against its address before it is first served.
It listens on loopback by default; to serve other machines give, say,
--listen 0.0.0.0:7645 (a warning is logged, as anyone who can reach the
port can download every model in the store). Requests are logged at info
level on stderr. On a signal, requests in flight get ` + shutdownGrace.String() + ` to finish.`,
		Example: `  challenger da serve
  challenger da serve --listen 0.0.0.0:7645 --store /srv/opml
  curl http://127.0.0.1:7645/models`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := a.store()
			if err != nil {
				return err
			}
			if !isLoopback(listen) {
				a.log.Warn("listening on a non-loopback address: anyone who can reach it can download every model in the store", "listen", listen)
			}
			ln, err := net.Listen("tcp", listen)
			if err != nil {
				return fmt.Errorf("da serve: %w", err)
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			context.AfterFunc(ctx, stop) // a second signal kills at once
			return a.serve(ctx, ln, st)
		},
	}
	cmd.Flags().StringVar(&listen, "listen", listen, "`HOST:PORT` to listen on (port 0 picks a free one)")
	return cmd
}

// serve runs the data-availability server on ln until ctx ends, then shuts
// it down gracefully.
func (a *app) serve(ctx context.Context, ln net.Listener, st *oracle.Store) error {
	srv := &http.Server{
		Handler:           logRequests(a.log, oracle.NewServer(st, oracle.WithLogger(a.log))),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      30 * time.Minute, // a large model to a slow reader
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(a.log.Handler(), slog.LevelWarn),
	}
	a.log.Info("serving models", "url", "http://"+ln.Addr().String()+"/models", "store", st.Dir())
	if a.onListen != nil {
		a.onListen(ln.Addr())
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return fmt.Errorf("da serve: %w", err)
	case <-ctx.Done():
	}
	a.log.Info("shutting down", "grace", shutdownGrace)
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("da serve: shutdown: %w", err)
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("da serve: %w", err)
	}
	return nil
}

// isLoopback reports whether a HOST:PORT listen address is reachable only
// from this machine. An empty host means every interface.
func isLoopback(hostport string) bool {
	host, _, err := net.SplitHostPort(hostport)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// logRequests logs each request with its status, size and duration.
func logRequests(log *slog.Logger, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(sw, r)
		log.Info("request", "method", r.Method, "path", r.URL.Path, "status", sw.status,
			"bytes", sw.n, "took", time.Since(start).Round(time.Microsecond), "remote", r.RemoteAddr)
	})
}

// statusWriter records the status and body size of a response.
type statusWriter struct {
	http.ResponseWriter
	status int
	n      int64
}

func (w *statusWriter) WriteHeader(status int) {
	w.status = status
	w.ResponseWriter.WriteHeader(status)
}

func (w *statusWriter) Write(p []byte) (int, error) {
	n, err := w.ResponseWriter.Write(p)
	w.n += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
