package cli

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/kg-project/kg/extract"
)

func versionCommand(env Env) *cli.Command {
	return &cli.Command{
		Name:  "version",
		Usage: "print kg's version, the commit it was built from and its extraction rules' version",
		Description: `The version is the module's (v1.2.3 when installed with go install …@v1.2.3, devel for a
build from a clone), then the commit and whether the tree had changes, the version of the
extraction rules (stored with every article: a new one makes kg build re-extract) and the Go
release that compiled it. kg --version prints the same line.

Examples:
   kg version
   kg version --format json`,
		Flags: []cli.Flag{formatFlag("table")},
		Action: func(c *cli.Context) error {
			v := readVersion()
			switch format(c) {
			case "table":
				_, err := fmt.Fprintln(env.Stdout, "kg version", v)
				return err
			case "json":
				return writeJSON(env.Stdout, v)
			}
			return writeJSONLine(env.Stdout, v)
		},
	}
}

// version describes the running binary.
type version struct {
	Version  string `json:"version"`            // module version, "devel" when built from a clone
	Revision string `json:"revision,omitempty"` // VCS commit
	Time     string `json:"time,omitempty"`     // commit time
	Modified bool   `json:"modified,omitempty"` // the tree had uncommitted changes
	Rules    string `json:"rules"`              // extract.Version
	Go       string `json:"go"`                 // toolchain and platform
}

// String is the line kg --version and kg version print.
func (v version) String() string {
	var b strings.Builder
	b.WriteString(v.Version)
	var more []string
	if v.Revision != "" {
		rev := "commit " + v.Revision[:min(12, len(v.Revision))]
		if v.Modified {
			rev += " (modified)"
		}
		more = append(more, rev)
	}
	more = append(more, "extraction rules "+v.Rules, v.Go)
	fmt.Fprintf(&b, " (%s)", strings.Join(more, ", "))
	return b.String()
}

func readVersion() version {
	info, _ := debug.ReadBuildInfo()
	return versionOf(info)
}

// versionOf reads the version from what the Go toolchain stamped into the
// binary; info is nil when it stamped nothing.
func versionOf(info *debug.BuildInfo) version {
	v := version{Version: "devel", Rules: extract.Version, Go: runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH}
	if info == nil {
		return v
	}
	if m := info.Main.Version; m != "" && m != "(devel)" {
		v.Version = m
	}
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			v.Revision = s.Value
		case "vcs.time":
			v.Time = s.Value
		case "vcs.modified":
			v.Modified = s.Value == "true"
		}
	}
	return v
}

// versionLine is the app's version, as kg --version prints it after "kg version".
func versionLine() string { return readVersion().String() }
