"""The deck: scaffold a role's template into slides, fill its data slots, edit it, check it.

``scaffold`` renders the role's ``deck.<lang>.toml`` in a Jinja2 sandbox (``template_sandbox``,
so user text stays data) and fills every slot through ``fill``; ``edits`` holds the
structural edits the editor wraps in undo commands; ``checks`` and ``fit`` say what is
unfinished and what does not fit.
"""
