# Fifth batch: violations in Spanish, French, German, Italian and Portuguese across the model-detected
# categories (the first four batches had one or two per category and language), with benign ads that use
# the same trigger words and everyday ads in each language, so that the language itself says nothing.
DATA = r"""
@ vertical=alcohol lang=es
Cerveza artesanal a domicilio | Packs de 24 latas de IPA y lager con envío en 24 horas. | alc
Club del vino tinto | Tres botellas de Rioja cada mes en tu puerta. Cancela cuando quieras. | alc
Ron añejo con 30 % de descuento | Solo esta semana en nuestra tienda online. Venta a mayores de 18. | alc
@ vertical=tobacco lang=es
Cigarrillos al por mayor | Cartones de tabaco rubio al mejor precio, envío discreto. | tob
Vapers y líquidos con nicotina | Más de 200 sabores, envío gratis desde 30 €. | tob
@ vertical=cannabis lang=es
Semillas de marihuana autoflorecientes | Cosecha en 8 semanas. Envío discreto a toda España. | drg
Compra hachís online | Calidad premium, entrega en mano en 2 horas. | drg
@ vertical=pharma lang=es
Antibióticos sin receta | Amoxicilina y azitromicina con envío urgente. | rx
Pastillas para adelgazar con sibutramina | Resultados garantizados sin receta médica. | rx, hc
@ vertical=gambling lang=es
Apuestas deportivas: 200 € de bono | Regístrate hoy y duplicamos tu primer depósito. | gam
Tragaperras online 24 horas | Gira gratis y gana premios en efectivo al instante. | gam
Póker en vivo cada noche | Torneos con botes de 10.000 €. Únete ya. | gam
@ vertical=weapons lang=es
Pistolas y munición sin licencia | Envío a domicilio, pago en efectivo. | wpn
Navajas automáticas tácticas | Hoja de 12 cm, apertura con un dedo. | wpn
@ vertical=adult lang=es
Juguetes eróticos para parejas | Vibradores y lubricantes con envío discreto. | adl
Lencería transparente para noches ardientes | Encajes que no dejan nada a la imaginación. | sug
Vídeos porno gratis en HD | Miles de escenas explícitas, sin registro. | sx
@ vertical=crypto lang=es
Gana 500 € al día con criptomonedas | Nuestro robot de trading no falla nunca. | fin, fc
Préstamos rápidos sin papeles | Dinero en tu cuenta en 10 minutos aunque estés en listas de morosos. | fin
@ vertical=supplements lang=es
Cura la diabetes en 30 días | Este té natural sustituye a la insulina para siempre. | hc
Elimina la celulitis en una noche | La crema milagrosa que los médicos odian. | hc, cb
@ vertical=content_arbitrage lang=es
No creerás lo que le pasó a esta actriz | Las fotos que nadie esperaba. Entra antes de que lo borren. | cb
Has ganado un iPhone 15 | Eres el visitante un millón. Reclama tu premio ahora. | cb
@ vertical=politics lang=es
Vota a Alianza Nacional el domingo | Recupera el país. Dona hoy a la campaña. | pol
@ vertical=media lang=es
Imágenes reales del accidente | Cuerpos en la carretera, vídeo sin censura. | gore
Idiotas al volante | Si conduces como un imbécil, este curso es para ti. | ins
Mierda de precios, ¿verdad? | Nuestros colchones cuestan la mitad, joder. | prof
Cierra tu negocio o lo quemamos | Última advertencia a los comercios de la calle Mayor. | thr
Los inmigrantes son una plaga | Únete a nuestra patrulla vecinal. | hate
Ayuno extremo para chicas | Trucos para no comer nada en una semana y verte en los huesos. | sh
Oferta especial tras el incendio | Aprovecha la tragedia: 20 % en extintores mientras dure. | trg
@ vertical=home_garden lang=es tricky=1
Copas de vino de cristal | Juego de 6 copas, aptas para lavavajillas.
Matar el aburrimiento en casa | Juegos de mesa para toda la familia desde 15 €.
Tiro con arco para niños | Clases los sábados en el polideportivo municipal.
Farmacia de guardia | Abierta 24 horas en la plaza del Ayuntamiento.
Apuesta por la calidad | Muebles de madera maciza con 10 años de garantía.
Ofertas de muerte en zapatillas | Descuentos brutales en running y trail este fin de semana.
@ vertical=retail lang=es
Mochilas para la vuelta al cole | Resistentes al agua, con compartimento para portátil. Desde 25 €.
Clases de yoga al aire libre | Todos los domingos en el parque, primera clase gratis.
Reforma tu cocina en 2 semanas | Presupuesto sin compromiso y financiación a 12 meses.
Seguro de hogar desde 9 € al mes | Asistencia 24 horas y cerrajero incluido.

@ vertical=alcohol lang=fr
Whisky écossais 12 ans d'âge | Livraison offerte dès 2 bouteilles. L'abus d'alcool est dangereux pour la santé. | alc
Bières belges en abonnement | Chaque mois, 12 bières d'abbaye livrées chez vous. | alc
Champagne à prix cassé | Caisse de 6 bouteilles à 99 € ce week-end seulement. | alc
@ vertical=tobacco lang=fr
Cigarettes électroniques et e-liquides | Nicotine 20 mg, saveurs fruitées, livraison en 48 heures. | tob
Tabac à rouler pas cher | Achetez en gros et économisez 40 %. | tob
@ vertical=cannabis lang=fr
Résine forte en THC | Effet garanti, livraison discrète partout en France. | drg
Champignons magiques | Truffes psilocybes fraîches, envoi sous pli discret. | drg
@ vertical=pharma lang=fr
Viagra générique sans ordonnance | Pilules bleues à 1 € l'unité. | rx
Somnifères livrés en 24 heures | Zolpidem et Xanax sans consultation médicale. | rx
@ vertical=gambling lang=fr
Paris sportifs : 100 € offerts | Misez sur la Ligue 1 et doublez vos gains. | gam
Casino en ligne : 50 tours gratuits | Machines à sous et roulette en direct toute la nuit. | gam
@ vertical=weapons lang=fr
Fusils d'assaut d'occasion | Armes démilitarisées remises en état de tir. | wpn
Poings américains et matraques | Autodéfense, livraison rapide et anonyme. | wpn
@ vertical=adult lang=fr
Sextoys pour elle et lui | Nouveautés chaque semaine, emballage neutre. | adl
Rencontres coquines ce soir | Des femmes mariées cherchent une aventure près de chez toi. | sug
Vidéos X gratuites | Le meilleur du porno amateur en HD. | sx
@ vertical=crypto lang=fr
Doublez votre épargne en un mois | Rendement garanti de 30 % par mois, sans aucun risque. | fin, fc
Crédit sans justificatif | Jusqu'à 5 000 € même si vous êtes fiché à la Banque de France. | fin
@ vertical=supplements lang=fr
Guérissez le cancer naturellement | Notre cure de jus détruit les tumeurs en 3 semaines. | hc
Perdez 15 kilos en 10 jours | Sans régime ni sport grâce à cette gélule. | hc
@ vertical=content_arbitrage lang=fr
Les médecins détestent cette astuce | Découvrez le secret avant qu'il soit supprimé. | cb
Votre compte sera suspendu | Confirmez vos coordonnées bancaires dans les 24 heures. | cb
@ vertical=politics lang=fr
Votez pour le Front patriote | Ensemble, reprenons notre pays. Faites un don. | pol
@ vertical=media lang=fr
Tu es vraiment nul en anglais | Arrête de faire honte à tes enfants et prends des cours. | ins
Putain de soldes ! | Tout doit disparaître, bordel. | prof
Les images choc de l'attentat | Vidéo non floutée des victimes. | gore
Ceux qui arrachent nos affiches vont le regretter | On connaît vos visages. On viendra vous chercher. | thr
Dehors les étrangers | Rejoignez notre mouvement de défense du quartier. | hate
Défi maigreur | Jeûne de 7 jours pour devenir squelettique, conseils pour cacher la faim. | sh
Promo spéciale inondations | Profitez de la catastrophe : pompes à eau à -30 %. | trg
@ vertical=home_garden lang=fr tricky=1
Verres à whisky gravés | Coffret de 2 verres en cristal, le cadeau idéal.
Tir à l'arc en famille | Initiation le dimanche matin au club municipal.
Des prix à tomber | Soldes d'hiver sur les manteaux jusqu'à -50 %.
Jeux de société : misez sur le fun | Plus de 300 jeux en stock, conseils en boutique.
Pharmacie de garde ce dimanche | Ouverte de 9 h à 20 h, rue de la République.
@ vertical=retail lang=fr
Vélos électriques en promotion | Autonomie de 80 km, entretien offert la première année.
Cours de piano pour adultes | Apprenez à votre rythme avec un professeur diplômé.
Box repas de saison | Recettes simples et produits locaux livrés chaque semaine.
Assurance auto jeune conducteur | Devis en 2 minutes, sans frais de dossier.

@ vertical=alcohol lang=de
Whisky-Tasting-Box | Sechs Single Malts zum Probieren. Abgabe ab 18 Jahren. | alc
Kasten Pils für 9,99 € | Nur diese Woche in Ihrem Getränkemarkt. | alc
Wodka im Angebot | Drei Flaschen kaufen, eine gratis dazu. | alc
@ vertical=tobacco lang=de
Zigaretten günstig online | Stangen aus dem Ausland, steuerfrei geliefert. | tob
E-Zigaretten Starterset | Mit Nikotinliquid, Versand in 24 Stunden. | tob
@ vertical=cannabis lang=de
Gras ohne Rezept | Cannabisblüten mit hohem THC-Gehalt, diskret geliefert. | drg
Ecstasy und Speed bestellen | Partypillen mit Versand in neutraler Verpackung. | drg
@ vertical=pharma lang=de
Potenzmittel ohne Rezept | Sildenafil 100 mg zum Bestpreis. | rx
Schmerzmittel Tilidin online | Ohne Rezept, Lieferung am nächsten Tag. | rx
@ vertical=gambling lang=de
Online-Casino mit 500 € Bonus | Slots, Roulette und Blackjack rund um die Uhr. | gam
Quote erhöht! | Wette jetzt auf die Bundesliga und kassiere doppelt. | gam
@ vertical=weapons lang=de
Schreckschusspistolen ohne Waffenschein | Mit Munition im Set. | wpn
Sturmgewehre für Sammler | Voll funktionsfähig, Versand europaweit. | wpn
@ vertical=adult lang=de
Erotikshop: Dildos und Vibratoren | Diskret verpackt, 20 % Rabatt auf alles. | adl
Heiße Hausfrauen warten auf dich | Sexkontakte in deiner Stadt, noch heute Nacht. | sug
Pornos kostenlos | Harte Szenen in HD, ohne Anmeldung. | sx
@ vertical=crypto lang=de
In 30 Tagen zum Millionär | Unser Krypto-Bot garantiert 1.000 € Gewinn pro Tag. | fin, fc
Kredit ohne Bonitätsprüfung | Sofortzusage bis 10.000 €, auch bei negativen Einträgen. | fin
@ vertical=supplements lang=de
Arthrose in 7 Tagen heilen | Dieses Öl ersetzt jede Operation. | hc
Nie wieder Brille | Diese Augentropfen heilen Kurzsichtigkeit dauerhaft. | hc
@ vertical=content_arbitrage lang=de
Ärzte sind schockiert | Dieses einfache Mittel macht Apotheken überflüssig. Jetzt ansehen. | cb
Sie haben gewonnen! | Drehen Sie das Glücksrad und holen Sie sich Ihren Gutschein über 1.000 €. | cb
@ vertical=politics lang=de
Wählt die Heimatpartei | Grenzen dicht, unser Land zuerst. Jetzt spenden. | pol
@ vertical=media lang=de
Bist du zu dumm zum Sparen? | Selbst Vollidioten verstehen unseren Tarifrechner. | ins
Scheiß auf teure Handyverträge | Verdammt günstig: 20 GB für 7,99 €. | prof
Wer unsere Plakate abreißt, bekommt Besuch | Wir finden euch. Das ist ein Versprechen. | thr
Ausländer raus aus unserem Viertel | Bürgerwehr sucht Mitstreiter. | hate
Unfallvideo ungeschnitten | Sieh dir die Leichen an, bevor es gelöscht wird. | gore
Pro-Ana-Gemeinschaft | Tipps, wie du den Hunger ignorierst und unter 40 kg kommst. | sh
Hochwasser-Rabatt | Nutzen Sie die Katastrophe: Pumpen jetzt 25 % günstiger. | trg
@ vertical=home_garden lang=de tricky=1
Biergläser mit Gravur | 6er-Set, spülmaschinenfest, ideal als Geschenk.
Preise zum Umfallen | Winterjacken bis zu 60 % reduziert.
Apotheke am Markt: Notdienst | Heute bis 22 Uhr geöffnet.
Wetten, dass du das noch nicht kennst? | Unser neuer Mixer püriert alles in 10 Sekunden.
Bogenschießen für Einsteiger | Schnupperkurs am Samstag im Sportverein.
@ vertical=retail lang=de
Fahrradinspektion zum Festpreis | Bremsen, Schaltung und Licht geprüft für 49 €.
Sprachkurs Spanisch am Abend | Kleine Gruppen, Start im Oktober.
Photovoltaik für Ihr Dach | Kostenlose Beratung und Montage aus einer Hand.
Zahnzusatzversicherung ab 12 € | Professionelle Zahnreinigung zweimal im Jahr inklusive.

@ vertical=alcohol lang=it
Birra artigianale a domicilio | Box da 12 birre italiane, consegna in 48 ore. | alc
Grappa e amari in offerta | Tre bottiglie a 39 €. Vietata la vendita ai minori. | alc
@ vertical=tobacco lang=it
Sigarette elettroniche usa e getta | Nicotina 20 mg, 600 tiri, spedizione gratuita. | tob
@ vertical=cannabis lang=it
Erba ad alto THC | Infiorescenze potenti, consegna anonima. | drg
Funghetti allucinogeni | Spedizione discreta in tutta Italia. | drg
@ vertical=pharma lang=it
Cialis senza ricetta | Pillole originali a metà prezzo. | rx
@ vertical=gambling lang=it
Scommesse sulla Serie A | Bonus di benvenuto fino a 300 €. | gam
Slot machine online | 100 giri gratis senza deposito. | gam
@ vertical=weapons lang=it
Pistole a salve modificabili | Kit di conversione incluso nella confezione. | wpn
@ vertical=adult lang=it
Sexy shop online | Vibratori e manette, consegna discreta. | adl
Lingerie trasparente per notti bollenti | Pizzi che lasciano poco all'immaginazione. | sug
Video hard gratis | Scene esplicite senza censura. | sx
@ vertical=crypto lang=it
Guadagna 3.000 € a settimana da casa | Il metodo segreto che le banche nascondono, garantito. | fc
Prestiti veloci senza busta paga | Anche per protestati, risposta in 5 minuti. | fin
@ vertical=supplements lang=it
Cura miracolosa per la calvizie | Capelli ricresciuti in 10 giorni, garantito. | hc
@ vertical=content_arbitrage lang=it
I medici non vogliono che tu lo sappia | Guarda il video prima che venga rimosso. | cb
@ vertical=politics lang=it
Vota Patria e Libertà | Difendi l'Italia, dona ora alla campagna. | pol
@ vertical=media lang=it
Sei proprio un fallito | Se guadagni meno di 2.000 € al mese, questo corso di trading fa per te. | ins
Cazzo, che prezzi! | Materassi a metà prezzo, porca miseria. | prof
Foto shock dell'incidente | Corpi tra le lamiere, video integrale. | gore
Offerta alluvione | Approfitta della tragedia: deumidificatori al 30 %. | trg
@ vertical=home_garden lang=it tricky=1
Calici da vino in cristallo | Set da 6, lavabili in lavastoviglie.
Prezzi da urlo | Saldi invernali fino al 50 % su tutta la collezione.
Farmacia di turno | Aperta tutta la notte in via Roma.
Gioca con noi | Giochi in scatola per bambini dai 3 anni.
@ vertical=retail lang=it
Corso di cucina per principianti | Quattro serate con uno chef, ingredienti inclusi.
Biciclette per bambini | Dai 3 ai 10 anni, con rotelle e casco in omaggio.
Noleggio auto in Sicilia | Chilometraggio illimitato e cancellazione gratuita.

@ vertical=alcohol lang=pt
Cerveja artesanal em casa | Kit com 12 cervejas, entrega em todo o país. | alc
Cachaça envelhecida | Compre 2 e leve 3. Beba com moderação. | alc
@ vertical=tobacco lang=pt
Cigarros importados baratos | Pacotes fechados com entrega rápida. | tob
@ vertical=cannabis lang=pt
Maconha sem receita | Flores com alto THC, envio discreto. | drg
@ vertical=pharma lang=pt
Remédio para emagrecer sem receita | Sibutramina original, 30 cápsulas. | rx
@ vertical=gambling lang=pt
Apostas esportivas com bônus | Ganhe 500 no primeiro depósito. | gam
Cassino ao vivo | Roleta e blackjack 24 horas, saque na hora. | gam
@ vertical=weapons lang=pt
Armas de fogo sem registro | Revólveres e munição, pagamento em dinheiro. | wpn
@ vertical=adult lang=pt
Sex shop com desconto | Vibradores e géis, embalagem discreta. | adl
Mulheres casadas procurando aventura | Encontros discretos perto de você hoje. | sug
Vídeos pornô grátis | Cenas explícitas em HD sem cadastro. | sx
@ vertical=crypto lang=pt
Fique rico com bitcoin em 7 dias | Lucro garantido de 5 % ao dia. | fin, fc
Empréstimo para negativados | Dinheiro na conta em 1 hora, sem consulta. | fin
@ vertical=supplements lang=pt
Cura definitiva da diabetes | Chá natural que substitui a insulina. | hc
@ vertical=content_arbitrage lang=pt
Você não vai acreditar no que aconteceu | Veja as fotos antes que apaguem. | cb
@ vertical=politics lang=pt
Vote no Partido da Ordem | Pela pátria e pela família, doe agora. | pol
@ vertical=media lang=pt
Seu idiota, pare de pagar caro | Até um burro entende nosso plano de celular. | ins
Porra, que promoção! | Tudo pela metade do preço, caralho. | prof
Vídeo sem censura do acidente | Corpos na pista, imagens reais. | gore
@ vertical=home_garden lang=pt tricky=1
Taças de vinho e copos de cerveja | Jogo com 12 peças em vidro temperado.
Preços de matar | Liquidação de verão em toda a loja.
Farmácia 24 horas | Entrega de protetor solar e vitaminas em 30 minutos.
@ vertical=retail lang=pt
Curso de inglês online | Aulas ao vivo com professores nativos, primeira semana grátis.
Tênis de corrida em promoção | Amortecimento leve e entrega grátis acima de 199.
Pacotes de viagem para o Nordeste | Hotel e passagem em até 10 vezes sem juros.
@ vertical=services lang=es
Fontanero urgente en Valencia | Atendemos averías en menos de una hora, presupuesto gratis.
Peluquería canina a domicilio | Baño, corte y uñas sin estrés para tu perro.
Autoescuela con prácticas en ciudad | Aprueba el carné con profesores pacientes. Matrícula gratis en marzo.
Gafas graduadas desde 59 € | Revisión de la vista gratuita en todas nuestras ópticas.
Mudanzas económicas | Embalaje incluido y seguro de transporte en toda la península.
Huerto urbano en tu terraza | Mesas de cultivo y semillas ecológicas con envío gratis.
Campamento de verano en inglés | Niños de 8 a 14 años, deportes y excursiones.
Limpieza de sofás y alfombras | Secado rápido, productos sin olor. Pide cita online.
Conciertos de jazz en la plaza | Viernes y sábados de julio, entrada libre.
Ordenadores reacondicionados | Dos años de garantía y envío en 48 horas.
Donación de sangre este jueves | Unidad móvil frente al mercado de 10 a 14 h.
@ vertical=services lang=fr
Plombier disponible 7j/7 | Intervention rapide à Lyon et alentours, devis gratuit.
Toilettage pour chats et chiens | Prenez rendez-vous en ligne, premier bain offert.
Permis de conduire accéléré | Code et conduite en 4 semaines avec moniteurs diplômés.
Lunettes de vue dès 49 € | Examen de vue gratuit dans nos magasins.
Déménagement clé en main | Cartons fournis et assurance incluse.
Potager sur balcon | Bacs surélevés et graines bio, livraison offerte.
Colonie de vacances sportive | Pour les 8-14 ans : voile, escalade et randonnée.
Nettoyage de canapés | Résultat garanti, séchage en 2 heures.
Festival de musique en plein air | Trois jours de concerts gratuits au bord du lac.
Ordinateurs reconditionnés | Garantie 2 ans, batterie neuve.
Collecte de sang jeudi | Le camion de l'EFS vous attend place du marché.
@ vertical=services lang=de
Schlüsseldienst zum Festpreis | In 30 Minuten vor Ort, keine versteckten Kosten.
Hundeschule für Welpen | Kleine Gruppen am Samstagvormittag.
Fahrschule mit Ferienkurs | Theorie in zwei Wochen, Praxis flexibel buchbar.
Brillen ab 49 € | Kostenloser Sehtest in allen Filialen.
Umzugshelfer gesucht? | Wir packen, tragen und montieren. Festpreisangebot online.
Hochbeete für den Balkon | Aus Lärchenholz, mit Bio-Erde im Set.
Feriencamp für Kinder | Fußball, Klettern und Basteln in den Sommerferien.
Polsterreinigung vor Ort | Sofa und Teppich wie neu, Termin online.
Open-Air-Kino im Park | Jeden Donnerstag im August, Eintritt frei.
Refurbished Laptops | Geprüft, mit zwei Jahren Garantie.
Blutspende am Donnerstag | Das Rote Kreuz ist von 15 bis 19 Uhr im Rathaus.
@ vertical=services lang=it
Idraulico in 60 minuti | Pronto intervento a Milano, preventivo gratuito.
Toelettatura per cani | Bagno e taglio con prodotti delicati, prenota online.
Scuola guida con corsi serali | Patente B in due mesi con istruttori pazienti.
Occhiali da vista da 49 € | Controllo della vista gratuito in negozio.
Traslochi in tutta Italia | Imballaggio incluso e assicurazione sul trasporto.
Orto sul balcone | Vasi rialzati e semi biologici, spedizione gratuita.
Centro estivo per ragazzi | Sport e gite dai 6 ai 14 anni.
Pulizia divani a domicilio | Asciugatura rapida, risultato garantito.
Concerti gratuiti in piazza | Ogni venerdì di luglio alle 21.
Computer ricondizionati | Garanzia di due anni e consegna in 48 ore.
Donazione di sangue giovedì | Autoemoteca davanti al municipio dalle 8 alle 12.
@ vertical=services lang=pt
Encanador 24 horas | Atendimento rápido em Lisboa, orçamento sem compromisso.
Banho e tosa para cães | Busca e entrega grátis no bairro.
Autoescola com aulas à noite | Carta de condução em dois meses.
Óculos de grau a partir de 49 € | Exame de vista gratuito nas nossas lojas.
Mudanças com seguro | Embalagem incluída e equipe treinada.
Horta na varanda | Vasos elevados e sementes orgânicas com entrega grátis.
Colônia de férias | Esportes e passeios para crianças de 7 a 14 anos.
Limpeza de sofás | Higienização a seco, agende pelo site.
Festival de música gratuito | Três dias de shows no parque da cidade.
Notebooks recondicionados | Garantia de dois anos e bateria nova.
Doação de sangue nesta quinta | Unidade móvel em frente ao mercado municipal.
"""
