"""The Celery app (cookiecutter-django's shape) and the embedded broker's transport."""

import os
import uuid
from time import monotonic

from celery import Celery
from kombu.transport import TRANSPORT_ALIASES
from kombu.transport import filesystem as kombu_filesystem
from kombu.utils.encoding import str_to_bytes
from kombu.utils.json import dumps

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


class AtomicFilesystemTransport(kombu_filesystem.Transport):
    Channel = AtomicFilesystemChannel


TRANSPORT_ALIASES["fsatomic"] = "factcheck.celery:AtomicFilesystemTransport"

app = Celery("factcheck")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
