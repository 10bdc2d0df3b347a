#!/usr/bin/env python3
"""Deterministic synthetic PII corpus generator (stdlib only)."""
import json, os, random, shutil, unicodedata

SEED = 20240611
OUT = os.environ.get("PROBE_OUT") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")

# ---------------------------------------------------------------- doc builder
class Doc:
    def __init__(self, path):
        self.path, self.buf, self.truth, self.negs = path, bytearray(), [], []
    def t(self, s):
        self.buf += s.encode("utf-8"); return self
    def p(self, s, cat):
        st = len(self.buf); self.buf += s.encode("utf-8")
        self.truth.append({"path": self.path, "start": st, "end": len(self.buf), "category": cat, "value": s, "offsets": "file"})
        return self
    def x(self, s, kind, like):
        st = len(self.buf); self.buf += s.encode("utf-8")
        self.negs.append({"path": self.path, "start": st, "end": len(self.buf), "kind": kind, "like": like, "value": s})
        return self

# ---------------------------------------------------------------- check digits
def iban_check(cc, bban):
    s = "".join(str(int(ch, 36)) for ch in (bban + cc + "00"))
    return "%02d" % (98 - int(s) % 97)

def make_iban(r, cc):
    if cc == "BE":
        b = "%03d%07d" % (r.randint(1, 999), r.randint(0, 9999999)); c = int(b) % 97 or 97; bban = b + "%02d" % c
    elif cc == "NL":
        while True:
            acc = [r.randint(0, 9) for _ in range(10)]
            if acc[0] and sum(d * w for d, w in zip(acc, range(10, 0, -1))) % 11 == 0: break
        bban = r.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB"]) + "".join(map(str, acc))
    elif cc == "FR":
        bank, gui, acc = "%05d" % r.randint(10000, 30099), "%05d" % r.randint(0, 99999), "%011d" % r.randint(0, 10**11 - 1)
        key = 97 - (89 * int(bank) + 15 * int(gui) + 3 * int(acc)) % 97
        bban = bank + gui + acc + "%02d" % key
    else:
        bban = "%08d%010d" % (r.randint(10000000, 89999999), r.randint(0, 10**10 - 1))
    return cc + iban_check(cc, bban) + bban

def fmt_iban(r, iban, grouped=None):
    if grouped is None: grouped = r.random() < 0.7
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if grouped else iban

def bad_iban(r, cc):
    ib = make_iban(r, cc); ck = int(ib[2:4]); nck = "%02d" % ((ck + r.randint(1, 9)) % 97 + 2)
    if nck == ib[2:4]: nck = "%02d" % ((ck + 11) % 97 + 2)
    return ib[:2] + nck + ib[4:]

def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)

def make_card(r):
    kind = r.choice(["visa", "mc", "amex"])
    if kind == "amex":
        body = r.choice(["34", "37"]) + "".join(str(r.randint(0, 9)) for _ in range(12)); n = body + luhn_digit(body)
        return n[:4] + " " + n[4:10] + " " + n[10:]
    body = ("4" if kind == "visa" else str(r.randint(51, 55))) + "".join(str(r.randint(0, 9)) for _ in range(15 - (1 if kind == "visa" else 2)))
    n = body + luhn_digit(body)
    return r.choice([" ", "-", " ", ""]).join(n[i:i + 4] for i in range(0, 16, 4))

def be_rrn(r, dob, sex):
    yy, mm, dd = dob[0] % 100, dob[1], dob[2]
    seq = r.randrange(1 if sex == "m" else 2, 998, 2)
    base = "%02d%02d%02d%03d" % (yy, mm, dd, seq)
    cc = 97 - (int(("2" + base) if dob[0] >= 2000 else base) % 97)
    return "%s.%s.%s-%s.%02d" % (base[0:2], base[2:4], base[4:6], base[6:9], cc), base, cc

def nl_bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1))); last = s % 11
        if last < 10: return "".join(map(str, d)) + str(last)

def fr_nir(r, dob, sex):
    dept = r.choice(["75", "69", "13", "31", "33", "59", "44", "67"])
    body = "%d%02d%02d%s%03d%03d" % (1 if sex == "m" else 2, dob[0] % 100, dob[1], dept, r.randint(1, 999), r.randint(1, 999))
    key = 97 - int(body) % 97
    return body + "%02d" % key

def fmt_nir(r, n):
    return "%s %s %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:15]) if r.random() < 0.6 else n

def de_taxid_check(d10):
    prod = 10
    for ch in d10:
        s = (int(ch) + prod) % 10 or 10
        prod = (s * 2) % 11
    c = 11 - prod
    return 0 if c == 10 else c

def de_taxid(r):
    while True:
        digs = list(range(10)); r.shuffle(digs)
        times = r.choice([2, 2, 3]); rep = r.choice(digs[:11 - times])
        pool = digs[:11 - times]
        if rep not in pool: continue
        seq = pool + [rep] * (times - 1); r.shuffle(seq)
        if seq[0] == 0: continue
        if times == 3 and any(seq[i] == seq[i + 1] == seq[i + 2] == rep for i in range(8)): continue
        d10 = "".join(map(str, seq))
        assert len(d10) == 10
        return d10 + str(de_taxid_check(d10))

def fmt_taxid(r, t):
    return "%s %s %s %s" % (t[:2], t[2:5], t[5:8], t[8:]) if r.random() < 0.5 else t

