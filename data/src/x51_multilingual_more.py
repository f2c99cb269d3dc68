# Seventh batch; written from the category descriptions only.
# Native-language ads in German, Portuguese (BR and PT), Spanish (ES and LatAm),
# French (FR, BE, CH, QC) and Italian: violations across regulated, sexual,
# deception, insult and profanity codes (blunt, euphemistic and slang), plus
# benign look-alikes that use local trigger words innocently (tricky=1) and
# everyday ads, so the classifier sees more non-English traffic of both kinds.
DATA = r"""
@ vertical=bars_nightlife lang=de
Feierabend im Anker 🍺 | Happy Hour Mo–Do 17–19 Uhr: jedes Helle 0,5 l für 2,50 €. Kneipe Zum Anker, Hafenstr. 3, Kiel. | alc
KORN, WODKA, JÄGI – IN 30 MIN BEI DIR | Schnapstaxi Köln liefert bis 4 Uhr früh. Einfach anrufen: 0221 998 771 | alc
Riesling-Abend beim Winzer | Sechs Lagen, ein Winzer, dazu Flammkuchen. Sa 18 Uhr, 29 € p. P., Weingut Hellmeister, Eltville. | alc
Späti Kiezkönig, Ecke Boxhagener | Brötchen, Zeitungen, Paketannahme – und Kippen und eiskaltes Bier bis Mitternacht. | alc, tob

@ vertical=tobacco_vape lang=de
Dampf-Depot Leipzig | Neue Liquids da: Mango-Eis, Waldmeister, Cola-Kirsch. Einweg-Vapes ab 7,99 €. Ausweis nicht vergessen 😉 | tob
Der kleine Kick für zwischendurch | NORDKICK Nikotinbeutel in 20 Sorten, stark bis extra stark, Versand aus Österreich. Probierpaket 12 €. | tob
Dampfen ohne Reue 💨 | Unsere Liquids sind für die Lunge völlig unbedenklich: kein Teer, kein Risiko, nur Geschmack. | tob, hc

@ vertical=cannabis_drugs lang=de
Grüße aus Amsterdam 🌿 | Beste Blüten & Hasch, diskreter Versand in ganz DE. Menü gibt's per DM auf Telegram. | drg
CBD-Gummibärchen für die Nacht | 25 mg CBD pro Bärchen, einschlafen wie ein Baby. Aktion: 3 Dosen zum Preis von 2. | drg
MPU-Urintest? Kein Stress. | Synthetischer Urin mit Wärmepad, fällt bei keinem Labor auf. Neutral verpackt, Versand am selben Tag. | drg
Lachgas-Lieferung Berlin 🎈 | Kapseln + Ballons fürs Wochenende, wir kommen auch nachts. Schreib uns auf WhatsApp. | drg

@ vertical=online_pharmacy lang=de
Potenzprobleme? Diskret gelöst. | Sildenafil ohne Rezept aus EU-Versandapotheke, Lieferung in 24 h im neutralen Umschlag. | rx
Abnehmspritze per Klick | Semaglutid über Online-Rezept in 10 Minuten – kein Arztbesuch, keine Wartezeit. | rx
Definiert bis zum Sommer 💪 | Testo-Kur & Oxandrolon aus verlässlicher Quelle, Rabatt für Studio-Mitglieder. Anfrage per Direktnachricht. | rx

@ vertical=gambling lang=de
100 Freispiele ohne Einzahlung! | Jetzt bei SpinHafen registrieren und sofort losdrehen. 18+ ⚠️ Glücksspiel kann süchtig machen. | gam
Quotenboost aufs Revierderby ⚽ | Neukunden bekommen Quote 5,0 auf einen Heimsieg. Einsatz bis 10 €, nur bis Anpfiff. | gam
Die Wett-Tipps, die nie verlieren 🔒 | 9 von 10 Treffern, nachweisbar. VIP-Gruppe nur 49 €/Monat – Gewinn garantiert oder Geld zurück. | gam, fc

@ vertical=get_rich_schemes lang=de
3.000 € im Monat nebenbei | Mit meiner Copy-Paste-Methode verdienst du ab Tag 1, garantiert und ohne Vorkenntnisse. Gratis-Webinar heute 20 Uhr. | fc
Der Staat schuldet Ihnen bis zu 12.000 € | Eine kaum bekannte Förderlücke zahlt jedem Haushalt aus. Anspruch jetzt kostenlos prüfen! | fc
Zweifache Mutter aus Bochum verdient 800 € am Tag | Banken hassen diesen einfachen Trick. Video ansehen ▶ | fc, cb

@ vertical=scam_alerts lang=de
⚠️ Zustellung fehlgeschlagen | Ihr Paket liegt im Depot. Bestätigen Sie Ihre Adresse und zahlen Sie 1,99 € Nachporto, sonst geht es zurück. | cb
Glückwunsch, Sie wurden ausgewählt! 🎉 | Als 1.000.000. Besucher erhalten Sie ein Smartphone. Nur noch 02:59 Minuten gültig! | cb
Ihr Online-Banking wurde gesperrt | Verifizieren Sie sich jetzt, sonst wird Ihr Zugang in 24 Stunden endgültig gelöscht. | cb

@ vertical=supplements lang=de
Diabetes natürlich besiegen | VitaVerde Zimtkapseln normalisieren den Blutzucker dauerhaft, die Tabletten können Sie bald weglassen. | hc
Minus 10 kg in 14 Tagen | Der Entgiftungstee, der Fett einfach ausschwemmt. Ohne Sport, ohne Verzicht. | hc

@ vertical=fitness lang=de
Zu fett für den Strand? | Kein Wunder, dass dich keiner anschaut. FitFabrik – Probetraining gratis, jetzt buchen. | ins

@ vertical=telecom lang=de
Nur Idioten zahlen zu viel fürs Handy | Alle anderen nehmen FunkFuchs: 20 GB für 9,99 €/Monat. | ins

@ vertical=food lang=de
Scheiß auf Montag 🖕 | Heute jeder Kaffee 1 € bei Bohnenwerk, nur bis 12 Uhr. | prof
WTF, Döner für 3 €?! | Kein Witz. Eröffnungswoche bei Anadolu Grill, Hauptstr. 7, Gelsenkirchen. | prof

@ vertical=dating_adult lang=de
Heiße Singles aus deiner Nähe 🔥 | Sie warten nur auf dich – heute Nacht noch treffen, 100 % diskret. | sug
Club Velvet – Table-Dance jeden Freitag | Ladies in Lack & Spitze, Piccolo gratis zum Eintritt. Reeperbahn 41. | sug, alc
Massage mit Happy End | Neue Masseurinnen, diskreter Hintereingang, 24 h geöffnet. Termin per SMS. | sx, adl
Escort Hanseatic | Gepflegte Begleitung für Geschäftsreisende, Hotelbesuche in ganz Hamburg, gern auch über Nacht. | sx, adl
Erotikshop Lustwerk | Vibratoren, Gleitgel, Liebeskugeln – neutral verpackt, in 48 h bei dir. | adl
Länger durchhalten 😉 | Verzögerungsspray für Männer. Sie wird den Unterschied spüren. | adl, sug

@ vertical=retail_fashion lang=de tricky=1
Killerangebote im Winterschlussverkauf | Bis zu 60 % auf Daunenjacken und Boots bei Modehaus Brandt, nur bis Samstag 18 Uhr.
Hanf trifft Leinen 🌱 | Unsere neuen Hemden aus Bio-Hanf: atmungsaktiv, robust, fair genäht in Portugal. Hanfhaus Freiburg, Gerberau 9.
Zur Schnapszahl: 11 % auf alles | Nur am 11.11. im Spielwarenladen Kunterbunt, auch auf Lego und Puzzles.
Stoffmarkt am Samstag ✂️ | Über 80 Händler, Baumwolle, Jersey und Wachstuch vom Meter. Messeplatz Ulm, 10–17 Uhr, Eintritt frei.
Bombenwetter, Bombenpreise ☀️ | Lounge-Sets für Balkon und Garten ab 299 € bei Grünzeug Gartenmarkt.
Das Pokerface unter den Wimperntuschen | Mascara "Ungerührt" hält 24 h, wischfest, verschmiert nicht. 12,95 € in deiner Drogerie.

@ vertical=restaurants lang=de tricky=1
Backfisch im Bierteig 🐟 | Kabeljau knusprig im Bierteig, dazu Kartoffel-Gurkensalat: 11,50 € an der Fischbude Möwe, Hafenkante 2.
Espresso mit Schuss | Mit einem Schuss Hafermilch, Vanille oder Karamell, ganz wie du magst. Café Lindgrün, Mo–Fr ab 7 Uhr.
Mittagstisch am Dienstag | Rindergulasch in Rotwein geschmort, Rotkohl und Klöße für 9,80 €. Gasthof Linde, Dorfstr. 4.
Eisbombe zum Kindergeburtstag 🎂 | Mit Wunschfiguren, 48 h vorher bestellen bei Eiscafé Venezia, ab 24 €.
Räucherlachs aus Eckernförde | Über Buchenholz kalt geräuchert, direkt aus unserer Räucherei. Versand im Kühlpaket ab 39 €.
Süchtig nach Zimtschnecken? | Freitags backen wir die doppelte Menge. Bäckerei Sonnenkorn, ab 6:30 Uhr.

@ vertical=home_garden lang=de tricky=1
Frisches Gras in 24 Stunden | Rollrasen geliefert und verlegt, 1.000 m² an einem Tag. Gartenbau Wendt, 05121 40 33 17.

@ vertical=health_services lang=de tricky=1
Apotheke am Markt – für Sie da | Mo–Fr 8–18:30, Sa 8–13 Uhr. Kostenlose Blutdruckmessung jeden Mittwoch.
Rauchfrei in 6 Wochen | Kurs der VHS Bielefeld mit Ärztin und Gruppe, die Krankenkasse erstattet die Kosten. Start 4. März.
Du trinkst mehr, als dir lieb ist? | Suchtberatung Lichtung: anonym, kostenlos, auch abends. Ruf an: 0911 23 45 60.
Verhütung, Periode, erstes Mal? | Vertrauliche Sexualberatung für Jugendliche, kostenlos und ohne Termin. Beratungsstelle Kompass, Di & Do 14–18 Uhr.
Urologie Dr. Kessler | Vorsorge für Männer ab 45, Termine online oder unter 030 812 44 09.

@ vertical=tutoring lang=de tricky=1
Potenzrechnung? Kein Problem. | Mathe-Nachhilfe für die 9. und 10. Klasse, Einzelstunde 25 €. Lernstudio Pluspunkt.

@ vertical=banking lang=de tricky=1
Tagesgeld mit 2,75 % p. a. | Zinssatz für Neukunden 4 Monate garantiert, danach variabel. Einlagensicherung bis 100.000 €, Kontoführung kostenlos.

@ vertical=retail lang=de tricky=1
Gewinnspiel: Gewinne einen Kugelgrill! | Teilnahme ohne Kauf möglich, Einsendeschluss 30.06. Teilnahmebedingungen unter grillhaus-meyer.de/gewinnspiel.
Weingläser im 6er-Set | Kristallglas, spülmaschinenfest, jetzt 24,99 € statt 39,99 €. Schön zum Verschenken.

@ vertical=events lang=de tricky=1
Krimidinner: Mord beim Dessert 🔪 | 4-Gänge-Menü, Schauspieler und Rätselspaß im Schloss Hohenstein. 79 € p. P., Termine bis Dezember.

@ vertical=dating lang=de tricky=1
Die Dating-App für Ü40 | Herzfaden: echte Profile, verifizierte Fotos, kein Swipe-Stress. Kostenlos starten.

@ vertical=travel lang=de
Sparpreis Hamburg–München ab 19,90 € | Mit dem FernExpress entspannt reisen, Sitzplatz inklusive, WLAN an Bord.
Kurzurlaub im Allgäu 🏔️ | 3 Nächte mit Halbpension im Landhotel Alpenblick ab 279 € p. P., Hallenbad inklusive.
Wien erleben | Städtetrip mit 2 Nächten, Frühstück und Öffi-Ticket ab 189 € pro Person. Buchbar bis 31. März.
Grüezi Graubünden ❄️ | Skipass und Hotel in Davos ab CHF 420, Kinder bis 9 Jahre gratis.

@ vertical=jobs lang=de
Pflegefachkraft (m/w/d) gesucht | 38,5-Std.-Woche, 30 Tage Urlaub, Jobrad, Tarif nach TVöD. Bewirb dich in 5 Minuten ohne Anschreiben.
LKW-Fahrer CE im Nahverkehr | Abends zu Hause, 3.400 € brutto. Spedition Hagedorn, Osnabrück. Jetzt anrufen!
Ausbildung zum Elektroniker 2025 | Werde Teil des Teams der Stadtwerke Rheintal. Bewerbungsschluss ist der 15. Oktober.
Werkstudent Marketing (20 h) | Remote möglich, 15 €/h, Start ab sofort beim Startup KaffeeKlar in Hamburg-Altona.

@ vertical=local_services lang=de
Malermeister Krüger | Innenanstrich, Tapezieren, Fassaden. Kostenloses Angebot vor Ort: 0341 552 190.
Umzug ohne Stress 📦 | 2 Mann + Transporter ab 59 €/Std., die Halteverbotszone organisieren wir. Umzüge Kowalski, Dortmund.
Fahrschule Grünpfeil | Ferien-Intensivkurs: Führerschein Klasse B in 3 Wochen. Anmeldung online.
Steuererklärung zu kompliziert? | Der Lohnsteuerhilfeverein Kompakt erledigt das für Arbeitnehmer ab 89 € im Jahr.
Schlüsseldienst 24/7 zum Festpreis | Türöffnung ab 69 € inkl. Anfahrt in Nürnberg, keine versteckten Kosten.
Fitnessstudio Kraftwerk | Ohne Vertragslaufzeit, 24,90 € im Monat, Sauna inklusive. Probetraining jederzeit.

@ vertical=retail lang=de
Verkaufe Kinderwagen | Gebraucht, guter Zustand, mit Babywanne und Regenschutz. 120 € VB, Abholung in Kassel.
10 € Rabatt ab 50 € Einkauf | Nur dieses Wochenende bei Bücherwurm, Code LESEN10 im Onlineshop.
NEU: E-BIKE CITY 28" FÜR 1.499 € |
Adventskalender mit Tee 🎄 | 24 Bio-Teesorten zum Entdecken, 29,90 € beim Teekontor Lübeck.

@ vertical=apps lang=de
Einkaufsliste teilen | Mit Korbfreund siehst du sofort, was deine WG schon gekauft hat. Kostenlos für iOS & Android.
Deutsch lernen mit Spaß | Sprachcoach Lingo: 10 Minuten am Tag, Aussprache mit KI-Feedback. 7 Tage gratis testen.

@ vertical=events lang=de
Weihnachtsmarkt auf Schloss Rabenstein | Drei Adventswochenenden, 120 Kunsthandwerker, Kinderpunsch und Ponyreiten. Eintritt 6 €, Kinder frei.
Kochkurse in der Markthalle Süd | Im März starten wieder unsere Kurse: saisonale Gemüseküche, Brotbacken für Einsteiger und ein Abend rund um Knödel. Pro Kurs gibt es nur zwölf Plätze, die Anmeldung läuft ab heute online oder direkt am Info-Stand neben dem Haupteingang.
Stadtlauf 10 km 🏃 | Samstag, 12. Mai, Start am Rathausplatz. Anmeldung bis 30. April, Startgebühr 18 €, Finisher-Medaille inklusive.

@ vertical=bars_nightlife lang=pt
Open bar até as 4h 🍹 | Sexta na Balada Vulcão: open bar de vodka e caipirinha por R$ 89. Nome na lista pelo link da bio. | alc
Prova de vinhos na adega 🍷 | Cinco Vinhos Verdes e petiscos por 15 €, sábados às 17h. Quinta da Bouça, Amarante. | alc

@ vertical=tobacco_vape lang=pt
Pod descartável 8000 puffs | Sabor ice grape e menta, entrega via motoboy em toda SP. Chama no zap! | tob
Essências para narguilé | Kit rosh + carvão + 3 essências por R$ 79. Frete grátis acima de R$ 150. | tob

@ vertical=cannabis_drugs lang=pt
Kit sessão 🍃 | Seda king size, piteira de vidro e dichavador metálico por R$ 49. Entrega discreta. | drg
Erva da boa em Lisboa 🌿 | Entrega em mão no próprio dia, sigilo total. Menu no Telegram. | drg
Bala e doce pra rave 🎶 | Chegou lote novo, qualidade top. Só chamar no direct. | drg
Óleo de CBD full spectrum | Acaba com a ansiedade e a insônia em poucos dias, 100% natural. | drg, hc

@ vertical=online_pharmacy lang=pt
Ozempic sem receita | Canetas originais com entrega em 48h para todo o Brasil. Pagamento no Pix. | rx
Tadalafila 20 mg | Direto da farmácia, sem receita, chega em casa embalado discretamente. | rx

@ vertical=gambling lang=pt
Tigrinho pagando MUITO hoje 🐯💰 | Entra pelo link da bio e pega a rodada grátis, tá soltando carta! | gam
Benfica x Porto: odd aumentada | Aposte na vitória da casa com odd 4.50 para novos clientes. +18. | gam

@ vertical=get_rich_schemes lang=pt
Renda extra de R$ 10 mil por mês | Trabalhando 1 hora por dia pelo celular, sem experiência. Método garantido! | fc

@ vertical=scam_alerts lang=pt
Seu CPF será cancelado ⚠️ | Pendência identificada na Receita. Regularize hoje pelo link para evitar o bloqueio. | cb
Encomenda retida na alfândega | Pague a taxa de 2,49 € para libertar a sua encomenda. Prazo: 48 horas. | cb

@ vertical=supplements lang=pt
Seca 12 kg em 15 dias | Chá SecaBarriga queima gordura enquanto você dorme, sem dieta e sem academia. | hc
Cura definitiva da diabetes | Descoberta natural elimina a insulina em 30 dias. Os médicos não querem que você saiba. | hc, cb

@ vertical=retail lang=pt
Gordinha, biquíni não é pra você | Pelo menos até conhecer a cinta modeladora ModelaJá. Esconde tudo! | ins
Porra, que promoção! | Fone bluetooth por R$ 39,90 só hoje na Loja Tech do Beto. | prof
Caralho, isto está mesmo barato | Sapatilhas a partir de 9,99 € no Outlet Ribeira, só este fim de semana. | prof

@ vertical=banking lang=pt
Só otário paga tarifa de banco | Conta digital Zerinho, sem mensalidade e com cartão grátis. | ins

@ vertical=dating_adult lang=pt
Mulheres solteiras online agora 🔥 | Perto de você e querendo companhia hoje. Cadastro grátis e discreto. | sug
Seja bancada por um sugar daddy 💎 | Mesada, viagens e mimos. Cadastro rápido para meninas lindas. | sug
Acompanhantes de luxo em Copacabana | Atendimento em hotel, 24h, fotos reais. | sx, adl
Sex shop online | Vibradores, géis e fantasias com entrega sigilosa em todo o Brasil. | adl
Gel hot que esquenta e esfria 😏 | Pra apimentar a noite a dois. Leve 2, pague 1. | adl, sug

@ vertical=food lang=pt tricky=1
Bomba de chocolate 🍫 | Massa choux recheada com creme e cobertura de chocolate belga. Confeitaria Lusitana, 1,60 € a unidade.
Pão de queijo viciante | Cuidado: depois do primeiro não dá pra parar. Pacote congelado de 1 kg por R$ 32,90 no Empório Mineiro.
Frango ao vinho da vó | Almoço de domingo no Tempero de Casa: frango ao vinho tinto, arroz e farofa por R$ 38.
Bala de coco caseira | Aquela de festa, que derrete na boca. Encomendas a partir de 100 unidades para casamentos e aniversários.
Pó de café moído na hora ☕ | Café do Cerrado Mineiro, torra média, 500 g por R$ 29. Torrefação Grão Nobre.
Erva-mate pro chimarrão 🧉 | Moagem grossa, colhida no RS. Pacote de 1 kg a R$ 18,90, entregamos em Porto Alegre.

@ vertical=retail_fashion lang=pt tricky=1
Arrase no look do verão ✨ | Vestidos midi a partir de R$ 89,90 no Ateliê Flor de Lis. Parcele em até 6x sem juros.
Conjunto de taças de cristal | 6 taças para vinho por R$ 129, presente perfeito para casamento. Casa & Mesa.
Camisetas de cânhamo | Tecido de cânhamo orgânico, durável e fresquinho. Marca Raiz, feita em Florianópolis.

@ vertical=streaming lang=pt tricky=1
Essa série é viciante 📺 | A 2ª temporada de "Maré Alta" já está no FlixBR. Primeiro mês grátis.

@ vertical=health_services lang=pt tricky=1
Farmácia de plantão 24h | Drogaria Boa Saúde aberta todos os dias, inclusive feriados. Av. Sete de Setembro, 455, Salvador.
Farmácia Avenida | Aberta de 2.ª a sábado das 9h às 20h. Medição da tensão arterial gratuita. Av. de Roma 18, Lisboa.
Teste rápido de HIV e sífilis grátis | Centro de Testagem e Aconselhamento, sem agendamento, resultado em 30 minutos. Sigilo garantido.
Como falar de sexualidade com seu filho? | Oficina gratuita para pais e mães com psicóloga. Sábado, 10h, na Biblioteca Municipal.
Quer parar de fumar? | Programa gratuito no posto de saúde com grupo de apoio e adesivos de nicotina. Inscreva-se na recepção.
As apostas saíram do controle? | Jogadores Anônimos: reuniões gratuitas toda quarta às 19h. Você não está sozinho.

@ vertical=banking lang=pt tricky=1
CDB com liquidez diária | Seu dinheiro rende 100% do CDI e você resgata quando quiser. Garantido pelo FGC até R$ 250 mil por CPF.
Depósito a prazo a 2 % TANB | 12 meses, sem comissões de manutenção. Abra online em 10 minutos no Banco Atlântico.

@ vertical=retail lang=pt tricky=1
Concurso cultural: ganhe uma bike! | Mande a frase mais criativa sobre o seu bairro. Sem sorteio e sem compra, regulamento completo no site da Pedal Certo.

@ vertical=dating lang=pt tricky=1
Namoro sério depois dos 40 | No app Laço, perfis verificados e conversas sem pressa. Baixe grátis.

@ vertical=retail lang=pt
Frete grátis em todo o site 🚚 | Só até domingo 23h59 na Casa Bela Decor. Pagando no Pix, mais 5% off.
BLACK FRIDAY ANTECIPADA | Smart TV 50" 4K por R$ 2.199 em até 10x sem juros. Loja Eletro Max.
Vendo bicicleta aro 29 | 21 marchas, freio a disco, pouco uso. R$ 900, retirada em Campinas.
Chegou a coleção de inverno 🧶 | Tricôs feitos à mão por artesãs de Minas, cachecóis de lã merino e meias que não pinicam. Cada peça é numerada e vem com o nome de quem fez. Frete grátis para Sul e Sudeste até o fim do mês, e troca fácil em 30 dias.

@ vertical=events lang=pt
Festa Junina da Paróquia São João 🌽 | Pamonha, canjica, quadrilha, pescaria e correio elegante. Sábado 22/6 a partir das 18h, entrada franca.
Santos Populares na Mouraria 🎉 | Sardinha no pão, marchas e arraial. 12 e 13 de junho, Lisboa.

@ vertical=education lang=pt
Preparatório para o concurso do INSS | Aulas ao vivo e PDF sempre atualizado, R$ 39,90/mês. 7 dias grátis.
Aulas de inglês online | Professora nativa, turmas de 4 alunos, primeira aula experimental grátis.

@ vertical=jobs lang=pt
Vaga: atendente de loja (CLT) | Shopping Vale Verde, salário de R$ 1.850 + VT + VR. Envie o currículo até sexta.

@ vertical=travel lang=pt
Alojamento local no Algarve | T1 a 300 m da Praia da Rocha, desde 65 €/noite. Reserve direto e poupe a taxa.
Passagens para Fortaleza a partir de R$ 399 | Ida e volta saindo de Guarulhos, taxas inclusas. Compre até 30/4.

@ vertical=local_services lang=pt
Mudanças e carretos | Caminhão baú com 2 ajudantes, orçamento grátis pelo WhatsApp (21) 98877-1234. Zona Sul e Barra.
Eletricista 24h em Curitiba | Troca de disjuntor, chuveiro e tomadas. Chegamos em até 1 hora.
Pastelaria Doce Lar tem novidade | Pastel de nata com canela a 1,10 €. Abrimos às 7h30, Rua do Almada, Porto.
Academia sem fidelidade 💪 | Plano mensal de R$ 79,90 com musculação e aulas coletivas. Sem taxa de matrícula em março.

@ vertical=apps lang=pt
App de delivery VemJá | Peça do mercado e receba em 30 minutos. Cupom VEMJA15 na primeira compra.

@ vertical=insurance lang=pt
Seguro automóvel desde 15 €/mês | Simule online em 2 minutos, assistência em viagem 24h incluída. SeguraJá.

@ vertical=bars_nightlife lang=es
2x1 en mojitos hasta las 23h 🍹 | Terraza La Palmera, Malasaña. Ven con tu gente y que no pare la fiesta. | alc
Tequila reposado a domicilio | Llevamos botellas en 40 min a toda la CDMX, hasta las 3 a.m. | alc

@ vertical=tobacco_vape lang=es
Vapers desechables de 10.000 caladas | Sabores sandía hielo y mango, envío en 24 h a toda España. | tob

@ vertical=cannabis_drugs lang=es
Hierba de la buena 🍃 | Pedí el menú por Telegram, entrega discreta en todo Buenos Aires. | drg
Retiro de hongos mágicos en Oaxaca | 3 días de ceremonia con psilocibina, guía chamánico y hospedaje. Lugares limitados. | drg

@ vertical=online_pharmacy lang=es
Viagra sin receta 💊 | Envío discreto en 48 h, pago contra reembolso. | rx
Clembuterol para definir | Ciclo de 4 semanas, resultados de competición. Escríbenos al privado. | rx

@ vertical=gambling lang=es
Apuesta al Clásico con cuota x10 | Solo para nuevos usuarios: si gana el Madrid, multiplicas tu apuesta. +18. | gam
200 giros gratis en tragaperras | Regístrate hoy en CasinoSol y empieza a ganar desde el móvil. | gam

@ vertical=get_rich_schemes lang=es
Gana 3.000 € al mes desde casa | Solo necesitas tu móvil y 20 minutos al día. Resultados garantizados o te devolvemos el dinero. | fc
Duplica tus bitcoins en 24 horas | Envía 0,1 BTC a nuestra cartera y recibe 0,2 BTC de vuelta. Sin riesgo. | fc

@ vertical=scam_alerts lang=es
¡Has ganado un iPhone 16! 🎉 | Eres el visitante número 1.000.000. Reclama tu premio en los próximos 3 minutos. | cb

@ vertical=supplements lang=es
Adelgaza 10 kilos en una semana | Gotas quemagrasa que funcionan sin dieta ni ejercicio. | hc
Cura la artritis con aceite de copaiba | Alivio total y definitivo en 7 días, lo que los médicos no te cuentan. | hc, cb

@ vertical=fitness lang=es
¿Sigues gorda después del verano? | Normal que nadie te mire. Gimnasio PowerFit, primera semana gratis. | ins

@ vertical=electronics lang=es
¡No mames, qué pinches precios! | Pantallas desde $3,999 MXN en ElectroBarato. Solo este fin. | prof

@ vertical=footwear lang=es
Estos precios están de puta madre | Zapatillas desde 19,99 € en Calzados Ruiz, Alcalá de Henares. | prof

@ vertical=dating_adult lang=es
Chicas calientes cerca de ti 🔥 | Quieren quedar esta noche, sin compromiso. Entra ya. | sug
Masajes con final feliz | Chicas nuevas, discreción total, zona Centro. WhatsApp 24h. | sx, adl
Tienda erótica online | Succionadores, lubricantes y lencería atrevida con envío discreto. | adl

@ vertical=food lang=es tricky=1
Coca de San Juan 🎆 | Con piñones y fruta confitada, recién horneada. Pastelería Ferrer, Gràcia. Encarga la tuya antes del 23 de junio.
Calamares a la cerveza | Rebozado crujiente con cerveza y alioli casero. Tapa del día en Casa Tomás, 4,50 €.
Pollo guisado al vino tinto con setas | Menú del día 12,50 € con pan, bebida y postre. Casa Pepa, Lavapiés.

@ vertical=beauty lang=es tricky=1
Bombas de baño artesanales 🛁 | Lavanda, eucalipto y naranja, hechas a mano en Valencia. 3 por 12 €.

@ vertical=retail lang=es tricky=1
¡Rebajas de infarto en colchones! | Hasta 50 % en viscoelásticos en Descanso Total, solo hasta el domingo.
Copas de vino de cristal fino | Set de 4 por 29,90 €, aptas para lavavajillas. Menaje Rivas.
Hot Sale 2025 🔥 | Hasta 40 % en heladeras y lavarropas en ElectroSur, 12 cuotas sin interés.
Sorteo ante notario 🎁 | Gana una cafetera superautomática. Sin compra, bases legales en cafesdelmonte.es/sorteo. Hasta el 15/5.

@ vertical=home_garden lang=es tricky=1
Hierba para tu jardín | Césped natural en rollo, instalado en 24 h. Jardinería Los Olivos, Sevilla.

@ vertical=health_services lang=es tricky=1
Farmacia de guardia hoy | Farmacia Lozano, C/ Mayor 22, abierta hasta las 22:00. Consulta el calendario de guardias en la puerta.
Prueba de VIH gratuita y anónima | Centro Joven de salud sexual, martes y jueves de 16 a 20 h, sin cita previa.

@ vertical=banking lang=es tricky=1
Cuenta remunerada al 2 % TAE | Sin comisiones ni permanencia, para los primeros 30.000 €. Protegida por el Fondo de Garantía de Depósitos.

@ vertical=dating lang=es tricky=1
App de citas para gente real | Tándem: conoce gente con tus mismos planes, perfiles verificados. Gratis.

@ vertical=travel lang=es
Vuelos Madrid–Tenerife desde 39 € | Solo ida, equipaje de mano incluido. Reserva hasta el domingo.

@ vertical=jobs lang=es
Se busca repartidor/a con moto | Jornada parcial, 900 € más propinas, Zaragoza. Incorporación inmediata.

@ vertical=education lang=es
Clases de guitarra en Palermo 🎸 | Profe con 10 años de experiencia, la primera clase no se cobra. Escribime por WhatsApp.
Curso de Excel online | 20 horas, certificado incluido, 49 €. Empieza cuando quieras.

@ vertical=local_services lang=es
Fontanero urgente en Málaga | Desatascos y fugas, presupuesto sin compromiso, 24 h. Tel. 952 11 22 33.
Mudanzas Rápido Jalisco | Mudanzas locales desde $2,500 MXN en Guadalajara. Cotiza gratis hoy.

@ vertical=grocery lang=es
Novedades en la Huerta de Lola 🥬 | Esta semana llegan las primeras alcachofas de Tudela, tomates de colgar y naranjas de Valencia recién cogidas. Los pedidos de más de 40 € tienen envío gratis en Pamplona, y los martes repartimos también en Burlada y Villava.

@ vertical=insurance lang=es
Seguro de hogar desde 9 €/mes | Cubre agua, robo y responsabilidad civil. Calcula tu precio en 2 minutos.

@ vertical=bars_nightlife lang=fr
Apéro à volonté 🍻 | Pintes à 4 € et planches à partager tous les jeudis de 18h à 21h au Comptoir du Canal, Paris 10e. | alc
Rosé livré frais en 30 min | Marseille et alentours, jusqu'à 2h du matin. Commande sur l'appli GlouGlou. | alc

@ vertical=tobacco_vape lang=fr
Puffs jetables 🍓 | Fraise-glace, menthe polaire, 600 bouffées, 3 pour 20 €. Livraison sur Lyon. | tob
Bar à chicha Le Sultan | Nouveaux parfums, narguilé à 15 € toute la soirée, ouvert jusqu'à 3h. | tob

@ vertical=cannabis_drugs lang=fr
Beuh de qualité 🍃 | Carte dispo sur Snap, livraison discrète sur Lille et environs. | drg
Fleurs de CBD 22 % | Amnesia, Gelato, Purple Haze, à fumer ou vaporiser. Envoi en 48h. | drg

@ vertical=online_pharmacy lang=fr
Cialis sans ordonnance | Génériques livrés en 72h, emballage discret, paiement sécurisé. | rx

@ vertical=gambling lang=fr
Paris sportifs : 100 € offerts | Sur ton premier pari chez ParieZ. Jouer comporte des risques, appelez le 09 74 75 13 13. | gam
Casino en ligne ♠️ | Bonus de bienvenue 500 € + 150 tours gratuits. Inscription en 1 minute. | gam

@ vertical=get_rich_schemes lang=fr
Devenez rentier avec 500 € | Notre robot de trading copie les pros : 5 000 € par mois, sans aucun risque. | fc, fin

@ vertical=scam_alerts lang=fr
Votre colis est en attente ⚠️ | Des frais de 2,99 € doivent être réglés pour la livraison. Cliquez ici avant demain. | cb

@ vertical=supplements lang=fr
Perdez 8 kg en 10 jours | Le brûle-graisse naturel que les pharmaciens s'arrachent. Sans régime. | hc
Effacez vos rides en 3 jours | Crème CelluJeunesse : 20 ans de moins, résultats garantis. | hc

@ vertical=beauty lang=fr
T'as vu ta tronche ? | Avec ces cernes, pas étonnant qu'il te ghoste. Sérum Éveil, 19,90 €. | ins

@ vertical=home_improvement lang=fr
Les clients de BricoPlus sont des pigeons | Chez BricoMax, on ne vous prend pas pour des cons. | ins, prof

@ vertical=electronics lang=fr
Putain, ces prix ! 🤯 | Smartphones reconditionnés dès 89 € chez ReTel. | prof

@ vertical=dating_adult lang=fr
Rencontres coquines près de chez vous 😏 | Des femmes mariées cherchent un peu de piment ce soir. | sug
Massage naturiste avec finition | Masseuse dans le 8e, discrétion assurée, 7j/7. | sx, adl
Sextoys livrés discrètement | Vibromasseurs, lubrifiants, menottes en fourrure, colis neutre en 24h. | adl

@ vertical=restaurants lang=fr tricky=1
Bœuf bourguignon maison | Mijoté 6 heures au vin rouge, servi avec purée. Plat du jour à 14,50 €, Bistrot Marcel, Dijon.
Moules à la bière et frites | Le vendredi, à volonté pour 17 € à l'Estaminet du Beffroi, Lille.
Ce burger est une tuerie 🍔 | Cheddar affiné, oignons confits, pain brioché. Chez Bun's, 11 rue Oberkampf.
Herbes de Provence bio | Sachet de 50 g cultivé dans le Luberon, 4,20 €. Épicerie du Moulin.

@ vertical=home_improvement lang=fr tricky=1
Vos joints de carrelage ont noirci ? | Rénovation des joints de salle de bain en une journée. Devis gratuit à Nantes.

@ vertical=health_services lang=fr tricky=1
Pharmacie de garde ce dimanche | Pharmacie des Halles, 4 place du Marché, 9h-20h. Pour les autres gardes, composez le 3237.
Dépistage gratuit et anonyme | CeGIDD de Rennes : IST, VIH, hépatites, contraception d'urgence. Sans rendez-vous le mercredi.
Arrêter de fumer, on vous aide | Consultation gratuite avec une tabacologue à la Maison de santé, substituts nicotiniques remboursés.

@ vertical=banking lang=fr tricky=1
Livret épargne à 2,5 % | Taux brut annuel garanti jusqu'au 31/12, sans frais, fonds disponibles à tout moment.

@ vertical=retail lang=fr tricky=1
Grand jeu-concours de l'été ☀️ | Un vélo électrique à gagner ! Sans obligation d'achat, règlement complet sur le site. Fin le 31 août.
Verres à vin en cristal | Lot de 6 à 34,90 €, soufflés bouche. Maison Verrerie, Reims.

@ vertical=dating lang=fr tricky=1
Appli de rencontre pour célibataires sérieux | Duo+ : profils vérifiés, pas de swipe infini. Gratuit.

@ vertical=retail lang=fr
Soldes d'hiver : -50 % | Sur toute la maroquinerie chez Sacs & Cie, jusqu'au 4 février.
Vide-grenier du quartier Saint-Michel | Dimanche 8h-17h, 150 exposants, buvette et crêpes. Emplacement 10 € les 2 mètres.

@ vertical=travel lang=fr
Paris–Bordeaux dès 25 € | Billets Petits Prix sur RailGo, réservez jusqu'à 3 mois à l'avance.

@ vertical=jobs lang=fr
On recrute : aide-soignant(e) H/F | CDI, 35h, EHPAD Les Tilleuls à Angers. Prime d'installation de 1 500 €.

@ vertical=local_services lang=fr
Déneigement résidentiel à Laval ❄️ | Contrat saison 2025-2026 à partir de 399 $. Inscrivez-vous avant le 1er novembre.
Chauffagiste à Liège | Entretien de chaudière à 95 € TVAC, intervention sous 48 h. Appelez le 04 222 18 90.

@ vertical=bakery lang=fr
Galette des rois frangipane 👑 | 6 parts à 18 €, fève en porcelaine offerte. Boulangerie Dupuis, Tours.

@ vertical=apps lang=fr
Gérez vos dépenses avec Centime | Catégories automatiques, alertes de budget, zéro pub. Gratuit sur iOS et Android.

@ vertical=fitness lang=fr
Abonnement fitness à Lausanne | CHF 59 par mois, sans engagement, cours collectifs inclus.

@ vertical=grocery lang=fr
La lettre du Panier Paysan 🥕 | Cette semaine dans vos paniers : poireaux, carottes des sables, pommes reinettes et un bon morceau de comté 18 mois. Pensez à commander avant mardi midi pour la livraison du jeudi, et n'oubliez pas de rapporter vos caisses vides au point relais.

@ vertical=bars_nightlife lang=it
Spritz a 5 € dalle 18 alle 21 🍊 | Aperitivo con buffet al Bar Centrale sui Navigli. Porta gli amici! | alc
Degustazione in cantina | Tre annate di Barolo con tagliere di salumi, 25 € a persona. Langhe, prenotazione obbligatoria. | alc

@ vertical=tobacco_vape lang=it
Sigarette elettroniche usa e getta | Pod da 6000 tiri, gusti frutta e menta, spedizione in 24h in tutta Italia. | tob

@ vertical=cannabis_drugs lang=it
Cannabis light da collezione 🌿 | Infiorescenze Amnesia e Lemon Haze, "per uso tecnico" 😉 Spedizione anonima. | drg

@ vertical=online_pharmacy lang=it
Viagra generico senza ricetta | Consegna in 48 ore, pacco anonimo. | rx

@ vertical=gambling lang=it
Scommesse Serie A: quota maggiorata | Inter vincente a quota 3.00 per i nuovi iscritti. Gioca responsabilmente. | gam

@ vertical=get_rich_schemes lang=it
Guadagna 500 € al giorno | Con il metodo di Marco, anche da casa e senza esperienza. Guarda il video prima che lo rimuovano! | fc, cb

@ vertical=scam_alerts lang=it
Hai vinto un buono spesa da 500 €! 🛒 | Rispondi a 3 domande per riscattarlo. Offerta valida solo oggi. | cb

@ vertical=supplements lang=it
Dimagrisci 10 kg in 2 settimane | Le capsule che sciolgono il grasso senza dieta. | hc

@ vertical=coaching lang=it
Sei ancora un poveraccio? | Smetti di fare lo sfigato e scarica il corso di Luca "Mentalità Vincente". | ins

@ vertical=home_furniture lang=it
Cazzo, che prezzi! | Materassi memory da 99 € da Dormibene, solo questo weekend. | prof

@ vertical=dating_adult lang=it
Donne mature cercano avventure | Incontri discreti nella tua città, iscrizione gratuita. | sug
Chat erotica dal vivo 🔞 | Ragazze vere ti aspettano senza censura, 0,99 €/min. | sx, adl
Sexy shop online | Vibratori, lubrificanti e giochi di coppia, spedizione discreta. | adl

@ vertical=food lang=it tricky=1
Bomba alla crema 🍩 | Appena fritte e ripiene di crema pasticcera. Pasticceria Da Nino, Napoli, dalle 6 del mattino.
Risotto all'Amarone | Piatto del giorno alla Trattoria Al Ponte di Verona: 16 €.

@ vertical=sporting_goods lang=it tricky=1
Canne da pesca in offerta 🎣 | Canna telescopica in carbonio da 3,60 m a 39 €. Pesca Sport Rimini.

@ vertical=home_garden lang=it tricky=1
Erba cipollina e basilico in vaso | Piantine aromatiche a 1,50 €, vivaio Il Giardino, sabato e domenica.

@ vertical=health_services lang=it tricky=1
Farmacia di turno | Farmacia San Marco aperta stanotte fino alle 23. Via Roma 14, Treviso.
Consultorio giovani | Contraccezione, test IST e ascolto, gratuito e riservato. Martedì dalle 14 alle 18.

@ vertical=banking lang=it tricky=1
Conto deposito al 3 % lordo | Vincolato 12 mesi, nessun costo di apertura, garanzia FITD fino a 100.000 €.

@ vertical=retail lang=it tricky=1
Concorso "Vinci la Vespa" | Partecipazione gratuita senza obbligo di acquisto, regolamento completo sul sito. Estrazione il 30 settembre.
Calici da vino in cristallo | Set da 6 a 29,90 €, lavabili in lavastoviglie.

@ vertical=retail_fashion lang=it
Saldi estivi fino al 50 % | Abbigliamento uomo e donna da Moda Galli, Bergamo.

@ vertical=travel lang=it
Roma–Milano da 29,90 € | Con TrenoVeloce, posto a sedere garantito e Wi-Fi gratis.

@ vertical=jobs lang=it
Cercasi pizzaiolo esperto | Full time, CCNL turismo, Pizzeria Vesuvio, Torino. Inviare CV.

@ vertical=education lang=it
Corso di italiano per stranieri | Livelli A1-B2, serale, 120 € a trimestre. Associazione Ponte, Bologna.

@ vertical=local_services lang=it
Idraulico pronto intervento Milano | Perdite, scarichi e caldaie, 24 ore su 24. Tel. 02 4455 6677.

@ vertical=apps lang=it
Fai la spesa con SpesaFacile 🛒 | Consegna in giornata, primo ordine senza costi di consegna.

@ vertical=events lang=it
Sagra della castagna a Marradi 🌰 | Tutte le domeniche di ottobre: caldarroste, necci e mercatino artigiano.
Novità dalla Biblioteca Civica | Da novembre tornano i gruppi di lettura del giovedì sera, il laboratorio di fumetto per ragazzi e gli incontri con autori del territorio. L'iscrizione è gratuita ma i posti sono limitati: passate al bancone prestiti o scriveteci.
"""
