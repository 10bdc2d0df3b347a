#!/usr/bin/env python3
"""Deterministic synthetic PII corpus generator for piimap (probe5).

Writes corpus/files/..., corpus/truth.jsonl, corpus/negatives.jsonl, corpus/truth_files.jsonl.
Every file is built as a list of segments; byte offsets are computed while concatenating.
Python stdlib only, fixed seed.
"""
import json
import os
import shutil
import string
import unicodedata
import random
from collections import Counter

SEED = 5150423
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get("PROBE_OUT") or os.path.join(HERE, "corpus")
FILES = os.path.join(OUT, "files")


# --------------------------------------------------------------------------- segments
class P:  # planted PII
    def __init__(self, text, cat, country=None):
        self.text, self.cat, self.country = text, cat, country


class N:  # hard negative
    def __init__(self, text, kind, like):
        self.text, self.kind, self.like = text, kind, like


class Doc:
    def __init__(self, path):
        self.path = path
        self.parts = []
        self.n = 0
        self.truth = []
        self.negs = []

    def t(self, s):
        b = s.encode("utf-8")
        self.parts.append(b)
        self.n += len(b)

    def add(self, v):
        if v is None:
            return
        if isinstance(v, str):
            self.t(v)
        elif isinstance(v, P):
            s = self.n
            self.t(v.text)
            it = {"path": self.path, "start": s, "end": self.n, "category": v.cat, "value": v.text}
            if v.country:
                it["country"] = v.country
            it["offsets"] = "file"
            self.truth.append(it)
        elif isinstance(v, N):
            s = self.n
            self.t(v.text)
            self.negs.append({"path": self.path, "start": s, "end": self.n, "kind": v.kind, "like": v.like,
                              "value": v.text, "offsets": "file"})
        elif isinstance(v, (list, tuple)):
            for x in v:
                self.add(x)
        else:
            self.t(str(v))

    def f(self, tmpl, **kw):
        for lit, field, _spec, _conv in string.Formatter().parse(tmpl):
            if lit:
                self.t(lit)
            if field is not None:
                self.add(kw[field])
        return self

    def bytes(self):
        return b"".join(self.parts)


