#!/usr/bin/env python3
"""A real SMTP server for local development only: every message it receives is written, as received, to
<dir>/<UTC time>-<n>.eml, so the workbench's e-mail notifications can be read (and tested) without a mail system.

Usage: smtp-to-files.py --port 1025 --dir run/mail [--marker ...]   (needs Debian's python3-aiosmtpd)
It listens on 127.0.0.1 only and relays nothing.
"""
import argparse
import itertools
import os
import signal
import threading
from datetime import datetime, timezone

from aiosmtpd.controller import Controller


class WriteToFiles:
    def __init__(self, folder):
        self.folder = folder
        self.counter = itertools.count(1)
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            n = next(self.counter)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S.%fZ")
        name = os.path.join(self.folder, f"{stamp}-{n:05d}.eml")
        header = (f"X-Envelope-From: {envelope.mail_from}\r\n"
                  f"X-Envelope-To: {', '.join(envelope.rcpt_tos)}\r\n").encode("utf-8")
        # write to a temporary name first: a reader never sees half a message
        with open(name + ".part", "wb") as out:
            out.write(header)
            out.write(envelope.original_content or envelope.content)
        os.replace(name + ".part", name)
        print(f"{stamp} message {n} from {envelope.mail_from} to {', '.join(envelope.rcpt_tos)} -> {name}", flush=True)
        return "250 Message accepted for delivery"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=1025)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--marker", default="")
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    controller = Controller(WriteToFiles(args.dir), hostname="127.0.0.1", port=args.port)
    controller.start()
    print(f"SMTP on 127.0.0.1:{args.port}, writing each message to {os.path.abspath(args.dir)}", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
