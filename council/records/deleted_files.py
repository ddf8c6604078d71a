"""The files of deleted and replaced pictures, set aside where no address reaches them, so that a
photo or a portrait restored from the history comes back with its picture.

A stored file leaves the public files once the change that stops its row naming it is committed
(the row deleted, or its picture replaced or cleared): it moves under ``deleted/`` in the same
storage, under the same name. No address reaches it there: the media view sends only a file that
a row the visitor may see names, and no row names a file under ``deleted/``. It comes back as a
row names it again (a version restored, or a deleted record recovered, from the history): copied
at once, for the restore's form reads the picture, and removed from the deleted files once the
restore is committed (a restore rolled back leaves it set aside, and a copy no row names).

It is kept as long as the history holds a version naming it, which is for good unless the history
is trimmed (django-reversion's ``deleterevisions``); ``purge_deleted_files`` then removes the
files no version names. Backups hold ``deleted/`` with the rest of ``MEDIA_ROOT``.
"""

from django.core.files.storage import default_storage

FOLDER = "deleted/"


def set_aside(name):
    """Move the stored file ``name`` among the deleted files."""
    if not default_storage.exists(name):
        return
    if not default_storage.exists(FOLDER + name):
        _copy(name, FOLDER + name)
    default_storage.delete(name)


def bring_back(name):
    """Copy ``name`` back from the deleted files, where it is there and not in place; returns
    whether it did (the copy set aside is for ``purge`` once the restore is committed)."""
    if default_storage.exists(name) or not default_storage.exists(FOLDER + name):
        return False
    _copy(FOLDER + name, name)
    return True


def is_kept(name):
    """Whether the file ``name`` is stored, or kept among the deleted files."""
    return default_storage.exists(name) or default_storage.exists(FOLDER + name)


def names_set_aside():
    """The names (as rows name them) of the files kept among the deleted files."""
    folders, found = [FOLDER] if default_storage.exists(FOLDER) else [], []
    while folders:
        folder = folders.pop()
        subfolders, files = default_storage.listdir(folder)
        folders += [f"{folder}{sub}/" for sub in subfolders]
        found += [f"{folder}{file}".removeprefix(FOLDER) for file in files]
    return found


def purge(name):
    """Remove the file ``name`` from the deleted files, for good."""
    default_storage.delete(FOLDER + name)


def _copy(source, target):
    with default_storage.open(source) as content:
        default_storage.save(target, content)
