// about ENTITY: everything known about an entity, each fact with its source article and evidence sentence.
nodes(args.entity).forEach(function (n) {
  var name = one(n, P.name);
  g.V(n).in(P.factSubject).unique().toArray().concat(g.V(n).in(P.factObject).unique().toArray()).forEach(function (f) {
    var s = one(f, P.factSubject), o = one(f, P.factObject), p = one(f, P.factPredicate);
    var pname = String(p).replace(/^<.*[\/#]([^\/#]+)>$/, "$1");
    g.emit({ subject: one(s, P.name) || lit(s), predicate: pname,
      object: String(o).charAt(0) === "<" ? (one(o, P.name) || o) : lit(o),
      article: lit(one(one(f, P.isPartOf), P.docId)), sentence: lit(one(f, P.sentence)), rule: lit(one(f, P.rule)) });
  });
});
