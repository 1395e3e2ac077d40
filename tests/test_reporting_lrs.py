"""Sending to an LRS: nothing without a teacher's set-up in the school configuration; a local queue that survives
being offline; never twice."""

import base64
import json
import os
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from progress_support import played, scenario, times
from school_support import TEACHER_PIN, school
from simulator.cli import main
from simulator.progress import School, Store
from simulator.reporting import lrs
from simulator.reporting.config import LrsConfig, load_lrs, save_lrs


def school_of(store: Store) -> School:
    return School(store.folder.parent / "schoolinstellingen")


def sync(store: Store, post=None):
    """What the game and `lrs --verstuur` do: send to the LRS of the school configuration."""
    return lrs.sync(store, load_lrs(school_of(store)), post)


class FakeLrs:
    """A tiny LRS on 127.0.0.1: Basic auth, stores statements by id, 409 for an id it already has."""

    def __init__(self, user="docent", password="geheim"):
        self.stored: dict[str, dict] = {}
        self.posts = 0
        self.expected = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        lrs_self = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                lrs_self.posts += 1
                if self.headers.get("Authorization") != lrs_self.expected:
                    return self._answer(401, {"detail": "Invalid authentication credentials"})
                if self.path != "/xAPI/statements" or self.headers.get("X-Experience-API-Version") != "1.0.3":
                    return self._answer(400, {"detail": "bad request"})
                if any(s["id"] in lrs_self.stored for s in body):
                    return self._answer(409, {"detail": "Differing statements already exist with the same ID"})
                lrs_self.stored.update({s["id"]: s for s in body})
                return self._answer(200, [s["id"] for s in body])

            def _answer(self, status, payload):
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.endpoint = f"http://127.0.0.1:{self.port}/xAPI/"

    def __enter__(self):
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def klas(tmp_path, monkeypatch):
    school(tmp_path, monkeypatch)
    store = Store(tmp_path / "saves")
    geladen = scenario()
    anna, bo = store.create_profile("Anna"), store.create_profile("Bo")
    store.record_attempt(anna.id, geladen, played(geladen, "beste"), "oefenen", *times(20))
    store.record_attempt(bo.id, geladen, played(geladen, "slechtste"), "toets", *times(10))
    return store, anna, bo


def test_without_an_lrs_nothing_leaves_the_pc(klas):
    store, anna, bo = klas

    def no_network(statements):
        raise AssertionError("nothing may be sent without an LRS set up by a teacher")

    result = sync(store, post=no_network)
    assert (result.ingesteld, result.verstuurd, result.wachtrij) == (False, 0, 0)
    assert not (store.folder / "xapi").exists()


