// events-in PLACE: events held in a place, with dates and attendees.
nodes(args.place).forEach(function (pl) {
  g.V(pl).in(P.location).has(P.type, C.event).unique().toArray().forEach(function (e) {
    g.emit({ place: one(pl, P.name), event: one(e, P.name), date: lit(one(e, P.startDate)),
      attendees: names(g.V(e).out(P.attendee).unique().toArray()) });
  });
});
