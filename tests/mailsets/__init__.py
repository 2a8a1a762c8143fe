"""Shared machinery of the hand-written labelled mail sets (holdout2, devset3, devset4, holdout3,
holdout4): the message spec, reproducible attachment writers, the deterministic builder and the
integrity checks. Each set keeps only its own parameters and its own checks.
"""
