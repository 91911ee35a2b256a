"""The Celery app (cookiecutter-django's shape) and the embedded broker's transport."""

import os
import uuid
from queue import Empty
from time import monotonic

from celery import Celery
from kombu.transport import TRANSPORT_ALIASES
from kombu.transport import filesystem as kombu_filesystem
from kombu.utils.encoding import bytes_to_str, str_to_bytes
from kombu.utils.json import dumps, loads

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")


class AtomicFilesystemChannel(kombu_filesystem.Channel):
    """kombu's filesystem channel, but a message appears in the queue folder only when whole.

    The stock channel writes the message file in place, so a polling worker can read it half
    written and die on a JSONDecodeError, losing the message (kombu issue #1551). Here the
    message is written under a dot-name the reader ignores, flushed, then renamed into place:
    rename is atomic within one folder on POSIX.
    """

    def _put(self, queue, payload, **kwargs):
        name = f"{int(round(monotonic() * 1000))}_{uuid.uuid4()}.{queue}.msg"
        final = os.path.join(self.data_folder_out, name)
        partial = os.path.join(self.data_folder_out, f".partial-{uuid.uuid4()}")
        try:
            with open(partial, "wb") as handle:
                handle.write(str_to_bytes(dumps(payload)))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(partial, final)
        except OSError as exc:
            raise kombu_filesystem.ChannelError(f"Cannot add {final!r} to the queue") from exc


    def _get(self, queue):
        """Take the oldest whole message of `queue`. The stock channel lists and sorts the
        whole folder for every message (quadratic in the backlog); here one listing serves
        until it runs out."""
        backlog = self.__dict__.setdefault("_backlog", {})
        pending = backlog.get(queue)
        if not pending:
            suffix = f".{queue}.msg"
            pending = sorted(n for n in os.listdir(self.data_folder_in) if n.endswith(suffix) and n[0] != ".")
            pending.reverse()
            backlog[queue] = pending
        while pending:
            name = pending.pop()
            taken = os.path.join(self.processed_folder, name)
            try:
                # rename is atomic: of two workers racing for a file, one wins, the other moves on
                os.replace(os.path.join(self.data_folder_in, name), taken)
            except OSError:
                continue
            try:
                with open(taken, "rb") as handle:
                    payload = handle.read()
                if not self.store_processed:
                    os.remove(taken)
            except OSError as exc:
                raise kombu_filesystem.ChannelError(f"Cannot read {taken!r}") from exc
            return loads(bytes_to_str(payload))
        raise Empty()


class AtomicFilesystemTransport(kombu_filesystem.Transport):
    Channel = AtomicFilesystemChannel


TRANSPORT_ALIASES["fsatomic"] = "factcheck.celery:AtomicFilesystemTransport"

app = Celery("factcheck")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
