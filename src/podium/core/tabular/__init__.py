"""The one reader of table files (CSV, TSV, Excel .xlsx) for every role that imports data.

The finance role's data sets and the project-management role's registers and plans come
through here, so both read the same encodings, separators, decimal marks, title blocks and
workbooks, stop at the same size limits, report progress and hear a cancel the same way, and
say the same sentences when a file cannot be used:

- ``source``: what the file is (by its bytes), its size and the memory it needs;
- ``sniff``: encoding, separator, decimal mark, what kind a cell is;
- ``header``: the header under a title block, a header over two rows, distinct names;
- ``layout``: the table's width, what is above and below it, rows that are too long or short;
- ``grid``: the whole table as numbered rows of cells (registers, plans, workbooks);
- ``frame``: a pandas DataFrame for large exports (pandas is imported only there, when called);
- ``xlsx``: workbooks through openpyxl: cached formula results, sheets, merged header cells;
- ``messages``: refusals (``ReadError``) and findings as phrases, rendered in any language.

Nothing here imports pandas or openpyxl at import time.
"""

from podium.core.tabular.messages import Phrase, ReadError, render_error

__all__ = ["Phrase", "ReadError", "render_error"]
