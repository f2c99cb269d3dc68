# Second batch (x*): regulated.alcohol.  Ads that promote alcoholic drinks
# or drinking: bars and restaurants pushing drinks, liquor delivery,
# wineries and wine clubs, breweries, distillery tours, hard seltzer,
# cocktail kits that include spirits, 0.0% ads that push the alcoholic line.
# The compliant near-misses (barware, mocktails, 0.0% only, bar food) are in
# x01.
DATA = r"""
@ vertical=alcohol lang=en
Bourbon Club: A New Bottle Every Month | Small-batch Kentucky bourbons chosen by our master taster. Cancel anytime, 21+. | alc
~Monthly Bourbon Club | A small-batch bottle at your door every month. 21+, cancel anytime. | alc
Tequila Tasting Flight, Thursdays | Five añejos and a reposado, guided by our agave nerd. $30. | alc
Boozy Ice Pops | Frozen cocktail pops at 8% ABV. Poolside essential, 21+ only. | alc
Canned Margaritas for the Beach | Real tequila, real lime, 8% ABV. Grab a 4-pack. | alc
Spiked Lemonade Is Back | Summer's favourite 6% lemonade in stores now. | alc
Craft Gin Advent Calendar | 24 mini gins from 24 distilleries. Pre-order before they're gone. | alc
Cocktail Kit With the Spirits Included | Two full bottles, syrups and garnish for 12 negronis. Delivered Friday. | alc
Rosé All Day Case Sale | 12 bottles of Provence rosé for $149. Free delivery. | alc
Wine Club: 6 Bottles Quarterly | Members get first access to our reserve pinot and 20% off. | alc
Irish Whiskey Gift Set | A bottle and two tumblers, gift wrapped for Dad. | alc
Sake Sampler From Kyoto | Junmai, ginjo and nigori, three 300 ml bottles. | alc
Mezcal for the Smoky Soul | Artisanal mezcal from Oaxaca, now at your liquor store. | alc
Prosecco on Tap at Your Party | Keg rental with 150 glasses of bubbly. | alc
Fireball Nips in Bulk | 50 ml shooters for tailgates. 24 pack. | alc
@ vertical=alcohol lang=en
Our Zero Is Great. Our Original Is Better. | Try the 0.0% this Dry January, then come back to the full-strength lager in February. | alc
Lager Lovers' Dry January Bundle | Six 0.0% cans plus six of our classic 5% lager to celebrate February 1. | alc
@ vertical=restaurants lang=en
Wings and Pitchers Monday | $12 pitchers with any wing platter. The game's on every screen. | alc
Bottomless Sangria Brunch | 90 minutes of endless red or white sangria with any entrée. | alc
Taco Tuesday With $3 Margs | Street tacos and frozen margaritas until close. | alc
Oyster Happy Hour | Buck-a-shuck oysters and half-price martinis, 4-6pm weekdays. | alc
Pizza and a Pint | Any large pie with a craft pint for $19 at Brickoven. | alc
Wine Pairing Dinner | Five courses matched with five Barolos. Seats for 24. | alc
Karaoke and Cocktails | Private rooms, $25 buckets of beer, Friday and Saturday. | alc
Sunday Roast With a Free Pint | Every roast comes with a pint of our house bitter. | alc
Steakhouse Whisky Cart | Our sommelier wheels 40 single malts to your table. Ask for a pour. | alc
@ vertical=events lang=en
Sip & Paint: Bring Your Own Bottle | Canvas, paint and wine glasses provided. $35 a seat. | alc
Beer Mile Fun Run | Four laps, four beers. Costumes encouraged, medals for everyone. | alc
Oktoberfest in the Park | Steins, oompah bands and eight local breweries. Tickets include 3 pours. | alc
Bachelorette Winery Limo Tour | Four wineries, unlimited tastings, one designated driver. | alc
Whisky Festival, 120 Drams | Unlimited sampling from 40 distilleries. Ticket $85. | alc
Silent Disco Booze Cruise | Two-hour harbour cruise with open bar and three DJ channels. | alc
Boat Day: BYO Cooler | Pontoon rentals for 12. Bring the beer, we bring the tunes. | alc
Trivia Night: Losers Buy the Round | Teams of six, pitchers half price for the winners. | alc
@ vertical=local_services lang=en
Beer, Wine and Spirits in 30 Minutes | Liquor delivery until 2am, ID checked at the door. | alc
~Late-Night Liquor Delivery | Beer, wine and spirits in 30 minutes, until 2am. ID checked. | alc
Party Keg Delivery | 40 brands on tap, free tap rental and ice. | alc
Mobile Bar for Weddings | Licensed bartenders and a signature cocktail menu. Packages from $1,200. | alc
@ vertical=travel lang=en
Napa Harvest Weekend | Two nights, four tastings and a barrel-room dinner. | alc
Distillery Trail in Scotland | Seven Speyside distilleries in five days, drams at every stop. | alc
All-Inclusive: Swim-Up Bar Open Till Midnight | Unlimited cocktails, beer and wine. Book now for summer. | alc
@ vertical=alcohol lang=en tricky=1
B0oze delivered in 20 🍾 | Don't leave the party, we bring the party. | alc
Vodk@ happy hr 2-4-1 🍸 | Every Friday, Club Aurora. | alc
🍺🍺🍺 bucket deals all wknd | 5 for $20 at Mikey's Bar. | alc
Uncork the weekend 🍷🍷 | Corkage waived on Thursdays, bring 2 bottles, we pour. | alc
🥃 j@ger bombs $3 🥃 | Uni night every Thursday at The Vault. | alc
Get 🍻 with the crew | Bar crawl, 6 bars, 1 wristband. | alc
Rum punch b u c k e t s 🌴 | Beach bar specials all summer. | alc
Pool bar 🍹 n0w serving | Frozé by the pitcher, bring your wristband. 21+ only. | alc
@ vertical=alcohol lang=es
Ruta del Vino por La Rioja | Visitas a tres bodegas con cata incluida. Salida los sábados. | alc
Cervezas Artesanas a Domicilio | Pack de 12 IPA y stouts, envío en 24 horas. | alc
@ vertical=alcohol lang=fr
Dégustation de Whisky au Bar | Six single malts commentés, jeudi 20 h. 35 € par personne. | alc
@ vertical=alcohol lang=de
Bierpaket zum Vatertag | 20 Flaschen Craft-Bier aus fünf Brauereien, versandkostenfrei. | alc
@ vertical=alcohol lang=pt
Happy Hour de Caipirinha | Dose dupla das 18h às 20h no Boteco da Praça. | alc
@ vertical=alcohol lang=it
Aperitivo Illimitato | Spritz e prosecco a volontà, buffet incluso. Venerdì dalle 19. | alc
"""
