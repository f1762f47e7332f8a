"""The judge's own normalisation of names, roles and places.

Deliberately simple and independent of the extractors: the evaluation must not
share code with what it scores. Names compare by their words (case, accents,
periods, a possessive and middle initials ignored); roles compare whole, after
spelling out a few news abbreviations ("Gov." is "Governor", but "Deputy Mayor"
is never "Mayor"); places compare after folding US state names, postal codes
and AP abbreviations to one form.
"""

from __future__ import annotations

import re
import unicodedata

# Words a gold or predicted name may open with that are not part of the name.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "rev", "sir", "dame", "the"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

# News abbreviations of role words, spelled out ("Lt. Gov." -> "lieutenant governor").
_ROLE_WORDS = {
    "gov": "governor",
    "lt": "lieutenant",
    "sen": "senator",
    "rep": "representative",
    "atty": "attorney",
    "gen": "general",
    "comm": "commissioner",
    "supt": "superintendent",
    "sec": "secretary",
    "pres": "president",
    "spokesperson": "spokesperson",
}

# (name, postal code, AP abbreviation) of the states and DC.
_STATES = [
    ("alabama", "al", "ala"), ("alaska", "ak", "alaska"), ("arizona", "az", "ariz"), ("arkansas", "ar", "ark"),
    ("california", "ca", "calif"), ("colorado", "co", "colo"), ("connecticut", "ct", "conn"),
    ("delaware", "de", "del"), ("florida", "fl", "fla"), ("georgia", "ga", "ga"), ("hawaii", "hi", "hawaii"),
    ("idaho", "id", "idaho"), ("illinois", "il", "ill"), ("indiana", "in", "ind"), ("iowa", "ia", "iowa"),
    ("kansas", "ks", "kan"), ("kentucky", "ky", "ky"), ("louisiana", "la", "la"), ("maine", "me", "maine"),
    ("maryland", "md", "md"), ("massachusetts", "ma", "mass"), ("michigan", "mi", "mich"),
    ("minnesota", "mn", "minn"), ("mississippi", "ms", "miss"), ("missouri", "mo", "mo"),
    ("montana", "mt", "mont"), ("nebraska", "ne", "neb"), ("nevada", "nv", "nev"),
    ("new hampshire", "nh", "nh"), ("new jersey", "nj", "nj"), ("new mexico", "nm", "nm"),
    ("new york", "ny", "ny"), ("north carolina", "nc", "nc"), ("north dakota", "nd", "nd"), ("ohio", "oh", "ohio"),
    ("oklahoma", "ok", "okla"), ("oregon", "or", "ore"), ("pennsylvania", "pa", "pa"),
    ("rhode island", "ri", "ri"), ("south carolina", "sc", "sc"), ("south dakota", "sd", "sd"),
    ("tennessee", "tn", "tenn"), ("texas", "tx", "tex"), ("utah", "ut", "utah"), ("vermont", "vt", "vt"),
    ("virginia", "va", "va"), ("washington", "wa", "wash"), ("west virginia", "wv", "wva"),
    ("wisconsin", "wi", "wis"), ("wyoming", "wy", "wyo"), ("district of columbia", "dc", "dc"),
]
STATE_NAMES = frozenset(name for name, _, _ in _STATES)
STATE_CODES = frozenset(code for _, code, _ in _STATES)
_STATE_FORMS = {form: name for name, code, ap in _STATES for form in (name, code, ap)}
# Other names of one place, as news writes them.
_PLACE_ALIASES = {
    "nyc": "new york city",
    "us": "united states",
    "usa": "united states",
    "america": "united states",
    "the united states": "united states",
    "washington dc": "washington",
    "dc": "washington",
}


def fold(text: str) -> str:
    """Lower case, no accents, straight quotes, no periods, single spaces."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(text.replace(".", "").replace(",", " ").split())


def name_words(name: str) -> tuple[str, ...]:
    """A name's words as compared: "Donald J. Trump's" -> ("donald", "trump")."""
    words = re.sub(r"'s?$", "", fold(name)).split()
    while len(words) > 1 and words[0] in _HONORIFICS:
        words = words[1:]
    return tuple(w for i, w in enumerate(words) if i == 0 or i == len(words) - 1 or len(w) > 1)


def name_key(name: str) -> str:
    """One key per written form of a full name: "J.B. Pritzker" and "JB Pritzker" share "jb pritzker"."""
    return " ".join(name_words(name))


def surname(name: str) -> str:
    """The last word of a name that is not a suffix ("Trump" of "Donald Trump Jr.")."""
    words = [w for w in name_words(name) if w not in _SUFFIXES]
    return words[-1] if words else ""


def suffix(name: str) -> str:
    """ "jr", "sr", "iii" or ""."""
    words = name_words(name)
    return words[-1] if len(words) > 1 and words[-1] in _SUFFIXES else ""


def is_full(name: str) -> bool:
    """Whether the name has a given name as well as a surname."""
    return len([w for w in name_words(name) if w not in _SUFFIXES]) > 1


def role_key(role: str) -> str:
    """A role as compared: abbreviations spelled out, a leading article dropped."""
    words = fold(role).split()
    if words and words[0] in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(_ROLE_WORDS.get(w, w) for w in words)


def place_key(place: str) -> str:
    """A place as compared: "Ill.", "IL" and "Illinois" give "illinois"; "Chicago's" gives "chicago"."""
    text = re.sub(r"'s?$", "", fold(place))
    text = re.sub(r"^(?:the )?(?:city|state) of ", "", text)
    text = _PLACE_ALIASES.get(text, text)
    return _STATE_FORMS.get(text.replace(" ", "") if len(text) <= 5 else text, text)
