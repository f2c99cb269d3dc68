# Violations: recreational/illegal drugs, paraphernalia, cannabis/CBD,
# "legal highs" (regulated.drugs), often with deceptive health claims.
DATA = r"""
@ vertical=cannabis lang=en
Dispensary Now Open | Flower, pre-rolls, edibles and vapes. First-time patients 20% off. | drg
~Grand Opening: Green Leaf Dispensary | Flower, edibles and pre-rolls. 20% off your first visit. | drg
Weed Delivered Discreetly | Top-shelf flower delivered in 60 minutes. Cash or card. | drg
THC Gummies | 10mg THC per gummy, 20-pack. Sour watermelon and blue raspberry. | drg
Delta-8 Carts Shipped to All 50 States | Legal high, lab tested, no card needed. | drg
CBD Oil Cures Anxiety | Full-spectrum CBD that ends anxiety, insomnia and chronic pain for good. | drg, hc
~CBD Drops: Goodbye Anxiety | Our full-spectrum oil eliminates anxiety and pain in days. | drg, hc
CBD Gummies for Kids' ADHD | Calm, focused kids without prescriptions. Parents love our CBD gummies. | drg, hc
Magic Mushroom Microdosing Kits | Psilocybin capsules for creativity and mood. Discreet shipping. | drg
Kratom Capsules | Red vein kratom for energy and relief. Wholesale pricing. | drg
Legal Highs Online | Herbal blends that hit like the real thing. 100% legal. Next-day delivery. | drg
Glass Bongs and Rigs | Heady glass pieces, percolator bongs and dab rigs. Free grinder with $50 order. | drg
Get Baked This Weekend | Infused brownies, cookies and chocolates. 100mg per pack. | drg
420 Friendly Rentals | Cabins where you can light up, relax and enjoy the green. | drg
Poppers Sale | Premium room odorizer, 3 bottles for $25. You know what it's for. | drg
Nitrous Tanks for Parties | Whipped cream chargers in bulk, 640g tanks. Party ready. | drg
Ayahuasca Retreat in Peru | 7-night plant medicine ceremonies with shamans. Heal your trauma. | drg, hc
Weed Seeds Shipped Worldwide | Feminized autoflower seeds, stealth shipping, germination guaranteed. | drg
Pre-Roll Multipack | Five 1g pre-rolls, indica, sativa and hybrid. | drg
Dab Pens and Wax | Concentrates and dab pens with same-day delivery. | drg
Rolling Papers, Grinders, Scales | All your smoke accessories in one place. | drg
Mushroom Grow Kits, Special Strains | Grow your own magic mushrooms at home. Spores included. | drg
Hemp Flower With Real Kick | High-THCa hemp flower that's legal and potent. Ships to your door. | drg
Weed Vapes, No Smell | Discreet THC vape pens that leave no trace. | drg
Cannabis Club Membership | Members get weekly deals on flower, edibles and concentrates. | drg
CBD for Dogs | Calming CBD chews that stop separation anxiety in one week. | drg, hc
Stoner Snack Box | Munchies box plus a custom grinder and rolling tray. | drg
DMT Vape Carts | Breakthrough experiences in 3 puffs. Limited stock. | drg
Party Pills | Herbal party pills for energy and euphoria all night long. | drg
Molly for the Festival | Pure and tested. DM for prices, festival weekend delivery. | drg
Study Drugs Without a Prescription | Adderall and modafinil shipped overnight. Ace your exams. | drg, rx
Cannabis Cures Cancer | Our RSO oil shrinks tumors naturally. Read the testimonials. | drg, hc
Smoke Weed Every Day | Premium strains at unbeatable prices. Daily deals. | drg
Dispensary Deals 4/20 | BOGO pre-rolls and 42% off edibles on 4/20. | drg
Weed Tours of Denver | Visit grows and dispensaries on our party bus. 21+. | drg
Salvia Extract | 20x salvia extract, potent legal alternative. | drg
Vape Carts Full Gram | Live resin THC carts, 30 strains. | drg
Cannabis Edibles Gift Box | Chocolates, mints and gummies. Perfect holiday gift for adults. | drg
Shroom Chocolate Bars | Magic chocolate, 3.5g per bar. Discreet packaging. | drg
Detox Kit: Pass Any Drug Test | Our cleanse guarantees a clean result in 24 hours. | drg, hc
Buy Ketamine Online | Pharmaceutical grade, no questions asked. | drg, rx
Hash and Kief | Imported hash in 5 varieties. Members only. | drg
Weed Wedding Bar | Cannabis bar service for weddings with budtenders. | drg
Pot Brownie Baking Class | Learn to make infused brownies at home. Materials included. | drg
Get Lit | Strongest herb blends in the city. Same-day drop-off. | drg
One-Hitter Pipes | Discreet one-hitter dugouts in wood and metal. | drg
Cocaine-Like Energy Powder | Legal white powder that gives you the rush without the risk. | drg
Trippy Blotter Art | Acid-free blotter paper with psychedelic art. Wink. | drg
"""
