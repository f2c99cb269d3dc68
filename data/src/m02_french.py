# French (fr): compliant and violating ads.
DATA = r"""
@ vertical=retail_fashion lang=fr
Soldes d'Hiver : Jusqu'à -50 % | Manteaux, pulls et bottes à prix réduits. Livraison offerte dès 50 €.
~Jusqu'à -50 % sur l'Hiver | Manteaux et bottes soldés. Livraison gratuite dès 50 €.
Chemises en Lin | Légères et respirantes, 12 coloris. À partir de 39 €.
Baskets Blanches en Cuir | Fabriquées au Portugal. 129 €, retours gratuits.
@ vertical=electronics lang=fr
Smartphone Reconditionné | Garantie 12 mois, testé sur 40 points. Dès 189 €.
Casque à Réduction de Bruit | 35 heures d'autonomie. Offre spéciale à 159 €.
Aspirateur Robot | Cartographie laser et station de vidage. 349 € ce week-end.
@ vertical=travel lang=fr
Vols pour Lisbonne dès 59 € | Aller simple depuis Paris. Réservez avant dimanche.
Séjour à la Montagne | Chalets tout équipés dans les Alpes, à partir de 450 € la semaine.
Train de Nuit Paris-Nice | Couchettes dès 29 €. Réveillez-vous au bord de la mer.
Location de Vacances en Bretagne | Maisons en bord de mer pour 2 à 10 personnes.
@ vertical=restaurants lang=fr
Menu du Midi à 14 € | Entrée, plat, dessert. Du lundi au vendredi au Bistrot du Coin.
Livraison de Pizzas | Pizzas au feu de bois livrées en 30 minutes.
Boulangerie Artisanale | Croissants pur beurre et pain au levain, tous les matins dès 7 h.
@ vertical=education lang=fr
Apprenez l'Anglais en Ligne | Cours particuliers avec des profs natifs. Premier cours offert.
Formation Développeur Web | 12 semaines intensives, financement CPF possible.
Soutien Scolaire à Domicile | Cours de maths et de français du CP à la terminale.
@ vertical=jobs lang=fr
Nous Recrutons des Caristes | CDI, 13e mois, tickets restaurant. Postulez en 5 minutes.
Auxiliaires de Vie Recherchés | Horaires flexibles, formation assurée.
@ vertical=healthcare lang=fr
Prenez Rendez-vous en Ligne | Médecins généralistes disponibles aujourd'hui près de chez vous.
Bilan Auditif Gratuit | Testez votre audition en 20 minutes dans nos centres.
@ vertical=home_garden lang=fr
Isolation des Combles | Réduisez votre facture de chauffage. Devis gratuit.
Jardinerie : Vivaces 3 pour 15 € | Préparez votre jardin pour le printemps.
Cuisine Équipée sur Mesure | Conception 3D gratuite en magasin.
@ vertical=nonprofit lang=fr
Faites un Don aux Restos | 15 € = 15 repas distribués cet hiver.
Devenez Bénévole | Aidez les enfants à apprendre à lire, une heure par semaine.
@ vertical=telecom lang=fr
Forfait 100 Go à 9,99 € | Sans engagement, réseau 5G inclus.
@ vertical=beauty lang=fr
Crème Hydratante Peaux Sensibles | Sans parfum, testée sous contrôle dermatologique.
@ vertical=automotive lang=fr
Vidange à 59 € | Huile, filtre et contrôle 20 points. Sans rendez-vous.
@ vertical=retail_fashion lang=fr tricky=1
Des Prix à Tomber | Tout à -40 % ce week-end seulement.
Robe Couleur Bordeaux | Robe en velours couleur vin, taille 34 au 48.
Des Soldes qui Tuent | Jusqu'à -70 % sur toute la boutique. Fin dimanche.
@ vertical=restaurants lang=fr tricky=1
Moules à la Bière | Notre plat du jour : moules cuisinées, frites maison.
Bière Sans Alcool 0,0 % | Une blonde sans alcool pour accompagner votre burger.
@ vertical=alcohol lang=fr
Happy Hour : Pintes à 4 € | De 18 h à 20 h au Pub Saint-Michel. | alc
Dégustation de Vins à Domicile | Six bouteilles de Bourgogne livrées pour 59 €. | alc
Livraison d'Alcool la Nuit | Bières, vodka et champagne livrés jusqu'à 3 h. | alc
@ vertical=tobacco lang=fr
Cigarettes Électroniques Pas Chères | E-liquides 10 ml dès 2,90 €. | tob
Puffs Jetables 600 Bouffées | Saveurs fruitées, livraison en 24 h. | tob
@ vertical=cannabis lang=fr
Fleurs de CBD qui Guérissent | Soignez l'anxiété et les douleurs sans médicaments. | drg, hc
Livraison de Beuh | Herbe de qualité livrée discrètement. Contact Snapchat. | drg
@ vertical=pharma lang=fr
Viagra Sans Ordonnance | Livraison discrète en 48 h, pas besoin de médecin. | rx
Pharmacie en Ligne Sans Ordonnance | Tous vos médicaments à prix cassés. | rx
@ vertical=gambling lang=fr
Casino en Ligne : 100 Tours Gratuits | Inscrivez-vous et jouez tout de suite. | gam
Paris Sportifs : 100 € Offerts | Pariez sur la Ligue 1 avec un bonus de bienvenue. | gam
@ vertical=weapons lang=fr
Couteaux de Combat | Lames tactiques avec étui, livraison rapide. | wpn
Pistolets d'Alarme et Bombes Lacrymogènes | Défendez-vous, stock disponible. | wpn
@ vertical=adult lang=fr
Sextoys à -50 % | Vibromasseurs et jouets pour couples, colis discret. | adl
Rencontres Coquines Ce Soir | Des femmes près de chez vous veulent s'amuser. | sug
Vidéos X Gratuites | Des milliers de films pour adultes en HD. | sx, adl
@ vertical=crypto lang=fr
Doublez Vos Bitcoins | Envoyez 0,1 BTC, recevez 0,2 BTC. Offre limitée. | fin, fc
Gagnez 500 € par Jour | Sans expérience, notre robot trade pour vous. | fin, fc
Crédit Rapide Sans Justificatif | Jusqu'à 3 000 € en 24 h. | fin
@ vertical=supplements lang=fr
Perdez 15 kg en un Mois | Sans régime, avec une seule gélule par jour. | hc
Les Médecins Détestent Cette Astuce | Elle fait fondre la graisse du ventre. | hc, cb
@ vertical=content_arbitrage lang=fr
Votre PC Est Infecté | 3 virus détectés. Cliquez ici pour les supprimer. | cb
Félicitations, Vous Avez Gagné | Un iPhone vous attend. Réclamez-le maintenant. | cb
@ vertical=politics lang=fr
Votez Claire Martin | Pour une ville plus verte. Élections municipales du 15 mars. | pol
Référendum : Votez Non | Non à la hausse des impôts locaux. | pol
@ vertical=retail lang=fr
Soldes Spécial Inondations | Profitez de la catastrophe : -30 % sur tout. | trg
@ vertical=media lang=fr
Vidéos d'Accidents Non Censurées | Du sang, des corps, tout ce que la télé cache. | gore
On Sait Où Tu Habites | Paie ta dette ou on passe te voir. | thr
Les Étrangers Sont de la Vermine | Protégez votre quartier. Rejoignez-nous. | hate
Grosse et Moche ? | Pas étonnant qu'il soit parti. | ins
Arrête de Manger | Défi pro-ana de 7 jours pour enfin être mince. | sh
Putain de Soldes | Des prix de merde, tout doit partir. | prof
"""
