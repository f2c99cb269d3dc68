# Second batch (x*), tricky benign: drink words used innocently.  Barware,
# glassware and home-bar tools sold as objects (for any drink), openers,
# corkscrews and decanters, mocktails, genuinely 0.0% drinks that do not
# push an alcoholic line, kombucha, coffee and wellness "shots", bars' and
# pubs' food ads that do not promote drinking, sober events.  All
# compliant (README: glassware and barware, alcohol-free drinks, food cooked
# with alcohol, sober events).
DATA = r"""
@ vertical=home_garden lang=en tricky=1
Lead-Free Crystal Decanter | Hand-blown, 1.2 litres, with a stopper that actually seals. Lovely for iced tea or infused water. $64.
~Hand-Blown Decanter, 1.2 L | Lead-free crystal with a tight stopper. Serve iced tea, juice or water in style. $64.
Waiter's Corkscrew With Double Hinge | Stainless steel, walnut handle and a foil cutter. Engraving free until Friday.
Wall-Mounted Bottle Opener | Cast-iron opener with a magnetic cap catcher. Soda, kombucha, root beer, all welcome.
Bar Cart in Brushed Brass | Two tiers, locking casters, holds 40 lbs. Style it as a coffee or tea station.
Jigger Set, Japanese Style | Three sizes with etched measuring lines. Bakers use them for vanilla and syrups too.
Muddler and Bar Spoon Duo | Crush mint and lime for mojito-style spritzers, stir a tall glass of cold brew.
Ice Ball Mould, 4 Cavities | Slow-melting 2-inch spheres that keep lemonade cold without watering it down.
Clear Ice Maker | Crystal-clear cubes in 24 hours. Makes any drink look expensive.
Coupe Glasses, Set of 4 | Vintage-style coupes for sparkling juice, dessert or shrimp cocktail. Dishwasher safe.
Pint Glasses Made From Recycled Bottles | Chunky, tinted green and nearly unbreakable. Set of 6, $28.
Copper Mugs, Hammered Finish | Lined with stainless steel. Perfect for ginger-lime fizz. Set of 2.
Highball Glasses With Gold Rim | Tall, thin and elegant. Set of 6 for $36.
Whiskey Stones Gift Box | Soapstone cubes that chill without diluting. Great in iced coffee too.
Wine Rack for 24 Bottles | Modular pine rack that also stores olive oils and vinegar. Flat-pack, no tools.
Wine Fridge Clearance | Dual-zone 28-bottle cooler, quiet compressor. Floor model $399.
Stemless Wine Tumblers, Insulated | Keeps drinks cold for 9 hours at the pool. 12 colours, $22.
Beer Stein Engraving | Personalised ceramic steins with your family crest. Ships in 5 days.
Growler Cap Replacements | Stainless screw caps for any 64 oz growler. Keeps cold brew and kombucha fizzy.
Home Bar Shelving Install | Floating shelves with LED strips for your bottles, books or vinyl. Quotes in 24 hours.
Cocktail Napkins, Letterpress | Funny quotes on 50 linen-feel napkins. Party-ready.
Bottle Stoppers That Don't Leak | Silicone stoppers for wine, oil and soda. 6-pack $12.
Aerating Pourer | Pours without drips. Works on wine, olive oil and syrup bottles.
Champagne Bucket for the Picnic | Double-walled bucket that holds any bottle and lots of ice.
Martini Glasses for the Dessert Bar | Layered tiramisu and mousse look better in a martini glass. Set of 4.
Shot Glass Measuring Set | Glass measures marked in ml and tablespoons for baking.
Barista-Grade Espresso Shot Glasses | Double-spout pitchers and 2 oz shot glasses with lines. For your home espresso setup.
Gift Idea: Wine Glass Charms | Tiny enamel charms so nobody mixes up their glass at the party.
@ vertical=food_beverage lang=en tricky=1
Morning Fire Shot | A 60 ml hit of ginger, lemon and cayenne that wakes you up better than the snooze button. Fridge aisle.
~Fire Shot, Now in Multipacks | Our ginger-lemon-cayenne wake-up in 60 ml bottles. Get a dozen delivered each Monday.
Double-Shot Oat Latte for $3 | Mornings before 9 at Bean There. Add a pastry for $2.
Espresso Shot Happy Hour | Half-price espresso drinks 2-4pm at Common Grounds. Students with ID get an extra shot free.
Turmeric Wellness Shots | Sampler of 6 flavours. No added sugar. Store in the fridge.
Hibiscus Mocktail Kit | Syrup, dried flowers and sparkling water tablets for 10 drinks. Zero alcohol.
Juniper and Yuzu Botanical Tonic Base | Made by a company that has never sold alcohol. Top with soda for a grown-up fizz.
Alcohol-Free Sparkling Tea | Fermented tea with the elegance of a fine bubbly and 0.0% ABV. Case of 6.
0.0% Hazy Pale, Brewed by a Soft-Drink Company | We only make alcohol-free drinks. Full flavour, zero buzz, gym-bag approved.
Kombucha Brewing Class | Learn to grow a SCOBY and flavour your own booch. Saturday at the Co-op kitchen, $35.
Jun Kombucha, Honey and Green Tea | Small-batch, raw and lightly sparkling. Local delivery in reusable bottles.
Kefir Water Starter Grains | Make probiotic soda at home. Grains ship with instructions.
Sparkling Switchel | Apple cider vinegar, maple and ginger. The old farmhand's drink, back in cans.
Shirley Temple Bar for Kids' Parties | Grenadine, cherries, paper umbrellas. We bring everything.
Virgin Piña Colada Mix | Pineapple and coconut, no rum needed. Blend with ice for a beach day at home.
Dry January Recipe Book | 50 zero-proof drinks from bartenders who stopped drinking. Hardcover $24.
Alcohol-Free Mulled Cider | Spiced apple cider concentrate. Heat and serve at the holiday market.
Non-Alcoholic Aperitivo Bitter | Bittersweet orange, made for spritz-style sodas. Contains no alcohol.
Tonic Water Tasting Set | Five artisanal tonics for your mocktails. $19.
Cold Brew Shots for Runners | 80 mg caffeine in a 2 oz pouch. Fits any running belt.
@ vertical=restaurants lang=en tricky=1
The Tap Room Kitchen: New Lunch Menu | Smash burgers, fish tacos and a killer kale salad, 11:30 to 3.
Pub Grub, Family Style | Sunday roast platters for 4 with Yorkshire puddings and gravy. Kids eat free.
Bar Snacks Done Right | Pretzel bites, loaded fries and wings at The Foundry. Lunch specials from $9.
Brewery Kitchen Now Delivers | Our pizzas and pretzels, now on every delivery app. Food only.
Sports Bar Breakfast | Eggs, bacon and the early match on the big screen. Coffee refills free.
Irish Pub Trivia, Soft Drinks on Us | Quiz Wednesdays at 7, all ages until 9. Every team captain gets free sodas.
Deli Cheese Board Class | Learn to build a charcuterie board with our cheesemonger. Grape juice and sparkling water served.
Gin-Cured Salmon Bagel | House-cured salmon with dill and capers. Brunch only.
Chardonnay Butter Lobster Roll | Brioche, lobster and a splash of wine in the butter. Summer menu.
Tequila-Lime Chicken Bowl | Grilled chicken, cilantro rice and black beans. $12.50.
Brandy Snap Baskets | Crisp ginger biscuits filled with whipped cream. Bakery counter today.
Irish Coffee Cake | Whiskey-soaked coffee cake with cream frosting. Alcohol cooked off. Slices $4.
Mocktail Mondays | Every non-alcoholic drink half price with dinner. Try the cucumber fizz.
@ vertical=events lang=en tricky=1
Sober Rave, 6am | Dance before work with fresh juice and coffee. No alcohol, no drugs, all energy.
~Morning Sober Dance Party | Juice, coffee and a DJ from 6am. Alcohol-free and drug-free. Tickets $15.
Alcohol-Free Wedding Bar Service | Mocktail menus and a tea bar for your reception. Licensed caterer.
Recovery Community Picnic | Families and friends in recovery, games and a potluck. Free, all welcome.
Old Brewery Building Tour | The restored 1890 brewhouse is now the city archive. Architecture and history tour, Saturdays.
Bartending Course: Mocktail Module | Learn flair pouring and balance with zero-proof recipes. Certificate included.
Wine Cork Crafts Workshop | Turn old corks into coasters, boards and wreaths. Supplies included, $25.
@ vertical=retail lang=en tricky=1
Beer Can Chicken Stand | Stainless stand for juicy roast chicken. Use soda, broth or a can of beer for steam.
Wine Barrel Planters | Half barrels, reclaimed oak, ready for tomatoes and herbs.
Vintage Brewery Sign Restoration | We restore enamel signs, clocks and trays for collectors.
Cider Press, 12 Litre | Press your own apple juice from the backyard tree. Oak basket, cast-iron frame.
Grape Juice Press Rental | Harvest weekend rental for backyard vines. Juice, jelly or jam.
Beer Soap Gift Set | Hoppy-scented soaps made with spent grain from a local bakery. No alcohol in the bars.
Rum-Raisin Scented Candle | Warm vanilla and dried fruit. 50-hour soy candle.
Whisky Barrel Cutting Board | Cut from retired oak staves. Oil-finished, $55.
Cocktail Dress Sale | Knee-length party dresses, 40% off this weekend.
Champagne Gold Sequin Top | Shimmering tank for New Year's Eve. Sizes XS-2XL.
Bar Stool Set, Counter Height | Swivel seats with backs, faux leather. Two for $189.
Pub Table and Chairs | Solid ash pub-height table for small kitchens. Free delivery.
"""
