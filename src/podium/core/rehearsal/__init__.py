"""Rehearsing the talk: the time plan, the talk timer, recorded runs and what they show."""
