# Second batch (x*), compliant ads in German, Portuguese and Italian:
# everyday ads plus tricky benign ones (Gläser und Barzubehör, alkoholfrei
# 0,0 %, Kaffee-"Shots", Apotheken-Notdienst, Grippeimpfung, Kochmesser,
# "Hammerpreise", "bomba" de preços, "da morire", "sexy" als Modewort).
DATA = r"""
@ vertical=local_services lang=de
Fahrradwerkstatt am Bahnhof | Inspektion für 49 €, Abholung nach Feierabend möglich.
Schlüsseldienst zum Festpreis | Türöffnung ab 79 €, keine Nachtzuschläge bis 22 Uhr.
Änderungsschneiderei Yilmaz | Hosen kürzen in 24 Stunden, Reißverschlüsse tauschen.
Umzugshelfer Stundenweise | Zwei Helfer mit Transporter für 89 € pro Stunde.
@ vertical=restaurants lang=de
Mittagstisch ab 9,50 € | Täglich wechselnde Gerichte im Gasthaus zur Linde.
Brezeln Frisch aus dem Ofen | Ab 6 Uhr in der Backstube Maier, Laugengebäck in zehn Sorten.
Vegane Currywurst | Mit Pommes und hausgemachter Soße, nur am Imbiss am Markt.
@ vertical=retail lang=de
Winterreifen-Aktion | Montage und Einlagerung für 59 €. Termin online buchen.
Buchhandlung mit Lesecafé | Neuerscheinungen, Kaffee und Lesungen jeden Donnerstag.
Second-Hand-Kinderkleidung | Geprüfte Ware nach Größen sortiert, Ankauf dienstags.
Wolle und Stricknadeln | Große Auswahl an Merino- und Baumwollgarnen, Strickkurse im Laden.
@ vertical=education lang=de
Deutschkurse für Zugewanderte | Integrationskurse vormittags und abends. Anmeldung im Bürgerhaus.
Legasthenie-Training | Zertifizierte Lerntherapeutin, Einzelstunden für Grundschulkinder.
Töpferkurs am Wochenende | Drehscheibe für Anfänger, Brennen und Glasieren inklusive.
@ vertical=healthcare lang=de
Physiotherapie ohne Wartezeit | Termine innerhalb einer Woche, auch Hausbesuche.
Kinderarzt nimmt Neupatienten auf | Online-Terminbuchung, Sprechstunde auch samstags.
@ vertical=travel lang=de
Hausboot auf der Mecklenburgischen Seenplatte | Führerscheinfrei, für bis zu sechs Personen.
Radreise entlang der Donau | Gepäcktransport und Hotels inklusive, sieben Etappen.
@ vertical=jobs lang=de
Busfahrer gesucht | Bezahlter Führerschein, unbefristeter Vertrag, Tariflohn.
Pflegefachkräfte willkommen | Vier-Tage-Woche möglich, Zuschlag für Nachtschichten.
@ vertical=home_garden lang=de
Gartenpflege im Abo | Rasen mähen, Hecken schneiden und Laub entfernen, monatlich.
Fensterputzer für Privathaushalte | Rahmen und Rollläden inklusive. Kostenloses Angebot.
@ vertical=nonprofit lang=de
Ehrenamtliche für die Tafel gesucht | Helfen Sie samstags bei der Lebensmittelausgabe.
@ vertical=home_garden lang=de tricky=1
Weingläser aus Kristallglas | Sechs Gläser, spülmaschinenfest. Auch für Schorle und Saft.
Karaffe zum Dekantieren | Mundgeblasen, für Wein, Wasser oder Eistee.
Korkenzieher mit Doppelhebel | Edelstahl und Olivenholz, Gravur gratis.
Cocktailshaker-Set | Shaker, Messbecher und Sieb für alkoholfreie Drinks und Smoothies.
Kochmesser aus Solingen | Geschmiedet, für Gemüse, Fleisch und Kräuter. Lebenslanger Schleifservice.
@ vertical=food_beverage lang=de tricky=1
Hopfenlimo aus der Limonadenmanufaktur | Herb wie ein Pils, aber komplett ohne Alkohol. Wir brauen nichts anderes.
Espresso-Shot zum Mitnehmen | Doppelter Espresso für 1,80 € bis 9 Uhr.
Ingwer-Shots | Kaltgepresst mit Zitrone, Zwölferpack im Kühlregal.
Rotweinbraten vom Rind | Sonntagsgericht mit Klößen und Rotkohl. Reservierung empfohlen.
Bierteig-Kroketten? Nein, Kartoffelpuffer | Mit Apfelmus, jeden Freitag auf dem Wochenmarkt.
@ vertical=retail lang=de tricky=1
Hammerpreise im Baumarkt | Werkzeug und Gartengeräte bis zu 40 % reduziert.
Bombenangebot für Fahrräder | Nur dieses Wochenende: Citybikes ab 299 €.
Mörderische Preise bei Sofas | Ausstellungsstücke zum halben Preis.
Jeans im Stone-Washed-Look | High Waist, drei Waschungen, Größen 34-46.
@ vertical=healthcare lang=de tricky=1
Grippeimpfung in der Apotheke | Ohne Termin, für Versicherte ab 60 kostenlos.
Neue Öffnungszeiten der Stadt-Apotheke | Samstags jetzt bis 18 Uhr, Kosmetikberatung inklusive.
Erste-Hilfe-Kurs für Führerschein | Neun Unterrichtseinheiten an einem Samstag.
@ vertical=entertainment lang=de tricky=1
Bogenschießen für Einsteiger | Schnupperkurs auf dem Vereinsgelände, Ausrüstung wird gestellt.
Lasertag für Kindergeburtstage | Zwei Runden und Pizza für bis zu zwölf Kinder.
@ vertical=restaurants lang=pt
Prato do Dia a 9 € | Sopa, prato principal e café. De segunda a sexta na Tasca do Zé.
Pastel de Nata Quentinho | Saídos do forno a cada meia hora. Rua Augusta 45.
Rodízio de Pizza às Terças | Preço fixo para toda a família, crianças pagam meia.
@ vertical=retail lang=pt
Saldos de Verão | Calçado e roupa até 50 % nas lojas do centro.
Conserto de Telemóveis | Troca de ecrã em uma hora com garantia de seis meses.
Feira do Livro Usado | Milhares de livros a partir de 1 €. Sábado no Largo.
@ vertical=education lang=pt
Aulas de Inglês para Adultos | Turmas pequenas à noite, primeira aula grátis.
Curso de Programação para Jovens | Dos 12 aos 17 anos, aos sábados de manhã.
@ vertical=healthcare lang=pt
Fisioterapia ao Domicílio | Sessões em casa para idosos e pós-operatório.
Consulta de Nutrição | Planos alimentares realistas com nutricionista certificada.
@ vertical=travel lang=pt
Casa de Campo no Douro | Piscina, vista para o rio e pequeno-almoço incluído.
Passeio de Barco em Lagos | Grutas da Ponta da Piedade, saídas a cada hora.
@ vertical=jobs lang=pt
Procuramos Rececionistas | Hotel no Algarve, contrato de época com alojamento.
@ vertical=nonprofit lang=pt
Campanha de Recolha de Alimentos | Deixe bens não perecíveis no supermercado até domingo.
@ vertical=home_garden lang=pt tricky=1
Copos de Vinho em Cristal | Conjunto de seis, também para água e sumos.
Saca-Rolhas de Empregado de Mesa | Cabo em madeira de oliveira, gravação grátis.
Facas de Cozinha Forjadas | Conjunto de três com bloco de madeira.
@ vertical=food_beverage lang=pt tricky=1
Cerveja 0,0 % de Marca Sem Álcool | Só fazemos bebidas sem álcool. Pack de seis.
Bacalhau com Natas e Vinho Branco | O prato de quinta-feira, para levar ou comer cá.
Shot de Café para o Caminho | Expresso duplo por 1 € até às 9h.
@ vertical=retail lang=pt tricky=1
Preços Bomba em Eletrodomésticos | Máquinas de lavar até 40 % este fim de semana.
Ofertas de Matar Saudades | Produtos portugueses com entrega para todo o Brasil.
Sessão de Fotos em Família | Fotógrafa profissional ao ar livre, 30 fotos editadas.
@ vertical=healthcare lang=pt tricky=1
Vacina da Gripe na Farmácia | Sem marcação para maiores de 65 anos.
Farmácia de Serviço Hoje | Aberta até à meia-noite na Avenida da Liberdade.
@ vertical=restaurants lang=it
Menù Pranzo a 12 € | Primo, secondo e caffè. Dal lunedì al venerdì alla Trattoria Rosa.
Pizza al Taglio Fino alle 2 | Per chi lavora di notte, in Via Nazionale.
Corso di Pasta Fresca | Impara tagliatelle e tortellini con la sfoglina. Sabato mattina.
@ vertical=retail lang=it
Saldi Invernali sui Cappotti | Fino al 50 % in negozio e online.
Riparazione Biciclette | Tagliando completo a 45 €, pronta in giornata.
Cartoleria per la Scuola | Zaini, astucci e quaderni con sconto famiglie.
@ vertical=education lang=it
Corso di Italiano per Stranieri | Livelli A1-B2, lezioni serali.
Ripetizioni di Matematica | Docenti abilitati, anche online.
@ vertical=healthcare lang=it
Fisioterapia Sportiva | Recupero da distorsioni e tendiniti, prenota online.
Visita Oculistica Senza Attese | Appuntamenti entro una settimana.
@ vertical=travel lang=it
Agriturismo in Val d'Orcia | Camere con vista, colazione con prodotti dell'orto.
@ vertical=jobs lang=it
Cercasi Bagnini per l'Estate | Stabilimento balneare a Rimini, brevetto richiesto.
@ vertical=home_garden lang=it tricky=1
Calici da Vino in Cristallo | Set da sei, perfetti anche per acqua e succhi.
Decanter Soffiato a Mano | Per vino, acqua aromatizzata o tè freddo.
Coltelli da Cucina Forgiati | Set da chef con ceppo in legno.
@ vertical=food_beverage lang=it tricky=1
Aperitivo Analcolico | Bitter senza alcol prodotto da un'azienda di bibite. Cassa da 12.
Risotto al Barolo | Il piatto del giovedì, cotto lentamente. Anche da asporto.
Shot di Zenzero | Zenzero e limone spremuti a freddo, confezione da 12.
@ vertical=retail_fashion lang=it tricky=1
Sconti Che Fanno Paura | Costumi di Halloween e decorazioni al 30 %.
Abiti da Sera da Morire | Nuova collezione per cerimonie, taglie dalla 38 alla 54.
Jeans Effetto Stone Wash | Vita alta, tre lavaggi disponibili.
@ vertical=healthcare lang=it tricky=1
Vaccino Antinfluenzale in Farmacia | Senza prenotazione per gli over 65.
Nuovo Orario della Farmacia Centrale | Aperti anche la domenica mattina, reparto cosmetici rinnovato.
"""
