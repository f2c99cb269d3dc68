# Violations / regulated: alcohol (regulated.alcohol), with common co-labels.
DATA = r"""
@ vertical=alcohol lang=en
Happy Hour 4-7pm | $3 drafts and $5 well drinks every weekday at The Tap Room. | alc
~$3 Drafts All Week | Happy hour pints and half-price wings 4-7pm at The Tap Room. | alc
Liquor Delivered in 30 Minutes | Vodka, whiskey, wine and mixers to your door. Must be 21+, ID checked at delivery. | alc
Small-Batch Bourbon | Aged 8 years in charred oak. Find a bottle near you. Please drink responsibly. | alc
Wine Club: 6 Bottles for $59 | Award-winning reds and whites shipped quarterly. Free tasting notes. | alc
~Join the Wine Club | Six hand-picked bottles every quarter, first shipment $59. | alc
Brewery Tour & Tasting | Tour our brewhouse and sample 5 beers. Saturdays at 2pm, $20. | alc
Craft IPA Release Party | Our new double IPA drops Friday. First 100 pints $4. | alc
Tequila Tuesday | $4 margaritas all night at Agave Cantina. | alc
Bottomless Mimosas Brunch | Unlimited mimosas with any brunch entrée, $19. Saturdays and Sundays. | alc
Rosé All Day | Summer rosé 3 bottles for $40 at Vineyard Cellars. | alc
Hard Seltzer Variety Pack | 12 cans, 4 flavors, 5% ABV. Grab one for the cookout. | alc
Whisky Tasting Flight | Five rare Scotch whiskies, guided by our whisky ambassador. Thursdays 7pm. | alc
Vodka Gift Sets | Premium vodka with two engraved glasses. Perfect holiday gift. | alc
Sports Bar: Game Day Buckets | Bucket of 5 domestic beers $15 during every home game. | alc
Rooftop Cocktails | Signature cocktails with skyline views. Open till 2am Thursday to Saturday. | alc
Gin Distillery Open Weekends | Taste botanical gins and take a bottle home. | alc
Craft Beer Advent Calendar | 24 beers from 24 breweries. Order by December 1. | alc
Champagne for New Year's | Save 20% on cases of champagne and sparkling wine. | alc
Wine Tasting in Napa | Private tastings at 4 boutique wineries with a driver. From $189. | alc
Cider House Now Open | Dry and semi-sweet hard ciders on tap, plus a seasonal cider flight. | alc
Beer Subscription Box | 12 rotating craft beers every month from independent breweries. | alc
Cocktail Kits Delivered | Everything you need for 8 old fashioneds, bourbon included. | alc
Pub Crawl Tickets | Five bars, one wristband, drink specials all night. Saturday from 8pm. | alc
Mezcal Bar | Smoky mezcal flights and Oaxacan small plates. Open late. | alc
Sake Sommelier Dinner | Five-course dinner with premium sake pairings. | alc
Rum Punch Happy Hour | Island rum punch $6 at Shipwreck Beach Bar. | alc
Wine Bar Half-Price Bottles | Every Wednesday, all bottles half off. | alc
Beer Garden Season Opener | 20 taps, live music and giant pretzels. Saturday from noon. | alc
Spiked Eggnog Is Back | Limited holiday batch with aged rum. In stores now. | alc
@ vertical=alcohol lang=en
Drink More, Worry Less | Our Margarita Machine rental turns any party into a fiesta. Booze package included. | alc
Get Wasted for $20 | All-you-can-drink wristbands at Club Neon Friday night. | alc
Shots Shots Shots! | $1 tequila shots until midnight at Fiesta Lounge. Get there early. | alc
Drinking Game Night | Beer pong tournament, $2 cans, winners drink free. | alc
~Beer Pong Thursdays | Tournaments all night, $2 cans for players. | alc
Red Wine Burns Belly Fat | Sommeliers reveal the resveratrol secret. Two glasses a night and watch the pounds melt. | alc, hc
Hangover? What Hangover | Our vodka is so pure you can drink all night and wake up fresh. Guaranteed. | alc, hc
Hot Bartenders, Cold Beer | Our bartenders are the sexiest in town. Come see what's pouring. | alc, sug
Whiskey So Good It's F*cking Illegal | Taste the bourbon everyone's talking about. | alc, prof
You Won a Free Bottle of Champagne! | Click to claim your bottle now, only 3 left for today's winners! | alc, cb
Day Drinking Is Self-Care | Bottomless sangria Sundays. Because Monday can wait. | alc
Booze Delivery, No ID Hassle | Fast delivery of beer and liquor, no awkward ID checks at the door. | alc
Teens Drink Free Before 9 | All-ages party with free punch shots at the door. | alc
Wine Mom Starter Pack | Stemless glass, corkscrew and 3 bottles of our crowd-pleasing red. | alc
Celebrate the Big Win | Game-day keg packages delivered and tapped. Order by Friday. | alc
Premium Vodka | Distilled six times from winter wheat. Smoothest finish in its class. | alc
Imported German Lager | Crisp, clean and brewed to the 1516 purity law. Grab a six-pack. | alc
Limoncello From Amalfi | Sweet Italian lemon liqueur, imported direct. 2 bottles for $45. | alc
Bar Reopening After Renovation | Twenty new taps, new cocktail menu, same great bartenders. | alc
Cocktail Hour at the Lounge | Live jazz and $8 martinis every Thursday. | alc
Holiday Liquor Sale | Save on spirits, wine and beer for your holiday parties. | alc
Local Winery Harvest Festival | Grape stomping, barrel tastings and live music. Tickets $35. | alc
Irish Whiskey Week | Pours from 12 distilleries at Murphy's Pub. Sláinte. | alc
Rum Distillery Tour | See how our rum is made and taste 4 expressions. | alc
Stock Your Home Bar | Spirits, bitters and barware bundles for home bartenders. | alc
"""
