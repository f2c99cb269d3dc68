# Tricky benign: alcohol / tobacco / drug / pharmacy words used innocently.
# Rules (README): food that uses alcohol as an ingredient, barware, wine as a
# colour, 0.0% alcohol-free drinks, pharmacy hours/services without Rx
# promotion, OTC products, addiction treatment, smoking cessation, hemp
# fabric/seed foods without cannabinoids are all compliant.
DATA = r"""
@ vertical=restaurants lang=en tricky=1
Beer-Battered Fish & Chips | Crispy cod, hand-cut chips and mushy peas. Fridays at The Harbour Kitchen.
~Fish Friday: Beer-Battered Cod | Our famous battered cod with chips and tartar sauce, every Friday.
Wine-Braised Short Ribs | Slow-cooked for 8 hours. On the winter menu now.
Rum Raisin Ice Cream | Seasonal flavor at Scoop Lab: creamy vanilla custard with rum-soaked raisins.
Bourbon-Glazed Salmon | Our signature dish, pan-seared with a sweet glaze. Dinner from 5pm.
Tiramisu Like Nonna's | Espresso-soaked ladyfingers and mascarpone. Slices to go.
Vodka Sauce Penne | Creamy tomato sauce pasta, family size $24.
Stout Chocolate Cake | Moist chocolate cake made with dark stout. Order for pickup.
Pub Quiz Night With Free Soft Drinks | Teams of up to 6, prizes for the top 3. Kids welcome until 8pm.
Mocktail Menu Launch | Seven zero-proof mocktails made with house syrups and fresh herbs.
Smoked Brisket | 14-hour oak-smoked brisket by the pound.
Smokehouse Sampler | Pulled pork, brisket and sausage with two sides.
Hookah-Free Lebanese Grill | Family-friendly Lebanese grill with mezze and shawarma. No smoking on site.
High Tea at the Ritz | Finger sandwiches, scones and pastries. Afternoon tea daily 2-5pm.
Shot of Wheatgrass With Every Smoothie | Add a wheatgrass boost to any smoothie for free this week.
@ vertical=food_beverage lang=en tricky=1
Non-Alcoholic Craft Beer, 0.0% | Full-flavored hazy IPA with zero alcohol. 12-pack $16.
~Alcohol-Free IPA | 0.0% ABV hoppy IPA for game day and gym day. 12-pack $16.
Alcohol-Free Sparkling Wine | 0.0% sparkling rosé for celebrations. Perfect for baby showers.
Root Beer Floats | Old-fashioned root beer and vanilla soft-serve. $4.
Ginger Beer, Extra Spicy | Craft ginger beer, non-alcoholic, 4-pack $7.
Butterbeer-Style Cream Soda | Butterscotch cream soda, alcohol-free, kid-approved.
Shot Glasses, Set of 6 | Heavy-base glass, also perfect for espresso and desserts. $14.
Wine Glasses Set | Crystal-clear stemware, dishwasher safe, set of 4.
Cocktail Shaker Set | Stainless steel shaker, jigger and strainer for mocktails and more.
Beer Bread Mix | Add any sparkling drink and bake. Alcohol cooks off. Rosemary or honey oat.
Cannoli Kit | Shells, cream and chips for 12 cannoli.
Coffee Highs, No Crash | Our mushroom coffee blend uses lion's mane and chaga for a smooth, jitter-free cup.
Dope Donuts | Brioche donuts with wild flavors like maple bacon and ube. Open 7am.
Crack Pie Is Back | Our famous butter-sugar pie, now called Butter Pie, shipped nationwide.
~Our Famous Butter Pie Ships Nationwide | The gooey butter pie fans call addictive, now in gift tins.
Addictive Hot Honey | Chili-infused honey for pizza and fried chicken. 12oz $13.
Sugar Rush Candy Store | Bulk candy, retro sweets and custom gift bags.
Weed-Free Organic Herbs | Hand-weeded, organic culinary herbs in grow-your-own pots.
@ vertical=retail_fashion lang=en tricky=1
Wine-Colored Velvet Dress | Midi length, puff sleeves, fully lined. Sizes 2-20.
Burgundy and Champagne Knitwear | Cozy sweaters in this season's richest shades.
Whiskey Brown Leather Boots | Full-grain leather Chelsea boots in whiskey brown.
Hemp Clothing, CBD-Free | Durable, breathable hemp fabric tees and pants. Pure fiber, no cannabinoids.
~Hemp Fabric Basics | Tees and trousers woven from hemp fiber. Nothing to smoke, just great clothes.
Smokey Eye Palette | 12 shades from soft taupe to charcoal. Blendable and long-wearing.
Beer Gut? Meet the Relaxed-Fit Polo | Cut for real bodies. Breathable, wrinkle-free, $35.
Dope Sneakers Restock | Limited colorways back in stock. Sizes 4-14.
Tobacco Suede Jacket | Classic trucker jacket in tobacco-brown suede.
Vintage Bar Signs Tees | Retro graphics inspired by 60s diner and soda fountain signs.
Pot Holders and Oven Mitts | Quilted cotton, heat-resistant to 500°F. Set of 4.
High Waisted Jeans | Our bestselling high-rise fit in 6 washes.
Poppy Print Dresses | Floral midis in red poppy print for spring.
@ vertical=healthcare lang=en tricky=1
Drug Store Hours Extended | Greenway Pharmacy now open 7am-11pm daily. Photo center and cosmetics on the first floor.
~New Hours at Greenway Drug Store | Open 7am-11pm every day, including holidays.
Free Blood Pressure Checks | Stop by the pharmacy counter any time. No appointment needed.
Addiction Treatment That Works | Confidential outpatient recovery programs. Most insurance accepted. Call today.
~Ready for Recovery? | Licensed addiction treatment center, outpatient and residential. Confidential help 24/7.
Quit Vaping Support | Free text-based coaching to help teens and adults quit vaping.
Stop Smoking Clinic | Free 6-week program with counseling. Run by County Public Health.
Drug-Free Workplace Testing | DOT-compliant drug screening for employers. Results in 24 hours.
Overdose Awareness Training | Free naloxone training for families and community groups.
Allergy Relief Aisle | Save on antihistamines and nasal sprays this week at Corner Drug.
Vitamins Buy One Get One 50% | Multivitamins, vitamin D and fish oil at Greenway Pharmacy.
Pill Organizers | Weekly pill boxes with AM/PM compartments. Large print.
Compression Socks | Pharmacy-grade compression for travel and long shifts.
Alcohol Wipes and First Aid | Stock up on bandages, antiseptic and alcohol prep pads.
Hand Sanitizer 70% Alcohol | Kills 99.9% of germs. Pocket size and pump bottles.
Medication Disposal Day | Safely drop off unused medicines at the police station Saturday. No questions asked.
Rehab After Knee Surgery | Physical rehabilitation programs with licensed therapists.
Smoking Cessation Webinar | Learn what helps people quit for good. Hosted by the Lung Association.
@ vertical=gaming lang=en tricky=1
Addictive Puzzle Game | Match tiles, clear levels, relax. Free on iOS and Android.
~Dangerously Addictive Puzzles | 3,000 levels of tile-matching fun. Free download.
Crack the Code | Escape-room puzzle app with 120 locked rooms. Can you get out?
Potion Brewing Simulator | Gather herbs and brew magic potions in this cozy game.
Tavern Manager | Run a fantasy tavern, serve adventurers and upgrade your inn.
High Score Challenge | Beat the leaderboard in our retro arcade racer.
@ vertical=home_garden lang=en tricky=1
Pot Plants on Sale | Potted houseplants 3 for $25 at Greenway Nursery.
Grow Lights for Seedlings | Full-spectrum LED grow lights for tomatoes and herbs.
Hydroponic Herb Garden | Grow basil, mint and lettuce on your countertop year-round.
Smoker Grill | Pellet smoker with Wi-Fi temperature control. $499.
Wine Fridge Installation | Under-counter beverage fridges installed by our appliance team.
Bar Stools Sale | Counter and bar-height stools in wood and metal. 30% off.
Keg-Style Planters | Reclaimed wooden barrel planters for patios.
Ashtray-Shaped Succulent Pots | Quirky ceramic pots for tiny succulents.
@ vertical=beauty lang=en tricky=1
Champagne Shimmer Highlighter | Buildable glow in champagne and rose gold.
Rosé Lip Tint | Sheer, hydrating tint in a rosé pink shade.
Beer Shampoo for Volume | Brewer's yeast and hops shampoo for fine hair. Alcohol-free formula.
Hemp Seed Hand Cream | Rich hand cream with hemp seed oil. No THC, no CBD.
Intoxicating Fragrance | Notes of amber, fig and sandalwood. New eau de parfum.
Smoke Show Skin? Try Our SPF | Daily SPF 50 that keeps you glowing, not burning.
@ vertical=events lang=en tricky=1
Craft Soda Festival | Taste 50 small-batch sodas and kombuchas. Family-friendly, alcohol-free event.
Sober Curious Social | Alcohol-free dance party with mocktails and a DJ. Friday night.
Oktoberfest for Kids | Pretzels, polka and lederhosen contests at the library. Free.
Wine-Country Cycling Tour | Scenic 40-mile ride through the valley. Lunch and support van included.
High School Reunion | Class of 2005 reunion at the Grand Hall. RSVP by May 1.
"""
