"""Reading contact persons from vCard files: 2.1, 3.0 and 4.0, several cards, broken ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.partner import Partner
from portfolio_app.interchange.rows import ImportFileError, ImportKind
from portfolio_app.interchange.vcard import (
    INVALID,
    MAX_VCARD_BYTES,
    NO_NAME,
    UNCLOSED,
    UNREADABLE,
    parse_vcards,
    read_vcards,
)
from portfolio_app.services.catalog import Services

# Thunderbird / Apple style 3.0: folded lines (CRLF + space), escaped commas and newlines.
VCARD_30 = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:Müller;Jürgen;;Dr.;\r\n"
    "FN:Dr. Jürgen Müller\r\n"
    "ORG:Müller Gebäudereinigung GmbH\r\n"
    "TITLE:Geschäftsführer\r\n"
    "EMAIL;TYPE=INTERNET,HOME:juergen@privat.example\r\n"
    "EMAIL;TYPE=INTERNET,WORK:j.mueller@mueller.example\r\n"
    "TEL;TYPE=HOME,VOICE:+49 711 999\r\n"
    "TEL;TYPE=CELL:+49 171 1234567\r\n"
    "TEL;TYPE=WORK,VOICE:+49 711 123456\r\n"
    "NOTE:Bevorzugt Anrufe vormittags\\, nie freitags.\\nZweite Zeile mit Umlau\r\n"
    " ten: äöüß\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:Weiß;Anna;;;\r\n"
    "ROLE:Einkauf\r\n"
    "EMAIL;TYPE=INTERNET,WORK:anna.weiss@mueller.example\r\n"
    "EMAIL;TYPE=INTERNET,PREF:anna@weiss.example\r\n"
    "END:VCARD\r\n"
)

# RFC 6350 style 4.0: PREF=n, quoted TYPE lists, tel: URIs.
VCARD_40 = (
    "BEGIN:VCARD\n"
    "VERSION:4.0\n"
    "FN:Şule Öztürk\n"
    "TITLE:Projektleitung\n"
    "EMAIL;TYPE=home;PREF=2:sule@privat.example\n"
    "EMAIL;TYPE=work;PREF=1:s.oeztuerk@kreativhaus.example\n"
    'TEL;VALUE=uri;TYPE="voice,cell":tel:+49-170-5550101\n'
    'TEL;VALUE=uri;TYPE="fax,work":tel:+49-711-5550199\n'
    "END:VCARD\n"
    "BEGIN:VCARD\n"
    "VERSION:4.0\n"
    "FN:Lars Becker\n"
    'TEL;VALUE=uri;TYPE="fax,work":tel:+49-711-5550100\n'
    "END:VCARD\n"
)

# Old Outlook 2.1: bare types, quoted-printable values with soft line breaks.
VCARD_21 = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:K=C3=B6nig;Bj=C3=B6rn\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Bj=C3=B6rn K=C3=B6nig\r\n"
    "TEL;WORK;VOICE:0711 4711\r\n"
    "EMAIL;PREF;INTERNET:bjoern@koenig.example\r\n"
    "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Erste Zeile=0D=0AZweite Zeile mit einem =\r\n"
    "sehr =\r\n"
    "langen Text f=C3=BCr den Umbruch\r\n"
    "END:VCARD\r\n"
)


def _write(tmp_path: Path, text: str, *, encoding: str = "utf-8", name: str = "k.vcf") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_version_3_cards_give_contacts_with_the_best_email_and_phone(tmp_path: Path) -> None:
    contacts, errors = read_vcards(_write(tmp_path, VCARD_30))

    assert errors == []
    assert contacts == [
        ContactPerson(
            id=None,
            partner_id=PartnerId(0),
            name="Dr. Jürgen Müller",
            role="Geschäftsführer",
            email="j.mueller@mueller.example",
            phone="+49 711 123456",
            notes="Bevorzugt Anrufe vormittags, nie freitags.\nZweite Zeile mit Umlauten: äöüß",
        ),
        ContactPerson(
            id=None,
            partner_id=PartnerId(0),
            name="Anna Weiß",
            role="Einkauf",
            email="anna@weiss.example",
        ),
    ]


def test_version_4_cards_use_pref_numbers_and_tel_uris(tmp_path: Path) -> None:
    contacts, errors = read_vcards(_write(tmp_path, VCARD_40))

    assert errors == []
    sule, lars = contacts
    assert (sule.name, sule.role) == ("Şule Öztürk", "Projektleitung")
    assert sule.email == "s.oeztuerk@kreativhaus.example"
    assert sule.phone == "+49-170-5550101"
    assert lars.phone == "+49-711-5550100"  # a fax is better than nothing


def test_version_2_1_quoted_printable_with_soft_line_breaks(tmp_path: Path) -> None:
    contacts, errors = read_vcards(_write(tmp_path, VCARD_21))

    assert errors == []
    (bjoern,) = contacts
    assert bjoern.name == "Björn König"
    assert bjoern.phone == "0711 4711"
    assert bjoern.email == "bjoern@koenig.example"
    assert bjoern.notes == "Erste Zeile\nZweite Zeile mit einem sehr langen Text für den Umbruch"


def test_mixed_versions_in_one_file_with_a_bom(tmp_path: Path) -> None:
    contacts, errors = read_vcards(_write(tmp_path, "\ufeff" + VCARD_30 + VCARD_40 + VCARD_21))

    assert errors == []
    assert [contact.name for contact in contacts] == [
        "Dr. Jürgen Müller",
        "Anna Weiß",
        "Şule Öztürk",
        "Lars Becker",
        "Björn König",
    ]


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    contacts, _errors = read_vcards(_write(tmp_path, "\ufeff" + VCARD_30, encoding="utf-16-le"))

    assert [contact.name for contact in contacts] == ["Dr. Jürgen Müller", "Anna Weiß"]


def test_windows_1252_file_is_read(tmp_path: Path) -> None:
    text = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Jäger;Jörg\r\nEND:VCARD\r\n"

    contacts, errors = read_vcards(_write(tmp_path, text, encoding="cp1252"))

    assert errors == []
    assert contacts[0].name == "Jörg Jäger"


def test_name_falls_back_on_the_parts_of_n(tmp_path: Path) -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Schmidt;Eva;Maria;;\r\nEND:VCARD\r\n"

    contacts, _errors = read_vcards(_write(tmp_path, text))

    assert contacts[0].name == "Eva Maria Schmidt"


def test_broken_cards_are_reported_and_the_others_read(tmp_path: Path) -> None:
    text = (
        VCARD_40
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:ohne-name@example.com\r\nEND:VCARD\r\n"
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kaputt\r\nthis is not a property\r\nEND:VCARD\r\n"
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Falsche Adresse\r\nEMAIL:kein-at\r\nEND:VCARD\r\n"
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Abgeschnitten\r\n"
    )

    contacts, errors = read_vcards(_write(tmp_path, text))

    assert [contact.name for contact in contacts] == ["Şule Öztürk", "Lars Becker"]
    assert len(errors) == 4
    assert errors[0].startswith("card 3: no name")
    assert errors[1].startswith("card 4: not readable")
    assert errors[2].startswith("card 5: Falsche Adresse: contact.email.invalid")
    assert errors[3].startswith("card 6: END:VCARD is missing")


def test_parse_result_numbers_rows_by_card_and_codes_each_problem(tmp_path: Path) -> None:
    text = (
        VCARD_21
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nur eine Notiz\r\nEND:VCARD\r\n"
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:X\r\n:::\r\nEND:VCARD\r\n"
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Y\r\nEMAIL:y@\r\nEND:VCARD\r\n"
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Z\r\n"
    )

    result = parse_vcards(_write(tmp_path, text))

    assert result.kind is ImportKind.CONTACTS
    assert [(row.row, row.partner_name) for row in result.rows] == [(1, None)]
    assert [(error.row, error.column, error.code) for error in result.errors] == [
        (2, "", NO_NAME),
        (3, "", UNREADABLE),
        (4, "email", "contact.email.invalid"),
        (5, "", UNCLOSED),
    ]
    assert result.mapping["EMAIL"] == "email"


def test_cards_import_into_the_chosen_partner(services: Services, tmp_path: Path) -> None:
    services.partners.add_partner(Partner(id=None, name="Müller Gebäudereinigung GmbH"))
    parsed = parse_vcards(_write(tmp_path, VCARD_30 + VCARD_40))

    report = services.imports.apply(parsed, partner="Müller Gebäudereinigung GmbH")

    assert (report.created, report.failed) == (4, 0)
    (partner,) = services.partners.list_partners()
    assert partner.id is not None
    names = [contact.name for contact in services.partners.dossier(partner.id).contacts]
    assert sorted(names) == ["Anna Weiß", "Dr. Jürgen Müller", "Lars Becker", "Şule Öztürk"]


@pytest.mark.parametrize(
    "content",
    [b"", b"Name;Email\r\nMueller;m@example.com\r\n", b"\x00\x01\x02 binary", b"\xff\xfe"],
)
def test_a_file_without_any_vcard_is_invalid(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "not.vcf"
    path.write_bytes(content)

    with pytest.raises(ImportFileError) as caught:
        read_vcards(path)

    assert caught.value.code == INVALID


def test_a_missing_file_is_invalid(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_vcards(tmp_path / "missing.vcf")

    assert caught.value.code == INVALID


def test_a_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.vcf"
    with path.open("wb") as stream:
        stream.truncate(MAX_VCARD_BYTES + 1)

    with pytest.raises(ImportFileError, match="bytes"):
        read_vcards(path)


_LINES = st.sampled_from(
    [
        "BEGIN:VCARD",
        "END:VCARD",
        "VERSION:2.1",
        "VERSION:4.0",
        "FN:Müller",
        "N:;;;;",
        "N;ENCODING=QUOTED-PRINTABLE:M=C3=BC=",
        "NOTE;ENCODING=QUOTED-PRINTABLE:=ZZ=",
        "PHOTO;ENCODING=b;TYPE=JPEG:@@@",
        "EMAIL;PREF=x;TYPE=:a@b.example",
        'TEL;TYPE="cell:+49',
        " folded continuation",
        "BEGIN:VCARD",
        "AGENT:BEGIN:VCARD",
    ]
)


@settings(max_examples=200, deadline=None)
@given(lines=st.lists(st.one_of(_LINES, st.text(max_size=30)), max_size=25))
def test_no_input_raises_anything_but_the_file_error(
    tmp_path_factory: pytest.TempPathFactory, lines: list[str]
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "f.vcf"
    path.write_text("\r\n".join(lines), encoding="utf-8", errors="surrogatepass")

    codes: list[str] = []
    contacts: list[ContactPerson] = []
    errors: list[str] = []
    try:
        contacts, errors = read_vcards(path)
    except ImportFileError as error:
        codes.append(error.code)

    assert codes in ([], [INVALID])
    assert all(contact.partner_id == PartnerId(0) for contact in contacts)
    assert all(error.startswith("card ") for error in errors)
