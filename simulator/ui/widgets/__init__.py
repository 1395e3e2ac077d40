"""Widgets the scenes build their screens from: buttons, text, fields, bars, and the Form that ties them."""

from simulator.ui.widgets.base import Form, Region, Widget
from simulator.ui.widgets.button import Button
from simulator.ui.widgets.field import TextField, keys
from simulator.ui.widgets.text import Bar, Picture, Text

__all__ = ["Bar", "Button", "Form", "Picture", "Region", "Text", "TextField", "Widget", "keys"]
