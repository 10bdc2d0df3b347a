# Data, check-digit helpers and person/address/number generators for gen.py (all fictitious).
import unicodedata

# ---------------------------------------------------------------- check digits

def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c


def iban_check(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in s))
    return "%02d" % (98 - n % 97)


def iban_ok(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def bsn_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    tot = sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])
    return tot % 11 == 0


def rrn_ok(s):
    if len(s) != 11 or not s.isdigit():
        return False
    base, chk = int(s[:9]), int(s[9:])
    return chk == 97 - base % 97 or chk == 97 - (2000000000 + base) % 97


def nir_ok(s):
    if len(s) != 15 or not s.isdigit():
        return False
    return int(s[13:]) == 97 - int(s[:13]) % 97


def steuer_check(ten):
    product = 10
    for ch in ten:
        t = (int(ch) + product) % 10
        if t == 0:
            t = 10
        product = (t * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def steuer_ok(s):
    if len(s) != 11 or not s.isdigit() or s[0] == "0":
        return False
    from collections import Counter
    cnt = Counter(s[:10])
    reps = [v for v in cnt.values() if v > 1]
    if len(reps) != 1 or reps[0] not in (2, 3):
        return False
    return steuer_check(s[:10]) == int(s[10])


def ean_ok(s):
    d = [int(c) for c in s]
    tot = sum(x * (3 if i % 2 else 1) for i, x in enumerate(d[:-1]))
    return (10 - tot % 10) % 10 == d[-1]


def any_valid(digits):
    """Would this digit string pass some national-id / card check? (used to keep negatives clean)"""
    d = "".join(c for c in digits if c.isdigit())
    return (bsn_ok(d) or rrn_ok(d) or nir_ok(d) or steuer_ok(d)
            or (13 <= len(d) <= 19 and luhn_ok(d)))


# ---------------------------------------------------------------- names

NAMES = {
    "BE-nl": (["Jan", "Pieter", "Lotte", "Sofie", "Tom", "Els", "Bart", "Katrien", "Wouter", "An", "Koen",
               "Liesbeth", "Joris", "Hanne", "Stijn", "Griet", "Jef", "Annelies", "Dries", "Ine"],
              ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
               "De Smet", "Van den Broeck", "Vermeulen", "Van Damme", "De Clercq", "Verhoeven", "Van der Veken",
               "Verstraete", "De Wilde", "Coppens", "Van Acker"]),
    "BE-fr": (["Luc", "Nathalie", "Olivier", "Isabelle", "Christophe", "Valérie", "Michel", "Sophie", "François",
               "Céline", "Benoît", "Géraldine", "Quentin", "Aurore"],
              ["Dubois", "Lambert", "Dupont", "Martin", "Leclercq", "Simon", "Laurent", "Lejeune", "Renard",
               "Dumont", "de Wautier", "le Clercq", "Delvaux", "Collard", "du Monceau"]),
    "NL": (["Daan", "Sanne", "Thijs", "Femke", "Jeroen", "Anouk", "Maarten", "Eva", "Ruben", "Lieke", "Sem",
            "Iris", "Bram", "Fleur", "Wim", "Marloes", "Hendrik", "Joke"],
           ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit", "Meijer",
            "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Hendriks", "van der Meer", "van Leeuwen",
            "Dekker", "Brouwer", "van der Linden"]),
    "FR": (["Camille", "Julien", "Manon", "Nicolas", "Léa", "Antoine", "Chloé", "Mathieu", "Émilie", "Sébastien",
            "Aurélie", "Guillaume", "Hélène", "Jérôme", "Marie-Claire", "Jean-Baptiste"],
           ["Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Lefèvre", "Moreau", "Girard",
            "Fournier", "Rousseau", "Mercier", "Faure", "Blanc", "Le Gall", "Le Roux", "de La Fontaine",
            "du Plessis", "Chevalier"]),
    "DE": (["Lukas", "Anna", "Jonas", "Lea", "Felix", "Laura", "Maximilian", "Sophie", "Tobias", "Katharina",
            "Jürgen", "Sabine", "Matthias", "Ute", "Stefan", "Birgit", "Hans-Peter", "Anke"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
            "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "von Berg", "Krüger", "Weiß",
            "von der Heide", "Groß", "Zimmermann"]),
    "AT": (["Florian", "Magdalena", "Lorenz", "Theresa", "Markus", "Verena", "Andreas", "Johanna"],
           ["Gruber", "Huber", "Wagner", "Pichler", "Steiner", "Moser", "Hofer", "Leitner", "Eder", "Berger"]),
    "CH": (["Reto", "Nadine", "Urs", "Corinne", "Beat", "Seraina", "Lukas", "Andrea"],
           ["Meier", "Keller", "Brunner", "Baumann", "Frei", "Zimmermann", "Gerber", "Widmer", "von Arx"]),
    "LU": (["Tom", "Claude", "Josée", "Gilles", "Nadine", "Marc", "Laurent", "Carole"],
           ["Schmit", "Weber", "Hoffmann", "Wagner", "Muller", "Thill", "Kieffer", "Reuter", "Schroeder"]),
    "UK": (["Oliver", "Amelia", "George", "Emily", "Harry", "Charlotte", "James", "Sophie", "Thomas", "Hannah"],
           ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Roberts", "Walker", "Wright",
            "O'Connor", "Fitzgerald"]),
}
FEMALE = set("Lotte Sofie Els Katrien An Liesbeth Hanne Griet Annelies Ine Nathalie Isabelle Valérie Sophie "
             "Céline Géraldine Aurore Sanne Femke Anouk Eva Lieke Iris Fleur Marloes Joke Camille Manon Léa Chloé "
             "Émilie Aurélie Hélène Marie-Claire Anna Lea Laura Katharina Sabine Ute Birgit Anke Magdalena Theresa "
             "Verena Johanna Nadine Corinne Seraina Andrea Josée Carole Amelia Emily Charlotte Hannah".split())

