#!/usr/bin/env python3
"""Deterministic generator of a small synthetic, labelled PII corpus (probe4).

Writes corpus/files/**, corpus/truth.jsonl, corpus/negatives.jsonl, corpus/truth_files.jsonl.
Every file is built as a list of segments; labelled spans get their UTF-8 byte offsets while
concatenating (never by searching afterwards).  All people, numbers and addresses are fictitious.
"""
import ipaddress
import json
import os
import random
import re
import shutil
import sys
import uuid
from urllib.parse import quote_plus
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_data import (NAMES, FEMALE, LANG_OF, CC_OF, TLD, LOC, STREETS, MONTHS, Gen, ascii_, slug,  # noqa
                      any_valid, iban_ok, luhn_ok)

SEED = 20240417
R = random.Random(SEED)
G = Gen(R)
OUT = os.environ.get("PROBE_OUT") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")


# ============================================================== segment builder

class L:  # labelled truth span
    def __init__(self, cat, val, cc=None):
        self.cat, self.val, self.cc = cat, val, cc


class N:  # hard negative span
    def __init__(self, kind, like, val):
        self.kind, self.like, self.val = kind, like, val


class D:
    def __init__(self):
        self.parts, self.items, self.negs, self.pos = [], [], [], 0

    def t(self, s):
        b = s.encode("utf-8")
        self.parts.append(b)
        self.pos += len(b)
        return self

    def add(self, x):
        if x is None:
            return self
        if isinstance(x, L):
            st = self.pos
            self.t(x.val)
            it = {"start": st, "end": self.pos, "category": x.cat, "value": x.val}
            if x.cc:
                it["country"] = x.cc
            self.items.append(it)
        elif isinstance(x, N):
            st = self.pos
            self.t(x.val)
            self.negs.append({"start": st, "end": self.pos, "kind": x.kind, "like": x.like, "value": x.val})
        elif isinstance(x, (list, tuple)):
            for y in x:
                self.add(y)
        else:
            self.t(str(x))
        return self

    def f(self, tmpl, **kw):
        """Template with «key» placeholders; values are str / L / N / lists of them."""
        pos = 0
        for m in re.finditer(r"«(\w+)»", tmpl):
            self.t(tmpl[pos:m.start()])
            self.add(kw[m.group(1)])
            pos = m.end()
        self.t(tmpl[pos:])
        return self

    def size(self):
        return self.pos

    def bytes(self):
        return b"".join(self.parts)


# ============================================================== people & things

class Addr:
    def __init__(self, loc, cc, lines, street_line, pc, city):
        self.loc, self.cc, self.lines, self.street_line, self.pc, self.city = loc, cc, lines, street_line, pc, city

    def multi(self):
        return L("postal_address", "\n".join(self.lines), self.cc)

    def one(self):
        return L("postal_address", ", ".join(self.lines), self.cc)

    def street(self):
        return L("postal_address", self.street_line, self.cc)


def make_addr(loc, variant=None):
    r = R
    cc = CC_OF[loc]
    st = r.choice(STREETS[loc])
    num = str(r.randint(1, 240))
    if loc == "BE-nl":
        sl = f"{st} {num}" + (f" bus {r.randint(1, 12)}" if r.random() < 0.35 else "")
        pc, city = r.choice(LOC[loc])
        return Addr(loc, cc, [sl, f"{pc} {city}"], sl, pc, city)
    if loc == "BE-fr":
        sl = f"{st} {num}" + r.choice(["", "", f" boîte {r.randint(1, 9)}", f"/{r.randint(1, 9)}", f" bte {r.randint(1, 20)}"])
        pc, city = r.choice(LOC[loc])
        return Addr(loc, cc, [sl, f"{pc} {city}"], sl, pc, city)
    if loc == "NL":
        sl = f"{st} {num}" + r.choice(["", "", "", "-A", " hs", "-2", " B", "-III"])
        pc4, city = r.choice(LOC[loc])
        letters = r.choice("ABCEGHJKLMNPRTVWXZ") + r.choice("ABCEGHJKLMNPRTVWXZ")
        pc = f"{pc4} {letters}" if r.random() < 0.8 else f"{pc4}{letters}"
        return Addr(loc, cc, [sl, f"{pc} {city}"], sl, pc, city)
    if loc == "FR":
        pc, city = r.choice(LOC[loc])
        sl = f"{num}{r.choice(['', '', '', ' bis', ' ter'])} {st}"
        v = variant or r.choice(["plain", "plain", "plain", "apt", "cedex", "bp"])
        if v == "apt":
            return Addr(loc, cc, [f"Appartement {r.randint(1, 60)}, Bâtiment {r.choice('ABCD')}", sl, f"{pc} {city}"], sl, pc, city)
        if v == "cedex":
            return Addr(loc, cc, [sl, f"{pc} {city.upper()} CEDEX {r.randint(1, 9):02d}"], sl, pc, city)
        if v == "bp":
            bp = f"BP {r.randint(10, 999)}"
            return Addr(loc, cc, [f"{sl}, {bp}", f"{pc} {city} Cedex"], sl, pc, city)
        return Addr(loc, cc, [sl, f"{pc} {city}"], sl, pc, city)
    if loc == "DE":
        sl = f"{st} {num}{r.choice(['', '', '', 'a', 'b', '-' + str(int(num) + 2)])}"
        pc, city = r.choice(LOC[loc])
        pcs = pc if r.random() < 0.85 else "D-" + pc
        return Addr(loc, cc, [sl, f"{pcs} {city}"], sl, pc, city)
    if loc == "AT":
        sl = f"{st} {num}" + (f"/{r.randint(1, 4)}/{r.randint(1, 30)}" if r.random() < 0.6 else "")
        pc, city = r.choice(LOC[loc])
        pcs = pc if r.random() < 0.7 else "A-" + pc
        return Addr(loc, cc, [sl, f"{pcs} {city}"], sl, pc, city)
    if loc == "CH":
        sl = f"{st} {num}"
        pc, city = r.choice(LOC[loc])
        pcs = pc if r.random() < 0.7 else "CH-" + pc
        return Addr(loc, cc, [sl, f"{pcs} {city}"], sl, pc, city)
    if loc == "LU":
        sl = f"{num}, {st}"
        pc, city = r.choice(LOC[loc])
        return Addr(loc, cc, [sl, f"L-{pc} {city}"], sl, pc, city)
    if loc == "UK":
        sl = f"{num} {st}"
        city, area = r.choice(LOC[loc])
        pc = f"{area} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXY')}{r.choice('ABDEFGHJLNPQRSTUWXY')}"
        if r.random() < 0.5:
            return Addr(loc, cc, [sl, city, pc], sl, pc, city)
        return Addr(loc, cc, [sl, f"{city} {pc}"], sl, pc, city)
    raise ValueError(loc)


