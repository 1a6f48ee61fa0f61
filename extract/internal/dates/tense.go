package dates

import "strings"

// Future reports whether the clause that governs the date in toks[t0:t1]
// is in future tense, reading only the sentence toks[s0:s1]: a "will",
// "shall" or "is expected to" before the date in its own clause ("the
// board will vote on Monday"), or, when the date opens its clause, after
// it ("Friday's vote will decide", "On Monday, the court will rule"). A
// "will" in another clause or inside a quotation does not count: "officials
// said Friday they will appeal" is a past Friday.
func Future(toks []token, t0, t1, s0, s1 int) bool {
	opens := true // nothing but a preposition or modifier before the date in its clause
	for k := t0 - 1; k >= s0; k-- {
		n := toks[k].Norm
		// "will be held in Vilnius, the Lithuanian capital, in July": past
		// an apposition set off by commas.
		if n == "," {
			if j := appositionStart(toks, k, s0); j >= 0 {
				k = j
				continue
			}
		}
		if clauseBreak[n] {
			if reporting[n] {
				opens = false // "said Friday they will": the date is the saying's
			}
			break
		}
		if futureMark(toks, k, s1, t0-k <= 5) {
			return true
		}
		if !dateLead[n] {
			opens = false
		}
	}
	if !opens {
		return false
	}
	k := t1
	if k < s1 && toks[k].Norm == "," {
		k++ // "On Monday, the court will rule"
	}
	for ; k < s1; k++ {
		if clauseBreak[toks[k].Norm] {
			break
		}
		if futureMark(toks, k, s1, k-t1 <= 5) {
			return true
		}
	}
	return false
}

// appositionStart returns the token of the comma that opens an
// apposition closed by the comma at k (", the Lithuanian capital,"): up to
// six words after it, opened by "the", "a" or "an", none a break; else -1.
func appositionStart(toks []token, k, s0 int) int {
	for j := k - 1; j >= s0 && j >= k-7; j-- {
		n := toks[j].Norm
		if n == "," {
			if j+1 < k && (toks[j+1].Norm == "the" || toks[j+1].Norm == "a" || toks[j+1].Norm == "an") && j+2 < k {
				return j
			}
			return -1
		}
		if clauseBreak[n] || n == "will" || n == "is" || n == "was" || n == "are" || n == "were" {
			return -1
		}
	}
	return -1
}

// futureMark reports a future-tense marker at toks[k]: "will", "shall",
// "'ll", "won't", "upcoming", "scheduled", "slated" or "expected" followed
// by "to" anywhere in the clause ("is scheduled to hold talks with X in Oslo
// on Monday"), or, when near the date, "set", "plans" or "going" followed
// by "to" ("plans to restructure after a third-quarter loss" is about a past
// quarter).
func futureMark(toks []token, k, s1 int, near bool) bool {
	switch toks[k].Norm {
	case "will", "shall", "'ll", "wo", "won't", "upcoming":
		return true
	case "scheduled", "slated", "expected":
		// "was scheduled for January 20 but was postponed": a plan of the past.
		if k > 0 && (pastAux[toks[k-1].Norm] || toks[k-1].Norm == "been" && k > 1 && toks[k-2].Norm == "had") {
			return false
		}
		return k+1 < s1 && (toks[k+1].Norm == "to" || near && toks[k+1].Norm == "for")
	case "set", "plans", "planned", "going":
		// "is set for mid-December"
		return near && k+1 < s1 && (toks[k+1].Norm == "to" || toks[k+1].Norm == "for" && toks[k].Norm == "set" && k > 0 &&
			(beForms[toks[k-1].Norm] || toks[k-1].Norm == "been" && k > 1 && (toks[k-2].Norm == "has" || toks[k-2].Norm == "have")))
	}
	return false
}

// beForms before "set for" make it a plan: "the vote is set for May"
// (and "has been set for"); pastAux make "was scheduled for" a past one
// (and "had been scheduled for").
var (
	beForms = setOf(`is are be`)
	pastAux = setOf(`was were had`)
)

// clauseBreak are the tokens that end the clause a date belongs to:
// punctuation, quotation marks, reporting verbs and subordinators.
var clauseBreak = setOf(`, ; : ( ) " '' ` + "``" + ` “ ” ‘ ’ — – said says say told added that but while after before when because since which who whom whose where although though if unless until as`)

