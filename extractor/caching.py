"""A property computed on first access and kept, without a lock.

``functools.cached_property`` takes a lock on every first access on Python 3.11 (the
lock was removed in 3.12): about a microsecond each time, and a parse reads some twenty
such properties. A parse runs in one thread, so :class:`once` keeps the value in the
instance's ``__dict__`` as ``cached_property`` does, without the lock. Later reads find
the value there and never reach the descriptor.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

_T = TypeVar("_T")


class once(Generic[_T]):
    """``@once`` on a method: its value, computed on first access and kept."""

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> once[_T]: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _T: ...
    def __get__(self, instance: object | None, owner: type | None = None) -> once[_T] | _T:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value
