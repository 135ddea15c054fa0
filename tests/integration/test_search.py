"""Full-text search on a real SQLite file: kept in sync, safe for any text, sensibly ranked."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.ids import ItemKind, ItemRef, PartnerId
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner
from portfolio_app.domain.promise import Promise
from portfolio_app.domain.search import MARK_END, MARK_START, SearchGroup
from portfolio_app.services.catalog import Services
from portfolio_app.services.search import SearchService
from portfolio_app.storage.database import create_session_factory, create_sqlite_engine
from portfolio_app.storage.migrate import upgrade_database
from portfolio_app.storage.search_index import match_expression
from portfolio_app.storage.unit_of_work import SqlUnitOfWork
from tests.conftest import FIXED_NOW
from tests.integration.test_migration_0003 import engine_at
from tests.integration.test_trash_migration import ROWS_0001


def found(groups: tuple[SearchGroup, ...]) -> dict[str, list[str]]:
    return {group.kind.value: [hit.plain_title for hit in group.hits] for group in groups}


def add_partner(services: Services, name: str, **fields: object) -> PartnerId:
    changes = services.partners.add_partner(Partner(None, name, **fields))  # type: ignore[arg-type]
    assert changes.created is not None
    return PartnerId(changes.created.id)


@pytest.fixture
def search(services: Services, session_factory) -> SearchService:
    return SearchService(lambda: SqlUnitOfWork(session_factory))


def test_created_edited_and_deleted_records_are_found_as_they_are(
    services: Services, search: SearchService
) -> None:
    partner = add_partner(services, "Müller Gebäudereinigung GmbH", description="Glasflächen")
    changes = services.contacts.add(ContactPerson(None, partner, "Jana Kühn", role="Objektleitung"))
    assert changes.created is not None
    assert found(search.search("kühn")) == {"contact": ["Jana Kühn"]}

    contact = services.contacts.get(changes.created.id)
    services.contacts.update(dataclasses.replace(contact, name="Jana Schulz"))
    assert found(search.search("kühn")) == {}
    assert found(search.search("schulz")) == {"contact": ["Jana Schulz"]}

    services.contacts.delete(changes.created.id)
    assert found(search.search("schulz")) == {}
    services.trash.restore(ItemRef(ItemKind.CONTACT, changes.created.id))
    assert found(search.search("schulz")) == {"contact": ["Jana Schulz"]}

    services.partners.delete_partner(partner)
    assert found(search.search("schulz glas")) == {}
    assert found(search.search("glas")) == {}


def test_case_accents_and_spelled_out_umlauts_find_the_same_name(
    services: Services, search: SearchService
) -> None:
    add_partner(services, "Müller Druck")
    add_partner(services, "Straßenbau Öztürk")
    for typed in ("Müller", "MÜLLER", "müll", "Muller", "Mueller", "mue"):
        assert found(search.search(typed)) == {"partner": ["Müller Druck"]}, typed
    for typed in ("strasse", "Straß", "ÖZTÜRK", "oeztuerk"):
        assert found(search.search(typed)) == {"partner": ["Straßenbau Öztürk"]}, typed


def test_a_single_letter_matches_a_whole_word_only(
    services: Services, search: SearchService
) -> None:
    add_partner(services, "Kopierwerk Süd GmbH")
    add_partner(services, "Halle K")
    assert found(search.search("k")) == {"partner": ["Halle K"]}
    assert sorted(found(search.search("ko"))["partner"]) == ["Kopierwerk Süd GmbH"]


def test_every_word_must_match_as_a_prefix(services: Services, search: SearchService) -> None:
    add_partner(services, "Kopierwerk Süd GmbH", description="Leasing von Kopierern")
    add_partner(services, "Druckwerk Nord", description="Leasing")
    assert found(search.search("leas kop")) == {"partner": ["Kopierwerk Süd GmbH"]}
    assert sorted(found(search.search("leasing"))["partner"]) == [
        "Druckwerk Nord",
        "Kopierwerk Süd GmbH",
    ]


def test_results_are_grouped_by_kind_with_marked_snippets(
    services: Services, search: SearchService
) -> None:
    partner = add_partner(services, "Kaffeewerk Südwest GmbH")
    services.notes.add(
        CommunicationNote(
            None,
            partner,
            datetime(2026, 10, 1, 9, 0, tzinfo=UTC),
            "Jahresgespräch",
            body="Die Bohnen kamen zweimal zu spät; neue Lieferzeiten für Kaffee vereinbart.",
        )
    )
    groups = search.search("kaffee")

    assert [group.kind for group in groups] == [ItemKind.PARTNER, ItemKind.NOTE]
    partner_hit, note_hit = groups[0].hits[0], groups[1].hits[0]
    assert partner_hit.title == f"{MARK_START}Kaffeewerk{MARK_END} Südwest GmbH"
    assert f"{MARK_START}Kaffee{MARK_END}" in note_hit.snippet
    assert note_hit.partner_name == "Kaffeewerk Südwest GmbH"
    assert note_hit.partner_id == partner


def test_a_title_match_ranks_above_a_match_in_the_text(
    services: Services, search: SearchService
) -> None:
    add_partner(services, "Agentur Blau", description="Arbeitet mit Fischer zusammen")
    add_partner(services, "Fischer Logistik")
    assert found(search.search("fischer"))["partner"] == ["Fischer Logistik", "Agentur Blau"]


HOSTILE = [
    '"',
    '""',
    "'",
    "AND",
    "OR NOT",
    "NEAR(a b)",
    "a AND",
    "*",
    "müller*",
    "(",
    ")",
    "{title}: x",
    "-",
    "- -",
    "^x",
    "kind : k1",
    "😀",
    "🇩🇪 Müller",
    "\x00",
    "\x02x\x03",
    "a" * 5000,
    "Ⅻ ﬁ",
]


@pytest.mark.parametrize("typed", HOSTILE)
def test_any_text_is_searched_as_text_without_errors(
    services: Services, search: SearchService, typed: str
) -> None:
    add_partner(services, "Müller AND Söhne (NEAR) *Sternchen*")
    groups = search.search(typed)
    assert all(group.hits for group in groups)


def test_operators_typed_as_words_match_those_words(
    services: Services, search: SearchService
) -> None:
    add_partner(services, "Müller AND Söhne")
    add_partner(services, "Andere GmbH")
    assert sorted(found(search.search("AND"))["partner"]) == ["Andere GmbH", "Müller AND Söhne"]
    assert found(search.search("müller AND")) == {"partner": ["Müller AND Söhne"]}


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=60))
def test_random_text_never_raises(search: SearchService, typed: str) -> None:
    search.search(typed)


@given(st.text(max_size=40))
def test_the_query_is_always_quoted_words(typed: str) -> None:
    expression = match_expression(typed)
    if expression is not None:
        stripped = expression.replace(" AND ", " ").replace(" OR ", " ")
        for part in stripped.replace("(", " ").replace(")", " ").split():
            assert part.startswith('"'), expression
            word = part[1:-2] if part.endswith('"*') else part[1:-1]
            assert part.endswith('"*' if len(word) > 1 else '"'), expression
            assert '"' not in word


def test_upgrading_an_old_file_indexes_what_it_holds(db_path: Path) -> None:
    engine = engine_at(db_path, "0004", ROWS_0001)
    try:
        upgrade_database(engine)
        search = SearchService(lambda: SqlUnitOfWork(create_session_factory(engine)))
        assert found(search.search("mueller")) == {"partner": ["Müller Druck"]}
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT count(*) FROM search_index")).scalar_one()
        assert rows >= 2
    finally:
        engine.dispose()


def test_bulk_imported_records_are_found(db_path: Path) -> None:
    engine = create_sqlite_engine(db_path)
    upgrade_database(engine)
    factory = create_session_factory(engine)
    try:
        with SqlUnitOfWork(factory) as uow:
            repository = uow.partners
            assert hasattr(repository, "add_many")
            repository.add_many([Partner(None, f"Import Nummer {i}") for i in range(3)])
            uow.commit()
        search = SearchService(lambda: SqlUnitOfWork(factory))
        assert len(found(search.search("import nummer"))["partner"]) == 3
    finally:
        engine.dispose()


def test_empty_text_finds_nothing_without_a_query(search: SearchService) -> None:
    assert search.search("") == ()
    assert search.search("   ") == ()
    assert search.search("!?-") == ()
    assert FIXED_NOW  # the services fixture's clock


def test_promises_are_found_with_their_owner(services: Services, search: SearchService) -> None:
    partner = add_partner(services, "Druckhaus Weiß GmbH")
    services.promises.add(Promise(None, partner, "Andruck bis Freitag schicken", owner="Jörg"))
    groups = search.search("andruck jörg")
    assert found(groups) == {"promise": ["Andruck bis Freitag schicken"]}
    assert groups[0].kind is ItemKind.PROMISE
