#!/usr/bin/env python3
"""Generates examples/demo-share/, the fictitious file share of piimap's demo.

    python3 scripts/make_demo_share.py            # (re)writes examples/demo-share/

The share belongs to "Lindeboom Facility Services", an invented cleaning and
facility company in Gent with branches in Rotterdam, Lille and Köln and some UK
clients. Every person, address, number and account in it is made up; the check
digits (IBAN mod-97 and national BBAN keys, Luhn, rijksregisternummer, BSN
elfproef, NIR key, Steuer-ID ISO 7064, OGM, Belgian VAT) are computed here, not
guessed. Phone numbers come from the ranges regulators reserve for drama and
fiction where those exist (UK 020 7946 0xxx, 0113/0161 496 0xxx, 07700 900xxx;
FR 01 99 00, 02 61 91, 03 53 01, 04 65 71, 05 36 49, 06 39 98; DE 030 23125,
069 90009, 040 66969, 0221 4710, 089 99998, 0172 9980752 ...); BE and NL have no
such ranges, so their numbers are drawn at random. Dutch BSNs are drawn from the
test range 99999xxxx. Card numbers are payment providers' published test numbers.

Office documents, the PDF and the zip archive are written by hand (a minimal docx
with a page header and a table, an xlsx with date cells and two sheets, a one-page
PDF in Helvetica/WinAnsiEncoding, a zip of older files holding another docx), so
the demo shows what piimap finds inside documents and archive members.

Deterministic: a fixed seed, no clock, gzip without timestamp, zip members in a
fixed order with a fixed date; Python 3 standard library only. The directory is
deleted and written anew on each run.
"""

import datetime
import gzip
import io
import json
import random
import shutil
import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

ROOT = Path(__file__).resolve().parent.parent / "examples" / "demo-share"
rng = random.Random(20240612)

# ---------------------------------------------------------------------------
# Check digits
# ---------------------------------------------------------------------------


def _alnum_to_digits(s):
    return "".join(str(int(c, 36)) for c in s)


def iban(cc, bban):
    """The IBAN of a BBAN: ISO 13616 mod-97 check digits."""
    n = int(_alnum_to_digits(bban + cc + "00"))
    return f"{cc}{98 - n % 97:02d}{bban}"


def iban_ok(s):
    s = s.replace(" ", "")
    return int(_alnum_to_digits(s[4:] + s[:4])) % 97 == 1


def grouped(s, n=4):
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


def digits(k):
    return "".join(str(rng.randrange(10)) for _ in range(k))


def be_bban(bank=None):
    bank = bank or rng.choice(["001", "063", "068", "097", "363", "539", "735", "751", "973", "979"])
    first = bank + digits(7)
    check = int(first) % 97 or 97
    return f"{first}{check:02d}"


def nl_bban(bank=None):
    """4-letter bank code and a 10-digit account passing the old 11-test."""
    bank = bank or rng.choice(["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB"])
    while True:
        acct = "0" + str(rng.randrange(1, 10)) + digits(7)
        total = sum(int(d) * w for d, w in zip(acct, range(10, 1, -1)))
        last = (-total) % 11
        if last < 10:
            return bank + acct + str(last)


