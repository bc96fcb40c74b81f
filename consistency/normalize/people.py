"""People's names in text, and the titles they are given."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from consistency import lexicon
from consistency.lexicon.patterns import alternation
from consistency.lexicon.titles import departments, full_title, office_changers, title_words
from consistency.normalize.context import person_key

# A run of capitalised tokens (initials and acronyms allowed), joined by "of/to/for/the".
# a capitalised word, with the inner capital of "McConnell", "DeSantis", "O’Rourke"
_CAP = r"(?:(?:[A-Z][’'])?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-’'][A-Za-z]+)*|[A-Z]{2,}|[A-Z]\.?)"
# "(?=[A-Z])" first: the scan looks for a capital before it tries the run
_RUN_RE = re.compile(rf"(?=[A-Z])(?<![\w@]){_CAP}(?:\s+(?:(?:of|to|for|the)\s+)*{_CAP})+\b\.?")
_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z.’'-]*")
_WORD_RE = re.compile(r"[A-Za-z][\w.’'-]*")
_CONNECT = frozenset({"of", "to", "for", "the"})
_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})


def titles() -> frozenset[str]:
    """Title words and their abbreviations ("sergeant", "sgt")."""
    return title_words()


@cache
def org_words() -> frozenset[str]:
    return lexicon.words("org_words.txt")


@cache
def role_words() -> tuple[frozenset[str], frozenset[str]]:
    t = lexicon.table("role_states.toml")
    return frozenset(t["state"]), frozenset(t["rank"])


@dataclass(frozen=True, slots=True)
class RoleMention:
    start: int  # start of the title phrase (sentence-relative)
    end: int  # end of the name
    name: str
    key: str
    title: str  # the title phrase as written
    head: str  # the title's main word ("ambassador", "spokesperson")
    state: str  # designate | acting | former | ... | "" (holds the post)
    rank: str  # space-separated rank words ("principal deputy")
    historic: bool = False  # "then Vice President", "President Obama's administration"


@dataclass(frozen=True, slots=True)
class Person:
    start: int
    end: int
    name: str
    title_start: int  # start of a title in the same run, or -1


@lru_cache(maxsize=8192)
def _is_title(word: str) -> bool:
    w = word.lower().rstrip(".")
    return w in titles() or any(p in titles() for p in w.split("-"))


def _name_ok(tokens: list[str], titled_surname: bool = False) -> bool:
    if not 1 <= len(tokens) <= 4:
        return False
    if any(t.lower().rstrip(".") in org_words() or t.lower() in _CONNECT for t in tokens):
        return False
    if all(len(t.rstrip(".")) == 1 for t in tokens):
        return False
    last = tokens[-1]
    return bool(re.match(r"[A-Z](?:[a-z]|[’'][A-Z])", last)) and (
        titled_surname or not _is_title(last)
    )


def find_people(sentence: str) -> list[Person]:
    """Return person names, each with the start of a title written in the same run."""
    out = []
    for m in _RUN_RE.finditer(sentence):
        toks = [(t.start() + 0, t.end(), t.group()) for t in _TOKEN_RE.finditer(m.group())]
        base = m.start()
        words = [w for _, _, w in toks]
        title_idx = max((i for i, w in enumerate(words) if _is_title(w)), default=-1)
        surname = False  # the last word is a title word read as a surname
        core = len(words) - (1 if words[-1].rstrip(".") in _SUFFIXES else 0)  # "King Jr."
        if title_idx == core - 1 and title_idx >= 1:
            # "Rep. Steve King", "Judge Ann Marshal": a surname that is also a title word,
            # after a title and a given name, is the surname
            earlier = max((i for i, w in enumerate(words[:title_idx]) if _is_title(w)), default=-1)
            if 0 <= earlier <= title_idx - 2:
                title_idx, surname = earlier, True
            elif earlier < 0 and _title_before(sentence, base):
                title_idx, surname = -1, True
        rest = toks[title_idx + 1 :]
        # "Ambassador to India Sergio Gor": the connector's object takes what the name does not
        conn = max((i for i, (_, _, w) in enumerate(rest) if w in _CONNECT), default=-1)
        first = min((i for i, (_, _, w) in enumerate(rest) if w in _CONNECT), default=-1)
        if (first >= 2 or (title_idx >= 0 and first >= 1)) and _name_ok(
            [w for _, _, w in rest[:first]]
        ):
            conn, rest = -1, rest[:first]  # "Sen. Shelley Moore Capito of West Virginia"
        if conn >= 0:
            rest = rest[conn + 1 :]
            if len(rest) >= 3:
                rest = rest[-2:]
            elif title_idx >= 0:
                continue
        rest = [t for t in rest if t[2] not in _CONNECT]
        if len(rest) > 3:
            continue
        names = [w for _, _, w in rest]
        if not _name_ok(names, surname) or (len(names) == 1 and title_idx < 0):
            continue
        start, end = base + rest[0][0], base + rest[-1][1]
        name = sentence[start:end].rstrip(".")
        out.append(Person(start, start + len(name), name, base if title_idx >= 0 else -1))
    return out


def split_title(title: str) -> tuple[str, str, str]:
    """Split a title phrase into (head word, state words, rank words)."""
    states, ranks = role_words()
    same = lexicon.table("role_states.toml").get("same", {})
    state, rank, head, other = [], [], "", []
    for raw in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", title.lower()):
        if head and raw in ("and", "or"):
            break  # "senator and vice-presidential nominee": a second role, not this one's state
        parts = raw.split("-")
        for p in parts:
            if p in states:
                state.append(same.get(p, p))
            elif p in ranks and not head:
                rank.append(p)
            elif p in titles():
                p = full_title(p)
                if head in office_changers() and p not in ranks:
                    rank.append(head)  # "Lt. Gov.": a lieutenant governor, not a lieutenant
                    head = ""
                head = p if p not in ranks or not head else head
            else:
                other.append(p)
    if not head and rank and rank[-1] in titles() and set(other) <= departments():
        head = full_title(rank.pop())  # "Police Chief", "Deputy Chief"; "finance chief" is
        # no rank of a service
    return head, " ".join(sorted(set(state))), " ".join(rank)


# from the start of a word only (the leftmost match starts at one): the scan skips the rest
_COMMA_RUN_RE = re.compile(r"(?<![\w’'.-])((?:[\w’'.-]+\s+){0,9}?[\w’'.-]+),\s*$")


def _title_left(sentence: str, person: Person) -> tuple[int, str] | None:
    """The title phrase before a name: in the same run, or a run ending in ", " before it."""
    start = person.title_start if person.title_start >= 0 else person.start
    start = _extend_left(sentence, start)
    if start == person.start:
        before = sentence[max(0, person.start - 200) : person.start]
        if not before.rstrip().endswith(","):
            return None
        m = _COMMA_RUN_RE.search(before)
        if not m or not any(_is_title(w) for w in m.group(1).split()[-6:]):
            return None
        start = _extend_left(sentence, person.start - len(before) + m.start(1))
        start = _after_determiner(sentence, start, person.start)
    phrase = sentence[start : person.start].strip(" ,")
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.IGNORECASE)
    if not any(_is_title(w) for w in phrase.split()):
        return None
    return sentence.index(phrase, start), phrase


_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "your"})


def _after_determiner(sentence: str, start: int, end: int) -> int:
    """A title run before ", Name" starts at the last determiner before its first title
    word: "information about the family of the Democratic nominee for president, Joe
    Biden" gives "Democratic nominee for president"."""
    states, _ = role_words()
    words = list(_WORD_RE.finditer(sentence, start, end))
    first = next(
        (
            k
            for k, w in enumerate(words)
            if _is_title(w.group().lower()) or w.group().lower() in states
        ),
        None,
    )
    if first is None:
        return start
    for k in range(first - 1, -1, -1):
        if words[k].group().lower() in _DETERMINERS:
            return words[k + 1].start()
    return start


