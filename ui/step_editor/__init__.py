"""The sub-tabs of the step/service editor (seed 001: Edit Customer Service)."""