def fr_bban(bank=None, branch=None):
    """Bank, branch, 11-digit account and the RIB key."""
    bank = bank or rng.choice(["30004", "30002", "10278", "20041", "30003", "16706", "18206"])
    branch = branch or digits(5)
    acct = digits(11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
    return f"{bank}{branch}{acct}{key:02d}"


def de_bban(blz=None):
    blz = blz or rng.choice(["37050198", "50010517", "10010010", "70150000", "20050550", "50050201"])
    return blz + "00" + digits(8)


def gb_bban(bank=None):
    bank = bank or rng.choice(["BARC", "LOYD", "HBUK", "NWBK", "MIDL"])
    return bank + digits(6) + digits(8)


def luhn_ok(number):
    ds = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def rrn(yy, mm, dd, seq, after_2000=False):
    """Belgian rijksregisternummer YY.MM.DD-SSS.CC."""
    base = f"{yy:02d}{mm:02d}{dd:02d}{seq:03d}"
    n = int(("2" if after_2000 else "") + base)
    check = 97 - n % 97
    return f"{base[0:2]}.{base[2:4]}.{base[4:6]}-{base[6:9]}.{check:02d}"


def bsn(mid):
    """A BSN from the test range 99999xxxx: 5 nines, `mid` (3 digits), elfproef digit."""
    for m in range(int(mid), int(mid) + 1000):
        d = "99999" + f"{m % 1000:03d}"
        total = sum(int(c) * w for c, w in zip(d, range(9, 1, -1)))
        last = total % 11
        if last < 10:
            return d + str(last)
    raise ValueError(mid)


def bsn_ok(s):
    ds = [int(c) for c in s]
    return (sum(d * w for d, w in zip(ds, range(9, 1, -1))) - ds[8]) % 11 == 0


def nir(sex, yy, mm, dept, commune, order):
    """French NIR (numéro de sécurité sociale) with its key, spaced as printed."""
    base = f"{sex}{yy:02d}{mm:02d}{dept}{commune:03d}{order:03d}"
    key = 97 - int(base) % 97
    return f"{base[0]} {base[1:3]} {base[3:5]} {base[5:7]} {base[7:10]} {base[10:13]} {key:02d}"


def steuer_id(first10):
    """German Steuer-ID: ISO 7064 MOD 11,10 check digit on 10 digits."""
    assert first10[0] != "0" and len(first10) == 10
    counts = sorted((first10.count(d) for d in set(first10)), reverse=True)
    assert counts[0] in (2, 3) and counts[1] == 1, first10
    product = 10
    for c in first10:
        s = (int(c) + product) % 10 or 10
        product = (s * 2) % 11
    check = (11 - product) % 10
    return first10 + str(check)


def ogm(base10):
    """Belgian structured communication +++xxx/xxxx/xxxxx+++."""
    check = int(base10) % 97 or 97
    s = f"{base10}{check:02d}"
    return f"+++{s[0:3]}/{s[3:7]}/{s[7:12]}+++"


def be_vat(base8):
    """Belgian enterprise number 0xxx.xxx.xxx (mod-97)."""
    check = 97 - int(base8) % 97
    s = f"{base8}{check:02d}"
    return f"{s[0:4]}.{s[4:7]}.{s[7:10]}"


# ---------------------------------------------------------------------------
# Phone numbers
# ---------------------------------------------------------------------------

BE_MOBILE = ["0470", "0471", "0472", "0473", "0474", "0475", "0476", "0477", "0478", "0479",
             "0483", "0484", "0485", "0486", "0487", "0488", "0489", "0492", "0493", "0494",
             "0495", "0496", "0497", "0498", "0499"]


def be_mobile(style):
    p, n = rng.choice(BE_MOBILE), str(rng.randrange(2, 10)) + digits(5)
    return {
        "spaces": f"{p} {n[0:2]} {n[2:4]} {n[4:6]}",
        "slash": f"{p}/{n[0:2]}.{n[2:4]}.{n[4:6]}",
        "compact": p + n,
        "intl": f"+32 {p[1:]} {n[0:2]} {n[2:4]} {n[4:6]}",
    }[style]


def be_fixed(style):
    area = rng.choice(["02", "03", "09", "050", "016", "053", "056"])
    n = str(rng.randrange(2, 10)) + digits(8 - len(area))
    if len(area) == 2:
        return {"slash": f"{area}/{n[0:3]}.{n[3:5]}.{n[5:7]}",
                "spaces": f"{area} {n[0:3]} {n[3:5]} {n[5:7]}"}[style]
    return {"slash": f"{area}/{n[0:2]}.{n[2:4]}.{n[4:6]}",
            "spaces": f"{area} {n[0:2]} {n[2:4]} {n[4:6]}"}[style]


def nl_mobile(style):
    n = str(rng.randrange(1, 6)) + digits(7)
    return {"dash": f"06-{n}", "spaces": f"06 {n[0:4]} {n[4:]}",
            "intl": f"+31 6 {n[0:4]} {n[4:]}", "compact": "+316" + n}[style]


def nl_fixed(style):
    area = rng.choice(["010", "020", "030", "070", "040", "050"])
    n = str(rng.randrange(2, 10)) + digits(6)
    return {"dash": f"{area}-{n}", "spaces": f"{area} {n[0:3]} {n[3:]}",
            "intl": f"+31 {area[1:]} {n[0:3]} {n[3:]}"}[style]


def fr_fixed(style):
    """ARCEP's fiction ranges for geographic numbers."""
    head = rng.choice(["01 99 00", "02 61 91", "03 53 01", "04 65 71", "05 36 49"])
    tail = f"{digits(2)} {digits(2)}"
    if style == "intl":
        return f"+33 {head[1:]} {tail}"
    return f"{head} {tail}"


def fr_mobile(style):
    n = rng.choice(["6", "7"])
    second = rng.choice("12456781") if n == "6" else rng.choice("5678")
    rest = second + digits(7)
    pairs = f"0{n} {rest[0:2]} {rest[2:4]} {rest[4:6]} {rest[6:8]}"
    return {"pairs": pairs, "dots": pairs.replace(" ", "."),
            "intl": f"+33 {n} {rest[0:2]} {rest[2:4]} {rest[4:6]} {rest[6:8]}"}[style]


DE_DRAMA_FIXED = [("030", "23125"), ("069", "90009"), ("040", "66969"), ("0221", "4710"), ("089", "99998")]


def de_fixed(style):
    area, block = rng.choice(DE_DRAMA_FIXED)
    n = block + digits(3)
    return {"space": f"{area} {n}", "paren": f"({area}) {n}", "slash": f"{area}/{n}",
            "intl": f"+49 {area[1:]} {n}", "intl0": f"+49 (0){area[1:]} {n}"}[style]


# ---------------------------------------------------------------------------
# People (all invented)
# ---------------------------------------------------------------------------

BE_FIRST = ["Lieselot", "Wout", "Griet", "Sander", "Hanne", "Jasper", "Ine", "Bram", "Femke", "Joris",
            "Annelies", "Pieter", "Lotte", "Stijn", "Elke", "Maarten", "Nathalie", "Kobe", "Sarah", "Thibault"]
BE_LAST = ["Van Acker", "Deprez", "Vandenhoute", "Meersschaut", "Verhaeghe", "Coppens", "De Clercq",
           "Lambrechts", "Vanhoutte", "Baeten", "Goossens", "Van Damme", "Wuyts", "Claeys", "Devriendt",
           "Moerman", "Bogaert", "Scheerlinck", "Ryckaert", "Van Laere"]
NL_FIRST = ["Femke", "Ruud", "Sanne", "Daan", "Marloes", "Thijs", "Ilse", "Joost", "Esmee", "Niels"]
NL_LAST = ["van der Wiel", "Kalkman", "Bosman", "Hoogendijk", "de Groot-Vos", "Terpstra", "van Wijngaarden",
           "Brouwer", "Stapel", "Veldkamp"]
BE_STREETS = [("Zonnebloemstraat", "9040", "Sint-Amandsberg"), ("Populierenlaan", "2610", "Wilrijk"),
              ("Kastanjedreef", "9000", "Gent"), ("Molenakkerstraat", "8200", "Brugge"),
              ("Hoge Wei", "3000", "Leuven"), ("Rue des Glycines", "1050", "Ixelles"),
              ("Beukenhof", "9300", "Aalst"), ("Lijsterbesstraat", "2800", "Mechelen"),
              ("Ter Linden", "8500", "Kortrijk"), ("Sleedoornlaan", "3500", "Hasselt")]
NL_STREETS = [("Weteringkade", "3011 XK", "Rotterdam"), ("Lindengracht-Noord", "1015 KP", "Amsterdam"),
              ("Vlierstraat", "3514 BN", "Utrecht"), ("Duinroosweg", "2555 LV", "Den Haag"),
              ("Hazelaarlaan", "5615 AE", "Eindhoven"), ("Meidoornstraat", "9712 HT", "Groningen")]


def email_of(first, last, domain):
    clean = (last.lower().replace(" ", "").replace("-", "").replace("'", ""))
    f = first.lower().replace(" ", "").replace("é", "e").replace("ë", "e")
    return rng.choice([f"{f}.{clean}", f"{f[0]}.{clean}", f"{f}{clean}", f"{f}.{clean}{rng.randrange(70, 99)}"]) + "@" + domain


def dob(y0, y1):
    return rng.randrange(y0, y1), rng.randrange(1, 13), rng.randrange(1, 29)


# ---------------------------------------------------------------------------
# Fixed identities used across files
# ---------------------------------------------------------------------------

COMPANY_BE_IBAN = iban("BE", be_bban("735"))
COMPANY_VAT = be_vat("04567891")          # BE0456.789.1xx
CLIENT_VAT = be_vat("07123456")
COMPANY_PHONE = "09 233 17 48"

CARD_VISA = "4000 0566 5566 5556"           # Stripe test card (Visa debit)
CARD_VISA_TYPO = "4000 0566 5566 5557"      # one digit off: Luhn fails
CARD_MC = "5200 8282 8282 8210"             # Stripe test card (Mastercard debit)
CARD_AMEX = "3714 496353 98431"             # Stripe test card (Amex)
CARD_BANCONTACT = "6703444444444449"        # Adyen test card (Bancontact)
for _c in (CARD_VISA, CARD_MC, CARD_AMEX, CARD_BANCONTACT):
    assert luhn_ok(_c), _c
assert not luhn_ok(CARD_VISA_TYPO)

HANNE_RRN = rrn(96, 3, 14, 284)
HANNE_IBAN = iban("BE", be_bban("063"))
HANNE_GSM = "0476 38 21 95"

PJ_BSN = bsn("417")
PJ_IBAN = iban("NL", nl_bban("RABO"))

CLAIRE_NIR = nir(2, 91, 11, "59", 512, 87)
CLAIRE_IBAN = iban("FR", fr_bban("30004", "00823"))

JONAS_STEUER = steuer_id("6592917048")
JONAS_IBAN = iban("DE", de_bban("37050198"))

SABINE_IBAN = iban("DE", de_bban("50050201"))
SANDER_IBAN = iban("BE", be_bban("001"))
ANTOINE_IBAN = iban("FR", fr_bban("20041", "01005"))
ELEANOR_IBAN = iban("GB", gb_bban("NWBK"))

LIESELOT_GSM = be_mobile("slash")
DAAN_GSM = nl_mobile("dash")

BAD_IBAN = SANDER_IBAN[:-1] + str((int(SANDER_IBAN[-1]) + 1) % 10)
assert not iban_ok(BAD_IBAN)

for _i, _n in [(COMPANY_BE_IBAN, 16), (HANNE_IBAN, 16), (PJ_IBAN, 18), (CLAIRE_IBAN, 27), (JONAS_IBAN, 22),
               (SABINE_IBAN, 22), (SANDER_IBAN, 16), (ANTOINE_IBAN, 27), (ELEANOR_IBAN, 22)]:
    assert iban_ok(_i) and len(_i) == _n, _i
assert bsn_ok(PJ_BSN)

KNOWN_EMAILS = {
    ("Lieselot", "Van Acker"): "lieselot.vanacker@example.be",
    ("Ruud", "Kalkman"): "ruud.kalkman@example.nl",
    ("Lukas", "Eichhorn"): "lukas.eichhorn@example.de",
    ("Callum", "Pritchard"): "callum.pritchard@example.com",
    ("Nadège", "Vasseur"): "nadege.vasseur@example.fr",
    ("Élodie", "Carpentier"): "elodie.carpentier@example.fr",
}

FILES = {}


def put(path, text, encoding="utf-8"):
    FILES[path] = text.encode(encoding) if isinstance(text, str) else text


# ---------------------------------------------------------------------------
# hr/
# ---------------------------------------------------------------------------

put("hr/sollicitatie_Hanne_De_Smet.txt", f"""\
Hanne De Smet
Zonnebloemstraat 27 bus 3
9040 Sint-Amandsberg
gsm: {HANNE_GSM}
e-mail: hanne.desmet@example.be

Lindeboom Facility Services NV
t.a.v. mevrouw Griet Vandenhoute, HR
Lindeboomlaan 14
9000 Gent

Sint-Amandsberg, 4 maart 2024

Betreft: sollicitatie planner facility (vacature 2024-017)

Geachte mevrouw Vandenhoute,

Met veel interesse las ik uw vacature voor een planner facility. Na zes jaar als
ploegverantwoordelijke bij een schoonmaakbedrijf in Aalst wil ik graag de overstap
maken naar de planning, dichter bij de klant.

Ik ben vertrouwd met roosterplanning, werkbonnen en de opvolging van klachten, en ik
spreek vlot Nederlands, Frans en Engels. Mijn cv vindt u in bijlage.

Zoals gevraagd bij de eerste screening, mijn gegevens voor het dossier:

  Naam:                 Hanne De Smet
  Geboren op:           14 maart 1996 te Aalst
  Rijksregisternummer:  {HANNE_RRN}
  Rekeningnummer:       {grouped(HANNE_IBAN)}
  Noodcontact:          Marc De Smet (vader), tel. 053 21 47 80

Ik ben overdag ook bereikbaar via WhatsApp op +32 476 38 21 95.

Met vriendelijke groeten,

Hanne De Smet
""")

put("hr/personeelsdossier_Pieter-Jan_Hoogendijk.md", f"""\
# Personeelsdossier: Pieter-Jan Hoogendijk

Vestiging Rotterdam. Vertrouwelijk, alleen voor HR en de leidinggevende.

| Veld              | Waarde                                       |
|-------------------|----------------------------------------------|
| Personeelsnummer  | LFS-NL-0042                                  |
| Naam              | Hoogendijk, Pieter-Jan                       |
| Geboren op        | 23-08-1988 te Dordrecht                      |
| BSN               | {PJ_BSN}                                    |
| Adres             | Weteringkade 112, 3011 XK Rotterdam          |
| Telefoon          | 010-4136982                                  |
| Mobiel            | 06-41873925                                  |
| E-mail privé      | pj.hoogendijk@example.nl                     |
| E-mail werk       | p.hoogendijk@lindeboom.example.be            |
| IBAN              | {grouped(PJ_IBAN)}                      |
| In dienst sinds   | 01-02-2019                                   |
| Functie           | Teamleider schoonmaak regio Rijnmond         |

## Noodcontact

Marieke Hoogendijk-Brouwer (partner), +31 6 2874 1190

## Notities

- 12-03-2024: jaargesprek gevoerd door Griet Vandenhoute. Afspraken over opleiding VCA-VOL.
- 04-04-2024: adreswijziging doorgegeven (was: Vlierstraat 9, 3514 BN Utrecht).
- Kopie identiteitsbewijs ligt in het papieren dossier, kast HR-2.
""")

claire = f"""\
CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE

Entre les soussignés :

La société Lindeboom Facility Services SARL, établissement de Lille, 18 rue des
Tisserands, 59000 Lille, représentée par M. Koen Meersschaut, gérant,
ci-après « l'Employeur »,

et

Madame Claire Moreau, née le 7 novembre 1991 à Roubaix (Nord), de nationalité française,
demeurant 42 allée des Glycines, 59100 Roubaix,
numéro de sécurité sociale : {CLAIRE_NIR},
téléphone : 03 53 01 27 64, portable : 06 39 98 41 27,
courriel : claire.moreau@example.fr,
ci-après « la Salariée ».

Il a été convenu ce qui suit.

Article 1 : Engagement
La Salariée est engagée à compter du 2 septembre 2024 en qualité de chef d'équipe
propreté, statut agent de maîtrise, coefficient 250.

Article 2 : Période d'essai
Le présent contrat ne deviendra définitif qu'à l'issue d'une période d'essai de
trois mois, renouvelable une fois.

Article 3 : Durée du travail
La durée hebdomadaire de travail est fixée à 35 heures, réparties du lundi au vendredi.

Article 4 : Rémunération
La Salariée percevra une rémunération brute mensuelle de 2 350,00 € (deux mille
trois cent cinquante euros), versée le dernier jour ouvré du mois par virement sur
le compte IBAN {CLAIRE_IBAN} (BIC BNPAFRPPXXX).

Article 5 : Lieu de travail
Sites clients de la métropole lilloise ; le siège de l'établissement est à Lille.

Fait à Lille, le 19 août 2024, en deux exemplaires originaux.

L'Employeur                                  La Salariée
Koen Meersschaut                             Claire Moreau
                                             (précédée de la mention « lu et approuvé »)
"""
put("hr/contrat_de_travail_Claire_Moreau.txt", claire.replace("\n", "\r\n"), "cp1252")

put("hr/Gehaltsabrechnung_2024-05_Jonas_Brinkhoff.txt", f"""\
Lindeboom Facility Services GmbH · Am Lindenhof 9 · 50667 Köln

Herrn
Jonas Brinkhoff
Eichendorffweg 23
50935 Köln

ENTGELTABRECHNUNG MAI 2024                           Personalnummer: 100387
                                                     Abrechnungsdatum: 28.05.2024
Persönliche Daten
  geboren am:             02.05.1985
  Steuer-ID:              {JONAS_STEUER}
  Steuerklasse:           III   Kinderfreibeträge: 1,0   Konfession: rk
  Krankenkasse:           AOK Rheinland/Hamburg
  Eintritt:               01.09.2021
  Telefon (privat):       0221 4710288
  Mobil:                  0172 9980752
  E-Mail:                 jonas.brinkhoff@example.de

Bezüge                                                      Betrag EUR
  Gehalt                                                      3.850,00
  Fahrtkostenzuschuss (steuerfrei)                               49,00
Gesamtbrutto                                                  3.899,00

Abzüge
  Lohnsteuer                                                    412,33
  Solidaritätszuschlag                                            0,00
  Kirchensteuer                                                  32,98
  Krankenversicherung                                           315,43
  Pflegeversicherung                                             65,45
  Rentenversicherung                                            358,03
  Arbeitslosenversicherung                                       50,05
Nettoentgelt                                                  2.664,73

Auszahlungsbetrag                                             2.664,73
Überweisung an:   {grouped(JONAS_IBAN)}   (Sparkasse KölnBonn)

Bei Fragen zur Abrechnung: lohn@lindeboom.example.be oder +49 221 4710 512.
""")

# Staff list (TSV): one row per employee, national number column per country.
staff = [
    ("LFS-BE-0007", "Vandenhoute", "Griet", "Gent", "HR-verantwoordelijke",
     "griet.vandenhoute@lindeboom.example.be", "0478 61 20 35", "1979-06-02", rrn(79, 6, 2, 146), iban("BE", be_bban())),
    ("LFS-BE-0011", "Deprez", "Wout", "Gent", "IT-beheerder",
     "wout.deprez@lindeboom.example.be", "+32 495 17 83 40", "1990-11-21", rrn(90, 11, 21, 377), iban("BE", be_bban())),
    ("LFS-BE-0019", "Meersschaut", "Koen", "Gent", "Zaakvoerder",
     "koen.meersschaut@lindeboom.example.be", "0475/22.91.06", "1971-02-09", rrn(71, 2, 9, 55), iban("BE", be_bban())),
    ("LFS-BE-0034", "Lambrechts", "Ine", "Gent", "Planner",
     "ine.lambrechts@lindeboom.example.be", "0486 44 70 12", "2001-07-30", rrn(1, 7, 30, 218, after_2000=True), iban("BE", be_bban())),
    ("LFS-NL-0042", "Hoogendijk", "Pieter-Jan", "Rotterdam", "Teamleider",
     "p.hoogendijk@lindeboom.example.be", "06-41873925", "1988-08-23", PJ_BSN, PJ_IBAN),
    ("LFS-NL-0051", "Terpstra", "Ilse", "Rotterdam", "Schoonmaakmedewerker",
     "i.terpstra@lindeboom.example.be", "+31 6 3391 0476", "1995-04-12", bsn("206"), iban("NL", nl_bban("INGB"))),
    ("LFS-FR-0003", "Moreau", "Claire", "Lille", "Chef d'équipe",
     "claire.moreau@lindeboom.example.be", "03 53 01 27 64", "1991-11-07", CLAIRE_NIR.replace(" ", ""), CLAIRE_IBAN),
    ("LFS-DE-0002", "Brinkhoff", "Jonas", "Köln", "Objektleiter",
     "jonas.brinkhoff@lindeboom.example.be", "0221 4710288", "1985-05-02", JONAS_STEUER, JONAS_IBAN),
]
tsv = ["personeelsnr\tachternaam\tvoornaam\tvestiging\tfunctie\te-mail\tgsm\tgeboortedatum\tnationaal_nr\tiban"]
for row in staff:
    tsv.append("\t".join(row))
put("hr/medewerkers_overzicht_2024.tsv", "\n".join(tsv) + "\n")

# ---------------------------------------------------------------------------
# klanten/
# ---------------------------------------------------------------------------

rows = ["klantnr;naam;voornaam;straat;postcode;gemeente;land;e-mail;telefoon;iban;geboortedatum;nieuwsbrief"]
# Customers who also appear in letters, tickets and logs, then random ones.
known = [
    ("KL-10234", "Peeters", "Sander", "Populierenlaan 8", "2610", "Wilrijk", "BE",
     "sander.peeters@example.be", "0486 27 91 03", grouped(SANDER_IBAN)),
    ("KL-10238", "Van Acker", "Lieselot", "Kastanjedreef 41", "9000", "Gent", "BE",
     "lieselot.vanacker@example.be", LIESELOT_GSM, iban("BE", be_bban())),
    ("KL-10251", "Veldkamp", "Daan", "Hazelaarlaan 12", "5615 AE", "Eindhoven", "NL",
     "daan.veldkamp@example.nl", DAAN_GSM, iban("NL", nl_bban())),
    ("KL-10299", "Kalkman", "Ruud", "Meidoornstraat 20", "9712 HT", "Groningen", "NL",
     "ruud.kalkman@example.nl", nl_fixed("dash"), grouped(iban("NL", nl_bban()))),
    ("KL-10512", "Coppens", "Bram", "Molenakkerstraat 77", "8200", "Brugge", "BE",
     "bram.coppens@example.be", be_fixed("slash"), BAD_IBAN),
]
used = {(k[2], k[1]) for k in known}
for n, k in enumerate(known):
    y, m, d = dob(1950, 2003)
    rows.append(";".join(list(k) + [f"{d:02d}/{m:02d}/{y}", "ja" if n % 2 == 0 else "nee"]))
for i in range(9):
    nl = i % 3 == 2
    while True:
        first = rng.choice(NL_FIRST if nl else BE_FIRST)
        last = rng.choice(NL_LAST if nl else BE_LAST)
        if (first, last) not in used and last not in {u[1] for u in used}:
            used.add((first, last))
            break
    street, pc, town = rng.choice(NL_STREETS if nl else BE_STREETS)
    y, m, d = dob(1950, 2003)
    if nl:
        phone = rng.choice([nl_mobile("dash"), nl_mobile("intl"), nl_fixed("dash"), nl_fixed("spaces"), nl_mobile("compact")])
        account = iban("NL", nl_bban())
        domain = "example.nl"
    else:
        phone = rng.choice([be_mobile("spaces"), be_mobile("slash"), be_mobile("intl"), be_fixed("slash"),
                            be_fixed("spaces"), be_mobile("compact")])
        account = iban("BE", be_bban())
        domain = "example.be"
    rows.append(";".join([
        f"KL-{10544 + i * 37}", last, first, f"{street} {rng.randrange(1, 180)}", pc, town,
        "NL" if nl else "BE", email_of(first, last, domain), phone,
        grouped(account) if i % 2 else account, f"{d:02d}/{m:02d}/{y}", rng.choice(["ja", "nee"]),
    ]))
put("klanten/klantenbestand_export_2024-06-03.csv", "\r\n".join(rows) + "\r\n")

fr_people = [("M.", "Lefebvre", "Antoine"), ("Mme", "Carpentier", "Élodie"), ("M.", "Roussel", "Mathis"),
             ("Mme", "Vasseur", "Nadège"), ("M.", "Delattre", "Grégoire"), ("Mme", "Lemaire", "Inès"),
             ("M.", "Fontaine", "Bastien")]
fr_places = [("rue de la Clef", "59800", "Lille"), ("avenue des Acacias", "59000", "Lille"),
             ("rue du Moulin Rouge", "59700", "Marcq-en-Barœul"), ("chemin des Saules", "62000", "Arras"),
             ("rue Pasteur", "59200", "Tourcoing"), ("boulevard des Tilleuls", "80000", "Amiens"),
             ("impasse des Lilas", "59650", "Villeneuve-d'Ascq")]
fr_rows = ['"id_client","civilité","nom","prénom","adresse","code_postal","ville","courriel","téléphone","iban","date_naissance"']
for i, ((civ, last, first), (street, pc, town)) in enumerate(zip(fr_people, fr_places)):
    y, m, d = dob(1948, 2002)
    phone = fr_fixed("plain") if i % 2 else fr_mobile(rng.choice(["pairs", "dots", "intl"]))
    if i == 0:
        account, phone, mail = ANTOINE_IBAN, "+33 1 99 00 52 63", "antoine.lefebvre@example.fr"
    else:
        account = iban("FR", fr_bban())
        ascii_first = first.replace("É", "E").replace("è", "e").replace("é", "e").replace("è", "e")
        mail = KNOWN_EMAILS.get((first, last)) or email_of(ascii_first.replace("ï", "i"), last, "example.fr")
    fr_rows.append(",".join(f'"{v}"' for v in [
        f"FR-{2300 + i * 11}", civ, last.upper(), first, f"{14 if i == 0 else rng.randrange(1, 90)} {street}", pc, town,
        mail, phone, account if i % 2 == 0 else grouped(account), f"{d:02d}/{m:02d}/{y}",
    ]))
put("klanten/clients_lille_export.csv", "\n".join(fr_rows) + "\n")

put("klanten/klacht_2024-0117_Sander_Peeters.txt", f"""\
Van:       Sander Peeters <sander.peeters@example.be>
Aan:       klantendienst@lindeboom.example.be
Datum:     woensdag 12 juni 2024 21:47
Onderwerp: Klacht: dubbel aangerekend (bestelling 0412873301)

Beste,

Vanmorgen heb ik bestelling 0412873301 (abonnement ramenwas, 4 keer per jaar) online
betaald met mijn Visa-kaart {CARD_VISA}, vervaldatum 09/27. Vandaag zie ik op
mijn rekeninguittreksel dat het bedrag van EUR 184,20 twee keer is afgeschreven
(de tweede keer als bestelling 0412873302).

Ik vind dit niet kunnen. Gelieve het te veel betaalde bedrag zo snel mogelijk terug te
storten op mijn rekening {grouped(SANDER_IBAN)} (Sander Peeters).

U kunt mij bereiken op 0486 27 91 03, of overdag op het werk: 02/412.38.60.

Met vriendelijke groeten,

Sander Peeters
Populierenlaan 8
2610 Wilrijk

-----------------------------------------------------------------------------
Interne notitie klantendienst (Wout, 13/06/2024 09:12)
- Gecontroleerd bij de PSP: betaling 1 met kaart XXXX-XXXX-XXXX-5556 (akkoord),
  betaling 2 met **** **** **** 5556 (akkoord, 3 sec later: dubbele klik).
- Klant gaf in het contactformulier eerst {CARD_VISA_TYPO} op (typfout).
- Terugbetaling aangevraagd, PSP-referentie PSP7F3K29QX, ticket T-24-04518.
""")

put("klanten/reclamation_Antoine_Lefebvre.md", f"""\
**De :** Antoine Lefebvre <antoine.lefebvre@example.fr>
**À :** service.client@lindeboom.example.be
**Date :** 22 mai 2024 08:31
**Objet :** Réclamation : prélèvement en double, contrat n° FR-2300

Madame, Monsieur,

Je constate sur mon relevé deux prélèvements de 96,00 € pour le nettoyage des vitres
du mois d'avril, l'un sur mon compte {grouped(ANTOINE_IBAN)}, l'autre sur ma carte
Mastercard {CARD_MC} que j'avais utilisée pour le premier paiement en ligne.

Je vous remercie de bien vouloir rembourser le second prélèvement et de ne plus
débiter ma carte à l'avenir.

Je reste joignable au +33 1 99 00 52 63 (domicile) ou au {fr_fixed("intl")} (bureau).

Cordialement,

Antoine Lefebvre
14 rue de la Clef
59800 Lille
""")

sabine = f"""\
Sabine Hoffmeister
Kirschblütenweg 5
60435 Frankfurt am Main
Telefon: 069 90009183
Mobil: +49 172 9925904
E-Mail: s.hoffmeister@example.de

Lindeboom Facility Services GmbH
Kundenservice
Am Lindenhof 9
50667 Köln

Frankfurt, 14. Mai 2024

Beschwerde zu Ihrer Rechnung vom 30.04.2024, Kundennummer KD-2023-88412

Sehr geehrte Damen und Herren,

Ihre Reinigungskraft ist am 23. und 30. April nicht erschienen, dennoch wurden beide
Termine berechnet. Bitte schreiben Sie mir die 2 × 78,50 € gut und überweisen Sie den
Betrag auf mein Konto {SABINE_IBAN} (Frankfurter Sparkasse).

Zur Identifikation am Telefon hatte man mich nach meinem Geburtsdatum gefragt: ich bin
geboren am 17.01.1979. Ich bitte Sie, diese Angabe nach Erledigung zu löschen.

Mit freundlichen Grüßen

Sabine Hoffmeister
"""
put("klanten/Beschwerde_Sabine_Hoffmeister.txt", b"\xff\xfe" + sabine.replace("\n", "\r\n").encode("utf-16-le"))

put("klanten/letter_Eleanor_Whitfield.txt", f"""\
From:    Eleanor Whitfield <eleanor.whitfield@example.com>
To:      accounts@lindeboom.example.be
Date:    Tue, 2 Apr 2024 16:05:44 +0100
Subject: Re: Office cleaning contract, Leeds: change of billing details

Dear Mr Meersschaut,

Further to our call this morning, please find below the updated details for our
office cleaning contract (Harcourt Studio, Unit 4, 27 Harcourt Road, Leeds LS6 3NB).

  Contact:          Eleanor Whitfield, Office Manager
  Date of birth:    12 April 1983 (your form asks for it for the direct debit mandate)
  Office:           0113 496 0472
  Mobile:           07700 900461 (also on WhatsApp: +44 7700 900461)
  Our London desk:  +44 20 7946 0321
  Bank account:     {grouped(ELEANOR_IBAN)}

For the deposit I paid by card (Amex {CARD_AMEX}); please do not keep the number
on file once the refund has gone through.

Kind regards,

Eleanor Whitfield

> On 2 Apr 2024, at 11:20, Koen Meersschaut <koen.meersschaut@lindeboom.example.be> wrote:
> Dear Ms Whitfield, thank you for your call. Could you send us the new details in writing?
> Best regards, Koen (tel. +32 9 233 17 48)
""")

# ---------------------------------------------------------------------------
# finance/
# ---------------------------------------------------------------------------

put("finance/factuur_F2024-0457_Bakkerij_Vermeulen.txt", f"""\
LINDEBOOM FACILITY SERVICES NV
Lindeboomlaan 14, 9000 Gent          Tel. {COMPANY_PHONE}   info@lindeboom.example.be
BTW BE{COMPANY_VAT}   RPR Gent   IBAN {grouped(COMPANY_BE_IBAN)}   BIC KREDBEBB

                                          Bakkerij Vermeulen BV
                                          t.a.v. Els Vermeulen
                                          Dorpsplein 3
                                          9820 Merelbeke
                                          BTW: BE {CLIENT_VAT}

FACTUUR
  Factuurnummer:   F2024-0457
  Factuurdatum:    31/05/2024
  Vervaldatum:     30/06/2024
  Klantnummer:     KL-10877
  Uw bestelbon:    PO-2024-0318

  Omschrijving                                Aantal    Eenheidsprijs     Totaal
  ART-0962-6413  Onderhoud winkelruimte mei      4            85,00       340,00
  ART-0962-7020  Ramen binnen en buiten           1           120,00       120,00
  059-064-20-B   Microvezeldoeken (pak van 20)    2            14,50        29,00
                                                       Totaal excl. BTW     489,00
                                                       BTW 21%              102,69
                                                       Te betalen           591,69

Gelieve te betalen voor 30/06/2024 op {grouped(COMPANY_BE_IBAN)}
met gestructureerde mededeling {ogm("0909337554")}.

Vragen over deze factuur? Bel ons op {COMPANY_PHONE} of mail boekhouding@lindeboom.example.be.
Algemene voorwaarden op de keerzijde. TVA BE {COMPANY_VAT}.
""")

refunds = {
    "export": "sepa_terugbetalingen",
    "periode": "2024-06",
    "aangemaakt_door": "boekhouding",
    "batch_id": "c1b7e2a4-6f3d-4e8b-9a05-7d21f8e3b6c9",
    "betalingen": [
        {"begunstigde": "Sander Peeters", "iban": SANDER_IBAN, "bic": "GEBABEBB", "bedrag": 184.20,
         "mededeling": "Terugbetaling bestelling 0412873301", "email": "sander.peeters@example.be",
         "status": "uitgevoerd"},
        {"begunstigde": "Sabine Hoffmeister", "iban": SABINE_IBAN, "bic": "HELADEF1822", "bedrag": 157.00,
         "mededeling": "Gutschrift KD-2023-88412", "email": "s.hoffmeister@example.de", "status": "uitgevoerd"},
        {"begunstigde": "Antoine Lefebvre", "iban": grouped(ANTOINE_IBAN), "bic": "PSSTFRPPLIL", "bedrag": 96.00,
         "mededeling": "Remboursement FR-2300", "email": "antoine.lefebvre@example.fr", "status": "uitgevoerd"},
        {"begunstigde": "Bram Coppens", "iban": BAD_IBAN, "bic": "GEBABEBB", "bedrag": 42.50,
         "mededeling": "Terugbetaling KL-10512", "email": None,
         "status": "geweigerd", "reden": "IBAN-controlegetal klopt niet; klant opnieuw contacteren"},
    ],
}
put("finance/sepa_terugbetalingen_2024-06.json", json.dumps(refunds, ensure_ascii=False, indent=2) + "\n")

# ---------------------------------------------------------------------------
# support/
# ---------------------------------------------------------------------------

tickets = [
    {"ticket": "T-24-04471", "created": "2024-06-03T10:22:17Z", "channel": "web", "status": "closed",
     "customer": {"name": "Eleanor Whitfield", "email": "eleanor.whitfield@example.com", "phone": "+44 113 496 0472"},
     "client_ip": "217.44.90.212", "subject": "Cleaner did not have the alarm code",
     "body": "Please call the office on 0113 496 0472 before 8am, not my mobile."},
    {"ticket": "T-24-04488", "created": "2024-06-05T07:41:09Z", "channel": "e-mail", "status": "open",
     "customer": {"name": "Lieselot Van Acker", "email": "lieselot.vanacker@example.be", "phone": LIESELOT_GSM},
     "client_ip": "81.165.42.17", "subject": "Sleutel niet teruggegeven",
     "body": "Bestelling 0381120258, sleutel ligt nog bij jullie ploeg. Bel gerust na 18u."},
    {"ticket": "T-24-04493", "created": "2024-06-06T13:02:55Z", "channel": "web", "status": "open",
     "customer": {"name": "Daan Veldkamp", "email": "daan.veldkamp@example.nl", "phone": DAAN_GSM},
     "client_ip": "2a02:a46e:91c3:0:4d7b:8e21:f3a0:6c19", "subject": "Factuur klopt niet",
     "body": "Op factuur F2024-0412 staat 6 uur, er is 4 uur gewerkt. Mijn vrouw is bereikbaar op 010-2793518."},
    {"ticket": "T-24-04510", "created": "2024-06-12T16:47:02Z", "channel": "phone", "status": "open",
     "customer": {"name": "Élodie Carpentier", "email": "elodie.carpentier@example.fr", "phone": fr_mobile("pairs")},
     "client_ip": None, "subject": "Changement d'adresse",
     "body": "Nouvelle adresse : 9 chemin des Saules, 62000 Arras. Joignable au 03 53 01 88 12 le soir."},
    {"ticket": "T-24-04517", "created": "2024-06-13T08:05:44Z", "channel": "web", "status": "open",
     "customer": {"name": "Lukas Eichhorn", "email": "lukas.eichhorn@example.de", "phone": "+49 89 99998408"},
     "client_ip": "93.212.77.4", "subject": "Angebot Treppenhausreinigung",
     "body": "Bitte rufen Sie mich unter 089 99998206 zurück. Objekt: Leopoldstraße 140, 80804 München."},
    {"ticket": "T-24-04518", "created": "2024-06-13T09:10:31Z", "channel": "e-mail", "status": "pending",
     "customer": {"name": "Sander Peeters", "email": "sander.peeters@example.be", "phone": "0486 27 91 03"},
     "client_ip": "2a02:1810:4d2c:1e00:5d1b:9a3f:7c20:11e4", "subject": "Dubbel aangerekend",
     "body": "Zie klacht 2024-0117. Kaart eindigt op 5556, terugbetaling via PSP7F3K29QX."},
    {"ticket": "T-24-04520", "created": "2024-06-13T11:31:20Z", "channel": "web", "status": "spam",
     "customer": {"name": None, "email": None, "phone": None},
     "client_ip": "10.20.1.21", "subject": "health check",
     "body": "Synthetic monitor, build 2.3.4.211, request 7d3e0c55-2b1f-4a8e-bb64-90e1c7a2f4d8."},
]
put("support/tickets_2024-06.jsonl", "".join(json.dumps(t, ensure_ascii=False) + "\n" for t in tickets))

put("support/belnotities_juni.md", f"""\
# Belnotities klantendienst, week 24

**Ma 10/06, 09:05** Lieselot Van Acker (klant KL-10238) belt: sleutel van haar
woning aan de Kastanjedreef nog niet terug. Terugbellen op {LIESELOT_GSM}.

**Ma 10/06, 11:40** Femke van der Wiel (Rotterdam) wil offerte voor kantoor, 240 m².
Mail naar femke.vanderwiel@example.nl, vast nummer {nl_fixed("spaces")}.

**Di 11/06, 14:15** Grégoire Delattre, Tourcoing: question sur la facture de mai, rappeler
au {fr_fixed("plain")}. Parle aussi néerlandais.

**Wo 12/06, 10:20** Herr Lukas Eichhorn, München, Rückruf erbeten: (089) 99998408.
Frau Hoffmeister fragt nach ihrer Gutschrift, diese Woche im Büro Berlin: 030 23125417.

**Do 13/06, 16:50** Callum Pritchard (Bristol office) asked for the COI certificate,
send to callum.pritchard@example.com, phone 0117 496 0855 or the London office on 020 7946 0182.

Niet vergeten: versie 2.3.4 van het klantenportaal gaat live op 17/06 (build 2.3.4.211).
""")

# ---------------------------------------------------------------------------
# logs/
# ---------------------------------------------------------------------------

app_log = f"""\
2024-06-12 06:59:58,114 INFO  [main] c.l.portal.Application - Starting Lindeboom klantenportaal build 2.3.4.211 (commit 7f3c2a9) on app01
2024-06-12 06:59:58,120 INFO  [main] c.l.portal.Application - Java 17.0.11+9, Spring Boot v3.2.5, agent v1.2.3.4
2024-06-12 06:59:59,842 INFO  [main] c.l.portal.db.Pool - connected to jdbc:postgresql://10.20.1.30:5432/portal (pool size 20)
2024-06-12 07:00:01,002 INFO  [main] c.l.portal.Application - listening on 0.0.0.0:8443, node id 4c8e2f17-0b9a-4d3e-a6f1-58c2d7e90b34
2024-06-12 07:12:44,310 INFO  [http-nio-8443-exec-3] c.l.portal.auth.LoginService - login ok user=lieselot.vanacker@example.be client=81.165.42.17 session=5b0e7c1a-93d4-4a2f-b8e6-1d27f0c94a35
2024-06-12 07:15:41,078 WARN  [http-nio-8443-exec-7] c.l.portal.auth.LoginService - login failed user=daan.veldkamp@example.nl client=2a02:a46e:91c3:0:4d7b:8e21:f3a0:6c19 reason=BAD_PASSWORD attempt=2
2024-06-12 07:16:02,551 INFO  [http-nio-8443-exec-7] c.l.portal.auth.LoginService - login ok user=daan.veldkamp@example.nl client=2a02:a46e:91c3:0:4d7b:8e21:f3a0:6c19 session=e27a9c04-6d1b-4f85-9c3e-b0a4d8f61e27
2024-06-12 08:02:19,907 INFO  [http-nio-8443-exec-2] c.l.portal.shop.OrderService - order 0412873301 placed customer=KL-10234 total=184.20 EUR card=XXXX-XXXX-XXXX-5556 psp_ref=PSP7F3K29QX
2024-06-12 08:02:23,114 INFO  [http-nio-8443-exec-5] c.l.portal.shop.OrderService - order 0412873302 placed customer=KL-10234 total=184.20 EUR card=XXXX-XXXX-XXXX-5556 psp_ref=PSP7F3K31RZ
2024-06-12 08:02:23,120 WARN  [http-nio-8443-exec-5] c.l.portal.shop.DuplicateGuard - possible double order within 5s for customer=KL-10234 orders=0412873301,0412873302
2024-06-12 08:17:36,482 DEBUG [http-nio-8443-exec-4] c.l.portal.shop.PspClient - request {{"merchant":"LINDEBOOM-BE-0001","method":"bancontact","pan":"{CARD_BANCONTACT}","expiry":"11/26","amount":"129.00","order":"0412873355"}}
2024-06-12 08:17:37,015 INFO  [http-nio-8443-exec-4] c.l.portal.shop.PspClient - response status=AUTHORISED psp_ref=PSP7F3K4A8M masked=6703 44** **** 4449
2024-06-12 08:30:00,000 INFO  [scheduler-1] c.l.portal.jobs.NewsletterJob - sent 412 mails, bounced 3 (noreply bounce for ruud.kalkman@example.nl)
2024-06-12 09:14:03,512 INFO  [http-nio-8443-exec-9] c.l.portal.auth.LoginService - login ok user=nadege.vasseur@example.fr client=86.247.12.190 session=0f6b2d8e-1c4a-4b7f-a2e9-63d5c8b10f47
2024-06-12 09:20:47,266 INFO  [http-nio-8443-exec-1] c.l.portal.profile.ProfileService - profile updated user=s.hoffmeister@example.de field=phone old=069 90009183 new=+49 172 9925904
2024-06-12 09:45:12,008 INFO  [http-nio-8443-exec-4] c.l.portal.auth.LoginService - login ok user=griet.vandenhoute@lindeboom.example.be client=10.20.2.31 session=7a1c3e5f-2b4d-4c6e-8f0a-1b3d5e7f9a2c
2024-06-12 10:03:55,731 WARN  [snmp-listener] c.l.portal.monitor.Traps - trap from 10.20.0.1 oid=1.3.6.1.4.1.9.9.41.2.0.1 severity=warning
2024-06-12 10:03:55,733 INFO  [snmp-listener] c.l.portal.monitor.Traps - sysObjectID 1.3.6.1.4.1.9.1.2494, firmware 16.24.5.226
2024-06-12 11:27:08,449 INFO  [http-nio-8443-exec-6] c.l.portal.auth.LoginService - login ok user=eleanor.whitfield@example.com client=2a00:23c5:e61f:9d01:b4c2:7ef1:3a08:5d96 session=c3e8a1f0-7b2d-4e69-95c4-0d8f2a6b1e73
2024-06-12 11:30:19,020 ERROR [http-nio-8443-exec-6] c.l.portal.billing.MandateService - SEPA mandate rejected for KL-10512: invalid IBAN (checksum), value masked BE** **** **** **{BAD_IBAN[-2:]}
2024-06-12 12:00:00,001 INFO  [scheduler-1] c.l.portal.jobs.Cleanup - purged 18 sessions older than 2024-06-11T12:00:00Z
2024-06-12 13:41:37,615 INFO  [http-nio-8443-exec-8] c.l.portal.auth.LoginService - login ok user=lukas.eichhorn@example.de client=93.212.77.4 session=9d2f4b6a-8c1e-4a3d-b5f7-2e6c0a9d8b41
2024-06-12 13:58:02,377 WARN  [http-nio-8443-exec-3] c.l.portal.auth.RateLimiter - too many attempts from 45.133.172.9 for user=admin@lindeboom.example.be, blocked 15 min
2024-06-12 14:22:10,908 INFO  [http-nio-8443-exec-2] c.l.portal.vpn.Gateway - peer fd3a:5c21:9e07:10::2e connected (user wout.deprez@lindeboom.example.be)
2024-06-12 16:05:33,140 INFO  [main] c.l.portal.Application - shutdown requested, uptime 09:05:35
"""
put("logs/app-2024-06-12.log", app_log)

UA_CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"
UA_SAFARI = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
UA_FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0"
UA_MONITOR = "LindeboomMonitor/2.3.4.211"


def access_log(day, lines):
    out = []
    for ip, t, req, status, size, ref, ua in lines:
        out.append(f'{ip} - - [{day}:{t} +0200] "{req}" {status} {size} "{ref}" "{ua}"')
    return "\n".join(out) + "\n"


put("logs/access.log", access_log("12/Jun/2024", [
    ("81.165.42.17", "07:12:41", "GET /login HTTP/1.1", 200, 5123, "-", UA_CHROME),
    ("81.165.42.17", "07:12:44", "POST /login HTTP/1.1", 302, 0, "https://portal.lindeboom.example.be/login", UA_CHROME),
    ("2a02:a46e:91c3:0:4d7b:8e21:f3a0:6c19", "07:15:40", "POST /login HTTP/1.1", 401, 612, "https://portal.lindeboom.example.be/login", UA_SAFARI),
    ("2a02:a46e:91c3:0:4d7b:8e21:f3a0:6c19", "07:16:02", "POST /login HTTP/1.1", 302, 0, "https://portal.lindeboom.example.be/login", UA_SAFARI),
    ("10.20.1.5", "07:30:00", "GET /health HTTP/1.1", 200, 17, "-", UA_MONITOR),
    ("91.180.113.58", "08:02:19", "POST /shop/checkout?order=0412873301 HTTP/1.1", 200, 2281, "https://portal.lindeboom.example.be/shop/cart", UA_CHROME),
    ("91.180.113.58", "08:02:23", "POST /shop/checkout?order=0412873302 HTTP/1.1", 200, 2281, "https://portal.lindeboom.example.be/shop/cart", UA_CHROME),
    ("86.247.12.190", "09:14:01", "GET /fr/espace-client HTTP/1.1", 200, 6630, "https://www.lindeboom.example.be/fr/", UA_FIREFOX),
    ("192.168.10.23", "09:20:40", "GET /newsletter/unsubscribe?email=ruud.kalkman@example.nl&token=8c2f1e HTTP/1.1", 200, 1402, "-", UA_SAFARI),
    ("10.20.1.5", "09:30:00", "GET /health HTTP/1.1", 200, 17, "-", UA_MONITOR),
    ("2a00:23c5:e61f:9d01:b4c2:7ef1:3a08:5d96", "11:27:05", "GET /en/login HTTP/1.1", 200, 5098, "-", UA_SAFARI),
    ("93.212.77.4", "13:41:30", "GET /de/angebot HTTP/1.1", 200, 7215, "https://www.lindeboom.example.be/de/", UA_CHROME),
    ("45.133.172.9", "13:58:01", "POST /login HTTP/1.1", 429, 87, "-", "python-requests/2.31.0"),
    ("45.133.172.9", "13:58:02", "GET /.env HTTP/1.1", 404, 153, "-", "python-requests/2.31.0"),
    ("fd3a:5c21:9e07:10::2e", "14:22:11", "GET /admin/reports/klanten.csv HTTP/1.1", 200, 48211, "-", UA_FIREFOX),
    ("10.20.1.5", "15:30:00", "GET /health HTTP/1.1", 200, 17, "-", UA_MONITOR),
]))

old_log = access_log("11/Jun/2024", [
    ("84.106.201.33", "08:11:52", "GET /nl/offerte HTTP/1.1", 200, 6931, "https://www.lindeboom.example.be/nl/", UA_CHROME),
    ("84.106.201.33", "08:13:05", "POST /nl/offerte?contact=femke.vanderwiel@example.nl HTTP/1.1", 303, 0, "https://www.lindeboom.example.be/nl/offerte", UA_CHROME),
    ("2a01:cb00:8e2:4f00:91a7:3c5e:d0b2:14f8", "10:42:17", "GET /fr/tarifs HTTP/1.1", 200, 5520, "-", UA_SAFARI),
    ("2003:e6:2f1b:8a00:6c4d:19ff:fe3b:72a5", "12:05:40", "GET /de/kontakt HTTP/1.1", 200, 4377, "-", UA_FIREFOX),
    ("172.16.4.12", "12:30:00", "GET /health HTTP/1.1", 200, 17, "-", UA_MONITOR),
    ("217.44.90.212", "15:48:29", "GET /en/contact HTTP/1.1", 200, 4410, "https://www.lindeboom.example.be/en/", UA_CHROME),
    ("91.180.113.58", "19:02:44", "GET /login HTTP/1.1", 200, 5123, "-", UA_CHROME),
])
put("logs/access-2024-06-11.log.gz", gzip.compress(old_log.encode(), compresslevel=9, mtime=0))

# ---------------------------------------------------------------------------
# marketing/
# ---------------------------------------------------------------------------

subscribers = []
sub_people = [("Lieselot", "Van Acker", "nl", "example.be", "81.165.42.17"),
              ("Ruud", "Kalkman", "nl", "example.nl", "2a02:a46e:77d0:1c00:3b8e:f12a:6d94:c507"),
              ("Nadège", "Vasseur", "fr", "example.fr", "86.247.3.58"),
              ("Thibault", "Ryckaert", "fr", "example.be", "91.180.40.201"),
              ("Marloes", "Stapel", "nl", "example.nl", "84.106.77.145"),
              ("Lukas", "Eichhorn", "de", "example.de", "93.212.77.4"),
              ("Callum", "Pritchard", "en", "example.com", "217.44.12.96")]
for i, (first, last, lang, domain, ip) in enumerate(sub_people):
    ascii_first = first.replace("è", "e")
    subscribers.append({
        "id": f"sub_{5301 + i * 7}",
        "email": KNOWN_EMAILS.get((first, last)) or email_of(ascii_first, last, domain),
        "voornaam": first,
        "taal": lang,
        "consent": {"timestamp": f"2024-0{4 + i % 3}-{10 + i * 2:02d}T{8 + i:02d}:{15 + i * 6:02d}:03Z",
                    "ip": ip, "source": rng.choice(["website", "offerteformulier", "beurs Gent"])},
        "segment": rng.choice(["particulier", "kmo", "vve"]),
    })
put("marketing/nieuwsbrief_inschrijvingen_2024Q2.json", json.dumps(
    {"lijst": "Nieuwsbrief Lindeboom", "export_id": "b84f0e2c-71d9-4a36-9c58-e3a1d6f7b209",
     "aantal": len(subscribers), "inschrijvingen": subscribers}, ensure_ascii=False, indent=2) + "\n")

put("marketing/campagne_najaar_2024.md", """\
# Campagne najaar 2024: "Proper de winter door"

Verantwoordelijke: team marketing (Gent). Geen klantgegevens in dit document.

## Producten en codes

| Product                         | Artikelcode    | EAN-13         | Prijs incl. |
|---------------------------------|----------------|----------------|-------------|
| Ramenwas abonnement (4x/jaar)   | ART-0962-6413  | 5412345000013  | 184,20      |
| Dieptereiniging tapijt          | ART-0962-7020  | 5412345000020  | 129,00      |
| Microvezeldoeken, pak van 20    | 059-064-20-B   | 5412345000037  | 29,00       |
| Starterspakket kantoor          | SKU 2024-1107  | 5412345000044  | 349,00      |

Kortingscode: WINTER24-BE / HIVER24-FR / WINTER24-DE (geldig 01/10/2024 tot 31/12/2024).

## Planning

- Mailing 1: 07/10/2024, 09:30 (segment particulier), tool Mailer v4.2.1.7
- Mailing 2: 21/10/2024, 09:30 (segment kmo), landingspagina build 2.3.4.215
- Beurs Gent, stand 5.118: 14-17/11/2024, bestelling standmateriaal 0381120258
- Rapportage via dashboard, tracking-id 3b9f1c2e-8d47-4a6b-b1e0-5f2c7a9d4e81

## Budget

Totaal 12.500,00 EUR, waarvan 4.200,00 EUR online (ordernummer ORD-2024-009877).
""")


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def tiny_png():
    """A 16x16 green leaf-like logo, RGB."""
    w = h = 16
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            inside = (x - 7.5) ** 2 / 49 + (y - 7.5) ** 2 / 20 <= 1
            raw += bytes((46, 125, 50) if inside else (255, 255, 255))
    return (b"\x89PNG\r\n\x1a\n"
            + png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + png_chunk(b"tEXt", b"Software\x00piimap demo generator")
            + png_chunk(b"IDAT", zlib.compress(bytes(raw), 9))
            + png_chunk(b"IEND", b""))


put("marketing/logo.png", tiny_png())

# ---------------------------------------------------------------------------
# it/
# ---------------------------------------------------------------------------

put("it/.env", """\
# Klantenportaal, productie (app01). Niet in git zetten!
APP_ENV=production
APP_VERSION=2.3.4.211
APP_URL=https://portal.lindeboom.example.be
DB_HOST=10.20.1.30
DB_PORT=5432
DB_NAME=portal
DB_USER=portal_app
SMTP_HOST=smtp.lindeboom.example.be
SMTP_FROM=noreply@lindeboom.example.be
# tijdelijk naar mijn privéadres tot de gedeelde mailbox er is (Wout)
ADMIN_EMAIL=wout.deprez.gent@example.be
SENTRY_DSN=https://3f9c1e2b7a6d4c0e9b8a7f6e5d4c3b2a@o000000.ingest.example.com/42
PSP_MERCHANT_ID=LINDEBOOM-BE-0001
SESSION_TTL=3600
""")

put("it/.bash_history", """\
ssh beheer@10.20.1.21
sudo systemctl status portal
sudo journalctl -u portal --since "2024-06-12 07:00" | grep -c "login failed"
git config --global user.name "Wout Deprez"
git config --global user.email "wout.deprez.gent@example.be"
git pull --rebase
psql -h 10.20.1.30 -U portal_app -c "select klantnr, email from klanten where klantnr='KL-10234';"
ping -c 3 10.20.0.1
ip -6 addr show dev eth0
curl -s https://portal.lindeboom.example.be/health
grep 45.133.172.9 /var/log/nginx/access.log | wc -l
sudo fail2ban-client set nginx-login banip 45.133.172.9
scp app-2024-06-12.log wout@10.20.2.44:/home/wout/
exit
""")

inventory = [
    "hostname,type,serienummer,mac,ip,firmware,toegewezen_aan,locatie",
    "LFS-LT-0231,laptop,5CG2314QLM,3C:52:82:7A:19:E4,10.20.2.31,1.17.0,griet.vandenhoute@lindeboom.example.be,Gent",
    "LFS-LT-0244,laptop,5CG2314QTX,3C:52:82:7A:2F:0B,10.20.2.44,1.17.0,wout.deprez@lindeboom.example.be,Gent",
    "LFS-LT-0302,laptop,PF3KX81Z,8C:16:45:D2:6E:71,192.168.10.23,1.42,p.hoogendijk@lindeboom.example.be,Rotterdam",
    "LFS-PR-0005,printer,VNB3R49172,00:1E:0B:55:C3:9A,10.20.3.5,2406A,,Gent",
    "sw-core-01,switch,FOC2417X0AB,70:1F:53:A8:04:C1,10.20.0.2,16.24.5.226,,Gent",
    "fw-edge-01,firewall,FGT60FTK2109,04:D5:90:6B:11:3E,10.20.0.1,7.2.8.1639,,Gent",
    "app01,vm,-,00:50:56:9A:7B:12,10.20.1.21,-,,Gent (serverlokaal)",
    "db01,vm,-,00:50:56:9A:7B:30,10.20.1.30,-,,Gent (serverlokaal)",
]
put("it/netwerk_inventaris.csv", "\n".join(inventory) + "\n")

put("it/netwerkplan.md", """\
# Netwerkplan Lindeboom (stand juni 2024)

## Subnetten Gent

| VLAN | Naam      | Netwerk        | Netmasker       | Gateway    |
|------|-----------|----------------|-----------------|------------|
| 10   | beheer    | 10.20.0.0/24   | 255.255.255.0   | 10.20.0.1  |
| 20   | servers   | 10.20.1.0/24   | 255.255.255.0   | 10.20.0.1  |
| 30   | kantoor   | 10.20.2.0/24   | 255.255.255.0   | 10.20.0.1  |
| 40   | printers  | 10.20.3.0/24   | 255.255.255.0   | 10.20.0.1  |

- DNS: 10.20.0.10 en 10.20.0.11; NTP via de firewall.
- VPN (WireGuard): IPv6-prefix fd3a:5c21:9e07::/48, Rotterdam op 192.168.10.0/24.
- Link-local van de core switch: fe80::721f:53ff:fea8:4c1
- Switch firmware versie 16.24.5.226 (update gepland 20/06, 12:30:00 tot 13:00:00).

## SNMP

- Community in de kluis, niet hier.
- Bewaakte OID's: 1.3.6.1.2.1.1.3.0 (sysUpTime), 1.3.6.1.2.1.2.2.1.8 (ifOperStatus),
  1.3.6.1.4.1.9.9.13.1.3.1.3 (temperatuur).
- MAC van de monitoringserver: 00:50:56:9A:7B:44

Contact bij storing: Wout Deprez, IT-beheerder, +32 495 17 83 40.
""")

# ---------------------------------------------------------------------------
# Documents and archives (docx, xlsx, zip, pdf), written by hand
# ---------------------------------------------------------------------------
# Packages are zips with a fixed date, a fixed member order, deflate level 9 and Unix
# permissions, so the bytes do not depend on the clock or the platform.

ZIP_DATE = (2024, 6, 3, 9, 0, 0)
ZIP_DATE_2019 = (2019, 12, 20, 16, 45, 0)
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
             "oktober", "november", "december"]