def make_phone(loc, mobile=None):
    r = R
    cc = CC_OF[loc]
    dg = G.digits
    if mobile is None:
        mobile = r.random() < 0.55
    if cc == "BE":
        if mobile:
            p = "4" + r.choice("6789") + dg(1)
            a, b, c = dg(2), dg(2), dg(2)
            s = r.choice([f"0{p} {a} {b} {c}", f"+32 {p} {a} {b} {c}", f"0{p}/{a}.{b}.{c}", f"0{p}{a}{b}{c}",
                          f"+32 (0){p} {a} {b} {c}"])
        else:
            z = r.choice(["2", "3", "9", "16", "50", "11"])
            rest = dg(8 - len(z))
            if len(z) == 1:
                s = r.choice([f"+32 {z} {rest[:3]} {rest[3:5]} {rest[5:]}", f"0{z} {rest[:3]} {rest[3:5]} {rest[5:]}",
                              f"0{z}/{rest[:3]}.{rest[3:5]}.{rest[5:]}"])
            else:
                s = r.choice([f"0{z} {rest[:2]} {rest[2:4]} {rest[4:]}", f"+32 {z} {rest[:2]} {rest[2:4]} {rest[4:]}"])
    elif cc == "NL":
        if mobile:
            n = dg(8)
            s = r.choice([f"06-{n}", f"06 {n[:4]} {n[4:]}", f"+31 6 {n}", f"+31 (0)6 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                          f"06{n}"])
        else:
            z = r.choice(["20", "10", "30", "70", "40", "50"])
            n = dg(7)
            s = r.choice([f"0{z}-{n}", f"0{z} {n[:3]} {n[3:]}", f"+31 {z} {n}", f"+31 (0){z} {n[:3]} {n[3:]}",
                          f"0031 {z} {n}"])
    elif cc == "FR":
        first = r.choice("67") if mobile else r.choice("12345")
        g = [dg(2) for _ in range(4)]
        s = r.choice([f"0{first} {' '.join(g)}", f"0{first}.{'.'.join(g)}", f"+33 {first} {' '.join(g)}",
                      f"+33 (0){first} {' '.join(g)}", f"0{first}{''.join(g)}", f"0033 {first} {' '.join(g)}"])
    elif cc == "DE":
        if mobile:
            p = r.choice(["151", "160", "170", "171", "176", "152"])
            n = dg(8 if p != "160" else 7)
            s = r.choice([f"0{p} {n}", f"0{p}/{n}", f"+49 {p} {n}", f"+49 (0){p} {n}", f"0{p}-{n[:3]} {n[3:]}"])
        else:
            z = r.choice(["30", "89", "40", "221", "69", "761", "345", "711"])
            n = dg(10 - len(z))
            s = r.choice([f"0{z}/{n}", f"(0{z}) {n[:4]}-{n[4:]}", f"+49 (0){z} {n}", f"+49 {z} {n}",
                          f"0{z} {n[:-3]}-{n[-3:]}", f"0{z} {n}"])
    elif cc == "AT":
        if mobile:
            n = dg(7)
            s = r.choice([f"0664 {n}", f"+43 664 {n}", f"0676/{n}"])
        else:
            n = dg(7)
            s = r.choice([f"+43 1 {n}", f"01/{n}", f"+43 (0)316 {n[:6]}"])
    elif cc == "CH":
        if mobile:
            s = f"07{r.choice('6789')} {dg(3)} {dg(2)} {dg(2)}"
            s = s if r.random() < 0.5 else "+41 " + s[1:]
        else:
            z = r.choice(["44", "31", "61", "41"])
            s = r.choice([f"0{z} {dg(3)} {dg(2)} {dg(2)}", f"+41 {z} {dg(3)} {dg(2)} {dg(2)}"])
    elif cc == "LU":
        s = r.choice([f"+352 621 {dg(3)} {dg(3)}", f"+352 691 {dg(3)} {dg(3)}", f"+352 27 {dg(2)} {dg(2)} {dg(2)}",
                      f"(+352) 26 {dg(2)} {dg(2)} {dg(2)}"])
    elif cc == "GB":
        if mobile:
            s = r.choice([f"07700 900{dg(3)}", f"+44 7700 900{dg(3)}", f"+44 (0)7700 900{dg(3)}"])
        else:
            s = r.choice([f"020 7946 0{dg(3)}", f"+44 20 7946 0{dg(3)}", f"0161 496 0{dg(3)}", f"+44 (0)113 496 0{dg(3)}"])
    return L("phone", s, cc)


def rand_dob():
    y = R.randint(1948, 2005)
    return (y, R.randint(1, 12), R.randint(1, 28))


def fmt_date(lang, d, style):
    y, m, dd = d
    if style == "long":
        if lang == "de":
            return f"{dd}. {MONTHS[lang][m - 1]} {y}"
        if lang == "en":
            return f"{dd} {MONTHS[lang][m - 1]} {y}"
        return f"{dd} {MONTHS[lang][m - 1]} {y}"
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    sep = {"slash": "/", "dot": ".", "dash": "-"}[style]
    if lang == "en" and style == "slash" and R.random() < 0.3:
        return f"{m:02d}/{dd:02d}/{y}"
    return f"{dd:02d}{sep}{m:02d}{sep}{y}"


BIRTH_CTX = {
    "nl": [("geboren op ", "long"), ("geboortedatum: ", "dash"), ("geb. ", "slash"), ("Geboortedatum ", "dot"),
           ("geboren ", "slash")],
    "fr": [("né le ", "slash"), ("date de naissance : ", "slash"), ("né le ", "long"), ("Date de naissance: ", "dot"),
           ("né(e) le ", "slash")],
    "de": [("geb. ", "dot"), ("geboren am ", "long"), ("Geburtsdatum: ", "dot"), ("geb. am ", "dot")],
    "en": [("DOB: ", "iso"), ("date of birth: ", "long"), ("born on ", "slash"), ("Date of Birth: ", "slash")],
}


class Person:
    def __init__(self, loc=None):
        self.loc = loc or R.choice(["BE-nl", "BE-nl", "BE-fr", "NL", "NL", "FR", "FR", "DE", "DE", "AT", "CH",
                                    "LU", "UK"])
        self.cc = CC_OF[self.loc]
        self.lang = LANG_OF[self.loc]
        giv, sur = NAMES[self.loc]
        self.given, self.surname = R.choice(giv), R.choice(sur)
        self.female = self.given in FEMALE
        self.dob = rand_dob()
        self.addr = make_addr(self.loc)
        self.phone = make_phone(self.loc)
        self.mobile = make_phone(self.loc, mobile=True)
        dom = R.choice([f"example.{TLD[self.cc]}", "example.com", "mail.example.com", "example.org",
                        f"example.{TLD[self.cc]}"])
        g, s = slug(self.given), slug(self.surname)
        local = R.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{g}{s}", f"{s}.{g}", f"{g}_{s}", f"{g}.{s}{R.randint(1, 99)}"])
        self.email_s = f"{local}@{dom}"
        self.iban_cc = self.cc if self.cc in ("BE", "NL", "FR", "DE", "LU", "AT", "CH", "GB") else "BE"

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    def name(self, style="full"):
        if style == "full":
            return L("person_name", self.full)
        if style == "rev":
            return L("person_name", f"{self.surname}, {self.given}")
        if style == "sur":
            return L("person_name", self.surname)
        if style == "upper":
            return L("person_name", f"{self.given} {self.surname.upper()}")
        if style == "init":
            return L("person_name", f"{self.given[0]}. {self.surname}")
        raise ValueError(style)

    def rev_particle(self):
        """'Berg, Daan van den' style for Dutch particles, else 'Surname, Given'."""
        parts = self.surname.split(" ")
        if self.loc == "NL" and len(parts) > 1 and parts[0].islower():
            return L("person_name", f"{parts[-1]}, {self.given} {' '.join(parts[:-1])}")
        return L("person_name", f"{self.surname}, {self.given}")

    def email(self):
        return L("email", self.email_s)

    def iban(self, grouped=None):
        return L("iban", G.iban(self.iban_cc, grouped), self.iban_cc)

    def title(self, lang=None):
        lang = lang or self.lang
        t = {"nl": (["Mevr.", "Mevrouw"], ["Dhr.", "De heer"]), "fr": (["Mme", "Madame"], ["M.", "Monsieur"]),
             "de": (["Frau", "Frau Dr."], ["Herr", "Herrn"]), "en": (["Ms", "Mrs"], ["Mr", "Dr"])}[lang]
        return R.choice(t[0] if self.female else t[1])

    def natid(self, fmt=None):
        male = not self.female
        if self.cc == "BE":
            return L("national_id", G.rrn(self.dob, male, fmt=fmt), "BE")
        if self.cc == "NL":
            return L("national_id", G.bsn(fmt=fmt), "NL")
        if self.cc == "FR":
            return L("national_id", G.nir(self.dob, male, fmt=fmt), "FR")
        if self.cc == "DE":
            return L("national_id", G.steuer(fmt=fmt), "DE")
        return None

    def natid_label(self, lang=None):
        lang = lang or self.lang
        return {"BE": {"nl": "Rijksregisternummer", "fr": "N° de registre national", "en": "Belgian national number",
                       "de": "Nationalregisternummer"},
                "NL": {"nl": "BSN", "fr": "BSN", "en": "BSN", "de": "BSN"},
                "FR": {"fr": "N° de sécurité sociale", "nl": "Frans INSEE-nummer", "en": "French social security no.",
                       "de": "frz. Sozialversicherungsnummer"},
                "DE": {"de": "Steuer-ID", "nl": "Duits fiscaal nummer (Steuer-ID)", "en": "German tax ID",
                       "fr": "Steuer-ID"}}.get(self.cc, {}).get(lang)

    def dob_phrase(self, lang=None):
        lang = lang or self.lang
        pre, style = R.choice(BIRTH_CTX[lang])
        if lang == "fr" and self.female and pre.startswith("né le"):
            pre = "née le "
        return [pre, L("date_of_birth", fmt_date(lang, self.dob, style))]


# ---------------------------------------------------------------- companies & negatives

COMP_SUFFIX = {"nl": ["BV", "NV", "bv", "VOF", "CommV"], "fr": ["SA", "SPRL", "SRL", "SARL", "SAS"],
               "de": ["GmbH", "AG", "GmbH & Co. KG", "e.K."], "en": ["Ltd", "plc", "LLP"]}
COMP_CORE = {"nl": ["Bakkerij", "Transport", "Bouwbedrijf", "Installatietechniek", "Drukkerij", "Schilderwerken",
                    "Advocatenkantoor", "Verzekeringen"],
             "fr": ["Boulangerie", "Transports", "Menuiserie", "Imprimerie", "Cabinet", "Assurances", "Garage"],
             "de": ["Logistik", "Bau", "Elektrotechnik", "Druckerei", "Steuerberatung", "Immobilien", "Autohaus"],
             "en": ["Logistics", "Consulting", "Printing", "Holdings", "Engineering", "Insurance"]}


class Company:
    def __init__(self, loc=None, lang=None):
        self.loc = loc or R.choice(["BE-nl", "BE-fr", "NL", "FR", "DE", "AT", "CH", "LU", "UK"])
        self.lang = lang or LANG_OF[self.loc]
        self.cc = CC_OF[self.loc]
        sur = R.choice(NAMES[self.loc][1])
        core = R.choice(COMP_CORE[self.lang])
        suf = R.choice(COMP_SUFFIX[self.lang])
        st = R.choice(STREETS[self.loc])
        style = R.random()
        if style < 0.35:
            self.name_s, self.kind = f"{core} {sur} {suf}", "company_name"
        elif style < 0.6:
            self.name_s, self.kind = f"{sur} & {R.choice(['Zonen', 'Fils', 'Söhne', 'Sons', 'Partners'])} {suf}", "company_name"
        elif style < 0.8:
            self.name_s, self.kind = f"{st.split(' ')[-1].capitalize() if ' ' in st else st} {core} {suf}", "street_company"
        else:
            self.name_s, self.kind = f"{R.choice(['Nordlicht', 'Polaris', 'Vitalis', 'Horizon', 'Delta Vision', 'Optima'])} {core} {suf}", "company_name"
        self.addr = make_addr(self.loc)
        self.phone = make_phone(self.loc, mobile=False)
        d = slug(self.name_s.split(" ")[0] + self.name_s.split(" ")[1])[:14]
        self.domain = f"{d}.example.{TLD[self.cc]}"
        self.email_s = f"{R.choice(['info', 'contact', 'boekhouding', 'facturation', 'service', 'office', 'hr'])}@{self.domain}"
        self.iban_cc = self.cc

    def name(self):
        return N(self.kind, "person_name", self.name_s)

    def email(self):
        return L("email", self.email_s)

    def iban(self, grouped=None):
        return L("iban", G.iban(self.iban_cc, grouped), self.iban_cc)

    def vat(self):
        cc = self.cc
        if cc == "BE":
            b = "0" + G.digits(7, True)
            ck = 97 - int(b) % 97
            v = b + "%02d" % ck
            s = R.choice([f"BE{v[:4]}.{v[4:7]}.{v[7:]}", f"BE {v}", f"BE{v}"])
        elif cc == "NL":
            s = f"NL{G.neg_digits(9)}B0{R.randint(1, 9)}"
        elif cc == "FR":
            s = f"FR{G.digits(2)} {G.neg_digits(9)}"
        elif cc == "DE":
            s = f"DE{G.neg_digits(9)}"
        elif cc == "AT":
            s = f"ATU{G.neg_digits(8)}"
        elif cc == "CH":
            s = f"CHE-{G.digits(3, True)}.{G.digits(3)}.{G.digits(3)} MWST"
        elif cc == "LU":
            s = f"LU{G.neg_digits(8)}"
        else:
            s = f"GB{G.neg_digits(9)}"
        return N("vat_number", "national_id", s)


def neg_invoice_no():
    y = R.choice([2023, 2024, 2025])
    return N("invoice_number", "national_id", R.choice([f"INV-{y}-{R.randint(1, 99999):05d}", f"{y}/{R.randint(1, 9999):05d}",
                                                          f"F{y}-{R.randint(100, 9999)}", f"FA{y}{R.randint(10000, 99999)}"]))


def neg_order_no():
    return N("order_number", "national_id", R.choice([G.neg_digits(9), G.neg_digits(10), G.neg_digits(11),
                                                        f"ORD-{G.neg_digits(8)}", f"{G.neg_digits(3)}-{G.neg_digits(7)}"]))


def neg_version():
    return N("version_string", "ip_address", R.choice([
        f"v{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 30)}.{R.randint(0, 999)}",
        f"10.0.{R.randint(17000, 22631)}.{R.randint(100, 3000)}", f"{R.randint(1, 12)}.{R.randint(0, 9)}.{R.randint(1000, 9999)}.{R.randint(1, 300)}",
        f"4.18.{R.randint(2000, 2400)}.{R.randint(1, 9)}"]))


def neg_oid():
    return N("oid", "ip_address", R.choice(["1.3.6.1.4.1.311.21.8." + str(R.randint(1000000, 9999999)),
                                             "2.5.4." + str(R.randint(3, 50)), "1.2.840.113549.1.9." + str(R.randint(1, 20)),
                                             "1.3.6.1.4.1." + str(R.randint(10000, 60000)) + ".1.2"]))


def neg_date(lang):
    d = (R.choice([2023, 2024, 2025]), R.randint(1, 12), R.randint(1, 28))
    return N("non_birth_date", "date_of_birth", fmt_date(lang, d, R.choice(["long", "slash", "dot", "iso", "dash"])))


def neg_amount(lang):
    a = R.randint(5, 9000) + R.randint(0, 99) / 100
    s = f"{a:,.2f}"
    if lang in ("nl", "fr", "de"):
        s = s.replace(",", "X").replace(".", ",").replace("X", "." if lang != "fr" else " ")
    return N("amount", "phone", R.choice([f"€ {s}", f"EUR {s}", f"{s} €", f"{s} EUR"]))


def neg_uuid():
    return N("uuid", "phone", str(uuid.UUID(int=R.getrandbits(128), version=4)))


def neg_ts():
    return N("timestamp", "date_of_birth", f"2024-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:"
                                           f"{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z")


def neg_masked():
    return N("masked_card", "payment_card", R.choice([f"**** **** **** {G.digits(4)}", f"XXXX-XXXX-XXXX-{G.digits(4)}",
                                                      f"{G.digits(4)} **** **** {G.digits(4)}", f"************{G.digits(4)}"]))


def neg_bad_iban(cc=None):
    return N("bad_iban", "iban", G.iban(cc or R.choice(["BE", "NL", "FR", "DE"]), bad=True))


def neg_bad_card():
    v = G.card(bad=True)
    while any_valid(v):
        v = G.card(bad=True)
    return N("bad_card", "payment_card", v)


def neg_bad_natid(cc=None):
    cc = cc or R.choice(["BE", "NL", "FR", "DE"])
    dob, male = rand_dob(), R.random() < 0.5
    f = {"BE": lambda: G.rrn(dob, male, bad=True), "NL": lambda: G.bsn(bad=True),
         "FR": lambda: G.nir(dob, male, bad=True), "DE": lambda: G.steuer(bad=True)}[cc]
    v = f()
    while any_valid(v):
        v = f()
    return N("bad_national_id", "national_id", v)


def neg_ean():
    return N("ean_barcode", "phone", G.ean())


def neg_product():
    return N("product_code", "national_id", R.choice([f"SKU-{R.randint(1000, 9999)}-{R.choice(['NL', 'BE', 'FR', 'DE'])}",
                                                       f"ART {G.neg_digits(8)}", f"REF {R.choice('ABCDEFGH')}{R.randint(100, 999)}-{R.randint(10, 99)}",
                                                       f"P/N {R.randint(100, 999)}-{R.randint(1000, 9999)}-{R.randint(10, 99)}"]))


def neg_ogm():
    b = G.digits(10)
    ck = int(b) % 97 or 97
    s = b + "%02d" % ck
    return N("payment_reference", "national_id", f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++")


def neg_pct():
    return N("percentage", "phone", R.choice([f"{R.randint(1, 99)}%", f"{R.randint(1, 30)},{R.randint(0, 9)} %",
                                             f"{R.randint(1, 99)}.{R.randint(0, 99)}%"]))


def neg_msgid():
    return N("message_id", "email", f"<{R.getrandbits(64):x}.{R.randint(1000, 9999)}@mail.example.com>")


def neg_mac():
    return N("mac_address", "ip_address", ":".join(f"{R.randint(0, 255):02x}" for _ in range(6)))


def neg_bad_ip():
    return N("invalid_ip", "ip_address", f"{R.randint(256, 999)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(0, 255)}")


def neg_hash():
    return N("hash", "phone", f"{R.getrandbits(160):040x}")


def neg_postcode(loc):
    pc = R.choice(LOC[loc])[0] if loc != "UK" else "NW1"
    return N("postcode_alone", "postal_address", pc)


def ipv4():
    if R.random() < 0.1:  # a few documentation-range (TEST-NET) addresses
        return L("ip_address", R.choice([f"192.0.2.{R.randint(1, 254)}", f"198.51.100.{R.randint(1, 254)}", f"203.0.113.{R.randint(1, 254)}"]))
    return L("ip_address", R.choice([
        f"{R.choice([37, 46, 77, 78, 109, 176, 195, 217])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
        f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}", f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}",
        f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
        f"{R.choice([81, 84, 91, 145, 178, 212, 62, 85, 94])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"]))


def ipv6():
    return L("ip_address", R.choice([f"2a02:{R.randint(0x1800, 0xa0ff):x}:{R.randint(0, 0xffff):x}::{R.randint(1, 0xffff):x}",
                                     f"2001:db8:{R.randint(0, 0xffff):x}::{R.randint(1, 0xffff):x}",
                                     f"2a01:{R.randint(0xc000, 0xe3ff):x}:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}:{R.randint(1, 0xffff):x}",
                                     f"fe80::{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}:{R.randint(1, 0xffff):x}",
                                     f"fd12:3456:789a:{R.randint(1, 0xffff):x}::{R.randint(1, 0xffff):x}"]))


def ip():
    return ipv4() if R.random() < 0.75 else ipv6()


# ============================================================== genres

TXT = {
    "nl": dict(tel="Tel.", vat="BTW", ref="Ons kenmerk", subj_letter=["Uw dossier", "Wijziging van uw contract", "Bevestiging inschrijving", "Terugbetaling"],
               dear="Geachte", close=["Met vriendelijke groeten", "Hoogachtend", "Met vriendelijke groet"],
               body=["Naar aanleiding van uw schrijven van «date» bevestigen wij dat uw dossier «ref» werd aangepast. Het openstaande bedrag van «amount» werd verrekend.",
                     "Wij hebben uw aanvraag goed ontvangen. Voor de verdere behandeling gebruiken wij de volgende gegevens: «natlabel» «natid», «dob».",
                     "Het bedrag wordt binnen tien werkdagen teruggestort op rekening «iban». Contractnummer «contract» blijft ongewijzigd.",
                     "Heeft u nog vragen? Neem dan contact op met «agent» via «aphone» of stuur een e-mail naar «aemail»."]),
    "fr": dict(tel="Tél.", vat="TVA", ref="Notre référence", subj_letter=["Votre dossier", "Modification de votre contrat", "Confirmation d'inscription", "Remboursement"],
               dear="", close=["Veuillez agréer l'expression de nos salutations distinguées", "Cordialement", "Bien à vous"],
               body=["Suite à votre courrier du «date», nous vous confirmons que votre dossier «ref» a été mis à jour. Le solde de «amount» a été régularisé.",
                     "Nous avons bien reçu votre demande. Pour le suivi, nous utilisons les données suivantes : «natlabel» «natid», «dob».",
                     "Le montant sera remboursé sous dix jours ouvrables sur le compte «iban». Le numéro de contrat «contract» reste inchangé.",
                     "Pour toute question, vous pouvez joindre «agent» au «aphone» ou par courriel à «aemail»."]),
    "de": dict(tel="Tel.", vat="USt-IdNr.", ref="Unser Zeichen", subj_letter=["Ihr Vorgang", "Änderung Ihres Vertrags", "Bestätigung der Anmeldung", "Rückerstattung"],
               dear="Sehr geehrte", close=["Mit freundlichen Grüßen", "Freundliche Grüße", "Hochachtungsvoll"],
               body=["Bezugnehmend auf Ihr Schreiben vom «date» bestätigen wir, dass Ihr Vorgang «ref» angepasst wurde. Der offene Betrag von «amount» wurde verrechnet.",
                     "Ihren Antrag haben wir erhalten. Für die weitere Bearbeitung verwenden wir folgende Angaben: «natlabel» «natid», «dob».",
                     "Der Betrag wird innerhalb von zehn Werktagen auf das Konto «iban» überwiesen. Die Vertragsnummer «contract» bleibt unverändert.",
                     "Bei Fragen erreichen Sie «agent» unter «aphone» oder per E-Mail an «aemail»."]),
    "en": dict(tel="Tel.", vat="VAT", ref="Our reference", subj_letter=["Your file", "Change to your contract", "Registration confirmed", "Refund"],
               dear="Dear", close=["Kind regards", "Yours sincerely", "Best regards"],
               body=["Further to your letter of «date», we confirm that your file «ref» has been updated. The outstanding balance of «amount» has been settled.",
                     "We have received your application. For further processing we hold the following details: «natlabel» «natid», «dob».",
                     "The amount will be refunded within ten working days to account «iban». Contract number «contract» remains unchanged.",
                     "If you have any questions, please contact «agent» on «aphone» or by e-mail at «aemail»."]),
}
ROLE = {"nl": ["Klantendienst", "Dossierbeheerder", "HR-verantwoordelijke", "Boekhouding"],
        "fr": ["Service clientèle", "Gestionnaire de dossier", "Responsable RH", "Comptabilité"],
        "de": ["Kundenservice", "Sachbearbeiterin", "Personalabteilung", "Buchhaltung"],
        "en": ["Customer Service", "Case Manager", "HR Officer", "Accounts"]}


def salutation(d, lang, p):
    if lang == "nl":
        d.f("«d» «t» «n»,\n\n", d=TXT[lang]["dear"], t=R.choice(["heer" if not p.female else "mevrouw"]), n=p.name("sur"))
    elif lang == "fr":
        d.f("«t» «n»,\n\n", t="Madame" if p.female else "Monsieur", n=p.name("sur" if R.random() < 0.5 else "full"))
    elif lang == "de":
        d.f("«x» «n»,\n\n", x="Sehr geehrte Frau" if p.female else "Sehr geehrter Herr", n=p.name("sur"))
    else:
        d.f("Dear «t» «n»,\n\n", t=p.title("en"), n=p.name("sur"))


def letter(lang=None):
    c = Company()
    lang = lang or c.lang
    p = Person(c.loc if R.random() < 0.8 else None)
    agent = Person(c.loc)
    T = TXT[lang]
    d = D()
    d.f("«c»\n", c=c.name())
    d.add(c.addr.multi()).t("\n")
    d.f("«tl» «ph» · «em»\n", tl=T["tel"], ph=c.phone, em=c.email())
    d.f("«vl» «vat» | IBAN «ib»\n\n\n", vl=T["vat"], vat=c.vat(), ib=c.iban(grouped=True))
    d.f("«t» «n»\n", t=p.title(lang), n=p.name(R.choice(["full", "full", "upper", "init"])))
    d.add(p.addr.multi()).t("\n\n")
    d.f("«city», «date»\n", city=c.addr.city, date=neg_date(lang))
    d.f("«rl»: «ref»\n\n", rl=T["ref"], ref=neg_invoice_no())
    d.f("«s»\n\n", s=R.choice(T["subj_letter"]))
    salutation(d, lang, p)
    nat = p.natid()
    dob = p.dob_phrase(lang)
    kw = dict(date=neg_date(lang), ref=neg_order_no(), amount=neg_amount(lang), natlabel=p.natid_label(lang) or "",
              natid=nat or "", dob=dob, iban=p.iban(), contract=N("contract_number", "national_id", f"CTR-{G.neg_digits(6)}-{R.choice('ABCX')}"),
              agent=agent.name(), aphone=agent.phone, aemail=agent.email())
    bodies = list(T["body"])
    if nat is None:
        bodies[1] = bodies[1].replace("«natlabel» «natid», ", "")
    for b in bodies:
        if R.random() < 0.85:
            d.f(b + "\n\n", **kw)
    d.f("«cl»,\n\n\n«n»\n«r»\n«c»\n", cl=R.choice(T["close"]), n=agent.name(), r=R.choice(ROLE[lang]), c=c.name())
    if R.random() < 0.4:
        d.f("\nBijlage/Annexe/Anlage: «v»\n", v=N("version_string", "ip_address", f"formulier_v{R.randint(1, 9)}.{R.randint(0, 9)}.{R.randint(0, 9)}.{R.randint(1, 99)}.pdf"))
    return d


EMAIL_TXT = {
    "nl": (["Betreft: adreswijziging", "Vraag over factuur", "Afspraak volgende week", "RE: contractverlenging"],
           ["Hallo «g»,", "Beste «g»,", "Dag «g»,"],
           ["Mijn nieuwe adres is «addr». Kunnen jullie dit aanpassen in het dossier?",
            "Je kan me bereiken op «phone» (gsm) of op het vaste nummer «phone2».",
            "De terugbetaling mag op «iban». Mijn rijksregisternummer/BSN is «natid».",
            "De factuur «inv» van «date» is nog niet betaald; het bedrag is «amount».",
            "In bijlage de offerte, versie «ver».", "Kaart/Carte/Karte: «card», niet/pas/nicht «masked»."],
           ["Groetjes", "Met vriendelijke groeten", "Mvg"], "schreef"),
    "fr": (["Objet : changement d'adresse", "Question sur la facture", "Rendez-vous", "RE: renouvellement du contrat"],
           ["Bonjour «g»,", "Chère «g»,", "Bonjour,"],
           ["Ma nouvelle adresse est «addr». Pouvez-vous mettre le dossier à jour ?",
            "Vous pouvez me joindre au «phone» ou au «phone2».",
            "Le remboursement peut se faire sur «iban». Mon numéro d'identification est «natid».",
            "La facture «inv» du «date» n'est pas encore réglée ; le montant est de «amount».",
            "Ci-joint le devis, version «ver».", "Kaart/Carte/Karte: «card», niet/pas/nicht «masked»."],
           ["Cordialement", "Bien à vous", "Bonne journée"], "a écrit"),
    "de": (["Betreff: Adressänderung", "Frage zur Rechnung", "Termin nächste Woche", "AW: Vertragsverlängerung"],
           ["Hallo «g»,", "Liebe «g»,", "Guten Tag,"],
           ["Meine neue Anschrift lautet «addr». Könnten Sie das bitte in der Akte ändern?",
            "Sie erreichen mich unter «phone» oder «phone2».",
            "Die Erstattung bitte auf «iban». Meine Steuer-ID/Kennnummer ist «natid».",
            "Die Rechnung «inv» vom «date» ist noch offen; der Betrag beträgt «amount».",
            "Anbei das Angebot, Version «ver».", "Kaart/Carte/Karte: «card», niet/pas/nicht «masked»."],
           ["Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße"], "schrieb"),
    "en": (["Subject: change of address", "Question about invoice", "Meeting next week", "RE: contract renewal"],
           ["Hi «g»,", "Dear «g»,", "Hello,"],
           ["My new address is «addr». Could you update the file, please?",
            "You can reach me on «phone» or «phone2».",
            "Please refund to «iban». My ID number is «natid».",
            "Invoice «inv» dated «date» is still unpaid; the amount is «amount».",
            "Attached is the quote, version «ver».", "Card used: «card» (exp. 08/27), not «masked»."],
           ["Cheers", "Kind regards", "Best"], "wrote"),
}


def email_file():
    a = Person()
    lang = a.lang if R.random() < 0.85 else "en"
    b = Person(R.choice([a.loc, "BE-nl", "NL", "FR", "DE"]))
    c = Company(b.loc)
    subs, greets, lines, closes, wrote = EMAIL_TXT[lang]
    d = D()
    d.f('From: "«n»" <«e»>\n', n=a.name(), e=a.email())
    d.f("To: «n» <«e»>\n", n=b.name(), e=L("email", b.email_s))
    if R.random() < 0.5:
        d.f("Cc: «e»\n", e=c.email())
    d.f("Subject: «s»\nDate: Tue, «dt» +0200\nMessage-ID: «m»\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n",
        s=R.choice(subs), dt=N("timestamp", "date_of_birth", f"{R.randint(1, 28)} May 2024 {R.randint(7, 19):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}"),
        m=neg_msgid())
    d.f(R.choice(greets) + "\n\n", g=L("person_name", b.given))
    nat = a.natid() or neg_bad_natid()
    kw = dict(addr=a.addr.one(), phone=a.mobile, phone2=a.phone, iban=a.iban(), natid=nat, inv=neg_invoice_no(),
              date=neg_date(lang), amount=neg_amount(lang), ver=neg_version(),
              card=L("payment_card", G.card()), masked=neg_masked())
    for ln in lines:
        if R.random() < 0.75:
            d.f(ln + "\n", **kw)
    d.f("\n«cl»,\n«n»\n", cl=R.choice(closes), n=a.name())
    if R.random() < 0.6:
        d.f("-- \n«n» | «r»\n«ph» | «e»\n", n=a.name(), r=R.choice(ROLE[lang]), ph=a.mobile, e=L("email", a.email_s))
    # quoted earlier message
    qh = {"nl": "Op «dt» schreef «n» <«e»>:", "fr": "Le «dt», «n» <«e»> a écrit :", "de": "Am «dt» schrieb «n» <«e»>:",
          "en": "On «dt», «n» <«e»> wrote:"}[lang]
    d.f("\n" + qh + "\n", dt=N("timestamp", "date_of_birth", f"2024-05-{R.randint(1, 28):02d} {R.randint(7, 19):02d}:{R.randint(0, 59):02d}"),
        n=b.name(), e=L("email", b.email_s))
    d.f("> «g»\n>\n", g=L("person_name", a.given))
    d.f("> Dossier «o» — «c»\n> «ph» / «e»\n> «addr»\n>\n> «n»\n", o=neg_order_no(), c=c.name(), ph=c.phone, e=c.email(),
        addr=c.addr.one(), n=b.name())
    return d


def hr_note():
    p = Person(R.choice(["BE-nl", "BE-fr", "NL", "FR", "DE", "DE", "NL"]))
    lang = p.lang
    mgr = Person(p.loc)
    md = R.random() < 0.5
    d = D()
    H = {"nl": ("Personeelsdossier", "Naam", "Adres", "Telefoon", "E-mail", "Rekeningnummer", "Functie", "Opmerkingen", "Indiensttreding", "Loon"),
         "fr": ("Dossier du personnel", "Nom", "Adresse", "Téléphone", "Courriel", "Compte bancaire", "Fonction", "Remarques", "Date d'entrée", "Salaire"),
         "de": ("Personalakte", "Name", "Anschrift", "Telefon", "E-Mail", "Bankverbindung", "Position", "Bemerkungen", "Eintritt", "Gehalt")}[lang]
    d.t(("# " if md else "") + H[0] + "\n\n")
    b = "- **%s:** " if md else "%s: "
    d.f((b % H[1]) + "«n»\n", n=p.name(R.choice(["full", "rev"])))
    d.f((b % H[2]) + "«a»\n", a=p.addr.one())
    d.f((b % H[3]) + "«ph»\n", ph=p.mobile)
    d.f((b % H[4]) + "«e»\n", e=p.email())
    d.f((b % H[5]) + "«ib»\n", ib=p.iban())
    nat = p.natid()
    if nat:
        d.f((b % p.natid_label()) + "«x»\n", x=nat)
    d.f((b % H[6]) + "«f»\n", f=R.choice(["Projectleider", "Chargé de clientèle", "Sachbearbeiter", "Developer"]))
    d.f((b % H[8]) + "«dt»\n", dt=neg_date(lang))
    d.f((b % H[9]) + "«am» («pc» ↑)\n\n", am=neg_amount(lang), pc=neg_pct())
    d.t(("## " if md else "") + H[7] + "\n\n")
    notes = {"nl": ["Gesprek met «m» op «dt». Medewerker(ster) is «dob» en vraagt ouderschapsverlof.",
                    "Noodcontact: partner «pn», «pph».", "Oud-adres (tot «dt2»): «old»."],
             "fr": ["Entretien avec «m» le «dt». L'employé(e), «dob», demande un congé parental.",
                    "Contact d'urgence : «pn», «pph».", "Ancienne adresse (jusqu'au «dt2») : «old»."],
             "de": ["Gespräch mit «m» am «dt». Mitarbeiter(in), «dob», beantragt Elternzeit.",
                    "Notfallkontakt: «pn», «pph».", "Frühere Anschrift (bis «dt2»): «old»."]}[lang]
    partner = Person(p.loc)
    old = make_addr(p.loc)
    for n in notes:
        d.f(n + "\n", m=mgr.name(), dt=neg_date(lang), dob=p.dob_phrase(), pn=partner.name(), pph=partner.mobile,
            dt2=neg_date(lang), old=old.multi() if not md else old.one())
    d.f("\nLaptop: «mac» / asset «pr»\n", mac=neg_mac(), pr=neg_product())
    return d


def invoice(reminder=False):
    c = Company()
    lang = c.lang
    cust = Person(c.loc)
    T = {"nl": ("FACTUUR", "HERINNERING", "Factuurnummer", "Factuurdatum", "Vervaldatum", "Klantnummer", "Omschrijving", "Totaal", "Te betalen op", "Mededeling", "Wij stellen vast dat onderstaande factuur nog niet betaald is."),
         "fr": ("FACTURE", "RAPPEL", "N° de facture", "Date de facture", "Échéance", "N° client", "Description", "Total", "À payer sur", "Communication", "Sauf erreur de notre part, la facture ci-dessous reste impayée."),
         "de": ("RECHNUNG", "ZAHLUNGSERINNERUNG", "Rechnungsnummer", "Rechnungsdatum", "Fällig am", "Kundennummer", "Beschreibung", "Gesamt", "Zahlbar auf", "Verwendungszweck", "Die folgende Rechnung ist leider noch offen."),
         "en": ("INVOICE", "REMINDER", "Invoice no.", "Invoice date", "Due date", "Customer no.", "Description", "Total", "Pay to", "Reference", "Our records show the invoice below is still unpaid.")}[lang]
    d = D()
    d.f("«c»\n", c=c.name())
    d.add(c.addr.multi()).t("\n")
    d.f("«v» · «ph» · «e»\n\n", v=c.vat(), ph=c.phone, e=c.email())
    d.t(f"{T[1] if reminder else T[0]}\n\n")
    d.f("«n»\n", n=cust.name(R.choice(["full", "upper"])))
    d.add(cust.addr.multi()).t("\n\n")
    d.f(f"{T[2]}: «i»\n{T[3]}: «d1»\n{T[4]}: «d2»\n{T[5]}: «k»\n\n", i=neg_invoice_no(), d1=neg_date(lang), d2=neg_date(lang),
        k=N("customer_number", "national_id", f"K{G.neg_digits(6)}"))
    if reminder:
        d.t(T[10] + "\n\n")
    d.t(f"{T[6]:<38}{'Qty':>5}{'EUR':>14}\n")
    for _ in range(R.randint(2, 6)):
        d.f("«p» «desc»", p=neg_product(), desc=R.choice(["Onderhoud", "Licence annuelle", "Wartung", "Support plan", "Installatie", "Papier A4"]))
        d.f("  x«q»  «a»\n", q=str(R.randint(1, 20)), a=neg_amount(lang))
        if R.random() < 0.3:
            d.f("   EAN «e»\n", e=neg_ean())
    d.f(f"\n{T[7]}: «a» (incl. «pc» BTW/TVA/MwSt)\n\n", a=neg_amount(lang), pc=neg_pct())
    d.f(f"{T[8]}: «ib» (BIC «bic»)\n", ib=c.iban(), bic=R.choice(["GEBABEBB", "KREDBEBB", "INGBNL2A", "BNPAFRPP", "COBADEFFXXX"]))
    d.f(f"{T[9]}: «o»\n", o=neg_ogm() if c.cc == "BE" else neg_invoice_no())
    if R.random() < 0.3:
        d.f("\nCard/Kaart/Carte: «c»\n", c=L("payment_card", G.card()))
    elif R.random() < 0.5:
        d.f("\nPaid by card «m» on «dt».\n" if lang == "en" else "\nBetaling/Paiement/Zahlung: «m» — «dt»\n", m=neg_masked(), dt=neg_date(lang))
    if R.random() < 0.4:
        d.f("Cliënt/Client/Kunde: «n», «ph», «e»\n", n=cust.name(), ph=cust.phone, e=cust.email())
    return d


def ticket():
    cust = Person()
    agent = Person(R.choice(["BE-nl", "NL", "FR", "DE"]))
    lang = R.choice([cust.lang, "en"])
    d = D()
    tid = f"#{R.randint(100000, 999999)}"
    d.f("Ticket «t» | Priority: P«pr» | Status: open\nCreated: «ts»\nRequester: «n» <«e»>\nAssignee: «a»\nClient IP: «ip»\n\n",
        t=N("ticket_number", "phone", tid), pr=str(R.randint(1, 4)), ts=neg_ts(), n=cust.name(), e=cust.email(), a=agent.name(), ip=ip())
    d.t("--- Description ---\n")
    msgs = {"nl": "Ik kan niet inloggen sinds de update naar «v». Mijn klantnummer is «o». Bel me terug op «ph» aub. Mijn kaart «card» werd twee keer gedebiteerd.",
            "fr": "Je n'arrive plus à me connecter depuis la mise à jour «v». Mon numéro client est «o». Rappelez-moi au «ph» svp. Ma carte «card» a été débitée deux fois.",
            "de": "Seit dem Update auf «v» kann ich mich nicht mehr anmelden. Meine Kundennummer ist «o». Bitte rufen Sie mich unter «ph» zurück. Meine Karte «card» wurde doppelt belastet.",
            "en": "I cannot log in since the update to «v». My customer number is «o». Please call me back on «ph». My card «card» was charged twice."}[lang]
    d.f(msgs + "\n\n", v=neg_version(), o=neg_order_no(), ph=cust.mobile, card=L("payment_card", G.card()))
    d.t("--- Internal notes ---\n")
    d.f("[«ts»] «a»: refund requested to «ib»; masked card on file «m»; bad card number tried «bc».\n",
        ts=neg_ts(), a=agent.name("init"), ib=cust.iban(), m=neg_masked(), bc=neg_bad_card())
    d.f("[«ts»] «a»: verified customer address «addr» and «dob».\n", ts=neg_ts(), a=agent.name("init"), addr=cust.addr.one(),
        dob=cust.dob_phrase("en") if lang == "en" else cust.dob_phrase())
    d.f("[«ts»] system: session «u» closed, request from «ip»\n", ts=neg_ts(), u=neg_uuid(), ip=ip())
    return d


def chat():
    cust = Person()
    agent = Person(cust.loc)
    lang = cust.lang
    d = D()
    h, m = R.randint(8, 17), R.randint(0, 50)
    d.f("Chat transcript «id» — «dt»\n\n", id=neg_uuid(), dt=neg_date(lang))
    lines = {"nl": [("a", "Goedemiddag, u spreekt met «an». Waarmee kan ik helpen?"), ("c", "Hoi, ik ben «cn», ik wil mijn adres wijzigen."),
                    ("a", "Wat is het nieuwe adres?"), ("c", "«addr»"), ("a", "En uw geboortedatum ter verificatie?"), ("c", "«dobv»"),
                    ("a", "Dank u. Op welk nummer kunnen we u bereiken?"), ("c", "«ph», of mail naar «e»"), ("a", "Genoteerd, referentie «ref». Fijne dag!")],
             "fr": [("a", "Bonjour, ici «an». Comment puis-je vous aider ?"), ("c", "Bonjour, je suis «cn}, je voudrais changer mon adresse.".replace("}", "»")),
                    ("a", "Quelle est la nouvelle adresse ?"), ("c", "«addr»"), ("a", "Et votre date de naissance pour vérification ?"), ("c", "«dobv»"),
                    ("a", "Merci. À quel numéro vous joindre ?"), ("c", "«ph», ou par mail «e»"), ("a", "C'est noté, référence «ref». Bonne journée !")],
             "de": [("a", "Guten Tag, hier ist «an». Wie kann ich helfen?"), ("c", "Hallo, «cn» hier, ich möchte meine Adresse ändern."),
                    ("a", "Wie lautet die neue Adresse?"), ("c", "«addr»"), ("a", "Und Ihr Geburtsdatum zur Verifizierung?"), ("c", "«dobv»"),
                    ("a", "Danke. Unter welcher Nummer erreichen wir Sie?"), ("c", "«ph» oder per Mail an «e»"), ("a", "Notiert, Referenz «ref». Schönen Tag!")],
             "en": [("a", "Good afternoon, this is «an». How can I help?"), ("c", "Hi, I'm «cn», I'd like to change my address."),
                    ("a", "What is the new address?"), ("c", "«addr»"), ("a", "And your date of birth for verification?"), ("c", "«dobv»"),
                    ("a", "Thanks. Which number can we reach you on?"), ("c", "«ph», or email «e»"), ("a", "Noted, reference «ref». Have a nice day!")]}[lang]
    style = {"nl": "dash", "fr": "slash", "de": "dot", "en": "iso"}[lang]
    for who, txt in lines:
        m += R.randint(0, 2)
        nm = agent.name("full") if who == "a" else cust.name("full")
        d.f("[«t»] «n»: ", t=N("time", "phone", f"{h:02d}:{m % 60:02d}:{R.randint(0, 59):02d}"), n=L("person_name", nm.val.split(" ")[0]) if R.random() < 0.5 else nm)
        d.f(txt + "\n", an=L("person_name", agent.given), cn=cust.name(),
            addr=cust.addr.one(), dobv=L("date_of_birth", fmt_date(lang, cust.dob, style)), ph=cust.mobile, e=cust.email(), ref=neg_order_no())
    return d


UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.118 Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
      "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0", "curl/8.5.0", "python-requests/2.31.0"]


def urlenc_email(p):
    return L("email", p.email_s.replace("@", "%40"))


def access_log():
    d = D()
    mon = R.choice(["Mar", "Apr", "May"])
    day, h, m, s = R.randint(1, 28), R.randint(0, 22), 0, 0
    paths = ["/", "/static/app.{v}.js", "/api/v2/orders/{o}", "/login", "/account/settings", "/search?q=factuur+{o}",
             "/newsletter/subscribe?email={e}&lang=nl", "/unsubscribe?email={e}&token={h}", "/reset-password?email={e}",
             "/contact?name={nm}&phone={ph}", "/health"]
    while d.size() < R.randint(2500, 7000):
        s += R.randint(1, 40)
        m, s = m + s // 60, s % 60
        p = Person()
        path = R.choice(paths)
        d.add(ip())
        d.f(" - - [«ts» +0200] \"«meth» ", ts=N("timestamp", "date_of_birth", f"{day:02d}/{mon}/2024:{h:02d}:{m % 60:02d}:{s:02d}"),
            meth=R.choice(["GET", "GET", "GET", "POST"]))
        segs = re.split(r"(\{\w+\})", path)
        for sg in segs:
            if sg == "{v}":
                d.add(N("hash", "phone", f"{R.getrandbits(40):010x}"))
            elif sg == "{o}":
                d.add(neg_order_no())
            elif sg == "{e}":
                d.add(urlenc_email(p) if R.random() < 0.8 else L("email", p.email_s))
            elif sg == "{h}":
                d.add(neg_hash())
            elif sg == "{nm}":
                d.add(L("person_name", quote_plus(p.full)))
            elif sg == "{ph}":
                d.add(L("phone", p.mobile.val.replace(" ", "").replace("+", "%2B"), p.cc))
            else:
                d.t(sg)
        d.f(" HTTP/1.1\" «st» «sz» \"-\" \"«ua»\"\n", st=R.choice(["200", "200", "302", "404", "500"]), sz=str(R.randint(200, 90000)), ua=R.choice(UA))
    return d


def app_log():
    d = D()
    svc = R.choice(["billing-api", "crm-sync", "auth", "mailer", "export-job"])
    build = neg_version()
    d.f("«ts» INFO  [main] «svc» starting, build «b», config schema «oid»\n", ts=neg_ts(), svc=svc, b=build, oid=neg_oid())
    while d.size() < R.randint(2000, 6500):
        p = Person()
        k = R.randint(0, 9)
        d.f("«ts» ", ts=neg_ts())
        if k == 0:
            d.f("INFO  [http] login ok user=«e» ip=«ip» session=«u»\n", e=p.email(), ip=ip(), u=neg_uuid())
        elif k == 1:
            d.f("WARN  [http] failed login for «e» from «ip» (attempt «n»)\n", e=p.email(), ip=ip(), n=str(R.randint(2, 5)))
        elif k == 2:
            d.f("INFO  [sepa] mandate created customer_id=«o» iban=«ib» holder=\"«n»\"\n", o=neg_order_no(), ib=p.iban(grouped=False), n=p.name())
        elif k == 3:
            d.f("ERROR [sepa] IBAN validation failed: «b» (checksum)\n", b=neg_bad_iban())
        elif k == 4 and R.random() < 0.4:
            d.f("WARN  [payment] raw PAN in request body: «c» (rejected «b»)\n", c=L("payment_card", G.card()), b=neg_bad_card())
        elif k == 4:
            d.f("DEBUG [payment] authorised card=«m» amount=«a» ref=«r»\n", m=neg_masked(), a=neg_amount("en"), r=neg_uuid())
        elif k == 5:
            d.f("INFO  [crm] updated contact {\"name\": \"«n»\", \"phone\": \"«ph»\", \"city\": \"«c»\"}\n", n=p.name(), ph=p.phone, c=p.addr.city)
        elif k == 6:
            d.f("INFO  [net] peer «ip6» connected via «ip4», mac «mac»\n", ip6=ipv6(), ip4=ipv4(), mac=neg_mac())
        elif k == 7:
            d.f("WARN  [parser] ignoring malformed address «bip» in X-Forwarded-For\n", bip=neg_bad_ip())
        elif k == 8:
            nat = p.natid()
            if nat:
                d.f("DEBUG [kyc] identity check passed national_id=«x» dob=«dob»\n", x=nat,
                    dob=L("date_of_birth", fmt_date("en", p.dob, "iso")))
            else:
                d.f("DEBUG [kyc] identity check rejected id=«x» (bad check digit)\n", x=neg_bad_natid())
        else:
            d.f("INFO  [job] processed «n» records in «ms» ms («pc» cache hits), agent «ver»\n", n=str(R.randint(10, 9000)),
                ms=str(R.randint(10, 9999)), pc=neg_pct(), ver=neg_version())
    return d


COLS = {
    "nl": dict(given="Voornaam", sur="Achternaam", full="Naam", street="Straat en nr", pc="Postcode", city="Gemeente",
               phone="Telefoon", email="E-mail", dob="Geboortedatum", iban="Rekeningnummer", nat="Rijksregisternr",
               order="Klantnr", date="Aangemaakt", amount="Saldo"),
    "fr": dict(given="Prénom", sur="Nom", full="Nom complet", street="Adresse", pc="Code postal", city="Localité",
               phone="Téléphone", email="Courriel", dob="Date de naissance", iban="IBAN", nat="NISS",
               order="N° client", date="Créé le", amount="Solde"),
    "de": dict(given="Vorname", sur="Nachname", full="Name", street="Straße", pc="PLZ", city="Ort",
               phone="Telefon", email="E-Mail", dob="Geburtsdatum", iban="IBAN", nat="Steuer-ID",
               order="Kundennr.", date="Angelegt am", amount="Saldo"),
    "en": dict(given="first_name", sur="last_name", full="name", street="address_line1", pc="postcode", city="city",
               phone="phone", email="email", dob="date_of_birth", iban="iban", nat="national_id",
               order="customer_id", date="created", amount="balance"),
}


def table_rows(lang, locs, n):
    rows = []
    for _ in range(n):
        p = Person(R.choice(locs))
        rows.append(p)
    return rows


def cell_value(key, p, lang):
    if key == "given":
        return L("person_name", p.given)
    if key == "sur":
        return L("person_name", p.surname)
    if key == "full":
        return p.rev_particle() if R.random() < 0.5 else p.name()
    if key == "street":
        return p.addr.street()
    if key == "pc":
        return p.addr.pc
    if key == "city":
        return p.addr.city
    if key == "phone":
        return p.mobile if R.random() < 0.5 else p.phone
    if key == "email":
        return p.email()
    if key == "dob":
        return L("date_of_birth", fmt_date(lang, p.dob, {"nl": "dash", "fr": "slash", "de": "dot", "en": "iso"}[lang]))
    if key == "iban":
        return p.iban(grouped=False)
    if key == "nat":
        return p.natid(fmt="compact") or ""
    if key == "order":
        return neg_order_no()
    if key == "date":
        return neg_date(lang) if R.random() < 0.5 else neg_ts()
    if key == "amount":
        return N("amount", "phone", f"{R.randint(-500, 9000)}.{R.randint(0, 99):02d}")
    raise KeyError(key)


def csv_file(sep=None):
    lang = R.choice(["nl", "fr", "de", "en"])
    locs = {"nl": ["BE-nl", "NL"], "fr": ["BE-fr", "FR", "LU"], "de": ["DE", "AT", "CH"], "en": ["UK", "BE-nl", "NL", "FR", "DE"]}[lang]
    if lang in ("nl", "de") and sep is None:
        sep = ";"
    sep = sep or ","
    natloc = {"nl": ["BE-nl"], "fr": ["BE-fr"], "de": ["DE"], "en": ["NL"]}[lang]
    layout = R.choice([["order", "given", "sur", "street", "pc", "city", "phone", "email"],
                       ["order", "full", "email", "phone", "date", "amount"],
                       ["given", "sur", "dob", "nat", "iban", "email"],
                       ["order", "full", "street", "pc", "city", "dob", "iban", "date"]])
    if "nat" in layout:
        locs = natloc
    C = COLS[lang]
    d = D()
    d.t(sep.join(C[k] for k in layout) + "\n")
    target = R.randint(900, 6000)
    while d.size() < target:
        p = Person(R.choice(locs))
        for i, k in enumerate(layout):
            if i:
                d.t(sep)
            v = cell_value(k, p, lang)
            txt = v.val if isinstance(v, (L, N)) else v
            if sep in txt or '"' in txt:
                assert '"' not in txt
                d.t('"').add(v).t('"')
            else:
                d.add(v)
        d.t("\n")
    return d


def json_esc_ok(s):
    return json.dumps(s, ensure_ascii=False)[1:-1] == s


def emit_json(d, obj, ind=0):
    sp = "  " * ind
    if isinstance(obj, dict):
        d.t("{\n")
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            d.t(f'{sp}  "{k}": ')
            emit_json(d, v, ind + 1)
            d.t(",\n" if i < len(items) - 1 else "\n")
        d.t(sp + "}")
    elif isinstance(obj, list):
        d.t("[\n")
        for i, v in enumerate(obj):
            d.t(sp + "  ")
            emit_json(d, v, ind + 1)
            d.t(",\n" if i < len(obj) - 1 else "\n")
        d.t(sp + "]")
    elif isinstance(obj, (L, N)):
        assert json_esc_ok(obj.val), obj.val
        d.t('"').add(obj).t('"')
    else:
        d.t(json.dumps(obj, ensure_ascii=False))


def json_file():
    recs = []
    d = D()
    target = R.randint(1200, 6500)
    n = max(1, target // 900)
    for _ in range(n):
        p = Person()
        lang = p.lang
        nat = p.natid(fmt="compact")
        rec = {"id": neg_uuid(), "createdAt": neg_ts(), "customer": {
            "name": {"first": L("person_name", p.given), "last": L("person_name", p.surname)},
            "contact": {"email": p.email(), "phone": p.mobile, "ip_last_login": ip()},
            "address": {"street": p.addr.street(), "postalCode": p.addr.pc, "city": p.addr.city, "country": p.cc}},
            "birthDate": L("date_of_birth", fmt_date("en", p.dob, "iso")),
            "payment": {"iban": p.iban(grouped=False), "card_masked": neg_masked(), "mandate_ref": neg_order_no()},
            "orders": [{"orderNo": neg_order_no(), "date": neg_date("en"), "total": round(R.uniform(5, 900), 2),
                        "items": [{"sku": neg_product(), "ean": neg_ean()}]} for _ in range(R.randint(1, 2))],
            "client": {"app_version": neg_version(), "oid": neg_oid()}}
        if nat:
            rec["identity"] = {"type": {"BE": "rrn", "NL": "bsn", "FR": "nir", "DE": "steuer_id"}[p.cc], "value": nat}
        if R.random() < 0.3:
            rec["payment"]["card"] = {"pan": L("payment_card", G.card(fmt="compact")), "exp": f"{R.randint(1, 12):02d}/{R.randint(25, 30)}"}
        recs.append(rec)
    emit_json(d, {"status": "ok", "page": 1, "data": recs, "meta": {"generated": neg_ts(), "api": neg_version()}})
    d.t("\n")
    return d


def sql_file():
    lang = R.choice(["nl", "fr", "de"])
    loc = {"nl": ["BE-nl", "NL"], "fr": ["BE-fr", "FR"], "de": ["DE"]}[lang]
    tbl = {"nl": "klanten", "fr": "clients", "de": "kunden"}[lang]
    cols = {"nl": ["id", "voornaam", "achternaam", "straat", "postcode", "gemeente", "telefoon", "email", "geboortedatum", "iban", "aangemaakt"],
            "fr": ["id", "prenom", "nom", "adresse", "code_postal", "ville", "telephone", "email", "date_naissance", "iban", "cree_le"],
            "de": ["id", "vorname", "nachname", "strasse", "plz", "ort", "telefon", "email", "geburtsdatum", "iban", "angelegt"]}[lang]
    d = D()
    d.t(f"-- dump {tbl}, server version ")
    d.add(neg_version()).t("\n")
    d.t(f"CREATE TABLE {tbl} (\n  " + ",\n  ".join(f"{c} VARCHAR(120)" for c in cols) + "\n);\n\n")
    target = R.randint(1500, 7000)
    i = R.randint(100, 5000)
    while d.size() < target:
        p = Person(R.choice(loc))
        if "'" in p.full or "'" in p.addr.street_line or "'" in p.addr.city:
            continue
        i += 1
        d.t(f"INSERT INTO {tbl} ({', '.join(cols)}) VALUES ({i}, '")
        d.f("«g»', '«s»', '«st»', '«pc»', '«c»', '«ph»', '«e»', '«dob»', '«ib»', '«ts»');\n", g=L("person_name", p.given),
            s=L("person_name", p.surname), st=p.addr.street(), pc=p.addr.pc, c=p.addr.city, ph=p.phone, e=p.email(),
            dob=L("date_of_birth", fmt_date("en", p.dob, "iso")), ib=p.iban(grouped=False),
            ts=N("timestamp", "date_of_birth", f"2024-0{R.randint(1, 9)}-{R.randint(10, 28)} {R.randint(10, 23)}:{R.randint(10, 59)}:00"))
    d.t("\nINSERT INTO audit (event, actor_ip, detail) VALUES ('export', '")
    d.add(ipv4()).t("', '")
    d.add(neg_bad_iban()).t("');\n")
    return d


def minutes():
    lang = R.choice(["nl", "fr", "de", "en"])
    locs = {"nl": ["BE-nl", "NL"], "fr": ["BE-fr", "FR", "LU"], "de": ["DE", "AT", "CH"], "en": ["UK", "NL", "DE", "BE-nl"]}[lang]
    ppl = [Person(R.choice(locs)) for _ in range(R.randint(3, 6))]
    c = Company(ppl[0].loc)
    H = {"nl": ("Verslag overleg", "Aanwezig", "Verontschuldigd", "Actiepunten", "Wie", "Wat", "Deadline", "Volgende vergadering"),
         "fr": ("Compte rendu de réunion", "Présents", "Excusés", "Actions", "Qui", "Quoi", "Échéance", "Prochaine réunion"),
         "de": ("Besprechungsprotokoll", "Anwesend", "Entschuldigt", "Aufgaben", "Wer", "Was", "Frist", "Nächste Sitzung"),
         "en": ("Meeting minutes", "Present", "Apologies", "Action items", "Who", "What", "Deadline", "Next meeting")}[lang]
    d = D()
    d.f(f"# {H[0]} — «c»\n\n", c=c.name())
    d.f("**«dt»**, «time»\n\n", dt=neg_date(lang), time=N("time", "phone", f"{R.randint(8, 16)}:{R.choice(['00', '30'])}"))
    d.t(f"**{H[1]}:** ")
    for i, p in enumerate(ppl[:-1]):
        if i:
            d.t(", ")
        d.add(p.name(R.choice(["full", "full", "init"])))
    d.f(f"\n**{H[2]}:** «n»\n\n", n=ppl[-1].name())
    d.f("1. Release «v» status: «pc» of tests green; rollout to «oid».\n", v=neg_version(), pc=neg_pct(), oid=N("hostname", "ip_address", f"srv-{R.randint(1, 40):02d}.intra.example.com"))
    d.f("2. «n» presented the budget («a»); contract «ct» to be renewed.\n", n=ppl[0].name("sur"), a=neg_amount(lang),
        ct=N("contract_number", "national_id", f"{R.randint(2019, 2024)}-{G.neg_digits(5)}"))
    d.f("3. New office at «addr» — «cn» will handle the keys (call «ph»).\n\n", addr=c.addr.one(), cn=ppl[1].name(), ph=ppl[1].mobile)
    d.t(f"## {H[3]}\n\n| {H[4]} | {H[5]} | {H[6]} |\n|---|---|---|\n")
    for p in ppl[:R.randint(2, len(ppl))]:
        d.f("| «n» | «w» | «dl» |\n", n=p.name(R.choice(["full", "sur"])), w=R.choice(["update SOP", "send quote", "check VPN", "contact supplier", "planning Q3"]),
            dl=neg_date(lang))
    d.f(f"\n{H[7]}: «dt»\n", dt=neg_date(lang))
    return d


def md_contacts():
    lang = R.choice(["nl", "fr", "de", "en"])
    locs = {"nl": ["BE-nl", "NL"], "fr": ["BE-fr", "FR", "LU"], "de": ["DE", "AT", "CH"], "en": ["UK", "NL", "DE", "BE-nl", "FR"]}[lang]
    C = COLS[lang]
    d = D()
    d.t({"nl": "# Contactlijst team\n\n", "fr": "# Liste de contacts\n\n", "de": "# Kontaktliste Team\n\n", "en": "# Team contact list\n\n"}[lang])
    d.t(f"| {C['full']} | {C['phone']} | {C['email']} | {C['street']} | {C['pc']} | {C['city']} |\n|---|---|---|---|---|---|\n")
    for _ in range(R.randint(6, 18)):
        p = Person(R.choice(locs))
        d.f("| «n» | «ph» | «e» | «st» | «pc» | «c» |\n", n=p.name(), ph=p.mobile if R.random() < 0.6 else p.phone, e=p.email(),
            st=p.addr.street(), pc=p.addr.pc, c=p.addr.city)
    d.f("\n_Laatst bijgewerkt / updated: «dt» — v«v»_\n", dt=neg_date(lang), v=N("version_string", "ip_address", f"{R.randint(1, 4)}.{R.randint(0, 9)}.{R.randint(0, 9)}.{R.randint(0, 99)}"))
    return d


def address_list():
    loc = R.choice(["BE-nl", "NL", "DE", "FR", "BE-fr", "AT", "CH", "LU", "UK"])
    d = D()
    d.t(R.choice(["Adressenlijst nieuwjaarskaartjes\n", "Liste d'adresses — vœux\n", "Adressliste Weihnachtskarten\n", "Mailing list (post)\n"]))
    d.t("=" * 30 + "\n\n")
    for _ in range(R.randint(5, 14)):
        p = Person(loc)
        style = R.random()
        if style < 0.5:
            d.add(p.rev_particle()).t("\n")
        else:
            d.f("«t» «n»\n", t=p.title(), n=p.name())
        d.add(p.addr.multi())
        d.t("\n")
        if R.random() < 0.4:
            d.f("«ph»\n", ph=p.phone)
        d.t("\n")
    d.f("Regio/Postleitzahl-Bereich: «pc»; printed «dt»\n", pc=neg_postcode(loc), dt=neg_date(LANG_OF[loc]))
    return d


def html_file():
    c = Company()
    lang = c.lang
    staff = [Person(c.loc) for _ in range(R.randint(2, 5))]
    d = D()
    d.f('<!DOCTYPE html>\n<html lang="«l»">\n<head><meta charset="utf-8"><title>Contact</title>\n'
        '<script src="/js/app.min.js?v=«v»"></script></head>\n<body>\n<h1>«c»</h1>\n', l=lang, v=neg_version(), c=c.name())
    d.f("<address>«a»<br>\n<a href=\"tel:«tl»\">«ph»</a><br>\n<a href=\"mailto:«e»\">«e2»</a></address>\n",
        a=c.addr.one(), tl=L("phone", c.phone.val.replace(" ", ""), c.cc), ph=c.phone, e=c.email(), e2=L("email", c.email_s))
    d.f("<p>«vat» — IBAN «ib»</p>\n<ul class=\"team\">\n", vat=c.vat(), ib=c.iban(grouped=True))
    for p in staff:
        d.f('  <li><strong>«n»</strong>, «r» — <a href="mailto:«e»">«e2»</a> — «ph»</li>\n', n=p.name(), r=R.choice(ROLE[lang]),
            e=p.email(), e2=L("email", p.email_s), ph=p.mobile)
    d.f('</ul>\n<p>Openingsuren / Horaires / Öffnungszeiten: «t1»–«t2»</p>\n<footer>© 2024 «c» · «oid» · build «b»</footer>\n</body>\n</html>\n',
        t1=N("time", "phone", "08:30"), t2=N("time", "phone", "17:00"), c=c.name(), oid=neg_oid(), b=neg_version())
    return d


# ============================================================== main

GENRES = [  # (name, fn, count, dir, ext choices)
    ("letter", letter, 26, "brieven", ["txt"]),
    ("mail", email_file, 24, "mail", ["eml"]),
    ("hr", hr_note, 12, "hr", ["txt", "md"]),
    ("invoice", lambda: invoice(False), 12, "finance", ["txt"]),
    ("reminder", lambda: invoice(True), 8, "finance", ["txt"]),
    ("ticket", ticket, 10, "support", ["txt"]),
    ("chat", chat, 8, "support", ["log", "txt"]),
    ("access", access_log, 8, "logs", ["log"]),
    ("app", app_log, 8, "logs", ["log"]),
    ("export", csv_file, 10, "exports", ["csv"]),
    ("export_tab", lambda: csv_file("\t"), 5, "exports", ["tsv"]),
    ("api", json_file, 10, "api", ["json"]),
    ("dump", sql_file, 6, "db", ["sql"]),
    ("minutes", minutes, 8, "vergaderingen", ["md"]),
    ("contacts", md_contacts, 6, "team", ["md"]),
    ("addresses", address_list, 7, "post", ["txt"]),
    ("page", html_file, 8, "web", ["html"]),
]


def main():
    files_dir = os.path.join(OUT, "files")
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(files_dir)
    truth, negs, tfiles = [], [], []
    for name, fn, count, sub, exts in GENRES:
        os.makedirs(os.path.join(files_dir, sub), exist_ok=True)
        for i in range(count):
            for _attempt in range(20):
                d = fn()
                if 500 <= d.size() <= 8192:
                    break
            else:
                raise SystemExit(f"could not size {name}")
            rel = f"{sub}/{name}_{i + 1:03d}.{R.choice(exts)}"
            data = d.bytes()
            data.decode("utf-8")
            with open(os.path.join(files_dir, rel), "wb") as fh:
                fh.write(data)
            # sanity: offsets
            for it in d.items:
                assert data[it["start"]:it["end"]].decode("utf-8") == it["value"], (rel, it)
                assert it["value"].strip() == it["value"] and it["value"], (rel, it)
            for it in d.negs:
                assert data[it["start"]:it["end"]].decode("utf-8") == it["value"], (rel, it)
            # labelled items must not overlap each other within a category
            spans = sorted((it["category"], it["start"], it["end"]) for it in d.items)
            for a, b in zip(spans, spans[1:]):
                assert not (a[0] == b[0] and b[1] < a[2]), (rel, a, b)
            for it in d.items:
                row = {"path": rel, "start": it["start"], "end": it["end"], "category": it["category"], "value": it["value"]}
                if it.get("country"):
                    row["country"] = it["country"]
                row["offsets"] = "file"
                truth.append(row)
            for it in d.negs:
                negs.append({"path": rel, "start": it["start"], "end": it["end"], "kind": it["kind"], "like": it["like"],
                             "value": it["value"]})
            cnt = Counter(it["category"] for it in d.items)
            tfiles.append({"path": rel, "encoding": "utf-8", "bytes": len(data), "counts": dict(sorted(cnt.items()))})
    # check-digit audit over the planted values
    for t in truth:
        v = t["value"]
        if t["category"] == "iban":
            assert iban_ok(v), v
        if t["category"] == "ip_address":
            ipaddress.ip_address(v)
        if t["category"] == "payment_card":
            assert luhn_ok(v), v
        if t["category"] == "national_id":
            assert any_valid(v), v
    for x in negs:
        if x["kind"] in ("bad_card", "bad_national_id", "order_number", "ean_barcode"):
            assert not any_valid(x["value"]), x
        if x["kind"] == "bad_iban":
            assert not iban_ok(x["value"]), x
    for fn, rows in (("truth.jsonl", truth), ("negatives.jsonl", negs), ("truth_files.jsonl", tfiles)):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    nh = os.path.join(os.path.dirname(OUT), "corpus_nohtml")
    os.makedirs(nh, exist_ok=True)
    for fn, rows in (("truth.jsonl", truth), ("negatives.jsonl", negs), ("truth_files.jsonl", tfiles)):
        with open(os.path.join(nh, fn), "w", encoding="utf-8") as fh:
            for r in rows:
                if not r["path"].endswith(".html"):
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = Counter(t["category"] for t in truth)
    print(f"{len(tfiles)} files, {len(truth)} truth items, {len(negs)} negatives")
    for k, v in sorted(c.items()):
        print(f"  {k:15s} {v:5d} items in {sum(1 for f in tfiles if k in f['counts'])} files")
    print("  negatives by kind:", dict(Counter(x['kind'] for x in negs).most_common()))


if __name__ == "__main__":
    main()
