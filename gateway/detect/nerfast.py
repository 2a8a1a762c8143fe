"""An inference-only forward pass for the NER model's own embedding network (its ``tok2vec``).

thinc runs a model as a tree of :class:`~thinc.model.Model` nodes: every call goes through
``Model.__call__``, ``chain``'s loop, ``with_array``'s list handling, ``get_param``/``get_dim``
look-ups and builds a backprop closure per node, about a hundred Python calls per ``nlp()`` call.
On the short texts the scanner hands to spaCy (a few hundred characters) that bookkeeping costs
as much as the arithmetic. :func:`compile_inference` turns the tree into nested plain functions,
once, at model load: each known node runs exactly the array operations its thinc ``forward``
runs at inference (same ops object, same calls, same order, so the same float32 results, bit for
bit), with its parameters and dimensions looked up once (the ops object is read per call, so
:func:`.blas.install_ops` still decides which BLAS runs). A node of a kind not listed here is
called through thinc as before, so an unknown architecture still runs, only without the saving.

:func:`install_fast_tok2vec` puts the compiled pass behind the ``tok2vec`` reference of each
transition-based pipe (``ner``, ``parser``); training calls (``is_train=True``) still go through
thinc's own forward. The compiled pass reads the parameters as they were when it was built:
install it after the model is loaded and never load new weights into that pipeline afterwards.
"""

# Array names follow thinc's (X, Y, W, nO...), so each function reads against its thinc source.
# ruff: noqa: N803, N806

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Any

from thinc.types import Ragged

log = logging.getLogger(__name__)

__all__ = ["compile_inference", "install_fast_tok2vec"]

Fn = Callable[[Any], Any]


def _fallback(node: Any) -> Fn:
    def run(X: Any) -> Any:
        return node(X, is_train=False)[0]

    return run


def _chain(node: Any) -> Fn:
    steps = [f for f in (_compile(layer) for layer in node.layers) if f is not None]

    def run(X: Any) -> Any:
        for step in steps:
            X = step(X)
        return X

    return run


def _with_array(node: Any) -> Fn:
    layer = node.layers[0]
    inner = _compile(layer) or (lambda X: X)
    pad = node.attrs["pad"]
    slow = _fallback(node)

    def run(X: Any) -> Any:
        if isinstance(X, Ragged):
            return Ragged(inner(X.dataXd), X.lengths)
        if isinstance(X, (list, tuple)):
            ops = layer.ops
            lengths = ops.asarray1i([len(seq) for seq in X])
            return ops.unflatten(inner(ops.flatten(X, pad=pad)), lengths, pad=pad)
        if hasattr(X, "shape"):
            return inner(X)
        return slow(X)  # Padded

    return run


def _concatenate(node: Any) -> Fn:
    parts = [_compile(layer) or (lambda X: X) for layer in node.layers]
    slow = _fallback(node)

    def run(X: Any) -> Any:
        Ys = [part(X) for part in parts]
        if isinstance(Ys[0], Ragged):
            return Ragged(node.ops.xp.hstack([y.data for y in Ys]), Ys[0].lengths)
        if isinstance(Ys[0], list):
            return slow(X)
        return node.ops.xp.hstack(Ys)

    return run


def _residual(node: Any) -> Fn:
    inner = _compile(node.layers[0]) or (lambda X: X)
    slow = _fallback(node)

    def run(X: Any) -> Any:
        if isinstance(X, list):
            Y = inner(X)
            return [X[i] + Y[i] for i in range(len(X))]
        if isinstance(X, Ragged):
            Y = inner(X)
            return Ragged(X.data + Y.data, X.lengths)
        if hasattr(X, "shape"):
            return X + inner(X)
        return slow(X)  # Padded

    return run


def _maxout(node: Any) -> Fn:
    nO, nP, nI = node.get_dim("nO"), node.get_dim("nP"), node.get_dim("nI")
    W = node.ops.reshape2f(node.get_param("W"), nO * nP, nI)
    b = node.ops.reshape1f(node.get_param("b"), nO * nP)

    def run(X: Any) -> Any:
        ops = node.ops
        Y = ops.gemm(X, W, trans2=True)
        Y += b
        best, _which = ops.maxout(ops.reshape3f(Y, Y.shape[0], nO, nP))
        return best

    return run


