"""Serves a folder on 127.0.0.1 like `python3 -m http.server`, adding the "LinkChecker" response header
that lets linkchecker exceed its default of 10 requests per second (about 3 on average) to one host.

    python3 bench/serve.py PORT DIR
"""
import functools
import http.server
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header("LinkChecker", "benchmark")
        super().end_headers()

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    port, folder = int(sys.argv[1]), sys.argv[2]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Handler, directory=folder))
    server.serve_forever()
