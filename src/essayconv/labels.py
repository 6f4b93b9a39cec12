"""A paper's abstract and keywords labels in the languages essays come in (en, fr, de, es, it,
pt, nl): regex fragments the reader and the writers share."""

from __future__ import annotations

# 'Abstract', 'Resumen', 'Riassunto', 'Resumo', 'Samenvatting', 'Zusammenfassung', 'Résumé'
ABSTRACT = (r"(?:abstract|summary|executive summary|résumé|resumé|resumen|resumo|riassunto|"
            r"zusammenfassung|kurzfassung|samenvatting)")
# 'Keywords', 'Palabras clave', 'Parole chiave', 'Palavras-chave', 'Schlüsselwörter',
# 'Mots-clés', 'Trefwoorden'
KEYWORDS = (r"(?:key ?words|index terms|palabras[ -]clave|parole[ -]chiave|palavras[ -]chave|"
            r"schl[üu]sselw[öo]rter|schlagw[öo]rter|mots[ -]cl[ée]s|trefwoorden|"
            r"sleutelwoorden)")
