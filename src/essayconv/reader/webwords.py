"""A web page's buttons and furniture in German, French, Italian and Spanish (with Portuguese
and Dutch where the word is plain): regular-expression parts the line classifiers of lines.py
join to their English ones ('Teilen', 'Partager sur Facebook', 'Commenti (3)', 'Jetzt kaufen',
'Lire la suite', 'Tous droits réservés'), and the lines that are furniture whatever the
language: a row of buttons ('Like · Comment · Repost · Send'), a line of hashtags, a lone
separator ('—', '---', '* * *'), a shop's 'Quelle: URL' under the page."""

from __future__ import annotations

import re

# a button alone on a line (at the page's top, beside other furniture, in a row of buttons):
# share, print, comment, reply, like, subscribe, read on, buy
BUTTONS = (
    r"teilen|drucken|kommentieren|antworten|gefällt mir|abonnieren|weiterlesen|mehr lesen|"
    r"jetzt kaufen|jetzt herunterladen|"
    r"partager|imprimer|commenter|répondre|j['’]aime|s['’]abonner|lire la suite|acheter|"
    r"condividi|commenta|rispondi|mi piace|iscriviti|leggi (?:anche|di più|tutto)|"
    r"continua a leggere|acquista|compra(?: ora)?|"
    r"compartir|comparte|imprimir|comentar|responder|me gusta|suscr[íi]bete|suscribirse|"
    r"leer más|seguir leyendo|comprar(?: ahora)?|"
    r"compartilhar|partilhar|delen|reageren"
)
# buttons only in a row of others: LinkedIn's 'Like · Comment · Repost · Send'
ROW_BUTTONS = r"repost|send|celebrate|support|insightful|funny|love|kaufen|merken"
# the networks a share button names
SOCIAL = (r"facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|e-?mail|bluesky|threads|"
          r"mastodon|telegram|xing|tumblr|messenger")
_ARTICLE = (r"(?:(?:diesen|den|einen) )?(?:artikel|beitrag|text)|"
            r"(?:cet |l['’]|la |le |ce )?(?:article|billet|page|publication)|"
            r"(?:questo |quest['’]|l['’]|il )?(?:articolo|post|pagina)|"
            r"(?:este |esta |el |la )?(?:artículo|entrada|publicación|página)")
# furniture no essay's line reads like, wherever it stands
FURNITURE = (
    # 'Partager sur Facebook', 'Auf Facebook teilen', 'Condividi su WhatsApp', 'Compartir en X'
    rf"(?:partager|condividi|compartir|comparte|compartilhar|partilhar|delen|teilen)"
    rf"(?: (?:sur|su|en|em|op|auf|bei|via|par|per|con|mit|por))?\s+(?:{SOCIAL})\b.{{0,60}}|"
    rf"(?:auf|bei|via|per|mit) (?:{SOCIAL}) (?:teilen|empfehlen)|"
    # 'Diesen Artikel teilen', 'Partager cet article', 'Condividi questo articolo'
    rf"(?:{_ARTICLE}) (?:teilen|drucken|empfehlen|kommentieren)|"
    rf"(?:partager|imprimer|commenter|condividi|stampa|commenta|compartir|comparte|imprimir|"
    rf"comentar|compartilhar|partilhar) (?:{_ARTICLE})|"
    # the comment form and its state
    r"(?:schreibe|schreiben sie|verfasse) einen kommentar|kommentar (?:schreiben|verfassen|"
    r"abschicken|absenden)|(?:laisser|ajouter|écrire|publier) un commentaire|"
    r"(?:lascia|aggiungi|scrivi|invia) un commento|(?:deja|dejar|añadir|escribe) un "
    r"(?:comentario|respuesta)|deja una respuesta|"
    r"(?:die )?kommentare sind (?:geschlossen|deaktiviert)|les commentaires sont fermés|"
    r"i commenti sono chiusi|los comentarios están cerrados|"
    # newsletters
    r"(?:newsletter|den newsletter) abonnieren|abonnieren sie unseren newsletter\b.{0,100}|"
    r"(?:inscrivez-vous|abonnez-vous|s['’]abonner|s['’]inscrire) (?:à|a) (?:notre |la )?"
    r"(?:newsletter|lettre d['’]information)\b.{0,100}|"
    r"iscriviti alla (?:nostra )?newsletter\b.{0,100}|"
    r"suscr[íi]bete a (?:nuestro |nuestra |la )?(?:boletín|newsletter)\b.{0,100}|"
    # a shop's buttons under a paper it sells: 'Jetzt kaufen', 'Weitere Hausarbeiten'
    r"weitere (?:hausarbeiten|arbeiten|artikel|beiträge)|"
    r"(?:pdf|datei|dokument) (?:herunterladen|downloaden)|(?:télécharger|scarica|descargar)"
    r"(?: (?:le|il|el))? pdf"
)
# a list of the site's other posts: 'Ähnliche Beiträge', 'Articles similaires'
RELATED = (r"ähnliche (?:beiträge|artikel)|das könnte (?:sie|dich) auch interessieren|"
           r"weitere beiträge|mehr zum thema|articles (?:similaires|liés|connexes)|"
           r"vous aimerez aussi|à lire aussi|lire aussi|articoli correlati|"
           r"potrebbe interessarti(?: anche)?|articoli simili|artículos relacionados|"
           r"(?:también )?te puede interesar|entradas relacionadas")
