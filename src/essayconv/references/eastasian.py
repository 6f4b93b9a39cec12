"""Tell a Chinese, Japanese, Korean or Vietnamese name written family name first."""

from __future__ import annotations

import re
import unicodedata

# Family names written first. Vietnamese, Chinese and Korean names are written family name
# first, with no comma ('Nguyễn Văn An', 'Zhang Wei', 'Bong Joon-ho'). A name with no comma
# and no initials whose first word is one of the most common family names of those languages,
# followed by one to three words shaped like a given name of the same language, keeps that
# order. Japanese names are family name first only as two words, the first a common family
# name, the second a given name in Hepburn syllables and no family name ('Abe Shinzo', never
# 'Haruki Murakami', English order, nor 'Abe Lincoln'). The lists
# hold the words without tone marks: written with them, a Vietnamese family name can be
# nothing else ('Lê', 'Hồ', 'Lý', 'Đỗ').
_VIET_FAMILY = frozenset(
    "nguyen tran pham hoang huynh phan vu vo dang bui ngo duong dinh truong luong".split())
# The commonest family names. Chinese: the top 100 of the Ministry of Public Security's 2020
# ranking of household registrations (pinyin; 'Lü' as 'lü' and 'lyu'), with Wade-Giles and
# Cantonese spellings. Korean: the commonest ~35 of Statistics Korea's 2015 census, in the
# spellings Koreans use abroad. Japanese: the top ~100 of the Meiji Yasuda/myoji-yurai.net
# rankings in Hepburn, macrons dropped ('Satō' is 'sato'), with the 'oh' spellings ('Itoh').
_CHINESE_FAMILY = frozenset(
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo "
    "zheng liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan yu jiang "
    "cai du ye cheng su wei lü lyu ding ren shen yao lu cui zhong tan fan jin shi liao jia "
    "xia fu fang bai zou meng xiong qin qiu yin xue yan duan lei hou long tao gu mao hao gong "
    "shao wan qian dai mo kong xiang chang xi hua "
    "hsu hsieh tsai kuo chou chiang teng yeh "
    "wong chan leung cheung lau ng kwok chow chiu tse tsang yip".split())
_KOREAN_FAMILY = frozenset(
    "kim park pak choi jung jeong kang cho jo yoon yun jang lim im han seo shin kwon hwang "
    "ahn bong moon baek jeon yoo ryu song hong ko nam bae heo noh ha sim oh".split())
_JAPANESE_FAMILY = frozenset(
    "sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida "
    "yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda "
    "hashimoto yamashita ishikawa nakajima maeda fujita ogawa goto okada hasegawa murakami "
    "kondo ishii saito sakamoto endo aoki fujii nishimura fukuda ota miura fujiwara okamoto "
    "matsuda nakagawa nakano harada ono tamura takeuchi kaneko wada nakayama ishida ueda "
    "morita hara shibata sakai kudo yokoyama miyazaki miyamoto uchida takagi ando taniguchi "
    "ohno maruyama imai takada fujimoto takeda murata ueno sugiyama masuda sugawara hirano "
    "kojima otsuka chiba kubo matsui iwasaki sakurai kinoshita noguchi matsuo kikuchi nomura "
    "arai sano onishi sugimoto hamada kitaoka koizumi nakasone kishida hatoyama "
    "itoh katoh saitoh gotoh kondoh endoh ohta ohtsuka ohnishi".split())
# family names that are also English or European words, names or particles ('Lee Smith',
# 'Kim Stanley Robinson', 'Ma Rainey', 'Le Corbusier', 'Du Bois', 'Sun Ra', 'Moon Unit'):
# first only before a given name no European has (see _east_asian_given)
_AMBIGUOUS_FAMILY = frozenset(
    "lee yi le ly do kim song ho lu yu ma he tan han su ye sun du lin moon oh hong mai "
    "fan long wan mo bai fang gu hu shi jin tao dai yin lei gong hao meng xia hua ko jo im "
    "nam ha".split())
# Chinese syllables as common as given names as they are as family names: 'Wei Zhang', 'Yang
# Liu', 'Yu Wang' are written given name first, 'Zhang Wei', 'Liu Yang', 'Wang Yu' family
# name first
_GIVEN_TOO = frozenset("wei yang lin hong yu yi xi yan jin hao fang lei hua".split())
# English and European names and words of the same shape as those given names: never the
# given name after an East Asian family name ('Lee Dean', 'Chan Marshall', 'Hong Kong')
_WESTERN = frozenset(
    "ann anna anne ben bo dan dana dean diane don gene jan jean jo joan jon ken kay lana "
    "lena leo lia lola lou lynn mae mai mia nan nina rena rene sue tina tom tim sam ray roy "
    "jay joe may ra kong king young long wood bell hall hill ward moore lane rose green "
    "wilson taylor turner walker baker parker cooper marshall child wade dale paul sean john "
    "kane chase hale jane dora nora ella eva ida ina una vera paula hanna hannah mona tara "
    "lara sara sarah erin ian owen dylan ryan gail kate lee lea leah luke ted tony kelly "
    "molly sally holly polly billy mike jake nate jose dane dave mario maria simone".split())
# one romanised syllable of Chinese, Korean or Vietnamese, tone marks taken off: 'wei',
# 'xiao', 'joon', 'hye', 'kyung', 'minh', 'khac', 'tsz', "ch'ing", 'kar', 'chow'
_SYLLABLE = (r"(?:ngh|ng|nh|ch|zh|sh|hs|ts|tz|th|kh|ph|tr|gi|qu|kw|gw|[bcdfghjklmnpqrstvwxyz])?"
             r"'?[wy]?[aeiouü][aeiouyü]{0,2}(?:ng|nh|ch|[cnmkptlrw])?")
