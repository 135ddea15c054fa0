"""PartnerService on the in-memory unit of work."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from portfolio_app.domain.errors import ConflictError, NotFoundError, ValidationError
from portfolio_app.domain.goal import GoalUpdate, SharedGoal
from portfolio_app.domain.ids import GoalId, ItemKind, ItemRef, PartnerId
from portfolio_app.domain.partner import Partner, PartnerCategory
from portfolio_app.services.changes import Changes
from portfolio_app.services.partners import PartnerService
from tests.unit.services.fakes import FakeUnitOfWork

BUILTIN = [category.value for category in PartnerCategory]


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


@pytest.fixture
def service(uow: FakeUnitOfWork) -> PartnerService:
    return PartnerService(uow.factory)


def add(service: PartnerService, name: str, category: str = "other") -> PartnerId:
    changes = service.add_partner(Partner(id=None, name=name, category=category))
    assert changes.created is not None
    return PartnerId(changes.created.id)


def test_add_stores_the_cleaned_partner(service: PartnerService) -> None:
    partner_id = add(service, "  Acme \n GmbH ")

    assert service.get_partner(partner_id).name == "Acme GmbH"


def test_add_commits_once(service: PartnerService, uow: FakeUnitOfWork) -> None:
    add(service, "Acme")

    assert uow.commits == 1


def test_add_reports_the_created_partner(service: PartnerService) -> None:
    changes = service.add_partner(Partner(id=None, name="Acme"))

    assert changes.created is not None
    partner_id = PartnerId(changes.created.id)
    assert changes == Changes(
        items=frozenset({ItemRef(ItemKind.PARTNER, partner_id)}),
        partners=frozenset({partner_id}),
        created=ItemRef(ItemKind.PARTNER, partner_id),
    )


def test_invalid_partner_commits_nothing(service: PartnerService, uow: FakeUnitOfWork) -> None:
    with pytest.raises(ValidationError):
        service.add_partner(Partner(id=None, name="   "))

    assert uow.commits == 0
    assert service.list_partners() == []


@pytest.mark.parametrize("duplicate", ["ACME gmbh", "  Acme   GmbH ", "acme GMBH"])
def test_duplicate_name_ignoring_case_and_spacing_is_a_conflict_on_the_name(
    service: PartnerService, duplicate: str
) -> None:
    add(service, "Acme GmbH")

    with pytest.raises(ConflictError) as caught:
        service.add_partner(Partner(id=None, name=duplicate))

    assert caught.value.code == "partner.name.duplicate"
    assert caught.value.field == "name"


def test_duplicate_name_commits_nothing(service: PartnerService, uow: FakeUnitOfWork) -> None:
    add(service, "Acme")

    with pytest.raises(ConflictError):
        service.add_partner(Partner(id=None, name="acme"))

    assert uow.commits == 1
    assert [partner.name for partner in service.list_partners()] == ["Acme"]


def test_renaming_a_partner_to_its_own_name_in_other_case_is_fine(
    service: PartnerService,
) -> None:
    partner_id = add(service, "Acme")

    service.update_partner(Partner(id=partner_id, name="ACME"))

    assert service.get_partner(partner_id).name == "ACME"


def test_renaming_a_partner_to_another_partners_name_is_a_conflict(
    service: PartnerService, uow: FakeUnitOfWork
) -> None:
    add(service, "Acme")
    globex = add(service, "Globex")

    with pytest.raises(ConflictError) as caught:
        service.update_partner(Partner(id=globex, name="acme"))

    assert caught.value.field == "name"
    assert service.get_partner(globex).name == "Globex"


def test_update_reports_the_partner_without_a_created_item(service: PartnerService) -> None:
    partner_id = add(service, "Acme")

    changes = service.update_partner(Partner(id=partner_id, name="Acme AG"))

    assert changes == Changes(
        items=frozenset({ItemRef(ItemKind.PARTNER, partner_id)}),
        partners=frozenset({partner_id}),
    )


def test_invalid_update_commits_nothing(service: PartnerService, uow: FakeUnitOfWork) -> None:
    partner_id = add(service, "Acme")

    with pytest.raises(ValidationError):
        service.update_partner(Partner(id=partner_id, name="Acme", tags=("x" * 41,)))

    assert uow.commits == 1


def test_update_of_a_deleted_partner_is_not_found(service: PartnerService) -> None:
    with pytest.raises(NotFoundError):
        service.update_partner(Partner(id=PartnerId(42), name="Acme"))


def test_delete_removes_the_partner_and_reports_it(service: PartnerService) -> None:
    partner_id = add(service, "Acme")

    changes = service.delete_partner(partner_id)

    assert changes.partners == {partner_id}
    assert changes.created is None
    assert service.list_partners() == []


def test_delete_of_a_missing_partner_is_not_found_and_commits_nothing(
    service: PartnerService, uow: FakeUnitOfWork
) -> None:
    with pytest.raises(NotFoundError):
        service.delete_partner(PartnerId(42))

    assert uow.commits == 0


def test_get_of_a_missing_partner_is_not_found(service: PartnerService) -> None:
    with pytest.raises(NotFoundError):
        service.get_partner(PartnerId(42))


def test_partners_are_listed_by_name_ignoring_case(service: PartnerService) -> None:
    for name in ["globex", "Initech", "acme"]:
        add(service, name)

    assert [partner.name for partner in service.list_partners()] == ["acme", "globex", "Initech"]


def test_categories_are_the_built_in_ones_then_own_ones_sorted(service: PartnerService) -> None:
    add(service, "Acme", category="zoo supplies")
    add(service, "Globex", category="Catering")
    add(service, "Initech", category=PartnerCategory.PRINT.value)
    add(service, "Umbrella", category="catering services")

    assert service.categories() == [*BUILTIN, "Catering", "catering services", "zoo supplies"]


def test_categories_without_partners_are_the_built_in_ones(service: PartnerService) -> None:
    assert service.categories() == BUILTIN


def test_tags_in_use_are_listed_once_sorted_ignoring_case(service: PartnerService) -> None:
    service.add_partner(Partner(id=None, name="Acme", tags=("print", "CRM")))
    service.add_partner(Partner(id=None, name="Globex", tags=("CRM", "agency")))

    assert service.tags() == ["agency", "CRM", "print"]


def test_dossier_of_a_missing_partner_is_not_found(service: PartnerService) -> None:
    with pytest.raises(NotFoundError):
        service.dossier(PartnerId(42))


def test_dossier_collects_the_partners_goals_and_their_history(
    service: PartnerService, uow: FakeUnitOfWork
) -> None:
    acme = add(service, "Acme")
    other = add(service, "Globex")
    with uow:
        goal_id = GoalId(uow.goals.add(SharedGoal(id=None, partner_id=acme, title="Grow")))
        uow.goals.add(SharedGoal(id=None, partner_id=other, title="Other"))
        uow.goal_updates.add(GoalUpdate(None, goal_id, date(2026, 1, 1), value=Decimal(1)))
        uow.commit()

    dossier = service.dossier(acme)

    assert [goal.title for goal in dossier.goals] == ["Grow"]
    assert [update.goal_id for update in dossier.goal_updates] == [goal_id]


def test_category_choices_put_the_built_in_ones_first_then_own_ones_sorted() -> None:
    from portfolio_app.domain.partner import PartnerCategory
    from portfolio_app.services.partners import category_choices

    builtin = [category.value for category in PartnerCategory]
    used = ["zeitarbeit", "it_services", "Catering", "zeitarbeit", "ähnliches"]

    assert category_choices(used) == [*builtin, "ähnliches", "Catering", "zeitarbeit"]
