"""Validation rules: plain functions over plain values that report every problem at once.

Each takes the whole record as it would be after the change (a dict) and raises ValidationError
naming each field with a sentence a caseworker understands. Services call them before writing.
"""