# ---------------------------------------------------------------- people / places
GIVEN = {
 "BE": [("Jan", "m"), ("Pieter", "m"), ("Koen", "m"), ("Luc", "m"), ("Mathieu", "m"), ("Olivier", "m"), ("An", "f"), ("Els", "f"), ("Sofie", "f"), ("Nathalie", "f"), ("Marie", "f"), ("Lotte", "f")],
 "NL": [("Daan", "m"), ("Sander", "m"), ("Joris", "m"), ("Bram", "m"), ("Sanne", "f"), ("Femke", "f"), ("Marloes", "f"), ("Anouk", "f"), ("Ruud", "m"), ("Ingrid", "f")],
 "FR": [("Jean-Marc", "m"), ("Julien", "m"), ("Thomas", "m"), ("Étienne", "m"), ("François", "m"), ("Camille", "f"), ("Élodie", "f"), ("Chloé", "f"), ("Isabelle", "f"), ("Margaux", "f")],
 "DE": [("Jürgen", "m"), ("Lukas", "m"), ("Matthias", "m"), ("Stefan", "m"), ("Jörg", "m"), ("Anna", "f"), ("Katrin", "f"), ("Sabine", "f"), ("Jana", "f"), ("Ursula", "f")],
}
SUR = {
 "BE": ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "De Smet", "Van den Broeck", "Vermeulen", "Dubois", "Lambert", "Van Damme", "De Clercq", "Goossens", "Lejeune"],
 "NL": ["de Vries", "van den Berg", "Bakker", "Visser", "Smit", "de Jong", "van Dijk", "Mulder", "Jansen", "van der Meer", "Hoekstra", "ter Horst"],
 "FR": ["Martin", "Bernard", "Lefèvre", "Moreau", "Le Gall", "Fournier", "Girard", "de La Fontaine", "Rousseau", "Le Goff", "Mercier", "Durand"],
 "DE": ["Müller", "Schmidt", "Schneider", "Fischer", "von Stein", "Weber", "Becker", "Hoffmann", "von der Heide", "Schäfer", "Krüger", "Zimmermann"],
}
STREETS = {
 "BEnl": ["Kerkstraat", "Stationsstraat", "Molenstraat", "Brugsesteenweg", "Lange Leemstraat", "Dorpsplein"],
 "BEfr": ["Rue de la Station", "Avenue Louise", "Chaussée de Waterloo", "Rue Haute", "Rue des Champs", "Place Saint-Lambert"],
 "NL": ["Dorpsstraat", "Kerkweg", "Prinsengracht", "Laan van Meerdervoort", "Hoofdstraat", "Julianalaan"],
 "FR": ["rue Victor Hugo", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République", "impasse des Lilas", "chemin des Vignes"],
 "DE": ["Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Lindenallee", "Goethestraße", "Kastanienweg"],
}
CITIES = {  # (postcode, city, area code, local digits)
 "BEnl": [("2000", "Antwerpen", "03", 7), ("9000", "Gent", "09", 7), ("3000", "Leuven", "016", 6), ("8000", "Brugge", "050", 6), ("2800", "Mechelen", "015", 6), ("3500", "Hasselt", "011", 6)],
 "BEfr": [("1000", "Bruxelles", "02", 7), ("4000", "Liège", "04", 7), ("5000", "Namur", "081", 6), ("6000", "Charleroi", "071", 6), ("1300", "Wavre", "010", 6), ("7000", "Mons", "065", 6)],
 "NL": [("1015 CJ", "Amsterdam", "020", 7), ("3011 AB", "Rotterdam", "010", 7), ("2517 KJ", "Den Haag", "070", 7), ("3511 LX", "Utrecht", "030", 7), ("5611 EM", "Eindhoven", "040", 7), ("9711 LV", "Groningen", "050", 7)],
 "FR": [("75011", "Paris", "01", 8), ("69002", "Lyon", "04", 8), ("13001", "Marseille", "04", 8), ("31000", "Toulouse", "05", 8), ("33000", "Bordeaux", "05", 8), ("59000", "Lille", "03", 8)],
 "DE": [("10115", "Berlin", "030", 8), ("80331", "München", "089", 7), ("20095", "Hamburg", "040", 8), ("50667", "Köln", "0221", 7), ("60311", "Frankfurt am Main", "069", 8), ("70173", "Stuttgart", "0711", 7)],
}
COMPANIES = {
 "BE": ["Brouwerij Het Anker NV", "Immo Schelde BV", "Notariskantoor Vandamme & Partners", "Assurances Belfius Direct SA", "Incasso Vlaanderen BV", "Boulangerie Dupont SPRL"],
 "NL": ["Bakkerij Visser B.V.", "Woonstichting De Linie", "Incassobureau Hoekstra & Co", "Van Dijk Transport B.V.", "Notariskantoor Ter Horst", "Verzekeringen Zeeland N.V."],
 "FR": ["Cabinet Moreau Associés", "Recouvrement Durand SAS", "Hôtel Le Grand Bleu SARL", "Assurances Mercier SA", "Transports Girard & Fils", "Étude notariale Rousseau"],
 "DE": ["Müller Logistik GmbH", "Schneider & Weber Inkasso GmbH", "Notariat Hoffmann", "Hotel Lindenhof KG", "Becker Versicherungen AG", "Krüger Bau GmbH"],
}
VAT = {"BE": lambda r: "BE0%03d.%03d.%03d" % (r.randint(400, 999), r.randint(0, 999), r.randint(0, 999)),
       "NL": lambda r: "NL%09dB01" % r.randint(10**8, 10**9 - 1),
       "FR": lambda r: "FR%02d%09d" % (r.randint(10, 99), r.randint(10**8, 10**9 - 1)),
       "DE": lambda r: "DE%09d" % r.randint(10**8, 10**9 - 1)}
TLD = {"BE": "be", "NL": "nl", "FR": "fr", "DE": "de"}
MONTHS = {
 "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
 "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
 "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
 "en": "January February March April May June July August September October November December".split(),
}

def ascii_(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

def rdigits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))

def phone_mobile(r, cc):
    if cc == "BE":
        p = "4" + str(r.randint(7, 9)) + str(r.randint(0, 9)); rest = rdigits(r, 6)
        return r.choice(["0%s %s %s %s" % (p, rest[:2], rest[2:4], rest[4:]), "0%s/%s.%s.%s" % (p, rest[:2], rest[2:4], rest[4:]), "+32 %s %s %s %s" % (p, rest[:2], rest[2:4], rest[4:])])
    if cc == "NL":
        p = "6" + str(r.randint(1, 5)); rest = rdigits(r, 7)
        return r.choice(["0%s-%s" % (p[0], p[1] + rest), "0%s %s %s" % (p[0], p[1] + rest[:3], rest[3:]), "+31 6 %s" % (p[1] + rest)])
    if cc == "FR":
        p = r.choice(["6", "7"]); rest = p + rdigits(r, 8)
        g = " ".join(rest[i:i + 2] for i in range(1, 9, 2))
        return r.choice(["0%s %s" % (p, g), "+33 %s %s" % (p, g), "0%s.%s" % (p, g.replace(" ", "."))])
    p = r.choice(["151", "152", "157", "160", "162", "170", "171", "172", "176", "179"])
    rest = rdigits(r, 8 if p[:2] in ("15", "17") and p != "176" else 7)
    return r.choice(["0%s %s" % (p, rest), "+49 %s %s" % (p, rest), "0%s/%s" % (p, rest)])