_AFTER_RE = re.compile(
    r"^,\s+(?:the\s+|a\s+|an\s+)?((?:[\w’'-]+\s+){0,7}?[\w’'-]+)\s*"
    r"(?=,|\s+(?:said|says|told)\b|[.;]?[\"”’]?\s*$)"
)


def _title_right(sentence: str, person: Person) -> tuple[int, str] | None:
    """An appositive title after a name: "Michael Steele, chairman of the RNC, said"."""
    m = _AFTER_RE.match(sentence[person.end :])
    if not m:
        return None
    words = m.group(1).split()
    first = next((k for k, w in enumerate(words[:3]) if _is_title(w)), None)
    if first is None:
        return None
    if first + 1 < len(words) and words[first + 1][:1].isupper():
        return None  # "Mary Cheney, one of ex-President Dick Cheney's daughters": his title
    return person.end + m.end(1), m.group(1)


def _after_others(
    sentence: str, start: int, phrase: str, person: Person, people: list[Person]
) -> tuple[int, str]:
    """A title before a name never runs through another titled person: "Sen. Cory Booker
    and Rep. Karen Bass" gives Bass "Rep.", not Booker's title."""
    cut = max(
        (
            q.end
            for q in people
            if start <= q.start and q.end <= person.start and _titled(sentence, q)
        ),
        default=-1,
    )
    if cut < 0:
        return start, phrase
    rest = re.sub(r"^[\s,;]*(?:and|&|or)?\s*", "", sentence[cut : person.start])
    rest = rest.strip(" ,")
    if not rest or not any(_is_title(w) for w in rest.split()):
        return start, phrase
    return sentence.index(rest, cut), rest


