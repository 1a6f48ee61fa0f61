// events-in PLACE: events held in a place, with dates and attendees.
nodes(args.place).forEach(function (pl) {
  g.V(pl).in(P.location).unique().toArray(left()).forEach(function (e) {
    emit({ place: nameOf(pl), event: nameOf(e), date: lit(one(e, P.startDate)), attendees: names(vals(e, P.attendee, 20)) });
  });
});
