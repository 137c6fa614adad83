from setuptools import setup, find_packages
import os

VERSION = "0.1.0"
DASK = ["dask[distributed]>=2023.1", "pyarrow>=12"]


def get_long_description():
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "README.md"), encoding="utf8") as fp:
        return fp.read()


setup(
    name="datasette-newsclaims",
    description="Quotes, dated events and figures extracted from news articles, queryable in Datasette",
    long_description=get_long_description(),
    long_description_content_type="text/markdown",
    version=VERSION,
    license="Apache License, Version 2.0",
    packages=find_packages(exclude=["tests", "benchmarks"]),
    entry_points={
        "datasette": ["newsclaims = datasette_newsclaims"],
        "sqlite_utils": ["newsclaims = datasette_newsclaims.sqlite_utils_plugin"],
    },
    install_requires=["datasette>=0.65", "sqlite-utils>=4.0", "dateparser>=1.1", "quotequail>=0.5"],
    extras_require={
        # extract --dask, extract-files and load (Parquet shards)
        "dask": DASK,
        # the tests run the Dask paths on a real LocalCluster
        "test": ["pytest", "pytest-asyncio", "playwright", *DASK],
    },
    package_data={"datasette_newsclaims": ["templates/*.html", "static/*", "data/*", "py.typed"]},
    python_requires=">=3.10",
)
