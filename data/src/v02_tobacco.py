# Violations / regulated: tobacco, vapes, nicotine (regulated.tobacco).
DATA = r"""
@ vertical=tobacco lang=en
Disposable Vapes, 5000 Puffs | 20 fruity flavors, free shipping on 3+. Nicotine 5%. | tob
~5000-Puff Disposables | Mango ice, blue razz, watermelon and more. Buy 3, ship free. | tob
Premium Cigars Online | Hand-rolled Dominican and Nicaraguan cigars. Humidor deals this week. | tob
Hookah Lounge Open Late | 40 shisha flavors, private booths, open until 3am. | tob, alc
E-Liquid Sale | 60ml salt-nic e-juice, buy 2 get 1 free. Over 100 flavors. | tob
Vape Shop Grand Opening | Starter kits from $15, free coil with every purchase. | tob
Nicotine Pouches | Tobacco-free nicotine pouches, 20 per can. Mint and citrus. | tob
Rolling Tobacco & Papers | Fine-cut tobacco, filters and papers at wholesale prices. | tob
Cigarette Carton Deals | Save on cartons of your favorite brand. Lowest prices in the state. | tob
Pipe Tobacco Blends | Aromatic cherry and vanilla blends, 50g tins. | tob
Vape Pod System | Sleek refillable pods with 2-day battery. Starter kit $24.99. | tob
Heated Tobacco Device | Heat-not-burn: real tobacco taste without the ash. Try the new model. | tob
Cigar Club Membership | Two premium cigars a month plus exclusive lounge events. | tob
Snus Delivered | Swedish snus in 30 varieties, fast delivery. | tob
Menthol Cigarettes Back in Stock | Cool, crisp menthol. Order by the carton. | tob
Shisha Tobacco Wholesale | Bulk shisha for lounges and cafés. | tob
Cloud Chasers Welcome | High-wattage box mods and sub-ohm tanks. Build the biggest clouds. | tob
Candy Flavored Vapes | Cotton candy, gummy bear and bubblegum flavors. Stock up now. | tob
Vape Like a Pro | Limited edition mods with LED displays. Free juice with every kit. | tob
Clove Cigarettes | Imported kretek cigarettes with a sweet clove aroma. | tob
Cigarillos in 12 Flavors | Grape, peach and wine cigarillos by the box. | tob
Chewing Tobacco Tins | Long-cut wintergreen, 5-can roll deal. | tob
Smoke Shop Near You | Vapes, hookahs, cigars and accessories. Open 7 days. | tob
@ vertical=tobacco lang=en
Vaping Is 95% Healthier | Quit worrying: our vapes are basically harmless water vapor. | tob, hc
~Vapes Are Just Water Vapor | Basically harmless and way healthier than smoking. Switch now. | tob, hc
Smoke Like a Legend | Real men smoke real tobacco. Get your first pack of Stallion free. | tob
Cool Kids Vape | The flavors everyone at school is talking about. Discreet USB design. | tob
~Hide It in Plain Sight | Vape that looks like a USB stick or highlighter. Teachers will never know. | tob
FREE Vape Kit — Just Pay Shipping! | Limited offer, claim your free kit before they're gone. Hurry, 2 min left! | tob, cb
Cigars and Whiskey Night | Pair a premium cigar with a pour of bourbon. Thursday at the lounge. | tob, alc
Quit Smoking With Vapes | Switch to our vapes and kick cigarettes for good. Doctors agree. | tob, hc
Bulk Disposables Wholesale | Wholesale disposable vapes for stores, 500-unit minimum. No age verification hassles. | tob
Hookah Delivery | Hookah and coals delivered to your party in 45 minutes. | tob
Pack of Smokes for $5 | Discount cigarettes, tax-free pricing, ships nationwide. | tob
Vape Juice Clearance | Fruit e-liquids 70% off, limited flavors. | tob
Luxury Cigar Humidors | Spanish cedar humidors, plus a sampler of 10 cigars. | tob
Nic Salts, Max Strength | 50mg nicotine salts for a smooth throat hit. | tob
Kretek Connoisseur Box | Sampler of Indonesian clove cigarettes. | tob
Premium Rolling Papers + Tobacco Bundle | Everything you need to roll your own. | tob
E-Cig Starter Pack | Rechargeable e-cig with 5 cartridges. Tastes like the real thing. | tob
Vape Cafe | Chill, sip coffee and try 60 new vape flavors. | tob
Cigarettes Help You Stay Slim | Light up and skip the snack. Ultra-slim menthols. | tob, hc
Nicotine Gum? Try Nicotine Pouches | Stronger buzz, no chewing. 20mg pouches. | tob
Smoking Section Reopened | Our patio lounge is back: cigars, hookah and late-night snacks. | tob
Grab a Pack at the Register | New flavor of little cigars, now at your corner store. | tob
Cigar Rolling Class | Learn to roll your own cigar with a master torcedor, then smoke it on our terrace. | tob
"""