# --------------------------------------------------------------------------- checksums
def mod97_iban_ok(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban_make(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    ck = 98 - int(num) % 97
    return f"{cc}{ck:02d}{bban}"


def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def rrn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    b, cc = int(d[:9]), int(d[9:])
    return cc == 97 - b % 97 or cc == 97 - int("2" + d[:9]) % 97


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    t = sum(w * x for w, x in zip([9, 8, 7, 6, 5, 4, 3, 2, -1], d))
    return t % 11 == 0 and t != 0


def nir_ok(s):
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 15 and int(d[13:]) == 97 - int(d[:13]) % 97


def steuer_check(d10):
    product = 10
    for c in d10:
        s = (int(c) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    ck = 11 - product
    return 0 if ck == 10 else ck


def steuer_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11 or d[0] == "0":
        return False
    cnt = Counter(d[:10])
    multi = [k for k, v in cnt.items() if v > 1]
    if len(multi) != 1 or cnt[multi[0]] not in (2, 3):
        return False
    return steuer_check(d[:10]) == int(d[10])


def ean13_check(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


def ahv_ok(s):
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 13 and d.startswith("756") and ean13_check(d[:12]) == d[12]


def rvnr_ok(s):
    t = s.replace(" ", "")
    if len(t) != 12 or not t[8].isalpha():
        return False
    d = t[:8] + f"{ord(t[8].upper()) - 64:02d}" + t[9:11]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    tot = sum(sum(int(x) for x in str(int(a) * b)) for a, b in zip(d, w))
    return tot % 10 == int(t[11])


def at_svnr_ok(s):
    t = s.replace(" ", "")
    if len(t) != 10 or not t.isdigit():
        return False
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    c = sum(int(a) * b for a, b in zip(t, w)) % 11
    return c != 10 and c == int(t[3])


def rvnr(p):
    y, m, dd = p.dob
    serial = R.randint(50, 99) if p.female else R.randint(0, 49)
    letter = fold(p.surname.split()[-1])[0].upper()
    area = R.choice(["12", "13", "15", "18", "24", "28", "40", "53", "65"])
    d = area + f"{dd:02d}{m:02d}{y % 100:02d}" + f"{ord(letter) - 64:02d}" + f"{serial:02d}"
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    ck = sum(sum(int(x) for x in str(int(a) * b)) for a, b in zip(d, w)) % 10
    s = f"{area} {dd:02d}{m:02d}{y % 100:02d} {letter} {serial:02d}{ck}"
    assert rvnr_ok(s)
    return s


def at_svnr(p):
    y, m, dd = p.dob
    while True:
        n = rdigits(3, True)
        dob = f"{dd:02d}{m:02d}{y % 100:02d}"
        w = [3, 7, 9, 5, 8, 4, 2, 1, 6]
        c = sum(int(a) * b for a, b in zip(n + dob, w)) % 11
        if c != 10:
            s = f"{n}{c} {dob}"
            assert at_svnr_ok(s)
            return s


def nid_ok(country, s):
    return {"BE": rrn_ok, "NL": bsn_ok, "FR": nir_ok, "DE": lambda v: steuer_ok(v) or rvnr_ok(v), "CH": ahv_ok,
            "AT": at_svnr_ok}[country](s)


def any_nid_ok(s):
    return rrn_ok(s) or bsn_ok(s) or nir_ok(s) or steuer_ok(s) or ahv_ok(s) or at_svnr_ok(s)


# --------------------------------------------------------------------------- people data
GIVEN = {
    "BE-nl": "Jan Pieter Luc Koen Bart Wouter Tom Stijn Joris Lieven Dirk Geert An Els Sofie Katrien Lien Annelies Griet Hilde Inge Nele Lotte Marie Jens Arne Ine".split(),
    "BE-fr": "Jean Pierre Michel Philippe Olivier Laurent Nicolas Julien Marie Nathalie Isabelle Sophie Catherine Valérie Aurélie Céline Amélie François Thérèse Benoît Jean-Marc Marie-Louise".split(),
    "NL": "Daan Sem Lucas Bram Thijs Jeroen Sander Martijn Ruud Henk Kees Anouk Sanne Fleur Lisa Femke Ingrid Marieke Esther Mirjam Eva Joost Willem Maaike".split(),
    "FR": "Jean Pierre Louis Hugo Léa Camille Manon Chloé Nicolas Thomas Julien Sébastien Stéphane Élodie Amandine Hélène Jean-Pierre Marie-Claire Anne-Sophie François Benoît Gaëlle Mathilde Yannick".split(),
    "DE": "Lukas Jonas Leon Felix Maximilian Paul Thomas Michael Andreas Stefan Jürgen Klaus Anna Lena Laura Julia Katharina Sabine Petra Ursula Jörg Sören Björn Hannah Günther Frauke".split(),
    "AT": "Florian Lukas Tobias Elisabeth Theresa Johanna Matthias Wolfgang Gerhard Birgit Valentina Christoph".split(),
    "CH": "Luca Noah Simon Reto Urs Beat Corinne Nadine Céline Léa Mathias Seraina Gian".split(),
    "LU": "Luc Marc Tom Ben Claude Carole Anne Michèle Sandra Yves Jean-Claude Nathalie Gilles".split(),
    "UK": "Oliver George Harry James William Charlotte Amelia Olivia Emily Sophie Thomas Sarah Rebecca Siobhan Callum".split(),
}
SURN = {
    "BE-nl": "Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters Vermeulen Desmet Verstraete Lambrechts Hermans Claeys Vandenberghe Wuyts Geerts Aerts Cools Verhoeven".split()
    + ["De Smet", "De Backer", "Van den Broeck", "Van de Velde", "Van Damme", "De Clercq", "Van Hoof", "De Meyer"],
    "BE-fr": "Dubois Lambert Dupont Martin Simon Laurent Leclercq Lemaire Renard Collard Lejeune Dumont Gérard Denis Mathieu Fontaine Jacquemin Delvaux Piette Hennuy".split()
    + ["Van der Linden", "De Coster", "Du Bois"],
    "NL": "Jansen Bakker Janssen Visser Smit Meijer Mulder Bos Vos Peters Hendriks Dekker Brouwer Koster Postma Hoekstra".split()
    + ["de Jong", "de Vries", "van den Berg", "van Dijk", "de Boer", "de Groot", "van Leeuwen", "de Wit", "van der Meer", "van 't Hof"],
    "FR": "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard Mercier Blanc".split()
    + ["Le Gall", "Le Goff", "Le Bihan", "Du Pont", "de La Fontaine", "d'Arcy"],
    "DE": "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange".split()
    + ["von Brandt", "von der Heide", "zu Stolberg"],
    "AT": "Gruber Huber Bauer Wagner Pichler Steiner Moser Mayer Hofer Leitner Berger Fuchs Eder Wimmer Lechner".split(),
    "CH": "Müller Meier Schmid Keller Weber Huber Meyer Steiner Fischer Brunner Baumann Gerber Favre Rochat Bonvin".split(),
    "LU": "Schmit Muller Weber Hoffmann Wagner Thill Schroeder Reuter Kremer Majerus Feller Welter Kieffer".split(),
    "UK": "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Clarke Harris Walker".split() + ["O'Brien", "McAllister"],
}
FEMALE = set("An Els Sofie Katrien Lien Annelies Griet Hilde Inge Nele Lotte Marie Ine Nathalie Isabelle Sophie Catherine Valérie Aurélie Céline Amélie Thérèse Marie-Louise Anouk Sanne Fleur Lisa Femke Ingrid Marieke Esther Mirjam Eva Maaike Léa Camille Manon Chloé Élodie Amandine Hélène Marie-Claire Anne-Sophie Gaëlle Mathilde Anna Lena Laura Julia Katharina Sabine Petra Ursula Hannah Frauke Elisabeth Theresa Johanna Birgit Valentina Corinne Nadine Seraina Carole Anne Michèle Sandra Charlotte Amelia Olivia Emily Sarah Rebecca Siobhan".split())

# (street list, [(postcode, city)], format)
STREETS = {
    "BE-nl": ["Kerkstraat", "Stationsstraat", "Dorpstraat", "Molenstraat", "Nieuwstraat", "Leopoldlaan", "Grote Markt",
              "Meir", "Vlaamsekaai", "Bondgenotenlaan", "Sint-Pietersnieuwstraat", "Koning Albertlaan", "Lindenlei", "Veldstraat"],
    "BE-fr": ["Rue de la Loi", "Avenue Louise", "Chaussée de Waterloo", "Rue Haute", "Boulevard d'Avroy", "Rue de Namur",
              "Rue des Guillemins", "Avenue de Tervueren", "Place Saint-Lambert", "Rue du Marché", "Rue de Fer", "Chaussée de Charleroi"],
    "NL": ["Kerkstraat", "Hoofdstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Julianalaan", "Wilhelminastraat", "Prinsengracht",
           "Oudegracht", "Coolsingel", "Damrak", "Herengracht", "Lange Voorhout", "Vismarkt", "Beatrixlaan"],
    "FR": ["rue des Lilas", "avenue Victor Hugo", "boulevard Haussmann", "rue de la République", "rue Pasteur", "place Bellecour",
           "rue du Faubourg Saint-Antoine", "allée des Tilleuls", "chemin des Vignes", "rue Jean Jaurès", "quai de la Tournelle", "impasse des Acacias"],
    "DE": ["Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Goethestraße", "Schillerstraße", "Lindenallee", "Berliner Str.",
           "Am Markt", "Kirchweg", "Friedrichstraße", "Kastanienweg", "Ludwigstraße", "Theodor-Heuss-Ring", "Rosenheimer Straße"],
    "AT": ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Annenstraße", "Getreidegasse", "Maria-Theresien-Straße", "Linzer Gasse"],
    "CH-de": ["Bahnhofstrasse", "Seefeldstrasse", "Marktgasse", "Spalenberg", "Kramgasse", "Badenerstrasse"],
    "CH-fr": ["Rue du Rhône", "Avenue de la Gare", "Rue de Lausanne", "Chemin des Vignes", "Rue du Simplon"],
    "LU": ["rue de la Gare", "avenue de la Liberté", "boulevard Royal", "rue de l'Alzette", "route d'Arlon", "Grand-Rue"],
    "UK": ["High Street", "Station Road", "Church Lane", "Baker Street", "Victoria Road", "Queen's Road", "Mill Lane", "Park Avenue"],
}
CITIES = {
    "BE-nl": [("2000", "Antwerpen"), ("2018", "Antwerpen"), ("9000", "Gent"), ("3000", "Leuven"), ("8000", "Brugge"), ("3500", "Hasselt"),
              ("2800", "Mechelen"), ("1800", "Vilvoorde"), ("8500", "Kortrijk"), ("9300", "Aalst")],
    "BE-fr": [("1000", "Bruxelles"), ("1050", "Ixelles"), ("1180", "Uccle"), ("4000", "Liège"), ("5000", "Namur"), ("6000", "Charleroi"),
              ("7000", "Mons"), ("1300", "Wavre"), ("1348", "Louvain-la-Neuve")],
    "NL": [("1012", "Amsterdam"), ("1071", "Amsterdam"), ("3011", "Rotterdam"), ("3512", "Utrecht"), ("2514", "Den Haag"), ("5611", "Eindhoven"),
           ("9711", "Groningen"), ("2011", "Haarlem"), ("6811", "Arnhem"), ("2311", "Leiden")],
    "FR": [("75011", "Paris"), ("75008", "Paris"), ("75015", "Paris"), ("69002", "Lyon"), ("13006", "Marseille"), ("31000", "Toulouse"),
           ("59000", "Lille"), ("33000", "Bordeaux"), ("44000", "Nantes"), ("67000", "Strasbourg"), ("35000", "Rennes")],
    "DE": [("10115", "Berlin"), ("10437", "Berlin"), ("80331", "München"), ("81675", "München"), ("20095", "Hamburg"), ("50667", "Köln"),
           ("60311", "Frankfurt am Main"), ("70173", "Stuttgart"), ("04109", "Leipzig"), ("40213", "Düsseldorf"), ("01067", "Dresden")],
    "AT": [("1060", "Wien"), ("1030", "Wien"), ("8010", "Graz"), ("4020", "Linz"), ("5020", "Salzburg"), ("6020", "Innsbruck")],
    "CH-de": [("8001", "Zürich"), ("8008", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern")],
    "CH-fr": [("1204", "Genève"), ("1003", "Lausanne"), ("1950", "Sion"), ("2000", "Neuchâtel")],
    "LU": [("1616", "Luxembourg"), ("2449", "Luxembourg"), ("4002", "Esch-sur-Alzette"), ("9040", "Ettelbruck"), ("3401", "Dudelange")],
    "UK": [("NW1 6XE", "London"), ("SE1 7PB", "London"), ("M1 1AE", "Manchester"), ("B2 4QA", "Birmingham"), ("LS1 5DL", "Leeds"), ("EH1 1YZ", "Edinburgh")],
}
COUNTRY_NAME = {"BE": "Belgium", "NL": "Netherlands", "FR": "France", "DE": "Germany", "AT": "Austria", "CH": "Switzerland",
                "LU": "Luxembourg", "UK": "United Kingdom"}
DOMAINS = {"BE": ["example.be", "example.com"], "NL": ["example.nl", "example.com"], "FR": ["example.fr", "example.com"],
           "DE": ["example.de", "example.com"], "AT": ["example.com", "example.org"], "CH": ["example.com", "example.net"],
           "LU": ["example.com", "example.org"], "UK": ["example.com", "example.org"]}
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def fold(s):
    s = s.replace("ß", "ss").replace("'", "").replace(" ", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def locale_of(country, lang):
    if country == "BE":
        return "BE-fr" if lang == "fr" else "BE-nl"
    if country == "CH":
        return "CH-fr" if lang == "fr" else "CH-de"
    return country


def lang_of(country):
    return {"BE": R.choice(["nl", "nl", "fr"]), "NL": "nl", "FR": "fr", "DE": "de", "AT": "de",
            "CH": R.choice(["de", "fr"]), "LU": R.choice(["fr", "de"]), "UK": "en"}[country]


def d2(n):
    return f"{n:02d}"


def rdigits(n, first_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


# --------------------------------------------------------------------------- phones
def phone(country, kind=None, style=None):
    kind = kind or R.choice(["mobile", "mobile", "land"])
    st = style if style is not None else R.random()
    intl = st < 0.35
    if country == "BE":
        if kind == "mobile":
            a = "4" + R.choice("789") + str(R.randint(0, 9))
            b = rdigits(6)
            if intl:
                return R.choice([f"+32 {a} {b[:2]} {b[2:4]} {b[4:]}", f"+32{a}{b}", f"+32 (0){a} {b[:2]} {b[2:4]} {b[4:]}"])
            return R.choice([f"0{a} {b[:2]} {b[2:4]} {b[4:]}", f"0{a}/{b[:2]}.{b[2:4]}.{b[4:]}", f"0{a}{b}", f"0{a} {b[:3]} {b[3:]}"])
        a = R.choice(["2", "2", "3", "9"])
        b = str(R.randint(2, 7)) + rdigits(6)
        if intl:
            return R.choice([f"+32 {a} {b[:3]} {b[3:5]} {b[5:]}", f"+32 (0){a} {b[:3]} {b[3:5]} {b[5:]}"])
        return R.choice([f"0{a} {b[:3]} {b[3:5]} {b[5:]}", f"0{a}/{b[:3]}.{b[3:5]}.{b[5:]}", f"0{a} {b[:3]}{b[3:]}"])
    if country == "NL":
        if kind == "mobile":
            b = str(R.randint(1, 5)) + rdigits(7)
            if intl:
                return R.choice([f"+31 6 {b[:4]} {b[4:]}", f"+316{b}", f"+31 (0)6 {b}"])
            return R.choice([f"06-{b}", f"06 {b[:4]} {b[4:]}", f"06{b}", f"06 {b[:2]} {b[2:4]} {b[4:6]} {b[6:]}"])
        a = R.choice(["20", "10", "30", "70", "40", "50"])
        b = str(R.randint(2, 8)) + rdigits(6)
        if intl:
            return f"+31 {a} {b[:3]} {b[3:]}"
        return R.choice([f"0{a}-{b}", f"0{a} {b[:3]} {b[3:]}", f"(0{a}) {b}"])
    if country == "FR":
        if kind == "mobile":
            a = R.choice("67")
        else:
            a = R.choice("12345")
        b = rdigits(8)
        b = str(R.randint(1, 9)) + b[1:]
        g = [b[i:i + 2] for i in range(0, 8, 2)]
        if intl:
            return R.choice([f"+33 {a} " + " ".join(g), f"+33{a}{b}", f"+33 (0){a} " + " ".join(g)])
        return R.choice([f"0{a} " + " ".join(g), f"0{a}." + ".".join(g), f"0{a}{b}", f"0{a}-" + "-".join(g)])
    if country == "DE":
        if kind == "mobile":
            a, n = R.choice([("151", 8), ("152", 8), ("157", 8), ("176", 8), ("160", 7), ("170", 7), ("171", 7), ("172", 7), ("175", 7)])
        else:
            a, n = R.choice([("30", 8), ("40", 8), ("89", 7), ("89", 8), ("221", 7), ("69", 8), ("711", 7), ("341", 7)])
        b = str(R.randint(2, 9)) + rdigits(n - 1)
        if intl:
            return R.choice([f"+49 {a} {b}", f"+49{a}{b}", f"+49 (0){a} {b}", f"+49 {a} {b[:3]} {b[3:]}"])
        return R.choice([f"0{a} {b}", f"0{a}/{b}", f"(0{a}) {b}", f"0{a} {b[:3]} {b[3:]}", f"0{a}-{b}"])
    if country == "UK":
        if kind == "mobile":
            if R.random() < 0.15:
                b = "900" + rdigits(3)
                return R.choice([f"07700 {b}", f"+44 7700 {b}"])
            a = "7" + R.choice(["4", "5", "7", "8", "9"]) + rdigits(2)
            b = rdigits(6)
            return f"+44 {a} {b}" if intl else f"0{a} {b}"
        b = str(R.randint(0, 9)) + rdigits(3)
        c = rdigits(4)
        if b.startswith("946"):
            b = "123" + b[3]
        return f"+44 20 7{b[:3]} {b[3]}{c[:3]}" if intl else f"020 7{b[:3]} {b[3]}{c[:3]}"
    if country == "LU":
        if kind == "mobile":
            a = R.choice(["621", "661", "691", "671"])
            b = rdigits(6)
            return R.choice([f"+352 {a} {b[:3]} {b[3:]}", f"+352{a}{b}", f"(+352) {a} {b[:3]} {b[3:]}"])
        b = rdigits(6)
        return R.choice([f"+352 26 {b[:2]} {b[2:4]} {b[4:]}", f"+352 27{b[:2]} {b[2:]}"])
    if country == "AT":
        if kind == "mobile":
            a = R.choice(["664", "660", "676", "650", "699"])
            b = str(R.randint(1, 9)) + rdigits(6)
            return f"+43 {a} {b}" if intl else R.choice([f"0{a} {b}", f"0{a} {b[:3]} {b[3:5]} {b[5:]}", f"0{a}/{b}"])
        a = R.choice(["1", "316", "732", "662"])
        b = str(R.randint(2, 9)) + rdigits(6 if a == "1" else 5)
        return f"+43 {a} {b}" if intl else f"0{a} {b}"
    if country == "CH":
        a = R.choice(["79", "78", "76", "77"]) if kind == "mobile" else R.choice(["44", "22", "31", "61", "21"])
        b = str(R.randint(2, 9)) + rdigits(6)
        if intl:
            return R.choice([f"+41 {a} {b[:3]} {b[3:5]} {b[5:]}", f"+41{a}{b}"])
        return f"0{a} {b[:3]} {b[3:5]} {b[5:]}"
    raise ValueError(country)


# --------------------------------------------------------------------------- IBAN, cards, IDs
NL_BANKS = ["ABNA", "RABO", "INGB", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"]
UK_BANKS = ["NWBK", "BARC", "MIDL", "LOYD"]


def bban(country):
    if country == "BE":
        b = str(R.randint(0, 9)) + rdigits(9)
        c = int(b) % 97 or 97
        return b + d2(c)
    if country == "NL":
        while True:
            a = rdigits(10)
            if sum((10 - i) * int(x) for i, x in enumerate(a)) % 11 == 0 and a[0] != "0" or (a.startswith("000") and a[3] != "0"):
                return R.choice(NL_BANKS) + a
    if country == "FR":
        bank = R.choice(["30004", "30003", "20041", "10278", "30002", "17515", "18206"])
        br = rdigits(5)
        acc = rdigits(11)
        key = 97 - (89 * int(bank) + 15 * int(br) + 3 * int(acc)) % 97
        return bank + br + acc + d2(key)
    if country == "DE":
        blz = R.choice(["10070000", "20050550", "37040044", "50010517", "70020270", "43060967", "12030000", "76026000"])
        return blz + rdigits(10)
    if country == "LU":
        return R.choice(["001", "002", "003", "019", "014"]) + rdigits(13)
    if country == "AT":
        return R.choice(["12000", "20111", "32000", "14000", "19043"]) + rdigits(11)
    if country == "CH":
        return R.choice(["00762", "00700", "08390", "00235", "80808"]) + rdigits(12)
    if country == "UK":
        return R.choice(UK_BANKS) + rdigits(6) + rdigits(8)
    raise ValueError(country)


def iban(country, grouped=None):
    cc = "GB" if country == "UK" else country
    s = iban_make(cc, bban(country))
    assert mod97_iban_ok(s)
    if grouped is None:
        grouped = R.random() < 0.6
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def bad_iban(country):
    good = iban(country, grouped=False)
    while True:
        ck = int(good[2:4])
        s = good[:2] + d2((ck + R.randint(1, 9)) % 97 or 11) + good[4:]
        if not mod97_iban_ok(s):
            break
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if R.random() < 0.6 else s


def card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "bcmc"])
    if kind == "visa":
        n = luhn_complete("4" + rdigits(5), 16)
    elif kind == "mc":
        n = luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]) + rdigits(4), 16)
    elif kind == "amex":
        n = luhn_complete(R.choice(["34", "37"]), 15)
        return R.choice([f"{n[:4]} {n[4:10]} {n[10:]}", f"{n[:4]}-{n[4:10]}-{n[10:]}", n])
    else:
        n = luhn_complete("6703", 17)
        return R.choice([f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:16]} {n[16]}", n])
    return R.choice([" ".join(n[i:i + 4] for i in range(0, 16, 4)), "-".join(n[i:i + 4] for i in range(0, 16, 4)), n])


def bad_card():
    while True:
        n = "4" + rdigits(15) if R.random() < 0.5 else R.choice(["51", "53", "55"]) + rdigits(14)
        if not luhn_ok(n):
            return R.choice([" ".join(n[i:i + 4] for i in range(0, 16, 4)), n])


def masked_card():
    last = rdigits(4)
    return R.choice([f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}", f"4{rdigits(3)} {'*' * 4} {'*' * 4} {last}",
                     f"5{rdigits(5)}******{last}"])


def rrn(dob, male, fmt=None):
    yy, mm, dd = dob[0] % 100, dob[1], dob[2]
    seq = R.randint(1, 997)
    if (seq % 2 == 1) != male:
        seq += 1
    base = f"{yy:02d}{mm:02d}{dd:02d}{seq:03d}"
    num = int(("2" + base) if dob[0] >= 2000 else base)
    cc = 97 - num % 97
    d = base + d2(cc)
    fmt = fmt if fmt is not None else R.random()
    if fmt < 0.6:
        s = f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}"
    elif fmt < 0.85:
        s = d
    else:
        s = f"{d[:6]}-{d[6:9]}-{d[9:]}"
    assert rrn_ok(s)
    return s


def bsn(fmt=None):
    while True:
        d = rdigits(8, True)
        t = sum(w * int(x) for w, x in zip([9, 8, 7, 6, 5, 4, 3, 2], d))
        last = t % 11
        if last < 10:
            s = d + str(last)
            if bsn_ok(s):
                break
    fmt = fmt if fmt is not None else R.random()
    if fmt < 0.7:
        return s
    return f"{s[:4]}.{s[4:6]}.{s[6:]}" if fmt < 0.85 else f"{s[:3]} {s[3:6]} {s[6:]}"


def nir(dob, male):
    dept = R.choice(["75", "69", "13", "31", "59", "33", "44", "67", "92", "93", "94", "35", "06"])
    d13 = f"{1 if male else 2}{dob[0] % 100:02d}{dob[1]:02d}{dept}{R.randint(1, 999):03d}{R.randint(1, 999):03d}"
    key = 97 - int(d13) % 97
    d = d13 + d2(key)
    s = R.choice([d, f"{d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:10]} {d[10:13]} {d[13:]}"])
    assert nir_ok(s)
    return s


def steuer_id(fmt=None):
    while True:
        digs = list("0123456789")
        R.shuffle(digs)
        if R.random() < 0.8:
            body = digs[:9]
            body.append(R.choice(body))
        else:
            body = digs[:8]
            t = R.choice(body)
            body += [t, t]
        R.shuffle(body)
        if body[0] == "0":
            continue
        s10 = "".join(body)
        # no digit three times in a row
        if any(s10[i] == s10[i + 1] == s10[i + 2] for i in range(8)):
            continue
        s = s10 + str(steuer_check(s10))
        if steuer_ok(s):
            break
    fmt = fmt if fmt is not None else R.random()
    if fmt < 0.55:
        return s
    return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}" if fmt < 0.85 else f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"


def ahv():
    d12 = "756" + rdigits(9)
    d = d12 + ean13_check(d12)
    s = f"{d[:3]}.{d[3:7]}.{d[7:11]}.{d[11:]}"
    assert ahv_ok(s)
    return s


def bad_nid(country, dob=(1980, 1, 1), male=True):
    for _ in range(1000):
        if country == "BE":
            g = "".join(c for c in rrn(dob, male, 0.9) if c.isdigit())
            s = g[:9] + d2((int(g[9:]) + R.randint(1, 50)) % 100)
            s = f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
        elif country == "NL":
            s = rdigits(9, True)
        elif country == "FR":
            g = "".join(c for c in nir(dob, male) if c.isdigit())
            s = g[:13] + d2((int(g[13:]) + R.randint(1, 50)) % 100)
        elif country == "DE":
            g = steuer_id(0.0)
            s = g[:10] + str((int(g[10]) + R.randint(1, 9)) % 10)
        else:
            g = ahv().replace(".", "")
            s = g[:12] + str((int(g[12]) + R.randint(1, 9)) % 10)
            s = f"{s[:3]}.{s[3:7]}.{s[7:11]}.{s[11:]}"
        if not any_nid_ok(s):
            return s
    raise RuntimeError


def vat(country):
    if country == "BE":
        b = "0" + str(R.randint(2, 9)) + rdigits(6)
        n = b + d2(97 - int(b) % 97)
        return R.choice([f"BE {n[:4]}.{n[4:7]}.{n[7:]}", f"BE{n}", f"BE-{n}"])
    if country == "NL":
        return f"NL{rdigits(9, True)}B{R.randint(1, 9):02d}"
    if country == "FR":
        return f"FR {rdigits(2)} {rdigits(9, True)}"
    if country == "DE":
        return f"DE {rdigits(9, True)}" if R.random() < 0.5 else f"DE{rdigits(9, True)}"
    if country == "LU":
        return f"LU{rdigits(8, True)}"
    if country == "AT":
        return f"ATU{rdigits(8, True)}"
    if country == "CH":
        return f"CHE-{rdigits(3, True)}.{rdigits(3)}.{rdigits(3)} MWST"
    return f"GB {rdigits(3, True)} {rdigits(4)} {rdigits(2)}"


def ean13():
    d = R.choice(["54", "87", "30", "40", "76", "50"]) + rdigits(10)
    return d + ean13_check(d)


def order_no(digits=None):
    while True:
        n = rdigits(digits or R.choice([9, 10, 11]), True)
        if not any_nid_ok(n) and not luhn_ok(n):
            return n


def uuid4():
    h = "%032x" % R.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def githash(n=40):
    return "%0*x" % (n, R.getrandbits(4 * n))


def mac():
    return R.choice([":", "-"]).join("%02x" % R.randint(0, 255) for _ in range(6)).upper() if R.random() < 0.5 else \
        ":".join("%02x" % R.randint(0, 255) for _ in range(6))


def version4():
    return f"{R.randint(1, 12)}.{R.randint(0, 30)}.{R.randint(0, 200)}.{R.randint(0, 9999)}"


def ipv4(kind=None):
    kind = kind or R.choice(["pub", "pub", "pub", "priv", "doc"])
    if kind == "pub":
        return f"{R.choice([81, 84, 91, 94, 109, 145, 178, 185, 195, 212, 213, 217, 62, 77, 80, 86, 88, 89, 90, 92, 93])}." \
               f"{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if kind == "priv":
        return R.choice([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                         f"192.168.{R.randint(0, 20)}.{R.randint(1, 254)}",
                         f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"])
    return R.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(R.randint(1, 254))


def ipv6():
    h = lambda: "%x" % R.randint(0, 0xffff)  # noqa: E731
    return R.choice([
        f"2a02:{R.choice(['1810', 'a03f', '1811', 'a210'])}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
        f"2001:db8:{h()}::{h()}",
        f"fe80::{h()}:{h()}ff:fe{R.randint(0, 255):02x}:{h()}",
        f"2a01:cb00:{h()}:{h()}::{h()}",
        f"2003:{h()}:{h()}:{h()}::1",
    ])


def invalid_ip():
    return R.choice([f"{R.randint(256, 999)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(0, 255)}",
                     f"{R.randint(1, 255)}.{R.randint(0, 255)}.{R.randint(300, 999)}.{R.randint(0, 255)}"])


# --------------------------------------------------------------------------- dates
def rdate(y0, y1):
    return (R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


def fmt_date(d, lang, style=None):
    y, m, dd = d
    style = style if style is not None else R.random()
    if style < 0.45:
        sep = {"nl": R.choice(["-", "/"]), "fr": "/", "de": ".", "en": "/"}[lang]
        return f"{dd:02d}{sep}{m:02d}{sep}{y}"
    if style < 0.75:
        mn = MONTHS[lang][m - 1]
        return {"de": f"{dd}. {mn} {y}", "en": f"{dd} {mn} {y}"}.get(lang, f"{dd} {mn} {y}")
    return f"{y}-{m:02d}-{dd:02d}"


def ts_iso(d=None):
    d = d or rdate(2023, 2025)
    return f"{d[0]}-{d[1]:02d}-{d[2]:02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z"


# --------------------------------------------------------------------------- persons and addresses
class Addr:
    def __init__(self, country, loc):
        self.country = country
        self.loc = loc
        self.street = R.choice(STREETS[loc])
        n = R.randint(1, 180)
        self.nr = str(n)
        r = R.random()
        self.box = ""
        if country == "BE" and r < 0.25:
            self.box = R.choice([" bus ", " boîte ", " bte "] if loc == "BE-fr" else [" bus ", " bus "]) + str(R.randint(1, 12))
        elif country == "NL" and r < 0.25:
            self.nr += R.choice(["a", "b", "-2", " hs", "-II"])
        elif country == "FR" and r < 0.15:
            self.nr += R.choice([" bis", " ter"])
        elif country in ("DE", "AT", "CH") and r < 0.15:
            self.nr += R.choice(["a", "b", "/3"])
        self.pc, self.city = R.choice(CITIES[loc])
        if country == "NL":
            self.pc = f"{self.pc} {R.choice('ABCEGHJKLMNPRTVWXZ')}{R.choice('ABCEGHJKLMNPRTVWXZ')}"
        self.cedex = country == "FR" and R.random() < 0.1

    def line1(self):
        if self.country in ("FR",) or (self.country == "UK"):
            return f"{self.nr} {self.street}"
        if self.country == "LU":
            return f"{self.nr}, {self.street}"
        return f"{self.street} {self.nr}{self.box}"

    def line2(self, caps=False):
        city = self.city.upper() if caps else self.city
        if self.country == "LU":
            return f"L-{self.pc} {city}"
        if self.country == "UK":
            return f"{city} {self.pc}"
        if self.cedex:
            return f"{self.pc} {city} CEDEX"
        return f"{self.pc} {city}"

    def one_line(self):
        return f"{self.line1()}, {self.line2()}"

    def two_lines(self, caps=None):
        caps = (self.country in ("FR", "LU") and R.random() < 0.5) if caps is None else caps
        return f"{self.line1()}\n{self.line2(caps)}"


class Person:
    def __init__(self, country, lang=None):
        self.country = country
        self.lang = lang or lang_of(country)
        self.loc = locale_of(country, self.lang)
        gl = self.loc if self.loc in GIVEN else country
        self.given = R.choice(GIVEN[gl])
        self.surname = R.choice(SURN[gl])
        if R.random() < 0.08 and country in ("FR", "DE", "UK", "NL", "BE", "CH"):
            other = R.choice(SURN[gl])
            if other != self.surname and " " not in other and " " not in self.surname:
                self.surname = f"{self.surname}-{other}"
        self.female = self.given in FEMALE
        self.dob = rdate(1948, 2006)
        self.addr = Addr(country, self.loc)
        dom = R.choice(DOMAINS[country])
        st = R.random()
        g, s = fold(self.given), fold(self.surname)
        local = f"{g}.{s}" if st < 0.5 else (f"{g[0]}{s}" if st < 0.75 else f"{g}{s}{R.randint(1, 99)}")
        self.email = f"{local}@{dom}"
        self.mobile = phone(country, "mobile")
        self.land = phone(country, "land")
        self.iban = iban(country)

    def full(self):
        return f"{self.given} {self.surname}"

    def name(self, style=None):
        st = style if style is not None else R.random()
        if st < 0.6:
            return self.full()
        if st < 0.72:
            return f"{self.surname}, {self.given}"
        if st < 0.84:
            return f"{self.surname.upper()} {self.given}"
        if st < 0.92:
            return f"{self.given[0]}. {self.surname}"
        return f"{self.given} {self.surname.upper()}"

    def title(self, lang=None):
        lang = lang or self.lang
        return {"nl": "Mevrouw " if self.female else "De heer ", "fr": "Madame " if self.female else "Monsieur ",
                "de": "Frau " if self.female else "Herrn ", "en": "Ms " if self.female else "Mr "}[lang]

    def short_title(self, lang=None):
        lang = lang or self.lang
        return {"nl": "Mevr. " if self.female else "Dhr. ", "fr": "Mme " if self.female else "M. ",
                "de": "Frau " if self.female else "Herr ", "en": "Ms. " if self.female else "Mr. "}[lang]

    def nid(self):
        c = self.country
        male = not self.female
        if c == "BE":
            return rrn(self.dob, male)
        if c == "NL":
            return bsn()
        if c == "FR":
            return nir(self.dob, male)
        if c == "DE":
            return steuer_id()
        if c == "CH":
            return ahv()
        return None

    # segment helpers
    def pn(self, style=None):
        return P(self.name(style), "person_name", self.country)

    def pg(self):
        return P(self.given, "person_name", self.country)

    def ps(self):
        return P(self.surname, "person_name", self.country)

    def pe(self):
        return P(self.email, "email", self.country)

    def pm(self):
        return P(self.mobile, "phone", self.country)

    def pl(self):
        return P(self.land, "phone", self.country)

    def pi(self):
        return P(self.iban, "iban", self.country)

    def pa1(self):
        return P(self.addr.one_line(), "postal_address", self.country)

    def pa2(self, caps=None):
        return P(self.addr.two_lines(caps), "postal_address", self.country)

    def pstreet(self):
        return P(self.addr.line1(), "postal_address", self.country)

    def pdob(self, lang=None, style=None):
        return P(fmt_date(self.dob, lang or self.lang, style), "date_of_birth", self.country)

    def pdob_iso(self):
        return P(fmt_date(self.dob, "en", 0.9), "date_of_birth", self.country)

    def pnid(self):
        v = self.nid()
        return P(v, "national_id", self.country) if v else None


COMPANY_SUFFIX = {"BE": ["NV", "BV", "SRL", "SA", "BVBA"], "NL": ["B.V.", "N.V.", "BV"], "FR": ["SARL", "SAS", "SA"],
                  "DE": ["GmbH", "AG", "GmbH & Co. KG"], "AT": ["GmbH", "AG"], "CH": ["AG", "GmbH", "SA"], "LU": ["S.à r.l.", "S.A."],
                  "UK": ["Ltd", "plc", "LLP"]}
COMPANY_WORD = {"nl": ["Logistiek", "Bouw", "Advies", "Verzekeringen", "Vastgoed", "Zorg", "Installaties", "Accountants"],
                "fr": ["Immobilier", "Assurances", "Conseil", "Transports", "Construction", "Services", "Distribution"],
                "de": ["Bau", "Logistik", "Versicherungen", "Immobilien", "Steuerberatung", "Haustechnik", "Handel"],
                "en": ["Logistics", "Insurance", "Consulting", "Property Management", "Services", "Holdings"]}


class Company:
    def __init__(self, country, lang=None):
        self.country = country
        self.lang = lang or lang_of(country)
        loc = locale_of(country, self.lang)
        gl = loc if loc in SURN else country
        r = R.random()
        sn = R.choice(SURN[gl])
        w = R.choice(COMPANY_WORD[self.lang])
        suf = R.choice(COMPANY_SUFFIX[country])
        if r < 0.45:
            self.name = f"{sn} {w} {suf}"
            self.kind = "company_name"
        elif r < 0.65:
            a, b = R.choice(SURN[gl]), R.choice(SURN[gl])
            self.name = f"{a} & {b} {suf}"
            self.kind = "company_name"
        elif r < 0.82:
            self.name = f"{R.choice(STREETS[loc])} {w} {suf}"
            self.kind = "street_name_company"
        else:
            self.name = f"{R.choice(['Nordlicht', 'Horizon', 'Alpha', 'Meridian', 'Zuiderzon', 'Blauwe Reiger', 'Atlas', 'Sirius'])} {w} {suf}"
            self.kind = "company_name"
        self.addr = Addr(country, loc)
        self.phone = phone(country, "land")
        dom = R.choice(DOMAINS[country])
        self.dom = dom
        self.iban = iban(country)
        self.vat = vat(country)

    def pn(self):
        return N(self.name, self.kind, "postal_address" if self.kind == "street_name_company" else "person_name")

    def mail(self, box):
        return P(f"{box}@{self.dom}", "email", self.country)

    def pa1(self):
        return P(self.addr.one_line(), "postal_address", self.country)

    def pa2(self):
        return P(self.addr.two_lines(), "postal_address", self.country)

    def pp(self):
        return P(self.phone, "phone", self.country)

    def pi(self):
        return P(self.iban, "iban", self.country)

    def nvat(self):
        return N(self.vat, "company_vat_number", "national_id")


def pick_country():
    return R.choices(["BE", "NL", "FR", "DE", "LU", "AT", "CH", "UK"], [3, 2.5, 2.5, 2.5, 0.6, 0.6, 0.6, 0.8])[0]


def ndate(lang, y0=2022, y1=2025):
    return N(fmt_date(rdate(y0, y1), lang), "non_dob_date", "date_of_birth")


def nord(prefix=""):
    return N(prefix + order_no(), "order_number", "national_id")


def namt():
    return f"{R.randint(12, 4800)},{R.randint(0, 99):02d}"


# =========================================================================== genres
NIDLBL = {("BE", "nl"): "Rijksregisternummer", ("BE", "fr"): "Numéro de registre national", ("BE", "de"): "Nationalregisternummer",
          ("BE", "en"): "National register number", ("NL", "nl"): "BSN", ("NL", "en"): "BSN (citizen service number)",
          ("FR", "fr"): "N° de sécurité sociale", ("FR", "en"): "Social security number (NIR)", ("DE", "de"): "Steuer-ID",
          ("DE", "en"): "German tax ID", ("CH", "de"): "AHV-Nr.", ("CH", "fr"): "N° AVS", ("CH", "en"): "AHV number"}


def nidlbl(p, lang=None):
    return NIDLBL.get((p.country, lang or p.lang), "ID")


LB = {
    "nl": dict(name="Naam", given="Voornaam", surname="Achternaam", addr="Adres", street="Straat", pc="Postcode", city="Gemeente",
               phone="Telefoon", mobile="GSM", email="E-mail", dob="Geboortedatum", iban="IBAN", date="Datum", ref="Referentie",
               cust="Klantnummer", amount="Bedrag"),
    "fr": dict(name="Nom", given="Prénom", surname="Nom de famille", addr="Adresse", street="Rue", pc="Code postal", city="Localité",
               phone="Téléphone", mobile="GSM", email="Courriel", dob="Date de naissance", iban="IBAN", date="Date", ref="Référence",
               cust="N° client", amount="Montant"),
    "de": dict(name="Name", given="Vorname", surname="Nachname", addr="Anschrift", street="Straße", pc="PLZ", city="Ort",
               phone="Telefon", mobile="Mobil", email="E-Mail", dob="Geburtsdatum", iban="IBAN", date="Datum", ref="Aktenzeichen",
               cust="Kundennummer", amount="Betrag"),
    "en": dict(name="Name", given="First name", surname="Last name", addr="Address", street="Street", pc="Postcode", city="City",
               phone="Phone", mobile="Mobile", email="Email", dob="Date of birth", iban="IBAN", date="Date", ref="Reference",
               cust="Customer no.", amount="Amount"),
}
BORN = {"nl": "geboren op", "fr": "né le", "de": "geboren am", "en": "born on"}


def born(p):
    if p.lang == "fr" and p.female:
        return "née le"
    return BORN[p.lang]


def people(c, n, lang=None):
    return [Person(c, lang) for _ in range(n)]


# ---------------------------------------------------------------- 1 vCard
def g_vcf(i):
    c = pick_country()
    d = Doc(f"contacts/{['adresboek', 'carnet', 'kontakte', 'contacts'][i % 4]}_{i:02d}.vcf")
    for _ in range(R.randint(3, 6)):
        p = Person(c if R.random() < 0.7 else pick_country())
        co = Company(p.country, p.lang) if R.random() < 0.6 else None
        d.t("BEGIN:VCARD\r\nVERSION:3.0\r\n")
        d.f("N:{s};{g};;;\r\n", s=p.ps(), g=p.pg())
        d.f("FN:{n}\r\n", n=P(p.full(), "person_name", p.country))
        if co:
            d.f("ORG:{o}\r\n", o=co.pn())
            d.t(f"TITLE:{R.choice(['Sales Manager', 'Boekhouder', 'Responsable RH', 'Projektleiterin', 'Office Manager'])}\r\n")
        d.f("TEL;TYPE=CELL:{m}\r\n", m=p.pm())
        if R.random() < 0.5:
            d.f("TEL;TYPE=WORK,VOICE:{l}\r\n", l=p.pl())
        d.f("EMAIL;TYPE=INTERNET:{e}\r\n", e=p.pe())
        a = p.addr
        d.f("ADR;TYPE=HOME:;;{s};{city};;{pc};{cn}\r\n", s=P(a.line1().replace(",", "\\,"), "postal_address", p.country),
            city=a.city, pc=a.pc, cn=COUNTRY_NAME[p.country])
        if R.random() < 0.75:
            y, m, dd = p.dob
            d.f("BDAY:{b}\r\n", b=P(R.choice([f"{y}-{m:02d}-{dd:02d}", f"{y}{m:02d}{dd:02d}"]), "date_of_birth", p.country))
        if R.random() < 0.3:
            q = Person(p.country, p.lang)
            d.f("NOTE:Partner {n} - {m}\r\n", n=P(q.full(), "person_name", q.country), m=q.pm())
        d.f("UID:{u}\r\nREV:{r}\r\nEND:VCARD\r\n", u=N(uuid4(), "uuid", "phone"), r=N(ts_iso(), "timestamp", "date_of_birth"))
    return d


# ---------------------------------------------------------------- 2 iCalendar
ICS_SUM = {"nl": ["Intakegesprek", "Overleg renovatie", "Plaatsbezoek", "Jaargesprek"],
           "fr": ["Rendez-vous d'état des lieux", "Réunion de chantier", "Entretien annuel", "Visite technique"],
           "de": ["Besichtigungstermin", "Abstimmung Mietvertrag", "Jahresgespräch", "Vor-Ort-Termin"],
           "en": ["Kick-off meeting", "Property viewing", "Annual review", "Site visit"]}
ICS_DESC = {"nl": "Bij vragen of verhindering kan u mij bereiken op {ph}.\\nTot dan\\, {g}",
            "fr": "En cas d'empêchement\\, merci de me prévenir au {ph}.\\nCordialement\\, {g}",
            "de": "Bei Verhinderung bitte kurz unter {ph} melden.\\nViele Grüße\\, {g}",
            "en": "If you cannot make it\\, please call me on {ph}.\\nBest regards\\, {g}"}


def ics_ts(dt=None):
    y, m, dd = dt or rdate(2024, 2025)
    return f"{y}{m:02d}{dd:02d}T{R.randint(7, 18):02d}{R.choice(['00', '15', '30', '45'])}00"


def g_ics(i):
    c = pick_country()
    org = Person(c)
    lang = org.lang
    d = Doc(f"agenda/{['uitnodiging', 'invitation', 'einladung', 'invite'][['nl', 'fr', 'de', 'en'].index(lang)]}_{i:02d}.ics")
    d.f("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example Groupware//Calendar {v}//EN\r\nMETHOD:REQUEST\r\n",
        v=N(version4(), "version_string", "ip_address"))
    for _ in range(R.randint(1, 3)):
        d.f("BEGIN:VEVENT\r\nUID:{u}\r\nDTSTAMP:{ts}Z\r\n", u=N(f"{uuid4()}@example.com", "message_id", "email"),
            ts=N(ics_ts(), "timestamp", "date_of_birth"))
        day = rdate(2024, 2025)
        d.f("DTSTART;TZID=Europe/Brussels:{a}\r\nDTEND;TZID=Europe/Brussels:{b}\r\n", a=N(ics_ts(day), "timestamp", "date_of_birth"),
            b=N(ics_ts(day), "timestamp", "date_of_birth"))
        d.t(f"SUMMARY:{R.choice(ICS_SUM[lang])}\r\n")
        if R.random() < 0.5:
            d.f("ORGANIZER;CN={n}:mailto:{e}\r\n", n=P(org.full(), "person_name", c), e=org.pe())
        else:
            d.f('ORGANIZER;CN="{n}":mailto:{e}\r\n', n=P(f"{org.surname}, {org.given}", "person_name", c), e=org.pe())
        for _ in range(R.randint(1, 3)):
            a = Person(c if R.random() < 0.7 else pick_country())
            d.f("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}\r\n",
                n=P(a.full(), "person_name", a.country), e=a.pe())
        if R.random() < 0.3:
            d.f("ATTENDEE;CUTYPE=ROOM;CN=Vergaderzaal 2.14:mailto:{e}\r\n", e=P("room-214@example.com", "email"))
        loc = Person(c, lang).addr if R.random() < 0.6 else Company(c, lang).addr
        d.f("LOCATION:{l}\r\n", l=P(loc.one_line().replace(",", "\\,"), "postal_address", c))
        d.f("DESCRIPTION:" + ICS_DESC[lang] + "\r\n", ph=P(org.mobile, "phone", c), g=P(org.given, "person_name", c))
        d.t("SEQUENCE:0\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\n")
    d.t("END:VCALENDAR\r\n")
    return d


# ---------------------------------------------------------------- 3 XML exports
XT = {
    "nl": dict(root="klanten", rec="klant", id="klantnummer", g="voornaam", s="achternaam", dob="geboortedatum", adr="adres",
               st="straat", pc="postcode", city="gemeente", tel="telefoon", mail="email", iban="iban", nid="rijksregisternummer",
               created="aangemaakt", inv="laatsteFactuur", card="kaartnummer"),
    "fr": dict(root="clients", rec="client", id="numeroClient", g="prenom", s="nom", dob="dateNaissance", adr="adresse",
               st="rue", pc="codePostal", city="localite", tel="telephone", mail="courriel", iban="iban", nid="numeroSecu",
               created="dateCreation", inv="derniereFacture", card="numeroCarte"),
    "de": dict(root="kunden", rec="kunde", id="kundennummer", g="vorname", s="nachname", dob="geburtsdatum", adr="anschrift",
               st="strasse", pc="plz", city="ort", tel="telefon", mail="email", iban="iban", nid="steuerId",
               created="angelegtAm", inv="letzteRechnung", card="kartennummer"),
    "en": dict(root="customers", rec="customer", id="customerId", g="firstName", s="lastName", dob="dateOfBirth", adr="address",
               st="street", pc="postcode", city="city", tel="phone", mail="email", iban="iban", nid="nationalId",
               created="createdAt", inv="lastInvoice", card="cardNumber"),
}


def g_xml(i):
    c = pick_country()
    lang = lang_of(c)
    if R.random() < 0.2:
        lang = "en"
    t = XT[lang]
    d = Doc(f"exports/xml/{t['root']}_{i:02d}.xml")
    d.f('<?xml version="1.0" encoding="UTF-8"?>\n<{r} export="{ts}" schema="{v}">\n', r=t["root"],
        ts=N(ts_iso(), "timestamp", "date_of_birth"), v=N(version4(), "version_string", "ip_address"))
    for _ in range(R.randint(2, 5)):
        p = Person(c, lang if lang != "en" else None)
        d.f("  <{r}>\n    <{id}>{v}</{id}>\n", r=t["rec"], id=t["id"], v=nord(R.choice(["", "K", "C-"])))
        d.f("    <{g}>{a}</{g}>\n    <{s}>{b}</{s}>\n", g=t["g"], s=t["s"], a=p.pg(), b=p.ps())
        dob = R.choice([p.pdob_iso(), p.pdob(lang, 0.1)])
        d.f("    <{k}>{v}</{k}>\n", k=t["dob"], v=dob)
        if R.random() < 0.7:
            d.f("    <{a}>\n      <{st}>{s}</{st}>\n      <{pc}>{p}</{pc}>\n      <{ci}>{ci2}</{ci}>\n    </{a}>\n", a=t["adr"], st=t["st"],
                pc=t["pc"], ci=t["city"], s=p.pstreet(), p=p.addr.pc, ci2=p.addr.city)
        else:
            d.f("    <{a}>{v}</{a}>\n", a=t["adr"], v=p.pa1())
        d.f("    <{k}>{v}</{k}>\n", k=t["tel"], v=R.choice([p.pm(), p.pl()]))
        d.f("    <{k}>{v}</{k}>\n", k=t["mail"], v=p.pe())
        if R.random() < 0.8:
            d.f("    <{k}>{v}</{k}>\n", k=t["iban"], v=p.pi())
        else:
            d.f('    <{k} status="invalid">{v}</{k}>\n', k=t["iban"], v=N(bad_iban(c), "bad_checksum_iban", "iban"))
        nid = p.pnid()
        t = dict(t, nid={"BE": "rijksregisternummer" if lang == "nl" else "numeroNational", "NL": "bsn", "FR": "nir", "DE": "steuerId",
                         "CH": "ahvNummer"}.get(c, t["nid"]))
        if nid and R.random() < 0.15:
            d.f('    <{k} valid="false">{v}</{k}>\n', k=t["nid"], v=N(bad_nid(p.country, p.dob, not p.female), "bad_checksum_national_id", "national_id"))
        elif nid and R.random() < 0.7:
            d.f("    <{k}>{v}</{k}>\n", k=t["nid"], v=nid)
        if R.random() < 0.25:
            d.f("    <{k}>{v}</{k}>\n", k=t["card"], v=P(card(), "payment_card"))
        elif R.random() < 0.3:
            d.f("    <{k}>{v}</{k}>\n", k=t["card"], v=N(masked_card(), "masked_card", "payment_card"))
        d.f("    <{k}>{v}</{k}>\n    <{k2}>{v2}</{k2}>\n  </{r}>\n", k=t["created"], v=N(ts_iso(), "timestamp", "date_of_birth"),
            k2=t["inv"], v2=N(f"INV-{R.randint(2022, 2025)}-{R.randint(1, 99999):05d}", "order_number", "national_id"), r=t["rec"])
    d.f("</{r}>\n", r=t["root"])
    return d


# ---------------------------------------------------------------- 4 YAML
YK = {
    "nl": dict(top="medewerkers", id="personeelsnummer", g="voornaam", s="achternaam", dob="geboortedatum", mail="email",
               tel="gsm", adr="adres", st="straat", pc="postcode", city="gemeente", iban="rekeningnummer", nid="rijksregisternummer",
               start="in_dienst_sinds", dept="afdeling"),
    "fr": dict(top="employes", id="matricule", g="prenom", s="nom", dob="date_naissance", mail="courriel", tel="portable",
               adr="adresse", st="rue", pc="code_postal", city="ville", iban="iban", nid="numero_secu", start="date_entree", dept="service"),
    "de": dict(top="mitarbeiter", id="personalnummer", g="vorname", s="nachname", dob="geburtsdatum", mail="email", tel="mobil",
               adr="anschrift", st="strasse", pc="plz", city="ort", iban="iban", nid="steuer_id", start="eintrittsdatum", dept="abteilung"),
    "en": dict(top="employees", id="employee_id", g="first_name", s="last_name", dob="date_of_birth", mail="email", tel="mobile",
               adr="address", st="street", pc="postcode", city="city", iban="iban", nid="national_id", start="start_date", dept="department"),
}


def g_yaml(i):
    c = pick_country()
    lang = lang_of(c)
    if i % 2 == 0:
        k = YK[lang]
        d = Doc(f"hr/{k['top']}_{i:02d}.yaml")
        d.f("# HR export {ts}\nversion: 3\n{top}:\n", ts=N(ts_iso(), "timestamp", "date_of_birth"), top=k["top"])
        for _ in range(R.randint(2, 4)):
            p = Person(c, lang if lang != "en" else None)
            d.f("  - {id}: {v}\n", id=k["id"], v=nord("P"))
            d.f("    {g}: {a}\n    {s}: {b}\n", g=k["g"], s=k["s"], a=p.pg(), b=p.ps())
            d.f("    {k}: {v}\n", k=k["dob"], v=p.pdob_iso())
            d.f("    {k}: {v}\n", k=k["mail"], v=p.pe())
            d.f('    {k}: "{v}"\n', k=k["tel"], v=p.pm())
            d.f('    {a}:\n      {st}: {s}\n      {pc}: "{pcv}"\n      {ci}: {civ}\n', a=k["adr"], st=k["st"], s=p.pstreet(),
                pc=k["pc"], pcv=p.addr.pc, ci=k["city"], civ=p.addr.city)
            d.f("    {k}: {v}\n", k=k["iban"], v=p.pi())
            nid = p.pnid()
            if nid:
                d.f('    {k}: "{v}"\n', k=k["nid"], v=nid)
            d.f("    {k}: {v}\n    {dk}: {dv}\n", k=k["start"], v=N(fmt_date(rdate(2010, 2024), "en", 0.9), "non_dob_date", "date_of_birth"),
                dk=k["dept"], dv=R.choice(["Finance", "IT", "Sales", "Logistiek", "Comptabilité", "Vertrieb"]))
    else:
        p = Person(c)
        co = Company(c, p.lang)
        d = Doc(f"config/{R.choice(['billing', 'crm', 'portal', 'sync'])}-service_{i:02d}.yml")
        d.f("app:\n  name: {n}\n  version: {v}\n  build: {h}\n", n=R.choice(["billing-service", "crm-sync", "klantportaal"]),
            v=N(version4(), "version_string", "ip_address"), h=N(githash(), "hash", "payment_card"))
        d.f("owner:\n  company: {co}\n  vat: {vat}\n  contact_person: {n}\n  contact_email: {e}\n  contact_phone: \"{ph}\"\n",
            co=co.pn(), vat=co.nvat(), n=p.pn(0.1), e=p.pe(), ph=R.choice([p.pm(), p.pl()]))
        d.f("  postal_address: \"{a}\"\n", a=co.pa1())
        d.f("smtp:\n  host: {h}\n  port: 587\n  from: {f}\n  reply_to: {r}\n", h=P(ipv4("priv"), "ip_address"),
            f=co.mail("noreply"), r=co.mail(R.choice(["support", "info", "klantendienst", "service"])))
        d.f("database:\n  primary: {a}\n  replica: \"{b}\"\n  mac_whitelist:\n    - \"{m}\"\n", a=P(ipv4("priv"), "ip_address"),
            b=P(ipv6(), "ip_address"), m=N(mac(), "mac_address", "ip_address"))
        d.f("monitoring:\n  oid_root: {o}\n  instance_id: {u}\n  allowed_clients:\n", o=N("1.3.6.1.4.1." + str(R.randint(1000, 60000)) + ".1.2", "oid", "ip_address"),
            u=N(uuid4(), "uuid", "phone"))
        for _ in range(R.randint(1, 3)):
            d.f("    - {ip}\n", ip=P(ipv4(), "ip_address"))
        d.f("payments:\n  payout_iban: {ib}\n  test_card: {tc}\n", ib=co.pi(), tc=N(bad_card(), "bad_checksum_card", "payment_card"))
    return d


# ---------------------------------------------------------------- 5 INI / properties
def g_ini(i):
    c = pick_country()
    p = Person(c)
    co = Company(c, p.lang)
    if i % 2 == 0:
        d = Doc(f"config/{R.choice(['app', 'settings', 'export', 'mailer'])}_{i:02d}.ini")
        d.f("; generated by setup {v}\n[general]\ninstance = {u}\nbuild = {h}\n\n", v=N(version4(), "version_string", "ip_address"),
            u=N(uuid4(), "uuid", "phone"), h=N(githash(12), "hash", "payment_card"))
        d.f("[contact]\nname = {n}\nemail = {e}\nphone = {ph}\naddress = {a}\ncompany = {co}\n\n", n=p.pn(0.1), e=p.pe(), ph=p.pm(),
            a=co.pa1(), co=co.pn())
        d.f("[network]\nlisten = {a}\ngateway = {g}\nsyslog_server = {s}\nipv6_prefix = {v6}\nhw_addr = {m}\n\n",
            a=P(ipv4("priv"), "ip_address"), g=P(ipv4("priv"), "ip_address"), s=P(ipv4("pub"), "ip_address"), v6=P(ipv6(), "ip_address"),
            m=N(mac(), "mac_address", "ip_address"))
        d.f("[billing]\ncreditor_iban = {ib}\nvat = {vat}\nlast_invoice = {inv}\n", ib=co.pi(), vat=co.nvat(),
            inv=N(f"F{R.randint(2023, 2025)}{R.randint(1, 99999):05d}", "order_number", "national_id"))
    else:
        d = Doc(f"config/{R.choice(['application', 'mail', 'support'])}_{i:02d}.properties")
        d.f("# Support desk configuration, rev {h}\nsupport.contact.name={n}\nsupport.contact.email={e}\nsupport.contact.phone={ph}\n",
            h=N(githash(), "hash", "payment_card"), n=p.pn(0.1), e=p.pe(), ph=p.pl())
        d.f("mail.from={f}\nmail.smtp.host={h}\nmail.smtp.port=25\n", f=co.mail("noreply"), h=P(ipv4(), "ip_address"))
        d.f("company.name={co}\ncompany.address={a}\ncompany.vat={vat}\ncompany.iban={ib}\n", co=co.pn(), a=co.pa1(), vat=co.nvat(), ib=co.pi())
        d.f("app.version={v}\napp.release.date={dt}\nsession.timeout=1800\nadmin.allowed.ip={ip}\n", v=N(version4(), "version_string", "ip_address"),
            dt=ndate("en"), ip=P(ipv4(), "ip_address"))
    return d
# ---------------------------------------------------------------- 6 GDPR subject access requests and replies
SAR = {
    "nl": dict(subj="Betreft: verzoek tot inzage in mijn persoonsgegevens (art. 15 AVG)", att="t.a.v. de functionaris voor gegevensbescherming",
               hello="Geachte heer, mevrouw,",
               body="Op grond van artikel 15 van de Algemene Verordening Gegevensbescherming verzoek ik u mij mee te delen welke "
                    "persoonsgegevens u over mij verwerkt, met welk doel en aan wie u ze heeft doorgegeven.\n\nTer identificatie: ik ben {born} {dob}, "
                    "mijn klantnummer is {cust} en mijn rekeningnummer is {iban}.\nU kunt mij bereiken op {ph} of via {em}.\n\n",
               bye="Met vriendelijke groet,", rsubj="Uw verzoek tot inzage van {dt} (dossier {ref})",
               rbody="Naar aanleiding van uw verzoek vindt u hieronder een overzicht van de gegevens die wij over u bewaren.\n\n"),
    "fr": dict(subj="Objet : demande d'accès à mes données personnelles (article 15 du RGPD)", att="À l'attention du délégué à la protection des données",
               hello="Madame, Monsieur,",
               body="Conformément à l'article 15 du Règlement général sur la protection des données, je vous prie de me communiquer "
                    "l'ensemble des données personnelles me concernant que vous traitez.\n\nPour faciliter mon identification : je suis {born} {dob}, "
                    "mon numéro client est le {cust} et mon IBAN est {iban}.\nVous pouvez me joindre au {ph} ou par courriel à {em}.\n\n",
               bye="Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
               rsubj="Votre demande d'accès du {dt} (dossier {ref})",
               rbody="Suite à votre demande, vous trouverez ci-dessous les données que nous conservons à votre sujet.\n\n"),
    "de": dict(subj="Betreff: Auskunftsersuchen nach Art. 15 DSGVO", att="z. Hd. des Datenschutzbeauftragten", hello="Sehr geehrte Damen und Herren,",
               body="gemäß Art. 15 DSGVO bitte ich um Auskunft über alle zu meiner Person gespeicherten Daten, die Zwecke der Verarbeitung "
                    "und die Empfänger.\n\nZur Identifikation: Ich bin {born} {dob}, meine Kundennummer lautet {cust}, meine IBAN {iban}.\n"
                    "Sie erreichen mich unter {ph} oder per E-Mail an {em}.\n\n",
               bye="Mit freundlichen Grüßen", rsubj="Ihr Auskunftsersuchen vom {dt} (Vorgang {ref})",
               rbody="bezugnehmend auf Ihr Ersuchen erhalten Sie nachstehend die zu Ihrer Person gespeicherten Daten.\n\n"),
    "en": dict(subj="Re: Subject access request under Article 15 UK GDPR", att="For the attention of the Data Protection Officer", hello="Dear Sir or Madam,",
               body="Under Article 15 of the GDPR I request a copy of all personal data you hold about me, the purposes of processing and "
                    "the recipients.\n\nTo help you locate my records: I was {born} {dob}, my customer number is {cust} and my IBAN is {iban}.\n"
                    "You can reach me on {ph} or at {em}.\n\n",
               bye="Yours faithfully,", rsubj="Your subject access request of {dt} (case {ref})",
               rbody="Further to your request, please find below the personal data we hold about you.\n\n"),
}


def g_sar(i):
    c = pick_country()
    p = Person(c)
    lang = p.lang
    co = Company(c, lang)
    t = SAR[lang]
    lb = LB[lang]
    cust = nord()
    if i % 2 == 0:
        d = Doc(f"gdpr/{['inzageverzoek', 'demande_acces', 'auskunftsersuchen', 'sar_letter'][['nl', 'fr', 'de', 'en'].index(lang)]}_{i:02d}.txt")
        d.f("{n}\n{a}\n{e}\n{ph}\n\n", n=p.pn(0.1), a=p.pa2(), e=p.pe(), ph=p.pm())
        d.f("{co}\n{att}\n{ca}\n\n{city}, {dt}\n\n{subj}\n\n{hello}\n\n", co=co.pn(), att=t["att"], ca=co.pa2(), city=p.addr.city,
            dt=ndate(lang), subj=t["subj"], hello=t["hello"])
        born_s = {"nl": "geboren op", "fr": "née le" if p.female else "né le", "de": "geboren am", "en": "born on"}[lang]
        d.f(t["body"], born=born_s, dob=p.pdob(), cust=cust, iban=p.pi(), ph=p.pm(), em=p.pe())
        if R.random() < 0.8:
            d.f("{x}: {v}\n\n", x=nidlbl(p) if p.nid() else lb["ref"], v=p.pnid() or nord())
        d.f("{bye}\n\n{n}\n", bye=t["bye"], n=P(p.full(), "person_name", c))
    else:
        dpo = Person(c, lang)
        d = Doc(f"gdpr/replies/{['antwoord', 'reponse', 'antwort', 'reply'][['nl', 'fr', 'de', 'en'].index(lang)]}_{i:02d}.md")
        d.f("**{co}** · {ca} · {mail} · {ph}\n\n", co=co.pn(), ca=co.pa1(), mail=co.mail({"nl": "privacy", "fr": "rgpd", "de": "datenschutz", "en": "dpo"}[lang]), ph=co.pp())
        d.f("{title}{n}\n{a}\n\n", title=p.title(), n=p.pn(0.1), a=p.pa2())
        d.f("## " + t["rsubj"] + "\n\n", dt=ndate(lang), ref=N(f"DSR-{R.randint(2023, 2025)}-{R.randint(100, 9999):04d}", "ticket_number", "phone"))
        d.f("{hello}\n\n{rb}", hello=t["hello"], rb=t["rbody"])
        d.t({"nl": "| Gegeven | Waarde |", "fr": "| Donnée | Valeur |", "de": "| Feld | Wert |", "en": "| Field | Value |"}[lang] + "\n|---|---|\n")
        d.f("| {k} | {v} |\n", k=lb["name"], v=P(p.full(), "person_name", c))
        d.f("| {k} | {v} |\n", k=lb["addr"], v=p.pa1())
        d.f("| {k} | {v} |\n", k=lb["dob"], v=p.pdob())
        d.f("| {k} | {v} |\n", k=lb["email"], v=p.pe())
        d.f("| {k} | {v} |\n", k=lb["phone"], v=p.pm())
        d.f("| {k} | {v} |\n", k=lb["iban"], v=p.pi())
        d.f("| {k} | {v} |\n", k=lb["cust"], v=cust)
        if p.nid():
            d.f("| {k} | {v} |\n", k=nidlbl(p), v=p.pnid())
        d.f("| Card | {v} |\n", v=N(masked_card(), "masked_card", "payment_card") if R.random() < 0.5 else P(card(), "payment_card"))
        d.f("| Last logins | {a}, {b} |\n\n", a=P(ipv4("pub"), "ip_address"), b=P(R.choice([ipv4("pub"), ipv6()]), "ip_address"))
        d.f("{bye}\n\n{n}\n{role}\n", bye=t["bye"], n=P(dpo.full(), "person_name", c),
            role={"nl": "Functionaris voor gegevensbescherming", "fr": "Délégué à la protection des données", "de": "Datenschutzbeauftragte/r",
                  "en": "Data Protection Officer"}[lang])
    return d


# ---------------------------------------------------------------- 7 insurance claim notes
CLAIM = {
    "nl": "Schadedossier {pol}\nDatum melding: {dt}\nVerzekeringnemer: {n} ({born} {dob})\nAdres: {a}\nTel.: {ph}\nE-mail: {em}\n\n"
          "Omschrijving: waterschade in de keuken na lek van de vaatwasser op {dt2}. Expert {ex} bezoekt de woning volgende week. "
          "Tegenpartij: {tp}, bereikbaar op {tph}.\nUitbetaling op rekening {ib}.\nBedrag geraamd: EUR {amt}. Polisversie {v}.\n",
    "fr": "Dossier sinistre {pol}\nDate de déclaration : {dt}\nAssuré(e) : {n}, {born} {dob}\nAdresse : {a}\nTél. : {ph}\nCourriel : {em}\n\n"
          "Description : dégât des eaux survenu le {dt2} dans la salle de bains. L'expert {ex} passera sur place. "
          "Tiers impliqué : {tp}, joignable au {tph}.\nIndemnisation à verser sur le compte {ib}.\nMontant estimé : {amt} EUR. Version du contrat {v}.\n",
    "de": "Schadenakte {pol}\nMeldedatum: {dt}\nVersicherungsnehmer/in: {n}, {born} {dob}\nAnschrift: {a}\nTelefon: {ph}\nE-Mail: {em}\n\n"
          "Schadenhergang: Am {dt2} Auffahrunfall auf dem Parkplatz. Gutachter {ex} wurde beauftragt. "
          "Unfallgegner: {tp}, erreichbar unter {tph}.\nAuszahlung auf IBAN {ib}.\nGeschätzter Schaden: {amt} EUR. Tarifversion {v}.\n",
    "en": "Claim file {pol}\nReported: {dt}\nPolicyholder: {n}, date of birth {dob}\nAddress: {a}\nPhone: {ph}\nEmail: {em}\n\n"
          "Details: burst pipe on {dt2}, damage to ceiling and flooring. Loss adjuster {ex} will visit. "
          "Third party: {tp}, on {tph}.\nSettlement to account {ib}.\nEstimated amount: GBP {amt}. Policy wording {v}.\n",
}


def g_claim(i):
    c = pick_country()
    p = Person(c)
    lang = p.lang
    ex, tp = Person(c, lang), Person(c, lang)
    d = Doc(f"insurance/claims/{['schade', 'sinistre', 'schaden', 'claim'][['nl', 'fr', 'de', 'en'].index(lang)]}_{i:02d}.txt")
    d.f(CLAIM[lang], pol=N(f"{R.choice(['POL', 'SIN', 'SCH'])}-{order_no(9)}", "order_number", "national_id"), dt=ndate(lang),
        n=p.pn(), born=born(p) if lang != "en" else "", dob=p.pdob(), a=p.pa1(), ph=p.pm(), em=p.pe(), dt2=ndate(lang),
        ex=P(f"{ex.given} {ex.surname}", "person_name", c), tp=P(tp.full(), "person_name", c), tph=tp.pm(), ib=p.pi(), amt=namt(),
        v=N(version4(), "version_string", "ip_address"))
    if p.nid():
        if R.random() < 0.8:
            d.f("{k}: {v}\n", k=nidlbl(p), v=p.pnid())
        else:
            d.f("{k}: {v} (?)\n", k=nidlbl(p), v=N(bad_nid(p.country, p.dob, not p.female), "bad_checksum_national_id", "national_id"))
    if R.random() < 0.5:
        d.f("Notitie {ts}: {g} belde terug vanaf {ph}; vraagt om voorschot.\n" if lang == "nl" else "Note {ts}: callback from {g} on {ph}.\n",
            ts=N(ts_iso(), "timestamp", "date_of_birth"), g=p.pg(), ph=p.pl())
    return d


# ---------------------------------------------------------------- 8 school / student records
SCHOOL = {
    "nl": dict(h="LEERLINGENFICHE", sn="Leerlingnummer", cls="Klas", par="Ouder/voogd", ent="Ingeschreven op"),
    "fr": dict(h="FICHE ÉLÈVE", sn="Matricule élève", cls="Classe", par="Responsable légal", ent="Inscrit(e) le"),
    "de": dict(h="SCHÜLERSTAMMBLATT", sn="Schülernummer", cls="Klasse", par="Erziehungsberechtigte/r", ent="Aufnahme am"),
    "en": dict(h="STUDENT RECORD", sn="Student number", cls="Form", par="Parent/guardian", ent="Enrolled on"),
}


def g_school(i):
    c = pick_country()
    st = Person(c)
    lang = st.lang
    st.dob = rdate(2008, 2018)
    par = Person(c, lang)
    par.surname = st.surname
    par.addr = st.addr
    t, lb = SCHOOL[lang], LB[lang]
    d = Doc(f"school/{['leerling', 'eleve', 'schueler', 'student'][['nl', 'fr', 'de', 'en'].index(lang)]}_{i:02d}.txt")
    d.f("{h}\n{sep}\n{sn}: {v}\n{cls}: {cl}\n\n", h=t["h"], sep="=" * len(t["h"]), sn=t["sn"], v=N(f"{R.randint(2019, 2025)}{rdigits(5)}", "order_number", "national_id"),
        cls=t["cls"], cl=f"{R.randint(1, 6)}{R.choice('ABCD')}")
    d.f("{k1}: {s}\n{k2}: {g}\n{k3}: {dob}\n", k1=lb["surname"], s=P(st.surname.upper() if R.random() < 0.5 else st.surname, "person_name", c),
        k2=lb["given"], g=st.pg(), k3=lb["dob"], dob=st.pdob())
    if st.nid() and c in ("BE", "NL"):
        d.f("{k}: {v}\n", k=nidlbl(st), v=st.pnid())
    d.f("{k}: {a}\n\n{par}: {pn}\n{m}: {ph}\n{e}: {em}\n", k=lb["addr"], a=st.pa1(), par=t["par"], pn=par.pn(), m=lb["mobile"], ph=par.pm(),
        e=lb["email"], em=par.pe())
    d.f("{ent}: {dt}\n", ent=t["ent"], dt=ndate(lang, 2019, 2024))
    d.f("\nNotes:\n- {dt} gesprek met {n} over rapport\n" if lang == "nl" else "\nNotes:\n- {dt}: meeting with {n} about report\n",
        dt=ndate(lang), n=P(par.full(), "person_name", c))
    return d


# ---------------------------------------------------------------- 9 medical appointment letters
MED = {
    "nl": "Betreft: uw afspraak op {dt} om {tm} uur\n\nGeachte {title}{n2},\n\nHierbij bevestigen wij uw afspraak bij dr. {doc} op de raadpleging. "
          "Gelieve uw identiteitskaart en verwijsbrief mee te brengen.\n\nPatiënt: {n} — geboortedatum {dob}\n{nidl}: {nid}\n\n"
          "Bij verhindering verwittigt u ons minstens 24 uur vooraf op {cph}.\n\nMet vriendelijke groeten,\nhet secretariaat\n",
    "fr": "Objet : confirmation de votre rendez-vous du {dt} à {tm}\n\n{title}{n2},\n\nNous vous confirmons votre rendez-vous avec le Dr {doc}. "
          "Merci de vous munir de votre carte Vitale.\n\nPatient(e) : {n}, {born} {dob}\n{nidl} : {nid}\n\n"
          "En cas d'empêchement, prévenez-nous 48 h à l'avance au {cph}.\n\nLe secrétariat médical\n",
    "de": "Terminbestätigung für den {dt}, {tm} Uhr\n\nSehr geehrte/r {title}{n2},\n\nhiermit bestätigen wir Ihren Termin bei Dr. med. {doc}. "
          "Bitte bringen Sie Ihre Versichertenkarte mit.\n\nPatient/in: {n}, geb. am {dob}\n{nidl}: {nid}\n\n"
          "Absagen bitte mindestens 24 Stunden vorher unter {cph}.\n\nIhr Praxisteam\n",
    "en": "Appointment confirmation: {dt} at {tm}\n\nDear {title}{n2},\n\nWe are writing to confirm your appointment with Dr {doc}. "
          "Please arrive ten minutes early.\n\nPatient: {n}, date of birth {dob}\n{nidl}: {nid}\n\n"
          "If you need to cancel, call us on {cph} at least 24 hours in advance.\n\nOutpatients Office\n",
}


def g_med(i):
    c = R.choice(["BE", "NL", "FR", "DE", "CH", "UK", "BE", "FR", "DE"])
    p = Person(c)
    lang = p.lang
    doc = Person(c, lang)
    clinic = Company(c, lang)
    d = Doc(f"medical/{['afspraak', 'rendez-vous', 'termin', 'appointment'][['nl', 'fr', 'de', 'en'].index(lang)]}_{i:02d}.txt")
    cname = R.choice({"nl": ["Medisch Centrum De Linde", "Huisartsenpraktijk Het Anker", "AZ Sint-Jozef — polikliniek"],
                      "fr": ["Centre médical Les Tilleuls", "Clinique du Parc", "Cabinet médical de la Gare"],
                      "de": ["Praxisgemeinschaft am Park", "MVZ Lindenhof", "Gemeinschaftspraxis Am Markt"],
                      "en": ["Riverside Medical Centre", "St Mary's Outpatients", "Park Lane Surgery"]}[lang])
    d.f("{cl}\n{ca}\nTel. {cph}\n\n{title}{n}\n{a}\n\n", cl=N(cname, "company_name", "person_name"), ca=clinic.pa2(), cph=clinic.pp(), title=p.title(), n=p.pn(0.1), a=p.pa2())
    nid = p.pnid()
    d.f(MED[lang], dt=ndate(lang, 2025, 2025), tm=f"{R.randint(8, 17)}:{R.choice(['00', '15', '30', '45'])}", title=p.short_title(),
        n2=P(p.surname, "person_name", c), doc=P(f"{doc.given} {doc.surname}" if R.random() < 0.5 else doc.surname, "person_name", c),
        n=P(p.full(), "person_name", c), born=born(p), dob=p.pdob(), nidl=nidlbl(p) if nid else LB[lang]["ref"],
        nid=nid or N(f"{R.choice(['MRN', 'PAT'])}{order_no(9)}", "order_number", "national_id"), cph=clinic.pp())
    return d


# ---------------------------------------------------------------- 10 rental contracts / property notes
RENT = {
    "nl": ("HUUROVEREENKOMST nr. {no}\n\nTussen de verhuurder {ll}, wonende te {lla}, en de huurder {tn}, {born} {dob}, "
           "wordt het volgende overeengekomen.\n\nArtikel 1. Het gehuurde goed is gelegen te {prop}.\nArtikel 2. De huur gaat in op {start} "
           "en bedraagt {amt} EUR per maand, te storten op rekening {ib} van de verhuurder.\nArtikel 3. De huurwaarborg wordt gestort op "
           "een geblokkeerde rekening op naam van de huurder ({ib2}).\n\nContact huurder: {ph} / {em}\nSyndicus: {sy}\n"),
    "fr": ("CONTRAT DE BAIL n° {no}\n\nEntre le bailleur {ll}, domicilié {lla}, et le preneur {tn}, {born} {dob}, il est convenu ce qui suit.\n\n"
           "Article 1. Le bien loué est situé {prop}.\nArticle 2. Le bail prend cours le {start}; le loyer mensuel de {amt} EUR est payable sur le compte "
           "{ib}.\nArticle 3. La garantie locative est constituée sur un compte bloqué au nom du preneur ({ib2}).\n\n"
           "Contact preneur : {ph} / {em}\nSyndic : {sy}\n"),
    "de": ("MIETVERTRAG Nr. {no}\n\nZwischen dem Vermieter {ll}, wohnhaft {lla}, und dem Mieter {tn}, {born} {dob}, wird folgender Vertrag geschlossen.\n\n"
           "§ 1 Mietsache: Wohnung in {prop}.\n§ 2 Mietbeginn ist der {start}; die Miete von {amt} EUR ist monatlich auf das Konto {ib} zu überweisen.\n"
           "§ 3 Die Kaution wird auf ein Mietkautionskonto ({ib2}) eingezahlt.\n\nKontakt Mieter: {ph} / {em}\nHausverwaltung: {sy}\n"),
    "en": ("TENANCY AGREEMENT No. {no}\n\nBetween the landlord {ll} of {lla} and the tenant {tn}, date of birth {dob}.\n\n"
           "1. The property is {prop}.\n2. The tenancy starts on {start}; the rent of {amt} per month is payable to account {ib}.\n"
           "3. The deposit is protected in a scheme account ({ib2}).\n\nTenant contact: {ph} / {em}\nManaging agent: {sy}\n"),
}


def g_rent(i):
    c = pick_country()
    tn = Person(c)
    lang = tn.lang
    ll = Person(c, lang)
    prop = Addr(c, tn.loc)
    sy = Company(c, lang)
    if i % 3 != 2:
        d = Doc(f"property/{['huurcontract', 'bail', 'mietvertrag', 'tenancy'][['nl', 'fr', 'de', 'en'].index(lang)]}_{i:02d}.txt")
        d.f(RENT[lang], no=N(f"{R.randint(2023, 2025)}/{rdigits(4)}", "contract_number", "national_id"), ll=ll.pn(), lla=ll.pa1(), tn=tn.pn(),
            born=born(tn), dob=tn.pdob(), prop=P(prop.one_line(), "postal_address", c), start=ndate(lang), amt=namt(), ib=ll.pi(), ib2=tn.pi(),
            ph=tn.pm(), em=tn.pe(), sy=sy.pn())
        d.f("\n{city}, {dt}\n\n{a}                {b}\n", city=prop.city, dt=ndate(lang), a=P(ll.full(), "person_name", c), b=P(tn.full(), "person_name", c))
    else:
        d = Doc(f"property/notes/{['beheer', 'gestion', 'verwaltung', 'management'][['nl', 'fr', 'de', 'en'].index(lang)]}_{i:02d}.md")
        d.f("# {a}\n\n", a=P(prop.one_line(), "postal_address", c))
        for _ in range(R.randint(3, 5)):
            q = Person(c, lang)
            d.f("- {dt} — {n} ({ph}): {txt}\n", dt=ndate(lang), n=q.pn(), ph=q.pm(),
                txt=R.choice(["lekkage badkamer gemeld", "sonnette en panne", "Heizung ausgefallen", "asks about service charges",
                              "sleutel afgehaald", "état des lieux planifié", "Mieterhöhung widersprochen"]))
        d.f("\nVerhuurder/bailleur/Vermieter: {n}, IBAN {ib}\nLeveranciers: {co}, tel. {ph}\nStraatnaam-bedrijf: {co2}\n", n=ll.pn(), ib=ll.pi(),
            co=sy.pn(), ph=sy.pp(), co2=N(f"{prop.street} Service {R.choice(COMPANY_SUFFIX[c])}", "street_name_company", "postal_address"))
    return d
# ---------------------------------------------------------------- 11 CRM call notes
CRM = {
    "nl": ["Klant {n} belde vanaf {ph} over factuur {inv}. Vraagt om afbetalingsplan.",
           "Teruggebeld naar {ph}, voicemail. Mail gestuurd naar {em}.",
           "{n} meldt verhuis naar {a}. Adres aangepast in systeem.",
           "Nieuw rekeningnummer doorgegeven: {ib}. Ticket {tk} aangemaakt.",
           "Telefonische betaling met kaart {cd}, vervalt {ex}."],
    "fr": ["Appel de {n} depuis le {ph} au sujet de la facture {inv}. Souhaite un échéancier.",
           "Rappelé au {ph}, messagerie. Courriel envoyé à {em}.",
           "{n} signale un déménagement au {a}. Adresse mise à jour.",
           "Nouvel IBAN communiqué : {ib}. Ticket {tk} créé.",
           "Paiement par téléphone avec la carte {cd}, expire {ex}."],
    "de": ["Anruf von {n} unter {ph} wegen Rechnung {inv}. Wünscht Ratenzahlung.",
           "Rückruf an {ph}, Mailbox. E-Mail an {em} geschickt.",
           "{n} meldet Umzug nach {a}. Adresse geändert.",
           "Neue Bankverbindung: {ib}. Ticket {tk} angelegt.",
           "Telefonische Zahlung mit Karte {cd}, gültig bis {ex}."],
    "en": ["Call from {n} on {ph} about invoice {inv}. Wants a payment plan.",
           "Called back on {ph}, voicemail. Emailed {em}.",
           "{n} reports moving to {a}. Address updated.",
           "New bank details supplied: {ib}. Ticket {tk} opened.",
           "Paid over the phone with card {cd}, expiry {ex}."],
}


def g_crm(i):
    c = pick_country()
    lang = lang_of(c)
    d = Doc(f"crm/{['belnotities', 'notes_appels', 'gesprächsnotizen', 'call_notes'][['nl', 'fr', 'de', 'en'].index(lang)]}_{i:02d}.txt")
    agent = Person(c, lang)
    d.f("CRM export — agent {a} — {ts}\n\n", a=P(agent.full(), "person_name", c), ts=N(ts_iso(), "timestamp", "date_of_birth"))
    for _ in range(R.randint(2, 4)):
        p = Person(c, lang)
        d.f("### {n} ({cust})\n", n=p.pn(), cust=nord("CU"))
        for tpl in R.sample(CRM[lang], R.randint(2, 4)):
            d.f("[{ts}] ", ts=N(ts_iso(), "timestamp", "date_of_birth"))
            d.f(tpl + "\n", n=P(p.given if R.random() < 0.3 else p.full(), "person_name", c), ph=R.choice([p.pm(), p.pl()]), em=p.pe(),
                a=p.pa1(), ib=p.pi(), inv=N(f"{R.choice(['F', 'INV', 'RE'])}{R.randint(2023, 2025)}-{rdigits(6)}", "order_number", "national_id"),
                tk=N(f"#{rdigits(6, True)}", "ticket_number", "phone"), cd=P(card(), "payment_card") if R.random() < 0.8 else N(bad_card(), "bad_checksum_card", "payment_card"),
                ex=f"{R.randint(1, 12):02d}/{R.randint(26, 30)}")
        d.t("\n")
    return d


# ---------------------------------------------------------------- 12 payroll
def g_payroll(i):
    c = ["DE", "DE", "AT", "NL", "BE", "FR"][i % 6]
    p = Person(c)
    lang = p.lang
    co = Company(c, lang)
    gross = R.randint(2400, 7800)
    if lang == "de":
        d = Doc(f"payroll/lohnabrechnung_{i:02d}.txt")
        d.f("{co}\n{ca}\n\nEntgeltabrechnung für {mon} {y}\n\nHerrn/Frau {n}\n{a}\n\n", co=co.pn(), ca=co.pa2(), mon=R.choice(MONTHS["de"]), y=2024,
            n=p.pn(0.1), a=p.pa2())
        d.f("Personal-Nr.: {pn}    Geburtsdatum: {dob}    Eintritt: {e}\n", pn=N(rdigits(6), "order_number", "national_id"), dob=p.pdob("de", 0.1),
            e=N(fmt_date(rdate(2012, 2023), "de", 0.1), "non_dob_date", "date_of_birth"))
        if c == "DE":
            d.f("Steuer-ID: {sid}    StKl: {k}    Konf.: --\n", sid=p.pnid(), k=R.randint(1, 5))
            d.f("Sozialversicherungsnummer: {rv}\n", rv=P(rvnr(p), "national_id", "DE"))
        else:
            d.f("SV-Nummer: {rv}\n", rv=P(at_svnr(p), "national_id", "AT"))
        d.f("\nBezeichnung                      Betrag\nGehalt                       {g},00\nLohnsteuer                   -{t}\n"
            "Solidaritätszuschlag          -{s}\nKV-Beitrag                   -{kv}\nNetto                        {n}\n\n",
            g=gross, t=namt(), s=namt(), kv=namt(), n=namt())
        d.f("Überweisung auf IBAN {ib} am {dt}\nArbeitgeber-USt-IdNr.: {vat}\n", ib=p.pi(), dt=ndate("de"), vat=co.nvat())
    elif lang == "nl":
        d = Doc(f"payroll/loonstrook_{i:02d}.txt")
        nidl = "BSN" if c == "NL" else "Rijksregisternr."
        d.f("{co}\nLoonstrook {mon} 2024\n\nWerknemer: {n}\nAdres: {a}\nGeboortedatum: {dob}\n{nl}: {nid}\nPersoneelsnr.: {pn}\n\n",
            co=co.pn(), mon=R.choice(MONTHS["nl"]), n=p.pn(), a=p.pa1(), dob=p.pdob("nl", 0.1), nl=nidl, nid=p.pnid(), pn=N(rdigits(5), "order_number", "national_id"))
        d.f("Brutoloon          {g},00\nLoonheffing       -{t}\nNettoloon          {n}\n\nUitbetaald op {ib} op {dt}.\n", g=gross, t=namt(), n=namt(),
            ib=p.pi(), dt=ndate("nl"))
    else:
        d = Doc(f"payroll/bulletin_{i:02d}.txt")
        d.f("{co} — SIRET {si}\nBULLETIN DE PAIE — {mon} 2024\n\nSalarié : {n}\n{a}\nNé(e) le {dob}\nN° SS : {nid}\nMatricule : {pn}\n\n",
            co=co.pn(), si=N(rdigits(14, True), "order_number", "national_id"), mon=R.choice(MONTHS["fr"]), n=P(f"{p.surname.upper()} {p.given}", "person_name", c),
            a=p.pa2(), dob=p.pdob("fr", 0.1), nid=p.pnid(), pn=N(rdigits(5), "order_number", "national_id"))
        d.f("Salaire de base        {g},00\nCSG/CRDS              -{t}\nNet à payer            {n}\n\nVirement sur {ib} le {dt}.\n",
            g=gross, t=namt(), n=namt(), ib=p.pi(), dt=ndate("fr"))
    return d


# ---------------------------------------------------------------- 13 bank transfer confirmations
BANK = {
    "nl": ("Bevestiging overschrijving\n\nUitvoeringsdatum: {dt}\nOpdrachtgever: {a}\nRekening opdrachtgever: {ia}\nBegunstigde: {b}\n"
           "Rekening begunstigde: {ib}\nBIC: {bic}\nBedrag: EUR {amt}\nMededeling: {ref}\nTransactie-ID: {tx}\n"),
    "fr": ("Confirmation de virement\n\nDate d'exécution : {dt}\nDonneur d'ordre : {a}\nCompte débité : {ia}\nBénéficiaire : {b}\n"
           "Compte bénéficiaire : {ib}\nBIC : {bic}\nMontant : {amt} EUR\nCommunication : {ref}\nID transaction : {tx}\n"),
    "de": ("Überweisungsbestätigung\n\nAusführungsdatum: {dt}\nAuftraggeber: {a}\nAuftraggeber-IBAN: {ia}\nEmpfänger: {b}\n"
           "Empfänger-IBAN: {ib}\nBIC: {bic}\nBetrag: {amt} EUR\nVerwendungszweck: {ref}\nTransaktions-ID: {tx}\n"),
    "en": ("Payment confirmation\n\nExecution date: {dt}\nPayer: {a}\nPayer account: {ia}\nPayee: {b}\n"
           "Payee account: {ib}\nBIC: {bic}\nAmount: EUR {amt}\nReference: {ref}\nTransaction ID: {tx}\n"),
}


def struct_ref():
    base = rdigits(10, True)
    ck = int(base) % 97 or 97
    s = base + d2(ck)
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"


def g_bank(i):
    c = pick_country()
    lang = lang_of(c)
    a = Person(c, lang)
    c2 = c if R.random() < 0.6 else pick_country()
    b = Person(c2, lang) if R.random() < 0.6 else Company(c2, lang)
    d = Doc(f"bank/{['overschrijving', 'virement', 'ueberweisung', 'transfer'][['nl', 'fr', 'de', 'en'].index(lang)]}_{i:02d}.txt")
    ref = N(struct_ref(), "payment_reference", "phone") if c == "BE" and R.random() < 0.6 else \
        N(f"RF{rdigits(2)} {rdigits(4)} {rdigits(4)}", "payment_reference", "phone") if R.random() < 0.7 else \
        N(f"Rechnung {order_no(10)}", "order_number", "national_id")
    bn = b.pn() if isinstance(b, Company) else P(b.name(R.choice([0.1, 0.8])), "person_name", c2)
    d.f(BANK[lang], dt=ndate(lang), a=a.pn(0.1), ia=a.pi(), b=bn, ib=b.pi(), bic=R.choice(["GEBABEBB", "KREDBEBB", "INGBNL2A", "RABONL2U", "BNPAFRPP", "COBADEFFXXX", "DEUTDEFF", "BCEELULL"]),
        amt=namt(), ref=ref, tx=N(uuid4(), "uuid", "phone"))
    if isinstance(b, Person) and R.random() < 0.5:
        d.f("{k}: {v}\n", k=LB[lang]["addr"], v=b.pa1())
    if R.random() < 0.4:
        d.f("\nWrong account entered earlier (rejected): {v}\n", v=N(bad_iban(c), "bad_checksum_iban", "iban"))
    r = R.random()
    lbl = {"nl": "Betaald met kaart", "fr": "Payé par carte", "de": "Bezahlt mit Karte", "en": "Paid by card"}[lang]
    if r < 0.3:
        d.f("{l}: {v}\n", l=lbl, v=N(masked_card(), "masked_card", "payment_card"))
    elif r < 0.75:
        d.f("{l}: {v} (exp. {m:02d}/{y})\n", l=lbl, v=P(card(), "payment_card"), m=R.randint(1, 12), y=R.randint(26, 30))
    elif r < 0.85:
        d.f("{l}: {v} — declined, invalid number\n", l=lbl, v=N(bad_card(), "bad_checksum_card", "payment_card"))
    return d


# ---------------------------------------------------------------- 14 delivery notes
DELIV = {
    "nl": dict(h="PAKBON", o="Bestelnummer", to="Leveradres", tr="Track & trace", it="Artikel", q="Aantal", ph="Tel. bij levering"),
    "fr": dict(h="BON DE LIVRAISON", o="N° de commande", to="Adresse de livraison", tr="Suivi colis", it="Article", q="Qté", ph="Tél. livraison"),
    "de": dict(h="LIEFERSCHEIN", o="Bestellnummer", to="Lieferanschrift", tr="Sendungsnummer", it="Artikel", q="Menge", ph="Tel. für Zusteller"),
    "en": dict(h="DELIVERY NOTE", o="Order number", to="Deliver to", tr="Tracking", it="Item", q="Qty", ph="Phone for courier"),
}


def g_delivery(i):
    c = pick_country()
    p = Person(c)
    lang = p.lang
    t = DELIV[lang]
    co = Company(c, lang)
    d = Doc(f"logistics/{t['h'].lower().replace(' ', '_')}_{i:02d}.txt")
    d.f("{co}  ·  {ca}  ·  {vat}\n\n{h}\n{o}: {on}\n{dl}: {dt}\n\n{to}:\n{n}\n{a}\n{phl}: {ph}\n\n", co=co.pn(), ca=co.pa1(), vat=co.nvat(), h=t["h"], o=t["o"],
        on=N(f"{R.choice(['SO', 'BE', 'WEB'])}-{order_no(9)}", "order_number", "national_id"), dl=LB[lang]["date"], dt=ndate(lang), to=t["to"],
        n=p.pn(R.choice([0.1, 0.8])), a=p.pa2(), phl=t["ph"], ph=p.pm())
    d.t(f"{t['it']:<36}{'EAN':<16}{t['q']}\n")
    for _ in range(R.randint(2, 5)):
        d.f("{sku}  {name}{ean}   {q}\n", sku=N(f"{R.choice(['SKU', 'ART'])}-{rdigits(4)}-{rdigits(3)}", "product_code", "phone"),
            name=f"{R.choice(['Bureaustoel Ergo', 'Lampe de bureau', 'Druckerpapier A4', 'USB-C dock', 'Koffiebonen 1kg', 'Câble HDMI 2m']):<22}",
            ean=N(ean13(), "ean_barcode", "payment_card"), q=R.randint(1, 12))
    d.f("\n{tr}: {tn}\n", tr=t["tr"], tn=N(f"3S{R.choice(['QYX', 'KBP', 'DHL'])}{rdigits(9)}", "order_number", "national_id"))
    if R.random() < 0.5:
        d.f("Postcode zone: {pc}\n", pc=N(p.addr.pc.split()[0], "postcode_alone", "postal_address"))
    return d
# ---------------------------------------------------------------- 15 Markdown meeting notes
MEET = {
    "nl": dict(t="Verslag projectoverleg", att="Aanwezig", exc="Verontschuldigd", act="Actiepunten", loc="Locatie", nxt="Volgende vergadering"),
    "fr": dict(t="Compte rendu de réunion", att="Présents", exc="Excusés", act="Actions", loc="Lieu", nxt="Prochaine réunion"),
    "de": dict(t="Besprechungsprotokoll", att="Teilnehmer", exc="Entschuldigt", act="Aufgaben", loc="Ort", nxt="Nächster Termin"),
    "en": dict(t="Meeting minutes", att="Attendees", exc="Apologies", act="Action items", loc="Location", nxt="Next meeting"),
}


def g_meeting(i):
    c = pick_country()
    lang = lang_of(c)
    t = MEET[lang]
    d = Doc(f"meetings/{R.randint(2023, 2025)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}_{['overleg', 'reunion', 'besprechung', 'minutes'][['nl', 'fr', 'de', 'en'].index(lang)]}_{i:02d}.md")
    ppl = people(c, R.randint(3, 5), lang)
    co = Company(c, lang)
    d.f("# {t} — {dt}\n\n**{loc}:** {a}\n\n**{att}:** ", t=t["t"], dt=ndate(lang), loc=t["loc"], a=co.pa1(), att=t["att"])
    for k, p in enumerate(ppl[:-1]):
        d.f("{n}{sep}", n=p.pn(R.choice([0.1, 0.1, 0.9])), sep=", " if k < len(ppl) - 2 else "\n")
    d.f("**{exc}:** {n}\n\n## Status\n\n", exc=t["exc"], n=ppl[-1].pn())
    d.f("- Release {v} uitgerold (commit `{h}`), ticket {tk}.\n" if lang == "nl" else "- Release {v} deployed (commit `{h}`), ticket {tk}.\n",
        v=N(version4(), "version_string", "ip_address"), h=N(githash(R.choice([7, 40])), "hash", "payment_card"),
        tk=N(f"JIRA-{R.randint(100, 9999)}", "ticket_number", "phone"))
    d.f("- Staging server {ip} / {ip6} reageert traag.\n" if lang == "nl" else "- Staging server {ip} / {ip6} slow.\n",
        ip=P(ipv4("priv"), "ip_address"), ip6=P(ipv6(), "ip_address"))
    d.f("- Contract {ct} met {co} verlengd tot {dt}.\n\n", ct=N(f"CT-{R.randint(2020, 2025)}-{rdigits(4)}", "contract_number", "national_id"),
        co=co.pn(), dt=ndate(lang))
    d.f("## {act}\n\n| Wie | Wat | Contact |\n|---|---|---|\n", act=t["act"])
    for p in ppl[:3]:
        d.f("| {n} | {w} | {ph} |\n", n=P(p.given if R.random() < 0.3 else p.full(), "person_name", c),
            w=R.choice(["offerte opvragen", "relancer le client", "Angebot prüfen", "update the DPIA", "budget herzien"]), ph=R.choice([p.pm(), p.pe()]))
    ext = Person(c, lang)
    d.f("\nExterne contactpersoon: {n} ({em}, {ph}).\n\n**{nxt}:** {dt}\n", n=ext.pn(), em=ext.pe(), ph=ext.pl(), nxt=t["nxt"], dt=ndate(lang))
    return d


# ---------------------------------------------------------------- 16 TSV exports
TSVH = {
    "nl": ["id", "voornaam", "achternaam", "straat_huisnr", "postcode", "gemeente", "telefoon", "email", "geboortedatum", "iban", "aangemaakt"],
    "fr": ["id", "prénom", "nom", "adresse", "code_postal", "ville", "téléphone", "courriel", "date_de_naissance", "iban", "créé_le"],
    "de": ["id", "vorname", "nachname", "straße", "plz", "ort", "telefon", "e_mail", "geburtsdatum", "iban", "angelegt"],
    "en": ["id", "first_name", "last_name", "street", "postcode", "city", "phone", "email", "date_of_birth", "iban", "created"],
}


def g_tsv(i):
    c = pick_country()
    lang = lang_of(c)
    if i % 4 == 3:
        lang = "en"
    h = TSVH[lang]
    d = Doc(f"exports/tsv/{['leden', 'adherents', 'mitglieder', 'members'][['nl', 'fr', 'de', 'en'].index(lang)]}_{i:02d}.tsv")
    withnid = c in ("BE", "NL", "FR", "DE") and R.random() < 0.5
    cols = h + (["nid"] if withnid else [])
    d.t("\t".join(cols) + "\n")
    for _ in range(R.randint(6, 18)):
        p = Person(c, lang if lang != "en" else None)
        a = p.addr
        row = [nord(), p.pg(), P(p.surname.upper() if R.random() < 0.15 else p.surname, "person_name", c), p.pstreet(), a.pc, a.city,
               R.choice([p.pm(), p.pl()]), p.pe(), p.pdob(lang, R.choice([0.1, 0.9])), p.pi() if R.random() < 0.85 else N(bad_iban(c), "bad_checksum_iban", "iban"),
               N(ts_iso(), "timestamp", "date_of_birth")]
        if withnid:
            row.append(p.pnid() if R.random() < 0.85 else N(bad_nid(c, p.dob, not p.female), "bad_checksum_national_id", "national_id"))
        for k, v in enumerate(row):
            d.add(v)
            d.t("\t" if k < len(row) - 1 else "\n")
    return d


# ---------------------------------------------------------------- 17 syslog
def syslog_ts():
    return f"{R.choice(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'])} {R.randint(1, 28):2d} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}"


def g_syslog(i):
    c = pick_country()
    d = Doc(f"logs/syslog/{['auth', 'mail', 'messages'][i % 3]}.log.{i}")
    host = R.choice(["web01", "mx2", "fw-gent", "srv-bxl-03", "nas"])
    users = people(c, 4)
    for _ in range(R.randint(25, 50)):
        d.f("{ts} {h} ", ts=N(syslog_ts(), "timestamp", "date_of_birth"), h=host)
        r = R.random()
        p = R.choice(users)
        pid = R.randint(300, 65000)
        if r < 0.3:
            d.f("sshd[{pid}]: Accepted publickey for {u} from {ip} port {po} ssh2: RSA SHA256:{fp}\n", pid=pid, u=fold(p.given[0] + p.surname),
                ip=P(R.choice([ipv4(), ipv4(), ipv6()]), "ip_address"), po=R.randint(30000, 65000), fp=N(githash(43 - 3), "hash", "payment_card"))
        elif r < 0.5:
            d.f("sshd[{pid}]: Failed password for invalid user admin from {ip} port {po} ssh2\n", pid=pid, ip=P(ipv4("pub"), "ip_address"), po=R.randint(30000, 65000))
        elif r < 0.75:
            d.f("postfix/smtp[{pid}]: {q}: to=<{e}>, relay=mx.example.com[{ip}]:25, delay=0.{dl}, status=sent (250 2.0.0 OK)\n", pid=pid,
                q=N(githash(10).upper(), "hash", "payment_card"), e=p.pe(), ip=P(ipv4(), "ip_address"), dl=R.randint(1, 99))
        elif r < 0.9:
            d.f("dhcpd[{pid}]: DHCPACK on {ip} to {m} ({hn}) via eth0\n", pid=pid, ip=P(ipv4("priv"), "ip_address"), m=N(mac(), "mac_address", "ip_address"),
                hn=f"laptop-{R.randint(100, 999)}")
        else:
            d.f("kernel: [{up}] firmware version {v} loaded\n", up=f"{R.randint(1, 99999)}.{rdigits(6)}", v=N(version4(), "version_string", "ip_address"))
    return d


# ---------------------------------------------------------------- 18 application logs
def g_applog(i):
    c = pick_country()
    d = Doc(f"logs/app/{R.choice(['portal', 'billing', 'auth', 'webshop'])}-{i:02d}.log")
    users = people(c, 5)
    js = i % 2 == 0
    for _ in range(R.randint(14, 26)):
        p = R.choice(users)
        ev = R.choice(["login.success", "login.failed", "profile.update", "password.reset", "order.created"])
        ts = N(ts_iso(), "timestamp", "date_of_birth")
        rid = N(uuid4(), "uuid", "phone")
        ip = P(R.choice([ipv4("pub"), ipv4("pub"), ipv4("priv"), ipv6()]), "ip_address")
        if js:
            d.f('{{"ts":"{ts}","level":"INFO","event":"{ev}","user":"{u}","client_ip":"{ip}","request_id":"{rid}","app_version":"{v}"',
                ts=ts, ev=ev, u=p.pe(), ip=ip, rid=rid, v=N(version4(), "version_string", "ip_address"))
            if ev == "profile.update" and R.random() < 0.6:
                d.f(',"changes":{{"phone":"{ph}","name":"{n}"}}', ph=p.pm(), n=P(p.full(), "person_name", c))
            elif ev == "order.created":
                d.f(',"order":"{o}","amount":{a}', o=nord("WEB-"), a=R.randint(5, 900))
            d.t("}\n")
        else:
            d.f("{ts} INFO  [{th}] {ev} user={u} ip={ip} req={rid}", ts=ts, th=R.choice(["http-nio-8080-exec-3", "worker-1", "main"]), ev=ev, u=p.pe(),
                ip=ip, rid=rid)
            if ev == "password.reset":
                d.f(" sms_to={ph}", ph=p.pm())
            elif ev == "order.created":
                d.f(" card={cm} order={o} epoch={e}", cm=N(masked_card(), "masked_card", "payment_card") if R.random() < 0.7 else P(card(), "payment_card"), o=nord(),
                    e=N(str(R.randint(1690000000, 1740000000)), "epoch_timestamp", "phone"))
            d.t("\n")
    return d


# ---------------------------------------------------------------- 19 nginx access logs
def g_nginx(i):
    c = pick_country()
    d = Doc(f"logs/nginx/access.log.{i}")
    users = people(c, 3)
    uas = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v} Safari/537.36",
           "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0", "curl/8.5.0"]
    for _ in range(R.randint(20, 40)):
        ip = P(R.choice([ipv4("pub"), ipv4("pub"), ipv4("pub"), ipv6(), ipv4("priv")]), "ip_address")
        y, m, dd = rdate(2024, 2025)
        ts = N(f"{dd:02d}/{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]}/{y}:{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} +0100",
               "timestamp", "date_of_birth")
        r = R.random()
        d.f('{ip} - - [{ts}] "', ip=ip, ts=ts)
        if r < 0.2:
            p = R.choice(users)
            d.f("GET /newsletter/unsubscribe?email={e} HTTP/1.1", e=p.pe())
        elif r < 0.35:
            d.f("GET /api/v2/orders/{o} HTTP/1.1", o=nord())
        else:
            d.t(f"{R.choice(['GET', 'GET', 'POST'])} {R.choice(['/', '/login', '/static/app.js', '/account', '/favicon.ico', '/api/v2/cart'])} HTTP/{R.choice(['1.1', '2.0'])}")
        d.t(f'" {R.choice([200, 200, 200, 302, 404, 500])} {R.randint(120, 48000)} "-" "')
        ua = R.choice(uas)
        if "{v}" in ua:
            pre, post = ua.split("{v}")
            d.f("{a}{v}{b}", a=pre, v=N(f"124.0.{R.randint(6000, 6400)}.{R.randint(10, 200)}", "version_string", "ip_address"), b=post)
        else:
            d.t(ua)
        d.t('"\n')
    return d


# ---------------------------------------------------------------- 20 e-mail files
EML = {
    "nl": dict(subj=["Re: uw offerte", "Re: afspraak volgende week", "Re: adreswijziging", "Re: betaling factuur"], hi="Dag {g},",
               body="Bedankt voor je bericht. Ik heb het nagekeken met {c}: de factuur {inv} staat nog open. Kan je het bedrag storten op {ib}? "
                    "Bel me gerust op {ph} als er iets niet klopt.",
               q="Op {dt} om {tm} schreef {n} <{e}>:", bye="Met vriendelijke groeten,"),
    "fr": dict(subj=["RE: votre devis", "RE: rendez-vous", "RE: changement d'adresse", "RE: facture impayée"], hi="Bonjour {g},",
               body="Merci pour votre message. J'ai vérifié avec {c} : la facture {inv} reste ouverte. Pourriez-vous effectuer le virement sur {ib} ? "
                    "N'hésitez pas à m'appeler au {ph} si besoin.",
               q="Le {dt} à {tm}, {n} <{e}> a écrit :", bye="Bien cordialement,"),
    "de": dict(subj=["AW: Ihr Angebot", "AW: Termin nächste Woche", "AW: Adressänderung", "AW: Rechnung"], hi="Hallo {g},",
               body="vielen Dank für Ihre Nachricht. Ich habe mit {c} Rücksprache gehalten: Die Rechnung {inv} ist noch offen. Bitte überweisen Sie den Betrag auf {ib}. "
                    "Bei Fragen erreichen Sie mich unter {ph}.",
               q="Am {dt} um {tm} schrieb {n} <{e}>:", bye="Mit freundlichen Grüßen"),
    "en": dict(subj=["Re: your quote", "Re: meeting next week", "Re: change of address", "Re: outstanding invoice"], hi="Hi {g},",
               body="Thanks for your email. I checked with {c}: invoice {inv} is still open. Could you transfer the amount to {ib}? "
                    "Feel free to ring me on {ph} if anything is unclear.",
               q="On {dt} at {tm}, {n} <{e}> wrote:", bye="Kind regards,"),
}
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri"]


def g_eml(i):
    c = pick_country()
    lang = lang_of(c)
    a = Person(c, lang)
    b = Person(c if R.random() < 0.7 else pick_country(), lang)
    coll = Person(c, lang)
    co = Company(c, lang)
    t = EML[lang]
    d = Doc(f"mail/{i:03d}_{fold(R.choice(t['subj']).split(':')[-1].strip())[:20]}.eml")
    y, m, dd = rdate(2024, 2025)
    d.f('From: "{n}" <{e}>\nTo: {n2} <{e2}>\n', n=P(a.full(), "person_name", c), e=a.pe(), n2=P(b.full(), "person_name", b.country), e2=b.pe())
    if R.random() < 0.5:
        d.f("Cc: {e}\n", e=coll.pe())
    d.f("Subject: {s}\nDate: {dt}\nMessage-ID: <{mid}>\nX-Originating-IP: [{ip}]\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n",
        s=R.choice(t["subj"]), dt=N(f"{R.choice(DOW)}, {dd} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} {y} {R.randint(7, 19):02d}:{R.randint(0, 59):02d}:00 +0100", "timestamp", "date_of_birth"),
        mid=N(f"{y}{m:02d}{dd:02d}{rdigits(6)}.{githash(8)}@mail.{co.dom}", "message_id", "email"), ip=P(ipv4("pub"), "ip_address"))
    d.f(t["hi"] + "\n\n", g=b.pg())
    d.f(t["body"] + "\n\n", c=P(coll.full(), "person_name", c), inv=N(f"{R.randint(2024, 2025)}/{rdigits(5)}", "order_number", "national_id"), ib=co.pi(), ph=a.pm())
    d.f("{bye}\n\n{n}\n{role} | {co}\n{ca}\nT {tel} | M {mob}\n{e}\n", bye=t["bye"], n=P(a.full(), "person_name", c),
        role=R.choice(["Account manager", "Office manager", "Chargée de clientèle", "Sachbearbeiterin", "Boekhouding"]), co=co.pn(), ca=co.pa1(),
        tel=co.pp(), mob=a.pm(), e=a.pe())
    if R.random() < 0.5:
        d.f("{vat}\n", vat=co.nvat())
    # quoted reply
    d.t("\n")
    d.f(t["q"] + "\n", dt=ndate(lang), tm=f"{R.randint(7, 19):02d}:{R.randint(0, 59):02d}", n=P(b.full(), "person_name", b.country), e=b.pe())
    d.f("> " + t["hi"] + "\n>\n> ", g=a.pg())
    d.f("Ik ben verhuisd naar {a}. Mijn nieuw nummer is {ph}.\n" if lang == "nl" else
        "J'ai déménagé au {a}. Mon nouveau numéro : {ph}.\n" if lang == "fr" else
        "Ich bin umgezogen nach {a}. Neue Nummer: {ph}.\n" if lang == "de" else "I have moved to {a}. My new number is {ph}.\n",
        a=b.pa1(), ph=b.pm())
    d.f(">\n> {n}\n> {ph}\n", n=P(b.full(), "person_name", b.country), ph=b.pl())
    return d


GENRES = [
    ("vcf", g_vcf, 8), ("ics", g_ics, 8), ("xml", g_xml, 8), ("yaml", g_yaml, 8), ("ini", g_ini, 6), ("sar", g_sar, 10),
    ("claim", g_claim, 7), ("school", g_school, 6), ("med", g_med, 7), ("rent", g_rent, 8), ("crm", g_crm, 7), ("payroll", g_payroll, 7),
    ("bank", g_bank, 8), ("delivery", g_delivery, 7), ("meeting", g_meeting, 7), ("tsv", g_tsv, 8), ("syslog", g_syslog, 5),
    ("applog", g_applog, 6), ("nginx", g_nginx, 5), ("eml", g_eml, 12),
]



# --------------------------------------------------------------------------- main
def verify(doc, data):
    for it in doc.truth:
        v = data[it["start"]:it["end"]].decode("utf-8")
        assert v == it["value"], (doc.path, it, v)
        c = it["category"]
        if c == "iban":
            assert mod97_iban_ok(v), v
        elif c == "payment_card":
            assert luhn_ok(v), v
        elif c == "national_id":
            assert nid_ok(it["country"], v), (it, v)
    for it in doc.negs:
        v = data[it["start"]:it["end"]].decode("utf-8")
        assert v == it["value"], (doc.path, it, v)
        if it["kind"] == "bad_checksum_iban":
            assert not mod97_iban_ok(v)
        elif it["kind"] == "bad_checksum_card":
            assert not luhn_ok(v)
        elif it["kind"] == "bad_checksum_national_id":
            assert not any_nid_ok(v)


def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(FILES)
    docs = []
    for name, fn, count in GENRES:
        for i in range(count):
            d = fn(i)
            docs.append(d)
    seen = set()
    truth, negs, tfiles = [], [], []
    for d in docs:
        assert d.path not in seen, d.path
        seen.add(d.path)
        data = d.bytes()
        verify(d, data)
        p = os.path.join(FILES, d.path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(data)
        truth += d.truth
        negs += d.negs
        cnt = Counter(it["category"] for it in d.truth)
        tfiles.append({"path": d.path, "counts": dict(sorted(cnt.items())), "categories": sorted(cnt),
                       "kind": os.path.splitext(d.path)[1].lstrip(".") or "txt", "offsets": "file", "encoding": "utf-8",
                       "text_bytes": len(data)})
    for name, rows in (("truth.jsonl", truth), ("negatives.jsonl", negs), ("truth_files.jsonl", tfiles)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    sizes = [t["text_bytes"] for t in tfiles]
    print(f"{len(docs)} files, {sum(sizes)} bytes (min {min(sizes)}, max {max(sizes)}), {len(truth)} truth items, {len(negs)} negatives")
    for c, n in Counter(t["category"] for t in truth).most_common():
        print(f"  {c:15s} {n}")
    print("negatives:", dict(Counter(n["kind"] for n in negs).most_common()))


if __name__ == "__main__":
    main()
