// roles PERSON: a person's job titles, memberships, employers and whom they represent, with sources.
nodes(args.person).forEach(function (p) {
  [["jobTitle", P.jobTitle], ["represents", P.represents], ["memberOf", P.memberOf], ["worksFor", P.worksFor]].forEach(function (pr) {
    g.V(p).out(pr[1]).unique().toArray().forEach(function (o) {
      var isNode = String(o).charAt(0) === "<";
      g.emit({ person: one(p, P.name), role: pr[0], value: isNode ? one(o, P.name) : lit(o),
        articles: docIds(sources(p, pr[1], o)) });
    });
  });
});