# a comment thread's word: 'Kommentare', 'Commentaires', 'Commenti', 'Comentarios'
COMMENTS = (r"kommentare?|commentaires?|commenti|commento|comentarios?|coment[áa]rios?|"
            r"reacties|réponses?|risposte|respuestas|antworten")
# a counter's word: 'Kommentare (3)', '3 commenti', '12 vues'
COUNTED = (rf"{COMMENTS}|aufrufe|vues|visualizzazioni|visitas|reposts?|partages|"
           r"condivisioni|mi piace|j['’]aime|me gusta")
# the footer's reservation of rights
RIGHTS = (r"all rights reserved|alle rechte vorbehalten|tous droits réservés|"
          r"tutti i diritti riservati|todos los derechos reservados|"
          r"todos os direitos reservados|alle rechten voorbehouden")

# a lone separator line: '—', '---', '***', '* * *', '⁂', '~~~' (a line of underscores is
# Google Docs' own, see gdocs.py)
_SEPARATOR = re.compile(r"^\s*(?:[—–]|(?:-\s*){3,}|(?:\*\s*){3,}|(?:~\s*){3,}|"
                        r"(?:=\s*){3,}|⁂|(?:•\s*){3,}|(?:·\s*){3,})\s*$")
# a line made only of hashtags, two at least: '#RemoteWork #UrbanPlanning #Cities'
_HASHTAGS = re.compile(r"^\s*#[^\W\d_][\w]*(?:[\s,]+#[^\W\d_][\w]*)+\s*$")
# a shop's or an archive's note of where the page stands: 'Quelle: https://www.grin.com/…'
_SOURCE_URL = re.compile(r"^\s*(?:quelle|source|fonte|fuente|bron)\s*:\s*"
                         r"(?:https?://|www\.)\S+\s*$", re.IGNORECASE)
# the parts of a row of buttons: 'Jetzt kaufen • Weitere Hausarbeiten'
ROW_SEPARATOR = re.compile(r"\s*[·•∙|]\s*")


def separator_line(line: str) -> bool:
    """A lone separator ('—', '---', '* * *'): a web page's or a Markdown file's rule."""
    return bool(_SEPARATOR.match(line))


def hashtag_line(line: str) -> bool:
    """A post's hashtags, a line of its own: '#RemoteWork #UrbanPlanning'."""
    return bool(_HASHTAGS.match(line))


def source_url_line(line: str) -> bool:
    """'Quelle: https://…' (GRIN), 'Source: https://…': where the page was, under it."""
    return bool(_SOURCE_URL.match(line))
