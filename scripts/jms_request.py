#!/usr/bin/env python3
"""Send a file to docpipe's JMS queue and write the reply to a file.

Speaks STOMP 1.2, which the embedded Artemis broker accepts on its TCP port next to the JMS
protocols, so only Python's standard library is needed. STOMP headers arrive as JMS message
properties (docpipeOperation, docpipeOptions, docpipeFileName) and reply-to as JMSReplyTo.

    scripts/jms_request.py ocr scan.png --options language=vi --out scan.txt
"""
import argparse
import os
import socket
import sys
import uuid


STOMP_ESCAPES = {"\\n": "\n", "\\r": "\r", "\\c": ":", "\\\\": "\\"}


def unescape(value):
    """Decode STOMP 1.2 header escapes: \\n, \\r, \\c (colon) and \\\\."""
    result, i = [], 0
    while i < len(value):
        pair = value[i:i + 2]
        if pair in STOMP_ESCAPES:
            result.append(STOMP_ESCAPES[pair])
            i += 2
        else:
            result.append(value[i])
            i += 1
    return "".join(result)


def frame(command, headers, body=b""):
    lines = [command] + [f"{key}:{value}" for key, value in headers.items()]
    return ("\n".join(lines) + "\n\n").encode("utf-8") + body + b"\0"


class StompConnection:
    def __init__(self, host, port, timeout):
        self.sock = socket.create_connection((host, port), timeout=timeout)
        self.buffer = b""

    def send(self, command, headers, body=b""):
        self.sock.sendall(frame(command, headers, body))

    def receive(self):
        """Read one frame; returns (command, headers, body)."""
        while b"\n\n" not in self.buffer.lstrip(b"\n"):
            self._fill()
        self.buffer = self.buffer.lstrip(b"\n")
        head, _, rest = self.buffer.partition(b"\n\n")
        lines = head.decode("utf-8").split("\n")
        headers = {}
        for line in lines[1:]:
            key, _, value = line.partition(":")
            headers.setdefault(unescape(key), unescape(value))
        if "content-length" in headers:
            length = int(headers["content-length"])
            while len(rest) < length + 1:
                self._fill()
                rest = self.buffer.partition(b"\n\n")[2]
            body, self.buffer = rest[:length], rest[length + 1:]
        else:
            while b"\0" not in rest:
                self._fill()
                rest = self.buffer.partition(b"\n\n")[2]
            body, _, self.buffer = rest.partition(b"\0")
        return lines[0], headers, body

    def _fill(self):
        chunk = self.sock.recv(65536)
        if not chunk:
            raise ConnectionError("The broker closed the connection")
        self.buffer += chunk


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("operation", help="docpipe operation, such as ocr or pdf-to-text")
    parser.add_argument("file", help="the file to process")
    parser.add_argument("--options", default="", help="options in query form, such as language=vi&output=json")
    parser.add_argument("--out", help="where to write the result (default: standard output)")
    parser.add_argument("--broker", default="127.0.0.1:61616", help="broker host:port (default %(default)s)")
    parser.add_argument("--timeout", type=float, default=120, help="seconds to wait for the reply")
    args = parser.parse_args()

    host, _, port = args.broker.rpartition(":")
    with open(args.file, "rb") as source:
        payload = source.read()
    reply_queue = f"docpipe.replies.{uuid.uuid4()}"
    correlation_id = str(uuid.uuid4())

    connection = StompConnection(host, int(port), args.timeout)
    connection.send("CONNECT", {"accept-version": "1.2", "host": "localhost"})
    command, headers, body = connection.receive()
    if command != "CONNECTED":
        sys.exit(f"Broker refused the connection: {headers.get('message', command)}")
    connection.send("SUBSCRIBE", {"id": "reply", "destination": reply_queue, "destination-type": "ANYCAST"})
    connection.send("SEND", {
        "destination": "docpipe.requests",
        "destination-type": "ANYCAST",
        "reply-to": reply_queue,
        "correlation-id": correlation_id,
        "docpipeOperation": args.operation,
        "docpipeOptions": args.options,
        "docpipeFileName": os.path.basename(args.file),
        "content-length": str(len(payload)),
    }, payload)

    command, headers, body = connection.receive()
    connection.send("UNSUBSCRIBE", {"id": "reply"})
    connection.send("DISCONNECT", {})
    if command == "ERROR":
        sys.exit(f"Broker error: {headers.get('message', '')}")
    if headers.get("docpipeStatus") != "succeeded":
        sys.exit(f"docpipe failed ({headers.get('docpipeErrorType', 'unknown')}): {headers.get('docpipeError', body.decode('utf-8', 'replace'))}")
    if args.out:
        with open(args.out, "wb") as target:
            target.write(body)
        print(f"{args.out}: {len(body)} bytes ({headers.get('docpipeContentType', 'unknown type')})", file=sys.stderr)
    else:
        sys.stdout.buffer.write(body)


if __name__ == "__main__":
    main()
