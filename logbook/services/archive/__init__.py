"""A whole logbook as a Carnet archive, and back: backups and moves between instances.

``write_archive`` puts everything in one ZIP (``logbook.export.archive`` is the
file format): the logbook, its stages, every entry (published, pending and
trashed, so the archive is complete; trashed entries keep their ``deleted_at``
and are purged on the new instance when their time comes), tags, revisions,
media with their derivatives, members by name, email and role (never password
hashes, tokens, invitations or guest links), and every object with its SHA-256.

``import_archive`` restores it as a new logbook on any instance, whatever its
database and storage. Nothing from the archive is trusted: see
``logbook.export.archive.ArchiveReader``. Objects are checked against their
SHA-256 while they are copied; if anything fails before the commit, the rows
are rolled back and the objects this import wrote are deleted (originals that
were already stored stay).
"""

from logbook.services.archive.importing import import_archive
from logbook.services.archive.members import ImportedLogbook, PendingMember
from logbook.services.archive.writing import write_archive

__all__ = ["ImportedLogbook", "PendingMember", "import_archive", "write_archive"]
