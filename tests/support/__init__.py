"""What the tests of the library share: a fake API behind httpx.MockTransport (`api`), fake time (`time`), and
the `side` fixture with the helpers that run one test on both clients (`sides`).

A folder's conftest imports the fixtures it uses from here (`from tests.support.sides import side`), so each is
defined once; the names other folders' tests import from a conftest stay importable from it.
"""
