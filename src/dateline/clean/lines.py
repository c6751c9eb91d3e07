"""Features of one line of flattened page text: what it looks like, before its neighbours are considered.

A naive scraper flattens a page into one line per text block, so the article's paragraphs, its byline and
the site's menus, share buttons and footers all arrive as lines. `Line` holds the cues a reader uses to
tell them apart at a glance: length, whether it reads as a sentence, whether it is a date, and whether its
wording marks it as a well-known kind of furniture (`hint`). The classifier in `page_text` adds context.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from dateline.record import FurnitureKind

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"""[.!?:;…"”’)\]。！？」』）]\s*$""")
_FULL_STOP = re.compile(r"""[.!?…。！？]["”’)」』）]*\s*$""")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
"""Kana and Han characters: Japanese and Chinese write words without spaces between them."""
_CHARS_PER_WORD = 2
"""Unspaced characters counted as one word (a Japanese or Chinese word is one to three characters)."""
_GLUED = re.compile(r"[a-z\u00e0-\u00ff][A-Z]")
_DIGIT = re.compile(r"\d")
_YEAR_GLUED = re.compile(r"((?:19|20)\d{2})(\d{1,2}:\d{2})")

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
         r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_MONTH_NAMES = {
    # twelve months a row, as dates print them (Slavic and Greek in the genitive); "|" joins other spellings
    # (Turkish capitals lower-case to a dotted i: MAYIS, KASIM)
    "abbreviations": "jan feb mar|mär apr may jun jul aug sep|sept oct|okt nov dec|dez",
    "en": "january february march april may june july august september october november december",
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre|setiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "sq": "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor",
    "tr": "ocak şubat mart nisan mayıs|mayis haziran temmuz ağustos eylül ekim kasım|kasim aralık|aralik",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "el": "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου "
          "νοεμβρίου δεκεμβρίου",
    "ar": "يناير فبراير مارس أبريل|ابريل|نيسان مايو يونيو يوليو أغسطس|اغسطس سبتمبر أكتوبر|اكتوبر نوفمبر ديسمبر",
}
MONTH_NUMBERS = {name: number for row in _MONTH_NAMES.values()
                 for number, names in enumerate(row.split(), start=1) for name in names.split("|")}
"""The month of each name and abbreviation in `_MONTH_NAMES`, the languages most news pages are written in
("19 октября 2019", "19 października 2019", "19. října 2019", "07 أكتوبر 2020")."""
_ANY_MONTH = "(?:" + "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True)) + r")(?![^\W\d_])\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
DATE = re.compile(
    rf"\b(?:(?P<m1>{_ANY_MONTH})\s+(?P<d1>{_DAY}),?\s*(?P<y1>{_YEAR})|"
    rf"(?P<d2>{_DAY})(?:\.\s*|(?:º|er)?\s+)(?:de\s+)?(?P<m2>{_ANY_MONTH}),?\s+(?:de\s+)?(?P<y2>{_YEAR})|"
    rf"(?P<y>{_YEAR})(?P<ysep>[-/]|\.\s?)(?P<ym>[01]?\d)(?P=ysep)(?P<yd>[0-3]?\d)(?!\d)|"
    rf"(?P<dd>[0-3]?\d)\.\s?(?P<dm>[0-3]?\d)\.\s?(?P<dy>{_YEAR})|"
    rf"(?<![\d.])(?P<sd>[0-3]\d)\.(?P<sm>[01]\d)\.(?P<sy2>\d{{2}})(?![\d.]\d)|"
    rf"(?P<s1>[0-3]?\d)(?P<ssep>[/-])(?P<s2>[0-3]?\d)(?P=ssep)(?P<sy>{_YEAR}))(?!\d)|"
    rf"(?<!\d)(?P<cy>{_YEAR})\s?年\s?(?P<cm>[01]?\d)\s?月\s?(?P<cd>[0-3]?\d)\s?日",
    re.IGNORECASE)
"""A calendar date with day, month and year as news pages print one: with the month's name (`MONTH_NUMBERS`:
"May 3, 2024", "3. Mai 2024", "3 de mayo de 2024", "3 maja 2024"),
year first (2024-05-03, 2024/05/03, 2024. 05. 03, 2024年5月3日), day first with dots (3.5.2024, the European
way, or 03.05.24 with a two-digit year), or with slashes or dashes (05/03/2024, 05-03-2024, whose order the
page must settle)."""
_YEAR_GLUED_DAY = re.compile(rf"(?<=[^\W\d_]\s)({_YEAR})(?=(?:[12]\d|3[01]|0?[1-9])\.\s?{_ANY_MONTH})", re.IGNORECASE)
_HANGUL_GLUED = re.compile(r"(?<=[\uac00-\ud7a3])(?=(?:19|20)\d{2}\D)")
_ZONE_GLUED = re.compile(rf"\b(GMT|UTC|[A-Z]{{1,3}}[SD]?T)(?={_DAY}\s++{MONTH})")
CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}T?|ET|GMT[+-]?\d*))?",
                   re.IGNORECASE)
