#!/usr/bin/env python3
"""Writes a git fast-import stream of a workspace with a long goal history, for bench/history.sh:
FILES objective files in one first commit, then COMMITS - 1 commits that each move one key
result's target (every 50th also renames its file; every 100th also renames its objective's
key result `side` with `okr mv`, its rename entry in the journal of the same commit), from
2026-08-01 on, three hours apart, so most land after 2026-Q4 began and are moved goalposts."""
import datetime
import sys

commits, files = int(sys.argv[1]), int(sys.argv[2])
out = sys.stdout.buffer
start = 1785542400  # 2026-08-01T00:00:00Z
names = {i: f"objectives/o{i:04d}.yaml" for i in range(files)}
targets = {i: 100 for i in range(files)}
sides = {i: "side" for i in range(files)}
journal = b""
ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"


def ulid(millis, n):
    """An entry id as okr writes them: the millisecond, then 80 bits (here a counter)."""
    chars = []
    for value, width in ((millis, 10), (n, 16)):
        part = []
        for _ in range(width):
            part.append(ALPHABET[value & 31])
            value >>= 5
        chars.extend(reversed(part))
    return "".join(chars)


def text(i):
    return (
        f"kind: objective\nid: o{i:04d}\ntitle: Objective number {i}\nperiod: 2026-Q4\n"
        f"owner: p{i % 20}\nkey_results:\n"
        f"  - id: main\n    title: Raise the main figure of {i}\n"
        f"    baseline: 0\n    target: {targets[i]}\n    unit: points\n"
        f"  - id: {sides[i]}\n    title: Keep the side figure of {i}\n"
        f"    baseline: 10\n    target: 5\n    unit: points\n"
    ).encode()


def stamp(seconds):
    return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).isoformat()


def data(payload):
    out.write(b"data %d\n" % len(payload) + payload + b"\n")


for n in range(commits):
    when = start + n * 3 * 3600
    who = f"p{n % 20}"
    out.write(b"commit refs/heads/main\n")
    out.write(f"author {who} <{who}@example.org> {when} +0000\n".encode())
    out.write(f"committer {who} <{who}@example.org> {when} +0000\n".encode())
    data(f"change {n}".encode())
    if n == 0:
        out.write(b"M 100644 inline okr.yaml\n")
        data(b"name: History bench\n")
        for i in range(files):
            out.write(f"M 100644 inline {names[i]}\n".encode())
            data(text(i))
        continue
    i = n % files
    targets[i] += -5 if n % 3 == 0 else 7
    if n % 50 == 0:
        out.write(f"D {names[i]}\n".encode())
        names[i] = f"objectives/renamed-{n}/o{i:04d}.yaml"
    if n % 100 == 0:
        old, sides[i] = sides[i], f"side-{n}"
        journal += (
            f"- {{id: {ulid(when * 1000, n)}, at: {stamp(when)}, by: {who}, "
            f"renamed: o{i:04d}/{old}, to: o{i:04d}/{sides[i]}}}\n"
        ).encode()
        out.write(b"M 100644 inline checkins/2026-08/bench.yaml\n")
        data(journal)
    out.write(f"M 100644 inline {names[i]}\n".encode())
    data(text(i))