def _layernorm(node: Any) -> Fn:
    G = node.get_param("G")
    b = node.get_param("b")

    def run(X: Any) -> Any:
        mu = X.mean(axis=1, keepdims=True)
        var = X.var(axis=1, keepdims=True) + 1e-08
        Y = (X - mu) * var ** (-1.0 / 2.0) * G
        Y += b
        return Y

    return run


def _expand_window(node: Any) -> Fn:
    nW = node.attrs["window_size"]
    slow = _fallback(node)

    def run(X: Any) -> Any:
        if isinstance(X, Ragged) or len(X) == 0:
            return slow(X)
        return node.ops.seq2col(X, nW)

    return run


def _hashembed(node: Any) -> Fn:
    E = node.get_param("E")
    nV = E.shape[0]
    seed = node.attrs["seed"]
    slow = _fallback(node)

    def run(ids: Any) -> Any:
        if len(ids) == 0:
            return slow(ids)
        ops = node.ops
        keys = ops.hash(ops.as_contig(ids, dtype="uint64"), seed) % nV
        return ops.gather_add(E, keys)

    return run


def _getitem(node: Any) -> Fn:
    index = node.attrs["index"]

    def run(X: Any) -> Any:
        return X if len(X) == 0 else X[index]

    return run


def _list2ragged(node: Any) -> Fn:
    def run(Xs: Any) -> Any:
        ops = node.ops
        return Ragged(ops.flatten(Xs), ops.asarray1i([len(x) for x in Xs]))

    return run


def _ragged2list(node: Any) -> Fn:
    def run(Xr: Any) -> Any:
        return node.ops.unflatten(Xr.dataXd, Xr.lengths)

    return run


def _list2array(node: Any) -> Fn:
    def run(Xs: Any) -> Any:
        return node.ops.flatten(Xs)

    return run


def _linear(node: Any) -> Fn:
    W = node.get_param("W")
    b = node.get_param("b")

    def run(X: Any) -> Any:
        Y = node.ops.gemm(X, W, trans2=True)
        Y += b
        return Y

    return run


def _forward_of(layer: str) -> Any:
    """The ``forward`` function of ``thinc.layers.<layer>`` (the package re-exports each
    module's constructor under the module's own name, so the module is looked up by path)."""
    return importlib.import_module(f"thinc.layers.{layer}").forward


_DROPOUT = _forward_of("dropout")


_BUILDERS: dict[Any, Callable[[Any], Fn]] = {
    _forward_of(layer): build
    for layer, build in (
        ("chain", _chain),
        ("with_array", _with_array),
        ("concatenate", _concatenate),
        ("residual", _residual),
        ("maxout", _maxout),
        ("layernorm", _layernorm),
        ("expand_window", _expand_window),
        ("hashembed", _hashembed),
        ("array_getitem", _getitem),
        ("list2ragged", _list2ragged),
        ("ragged2list", _ragged2list),
        ("list2array", _list2array),
        ("linear", _linear),
    )
}


def _compile(node: Any) -> Fn | None:
    """``node`` as a plain function of its input (None: the identity, a dropout at inference)."""
    if node._func is _DROPOUT:
        return None
    build = _BUILDERS.get(node._func)
    if build is None:
        return _fallback(node)
    return build(node)


def compile_inference(model: Any) -> Fn:
    """``model``'s inference forward (``model.predict``) as nested plain functions."""
    return _compile(model) or (lambda X: X)


def _no_backprop(_dY: Any) -> Any:
    raise RuntimeError("the compiled tok2vec pass is inference-only")


def install_fast_tok2vec(nlp: Any) -> int:
    """Route each transition-based pipe's ``tok2vec`` through a compiled inference pass (after
    the model is loaded and its ops are set); returns the number of pipes changed."""
    done = 0
    for name, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is None or not model.has_ref("tok2vec"):
            continue
        t2v = model.get_ref("tok2vec")
        original = t2v._func
        if getattr(original, "_phigate_compiled", False):
            continue
        fast = compile_inference(t2v)

        def forward(
            m: Any, X: Any, is_train: bool, _orig: Any = original, _fast: Fn = fast
        ) -> Any:
            if is_train:
                return _orig(m, X, is_train)
            return _fast(X), _no_backprop

        forward._phigate_compiled = True  # type: ignore[attr-defined]
        t2v._func = forward
        done += 1
        log.debug("compiled inference pass installed on %s's tok2vec", name)
    return done
