"""Names built as "the Sons of the Savanna", "the Guardians of the Forest", "the Movement of the Free Sahel": a
plural or a body's word, "of", and more capitalised words, which the small model cuts to their last word or misses."""
from __future__ import annotations

from spacy.tokens import Doc

from ...lexicon import Lexicon
from .mention import RawMention
from .names import _org_type
from .placenames import _inside, _replace


def _of_names(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int],
              title_toks: set[int]) -> None:
    """Adds (or puts whole in place of the model's pieces) each such name in one paragraph Doc."""
    heads = lex.relations["word_classes"]["org_heads"]
    for tok in doc:
        i = tok.i
        # "the Sons of ...": after "the", a capitalised plural or a body's word, then "of"
        if i == 0 or doc[i - 1].lower_ != "the" or i + 2 >= len(doc) or doc[i + 1].lower_ != "of" \
                or not tok.is_title or not tok.is_alpha or i in title_toks or tok.lower_ in lex.titles \
                or not (tok.tag_ == "NNPS" or tok.lower_ in heads):
            continue
        j = i + 2 + (doc[i + 2].lower_ == "the")
        k = j
        while k < len(doc) and k - j < 6 and (doc[k].is_title and doc[k].is_alpha and k not in title_toks
                                              or k > j and doc[k].lower_ in ("and", "&") and k + 1 < len(doc)
                                              and doc[k + 1].is_title and doc[k + 1].lower_ != "the"):
            k += 1  # ("the Federation of Mine and Quarry Workers")
        joins = [x for x in range(j, k) if doc[x].lower_ in ("and", "&")]
        if joins and doc[k - 1].lower_ in heads:
            k = joins[0]  # "the University of Lagos and Brellin Medical Trust": two bodies
        if k == j or doc[k - 1].lower_ in ("and", "&") or k < len(doc) and doc[k].pos_ == "PROPN":
            continue  # nothing capitalised after "of", an "and" closing it, or a name running on
        inside = _inside(out, i, k)
        if any(m.start < i or m.end > k for m in inside) or doc[i:k].text in lex.names \
                or any(m.type in ("Country", "City") and not m.metonym and (m.start, m.end) != (j, k) for m in inside):
            continue  # a name reaching outside, a known one, or a place's ("the Gulf of Mexico": no plural)
        if any((m.start, m.end) == (i, k) for m in inside) \
                or any(m.type == "Person" and m.start > j and doc[m.end - 1].tag_ != "NNPS" for m in inside):
            continue  # named whole already, or a person after "and" ("the Institute of Mathematics and Wang Yuan")
        text = doc[i:k].text
        _replace(out, taken, inside, RawMention(doc_index, i, k, text, _org_type(text, lex), head=i, described=True))
