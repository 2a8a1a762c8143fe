"""Matrix products for the NER model through numpy's BLAS instead of the ``blis`` package.

thinc's :class:`~thinc.api.NumpyOps` multiplies matrices with ``blis``. The ``blis`` wheel picks
its kernel by CPU model at import and falls back to the portable ``generic`` one on CPUs it does
not know (an AMD EPYC here: ``BLIS_ARCH_DEBUG=1`` prints ``selecting sub-configuration
'generic'``), which is several times slower than numpy's OpenBLAS (built with DYNAMIC_ARCH, so
it dispatches to AVX2/FMA kernels at run time). :class:`NumpyBlasOps` is NumpyOps with ``gemm``
on ``numpy.matmul``; every other op stays thinc's own C code.

The scanner runs one worker process per core, so OpenBLAS's own thread pool would compete with
the other workers: :func:`limit_blas_threads` caps it (and any other BLAS/OpenMP pool loaded in
the process) at one thread.

What stays on ``blis``: the transition loop of spaCy's parser (``Parser.greedy_parse``) calls
``sgemm``/``saxpy`` from C through thinc's ``CBlas`` table, one state at a time (~9 % of perf
samples on a 4 KB text). That table holds C function pointers of thinc's own signature;
OpenBLAS's ``cblas_sgemm`` has another (order argument, enum transposes, 64-bit integers in
numpy's build), so only a compiled shim could fill it.
"""

from __future__ import annotations

import logging
from typing import Any

import numpy
from thinc.api import NumpyOps, Ops

log = logging.getLogger(__name__)

__all__ = ["NumpyBlasOps", "install_ops", "limit_blas_threads"]


class NumpyBlasOps(NumpyOps):  # type: ignore[misc]  # thinc ships no stubs for NumpyOps
    """thinc ops for CPU inference: NumpyOps with ``gemm`` on numpy's BLAS.

    Same contract as ``NumpyOps.gemm``: 2-d float32 operands (anything else raises
    ``ValueError``, as the blis path does), ``trans1``/``trans2`` transpose the operands, the result
    is a new C-contiguous float32 array or, when ``out`` is given, written into ``out`` (float32, of
    the product's shape) and ``out`` is returned. Unlike NumpyOps, a non-contiguous ``out`` is
    written in place rather than into a hidden contiguous copy.
    """

    name = "numpy_blas"

    def gemm(  # keyword-only flags, as NumpyOps (Cython) takes them
        self,
        x: Any,
        y: Any,
        *,
        out: Any = None,
        trans1: bool = False,
        trans2: bool = False,
    ) -> Any:
        if x.ndim != 2:
            raise ValueError(f"gemm: 'x' must be 2-dimensional, got {x.ndim} dimension(s)")
        if y.ndim != 2:
            raise ValueError(f"gemm: 'y' must be 2-dimensional, got {y.ndim} dimension(s)")
        if x.dtype != numpy.float32 or y.dtype != numpy.float32:
            raise ValueError(f"gemm: float32 operands required, got {x.dtype} and {y.dtype}")
        a = _blas_ready(x.T if trans1 else x)
        b = _blas_ready(y.T if trans2 else y)
        if out is None:
            return numpy.matmul(a, b)
        if out.dtype != numpy.float32:
            raise ValueError(f"gemm: float32 'out' required, got {out.dtype}")
        numpy.matmul(a, b, out=out)
        return out


def _blas_ready(a: Any) -> Any:
    """``a`` itself when numpy can hand it to BLAS as is (C- or Fortran-contiguous: a transposed
    view is passed with BLAS's transpose flag), else a C-contiguous copy (numpy would otherwise
    fall back to its slow non-BLAS loop)."""
    flags = a.flags
    if flags.c_contiguous or flags.f_contiguous:
        return a
    return numpy.ascontiguousarray(a)


def install_ops(nlp: Any, ops: Ops | None = None) -> Ops:
    """Give every layer of every trainable component of ``nlp`` the same ``ops`` (default: a new
    :class:`NumpyBlasOps`); returns them.

    Each thinc layer calls ``self.ops`` at run time (the parser's step model and its precomputed
    hidden layer take the ops of the layers they wrap), so setting ``ops`` on every node that
    ``model.walk()`` reaches covers the whole forward pass; thinc's process-wide current ops are
    left alone. Parameters stay where they are: both are numpy ops on the CPU."""
    chosen: Ops = ops if ops is not None else NumpyBlasOps()
    layers = 0
    for _name, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            node.ops = chosen
            layers += 1
    log.debug("thinc ops %s installed on %d layers", type(chosen).__name__, layers)
    return chosen


def limit_blas_threads(threads: int = 1) -> bool:
    """Cap the thread pools of the BLAS (and OpenMP) libraries loaded in this process; True when
    capped.

    Uses threadpoolctl, which finds the libraries already loaded (numpy's bundled
    ``scipy_openblas``) and calls their own ``set_num_threads``; effective for the rest of the
    process, whatever the environment said when numpy was imported. Without threadpoolctl the
    scan still works, only slower (OpenBLAS's idle threads spin): a warning says so."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        log.warning("threadpoolctl is not installed: BLAS keeps its default thread count")
        return False
    threadpool_limits(limits=threads)
    return True
