// roles PERSON: a person's job titles, memberships, employers and whom they represent, with sources.
nodes(args.person).forEach(function (p) {
  ["jobTitle", "represents", "memberOf", "worksFor"].forEach(function (pname) {
    vals(p, P[pname], left()).forEach(function (o) {
      emit({ person: nameOf(p), role: pname, value: nameOf(o), articles: sources(p, pname, o, 10) });
    });
  });
});