def phone_land(r, cc, city):
    area, n = city[2], city[3]; loc = rdigits(r, n); loc = str(r.randint(2, 9)) + loc[1:]
    if cc == "BE":
        g = ("%s %s %s" % (loc[:3], loc[3:5], loc[5:])) if n == 7 else ("%s %s %s" % (loc[:2], loc[2:4], loc[4:]))
        return r.choice(["%s %s" % (area, g), "+32 %s %s" % (area[1:], g)])
    if cc == "NL":
        return r.choice(["%s-%s" % (area, loc), "%s %s %s" % (area, loc[:3], loc[3:]), "+31 %s %s" % (area[1:], loc)])
    if cc == "FR":
        s = area + loc; g = " ".join(s[i:i + 2] for i in range(0, 10, 2))
        return r.choice([g, "+33 " + g[1:]])
    return r.choice(["%s %s" % (area, loc), "+49 %s %s" % (area[1:], loc), "(%s) %s" % (area, loc)])

class Person:
    def __init__(self, r, cc, lang):
        self.cc, self.lang = cc, lang
        self.given, self.sex = r.choice(GIVEN[cc]); self.sur = r.choice(SUR[cc])
        y = r.randint(1950, 2012); self.dob = (y, r.randint(1, 12), r.randint(1, 28))
        key = cc + ("fr" if lang == "fr" else "nl") if cc == "BE" else cc
        self.city = r.choice(CITIES[key]); st = r.choice(STREETS[key]); no = str(r.randint(1, 180)) + r.choice(["", "", "", "a", "B"] if cc != "FR" else ["", "", " bis"])
        if cc == "FR": self.street = "%s %s" % (no, st)
        elif cc == "BE" and r.random() < 0.3: self.street = "%s %s bus %d" % (st, no, r.randint(1, 12)) if lang != "fr" else "%s %s bte %d" % (st, no, r.randint(1, 12))
        else: self.street = "%s %s" % (st, no)
        self.pc_city = "%s %s" % (self.city[0], self.city[1])
        dom = r.choice(["example.com", "example." + TLD[cc]])
        self.email = "%s.%s@%s" % (ascii_(self.given).lower(), ascii_(self.sur).lower().replace(" ", ""), dom)
        self.mobile = phone_mobile(r, cc); self.land = phone_land(r, cc, self.city)
        self.iban = make_iban(r, cc)
        if cc == "BE": self.nid = be_rrn(r, self.dob, self.sex)[0]
        elif cc == "NL": self.nid = nl_bsn(r)
        elif cc == "FR": self.nid = fmt_nir(r, fr_nir(r, self.dob, self.sex))
        else: self.nid = fmt_taxid(r, de_taxid(r))
    def name(self, r, style=None):
        style = style or r.choice(["gs", "gs", "gs", "inv", "caps"])
        if style == "inv": return "%s, %s" % (self.sur, self.given)
        if style == "caps": return "%s %s" % (self.sur.upper(), self.given) if self.lang == "fr" else "%s %s" % (self.given, self.sur.upper())
        if style == "allcaps": return ("%s %s" % (self.given, self.sur)).upper()
        return "%s %s" % (self.given, self.sur)
    def address1(self, r):
        return "%s, %s" % (self.street, self.pc_city)
    def address_ml(self):
        return "%s\n%s" % (self.street, self.pc_city)

def fmt_date(r, d, lang):
    y, m, dd = d
    c = r.randint(0, 3)
    if c == 0: return "%02d/%02d/%d" % (dd, m, y) if lang != "de" else "%02d.%02d.%d" % (dd, m, y)
    if c == 1: return "%d-%02d-%02d" % (y, m, dd)
    if c == 2: return "%02d-%02d-%d" % (dd, m, y) if lang == "nl" else ("%02d.%02d.%d" % (dd, m, y) if lang == "de" else "%02d/%02d/%d" % (dd, m, y))
    mn = MONTHS[lang][m - 1]
    if lang == "en": return "%s %d, %d" % (mn, dd, y)
    if lang == "de": return "%d. %s %d" % (dd, mn, y)
    return "%d %s %d" % (dd, mn, y)

def rdate(r, y0=2019, y1=2025):
    return (r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))

