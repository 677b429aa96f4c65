"""Build hook: vendor the npm browser libraries into the plugin's static files.

Everything else about the package is in pyproject.toml.
"""

import runpy
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildPyWithVendoredJS(build_py):
    def run(self):
        runpy.run_path(str(Path(__file__).parent / "tools" / "vendor_js.py"))["vendor"]()
        super().run()


setup(cmdclass={"build_py": BuildPyWithVendoredJS})