def test_offline_the_queue_waits_and_later_everything_goes_once(klas):
    store, anna, bo = klas
    with FakeLrs() as server:
        endpoint = server.endpoint
    save_lrs(school_of(store), LrsConfig(endpoint, "docent", "geheim", timeout=2))  # the server is gone: offline

    offline = sync(store)
    assert offline.verstuurd == 0 and offline.wachtrij == 8
    assert offline.fout.startswith("Het LRS is niet bereikbaar")
    queue = (store.folder / "xapi" / "wachtrij.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(queue) == 8 and all(json.loads(line)["statement"]["id"] for line in queue)

    with FakeLrs() as server:
        save_lrs(school_of(store), LrsConfig(server.endpoint, "docent", "geheim", timeout=5))
        online = sync(store)
        assert (online.verstuurd, online.wachtrij, online.fout) == (8, 0, None)
        assert len(server.stored) == 8 and server.posts == 1

        again = sync(store)
        assert (again.verstuurd, again.wachtrij) == (0, 0) and server.posts == 1

        # A new attempt: only its statements go.
        geladen = scenario()
        store.record_attempt(anna.id, geladen, played(geladen, ["1", "2"]), "oefenen", *times(1))
        assert sync(store).verstuurd == 4 and len(server.stored) == 12


def test_a_crash_after_sending_but_before_the_ledger_does_not_store_twice(klas):
    store, anna, bo = klas
    with FakeLrs() as server:
        save_lrs(school_of(store), LrsConfig(server.endpoint, "docent", "geheim"))
        assert sync(store).verstuurd == 8
        (store.folder / "xapi" / "verzonden.json").unlink()  # as if the program died right after the POST
        for backup in (store.folder / "xapi").glob("verzonden.json.bak*"):
            backup.unlink()
        result = sync(store)
        assert (result.verstuurd, result.wachtrij, result.fout) == (8, 0, None)  # the LRS said 409: already there
        assert len(server.stored) == 8
        assert sync(store).verstuurd == 0


def test_wrong_password_keeps_the_queue_and_says_why(klas):
    store, anna, bo = klas
    with FakeLrs() as server:
        save_lrs(school_of(store), LrsConfig(server.endpoint, "docent", "fout"))
        result = sync(store)
        assert result.verstuurd == 0 and result.wachtrij == 8 and "HTTP 401" in result.fout
        assert server.stored == {}


def test_a_deleted_student_is_never_sent(klas):
    store, anna, bo = klas
    with FakeLrs() as server:
        save_lrs(school_of(store), LrsConfig(server.endpoint + "niet-hier", "docent", "geheim"))
        assert sync(store).wachtrij == 8  # queued, but the LRS refuses (wrong path)
        store.delete_profile(bo.id)
        save_lrs(school_of(store), LrsConfig(server.endpoint, "docent", "geheim"))
        result = sync(store)
        assert (result.verstuurd, result.wachtrij) == (4, 0)
        assert {s["result"].get("response") for s in server.stored.values() if "response" in s.get("result", {})} == {"1"}


def test_juwelier_lrs_sets_up_sends_and_switches_off(klas, capsys):
    store, anna, bo = klas
    saves = ["--saves", str(store.folder)]
    assert main(["lrs", *saves]) == 0
    assert "geen LRS gekoppeld" in capsys.readouterr().out
    with FakeLrs() as server:
        assert main(["lrs", "--instellen", server.endpoint, "--gebruiker", "docent", "--wachtwoord", "geheim", *saves,
                     "--docent", TEACHER_PIN]) == 0
        assert "Gekoppeld aan" in capsys.readouterr().out
        assert main(["lrs", "--verstuur", *saves]) == 0
        assert "8 statement(s) verstuurd, 0 in de wachtrij" in capsys.readouterr().out
        geladen = scenario()
        assert main(["speel", str(geladen.bestand), "--pad", "beste", "--profiel", "Anna", *saves]) == 0
        assert len(server.stored) == 12  # a recorded play is sent at once when an LRS is set up
    assert main(["lrs", "--uitzetten", *saves, "--docent", TEACHER_PIN]) == 0
    assert sync(store).ingesteld is False


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_statements_are_accepted_by_a_real_ralph_lrs(klas, tmp_path):
    """Ralph (the LRS of France Université Numérique), with its file-system backend, started here on 127.0.0.1."""
    import bcrypt
    import requests

    store, anna, bo = klas
    auth = tmp_path / "auth.json"
    auth.write_text(json.dumps([{
        "agent": {"mbox": "mailto:docent@school.example.nl"}, "scopes": ["all"], "username": "docent",
        "hash": bcrypt.hashpw(b"geheim", bcrypt.gensalt(rounds=4)).decode(),
    }]), encoding="utf-8")
    (tmp_path / "lrs-data").mkdir()
    port = _free_port()
    env = {**os.environ, "RALPH_RUNSERVER_BACKEND": "fs", "RALPH_AUTH_FILE": str(auth),
           "RALPH_APP_DIR": str(tmp_path / "ralph"),
           "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(tmp_path / "lrs-data")}
    server = subprocess.Popen([sys.executable, "-m", "uvicorn", "ralph.api:app", "--host", "127.0.0.1",
                               "--port", str(port), "--log-level", "warning"],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(f"{base}/__heartbeat__", timeout=1).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            assert server.poll() is None, server.stdout.read().decode(errors="replace")
            assert time.monotonic() < deadline, "Ralph did not start"
            time.sleep(0.2)

        save_lrs(school_of(store), LrsConfig(f"{base}/xAPI/", "docent", "geheim"))
        result = sync(store)  # one batch: Ralph's file-system backend takes one write per data folder
        assert (result.verstuurd, result.wachtrij, result.fout) == (8, 0, None)

        got = requests.get(f"{base}/xAPI/statements", auth=("docent", "geheim"), params={"limit": 100}, timeout=10)
        assert got.status_code == 200
        ids = {s["id"] for s in got.json()["statements"]}
        queued = {s["id"] for s in _statements(store)}
        assert ids == queued and len(ids) == 8
        assert sync(store).verstuurd == 0
    finally:
        server.terminate()
        server.wait(timeout=10)


def _statements(store):
    from simulator.reporting import xapi
    from simulator.reporting.config import HOMEPAGE, pseudonymiser

    return list(xapi.all_statements(store, HOMEPAGE, pseudonymiser(store)))
