from setuptools import setup, find_packages
import os
import re

VERSION = "0.1.0"
DASK = ["dask[distributed]>=2023.1", "pyarrow>=12"]
REPOSITORY = "https://github.com/datasette-newsclaims/datasette-newsclaims"


def get_long_description():
    """README.md without its screenshots: their paths are relative to the
    repository, so they would show as broken images on PyPI."""
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "README.md"), encoding="utf8") as fp:
        return re.sub(r"^!\[[^\]]*\]\((?!https?://)[^)]*\)\n", "", fp.read(), flags=re.M)


setup(
    name="datasette-newsclaims",
    description="Quotes, dated events and figures extracted from news articles, queryable in Datasette",
    long_description=get_long_description(),
    long_description_content_type="text/markdown",
    version=VERSION,
    author="The datasette-newsclaims authors",
    url=REPOSITORY,
    project_urls={
        "Documentation": REPOSITORY + "#readme",
        "Issues": REPOSITORY + "/issues",
        "Source": REPOSITORY,
    },
    license="Apache-2.0",
    license_files=["LICENSE"],
    classifiers=[
        "Development Status :: 3 - Alpha",
        "Framework :: Datasette",
        "Intended Audience :: Developers",
        "Intended Audience :: Science/Research",
        "Programming Language :: Python :: 3",
        "Programming Language :: Python :: 3.10",
        "Programming Language :: Python :: 3.11",
        "Programming Language :: Python :: 3.12",
        "Programming Language :: Python :: 3.13",
        "Topic :: Database",
        "Topic :: Text Processing :: Linguistic",
    ],
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
        # the enrichment (datasette_newsclaims/enrichment.py) uses the permission API of Datasette 1.0a20+
        "enrichments": ["datasette>=1.0a20", "datasette-enrichments>=0.6a0"],
    },
    package_data={"datasette_newsclaims": ["templates/*.html", "static/*", "data/*", "py.typed"]},
    python_requires=">=3.10",
)