def zip_bytes(members, date_time=ZIP_DATE):
    """A zip of (name, str or bytes) members in the given order."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            z.writestr(info, data.encode() if isinstance(data, str) else data, compresslevel=9)
    return buf.getvalue()


def xml_space(text):
    """xml:space="preserve" for text with leading or trailing white space, which XML would drop."""
    return ' xml:space="preserve"' if text != text.strip() else ""


def content_types(overrides):
    parts = "".join(f'<Override PartName="{p}" ContentType="application/vnd.openxmlformats-officedocument.{t}+xml"/>'
                    for p, t in overrides)
    return (XML_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>' + parts + "</Types>")


def relationships(rels):
    body = "".join(f'<Relationship Id="{i}" Type="{DOC_REL}/{t}" Target="{target}"/>' for i, t, target in rels)
    return XML_DECL + f'<Relationships xmlns="{PKG_REL_NS}">{body}</Relationships>'


# --- Word ------------------------------------------------------------------

W_NS = f'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="{DOC_REL}"'


def w_run(text, bold=False):
    """One run; a tab character in the text becomes <w:tab/>."""
    parts = []
    for i, chunk in enumerate(text.split("\t")):
        if i:
            parts.append("<w:tab/>")
        if chunk:
            parts.append(f"<w:t{xml_space(chunk)}>{xml_escape(chunk)}</w:t>")
    return "<w:r>" + ("<w:rPr><w:b/></w:rPr>" if bold else "") + "".join(parts) + "</w:r>"


def w_p(*pieces):
    """A paragraph: each piece is a plain str or a (str, "b") tuple for bold."""
    return "<w:p>" + "".join(w_run(p) if isinstance(p, str) else w_run(p[0], bold=True) for p in pieces) + "</w:p>"


def w_table(rows, widths=(3000, 6000)):
    """A bordered table of text cells."""
    borders = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
                      for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    trs = "".join("<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>{w_p(cell)}</w:tc>'
                                     for w, cell in zip(widths, row)) + "</w:tr>" for row in rows)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders>'
            f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{trs}</w:tbl>")


def docx(body, header=None, date_time=ZIP_DATE):
    """A minimal docx: body XML (paragraphs and tables) and optionally a default page header."""
    sect = ('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1701" w:right="1134" w:bottom="1134" '
            'w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>')
    overrides = [("/word/document.xml", "wordprocessingml.document.main")]
    members = []
    if header:
        sect = '<w:headerReference w:type="default" r:id="rId1"/>' + sect
        overrides.append(("/word/header1.xml", "wordprocessingml.header"))
        members = [("word/_rels/document.xml.rels", relationships([("rId1", "header", "header1.xml")])),
                   ("word/header1.xml", XML_DECL + f"<w:hdr {W_NS}>{header}</w:hdr>")]
    document = XML_DECL + f"<w:document {W_NS}><w:body>{body}<w:sectPr>{sect}</w:sectPr></w:body></w:document>"
    return zip_bytes([("[Content_Types].xml", content_types(overrides)),
                      ("_rels/.rels", relationships([("rId1", "officeDocument", "word/document.xml")])),
                      ("word/document.xml", document)] + members, date_time)


LETTERHEAD = (w_p(("Lindeboom Facility Services NV", "b"), " · schoonmaak & facilitair beheer")
              + w_p(f"Lindeboomlaan 14, 9000 Gent · tel. {COMPANY_PHONE} · hr@lindeboom.example.be · "
                    f"ondernemingsnummer {COMPANY_VAT}"))

LOTTE_RRN = rrn(93, 10, 9, 162)
LOTTE_IBAN = iban("BE", be_bban("979"))
LOTTE_GSM = be_mobile("spaces")
assert iban_ok(LOTTE_IBAN) and len(LOTTE_IBAN) == 16

put("hr/arbeidsovereenkomst_Lotte_Claes.docx", docx(
    w_p(("ARBEIDSOVEREENKOMST VOOR BEDIENDEN VAN ONBEPAALDE DUUR (uittreksel)", "b"))
    + w_p("Tussen Lindeboom Facility Services NV, Lindeboomlaan 14, 9000 Gent, vertegenwoordigd door de heer "
          "Koen Meersschaut, zaakvoerder, hierna „de werkgever”,")
    + w_p("en mevrouw Lotte Claes, geboren op 9 oktober 1993 te Lier, wonende Lijsterbesstraat 52, 2800 Mechelen, "
          "hierna „de werknemer”,")
    + w_p("wordt het volgende overeengekomen.")
    + w_p(("Gegevens van de werknemer", "b"))
    + w_table([("Naam", "Lotte Claes"),
               ("Adres", "Lijsterbesstraat 52, 2800 Mechelen"),
               ("Rijksregisternummer", LOTTE_RRN),
               ("Rekeningnummer (IBAN)", grouped(LOTTE_IBAN)),
               ("GSM", LOTTE_GSM),
               ("E-mail", "lotte.claes@example.be")])
    + w_p(("Artikel 1 – Functie en arbeidsduur", "b"))
    + w_p("Functie:\tplanner facility (PC 121, categorie 3)")
    + w_p("Ingangsdatum:\t1 juli 2024")
    + w_p("Arbeidsduur:\t38 uur per week, van maandag tot vrijdag")
    + w_p(("Artikel 4 – Loon", "b"))
    + w_p("Het brutomaandloon bedraagt 2.870,00 EUR. Het loon wordt uiterlijk op de laatste werkdag van de maand "
          "gestort op de hierboven vermelde rekening van de werknemer.")
    + w_p("Opgemaakt te Gent op 3 juni 2024, in twee exemplaren, waarvan elke partij verklaart er een te hebben "
          "ontvangen.")
    + w_p("De werkgever\t\t\t\tDe werknemer")
    + w_p("Koen Meersschaut\t\t\t\tLotte Claes"),
    header=LETTERHEAD))

# --- Excel -----------------------------------------------------------------

X_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def excel_serial(d):
    """Days since 1899-12-30: Excel's 1900 date system (right for every date after February 1900)."""
    return (d - datetime.date(1899, 12, 30)).days


