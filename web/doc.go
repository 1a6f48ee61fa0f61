// Package web serves a kg graph over HTTP: Cayley's own HTTP API (v2, and
// the v1 query, shape, write and delete endpoints older clients use), kg's small JSON API for the
// console under /api/kg/, health checks, and the console itself — a
// single-page application embedded from static/ that runs Gizmo queries,
// draws their results as a graph, and shows each entity's facts with the
// article and sentence they were read from.
//
// The server is safe by default: read-only unless Config.Writable, every
// query bounded by Config.Timeout, Config.Limit, Config.MaxResult and
// Config.QueryMemory, at most Config.MaxQueries at once, request bodies
// bounded by Config.MaxBody (inflated), and no CORS headers unless
// Config.CORSOrigin is set. Against pages the user opens: requests for
// another Host than the server's address (or Config.AllowHosts) are
// refused, against DNS rebinding; so are POSTs from other origins' pages,
// against CSRF; every answer carries a Content-Security-Policy and the
// other security headers.
// Query languages are registered with Cayley here by blank import: Gizmo,
// GraphQL and MQL.
package web
