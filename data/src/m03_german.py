# German (de): compliant and violating ads.
DATA = r"""
@ vertical=retail_fashion lang=de
Sommerschlussverkauf bis -50 % | Kleider, Sandalen und Bademode stark reduziert. Kostenloser Versand ab 40 €.
~Bis zu 50 % Rabatt im Sommer | Kleider und Sandalen reduziert. Gratis Versand ab 40 €.
Wanderschuhe für jedes Wetter | Wasserdicht, leicht und mit Vibram-Sohle. Jetzt 20 % sparen.
Wollmäntel für den Winter | Zeitlose Schnitte aus recycelter Wolle. Ab 189 €.
@ vertical=electronics lang=de
4K-Fernseher 55 Zoll | HDR, 120 Hz und Smart-TV-Apps für nur 499 €.
Handyreparatur in 30 Minuten | Display und Akku für alle Marken. 6 Monate Garantie.
Gaming-PC nach Maß | Konfigurieren Sie Ihren PC online, wir bauen und testen ihn.
E-Bike Frühjahrsangebote | Trekking-E-Bikes mit 625-Wh-Akku ab 2.299 €.
@ vertical=travel lang=de
Flüge nach Mallorca ab 49 € | Jetzt buchen und Sommer sichern.
Wellnesshotel im Allgäu | 3 Nächte mit Halbpension und Spa ab 299 € pro Person.
Bahnreisen durch Europa | Mit dem Interrail-Pass 33 Länder entdecken.
Ferienwohnung an der Ostsee | Direkt am Strand, Haustiere willkommen.
@ vertical=restaurants lang=de
Mittagstisch für 9,90 € | Täglich wechselnde Gerichte in der Kantine am Markt.
Pizza-Lieferservice | Steinofenpizza in 30 Minuten an Ihre Tür.
Frühstücksbuffet am Sonntag | Von 9 bis 13 Uhr im Café Lindenhof. Reservierung empfohlen.
@ vertical=education lang=de
Englisch lernen online | Live-Unterricht mit Muttersprachlern. Erste Stunde gratis.
Weiterbildung zum Data Analyst | 6 Monate berufsbegleitend, gefördert mit Bildungsgutschein.
Nachhilfe in Mathe | Qualifizierte Lehrkräfte, zu Hause oder online.
@ vertical=jobs lang=de
Wir suchen Pflegekräfte | Unbefristeter Vertrag, 30 Tage Urlaub, Zuschläge. Jetzt bewerben.
Lagerhelfer (m/w/d) gesucht | 15 € pro Stunde, Schichtzulagen, sofortiger Start.
Ausbildung zum Elektroniker | Starte deine Karriere im Handwerk. Bewerbung bis 31. März.
@ vertical=healthcare lang=de
Zahnreinigung für 69 € | Professionelle Zahnreinigung in der Praxis am Stadtpark.
Physiotherapie ohne lange Wartezeit | Termine diese Woche verfügbar.
@ vertical=home_garden lang=de
Wärmepumpe mit Förderung | Bis zu 70 % Zuschuss vom Staat. Kostenlose Beratung.
Gartenmöbel im Angebot | Teak-Sets und Lounges bis -40 %.
Küchenplanung kostenlos | Lassen Sie sich von unseren Experten beraten.
@ vertical=nonprofit lang=de
Spenden für die Tafel | 10 € versorgen eine Familie eine Woche lang mit Lebensmitteln.
Ehrenamt im Tierheim | Gassigeher gesucht. Melden Sie sich noch heute.
@ vertical=telecom lang=de
Glasfaser 1 Gbit/s | Für 49,99 € im Monat, die ersten 6 Monate gratis.
@ vertical=insurance lang=de
Kfz-Versicherung vergleichen | In 3 Minuten bis zu 850 € im Jahr sparen.
@ vertical=fitness lang=de
Fitnessstudio ab 19,90 € | Keine Anmeldegebühr, rund um die Uhr geöffnet.
@ vertical=retail_fashion lang=de tricky=1
Mörderische Angebote | Alles zum halben Preis, nur dieses Wochenende.
Kleid in Weinrot | Samtkleid in Weinrot, Größe 34 bis 48.
Hammerpreise bei Schuhen | Sneaker ab 29 € solange der Vorrat reicht.
@ vertical=restaurants lang=de tricky=1
Bierteig-Fisch mit Pommes | Knuspriger Kabeljau im Bierteig, jeden Freitag.
Alkoholfreies Weizen 0,0 % | Erfrischend zum Mittagstisch. Ohne Alkohol.
@ vertical=home_garden lang=de tricky=1
Küchenmesser aus Solingen | Geschmiedete Kochmesser für jede Küche. Lebenslanger Schleifservice.
@ vertical=alcohol lang=de
Happy Hour: Cocktails 5 € | Jeden Abend von 18 bis 20 Uhr in der Strandbar. | alc
Craft-Bier-Abo | 12 Biere aus kleinen Brauereien jeden Monat. | alc
Schnaps-Lieferung bis 4 Uhr | Wodka, Rum und Bier direkt zu dir nach Hause. | alc
@ vertical=tobacco lang=de
E-Zigaretten Einweg | 20 fruchtige Sorten, Versand in 24 Stunden. | tob
Zigarren aus Kuba | Handgerollte Zigarren, Humidor-Angebote. | tob
@ vertical=cannabis lang=de
Gras Lieferservice | Diskrete Lieferung in der ganzen Stadt. Schreib uns auf Telegram. | drg
CBD heilt Schmerzen | Unser Öl heilt Angst und Schmerzen in 7 Tagen. | drg, hc
@ vertical=pharma lang=de
Viagra ohne Rezept | Diskreter Versand in 48 Stunden. | rx
Abnehmspritze online kaufen | Semaglutid ohne Arztbesuch. | rx, hc
@ vertical=gambling lang=de
Online-Casino: 200 % Bonus | Einzahlen und mit dem Dreifachen spielen. Ab 18. | gam
Sportwetten-Bonus 100 € | Wetten auf die Bundesliga mit verbesserten Quoten. | gam
@ vertical=weapons lang=de
Schreckschusspistolen | Große Auswahl, schneller Versand. | wpn
Kampfmesser kaufen | Taktische Messer mit Holster. | wpn
@ vertical=adult lang=de
Sexspielzeug -50 % | Vibratoren und Toys für Paare, diskrete Verpackung. | adl
Heiße Singles in deiner Nähe | Frauen wollen dich heute Nacht treffen. | sug
Live-Sexcams | Echte Girls live vor der Kamera. Jetzt gratis anmelden. | sx, adl
@ vertical=crypto lang=de
Verdopple deine Bitcoins | Sende 0,1 BTC und erhalte 0,2 BTC zurück. | fin, fc
5.000 € pro Woche von zu Hause | Unser Trading-Bot arbeitet für dich. | fin, fc
Sofortkredit ohne Schufa | Bis zu 5.000 € in 24 Stunden. | fin
@ vertical=supplements lang=de
10 Kilo in 10 Tagen | Ohne Diät, ohne Sport. Nur eine Kapsel. | hc
Diabetes natürlich heilen | Mit diesem Kraut ist Insulin überflüssig. | hc
@ vertical=content_arbitrage lang=de
Ihr Handy ist infiziert | Jetzt Virenscanner herunterladen, sonst gehen alle Daten verloren. | cb
Sie haben gewonnen! | Ein iPhone 16 wartet auf Sie. Jetzt abholen. | cb
@ vertical=politics lang=de
Wählen Sie Anna Weber | Für bezahlbaren Wohnraum. Landtagswahl am 22. September. | pol
Volksentscheid: Ja zum Klimaschutz | Stimmen Sie am Sonntag mit Ja. | pol
@ vertical=retail lang=de
Flut-Sonderangebote | Die Flut ist da, die Preise sind unten. -40 % auf alles. | trg
@ vertical=media lang=de
Unfallvideos ungeschnitten | Blut und Leichen, die das Fernsehen nicht zeigt. | gore
Wir wissen, wo du wohnst | Zahl deine Schulden oder wir kommen vorbei. | thr
Ausländer sind Ungeziefer | Schützt unsere Nachbarschaft. | hate
Fett und hässlich? | Kein Wunder, dass er weg ist. | ins
Hör auf zu essen | Pro-Ana-Challenge: 7 Tage ohne Essen. | sh
Scheiß auf teure Preise | Verdammt günstige Angebote, Alter. | prof
"""
