"""Ids in URLs that no row can have (past the database's integer range) are a plain 404 on
every route, for every method: never a database overflow turned into a 500."""

from __future__ import annotations

import pytest
from werkzeug.routing import IntegerConverter

from logbook.db import db
from logbook.routing import LARGEST_ROW_ID

TOO_LARGE = (2**31, 2**63, 10**25)


def rules_with_ids(app):
    for rule in app.url_map.iter_rules():
        ints = [
            name for name, converter in rule._converters.items() if isinstance(converter, IntegerConverter)
        ]
        if ints:
            yield rule, ints


def test_every_id_in_a_path_is_bounded(module_app):
    rules = list(rules_with_ids(module_app))
    assert len(rules) > 20  # the API and the pages alike
    unbounded = [
        rule.rule
        for rule, ints in rules
        for name in ints
        if rule._converters[name].max is None or rule._converters[name].max > LARGEST_ROW_ID
    ]
    assert not unbounded, unbounded


@pytest.mark.parametrize("number", TOO_LARGE)
def test_ids_past_the_integer_range_are_not_found(module_app, module_world, number):
    owner, admin = module_world.owner, module_world.admin
    answers = []
    for rule, ints in rules_with_ids(module_app):
        values = {name: number for name in ints}
        values.update({"slug": module_world.logbook.slug, "token": "x", "variant": "original"})
        path = rule.build(values, append_unknown=False)[1]
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            for who in (owner, admin):
                db.session.commit()
                response = module_app.test_client().open(
                    path, method=method, headers=who.headers, json={} if method != "GET" else None
                )
                answers.append((method, path, response.status_code))
                response.close()
    # The API answers 404 everywhere. A page whose GET and POST share one path can get a
    # 405 from Werkzeug's matcher when the id fails the converter: a client error all the same.
    wrong = [
        (method, path, status)
        for method, path, status in answers
        if status != 404 and (path.startswith("/api/") or path.startswith("/media/") or status != 405)
    ]
    assert not wrong, wrong