// reporting are the verbs of saying among them.
var reporting = setOf(`said says say told added`)

// dateLead are the words that may stand before a date opening its clause.
var dateLead = setOf(`on by from late early earlier later also until next this last and the of since`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// Status is how a clause states the event its trigger names: as having
// happened (or happening), as still to come, as not happening, or as called
// off or put off.
type Status int

// The statuses Mood reads.
const (
	Stated    Status = iota // "met", "held talks", "the summit was held"
	Planned                 // "will meet", "plans to visit", "may meet", "agreed to meet", "is scheduled to hold talks"
	Negated                 // "did not meet", "never met", "refused to meet", "no meeting", "denied that ... had talks"
	Cancelled               // "the summit was called off", "cancelled his visit"
	Postponed               // "postponed the talks", "the meeting was put off"
)

var statusNames = [...]string{"stated", "planned", "negated", "cancelled", "postponed"}

func (s Status) String() string {
	if s < 0 || int(s) >= len(statusNames) {
		return "status(?)"
	}
	return statusNames[s]
}

// Mood reads the status of the event named by the trigger toks[t0:t1] from
// the clause that governs it, in the sentence toks[s0:s1]; verb says the
// trigger is a verb ("meet", "visited") rather than a noun ("talks").
//
// It reads the clause the way Future does (the same clause breaks and
// future-tense markers), back from the trigger and, when the trigger is the
// noun that opens its clause ("The summit was called off", "Talks are
// scheduled for Monday"), on from it:
//   - a negation that governs the trigger ("did not meet", "has never met",
//     "no talks", "will not attend the summit", "refused/declined/failed to
//     meet", "ruled out meeting", "denied meeting", "rejected talks",
//     "boycotted the summit", "denied that X had held talks", "a meeting did not take place") is Negated; a negation of
//     something else in the clause ("did not say anything at the summit",
//     "the talks did not produce a deal") is not;
//   - "cancelled/scrapped/called off/abandoned", and an event named before
//     that was not held ("the meeting did not take place"), is Cancelled,
//     "postponed/
//     delayed/put off/deferred" Postponed;
//   - a future-tense marker (futureMark: "will", "is expected to", "plans
//     to", ...), a modal ("may", "might", "could", "would", "should"), an
//     intention or agreement that governs the trigger ("agreed to meet",
//     "hopes to hold talks", "invited X to visit", "due to meet"), "is to
//     visit", "scheduled/planned/set for", "planned/proposed/upcoming"
//     before the noun is Planned; a bare infinitive is not ("flew to
//     Beijing to meet Xi", "was in London to attend the G7 meeting").
//
// A negation outranks a cancellation, which outranks a plan.
func Mood(toks []token, t0, t1, s0, s1 int, verb bool) Status {
	neg, cancel, postpone, plan := false, false, false, false
	planAdj, past := false, false // "the planned summit", "... was held"
	opens := true                 // only determiners, modifiers and names before the trigger in its clause
	for k := t0 - 1; k >= s0; k-- {
		n := toks[k].Norm
		if clauseBreak[n] || moodBreak[n] {
			// "denied that he had held talks", "denied reports that".
			if n == "that" && ((k-1 >= s0 && denials[toks[k-1].Norm]) || (k-2 >= s0 && denials[toks[k-2].Norm] && toks[k-1].Norm == "reports")) {
				neg = true
			}
			if reporting[n] {
				opens = false // "told a meeting of X it would": the object of a verb
			}
			break
		}
		gov := governs(toks, k+1, t0)
		switch {
		case isNegation(toks, k, s0) && gov && t0-k <= 6:
			neg = true
		case (refusals[n] && k+1 < t0 && toks[k+1].Norm == "to" || denials[n] || rejects[n]) && gov:
			neg = true // "refused to meet", "declined to attend", "denied meeting", "rejected talks", "boycotted the summit"
		case n == "out" && k > s0 && (toks[k-1].Norm == "ruled" || toks[k-1].Norm == "rules" || toks[k-1].Norm == "rule") && gov:
			neg = true // "ruled out meeting"
		case (cancels[n] || n == "off" && k > s0 && offVerbs[toks[k-1].Norm] == 'c') && gov:
			cancel = true
		case (postpones[n] || n == "off" && k > s0 && offVerbs[toks[k-1].Norm] == 'p') && gov:
			postpone = true
		case futureMark(toks, k, s1, t0-k <= 5) || modal(toks[k]):
			plan = true
		case intentions[n] && intended(toks, k, t0, verb):
			plan = true // "agreed to meet", "invited Scholz to visit", "hopes to hold talks"
		case (n == "is" || n == "are" || n == "was" || n == "were") && k+2 == t0 && verb && toks[k+1].Norm == "to":
			plan = true // "Straw is to visit Thailand"
		case k == t0-1 && !verb && plannedAdj[n]:
			planAdj = true // "the planned summit", "an upcoming visit"
		case n == "no" && (k == t0-1 || gov) && !verb:
			neg = true // "no talks", "no formal meeting"
		}
		if !(dateLead[n] || eventLead[n] || plannedAdj[n] || text0Capitalised(toks[k].Text) || toks[k].Text == "-") {
			opens = false
		}
	}
	if opens && !verb {
		// "The summit was called off", "Talks are scheduled for Monday",
		// "The meeting did not take place".
		for k := t1; k < s1 && k < t1+12; k++ {
			n := toks[k].Norm
			if clauseBreak[n] || moodBreak[n] || subjects[n] {
				break // "a meeting of X it would": another clause's subject
			}
			// "The talks ended on Monday and will resume": a second verb
			// phrase ("and" before a verb), not "talks on stability and
			// security will be held".
			if (n == "and" || n == "or") && k+1 < s1 && (auxVerbs[toks[k+1].Norm] || strings.HasSuffix(toks[k+1].Norm, "ed")) {
				break
			}
			switch {
			case isNegation(toks, k, s0) && occurrence(toks, k+1, s1):
				// "The meeting did not take place": an event named before
				// that was not held is called off; "A meeting did not take
				// place" names none.
				if t0 > s0 && definite[toks[t0-1].Norm] {
					cancel = true
				} else {
					neg = true
				}
			case cancels[n] || n == "off" && offVerbs[toks[k-1].Norm] == 'c':
				cancel = true
			case postpones[n] || n == "off" && offVerbs[toks[k-1].Norm] == 'p':
				postpone = true
			case futureMark(toks, k, s1, k-t1 <= 5) || modal(toks[k]):
				plan = true
			case scheduling[n] && k+1 < s1 && (toks[k+1].Norm == "for" || toks[k+1].Norm == "to"):
				plan = true // "scheduled for Monday", "due to start"
			case (n == "is" || n == "are") && k+1 < s1 && toks[k+1].Norm == "to":
				plan = true // "the meeting is to be held"
			case pastOccurs[n]:
				past = true // "the planned summit was held in Rome"
			}
		}
	}
	switch {
	case neg:
		return Negated
	case cancel:
		return Cancelled
	case postpone:
		return Postponed
	case plan, planAdj && !past:
		return Planned
	}
	return Stated
}

// Held reports whether the trigger toks[t0:t1] (in a sentence ending at
// s1) states in a past form that the event took place: a verb trigger in
// the past ("met", "visited", "hosted", "spoke by phone"), or a noun
// trigger followed in its clause by a past verb of occurrence ("the talks
// took place", "a summit was held", "the meeting ended"). Mood's Stated is
// only the absence of other marks; Held is a report.
func Held(toks []token, t0, t1, s1 int, verb bool) bool {
	if verb {
		return pastTriggers[toks[t0].Norm]
	}
	for k := t1; k < s1 && k < t1+10; k++ {
		n := toks[k].Norm
		if clauseBreak[n] || moodBreak[n] || subjects[n] {
			return false
		}
		if pastOccurs[n] || n == "place" && k > 0 && toks[k-1].Norm == "took" {
			return true
		}
	}
	return false
}

// Negation reports a negation at toks[k], in a sentence starting at s0:
// "not", "never", "n't" (the tokens "didn", "'", "t"), "without".
func Negation(toks []token, k, s0 int) bool { return isNegation(toks, k, s0) }

func isNegation(toks []token, k, s0 int) bool {
	switch toks[k].Norm {
	case "not", "never", "without", "neither", "nor", "cannot":
		return true
	case "t":
		return k-2 >= s0 && toks[k-1].Norm == "'" && strings.HasSuffix(toks[k-2].Norm, "n")
	}
	return false
}

// governs reports whether the words toks[k0:t0] between a negation, a
// cancellation or a refusal and the trigger only carry it to the trigger:
// auxiliaries, adverbs, verbs of attending or holding, determiners and
// names ("did not even attend the summit", "refused to hold formal talks
// with Russia"), so that it is the event that is negated, not another verb
// ("did not say anything at the summit").
func governs(toks []token, k0, t0 int) bool {
	for k := k0; k < t0; k++ {
		t := toks[k]
		if bridge[t.Norm] || dateLead[t.Norm] || eventLead[t.Norm] || text0Capitalised(t.Text) || t.Text == "-" || t.Norm == "'" || t.Norm == "t" {
			continue
		}
		return false
	}
	return true
}

// intended reports whether a verb of intention or agreement at toks[k]
// governs the trigger at t0 through an infinitive: "agreed to meet" (a verb
// trigger right after "to"), "invited Scholz to visit" (a name between),
// "hopes to hold talks" (a verb of holding or attending between "to" and a
// noun trigger), but not "agreed to keep away from the conference".
func intended(toks []token, k, t0 int, verb bool) bool {
	p := k + 1
	for p < t0 && text0Capitalised(toks[p].Text) {
		p++ // "invited Olaf Scholz to"
	}
	if p >= t0 || toks[p].Norm != "to" {
		return false
	}
	if p == t0-1 {
		return verb
	}
	return holdVerbs[toks[p+1].Norm] && governs(toks, p+1, t0)
}

// occurrence reports a verb of taking place at toks[k] or just after
// ("did not take place", "was not held", "never happened").
func occurrence(toks []token, k, s1 int) bool {
	for p := k; p < s1 && p < k+3; p++ {
		if occurs[toks[p].Norm] {
			return true
		}
	}
	return false
}

// modal reports "may", "might", "could", "would", "should" (the month May
// is capitalised).
func modal(t token) bool {
	switch t.Norm {
	case "might", "could", "would", "should":
		return true
	case "may":
		return t.Text == "may"
	}
	return false
}

func text0Capitalised(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

var (
	// moodBreak end the clause for Mood besides clauseBreak: "did not say
	// whether he met X" negates the saying.
	moodBreak = setOf(`whether how why what`)
	// eventLead may stand before an event's trigger opening its clause.
	eventLead = setOf(`a an its their his her 's first second third new annual bilateral informal formal emergency special extraordinary joint final key two three high level high-level two-day three-day one-day crisis`)
	// bridge carry a negation, cancellation or refusal to the trigger.
	bridge       = setOf(`do does did has have had be been is are was were will would can could may might shall should yet even ever actually formally personally also again officially to attend attending hold holding have having join joining host hosting go going take taking part participate begin start resume open in at with any planned scheduled proposed expected upcoming this that these those such talks meeting`)
	denials      = setOf(`denied denies deny denying`)
	rejects      = setOf(`rejected rejects reject rejecting spurned spurns snubbed snubs boycotted boycotts boycott boycotting skipped skips skip skipping`)
	refusals     = setOf(`refused refuses refuse refusing declined declines decline declining failed fails fail`)
	cancels      = setOf(`cancelled canceled cancels cancel cancelling canceling scrapped scraps scrap abandoned axed`)
	postpones    = setOf(`postponed postpones postpone postponing delayed delays deferred defers rescheduled`)
	offVerbs     = map[string]byte{"called": 'c', "call": 'c', "calls": 'c', "calling": 'c', "put": 'p', "puts": 'p', "putting": 'p'}
	intentions   = setOf(`agreed agree agrees hopes hoped hope hoping wants wanted want intends intended intend aims aimed aim offered offers invited invites promised promises pledged vowed expects expect due preparing prepared ready`)
	plannedAdj   = setOf(`planned proposed upcoming forthcoming scheduled expected possible potential prospective future`)
	scheduling   = setOf(`scheduled planned set slated due expected`)
	holdVerbs    = setOf(`hold attend have host join take begin start resume open`)
	subjects     = setOf(`it he she they we i`)
	auxVerbs     = setOf(`will would was were is are has have had did does do may might could can should shall`)
	definite     = setOf(`the this that these those its their his her 's`)
	pastOccurs   = setOf(`held took went ended began opened closed happened occurred`)
	pastTriggers = setOf(`met visited hosted received welcomed spoke talked conferred`)
	occurs       = setOf(`take took taken place happen happened held occur occurred go went proceed proceeded materialise materialised materialize materialized`)
)