# ---------------------------------------------------------------- labels
L = {
 "nl": dict(name="Naam", addr="Adres", phone="Telefoon", gsm="GSM", email="E-mail", dob="Geboortedatum", born="geboren op", iban="Rekeningnummer", date="Datum", ref="Ons kenmerk", inv="Factuurnummer", amount="Bedrag", vat="BTW-nummer", regards="Met vriendelijke groeten", dear="Geachte", client="onze cliënt", first="Voornaam", last="Achternaam", street="Straat en nr", pc="Postcode", city="Gemeente", member="Ledenlijst", tenant="Huurder", unit="Woning", rent="Huur", start="Ingangsdatum", present="Aanwezig", absent="Verontschuldigd", minutes="Notulen", ship="Leveringsbon", recipient="Ontvanger", order="Bestelnummer", policy="Polisnummer", holder="Verzekeringsnemer", premium="Premie", school="Inschrijvingsformulier", pupil="Leerling", parent="Ouder/voogd", guest="Gast", booking="Reservatienummer", arrival="Aankomst", departure="Vertrek", card="Kaart", cv="Curriculum vitae", exp="Werkervaring", ip="IP-adres"),
 "fr": dict(name="Nom", addr="Adresse", phone="Téléphone", gsm="Portable", email="Courriel", dob="Date de naissance", born="né(e) le", iban="IBAN", date="Date", ref="Notre référence", inv="N° de facture", amount="Montant", vat="N° TVA", regards="Veuillez agréer nos salutations distinguées", dear="Madame, Monsieur", client="notre client(e)", first="Prénom", last="Nom de famille", street="Rue et numéro", pc="Code postal", city="Ville", member="Liste des membres", tenant="Locataire", unit="Logement", rent="Loyer", start="Date d'effet", present="Présents", absent="Excusés", minutes="Procès-verbal", ship="Bon de livraison", recipient="Destinataire", order="N° de commande", policy="N° de police", holder="Preneur d'assurance", premium="Prime", school="Fiche d'inscription", pupil="Élève", parent="Responsable légal", guest="Client", booking="N° de réservation", arrival="Arrivée", departure="Départ", card="Carte", cv="Curriculum vitae", exp="Expérience professionnelle", ip="Adresse IP"),
 "de": dict(name="Name", addr="Anschrift", phone="Telefon", gsm="Mobil", email="E-Mail", dob="Geburtsdatum", born="geboren am", iban="IBAN", date="Datum", ref="Unser Zeichen", inv="Rechnungsnummer", amount="Betrag", vat="USt-IdNr.", regards="Mit freundlichen Grüßen", dear="Sehr geehrte Damen und Herren", client="unsere Mandantin bzw. unser Mandant", first="Vorname", last="Nachname", street="Straße und Hausnummer", pc="PLZ", city="Ort", member="Mitgliederliste", tenant="Mieter", unit="Wohnung", rent="Miete", start="Mietbeginn", present="Anwesend", absent="Entschuldigt", minutes="Protokoll", ship="Lieferschein", recipient="Empfänger", order="Bestellnummer", policy="Versicherungsschein-Nr.", holder="Versicherungsnehmer", premium="Beitrag", school="Anmeldeformular Schule", pupil="Schüler/in", parent="Erziehungsberechtigte/r", guest="Gast", booking="Buchungsnummer", arrival="Anreise", departure="Abreise", card="Karte", cv="Lebenslauf", exp="Berufserfahrung", ip="IP-Adresse"),
 "en": dict(name="Name", addr="Address", phone="Phone", gsm="Mobile", email="E-mail", dob="Date of birth", born="born on", iban="IBAN", date="Date", ref="Our reference", inv="Invoice no.", amount="Amount", vat="VAT no.", regards="Kind regards", dear="Dear Sir or Madam", client="our client", first="First name", last="Last name", street="Street and number", pc="Postcode", city="City", member="Member list", tenant="Tenant", unit="Unit", rent="Rent", start="Start date", present="Present", absent="Apologies", minutes="Minutes", ship="Delivery note", recipient="Recipient", order="Order no.", policy="Policy no.", holder="Policyholder", premium="Premium", school="School enrolment form", pupil="Pupil", parent="Parent/guardian", guest="Guest", booking="Booking no.", arrival="Arrival", departure="Departure", card="Card", cv="Curriculum vitae", exp="Work experience", ip="IP address"),
}
NIDL = {"BE": {"nl": "Rijksregisternummer", "fr": "Numéro de registre national", "en": "National register number"},
        "NL": {"nl": "BSN", "en": "Citizen service number (BSN)"},
        "FR": {"fr": "N° de sécurité sociale", "en": "Social security number (NIR)"},
        "DE": {"de": "Steuer-ID", "en": "Tax ID (Steuer-ID)"}}

def amt(r, lang):
    v = r.randint(1500, 9999999) / 100
    s = "{:,.2f}".format(v)
    if lang in ("nl", "de", "fr"): s = s.replace(",", "X").replace(".", ",").replace("X", "." if lang != "fr" else " ")
    return ("EUR %s" % s) if lang == "en" else ("%s €" % s if lang in ("fr", "de") else "€ %s" % s)

def company_block(d, r, cc, lang, co):
    """company letterhead: name (negative), business address, phone, email, VAT (negative)"""
    cp = Person(r, cc, lang)
    d.x(co, "company_name", "person_name").t("\n").p(cp.address_ml(), "postal_address").t("\n")
    d.t(L[lang]["phone"] + ": ").p(phone_land(r, cc, cp.city), "phone").t(" | ")
    d.p("info@%s.example.%s" % (ascii_(co.split()[0]).lower(), TLD[cc]), "email").t("\n")
    d.t(L[lang]["vat"] + ": ").x(VAT[cc](r), "vat_number", "national_id").t("\n\n")

# ---------------------------------------------------------------- templates
def t_legal(d, r, cc, lang):
    l = L[lang]; co = r.choice(COMPANIES[cc]); p = Person(r, cc, lang); c2 = Person(r, cc, lang)
    company_block(d, r, cc, lang, co)
    d.p(p.name(r, "gs"), "person_name").t("\n").p(p.address_ml(), "postal_address").t("\n\n")
    d.t("%s: " % l["date"]).x(fmt_date(r, rdate(r), lang), "letter_date", "date_of_birth").t("\n%s: " % l["ref"]).x("DOS-%d/%04d" % (r.randint(2019, 2025), r.randint(1, 9999)), "case_number", "national_id").t("\n\n")
    d.t(l["dear"] + ",\n\n")
    body = {"nl": "Betreft de nalatenschap van wijlen ", "fr": "Concerne la succession de feu(e) ", "de": "Betrifft den Nachlass von ", "en": "Re: the estate of the late "}[lang]
    d.t(body).p(c2.name(r, "gs"), "person_name").t(", %s " % l["born"]).p(fmt_date(r, c2.dob, lang), "date_of_birth").t(" (%s " % NIDL[cc].get(lang, NIDL[cc]["en"])).p(c2.nid, "national_id").t(").\n")
    d.t({"nl": "Gelieve het saldo van ", "fr": "Nous vous prions de verser le solde de ", "de": "Bitte überweisen Sie den Betrag von ", "en": "Please transfer the balance of "}[lang])
    d.x(amt(r, lang), "amount", "iban").t({"nl": " over te schrijven op rekening ", "fr": " sur le compte ", "de": " auf das Konto ", "en": " to account "}[lang]).p(fmt_iban(r, make_iban(r, cc)), "iban").t(".\n")
    d.t({"nl": "Let op: het oude rekeningnummer ", "fr": "Attention : l'ancien compte ", "de": "Achtung: das alte Konto ", "en": "Note: the old account "}[lang]).x(fmt_iban(r, bad_iban(r, cc)), "bad_checksum_iban", "iban").t({"nl": " is niet langer geldig.\n\n", "fr": " n'est plus valable.\n\n", "de": " ist nicht mehr gültig.\n\n", "en": " is no longer valid.\n\n"}[lang])
    s = Person(r, cc, lang)
    d.t(l["regards"] + ",\n\n").p(s.name(r, "gs"), "person_name").t("\n%s\n" % {"nl": "Notaris", "fr": "Notaire", "de": "Notar", "en": "Notary"}[lang])
    d.t(l["gsm"] + ": ").p(s.mobile, "phone").t("\n").p(s.email, "email").t("\n")

