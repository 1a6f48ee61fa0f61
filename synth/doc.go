// Package synth generates a deterministic synthetic news corpus for kg's
// scale tests and benchmarks.
//
// Articles are built from sentence templates over large pools of people
// (generated first and last names), organisations, countries, cities,
// titles and dates, in the forms kg's extraction rules read: "<Country>'s
// <title> <Person> met <Person> in <City> on <Month day>", "<Org> Secretary
// General <Person> said ...", quotations and appositions. The same seed and
// index always give the same article, and articles are produced one at a
// time, so a corpus of any size is generated in constant memory.
package synth
