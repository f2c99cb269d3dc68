# Second batch (x*), more compliant ads in es/fr/de/pt/it: everyday
# services and shops, plus tricky benign phrasings ("precios que matan",
# "prix canons", "Killerpreise", "preço de arrasar", "prezzi bomba",
# pharmacy and vaccination notices, archery and paintball, 0,0 % drinks).
DATA = r"""
@ vertical=local_services lang=es
Cerrajero 24 Horas en Zaragoza | Apertura de puertas sin romper la cerradura. Precio cerrado por teléfono.
Lavandería Autoservicio con Wifi | Lavadora de 18 kg por 6 €. Abierto de 7 a 23 h.
Clases de Natación para Bebés | Sesiones con papá o mamá en piscina climatizada, de 6 a 36 meses.
Taller de Bicis en la Calle Sol | Cambio de cadena, frenos y ajuste general por 35 €.
Mudanzas Pequeñas por Horas | Furgoneta y dos operarios, presupuesto en el día.
Reparación de Persianas | Cambio de cinta y motor, visita en 24 horas.
@ vertical=retail lang=es tricky=1
Precios Que Matan en Colchones | Colchones viscoelásticos desde 199 € hasta el domingo.
Una Oferta de Escándalo | Sartenes antiadherentes a mitad de precio.
Tijeras de Punta Roma para Niños | Seguras para el cole, pack de tres.
Abono para Césped y Herbicida Ecológico | Controla las malas hierbas sin químicos agresivos.
Macetas de Barro Cocido | Juego de cinco tamaños con plato.
@ vertical=healthcare lang=es tricky=1
Campaña de Vacunación Infantil | Calendario al día en tu centro de salud. Pide cita en la app.
Crema para el Dolor Articular | Sin receta, aplicar según el prospecto. Consulta a tu farmacéutico.
@ vertical=local_services lang=fr
Cours de Natation pour Adultes | Vaincre la peur de l'eau en petit groupe, piscine municipale.
Pressing Écologique | Nettoyage sans solvants, retour en 48 h. Livraison à vélo.
Réparation d'Électroménager | Lave-linge et frigos réparés à domicile, devis gratuit.
Serrurier à Prix Fixe | Ouverture de porte dès 89 €, sans majoration le soir.
Fleuriste de Quartier | Bouquets de saison à partir de 20 €, livraison le jour même.
@ vertical=retail lang=fr tricky=1
Des Prix Canons sur le Jardin | Tondeuses et taille-haies jusqu'à -30 %.
Une Tuerie, Ce Fondant au Chocolat | La pâtisserie du coin le fait tous les samedis.
Soirée Quiz au Pub, Boissons Sans Alcool Offertes aux Capitaines | Équipes de six, lots pour le podium.
Ouvre-Bouteille Mural | En fonte, avec récupérateur de capsules. Pour sodas et limonades.
@ vertical=entertainment lang=fr tricky=1
Paintball en Forêt | Terrain de 3 hectares, équipement fourni, dès 12 ans.
Séance Photo en Extérieur | Portraits de famille au parc, 25 photos retouchées.
@ vertical=local_services lang=de
Fahrschule mit Automatikautos | Theorieunterricht auch online, Prüfungsvorbereitung inklusive.
Reinigungsservice für Büros | Abends oder am Wochenende, feste Ansprechpartner.
Katzensitter im Urlaub | Zwei Besuche täglich mit Fotos aufs Handy, auch an Feiertagen.
Uhrmacher in der Altstadt | Batteriewechsel und Revision mechanischer Uhren.
Kinderturnen am Samstag | Bewegungsspiele für Drei- bis Sechsjährige in der Stadthalle.
@ vertical=retail lang=de tricky=1
Killerpreise auf Gartenmöbel | Lounge-Sets bis zu 35 % günstiger, nur diese Woche.
Bombenstimmung beim Sommerfest | Hüpfburg, Kinderschminken und Grillwürstchen im Autohaus.
Stoned? Nein, Steinobst! | Frische Pfirsiche und Aprikosen vom Bodensee.
Schnapsgläser als Espressotassen | Kleine Gläser mit Henkel für Espresso und Desserts, Sechserset.
Pilzzucht-Set für die Küche | Austernpilze auf der Fensterbank in zehn Tagen.
@ vertical=entertainment lang=de tricky=1
Paintball-Halle für Firmenevents | Ausrüstung inklusive, ab 14 Jahren.
Fotoshooting im Studio | Familienporträts mit zehn bearbeiteten Bildern.
@ vertical=local_services lang=pt
Explicador de Matemática | Aulas individuais para o 9.º e 12.º anos, em casa ou online.
Lavandaria Self-Service | Máquinas de 20 kg, aberta das 7h às 23h.
Canalizador ao Domicílio | Fugas e entupimentos resolvidos no próprio dia.
Escola de Surf para Iniciantes | Aulas de duas horas com prancha e fato incluídos.
@ vertical=retail lang=pt tricky=1
Preço de Arrasar em Sofás | Modelos de exposição com 50 % de desconto.
Copos de Cerveja como Vasos | Transforme copos antigos em vasos para suculentas. Kit de oficina.
Tesoura de Pontas Redondas | Segura para crianças, pacote de três.
@ vertical=entertainment lang=pt tricky=1
Tiro com Arco para Iniciantes | Aulas ao sábado no clube, material incluído.
Festa de Laser Tag | Aniversários para crianças dos 7 aos 14 anos.
@ vertical=local_services lang=it
Lavasecco Ecologico | Capi pronti in 24 ore, ritiro e consegna a domicilio.
Scuola di Vela sul Lago | Corsi per principianti nei weekend di giugno.
Sgombero Cantine e Soffitte | Ritiro mobili vecchi con smaltimento certificato, preventivo gratuito.
Corso di Fotografia Base | Sei lezioni serali, uscita fotografica finale.
@ vertical=retail lang=it tricky=1
Prezzi Bomba sulle Biciclette | City bike da 249 € fino a domenica.
Una Bomba di Gusto | Il nostro panino con porchetta, solo il sabato.
Bicchieri da Cocktail per Analcolici | Set da quattro per i tuoi mocktail estivi.
Cavatappi da Sommelier | Manico in ulivo, incisione gratuita.
@ vertical=entertainment lang=it tricky=1
Tiro con l'Arco per Bambini | Corsi per ragazzi dagli 8 anni, attrezzatura fornita.
Servizio Fotografico per Matrimoni | Reportage completo e album fotografico.
"""
