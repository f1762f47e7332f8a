"""The loader on bad and odd input: every problem named once, with its line, and nothing good lost."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from sanctuary_cli.corpus.loader import Problem, SourceArticle, load, load_file

GOOD = "The mayor said on Tuesday that the city would not help federal agents detain residents.\n"
OTHER = "The council voted to keep the shelter open through the winter, the chair said.\n"


def problems(items: list[SourceArticle | Problem]) -> list[str]:
    return [str(item) for item in items if isinstance(item, Problem)]


def articles(items: list[SourceArticle | Problem]) -> list[SourceArticle]:
    return [item for item in items if isinstance(item, SourceArticle)]


def test_a_folder_of_bad_files_reports_each_once_and_keeps_the_good_one(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "noise.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "empty.md").write_text("")
    (tmp_path / "blank.txt").write_text("  \n\n\t\n")
    (tmp_path / "latin1.txt").write_bytes("Le café said the city would stay open.\n".encode("latin-1"))
    (tmp_path / "broken.json").write_text('{"text": "no end')
    (tmp_path / "lines.jsonl").write_text(json.dumps({"text": OTHER}) + "\n{oops\n")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")  # not a type the loader reads: ignored in a folder

    items = list(load([tmp_path]))

    assert problems(items) == [
        "blank.txt: empty file",
        "broken.json:1: malformed JSON: Unterminated string starting at (column 10)",
        "empty.md: empty file",
        "latin1.txt: invalid UTF-8 at byte 6; read as cp1252",
        "lines.jsonl:2: malformed JSON: Expecting property name enclosed in double quotes (column 2)",
        "noise.txt: binary data, not text",
    ]
    kept = {a.path: a for a in articles(items)}
    assert set(kept) == {"good.txt", "latin1.txt", "lines.jsonl:1"}
    assert kept["latin1.txt"].warning is not None  # kept, with a caveat
    assert [p.fatal for p in items if isinstance(p, Problem) and p.path == "latin1.txt"] == [False]


def test_a_missing_path_and_an_unsupported_file_named_directly(tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_text("x")
    items = list(load([tmp_path / "nope", tmp_path / "notes.docx"]))
    assert problems(items) == [
        f"{tmp_path / 'nope'}: no such file or directory",
        f"{tmp_path / 'notes.docx'}: unsupported file type '.docx'",
    ]


def test_a_file_over_the_size_limit_is_skipped_with_its_size(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(GOOD * 40)
    items = list(load_file(path, max_bytes=1000))
    size = path.stat().st_size
    assert problems(items) == [f"big.txt: file is {size:,} bytes, over the limit of 1,000 (see --max-bytes)"]


def test_csv_rows_are_read_and_bad_rows_named_by_the_line_they_start_on(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(
        "title,text,date\n"                           # 1
        f'One,"{GOOD.strip()}",2024-01-02\n'          # 2
        "Two,too,many,fields\n"                      # 3
        "\n"                                          # 4 blank: ignored
        f'Three,"{OTHER.strip()}\nSecond line.",\n'   # 5-6, a cell over two lines
        'Four,"stray "quote" inside",\n'              # 7
        f'Five,"{OTHER.strip()} Again.",\n'           # 8
        'Six,"never closed\n'                         # 9 to the end
        "Seven,lost,\n",
    )
    items = list(load_file(path))
    assert problems(items) == [
        "rows.csv:3: row has 4 fields, the header has 3",
        "rows.csv:7: malformed CSV: ',' expected after '\"'",
        "rows.csv:9: malformed CSV: unexpected end of data",
    ]
    kept = articles(items)
    assert [a.path for a in kept] == ["rows.csv:2", "rows.csv:5", "rows.csv:8"]
    assert kept[0].title == "One" and kept[0].date == "2024-01-02"
    assert kept[1].text.endswith("Second line.")


def test_a_csv_without_a_text_column(tmp_path: Path) -> None:
    path = tmp_path / "meta.csv"
    path.write_text("title,date\nA,2024\n")
    assert problems(list(load_file(path))) == [
        "meta.csv:1: no text column (expected one of: text, body, content, article, maintext)"
    ]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("[" * 100_000, "malformed JSON: nested too deeply"),
        (
            '{"text": ' + "9" * 5000 + "}",
            "unreadable JSON: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits",
        ),
        ('"just a string"', "record is not an object"),
        ('{"title": "no body"}', "record has no text field (text, body, content, article, maintext)"),
    ],
)
def test_json_that_python_cannot_or_should_not_read(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "odd.json"
    path.write_text(content)
    assert [item.reason for item in load_file(path) if isinstance(item, Problem)] == [reason]
    jsonl = tmp_path / "odd.jsonl"
    jsonl.write_text(content + "\n" + json.dumps({"text": GOOD}) + "\n")
    items = list(load_file(jsonl))
    assert [str(p) for p in items if isinstance(p, Problem)] == [f"odd.jsonl:1: {reason}"]
    assert [a.path for a in articles(items)] == ["odd.jsonl:2"]


def test_html_scripts_styles_and_entities_never_reach_the_text(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Council &amp; mayor</title><script>alert('<p>x</p>')</script>"
        "<style>p { color: red }</style></head><body><nav>Home | News</nav>"
        "<script type='text/javascript'>document.write('Injected words');</script>"
        "<p>The council &amp; the mayor said &ldquo;no&rdquo; to the request &#8212; again.</p>"
        "<p>Residents said 3 &lt; 4 and left.<script>for (i = 0; i < n; i++) {}</script></p>"
        "<!-- <p>hidden comment</p> --></body></html>"
    )
    [article] = articles(list(load_file(path)))
    assert article.text == "The council & the mayor said “no” to the request — again.\n\nResidents said 3 < 4 and left."
    assert article.title == "Council & mayor"


def test_a_folder_walk_never_follows_symbolic_links(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(OTHER)
    (corpus / "sub" / "a.txt").write_text(GOOD)
    (corpus / "sub" / "up").symlink_to(corpus)  # a loop
    (corpus / "out").symlink_to(outside)  # a way outside the named folder
    (corpus / "secret.txt").symlink_to(outside / "secret.txt")
    (corpus / "self.txt").symlink_to(corpus / "self.txt")
    items = list(load([corpus]))
    assert [a.source for a in articles(items)] == [str(corpus / "sub" / "a.txt")]
    assert problems(items) == []


def test_a_symbolic_link_named_by_the_user_is_read_and_a_looping_one_reported(tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_text(GOOD)
    (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    items = list(load([tmp_path / "link.txt", tmp_path / "loop.txt"]))
    assert [a.path for a in articles(items)] == ["link.txt"]
    assert problems(items) == [f"{tmp_path / 'loop.txt'}: broken or looping symbolic link"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_reported_not_read(tmp_path: Path) -> None:
    # Opening a pipe with no writer blocks forever; the loader must never try.
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "good.txt").write_text(GOOD)
    items = list(load([tmp_path, tmp_path / "pipe.txt"]))
    assert problems(items) == ["pipe.txt: not a regular file", "pipe.txt: not a regular file"]
    assert [a.path for a in articles(items)] == ["good.txt"]


def test_a_byte_order_mark_and_windows_line_ends_are_not_article_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode())
    [article] = articles(list(load_file(path)))
    assert article.body.text == GOOD.strip()


def test_terminal_escape_sequences_never_reach_the_store(tmp_path: Path) -> None:
    """Control characters become spaces, one for one, in the text and in every field."""
    sneaky = GOOD * 2 + "The mayor said \x1b[2J\x1b]0;owned\x07 the city would not help.\n"
    (tmp_path / "a.txt").write_text(sneaky)
    (tmp_path / "b.jsonl").write_text(json.dumps({"title": "Title \x1b[31mred", "text": OTHER + "\x9b6n"}) + "\n")
    kept = articles(list(load([tmp_path])))
    assert [a.path for a in kept] == ["a.txt", "b.jsonl:1"]
    for article in kept:
        for value in (article.text, article.body.text, article.title or ""):
            assert not any((ord(c) < 32 and c not in "\t\n\r\f") or 0x7F <= ord(c) < 0xA0 for c in value)
    assert len(kept[0].text) == len(sneaky)  # offsets into the file still hold
    assert kept[1].title == "Title [31mred"


def test_an_executable_file_is_read_as_text_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    script = tmp_path / "script.txt"
    script.write_text(f"#!/bin/sh\ntouch {marker}\n{GOOD}")
    script.chmod(0o755)
    [article] = articles(list(load([script])))
    assert article.text.startswith("#!/bin/sh")
    assert not marker.exists()


def test_a_jsonl_record_holding_a_raw_line_separator_stays_whole(tmp_path: Path) -> None:
    # JSON allows U+2028 raw inside a string; a JSON Lines record ends at "\n" only.
    first = {"title": "Council vote", "text": "The council met.\u2028It voted to keep the policy."}
    second = {"title": "Budget", "text": "The budget passed on Tuesday."}
    path = tmp_path / "two.jsonl"
    path.write_text(json.dumps(first, ensure_ascii=False) + "\r\n" + json.dumps(second) + "\n", encoding="utf-8")
    found = list(load_file(path))
    assert [type(item) for item in found] == [SourceArticle, SourceArticle]
    assert [item.title for item in found if isinstance(item, SourceArticle)] == ["Council vote", "Budget"]
