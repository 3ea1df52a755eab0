"""kg eval scores like the shared scorer: accept pairs, optional facts, metonyms, fragmentation."""
from __future__ import annotations

from pathlib import Path

import yaml

from kg.evaluate import score
from kg.pipeline import build

TEXT = ("Ministers talk\n\nMonday, May 5, 2025\n\n"
        "Danish Foreign Minister Lars Holm telephoned Iceland on Monday. Holm blamed Iceland for the delay. "
        "Denmark will meet Norway next week.")


def test_eval_counts_hits_misses_and_false_positives(tmp_path: Path):
    art = tmp_path / "a1.txt"
    art.write_text(TEXT)
    build([art], tmp_path / "out", page=False)
    gold = {"article": "a1.txt",
            "entities": {"holm": {"type": "Person", "names": ["Lars Holm", "Holm"]},
                         "denmark": {"type": "Country", "names": ["Denmark"], "aka": ["Copenhagen"]},
                         "iceland": {"type": "Country", "names": ["Iceland"]},
                         "norway": {"type": "Country", "names": ["Norway"]}},
            "relations": {"core": [{"s": "holm", "p": "called", "o": "iceland"},
                                   {"s": "holm", "p": "represents", "o": "denmark"},
                                   {"s": "holm", "p": "holdsResponsible", "o": "iceland"},
                                   {"s": "denmark", "p": "called", "o": "norway"}],
                          "optional": [{"s": "denmark", "p": "metWith", "o": "norway", "symmetric": True}]}}
    g = tmp_path / "a1.yaml"
    g.write_text(yaml.safe_dump(gold))
    res = score(tmp_path / "out" / "graph.trig", [g])
    called = res["families"]["called"]
    assert called[:3] == (1.0, 0.5, 0.667)
    assert res["families"]["represents"][:3] == (1.0, 1.0, 1.0)
    # holdsResponsible also counts as an accusation: no false positive for accused
    art_score = res["articles"]["a1.txt"]
    assert "called(denmark, norway)" in art_score.missed
    assert not any(fp.startswith("accused") for fp in art_score.false_positives)
    assert res["fragmented"] == 0
