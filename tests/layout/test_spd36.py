"""The layout's faster paths (issue 14, speed, second round) give what the plain ones give.

Pages here are written for the test; each helper is compared with the per-line rule it
replaces.
"""

import dataclasses

from workbench.ingest import Block
from workbench.layout import _analysis
from workbench.layout._line_pass import line_infos

from .test_lspd17 import PAGE


def test_grouped_blocks_equal_blocks_made_by_their_constructor():
    infos = line_infos(PAGE)
    blocks = _analysis.group_blocks(PAGE, infos, _analysis.label_lines(infos))
    assert blocks
    for b in blocks:
        made = Block(b.line_start, b.line_end, b.raw, b.kind, b.reason)
        assert type(b) is Block and b == made and hash(b) == hash(made) and repr(b) == repr(made)
        assert vars(b) == dataclasses.asdict(made)
