"""Where preparations are kept: the SQLite library (``store``) and the ``.podium`` file (``package``)."""
