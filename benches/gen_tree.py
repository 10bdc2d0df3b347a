#!/usr/bin/env python3
"""Deterministic test data for benches/compare.sh: nl/fr/de/en text with ~0.75 % personal data.

    gen_tree.py tree DIR [--bytes N] [--seed S]
        A tree of a few thousand text files (2 KiB .. 3 MiB, log-uniform) totalling
        about N bytes (default 1e9) under DIR, in subdirectories per department/year.
    gen_tree.py single FILE --bytes N [--no-newline] [--seed S]
        One file of about N bytes of the same text; with --no-newline every newline
        becomes a space (one 2 GB "line").

--pii-rate and --lookalike-rate change the shares (0 and 0: text with no personal
data, though still with its dates, amounts and order numbers).

The text is the same kind as benches/common/mod.rs generates for the engine bench:
prose with accented words, dates, amounts, prices, order numbers and times; about
0.75 % of the words are personal data (e-mail, IBAN compact and grouped, payment
cards, phones national and +CC, IPv4/IPv6) and 0.25 % look-alikes (version strings,
bad check digits, masked cards, EAN codes, MAC addresses, birth-date-like dates).
Prints a summary (files, bytes, words, items) to stderr.
"""

import argparse
import math
import os
import random
import sys

NL = """de het een en van in op met voor naar dat niet zijn wordt ook klant factuur levering afspraak
vergadering gemeente overeenkomst verslag bedrijf medewerker afdeling projecten begroting rapport aanvraag
bevestiging wijziging één privé café geïnteresseerd reünie coördinator financiële ideeën categorieën
efficiënt zeeën België Nederland Antwerpen Gent Brugge Utrecht Rotterdam binnenkort dringend vriendelijke
groeten bijgevoegd volgende week maand jaar uur zoals besproken graag alstublieft bedankt tijdens onderhoud
kwartaal leverancier offerte""".split()
FR = """le la les un une des et de du pour avec dans sur est sont client facture livraison réunion société
contrat rapport équipe année été préféré déjà très après première deuxième élève père mère fenêtre forêt
hôpital hôtel garçon français reçu façon leçon où naïf Noël ça à bientôt cordialement ci-joint prochaine
semaine mois heure comme convenu demande confirmation modification trimestre fournisseur devis Bruxelles
Liège Lyon Marseille Genève Québec entreprise collègue dossier réservation créée""".split()
DE = """der die das ein eine und mit für von auf im ist sind wird nicht Kunde Rechnung Lieferung Besprechung
Gesellschaft Vertrag Bericht Mitarbeiter Abteilung Größe Straße schön über für Grüße Müller Bäckerei
Übersicht Änderung Prüfung Gebühr Schlüssel Fußgänger Ärger möglich nächste Woche Monat Jahr Stunde wie
besprochen bitte danke während Wartung Quartal Lieferant Angebot Anfrage Bestätigung München Köln
Düsseldorf Zürich Österreich freundlichen beigefügt dringend Unterstützung Zuständigkeit
Geschäftsführung Aufträge""".split()
EN = """the a an and of to in for with on is are will be not customer invoice delivery meeting company
agreement report department budget request confirmation change project team supplier quote quarter
maintenance next week month year hour as discussed please thanks attached regards kind during café résumé
naïve fiancée déjà vu coöperation London Manchester Dublin schedule review update account shipment
warehouse approved pending revised""".split()
WORDS = {"nl": NL, "fr": FR, "de": DE, "en": EN}
LANGS = ["nl", "fr", "de", "en"]
MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "août", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "December"],
}

# Share of words that are personal data / look-alikes (defaults of --pii-rate and
# --lookalike-rate).
PII_RATE = 0.0075
LOOKALIKE_RATE = 0.0025


def grouped(n, sep):
    return f"{n:,}".replace(",", sep)