_CLOCK_PARTS = re.compile(r"(\d{1,2})[:.h](\d{2})(?:\s*([ap])\.?m\b)?", re.IGNORECASE)
_DATE_FILLER = re.compile(
    r"\b(?:published|updated|posted|modified|last|first|on|at|and|am|pm|a\.m|p\.m|et|gmt|utc|bst|est|edt|pst|"
    r"pdt|cet|cest|ist|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|"
    r"today|date|time|updt|hrs?|read|min(?:ute)?s?|\d+|"
    # the same words on European news sites: "Publicado: 06/05/2020", "19.10.2019, 05:00 Uhr", "2.9.2020 klo 12.45"
    r"publicado|actualizado|atualizado|em|às|publié|mis à jour|le|à|veröffentlicht|aktualisiert|um|uhr|"
    r"pubblicato|aggiornato|alle|ore|gepubliceerd|bijgewerkt|om|uppdaterad|publicerad|klo|julkaistu|"
    r"päivitetty)\b",
    re.IGNORECASE)
GLUE_POINT = re.compile(r"(?<=[a-z\u00e0-\u00ff])(?=[A-Z])")
"""Where a scraper glued two words or items together ("Meg AlvesStaff Writer", "ConflictHeritage")."""
BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
"""A part of a line in round or square brackets (an aside: an affiliation, a date in a title)."""
PUBLISHED_CUE = re.compile(r"^\W*(?:published|posted|updated|first published|last updated|date)\b", re.IGNORECASE)
PUBLISHED_WORD = re.compile(
    r"\b(?:published|publish\s+date|posted|publicado|publicada|publié|publiée|mise?\s+en\s+ligne|veröffentlicht|"
    r"erschienen|erscheinungsdatum|gepostet|publiziert|^datum|^date|pubblicato|gepubliceerd|publicerad|julkaistu|"
    r"opublikowano)\b|"
    r"(?:입력|등록|게재)(?=\s*\d)",
    re.IGNORECASE)
"""A word saying the date after it is the publication's, in the languages of most news pages in Latin script
(a line that opens with "Date" or "Datum" labels the page's own date), and in Korean ("입력 2023.11.02")."""

BYLINE = re.compile(
    r"^(?:by|written by|words by|reporting by|por|par|von)(?:\s+|(?-i:(?=[A-Z])))(?P<names>\S.*)$|^by:?$",
    re.IGNORECASE)

_TAG_MODIFIER = r"(?:related|post|article|story) (?=tags?\b|topics?\b)|(?:all|popular|top|trending) (?=tags\b)"
"""A word before "tags" or "topics" in a tag list's heading ("Related topics", "Article tags", "Top tags:"); "Popular
topics" and "Browse topics" head the site's menu of sections instead."""
_TAG_WORDS_ABROAD = (r"schlagw(?:ö|oe)rter|stichw(?:ö|oe)rter|mots[- ]cl(?:é|e)s|(?:é|e)tiquettes|etiquetas|теги|метки|"
                     r"tagi|trefwoorden|nyckelord|etiketler|štítky|topik|タグ|标签|標籤|태그")
""""Tags" on German, French, Spanish, Portuguese, Russian, Polish, Dutch, Swedish, Turkish, Czech, Indonesian,
Japanese, Chinese and Korean pages."""

TAGS_TAIL = re.compile(r"(?:^|(?<=\s)|(?<=[a-z]))(?:Tags|TAGS|Tagged(?: with)?)\s*:?\s*"
                       r"(?P<tags>[^\s,.!?;][^,.!?;]{0,60}(?:,\s*[^,.!?;]{1,60}){2,})$")
"""A line that ends with the post's tags after the word "Tags", three or more between commas: the post's meta
line ("Categories Buyer's Guides, Product Reviews Tags best espresso machine, budget espresso machine, ...",
"Posted byAnn LeeMay 2, 2024Posted inPodcastTags:books, fiction, writing"), a tag line however long; a sentence
that mentions tags ends with a full stop."""

_TAGS_LEAD = re.compile(r"^(?:(?:(?:posted|filed) (?:in|under)|tagged with)\s*+:?\s*+[^\W\d_]|"
                        r"tags?(?:\s*+:\s*+[^\W\d_]|\s++(?-i:[A-Z])))", re.IGNORECASE)
"""A line that opens with the label of the post's categories or tags and goes on with them ("Posted in: Music
Features", "Filed under Politics", "Tags: books fiction", glued or one of them): a tag line, however many; a sentence
that opens so ends with a full stop. After "Tags" with no colon the first tag is a name in capitals ("Tags Ferries"):
a sentence goes on with a verb ("Tags help readers find stories")."""

_COMMENTS_ABROAD = (r"kommentare|commentaires|comentarios|comentários|commenti|reacties|komentarze|kommentarer|"
                    r"yorumlar|komentar|комментари(?:и|ев)|コメント|评论|評論|댓글")
""""Comments" on German, French, Spanish, Portuguese, Italian, Dutch, Polish, Scandinavian, Turkish, Indonesian,
Russian, Japanese, Chinese and Korean pages."""

_SUBSCRIBE_ABROAD = (r"abonnieren|abonnement|abonnez-vous|s'abonner|suscr[ií]b[ae]te|suscribirse|suscripci[oó]n|"
                     r"assine|inscreva-se|assinatura|iscriviti|abbonati|abbonamento|abonneren|inschrijven|zapisz się|"
                     r"subskrybuj|prenumerat[aęy]|подписаться|подпишитесь|подписка|рассылк[аиу]|berlangganan|langganan|"
                     r"abone ol|e-bülten")