def t_debt(d, r, cc, lang):
    l = L[lang]; co = r.choice(COMPANIES[cc]); p = Person(r, cc, lang)
    company_block(d, r, cc, lang, co)
    title = {"nl": "Dhr. " if p.sex == "m" else "Mevr. ", "fr": "M. " if p.sex == "m" else "Mme ", "de": "Herrn " if p.sex == "m" else "Frau ", "en": "Mr " if p.sex == "m" else "Ms "}[lang]
    d.t(title).p(p.name(r, r.choice(["gs", "caps"])), "person_name").t("\n").p(p.address_ml(), "postal_address").t("\n\n")
    d.t({"nl": "AANMANING - LAATSTE HERINNERING\n\n", "fr": "MISE EN DEMEURE - DERNIER RAPPEL\n\n", "de": "LETZTE MAHNUNG\n\n", "en": "FINAL DEMAND FOR PAYMENT\n\n"}[lang])
    d.t("%s: " % l["date"]).x(fmt_date(r, rdate(r), lang), "letter_date", "date_of_birth").t("\n\n")
    for _ in range(r.randint(2, 4)):
        d.t("- %s " % l["inv"]).x("%s-%d-%05d" % (r.choice(["F", "INV", "RE", "FA"]), r.randint(2021, 2025), r.randint(1, 99999)), "invoice_number", "phone")
        d.t(" %s " % l["date"].lower()).x(fmt_date(r, rdate(r), lang), "invoice_date", "date_of_birth").t(": ").x(amt(r, lang), "amount", "phone").t("\n")
    d.t("\n%s: " % {"nl": "Te betalen op", "fr": "À verser sur", "de": "Zahlbar auf", "en": "Payable to"}[lang]).p(fmt_iban(r, make_iban(r, cc)), "iban")
    if cc == "BE":
        a = r.randint(10**9, 10**10 - 1); c = a % 97 or 97; s = "%010d%02d" % (a, c)
        d.t("\n%s: " % {"nl": "Gestructureerde mededeling", "fr": "Communication structurée", "en": "Structured reference", "de": "Referenz"}[lang]).x("+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:]), "structured_reference", "national_id")
    else:
        d.t("\n%s: " % {"nl": "Betalingskenmerk", "fr": "Référence", "de": "Verwendungszweck", "en": "Reference"}[lang]).x("%016d" % r.randint(10**15, 10**16 - 1), "payment_reference", "payment_card")
    d.t("\n\n%s,\n" % l["regards"]).p(Person(r, cc, lang).name(r, "gs"), "person_name").t("\n%s\n" % co)

def t_cv(d, r, cc, lang):
    l = L[lang]; p = Person(r, cc, lang)
    d.t(l["cv"].upper() + "\n\n").p(p.name(r, "allcaps"), "person_name").t("\n").p(p.address1(r), "postal_address").t("\n")
    d.t("%s: " % l["gsm"]).p(p.mobile, "phone").t("  ·  ").p(p.email, "email").t("\n")
    d.t("%s: " % l["dob"]).p(fmt_date(r, p.dob, lang), "date_of_birth").t("\n")
    if r.random() < 0.4: d.t("%s: " % NIDL[cc].get(lang, NIDL[cc]["en"])).p(p.nid, "national_id").t("\n")
    d.t("\n%s\n" % l["exp"])
    for _ in range(r.randint(2, 3)):
        y = r.randint(2005, 2020)
        d.x("%d" % y, "year", "date_of_birth").t(" - ").x("%d" % (y + r.randint(1, 4)), "year", "date_of_birth").t("  ").x(r.choice(sum(COMPANIES.values(), [])), "company_name", "person_name").t(", %s\n" % r.choice(["Projectleider", "Chef de projet", "Sachbearbeiter", "Accountant", "Developer", "Boekhouder", "Comptable"]))
    d.t("\n%s: Python, SQL, Excel; versie/version " % {"nl": "Vaardigheden", "fr": "Compétences", "de": "Kenntnisse", "en": "Skills"}[lang]).x("%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 9), r.randint(0, 30), r.randint(100, 9999)), "version_string", "ip_address").t("\n")
    d.t({"nl": "Referentie: ", "fr": "Référence : ", "de": "Referenz: ", "en": "Reference: "}[lang])
    ref = Person(r, cc, lang); d.p(ref.name(r, "gs"), "person_name").t(", ").p(ref.land, "phone").t("\n")

def t_eml(d, r, cc, lang):
    l = L[lang]; p = Person(r, cc, lang); co = r.choice(COMPANIES[cc]); dom = ascii_(co.split()[0]).lower()
    d.t("From: \"").p(p.name(r, "gs"), "person_name").t("\" <").p(p.email, "email").t(">\nTo: ").p("klantendienst@%s.example.%s" % (dom, TLD[cc]) if lang == "nl" else "service@%s.example.%s" % (dom, TLD[cc]), "email")
    dt = rdate(r)
    d.t("\nDate: ").x("Mon, %02d %s %d 10:%02d:%02d +0100" % (dt[2], "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[dt[1] - 1], dt[0], r.randint(0, 59), r.randint(0, 59)), "timestamp", "date_of_birth")
    d.t("\nMessage-ID: ").x("<%s.%d@mail.example.com>" % (rdigits(r, 12), r.randint(100, 999)), "message_id", "email")
    subj = {"nl": "Klacht over bestelling", "fr": "Réclamation commande", "de": "Beschwerde zur Bestellung", "en": "Complaint about order"}[lang]
    ordno = "%s%08d" % (r.choice(["ORD", "BST", "CMD", "A"]), r.randint(0, 10**8 - 1))
    d.t("\nSubject: %s " % subj).x(ordno, "order_number", "phone").t("\nContent-Type: text/plain; charset=utf-8\n\n")
    d.t({"nl": "Beste,\n\nIk heb op ", "fr": "Bonjour,\n\nJ'ai commandé le ", "de": "Guten Tag,\n\nich habe am ", "en": "Hello,\n\nOn "}[lang]).x(fmt_date(r, rdate(r), lang), "order_date", "date_of_birth")
    d.t({"nl": " bestelling ", "fr": " (commande ", "de": " die Bestellung ", "en": " I placed order "}[lang]).x(ordno, "order_number", "phone")
    d.t({"nl": " geplaatst, betaald met kaart ", "fr": ") payée avec la carte ", "de": " aufgegeben, bezahlt mit Karte ", "en": ", paid with card "}[lang]).x("**** **** **** %04d" % r.randint(0, 9999), "masked_card", "payment_card")
    d.t({"nl": ". Het product ", "fr": ". Le produit ", "de": ". Der Artikel ", "en": ". Product "}[lang]).x("SKU-%s-%03d" % (rdigits(r, 5), r.randint(0, 999)), "product_code", "phone").t({"nl": " kwam beschadigd aan. Ik wil een terugbetaling van ", "fr": " est arrivé endommagé. Je demande le remboursement de ", "de": " kam beschädigt an. Ich bitte um Erstattung von ", "en": " arrived damaged. I request a refund of "}[lang]).x(amt(r, lang), "amount", "phone")
    d.t({"nl": " op ", "fr": " sur ", "de": " auf ", "en": " to "}[lang]).p(fmt_iban(r, p.iban), "iban").t(".\n\n")
    d.t(l["regards"] + ",\n\n-- \n").p(p.name(r, "gs"), "person_name").t("\n").p(p.address1(r), "postal_address").t("\nTel. ").p(p.mobile, "phone").t("\n")

def t_hotel(d, r, cc, lang):
    l = L[lang]; p = Person(r, cc, lang); co = [c for c in COMPANIES[cc]]; hotel = r.choice(co)
    company_block(d, r, cc, lang, hotel)
    d.t({"nl": "RESERVATIEBEVESTIGING", "fr": "CONFIRMATION DE RÉSERVATION", "de": "BUCHUNGSBESTÄTIGUNG", "en": "BOOKING CONFIRMATION"}[lang] + "\n\n")
    d.t("%s: " % l["booking"]).x("BK%s" % rdigits(r, 9), "booking_number", "phone").t("\n%s: " % l["guest"]).p(p.name(r, "inv"), "person_name").t("\n")
    a = rdate(r, 2025, 2026)
    d.t("%s: " % l["arrival"]).x(fmt_date(r, a, lang), "arrival_date", "date_of_birth").t("\n%s: " % l["departure"]).x(fmt_date(r, (a[0], a[1], min(28, a[2] + 2)), lang), "departure_date", "date_of_birth").t("\n")
    d.t("%s: " % l["email"]).p(p.email, "email").t("\n%s: " % l["phone"]).p(p.mobile, "phone").t("\n")
    d.t("%s: " % l["card"]).p(make_card(r), "payment_card").t(" (%s %02d/%02d)\n" % ({"nl": "geldig tot", "fr": "expire", "de": "gültig bis", "en": "expires"}[lang], r.randint(1, 12), r.randint(26, 30)))
    d.t("%s: " % {"nl": "Totaal", "fr": "Total", "de": "Gesamt", "en": "Total"}[lang]).x(amt(r, lang), "amount", "payment_card").t("\n")
    d.t("%s (booking engine): " % l["ip"]).p("%d.%d.%d.%d" % (r.choice([81, 84, 91, 145, 185, 212]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)), "ip_address").t("\n")

def t_school(d, r, cc, lang):
    l = L[lang]; kid = Person(r, cc, lang); kid.dob = (r.randint(2008, 2019), r.randint(1, 12), r.randint(1, 28))
    if cc == "BE": kid.nid = be_rrn(r, kid.dob, kid.sex)[0]
    elif cc == "FR": kid.nid = fmt_nir(r, fr_nir(r, kid.dob, kid.sex))
    par = Person(r, cc, lang); par.sur = kid.sur; par.street, par.pc_city = kid.street, kid.pc_city
    par.email = "%s.%s@example.%s" % (ascii_(par.given).lower(), ascii_(par.sur).lower().replace(" ", ""), TLD[cc])
    d.t("%s %s-%s\n%s\n\n" % (l["school"].upper(), r.randint(2024, 2025), r.randint(2025, 2026), "=" * 40))
    d.t("[%s]\n%s: " % (l["pupil"], l["last"])).p(kid.sur, "person_name").t("\n%s: " % l["first"]).p(kid.given, "person_name").t("\n")
    d.t("%s: " % l["dob"]).p(fmt_date(r, kid.dob, lang), "date_of_birth").t("\n")
    d.t("%s: " % NIDL[cc].get(lang, NIDL[cc]["en"])).p(kid.nid, "national_id").t("\n")
    d.t("%s: " % l["addr"]).p(kid.address1(r), "postal_address").t("\n\n[%s]\n%s: " % (l["parent"], l["name"])).p(par.name(r, "gs"), "person_name").t("\n")
    d.t("%s: " % l["gsm"]).p(par.mobile, "phone").t("\n%s: " % l["phone"]).p(par.land, "phone").t("\n%s: " % l["email"]).p(par.email, "email").t("\n")
    d.t("%s: " % {"nl": "Datum inschrijving", "fr": "Date d'inscription", "de": "Anmeldedatum", "en": "Enrolment date"}[lang]).x(fmt_date(r, rdate(r, 2024, 2025), lang), "enrolment_date", "date_of_birth").t("\n")
    d.t("%s: " % {"nl": "Schoolgeld", "fr": "Frais scolaires", "de": "Schulgeld", "en": "Fees"}[lang]).x(amt(r, lang), "amount", "iban").t("\n")

def t_csv(d, r, cc, lang, sep=";"):
    l = L[lang]
    hdr = [l["first"], l["last"], l["street"], l["pc"], l["city"], l["email"], l["phone"], l["dob"], l["iban"], {"nl": "Lidnummer", "fr": "N° membre", "de": "Mitgliedsnr.", "en": "Member no."}[lang], {"nl": "Lid sinds", "fr": "Membre depuis", "de": "Mitglied seit", "en": "Member since"}[lang]]
    d.t(sep.join(hdr) + "\n")
    for _ in range(r.randint(5, 12)):
        p = Person(r, cc, lang)
        d.p(p.given, "person_name").t(sep).p(p.sur, "person_name").t(sep).p(p.street, "postal_address").t(sep + p.city[0] + sep + p.city[1] + sep)
        d.p(p.email, "email").t(sep).p(p.mobile if r.random() < 0.6 else p.land, "phone").t(sep).p("%d-%02d-%02d" % p.dob if r.random() < 0.5 else fmt_date(r, p.dob, lang), "date_of_birth").t(sep)
        if r.random() < 0.85: d.p(make_iban(r, cc), "iban")
        else: d.x(bad_iban(r, cc), "bad_checksum_iban", "iban")
        d.t(sep).x("M-%05d" % r.randint(1, 99999), "member_number", "phone").t(sep).x("%d-%02d-%02d" % rdate(r, 2005, 2024), "join_date", "date_of_birth").t("\n")

def t_tsv(d, r, cc, lang):
    l = L[lang]
    d.t("\t".join([l["unit"], l["tenant"], l["phone"], l["email"], l["rent"], l["start"], NIDL[cc].get(lang, NIDL[cc]["en"])]) + "\n")
    for i in range(r.randint(5, 10)):
        p = Person(r, cc, lang)
        d.x("%s-%02d" % (r.choice("ABC"), i + 1), "unit_code", "postal_address").t("\t").p(p.name(r, r.choice(["inv", "gs", "caps"])), "person_name").t("\t").p(p.mobile, "phone").t("\t").p(p.email, "email").t("\t")
        d.x(amt(r, lang), "amount", "phone").t("\t").x(fmt_date(r, rdate(r, 2015, 2025), lang), "lease_start", "date_of_birth").t("\t")
        if r.random() < 0.8: d.p(p.nid, "national_id")
        else:
            n = p.nid; dig = [i for i, c in enumerate(n) if c.isdigit()][-1]
            bad = n[:dig] + str((int(n[dig]) + r.randint(1, 8)) % 10) + n[dig + 1:]
            d.x(bad, "bad_checksum_national_id", "national_id")
        d.t("\n")

def t_minutes(d, r, cc, lang):
    l = L[lang]; co = r.choice(COMPANIES[cc])
    d.t("%s – " % l["minutes"]).x(co, "company_name", "person_name").t("\n%s: " % l["date"]).x(fmt_date(r, rdate(r), lang), "meeting_date", "date_of_birth").t("\n\n%s:\n" % l["present"])
    ps = [Person(r, cc, lang) for _ in range(r.randint(3, 6))]
    for p in ps:
        d.t("- ").p(p.name(r), "person_name").t(" (").p(p.email, "email").t(")\n")
    d.t("%s: " % l["absent"]); a = Person(r, cc, lang); d.p(a.name(r, "gs"), "person_name").t("\n\n")
    d.t({"nl": "1. Budget: goedgekeurd, ", "fr": "1. Budget : approuvé, ", "de": "1. Budget: genehmigt, ", "en": "1. Budget: approved, "}[lang]).x(amt(r, lang), "amount", "phone").t(".\n")
    d.t({"nl": "2. IT: update naar versie ", "fr": "2. Informatique : mise à jour vers la version ", "de": "2. IT: Update auf Version ", "en": "2. IT: upgrade to version "}[lang]).x("%d.%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9), r.randint(0, 999)), "version_string", "ip_address")
    d.t({"nl": "; nieuwe server op ", "fr": " ; nouveau serveur à l'adresse ", "de": "; neuer Server unter ", "en": "; new server at "}[lang]).p("192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 254)), "ip_address").t(".\n")
    d.t({"nl": "3. Actiepunt voor ", "fr": "3. Action pour ", "de": "3. Aufgabe für ", "en": "3. Action for "}[lang]).p(ps[0].given, "person_name").t({"nl": ": offerte ", "fr": " : devis ", "de": ": Angebot ", "en": ": quote "}[lang]).x("Q-%d-%04d" % (r.randint(2023, 2025), r.randint(1, 9999)), "quote_number", "phone").t(".\n")

def t_ship(d, r, cc, lang):
    l = L[lang]; p = Person(r, cc, lang); co = r.choice(COMPANIES[cc])
    d.t(l["ship"].upper() + "\n").x(co, "company_name", "person_name").t("\n\n%s:\n" % l["recipient"]).p(p.name(r, r.choice(["gs", "allcaps"])), "person_name").t("\n").p(p.address_ml(), "postal_address").t("\n%s: " % l["phone"]).p(p.mobile, "phone").t("\n\n")
    d.t("%s: " % l["order"]).x("%d%s" % (r.randint(10, 99), rdigits(r, 8)), "order_number", "phone").t("\nTracking: ").x("3S%s%s" % ("".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)), rdigits(r, 9)), "tracking_number", "phone").t("\n")
    d.t("%s: " % {"nl": "Leverdatum", "fr": "Date de livraison", "de": "Lieferdatum", "en": "Delivery date"}[lang]).x(fmt_date(r, rdate(r), lang), "delivery_date", "date_of_birth").t("\n\n")
    for _ in range(r.randint(2, 5)):
        d.x("%s-%04d-%s" % ("".join(r.choice("ABCDEFGHKLMNPRSTXZ") for _ in range(3)), r.randint(0, 9999), r.choice("ABCDEFGH")), "product_code", "phone").t("  x%d  " % r.randint(1, 9)).x("EAN %s" % rdigits(r, 13), "ean_barcode", "payment_card").t("\n")
    d.t("\n%s: ____________  (" % {"nl": "Handtekening", "fr": "Signature", "de": "Unterschrift", "en": "Signature"}[lang]).p(p.name(r, "gs"), "person_name").t(")\n")

def t_insurance(d, r, cc, lang):
    l = L[lang]; p = Person(r, cc, lang); co = r.choice(COMPANIES[cc])
    company_block(d, r, cc, lang, co)
    d.t({"nl": "POLISOVERZICHT", "fr": "RÉSUMÉ DE POLICE", "de": "VERSICHERUNGSÜBERSICHT", "en": "POLICY SUMMARY"}[lang] + "\n\n")
    d.t("%s: " % l["policy"]).x("%s/%s/%s" % (rdigits(r, 3), rdigits(r, 6), rdigits(r, 2)), "policy_number", "national_id").t("\n%s: " % l["holder"]).p(p.name(r, r.choice(["inv", "gs"])), "person_name").t("\n")
    d.t("%s: " % l["dob"]).p(fmt_date(r, p.dob, lang), "date_of_birth").t("\n%s: " % NIDL[cc].get(lang, NIDL[cc]["en"])).p(p.nid, "national_id").t("\n")
    d.t("%s: " % l["addr"]).p(p.address1(r), "postal_address").t("\n%s: " % l["email"]).p(p.email, "email").t("\n")
    d.t("%s: " % {"nl": "Ingangsdatum", "fr": "Prise d'effet", "de": "Versicherungsbeginn", "en": "Effective date"}[lang]).x(fmt_date(r, rdate(r), lang), "policy_date", "date_of_birth").t("\n%s: " % l["premium"]).x(amt(r, lang), "amount", "iban").t("\n")
    d.t("%s: " % {"nl": "Domiciliëring op", "fr": "Domiciliation sur", "de": "Lastschrift von", "en": "Direct debit from"}[lang]).p(fmt_iban(r, p.iban), "iban").t("\n")
    ben = Person(r, cc, lang)
    d.t("%s: " % {"nl": "Begunstigde", "fr": "Bénéficiaire", "de": "Begünstigte/r", "en": "Beneficiary"}[lang]).p(ben.name(r, "gs"), "person_name").t(" (%s " % l["born"]).p(fmt_date(r, ben.dob, lang), "date_of_birth").t(")\n")

def t_form(d, r, cc, lang):
    l = L[lang]; p = Person(r, cc, lang)
    d.t("--- %s ---\n" % {"nl": "Formulierinzending", "fr": "Soumission du formulaire", "de": "Formulareingabe", "en": "Form submission"}[lang])
    d.t("%s: " % l["name"]).p(p.name(r), "person_name").t("\n%s : " % l["addr"] if lang == "fr" else "\n%s: " % l["addr"]).p(p.address1(r), "postal_address").t("\n")
    d.t("%s: " % l["dob"]).p(fmt_date(r, p.dob, lang), "date_of_birth").t("\n%s: " % l["email"]).p(p.email, "email").t("\n%s: " % l["phone"]).p(p.land, "phone").t("\n")
    d.t("%s: " % l["iban"]).p(fmt_iban(r, p.iban, False), "iban").t("\n")
    if r.random() < 0.5: d.t("%s: " % NIDL[cc].get(lang, NIDL[cc]["en"])).p(p.nid, "national_id").t("\n")
    else: d.t("%s: " % l["card"]).p(make_card(r), "payment_card").t("\n")
    d.t("%s: " % l["date"]).x("%d-%02d-%02dT%02d:%02d:%02dZ" % (rdate(r) + (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))), "timestamp", "date_of_birth")
    d.t("\n%s: " % l["ip"]).p(r.choice(["%d.%d.%d.%d" % (r.randint(80, 212), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)), "2001:db8:%x:%x::%x" % (r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xffff))]), "ip_address").t("\n")
    d.t("User-Agent: Mozilla/5.0 (Windows NT 10.0) Build ").x("%d.%d.%d.%d" % (r.randint(100, 130), 0, r.randint(1000, 6999), r.randint(10, 200)), "version_string", "ip_address").t("\n")
    d.t({"nl": "Opmerking: ", "fr": "Remarque : ", "de": "Bemerkung: ", "en": "Comment: "}[lang]).x(r.choice(sum(COMPANIES.values(), [])), "company_name", "person_name").t({"nl": " heeft nog niet geantwoord.", "fr": " n'a pas encore répondu.", "de": " hat noch nicht geantwortet.", "en": " has not replied yet."}[lang] + "\n")

TEMPLATES = [("legal", "brieven", t_legal, "txt"), ("debt", "incasso", t_debt, "txt"), ("cv", "hr/cv", t_cv, "txt"), ("complaint", "mail", t_eml, "eml"),
             ("booking", "hotel", t_hotel, "txt"), ("enrolment", "school", t_school, "txt"), ("members", "vereniging", t_csv, "csv"), ("tenants", "huur", t_tsv, "tsv"),
             ("minutes", "vergaderingen", t_minutes, "txt"), ("delivery", "logistiek", t_ship, "txt"), ("policy", "verzekering", t_insurance, "txt"), ("form", "formulieren", t_form, "txt")]
COUNTRIES = ["BE", "NL", "FR", "DE"]

def main():
    r = random.Random(SEED)
    if os.path.exists(OUT): shutil.rmtree(OUT)
    os.makedirs(os.path.join(OUT, "files"))
    truth, negs, tfiles = [], [], []
    for i in range(80):
        name, folder, fn, ext = TEMPLATES[i % len(TEMPLATES)]
        cc = COUNTRIES[(i // len(TEMPLATES) + i) % 4]
        lang = {"BE": r.choice(["nl", "fr"]), "NL": "nl", "FR": "fr", "DE": "de"}[cc]
        if i % 5 == 4: lang = "en"
        rel = "%s/%s_%s_%s_%03d.%s" % (folder, name, cc.lower(), lang, i, ext)
        d = Doc(rel); fn(d, r, cc, lang)
        data = bytes(d.buf)
        for t in d.truth + d.negs:
            assert data[t["start"]:t["end"]].decode("utf-8") == t["value"], t
        full = os.path.join(OUT, "files", rel); os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f: f.write(data)
        truth += d.truth; negs += d.negs
        counts = {}
        for t in d.truth: counts[t["category"]] = counts.get(t["category"], 0) + 1
        tfiles.append({"path": rel, "counts": dict(sorted(counts.items())), "categories": sorted(counts), "kind": ext, "offsets": "file", "encoding": "utf-8", "text_bytes": len(data), "country": cc, "lang": lang})
    for fname, rows in (("truth.jsonl", truth), ("negatives.jsonl", negs), ("truth_files.jsonl", tfiles)):
        with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
            for x in rows: f.write(json.dumps(x, ensure_ascii=False) + "\n")
    tot = {}
    for t in truth: tot[t["category"]] = tot.get(t["category"], 0) + 1
    sizes = [x["text_bytes"] for x in tfiles]
    print("files", len(tfiles), "bytes min/max", min(sizes), max(sizes), "truth", len(truth), "negatives", len(negs))
    for k in sorted(tot): print("  %-15s %d" % (k, tot[k]))

if __name__ == "__main__":
    main()
