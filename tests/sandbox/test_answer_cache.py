"""The sandbox's answer cache keeps large pages but stays within its byte budget."""

from servicetitan.sandbox.app import AnswerCache


def test_large_answers_are_kept_and_the_oldest_go_past_the_byte_budget(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(AnswerCache, "MAX_BYTES", 10)
    cache = AnswerCache()
    cache.keep(("a",), 1, b"12345")
    cache.keep(("b",), 1, b"12345")
    assert cache.lookup(("a",), 1) == b"12345"
    cache.keep(("c",), 1, b"1234")  # 14 bytes: the least recently used ("b") goes
    assert cache.lookup(("b",), 1) is None
    assert cache.lookup(("a",), 1) == b"12345"
    assert cache.lookup(("c",), 1) == b"1234"
    assert cache.lookup(("a",), 2) is None  # a write to the tenant moved its sequence on
    cache.keep(("a",), 2, b"123")  # replacing an answer releases the old one's bytes
    assert cache.lookup(("c",), 1) == b"1234"


def test_a_page_of_five_thousand_jobs_is_kept() -> None:
    cache = AnswerCache()
    page = b"x" * 4_300_000  # the size of a 5,000-job page
    cache.keep(("jobs", "page=1"), 1, page)
    assert cache.lookup(("jobs", "page=1"), 1) is page
