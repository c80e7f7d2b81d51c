"""The tables of the search index held in PostgreSQL (defined in ``search.postgres_tables``),
added to the application's metadata so that migrations and schema checks know them."""

from logbook.db import db
from search.postgres_tables import TABLES

SEARCH_TABLES = tuple(table.to_metadata(db.metadata) for table in TABLES)
