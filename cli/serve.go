package cli

import (
	"fmt"
	"log/slog"
	"net"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/web"
)

func serveCommand(env Env) *cli.Command {
	return &cli.Command{
		Name:  "serve",
		Usage: "serve the graph over HTTP: Cayley's API, kg's JSON API and the web console",
		Description: `Serves the store on --addr (loopback by default) until interrupted:

   /                          the web console: Gizmo editor, graph view, entity pages, timeline
   /api/v2/query?lang=gizmo   Cayley's HTTP API v2 (also graphql, mql; /api/v2/read, /api/v2/write)
   /api/v1/query/gizmo        Cayley's v1 endpoints, for older clients (also /api/v1/shape/gizmo,
                              and with --writable /api/v1/write, /api/v1/delete)
   /api/kg/...                search, entity, queries, stats, timeline, export.nq
   /healthz, /readyz          liveness and readiness

The server is read-only unless --writable; every query is stopped after --timeout, or when
it takes more than --query-memory of heap or --max-result bytes of results, and returns at
most --limit results; request bodies over --max-body bytes (inflated) are refused. It answers
only requests for its own address (127.0.0.1:PORT, localhost:PORT) or an --allow-host name,
and refuses POSTs from other origins' pages except the --cors one.

Examples:
   kg serve
   kg serve --db /data/news.db --addr :8080 --cors https://example.org --allow-host kg.example.org
   curl -s 'http://127.0.0.1:64210/api/kg/search?q=gru'`,
		Flags: append(dbFlags(),
			&cli.StringFlag{Name: "addr", Value: web.DefaultAddr, EnvVars: []string{"KG_ADDR"}, Usage: "listen on `HOST:PORT`"},
			&cli.BoolFlag{Name: "writable", Usage: "allow writes: /api/v2/write, /api/v2/delete, /api/v2/node/delete, /api/v1/write, /api/v1/delete"},
			&cli.StringSliceFlag{Name: "allow-host", EnvVars: []string{"KG_ALLOW_HOST"}, Usage: "also answer requests for host `NAME` (or NAME:PORT; repeatable, comma-separated in $KG_ALLOW_HOST; * for any); only the listening address otherwise"},
			&cli.StringFlag{Name: "cors", Usage: "allow browser calls from `ORIGIN` (* for any); no CORS headers otherwise"},
			&cli.DurationFlag{Name: "timeout", Value: web.DefaultTimeout, Usage: "stop each query after this long"},
			&cli.IntFlag{Name: "limit", Value: web.DefaultLimit, Usage: "at most this many results per query"},
			&cli.Int64Flag{Name: "max-body", Value: web.DefaultMaxBody, Usage: "refuse request bodies larger than this many bytes (inflated, for gzip and deflate bodies)"},
			&cli.Int64Flag{Name: "query-memory", Value: web.DefaultQueryMemory, Usage: "stop a query when the server's heap grows by more than this many bytes while queries run"},
			&cli.Int64Flag{Name: "max-result", Value: web.DefaultMaxResult, Usage: "stop a query whose results pass this many bytes of JSON"},
			&cli.IntFlag{Name: "max-queries", Value: web.DefaultMaxQueries, Usage: "run at most this many queries at once; others wait"},
			&cli.BoolFlag{Name: "verbose", Aliases: []string{"v"}, Usage: "log debug lines too (health checks, Cayley's own)"},
		),
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usagef("serve: takes no arguments, got %q", c.Args().First())
			}
			if c.Duration("timeout") <= 0 || c.Int("limit") <= 0 || c.Int64("max-body") <= 0 ||
				c.Int64("query-memory") <= 0 || c.Int64("max-result") <= 0 || c.Int("max-queries") <= 0 {
				return usagef("serve: --timeout, --limit, --max-body, --query-memory, --max-result and --max-queries must be positive")
			}
			level := slog.LevelInfo
			if c.Bool("verbose") {
				level = slog.LevelDebug
			}
			log := slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: level}))
			graph.SetLogger(log)
			defer graph.SetLogger(nil)

			// A read-only server has nothing to serve from a store that does
			// not exist, and shares it with other readers.
			open := openReader
			if c.Bool("writable") {
				open = func(c *cli.Context) (*graph.Store, error) { return openStore(c, false) }
			}
			st, err := open(c)
			if err != nil {
				return err
			}
			defer st.Close()
			srv, err := web.New(st, web.Config{
				Writable: c.Bool("writable"), CORSOrigin: c.String("cors"), AllowHosts: c.StringSlice("allow-host"),
				Timeout: c.Duration("timeout"), Limit: c.Int("limit"), MaxBody: c.Int64("max-body"),
				QueryMemory: c.Int64("query-memory"), MaxResult: c.Int64("max-result"), MaxQueries: c.Int("max-queries"),
				Logger: log,
			})
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", c.String("addr"))
			if err != nil {
				return fmt.Errorf("serve: %w", err)
			}
			addr := ln.Addr().(*net.TCPAddr)
			if !addr.IP.IsLoopback() {
				log.Warn("listening beyond loopback: anyone who can reach this address can query the graph", "addr", addr.String())
			}
			log.Info("serving", "url", "http://"+displayAddr(addr)+"/", "db", displayDB(c),
				"writable", c.Bool("writable"), "timeout", c.Duration("timeout").String(), "limit", c.Int("limit"))
			start := time.Now()
			err = srv.Serve(c.Context, ln)
			log.Info("stopped", "uptime", time.Since(start).Round(time.Second).String())
			return err
		},
	}
}

// displayAddr is an address a browser can open: an unspecified host
// (":8080") is shown as the loopback one.
func displayAddr(a *net.TCPAddr) string {
	if a.IP.IsUnspecified() {
		return net.JoinHostPort("127.0.0.1", fmt.Sprint(a.Port))
	}
	return a.String()
}