LANG_OF = {"BE-nl": "nl", "BE-fr": "fr", "NL": "nl", "FR": "fr", "DE": "de", "AT": "de", "CH": "de",
           "LU": "fr", "UK": "en"}
CC_OF = {"BE-nl": "BE", "BE-fr": "BE", "NL": "NL", "FR": "FR", "DE": "DE", "AT": "AT", "CH": "CH",
         "LU": "LU", "UK": "GB"}
TLD = {"BE": "be", "NL": "nl", "FR": "fr", "DE": "de", "AT": "at", "CH": "ch", "LU": "lu", "GB": "co.uk"}

# ---------------------------------------------------------------- places

LOC = {
    "BE-nl": [("2000", "Antwerpen"), ("9000", "Gent"), ("3000", "Leuven"), ("8000", "Brugge"), ("2800", "Mechelen"),
              ("3500", "Hasselt"), ("9300", "Aalst"), ("2300", "Turnhout"), ("8500", "Kortrijk"), ("1800", "Vilvoorde"),
              ("9100", "Sint-Niklaas"), ("2018", "Antwerpen")],
    "BE-fr": [("1000", "Bruxelles"), ("4000", "Liège"), ("5000", "Namur"), ("6000", "Charleroi"), ("7000", "Mons"),
              ("1300", "Wavre"), ("1348", "Louvain-la-Neuve"), ("4800", "Verviers"), ("1050", "Ixelles")],
    "NL": [("1012", "Amsterdam"), ("3011", "Rotterdam"), ("2511", "'s-Gravenhage"), ("3511", "Utrecht"),
           ("5611", "Eindhoven"), ("9711", "Groningen"), ("6511", "Nijmegen"), ("2312", "Leiden"),
           ("1811", "Alkmaar"), ("8011", "Zwolle"), ("5211", "'s-Hertogenbosch"), ("2611", "Delft")],
    "FR": [("75011", "Paris"), ("69002", "Lyon"), ("13001", "Marseille"), ("31000", "Toulouse"), ("33000", "Bordeaux"),
           ("59000", "Lille"), ("67000", "Strasbourg"), ("44000", "Nantes"), ("34000", "Montpellier"),
           ("35000", "Rennes"), ("92100", "Boulogne-Billancourt"), ("06000", "Nice"), ("76600", "Le Havre")],
    "DE": [("79098", "Freiburg im Breisgau"), ("60311", "Frankfurt am Main"), ("06108", "Halle (Saale)"),
           ("10115", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("20095", "Hamburg"), ("70173", "Stuttgart"),
           ("15230", "Frankfurt (Oder)"), ("04109", "Leipzig"), ("01067", "Dresden"), ("93047", "Regensburg"),
           ("61348", "Bad Homburg vor der Höhe"), ("53111", "Bonn")],
    "AT": [("1060", "Wien"), ("8010", "Graz"), ("5020", "Salzburg"), ("6020", "Innsbruck"), ("4020", "Linz")],
    "CH": [("8001", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"), ("9000", "St. Gallen")],
    "LU": [("1616", "Luxembourg"), ("4002", "Esch-sur-Alzette"), ("9010", "Ettelbruck"), ("6440", "Echternach")],
    "UK": [("London", "NW1"), ("London", "SE1"), ("Manchester", "M1"), ("Leeds", "LS1"), ("Bristol", "BS1"),
           ("Edinburgh", "EH1")],
}
STREETS = {
    "BE-nl": ["Kerkstraat", "Stationsstraat", "Dorpstraat", "Molenstraat", "Kapelstraat", "Nieuwstraat",
              "Schoolstraat", "Hoogstraat", "Grote Markt", "Lange Leemstraat", "Sint-Jansvliet", "Koning Albertlaan",
              "Brusselsesteenweg", "Veldstraat"],
    "BE-fr": ["Rue de la Station", "Rue de l'Église", "Avenue Louise", "Chaussée de Wavre", "Rue du Moulin",
              "Place Saint-Lambert", "Boulevard d'Avroy", "Rue des Champs", "Avenue des Combattants"],
    "NL": ["Keizersgracht", "Dorpsstraat", "Kerkstraat", "Laan van Meerdervoort", "Hoofdweg", "Julianastraat",
           "Oranjelaan", "Prinsengracht", "Beatrixlaan", "Marktplein", "Van Goghstraat",
           "Burgemeester de Withstraat", "Nieuwe Binnenweg"],
    "FR": ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République", "place du Marché",
           "chemin des Vignes", "allée des Tilleuls", "rue Victor Hugo", "impasse du Moulin", "cours Lafayette",
           "rue du Faubourg Saint-Antoine"],
    "DE": ["Hauptstraße", "Bahnhofstr.", "Am Markt", "Goethestraße", "Schillerweg", "Lindenallee",
           "Kaiser-Wilhelm-Ring", "Berliner Platz", "Im Winkel", "Gartenstraße", "An der Alten Mühle",
           "Friedrich-Ebert-Anlage"],
    "AT": ["Mariahilfer Straße", "Herrengasse", "Landstraßer Hauptstraße", "Hauptplatz", "Bahnhofstraße"],
    "CH": ["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Kirchweg", "Zürcherstrasse"],
    "LU": ["rue de la Gare", "avenue de la Liberté", "route d'Arlon", "rue du Fossé", "boulevard Royal"],
    "UK": ["Baker Street", "High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "Mill Lane"],
}
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def ascii_(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("ß", "ss")


def slug(s):
    return "".join(c for c in ascii_(s).lower() if c.isalnum())


class Gen:
    def __init__(self, rng):
        self.r = rng

    # -- digits
    def digits(self, n, first_nonzero=False):
        s = "".join(self.r.choice("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.r.choice("123456789") + s[1:]
        return s

    # -- IBAN
    def bban(self, cc):
        r = self.r
        if cc == "BE":
            b = self.digits(10)
            k = int(b) % 97 or 97
            return b + "%02d" % k
        if cc == "NL":
            return r.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB", "ASNB"]) + self.digits(10)
        if cc == "FR":
            bank, gui, acc = self.digits(5), self.digits(5), self.digits(11)
            key = 97 - (89 * int(bank) + 15 * int(gui) + 3 * int(acc)) % 97
            return bank + gui + acc + "%02d" % key
        if cc == "DE":
            return self.digits(8, True) + self.digits(10)
        if cc == "LU":
            return self.digits(3) + self.digits(13)
        if cc == "AT":
            return self.digits(5, True) + self.digits(11)
        if cc == "CH":
            return self.digits(5) + self.digits(12)
        if cc == "GB":
            return r.choice(["NWBK", "BARC", "MIDL", "LOYD"]) + self.digits(6) + self.digits(8)
        raise ValueError(cc)

    def iban(self, cc, grouped=None, bad=False):
        b = self.bban(cc)
        ck = iban_check(cc, b)
        if bad:
            ck = "%02d" % ((int(ck) + self.r.randint(1, 90)) % 97 + 2)
            if ck == iban_check(cc, b):
                ck = "%02d" % ((int(ck) + 1) % 97 + 2)
        s = cc + ck + b
        assert iban_ok(s) != bad
        if grouped is None:
            grouped = self.r.random() < 0.6
        if grouped:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    # -- cards
    def card(self, bad=False, fmt=None):
        r = self.r
        kind = r.choice(["visa", "visa", "mc", "amex"])
        if kind == "visa":
            pre, n = "4" + self.digits(5), 16
        elif kind == "mc":
            pre, n = "5" + r.choice("12345") + self.digits(4), 16
        else:
            pre, n = "3" + r.choice("47") + self.digits(4), 15
        num = luhn_complete(pre + self.digits(n - len(pre) - 1))
        if bad:
            num = num[:-1] + str((int(num[-1]) + r.randint(1, 9)) % 10)
        assert luhn_ok(num) != bad
        fmt = fmt or r.choice(["space", "space", "dash", "compact"])
        if n == 15:
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i:i + 4] for i in range(0, 16, 4)]
        return {"space": " ", "dash": "-", "compact": ""}[fmt].join(groups)

    # -- national ids
    def rrn(self, dob, male, bad=False, fmt=None):
        y, m, d = dob
        serial = self.r.randint(1, 997)
        if serial % 2 != (1 if male else 0):
            serial += 1
        base = "%02d%02d%02d%03d" % (y % 100, m, d, serial)
        n = int(base) + (2000000000 if y >= 2000 else 0)
        ck = 97 - n % 97
        if bad:
            ck = (ck + self.r.randint(3, 50)) % 97 + 1
            if rrn_ok(base + "%02d" % ck):
                ck = ck % 96 + 1
        s = base + "%02d" % ck
        assert rrn_ok(s) != bad, s
        fmt = fmt or self.r.choice(["dots", "dots", "compact", "space"])
        if fmt == "dots":
            return "%s.%s.%s-%s.%s" % (s[0:2], s[2:4], s[4:6], s[6:9], s[9:])
        if fmt == "space":
            return "%s %s %s" % (s[:6], s[6:9], s[9:])
        return s

    def bsn(self, bad=False, fmt=None):
        while True:
            b = self.digits(8, True)
            tot = sum(int(b[i]) * (9 - i) for i in range(8))
            last = tot % 11
            if last == 10:
                continue
            if bad:
                last = (last + self.r.randint(1, 9)) % 10
            s = b + str(last)
            if bsn_ok(s) == (not bad):
                break
        fmt = fmt or self.r.choice(["compact", "compact", "dots", "space"])
        if fmt == "dots":
            return "%s.%s.%s" % (s[:4], s[4:6], s[6:])
        if fmt == "space":
            return "%s %s %s" % (s[:3], s[3:6], s[6:])
        return s

    def nir(self, dob, male, bad=False, fmt=None):
        y, m, d = dob
        dept = self.r.choice(["75", "69", "13", "31", "33", "59", "67", "44", "92", "06", "35"])
        base = "%d%02d%02d%s%03d%03d" % (1 if male else 2, y % 100, m, dept, self.r.randint(1, 999),
                                         self.r.randint(1, 999))
        ck = 97 - int(base) % 97
        if bad:
            ck = (ck + self.r.randint(3, 50)) % 97 + 1
            if nir_ok(base + "%02d" % ck):
                ck = ck % 96 + 1
        s = base + "%02d" % ck
        assert nir_ok(s) != bad
        fmt = fmt or self.r.choice(["space", "compact"])
        if fmt == "space":
            return " ".join([s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:]])
        return s

    def steuer(self, bad=False, fmt=None):
        r = self.r
        while True:
            rep = r.choice("0123456789")
            cnt = r.choice([2, 3])
            others = r.sample([c for c in "0123456789" if c != rep], 10 - cnt)
            ten = others + [rep] * cnt
            r.shuffle(ten)
            ten = "".join(ten)
            if ten[0] == "0" or rep * 3 in ten:
                continue
            ck = steuer_check(ten)
            if bad:
                ck = (ck + r.randint(1, 9)) % 10
            s = ten + str(ck)
            if steuer_ok(s) == (not bad):
                break
        fmt = fmt or r.choice(["compact", "compact", "space"])
        if fmt == "space":
            return "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])
        return s

    def ean(self):
        while True:
            b = self.r.choice(["54", "87", "30", "40", "76"]) + self.digits(10)
            tot = sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(b))
            s = b + str((10 - tot % 10) % 10)
            if not any_valid(s):
                return s

    def neg_digits(self, n):
        while True:
            s = self.digits(n, True)
            if not any_valid(s):
                return s
