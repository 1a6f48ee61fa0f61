// roles PERSON: a person's job titles, memberships, employers and whom they represent, with sources.
nodes(args.person).forEach(function (p) {
  [["jobTitle", P.jobTitle], ["represents", P.represents], ["memberOf", P.memberOf], ["worksFor", P.worksFor]].forEach(function (pr) {
    vals(p, pr[1], left()).forEach(function (o) {
      emit({ person: nameOf(p), role: pr[0], value: nameOf(o), articles: sources(p, pr[1], o, 10) });
    });
  });
});