# one pinyin syllable, the stricter test of a single given name after an ambiguous family
# name ('Lu Xun', 'Yu Hua', 'Han Kang', 'He Jiankui'; never 'Le Guin', 'Ma Rainey')
_PINYIN = (r"(?:(?:zh|ch|sh|[dtnlgkhjqxrzcsyw])(?:iang|iong|uang|iao|ian|uai|uan|ang|eng|ing|"
           r"ong|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|a|e|i|u|ü)|[bpmf](?:iao|ian|ang|"
           r"eng|ing|ai|ei|ao|ou|an|en|in|ie|a|o|e|i|u)|a|o|e|ai|ei|ao|ou|an|en|ang|eng|er)")


# one Hepburn mora: 'shi', 'tsu', 'kyo', a doubled consonant ('kk', 'tch'), the moraic 'n'
_MORA = (r"(?:(?:kk|ss|tt|pp|tc)?(?:ky|gy|sh|ch|ts|ny|hy|by|py|my|ry|[kgsztdnhbpmrwjfy])?"
         r"[aiueo]|n(?![aiueoy]))")
_NOT_HEPBURN = re.compile(r"si|ti|tu|hu|zi|wu|yi|ye|wi|we|wo|fa|fe|fi|fo")


def _shape(text: str) -> str:
    """Every upper-case letter as 'A', every lower-case one as 'a' (after NFC)."""
    return "".join("A" if c.isupper() or c.istitle() else "a" if c.islower() else c
                   for c in unicodedata.normalize("NFC", text))


def _plain(word: str) -> str:
    """The word in lower case without tone marks: 'Nguyễn' → 'nguyen', 'Đỗ' → 'do' ('ü'
    kept)."""
    w = unicodedata.normalize("NFD", word.replace("Đ", "D").replace("đ", "d"))
    return unicodedata.normalize("NFC", "".join(
        c for c in w if not unicodedata.combining(c) or c == "\u0308")).lower()


def _syllables(word: str, most: int, syllable: str = _SYLLABLE) -> bool:
    """The word is one to `most` syllables run together ('Xiaoming', 'Zedong')."""
    return bool(re.fullmatch(rf"(?:{syllable}){{1,{most}}}", word))


def _east_asian_given(rest: list[str]) -> bool:
    """Given names no English or European name has: a hyphenated one in syllables ('Joon-ho',
    'Ji-Won', 'Yat-sen'), two or three words of one syllable each ('Chi Minh', 'Dae Jung',
    'Twan Eng'), or one word of one or two pinyin syllables ('Xun', 'Jiankui')."""
    parts = [p for w in rest for p in _plain(w).split("-")]
    if any("-" in w for w in rest) or len(rest) > 1:
        return all(_syllables(p, 1) for p in parts)
    return _syllables(parts[0], 2, _PINYIN)


def family_first(words: list[str]) -> dict[str, str] | None:
    """'Nguyễn Văn An' → family Nguyễn, given Văn An; 'Zhang Wei', 'Bong Joon-ho' likewise;
    None for a name written given name first ('Lee Smith', 'Kim Stanley Robinson', 'Wei
    Zhang'). Only for the words of one name without a comma."""
    first, rest = words[0], words[1:]
    key = _plain(first)
    viet = key in _VIET_FAMILY or key in _AMBIGUOUS_FAMILY and key != first.lower()
    if key in _JAPANESE_FAMILY:
        return _japanese(first, rest)
    if not (viet or key in _CHINESE_FAMILY | _KOREAN_FAMILY | _AMBIGUOUS_FAMILY):
        return None
    if not 1 <= len(rest) <= (3 if viet else 2):
        return None
    plain = [_plain(w) for w in rest]
    if any(not re.fullmatch(r"Aa+(?:['\u2019]a+)?(?:-Aa*|-a+)?", _shape(w))
           or p in _WESTERN or any(part in _WESTERN for part in p.split("-"))
           or not all(_syllables(part, 2) for part in p.replace("\u2019", "'").split("-"))
           for w, p in zip(rest, plain, strict=True)):
        return None  # 'Lee Smith', 'Chen Robinson', 'Chan Marshall', 'Kim J.'
    if len(rest) == 1 and (plain[0] in _VIET_FAMILY or key in _GIVEN_TOO and plain[0] not in
                           _GIVEN_TOO and plain[0] in _CHINESE_FAMILY | _KOREAN_FAMILY
                           | _AMBIGUOUS_FAMILY):
        return None  # 'Wei Zhang', 'Yang Liu', 'Vu Tran': given name first, family name last
    if key in _AMBIGUOUS_FAMILY and not viet and not _east_asian_given(rest):
        return None
    return {"family": first, "given": " ".join(rest)}


def _japanese(first: str, rest: list[str]) -> dict[str, str] | None:
    """'Abe Shinzo', 'Tanaka Akihiko': a common Japanese family name, then one given name of
    two to six Hepburn morae that is no family name and no English name ('Abe Lincoln', 'Ono
    Anna', 'Mori Tanaka' stay as written)."""
    if len(rest) != 1 or not re.fullmatch(r"Aa+", _shape(rest[0])):
        return None
    given = _plain(rest[0])
    if given in _JAPANESE_FAMILY | _WESTERN or _NOT_HEPBURN.search(given) or \
            not re.fullmatch(rf"{_MORA}{{2,6}}", given):
        return None
    return {"family": first, "given": rest[0]}