""""Subscribe", "subscription" and "newsletter" on the pages of the languages of `_COMMENTS_ABROAD` (a comment thread
on such a page ends at the sign-up box under it, as on an English one)."""
_SUBSCRIBE_UNSPACED = r"購読|メルマガ|ニュースレター|订阅|訂閱|구독"
"""The same in Japanese, Chinese and Korean, which write words without spaces."""

GLUED_TAG_HEADING = re.compile(r"^(?:tags|topics)(?!.*[.!?]\s*$)(?=(?!über)[^\W\d_]|\s+#|\s+(?-i:\S*[a-z][A-Z]))",
                               re.IGNORECASE)
"""A tag list's heading glued to its tags, as a scraper flattens a heading and its links ("Topicsbanksmoney",
"Topics conceptEVLA Auto Show 2019VolkswagenVW", "tags #Local Markets #Nifty"): no English word starts with
"tags" or "topics" (German "tagsüber", by day, does), a heading followed by hashtags or by tags glued together
heads no sentence, and a tag line ends with no full stop."""

_HINTS: list[tuple[FurnitureKind, re.Pattern]] = [
    ("footer", re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|^(?:terms (?:of (?:use|service)|"
                          r"and conditions)|privacy(?: policy| notice| settings| choices)?|cookie(?:s| policy| "
                          r"settings)?|do not sell|accessibility|contact us|about us|site ?map|careers|"
                          r"advertise(?: with us)?|corrections?|ethics|your privacy choices)\b", re.IGNORECASE)),
    ("promo", re.compile(r"^(?:advertisement|advertising|sponsored|sponsor message|ad|paid content|promoted)$|"
                         r"\bnewsletters?\b|\bsubscri(?:be[ds]?|bing|ptions?|bers?)\b|"
                         r"\bsign(?:ed|ing)?[ -](?:me )?up\b|\bmailing list\b|\bemail (?:list|updates)\b|\bsign in\b|"
                         r"\blog ?in\b|\bunlock\b|already have an account|\bdownload (?:the|our) app\b|get started|"
                         r"\bfree trial\b|\bsupport (?:our|independent|us)\b|\bdonate\b|"
                         r"\b(?:in|to|from|into) your inbox\b|"
                         rf"\b(?:{_SUBSCRIBE_ABROAD})\b|{_SUBSCRIBE_UNSPACED}",
                         re.IGNORECASE)),
    ("comments", re.compile(rf"^(?:\d+\s+)?(?:comments?|responses?|replies|{_COMMENTS_ABROAD})\b|^[\w.-]+ says:$|"
                            r"^(?:leave|add|post|show|view|load) (?:a |all |more )?"
                            r"(?:comments?|repl(?:y|ies))|join the (?:conversation|discussion)|^reply$|"
                            r"^\d+ repl(?:y|ies)$",
                            re.IGNORECASE)),
    ("widget", re.compile(r"^(?:click to )?(?:share(?: this(?: article| story| page)?| on \w+)?|tweet|print|e-?mail|"
                          r"copy(?:ied)?(?: link)?(?: url)?|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|"
                          r"flipboard|instagram|youtube|tiktok|threads|bluesky|telegram|messenger|save|"
                          r"bookmark|listen|play(?: audio| video)?|pause|(?:get )?(?:the )?(?:short ?(?:link|url)|"
                          r"permalink)|live audio|watch|download|embed|transcript|close|"
                          r"menu|search|skip to (?:main )?content|show more|read more|load more|see more|"
                          r"expand|collapse|next|previous|back to top|font size|text size|zoom|gift article|"
                          r"follow(?: us)?|open navigation menu|close navigation menu|"
                          r"(?:manage |get |set )?alerts?)\b.{0,40}$|"
                          r"^(?:listen|watch|read)\s*[·:|-]\s*\d|^[\d.,]+\s*k?\s*shares?$|"
                          # share services named alone ("Pocket money rules" is no button)
                          r"^(?:tumblr|buffer|pocket|gmail|vk|weibo|mastodon|stumbleupon|digg|xing|rss|pin(?: it)?|"
                          r"copied)\W*$|^\d{1,2}:\d{2}$|<iframe|"
                          # a copy button's confirmation ("Link copied!", "The link has been copied to clipboard!")
                          r"^(?:the )?(?:link|url) (?:has been |was |is )?copied(?: to (?:the |your )?clipboard)?\W*$|"
                          r"^copied to (?:the |your )?clipboard\W*$|"
                          # an address a CDN hid from scrapers (Cloudflare's "[email protected]"): a contact link
                          r"^\[email\s+protected\]$|^\d+\s*min(?:ute)?s? "
                          r"read$|^\W+$|^(?:photo|image|video|audio)s?$", re.IGNORECASE)),
    ("caption", re.compile(r"^(?:photo|image|picture|file photo|video|credit|caption|pictured)\s*[:|]|"
                           r"^\([^()]*(?:/|photo|images?|press|reuters|getty|afp|ap|credit|courtesy)[^()]*\)$|"
                           r"\((?:photo|image)[^()]*\)$|\b(?:getty images|shutterstock|afp via getty|"
                           r"photo credit|file photo)\b", re.IGNORECASE)),
    ("tags", re.compile(rf"^(?:{_TAG_MODIFIER})?(?:tags?|tagged(?: with)?|topics?|filed (?:under|to|in)|"
                        rf"categor(?:y|ies)|keywords|labels|{_TAG_WORDS_ABROAD})\s*[:|：]|{GLUED_TAG_HEADING.pattern}",
                        re.IGNORECASE)),
]
"""Wording that marks a line as a well-known kind of furniture, tried in order (short lines only)."""

_MENU_TOGGLE = re.compile(r"\bsub-?menu\b|\bexpand/collapse\b", re.IGNORECASE)
"""A menu item with its toggle's label for screen readers ("News Expand/collapse submenu for News", "Show submenu
for About", "Membership submenu"): the site's menu."""

BACK_LINK = re.compile(r"^(?:[←«‹<]\s*)?(?:go )?back to (?:the )?(?:top|gallery|blog|posts?|articles?|stories|news|"
                        r"home(?:page)?|(?:main )?menu|search(?: results)?|results|list|index|overview|previous page|"
                        r"all \w+)\s*[→»›>]?$", re.IGNORECASE)
"""A link back to a place of the site ("Back to Gallery", "← Back to blog", "Back to top"): the site's navigation,
never a sentence of the story."""

_FORM_FIELD = re.compile(
    r"^(?P<addressed>(?:your|enter (?:your|an?)) )?(?P<field>e-?mail|(?:first |last |full |user)?name|website|phone|"
    r"company|zip code|postal code)(?P<address> address)?(?P<mark>\s*(?:\*|\((?:required|optional)\)|:))?\s*\*?$",
    re.IGNORECASE)
"""A form field's label: a field name ("Name", "Website"), marked required ("Email *", "Name (required)") or
addressed to the reader ("Your email address")."""

_COOKIES = re.compile(r"\bcookies?\b", re.IGNORECASE)
_CONSENT_CONTEXT = re.compile(r"\b(?:websites?|site|browser|browsing|consent|opt[ -]?out|your experience)\b",
                              re.IGNORECASE)


_RIGHTS_NOTICE = re.compile(r"^\W*(?:copyright\s*)?(?:©|\(c\)\s*\d{4})|\ball rights reserved\b", re.IGNORECASE)
"""A copyright notice ("Copyright © 2023 NPR. All rights reserved. Visit our website terms of use ..."): the
site's fine print however long it runs."""


_CALL_TO_FOLLOW = re.compile(
    r"(?:^|[.!?]\s+)[►▶•*»>\s-]*(?:join|follow|subscribe to|sign up (?:for|to)|get|"
    r"stay (?:updated|informed|connected|up to date)|"
    r"never miss|don'?t miss|for (?:the latest|breaking|all the latest))\b[^.!?]{0,100}?"
    r"\b(?:newsletters?|channel|inbox|whatsapp|telegram|signal|viber|google news|(?:our|the) app|podcast|"
    r"(?:news|email|breaking) alerts)\b", re.IGNORECASE)
"""A call to follow the site elsewhere ("Join our Signal channel and get the day's news every evening", "Get
the briefing in your inbox"), opening the line or one of its sentences ("Want more deals? Join our deals
newsletter."): an offer of the site's, written as a sentence, even between the paragraphs."""
_SIGN_UP_FORM = re.compile(
    r"\bindicates required(?: fields?)?\W*$|\bthis field is for validation purposes\b|"
    r"^please enter a valid e-?mail(?: address)?\W*$|\byour submission has been received\b|"
    r"\bsomething went wrong while submitting the form\b", re.IGNORECASE)
"""The messages of a sign-up form ("* indicates required", "Thank you! Your submission has been received!"),
the kind form services print under a newsletter offer, however long."""
_SIGN_UP_TERMS = re.compile(
    r"^by (?:signing up|subscribing|registering|opting in|(?:providing|entering) your (?:e-?mail|information|details)|"
    r"clicking\b[^.]{0,40}?\b(?:subscribe|sign ?up|join|register))\b[^.]{0,120}?\b(?:agree|consent|accept|acknowledge)",
    re.IGNORECASE)
"""The terms a sign-up form states under its button ("By subscribing you agree to our Privacy Policy", "By clicking
Subscribe you consent to ..."), however long: the offer's fine print, not a byline."""
_STAY_INFORMED = re.compile(
    r"^(?:stay|keep) (?:up to date|updated|informed|connected|in the loop|in touch|current)\b|^keep up with\b|"
    r"^never miss\b|^be the first to (?:know|hear|find out)\b|^don'?t miss (?:out|a thing)\b|"
    r"^get (?:\w+ ){0,2}(?:updates|alerts)\W*$", re.IGNORECASE)
"""An offer to keep the reader informed, as a sign-up box's heading or pitch says it ("Stay up to date with
Ascom.", "Be the first to know about new openings", "Never miss another article", "Get news alerts"), in
`_STAY_WORDS` words at most."""
_STAY_WORDS = 12
_SIGN_UP_CALL = re.compile(r"^(?:sign[ -]?up|subscribe|enter your e-?mail)\b", re.IGNORECASE)
"""A line that opens by asking the reader to sign up ("Sign up for the latest insights ...", "Enter your email
below to receive ..."): an offer, however it goes on (`_CALL_WORDS`)."""
_CALL_WORDS = (6, 40)
"""Words of a line read as a call to follow: shorter is a button ("Follow us"), longer is prose."""
_COMMUNITY_RULES = re.compile(
    r"\bour (?:community|commenting|comments?|discussion|house) (?:rules|guidelines|standards|polic(?:y|ies))\b|"
    r"\bcomments (?:are|will be) (?:moderated|reviewed|closed|pre-moderated)\b|"
    r"\bbefore (?:commenting|posting a comment)\b", re.IGNORECASE)
"""The rules above or under readers' comments ("Our community rules: comments are moderated ..."), however
long."""
COMMENT_FORM = re.compile(
    r"^(?:leave|post|write) (?:a |your )?(?:reply|response)\b|^write (?:a |your )?comment\b|^cancel reply$|"
    # "Leave a reply" / "Leave a comment" in the languages of most blogs' comment forms
    r"^(?:deixe|deja|tinggalkan|laisser|lascia|laat|schreibe(?:n sie)?) (?:uma |um |una |un |une |een |einen )?"
    r"(?:resposta|comentário|respuesta|comentario|balasan|komentar|commentaire|réponse|commento|risposta|reactie|"
    r"kommentar)\b|"
    # and its notice that the email address stays private, its "remember me" box and its spam filter's notice
    r"\byour e-?mail(?: address)? will not be published\b|\bsave my name,? e-?mail,? and website in this browser\b|"
    r"\buses akismet to reduce spam\b|\bendereço de e-?mail não será publicado\b|"
    r"\bcorreo electrónico no será publicada\b|\balamat email anda tidak akan\b|"
    r"\badresse e-?mail ne sera pas publiée\b|\bindirizzo e-?mail non sarà pubblicato\b|"
    r"\be-?mail-?adresse wird nicht veröffentlicht\b", re.IGNORECASE)
"""The heading and the privacy notice of a comment form ("Leave a Reply", "Your email address will not be
published"), however long: comments furniture, though the form ends a box rather than opening a thread."""
_TO_COMMENT = re.compile(r"\bto (?:post |leave |add |write |join )?(?:a |your |the |this )?"
                         r"(?:comments?|repl(?:y|ies)|conversation|discussion)\b", re.IGNORECASE)
_SIGN_IN_BEFORE = re.compile(r"\b(?:log ?in|sign ?in|sign ?up|register)\b[^.!?]{0,40}$", re.IGNORECASE)
"""A call to sign in (or up) that ends where `_TO_COMMENT` begins, in the same sentence."""


def comment_form(text: str) -> bool:
    """A line of a comment form (`COMMENT_FORM`), or its call to sign in first, which asks for an account to comment
    with, not for a subscriber ("Sign in/up to comment", "Please log in using one of these methods to post your
    comment:"). The purpose is found first and the sign-in looked for in the 60 characters before it, so that a long
    line is read in linear time."""
    return COMMENT_FORM.search(text) is not None or any(
        _SIGN_IN_BEFORE.search(text, max(0, purpose.start() - 60), purpose.start())
        for purpose in _TO_COMMENT.finditer(text))


_LIST_ITEM_WORDS, _MIN_LIST_ITEMS = 4, 4
_CONJUNCTION = re.compile(r"\b(?:and|or|und|et|y|e|og|och)\b|&", re.IGNORECASE)


def sentence_case(text: str) -> bool:
    """Written in sentence case, at least half its words lower-case ("Stay up to date with the Ledger"), as a
    pitch is, not in title case as a menu item is ("Stay Informed", "Stay Connected")."""
    tokens = text.split()
    return sum(token[:1].islower() for token in tokens) * 2 >= len(tokens)


def tag_list(text: str) -> bool:
    """A tag line: four or more short phrases between commas, with no "and" before the last and no sentence
    end ("fishing, Pellan Bay, electric boats, cooperatives"); a list in prose says "and" ("flour, sugar, eggs
    and butter") or ends with a full stop."""
    items = [item.strip() for item in text.split(",")]
    return (len(items) >= _MIN_LIST_ITEMS and _SENTENCE_END.search(text) is None and "$" not in text
            and all(0 < len(item.split()) <= _LIST_ITEM_WORDS and not item[:1].isdigit() for item in items)
            and _CONJUNCTION.search(items[-1]) is None)


_SHARE_SERVICES = frozenset(
    "facebook twitter x linkedin pinterest pin whatsapp telegram reddit mastodon bluesky threads flipboard "
    "messenger tumblr pocket email e-mail mail sms tweet vk".split())
_SHARE_VERBS = frozenset(
    "share shares sharing on to via post send copy link url print this article story page it clipboard like "
    "likes more".split())
"""The services a row of share buttons names and the words around them (`share_bar`)."""
_SHARE_WORD = re.compile("|".join(sorted(_SHARE_SERVICES | _SHARE_VERBS, key=len, reverse=True)))
_SERVICE = "(?:pin it|" + "|".join(sorted(_SHARE_SERVICES, key=len, reverse=True)) + ")"
_SHARE_WORDS = re.compile(f"(?:{_SHARE_WORD.pattern})+")
_COUNT = re.compile(r"\d(?:[\d.,]*\d)?[km]?", re.IGNORECASE)
_COUNTED_SHARE = re.compile(rf"^(?:{_COUNT.pattern}\s+{_SERVICE}|{_SERVICE}\s*{_COUNT.pattern}|(?:total\s+)?shares)$",
                            re.IGNORECASE)
"""A share button with its count, as a line of its own ("1.4K Facebook", "0 Reddit", "Pin it 0"), and the count's
label ("Shares", "Total shares")."""
_COUNT_OR_LETTERS = re.compile(_COUNT.pattern + r"(?![^\W\d_])|[^\W\d_]+(?:['’.-][^\W\d_]+)*", re.IGNORECASE)


def _share_words(word: str) -> list[str]:
    """A word of a share row in its parts: a scraper glues the buttons' labels ("FacebookXRedditLinkedIn",
    "Pinterest0"), so a word made only of share services and verbs is read as those words, and a count glued to a
    service is split off."""
    parts = []
    for part in _COUNT_OR_LETTERS.findall(word):
        lower = part.lower()
        glued = GLUE_POINT.search(part) is not None and lower not in _SHARE_SERVICES
        parts += _SHARE_WORD.findall(lower) if glued and _SHARE_WORDS.fullmatch(lower) else [lower]
    return parts


def share_bar(text: str) -> bool:
    """A row of share buttons, however long: only share services, their verbs and their share counts, two services
    or more ("Share on Facebook Tweet on Twitter Share on LinkedIn Pin on Pinterest", "Post Tweet Email",
    "FacebookXRedditLinkedInWhatsApp", "Facebook0 Twitter Pinterest0 0 Likes")."""
    found = _share_vocabulary(text)
    return found is not None and len({word for word in found if word in _SHARE_SERVICES}) >= 2


def share_worded(text: str) -> bool:
    """Whether a line holds only share services, their verbs and counts ("More", "Send via email", "FacebookPost"):
    a share bar's button, when it stands between two of them."""
    return _share_vocabulary(text) is not None


def _share_vocabulary(text: str) -> list[str] | None:
    """The words of a line read as share services, verbs and counts (`_share_words`), or None when another word is
    among them or there is none."""
    found = [part for word in _WORD.findall(text) for part in _share_words(word)]
    if found and all(word in _SHARE_SERVICES or word in _SHARE_VERBS or _COUNT.fullmatch(word) for word in found):
        return found
    return None


def offer_wording(text: str) -> bool:
    """Whether a line has the wording of a promo ("Sign up for our daily email"), sentence or not."""
    return dict(_HINTS)["promo"].search(text) is not None


def form_field(text: str, in_form: bool = False) -> bool:
    """A form's field label ("Email *", "Your email address", "Name (required)"): part of the comment or
    newsletter form it is in, not a share button. A bare "Email" is the share-by-email button it usually is,
    unless the line is known to be in a form (`in_form`)."""
    field = _FORM_FIELD.match(text)
    if field is None:
        return False
    bare_email = field.group("field").lower().replace("-", "") == "email" and not (
        field.group("addressed") or field.group("address") or field.group("mark"))
    return in_form or not bare_email


def consent_notice(text: str) -> bool:
    """A cookie-consent notice (cookies and the site, the browser or consent): as long as a paragraph, but
    site furniture (its `footer` fine print). Two linear searches, not one pattern with a `.*` between."""
    return _COOKIES.search(text) is not None and _CONSENT_CONTEXT.search(text) is not None


COMMENT_BY = re.compile(
    r"^[^.!?]{1,60}\s(?:says|wrote|writes|commented|replied)\s*:$|"
    r"^[^.!?]{1,60}\s(?:on|at)\s.{0,40}\d.{0,30}\s(?:said|says|wrote|writes|commented|replied)\s*:?$",
    re.IGNORECASE)
"""The header of a reader's comment: "quietreader says:", "Ann Lee on May 2, 2024 at 4:47 pm said:"."""

RELATED_HEADER = re.compile(
    r"^(?:related(?: (?:blog|news|video))?(?: stories| articles| story| content| coverage| news| links| reading| "
    r"posts?| reads| videos| guides| resources)?|more (?:from|on|stories|coverage|news|in|to read|like this|"
    r"articles|posts|reads|guides|videos)\b.*|(?:top|other|similar|recent|latest|popular|recommended|featured) "
    r"(?:blog )?(?:stories|articles|posts|reads)|recommended(?: for you| stories)?|read (?:more|next)|"
    r"most (?:read|popular|viewed|shared)|you (?:may|might|will) (?:also )?(?:like|enjoy|love|be interested in)\b.*|"
    r"latest(?: news)?|trending(?: now)?|popular|also read|see also|what to read next|editor'?s picks|"
    r"in other news|up next\b.*|"
    # the same headings in the other languages of Western European news sites
    r"(?:você|voce) (?:também )?pode gostar|leia (?:também|mais)|veja (?:também|mais)|mais lidas?|"
    r"(?:notícias|artigos|posts) relacionad[oa]s|(?:artículos|noticias) relacionad[oa]s|te puede interesar|"
    r"(?:también )?te podría interesar|lee también|ver también|lo más (?:leído|visto)|"
    r"(?:à )?lire aussi|sur le même sujet|articles? similaires|les plus lus|"
    r"lesen sie (?:auch|mehr)|mehr zum thema|das könnte sie auch interessieren|meistgelesen|weitere artikel|"
    r"leggi anche|potrebbe interessarti|articoli correlati|i più letti|"
    # and of news sites in other languages and scripts (Dutch, Polish, Czech, Scandinavian, Russian, Turkish,
    # Indonesian, Japanese, Chinese, Korean, Arabic)
    r"lees ook|gerelateerde artikelen|meest gelezen|czytaj (?:także|też|również)|zobacz (?:także|też|również)|"
    r"(?:powiązane|podobne) artykuły|související články|čtěte (?:také|též)|läs också|læs også|les også|"
    r"relaterade artiklar|relaterte artikler|читайте также|материалы по теме|по теме|похожие (?:статьи|новости)|"
    r"самое читаемое|ilgili haberler|benzer haberler|baca juga|(?:artikel|berita) terkait|terkait|"
    r"関連記事|関連ニュース|おすすめ記事|人気記事|相[关關](?:文章|阅读|閱讀|新闻|新聞)|推[荐薦]阅读|推薦閱讀|"
    r"延伸[阅閱][读讀]|热门文章|熱門文章|관련\s?(?:기사|뉴스)|많이 본\s?뉴스|اقرأ أيضا|اقرأ أيضاً|مقالات ذات صلة)\W*$",
    re.IGNORECASE)
_OTHER_STORIES = re.compile(
    r"\b(?:related|more|other|similar|recommended|popular|latest|recent) (?:blog )?(?:articles|posts|stories|reads|"
    r"guides)\b|\b(?:also|others?|readers|people) (?:\w+ ){0,3}(?:like|liked|read|reading|viewed|enjoyed)\b|"
    r"^from the archives?\b", re.IGNORECASE)
"""A heading that announces other stories in other words than `RELATED_HEADER`'s ("Explore Related Articles",
"Read more articles", "People also like", "What other agency experts are reading")."""
_HEADING_WORDS = 7
"""Words of a heading at most."""
TAGS_HEADER = re.compile(rf"^(?:{_TAG_MODIFIER})?(?:tags|tagged(?: with)?|topics|filed (?:under|to|in)|categories|"
                         rf"keywords|labels|{_TAG_WORDS_ABROAD})\W*$", re.IGNORECASE)


_NEW_WINDOW = re.compile(r"(?<!\s)\s*+\(opens? in (?:a )?new (?:window|tab)\)", re.IGNORECASE)
"""A link's note to screen readers ("Click to email a link to a friend (Opens in new window) Email"): a share
button's label is read without it."""


@dataclass(frozen=True)
class Line:
    """One non-blank line of flattened page text with the features read from it alone."""

    number: int
    """0-based line number in the page text."""
    text: str
    words: int
    sentence: bool
    """Ends like a sentence (full stop, question, quote, colon) rather than like a label or a headline."""
    glued: int
    """Words glued together without a space ("HomeWeatherTraffic"): menus flattened by a scraper."""
    date: dt.datetime | None
    """The date printed on the line when the line is essentially a date (and time), else None."""
    hint: FurnitureKind | None
    """Kind of furniture the wording alone gives away, if any."""

    @property
    def prose(self) -> bool:
        """Reads as article prose: a sentence of some length, or a long run of words."""
        if self.hint is not None or self.date is not None:
            return False
        return (self.words >= 8 and self.sentence and self.glued < 2) or self.words >= 16 and not tag_list(self.text)


def words(text: str) -> int:
    """Words in a line; in unspaced scripts (Japanese, Chinese) every two characters count as one."""
    unspaced = len(_UNSPACED.findall(text))
    if not unspaced:
        return len(_WORD.findall(text))
    return len(_WORD.findall(_UNSPACED.sub(" ", text))) + unspaced // _CHARS_PER_WORD


@dataclass(frozen=True)
class PrintedDate:
    """A full date printed in a line, with the time printed beside it."""

    when: dt.datetime
    swapped: dt.datetime | None
    """The day-first reading of a slashed or dashed date whose day and month can be swapped (05/03/2024,
    05-03-2024), else None."""
    order: str | None
    """"day-first" or "month-first" when the date is written so it reads only one way (25/03/2024, or dotted
    as 19.10.2019): the page's order, which settles its slashed dates."""


def _calendar(year: str, month: str, day: str) -> dt.datetime | None:
    try:
        return dt.datetime(int(year), int(month), int(day))
    except ValueError:
        return None


def _reading(match: re.Match) -> tuple[dt.datetime | None, dt.datetime | None, str | None]:
    """The date of a `DATE` match; for a slashed date also its day-first reading when both are possible and
    differ, or the one order its numbers allow."""
    named = match.group("m1") or match.group("m2")
    if named:
        number = MONTH_NUMBERS.get(named.lower().replace("i\u0307", "i").rstrip("."))
        year, day = match.group("y1") or match.group("y2"), match.group("d1") or match.group("d2")
        return (_calendar(year, str(number), re.sub(r"\D", "", day)) if number else None), None, None
    if match.group("cy"):
        return _calendar(match.group("cy"), match.group("cm"), match.group("cd")), None, None
    if match.group("y"):
        return _calendar(match.group("y"), match.group("ym"), match.group("yd")), None, None
    if match.group("dy"):
        day_first = _calendar(match.group("dy"), match.group("dm"), match.group("dd"))
        if day_first is None:  # dotted month first, as some American sites print: 01.21.2020
            return _calendar(match.group("dy"), match.group("dd"), match.group("dm")), None, "month-first"
        return day_first, None, "day-first"
    if match.group("sy2"):
        year = int(match.group("sy2"))
        year += 2000 if year < 70 else 1900  # as strptime's %y: 00-68 this century (69 too), 70-99 the last
        return _calendar(str(year), match.group("sm"), match.group("sd")), None, "day-first"
    month_first = _calendar(match.group("sy"), match.group("s1"), match.group("s2"))
    day_first = _calendar(match.group("sy"), match.group("s2"), match.group("s1"))
    if month_first is None or day_first is None:
        return month_first or day_first, None, "month-first" if month_first else "day-first" if day_first else None
    return month_first, day_first if day_first != month_first else None, None


def _unglued(text: str) -> str:
    """A date line with the spaces a scraper lost put back: "October 17, 20236:01 PM" (a year glued to the
    time), "10. Februar 20199. Februar 2019" (to the next date), "09:12 GMT3 May 2024" (a time zone glued to
    the day), "입력2023.11.02" (a Korean label glued to the year). Same length or longer, never shorter."""
    return _HANGUL_GLUED.sub(" ", _ZONE_GLUED.sub(r"\1 ", _YEAR_GLUED_DAY.sub(r"\1 ", _YEAR_GLUED.sub(r"\1 \2", text))))


def _at(day: dt.datetime, clock: str) -> dt.datetime:
    """`day` at the time of a `CLOCK` match ("7:40 p.m.", "15h30", "12.09")."""
    hour, minute, half = _CLOCK_PARTS.match(clock).groups()
    hour = int(hour) % 12 + (12 if half.lower() == "p" else 0) if half else int(hour)
    return day.replace(hour=hour, minute=int(minute))


def printed_dates(text: str) -> list[PrintedDate]:
    """Every full date printed in `text`, in order, each with the clock time printed after (or before) it."""
    return list(_printed_dates(text))


@functools.lru_cache(maxsize=4096)
def _printed_dates(text: str) -> tuple[PrintedDate, ...]:
    """`printed_dates`, once per distinct text: a page's reader asks about the same line several times."""
    text = _unglued(text)
    matches = list(DATE.finditer(text))
    found = []
    for k, match in enumerate(matches):
        when, swapped, order = _reading(match)
        if when is None:
            continue
        # its clock is in the text between it and the next date, or else between the previous date and it
        after = text[match.end():matches[k + 1].start() if k + 1 < len(matches) else len(text)]
        before = text[matches[k - 1].end() if k else 0:match.start()]
        clock = CLOCK.search(after) or CLOCK.search(before)
        if clock:
            when, swapped = _at(when, clock.group(0)), swapped and _at(swapped, clock.group(0))
        found.append(PrintedDate(when=when, swapped=swapped, order=order))
    return tuple(found)


def date_of(text: str) -> dt.datetime | None:
    """The date (and time) of a line that is only a date, a time and a few filler words, else None."""
    if len(text) > 80 or not _DIGIT.search(text):
        return None
    dates = printed_dates(text)
    if not dates:
        return None
    if words_beside_date(text) > 2:
        return None
    return dates[0].when


def words_beside_date(text: str) -> int:
    """Words a line prints besides its dates, times and the filler words around them ("um", "Uhr", "Published"):
    0 for a line that is only a date ("14.01.2022 um 09:25")."""
    return words(_DATE_FILLER.sub(" ", CLOCK.sub(" ", DATE.sub(" ", _unglued(text)))))


def hint_of(text: str, n_words: int) -> FurnitureKind | None:
    """The furniture kind a line's wording alone gives away (short lines; prose is never hinted)."""
    if _SIGN_UP_TERMS.search(text):
        return "promo"
    if TAGS_TAIL.search(text) or _TAGS_LEAD.match(text) and not _SENTENCE_END.search(text):
        return "tags"
    if BYLINE.match(text) and n_words <= 12 and not _SENTENCE_END.search(text.rstrip(".")):
        return "byline"
    if consent_notice(text) or _RIGHTS_NOTICE.search(text):
        return "footer"
    if n_words <= 14 and COMMENT_BY.match(text) or _COMMUNITY_RULES.search(text) or comment_form(text):
        return "comments"
    if _CALL_WORDS[0] <= n_words <= _CALL_WORDS[1] and (_CALL_TO_FOLLOW.search(text) or _SIGN_UP_CALL.match(text)) or (
            _SIGN_UP_FORM.search(text)):
        return "promo"
    if n_words > 14:
        return None
    if n_words <= _STAY_WORDS and _STAY_INFORMED.search(text) and sentence_case(text):
        return "promo"
    if n_words <= _HEADING_WORDS and _OTHER_STORIES.search(text) and not _FULL_STOP.search(text):
        return "related"
    sentence = n_words >= 8 and bool(_FULL_STOP.search(text))
    if form_field(text):
        return None
    if share_bar(text) or _COUNTED_SHARE.match(text):
        return "widget"
    if _MENU_TOGGLE.search(text):
        return "nav"
    for kind, pattern in _HINTS:
        if sentence and kind in ("promo", "comments", "widget"):
            continue  # a short sentence that mentions "subscribers" is still prose
        if pattern.search(text):
            return kind
    if RELATED_HEADER.match(text):
        return "related"
    if TAGS_HEADER.match(text):
        return "tags"
    return None


def read_line(number: int, text: str) -> Line:
    """Features of one stripped, non-blank line; its hint is read without a link's note to screen readers."""
    n_words = words(text)
    bare = _NEW_WINDOW.sub(" ", text).strip()
    hint = hint_of(bare, words(bare)) if bare != text and bare else hint_of(text, n_words)
    return Line(number=number, text=text, words=n_words, sentence=bool(_SENTENCE_END.search(text)),
                glued=len(_GLUED.findall(text)), date=date_of(text), hint=hint)
