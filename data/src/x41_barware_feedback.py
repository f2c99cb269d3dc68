# Third batch (x41): written after the project's own regression suite showed barware sold as
# tableware being reviewed as alcohol. Varied glassware, bar tools and drink-making gear for any
# drink (compliant), with a few real alcohol ads next to them for contrast. None of these repeat the
# regression suite's wording; the suite stays a separate, unseen check.
DATA = r"""
@ vertical=home_garden lang=en tricky=1
Shot Glass Set for Espresso Lovers | Six 2 oz heavy-base glasses, perfect for espresso, ristretto and desserts. $16.
Crystal Shot Glasses, Hand-Cut | Lead-free crystal in a gift box. Dishwasher safe, lifetime chip guarantee.
Personalised Shot Glasses for Groomsmen | Laser-engraved with names and the date. Order by Friday for the wedding.
Cocktail Shaker, Jigger and Strainer Kit | Brushed steel tools for mocktails, iced teas and shaken lemonade. Gift-ready box.
Bar Cart Essentials | Gold-finish shaker, muddler, bar spoon and ice tongs. Everything but the drinks.
Home Bar Glassware Sale | Highballs, coupes and rocks glasses 30% off. Mix and match sets of four.
Whiskey Stones and Rocks Glasses | Soapstone cubes that chill without watering down. Two glasses included.
Decanter and Four Tumblers | Hand-blown glass set for water, juice or anything you pour. Free gift wrap.
Wine Glasses That Survive the Dishwasher | Titanium-reinforced stems, set of six, 2-year breakage cover.
Engraved Pint Glasses | Add a name or a logo to 16 oz pub glasses. Minimum order four.
Copper Mugs, Set of 2 | Hammered copper with brass handles, great for ginger-beer mocktails.
Mixology Class Gift Card | Learn shaking, stirring and garnishing with zero-proof recipes. 90-minute class.
Ice Mould Trio | Clear sphere, cube and collins ice moulds. Silicone, BPA-free.
Stainless Steel Flask and Funnel | 8 oz hip flask for coffee on the trail. Engraving available.
Corkscrew and Bottle Opener Set | Waiter's friend, lever opener and foil cutter in a walnut case.
Shot Glass Cupcake Moulds | Bake mini desserts in edible shot-glass shapes. Silicone mould, 12 cups.
Cocktail Napkins, 100 Pack | Linen-look paper napkins in eight colours for parties and showers.
Stemless Glass Set for Kids' Parties | Shatter-proof tritan glasses that look like crystal. Set of 12.
Shaker and Shot Glass Gift Set | A steel shaker with four etched shot glasses in a gift box. Engraving free this week.
Bar Tools Bundle: Shaker, Jigger, Shot Glasses | Everything for mixing drinks at home, minus the drinks. Ships free.
Glassware Sale: Coupes, Rocks and Shot Glasses | Up to 40% off glassware sets for your kitchen or home bar.
Barware for the New Apartment | Shakers, tumblers, shot glasses and a bottle opener in one starter kit. $39.
Shot Glasses, Shakers and Stirrers | Stock up on party barware in bulk: 50 shot glasses from $24.
Cocktail Shaker Sets Engraved With Your Logo | Branded barware for corporate gifts, minimum order 10.
Shot Glass Collector's Display Case | Wall-mounted walnut case that holds 24 souvenir shot glasses.
Souvenir Shot Glasses From 50 States | Collect them all: hand-painted glasses with state birds and flowers.
Acrylic Shot Glasses for Pool Parties | Unbreakable 1.5 oz cups for jello, dips and sauces. Pack of 40.
Bartending Tools for Beginners | A shaker, strainer, jigger and two shot glasses with a mocktail recipe card.
@ vertical=home_garden lang=es tricky=1
Vasos de chupito grabados | Juego de 6 vasos con nombres, ideales para café y postres. Envío en 48 h.
Coctelera de acero y accesorios | Kit para preparar limonadas y cócteles sin alcohol. Caja de regalo incluida.
@ vertical=home_garden lang=fr tricky=1
Verres à shot gravés | Lot de 6 verres épais pour expresso et desserts. Livraison offerte dès 30 €.
Shaker à cocktail en inox | Pour mocktails, thés glacés et citronnades maison. Idée cadeau.
@ vertical=alcohol lang=en
Tequila Shots Two-for-One Tonight | Every Thursday at the Cantina: shots $3 until midnight. 21+. | alc
Cocktail Kit Delivered With Spirits | Gin, vermouth and bitters with shaker included. ID checked on delivery. | alc
Stock the Bar: Whiskey Bundle | Three single malts and a free rocks glass. Same-day liquor delivery. | alc
Happy Hour Martinis | Classic and espresso martinis half price 5-7pm at the rooftop bar. | alc
Craft Vodka Tasting Flight | Five small-batch vodkas served in chilled shot glasses. Book online, 21+. | alc
"""