def x_cell(ref, value, header=False):
    """A cell: text as an inline string, a date as a serial number in date style 1, None as no cell."""
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return f'<c r="{ref}" s="1"><v>{excel_serial(value)}</v></c>'
    style = ' s="2"' if header else ""
    return f'<c r="{ref}"{style} t="inlineStr"><is><t{xml_space(value)}>{xml_escape(value)}</t></is></c>'


def x_sheet(rows, widths):
    """A worksheet: the first row is the header (bold)."""
    cols = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    data = "".join(f'<row r="{r}">' + "".join(x_cell(f"{cols[c]}{r}", v, r == 1) for c, v in enumerate(row))
                   + "</row>" for r, row in enumerate(rows, 1))
    widths_xml = "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>' for i, w in enumerate(widths, 1))
    return (XML_DECL + f'<worksheet {X_NS}><dimension ref="A1:{cols[len(widths) - 1]}{len(rows)}"/>'
            f"<cols>{widths_xml}</cols><sheetData>{data}</sheetData></worksheet>")


XLSX_STYLES = (XML_DECL + f"<styleSheet {X_NS}>"
               '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
               '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
               '<fills count="2"><fill><patternFill patternType="none"/></fill>'
               '<fill><patternFill patternType="gray125"/></fill></fills>'
               '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
               '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
               '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
               '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
               '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
               '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
               "</styleSheet>")


