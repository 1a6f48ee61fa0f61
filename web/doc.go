// Package web serves a kg graph over HTTP: Cayley's own HTTP API (v2, and
// the v1 query endpoint older clients use), kg's small JSON API for the
// console under /api/kg/, health checks, and the console itself — a
// single-page application embedded from static/ that runs Gizmo queries,
// draws their results as a graph, and shows each entity's facts with the
// article and sentence they were read from.
//
// The server is safe by default: read-only unless Config.Writable, every
// query bounded by Config.Timeout and Config.Limit, request bodies bounded
// by Config.MaxBody, and no CORS headers unless Config.CORSOrigin is set.
// Query languages are registered with Cayley here by blank import: Gizmo,
// GraphQL and MQL.
package web
