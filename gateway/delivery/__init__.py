"""Outbound delivery: transports behind one small interface (see :mod:`gateway.delivery.base`)."""
