// Package source reads news articles for kg: text files, directories of
// them, JSON Lines files and standard input.
//
// Each problem input becomes an *InputError naming the file (and line, for
// JSON Lines) and reading goes on with the rest, so that one bad file never
// stops a build.
package source