def filler(r, lang):
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1990, 2026)
    euros = r.randint(1, 999) if r.random() < 0.7 else r.randint(1000, 250_000)
    cents = r.randrange(100)
    k = r.randrange(12)
    if k == 0:
        return {"nl": f"{d:02}-{m:02}-{y}", "fr": f"{d:02}/{m:02}/{y}", "de": f"{d:02}.{m:02}.{y}",
                "en": f"{y}-{m:02}-{d:02}"}[lang]
    if k == 1:
        mo = r.choice(MONTHS[lang])
        return {"nl": f"{d} {mo} {y}", "fr": f"le {d} {mo} {y}", "de": f"am {d}. {mo} {y}",
                "en": f"{mo} {d}, {y}"}[lang]
    if k == 2:
        return {"nl": f"€ {grouped(euros, '.')},{cents:02}", "fr": f"{grouped(euros, ' ')},{cents:02} €",
                "de": f"{grouped(euros, '.')},{cents:02} EUR", "en": f"€{grouped(euros, ',')}.{cents:02}"}[lang]
    if k == 3:
        return f"${r.randint(1, 499)}.99" if lang == "en" else f"{r.randint(1, 499)},99 €"
    if k == 4:
        return {"nl": f"bestelnummer {y}-{r.randint(10_000, 999_999)}",
                "fr": f"commande n° CMD-{r.randint(100_000, 999_999)}",
                "de": f"Bestellnummer {r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
                "en": f"order #A{r.randint(10_000, 99_999)}-{r.randrange(10)}"}[lang]
    if k == 5:
        h, mi = r.randint(7, 19), r.randrange(60)
        return {"nl": f"{h:02}:{mi:02} uur", "fr": f"{h}h{mi:02}", "de": f"{h}:{mi:02} Uhr",
                "en": f"{h % 12 + 1}:{mi:02} pm"}[lang]
    if k == 6:
        return f"{r.randrange(100)}.{r.randrange(10)}%" if lang == "en" else f"{r.randrange(100)},{r.randrange(10)} %"
    if k == 7:
        return f"INV-{y}-{r.randrange(100_000):05}"
    if k == 8:
        return {"nl": f"{r.randint(1000, 9999)} Brussel", "fr": f"{r.randint(75001, 75020)} Paris",
                "de": f"{r.randint(10115, 14199)} Berlin", "en": f"SW1A {r.randint(1, 9)}AA"}[lang]
    if k == 9:
        return grouped(r.randint(1000, 9_999_999), "," if lang == "en" else ".")
    if k == 10:
        return f"art. {r.randint(1, 40)}.{r.randint(1, 9)}"
    return str(y)


def sentence(r, lang):
    vocab = WORDS[lang]
    n = r.randint(6, 18)
    words = []
    for i in range(n):
        if i == 0:
            w = r.choice(vocab)
            w = w[0].upper() + w[1:]
        elif r.random() < 0.12:
            w = filler(r, lang)
        else:
            w = r.choice(vocab)
        if i + 1 < n and r.random() < 0.06:
            w += ","
        words.append(w)
    return " ".join(words) + r.choice(".....!?:")


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def iban(r):
    cc = r.choice(["NL", "BE", "DE", "FR", "LU"])
    if cc == "NL":
        bban = r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + digits(r, 10)
    else:
        bban = digits(r, {"BE": 12, "DE": 18, "FR": 23, "LU": 16}[cc])
    numeric = "".join(str(ord(c) - 55) if c.isalpha() else c for c in bban + cc) + "00"
    return f"{cc}{98 - int(numeric) % 97:02}{bban}"


def spaced(s, g=4):
    return " ".join(s[i:i + g] for i in range(0, len(s), g))


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def card(r):
    prefix, length = r.choice([("4", 16), (r.choice(["51", "52", "53", "54", "55"]), 16),
                               (r.choice(["34", "37"]), 15), ("6703", 16)])
    body = prefix + digits(r, length - 1 - len(prefix))
    return body + luhn_digit(body)


def card_written(r, pan):
    k = r.randrange(3)
    if k == 0:
        return pan
    if len(pan) == 15:
        return f"{pan[:4]} {pan[4:10]} {pan[10:]}"
    return spaced(pan) if k == 1 else spaced(pan).replace(" ", "-")


def phone(r):
    d = digits(r, 8)
    k = r.randrange(8)
    if k == 0:
        return f"04{r.randint(7, 9)}{d[0]} {d[1:3]} {d[3:5]} {d[5:7]}"
    if k == 1:
        return f"+32 4{r.randint(7, 9)}{d[0]} {d[1:3]} {d[3:5]} {d[5:7]}"
    if k == 2:
        return f"06-{r.randint(1, 5)}{d[:7]}"
    if k == 3:
        return f"+31 6 {r.randint(1, 5)}{d[:7]}"
    if k == 4:
        return f"0{r.randint(6, 7)} {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}"
    if k == 5:
        return f"+33 {r.randint(6, 7)} {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}"
    if k == 6:
        return f"015{r.choice('1279')} {d}"
    return f"+49 17{r.randint(0, 9)} {d}"