def xlsx(sheets):
    """A minimal xlsx of (name, rows, widths) sheets."""
    n = len(sheets)
    workbook = (XML_DECL + f'<workbook {X_NS} xmlns:r="{DOC_REL}"><bookViews><workbookView/></bookViews><sheets>'
                + "".join(f'<sheet name="{xml_escape(name)}" sheetId="{i}" r:id="rId{i}"/>'
                          for i, (name, _, _) in enumerate(sheets, 1))
                + "</sheets></workbook>")
    return zip_bytes(
        [("[Content_Types].xml", content_types(
            [("/xl/workbook.xml", "spreadsheetml.sheet.main"), ("/xl/styles.xml", "spreadsheetml.styles")]
            + [(f"/xl/worksheets/sheet{i}.xml", "spreadsheetml.worksheet") for i in range(1, n + 1)])),
         ("_rels/.rels", relationships([("rId1", "officeDocument", "xl/workbook.xml")])),
         ("xl/workbook.xml", workbook),
         ("xl/_rels/workbook.xml.rels", relationships(
             [(f"rId{i}", "worksheet", f"worksheets/sheet{i}.xml") for i in range(1, n + 1)]
             + [(f"rId{n + 1}", "styles", "styles.xml")])),
         ("xl/styles.xml", XLSX_STYLES)]
        + [(f"xl/worksheets/sheet{i}.xml", x_sheet(rows, widths)) for i, (_, rows, widths) in enumerate(sheets, 1)])


