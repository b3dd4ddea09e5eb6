"""The Research tab: records about the company and the panel, and reading the company's website."""