FIRST = ["jan", "marie", "pieter", "sofie", "lucas", "emma", "jürgen", "françois", "élodie", "sören", "anaïs",
         "björn", "noël", "chloé", "thomas", "lena", "jonas", "inès"]
LAST = ["peeters", "janssens", "dupont", "martin", "müller", "schmidt", "de.vries", "jansen", "lefèvre",
        "bernard", "weiß", "van.dijk", "dubois", "köhler", "smith", "o'brien"]
DOMAINS = ["example.be", "voorbeeld.nl", "exemple.fr", "beispiel.de", "mail.example.com", "firma-gmbh.de",
           "société.fr", "xn--mller-kva.de", "kantoor.example.org"]


def email(r):
    n = str(r.randrange(100)) if r.random() < 0.2 else ""
    return f"{r.choice(FIRST)}{r.choice(['.', '_', '', '-'])}{r.choice(LAST)}{n}@{r.choice(DOMAINS)}"


def ipv4(r):
    k = r.randrange(3)
    if k == 0:
        return f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randint(1, 254)}"
    if k == 1:
        return f"192.168.{r.randrange(256)}.{r.randint(1, 254)}"
    return f"{r.randint(11, 223)}.{r.randrange(256)}.{r.randrange(256)}.{r.randint(1, 254)}"


def ipv6(r):
    g = [f"{r.randrange(0x10000):x}" for _ in range(8)]
    g[0] = r.choice(["2001", "2a00", "2a02", "fe80", "fd12"])
    k = r.randrange(3)
    if k == 0:
        return ":".join(g)
    if k == 1:
        return ":".join(g[:3]) + "::" + ":".join(g[6:])
    return "2001:db8::" + g[7]


KEYWORDS = [
    {"nl": "e-mail:", "fr": "courriel :", "de": "E-Mail:", "en": "email:"},
    {"nl": "IBAN", "fr": "compte bancaire", "de": "Kontonummer", "en": "account number"},
    {"nl": "kaart", "fr": "carte", "de": "Karte", "en": "card"},
    {"nl": "tel.", "fr": "téléphone :", "de": "Telefon", "en": "phone"},
    {"nl": "ip-adres", "fr": "adresse IP", "de": "IP-Adresse", "en": "client"},
]


def personal(r, lang):
    kind = r.randrange(5)
    if kind == 0:
        v = email(r)
    elif kind == 1:
        v = iban(r)
        if r.random() < 0.5:
            v = spaced(v)
    elif kind == 2:
        v = card_written(r, card(r))
    elif kind == 3:
        v = phone(r)
    else:
        v = ipv4(r) if r.random() < 0.6 else ipv6(r)
    if r.random() < 0.5:
        v = KEYWORDS[kind][lang] + " " + v
    return v


def lookalike(r):
    k = r.randrange(10)
    if k == 0:
        return f"v{r.randrange(20)}.{r.randrange(20)}.{r.randrange(10)}.{r.randrange(300)}"
    if k == 1:
        return f"build {r.randrange(10)}.{r.randrange(10)}.{r.randrange(10)}.{r.randrange(999)}"
    if k == 2:
        return f"Chrome/{r.randint(90, 130)}.0.0.0"
    if k == 3:
        s = iban(r)
        return spaced(s[:3] + str((int(s[3]) + 1) % 10) + s[4:])
    if k == 4:
        s = card(r)
        return spaced(s[:-1] + str((int(s[-1]) + 1) % 10))
    if k == 5:
        return f"**** **** **** {r.randrange(10_000):04}"
    if k == 6:
        return "EAN 400" + digits(r, 10)
    if k == 7:
        return ":".join(f"{r.randrange(256):02X}" for _ in range(6))
    if k == 8:
        return f"{r.randint(1, 28):02}.{r.randint(1, 12):02}.{r.randint(1940, 2010)}"
    return f"{r.randrange(24):02}:{r.randrange(60):02}:{r.randrange(60):02}"


