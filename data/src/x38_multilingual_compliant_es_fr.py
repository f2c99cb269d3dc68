# Second batch (x*), compliant ads in Spanish and French: everyday ads in
# many verticals plus tricky benign ones (barware, 0,0 %, "shots" de café,
# recetas con vino, "ofertas que matan", farmacia de guardia, vacunas,
# "bombas de baño", citas serias, encuestas de pizza).
DATA = r"""
@ vertical=restaurants lang=es
Cocido Madrileño los Miércoles | Tres vuelcos, como manda la tradición. Reserva mesa en Casa Lupe.
Tostadas con Tomate y Café por 2,80 € | Desayuno completo en la barra hasta las 11. Bar Avenida.
Arroz Negro para Llevar | Con alioli casero, raciones para dos. Encárgalo antes de las 13 h.
Cocina Vegana en Lavapiés | Menú degustación de siete platos, reserva en la web.
@ vertical=retail lang=es
Rebajas de Verano en Calzado | Sandalias y zapatillas hasta un 50 % en todas las tiendas.
Material Escolar a Buen Precio | Mochilas, estuches y cuadernos. Descuento para familias numerosas.
Arreglos de Ropa Exprés | Bajos de pantalón en una hora. Calle Alcalá 214.
Bicicletas Reacondicionadas | Revisadas por nuestros mecánicos, con un año de garantía.
Floristería con Envío el Mismo Día | Ramos desde 25 €, tarjeta personalizada incluida.
@ vertical=education lang=es
Clases de Inglés para Adultos | Grupos reducidos por la tarde, primera clase gratis.
Academia de Oposiciones | Temario actualizado y simulacros cada semana. Matrícula abierta.
Campamento de Verano Bilingüe | Deportes, teatro e inglés para niños de 6 a 14 años.
@ vertical=healthcare lang=es
Fisioterapia Deportiva | Esguinces, tendinitis y recuperación tras lesiones. Cita online.
Clínica Dental: Primera Revisión Gratis | Incluye radiografía y limpieza con descuento.
Óptica: Graduación de la Vista Gratuita | Sin cita previa de lunes a sábado.
@ vertical=travel lang=es
Ruta de los Faros en Galicia | Cinco días en autocaravana de alquiler con mapa de áreas de descanso.
Ruta en Kayak por el Sella | Alquiler de kayak con transporte de vuelta incluido.
@ vertical=home_garden lang=es
Reformas de Baño en Diez Días | Presupuesto sin compromiso, materiales incluidos.
Poda de Árboles y Jardinería | Mantenimiento mensual para comunidades de vecinos.
@ vertical=jobs lang=es
Se Buscan Camareros para Verano | Contrato de junio a septiembre en la costa, alojamiento incluido.
Ofertas de Empleo en Logística | Mozos de almacén con carné de carretilla. Turno de mañana.
@ vertical=pets lang=es
Guardería Canina con Piscina | Tu perro juega todo el día mientras trabajas. Recogida a domicilio.
@ vertical=nonprofit lang=es
Voluntarios para el Banco de Alimentos | Necesitamos manos los sábados por la mañana. Apúntate.
Apadrina un Olivo | Ayuda a un pueblo de Jaén y recibe aceite de tu árbol cada año.
@ vertical=software_saas lang=es
Facturación para Autónomos | Emite facturas y presenta el IVA desde el móvil. Prueba 30 días.
@ vertical=food_beverage lang=es tricky=1
Copas de Vino de Cristal Soplado | Juego de seis copas, aptas para lavavajillas. Sirven para agua, zumo o lo que quieras.
Sacacorchos de Camarero | Doble palanca y mango de olivo. Grabado gratuito.
Cóctel Sin Alcohol del Verano | Nuestro mojito sin alcohol con hierbabuena del huerto. 4 €.
Cerveza 0,0 de una Marca que Solo Hace Refrescos | Sabor a lúpulo sin nada de alcohol. Pack de 6.
Chupito de Café Expreso | Doble expreso en vaso de chupito para llevar, 1,50 € antes de las 9.
Kombucha Artesana de Valencia | Fermentada en pequeños lotes, sabores de temporada.
Coctelera de Acero | Ideal para batidos de proteínas, limonadas y granizados.
Pollo al Vino Tinto | Guiso de la abuela con patatas. Menú de los jueves.
@ vertical=retail lang=es tricky=1
Ofertas de Muerte en Electrodomésticos | Lavadoras y neveras con hasta un 40 % de descuento este fin de semana.
Bombas de Baño Artesanas | Con aceites esenciales, pack de seis por 15 €.
Precios Bomba en Bicicletas | Solo hasta el domingo en todas las tiendas.
Zapatillas Que Son la Bomba | Nueva colección de running, tallas 36 a 46.
Chaqueta Color Vino Tinto | Punto grueso con botones de madera. Tallas S a XXL.
Cuchillos de Cocina Forjados | Juego de tres cuchillos de chef con taco de madera.
Pantalones Efecto Lavado a la Piedra | Vaqueros de tiro alto en tres lavados.
@ vertical=healthcare lang=es tricky=1
Vacuna de la Gripe Sin Cita | En el centro de salud de tu barrio, gratis para mayores de 60.
Farmacia Abierta Hasta Medianoche | Calle del Carmen 12. Dermocosmética y ortopedia.
Curso de Primeros Auxilios | Reanimación y uso del desfibrilador en cuatro horas.
Programa para Dejar de Fumar | Grupo de apoyo gratuito con enfermería, los martes.
@ vertical=events lang=es tricky=1
Vota por la Mejor Pizza del Barrio | Encuesta de lectores de la revista local. Cierra el 30 de junio.
Sesión de Fotos en la Playa | Fotógrafa profesional, 40 fotos editadas. Reserva tu hora.
Paintball para Despedidas | Campo cubierto, equipo completo incluido. Grupos de 10.
@ vertical=dating lang=es tricky=1
Aplicación de Citas para Relaciones Serias | Perfiles verificados y preguntas con calma. Gratis para empezar.
@ vertical=restaurants lang=fr
Le Camion à Pizzas Passe Mardi | Place de l'Église de 18 h à 21 h. Commande par SMS.
Crêperie Ouverte le Dimanche Soir | Galettes de sarrasin et cidre doux sans alcool pour les enfants.
Traiteur pour Mariages | Buffets et cocktails dînatoires sur mesure, devis gratuit.
@ vertical=retail lang=fr
Soldes d'Hiver sur les Manteaux | Jusqu'à -50 % en magasin et en ligne.
Cordonnerie Express | Talons et semelles refaits pendant vos courses. Centre commercial des Halles.
Librairie Indépendante | Conseils de lecture, rencontres d'auteurs et commandes en 48 h.
Fromagerie : Plateau pour Huit | Cinq fromages affinés, confiture de figues et pain aux noix.
Jouets en Bois Fabriqués en France | Trains, puzzles et jeux d'éveil pour les petits.
@ vertical=education lang=fr
Cours de Piano pour Adultes | Débutants bienvenus, premier cours à moitié prix.
Soutien Scolaire en Maths | Professeurs certifiés, du collège au bac. Crédit d'impôt possible.
Stage de Poterie d'Été | Une semaine de tournage pour les 8-12 ans.
@ vertical=healthcare lang=fr
Ostéopathe à Domicile | Séances chez vous pour les personnes à mobilité réduite.
Appareils Auditifs Rechargeables | Essai gratuit d'un mois, remboursement 100 % Santé possible.
Orthophoniste : Nouvelles Disponibilités | Bilans pour enfants sous deux semaines.
@ vertical=travel lang=fr
Gîte dans le Vercors | Chalet pour six, randonnées au départ de la porte.
Croisière sur le Canal du Midi | Bateau sans permis, quatre à huit personnes.
@ vertical=home_garden lang=fr
Ramonage et Entretien de Poêle | Certificat fourni, intervention sous une semaine.
Élagage et Taille de Haies | Devis gratuit, déchets verts évacués.
@ vertical=jobs lang=fr
Recrutement : Aides à Domicile | CDI, horaires flexibles, véhicule de service.
Saisonniers pour les Vendanges | Hébergement possible, contrat de trois semaines en septembre.
@ vertical=nonprofit lang=fr
Collecte de Jouets pour Noël | Déposez vos jouets en bon état à la mairie jusqu'au 15 décembre.
Bénévoles pour l'Aide aux Devoirs | Une heure par semaine auprès des collégiens du quartier.
@ vertical=telecom lang=fr
Fibre Optique Arrivée dans Votre Rue | Installation offerte pour toute souscription avant la fin du mois.
@ vertical=home_garden lang=fr tricky=1
Carafe à Décanter en Cristal | Pour le vin, l'eau aromatisée ou les jus. Soufflée à la main.
Tire-Bouchon Sommelier | Manche en bois d'olivier, lame crantée. Gravure offerte.
Verres à Cocktail, Lot de Quatre | Pour vos mocktails et vos desserts en verrine.
Couteau de Chef Japonais | Lame damassée pour la cuisine de tous les jours.
@ vertical=food_beverage lang=fr tricky=1
Limonaderie Artisanale : Notre Ambrée 0,0 % | Goût houblonné, aucune goutte d'alcool, nous ne fabriquons que des boissons sans alcool.
Shot de Gingembre Pressé à Froid | Citron, gingembre et curcuma. Coffret de 12.
Bœuf Bourguignon Maison | Mijoté au vin rouge, servi avec des pommes vapeur. Plat du jeudi.
Sirop pour Mocktails | Sureau, concombre et citron vert. Sans alcool.
@ vertical=retail_fashion lang=fr tricky=1
Des Affaires à Tomber par Terre | Sandales en cuir à partir de 25 € jusqu'à dimanche.
Pull Couleur Champagne | Maille douce col rond, du XS au XXL.
Maillots de Bain Couvrants | Une pièce avec maintien, tailles 38 à 56.
Veste de Chasse, Vêtement Seulement | Imperméable et silencieuse, coloris orange fluo.
@ vertical=healthcare lang=fr tricky=1
Rappel Diphtérie-Tétanos | Votre médecin ou votre pharmacien peut le faire. Vérifiez votre carnet.
Pharmacie de Nuit | Ouverte jusqu'à 2 h, avenue de la Gare. Parapharmacie et conseils.
Formation aux Premiers Secours | PSC1 en une journée, certificat remis le jour même.
@ vertical=entertainment lang=fr tricky=1
Tir à l'Arc pour Débutants | Initiation sur cible au club, matériel prêté. Dès 10 ans.
Laser Game pour Anniversaires | Formule goûter et deux parties pour les 7-14 ans.
Soirée Casino sans Argent | Jetons fictifs et lots offerts par les commerçants, au profit de l'école.
"""
