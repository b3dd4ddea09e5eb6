"""Role plug-ins: one package per role, named after the role's id (``project-management`` is
``project_management``), found by the registry in ``podium.core.roles``.

A role package's ``__init__`` declares ``ROLE = RolePlugin(...)``: its deck provider, its
``podium generate`` options and their reader, and its workspace panel, each a small function
that imports the real work when called. The pure part (reading the role's files, computing
its slides) sits in the package itself and never imports Qt; the panel and its widgets sit in
the package's ``ui`` folder. The role's template files are in ``templates/<id>/``.

The folders named in ``PODIUM_ROLE_PATH`` (separated like ``PATH``) hold more role packages,
found and loaded as if they were here: a role that does not ship with Podium.
"""

import os

from podium import paths

__path__ += [folder for folder in os.environ.get(paths.ROLE_PATH_ENV, "").split(os.pathsep) if folder]