class Text:
    """Draws lines of text from pools of pre-generated sentences, inserting items."""

    def __init__(self, seed, pool_size=12_000, pii_rate=PII_RATE, lookalike_rate=LOOKALIKE_RATE):
        self.rates = ((pii_rate, personal), (lookalike_rate, None))
        r = random.Random(seed)
        self.pools = {lang: [sentence(r, lang) for _ in range(pool_size)] for lang in LANGS}
        self.mixed = [s for lang in LANGS for s in self.pools[lang]]
        for lang in LANGS:
            # Empty entries become blank lines: paragraph breaks.
            self.pools[lang] += [""] * (pool_size // 5)
        self.mixed += [""] * (len(self.mixed) // 5)
        every = self.mixed
        self.words_per_line = sum(s.count(" ") + 1 for s in every if s) / len(every)
        self.bytes_per_line = sum(len(s.encode()) + 1 for s in every) / len(every)
        self.items = 0
        self.lookalikes = 0
        self.words = 0

    def chunk(self, r, nbytes, lang=None):
        """About `nbytes` of text as a str, in lines."""
        pool = self.pools[lang] if lang else self.mixed
        n = max(1, int(nbytes / self.bytes_per_line))
        lines = r.choices(pool, k=n)
        words = n * self.words_per_line
        self.words += int(words)
        for rate, make in self.rates:
            k = int(words * rate + r.random())
            for i in r.sample(range(n), min(k, n)):
                line = lines[i]
                item = make(r, lang or r.choice(LANGS)) if make else lookalike(r)
                if make:
                    self.items += 1
                else:
                    self.lookalikes += 1
                if not line:
                    lines[i] = item
                    continue
                # Insert at a word boundary.
                at = line.find(" ", r.randrange(len(line)))
                lines[i] = line + " " + item if at < 0 else line[:at] + " " + item + line[at:]
        return "\n".join(lines) + "\n"


DEPARTMENTS = ["finance", "hr", "sales", "legal", "it", "support", "archief", "comptabilité",
               "Geschäftsführung", "klantendienst"]
EXTENSIONS = [".txt", ".txt", ".txt", ".md", ".log", ".csv"]


def make_tree(out, total, seed, **rates):
    r = random.Random(seed)
    text = Text(seed, **rates)
    written = 0
    files = 0
    lo, hi = math.log(2 << 10), math.log(3 << 20)
    while written < total:
        size = int(math.exp(r.uniform(lo, hi)))
        d = os.path.join(out, r.choice(DEPARTMENTS), str(r.randint(2019, 2025)))
        os.makedirs(d, exist_ok=True)
        lang = None if r.random() < 0.15 else r.choice(LANGS)
        path = os.path.join(d, f"doc{files:05}_{lang or 'mixed'}{r.choice(EXTENSIONS)}")
        data = text.chunk(r, size, lang).encode()
        with open(path, "wb") as f:
            f.write(data)
        written += len(data)
        files += 1
    return text, files, written


def make_single(path, total, seed, no_newline, **rates):
    r = random.Random(seed)
    text = Text(seed, **rates)
    written = 0
    with open(path, "wb") as f:
        while written < total:
            data = text.chunk(r, min(8 << 20, total - written + 1))
            if no_newline:
                data = data.replace("\n", " ")
            data = data.encode()
            f.write(data)
            written += len(data)
    return text, 1, written


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["tree", "single"])
    ap.add_argument("out")
    ap.add_argument("--bytes", type=float, default=1e9)
    ap.add_argument("--seed", type=int, default=20261129)
    ap.add_argument("--no-newline", action="store_true")
    ap.add_argument("--pii-rate", type=float, default=PII_RATE,
                    help=f"share of words that are personal data (default {PII_RATE})")
    ap.add_argument("--lookalike-rate", type=float, default=LOOKALIKE_RATE,
                    help=f"share of words that are look-alikes (default {LOOKALIKE_RATE})")
    a = ap.parse_args()
    rates = {"pii_rate": a.pii_rate, "lookalike_rate": a.lookalike_rate}
    if a.mode == "tree":
        text, files, written = make_tree(a.out, int(a.bytes), a.seed, **rates)
    else:
        text, files, written = make_single(a.out, int(a.bytes), a.seed, a.no_newline, **rates)
    share = text.items / max(1, text.words)
    print(f"{a.out}: {files} files, {written} bytes, ~{text.words} words, {text.items} personal items "
          f"({share:.2%} of words), {text.lookalikes} look-alikes", file=sys.stderr)


if __name__ == "__main__":
    main()
