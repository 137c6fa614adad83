#!/usr/bin/env python3
"""Write datasette_newsclaims/quotes/given_names.py: given names by gender from the US Census
Bureau's 1990 frequency lists of first names (public domain; the same two files ship in the
``names`` package on PyPI as ``dist.female.first`` and ``dist.male.first``).

A name is kept for one gender when at least 0.002% of that gender's population bears it and
it is at least five times as frequent for that gender as for the other ('Kayla', 'Latisha',
'Angelo'); names shared by both ('Jordan', 'Taylor') are left out. Names that more often open
a place, a month or an organisation than a person ('Virginia Tech', 'April', 'Christian
Coalition') are left out too: they would make persons of those runs.

Usage: python scripts/build_given_names.py DIR_WITH_DIST_FILES
"""
from __future__ import annotations

import sys
import textwrap
from pathlib import Path

MIN_PERCENT = 0.002
RATIO = 5.0
NOT_GIVEN_NAMES = frozenset("""
april may june august summer autumn winter spring january christian king major royal rich sterling
justice hope faith grace joy chance deal price rose ivory general
israel georgia carolina florida india china paris austin dallas houston charlotte lincoln madison
washington denver tyler jackson jordan chelsea phoenix savannah beverly sherman orlando marion
aurora florence raleigh cleveland columbus eugene troy salem regina victoria sydney adelaide
camden chester clinton warren kent lansing hamilton mercedes tiffany wendy stanley
li wang zhang chen liu yang huang zhao wu zhou xu sun ma zhu hu guo lin gao luo kim park lee
nguyen tran pham le
""".split())
# (the last lines: family names written first in Chinese, Korean and Vietnamese names, "Li Zhaoxing")


def read(path: Path) -> dict[str, float]:
    """Name (lower case) -> percent of the population of that gender."""
    rows = (line.split() for line in path.read_text().splitlines() if line.strip())
    return {r[0].lower(): float(r[1]) for r in rows}


def kept(one: dict[str, float], other: dict[str, float]) -> list[str]:
    """Names frequent for ``one`` gender and rare for the other."""
    return sorted(n for n, p in one.items()
                  if p >= MIN_PERCENT and p >= RATIO * other.get(n, 0.0) and n not in NOT_GIVEN_NAMES)


def block(names: list[str]) -> str:
    """A frozenset literal's body, wrapped."""
    return "\n".join(textwrap.wrap(" ".join(names), 100))


def main(src: str) -> None:
    female = read(Path(src) / "dist.female.first")
    male = read(Path(src) / "dist.male.first")
    out = Path(__file__).resolve().parent.parent / "datasette_newsclaims" / "quotes" / "given_names.py"
    out.write_text(f'''"""Given names by gender from the US Census Bureau's 1990 first-name lists (public domain),
written by scripts/build_given_names.py: do not edit by hand.

Owns: CENSUS_MALE_NAMES, CENSUS_FEMALE_NAMES (lower case). Must not touch: anything else;
``lexicon`` merges them with its own lists.
"""
CENSUS_MALE_NAMES: frozenset[str] = frozenset("""
{block(kept(male, female))}
""".split())
CENSUS_FEMALE_NAMES: frozenset[str] = frozenset("""
{block(kept(female, male))}
""".split())
''')
    print(out)


if __name__ == "__main__":
    main(sys.argv[1])
