package extract

import "time"

// SetClock fixes the clock that bounds the years a bare weekday may pin,
// so that tests do not depend on the year they run in.
func SetClock(e *Extractor, now time.Time) { e.now = func() time.Time { return now } }