used |= {("Lotte", "Claes"), ("Jasper", "Baeten"), ("Elke", "Bogaert")}
customers = []
for i in range(12):
    nl = i % 3 == 2
    while True:
        first = rng.choice(NL_FIRST if nl else BE_FIRST)
        last = rng.choice(NL_LAST if nl else BE_LAST)
        if (first, last) not in used and last not in {u[1] for u in used}:
            used.add((first, last))
            break
    street, pc, town = rng.choice(NL_STREETS if nl else BE_STREETS)
    y, m, d = dob(1948, 2004)
    if nl:
        phone = rng.choice([nl_mobile("dash"), nl_mobile("intl"), nl_fixed("dash"), nl_fixed("spaces")])
        account = iban("NL", nl_bban())
    else:
        phone = rng.choice([be_mobile("spaces"), be_mobile("slash"), be_mobile("intl"), be_fixed("slash"),
                            be_fixed("spaces")])
        account = iban("BE", be_bban())
    customers.append({
        "klantnr": f"KL-{10901 + i * 13}", "naam": last, "voornaam": first,
        "straat": f"{street} {rng.randrange(1, 180)}", "postcode": pc, "gemeente": town,
        "email": email_of(first, last, "example.nl" if nl else "example.be"),
        "telefoon": None if i == 7 else phone,          # one customer left no phone number
        "iban": grouped(account) if i % 2 else account, "geboren": datetime.date(y, m, d),
    })

