"""Faults a consultant's laptop meets: crashes, locks, full disks, read-only folders, two apps.

Each test asserts that no saved check disappears or is moved without saying where, and that
trouble (a lock, a full disk, a read-only folder) is never taken for damage. The full-disk
cases, and the read-only ones when run as root (root writes through permission bits), need a
small file system of their own: a tmpfs mounted in a private mount namespace (``unshare``),
which vanishes with the process. Where that is not possible they are skipped, saying why.

``STORE_FAULT_ROUNDS=40`` repeats the kill -9 test longer than the default run does.
"""

from __future__ import annotations

import functools
import os
import random
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

from desktop_app.readiness.store import ORGANISATION, SCHEMA_VERSION, CheckStore, StoreError

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = int(os.environ.get("STORE_FAULT_ROUNDS", "8"))
PRELUDE = f"import sys\nsys.path.insert(0, {str(ROOT)!r})\n"

# Answers in a loop, printing each number once both of its saves have returned.
WRITER = """
from pathlib import Path
from desktop_app.readiness.store import ORGANISATION, CheckStore
store = CheckStore(Path(sys.argv[1]))
listed = store.list_checks()
check = listed[0].id if listed else store.create_check("Crash BV", "full", "nl", "p", ["CEO"])
person = store.load_check(check).answers.participants[0].id
start = int(sys.argv[2])
for n in range(start, start + 1_000_000):
    store.save_answer(check, person, f"q{n}", n % 4)
    store.save_answer(check, ORGANISATION, "latest", n)
    print(n, flush=True)
"""

# Holds a lock on the database until a line arrives on stdin.
HOLDER = """
import sqlite3
db = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "exclusive":  # what a database tool or a backup program may do
    db.execute("PRAGMA locking_mode = EXCLUSIVE")
    db.execute("BEGIN EXCLUSIVE")
else:
    db.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
db.close()
"""

# Opens the store (as the app does at start) once a go-file exists, then adds one check.
OPENER = """
import time
from pathlib import Path
from desktop_app.readiness.store import CheckStore
go = Path(sys.argv[3])
print("ready", flush=True)
while not go.exists():
    time.sleep(0.001)
store = CheckStore(Path(sys.argv[1]))
store.create_check(sys.argv[2], "quick", "nl", "p", ["x"])
store.close()
print("opened", flush=True)
"""

# One of two apps answering the same check at once.
ANSWERER = """
from pathlib import Path
from desktop_app.readiness.store import ORGANISATION, CheckStore
store = CheckStore(Path(sys.argv[1]))
check, name = int(sys.argv[2]), sys.argv[3]
person = store.load_check(check).answers.participants[0].id
for n in range(int(sys.argv[4])):
    store.save_answer(check, person, f"{name}{n}", n % 4)
    store.save_answer(check, ORGANISATION, "shared", f"{name}{n}")
store.close()
"""


