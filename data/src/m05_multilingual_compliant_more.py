# More compliant multilingual ads (es, fr, de, pt, it, nl, pl).
DATA = r"""
@ vertical=electronics lang=es
Aspiradora Robot con Mapeo | Limpia y friega toda la casa. 299 € solo este fin de semana.
Tablet para Niños | Control parental y funda resistente. 2 años de garantía.
@ vertical=automotive lang=es
Cambio de Aceite y Filtro | Desde 49 € con revisión de 20 puntos. Sin cita previa.
Coches de Segunda Mano con Garantía | Más de 500 vehículos revisados. Financiación disponible en el concesionario.
@ vertical=real_estate lang=es
Pisos en Alquiler en Valencia | Desde 750 € al mes, cerca del metro.
Vende Tu Casa en 30 Días | Tasación gratuita y fotos profesionales.
@ vertical=fitness lang=es
Gimnasio 24 Horas | Cuota de 19,90 € al mes, sin matrícula.
Clases de Yoga para Principiantes | Primera clase gratis en el centro.
@ vertical=software_saas lang=es
Software de Facturación | Crea facturas en segundos. Prueba gratis 30 días.
Gestión de Nóminas para Pymes | Nóminas y seguros sociales sin complicaciones.
@ vertical=insurance lang=es
Seguro de Hogar desde 8 € | Protege tu casa contra robos, incendios y daños por agua.
@ vertical=events lang=es
Feria del Libro | Del 30 de mayo al 15 de junio en el Parque del Retiro. Entrada gratuita.
Concierto de Verano | Orquesta sinfónica al aire libre el sábado a las 21h.
@ vertical=local_services lang=es
Fontanero Urgente 24h | Reparamos fugas y atascos hoy mismo. Presupuesto sin compromiso.
Limpieza del Hogar | Personal de confianza por horas. Primera limpieza con 20% de descuento.
@ vertical=electronics lang=fr
Tablette pour Enfants | Contrôle parental et coque antichoc. Garantie 2 ans.
Montre Connectée | Suivi du sommeil et GPS intégré. 149 €.
@ vertical=automotive lang=fr
Contrôle Technique | Prenez rendez-vous en ligne, résultats le jour même.
Voitures d'Occasion Garanties | 300 véhicules révisés. Garantie 12 mois.
@ vertical=real_estate lang=fr
Appartements Neufs à Lyon | Du studio au 4 pièces, livraison 2026.
Estimation Gratuite de Votre Bien | Un agent local vous rappelle sous 24 h.
@ vertical=fitness lang=fr
Salle de Sport à 19,99 € | Sans engagement, ouverte 7j/7.
Cours de Pilates | Séance d'essai offerte ce mois-ci.
@ vertical=software_saas lang=fr
Logiciel de Comptabilité | Gérez vos factures et votre TVA simplement. Essai gratuit.
@ vertical=events lang=fr
Fête de la Musique | Concerts gratuits dans toute la ville le 21 juin.
Salon du Livre | Rencontres d'auteurs et dédicaces ce week-end.
@ vertical=local_services lang=fr
Plombier 7j/7 | Dépannage rapide, devis gratuit.
Ménage à Domicile | Aide ménagère à partir de 22 € de l'heure, crédit d'impôt de 50 %.
@ vertical=pets lang=fr
Croquettes Sans Céréales | Pour chiens et chats, livraison gratuite dès 49 €.
@ vertical=electronics lang=de
Saugroboter mit Wischfunktion | Kartierung per Laser, jetzt 349 €.
Kopfhörer mit Geräuschunterdrückung | 30 Stunden Akku. Nur diese Woche 129 €.
@ vertical=automotive lang=de
Reifenwechsel ab 25 € | Jetzt Termin buchen und Winterreifen einlagern.
Gebrauchtwagen mit Garantie | Über 400 geprüfte Fahrzeuge sofort verfügbar.
@ vertical=real_estate lang=de
Wohnungen in Hamburg | 2- bis 4-Zimmer-Neubauwohnungen, Bezug ab Herbst.
Kostenlose Immobilienbewertung | Erfahren Sie in 3 Minuten, was Ihr Haus wert ist.
@ vertical=software_saas lang=de
Buchhaltungssoftware für Selbstständige | Rechnungen, Belege und Steuern an einem Ort.
Zeiterfassung für Teams | DSGVO-konform, 14 Tage kostenlos testen.
@ vertical=events lang=de
Weihnachtsmarkt am Rathaus | Kinderpunsch, Lebkuchen und Kunsthandwerk. Ab 26. November.
Stadtfest am Wochenende | Livemusik, Flohmarkt und Kinderprogramm. Eintritt frei.
@ vertical=local_services lang=de
Umzugsfirma in Berlin | Festpreis-Angebot in 24 Stunden.
Schlüsseldienst 24/7 | Türöffnung zum Festpreis in 30 Minuten.
@ vertical=pets lang=de
Hundeschule für Welpen | Welpenkurs jeden Samstag, erste Stunde gratis.
@ vertical=electronics lang=pt
Fones com Cancelamento de Ruído | Bateria de 30 horas. Frete grátis.
@ vertical=automotive lang=pt
Revisão Completa do Carro | Troca de óleo e filtros a partir de R$ 199.
@ vertical=real_estate lang=pt
Apartamentos na Planta | Dois e três quartos perto do metrô.
@ vertical=events lang=pt
Festa Junina da Escola | Quadrilha, comidas típicas e brincadeiras. Sábado às 15h.
@ vertical=local_services lang=pt
Eletricista 24 Horas | Atendimento rápido em toda a cidade.
@ vertical=software_saas lang=pt
Sistema de Gestão para Lojas | Estoque, vendas e nota fiscal em um só lugar.
@ vertical=fitness lang=pt
Academia 24 Horas | Planos a partir de R$ 89,90 por mês.
@ vertical=pets lang=pt
Banho e Tosa | Agende pelo WhatsApp, busca e entrega grátis.
@ vertical=electronics lang=it
Aspirapolvere Robot | Mappatura laser e svuotamento automatico. 329 €.
@ vertical=automotive lang=it
Tagliando Auto | Cambio olio e filtri da 129 €.
@ vertical=real_estate lang=it
Appartamenti in Vendita a Milano | Bilocali e trilocali vicino alla metro.
@ vertical=events lang=it
Sagra della Castagna | Castagne, musica e mercatino, domenica in piazza.
@ vertical=local_services lang=it
Idraulico Pronto Intervento | Interventi in 30 minuti, preventivo gratuito.
@ vertical=fitness lang=it
Palestra Senza Vincoli | Abbonamento mensile da 29 €, aperta 7 giorni su 7.
@ vertical=pets lang=it
Crocchette per Cani | Ricette naturali, consegna gratuita da 39 €.
@ vertical=software_saas lang=it
Fatturazione Elettronica | Invia fatture allo SDI in pochi clic. Prova gratuita.
@ vertical=retail_fashion lang=nl
Zomeruitverkoop tot 50% | Jurken, sandalen en badmode. Gratis verzending vanaf € 40.
Regenjassen voor Fietsers | Waterdicht en ademend. Vanaf € 89.
@ vertical=travel lang=nl
Vakantiehuisjes aan Zee | Boek nu voor de zomer. Huisdieren welkom.
@ vertical=restaurants lang=nl
Pannenkoekenhuis | Zoete en hartige pannenkoeken. Kinderen eten gratis op woensdag.
@ vertical=jobs lang=nl
Wij Zoeken Bezorgers | Flexibele uren, goed salaris. Solliciteer vandaag.
@ vertical=alcohol lang=nl
Speciaalbier Proeverij | Proef 6 bieren van lokale brouwerijen. Zaterdag vanaf 14 uur. | alc
@ vertical=gambling lang=nl
Online Casino Welkomstbonus | Stort € 50 en speel met € 150. | gam
@ vertical=retail_fashion lang=pl
Wyprzedaż Letnia do -50% | Sukienki i sandały w niższych cenach. Darmowa dostawa od 150 zł.
@ vertical=electronics lang=pl
Smartfony z Gwarancją | Odnowione telefony z 12-miesięczną gwarancją.
@ vertical=restaurants lang=pl
Pierogi na Wynos | Ruskie, z mięsem i z kapustą. Zamów online.
@ vertical=jobs lang=pl
Praca w Magazynie | Umowa o pracę, premie, darmowy dojazd.
@ vertical=crypto lang=pl
Podwój Swoje Bitcoiny | Wyślij 0,1 BTC, odbierz 0,2 BTC. Tylko dziś. | fin, fc
@ vertical=pharma lang=pl
Viagra Bez Recepty | Dyskretna wysyłka w 24 godziny. | rx
"""