sheet_klanten = [["Klantnr", "Naam", "Voornaam", "Straat", "Postcode", "Gemeente", "E-mail", "Telefoon", "IBAN",
                  "Geboortedatum"]]
sheet_klanten += [[c["klantnr"], c["naam"], c["voornaam"], c["straat"], c["postcode"], c["gemeente"], c["email"],
                   c["telefoon"], c["iban"], c["geboren"]] for c in customers]

new_first, new_last = "Stijn", "Verhaeghe"
assert (new_first, new_last) not in used
ny, nm, nd = dob(1950, 1990)
n_street, n_pc, n_town = BE_STREETS[8]
c0, c3 = customers[0], customers[3]
sheet_notities = [
    ["Datum", "Klantnr", "Door", "Notitie"],
    [datetime.date(2024, 5, 28), c0["klantnr"], "Wout",
     f"Mandaat ontvangen, domiciliëring vanaf juli. Facturen voortaan enkel per e-mail naar {c0['email']}."],
    [datetime.date(2024, 6, 4), c3["klantnr"], "Griet",
     f"{c3['voornaam']} {c3['naam']} belde: nieuw gsm-nummer {be_mobile('spaces')}, liefst bellen na 17u. "
     "Sleutel ligt bij de buren (nr. 14)."],
    [datetime.date(2024, 6, 10), None, "Griet",
     f"Nieuwe klant via de beurs: {new_first} {new_last}, geboren op {nd} {MONTHS_NL[nm - 1]} {ny}, "
     f"{n_street} {rng.randrange(1, 120)}, {n_pc} {n_town}. Offerte ramenwas (4x/jaar) sturen, "
     "bestelling 0412873390 nog niet bevestigd."],
]
put("klanten/klantenlijst_2024.xlsx", xlsx([
    ("Klanten", sheet_klanten, [10, 16, 12, 24, 10, 16, 32, 18, 24, 14]),
    ("Notities", sheet_notities, [12, 10, 8, 100]),
]))