# -- helpers ------------------------------------------------------------------------------
def start(script: str, *args, stdin=None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", PRELUDE + script, *map(str, args)],
        cwd=ROOT,
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_until(condition, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.002)


def make_check(store: CheckStore, client: str = "Acme", count: int = 10):
    check = store.create_check(client, "full", "nl", "pack", ["CEO"])
    person = store.load_check(check).answers.participants[0].id
    saved = {}
    for n in range(count):
        store.save_answer(check, person, f"q{n}", n % 4)
        saved[f"q{n}"] = n % 4
    return check, person, saved


def answers_of(store: CheckStore, check: int) -> dict:
    return store.load_check(check).answers.participants[0].answers


def every_file(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def set_aside_files(folder: Path) -> list[str]:
    return [p.name for p in folder.rglob("*") if ".corrupt-" in p.name or ".newer-" in p.name]


def write_then_kill(path: Path, acks: int) -> int:
    """Let a writer save ``acks`` answers, kill -9 it; the last number it acknowledged."""
    writer = start(WRITER, path, 0)
    last = -1
    for line in writer.stdout:
        last = int(line)
        if last + 1 >= acks:
            break
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    writer.stdout.close()
    writer.stderr.close()
    return last


def collect_acks(writer: subprocess.Popen) -> tuple[list[int], threading.Thread]:
    """The numbers a writer acknowledges, gathered by a thread as they are printed."""
    acks: list[int] = []
    reader = threading.Thread(
        target=lambda: acks.extend(int(line) for line in writer.stdout), daemon=True
    )
    reader.start()
    return acks, reader


def release(holder: subprocess.Popen) -> None:
    if holder.poll() is None:
        holder.stdin.write("\n")
        holder.stdin.flush()
    holder.wait(timeout=30)
    for stream in (holder.stdin, holder.stdout, holder.stderr):
        stream.close()


def hold_lock(path: Path, kind: str) -> subprocess.Popen:
    holder = start(HOLDER, path, kind, stdin=subprocess.PIPE)
    assert holder.stdout.readline().strip() == "locked", holder.stderr.read()
    return holder


# -- kill -9 --------------------------------------------------------------------------------
def test_every_answer_acknowledged_before_a_kill_minus_9_survives_it(tmp_path):
    """Killed at random moments (start-up and schema creation included), again and again."""
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    path = tmp_path / "checks.sqlite"
    acknowledged, next_number = -1, 0
    for round_ in range(ROUNDS):
        where = f"seed {seed}, round {round_}"
        writer = start(WRITER, path, next_number)
        acks, reader = collect_acks(writer)
        if round_ % 2 == 0:
            time.sleep(rng.uniform(0, 0.4))  # any moment, before the first answer too
        else:
            wanted = rng.randint(1, 150)
            wait_until(lambda: len(acks) >= wanted or writer.poll() is not None)  # noqa: B023
            time.sleep(rng.uniform(0, 0.005))
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
        reader.join()
        writer.stdout.close()
        errors = writer.stderr.read()
        writer.stderr.close()
        assert "Traceback" not in errors, f"{where}: {errors}"
        if acks:
            acknowledged = acks[-1]
        store = CheckStore(path)
        try:
            assert store.moved_aside is None, f"{where}: a killed writer left a damaged database"
            assert store.set_aside() == []
            if acknowledged >= 0:
                loaded = store.load_check(store.list_checks()[0].id)
                answers = loaded.answers.participants[0].answers
                lost = [n for n in range(acknowledged + 1) if answers.get(f"q{n}") != n % 4]
                assert lost == [], f"{where}: acknowledged answers lost: {lost[:10]}"
                assert loaded.answers.profile["latest"] >= acknowledged, where
                next_number = loaded.answers.profile["latest"] + 1
        finally:
            store.close()
    assert acknowledged > 0, f"seed {seed}: no round got as far as an answer"


# -- a damaged database with a crash-left WAL --------------------------------------------
def _page_size(data: bytes) -> int:
    size = struct.unpack(">H", data[16:18])[0]
    return 65536 if size == 1 else size


def _pages_in_wal(wal: bytes, page_size: int) -> set[int]:
    frame = 24 + page_size
    return {
        struct.unpack(">I", wal[offset : offset + 4])[0]
        for offset in range(32, len(wal) - frame + 1, frame)
    }


def damage_a_page_the_wal_does_not_hold(path: Path) -> None:
    """Overwrite the header of a b-tree page that only the database file holds."""
    data = bytearray(path.read_bytes())
    page_size = _page_size(data)
    in_wal = _pages_in_wal(Path(f"{path}-wal").read_bytes(), page_size)
    candidates = [
        number
        for number in range(2, len(data) // page_size + 1)
        if number not in in_wal and data[(number - 1) * page_size] in (2, 5, 10, 13)
    ]
    assert candidates, "no page to damage outside the WAL"
    offset = (candidates[len(candidates) // 2] - 1) * page_size
    data[offset : offset + 8] = b"\xff" * 8
    path.write_bytes(data)


def test_a_damaged_database_with_a_crash_left_wal_is_set_aside_byte_for_byte(tmp_path):
    path = tmp_path / "checks.sqlite"
    store = CheckStore(path)
    for number in range(15):
        make_check(store, f"Client {number}", 20)
    store.close()  # all of it now in the database file itself
    assert write_then_kill(path, 30) >= 29
    assert Path(f"{path}-wal").stat().st_size > 32, "the crash should leave answers in the WAL"
    damage_a_page_the_wal_does_not_hold(path)
    before = {suffix: Path(f"{path}{suffix}").read_bytes() for suffix in ("", "-wal", "-shm")}

    store = CheckStore(path)
    try:
        assert store.moved_reason == "corrupt"
        aside = store.moved_aside
        for suffix, original in before.items():
            assert Path(f"{aside}{suffix}").read_bytes() == original, f"{suffix or 'database'}"
        assert store.list_checks() == []
        assert [(s.path, s.reason) for s in store.set_aside()] == [(aside, "corrupt")]
    finally:
        store.close()


# -- a locked database --------------------------------------------------------------------
def test_a_locked_database_is_left_alone_not_called_damaged(tmp_path):
    path = tmp_path / "checks.sqlite"
    store = CheckStore(path)
    check, _person, saved = make_check(store)
    store.close()
    holder = hold_lock(path, "exclusive")
    try:
        before = every_file(tmp_path)
        with pytest.raises(StoreError) as caught:
            CheckStore(path, busy_timeout=0.5)
        assert caught.value.code == "locked"
        assert "locked" in str(caught.value) and str(path) in str(caught.value)
        assert every_file(tmp_path) == before
        assert set_aside_files(tmp_path) == []
    finally:
        release(holder)
    store = CheckStore(path)
    assert store.moved_aside is None and answers_of(store, check) == saved
    store.close()


def test_a_lock_released_within_the_wait_is_waited_for(tmp_path):
    path = tmp_path / "checks.sqlite"
    store = CheckStore(path)
    check, _person, saved = make_check(store)
    store.close()
    holder = hold_lock(path, "exclusive")
    letting_go = threading.Timer(0.3, release, (holder,))
    letting_go.start()
    try:
        store = CheckStore(path, busy_timeout=60)
    finally:
        letting_go.join()
    assert store.moved_aside is None and answers_of(store, check) == saved
    store.close()


def test_a_save_while_another_program_writes_raises_locked_and_saves_afterwards(tmp_path):
    path = tmp_path / "checks.sqlite"
    store = CheckStore(path, busy_timeout=0.5)
    check, person, saved = make_check(store)
    holder = hold_lock(path, "write")
    try:
        with pytest.raises(StoreError) as caught:
            store.save_answer(check, person, "late", 1)
        assert caught.value.code == "locked"
        assert answers_of(store, check) == saved
    finally:
        release(holder)
    store.save_answer(check, person, "late", 2)
    assert answers_of(store, check) == {**saved, "late": 2}
    store.close()


# -- two apps -----------------------------------------------------------------------------
def test_two_apps_starting_on_a_new_profile_both_start(tmp_path):
    """Both find an empty database and wait for the write lock; the second must not fail
    with 'table checks already exists' once the first has made the tables."""
    path = tmp_path / "checks.sqlite"
    go = tmp_path / "go"
    gate = sqlite3.connect(path, isolation_level=None)
    gate.execute("PRAGMA journal_mode = WAL")
    gate.execute("BEGIN IMMEDIATE")  # another writer, holding the lock of the empty database
    apps = [start(OPENER, path, name, go) for name in ("first", "second")]
    try:
        for app in apps:
            assert app.stdout.readline().strip() == "ready", app.stderr.read()
        go.touch()
        time.sleep(0.5)  # lets both reach the lock; a late one only makes the test easier
    finally:
        gate.execute("ROLLBACK")
        gate.close()
    for app in apps:
        out, err = app.communicate(timeout=60)
        assert app.returncode == 0 and "opened" in out, err
    store = CheckStore(path)
    assert sorted(c.client for c in store.list_checks()) == ["first", "second"]
    store.close()


def test_apps_starting_at_the_same_moment_on_new_profiles_all_start(tmp_path):
    go = tmp_path / "go"
    profiles = [tmp_path / f"profile{n}" for n in range(4)]
    apps = [start(OPENER, p / "checks.sqlite", name, go) for p in profiles for name in "ab"]
    for app in apps:
        assert app.stdout.readline().strip() == "ready", app.stderr.read()
    go.touch()
    for app in apps:
        out, err = app.communicate(timeout=60)
        assert app.returncode == 0 and "opened" in out, err
    for profile in profiles:
        store = CheckStore(profile / "checks.sqlite")
        assert sorted(c.client for c in store.list_checks()) == ["a", "b"]
        store.close()


def test_two_apps_answering_one_check_lose_nothing(tmp_path):
    """The app allows one instance per profile (see test_single_instance); should two
    processes still write at once, every answer either of them saved is kept."""
    path = tmp_path / "checks.sqlite"
    store = CheckStore(path)
    check = store.create_check("Acme", "full", "nl", "p", ["CEO"])
    apps = [start(ANSWERER, path, check, name, 150) for name in "ab"]
    for app in apps:
        _out, err = app.communicate(timeout=120)
        assert app.returncode == 0, err
    loaded = store.load_check(check)
    answers = loaded.answers.participants[0].answers
    assert answers == {f"{name}{n}": n % 4 for name in "ab" for n in range(150)}
    assert loaded.answers.profile["shared"] in ("a149", "b149")
    store.close()
    again = CheckStore(path)
    assert again.moved_aside is None
    again.close()


# -- the summary in the list --------------------------------------------------------------
def test_a_summary_that_cannot_be_written_says_the_answers_are_saved(tmp_path):
    store = CheckStore(tmp_path / "checks.sqlite")
    check, person, saved = make_check(store)
    store.db.execute(
        "CREATE TRIGGER refuse_summary BEFORE UPDATE OF score ON checks"
        " BEGIN SELECT RAISE(ABORT, 'no room for the summary'); END"
    )
    store.save_answer(check, person, "extra", 3)
    with pytest.raises(StoreError) as caught:
        store.save_summary(check, 55.0, "exploring", None)
    assert "answers are saved" in str(caught.value)
    assert answers_of(store, check) == {**saved, "extra": 3}
    store.close()


# -- set aside, listed, restored ----------------------------------------------------------
def _a_database_with_three_checks(path: Path) -> dict:
    """Three checks (one a follow-up), their roles and answers by client."""
    store = CheckStore(path)
    first = store.create_check("Acme", "full", "nl", "p", ["CEO", "CIO"])
    ceo, cio = store.load_check(first).answers.participants
    store.save_answer(first, ORGANISATION, "obstacles", ("knowledge", "roi"))
    store.save_answer(first, ceo.id, "data_quality", 2)
    store.save_answer(first, cio.id, "data_quality", "dont_know")
    follow_up = store.duplicate(first)
    store.rename(follow_up, "Acme later")
    make_check(store, "Bakkerij", 5)
    expected = {}
    for summary in store.list_checks():
        loaded = store.load_check(summary.id)
        expected[loaded.client] = (
            loaded.answers.profile,
            [(p.role, p.answers) for p in loaded.answers.participants],
        )
    store.close()
    return expected


def _contents(store: CheckStore) -> dict:
    found = {}
    for summary in store.list_checks():
        loaded = store.load_check(summary.id)
        found[loaded.client] = (
            loaded.answers.profile,
            [(p.role, p.answers) for p in loaded.answers.participants],
        )
    return found


def test_a_set_aside_database_is_listed_at_every_start_and_restore_brings_it_back(tmp_path):
    path = tmp_path / "checks.sqlite"
    expected = _a_database_with_three_checks(path)
    later = sqlite3.connect(path)  # a later version's database: one more column
    later.execute("ALTER TABLE checks ADD COLUMN colour TEXT")
    later.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    later.commit()
    later.close()
    store = CheckStore(path)
    aside = store.moved_aside
    assert store.moved_reason == "newer" and store.list_checks() == []
    make_check(store, "New client", 2)
    store.close()
    aside_bytes = aside.read_bytes()

    store = CheckStore(path)  # the next start
    assert store.moved_aside is None
    [listed] = store.set_aside()
    assert (listed.path, listed.reason) == (aside, "newer")
    assert listed.when.strftime("%Y%m%d-%H%M%S") in aside.name
    with pytest.raises(StoreError):
        store.restore(path)  # the live database is never "restored" (renamed) by mistake
    assert store.restore(listed.path) == 3
    found = _contents(store)
    assert set(found) == {*expected, "New client"}
    assert {client: found[client] for client in expected} == expected
    by_client = {c.client: c for c in store.list_checks()}
    assert by_client["Acme later"].follow_up_of == by_client["Acme"].id
    assert store.set_aside() == []
    assert not aside.exists()
    [kept] = [p for p in tmp_path.iterdir() if ".restored" in p.name and p.suffix == ".sqlite"]
    assert kept.read_bytes() == aside_bytes  # renamed, never changed or deleted
    store.close()


def test_restoring_the_same_file_twice_adds_nothing_twice(tmp_path):
    path = tmp_path / "checks.sqlite"
    expected = _a_database_with_three_checks(path)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    store = CheckStore(path)
    # As if the app died after importing but before renaming: the file is offered again.
    again = store.moved_aside.with_name(store.moved_aside.name.replace(".sqlite", "-2.sqlite"))
    shutil.copyfile(store.moved_aside, again)
    assert store.restore(store.moved_aside) == 3
    assert store.restore(again) == 3
    assert sorted(c.client for c in store.list_checks()) == sorted(expected)
    store.close()


def _leaves_of(path: Path, table: str) -> tuple[int, list[int]]:
    """Page size and the leaf pages under a table's root (which must be an interior page)."""
    db = sqlite3.connect(path)
    root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    db.close()
    data = path.read_bytes()
    size = _page_size(data)
    page = data[(root - 1) * size : root * size]
    assert page[0] == 5, "the table should span several pages"
    cells = struct.unpack(">H", page[3:5])[0]
    pointers = [struct.unpack(">H", page[12 + 2 * i : 14 + 2 * i])[0] for i in range(cells)]
    children = [struct.unpack(">I", page[p : p + 4])[0] for p in pointers]
    return size, [*children, struct.unpack(">I", page[8:12])[0]]


def test_restore_of_a_partly_damaged_database_brings_back_every_readable_check(tmp_path):
    path = tmp_path / "checks.sqlite"
    store = CheckStore(path)
    clients = {}
    for number in range(60):
        client = f"Client {number:02} " + "x" * 400  # several checks to a page, many pages
        check, _person, saved = make_check(store, client, 3)
        clients[client] = saved
    store.close()
    size, leaves = _leaves_of(path, "checks")
    victim = leaves[len(leaves) // 2]
    data = bytearray(path.read_bytes())
    lost = struct.unpack(">H", data[(victim - 1) * size + 3 : (victim - 1) * size + 5])[0]
    data[(victim - 1) * size] = 0xFF  # no longer a b-tree page: the checks on it are gone
    path.write_bytes(data)

    store = CheckStore(path)
    assert store.moved_reason == "corrupt"
    assert store.restore(store.set_aside()[0].path) == 60 - lost
    for summary in store.list_checks():
        assert answers_of(store, summary.id) == clients[summary.client]
    store.close()


def test_restore_refuses_a_file_that_is_not_a_database_and_keeps_offering_it(tmp_path):
    path = tmp_path / "checks.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    store = CheckStore(path)
    aside = store.moved_aside
    with pytest.raises(StoreError) as caught:
        store.restore(aside)
    assert caught.value.code == "corrupt"
    assert aside.read_bytes() == b"this is not a database" * 100
    assert [s.path for s in store.set_aside()] == [aside]
    store.close()


# -- a full disk and a read-only folder: scenarios run on a small file system -------------
@functools.cache
def _private_mounts() -> tuple[tuple[str, ...] | None, str]:
    """The command prefix that runs a process with its own mounts, or why there is none."""
    if not sys.platform.startswith("linux"):
        return None, "mount namespaces are Linux only"
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        return None, "unshare or mount is not installed"
    prefix = ["unshare", "--mount", "--propagation", "private"]
    if os.geteuid() != 0:
        prefix.insert(1, "--map-root-user")
    probe = tempfile.mkdtemp()
    try:
        result = subprocess.run(
            [*prefix, "mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe],
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        os.rmdir(probe)
    if result.returncode != 0:
        return None, f"a tmpfs cannot be mounted here ({result.stderr.strip()})"
    return tuple(prefix), ""


@functools.cache
def _without_root_powers() -> tuple[tuple[str, ...] | None, str]:
    """A command prefix that runs root without its power to write past permission bits."""
    if shutil.which("setpriv") is None:
        return None, "setpriv is not installed"
    drop = "-dac_override,-dac_read_search"
    prefix = ("setpriv", "--bounding-set", drop, "--inh-caps", drop)
    probe = subprocess.run([*prefix, "true"], capture_output=True, text=True, timeout=60)
    if probe.returncode != 0:
        return None, f"setpriv cannot drop root's powers here ({probe.stderr.strip()})"
    return prefix, ""


SCENARIO = """
import subprocess
from pathlib import Path
folder, size, scenario = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
if size:
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], check=True)
from tests import test_store_faults
getattr(test_store_faults, scenario)(folder, *sys.argv[4:])
print("scenario passed")
"""


def run_scenario(prefix, tmp_path: Path, scenario, size: str, *args: str) -> None:
    """Run ``scenario(folder, *args)`` in a child process, on a tmpfs of ``size`` if given."""
    folder = tmp_path / "disk"
    folder.mkdir()
    result = subprocess.run(
        [*prefix, sys.executable, "-c", PRELUDE + SCENARIO, folder, size, scenario.__name__]
        + list(args),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0 and "scenario passed" in result.stdout, (
        result.stdout + result.stderr
    )


def run_on_small_disk(tmp_path: Path, scenario, size: str, *args: str) -> None:
    prefix, why_not = _private_mounts()
    if prefix is None:
        pytest.skip(f"needs a small file system of its own: {why_not}")
    run_scenario(prefix, tmp_path, scenario, size, *args)


def fill(folder: Path) -> Path:
    """A file that takes every byte left on the disk."""
    filler = folder / "filler"
    handle = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(handle, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(handle)
    return filler


def scenario_disk_fills_while_answering(folder: Path) -> None:
    path = folder / "checks.sqlite"
    ballast = folder / "ballast"
    ballast.write_bytes(b"\0" * 256 * 1024)  # deleted later, to free space
    store = CheckStore(path)
    check, person, saved = make_check(store, count=1)
    summary_failures = []
    failure = None
    for number in range(100_000):
        value = f"{number}:" + "x" * 900
        try:
            store.save_answer(check, person, f"long{number}", value)
        except StoreError as error:
            failure = error
            break
        saved[f"long{number}"] = value
        try:
            store.save_summary(check, float(number), "exploring", None)
        except StoreError as error:
            summary_failures.append(error)
    assert failure is not None and failure.code == "full", failure
    assert "disk is full" in str(failure)
    for error in summary_failures:
        assert error.code == "full" and "answers are saved" in str(error)
    assert answers_of(store, check) == saved  # saved means saved, not saved means not there
    store.close()

    try:  # starting again on the full disk
        again = CheckStore(path)
    except StoreError as error:
        assert error.code == "full", error
    else:
        assert again.moved_aside is None and answers_of(again, check) == saved
        again.close()
    assert set_aside_files(folder) == []

    ballast.unlink()
    again = CheckStore(path)
    assert again.moved_aside is None and not again.read_only
    assert answers_of(again, check) == saved
    again.save_answer(check, person, "after", 1)
    again.close()


def scenario_disk_full_at_start(folder: Path) -> None:
    path = folder / "checks.sqlite"
    store = CheckStore(path)
    check, person, saved = make_check(store)
    store.close()
    database = path.read_bytes()
    filler = fill(folder)

    store = CheckStore(path)
    assert store.moved_aside is None, "a full disk is not a damaged database"
    assert store.read_only and store.read_only_code == "full"
    assert answers_of(store, check) == saved
    with pytest.raises(StoreError) as caught:
        store.save_answer(check, person, "q0", 3)
    assert caught.value.code == "full"
    assert path.read_bytes() == database and set_aside_files(folder) == []

    filler.unlink()  # space freed: the next change is saved without a restart
    store.save_answer(check, person, "q0", 3)
    assert not store.read_only
    store.close()
    again = CheckStore(path)
    assert answers_of(again, check) == {**saved, "q0": 3}
    again.close()


def test_a_disk_filling_up_while_answering_keeps_every_saved_answer(tmp_path):
    run_on_small_disk(tmp_path, scenario_disk_fills_while_answering, "1m")


def test_a_disk_full_at_start_shows_the_checks_and_sets_nothing_aside(tmp_path):
    run_on_small_disk(tmp_path, scenario_disk_full_at_start, "1m")


def make_read_only(folder: Path, how: str) -> None:
    if how == "remount":
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        return
    for path in sorted(folder.rglob("*"), reverse=True):
        path.chmod(0o555 if path.is_dir() else 0o444)
    folder.chmod(0o555)


def scenario_read_only_folder(folder: Path, how: str) -> None:
    clean, crashed, empty, damaged = (folder / name for name in ("clean", "crashed", "new", "bad"))
    for place in (clean, crashed, empty, damaged):
        place.mkdir()
    store = CheckStore(clean / "checks.sqlite")
    check, person, saved = make_check(store)
    store.close()
    acknowledged = write_then_kill(crashed / "checks.sqlite", 40)  # its WAL left behind
    (damaged / "checks.sqlite").write_bytes(b"not a database" * 300)
    make_read_only(folder, how)
    before = every_file(folder)

    store = CheckStore(clean / "checks.sqlite")
    assert store.moved_aside is None
    assert store.read_only and store.read_only_code == "readonly"
    assert answers_of(store, check) == saved
    with pytest.raises(StoreError) as caught:
        store.save_answer(check, person, "q0", 3)
    assert caught.value.code == "readonly"
    assert answers_of(store, check) == saved
    store.close()

    store = CheckStore(crashed / "checks.sqlite")
    assert store.read_only and store.moved_aside is None
    answers = answers_of(store, store.list_checks()[0].id)
    assert all(answers[f"q{n}"] == n % 4 for n in range(acknowledged + 1))
    store.close()

    with pytest.raises(StoreError) as caught:
        CheckStore(empty / "checks.sqlite")
    assert caught.value.code == "readonly"
    with pytest.raises(StoreError) as caught:
        CheckStore(damaged / "checks.sqlite")
    assert caught.value.code == "corrupt"  # damaged, and it could not be moved: left as it is
    assert every_file(folder) == before


@pytest.mark.parametrize("how", ["chmod", "remount"])
def test_a_read_only_folder_shows_the_saved_checks_and_changes_nothing(tmp_path, how):
    """A folder without write permission, and a file system mounted read-only."""
    if sys.platform == "win32":
        pytest.skip("permission bits and mounts do not make a folder read-only on Windows")
    if how == "remount":
        run_on_small_disk(tmp_path, scenario_read_only_folder, "4m", "remount")
    elif os.geteuid() == 0:  # root writes past permission bits: run without that power
        prefix, why_not = _without_root_powers()
        if prefix is None:
            pytest.skip(f"root ignores permission bits: {why_not}")
        run_scenario(prefix, tmp_path, scenario_read_only_folder, "", "chmod")
    else:
        folder = tmp_path / "folder"
        folder.mkdir()
        try:
            scenario_read_only_folder(folder, "chmod")
        finally:
            for path in [folder, *folder.rglob("*")]:
                path.chmod(0o755 if path.is_dir() else 0o644)


# -- what the shell is told ---------------------------------------------------------------
def test_a_store_error_has_a_code_the_path_and_a_plain_sentence(tmp_path):
    error = StoreError("locked", tmp_path / "checks.sqlite", "database is locked")
    assert (error.code, error.path, error.detail) == (
        "locked",
        tmp_path / "checks.sqlite",
        "database is locked",
    )
    assert str(error).startswith("The checks database ") and str(tmp_path) in str(error)
    assert "safe" in str(error) and "Traceback" not in str(error)
    with pytest.raises(ValueError):
        StoreError("gone", tmp_path)


def test_a_database_path_that_cannot_be_reached_is_unreachable_and_left_alone(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(StoreError) as caught:
        CheckStore(blocker / "checks.sqlite")
    assert caught.value.code == "unreachable"
    assert blocker.read_text() == "a file where the data folder should be"
    folder_in_the_way = tmp_path / "checks.sqlite"
    (folder_in_the_way / "keep").mkdir(parents=True)
    with pytest.raises(StoreError) as caught:
        CheckStore(folder_in_the_way)
    assert caught.value.code == "unreachable"
    assert (folder_in_the_way / "keep").is_dir() and set_aside_files(tmp_path) == []
