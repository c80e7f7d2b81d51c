"""The tables that hold the entry index in PostgreSQL (see :mod:`search.postgres_store`).

They hold what a Whoosh document holds, from the same analysis: one row per entry
with its columns, field lengths and stored text, its postings (packed per term,
see :mod:`search.postgres_packing`, plus one row per field, term and entry for the
entries written since) and the words of the ``exact`` field for typo corrections
and ``prefix*`` expansions. The application adds them to its own metadata so that
its migrations create them; everything in them can be rebuilt from the entries.
"""

from __future__ import annotations

from sqlalchemy import (
    DDL,
    BigInteger,
    Column,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    event,
)

METADATA = MetaData()
# Derived data: rebuilt from the entries, so backups leave these tables out.
DERIVED = {"derived": True}

# One row (id 1) whose generation goes up with every write: readers compare it with
# the generation of the columns they hold to know whether to read them again.
search_state = Table(
    "search_state",
    METADATA,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("generation", BigInteger, nullable=False),
    Column("schema", String(16), nullable=False),
    # The generation of the last write that packed postings (search_packed_postings):
    # search_postings holds those of the documents written after it. Null for an index
    # built before packing, whose postings are all in search_postings.
    Column("packed_generation", BigInteger, nullable=True),
    info=DERIVED,
)

search_documents = Table(
    "search_documents",
    METADATA,
    Column("entry_id", BigInteger, primary_key=True, autoincrement=False),
    # Document order: the generation of the write, then the place in that write, as
    # Whoosh numbers documents (an updated entry moves to the end).
    Column("generation", BigInteger, nullable=False),
    Column("position", Integer, nullable=False),
    Column("logbook_id", BigInteger, nullable=False),
    Column("state", String(16), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("stage_id", BigInteger, nullable=True),
    Column("stage_title", Text, nullable=False),
    Column("author_id", BigInteger, nullable=True),
    Column("author_name", Text, nullable=False),
    Column("day", Integer, nullable=False),
    Column("timestamp", Float, nullable=False),
    Column("tags", Text, nullable=False),  # JSON list
    Column("stamp", String(32), nullable=False),
    Column("lengths", Text, nullable=False),  # JSON list, in the order of LENGTH_FIELDS
    Column("stored", Text, nullable=False),  # JSON object: text shown in results
    Index("ix_search_documents_order", "generation", "position"),
    info=DERIVED,
)

# Postings of the entries written since the last packing (see search_packed_postings):
# one row per field, term and entry.
search_postings = Table(
    "search_postings",
    METADATA,
    Column("field", String(16), primary_key=True),
    Column("term", Text, primary_key=True),
    Column("entry_id", BigInteger, primary_key=True, autoincrement=False),
    Column("weight", Float, nullable=False),
    Index("ix_search_postings_entry_id", "entry_id"),
    info=DERIVED,
)

# The postings packed, by a rebuild or by a later write packing the rows of
# search_postings: for each term, one row per part (documents packed together, see
# search.postgres_packing) holding the entry ids and the weights of its postings, in
# document order, written as ``encoding`` says. Reading a common term is then a few rows
# rather than one row per entry scattered over the table. A posting counts only while
# its entry's generation is still within the part's (written_after, written_until].
search_packed_postings = Table(
    "search_packed_postings",
    METADATA,
    Column("field", String(16), primary_key=True),
    Column("term", Text, primary_key=True),
    Column("part", Integer, primary_key=True, autoincrement=False),
    Column("written_after", BigInteger, nullable=False),
    Column("written_until", BigInteger, nullable=False),
    Column("entry_ids", LargeBinary, nullable=False),
    Column("weights", LargeBinary, nullable=False),
    # How entry_ids and weights are written: search.postgres_packing.PLAIN or GAPS.
    Column("encoding", SmallInteger, nullable=False, server_default="0"),
    info=DERIVED,
)
# Stored uncompressed: numbers hardly compress, and reading a common term should cost
# no decompression (the migration does the same).
event.listen(
    search_packed_postings,
    "after_create",
    DDL(
        "ALTER TABLE search_packed_postings ALTER COLUMN entry_ids SET STORAGE EXTERNAL,"
        " ALTER COLUMN weights SET STORAGE EXTERNAL"
    ).execute_if(dialect="postgresql"),
)

search_words = Table(
    "search_words",
    METADATA,
    Column("word", Text, primary_key=True),
    # LIKE 'prefix%' uses this index whatever the database's collation.
    Index("ix_search_words_pattern", "word", postgresql_ops={"word": "text_pattern_ops"}),
    info=DERIVED,
)

TABLES = (search_state, search_documents, search_postings, search_packed_postings, search_words)
