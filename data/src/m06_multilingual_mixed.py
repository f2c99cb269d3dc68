# More multilingual ads: compliant, tricky benign and violating, es/fr/de/pt/it.
DATA = r"""
@ vertical=healthcare lang=es
!Farmacia de Guardia | Abierta 24 horas este fin de semana en la calle Mayor. Parafarmacia y cosmética.
Centro de Salud: Cita Online | Pide cita con tu médico de cabecera desde la app.
@ vertical=beauty lang=es
Crema Solar SPF 50 | Protección alta para toda la familia. Resistente al agua.
Peluquería: Corte y Peinado 25 € | Reserva tu cita online en el salón Estilo.
@ vertical=toys lang=es
Juguetes Educativos | Bloques de construcción y kits de ciencia para niños de 5 a 12 años.
@ vertical=education lang=es tricky=1
Curso de Educación Sexual para Docentes | Formación basada en evidencia para profesores de secundaria.
@ vertical=food_beverage lang=es tricky=1
Chupitos de Jengibre | Shots de jengibre y cúrcuma prensados en frío. Pack de 12.
@ vertical=home_garden lang=es tricky=1
Mata el 99,9% de los Gérmenes | Toallitas desinfectantes para cocina y baño.
@ vertical=healthcare lang=fr
!Pharmacie de Garde | Ouverte dimanche de 9 h à 19 h, place de la Mairie.
Vaccination contre la Grippe | Sans rendez-vous en pharmacie, prise en charge à 100 % pour les plus de 65 ans.
@ vertical=beauty lang=fr
Crème Solaire SPF 50 | Haute protection, résistante à l'eau, pour toute la famille.
Coiffeur Sans Rendez-vous | Coupe homme 18 €, femme dès 29 €.
@ vertical=toys lang=fr
Jouets en Bois | Jouets durables fabriqués dans le Jura.
@ vertical=education lang=fr tricky=1
Formation Éducation Sexuelle | Pour les enseignants du collège : consentement, puberté et santé.
@ vertical=home_garden lang=fr tricky=1
Tue 99,9 % des Bactéries | Spray désinfectant multi-surfaces, sans javel.
@ vertical=healthcare lang=de
!Apotheke mit Notdienst | Heute bis 22 Uhr geöffnet, am Marktplatz.
Grippeimpfung ohne Termin | In unserer Hausarztpraxis jeden Dienstag.
@ vertical=beauty lang=de
Sonnencreme LSF 50 | Wasserfest und parfümfrei. Für die ganze Familie.
Friseur ohne Termin | Herrenschnitt 19 €, Damen ab 35 €.
@ vertical=toys lang=de
Holzspielzeug aus dem Erzgebirge | Handgefertigt, schadstofffrei, seit 1920.
@ vertical=home_garden lang=de tricky=1
Tötet 99,9 % der Keime | Desinfektionstücher für Küche und Bad.
@ vertical=retail_fashion lang=de tricky=1
Killer-Preise auf Jeans | Alle Jeans für 29,99 € dieses Wochenende.
@ vertical=healthcare lang=pt
!Farmácia 24 Horas | Perfumaria e higiene com entrega rápida no bairro.
@ vertical=beauty lang=pt
Protetor Solar FPS 50 | Proteção alta, resistente à água.
@ vertical=home_garden lang=pt tricky=1
Elimina 99,9% dos Germes | Lenços desinfetantes para cozinha e banheiro.
@ vertical=healthcare lang=it
!Farmacia di Turno | Aperta domenica dalle 9 alle 20 in via Roma.
@ vertical=beauty lang=it
Crema Solare SPF 50 | Protezione alta resistente all'acqua.
@ vertical=home_garden lang=it tricky=1
Uccide il 99,9% dei Germi | Salviette disinfettanti per cucina e bagno.
@ vertical=gambling lang=es tricky=1
C@sino 0nline Sin Límites | Bono del 300% y tiradas gratis. Juega ya. | gam
@ vertical=pharma lang=es tricky=1
V1agra Barata Sin Receta | Envío discreto a toda España. | rx
@ vertical=cannabis lang=es tricky=1
Hierba 🍃 a Domicilio | Entrega en 1 hora, escríbenos por Telegram. | drg
@ vertical=gambling lang=fr tricky=1
C.a.s.i.n.o en Ligne | 200 % de bonus, retraits instantanés. | gam
@ vertical=pharma lang=fr tricky=1
V!agra Sans Ordonnance | Livraison discrète 48 h. | rx
@ vertical=gambling lang=de tricky=1
C4sino Bonus 200 % | Jetzt einzahlen und Freispiele sichern. | gam
@ vertical=pharma lang=de tricky=1
V1agra ohne Rezept | Diskreter Versand. | rx
@ vertical=gambling lang=pt tricky=1
C@ssino com Bônus | Jogue agora e ganhe rodadas grátis. | gam
@ vertical=alcohol lang=es
Vinos de Rioja a Domicilio | Caja de 6 botellas por 49 €. | alc
Noche de Cócteles 2x1 | Mojitos y margaritas a mitad de precio los jueves. | alc
@ vertical=alcohol lang=fr
Bar à Cocktails : 2 pour 1 | Tous les jeudis de 18 h à 21 h. | alc
@ vertical=alcohol lang=de
Weinprobe im Weingut | Sechs Weine und ein kleiner Imbiss, 25 € pro Person. | alc
@ vertical=weapons lang=de
Luftgewehre und Munition | Große Auswahl für Sportschützen und Jäger. | wpn
@ vertical=tobacco lang=it
Tabacco per Pipa | Miscele aromatiche, spedizione in 48 ore. | tob
@ vertical=politics lang=de
Wählt Partei der Mitte | Sichere Renten, starke Wirtschaft. Am Sonntag wählen. | pol
@ vertical=politics lang=it
Referendum: Vota Sì | Per una sanità pubblica più forte. | pol
@ vertical=politics lang=pt
Vote Sim no Plebiscito | Mais verba para escolas públicas. | pol
@ vertical=supplements lang=it
Cura il Diabete in 14 Giorni | Rimedio naturale che sostituisce l'insulina. | hc
@ vertical=content_arbitrage lang=fr
Votre Colis Est Bloqué | Payez 1,99 € de frais de douane pour le recevoir. | cb
@ vertical=content_arbitrage lang=it
Hai Vinto un iPhone! | Sei il visitatore fortunato di oggi. | cb
@ vertical=retail lang=es
Oferta Pandemia: Mascarillas | Compra antes del próximo confinamiento, precios suben mañana. | trg
@ vertical=retail lang=it
Saldi Terremoto | Approfitta della tragedia: -40% su tutto. | trg
@ vertical=media lang=es
Los Musulmanes No Son Bienvenidos | Protege tu barrio de la invasión. | hate
Vamos a Quemar Su Tienda | El sábado les damos una lección. | thr
@ vertical=media lang=fr
Brûlez leurs Commerces | Samedi, on leur fait payer. | thr
@ vertical=media lang=de
Wir zünden ihre Läden an | Samstag zeigen wir es ihnen. | thr
@ vertical=wellness lang=fr
Thinspo Quotidien | Motivation pour arrêter de manger. | sh
@ vertical=wellness lang=pt
Desafio Pró-Ana | Pare de comer por 7 dias e fique magra. | sh
@ vertical=media lang=it
Sei Grassa e Brutta? | Nessuno ti vuole così. | ins
"""
