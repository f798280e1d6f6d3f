package oracle

import (
	"fmt"
	"os"
	"path/filepath"
)

// DefaultDir is the store directory used when none is given: $OPML_HOME if
// set, else $XDG_DATA_HOME/opml, else ~/.local/share/opml.
func DefaultDir() (string, error) {
	if d := os.Getenv("OPML_HOME"); d != "" {
		return d, nil
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "opml"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("default store directory: set OPML_HOME or XDG_DATA_HOME: %w", err)
	}
	return filepath.Join(home, ".local", "share", "opml"), nil
}
