// Package cli is kg's command-line interface, built with urfave/cli: one
// file per command. It is the only package that knows urfave/cli, and the
// only one that turns errors into exit codes.
package cli