# --- Zip archive of 2019 -----------------------------------------------------

INES_IBAN = iban("FR", fr_bban("16706"))
JASPER_RRN = rrn(87, 1, 21, 93)
old_rows = ["klantnr;naam;voornaam;adres;postcode;gemeente;e-mail;telefoon;iban"]
for i, (first, last) in enumerate([("Annelies", "Ryckaert"), ("Joost", "Brouwer"), ("Maarten", "Scheerlinck")]):
    nl = last == "Brouwer"
    street, pc, town = rng.choice(NL_STREETS if nl else BE_STREETS)
    phone = nl_fixed("dash") if nl else be_fixed("slash")
    account = iban("NL", nl_bban()) if nl else iban("BE", be_bban())
    old_rows.append(";".join([f"KL-0{8812 + i * 29}", last, first, f"{street} {rng.randrange(1, 180)}", pc, town,
                              email_of(first, last, "example.nl" if nl else "example.be"), phone, account]))

put("archief/oud_archief_2019.zip", zip_bytes([
    ("2019/brieven/lettre_resiliation_Ines_Lemaire.txt", f"""\
Inès Lemaire
12 rue des Jacinthes
59130 Lambersart
Tél. : {fr_fixed("plain")}
Courriel : ines.lemaire@example.fr

Lindeboom Facility Services SARL
18 rue des Tisserands
59000 Lille

Lambersart, le 4 novembre 2019

Objet : résiliation du contrat d'entretien n° FR-2355

Madame, Monsieur,

Suite à mon déménagement à Amiens, je vous prie de bien vouloir résilier mon contrat
d'entretien à compter du 1er décembre 2019 et de ne plus prélever sur mon compte
{grouped(INES_IBAN)}.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Inès Lemaire
"""),
    ("2019/export/klanten_export_2019-12.csv", "\r\n".join(old_rows) + "\r\n"),
    ("2019/hr/attest_tewerkstelling_Jasper_Baeten.docx", docx(
        w_p(("ATTEST VAN TEWERKSTELLING", "b"))
        + w_p("Ondergetekende, Koen Meersschaut, zaakvoerder van Lindeboom Facility Services NV, Lindeboomlaan 14, "
              "9000 Gent, verklaart dat")
        + w_table([("Naam", "Jasper Baeten"),
                   ("Geboren op", "21 januari 1987"),
                   ("Adres", "Beukenhof 6, 9300 Aalst"),
                   ("Rijksregisternummer", JASPER_RRN)])
        + w_p("van 1 maart 2015 tot en met 31 augustus 2019 bij ons in dienst was als ploegleider, voltijds.")
        + w_p("Gent, 30 augustus 2019")
        + w_p("Koen Meersschaut\tzaakvoerder"),
        date_time=ZIP_DATE_2019)),
], ZIP_DATE_2019))

# --- PDF -------------------------------------------------------------------


def pdf_text(s):
    """A PDF literal string in WinAnsiEncoding (cp1252), with \\, ( and ) escaped."""
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pdf_one_page(lines):
    """A one-page A4 PDF; lines are (font, size, x, y, text) with F1 Helvetica and F2 Helvetica-Bold."""
    content = b"".join(b"BT /%s %d Tf %d %d Td %s Tj ET\n" % (font.encode(), size, x, y, pdf_text(text))
                       for font, size, x, y, text in lines)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


debtor = customers[1]
debtor_iban = debtor["iban"].replace(" ", "")
reminder = [
    ("F2", 14, 56, 790, "LINDEBOOM FACILITY SERVICES NV"),
    ("F1", 9, 56, 776, f"Lindeboomlaan 14, 9000 Gent  |  Tel. {COMPANY_PHONE}  |  boekhouding@lindeboom.example.be"),
    ("F1", 9, 56, 764, f"BTW BE {COMPANY_VAT}   |   IBAN {grouped(COMPANY_BE_IBAN)}   |   BIC KREDBEBB"),
    ("F1", 11, 330, 700, f"{debtor['voornaam']} {debtor['naam']}"),
    ("F1", 11, 330, 686, debtor["straat"]),
    ("F1", 11, 330, 672, f"{debtor['postcode']} {debtor['gemeente']}"),
    ("F1", 11, 56, 620, "Gent, 14 juni 2024"),
    ("F2", 12, 56, 590, "Herinnering: openstaande factuur F2024-0388"),
    ("F1", 10, 56, 572, f"Klantnummer: {debtor['klantnr']}   Factuurdatum: 30/04/2024   Vervaldatum: 31/05/2024"),
    ("F1", 11, 56, 540, f"Geachte {debtor['voornaam']} {debtor['naam']},"),
    ("F1", 11, 56, 516, "Bij nazicht van onze boekhouding stellen wij vast dat factuur F2024-0388 (ramenwas april,"),
    ("F1", 11, 56, 502, "€ 96,00 incl. btw) nog niet betaald is. De domiciliëring op uw rekening"),
    ("F1", 11, 56, 488, f"{grouped(debtor_iban)} werd op 05/06/2024 door uw bank geweigerd (reden: MD06)."),
    ("F1", 11, 56, 464, "Wij vragen u het bedrag van € 96,00 binnen 10 dagen over te schrijven op rekening"),
    ("F1", 11, 56, 450, f"{grouped(COMPANY_BE_IBAN)} met de gestructureerde mededeling {ogm('0903880457')}."),
    ("F1", 11, 56, 426, "Heeft u intussen betaald? Dan mag u deze herinnering als onbestaande beschouwen."),
    ("F1", 11, 56, 412, f"Vragen? Bel ons op {COMPANY_PHONE} (ma-vr, 9-17u) of mail boekhouding@lindeboom.example.be."),
    ("F1", 11, 56, 380, "Met vriendelijke groeten,"),
    ("F1", 11, 56, 340, "Elke Bogaert"),
    ("F1", 11, 56, 326, "Dienst boekhouding"),
    ("F1", 7, 56, 40, r"Document \\fs01\boekhouding\2024\herinneringen\F2024-0388 (1e herinnering)"),
]
put("finance/herinnering_F2024-0388.pdf", pdf_one_page(reminder))

# ---------------------------------------------------------------------------
# README of the share
# ---------------------------------------------------------------------------

put("README.md", """\
# Demo file share (fictitious)

This folder imitates the file share of "Lindeboom Facility Services", an invented
cleaning and facility company in Gent with branches in Rotterdam, Lille and Köln and
a few UK clients; run `cargo run --release -- scan examples/demo-share` on it. Every
person, address, phone number, account and card in it is made up (check digits are
computed by `scripts/make_demo_share.py`, which regenerates the folder; phone numbers
come from regulators' drama ranges where they exist, BSNs from the Dutch test range,
cards are payment providers' published test numbers, which piimap knows and
deliberately does not report: a scanner that flags test cards cries wolf). `hr/` holds a Belgian job application
(rijksregisternummer), a Dutch personnel file (BSN), a French employment contract
(NIR; Windows-1252), a German payslip (Steuer-ID) and a staff list (TSV); `klanten/`
holds customer exports (a Dutch CSV and a French CSV with header rows) and letters
and complaints in Dutch, French, German (UTF-16 LE with BOM) and English with phone
numbers in national and international form, IBANs, card numbers and dates of birth;
`finance/` an invoice and a JSON export of SEPA refunds; `support/` a JSON Lines
ticket export and call notes; `logs/` an application log, a web server access log
and a gzip-compressed older access log with IPv4 and IPv6 clients and logins; `marketing/`
a JSON newsletter export, a campaign plan and a logo (binary, skipped); `it/` a
network inventory and plan and two hidden files (`.env`, `.bash_history`) with a
private e-mail address. Documents too: `hr/` holds a Word employment contract
(`docx`: the letterhead in the page header, the employee's details in a table),
`klanten/` an Excel customer list (`xlsx`: a header row, birth dates as date cells,
a second sheet of free-text notes), `finance/` a PDF payment reminder, and
`archief/` a zip archive of 2019 with a French letter, a CSV export and a Word
certificate, each member of which is a location of its own in the map. Look-alikes
that are not personal data are planted on purpose and should not be reported:
invoice, order, customer and ticket numbers (some shaped like phone numbers),
Belgian VAT numbers, structured payment references, product codes and EAN barcodes,
build and version strings, OIDs, netmasks, MAC addresses, UUIDs, timestamps, dates
of contact notes, masked card numbers, a card number that fails the Luhn check, an
IBAN with a wrong check digit, a URL with credentials instead of an e-mail address
and an ssh login to an IP address. This README itself contains no personal data.
""")


def main():
    if ROOT.exists():
        shutil.rmtree(ROOT)
    for rel, data in sorted(FILES.items()):
        path = ROOT / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    total = sum(len(d) for d in FILES.values())
    print(f"wrote {len(FILES)} files, {total} bytes, to {ROOT}")


if __name__ == "__main__":
    main()