def _titled(sentence: str, person: Person) -> bool:
    """A title word stands right before the name ("Sen. Cory Booker")."""
    before = sentence[max(0, person.start - 40) : person.start].split()
    return bool(before) and _is_title(before[-1])


def _title_before(sentence: str, start: int) -> bool:
    """A title word ends right before `start` ("Rep. |Steve King")."""
    before = _WORD_RE.findall(sentence[max(0, start - 30) : start])
    return bool(before) and sentence[:start].endswith(" ") and _is_title(before[-1])


def _extend_left(sentence: str, start: int) -> int:
    """Extend a title start left over title, state and rank words ("US ambassador-designate")."""
    states, ranks = role_words()
    base = max(0, start - 160)
    toks = list(reversed(list(_WORD_RE.finditer(sentence[base:start]))))
    for k, tok in enumerate(toks):
        w = tok.group().lower()
        gap = sentence[base + tok.end() : start]
        if gap.strip():
            break
        if _is_title(w) or w.split("-")[0] in states or w in ranks or tok.group()[0].isupper():
            start = base + tok.start()
            continue
        right_cap = sentence[start : start + 1].isupper()  # the word the title starts with now
        left_cap = (
            k + 1 < len(toks)
            and toks[k + 1].group()[0].isupper()
            and not sentence[base + toks[k + 1].end() : base + tok.start()].strip()
        )  # "Food and Drug", not "(R-Iowa) and Rep.": a name's words touch
        if w in ("and", "of", "for", "&") and right_cap and left_cap:
            start = base + tok.start()  # inside a name: "Food and Drug Administration"
            continue
        if w in (
            "affairs",
            "foreign",
            "home",
            "defence",
            "defense",
            "finance",
            "commerce",
            "trade",
        ):
            start = base + tok.start()
            continue
        break
    return start


@cache
def _title_hint_re() -> re.Pattern[str]:
    # every role needs a title word: one cheap scan spares most sentences the name search
    return re.compile(rf"\b{alternation(titles())}")


def find_roles(sentence: str) -> list[RoleMention]:
    """Find "Title Name" and "Title, Name" pairs in one sentence."""
    out: list[RoleMention] = []
    if not _title_hint_re().search(sentence.lower()):
        return out
    people = find_people(sentence)
    for p in people:
        if len(p.name.split()) < 2 and p.title_start < 0:
            continue
        found = _title_left(sentence, p)
        if found:
            start, phrase = _after_others(sentence, *found, p, people)
            end = p.end
        else:
            right = _title_right(sentence, p)
            if not right:
                continue
            start, end, phrase = p.start, right[0], right[1]
        if phrase.lower().startswith("elect ") and sentence[:start].rstrip().endswith(" to"):
            start, phrase = start + 6, phrase[6:]  # "voted to elect Rep. Stefanik": a verb
        head, state, rank = split_title(phrase)
        if not head:
            continue
        historic = (
            bool(re.search(r"\bthen[- ]?$", sentence[max(0, start - 6) : start], re.IGNORECASE))
            or bool(re.match(r"then[- ]", phrase, re.IGNORECASE))  # "Then-Sgt. Paul Greene"
            or bool(re.match(r"[’']s\b", sentence[end : end + 2]))
        )
        out.append(
            RoleMention(start, end, p.name, person_key(p.name), phrase, head, state, rank, historic)
        )
    return out
