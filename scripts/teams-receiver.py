#!/usr/bin/env python3
"""A stand-in for the Teams Workflows webhook in local runs: appends every POSTed JSON body as one line to the file
named by the first argument and answers 202. Listens on 127.0.0.1 on a free port, written to the second argument."""
import http.server
import json
import sys

cards, port_file = sys.argv[1], sys.argv[2]


class Receiver(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        with open(cards, "a", encoding="utf-8") as out:
            out.write(json.dumps(json.loads(body)) + "\n")
        self.send_response(202)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


server = http.server.HTTPServer(("127.0.0.1", 0), Receiver)
with open(port_file, "w", encoding="utf-8") as out:
    out.write(str(server.server_address[1]))
server.serve_forever()
