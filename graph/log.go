package graph

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/cayleygraph/cayley/clog"
)

func init() {
	// Cayley logs through clog to the standard logger; a library stays silent
	// unless handed a logger, and every failure reaches kg as an error anyway.
	clog.SetLogger(slogLogger{})
}

// SetLogger routes Cayley's own log lines (such as a failed bolt open) to l
// at debug level; nil silences them again.
func SetLogger(l *slog.Logger) { logTo = l }

var logTo *slog.Logger

type slogLogger struct{}

func (slogLogger) Infof(format string, args ...any)    { logf(slog.LevelDebug, format, args) }
func (slogLogger) Warningf(format string, args ...any) { logf(slog.LevelDebug, format, args) }
func (slogLogger) Errorf(format string, args ...any)   { logf(slog.LevelDebug, format, args) }
func (slogLogger) Fatalf(format string, args ...any) {
	// Cayley's default Fatalf exits the process; kg never lets a library do that.
	logf(slog.LevelError, format, args)
}
func (slogLogger) V(int) bool { return false }
func (slogLogger) SetV(int)   {}

func logf(level slog.Level, format string, args []any) {
	if logTo != nil {
		logTo.Log(context.Background(), level, "cayley: "+fmt.Sprintf(format, args...))
	}
}
